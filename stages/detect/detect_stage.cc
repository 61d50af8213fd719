// Detect stage core.
#include "stages/detect/detect_stage.h"

#include "pipeline/model/bundle.h"
#include "pipeline/model/topics.h"
#include "pipeline/observe/log.h"
#include "pipeline/pdf/layout_json.h"

namespace disclose::detect {

using model::Json;

namespace {
constexpr size_t kMaxCachedProfiles = 64;
}  // namespace

DetectCore::DetectCore(store::Store& store, const Detector& detector, std::filesystem::path state_dir)
    : store_(store), detector_(detector), gather_(std::move(state_dir), "detect state") {}

std::string_view DetectCore::InputTopic() const { return topics::kExtracted; }

Result<const SubjectProfile*> DetectCore::Profile(const std::string& bundle_id, const std::string& bundle_blob) {
  auto it = profiles_.find(bundle_id);
  if (it != profiles_.end()) return it->second.get();
  auto text = store_.Get(bundle_id, bundle_blob);
  if (!text.ok()) return text.error();
  auto spec = model::ParseBundle(*text, "stored bundle.json of " + bundle_id);
  if (!spec.ok()) return spec.error();
  if (profiles_.size() >= kMaxCachedProfiles) profiles_.clear();
  auto profile = std::make_unique<SubjectProfile>(SubjectProfile::Build(spec->subject));
  return profiles_.emplace(bundle_id, std::move(profile)).first->second.get();
}

namespace {
std::vector<std::string_view> PageTexts(const pdf::Document& document) {
  std::vector<std::string_view> texts;
  for (const pdf::Page& page : document.pages) texts.emplace_back(page.text);
  return texts;
}
}  // namespace

void CollectNames(const Detector& detector, const SubjectProfile& subject, const pdf::Document& document,
                  BundleContext* names) {
  (void)detector.DetectDocument(PageTexts(document), subject, names);
}

Json FindDocument(const Detector& detector, const SubjectProfile& subject, const pdf::Document& document,
                  const std::string& document_id, BundleContext* names) {
  Json findings = Json::array();
  BundleContext own;  // document-wide names only
  const auto per_page = detector.DetectDocument(PageTexts(document), subject, names ? names : &own);
  for (size_t i = 0; i < document.pages.size(); ++i) {
    const pdf::Page& page = document.pages[i];
    for (const Finding& f : per_page[i]) {
      Json boxes = Json::array();
      for (const pdf::Box& b : pdf::BoxesForSpan(page, f.begin, f.end)) boxes.push_back({b.x0, b.y0, b.x1, b.y1});
      findings.push_back({{"page", page.index},
                          {"rule_id", f.rule_id},
                          {"category", f.category},
                          {"score", f.score},
                          {"reason", f.reason},
                          {"exemption", f.exemption},
                          {"party", f.party},
                          {"begin", f.begin},
                          {"end", f.end},
                          {"text", page.text.substr(f.begin, f.end - f.begin)},
                          {"boxes", std::move(boxes)}});
    }
  }
  return Json{{"document_id", document_id}, {"findings", std::move(findings)}};
}

Result<pdf::Document> DetectCore::Layout(const Json& record) {
  const std::string bundle_id = record["bundle_id"];
  auto text = store_.Get(bundle_id, record["text_blob"].get<std::string>());
  if (!text.ok()) return text.error();
  return pdf::LayoutFromJson(*text, record["document_id"].get<std::string>());
}

Result<model::Record> DetectCore::Detected(const Json& in, const SubjectProfile& subject, BundleContext* names) {
  model::Record out = model::Follow(in, topics::kDetected);
  out.value["bundle_blob"] = in["bundle_blob"];
  if (model::IsWithheld(in)) return out;
  const std::string bundle_id = in["bundle_id"];
  const std::string document_id = in["document_id"];
  auto document = Layout(in);
  if (!document.ok()) return document.error();
  Json findings = FindDocument(detector_, subject, *document, document_id, names);
  Json categories = Json::object();
  for (const Json& f : findings["findings"]) {
    categories[f["category"].get<std::string>()] = categories.value(f["category"].get<std::string>(), 0) + 1;
  }
  auto blob = store_.Put(bundle_id, "findings", findings.dump(-1, ' ', false, Json::error_handler_t::replace));
  if (!blob.ok()) return blob.error();
  for (const char* field : {"media_type", "source_blob", "text_blob", "pages"}) out.value[field] = in[field];
  out.value["findings_blob"] = *blob;
  out.value["finding_count"] = findings["findings"].size();
  out.value["categories"] = categories;
  observe::Log(observe::Level::kInfo, "document.detected",
               {{"bundle_id", bundle_id}, {"document_id", document_id}, {"categories", categories}});
  return out;
}

Result<std::vector<model::Record>> DetectCore::Process(const model::Record& input) {
  const Json& in = input.value;
  const std::string bundle_id = in["bundle_id"];
  auto arrivals = gather_.Arrive(bundle_id, in["document_index"], in["document_count"], in);
  if (!arrivals.ok()) return arrivals.error();
  if (!*arrivals) return std::vector<model::Record>{};  // the bundle is not complete yet

  auto profile = Profile(bundle_id, in["bundle_blob"]);
  if (!profile.ok()) return profile.error();
  BundleContext names;
  for (const Json& record : **arrivals) {  // pass 1: every confirmed name of the bundle
    if (model::IsWithheld(record)) continue;
    auto document = Layout(record);
    if (!document.ok()) return document.error();
    CollectNames(detector_, **profile, *document, &names);
  }
  std::vector<model::Record> out;
  for (const Json& record : **arrivals) {  // pass 2: findings with all of them
    auto detected = Detected(record, **profile, &names);
    if (!detected.ok()) return detected.error();
    out.push_back(std::move(*detected));
  }
  observe::Log(observe::Level::kInfo, "bundle.detected",
               {{"bundle_id", bundle_id}, {"documents", out.size()}, {"names", names.NameCount()}});
  return out;
}

}  // namespace disclose::detect
