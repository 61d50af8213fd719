// The detection engine: finds third-party personal data in one page's text with RE2 rules,
// check-digit validators and context words, and leaves out the data subject's own data.
//
//   auto detector = Detector::Load({});               // embedded uk-justice.yaml
//   if (!detector.ok()) return detector.error();      // names the bad rule id
//   SubjectProfile subject = SubjectProfile::Build(bundle.subject);   // once per bundle
//   BundleContext names;                                              // once per bundle
//   for (const Document& d : bundle.documents) {
//     auto pages = (*detector)->DetectDocument(d.page_texts, subject, &names);
//     for (const Finding& f : pages[0]) Redact(f.begin, f.end);
//   }
//
// Names are found by titles, roles, print styles and a gazetteer (names.h); a name confirmed on
// any page is then found in its other forms on every page of the document and on every later
// document given the same BundleContext. Detect(page, subject) is the one-page shorthand.
//
// Rules (YAML, validated by schemas/rules.schema.json) live in stages/detect/rules/; the
// default file is compiled into the library. Findings carry offsets into the text passed in,
// never the matched text; reasons name rule words and validators, never document text.
// Thread-safety: Detector and SubjectProfile are immutable after Load/Build; Detect,
// DetectDocument and IsSubjectValue are const and safe to call from many threads at once. A
// BundleContext is used by one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <unordered_map>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include "pipeline/model/bundle.h"
#include "pipeline/model/result.h"
#include "stages/detect/validators.h"

namespace disclose::detect {

// One piece of personal data found. The string views point into the Detector that found it
// (its rules), so a Finding is valid while that Detector lives; copy them to keep them longer.
struct Finding {
  std::string_view rule_id;   // e.g. "uk.prison_number"
  std::string_view category;  // "prison_number", "date_of_birth", ...
  size_t begin = 0, end = 0;  // byte offsets into the ORIGINAL page text passed in (what to redact)
  double score = 0;
  std::string reason;         // why it passed: "pattern+validator:mod23_pnc+cue:'pnc'"; no matched text
  std::string_view exemption; // schedule code, e.g. "DPA2018-Sch2-Pt3-para16"
  std::string_view party;     // "third_party" (default), or "staff" when context says so
};

// The hash of NameMemory's name words (lower case), looked up by string_view without building a
// string (transparent).
struct NameWordHash {
  using is_transparent = void;
  // Eight bytes at a time (words are short): the first and last eight bytes (overlapping, or the
  // first and last four for shorter words), the middle of longer words, and the length, mixed by
  // multiplication. Looked up once for every capitalised word of a page.
  size_t operator()(std::string_view s) const noexcept {
    constexpr uint64_t kMul = 0x9e3779b97f4a7c15ull;
    const char* d = s.data();
    const size_t n = s.size();
    uint64_t a = 0, b = 0;
    if (n >= 8) {
      std::memcpy(&a, d, 8);
      std::memcpy(&b, d + n - 8, 8);
      for (size_t i = 8; i + 8 < n; i += 8) {
        uint64_t m;
        std::memcpy(&m, d + i, 8);
        a = (a ^ m) * kMul;
      }
    } else if (n >= 4) {
      uint32_t x, y;
      std::memcpy(&x, d, 4);
      std::memcpy(&y, d + n - 4, 4);
      a = x;
      b = y;
    } else if (n > 0) {
      a = static_cast<unsigned char>(d[0]) | static_cast<uint64_t>(static_cast<unsigned char>(d[n / 2])) << 8 |
          static_cast<uint64_t>(static_cast<unsigned char>(d[n - 1])) << 16;
    }
    uint64_t h = (a ^ (b << 32 | b >> 32) ^ n) * kMul;
    h ^= h >> 32;
    return static_cast<size_t>(h * kMul);
  }
};
// What a bundle's mentions of a remembered name word said of the person: named as staff (a staff
// title or role), only without a telling role, or somewhere as a third party (a visitor, a
// relative, a victim...). A third-party mention is final; a staff one outweighs those without a role.
enum class NameParty : uint8_t { kNeutral, kStaff, kThirdParty };
// What a bundle's documents have said of the people named in them: each name word (lower case),
// and each whole name of two words or more (its words sorted, one space between), with what their
// mentions said (NameParty). A name is staff's only whole: "Jermaine Eze" is not staff because an
// officer is called Jermaine and another Eze; a word alone is staff's only when every name it
// was seen in is.
struct NameMemory {
  absl::flat_hash_map<std::string, NameParty, NameWordHash, std::equal_to<>> words;
  absl::flat_hash_map<std::string, NameParty> names;
  // Word -> how many of `names` hold it and are not staff's (so that a word alone is looked up,
  // not every name).
  absl::flat_hash_map<std::string, uint32_t, NameWordHash, std::equal_to<>> in_other_names;
  // The initials of each whole name of two or three words (their capitals, sorted: "MO" of Martin
  // Oyelaran, "CP" of Claire Pemberton), with what the name's mentions said: a staff member's
  // initials in a note ("MO asked", "Assessor: Claire Pemberton (CP)") name them.
  absl::flat_hash_map<std::string, NameParty> initials;
  // Towns the bundle's addresses name (lower case, one space between words: "quenby marsh"):
  // never a name elsewhere in the bundle.
  absl::flat_hash_set<std::string> places;
  // Surnames of the subject's aliases that the bundle gives as someone else's forename (the
  // subject also known as Tharshini Kantharuban, married to Kantharuban NAVARATNAM): alone, that
  // word is his; only the whole alias is hers (SubjectProfile::AliasSurnames).
  std::set<std::string> disowned;
  // How often the bundle has put "Mr" (men) or "Mrs", "Ms" or "Miss" (women) before two of the
  // subject's name words ("Mr Kelvin Chan"): once it has done only one, a title of the other
  // before their surname alone is a relative's ("Mrs Chan", his mother).
  uint32_t subject_titled_male = 0, subject_titled_female = 0;
  // People whose names are also ordinary words the name finder would veto ("Victoria Lane",
  // "Gemma Street", "April Greaves"), as "forename surname" in lower case, from an e-mail address
  // that spells them out ("victoria.lane@..."): NameFinder::Unveto.
  absl::flat_hash_set<std::string> word_names;
};

// What a bundle's documents have confirmed so far: third-party and staff name words, so that
// later mentions ("Smith", "SMITH's", "J. Smith") are found on later pages and documents, and
// the subject's own values learned from rows that name them.
// Keep one per bundle across its documents (DetectCore keeps it by bundle id). Names and values
// confirmed in a later document are not applied back to earlier documents.
class BundleContext {
 public:
  size_t NameCount() const { return names_.words.size(); }
  size_t SubjectValueCount() const { return subject_values_.size() + subject_addresses_.size(); }

