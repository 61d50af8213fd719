// Public-body allow-list (see public_bodies.h).
#include "stages/detect/public_bodies.h"

#include <yaml-cpp/yaml.h>

#include "stages/detect/validators.h"

namespace disclose::detect {

namespace {

std::string PhoneKey(std::string_view v) {
  std::string c = CanonicalPhoneUk(v);
  return c.empty() ? AlnumUpper(v) : c;
}

}  // namespace

Result<PublicBodies> PublicBodies::Parse(std::string_view yaml, const std::string& origin) {
  PublicBodies out;
  try {
    YAML::Node doc = YAML::Load(std::string(yaml));
    if (!doc.IsMap() || !doc["bodies"] || !doc["bodies"].IsSequence()) {
      return InvalidInput(origin + ": expected a map with a 'bodies' list");
    }
    size_t index = 0;
    for (const auto& body : doc["bodies"]) {
      ++index;
      if (!body.IsMap()) return InvalidInput(origin + ": body #" + std::to_string(index) + " is not a map");
      auto add = [&](const char* key, std::set<std::string>* into, auto canon) -> Status {
        if (!body[key]) return Status::Ok();
        if (!body[key].IsSequence()) {
          return InvalidInput(origin + ": body #" + std::to_string(index) + " '" + key + "' is not a list");
        }
        for (const auto& v : body[key]) into->insert(canon(v.as<std::string>()));
        return Status::Ok();
      };
      if (Status s = add("phones", &out.phones_, PhoneKey); !s.ok()) return s.error();
      if (Status s = add("emails", &out.emails_, AlnumUpper); !s.ok()) return s.error();
      if (Status s = add("postcodes", &out.postcodes_, AlnumUpper); !s.ok()) return s.error();
      if (Status s = add("addresses", &out.addresses_, AlnumUpper); !s.ok()) return s.error();
    }
  } catch (const YAML::Exception& e) {
    return InvalidInput(origin + " is not valid YAML (line " + std::to_string(e.mark.line + 1) + ")");
  }
  return out;
}

void PublicBodies::Add(const PublicBodies& other) {
  phones_.insert(other.phones_.begin(), other.phones_.end());
  emails_.insert(other.emails_.begin(), other.emails_.end());
  postcodes_.insert(other.postcodes_.begin(), other.postcodes_.end());
  addresses_.insert(other.addresses_.begin(), other.addresses_.end());
}

bool PublicBodies::IsListed(std::string_view category, std::string_view value) const {
  if (category == "phone") return phones_.count(PhoneKey(value)) > 0;
  if (category == "email") return emails_.count(AlnumUpper(value)) > 0;
  if (category == "postcode") return postcodes_.count(AlnumUpper(value)) > 0;
  if (category == "address") {
    const std::string v = AlnumUpper(value);
    for (const auto& a : addresses_) {
      if (a.find(v) != std::string::npos || v.find(a) != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace disclose::detect
