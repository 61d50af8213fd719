// The detect stage gathers a bundle and makes names bundle-wide: a name confirmed in one
// document is found alone in another, whatever order the records arrive in; nothing is
// emitted until the bundle is complete, and the completing record alone emits (also on replay).
#include <algorithm>

#include <gtest/gtest.h>

#include "pipeline/model/topics.h"
#include "pipeline/pdf/layout_json.h"
#include "stages/detect/detect_stage.h"
#include "tests/unit/stages/fixtures.h"

namespace disclose::detect {
namespace {

using model::Json;
using disclose::testing::BundleJson;
using disclose::testing::OpenTestStore;
using disclose::testing::TempFolder;

constexpr char kBundle[] = "b-0123456789abcdef01234567";
// Invented people. Document 0 mentions a surname alone; document 2 confirms the full name.
constexpr char kMention[] = "Officer notes: Wrenfield raised a complaint about the canteen rota.";
constexpr char kConfirm[] = "Visits log: visitor Mr Tobias Wrenfield attended the visits hall.";

pdf::Document OnePage(const std::string& text) {
  pdf::Page page;
  page.width = 595;
  page.height = 842;
  page.text = text;
  for (uint32_t i = 0; i < text.size(); ++i) {
    pdf::Glyph g;
    g.text = text.substr(i, 1);
    g.box = {72.0 + 5 * i, 100, 77.0 + 5 * i, 112};
    page.glyphs.push_back(g);
    page.glyph_spans.emplace_back(i, i + 1);
  }
  pdf::Document doc;
  doc.pages.push_back(std::move(page));
  return doc;
}

class DetectStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = Detector::Load({});
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    detector_ = std::move(*loaded);
  }

  struct Run {
    std::filesystem::path dir;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<DetectCore> core;
    std::vector<Json> inputs;  // extracted records, by document index
  };

  Run Prepare() {
    Run run;
    run.dir = TempFolder("detect-stage");
    run.store = OpenTestStore(run.dir / "store");
    run.core = std::make_unique<DetectCore>(*run.store, *detector_, run.dir / "detect-state");
    EXPECT_TRUE(run.store->CreateBundle(kBundle).ok());
    auto bundle_blob = run.store->Put(kBundle, "bundle", BundleJson({"a.pdf", "b.pdf", "c.pdf"}));
    EXPECT_TRUE(bundle_blob.ok());
    const std::vector<std::string> texts = {kMention, "", kConfirm};
    for (int i = 0; i < 3; ++i) {
      char id[64];
      std::snprintf(id, sizeof id, "d-0123456789abcdef01234567-%04d", i);
      Json record = {{"schema", topics::kExtracted}, {"bundle_id", kBundle}, {"document_id", id},
                     {"document_index", i}, {"document_count", 3}, {"bundle_blob", *bundle_blob}};
      if (i == 1) {
        model::Withhold(record, "extract", "unreadable", "Document 2 of 3 could not be read as a PDF.");
      } else {
        auto text_blob = run.store->Put(kBundle, "text", pdf::LayoutToJson(OnePage(texts[i])));
        EXPECT_TRUE(text_blob.ok());
        record.update({{"state", "ok"}, {"text_blob", *text_blob}, {"source_blob", "unused"},
                       {"media_type", "application/pdf"}, {"pages", 1}});
      }
      run.inputs.push_back(record);
    }
    return run;
  }

  // Processes the records in `order`; returns the outputs of each call.
  std::vector<std::vector<model::Record>> Feed(Run& run, const std::vector<int>& order) {
    std::vector<std::vector<model::Record>> outputs;
    for (int i : order) {
      auto out = run.core->Process({std::string(topics::kExtracted), kBundle, run.inputs[static_cast<size_t>(i)]});
      EXPECT_TRUE(out.ok()) << out.error().message;
      outputs.push_back(out.ok() ? std::move(*out) : std::vector<model::Record>{});
    }
    return outputs;
  }

  // The decrypted findings of each emitted record, by document index (withheld: null).
  std::vector<Json> Findings(Run& run, const std::vector<model::Record>& records) {
    std::vector<Json> out(3);
    for (const model::Record& r : records) {
      const int index = r.value["document_index"];
      if (!r.value.contains("findings_blob")) continue;
      auto blob = run.store->Get(kBundle, r.value["findings_blob"].get<std::string>());
      EXPECT_TRUE(blob.ok());
      if (blob.ok()) out[static_cast<size_t>(index)] = Json::parse(*blob)["findings"];
    }
    return out;
  }

  std::unique_ptr<Detector> detector_;
};

bool HasName(const Json& findings, const std::string& text) {
  return std::any_of(findings.begin(), findings.end(), [&](const Json& f) {
    return f["category"] == "name" && f["text"].get<std::string>().find(text) != std::string::npos;
  });
}

TEST_F(DetectStageTest, ANameConfirmedInOneDocumentIsFoundAloneInAnotherWhateverTheOrder) {
  // Alone, the mention is not a name: nothing confirms it.
  Json alone = FindDocument(*detector_, SubjectProfile(), OnePage(kMention), "d")["findings"];
  ASSERT_FALSE(HasName(alone, "Wrenfield"));

  Run forward = Prepare();
  auto f = Feed(forward, {0, 1, 2});
  EXPECT_TRUE(f[0].empty());
  EXPECT_TRUE(f[1].empty());
  ASSERT_EQ(f[2].size(), 3u);  // the completing record emits every document, in index order
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(f[2][static_cast<size_t>(i)].value["document_index"], i);
    EXPECT_EQ(f[2][static_cast<size_t>(i)].topic, topics::kDetected);
  }
  EXPECT_EQ(f[2][1].value["state"], "withheld");  // passed on as it came
  std::vector<Json> found = Findings(forward, f[2]);
  EXPECT_TRUE(HasName(found[0], "Wrenfield")) << found[0].dump();
  EXPECT_TRUE(HasName(found[2], "Tobias Wrenfield")) << found[2].dump();

  Run backward = Prepare();
  auto b = Feed(backward, {2, 1, 0});
  ASSERT_EQ(b[2].size(), 3u);
  EXPECT_EQ(Findings(backward, b[2]), found);  // the same findings whatever the order
}

TEST_F(DetectStageTest, OnlyTheCompletingRecordEmitsAlsoWhenReplayed) {
  Run run = Prepare();
  auto first = Feed(run, {0, 1, 2});
  ASSERT_EQ(first[2].size(), 3u);
  // A replay after an abort: the earlier records find the bundle complete but are not the
  // completing record; the completing record emits again, the same records.
  auto replay = Feed(run, {0, 1, 2});
  EXPECT_TRUE(replay[0].empty());
  EXPECT_TRUE(replay[1].empty());
  ASSERT_EQ(replay[2].size(), 3u);
  EXPECT_EQ(Findings(run, replay[2]), Findings(run, first[2]));
}

}  // namespace
}  // namespace disclose::detect