 private:
  friend class Detector;
  NameMemory names_;
  // The subject's own values that bundle.json cannot declare (bank details, cards, vehicles),
  // learned from a layout row that names the subject and nobody else: "category:VALUE" (letters
  // and digits upper-cased). Kept wherever they appear in the bundle.
  std::set<std::string> subject_values_;
  // The subject's own addresses that bundle.json does not give (previous addresses in a form
  // about them), letters and digits upper-cased; an address found inside one, or holding one, is
  // theirs ("41 Curragh Close" of "41 Curragh Close, Kestrelford").
  std::vector<std::string> subject_addresses_;
  // Another party's identifiers, account and vehicle details found so far (letters and digits
  // upper-cased, with the finding that found them): found again wherever the bundle repeats them,
  // even without the cue that let the first through ("LV68 KRT" in a letter, after a gate log).
  struct OtherValue {
    std::string compact;
    std::string_view rule_id, category, exemption, party;  // the finding's
    double score;
    uint64_t page;  // where it was found: pages_seen_ then
  };
  std::vector<OtherValue> other_values_;
  // (category, compact) of other_values_: each value is kept once, so the list stays as long as
  // the bundle's distinct values however often they are found, and on the stage's second pass.
  absl::flat_hash_set<std::pair<std::string_view, std::string>> other_value_keys_;
  uint64_t pages_seen_ = 0;                  // pages of the bundle's documents so far
};

// The subject's own data with every derived variant: name orders, initials, case, aliases;
// every written form of the date of birth; identifiers with or without spaces, slashes or
// leading zeros; phone numbers in national or +44 form; e-mail addresses; address postcodes;
// a driving licence number that encodes their surname and date of birth.
// Built once per bundle. A default-constructed profile exempts nothing.
class SubjectProfile {
 public:
  static SubjectProfile Build(const model::Subject& subject);

