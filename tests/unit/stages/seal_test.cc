// Seal: waits for every document of a bundle, then writes one pack that opens with the
// recipient key, holds the released PDFs and a schedule listing redactions and withheld
// documents; replaying a record rewrites nothing wrong.
#include "stages/seal/seal.h"

#include <gtest/gtest.h>

#include "pipeline/model/digest.h"
#include "pipeline/model/schema.h"
#include "pipeline/model/topics.h"
#include "stages/review/review.h"
#include "stages/seal/keys.h"
#include "stages/seal/pack.h"
#include "tests/unit/stages/fixtures.h"

namespace disclose::seal {
namespace {

namespace fs = std::filesystem;
using model::Json;

class SealTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::TempFolder("seal");
    store_ = testing::OpenTestStore(dir_ / "store");
    ASSERT_TRUE(GenerateKeyPair(KeyKind::kRecipient, dir_ / "recipient").ok());
    ASSERT_TRUE(GenerateKeyPair(KeyKind::kSigning, dir_ / "signing").ok());
    auto pub = ReadPublicKey(dir_ / "recipient.pub", KeyKind::kRecipient);
    ASSERT_TRUE(pub.ok());
    std::string bundle = testing::BundleJson({"one.pdf", "two.pdf"});
    bundle.replace(bundle.find("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), 44, EncodeBase64(*pub));
    ASSERT_TRUE(store_->CreateBundle(kBundle).ok());
    bundle_blob_ = *store_->Put(kBundle, "bundle", bundle);
    auto secret = ReadSecretKey(dir_ / "signing.key", KeyKind::kSigning);
    ASSERT_TRUE(secret.ok());
    options_.outbox = dir_ / "out";
    options_.state_dir = dir_ / "state";
    options_.signing_secret_key = *secret;
  }

  Json Approved(int index, bool withheld) {
    Json v = {{"schema", topics::kApproved}, {"bundle_id", kBundle},
              {"document_id", std::string("d-") + (kBundle + 2) + "-000" + std::to_string(index)},
              {"document_index", index}, {"document_count", 2}, {"state", "ok"}, {"bundle_blob", bundle_blob_}};
    if (withheld) {
      model::Withhold(v, "extract", "unreadable_pdf", "Document d-x could not be read as a PDF: damaged.");
      return v;
    }
    const std::string pdf = "%PDF-1.4 redacted " + std::to_string(index);
    Json findings = {{"document_id", v["document_id"]},
                     {"findings", {{{"page", 0}, {"rule_id", "uk.prison_number"}, {"category", "prison_number"},
                                    {"exemption", "DPA2018-Sch2-Pt3-para16"}, {"party", "third_party"}}}}};
    v["findings_blob"] = *store_->Put(kBundle, "findings", findings.dump());
    v["redacted_blob"] = *store_->Put(kBundle, "redacted", pdf);
    v["redacted_sha256"] = model::Sha256Hex(pdf);
    v["pages"] = 1;
    v["redactions"] = 1;
    v["glyphs_removed"] = 7;
    v["verified"] = true;
    v["approved_by"] = "auto";
    v["approved_at"] = 1;
    return v;
  }

  static constexpr const char* kBundle = "b-0123456789abcdef01234567";
  fs::path dir_;
  std::unique_ptr<store::Store> store_;
  std::string bundle_blob_;
  SealOptions options_;
};

TEST_F(SealTest, SealsOnceEveryDocumentHasArrived) {
  SealCore core(*store_, options_);
  auto first = core.Process({std::string(topics::kApproved), kBundle, Approved(1, true)});
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_TRUE(first->empty());
  EXPECT_FALSE(fs::exists(options_.outbox / (std::string(kBundle) + ".pack")));

  auto second = core.Process({std::string(topics::kApproved), kBundle, Approved(0, false)});
  ASSERT_TRUE(second.ok()) << second.error().message;
  ASSERT_EQ(second->size(), 1u);
  const Json& sealed = (*second)[0].value;
  EXPECT_TRUE(model::SchemaRegistry::Default().Validate(topics::kSealed, sealed).ok());
  EXPECT_EQ(sealed["documents_released"], 1);
  EXPECT_EQ(sealed["documents_withheld"], 1);

  std::ifstream in(options_.outbox / sealed["pack_file"].get<std::string>(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(model::Sha256Hex(bytes), sealed["pack_sha256"]);
  auto secret = ReadSecretKey(dir_ / "recipient.key", KeyKind::kRecipient);
  auto signer = ReadPublicKey(dir_ / "signing.pub", KeyKind::kSigning);
  auto opened = OpenPack(bytes, *secret, std::string_view(*signer));
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  std::map<std::string, std::string> files;
  for (const auto& f : opened->files) files[f.name] = f.bytes;
  EXPECT_EQ(files.at("documents/one.pdf"), "%PDF-1.4 redacted 0");
  EXPECT_EQ(files.count("documents/two.pdf"), 0u);
  Json schedule = Json::parse(files.at("schedule.json"));
  ASSERT_EQ(schedule["withheld"].size(), 1u);
  EXPECT_EQ(schedule["withheld"][0]["document"], "two.pdf");
  EXPECT_EQ(schedule["withheld"][0]["code"], "unreadable_pdf");
  ASSERT_EQ(schedule["redactions"].size(), 1u);
  EXPECT_EQ(schedule["redactions"][0]["page"], 1);
  EXPECT_EQ(schedule["redactions"][0]["decided_by"], "auto");
}

TEST_F(SealTest, ProgressSurvivesANewInstance) {
  {
    SealCore core(*store_, options_);
    ASSERT_TRUE(core.Process({std::string(topics::kApproved), kBundle, Approved(0, false)}).ok());
  }
  SealCore restarted(*store_, options_);
  auto out = restarted.Process({std::string(topics::kApproved), kBundle, Approved(1, false)});
  ASSERT_TRUE(out.ok()) << out.error().message;
  ASSERT_EQ(out->size(), 1u);
  EXPECT_EQ((*out)[0].value["documents_released"], 2);
}

TEST(ReviewCore, RefusesWithoutAutoApproveAndPassesWithheldThrough) {
  EXPECT_FALSE(review::ReviewCore::Create({.auto_approve = false}).ok());
  auto core = review::ReviewCore::Create({.auto_approve = true});
  ASSERT_TRUE(core.ok());
  Json in = {{"schema", topics::kRedacted}, {"bundle_id", "b-0123456789abcdef01234567"},
             {"document_id", "d-0123456789abcdef01234567-0000"}, {"document_index", 0}, {"document_count", 1},
             {"state", "ok"}, {"bundle_blob", "blob:bundle:" + std::string(64, 'a')}};
  model::Withhold(in, "redact", "verification_failed", "verification failed for document d-x.");
  auto out = (*core)->Process({std::string(topics::kRedacted), "b-0123456789abcdef01234567", in});
  ASSERT_TRUE(out.ok());
  ASSERT_EQ(out->size(), 1u);
  EXPECT_EQ((*out)[0].value["state"], "withheld");
  EXPECT_FALSE((*out)[0].value.contains("approved_by"));
  EXPECT_TRUE(model::SchemaRegistry::Default().Validate(topics::kApproved, (*out)[0].value).ok());
}

}  // namespace
}  // namespace disclose::seal
