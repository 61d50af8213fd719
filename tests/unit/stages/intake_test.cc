// Intake: bundle validation, content sniffing, size limits, stable ids, withheld documents.
#include "stages/intake/intake.h"

#include <gtest/gtest.h>

#include <fstream>

#include "pipeline/model/schema.h"
#include "pipeline/model/topics.h"
#include "tests/unit/stages/fixtures.h"

namespace disclose::intake {
namespace {

namespace fs = std::filesystem;

TEST(SniffMediaType, ByContentNotName) {
  EXPECT_EQ(SniffMediaType("%PDF-1.7\n..."), "application/pdf");
  EXPECT_EQ(SniffMediaType("\n\n%PDF-1.4"), "application/pdf");
  EXPECT_EQ(SniffMediaType("\x89PNG\r\n\x1a\nxxxx"), "image/png");
  EXPECT_EQ(SniffMediaType("\xff\xd8\xff\xe0"), "image/jpeg");
  EXPECT_EQ(SniffMediaType(std::string_view("II*\0abc", 7)), "image/tiff");
  EXPECT_EQ(SniffMediaType("PK\x03\x04 zip"), "");
  EXPECT_EQ(SniffMediaType(""), "");
}

class IntakeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::TempFolder("intake");
    store_ = testing::OpenTestStore(dir_ / "store");
    bundle_ = dir_ / "smith-john";  // a folder name that names someone
    fs::create_directories(bundle_);
    testing::WriteFile(bundle_ / "bundle.json", testing::BundleJson({"a.pdf", "b.pdf", "c.pdf"}));
    testing::WriteFile(bundle_ / "a.pdf", "%PDF-1.4\nfirst");
    testing::WriteFile(bundle_ / "b.pdf", "this is a zip file, really");
    testing::WriteFile(bundle_ / "c.pdf", std::string(2048, 'x'));
  }
  fs::path dir_, bundle_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(IntakeTest, RecordsEveryDocumentAndWithholdsBadOnes) {
  IntakeOptions options;
  options.max_document_bytes = 1024;
  IntakeCore core(*store_, options);
  auto result = core.Submit(bundle_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->documents, 3u);
  EXPECT_EQ(result->withheld, 2u);
  ASSERT_EQ(result->records.size(), 5u);  // 3 intake + 2 quarantine
  for (const auto& r : result->records) {
    EXPECT_EQ(r.key, result->bundle_id);
    Status s = model::SchemaRegistry::Default().Validate(r.topic, r.value);
    EXPECT_TRUE(s.ok()) << s.error().message;
  }
  EXPECT_EQ(result->records[0].value["state"], "ok");
  EXPECT_EQ(result->records[0].value["media_type"], "application/pdf");
  EXPECT_EQ(result->records[1].value["reason"]["code"], "unsupported_type");
  EXPECT_EQ(result->records[2].value["reason"]["code"], "too_large");
  EXPECT_EQ(result->records[3].topic, topics::kQuarantine);
  auto bytes = store_->Get(result->bundle_id, result->records[0].value["source_blob"].get<std::string>());
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(*bytes, "%PDF-1.4\nfirst");
}

TEST_F(IntakeTest, SameBundleGivesSameIds) {
  IntakeCore core(*store_, {});
  auto first = core.Submit(bundle_);
  auto second = core.Submit(bundle_);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->bundle_id, second->bundle_id);
  EXPECT_EQ(first->records[0].value["source_blob"], second->records[0].value["source_blob"]);
}

TEST_F(IntakeTest, RefusesUnknownFieldNamingTheFolder) {
  testing::WriteFile(bundle_ / "bundle.json", testing::BundleJson({"a.pdf"}, R"("colour": "blue",)"));
  IntakeCore core(*store_, {});
  auto result = core.Submit(bundle_);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("bundle smith-john"), std::string::npos) << result.error().message;
  EXPECT_NE(result.error().message.find("colour"), std::string::npos);
}

TEST_F(IntakeTest, MissingListedDocumentIsWithheld) {
  testing::WriteFile(bundle_ / "bundle.json", testing::BundleJson({"a.pdf", "gone.pdf"}));
  IntakeCore core(*store_, {});
  auto result = core.Submit(bundle_);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->records[1].value["reason"]["code"], "missing");
  const std::string reason = result->records[1].value["reason"]["message"];
  EXPECT_EQ(reason.find("gone"), std::string::npos) << "reasons name documents by position, not by file name";
  EXPECT_EQ(reason.find("smith"), std::string::npos) << "reasons travel on Kafka: no folder names";
  EXPECT_NE(reason.find("Document 2 of 2"), std::string::npos) << reason;
}

}  // namespace
}  // namespace disclose::intake
