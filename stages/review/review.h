// The review stage: disclose.redacted.v1 -> disclose.approved.v1.
// With auto-approve (the demo and batch runs that a deployment has chosen to trust) each
// verified document is approved as "auto" at once; withheld documents pass through withheld,
// so that the seal stage can list them. Human review (the web page) is a later capability;
// until then a review core without auto-approve cannot be built (Create refuses).
// Thread-safety: one Process call at a time per instance.
#pragma once

#include <memory>

#include "pipeline/model/record.h"

namespace disclose::review {

struct ReviewOptions {
  bool auto_approve = false;
};

class ReviewCore : public model::StageCore {
 public:
  // kUnsupported when !auto_approve: there is no human review page in this build yet.
  static Result<std::unique_ptr<ReviewCore>> Create(ReviewOptions options);
  std::string_view Name() const override { return "review"; }
  std::string_view InputTopic() const override;
  Result<std::vector<model::Record>> Process(const model::Record& input) override;

 private:
  explicit ReviewCore(ReviewOptions options) : options_(options) {}
  ReviewOptions options_;
};

}  // namespace disclose::review
