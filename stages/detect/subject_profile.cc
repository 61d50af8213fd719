// SubjectProfile: the data subject's own values and their written variants (see detector.h).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "stages/detect/detector.h"
#include "stages/detect/latin_case.h"
#include "stages/detect/names.h"
#include "stages/detect/validators.h"

namespace disclose::detect {

namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Lower case (ASCII and accented Latin letters); anything but letters, digits, apostrophes and hyphens separates words.
std::vector<std::string> SplitNameWords(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '\'' || c == '-' || u >= 0x80) {
      cur.push_back(c);
    } else if (!cur.empty()) {
      words.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(cur);
  for (std::string& w : words) FoldLatin(w.data(), w.size());  // "HORVÁTH" -> "horváth"
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (w.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

std::string NormalName(std::string_view text) { return Join(SplitNameWords(text)); }

// The ASCII letters of `s`, lower case ("Drummond-Hay" -> "drummondhay", "sharelle.beckford77" ->
// "sharellebeckford").
std::string AsciiLetters(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) out.push_back(Lower(c));
  }
  return out;
}

void AddNameVariants(std::string_view name, std::set<std::string>* out) {
  std::vector<std::string> w = SplitNameWords(name);
  if (w.empty()) return;
  out->insert(Join(w));
  if (w.size() == 1) return;
  const std::string& first = w.front();
  const std::string& last = w.back();
  std::vector<std::string> middles(w.begin() + 1, w.end() - 1);
  std::string initials_spaced, initials_joined;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    initials_spaced += std::string(1, w[i][0]) + " ";
    initials_joined.push_back(w[i][0]);
  }
  std::vector<std::string> forms = {
      first + " " + last,
      last + " " + first,
      last + " " + Join(std::vector<std::string>(w.begin(), w.end() - 1)),  // SMITH, John Michael
      initials_spaced + last,                                               // J M Smith
      initials_joined + " " + last,                                         // JM Smith
      std::string(1, first[0]) + " " + last,                                // J Smith
      last + " " + initials_spaced.substr(0, initials_spaced.size() - 1),   // Smith J M
      last + " " + std::string(1, first[0]),                                // Smith J
  };
  for (const char* title : {"mr", "mrs", "ms", "miss", "mx"}) {
    forms.push_back(std::string(title) + " " + last);
    forms.push_back(std::string(title) + " " + first + " " + last);
    forms.push_back(std::string(title) + " " + Join(w));
    forms.push_back(std::string(title) + " " + initials_spaced + last);
  }
  for (const auto& f : forms) out->insert(NormalName(f));
}

std::string LowerAll(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(Lower(c));
  return out;
}

