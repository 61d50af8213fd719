// Strict parsing of bundle.json.
#include "pipeline/model/bundle.h"

#include <nlohmann/json.hpp>

#include "pipeline/model/schema.h"

namespace disclose::model {

using Json = nlohmann::json;

namespace {

std::vector<std::string> Strings(const Json& obj, const char* key) {
  std::vector<std::string> out;
  if (obj.contains(key)) {
    for (const auto& v : obj[key]) out.push_back(v.get<std::string>());
  }
  return out;
}

bool ValidIsoDate(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(std::string(s).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

}  // namespace

Result<BundleSpec> ParseBundle(std::string_view json_text, std::string_view origin) {
  Json doc = Json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return InvalidInput(std::string(origin) + " is not valid JSON");
  if (Status s = SchemaRegistry::Default().Validate("bundle", doc); !s.ok()) {
    return InvalidInput(std::string(origin) + " " + s.error().message);
  }
  BundleSpec spec;
  spec.request_id = doc["request_id"];
  spec.received = doc["received"];
  if (!ValidIsoDate(spec.received)) {
    return InvalidInput(std::string(origin) + " has a 'received' date that is not a calendar date");
  }
  const Json& s = doc["subject"];
  spec.subject.name = s["name"];
  spec.subject.aliases = Strings(s, "aliases");
  spec.subject.date_of_birth = s.value("date_of_birth", "");
  if (!spec.subject.date_of_birth.empty() && !ValidIsoDate(spec.subject.date_of_birth)) {
    return InvalidInput(std::string(origin) + " has a subject date_of_birth that is not a calendar date");
  }
  spec.subject.prison_number = s.value("prison_number", "");
  if (s.contains("identifiers")) {
    for (const auto& [k, v] : s["identifiers"].items()) spec.subject.identifiers[k] = v.get<std::string>();
  }
  if (s.contains("contact")) {
    spec.subject.contact.addresses = Strings(s["contact"], "addresses");
    spec.subject.contact.phones = Strings(s["contact"], "phones");
    spec.subject.contact.emails = Strings(s["contact"], "emails");
  }
  spec.recipient.name = doc["recipient"]["name"];
  spec.recipient.public_key = doc["recipient"]["public_key"];
  spec.documents = Strings(doc, "documents");
  return spec;
}

std::string SerializeBundle(const BundleSpec& spec) {
  Json subject = {{"name", spec.subject.name}, {"aliases", spec.subject.aliases}};
  if (!spec.subject.date_of_birth.empty()) subject["date_of_birth"] = spec.subject.date_of_birth;
  if (!spec.subject.prison_number.empty()) subject["prison_number"] = spec.subject.prison_number;
  if (!spec.subject.identifiers.empty()) subject["identifiers"] = spec.subject.identifiers;
  subject["contact"] = {{"addresses", spec.subject.contact.addresses},
                        {"phones", spec.subject.contact.phones},
                        {"emails", spec.subject.contact.emails}};
  Json doc = {{"request_id", spec.request_id},
              {"received", spec.received},
              {"subject", subject},
              {"recipient", {{"name", spec.recipient.name}, {"public_key", spec.recipient.public_key}}}};
  if (!spec.documents.empty()) doc["documents"] = spec.documents;
  return doc.dump();
}

}  // namespace disclose::model
