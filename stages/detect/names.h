// Person-name detection without a model: titles and roles ("Mr", "DC", "visitor", "cellmate"),
// the `SURNAME, Forename` and `Forename SURNAME` print styles, a forename/surname gazetteer
// (stages/detect/names/, derived from Debian's python3-fake-factory en_GB lists), table columns
// headed "Name"/"Visitor", organisation and place vetoes (HMP, Court, Probation, Road...), and
// propagation: once a name is confirmed, its surname or forename alone, all-caps and possessive
// forms and initial+surname are found on every later page of the bundle.
//
// Internal to the detect library (used by detector.cc). Thread-safety: NameFinder is immutable
// after construction; Tokenize/Find/Propagate are const. NameMemory is per bundle, one user at a
// time. Hot path: no allocation per word (words are views into one lower-cased copy of the page;
// every capitalised word is classified once, with one look-up in a flat lexicon).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "stages/detect/detector.h"
#include "stages/detect/tables.h"

namespace disclose::detect {

// A name span on normalised text, before mapping back to the original.
struct NameSpan {
  size_t begin = 0, end = 0;
  bool staff = false;
  double score = 0;
  std::string reason;  // "name:title:'mr'", "name:caps-style", "name:gazetteer", "name:propagated"
};

// One word of page text as the name finder sees it (letters with inner ' and -).
struct NameToken {
  size_t begin = 0, end = 0;  // no trailing '.' or possessive 's
  bool cap = false;           // Capitalised: upper then at least one lower ("Smith", "McAllister")
  bool caps = false;          // ALL CAPS, 2+ letters ("SMITH", "O'DRISCOLL")
  bool initial = false;       // one upper-case letter ("J", "J.")
  bool dot = false;           // followed directly by '.'
  uint16_t lex = 0;           // NameFinder lexicon bits (set for cap, caps and initial words only)
};

// The words of one page that open with a capital (computed once a page by NameFinder::Tokenize, shared by Find and
// Propagate). Lower(t) is a word that opens with a capital (cap, caps, initial) in lower case (ASCII
// letters folded), a view into this object; other words are left as written.
class NameTokens {
 public:
  size_t size() const { return list_.size(); }
  const NameToken& operator[](size_t i) const { return list_[i]; }
  std::string_view Lower(const NameToken& t) const {
    return std::string_view(lower_).substr(t.begin, t.end - t.begin);
  }

 private:
  friend class NameFinder;
  std::string lower_;  // the page text; words that open with a capital in lower case (same offsets)
  std::vector<NameToken> list_;
  std::vector<size_t> streets_;  // indices of capitalised street words ("Lane", "Road")
};

class NameFinder {
 public:
  NameFinder();  // loads the embedded gazetteer

  // The words of `text`, each capitalised word classified (veto, role, place, gazetteer, title).
  NameTokens Tokenize(std::string_view text) const;

  // Lets words that are also a street, a month or a common word ("Lane", "June", "Joy") stand as
  // a name where the page says they are one: the forename and surname of an e-mail address's
  // local part ("victoria.lane@", remembered in memory.word_names for the bundle: LearnWordNames),
  // a title before them ("Ms Lane", "DC April Young"), or a forename before a surname in capitals
  // ("June HALLORAN").
  void Unveto(std::string_view text, NameTokens* tokens, const NameMemory& memory) const;
  // The e-mail addresses of `text` whose local part is a forename and a word Unveto would let
  // stand as a name ("gemma.street@..."), added to memory->word_names.
  void LearnWordNames(std::string_view text, NameMemory* memory) const;

  // Names on one page of normalised text. `subject_words` (lower case) are the data subject's
  // name words and `subject_initials` the first bytes of their forenames: a candidate made only
  // of those words and initials is the subject and is left out. Words of every name found are
  // added to *memory (subject words excluded). But the subject's middle name and surname
  // together (`subject`'s MiddleAndSurname) are someone else's: "Kirit Patel" beside the subject
  // Bhavnaben Kirit PATEL. An alias's surname found as another's forename ("Kantharuban
  // NAVARATNAM") is added to memory->disowned.
  std::vector<NameSpan> Find(std::string_view text, const NameTokens& tokens, const TableMap& tables,
                             const std::set<std::string>& subject_words, std::string_view subject_initials,
                             const SubjectProfile& subject, NameMemory* memory) const;

  // Mentions of remembered words (capitalised or all-caps, with an initial or another remembered
  // word next to them), and user names or e-mail local parts made of them ("kwame.mensah",
  // "k_mensah2"; a part may be one of `subject_words` when another is remembered), that do not
  // overlap `taken` (sorted, non-overlapping spans).
  // Remembered third-party names in lower case inside a quoted message written in lower case, and
  // inside any quoted message a gazetteer forename or remembered name in lower case after "ask",
  // "tell", "text", "ring", "call" or "message" ("ask aoife").
  std::vector<NameSpan> LowerCaseMentions(std::string_view text, const NameMemory& memory,
                                          const std::set<std::string>& subject_words) const;
  std::vector<NameSpan> Propagate(std::string_view text, const NameTokens& tokens, const NameMemory& memory,
                                  const std::set<std::string>& subject_words,
                                  const std::vector<std::pair<size_t, size_t>>& taken) const;
  // A system's user IDs made of the initial and surname of someone the bundle has named
  // ("twisniewski", "GTHORNLEY1"), where a log or table puts a user (`tables`, the page's), and
  // not overlapping `taken`.
  std::vector<NameSpan> UserIds(std::string_view text, const NameTokens& tokens, const NameMemory& memory,
                                const std::set<std::string>& subject_words,
                                const std::vector<std::pair<size_t, size_t>>& taken, const TableMap& tables) const;

