// Person-name detection (see names.h).
#include "stages/detect/names.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace disclose::detect {

namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }
bool IsLetter(char c) { return IsUpper(c) || IsLower(c); }
char AsciiLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

using Token = NameToken;

}  // namespace

NameTokens TokenizeNames(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    if (!IsLetter(text[i])) {
      ++i;
      continue;
    }
    // A letter glued to a digit before it is part of a code ("A1234BC"), not a word.
    bool glued = i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1]));
    size_t b = i;
    while (i < n && (IsLetter(text[i]) ||
                     ((text[i] == '\'' || text[i] == '-') && i + 1 < n && IsLetter(text[i + 1]) && i > b))) {
      ++i;
    }
    if (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) glued = true;
    if (glued) {
      while (i < n && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
      continue;
    }
    Token t;
    t.begin = b;
    t.end = i;
    std::string_view w = text.substr(b, i - b);
    // A possessive "'s" is not part of the name.
    if (w.size() > 3 && (w.ends_with("'s") || w.ends_with("'S"))) {
      t.end -= 2;
      w = text.substr(b, t.end - b);
    }
    size_t upper = 0, lower = 0;
    for (char c : w) {
      if (IsUpper(c)) ++upper;
      if (IsLower(c)) ++lower;
    }
    t.initial = w.size() == 1 && IsUpper(w[0]);
    t.caps = upper >= 2 && lower == 0;
    t.cap = IsUpper(w[0]) && lower > 0;
    t.dot = t.end < n && text[t.end] == '.';
    t.lower.reserve(w.size());
    for (char c : w) t.lower.push_back(AsciiLower(c));
    out.push_back(std::move(t));
  }
  return out;
}

