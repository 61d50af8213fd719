// The detect stage: disclose.extracted.v1 -> disclose.detected.v1.
// Runs the rule engine (detector.h) on a document's pages with the bundle's subject exempt
// (names confirmed on one page are found on all its pages),
// maps each finding's text span to page boxes, and stores the findings encrypted as a
// "findings" blob (format below). The record carries only counts per category.
//
// findings blob: {"document_id":..., "findings":[{"page":0,"rule_id":"uk.prison_number",
//   "category":"prison_number","score":0.9,"reason":"...","exemption":"...","party":"third_party",
//   "begin":10,"end":17,"text":"...","boxes":[[x0,y0,x1,y1],...]}]}
// Thread-safety: one Process call at a time per instance; the Detector is shared read-only.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "pipeline/model/record.h"
#include "pipeline/pdf/pdf.h"
#include "pipeline/store/store.h"
#include "stages/detect/detector.h"

namespace disclose::detect {

class DetectCore : public model::StageCore {
 public:
  DetectCore(store::Store& store, const Detector& detector);
  std::string_view Name() const override { return "detect"; }
  std::string_view InputTopic() const override;
  Result<std::vector<model::Record>> Process(const model::Record& input) override;

 private:
  Result<const SubjectProfile*> Profile(const std::string& bundle_id, const std::string& bundle_blob);

  store::Store& store_;
  const Detector& detector_;
  std::map<std::string, std::unique_ptr<SubjectProfile>> profiles_;  // by bundle id (small, bounded below)
};

// Findings for a whole extracted document: what DetectCore stores, and what `disclose detect`
// and `disclose redact` print. `document_id` names the document in the result.
model::Json FindDocument(const Detector& detector, const SubjectProfile& subject,
                         const pdf::Document& document, const std::string& document_id);

}  // namespace disclose::detect
