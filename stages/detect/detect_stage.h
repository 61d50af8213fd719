// The detect stage: disclose.extracted.v1 -> disclose.detected.v1.
// Runs the rule engine (detector.h) on a bundle's documents with the bundle's subject exempt.
// Names are bundle-wide: the stage gathers the bundle's extracted records (store/gather.h,
// STATE_DIR/<bundle_id>/, ids and blob references only) and, when the last one arrives,
// detects in two passes over the documents in index order: the first collects every confirmed
// third-party name, the second finds them in all their forms in every document. So a name
// confirmed in one document is found in every other, and the findings do not depend on the
// order the records arrive in. Until then a record yields nothing; the completing record yields
// one detected record per document (withheld ones passed on as they are). The stage then
// maps each finding's text span to page boxes, and stores the findings encrypted as a
// "findings" blob (format below). The record carries only counts per category.
//
// findings blob: {"document_id":..., "findings":[{"page":0,"rule_id":"uk.prison_number",
//   "category":"prison_number","score":0.9,"reason":"...","exemption":"...","party":"third_party",
//   "begin":10,"end":17,"text":"...","boxes":[[x0,y0,x1,y1],...]}]}
// Thread-safety: one Process call at a time per instance; the Detector is shared read-only.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "pipeline/model/record.h"
#include "pipeline/pdf/pdf.h"
#include "pipeline/store/gather.h"
#include "pipeline/store/store.h"
#include "stages/detect/detector.h"

namespace disclose::detect {

class DetectCore : public model::StageCore {
 public:
  DetectCore(store::Store& store, const Detector& detector, std::filesystem::path state_dir);
  std::string_view Name() const override { return "detect"; }
  std::string_view InputTopic() const override;
  Result<std::vector<model::Record>> Process(const model::Record& input) override;

 private:
  Result<const SubjectProfile*> Profile(const std::string& bundle_id, const std::string& bundle_blob);
  Result<pdf::Document> Layout(const model::Json& record);
  Result<model::Record> Detected(const model::Json& record, const SubjectProfile& subject, BundleContext* names);

  store::Store& store_;
  const Detector& detector_;
  store::BundleGather gather_;
  std::map<std::string, std::unique_ptr<SubjectProfile>> profiles_;  // by bundle id (small, bounded below)
};

// Findings for a whole extracted document: what DetectCore stores, and what `disclose detect`
// and `disclose redact` print. `document_id` names the document in the result. With `names`,
// the names it holds are found too and the document's confirmed names are added to it (give
// it every document of the bundle once first, to make names bundle-wide); without, names are
// document-wide.
model::Json FindDocument(const Detector& detector, const SubjectProfile& subject,
                         const pdf::Document& document, const std::string& document_id,
                         BundleContext* names = nullptr);

// The first pass over a bundle: adds `document`'s confirmed names to *names.
void CollectNames(const Detector& detector, const SubjectProfile& subject, const pdf::Document& document,
                  BundleContext* names);

}  // namespace disclose::detect