namespace {

std::vector<Token> Tokenize(std::string_view text) { return TokenizeNames(text); }

// Titles written before a name (case-sensitive, optional '.'). true = a staff title.
const std::unordered_map<std::string, bool>& Titles() {
  static const std::unordered_map<std::string, bool> kTitles = {
      {"Mr", false},    {"Mrs", false},  {"Ms", false},    {"Miss", false},   {"Mx", false},   {"Master", false},
      {"Sir", false},   {"Dame", false}, {"Lady", false},  {"Lord", false},   {"Rev", false},  {"Revd", false},
      {"Fr", false},    {"Cllr", false}, {"Prof", false},  {"Dr", true},      {"DC", true},    {"DS", true},
      {"DI", true},     {"DCI", true},   {"DSI", true},    {"PC", true},      {"PS", true},    {"Sgt", true},
      {"Insp", true},   {"Supt", true},  {"Officer", true}, {"SO", true},     {"CM", true},    {"Governor", true},
      {"POM", true},    {"COM", true},   {"Nurse", true},  {"Pharmacist", true}, {"OSG", true}, {"SOSG", true},
      {"Chaplain", true}, {"Tutor", true}, {"Keyworker", true}};
  return kTitles;
}

// Role and label words (lower case, may be two words) after which a capitalised name follows.
// true = the person is staff.
const std::unordered_map<std::string, bool>& Roles() {
  static const std::unordered_map<std::string, bool> kRoles = {
      {"visitor", false}, {"visitors", false}, {"cellmate", false}, {"cell mate", false}, {"partner", false},
      {"ex-partner", false}, {"wife", false}, {"husband", false}, {"mother", false}, {"father", false},
      {"son", false}, {"daughter", false}, {"brother", false}, {"sister", false}, {"aunt", false},
      {"uncle", false}, {"cousin", false}, {"nephew", false}, {"niece", false}, {"grandmother", false},
      {"grandfather", false}, {"stepfather", false}, {"stepmother", false}, {"girlfriend", false},
      {"boyfriend", false}, {"friend", false}, {"victim", false}, {"witness", false}, {"complainant", false},
      {"defendant", false}, {"co-defendant", false}, {"associate", false}, {"kin", false}, {"caller", false},
      {"aka", false}, {"alias", false}, {"née", false}, {"nee", false}, {"known as", false},
      {"statement of", false}, {"name", false}, {"signed", false}, {"dear", false}, {"from", false},
      {"to", false}, {"cc", false}, {"solicitor", false}, {"social worker", true}, {"c/o", false},
      {"entered by", true}, {"assessor", true}, {"seen by", true}, {"reporting officer", true},
      {"officer in case", true}, {"taken by", true}, {"offender manager", true}, {"manager is", true},
      {"practitioner", true}, {"officer", true}, {"governor", true}, {"nurse", true}, {"key worker", true},
      {"author", true}, {"completed by", true}, {"reviewed by", true}, {"countersigned by", true},
      {"facilitator", true}, {"printed by", true}, {"supervisor", true}, {"by", false}, {"with", false},
      {"contact", false}, {"mum", false}, {"dad", false}, {"stepson", false}, {"stepdaughter", false}};
  return kRoles;
}

// Capitalised words that are never a person's name here: organisations, places, street and
// building words, document labels, days and months, common sentence openers.
const std::unordered_set<std::string>& Vetoes() {
  static const std::unordered_set<std::string> kVetoes = {
      "hmp", "hmyoi", "yoi", "hmpps", "prison", "prisons", "service", "court", "crown", "magistrates",
      "council", "police", "probation", "nhs", "trust", "ltd", "llp", "plc", "moj", "cps", "cjsm", "nomis",
      "delius", "ndelius", "oasys", "systmone", "unit", "delivery", "office", "department", "ministry",
      "justice", "home", "road", "street", "avenue", "lane", "close", "drive", "terrace", "grove", "crescent",
      "walk", "way", "place", "gardens", "view", "side", "square", "park", "hill", "house", "centre", "wing",
      "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "he", "she",
      "his", "her", "they", "their", "it", "this", "that", "we", "our", "you", "your", "i", "my", "no", "yes",
      "not", "all", "both", "number", "name", "date", "dob", "birth", "address", "tel", "telephone", "mobile",
      "email", "phone", "relationship", "visitor", "visitors", "outcome", "time", "type", "page", "section",
      "case", "notes", "note", "general", "observation", "security", "prisoner", "patient", "next", "kin",
      "consultations", "family", "history", "statement", "witness", "restricted", "occupation", "age",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pnc", "cro", "crn",
      "ni", "id", "dx", "ref", "urn", "acct", "sled", "crd", "psi", "ir", "gp", "hb", "dvla", "iban", "re",
      "subject", "sent", "kind", "regards", "yours", "sincerely", "faithfully", "thanks", "please", "legal",
      "visit", "visits", "booking", "line", "helpline", "samaritans", "commission", "review", "criminal",
      "cases", "information", "commissioner", "commissioner's", "national", "domestic", "abuse", "families",
      "west", "east", "north", "south", "yorkshire", "wales", "england", "scotland", "london", "leeds",
      "bradford", "manchester", "salford", "bristol", "cardiff", "swansea", "sheffield", "nottingham",
      "leicester", "liverpool", "newcastle", "hull", "wakefield", "durham", "birmingham", "coventry", "plymouth",
      "norwich", "luton", "cheshire", "wilmslow", "public", "level",
      "english", "assessment", "analysis", "offences", "offence", "brief", "details", "relationships",
      "health", "alcohol", "misuse", "current", "mental", "records", "approved", "social", "positive",
      "behaviour", "safer", "custody", "wing", "unit", "head", "management", "offender", "manager",
      "community", "licence", "conditions", "medication", "bloods", "dental", "complains", "results",
      "paracetamol", "methadone", "extract", "printed", "continued", "entered", "seen", "reply", "solicitors",
      "solicitor", "dear", "signed", "lives", "mr", "mrs", "ms", "miss", "dr", "officer", "nurse", "governor",
      "pharmacist", "attended", "cancelled", "refused", "closed", "criminal", "procedure", "rules", "act",
      "cell", "mate", "st", "saint", "city", "county", "borough", "trust", "plus", "jobcentre", "citizens", "advice",
      "intelligence", "associate", "suspect", "check", "logins", "children's", "services", "ok"};
  return kVetoes;
}

bool Vetoed(const Token& t) { return Vetoes().count(t.lower) > 0 || Roles().count(t.lower) > 0; }

// Words that make "X, Y <word>" a place or organisation rather than "SURNAME, Forename".
bool PlaceWord(const Token& t) {
  static const std::unordered_set<std::string> kPlaces = {
      "house", "court", "road", "street", "lane", "avenue", "trust", "centre", "center", "office", "unit",
      "council", "police", "service", "services", "hospital", "prison", "school", "college", "university",
      "building", "buildings", "square", "park", "place", "station", "hall", "chambers", "ltd", "llp", "limited"};
  return (t.cap || t.caps) && kPlaces.count(t.lower) > 0;
}
bool Namey(const Token& t) { return (t.cap || t.caps) && !Vetoed(t); }

// Only spaces (no line break) between two tokens, optionally after a '.' of an initial.
bool Adjacent(std::string_view text, const Token& a, const Token& b) {
  size_t p = a.end;
  if (a.dot) ++p;
  if (b.begin <= p) return b.begin == p;
  for (size_t i = p; i < b.begin; ++i) {
    if (text[i] != ' ') return false;
  }
  return b.begin - p <= 2;
}

// The text between two tokens is exactly ", " (SURNAME, Forename).
bool CommaBetween(std::string_view text, const Token& a, const Token& b) {
  return b.begin == a.end + 2 && text[a.end] == ',' && text[a.end + 1] == ' ';
}

void AddWords(std::string_view text, size_t begin, size_t end, bool staff, const std::set<std::string>& subject,
              NameMemory* memory) {
  for (const Token& t : Tokenize(text.substr(begin, end - begin))) {
    if (t.initial || t.lower.size() < 2 || subject.count(t.lower) || Vetoes().count(t.lower)) continue;
    if (!t.cap && !t.caps) continue;
    auto [it, inserted] = memory->emplace(t.lower, staff);
    if (!inserted && !staff) it->second = false;
  }
}

// True when every word of the span is one of the subject's words or an initial of one.
bool IsSubjectName(const std::vector<Token>& tokens, size_t first, size_t last, const std::set<std::string>& subject) {
  if (subject.empty()) return false;
  for (size_t i = first; i <= last; ++i) {
    const Token& t = tokens[i];
    if (t.initial) {
      bool any = std::any_of(subject.begin(), subject.end(), [&](const std::string& w) { return w[0] == t.lower[0]; });
      if (!any) return false;
    } else if (!subject.count(t.lower)) {
      return false;
    }
  }
  return true;
}

std::unordered_set<std::string> LoadList(std::string_view text) {
  std::unordered_set<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string w(text.substr(start, nl - start));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!w.empty() && w[0] != '#') out.insert(w);
    start = nl + 1;
  }
  return out;
}