  // True when `matched_text`, found by a rule of `category`, is the subject's own value.
  // An e-mail address is also the subject's when the letters before its '@' are the subject's
  // forename and surname, either way round ("sharelle.beckford77@…" for Sharelle Beckford).
  // Categories compared specially: date_of_birth (and any "date*"), phone, email, postcode,
  // name, pnc, cro, ni_number; every category is also compared with all of the subject's
  // identifiers by letters and digits only.
  bool IsSubjectValue(std::string_view category, std::string_view matched_text) const;

  // True when `before` (the text before a postcode) ends with one of the subject's addresses
  // whole, as bundle.json gives it, in letters and digits ("Bryn Eithin, Lôn Gefn, Llanddewi
  // Fach, " before "ZF8 3WB"): the postcode closes their address.
  bool AddressEndsAt(std::string_view before) const;

  // Normalised name variants ("john smith", "smith john", "j m smith", "mr smith", ...), for
  // name rules and for tests.
  const std::set<std::string>& NameVariants() const { return names_; }
  // Every word of the subject's name and aliases, lower case ("john", "smith", "jonny").
  const std::set<std::string>& NameWords() const { return name_words_; }
  // The first bytes of the forenames of the subject's name and aliases (every word but the
  // last; a one-word alias counts): "C. Adebayo-Cole" is not the subject "Babatunde Femi
  // Adebayo-Cole", even with an alias "Babatunde Chen".
  std::string_view ForenameInitials() const { return forename_initials_; }
  // True when `word` is the subject's initials in capitals, as a signature or a register writes
  // them, with or without dots: their first and last names' ("AK" for Ardit KRASNIQI) or every
  // name's ("AGK", "A.G.K.").
  bool IsSubjectInitials(std::string_view word) const;
  // True when an alias is the subject's only whole (a teknonym, "Mai Nyasha": its words are not
  // theirs alone); such a name is found by IsSubjectValue("name", ...).
  bool HasWholeOnlyAliases() const { return whole_aliases_; }
  // True when bundle.json gave a date of birth that parses.
  bool HasDateOfBirth() const { return dob_.has_value(); }
  // The word after the forename in bundle.json's name and the surname, lower case, when the two
  // together name someone else: in many traditions the middle name is a father's or husband's
  // forename ("Kirit" of Bhavnaben Kirit PATEL, whose husband is Kirit Patel; "Gjon" of Ardit Gjon
  // KRASNIQI, whose father is Gjon Krasniqi). Both empty when an alias opens or ends with that
  // word (the subject goes by it: "Lan Nguyen" for Thi Lan Nguyen), when it is a particle or a
  // surname written in capitals ("RESTREPO" of Juan Camilo RESTREPO GAVIRIA), when the name has
  // fewer than three words, and when it is written family name first ("TAN Siew Ling"); the
  // surname is then given alone (both empty for a name written family name first). Either alone
  // after a family word is a relative: "her father, Sivakumar" beside the subject Tharshini
  // SIVAKUMAR, whose surname is her father's forename.
  const std::pair<std::string, std::string>& MiddleAndSurname() const { return middle_and_surname_; }
  // The last words of the subject's aliases of two words or more that are no word of bundle.json's
  // name, lower case ("kantharuban" of the alias Tharshini Kantharuban, her married name, for
  // Tharshini SIVAKUMAR): in many traditions a husband's or father's forename.
  const std::set<std::string>& AliasSurnames() const { return alias_surnames_; }
  // 'f' or 'm' when a word of bundle.json's name before the surname says whether the subject is a
  // woman or a man (a Sikh woman's "Kaur", a man's "Singh", "Begum", "bin", a Gujarati woman's
  // "-ben": "Bhavnaben"); '?' otherwise.
  char NameSex() const { return name_sex_; }

