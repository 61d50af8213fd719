// Review stage core (auto-approve).
#include "stages/review/review.h"

#include <chrono>

#include "pipeline/model/topics.h"

namespace disclose::review {

using model::Json;

Result<std::unique_ptr<ReviewCore>> ReviewCore::Create(ReviewOptions options) {
  if (!options.auto_approve) {
    return Unsupported("human review is not available in this build; run with --auto-approve");
  }
  return std::unique_ptr<ReviewCore>(new ReviewCore(options));
}

std::string_view ReviewCore::InputTopic() const { return topics::kRedacted; }

Result<std::vector<model::Record>> ReviewCore::Process(const model::Record& input) {
  const Json& in = input.value;
  model::Record out = model::Follow(in, topics::kApproved);
  out.value["bundle_blob"] = in["bundle_blob"];
  if (!model::IsWithheld(in)) {
    for (const char* field : {"findings_blob", "redacted_blob", "redacted_sha256", "pages", "redactions",
                              "glyphs_removed", "verified"}) {
      out.value[field] = in[field];
    }
    out.value["approved_by"] = "auto";
    out.value["approved_at"] = std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count();
  }
  return std::vector<model::Record>{std::move(out)};
}

}  // namespace disclose::review