// Role words so common in other senses that a name after them needs two words and, for the
// e-mail header words, a colon.
bool WeakRole(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == ':' || text[p - 1] == '(')) --p;
  size_t b = p;
  while (b > 0 && IsLetter(text[b - 1])) --b;
  std::string w(text.substr(b, p - b));
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w == "by" || w == "with" || w == "contact" || w == "from" || w == "to" || w == "cc" || w == "name";
}

bool ColonAfterRole(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0 && text[p - 1] == ' ') --p;
  return p > 0 && text[p - 1] == ':';
}

// The role word (one or two words, lower case) that ends just before `pos`, skipping ':' ',' '-'
// '(' and spaces. Returns nullopt or the staff flag.
std::optional<bool> RoleBefore(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == ':' || text[p - 1] == ',' || text[p - 1] == '-' ||
                   text[p - 1] == '\t' || text[p - 1] == '(')) {
    --p;
  }
  if (p == pos && pos > 0) return std::nullopt;  // the name must be separated from the role
  size_t e = p;
  auto word_start = [&](size_t end) {
    size_t b = end;
    while (b > 0 && (IsLetter(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '/')) --b;
    return b;
  };
  size_t b1 = word_start(e);
  if (b1 == e) return std::nullopt;
  std::string one(text.substr(b1, e - b1));
  for (char& c : one) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (b1 >= 2 && text[b1 - 1] == ' ') {
    size_t b2 = word_start(b1 - 1);
    if (b2 < b1 - 1) {
      std::string two(text.substr(b2, e - b2));
      for (char& c : two) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto it = Roles().find(two);
      if (it != Roles().end()) return it->second;
    }
  }
  auto it = Roles().find(one);
  if (it != Roles().end()) return it->second;
  return std::nullopt;
}

}  // namespace

NameFinder::NameFinder() : forenames_(LoadList(EmbeddedForenames())), surnames_(LoadList(EmbeddedSurnames())) {}

