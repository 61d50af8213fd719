// Public-body allow-list (see public_bodies.h).
#include "stages/detect/public_bodies.h"

#include <algorithm>
#include <cstring>

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
    // The whole value, and the value without its town ("4 Axis Park, Holmford" for a listed
    // "Unit 4 Axis Park"): each part before a comma.
    for (size_t end = value.size(); end != std::string_view::npos && end > 0;
         end = value.rfind(", ", end - 1)) {
      const std::string v = AlnumUpper(value.substr(0, end));
      for (const auto& a : addresses_) {
        if (a.find(v) != std::string::npos || v.find(a) != std::string::npos) return true;
      }
    }
  }
  return false;
}

namespace {

char AsciiLowerChar(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string Lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiLowerChar(c);
  return out;
}

bool StartsWithFolded(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLowerChar(text[i]) != prefix[i]) return false;
  }
  return true;
}

bool EndsWithFolded(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  const std::string_view tail = text.substr(text.size() - suffix.size());
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (AsciiLowerChar(tail[i]) != suffix[i]) return false;
  }
  return true;
}

// True when `part` (one comma-separated part of an address line) is an establishment's name:
// "HMP Gadsby", "HMYOI Ashmere", "Saltingham Crown Court", "Kestwick Police Station".
bool EstablishmentName(std::string_view part) {
  while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
  while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
  if (part.size() > 60 || part.find('(') != std::string_view::npos) return false;
  static constexpr std::string_view kOpenings[] = {"hmp ", "hmyoi ", "yoi "};
  static constexpr std::string_view kEndings[] = {"crown court", "magistrates' court", "police station"};
  return std::any_of(std::begin(kOpenings), std::end(kOpenings),
                     [part](std::string_view o) { return StartsWithFolded(part, o); }) ||
         std::any_of(std::begin(kEndings), std::end(kEndings),
                     [part](std::string_view e) { return EndsWithFolded(part, e); });
}

// True when a line names an establishment, alone or as one of its parts: "HMP Brindlecombe",
// "BRINDLECOMBE CROWN COURT  -  RECORD OF HEARING", "Probation Officer | Netherby Vale Probation
// Delivery Unit".
bool EstablishmentHeading(std::string_view line) {
  static constexpr std::string_view kUnits[] = {"probation delivery unit", "probation office", "youth court",
                                                "county court", "family court", "combined court"};
  for (size_t at = 0; at <= line.size();) {
    size_t cut = std::min(line.find('|', at), line.find(" - ", at));
    if (cut == std::string_view::npos) cut = line.size();
    std::string_view part = line.substr(at, cut - at);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (EstablishmentName(part) || std::any_of(std::begin(kUnits), std::end(kUnits), [part](std::string_view u) {
          return part.size() <= 60 && EndsWithFolded(part, u);
        })) {
      return true;
    }
    at = cut + (cut < line.size() && line[cut] == '|' ? 1 : 3);
  }
  return false;
}

// True when the value whose line opens with `clause` (from `line_begin`) sits in an
// establishment's letterhead or signature block: nothing but an address line or a "Tel:" label
// before it on its line, and above it, up to three lines of the same block that are address
// lines (a house number, a town, a postcode), then a line naming the establishment. A phone
// counts only under a letterhead that opens the page.
bool UnderEstablishmentHeading(std::string_view page, std::string_view category, std::string_view clause,
                               size_t line_begin) {
  std::string_view lead = clause;
  while (!lead.empty() && lead.front() == ' ') lead.remove_prefix(1);
  const bool address_line = !lead.empty() && lead.front() >= '0' && lead.front() <= '9' && lead.find(':') == std::string_view::npos;
  if (category == "phone") {
    if (!(lead.empty() || EndsWithFolded(lead, "tel: ") || EndsWithFolded(lead, "tel ") ||
          EndsWithFolded(lead, "telephone: ")) || lead.size() > 12) {
      return false;
    }
  } else if (!lead.empty() && !(category == "postcode" && address_line)) {
    return false;
  }
  size_t end = line_begin;  // the '\n' ending the line above is at end - 1
  for (int up = 0; up < 4 && end > 0; ++up) {
    const size_t nl = end >= 2 ? page.rfind('\n', end - 2) : std::string_view::npos;
    const size_t b = nl == std::string_view::npos ? 0 : nl + 1;
    const std::string_view l = page.substr(b, end - 1 - b);
    if (l.find_first_not_of(" \t\r") == std::string_view::npos) return false;  // a blank line ends the block
    // (A phone only in a letterhead, opening the page: in a signature block the "Tel:" is the
    // writer's own line.)
    if (EstablishmentHeading(l)) return category != "phone" || page.substr(0, b).find_first_not_of(" \t\r\n") == std::string_view::npos;
    // Only address lines between: a house number and street, a town, a postcode.
    const bool numbered = l.front() >= '0' && l.front() <= '9';
    const bool town = l.size() <= 40 && l.find_first_of(":|@0123456789") == std::string_view::npos;
    const bool postcode = l.size() <= 9 && l.find(' ') != std::string_view::npos && l.front() >= 'A' && l.front() <= 'Z';
    if (!numbered && !town && !postcode) return false;
    if (numbered && l.find(':') != std::string_view::npos) return false;
    end = b;
  }
  return false;
}