 private:
  std::optional<WrittenDate> dob_;
  std::set<std::string> identifiers_;  // AlnumUpper of prison number and every identifier
  std::set<std::string> pnc_;          // CanonicalPnc
  std::set<std::string> cro_;          // CanonicalCro
  std::set<std::string> phones_;       // CanonicalPhoneUk
  std::set<std::string> emails_;       // lower case
  std::set<std::string> email_handles_; // ASCII letters of forename + surname and surname + forename
  std::set<std::string> postcodes_;    // AlnumUpper, from the addresses
  std::set<std::string> names_;        // lower case, words separated by one space
  std::set<std::string> name_words_;   // lower case single words
  std::string forename_initials_;      // distinct first bytes of forenames, lower case
  std::set<std::string> initials_;     // upper case, of the name and each alias (IsSubjectInitials)
  bool whole_aliases_ = false;         // HasWholeOnlyAliases
  std::pair<std::string, std::string> middle_and_surname_;  // MiddleAndSurname
  std::set<std::string> alias_surnames_;                     // AliasSurnames
  char name_sex_ = '?';                                      // NameSex
  std::vector<std::string> addresses_; // AlnumUpper of each address line
  std::vector<std::string> whole_addresses_;  // AlnumUpper of each address, whole
  // The first twelve characters of a GB driving licence number that the subject's name or an
  // alias and their date of birth give (surname's first five letters padded with 9, decade, month
  // or month + 50, day, year digit, first initial): "JANKA809238M" for Mindaugas Povilas
  // JANKAUSKAS, born 23.09.1988.
  std::set<std::string> licence_prefixes_;
};

struct RulesOptions {
  std::string path;               // YAML rules file; empty = the embedded default uk-justice.yaml
  std::string public_bodies_path; // a deployment's allow-list YAML, added to the embedded rules/public-bodies.yaml
  bool names = true;              // run the person-name finder (category "name")
  bool redact_staff_names = true; // false: names of staff acting in their role are kept
  // true: the RE2::Set prefilter picks, per block of lines, the rules whose own RE2 then runs there.
  // false: every rule's RE2 runs over the whole page (the per-rule baseline of detect_bench).
  // The findings are the same either way; only the time differs.
  bool prefilter = true;
};

class Detector {
 public:
  // Loads, validates against schemas/rules.schema.json, compiles. Bad rules (invalid RE2,
  // unknown validator, missing capture group, duplicate id) -> kInvalidInput naming the rule
  // id and RE2's error; unreadable file -> kNotFound.
  static Result<std::unique_ptr<Detector>> Load(const RulesOptions& options);

  // Findings on one page's text, the subject's own data excluded.
  // Pre: page_text is UTF-8 (invalid bytes are tolerated). The view is only read during the
  // call. Post: sorted by begin, non-overlapping (overlapping findings are merged into their
  // union, keeping the rule, reason and score of the highest-scoring one); every finding has
  // score >= the file's min_score.
  std::vector<Finding> Detect(std::string_view page_text, const SubjectProfile& subject) const;

  // Findings on every page of one document (result[i] for pages[i], each as Detect describes),
  // with names and other parties' values confirmed anywhere in the document or earlier in *bundle
  // found on all its pages; adds this document's confirmed names and values to *bundle.
  // Pre: bundle != nullptr.
  std::vector<std::vector<Finding>> DetectDocument(const std::vector<std::string_view>& pages,
                                                   const SubjectProfile& subject, BundleContext* bundle) const;

  // Runs every rule's examples alone (match: the rule reports a finding, and with `redact`
  // exactly that text; no_match: it reports none). One message per broken example, naming
  // the rule id and the example number; empty when all pass.
  std::vector<std::string> TestExamples() const;

  size_t RuleCount() const;
  std::vector<std::string> RuleIds() const;  // in file order
  double MinScore() const;

  struct Impl;
  explicit Detector(std::unique_ptr<const Impl> impl);
  ~Detector();
  Detector(const Detector&) = delete;
  Detector& operator=(const Detector&) = delete;

 private:
  // Remembers another party's value found on the bundle's page `page_id` (RepeatedValueCategory).
  static void RememberOtherValue(std::string_view page, uint64_t page_id, const Finding& f, BundleContext* bundle);
  // Appends to *found a finding for each value of bundle.other_values_ found on another page and
  // repeated on this one, `page_id`, where no finding of *found already lies, unless it is the
  // subject's.
  static void FindOtherValues(std::string_view page, uint64_t page_id, const BundleContext& bundle,
                              const SubjectProfile& subject, std::vector<Finding>* found);

  std::unique_ptr<const Impl> impl_;
};

// The embedded default rules (stages/detect/rules/uk-justice.yaml at build time).
std::string_view DefaultRulesYaml();

}  // namespace disclose::detect