std::vector<NameSpan> NameFinder::Find(std::string_view text, const NameTokens& tokens, const TableMap& tables,
                                       const std::set<std::string>& subject_words, NameMemory* memory) const {
  std::vector<NameSpan> out;
  size_t i = 0;
  auto emit = [&](size_t first, size_t last, bool staff, double score, std::string reason) {
    if (IsSubjectName(tokens, first, last, subject_words)) return;
    NameSpan s{tokens[first].begin, tokens[last].end, staff, score, std::move(reason)};
    AddWords(text, s.begin, s.end, staff, subject_words, memory);
    out.push_back(std::move(s));
  };
  // Extends a name starting at token k over adjacent initials and name words (at most 4 tokens).
  auto extend = [&](size_t k) {
    size_t last = k;
    while (last + 1 < tokens.size() && last - k < 3 && Adjacent(text, tokens[last], tokens[last + 1]) &&
           (Namey(tokens[last + 1]) || (tokens[last + 1].initial && tokens[last].initial))) {
      ++last;
    }
    return last;
  };
  while (i < tokens.size()) {
    const Token& t = tokens[i];
    if (!t.cap && !t.caps && !t.initial) {  // every pattern below starts with a capital
      ++i;
      continue;
    }
    // 1. A title: "Mr Smith", "DC Tanya BOATENG", "Nurse J Gwynne", "Officer J. KHAN".
    auto title = Titles().find(std::string(text.substr(t.begin, t.end - t.begin)));
    if (title != Titles().end() && i + 1 < tokens.size() && Adjacent(text, t, tokens[i + 1]) &&
        (Namey(tokens[i + 1]) || tokens[i + 1].initial)) {
      size_t first = i + 1;
      size_t last = extend(first);
      if (tokens[last].initial) {  // an initial alone after a title is not a name
        ++i;
        continue;
      }
      emit(first, last, title->second, 0.85, "name:title:'" + std::string(text.substr(t.begin, t.end - t.begin)) + "'");
      i = last + 1;
      continue;
    }
    // 2. SURNAME, Forename [Middle].
    if ((t.caps || t.cap) && !Vetoed(t) && t.lower.size() >= 2 && i + 1 < tokens.size() && tokens[i + 1].cap &&
        !Vetoed(tokens[i + 1]) && CommaBetween(text, t, tokens[i + 1])) {
      size_t last = i + 1;
      if (last + 1 < tokens.size() && tokens[last + 1].cap && Adjacent(text, tokens[last], tokens[last + 1]) &&
          IsForename(tokens[last + 1].lower)) {
        ++last;
      }
      // "ICO, Wycliffe House": a building or organisation word after the forename vetoes.
      bool place = last + 1 < tokens.size() && Adjacent(text, tokens[last], tokens[last + 1]) &&
                   PlaceWord(tokens[last + 1]);
      auto role = RoleBefore(text, t.begin);
      size_t after = tokens[last].end;
      while (after < text.size() && text[after] == ' ') ++after;
      // Title-case "Surname, Forename" only in e-mail headers ("To: Pryce, Darren <...>") or
      // after a role with a colon; all-caps surnames are the NOMIS/Delius print style.
      bool mixed_ok = (after < text.size() && text[after] == '<') || (role && ColonAfterRole(text, t.begin));
      if (!place && (t.caps || mixed_ok) && !(t.caps && t.lower.size() <= 3 && !IsSurname(t.lower))) {
        emit(i, last, role.value_or(false), 0.85, "name:caps-style");
        i = last + 1;
        continue;
      }
    }
    // 3. A role or label before: "visitor Jade Smith", "Entered by: KHAN, J", "Signed: A. Cartwright".
    if ((Namey(t) || t.initial) && !(i > 0 && Adjacent(text, tokens[i - 1], t) && Namey(tokens[i - 1]))) {
      auto role = RoleBefore(text, t.begin);
      if (role) {
        size_t last = extend(i);
        bool has_word = false;
        for (size_t k = i; k <= last; ++k) has_word = has_word || Namey(tokens[k]);
        // One capitalised word after a role is a name only if it is a known name or all caps (not
        // a short acronym: "PIN", "IP"); after a weak role ("with", "by") two words are needed.
        bool short_acronym = last == i && t.caps && t.lower.size() <= 3 && !IsSurname(t.lower);
        bool strong = (last > i || t.caps || IsForename(t.lower) || IsSurname(t.lower)) && !short_acronym;
        if (WeakRole(text, t.begin)) {
          strong = last > i && (!(t.begin > 0 && (text.substr(0, t.begin).ends_with("from ") ||
                                                  text.substr(0, t.begin).ends_with("to ") ||
                                                  text.substr(0, t.begin).ends_with("cc "))));
        }
        if (has_word && strong && !tokens[last].initial) {
          emit(i, last, *role, 0.8, "name:role");
          i = last + 1;
          continue;
        }
      }
    }
    // 4. Forename SURNAME, Forename Surname (gazetteer), Initial Surname (gazetteer).
    if (i + 1 < tokens.size() && Adjacent(text, t, tokens[i + 1])) {
      const Token& u = tokens[i + 1];
      bool caps_style = t.cap && !Vetoed(t) && u.caps && !Vetoed(u) && u.lower.size() >= 2;
      bool gazetteer = t.cap && !Vetoed(t) && u.cap && !Vetoed(u) &&
                       (IsForename(t.lower) || (IsSurname(u.lower) && !IsSurname(t.lower)));
      bool initial = t.initial && u.cap && !Vetoed(u) && IsSurname(u.lower);
      if (caps_style || gazetteer || initial) {
        size_t last = i + 1;
        if (last + 1 < tokens.size() && Adjacent(text, u, tokens[last + 1]) && Namey(tokens[last + 1]) &&
            (tokens[last + 1].caps || IsSurname(tokens[last + 1].lower))) {
          ++last;
        }
        emit(i, last, RoleBefore(text, t.begin).value_or(false), caps_style ? 0.8 : 0.75,
             caps_style ? "name:caps-style" : (initial ? "name:initial+gazetteer" : "name:gazetteer"));
        i = last + 1;
        continue;
      }
    }
    // 5. A table cell under a "name" or "visitor" column.
    if ((Namey(t) || (t.initial && i + 1 < tokens.size() && Namey(tokens[i + 1]))) && !tables.empty()) {
      std::string_view header = tables.HeaderAt(t.begin);
      if (header.find("name") != std::string_view::npos || header.find("visitor") != std::string_view::npos) {
        auto [cb, ce] = tables.CellAt(t.begin);
        size_t last = i;
        while (last + 1 < tokens.size() && tokens[last + 1].end <= ce &&
               (Namey(tokens[last + 1]) || tokens[last + 1].initial)) {
          ++last;
        }
        (void)cb;
        emit(i, last, false, 0.8, "name:column:'" + std::string(header) + "'");
        i = last + 1;
        continue;
      }
    }
    ++i;
  }
  return out;
}