bool FunctionalMailbox(std::string_view email) {
  const size_t at = email.find('@');
  if (at == std::string_view::npos) return false;
  if (!OfficialMailDomain(email.substr(at + 1))) return false;
  const std::string local = Lowered(email.substr(0, at));
  static constexpr std::string_view kFunctions[] = {
      "court", "hub", "ppu", "enquir", "admin", "office", "team", "unit", "reception", "visits", "info",
      "contact", "mailbox", "helpdesk", "safeguarding", "custody", "listing", "casework", "omu", "switchboard",
      "bureau", "records", "intelligence", "security", "healthcare", "finance", "legal"};
  return std::any_of(std::begin(kFunctions), std::end(kFunctions),
                     [&local](std::string_view f) { return local.find(f) != std::string::npos; });
}

}  // namespace

bool OfficialMailDomain(std::string_view domain) {
  const std::string lowered = Lowered(domain);
  static constexpr std::string_view kOfficial[] = {"hmpps.", "justice.", "probation.", "police.", "courts.",
                                                   "gov.uk", "nhs.net", "nhs.uk"};
  return std::any_of(std::begin(kOfficial), std::end(kOfficial), [&lowered](std::string_view o) {
    const size_t hit = lowered.find(o);
    return hit != std::string::npos && (hit == 0 || lowered[hit - 1] == '.');  // a whole label
  });
}

bool EstablishmentContact(std::string_view page, std::string_view category, size_t begin, size_t end) {
  const std::string_view value = page.substr(begin, end - begin);
  if (category == "email") return FunctionalMailbox(value);
  if (category == "phone") {
    const std::string key = PhoneKey(value);
    if (key.starts_with("07")) return false;
  } else if (category != "address" && category != "postcode") {
    return false;
  }
  // What precedes the value on its line (at most 120 bytes), after the last sentence end.
  const size_t reach = std::min<size_t>(begin, 120);
  std::string_view clause = page.substr(begin - reach, reach);
  if (const void* nl = memrchr(clause.data(), '\n', clause.size())) {
    clause.remove_prefix(static_cast<const char*>(nl) - clause.data() + 1);
  }
  if (UnderEstablishmentHeading(page, category, clause, begin - clause.size())) return true;
  const bool any_colon = clause.find(':') != std::string_view::npos;
  const bool any_comma = clause.find(',') != std::string_view::npos;
  if (!any_colon && !any_comma) return false;
  if (const size_t stop = clause.rfind(". "); stop != std::string_view::npos) clause.remove_prefix(stop + 2);
  // A service label: the words before the clause's last colon, the label nearest the value
  // ("Switchboard: 01632 960210 | Direct: 01632 960695": the direct line is a person's).
  static constexpr std::string_view kLabels[] = {
      "switchboard", "listing office", "booking line", "visitors' centre", "visitors centre",
      "visitor centre", "custody suite", "general enquiries", "main reception", "business hub"};
  if (any_colon) {
    const std::string_view head = clause.substr(0, clause.rfind(':'));
    if (std::any_of(std::begin(kLabels), std::end(kLabels),
                    [head](std::string_view l) { return EndsWithFolded(head, l); })) {
      return true;
    }
  }
  if (category == "phone" || !any_comma) return false;
  // "HMP Gadsby, 26 Millrace Road, Kestwick KM6 8EF": an establishment's name is one of the two
  // comma-separated parts before the one the value ends (the street, then the town).
  std::string_view rest = clause;
  for (int part = 0; part < 3; ++part) {
    const size_t comma = rest.rfind(',');
    if (part > 0 && EstablishmentName(comma == std::string_view::npos ? rest : rest.substr(comma + 1))) return true;
    if (comma == std::string_view::npos) break;
    rest = rest.substr(0, comma);
  }
  return false;
}

}  // namespace disclose::detect
