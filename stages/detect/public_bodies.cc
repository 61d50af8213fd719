// Public-body allow-list (see public_bodies.h).
#include "stages/detect/public_bodies.h"

#include <algorithm>

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

namespace {

std::string Lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// What precedes `begin` on its line, at most 120 bytes, lower case.
std::string LineBefore(std::string_view page, size_t begin) {
  size_t from = begin;
  while (from > 0 && begin - from < 120 && page[from - 1] != '\n') --from;
  return Lowered(page.substr(from, begin - from));
}

bool FunctionalMailbox(std::string_view email) {
  const size_t at = email.find('@');
  if (at == std::string_view::npos) return false;
  const std::string domain = Lowered(email.substr(at + 1));
  static constexpr std::string_view kOfficial[] = {"hmpps.", "justice.", "probation.", "police.", "courts.",
                                                   "gov.uk", "nhs.net", "nhs.uk"};
  const bool official = std::any_of(std::begin(kOfficial), std::end(kOfficial), [&domain](std::string_view o) {
    const size_t hit = domain.find(o);
    return hit != std::string::npos && (hit == 0 || domain[hit - 1] == '.');
  });
  if (!official) return false;
  const std::string local = Lowered(email.substr(0, at));
  static constexpr std::string_view kFunctions[] = {
      "court", "hub", "ppu", "enquir", "admin", "office", "team", "unit", "reception", "visits", "info",
      "contact", "mailbox", "helpdesk", "safeguarding", "custody", "listing", "casework", "omu", "switchboard",
      "bureau", "records", "intelligence", "security", "healthcare", "finance", "legal"};
  return std::any_of(std::begin(kFunctions), std::end(kFunctions),
                     [&local](std::string_view f) { return local.find(f) != std::string::npos; });
}

}  // namespace

bool EstablishmentContact(std::string_view page, std::string_view category, size_t begin, size_t end) {
  const std::string_view value = page.substr(begin, end - begin);
  if (category == "email") return FunctionalMailbox(value);
  if (category == "phone") {
    const std::string key = PhoneKey(value);
    if (key.starts_with("07")) return false;
  } else if (category != "address" && category != "postcode") {
    return false;
  }
  const std::string before = LineBefore(page, begin);
  // Only what follows the last sentence end counts.
  const size_t stop = before.rfind(". ");
  const std::string_view clause = std::string_view(before).substr(stop == std::string::npos ? 0 : stop + 2);
  static constexpr std::string_view kLabels[] = {
      "switchboard:", "listing office:", "booking line:", "visitors' centre:", "visitors centre:",
      "visitor centre:", "custody suite:", "general enquiries:", "main reception:", "business hub:"};
  if (std::any_of(std::begin(kLabels), std::end(kLabels),
                  [&clause](std::string_view l) { return clause.find(l) != std::string_view::npos; })) {
    return true;
  }
  if (category == "phone") return false;
  // "HMP Gadsby, 26 Millrace Road, ...": the establishment's name, a comma, then the address (its
  // postcode may follow a town).
  static constexpr std::string_view kEstablishments[] = {"hmp ", "hmyoi ", "hmp & yoi ", "yoi ", "crown court, ",
                                                         "magistrates' court, ", "police station, "};
  for (std::string_view e : kEstablishments) {
    const size_t hit = clause.rfind(e);
    if (hit == std::string_view::npos) continue;
    // The establishment's name ends at the first comma after it; the value follows within the
    // same address (no bracket between).
    const size_t comma = clause.find(',', hit);
    if (comma == std::string_view::npos || clause.find('(', hit) != std::string_view::npos) continue;
    if (comma + 1 >= clause.size() || comma + 90 < clause.size()) continue;
    return true;
  }
  return false;
}

}  // namespace disclose::detect