std::vector<NameSpan> NameFinder::Propagate(std::string_view text, const NameTokens& tokens, const NameMemory& memory,
                                            const std::vector<std::pair<size_t, size_t>>& taken) const {
  std::vector<NameSpan> out;
  if (memory.empty()) return out;
  auto overlaps = [&](size_t b, size_t e) {
    auto it = std::lower_bound(taken.begin(), taken.end(), std::pair<size_t, size_t>{b, 0});
    if (it != taken.end() && it->first < e) return true;
    if (it != taken.begin() && std::prev(it)->second > b) return true;
    return false;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!(t.cap || t.caps)) continue;
    auto m = memory.find(t.lower);
    if (m == memory.end()) continue;
    size_t first = i, last = i;
    // Pull in an initial before ("A. Cartwright") and remembered words either side.
    while (first > 0 && Adjacent(text, tokens[first - 1], tokens[first]) &&
           (tokens[first - 1].initial ||
            ((tokens[first - 1].cap || tokens[first - 1].caps) && memory.count(tokens[first - 1].lower)))) {
      --first;
    }
    while (last + 1 < tokens.size() && Adjacent(text, tokens[last], tokens[last + 1]) &&
           (tokens[last + 1].cap || tokens[last + 1].caps) && memory.count(tokens[last + 1].lower)) {
      ++last;
    }
    size_t b = tokens[first].begin, e = tokens[last].end;
    i = last;
    if (overlaps(b, e)) continue;
    out.push_back({b, e, m->second, 0.7, "name:propagated"});
  }
  return out;
}

}  // namespace disclose::detect
