// Envelope helpers shared by every stage core.
#include "pipeline/model/record.h"

#include "pipeline/model/topics.h"

namespace disclose::model {

namespace {
constexpr const char* kEnvelope[] = {"bundle_id", "document_id", "document_index", "document_count",
                                     "state", "reason"};
}  // namespace

Record Follow(const Json& input, std::string_view topic) {
  Record out;
  out.topic = std::string(topic);
  out.key = input.value("bundle_id", "");
  out.value = Json::object();
  out.value["schema"] = std::string(topic);
  for (const char* field : kEnvelope) {
    if (input.contains(field)) out.value[field] = input[field];
  }
  if (!out.value.contains("state")) out.value["state"] = "ok";
  return out;
}

void Withhold(Json& value, std::string_view stage, std::string_view code, std::string_view message) {
  value["state"] = "withheld";
  value["reason"] = {{"stage", stage}, {"code", code}, {"message", message}};
}

Record QuarantineRecord(const Json& input, std::string_view stage, std::string_view code,
                        std::string_view message) {
  Record out;
  out.topic = std::string(topics::kQuarantine);
  out.key = input.value("bundle_id", "");
  out.value = {{"schema", topics::kQuarantine},
               {"bundle_id", input.value("bundle_id", "")},
               {"document_id", input.value("document_id", "")},
               {"document_index", input.value("document_index", 0)},
               {"document_count", input.value("document_count", 0)},
               {"state", "withheld"},
               {"reason", {{"stage", stage}, {"code", code}, {"message", message}}}};
  return out;
}

bool IsWithheld(const Json& value) { return value.value("state", "ok") == "withheld"; }

}  // namespace disclose::model