  // True when `line` names the subject: at least two of its capitalised words are
  // `subject_words`, and (unless others_allowed) every other capitalised word that could be a
  // name (not vetoed, not an initial, not a short all-caps group of a spaced identifier) is one.
  bool NamesOnlySubject(std::string_view line, const std::set<std::string>& subject_words,
                        std::string_view subject_initials, bool others_allowed = false) const {
    const WordCount count = CountNameWords(line, subject_words, subject_initials);
    return count.subject >= 2 && (others_allowed || count.other == 0);
  }
  // Where the capitalised words in `tokens` that are one of `words` (lower case) begin, in
  // order (the subject's mentions on a page).
  std::vector<size_t> WordsAt(const NameTokens& tokens, const std::set<std::string>& words) const;
  // Where the run of adjacent capitalised words of `tokens` that ends exactly at `end` begins,
  // when every word of it names the subject (one of `subject_words`, or an initial in
  // `subject_initials`, with at least one word): a mention the name finder leaves unredacted.
  // nullopt when no such run ends there.
  std::optional<size_t> SubjectNameEndingAt(std::string_view text, const NameTokens& tokens, size_t end,
                                            const std::set<std::string>& subject_words,
                                            std::string_view subject_initials) const;

  // The capitalised words of `text` that could be a name (not vetoed, not an initial, not a short
  // all-caps group of a spaced identifier): how many are `subject_words`, how many are not. A
  // subject word after an initial that opens none of the subject's forenames
  // (`subject_initials`) is someone else's ("S. Kowalski" beside the subject "Daniel Kowalski").
  struct WordCount {
    size_t subject = 0, other = 0;
    // The subject's words after an initial that opens some other forename than their first
    // ("A. Begum" for Kwame Arjun Begum) or none ("S. Kowalski" for Daniel Kowalski): a
    // relative's as likely as the subject's (counted in `subject` or `other` as above).
    size_t after_other_initial = 0;
  };
  WordCount CountNameWords(std::string_view text, const std::set<std::string>& subject_words,
                           std::string_view subject_initials) const;

  // Streets named without a house number after words saying someone lives or is kept there
  // ("lives on Marlpit Lane", "living in Gorse Crescent", "bounded by Cooper Street"): the spans
  // of one to three capitalised words ending in a street word. Only capitalised words are looked
  // at, so prose costs nothing more; a rule pattern for them would run on every block of text.
  std::vector<std::pair<size_t, size_t>> StreetsAfterResidenceWords(std::string_view text,
                                                                   const NameTokens& tokens) const;

  bool IsForename(std::string_view lower) const;
  bool IsSurname(std::string_view lower) const;

 private:
  // The gazetteer bits of a hyphenated word the lexicon does not hold, from its parts: a
  // surname when its last part is one ("adebayo-cole"), a forename when every part is one
  // ("mary-jane"), nothing when any part is a veto or role word ("anti-social", "co-accused").
  uint16_t HyphenatedLex(std::string_view lower) const;
  // Lower-case word -> lexicon bits (vetoes, roles, places, forenames, surnames).
  absl::flat_hash_map<std::string, uint16_t, NameWordHash, std::equal_to<>> lexicon_;
  // Titles as written (case-sensitive: "Mr", "DC") -> lexicon bits (title, staff title).
  absl::flat_hash_map<std::string, uint8_t, NameWordHash, std::equal_to<>> titles_;
};

// True when `lower` (one word, lower case) is a surname particle that is written capitalised as
// a word of its own: "van", "der", "de", "la", "da", "di", "ó", "ní", "mac", "giolla"... ("VAN DER BERG", "De la
// Cruz", "Ó Súilleabháin", "Mac Giolla Phádraig"). The tokenizer joins such particles to the name word after them, and
// the subject's name words include the joined forms.
bool CapitalParticle(std::string_view lower);

// Remembers in memory->places the town that closes an address as written, the capitalised words
// after its last comma ("Llanfair Dyffryn" of "5 Heol y Felin, Llanfair Dyffryn"), so that it is
// no name elsewhere in the bundle ("Street: Heol y Felin, Llanfair Dyffryn   Officer: PC ...").
void RememberTown(std::string_view address, NameMemory* memory);

// The embedded gazetteer files (stages/detect/names/*.txt at build time): one name a line.
std::string_view EmbeddedForenames();
std::string_view EmbeddedSurnames();

}  // namespace disclose::detect