// "March 1971", "Nov. 1963": the month (1-12) and the four-digit year, or nullopt.
std::optional<std::pair<int, int>> MonthYear(std::string_view text) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (text.size() < 8) return std::nullopt;
  char head[3];
  for (size_t k = 0; k < 3; ++k) head[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
  const auto month = std::find(std::begin(kMonths), std::end(kMonths), std::string_view(head, 3));
  const std::string_view year = text.substr(text.size() - 4);
  if (month == std::end(kMonths) || text[text.size() - 5] != ' ' ||
      !std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::pair<int, int>{static_cast<int>(month - std::begin(kMonths)) + 1, std::stoi(std::string(year))};
}

// The first word of a teknonym: "Mai" and "Baba" (Shona), "Abu" and "Umm" (Arabic), "Mama".
bool IsTeknonymWord(std::string_view lower) {
  return lower == "mai" || lower == "amai" || lower == "baba" || lower == "abu" || lower == "umm" ||
         lower == "um" || lower == "mama";
}

// The words of `name` as written, between spaces.
std::vector<std::string_view> WrittenWords(std::string_view name) {
  std::vector<std::string_view> out;
  for (size_t b = 0; b < name.size();) {
    const size_t e = std::min(name.find(' ', b), name.size());
    if (e > b) out.push_back(name.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// Letters and digits that OCR reads one for the other, each pair made one (of AlnumUpper text):
// 1, I and L; 0 and O; 5 and S; 6 and G; 8 and B; 2 and Z.
std::string OcrFold(std::string_view upper) {
  std::string out(upper);
  for (char& c : out) {
    switch (c) {
      case '1': case 'L': c = 'I'; break;
      case '0': c = 'O'; break;
      case '5': c = 'S'; break;
      case '6': c = 'G'; break;
      case '8': c = 'B'; break;
      case '2': c = 'Z'; break;
      default: break;
    }
  }
  return out;
}

// SubjectProfile::MiddleAndSurname: the name's second word and its last, lower case, when "middle
// surname" would be someone else's.
std::pair<std::string, std::string> MiddleOfOther(const model::Subject& subject) {
  const std::vector<std::string_view> written = WrittenWords(subject.name);
  const std::vector<std::string> words = SplitNameWords(subject.name);
  auto capitals = [](std::string_view w) {
    return w.size() >= 2 && std::none_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  };
  if (written.size() < 2 || words.size() != written.size() || capitals(written[0])) return {};
  if (written.size() < 3) return {"", words.back()};
  // Words that many people share as a second name and often go by as a surname: a Sikh's
  // "Kaur" or "Singh", a Vietnamese "Thi" or "Van", "Begum", "Devi", "Kumar".
  static const std::set<std::string, std::less<>> kShared = {"kaur", "singh", "thi", "thị", "van", "văn", "begum",
                                                             "bibi", "khatun", "devi", "kumari", "kumar"};
  const std::string_view middle = written[1];
  if (capitals(written[0]) || capitals(middle) || !std::isupper(static_cast<unsigned char>(middle[0])) ||
      CapitalParticle(words[1]) || kShared.contains(words[1])) {
    return {"", words.back()};
  }
  // (Unless an alias calls them by it: "Yusuf", "Yusuf Warsame"; not "WARSAME, Abdirahman Yusuf",
  // their whole name surname first.)
  for (const std::string& alias : subject.aliases) {
    if (alias.find(',') != std::string::npos) continue;
    const std::vector<std::string> a = SplitNameWords(alias);
    if (!a.empty() && (a.front() == words[1] || a.back() == words[1])) return {"", words.back()};
  }
  return {words[1], words.back()};
}

}  // namespace

SubjectProfile SubjectProfile::Build(const model::Subject& subject) {
  SubjectProfile p;
  if (!subject.date_of_birth.empty()) p.dob_ = ParseWrittenDate(subject.date_of_birth);
  auto add_identifier = [&p](std::string_view value) {
    std::string a = AlnumUpper(value);
    if (a.size() < 4) return;
    p.identifiers_.insert(a);
    if (auto pnc = CanonicalPnc(value)) p.pnc_.insert(*pnc);
    if (auto cro = CanonicalCro(value)) p.cro_.insert(*cro);
  };
  add_identifier(subject.prison_number);
  for (const auto& [key, value] : subject.identifiers) {
    add_identifier(value);
    // A National Insurance number is often written without its suffix letter.
    std::string a = AlnumUpper(value);
    if (key == "ni_number" && a.size() == 9) p.identifiers_.insert(a.substr(0, 8));
  }
  for (const auto& phone : subject.contact.phones) {
    std::string c = CanonicalPhoneUk(phone);
    if (!c.empty()) p.phones_.insert(c);
  }
  for (const auto& email : subject.contact.emails) p.emails_.insert(LowerAll(email));
  RE2 postcode("(?i)\\b([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\\b");
  for (const auto& address : subject.contact.addresses) {
    re2::StringPiece input(address);
    std::string found;
    while (RE2::FindAndConsume(&input, postcode, &found)) p.postcodes_.insert(AlnumUpper(found));
  }
  AddNameVariants(subject.name, &p.names_);
  for (const auto& alias : subject.aliases) AddNameVariants(alias, &p.names_);
  std::vector<std::string> names = subject.aliases;
  names.push_back(subject.name);
  for (const auto& name : names) {
    const std::vector<std::string> words = SplitNameWords(name);
    // A teknonym names the subject by their child ("Mai Nyasha", mother of Nyasha; "Abu Omar"):
    // the child's name alone is the child's, so only the whole alias is the subject's (a name
    // variant, above), and none of its words are.
    if (words.size() >= 2 && IsTeknonymWord(words.front())) {
      p.whole_aliases_ = true;
      continue;
    }
    // An e-mail handle made of the forename and surname, either way round: "sharelle.beckford77"
    // for Sharelle Marcia Beckford, "nathanbinhamid87" for Nathan Callum bin Hamid (the surname
    // takes the lower-case particles before it). (Names with letters beyond ASCII are left out:
    // their handles are spelled many ways.)
    if (words.size() >= 2 && std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      const std::string first = AsciiLetters(words.front());
      std::string last = AsciiLetters(words.back());
      const std::vector<std::string_view> written = WrittenWords(name);
      for (size_t k = written.size() - 1; k > 1 && std::islower(static_cast<unsigned char>(written[k - 1][0])); --k) {
        last.insert(0, AsciiLetters(written[k - 1]));
      }
      if (first.size() >= 2 && last.size() >= 2) {
        p.email_handles_.insert(first + last);
        p.email_handles_.insert(last + first);
      }
    }
    // A nickname of one word makes a handle on its own: "kes74" for one known as "Kes".
    if (words.size() == 1 && &name != &names.back() && words[0].size() >= 3 &&
        std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      p.email_handles_.insert(AsciiLetters(words[0]));
    }
    // The driving licence number the name and date of birth give (uk-identifiers.md 7.2): the
    // surname, then the date, then a forename's initial. Any of the forenames may be the one
    // the licence was issued under ("CHAN9701098T..." for Kelvin Tsz-hin CHAN), and a name written
    // family name first in capitals ("CHAN Tsz-hin Kelvin") gives its surname first.
    if (words.size() >= 2 && p.dob_ && !p.dob_->two_digit_year) {
      const std::string_view first_written = std::string_view(name).substr(0, name.find(' '));
      const bool caps_first =
          first_written.size() >= 2 &&
          std::none_of(first_written.begin(), first_written.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
      std::vector<std::pair<std::string, std::vector<std::string>>> forms;  // surname, forenames
      forms.emplace_back(words.back(), std::vector<std::string>(words.begin(), words.end() - 1));
      if (caps_first) forms.emplace_back(words.front(), std::vector<std::string>(words.begin() + 1, words.end()));
      const WrittenDate& d = *p.dob_;
      for (const auto& [written_surname, forenames] : forms) {
        std::string surname = AsciiLetters(StripLatinAccents(written_surname));
        if (surname.empty()) continue;
        for (char& c : surname) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        surname = surname.substr(0, 5);
        surname.resize(5, '9');
        for (const std::string& forename : forenames) {
          const std::string letters = AsciiLetters(StripLatinAccents(forename));
          if (letters.empty()) continue;
          for (int month : {d.month, d.month + 50}) {
            char digits[16];
            std::snprintf(digits, sizeof digits, "%d%02d%02d%d", (d.year / 10) % 10, month, d.day, d.year % 10);
            p.licence_prefixes_.insert(surname + digits +
                                       static_cast<char>(std::toupper(static_cast<unsigned char>(letters[0]))));
          }
        }
      }
    }
    // Initials as a signature or a register writes them: the first and last names' ("AK" for
    // Ardit KRASNIQI), and every name's ("AGK" for Ardit Gjon KRASNIQI).
    if (words.size() >= 2 && std::all_of(words.begin(), words.end(), [](const std::string& w) {
          return !w.empty() && std::isalpha(static_cast<unsigned char>(w[0]));
        })) {
      auto upper = [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); };
      p.initials_.insert(std::string{upper(words.front()[0]), upper(words.back()[0])});
      std::string all;
      for (const std::string& w : words) all += upper(w[0]);
      p.initials_.insert(all);
    }
    // Two or three forenames' initials run together, as a bank's account name writes them ("MC
    // Reyes Dela Cruz" for Maria Cristina Reyes DELA CRUZ).
    if (words.size() >= 3 && !CapitalParticle(words[0]) && !CapitalParticle(words[1]) &&
        std::isalpha(static_cast<unsigned char>(words[0][0])) &&
        std::isalpha(static_cast<unsigned char>(words[1][0]))) {
      p.name_words_.insert(std::string{words[0][0], words[1][0]});
      if (words.size() >= 4 && !CapitalParticle(words[2]) && std::isalpha(static_cast<unsigned char>(words[2][0]))) {
        p.name_words_.insert(std::string{words[0][0], words[1][0], words[2][0]});
      }
    }
    for (size_t k = 0; k < words.size(); ++k) {
      p.name_words_.insert(words[k]);
      // Written without its accents, as forms and scans often have it ("Erzsebet" for Erzsébet).
      p.name_words_.insert(StripLatinAccents(words[k]));
      // A scan's OCR reads "m" as "rn": "Harnoud" for Hamoud.
      for (size_t m = words[k].find('m'); m != std::string::npos; m = words[k].find('m', m + 1)) {
        p.name_words_.insert(words[k].substr(0, m) + "rn" + words[k].substr(m + 1));
      }
      // The tokenizer's joined form of capitalised particles and the word after them ("de la cruz").
      if (k == 0 || !CapitalParticle(words[k - 1])) {
        std::string joined = words[k];
        for (size_t j = k; CapitalParticle(words[j]) && j + 1 < words.size(); ++j) {
          joined += ' ';
          joined += words[j + 1];
          p.name_words_.insert(joined);
        }
      }
      const bool forename = k + 1 < words.size() || words.size() == 1;
      if (forename && p.forename_initials_.find(words[k][0]) == std::string::npos) p.forename_initials_ += words[k][0];
    }
  }
  p.middle_and_surname_ = MiddleOfOther(subject);
  // (Not the surname: many a man's family name is written "Begum" in UK records.)
  const std::vector<std::string> name_words = SplitNameWords(subject.name);
  for (size_t k = 0; k + 1 < name_words.size(); ++k) {
    const std::string& word = name_words[k];
    if (word == "kaur" || word == "begum" || word == "bibi" || word == "khatun" || word == "binti" || word == "bint" ||
        (word.size() >= 7 && word.ends_with("ben"))) {
      p.name_sex_ = 'f';
    } else if (word == "singh" || word == "bin" || word == "ibn") {
      p.name_sex_ = 'm';
    }
  }
  // (Every part of a double-barrelled surname is the subject's: "Breen" of O'Sullivan-Breen.)
  std::vector<std::string> own;
  for (const std::string& word : SplitNameWords(subject.name)) {
    const std::string plain = StripLatinAccents(word);  // "yılmaz" is "Yilmaz"'s
    own.push_back(plain);
    for (size_t b = 0, e; b < plain.size(); b = e + 1) {
      e = std::min(plain.find('-', b), plain.size());
      if (e < plain.size() || b > 0) own.push_back(plain.substr(b, e - b));
    }
  }
  for (const auto& alias : subject.aliases) {
    const std::vector<std::string> words = SplitNameWords(alias);
    if (words.size() >= 2 && !IsTeknonymWord(words.front()) &&
        std::find(own.begin(), own.end(), StripLatinAccents(words.back())) == own.end()) {
      p.alias_surnames_.insert(words.back());
    }
  }
  for (const auto& address : subject.contact.addresses) {
    // The whole address ("Flat 6, 55 Braeside Wynd" is found as one span) and each
    // comma-separated part of it ("12 Mill Lane", "Leeds LS1 4AB").
    p.addresses_.push_back(AlnumUpper(address));
    if (p.addresses_.back().size() >= 8) p.whole_addresses_.push_back(p.addresses_.back());
    size_t start = 0;
    while (start <= address.size()) {
      size_t comma = address.find(',', start);
      if (comma == std::string::npos) comma = address.size();
      std::string part = AlnumUpper(std::string_view(address).substr(start, comma - start));
      if (part.size() >= 4) p.addresses_.push_back(part);
      start = comma + 1;
    }
  }
  return p;
}

bool SubjectProfile::AddressEndsAt(std::string_view before) const {
  if (whole_addresses_.empty()) return false;
  const std::string b = AlnumUpper(before);
  return std::any_of(whole_addresses_.begin(), whole_addresses_.end(), [&](const std::string& a) {
    if (!b.ends_with(a)) return false;
    // Where the address begins in `before`: past a.size() letters and digits from its end. What
    // stands before it is no letter or digit ("29 Quayside Mews" is not "9 Quayside Mews").
    size_t k = before.size(), seen = 0;
    while (k > 0 && seen < a.size()) {
      const char c = before[k - 1];
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++seen;
      --k;
    }
    const char c = k > 0 ? before[k - 1] : ' ';
    return !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
  });
}

bool SubjectProfile::IsSubjectValue(std::string_view category, std::string_view matched_text) const {
  if (category == "date_of_birth" || category.starts_with("date")) {
    if (!dob_) return false;
    auto d = ParseWrittenDate(matched_text);
    // A month and year of birth alone ("November 1963", as a companies register shows it).
    if (!d) {
      const std::optional<std::pair<int, int>> my = MonthYear(matched_text);
      return my && my->first == dob_->month && my->second == dob_->year && !dob_->two_digit_year;
    }
    if (d->month != dob_->month || d->day != dob_->day) return false;
    return d->two_digit_year ? d->year == dob_->year % 100 : d->year == dob_->year;
  }
  if (category == "phone") return phones_.count(CanonicalPhoneUk(matched_text)) > 0;
  if (category == "email") {
    if (emails_.count(LowerAll(matched_text)) > 0) return true;
    const size_t at = matched_text.find('@');
    return at != std::string_view::npos && email_handles_.count(AsciiLetters(matched_text.substr(0, at))) > 0;
  }
  if (category == "postcode") {
    const std::string a = AlnumUpper(matched_text);
    return postcodes_.count(a) > 0 ||
           std::any_of(postcodes_.begin(), postcodes_.end(), [&](const std::string& p) { return OcrFold(p) == OcrFold(a); });
  }
  if (category == "name") return names_.count(NormalName(matched_text)) > 0;
  if (category == "address") {
    const std::string a = AlnumUpper(matched_text);
    if (a.size() < 4) return false;
    for (const auto& part : addresses_) {
      if (part.find(a) != std::string::npos) return true;
    }
    // Read by OCR: "F1at 6, Kingfisher House, 22 A1bion Row" for "Flat 6, ... 22 Albion Row".
    const std::string folded = OcrFold(a);
    return std::any_of(addresses_.begin(), addresses_.end(),
                       [&](const std::string& part) { return OcrFold(part).find(folded) != std::string::npos; });
  }
  if (category == "pnc") {
    auto c = CanonicalPnc(matched_text);
    if (c && pnc_.count(*c)) return true;
  }
  if (category == "cro") {
    auto c = CanonicalCro(matched_text);
    if (c && cro_.count(*c)) return true;
  }
  std::string a = AlnumUpper(matched_text);
  if (identifiers_.count(a)) return true;
  if (category == "ni_number" && a.size() == 9 && identifiers_.count(a.substr(0, 8))) return true;
  // A driving licence number read with the photocard's two-digit issue number after it.
  if (category == "driving_licence" && a.size() == 18 && identifiers_.count(a.substr(0, 16))) return true;
  // One that encodes the subject's surname, date of birth and first initial.
  if (category == "driving_licence" && a.size() >= 12 && licence_prefixes_.count(a.substr(0, 12))) return true;
  return false;
}

bool SubjectProfile::IsSubjectInitials(std::string_view word) const {
  constexpr size_t kMost = 4;
  if (word.size() > 2 * kMost + 2) return false;
  std::string letters;  // without dots and spaces: "Y.T.G." is "YTG"
  for (char c : word) {
    if (c == '.' || c == ' ') continue;
    if (c < 'A' || c > 'Z') return false;
    letters += c;
  }
  return letters.size() >= 2 && letters.size() <= kMost && initials_.contains(letters);
}

}  // namespace disclose::detect
