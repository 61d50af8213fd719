// The detection engine (see detector.h): rule loading and compilation, the RE2::Set prefilter,
// per-rule span matching, validators, context scoring, subject exemption and merging.
#include "stages/detect/detector.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <charconv>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <re2/set.h>
#include <yaml-cpp/yaml.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pipeline/model/schema.h"
#include "stages/detect/names.h"
#include "stages/detect/normalize.h"
#include "stages/detect/public_bodies.h"
#include "stages/detect/required_bytes.h"
#include "stages/detect/tables.h"

namespace disclose::detect {

using Json = nlohmann::json;

namespace {

constexpr double kEpsilon = 1e-9;
// Prefilter blocks (whole lines, at least kBlock bytes) and the margin searched past a block's
// end: a match must start in its block and may run at most kMargin bytes into the next line.
constexpr size_t kBlock = 128;
constexpr size_t kMargin = 40;
constexpr const char* kThirdParty = "third_party";
constexpr const char* kStaff = "staff";
// Inside DetectDocument only: a rule's match that is the subject's own value. It is dropped with
// any shorter match inside it ("0219736G" in the subject's "2019/0219736G"), never returned.
constexpr std::string_view kSubjectOwn = "subject";

// ASCII classes inline (the C library's are calls through the locale tables, in the hot loop).
bool IsAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Cue words (folded: lower case, single spaces), matched in page text as written: letters in
// any case, and a space in a word standing for any run of whitespace ("Date of\nBirth").
// Last() finds the last whole-word occurrence of any of them that starts in text[lo, hi) and
// ends by hi, scanning backwards (cues sit next to the candidate) and comparing words only
// where a word's first letter occurs. A word starting at lo counts as whole on its left when
// `lo_is_edge` or when text[lo - 1] is not a letter or digit. Returns the start (and sets *word
// to the longest word found there and *end to where it ends), or npos.
// Long ranges (a page cue reads the whole page) are tested 16 bytes at a time with SSE2 against
// the words' distinct first two bytes, and words are compared only where those occur: "crn",
// "ndelius" and "delius" open at one byte in a hundred of prose, where "c", "n" and "d" open
// at one in seven.
class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(std::vector<std::string> words) {
    std::erase_if(words, [](const std::string& w) { return w.empty(); });
    std::sort(words.begin(), words.end());  // grouped by first byte
    words_ = std::move(words);
    for (size_t c = 0, k = 0; c <= 256; ++c) {
      while (k < words_.size() && static_cast<unsigned char>(words_[k].front()) < c) ++k;
      begin_[c] = static_cast<uint32_t>(k);
    }
    for (size_t c = 0; c < 256; ++c) {
      const auto lower = static_cast<unsigned char>(Lower(static_cast<char>(c)));
      opens_[c] = begin_[lower] != begin_[lower + 1];
    }
    BuildOpenings();
  }
  bool empty() const { return words_.empty(); }

  // True when any word occurs in text[lo, hi) (ending by hi), whole or not: a quick test for
  // whether a cue could be found anywhere near, that never misses one Last() would find.
  bool AnyIn(std::string_view text, size_t lo, size_t hi) const {
    auto at = [&](size_t p) {
      if (!opens_[static_cast<unsigned char>(text[p])]) return false;
      const auto c = static_cast<unsigned char>(Lower(text[p]));
      for (uint32_t k = begin_[c]; k < begin_[c + 1]; ++k) {
        if (MatchAt(text, p, hi, words_[k]) != 0) return true;
      }
      return false;
    };
    size_t p = lo;
    if (hi - lo >= kWide && !openings_.empty()) {
      for (; p + kLanes < hi; p += kLanes) {  // reads text[p, p + kLanes]: below hi
        for (uint32_t m = Openings(text.data() + p); m != 0; m &= m - 1) {
          if (at(p + static_cast<size_t>(std::countr_zero(m)))) return true;
        }
      }
    }
    for (; p < hi; ++p) {
      if (at(p)) return true;
    }
    return false;
  }

  size_t Last(std::string_view text, size_t lo, size_t hi, bool lo_is_edge, const std::string** word = nullptr,
              size_t* end = nullptr) const {
    auto at = [&](size_t p) {
      if (!opens_[static_cast<unsigned char>(text[p])]) return false;  // no word opens with this letter
      const auto c = static_cast<unsigned char>(Lower(text[p]));
      const bool left_ok = !IsAlnum(text[p]) || p == 0 || (p == lo && lo_is_edge) || !IsAlnum(text[p - 1]);
      if (!left_ok) return false;
      const std::string* best = nullptr;
      size_t best_end = 0;
      for (uint32_t k = begin_[c]; k < begin_[c + 1]; ++k) {
        const std::string& w = words_[k];
        const size_t e = MatchAt(text, p, hi, w);
        if (e == 0) continue;
        const bool right_ok = !IsAlnum(w.back()) || e == hi || !IsAlnum(text[e]);
        if (right_ok && (best == nullptr || w.size() > best->size())) {
          best = &w;
          best_end = e;
        }
      }
      if (best == nullptr) return false;
      if (word != nullptr) *word = best;
      if (end != nullptr) *end = best_end;
      return true;
    };
    size_t p = hi;  // the positions below p are still to be read, last first
    if (hi - lo >= kWide && !openings_.empty()) {
      if (at(hi - 1)) return hi - 1;  // a lane reads the byte after its own: not the last one
      for (p = hi - 1; p >= lo + kLanes; p -= kLanes) {  // reads text[p - kLanes, p]: below hi
        const size_t s = p - kLanes;
        for (uint32_t m = Openings(text.data() + s); m != 0; m &= ~(1u << (31 - std::countl_zero(m)))) {
          const size_t q = s + static_cast<size_t>(31 - std::countl_zero(m));
          if (at(q)) return q;
        }
      }
    }
    while (p-- > lo) {
      if (at(p)) return p;
    }
    return std::string_view::npos;
  }

 private:
  static constexpr size_t kLanes = 16;     // bytes tested at once
  static constexpr size_t kWide = 32;      // ranges at least this long are tested kLanes at a time
  static constexpr size_t kOpenings = 16;   // at most this many distinct openings: else one by one

  // Where `w` ends when it occurs at text[p] (before hi), or 0.
  static size_t MatchAt(std::string_view text, size_t p, size_t hi, const std::string& w) {
    size_t q = p;
    for (char c : w) {
      if (c == ' ') {
        if (q >= hi || !IsSpace(text[q])) return 0;
        while (q < hi && IsSpace(text[q])) ++q;
      } else {
        if (q >= hi || Lower(text[q]) != c) return 0;
        ++q;
      }
    }
    return q;
  }

  // A word's first two bytes as a test on two text bytes x, y: (x | or0) == is0 and
  // (y | or1) == is1. A lower-case letter takes its capital too (or 0x20); a space in a word
  // stands for any whitespace, and a one-byte word for any next byte (or 0xff, is 0xff). The
  // test passes wherever MatchAt() could succeed (and sometimes where it cannot).
  struct Opening {
    uint8_t or0, is0, or1, is1;
    bool operator==(const Opening&) const = default;
  };
  void BuildOpenings() {
    auto byte_test = [](char c, uint8_t* or_mask, uint8_t* is) {
      if (c == ' ') {
        *or_mask = 0xff;
        *is = 0xff;
      } else {
        *or_mask = c >= 'a' && c <= 'z' ? 0x20 : 0;
        *is = static_cast<uint8_t>(c);
      }
    };
    for (const std::string& w : words_) {
      Opening o{};
      byte_test(w[0], &o.or0, &o.is0);
      if (w.size() > 1) {
        byte_test(w[1], &o.or1, &o.is1);
      } else {
        o.or1 = o.is1 = 0xff;
      }
      if (std::find(openings_.begin(), openings_.end(), o) == openings_.end()) openings_.push_back(o);
    }
    if (openings_.size() > kOpenings) openings_.clear();
#if defined(__SSE2__)
    for (const Opening& o : openings_) {
      auto lane = [](uint8_t b) { return _mm_set1_epi8(static_cast<char>(b)); };
      lanes_.push_back({lane(o.or0), lane(o.is0), lane(o.or1), lane(o.is1)});
    }
#endif
  }
  // Bit i set when text[at + i, at + i + 1] passes some opening's test (reads at[0..kLanes]).
  uint32_t Openings(const char* at) const {
#if defined(__SSE2__)
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 1));
    __m128i any = _mm_setzero_si128();
    for (const OpeningLanes& o : lanes_) {
      const __m128i first = _mm_cmpeq_epi8(_mm_or_si128(x, o.or0), o.is0);
      const __m128i second = _mm_cmpeq_epi8(_mm_or_si128(y, o.or1), o.is1);
      any = _mm_or_si128(any, _mm_and_si128(first, second));
    }
    return static_cast<uint32_t>(_mm_movemask_epi8(any));
#else
    uint32_t m = 0;
    for (size_t i = 0; i < kLanes; ++i) {
      const auto x = static_cast<uint8_t>(at[i]), y = static_cast<uint8_t>(at[i + 1]);
      for (const Opening& o : openings_) {
        if ((x | o.or0) == o.is0 && (y | o.or1) == o.is1) m |= 1u << i;
      }
    }
    return m;
#endif
  }

  std::vector<std::string> words_;       // sorted
  std::array<uint32_t, 257> begin_{};    // words opening with byte c: [begin_[c], begin_[c + 1])
  std::array<bool, 256> opens_{};        // some word opens with this byte in lower case
  std::vector<Opening> openings_;        // distinct word openings; empty when too many to test at once
#if defined(__SSE2__)
  struct OpeningLanes {
    __m128i or0, is0, or1, is1;  // an Opening's bytes in every lane
  };
  std::vector<OpeningLanes> lanes_;
#endif
};

struct ContextSpec {
  bool present = false;
  WordSet words;     // lower case, single spaces
  WordSet negative;  // cancel a cue when they follow it inside the window
  size_t window = 40;                 // characters before the candidate
  size_t after = 0;                   // characters after the candidate
  bool required = false;
  bool first_only = false;            // a cue applies only to the first candidate after it
  double boost = 0.2;
  // Words anywhere on the page that stand for a cue, at page_score, when none is near ("CRN" in
  // an nDelius log's heading, for a bare case number further down).
  WordSet page_words;
  double page_score = 0;
  // Headers that cue a candidate only as the whole header of its table column ("ID" over a
  // column of callers' passport numbers), never in running text.
  WordSet column_words;
};

struct Example {
  std::string text;
  std::optional<std::string> redact;
};

struct Rule {
  std::string id;
  std::string category;
  std::string exemption;
  std::unique_ptr<RE2> re;
  bool whole = false;  // capture group 1 is the whole match: matched without submatch extraction
  Validator validator = Validator::kNone;
  std::string reason;  // "pattern" or "pattern+validator:<name>": what every finding's reason opens with
  // The score when the validator's check fails (then the reason opens "pattern+validator-failed:
  // <name>"); unset: such a candidate is dropped.
  std::optional<double> invalid_score;
  std::vector<std::string> exclude;  // known non-personal values, letters and digits upper-cased
  bool postal_code_after = false;     // a postal code after the address is found too (ForeignPostcodeAfter)
  std::string invalid_reason;
  ContextSpec context;
  double score = 0;
  std::vector<Example> match;
  std::vector<Example> no_match;
};

struct StaffSpec {
  WordSet words;
  std::vector<std::string> categories;  // empty = every category
  size_t window = 60;
};

// True when some byte of `s` is in `bytes`.
bool HasAny(std::string_view s, const std::array<bool, 256>& bytes) {
  return std::any_of(s.begin(), s.end(), [&bytes](char c) { return bytes[static_cast<unsigned char>(c)]; });
}

// Lower case, every whitespace run folded to one space (a rule's cue words).
std::string Fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(Lower(c));
  }
  if (space) out.push_back(' ');
  return out;
}

// True when text[.., b) ends with "e.g.", "eg." or "for example" (and spaces, a comma or colon
// after it): what follows is a form's sample value.
bool AfterExampleWord(std::string_view text, size_t b) {
  size_t end = b;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',' || text[end - 1] == ':')) --end;
  for (std::string_view word : {"e.g.", "eg.", "for example"}) {
    if (end < word.size()) continue;
    const size_t at = end - word.size();
    if (at > 0 && IsAlnum(text[at - 1])) continue;
    bool same = true;
    for (size_t k = 0; k < word.size() && same; ++k) same = Lower(text[at + k]) == word[k];
    if (same) return true;
  }
  return false;
}

// True when a month's name (MonthFromWord) and one space end text[.., pos): what follows is a
// date's year.
bool MonthBefore(std::string_view text, size_t pos) {
  if (pos < 4 || text[pos - 1] != ' ') return false;
  size_t b = pos - 1;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  while (b > 0 && pos - 1 - b < 9 && letter(text[b - 1])) --b;
  if (b > 0 && letter(text[b - 1])) return false;
  return MonthFromWord(text.substr(b, pos - 1 - b)) != 0;
}

std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// True when a label or phrase for a name someone was known by ends right before text[pos] (over
// spaces, a colon, a tab or an opening quote): "Previous surname", "maiden name", "married
// name", "also known as", "aka", "under the name".
bool KnownByNameBefore(std::string_view text, size_t pos) {
  static constexpr std::string_view kLabels[] = {"previous surname", "former surname", "maiden name", "married name",
                                                 "birth surname", "previous name", "known as", "aka", "alias",
                                                 "under the name", "other names"};
  size_t e = pos;
  while (e > 0 && pos - e < 16 && (text[e - 1] == ' ' || text[e - 1] == ':' || text[e - 1] == '\t' ||
                                   text[e - 1] == '"' || text[e - 1] == '\'')) {
    --e;
  }
  char lower[24];
  const size_t n = std::min<size_t>(e, sizeof lower);
  for (size_t k = 0; k < n; ++k) lower[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[e - n + k])));
  const std::string_view before(lower, n);
  return std::any_of(std::begin(kLabels), std::end(kLabels), [&](std::string_view label) {
    return before.ends_with(label) && (before.size() == label.size() || !IsAlnum(before[before.size() - label.size() - 1]));
  });
}

// True when a time of day ("09:44", "9:44") follows text[.., e) after spaces.
bool FollowedByTime(std::string_view text, size_t e) {
  size_t q = e;
  while (q < text.size() && text[q] == ' ') ++q;
  if (q == e) return false;
  const size_t digits = q;
  while (q < text.size() && q - digits < 3 && text[q] >= '0' && text[q] <= '9') ++q;
  if (q == digits || q - digits > 2 || q + 2 >= text.size() || text[q] != ':') return false;
  return text[q + 1] >= '0' && text[q + 1] <= '5' && text[q + 2] >= '0' && text[q + 2] <= '9' &&
         (q + 3 == text.size() || !(text[q + 3] >= '0' && text[q + 3] <= '9'));
}

// A context cue found near a candidate: the rule's word, and whether it came from a table header.
struct Cue {
  const std::string* word = nullptr;
  bool column = false;
};

// Looks for a cue in text[window_begin, b) (or after e, or in the candidate's table header).
// The character before window_begin is read only so that a word cut by the window edge is not
// taken for a whole word.
std::optional<Cue> FindCue(std::string_view text, size_t window_begin, size_t b, size_t e, const ContextSpec& ctx,
                           const TableMap* tables) {
  const std::string* word = nullptr;
  size_t cue_end = 0;
  // In a table row, the words of the rows above (the header row's "DOB" over a visit date) are
  // not its context: only its own row ("UK passport   909052620") and its column header count.
  size_t after_end = std::min(text.size(), e + ctx.after);
  if (tables != nullptr && !tables->empty()) {
    const auto [row_begin, row_end] = tables->RowAt(b);
    if (row_end > row_begin) {
      window_begin = std::max(window_begin, row_begin);
      after_end = std::min(after_end, std::max(row_end, e));
    }
  }
  size_t at = ctx.words.Last(text, window_begin, b, false, &word, &cue_end);
  // A one-letter cue with its stop ("b." for born) written as a capital before a capitalised word
  // is a name's initial: "B. Rhys-Evans (Cafcass)".
  if (at != std::string_view::npos && word->size() == 2 && (*word)[1] == '.' && IsUpperAscii(text[at]) &&
      cue_end + 1 < text.size() && text[cue_end] == ' ' && IsUpperAscii(text[cue_end + 1])) {
    at = std::string_view::npos;
  }
  if (at != std::string_view::npos) {
    if (ctx.negative.empty() || ctx.negative.Last(text, cue_end, b, false) == std::string_view::npos) {
      return Cue{word, false};
    }
  }
  if (ctx.after > 0 && e < text.size()) {
    // A cue after the candidate must begin within the window; keep whole words only.
    if (ctx.words.Last(text, e, after_end, true, &word) != std::string_view::npos) {
      return Cue{word, false};
    }
  }
  if (tables != nullptr && !tables->empty()) {
    // A table cell takes its column header as context ("DOB" over a column of dates).
    std::string_view header = tables->HeaderAt(b);
    if (!header.empty() && ctx.words.Last(header, 0, header.size(), true, &word) != std::string_view::npos) {
      return Cue{word, true};
    }
    size_t header_end = 0;
    if (!header.empty() && ctx.column_words.Last(header, 0, header.size(), true, &word, &header_end) == 0 &&
        header_end == header.size()) {
      return Cue{word, true};
    }
  }
  return std::nullopt;
}

// A rule's page cue: the last of its context's page words on the page, or nullptr. Looked up
// the first time a candidate or block needs it, then kept for the page: most pages never need
// it, and the lookup reads the whole page.
class PageCue {
 public:
  PageCue(const ContextSpec& ctx, std::string_view page) : ctx_(&ctx), page_(page), done_(ctx.page_words.empty()) {}
  const std::string* get() {
    if (!done_) {
      done_ = true;
      const std::string* word = nullptr;
      if (ctx_->page_words.Last(page_, 0, page_.size(), true, &word) != std::string_view::npos) word_ = word;
    }
    return word_;
  }

 private:
  const ContextSpec* ctx_;
  std::string_view page_;
  bool done_;
  const std::string* word_ = nullptr;
};

std::vector<std::string> FoldedStrings(const Json& array) {
  std::vector<std::string> out;
  for (const auto& v : array) out.push_back(Fold(v.get<std::string>()));
  return out;
}

std::vector<Example> Examples(const Json& array) {
  std::vector<Example> out;
  for (const auto& v : array) {
    Example ex;
    if (v.is_string()) {
      ex.text = v.get<std::string>();
    } else {
      ex.text = v["text"].get<std::string>();
      if (v.contains("redact")) ex.redact = v["redact"].get<std::string>();
    }
    out.push_back(std::move(ex));
  }
  return out;
}

// Plain YAML scalars become booleans, nulls and numbers where they read as such; quoted
// scalars stay strings.
Json ScalarToJson(const YAML::Node& node) {
  const std::string& s = node.Scalar();
  if (node.Tag() == "!") return s;
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  int64_t i = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
  if (ec == std::errc() && ptr == s.data() + s.size()) return i;
  double d = 0;
  auto [dptr, dec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (dec == std::errc() && dptr == s.data() + s.size()) return d;
  return s;
}

Json YamlToJson(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return ScalarToJson(node);
    case YAML::NodeType::Sequence: {
      Json out = Json::array();
      for (const auto& item : node) out.push_back(YamlToJson(item));
      return out;
    }
    case YAML::NodeType::Map: {
      Json out = Json::object();
      for (const auto& kv : node) out[kv.first.as<std::string>()] = YamlToJson(kv.second);
      return out;
    }
    default:
      return nullptr;
  }
}

RE2::Options RuleOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(16 << 20);
  return options;
}

// Checks every rule that has an id for the faults a schema message would not tie to the rule:
// unknown validator, invalid pattern, no capture group, duplicate id.
Status CheckRules(const Json& doc, const std::string& origin) {
  if (!doc.is_object() || !doc.contains("rules") || !doc["rules"].is_array()) return Status::Ok();
  std::set<std::string> seen;
  for (const auto& rule : doc["rules"]) {
    if (!rule.is_object() || !rule.contains("id") || !rule["id"].is_string()) continue;
    const std::string id = rule["id"].get<std::string>();
    const std::string where = origin + ": rule '" + id + "'";
    if (!seen.insert(id).second) return InvalidInput(where + " is defined twice");
    if (rule.contains("validator") && rule["validator"].is_string() &&
        !ValidatorFromName(rule["validator"].get<std::string>())) {
      return InvalidInput(where + " names an unknown validator '" + rule["validator"].get<std::string>() + "'");
    }
    if (rule.contains("invalid_score") && (!rule.contains("validator") || rule["validator"] == "none")) {
      return InvalidInput(where + " has an invalid_score but no validator whose check could fail");
    }
    if (rule.contains("pattern") && rule["pattern"].is_string()) {
      RE2 re(rule["pattern"].get<std::string>(), RuleOptions());
      if (!re.ok()) return InvalidInput(where + " has an invalid pattern: " + re.error());
      if (re.NumberOfCapturingGroups() < 1) {
        return InvalidInput(where + " pattern has no capture group 1 (the text to redact)");
      }
    }
  }
  return Status::Ok();
}

// True when `pattern` is "[(?flags)][\\b](...)[\\b]" with the group closing at its final ')':
// then (with exactly one capturing group) group 1 always equals the whole match.
bool GroupIsWholeMatch(std::string_view pattern) {
  if (pattern.starts_with("(?")) {
    size_t close = pattern.find(')');
    if (close == std::string_view::npos || pattern.substr(2, close - 2).find_first_not_of("imsU") != std::string_view::npos) {
      return false;
    }
    pattern.remove_prefix(close + 1);
  }
  if (pattern.starts_with("\\b")) pattern.remove_prefix(2);
  if (pattern.ends_with(")\\b")) pattern.remove_suffix(2);
  if (!pattern.starts_with("(") || pattern.starts_with("(?") || !pattern.ends_with(")")) return false;
  int depth = 0;
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') {
      in_class = true;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) return i == pattern.size() - 1;
  }
  return false;
}

// ": rule 'id'" for the first rule a schema message points at ("[rules][3]"), else "".
std::string NameFailingRule(const Json& doc, const std::string& message) {
  constexpr std::string_view kMarker = "[rules][";
  size_t at = message.find(kMarker);
  if (at == std::string::npos) return "";
  size_t index = 0;
  const char* first = message.data() + at + kMarker.size();
  auto [ptr, ec] = std::from_chars(first, message.data() + message.size(), index);
  if (ec != std::errc() || ptr == first) return "";
  const Json& rules = doc["rules"];
  if (index >= rules.size() || !rules[index].is_object() || !rules[index].contains("id") ||
      !rules[index]["id"].is_string()) {
    return ": rule #" + std::to_string(index + 1);
  }
  return ": rule '" + rules[index]["id"].get<std::string>() + "'";
}

// Words that carry a sentence on after a place's name.
const std::set<std::string_view> kAfterPlace = {"on", "in", "at", "from", "to", "with", "near", "since", "until",
                                                "for", "and", "or", "but", "where", "when", "which", "who",
                                                "by", "is", "was", "has", "had"};

// Where a street address ending at text[e] ends once its locality is taken in: one to three
// comma-separated runs of one to three capitalised words ("40 Marlpit Lane, Llanfedw",
// "167 Cromwell Avenue, Coldharbour, Eastwick"), when what follows them closes the address: a
// postcode, the end of the line, a layout gap, a table's '|', a bracket opening or closing, '.',
// ';' or ','. Otherwise (", Leeds City Council said") `e` itself.
size_t LocalityEnd(std::string_view text, size_t e) {
  size_t end = e;
  for (int part = 0; part < 3; ++part) {
    size_t p = end;
    if (text.compare(p, 2, ", ") != 0) break;
    p += 2;
    size_t words = 0;
    while (words < 3 && p < text.size() && IsUpperAscii(text[p])) {
      size_t q = p + 1;
      while (q < text.size() && ((IsAlnum(text[q]) && !IsDigitAscii(text[q])) ||
                                 static_cast<unsigned char>(text[q]) >= 0x80 || text[q] == '\'' || text[q] == '-')) {
        ++q;
      }
      if (q < text.size() && IsDigitAscii(text[q])) break;  // a postcode ("WV285NX"), not a town
      ++words;
      p = q;
      if (text.compare(p, 1, " ") != 0 || p + 1 >= text.size() || !IsUpperAscii(text[p + 1])) break;
      // A postcode after the town is not a word of it ("Greywater GQ8 8NQ").
      const bool digit2 = p + 2 < text.size() && IsDigitAscii(text[p + 2]);
      if (digit2 || (p + 3 < text.size() && IsDigitAscii(text[p + 3]))) break;
      ++p;
    }
    if (words == 0) break;
    auto closes = [&](size_t q) {
      if (q >= text.size()) return true;
      const char c = text[q];
      if (c == '\n' || c == '\r' || c == ')' || c == '.' || c == ';' || c == ',' || c == '|') return true;
      if (c != ' ' || q + 1 >= text.size()) return false;
      const char d = text[q + 1];
      // A layout gap, a bracket ("Holmesdale (his mother's address)"), or a postcode: a letter then
      // a digit within its first three bytes.
      if (d == ' ' || d == '|' || d == '\n' || d == '(' ||
          (IsAlnum(d) && !IsDigitAscii(d) && q + 3 < text.size() &&
           (IsDigitAscii(text[q + 2]) || IsDigitAscii(text[q + 3])))) {
        return true;
      }
      // A sentence going on past the place ("her flat at 11 Pitt Street, Fenby Quay on the 14th"),
      // where a verb would follow the name of a body instead ("Leeds City Council said").
      size_t w = q + 1;
      while (w < text.size() && text[w] >= 'a' && text[w] <= 'z') ++w;
      return (w == text.size() || !IsAlnum(text[w])) && kAfterPlace.count(text.substr(q + 1, w - q - 1)) > 0;
    };
    if (!closes(p)) break;
    end = p;
  }
  return end;
}

// Where a street address closing its line at text[e] ends once the town lines of an address
// block under it are taken in: one or two lines of one to three capitalised words (with "of",
// "upon" or "on" between: "Isle of Lewis"), with no digit, and a postcode after them, on the last
// of those lines or alone on the next ("14 Larchfield Road\nBrinsworth\nZH6 3RB"). Otherwise `e`.
size_t BlockTownEnd(std::string_view text, size_t e) {
  // The end of a line of town words starting at text[p], or npos; `postcode_at` is where a
  // postcode after them on the same line opens (npos if none).
  auto town_line = [&](size_t p, size_t* postcode_at) {
    *postcode_at = std::string_view::npos;
    const size_t line_end = std::min(text.find('\n', p), text.size());
    std::string_view line = text.substr(p, line_end - p);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    // A postcode closing the line: its last two words, as the postcode validator reads them.
    const size_t last_space = line.rfind(' ');
    if (last_space != std::string_view::npos && last_space > 0) {
      size_t out = line.rfind(' ', last_space - 1);
      out = out == std::string_view::npos ? 0 : out + 1;
      if (Validate(Validator::kPostcode, line.substr(out))) {
        *postcode_at = p + out;
        line = line.substr(0, out == 0 ? 0 : out - 1);
      }
    }
    size_t words = 0;
    size_t k = 0;
    while (k < line.size()) {
      size_t w = k;
      while (w < line.size() && line[w] != ' ') ++w;
      const std::string_view word = line.substr(k, w - k);
      if (word.empty() || std::any_of(word.begin(), word.end(), [](char c) { return IsDigitAscii(c); })) {
        return std::string_view::npos;
      }
      const bool small = word == "of" || word == "upon" || word == "on";
      if (!small && !IsUpperAscii(word[0])) return std::string_view::npos;
      if (!small && ++words > 3) return std::string_view::npos;
      k = w + 1;
    }
    return words == 0 || line.empty() ? std::string_view::npos : p + line.size();
  };
  auto postcode_line = [&](size_t p) {
    const size_t line_end = std::min(text.find('\n', p), text.size());
    std::string_view line = text.substr(p, line_end - p);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    return Validate(Validator::kPostcode, line);
  };
  size_t end = e;
  for (int lines = 0; lines < 2; ++lines) {
    if (end >= text.size() || text[end] != '\n') return e;
    size_t postcode_at = 0;
    const size_t town_end = town_line(end + 1, &postcode_at);
    if (town_end == std::string_view::npos) return e;
    if (postcode_at != std::string_view::npos) return town_end;
    const size_t next = std::min(text.find('\n', end + 1), text.size());
    if (next < text.size() && postcode_line(next + 1)) return town_end;
    end = next;
  }
  return e;
}

// Where an address starting at text[b] starts once a house's name before it is taken in: one
// capitalised word that is no one's name, or "The" and one ("Hillcrest, 3 Rookery Lane", "The
// Granary, 2 Mill Lane"), and a comma, opening a field after a colon, a layout gap or the line's
// start ("Also present: Jerry Hall, 14 Mill Lane" names a person). Otherwise `b` itself.
template <class IsName>
size_t HouseNameBefore(std::string_view text, size_t b, IsName&& is_name) {
  if (b < 4 || text.compare(b - 2, 2, ", ") != 0) return b;
  const size_t p = b - 2;
  size_t w = p;
  while (w > 0 && (IsAlnum(text[w - 1]) || static_cast<unsigned char>(text[w - 1]) >= 0x80 || text[w - 1] == '\'')) --w;
  if (w == p || !IsUpperAscii(text[w]) ||
      std::any_of(text.begin() + w, text.begin() + p, [](char c) { return IsDigitAscii(c); }) ||
      is_name(text.substr(w, p - w))) {
    return b;
  }
  if (w >= 4 && text.compare(w - 4, 4, "The ") == 0) w -= 4;
  const bool opens = w == 0 || text[w - 1] == '\n' ||
                     (w >= 2 && text[w - 1] == ' ' && (text[w - 2] == ':' || text[w - 2] == ' ' || text[w - 2] == '|'));
  return opens ? w : b;
}

}  // namespace

struct Detector::Impl {
  std::vector<Rule> rules;
  std::unique_ptr<RE2::Set> set;
  // Bytes at least one of which every rule's match contains (required_bytes.h), when every rule
  // has such a set: a block of text without any of them cannot match, and the set is not run.
  bool skip_blocks = true;
  std::array<bool, 256> trigger{};
  double min_score = 0.5;
  StaffSpec staff;
  std::string default_exemption;
  NameFinder names;
  PublicBodies public_bodies;
  bool find_names = true;
  bool redact_staff_names = true;
  bool prefilter = true;

  // The findings of one rule on `text` (normalised text with line breaks as spaces, so that
  // identifiers split over lines join), offsets mapped to the original text through `nt`.
  void RunRule(const Rule& rule, const std::string& text, const NormalizedText& nt, const TableMap* tables,
               const SubjectProfile* subject, std::vector<Finding>* out) const {
    size_t prev_end = 0;
    PageCue page_cue(rule.context, text);
    RunRuleRange(rule, text, 0, text.size(), text.size(), nt, tables, &page_cue, subject, &prev_end, out);
  }
  // The same for matches that start in [from, until), searching text[from, limit) (limit >= until
  // leaves room for a match that starts before `until` to end after it). *prev_end is the end of
  // the rule's previous match, carried from range to range (for first_only cues). page_cue: the
  // rule's page cue on this page.
  void RunRuleRange(const Rule& rule, const std::string& text, size_t from, size_t until, size_t limit,
                    const NormalizedText& nt, const TableMap* tables, PageCue* page_cue,
                    const SubjectProfile* subject, size_t* prev_end, std::vector<Finding>* out) const;
  // A person-name finding (found or propagated) with its offsets in the original text.
  // A date in brackets right after a third party's name, alone or before a comma: "Elif Yilmaz
  // (08.09.53)", "Padraig Kerr (24/2/1951, son of ...)", "Ann Pike, (21-AUG-1950)". A list of
  // people gives each one's date of birth so (staff, whose dates in brackets are the day they
  // signed, are not asked). Any written form the date-of-birth rule reads, without its cue.
  void DateOfBirthInBrackets(const NormalizedText& nt, size_t name_end, std::vector<Finding>* out) const {
    if (const auto date = DateInBracketsAfter(nt.text, name_end, false)) {
      out->push_back(
          DateOfBirthFinding(nt, date->first, date->second, "pattern+validator:date+in-brackets-after-name"));
    }
  }
  // Where a date the date-of-birth rule reads, and its validator accepts, stands in brackets
  // right after text[.., name_end), alone or before a comma ("Elif Yilmaz (08.09.53)", "Padraig
  // Kerr, (24/2/1951, son of ...)"); with `cued`, also after "DOB" or "born" inside them.
  std::optional<std::pair<size_t, size_t>> DateInBracketsAfter(const std::string& text, size_t name_end,
                                                               bool cued) const {
    if (dob_rule == nullptr) return std::nullopt;
    size_t p = name_end;
    if (p < text.size() && text[p] == ',') ++p;
    if (text.compare(p, 2, " (") != 0) return std::nullopt;
    p += 2;
    for (std::string_view cue : {"DOB ", "DOB: ", "D.O.B. ", "dob ", "born ", "b. "}) {
      if (cued && text.compare(p, cue.size(), cue) == 0) {
        p += cue.size();
        break;
      }
    }
    re2::StringPiece groups[2];
    if (!dob_rule->re->Match(text, p, std::min(text.size(), p + 40), RE2::ANCHOR_START, groups, 2) ||
        groups[1].data() != text.data() + p) {
      return std::nullopt;
    }
    const size_t e = p + groups[1].size();
    if (e >= text.size() || (text[e] != ')' && text[e] != ',')) return std::nullopt;
    if (!Validate(dob_rule->validator, std::string_view(groups[1].data(), groups[1].size()))) return std::nullopt;
    return std::pair<size_t, size_t>{p, e};
  }
  // Someone who shares the subject's name: a mention the name finder left as the subject's,
  // followed by a date of birth in brackets that is not the subject's ("Padraig Malik (08.05.67,
  // son of Bilal)", "John Smith (DOB 01/02/1960)" beside the subject John Smith born 1985): a
  // father named after his son, a relative known by the subject's surname. The mention and the
  // date are both redacted. Only where bundle.json gives the subject's own date of birth.
  void NamesakeWithOtherDateOfBirth(const NormalizedText& nt, const NameTokens& tokens, const SubjectProfile& subject,
                                    std::vector<Finding>* out) const;
  // A finding under `rule` at normalised text[b, e) that a pass of the detector's own found
  // (not the rule's pattern run over the page), for `party`.
  static Finding RuleFinding(const Rule& rule, const NormalizedText& nt, size_t b, size_t e, std::string reason,
                             std::string_view party) {
    Finding f;
    f.rule_id = rule.id;
    f.category = rule.category;
    std::tie(f.begin, f.end) = nt.ToOriginal(b, e);
    f.score = rule.score;
    f.reason = std::move(reason);
    f.exemption = rule.exemption;
    f.party = party;
    return f;
  }
  // A third party's date of birth at normalised text[b, e), found by the date-of-birth rule's
  // pattern and validator where its cue is the layout.
  Finding DateOfBirthFinding(const NormalizedText& nt, size_t b, size_t e, std::string reason) const {
    return RuleFinding(*dob_rule, nt, b, e, std::move(reason), kThirdParty);
  }
  // A date that fills the layout cell after a listed person's name (a list of people under a
  // heading such as "OTHER OCCUPANTS"), or the cell after their prison number: "Saima Malik
  // 21/1/1990  partner", "FLORIN STOICA   G0077HT   09-DEC-1955   -   ...". A list gives each
  // person's date of birth so.
  void DateOfBirthInNextCell(const NormalizedText& nt, size_t name_end, std::vector<Finding>* out) const {
    if (dob_rule == nullptr) return;
    const std::string& text = nt.text;
    auto gap_at = [&](size_t q) { return q + 1 < text.size() && text[q] == ' ' && text[q + 1] == ' '; };
    auto skip_gap = [&](size_t q) {
      while (q < text.size() && text[q] == ' ') ++q;
      return q;
    };
    auto cell_end = [&](size_t q) {
      while (q < text.size() && text[q] != '\n' && !gap_at(q)) ++q;
      return q;
    };
    if (!gap_at(name_end)) return;
    size_t p = skip_gap(name_end);
    for (int cell = 0; cell < 2 && p < text.size(); ++cell) {
      const size_t e = cell_end(p);
      re2::StringPiece groups[2];
      if (dob_rule->re->Match(text, p, e, RE2::ANCHOR_BOTH, groups, 2) && groups[1].size() == e - p) {
        if (!Validate(dob_rule->validator, std::string_view(groups[1].data(), groups[1].size()))) return;
        out->push_back(DateOfBirthFinding(nt, p, e, "pattern+validator:date+cell-after-listed-name"));
        return;
      }
      // Only a prison number may stand between the name and the date ("G0077HT").
      const std::string_view c(text.data() + p, e - p);
      const bool prison_number = c.size() == 7 && IsUpperAscii(c[0]) && IsUpperAscii(c[5]) && IsUpperAscii(c[6]) &&
                                 std::all_of(c.begin() + 1, c.begin() + 5, [](char d) { return d >= '0' && d <= '9'; });
      if (!prison_number || !gap_at(e)) return;
      p = skip_gap(e);
    }
  }
  const Rule* dob_rule = nullptr;  // uk.date_of_birth, when the rules have it
  const Rule* email_rule = nullptr;  // uk.email, when the rules have it
  // An e-mail address a printout wrapped over a line's end inside its domain
  // ("p.nathwani@harcourtlyle.e\nxample.co.uk", "m.k@example.ne\nt"): when the part before the
  // break does not end in a whole known ending and the two parts joined do (".net", ".co.uk"),
  // and the joined address is one the e-mail rule reads, it is one finding over the break (it
  // replaces a finding of the part before it).
  void WrappedEmails(const NormalizedText& nt, const SubjectProfile& subject, std::vector<Finding>* out) const;
  const Rule* street_rule = nullptr;  // uk.street_address, when the rules have it
  // Streets named without a house number where someone lives or must keep away
  // (NameFinder::StreetsAfterResidenceWords): address findings under the street rule's id.
  void StreetsNamedWithoutNumber(const NormalizedText& nt, const NameTokens& tokens, const SubjectProfile& subject,
                                 std::vector<Finding>* out) const {
    if (street_rule == nullptr) return;
    for (auto [b, e] : names.StreetsAfterResidenceWords(nt.text, tokens)) {
      e = LocalityEnd(nt.text, e);
      const bool own = subject.IsSubjectValue("address", std::string_view(nt.text).substr(b, e - b));
      out->push_back(
          RuleFinding(*street_rule, nt, b, e, "street-name+residence-words", own ? kSubjectOwn : kThirdParty));
    }
  }

  // The value of a field labelled as an address ("Address:", "Payee address:", "Home address :")
  // that no address rule found: an address abroad ("ul. Kwiatowa 14/3, Borowiec Mały, POLAND")
  // or misread by OCR ("8 Hol1in Terrace, Ashgrove ZB2 6PL"). The value runs to the end of its
  // line or to a layout gap, stopping before a postcode found in it, and holds a digit and a
  // comma ("Address: see above", "Address: NFA" are not one).
  void AddressFieldValues(const NormalizedText& nt, const SubjectProfile& subject, std::vector<Finding>* out) const {
    if (street_rule == nullptr) return;
    const std::string_view text = nt.text;
    const size_t found = out->size();
    for (size_t at = text.find("ddress"); at != std::string_view::npos; at = text.find("ddress", at + 6)) {
      if (at == 0 || (text[at - 1] != 'a' && text[at - 1] != 'A')) continue;
      // (Each read below is bounded, so that a page of one endless line with many labels stays
      // linear: the label at most kLabelReach bytes back, the value at most kValueReach on.)
      constexpr size_t kLabelReach = 48, kValueReach = 160;
      size_t colon = at + 6;
      while (colon < text.size() && colon - at < 24 && text[colon] == ' ') ++colon;
      // (Or a form's layout gap for its colon: "Your address          Tyddyn Gwyn, Lôn Las, ...".)
      const bool gap = colon - (at + 6) >= 2 && colon < text.size() && text[colon] != ':';
      if (gap) --colon;
      if (colon >= text.size() || (text[colon] != ':' && !gap)) continue;
      // The label opens its line or follows a layout gap, in at most three words, and is no
      // e-mail, IP or web address.
      size_t label = at - 1;
      while (label > 0 && at - label < kLabelReach && text[label - 1] != '\n' &&
             !(label >= 2 && text[label - 1] == ' ' && text[label - 2] == ' ')) {
        --label;
      }
      if (label > 0 && text[label - 1] != '\n' && text[label - 1] != ' ') continue;  // past the reach
      while (label < at - 1 && text[label] == ' ') ++label;
      std::string words(text.substr(label, at - 1 - label));
      for (char& c : words) c = Lower(c);
      if (std::count(words.begin(), words.end(), ' ') > 3 || words.find("mail") != std::string::npos ||
          words.find("ip") != std::string::npos || words.find("web") != std::string::npos) {
        continue;
      }
      size_t b = colon + 1;
      while (b < text.size() && b - colon < 24 && text[b] == ' ') ++b;
      const std::string_view rest = text.substr(b, kValueReach);
      size_t e = b + std::min(std::min(rest.find('\n'), rest.find("   ")), rest.size());
      while (e > b && (text[e - 1] == ' ' || text[e - 1] == ',')) --e;
      if (e <= b) continue;
      auto [ob, oe] = nt.ToOriginal(b, e);
      bool taken = false;
      size_t cut = oe;  // where a postcode found in the value begins
      for (size_t i = 0; i < found; ++i) {
        const Finding& f = (*out)[i];
        if (f.begin >= oe || ob >= f.end) continue;
        if (f.category == "postcode" && f.begin > ob) {
          cut = std::min(cut, f.begin);
        } else {
          taken = true;
        }
      }
      if (taken) continue;
      while (e > b && nt.ToOriginal(b, e).second > cut) --e;
      while (e > b && (text[e - 1] == ' ' || text[e - 1] == ',')) --e;
      if (e <= b) continue;
      std::tie(ob, oe) = nt.ToOriginal(b, e);
      const std::string_view value = text.substr(b, e - b);
      // (A house with a name and no number counts when a postcode closes it, in the value or
      // in the next line's field: "Tŷ Newydd, Ffordd yr Orsaf, Llanfedw, ZH4 2TN", "...\nPostcode
      // ZF9 1LT".)
      size_t q = e;
      while (q < text.size() && q - e < 64 && (text[q] == ' ' || text[q] == ',' || text[q] == '\n')) ++q;
      for (const std::string_view word : {"Postcode", "postcode", "POSTCODE"}) {
        if (text.substr(q, word.size()) == word) q += word.size();
      }
      while (q < text.size() && q - e < 96 && (text[q] == ' ' || text[q] == ':')) ++q;
      const size_t postcode_at = q < text.size() ? nt.ToOriginal(q, q + 1).first : std::string_view::npos;
      const bool postcode_closes =
          std::any_of(out->begin(), out->begin() + static_cast<std::ptrdiff_t>(found),
                      [&](const Finding& f) { return f.category == "postcode" && f.begin == postcode_at; });
      if (value.find(',') == std::string_view::npos ||
          (std::none_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }) && !postcode_closes)) {
        continue;
      }
      if (gap && !postcode_closes) continue;
      Finding f;
      f.rule_id = street_rule->id;
      f.category = street_rule->category;
      f.begin = ob;
      f.end = oe;
      f.score = street_rule->score;
      f.reason = "address-field";
      f.exemption = street_rule->exemption;
      f.party = subject.IsSubjectValue("address", value) ? kSubjectOwn : kThirdParty;
      out->push_back(std::move(f));
    }
  }

  Finding NameFinding(const NormalizedText& nt, NameSpan span) const {
    Finding f;
    f.rule_id = "uk.person_name";
    f.category = "name";
    std::tie(f.begin, f.end) = nt.ToOriginal(span.begin, span.end);
    f.score = span.score;
    f.reason = std::move(span.reason);
    f.exemption = default_exemption;
    f.party = span.staff ? kStaff : kThirdParty;
    return f;
  }
};

namespace {

// The postal code written after an address abroad that ends at `end`: after a comma or space
// (and "CEP" or "PIN"), four to six digits, or digits with a hyphen or space inside ("74255-120",
// "1200-658", "403 515"), standing alone. Normalised offsets.
std::optional<std::pair<size_t, size_t>> ForeignPostcodeAfter(std::string_view text, size_t end) {
  size_t p = end;
  if (p < text.size() && text[p] == ',') ++p;
  if (p >= text.size() || text[p] != ' ') return std::nullopt;
  ++p;
  if (text.substr(p, 4) == "CEP " || text.substr(p, 4) == "PIN ") p += 4;
  auto digits_from = [&](size_t q) {
    size_t r = q;
    while (r < text.size() && IsDigitAscii(text[r])) ++r;
    return r - q;
  };
  const size_t head = digits_from(p);
  size_t q = p + head;
  if (head >= 3 && head <= 5 && q + 1 < text.size() && (text[q] == '-' || text[q] == ' ')) {
    const size_t tail = digits_from(q + 1);
    if (tail >= 3 && tail <= 4) q += 1 + tail;
  }
  if (q == p + head && (head < 4 || head > 6)) return std::nullopt;
  if (q < text.size() && (IsAlnum(text[q]) || text[q] == '-' || text[q] == '/')) return std::nullopt;
  return std::make_pair(p, q);
}

}  // namespace

void Detector::Impl::RunRuleRange(const Rule& rule, const std::string& text, size_t from, size_t until, size_t limit,
                                  const NormalizedText& nt, const TableMap* tables, PageCue* page_cue,
                                  const SubjectProfile* subject, size_t* prev_end, std::vector<Finding>* out) const {
  re2::StringPiece input(text);
  re2::StringPiece groups[2];
  size_t pos = std::max(from, *prev_end);
  // Asking RE2 for group 0 only keeps it on its DFAs; submatch extraction costs about a
  // microsecond a call, so it is skipped for rules whose group 1 is the whole match.
  const int wanted = rule.whole ? 1 : 2;
  while (pos < until && rule.re->Match(input, pos, limit, RE2::UNANCHORED, groups, wanted)) {
    if (rule.whole) groups[1] = groups[0];
    const size_t mb = static_cast<size_t>(groups[0].data() - text.data());
    const size_t me = mb + groups[0].size();
    if (mb >= until) break;  // belongs to the next range
    pos = me > mb ? me : mb + 1;
    const size_t previous_end = *prev_end;
    const size_t window_floor = rule.context.first_only ? previous_end : 0;
    *prev_end = me;
    if (groups[1].data() == nullptr || groups[1].empty()) continue;
    size_t b = static_cast<size_t>(groups[1].data() - text.data());
    size_t e = b + groups[1].size();
    // A number in brackets, "(07700 900111)": the bracket opens the text, not the number (the
    // pattern takes "(0" for an area code in brackets, "(01632) 960118").
    if (text[b] == '(' && std::string_view(text.data() + b, e - b).find(')') == std::string_view::npos) ++b;
    const std::string_view candidate(text.data() + b, e - b);

    // A form's sample value ("Number: B5142NL (e.g. A1234BC)") is nobody's.
    if (AfterExampleWord(text, b)) continue;
    // A date followed by a time of day is when something happened ("22/10/2024 09:44 Health"),
    // not a date of birth.
    if (rule.category == "date_of_birth" && FollowedByTime(text, e)) continue;
    // A house number glued by a hyphen to letters is the tail of a code ("camera QN-0419 Ring
    // Rd"), not an address.
    if (rule.category == "address" && b >= 2 && text[b - 1] == '-' && IsAlnum(text[b - 2])) continue;
    // Nor are a time of day's minutes ("22:41 BP Foundry St").
    if (rule.category == "address" && b >= 2 && text[b - 1] == ':' && IsDigitAscii(text[b - 2])) continue;
    // A number closing one line is not the house number of a street word opening the next ("(used
    // 1962-1984)\nPlace of birth").
    if (rule.category == "address" && IsDigitAscii(text[b])) {
      size_t q = b;
      while (q < e && IsAlnum(text[q])) ++q;
      if (q < e && nt.text[q] == '\n') continue;
      // Nor is a date's year before a comma ("Friday 28 March 2025, Oakfield Lane site").
      if (q - b == 4 && q < e && text[q] == ',' && MonthBefore(text, b)) continue;
    }
    if (!rule.exclude.empty() &&
        std::find(rule.exclude.begin(), rule.exclude.end(), AlnumUpper(candidate)) != rule.exclude.end()) {
      continue;
    }
    // A street address runs on over its town ("40 Marlpit Lane, Llanfedw, LQ2 9DX"), and back
    // over a house's name that opens the field ("Address: Hillcrest, 3 Rookery Lane").
    if (rule.category == "address") {
      e = LocalityEnd(nt.text, e);
      e = BlockTownEnd(nt.text, e);
      b = HouseNameBefore(nt.text, b, [this](std::string_view word) {
        std::string lower(word);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return names.IsForename(lower) || names.IsSurname(lower);
      });
    }
    // The postal code after an address abroad ("..., Goiânia - GO, 74255-120, Brazil"): a
    // finding of its own, the address's party's.
    const std::optional<std::pair<size_t, size_t>> foreign_postcode =
        rule.postal_code_after ? ForeignPostcodeAfter(nt.text, e) : std::nullopt;
    auto postcode_too = [&](const Finding& address) {
      if (!foreign_postcode) return;
      Finding pc = address;
      pc.category = "postcode";
      std::tie(pc.begin, pc.end) = nt.ToOriginal(foreign_postcode->first, foreign_postcode->second);
      pc.reason = "postal-code-after-address-abroad";
      out->push_back(std::move(pc));
    };
    const bool valid = Validate(rule.validator, candidate);
    if (!valid && !rule.invalid_score) continue;
    double score = valid ? rule.score : *rule.invalid_score;
    std::optional<Cue> cue;
    bool page_cued = false;
    if (rule.context.present) {
      size_t window_begin = b > rule.context.window ? b - rule.context.window : 0;
      window_begin = std::max(window_begin, std::min(window_floor, b));
      cue = FindCue(text, window_begin, b, e, rule.context, tables);
      if (cue) {
        score += rule.context.boost;
      } else if (page_cue->get() != nullptr && (rule.context.negative.empty() ||
                                         rule.context.negative.Last(text, window_begin, b, false) == std::string_view::npos)) {
        // A cue found only on the page, with no negative word in the window ("Order No. A532110"):
        // a required cue passes at page_score; for other rules it can only raise the score.
        page_cued = true;
        score = rule.context.required ? rule.context.page_score : std::max(score, rule.context.page_score);
      } else if (rule.context.required) {
        continue;
      }
    }
    score = std::min(score, 1.0);
    if (score + kEpsilon < min_score) continue;

    Finding f;
    f.rule_id = rule.id;
    f.category = rule.category;
    std::tie(f.begin, f.end) = nt.ToOriginal(b, e);
    if (subject != nullptr && subject->IsSubjectValue(rule.category, candidate)) {
      f.party = kSubjectOwn;
      if (rule.category == "postcode") {  // a neighbour's too, after their address (DetectDocument)
        f.score = score;
        f.reason = valid ? rule.reason : rule.invalid_reason;
        f.exemption = rule.exemption;
      }
      postcode_too(f);
      out->push_back(std::move(f));
      continue;
    }
    f.score = score;
    f.reason = valid ? rule.reason : rule.invalid_reason;  // "pattern[+validator[-failed]:name]"
    if (cue) {
      f.reason += cue->column ? "+cue:'column:" : "+cue:'";
      f.reason += *cue->word;
      f.reason += '\'';
    } else if (page_cued) {
      f.reason += "+page-cue:'";
      f.reason += *page_cue->get();
      f.reason += '\'';
    }
    f.exemption = rule.exemption;
    f.party = kThirdParty;
    if (!staff.words.empty() && (staff.categories.empty() || std::find(staff.categories.begin(), staff.categories.end(),
                                                                      rule.category) != staff.categories.end())) {
      // A staff cue serves the first candidate of this rule after it only.
      size_t wb = std::max(b > staff.window ? b - staff.window : 0, std::min(previous_end, b));
      if (staff.words.Last(text, wb, b, false) != std::string_view::npos) f.party = kStaff;
    }
    postcode_too(f);
    out->push_back(std::move(f));
  }
}

Detector::Detector(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Detector::~Detector() = default;

Result<std::unique_ptr<Detector>> Detector::Load(const RulesOptions& options) {
  std::string text;
  std::string origin;
  if (options.path.empty()) {
    text = std::string(DefaultRulesYaml());
    origin = "embedded rules uk-justice.yaml";
  } else {
    origin = "rules file " + options.path;
    std::ifstream in(options.path, std::ios::binary);
    if (!in) return NotFound(origin + " cannot be read");
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }

  Json doc;
  try {
    doc = YamlToJson(YAML::Load(text));
  } catch (const YAML::Exception& e) {
    return InvalidInput(origin + " is not valid YAML (line " + std::to_string(e.mark.line + 1) + ", column " +
                        std::to_string(e.mark.column + 1) + ")");
  }
  if (Status s = CheckRules(doc, origin); !s.ok()) return s.error();
  if (Status s = model::SchemaRegistry::Default().Validate("rules", doc); !s.ok()) {
    return InvalidInput(origin + NameFailingRule(doc, s.error().message) + " " + s.error().message);
  }

  auto impl = std::make_unique<Impl>();
  impl->min_score = doc.value("min_score", 0.5);
  const std::string default_exemption = doc.value("default_exemption", "DPA2018-Sch2-Pt3-para16");
  impl->default_exemption = default_exemption;
  impl->find_names = options.names;
  impl->redact_staff_names = options.redact_staff_names;
  impl->prefilter = options.prefilter;
  {
    // The built-in bodies, then the deployment's own establishments added to them.
    auto bodies = PublicBodies::Parse(DefaultPublicBodiesYaml(), "embedded public-bodies.yaml");
    if (!bodies.ok()) return bodies.error();
    if (!options.public_bodies_path.empty()) {
      const std::string bodies_origin = "public bodies file " + options.public_bodies_path;
      std::ifstream in(options.public_bodies_path, std::ios::binary);
      if (!in) return NotFound(bodies_origin + " cannot be read");
      std::ostringstream ss;
      ss << in.rdbuf();
      auto own = PublicBodies::Parse(ss.str(), bodies_origin);
      if (!own.ok()) return own.error();
      bodies->Add(*own);
    }
    impl->public_bodies = std::move(*bodies);
  }
  if (doc.contains("staff_context")) {
    const Json& sc = doc["staff_context"];
    impl->staff.words = WordSet(FoldedStrings(sc["words"]));
    impl->staff.window = sc.value("window", 60);
    if (sc.contains("categories")) {
      for (const auto& c : sc["categories"]) impl->staff.categories.push_back(c.get<std::string>());
    }
  }
  RE2::Options set_options = RuleOptions();
  set_options.set_max_mem(256 << 20);
  impl->set = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
  for (const Json& r : doc["rules"]) {
    Rule rule;
    rule.id = r["id"].get<std::string>();
    rule.category = r["category"].get<std::string>();
    rule.exemption = r.value("exemption", default_exemption);
    rule.score = r["score"].get<double>();
    rule.validator = *ValidatorFromName(r.value("validator", "none"));
    rule.reason = "pattern";
    if (rule.validator != Validator::kNone) {
      rule.reason += std::string("+validator:") + ValidatorName(rule.validator);
      rule.invalid_reason = std::string("pattern+validator-failed:") + ValidatorName(rule.validator);
    }
    if (r.contains("invalid_score")) rule.invalid_score = r["invalid_score"].get<double>();
    rule.postal_code_after = r.value("postal_code_after", false);
    if (r.contains("exclude")) {
      for (const auto& v : r["exclude"]) rule.exclude.push_back(AlnumUpper(v.get<std::string>()));
    }
    const std::string pattern = r["pattern"].get<std::string>();
    rule.re = std::make_unique<RE2>(pattern, RuleOptions());
    rule.whole = GroupIsWholeMatch(pattern) && rule.re->NumberOfCapturingGroups() == 1;
    if (r.contains("context")) {
      const Json& c = r["context"];
      rule.context.present = true;
      rule.context.words = WordSet(FoldedStrings(c["words"]));
      if (c.contains("negative")) rule.context.negative = WordSet(FoldedStrings(c["negative"]));
      rule.context.window = c.value("window", 40);
      rule.context.after = c.value("after", 0);
      rule.context.required = c.value("required", false);
      rule.context.first_only = c.value("first_only", false);
      rule.context.boost = c.value("boost", 0.2);
      if (c.contains("page_words")) {
        rule.context.page_words = WordSet(FoldedStrings(c["page_words"]));
        rule.context.page_score = c.value("page_score", rule.score);
      }
      if (c.contains("column_words")) rule.context.column_words = WordSet(FoldedStrings(c["column_words"]));
    }
    rule.match = Examples(r["examples"]["match"]);
    if (r["examples"].contains("no_match")) rule.no_match = Examples(r["examples"]["no_match"]);
    std::string error;
    if (impl->set->Add(pattern, &error) < 0) {
      return InvalidInput(origin + ": rule '" + rule.id + "' cannot join the rule set: " + error);
    }
    if (auto need = RequiredBytes(pattern)) {
      for (size_t c = 0; c < 256; ++c) impl->trigger[c] = impl->trigger[c] || (*need)[c];
    } else {
      impl->skip_blocks = false;
    }
    impl->rules.push_back(std::move(rule));
  }
  if (!impl->set->Compile()) return Internal(origin + ": the combined rule set does not compile (out of memory)");
  for (const Rule& rule : impl->rules) {
    if (rule.id == "uk.date_of_birth") impl->dob_rule = &rule;
    if (rule.id == "uk.email") impl->email_rule = &rule;
    if (rule.id == "uk.street_address") impl->street_rule = &rule;
  }
  return std::make_unique<Detector>(std::move(impl));
}

std::vector<Finding> Detector::Detect(std::string_view page_text, const SubjectProfile& subject) const {
  BundleContext local;
  return std::move(DetectDocument({page_text}, subject, &local)[0]);
}

namespace {

// Sorts by begin and merges overlapping findings into their union, keeping the rule, reason and
// score of the highest-scoring one.
std::vector<Finding> MergeFindings(std::vector<Finding> raw) {
  // Sort positions, not the findings themselves (moving a Finding moves five strings).
  std::vector<uint32_t> order(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) order[i] = static_cast<uint32_t>(i);
  std::sort(order.begin(), order.end(), [&raw](uint32_t x, uint32_t y) {
    const Finding& a = raw[x];
    const Finding& b = raw[y];
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    if (a.rule_id != b.rule_id) return a.rule_id < b.rule_id;  // independent of the order rules ran in
    return x < y;
  });
  std::vector<Finding> merged;
  merged.reserve(raw.size());
  for (uint32_t i : order) {
    Finding& f = raw[i];
    if (!merged.empty() && f.begin < merged.back().end) {
      Finding& m = merged.back();
      const size_t begin = m.begin, end = std::max(m.end, f.end);
      // (A town inside an address read as a name leaves it an address.)
      const bool town = m.category == "address" && f.category == "name" && f.end <= m.end;
      if (f.score > m.score && !town) m = std::move(f);
      m.begin = begin;
      m.end = end;
      continue;
    }
    merged.push_back(std::move(f));
  }
  return merged;
}

// Categories whose values bundle.json cannot always declare for the subject, learned instead
// from a layout row that names the subject alone ("Jermaine McKenzie   16-55-85  80966153"), or
// for a date of birth, an alias's date in brackets after it (DateOfBirthAfterSubject).
bool Learnable(std::string_view category) {
  static constexpr std::string_view kCategories[] = {"sort_code", "account_number", "iban", "payment_card",
                                                     "vehicle_registration", "passport", "driving_licence",
                                                     "phone", "email", "ip_address", "nhs_number",
                                                     "date_of_birth"};
  return std::find(std::begin(kCategories), std::end(kCategories), category) != std::end(kCategories);
}

// The line holding text[b, e), read at most kRowReach bytes either side (a page with no line
// breaks stays linear).
std::string_view LineAround(std::string_view page, size_t b, size_t e) {
  constexpr size_t kRowReach = 512;
  const size_t reach_begin = b > kRowReach ? b - kRowReach : 0;
  const size_t reach_end = std::min(page.size(), e + kRowReach);
  const size_t nl = page.substr(reach_begin, b - reach_begin).rfind('\n');
  const size_t line_begin = nl == std::string_view::npos ? reach_begin : reach_begin + nl + 1;
  const size_t eol = page.substr(e, reach_end - e).find('\n');
  const size_t line_end = eol == std::string_view::npos ? reach_end : e + eol;
  return page.substr(line_begin, line_end - line_begin);
}

// The name findings of a page (a third party's or staff's: the subject's own are never
// findings), for the question "is anyone named on this line?" asked once a learnable value:
// sorted by start, with the furthest end so far, so that the answer is one binary search.
class PageNames {
 public:
  // With `without_staff`, the names of staff acting in their role are left out: an officer who
  // checked a form ("Checked by: M. Vaughan") holds nothing on it.
  explicit PageNames(const std::vector<Finding>& raw, bool without_staff = false) {
    for (const Finding& f : raw) {
      if (f.category == "name" && !(without_staff && f.party == kStaff)) spans_.emplace_back(f.begin, f.end);
    }
    std::sort(spans_.begin(), spans_.end());
    size_t furthest = 0;
    for (const auto& s : spans_) max_end_.push_back(furthest = std::max(furthest, s.second));
  }
  // True when a name overlaps `line`, a view into `page`.
  bool OnLine(std::string_view page, std::string_view line) const {
    const size_t begin = static_cast<size_t>(line.data() - page.data());
    const size_t end = begin + line.size();
    // The names that start before the line ends; one of them overlaps it when the furthest end
    // among them passes the line's start.
    const size_t n = static_cast<size_t>(
        std::lower_bound(spans_.begin(), spans_.end(), std::pair<size_t, size_t>{end, 0}) - spans_.begin());
    return n > 0 && max_end_[n - 1] > begin;
  }
  // True when one of the names holds `word` (in any case) as a whole word: "Shanice Malik" holds
  // "malik".
  bool AnyHasWord(std::string_view page, std::string_view word) const {
    for (const auto& [b, e] : spans_) {
      const std::string_view name = page.substr(b, e - b);
      for (size_t at = 0; at + word.size() <= name.size(); ++at) {
        if ((at == 0 || !IsAlnum(name[at - 1])) &&
            (at + word.size() == name.size() || !IsAlnum(name[at + word.size()])) &&
            std::equal(word.begin(), word.end(), name.begin() + static_cast<std::ptrdiff_t>(at),
                       [](char a, char c) { return Lower(a) == Lower(c); })) {
          return true;
        }
      }
    }
    return false;
  }

 private:
  std::vector<std::pair<size_t, size_t>> spans_;
  std::vector<size_t> max_end_;
};

// Words that name who holds a value on its row: the subject's name right after one makes the
// value the subject's ("OL12 RDZ  Vauxhall Corsa  Keeper: CHAUDHRY, Faisal").
const WordSet& OwnerWords() {
  static const WordSet kWords({"keeper", "registered keeper", "owner", "registered owner", "account holder",
                               "account name", "name on account", "cardholder", "card holder", "registered to"});
  return kWords;
}

// The word "own" ("own debit card", "(own car)", "own account").
const WordSet& OwnWord() {
  static const WordSet kOwn({"own"});
  return kOwn;
}

// Words that tie a value on a line to someone other than the person a form is about.
const WordSet& OtherPartyWords() {
  static const WordSet kWords(
      {"victim", "witness", "complainant", "co-defendant", "co-accused", "suspect", "associate", "partner",
       "ex-partner", "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister", "aunt", "uncle",
       "cousin", "nephew", "niece", "grandmother", "grandfather", "girlfriend", "boyfriend", "friend", "mum", "dad",
       "relative", "family", "kin", "visitor", "cellmate", "solicitor", "caller", "keeper", "owner", "holder",
       "another", "other", "third party", "unknown"});
  return kWords;
}

// Where a form's label ends in `s` (from `from`): its ':' or, in a form laid out with dot
// leaders, the space before the dots ("Surname ......... PASCOE-TRELOAR", "Previous address .
// 3 Chapel Terrace"): two or more dots, or one between spaces. npos when there is neither.
size_t LabelSeparator(std::string_view s, size_t from = 0) {
  size_t colon = s.find(':', from);
  // (Searched by its dots, which are rarer than spaces.)
  for (size_t d = s.find('.', from + 1); d != std::string_view::npos && d < colon; d = s.find('.', d + 1)) {
    if (s[d - 1] != ' ') continue;
    size_t q = d;
    while (q < s.size() && s[q] == '.') ++q;
    if ((q - d >= 2 || (q < s.size() && s[q] == ' ')) && (q == s.size() || s[q] == ' ')) return d - 1;
    d = q - 1;
  }
  return colon;
}
// Where the value after the separator at `sep` starts: past the ':' or the dots, and spaces.
size_t ValueAfterSeparator(std::string_view s, size_t sep) {
  size_t v = sep;
  while (v < s.size() && (s[v] == ':' || s[v] == '.' || s[v] == ' ')) ++v;
  return v;
}
// A form's line that holds a person's own details after their name: a number on it ("Key holder
// ....... daughter Loveday HOCKING, 07700 900904").
bool SelfContainedRecord(std::string_view l) {
  const size_t sep = LabelSeparator(l);
  return sep != std::string_view::npos && sep > 0 && sep <= 40 &&
         l.find_first_of("0123456789", sep) != std::string_view::npos;
}
// A form's line: a label of at most 40 bytes, then ':' or a dot leader.
bool IsFormLine(std::string_view l) {
  const size_t sep = LabelSeparator(l);
  return sep != std::string_view::npos && sep > 0 && sep <= 40;
}

// The block of lines holding `line` (a whole line of `page`): the lines above and below it up to
// a blank line, at most kBlockLines and kBlockReach bytes each way, so that a page of one
// endless line stays linear. nullopt when `line` is not whole (LineAround cut it). With
// `own_caption`, a block under a caption that calls it the subject's own ("BANK (for Universal
// Credit - own account)") goes on with the block above it, past one blank line.
std::optional<std::string_view> BlockAround(std::string_view page, std::string_view line, bool own_caption) {
  auto is_form_line = IsFormLine;
  constexpr size_t kBlockLines = 30, kBlockReach = 2048;
  size_t begin = static_cast<size_t>(line.data() - page.data()), end = begin + line.size();
  if ((begin > 0 && page[begin - 1] != '\n') || (end < page.size() && page[end] != '\n')) return std::nullopt;
  const size_t reach_lo = begin > kBlockReach ? begin - kBlockReach : 0;
  const size_t reach_hi = std::min(page.size(), end + kBlockReach);
  auto blank = [](std::string_view l) { return l.find_first_not_of(" \t\r") == std::string_view::npos; };
  bool crossed = false;
  for (size_t n = 0; n < kBlockLines && begin > reach_lo; ++n) {
    const size_t prev_end = begin - 1;  // the '\n' before the block
    const size_t nl = page.substr(reach_lo, prev_end - reach_lo).rfind('\n');
    if (nl == std::string_view::npos && reach_lo > 0) break;  // the line above starts beyond reach
    const size_t prev_begin = nl == std::string_view::npos ? 0 : reach_lo + nl + 1;
    if (blank(page.substr(prev_begin, prev_end - prev_begin))) {
      const std::string_view caption = page.substr(begin, page.find('\n', begin) - begin);
      if (!own_caption || crossed || is_form_line(caption) ||
          OwnWord().Last(caption, 0, caption.size(), true) == std::string_view::npos) {
        break;
      }
      crossed = true;
    }
    begin = prev_begin;
  }
  for (size_t n = 0; n < kBlockLines && end < reach_hi; ++n) {
    const size_t next_begin = end + 1;
    const size_t nl = page.substr(next_begin, reach_hi - next_begin).find('\n');
    if (nl == std::string_view::npos && reach_hi < page.size()) break;  // the line below ends beyond reach
    const size_t next_end = nl == std::string_view::npos ? reach_hi : next_begin + nl;
    if (blank(page.substr(next_begin, next_end - next_begin))) break;
    end = next_end;
  }
  return page.substr(begin, end - begin);
}

// Labels of the field that holds the name of the person a form is about.
const WordSet& PersonLabels() {
  static const WordSet kLabels({"subject", "name", "full name", "surname", "family name", "forename", "forenames",
                                "forename(s)", "detained person", "prisoner", "offender", "nominal", "defendant",
                                "client", "service user", "names", "first names", "given names", "applicant",
                                "customer", "guest", "lead guest", "hirer", "patient", "registered person",
                                "tenant", "claimant", "policyholder", "policy holder", "account holder",
                                "subscriber", "employee",
                                // (Children's, tribunals', hostels' and extradition papers: "Child:",
                                // "Young person:", "Appellant:", "Resident:", "Requested person:".)
                                "child", "young person", "pupil", "student", "resident", "appellant",
                                "requested person", "suspect", "accused",
                                // (OCR's "rn" for "m": "Narne ........ KOWALCZYK MALGORZATA J".)
                                "narne", "full narne"});
  return kLabels;
}

// The fields of a form's line, as (label, value): "Label: value", or a layout's cells taken in
// pairs ("Surname   PRITCHARD   Forenames  Gareth Rhys"); a cell "Label:" with nothing after
// the colon takes the next cell as its value.
std::vector<std::pair<std::string_view, std::string_view>> FieldsOf(std::string_view line) {
  std::vector<std::string_view> cells;
  for (size_t at = line.find_first_not_of(' '); at < line.size();) {
    size_t gap = line.find("  ", at);
    if (gap == std::string_view::npos) gap = line.size();
    cells.push_back(line.substr(at, gap - at));
    at = line.find_first_not_of(' ', gap);
  }
  std::vector<std::pair<std::string_view, std::string_view>> out;
  for (size_t i = 0; i < cells.size(); ++i) {
    const std::string_view c = cells[i];
    // A label's colon is followed by a space or ends the cell ("10:30" is a time); or a dot leader.
    size_t colon = c.find(": ");
    if (colon == std::string_view::npos && c.ends_with(':')) colon = c.size() - 1;
    const size_t leader = LabelSeparator(c);
    if (leader != std::string_view::npos && leader < colon && c[leader] == ' ') colon = leader;
    if (colon != std::string_view::npos && colon > 0) {
      std::string_view value = c.substr(ValueAfterSeparator(c, colon));
      if (value.empty() && i + 1 < cells.size() && cells[i + 1].find(':') == std::string_view::npos) value = cells[++i];
      out.emplace_back(c.substr(0, colon), value);
    } else if (i + 1 < cells.size() && cells[i + 1].find(':') == std::string_view::npos) {
      out.emplace_back(c, cells[i + 1]);
      ++i;
    }
  }
  return out;
}

// True when a document is a form about the subject: the first field near the top of its pages
// whose label is for the person it is about ("Surname", "Applicant", "Guest name") and whose
// value names someone names the subject alone. A visitor's form, which opens with the visitor's name, or a
// referral opening with its referrer's, is not.
bool FormAboutSubject(const NameFinder& names, const SubjectProfile& subject,
                      const std::vector<std::string_view>& pages) {
  static const WordSet kPlaces({"establishment", "prison", "court", "team", "unit", "office", "bank", "company",
                                "organisation", "school", "hospital", "practice", "surgery", "station", "service",
                                "hotel", "premises", "employer", "agency", "branch"});
  // A form names its person near the top of a page: the first kHead bytes of each are read.
  constexpr size_t kHead = 1536;
  for (std::string_view page : pages) {
    for (size_t at = 0; at < std::min(page.size(), kHead);) {
      const size_t eol = std::min(page.find('\n', at), page.size());
      const std::string_view line = page.substr(at, eol - at);
      at = eol + 1;
      if (line.find(": ") == std::string_view::npos && line.find("  ") == std::string_view::npos &&
          !line.ends_with(':') && !IsFormLine(line)) {
        continue;
      }
      for (const auto& [label, value] : FieldsOf(line)) {
        size_t label_end = 0;
        if (label.size() > 40 || PersonLabels().Last(label, 0, label.size(), true, nullptr, &label_end) ==
                                     std::string_view::npos ||
            label_end != label.size() || kPlaces.Last(label, 0, label.size(), true) != std::string_view::npos) {
          continue;
        }
        const NameFinder::WordCount count =
            names.CountNameWords(value, subject.NameWords(), subject.ForenameInitials());
        if (count.subject + count.other == 0) continue;  // "Title: Mr"
        return count.subject > 0 && count.other == 0 && count.after_other_initial == 0;
      }
    }
  }
  return false;
}

// True when `text` speaks of a party other than the one a form is about: a relative's or other
// party's word (OtherPartyWords) or a form's label for another party ("EMERGENCY CONTACT",
// "Landlord", "Referrer"); with `places`, also a visitor, next of kin, school, work or
// establishment, a key holder or other occupants (whose addresses a form gives too).
bool SpeaksOfAnotherParty(std::string_view text, bool places = false) {
  static const WordSet kOthers({"contact", "emergency", "referrer", "employer", "landlord", "householder",
                                "occupier", "payer", "payee", "sender", "recipient", "beneficiary", "guarantor"});
  static const WordSet kPlaces({"visitor", "kin", "school", "work", "establishment", "key holder", "occupants"});
  return OtherPartyWords().Last(text, 0, text.size(), true) != std::string_view::npos ||
         kOthers.Last(text, 0, text.size(), true) != std::string_view::npos ||
         (places && kPlaces.Last(text, 0, text.size(), true) != std::string_view::npos);
}

// True, in a form about the subject (FormAboutSubject), when the value at line[b, ..) fills a
// field of it ("Sort code:   40-98-34", "Bank account   sort code 40-98-34  account 34831951",
// "4b Own bank account:   208067 / 79064412") whose label names something a person holds and
// speaks of no other party, in a block of lines (up to a blank line) that names no one else and
// whose heading speaks of no other party ("SECTION 4  EMERGENCY CONTACT" is someone else's).
bool FieldOfSubjectForm(std::string_view page, std::string_view line, size_t b, const PageNames& names_on_page,
                        bool contact) {
  auto other_party = [](std::string_view text) { return SpeaksOfAnotherParty(text); };
  const size_t first = line.find_first_not_of(' ');
  if (first == std::string_view::npos || first >= b) return false;
  size_t label_end = std::min({LabelSeparator(line, first), line.find("  ", first), b});
  const std::string_view label = line.substr(first, label_end - first);
  // The label names something a person holds: an account, a card, a document, a vehicle, a
  // connection ("Car park register:" or "Visit ID:" are no one's).
  static const WordSet kHeld({"bank", "bank account", "sort code", "account", "account number", "iban", "card",
                              "debit card", "credit card", "passport", "driving licence", "licence", "vehicle",
                              "vehicles", "vehicles used", "vehicle registration", "ip", "ip address",
                              "broadband", "nhs", "nhs number", "own"});
  // (A phone's or e-mail address's field: "Mobile ........", "Home:", "E-mail ......".)
  static const WordSet kContact({"mobile", "phone", "telephone", "tel", "home", "landline", "email", "e-mail"});
  const WordSet& held = contact ? kContact : kHeld;
  auto holds = [&](std::string_view l, size_t longest) {
    return !l.empty() && l.size() <= longest && !other_party(l) && held.Last(l, 0, l.size(), true) != std::string_view::npos;
  };
  // Else the words of the value's own cell before it, after a layout gap: "NET PAY 1,756.04
  // Paid by BACS to sort code 30-96-21" (a payslip's).
  const size_t gap = line.substr(0, b).rfind("  ");
  const size_t cell = gap == std::string_view::npos ? first : line.find_first_not_of(' ', gap);
  if (label_end == b || !(holds(label, 40) || (cell > first && cell < b && holds(line.substr(cell, b - cell), 64)))) {
    return false;
  }
  // Nor when what comes before the value in its field ties it to someone else: "Vehicle   LV68 HTD
  // (SORN) / travels with BK21 XWN".
  static const WordSet kAnothers({"with", "travels with", "belongs to", "belonging to", "registered to", "owned by",
                                  "borrowed", "lent"});
  const std::string_view lead = line.substr(label_end, b - label_end);
  if (kAnothers.Last(lead, 0, lead.size(), true) != std::string_view::npos || other_party(lead)) return false;
  const std::optional<std::string_view> block = BlockAround(page, line, false);
  if (!block) return false;
  // (A phone or e-mail address in a block that names a firm is the firm's: a solicitors'
  // letterhead over "Our client: <the subject>".)
  static const WordSet kFirm({"solicitors", "llp", "ltd", "limited", "plc", "chambers", "law", "legal services"});
  if (contact && kFirm.Last(*block, 0, block->size(), true) != std::string_view::npos) return false;
  // No one else is named in the block, but below the value on a line about another party ("Pay
  // landlord direct? Yes - Mrs Y Abernethy, sort code ...").
  const size_t line_end = static_cast<size_t>(line.data() - page.data()) + line.size();
  const size_t block_begin = static_cast<size_t>(block->data() - page.data());
  for (size_t at = block_begin; at < block_begin + block->size();) {
    const size_t eol = std::min(page.find('\n', at), block_begin + block->size());
    const std::string_view l = page.substr(at, eol - at);
    at = eol + 1;
    // (Above the value, only on a field of its own for the other party that holds their details
    // too, "Regular visitor .. partner Ann Pike, 07700 900377" (after "Visitor: Ann Pike" the
    // fields below are the visitor's); below it, on any line about them.)
    // (A phone or e-mail address: anyone named in the block, a firm's letterhead over "Solicitor
    // with conduct: ...".)
    if (names_on_page.OnLine(page, l) &&
        (contact || l.data() == line.data() || !other_party(l) || (eol <= line_end && !SelfContainedRecord(l)))) {
      return false;
    }
  }
  const std::string_view heading = block->substr(0, block->find('\n'));
  return heading == line || !other_party(heading);
}

// True, in a form about the subject (FormAboutSubject), when the address or postcode at line[b, ..)
// fills a field for where the person lives or has lived: "Previous address (if less than 3 yrs):",
// "Address history:" and the indented lines under it, "ADDRESSES:", or a table under a heading
// "WHERE YOU HAVE LIVED"; not a field or heading for another party ("Landlord address:",
// "EMERGENCY CONTACT"), and in a block that names no one else (as FieldOfSubjectForm).
bool AddressFieldOfSubjectForm(std::string_view page, std::string_view line, size_t b,
                               const PageNames& names_on_page) {
  static const WordSet kLived({"address", "addresses", "address history", "previous address", "home address",
                               "current address", "lived", "where you have lived", "claiming for", "previous"});
  auto lived = [](std::string_view l) {
    return !l.empty() && l.size() <= 60 && kLived.Last(l, 0, l.size(), true) != std::string_view::npos &&
           !SpeaksOfAnotherParty(l, true);
  };
  const std::optional<std::string_view> block = BlockAround(page, line, false);
  if (!block) return false;
  // No one else is named in the block, but on a field of its own for another party that holds
  // their details too ("Regular visitor .. partner Demelza ROWE, 11 Wesley Close, ...", "Key
  // holder ....... daughter Loveday HOCKING, 07700 900904"; not "Visitor: Ann Pike", whose
  // details the fields below give).
  auto another_party = [](std::string_view l) { return SelfContainedRecord(l) && SpeaksOfAnotherParty(l, true); };
  for (size_t at = 0; at < block->size();) {
    const size_t eol = std::min(block->find('\n', at), block->size());
    const std::string_view l = block->substr(at, eol - at);
    if (names_on_page.OnLine(page, l) && (l.data() == line.data() || !another_party(l))) return false;
    at = eol + 1;
  }
  const std::string_view heading = block->substr(0, block->find('\n'));
  if (heading != line && SpeaksOfAnotherParty(heading, true)) return false;  // under "EMERGENCY CONTACT"
  if (line.starts_with('|')) return heading != line && lived(heading);  // a table's row
  // The label of the value's line, or of the line its indented value continues (at most the
  // block's kBlockLines lines up: BlockAround's own limit).
  std::string_view l = line;
  size_t value = b;
  for (int up = 0; up < 30; ++up) {
    const size_t first = l.find_first_not_of(' ');
    if (first == std::string_view::npos) return false;
    const size_t label_end = std::min(LabelSeparator(l, first), std::min(l.find("  ", first), value));
    if (first < 4 || label_end < value) {
      return label_end < value && label_end - first <= 60 && lived(l.substr(first, label_end - first));
    }
    // An indented line with nothing before the value: the line above holds the label.
    const size_t l_begin = static_cast<size_t>(l.data() - page.data());
    if (l_begin < 2 || l.data() == block->data()) return false;
    const size_t above = page.rfind('\n', l_begin - 2);
    const size_t above_begin = above == std::string_view::npos ? 0 : above + 1;
    l = page.substr(above_begin, l_begin - 1 - above_begin);
    value = l.size();
  }
  return false;
}

// True when the form around text[b, e) is about the subject: the value's line is a "Label: value"
// line, in a block of lines (up to a blank line) that names nobody but the subject, where a
// label for the person the form is about ("Surname:", "Name:", "Subject:") holds the subject's
// name, and the value's line holds no word for another party. A custody record's "Vehicle:"
// under its detained person's "Surname:" and "Forename(s):" is the detainee's; a visitor's car
// below a prisoner's name is not, since the block names the visitor (or the car sits in a
// paragraph of its own).
bool InSubjectForm(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                   std::string_view line, const PageNames& names_on_page) {
  auto is_form_line = IsFormLine;
  if (!is_form_line(line) || OtherPartyWords().Last(line, 0, line.size(), true) != std::string_view::npos) {
    return false;
  }
  const std::optional<std::string_view> block = BlockAround(page, line, true);
  if (!block) return false;
  const size_t begin = static_cast<size_t>(block->data() - page.data()), end = begin + block->size();
  // No one else is named in the block, but below the value on a line of its own for another
  // party ("Other party: @tbone.hb, Tyrone Forbes"; a "Visitor:" line above a vehicle makes it
  // the visitor's).
  const size_t value_line_end = static_cast<size_t>(line.data() - page.data()) + line.size();
  for (size_t at = begin; at < end;) {
    const size_t eol = std::min(page.find('\n', at), end);
    const std::string_view l = page.substr(at, eol - at);
    at = eol + 1;
    if (!names_on_page.OnLine(page, l)) continue;
    const size_t colon = l.find(':');
    if (eol <= value_line_end || colon == std::string_view::npos || colon > 40 ||
        OtherPartyWords().Last(l, 0, colon, true) == std::string_view::npos) {
      return false;
    }
  }
  const WordSet& kPersonLabels = PersonLabels();
  for (size_t at = begin; at < end;) {
    const size_t eol = std::min(page.find('\n', at), end);
    const std::string_view l = page.substr(at, eol - at);
    at = eol + 1;
    // "Label: value", or a row of two cells "| Label | value |".
    std::string_view label, value;
    if (l.starts_with("| ") && std::count(l.begin(), l.end(), '|') == 3) {
      const size_t bar = l.find('|', 1);
      label = l.substr(2, bar - 2);
      while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
      value = l.substr(bar + 1, l.rfind('|') - bar - 1);
    } else if (is_form_line(l)) {
      const size_t sep = LabelSeparator(l);
      label = l.substr(0, sep);
      value = l.substr(ValueAfterSeparator(l, sep));
    } else {
      continue;
    }
    size_t label_end = 0;
    if (kPersonLabels.Last(label, 0, label.size(), true, nullptr, &label_end) == std::string_view::npos ||
        label_end != label.size()) {
      continue;
    }
    value.remove_prefix(std::min(value.find_first_not_of(' '), value.size()));
    value = value.substr(0, value.find("  "));  // up to the next field of a layout
    const NameFinder::WordCount count = names.CountNameWords(value, subject.NameWords(), subject.ForenameInitials());
    if (count.subject > 0 && count.other == 0) return true;
  }
  return false;
}

// The sentence of `line` that holds line[b, e). (A '.' after a capital letter is an initial's, not
// a sentence end.)
std::string_view SentenceAround(std::string_view line, size_t b, size_t e) {
  auto ends_sentence = [&](size_t i) {
    return line[i] == '.' && (i + 1 == line.size() || line[i + 1] == ' ') && !(i > 0 && IsUpperAscii(line[i - 1]) &&
                                                                              (i == 1 || !IsAlnum(line[i - 2])));
  };
  size_t from = b;
  while (from > 0 && !ends_sentence(from - 1)) --from;
  size_t to = e;
  while (to < line.size() && !ends_sentence(to)) ++to;
  return line.substr(from, to - from);
}

// True when the words just after line[b, e) call it "own" ("driving RE65 NPU (own car,
// uninsured)", "FW05 RXJ, his own silver Astra") and its sentence names the subject and no one
// else.
bool OwnAfterInSentence(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                        std::string_view line, size_t b, size_t e, const PageNames& names_on_page) {
  const std::string_view after = line.substr(e, 16);
  if (OwnWord().Last(after, 0, after.size(), true) == std::string_view::npos) return false;
  const std::string_view sentence = SentenceAround(line, b, e);
  const NameFinder::WordCount named = names.CountNameWords(sentence, subject.NameWords(), subject.ForenameInitials());
  return named.subject > 0 && named.other == 0 && !names_on_page.OnLine(page, sentence);
}

// The sentence of the page holding page[b, e): it may run over line breaks, at most kReach bytes
// each way, and not past a blank line.
std::string_view SentenceOnPage(std::string_view page, size_t b, size_t e) {
  constexpr size_t kReach = 240;
  // (Not after an initial, "J. Smith", nor "no." before a number: "(account no. 40718263)".)
  auto abbreviation = [&](size_t i) {
    return (i > 0 && IsUpperAscii(page[i - 1]) && (i == 1 || !IsAlnum(page[i - 2]))) ||
           (i >= 2 && Lower(page[i - 2]) == 'n' && Lower(page[i - 1]) == 'o' && (i == 2 || !IsAlnum(page[i - 3])) &&
            i + 2 < page.size() && IsDigitAscii(page[i + 2]));
  };
  auto ends = [&](size_t i) {
    return (page[i] == '.' && (i + 1 == page.size() || page[i + 1] == ' ' || page[i + 1] == '\n') && !abbreviation(i)) ||
           (page[i] == '\n' && i + 1 < page.size() && page[i + 1] == '\n');
  };
  size_t from = b;
  while (from > 0 && b - from < kReach && !ends(from - 1)) --from;
  size_t to = e;
  while (to < page.size() && to - e < kReach && !ends(to)) ++to;
  return page.substr(from, to - from);
}

// True, in a document about the subject (a form about them or a letter to them), when the
// sentence holding page[b, e) names no one and says whose the value is by the person the
// document is about: "own" after "his", "her", "your", "my", "you", "prisoner's" or
// "applicant's" before it ("Transfer from the prisoner's own account (sort code ...", "any vehicle
// you own or use, including JR57 UFF", "his own car (JR57 UFF)"), "is mine" or "(his own ...)"
// after it ("Car JR57UFF is mine.", "account 71836205 (his own account)"), or the sentence opens
// with the applicant ("Applicant states he held an account ... 27128398"). (The sentence:
// SentenceOnPage.)
bool OwnedInSubjectDocument(std::string_view page, size_t b, size_t e, const PageNames& names_on_page) {
  const std::string_view sentence = SentenceOnPage(page, b, e);
  if (names_on_page.OnLine(page, sentence)) return false;
  const size_t from = static_cast<size_t>(sentence.data() - page.data());
  const std::string_view before = page.substr(from, b - from);
  static const WordSet kWhose({"his own", "her own", "their own", "your own", "my own", "you own", "prisoner's own",
                               "applicant's own", "applicant states", "applicant stated", "applicant has"});
  if (kWhose.Last(before, 0, before.size(), true) != std::string_view::npos) return true;
  const std::string_view after = page.substr(e, std::min<size_t>(12, page.size() - e));
  return after.starts_with(" is mine") || after.starts_with(" (mine)") || after.starts_with(" (his own ") ||
         after.starts_with(" (her own ") || after.starts_with(" (their own ");
}

// True when the value page[b, e) is said, near it on the page, not to be someone's: a mention
// of it followed by "is not" or "was not" ("Note: plate YR71 DUX is not registered to either
// user"). A row or sentence that seemed to give it to the subject is then not trusted. (Only
// kReach bytes either side of the value are read, and at most kMentions mentions, so that a page
// of thousands of such values stays linear.)
bool DisownedOnPage(std::string_view page, size_t b, size_t e) {
  const std::string_view value = page.substr(b, e - b);
  constexpr size_t kReach = 4096;
  const size_t from = b > kReach ? b - kReach : 0;
  const std::string_view near = page.substr(from, std::min(page.size(), e + kReach) - from);
  constexpr int kMentions = 16;
  int mentions = 0;
  for (size_t k = near.find(value); k != std::string_view::npos && mentions++ < kMentions;
       k = near.find(value, k + 1)) {
    const std::string_view after = near.substr(k + value.size(), std::min<size_t>(16, near.size() - k - value.size()));
    if (after.starts_with(" is not ") || after.starts_with(" was not ") || after.starts_with(" isn't ") ||
        after.starts_with(" wasn't ") || after.starts_with(" is no longer ")) {
      return true;
    }
  }
  return false;
}

// True, on a page that names the subject, when the bank value `f` is of an account held jointly
// ("Payments were made to the joint account\n   Sort code 40-62-28", "Joint account with husband
// Tariq Mahmood\n   Sort code ...", "the joint account 40-62-28 / 31447209"): the subject is a
// holder, so it is theirs too. Not after "my" or "our" (the writer's), "his", "her" or "their",
// nor past another account named in between ("Husband's sole account"), nor in a sentence about
// a victim. Or, in a letter to the subject, when "your own" account is said on its line.
bool JointOrYourOwnAccount(std::string_view page, const Finding& f, bool letter_to_subject) {
  if (f.category != "sort_code" && f.category != "account_number" && f.category != "iban") return false;
  const std::string_view line = LineAround(page, f.begin, f.end);
  if (letter_to_subject && (line.find("your own") != std::string_view::npos ||
                            line.find("Your own") != std::string_view::npos)) {
    return true;
  }
  constexpr size_t kReach = 160;
  const size_t from = f.begin > kReach ? f.begin - kReach : 0;
  std::string before(page.substr(from, f.begin - from));
  if (const size_t blank = before.rfind("\n\n"); blank != std::string::npos) before.erase(0, blank + 2);
  for (char& c : before) c = Lower(c);
  const size_t joint = before.rfind("joint account");
  if (joint == std::string::npos) return false;
  const std::string_view between = std::string_view(before).substr(joint + 13);
  if (between.find("sole") != std::string_view::npos || between.find("'s ") != std::string_view::npos ||
      between.find("account") != std::string_view::npos) {
    // (The value's own label, "Account no", may stand right before it on its line.)
    const size_t label = between.find("account");
    const size_t eol = between.find('\n', label == std::string_view::npos ? 0 : label);
    if (between.find("sole") != std::string_view::npos || between.find("'s ") != std::string_view::npos ||
        (label != std::string_view::npos && eol != std::string_view::npos)) {
      return false;
    }
  }
  std::string_view lead = std::string_view(before).substr(0, joint);
  while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
  for (const std::string_view owner : {" my", " our", " his", " her", " their", "\nmy", "\nour"}) {
    if (lead.ends_with(owner) || lead == owner.substr(1)) return false;
  }
  const size_t sentence = lead.find_last_of(".!?");
  const std::string_view said = sentence == std::string_view::npos ? lead : lead.substr(sentence + 1);
  return said.find("victim") == std::string_view::npos && said.find("complainant") == std::string_view::npos;
}

// True, on a page that names the subject, when a possessive pronoun or "own" alone opens brackets
// right after page[b, e) ("Landline there was 020 7946 0874 (hers, now ceased).", "(his)",
// "4242... (own);"), the sentence speaks of no other party ("her brother's", "victim") and the
// value's clause names no one: the person the page is about.
bool PronounOwnerInBracketsAfter(std::string_view page, size_t b, size_t e, const PageNames& names_on_page) {
  const std::string_view after = page.substr(e, std::min<size_t>(8, page.size() - e));
  bool pronoun = false;
  for (std::string_view p : {" (his", " (hers", " (own"}) {
    pronoun = pronoun || (after.starts_with(p) && after.size() > p.size() &&
                          (after[p.size()] == ')' || after[p.size()] == ','));
  }
  if (!pronoun) return false;
  // No other party in its sentence, and no one named in its clause (the sentence cut at
  // semicolons: "4242... (own); 5105 ... (Dink's)").
  const std::string_view sentence = SentenceOnPage(page, b, e);
  if (OtherPartyWords().Last(sentence, 0, sentence.size(), true) != std::string_view::npos) return false;
  std::string_view clause = sentence;
  const size_t open = clause.substr(0, b - static_cast<size_t>(clause.data() - page.data())).rfind(';');
  if (open != std::string_view::npos) clause.remove_prefix(open + 1);
  clause = clause.substr(0, clause.find(';', b - static_cast<size_t>(clause.data() - page.data())));
  return !names_on_page.OnLine(page, clause);
}

// The party words a page's own label lines give to the subject alone ("Respondent:  Maricel
// Santos VILLANUEVA (also known as ...)"), lower case: in its sentences "the respondent" is them.
std::vector<std::string_view> SubjectPartyWords(const NameFinder& names, const SubjectProfile& subject,
                                                std::string_view page) {
  static constexpr std::string_view kParties[] = {"respondent", "applicant", "defendant", "appellant", "claimant",
                                                  "detainee", "patient", "resident", "client", "customer", "tenant",
                                                  "requested person", "young person", "child", "suspect", "accused"};
  std::vector<std::string_view> out;
  for (size_t b = 0; b < page.size();) {
    const size_t e = std::min(page.find('\n', b), page.size());
    std::string_view line = page.substr(b, e - b);
    b = e + 1;
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon < 5 || colon > 16) continue;
    char label[16];
    for (size_t k = 0; k < colon; ++k) label[k] = Lower(line[k]);
    std::string_view said(label, colon);
    if (said.starts_with("our ")) said.remove_prefix(4);  // a solicitor's "Our client:"
    const auto party = std::find(std::begin(kParties), std::end(kParties), said);
    if (party == std::end(kParties) || std::find(out.begin(), out.end(), *party) != out.end()) continue;
    std::string_view value = line.substr(colon + 1);
    value = value.substr(0, std::min(value.find('('), value.find("   ")));
    if (names.NamesOnlySubject(value, subject.NameWords(), subject.ForenameInitials())) out.push_back(*party);
  }
  return out;
}

// True when the last party word before page[b] in its sentence ("the applicant", "the
// respondent's sole name:") is one the page gives to the subject (`subject_parties`), and no one
// is named, nor another party spoken of, between it and the value.
bool SubjectPartyBefore(std::string_view page, size_t b, size_t e, const std::vector<std::string_view>& subject_parties,
                        const PageNames& names_on_page) {
  static const WordSet kParties({"the respondent", "the applicant", "the defendant", "the appellant", "the claimant",
                                 "the detainee", "the patient", "the resident", "the client", "the customer",
                                 "the tenant", "the requested person", "the young person", "the child",
                                 "the suspect", "the accused", "our client", "the client's", "client's"});
  const std::string_view sentence = SentenceOnPage(page, b, e);
  const size_t from = static_cast<size_t>(sentence.data() - page.data());
  const std::string* word = nullptr;
  size_t word_end = 0;
  const size_t at = kParties.Last(page, from, b, true, &word, &word_end);
  if (at == std::string_view::npos) return false;
  // (Past "the " or "our ", and without "'s".)
  std::string_view party = *word;
  if (party.starts_with("the ") || party.starts_with("our ")) party.remove_prefix(4);
  if (party.ends_with("'s")) party.remove_suffix(2);
  if (std::find(subject_parties.begin(), subject_parties.end(), party) == subject_parties.end()) return false;
  const std::string_view between = page.substr(word_end, b - word_end);
  return !names_on_page.OnLine(page, page.substr(at, e - at)) &&
         OtherPartyWords().Last(between, 0, between.size(), true) == std::string_view::npos;
}

// True when the value at page[b, e) follows "his" or "her" and a word for what is held ("near his
// van, YK68 HTV", "her mobile 07700 ...") in a sentence whose only person before it is the
// subject: named alone, or "your client" in a letter to their solicitor ("Your client was
// arrested at 01:38 near his van, YK68 HTV"); in a document about the subject (`about_subject`),
// also no one, in it and in its paragraph's sentences before it. Anyone else named or spoken of
// before the value ("a second man", "his brother") leaves it unowned.
bool PronounHeldBySubjectInSentence(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                                    size_t b, size_t e, const PageNames& names_on_page, bool about_subject) {
  static const WordSet kPossessive({"his", "her"});
  static const WordSet kHeld({"van", "car", "vehicle", "motorbike", "phone", "mobile", "account", "card", "number",
                              "email", "e-mail", "landline", "address"});
  static const WordSet kOthers({"man", "men", "woman", "women", "male", "female", "boy", "girl", "person", "people",
                                "someone", "anyone", "they", "them"});
  constexpr size_t kHeldReach = 64;  // from "his" to the value: "her old Ashgrove Credit Union savings account (no. "
  // The pronoun first (most values have none before them), then its sentence.
  const size_t near = b > kHeldReach ? b - kHeldReach : 0;
  const size_t pronoun = kPossessive.Last(page, near, b, near == 0);
  if (pronoun == std::string_view::npos) return false;
  // What lies between names a held thing and stays in the clause: "his van, ", "her safe mobile ",
  // "her old ... savings account (account no. ".
  const std::string_view held = page.substr(pronoun, b - pronoun);
  if (kHeld.Last(held, 0, held.size(), true) == std::string_view::npos || held.find(';') != std::string_view::npos ||
      OtherPartyWords().Last(held, 0, held.size(), true) != std::string_view::npos) {
    return false;
  }
  const std::string_view sentence = SentenceOnPage(page, b, e);
  const size_t from = static_cast<size_t>(sentence.data() - page.data());
  if (from > pronoun) return false;  // the pronoun is in an earlier sentence
  const std::string_view who = page.substr(from, pronoun - from);
  if (who.empty() || names_on_page.OnLine(page, page.substr(from, b - from)) ||
      OtherPartyWords().Last(who, 0, who.size(), true) != std::string_view::npos ||
      kOthers.Last(who, 0, who.size(), true) != std::string_view::npos) {
    return false;
  }
  static const WordSet kClient({"your client"});
  if (kClient.Last(who, 0, who.size(), true) != std::string_view::npos) return true;
  // (A title and the surname may be a relative's: "Mrs Ansah asked that calls go to her work
  // number", the subject's mother.)
  static const WordSet kTitles({"mr", "mrs", "ms", "miss", "mx"});
  if (kTitles.Last(who, 0, who.size(), true) != std::string_view::npos) return false;
  const NameFinder::WordCount count = names.CountNameWords(who, subject.NameWords(), subject.ForenameInitials());
  if (count.subject > 0) return count.other == 0 && count.after_other_initial == 0;
  // In a document about the subject, a sentence that names no one speaks of them when the
  // sentences before it in its paragraph name no one else either ("6. FINANCE / £40.00 private
  // cash on reception. Wants money from his Barclays account (sort code ..."): read back at most
  // kSentences sentences, to a blank line.
  if (!about_subject) return false;
  // (A list item is a paragraph of its own: "- Pt asks that no letters go to the flat. Contact
  // ... on her safe mobile 07700 900733".)
  auto opens_item = [&page](size_t k) {
    while (k < page.size() && (page[k] == ' ' || page[k] == '\n')) ++k;
    return k + 1 < page.size() && (page[k] == '-' || page[k] == '*') && page[k + 1] == ' ' &&
           (k == 0 || page[k - 1] == '\n' || page[k - 1] == ' ');
  };
  constexpr int kSentences = 3;
  size_t at = from;
  for (int n = 0; n < kSentences && at > 0 && !opens_item(at); ++n) {
    size_t end = at;
    while (end > 0 && page[end - 1] == ' ') --end;
    if (end == 0 || (end >= 2 && page[end - 1] == '\n' && page[end - 2] == '\n')) break;
    const std::string_view prev = SentenceOnPage(page, end - 1, end - 1);
    if (names_on_page.OnLine(page, prev) || OtherPartyWords().Last(prev, 0, prev.size(), true) != std::string_view::npos ||
        kOthers.Last(prev, 0, prev.size(), true) != std::string_view::npos) {
      return false;
    }
    at = static_cast<size_t>(prev.data() - page.data());
  }
  return true;
}

// True when the phone or e-mail address at page[b, e) fills a field for an old one ("Previous
// number (no longer in use):", "Old e-mail:") in a block of contact fields whose other values,
// on the lines next to it, are the subject's own declared ones (`own`: the spans found as
// theirs), and no one is named on the lines between (read outwards, each way, up to the first
// line with one of theirs: "Own mobile: <theirs>" over "old UK number: ..." under a list of
// their contacts' numbers).
bool OldContactOfSubject(std::string_view page, size_t b, const std::vector<std::pair<size_t, size_t>>& own,
                         const PageNames& names_on_page) {
  const std::string_view line = LineAround(page, b, b + 1);
  const size_t line_begin = static_cast<size_t>(line.data() - page.data());
  std::string label(page.substr(line_begin, b - line_begin));
  for (char& c : label) c = Lower(c);
  const bool old = label.find("previous") != std::string::npos || label.find("old ") != std::string::npos ||
                   label.find("former") != std::string::npos;
  const bool contact = label.find("number") != std::string::npos || label.find("mobile") != std::string::npos ||
                       label.find("phone") != std::string::npos || label.find("mail") != std::string::npos ||
                       label.find("landline") != std::string::npos || label.ends_with("previously used ");
  if (!old || !contact || label.size() > 60 || names_on_page.OnLine(page, line)) return false;
  // The lines around it, up to two either way and not past a blank line.
  auto own_on = [&](std::string_view l) {
    const size_t lb = static_cast<size_t>(l.data() - page.data());
    return std::any_of(own.begin(), own.end(),
                       [&](const auto& o) { return o.first >= lb && o.second <= lb + l.size(); });
  };
  bool found_own = false;
  for (int dir : {-1, 1}) {
    size_t at = dir < 0 ? line_begin : line_begin + line.size();
    for (int step = 0; step < 2; ++step) {
      size_t lb = 0, le = 0;
      // (At most kLineReach bytes a line, so that a page of one endless line stays linear.)
      constexpr size_t kLineReach = 512;
      if (dir < 0) {
        if (at < 2 || page[at - 1] != '\n') break;
        le = at - 1;
        const size_t from = le > kLineReach ? le - kLineReach : 0;
        const size_t nl = page.substr(from, le - from).rfind('\n');
        lb = nl == std::string_view::npos ? from : from + nl + 1;
        at = lb;
      } else {
        if (at + 1 >= page.size() || page[at] != '\n') break;
        lb = at + 1;
        le = lb + std::min(page.substr(lb, kLineReach).find('\n'), page.substr(lb, kLineReach).size());
        at = le;
      }
      const std::string_view l = page.substr(lb, le - lb);
      if (l.find_first_not_of(' ') == std::string_view::npos) break;
      if (names_on_page.OnLine(page, l)) {
        if (step == 0) return false;
        break;
      }
      if (own_on(l)) {
        found_own = true;
        break;
      }
    }
  }
  return found_own;
}

// True when the phone or e-mail address at page[b, ..) is called old in brackets that open right
// after one of the subject's own (`own`) of the same kind: "... to amaka.o@example.com (old one
// chichi.b@example.net no longer used)", "07700 900128 (previously 07700 900127)".
bool OldValueInBracketsAfterOwn(std::string_view page, size_t b, const std::vector<std::pair<size_t, size_t>>& own) {
  const size_t from = b > 40 ? b - 40 : 0;
  const size_t open = page.substr(from, b - from).rfind('(');
  if (open == std::string_view::npos) return false;
  const std::string_view inside = page.substr(from + open + 1, b - from - open - 1);
  if (inside.find(')') != std::string_view::npos) return false;
  static const WordSet kOld({"old", "previous", "previously", "former", "formerly", "was", "used to be"});
  if (kOld.Last(inside, 0, inside.size(), true) == std::string_view::npos) return false;
  size_t q = from + open;
  while (q > 0 && (page[q - 1] == ' ' || page[q - 1] == '\n')) --q;
  return std::any_of(own.begin(), own.end(), [q](const auto& o) { return o.second == q; });
}

// True when the address at page[b, ..) follows, in its sentence, the subject named alone (or
// "you" in a letter to them) and a verb of living there: "Ardit previously lived at Flat 2, 118
// Canal Street", "you were housed at ...". Up to two small words may stand between ("previously",
// "had"); a possessive or any other word before the verb ("Ardit's brother lived at") does not
// make it theirs.
bool LivedAtBySubject(const NameFinder& names, const SubjectProfile& subject, std::string_view page, size_t b,
                      bool letter_to_subject) {
  // (Or the subject's name right before a bare "at": "Electoral roll check: ZIELIŃSKA, Małgorzata
  // at Flat 2, 88 Chandlers Row".)
  static constexpr std::string_view kVerbs[] = {"lived at", "lives at", "living at", "housed at", "stayed at",
                                                "resided at", "residing at", "moved to", "used to live at", "at"};
  static constexpr std::string_view kSmall[] = {"previously", "formerly", "then", "once", "first", "had", "has",
                                                "also", "was", "were", "originally", "later", "until"};
  const size_t from = b > 120 ? b - 120 : 0;
  std::string_view before = page.substr(from, b - from);
  while (!before.empty() && (before.back() == ' ' || before.back() == '\n')) before.remove_suffix(1);
  const auto verb = std::find_if(std::begin(kVerbs), std::end(kVerbs), [&](std::string_view v) {
    return before.ends_with(v) && (before.size() == v.size() || !IsAlnum(before[before.size() - v.size() - 1]));
  });
  if (verb == std::end(kVerbs)) return false;
  before.remove_suffix(verb->size());
  const bool bare_at = *verb == "at";
  auto last_word = [](std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
    size_t k = s.size();
    while (k > 0 && (IsAlnum(s[k - 1]) || s[k - 1] == '\'' || static_cast<unsigned char>(s[k - 1]) >= 0x80)) --k;
    return s.substr(k);
  };
  for (int small = 0; small < 2 && !bare_at; ++small) {
    const std::string_view w = last_word(before);
    if (std::find(std::begin(kSmall), std::end(kSmall), w) == std::end(kSmall)) break;
    before = before.substr(0, static_cast<size_t>(w.data() - before.data()));
  }
  const std::string_view actor = last_word(before);
  if (actor.empty()) return false;
  if (actor == "you" || actor == "You") return letter_to_subject;
  if (!((actor[0] >= 'A' && actor[0] <= 'Z') || static_cast<unsigned char>(actor[0]) >= 0x80)) return false;
  // The capitalised words that end `before`: the subject's name alone.
  size_t run = static_cast<size_t>(actor.data() - before.data());
  for (int words = 1; words < 4 && run > 1 && before[run - 1] == ' ';) {
    const std::string_view w = last_word(before.substr(0, run - 1));
    if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) break;
    run = static_cast<size_t>(w.data() - before.data());
    ++words;
  }
  const std::string_view name = before.substr(run);
  if (name.find('\'') != std::string_view::npos) return false;  // "John's", "O'Neill's"
  // (Before a bare "at", a title and the surname may be a relative's: "Mrs Smith at ...".)
  if (bare_at) {
    static const WordSet kTitles({"mr", "mrs", "ms", "miss", "mx"});
    if (kTitles.Last(name, 0, name.size(), true) != std::string_view::npos) return false;
  }

  const NameFinder::WordCount named = names.CountNameWords(name, subject.NameWords(), subject.ForenameInitials());
  return named.subject > 0 && named.other == 0;
}

// True when line[.., e) is followed by a possessive pronoun alone in brackets ("Vehicle: PK14 BEC
// (his)") and the line above names the subject, with no one else's name found on it ("Alleged
// perpetrator: MIHAI D'ARCY  DOB 23/07/1968"): the pronoun points back to them.
bool PronounAfterSubjectsLine(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                              std::string_view line, size_t e, const PageNames& names_on_page) {
  const std::string_view after = line.substr(e);
  if (!after.starts_with(" (his)") && !after.starts_with(" (hers)") && !after.starts_with(" (her)") &&
      !after.starts_with(" (theirs)") && !after.starts_with(" (their)")) {
    return false;
  }
  const size_t line_begin = static_cast<size_t>(line.data() - page.data());
  if (line_begin < 2 || page[line_begin - 1] != '\n') return false;
  const size_t nl = page.rfind('\n', line_begin - 2);
  const size_t above = nl == std::string_view::npos ? 0 : nl + 1;
  const std::string_view prev = page.substr(above, line_begin - 1 - above);
  return names.NamesOnlySubject(prev, subject.NameWords(), subject.ForenameInitials(), true) &&
         !names_on_page.OnLine(page, prev);
}

// True when `page` is a letter to the subject: a line "Dear Smith," whose words name only them,
// or, in its first kHead bytes, an addressee's line naming only them over the first line of their
// own address ("Mr J PASCOE-TRELOAR" over "Flat 2, Quay House", with no "Dear"). Asked once a page.
bool LetterToSubject(const NameFinder& names, const SubjectProfile& subject, std::string_view page) {
  constexpr size_t kHead = 1536, kAddressee = 48;
  const std::string_view head = page.substr(0, kHead);
  for (size_t b = 0; b < head.size();) {
    const size_t e = std::min(head.find('\n', b), head.size());
    const std::string_view to = head.substr(b, e - b);
    b = e + 1;
    if (to.size() < 4 || to.size() > kAddressee || to.find_first_of(":|0123456789") != std::string_view::npos ||
        e >= head.size()) {
      continue;
    }
    const size_t next_end = std::min(head.find('\n', e + 1), head.size());
    std::string_view next = head.substr(e + 1, next_end - e - 1);
    next = next.substr(0, next.find("  "));
    while (!next.empty() && (next.back() == ',' || next.back() == ' ')) next.remove_suffix(1);
    if (next.size() < 6 || !subject.IsSubjectValue("address", next)) continue;
    const NameFinder::WordCount named = names.CountNameWords(to, subject.NameWords(), subject.ForenameInitials());
    if (named.subject > 0 && named.other == 0 && named.after_other_initial == 0) return true;
  }
  for (size_t at = page.find("Dear "); at != std::string_view::npos; at = page.find("Dear ", at + 1)) {
    if (at > 0 && page[at - 1] != '\n') continue;
    const size_t eol = std::min(page.find('\n', at), page.size());
    std::string_view to = page.substr(at + 5, eol - at - 5);
    to = to.substr(0, to.find(','));
    const NameFinder::WordCount named = names.CountNameWords(to, subject.NameWords(), subject.ForenameInitials());
    if (named.subject > 0 && named.other == 0) return true;
  }
  return false;
}

// True, in a letter to the subject (LetterToSubject), when the sentence of line[b, e) names no
// one and says "your" before it, with no other pronoun between: "Your standing order from sort
// code 309121 account 90101111 was cancelled."
bool YourInLetterToSubject(std::string_view page, std::string_view line, size_t b, size_t e,
                           const PageNames& names_on_page, bool from_subject) {
  // (The sentence may open on a line above: "... into the account you gave us in your online
  // account:" over "sort code 09-01-28, account number 66140372.")
  const size_t line_begin = static_cast<size_t>(line.data() - page.data());
  const std::string_view sentence = SentenceOnPage(page, line_begin + b, line_begin + e);
  // The last pronoun before the value must be "your": "ring her on 07700 900 246" in a letter
  // to the subject is someone else's number.
  static const WordSet kPronouns({"your", "you", "my", "me", "i", "his", "her", "him", "he", "she", "their", "them",
                                  "they", "our", "us", "we"});
  const size_t before = line_begin + b - static_cast<size_t>(sentence.data() - page.data());
  const std::string* pronoun = nullptr;
  if (kPronouns.Last(sentence, 0, before, true, &pronoun) == std::string_view::npos ||
      names_on_page.OnLine(page, sentence)) {
    return false;
  }
  return from_subject ? (*pronoun == "my" || *pronoun == "me" || *pronoun == "i")
                      : (*pronoun == "your" || *pronoun == "you");
}

// Where the part of `page` the subject wrote ends, when it is a letter or e-mail of theirs: a
// "From:" header, the line signing it under its closing ("Yours sincerely") or "My name is ..."
// names the subject and no one else. It ends where a message quoted in it or forwarded with it
// opens (a line starting '>', "... wrote:", "Original Message", another "From:"); 0 when the
// subject wrote none of it.
size_t LetterFromSubjectEnd(const NameFinder& names, const SubjectProfile& subject, std::string_view page) {
  auto only_subject = [&](std::string_view who) {
    who = who.substr(0, std::min(who.find('<'), who.size()));
    const NameFinder::WordCount named = names.CountNameWords(who, subject.NameWords(), subject.ForenameInitials());
    return named.subject > 0 && named.other == 0 && named.after_other_initial == 0;
  };
  static constexpr std::string_view kClosings[] = {"Yours sincerely", "Yours faithfully", "Kind regards",
                                                   "Best wishes", "Regards", "Many thanks", "Yours"};
  bool theirs = false, from_seen = false;
  for (size_t b = 0; b < page.size();) {
    const size_t line_begin = b;
    const size_t e = std::min(page.find('\n', b), page.size());
    std::string_view line = page.substr(b, e - b);
    b = e + 1;
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    // (Most lines open with none of the words looked for: '>', "From:", a closing, "My name".)
    if (line.empty() || std::string_view(">FYKBRMOo-").find(line.front()) == std::string_view::npos) {
      if (!line.ends_with("wrote:")) continue;
    }
    const bool quoted = line.starts_with(">") || line.ends_with("wrote:") ||
                        line.find("Original Message") != std::string_view::npos;
    if (quoted || (line.starts_with("From:") && from_seen)) return theirs ? line_begin : 0;
    if (line.starts_with("From:")) {
      from_seen = true;
      theirs = theirs || only_subject(line.substr(5));
      continue;
    }
    for (const std::string_view closing : kClosings) {
      if (theirs || !line.starts_with(closing) || line.size() > closing.size() + 1) continue;
      size_t next = b;
      while (next < page.size() && (page[next] == '\n' || page[next] == ' ')) ++next;
      const size_t next_end = std::min(page.find('\n', next), page.size());
      theirs = next < page.size() && only_subject(page.substr(next, next_end - next));
    }
    if (!theirs && line.starts_with("My name is ")) {
      const std::string_view rest = line.substr(11, 64);
      theirs = only_subject(rest.substr(0, std::min(rest.find_first_of(".,"), rest.size())));
    }
  }
  return theirs ? page.size() : 0;
}

// True, on a form about the subject, when line[b] is the value of a field for the date of birth
// the person gave ("Claimed DOB:", "Date of birth given:", "Stated DOB") and neither its line nor
// the line above names anyone: a second date of birth of the subject's, as an asylum claim or a
// false name may hold. (The form's own "Date of birth:" is theirs by bundle.json already.)
bool ClaimedDateOfBirthField(std::string_view page, std::string_view line, size_t b, const PageNames& names_on_page) {
  std::string label(line.substr(0, std::min<size_t>(b, 48)));
  for (char& c : label) c = Lower(c);
  const bool dob = label.find("dob") != std::string::npos || label.find("date of birth") != std::string::npos ||
                   label.find("d.o.b") != std::string::npos;
  const bool claimed = label.find("claimed") != std::string::npos || label.find("given") != std::string::npos ||
                       label.find("stated") != std::string::npos || label.find("declared") != std::string::npos;
  if (!dob || !claimed || b > 48 || names_on_page.OnLine(page, line)) return false;
  const size_t begin = static_cast<size_t>(line.data() - page.data());
  if (begin >= 2) {
    const std::string_view above = LineAround(page, begin - 2, begin - 1);
    if (names_on_page.OnLine(page, above)) return false;
  }
  return true;
}

// True when "your date of birth" (or "your DOB", "your birth date") and at most a verb stand
// before page[b] in its sentence, which names no one: "in your screening interview you gave your
// date of birth as 14 September 2005" in a letter to the subject. ("Your son, born ..." is not.)
bool YourDateOfBirthBefore(std::string_view page, size_t b, const PageNames& names_on_page) {
  const std::string_view sentence = SentenceOnPage(page, b, b);
  const size_t from = static_cast<size_t>(sentence.data() - page.data());
  std::string before(page.substr(from, b - from));
  for (char& c : before) c = Lower(c == '\n' ? ' ' : c);
  auto trim = [&before] {
    while (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == ',')) before.pop_back();
  };
  trim();
  for (std::string_view verb : {" as", " is", " was", " of", " given as", " recorded as"}) {
    if (before.ends_with(verb)) {
      before.resize(before.size() - verb.size());
      trim();
      break;
    }
  }
  for (std::string_view cue : {"your date of birth", "your dob", "your d.o.b.", "your birth date"}) {
    if (before.ends_with(cue)) return !names_on_page.OnLine(page, sentence);
  }
  return false;
}

// True when the sentence of `line` holding line[b, e) ties it to the subject: an owner phrase
// ("linked to", "belonging to", "in the name of", "used by") followed by the subject's name,
// and no one else's name found in the sentence (`names_on_page`): "Social media account linked to Chaudhry logged in
// from IP 192.0.2.120".
bool SentenceTiesToSubject(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                           std::string_view line, size_t b, size_t e, const PageNames& names_on_page) {
  const std::string_view sentence = SentenceAround(line, b, e);
  static const WordSet kTies({"linked to", "belonging to", "belongs to", "in the name of", "in name of", "used by",
                               "under alias", "under the alias", "under the name", "name on card",
                               "name on the card", "cardholder", "card holder", "account holder", "login by",
                               "log-in by", "logon by", "logged in by", "signed in by", "sign-in by"});
  size_t tie_end = 0;
  if (kTies.Last(sentence, 0, sentence.size(), true, nullptr, &tie_end) == std::string_view::npos) return false;
  // Up to three words that open with a capital (or a letter beyond ASCII), and lower-case
  // surname particles between them ("N. bin Hamid").
  static const WordSet kParticles({"bin", "binti", "bint", "van", "von", "der", "den", "de", "da", "del", "della",
                                   "di", "du", "la", "le", "al", "el", "ap"});
  size_t name_end = tie_end;
  for (int words = 0; words < 3;) {
    size_t q = name_end;
    while (q < sentence.size() && sentence[q] == ' ') ++q;
    if (q == sentence.size()) break;
    const size_t word = q;
    while (q < sentence.size() && sentence[q] != ' ' && sentence[q] != ',' && sentence[q] != ';') ++q;
    size_t particle_end = 0;
    if (IsUpperAscii(sentence[word]) || static_cast<unsigned char>(sentence[word]) >= 0x80) {
      ++words;
    } else if (kParticles.Last(sentence, word, q, true, nullptr, &particle_end) != word || particle_end != q) {
      break;
    }
    name_end = q;
  }
  const NameFinder::WordCount named =
      names.CountNameWords(sentence.substr(tie_end, name_end - tie_end), subject.NameWords(), subject.ForenameInitials());
  return named.subject > 0 && named.other == 0 && !names_on_page.OnLine(page, sentence);
}

// True when finding `f` (a Learnable category) on `page` is shown by the page to be the
// subject's own:
//  - it is in a row of a layout (a line with a run of two spaces, or cells parted by " | ") whose
//    only names are the subject's ("Jermaine McKenzie   16-55-85  80966153");
//  - its row names the subject right after an owner word ("Keeper: CHAUDHRY, Faisal"), and
//    nobody else;
//  - it is written as "own" ("own debit card …") on a line that names the subject and no one else,
//    or "own" follows it in a sentence that names only the subject ("driving RE65 NPU (own car)":
//    OwnAfterInSentence), or "your" comes before it in a letter to the subject
//    (`letter_to_subject`, asked once a page: YourInLetterToSubject), or "my" in the part of a
//    letter they wrote (before `letter_from_subject_end`: LetterFromSubjectEnd);
//  - the subject, and no one else, is named in brackets right after it ("(G. Chaudhry)");
//  - its sentence says the subject keeps it ("Chaudhry is the registered keeper of DT10 COA");
//  - its sentence ties it to the subject and names no one else ("account linked to Chaudhry
//    logged in from IP 192.0.2.120", "NHS record under alias Daniel Harrison" when that is one
//    of the subject's aliases: SentenceTiesToSubject);
//  - it is a vehicle, bank account or card on a form about the subject (InSubjectForm; a block
//    under a caption calling it "own" belongs to the form above it), or on a
//    row of the subject's property card or witness details that names nobody (OnSubjectsOwnRecord).
// `names_on_page` holds the page's name findings. (A page about the subject is not enough: a
// visit record names the prisoner above the visitors' cars.)
// True when `page` is a record of the subject's own and `line`, one of its rows, names nobody and
// no other party:
//  - a property record ("PRISONER PROPERTY CARD", "Detained property") whose "Name:",
//    "Prisoner:" or "Detained person:" line names the subject: the items on it are the
//    prisoner's own unless their row says whose they are ("card in name of K RENNIE ... handed
//    out to visitor");
//  - a witness statement of the subject ("Statement of: ...", or a continuation page's "...
//    Statement of <name>"), for a "Label: value" line in the witness's details ("WITNESS
//    CONTACT DETAILS", then "Vehicle: XR10 UBX"), not for the account the statement gives.
bool OnSubjectsOwnRecord(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                         std::string_view line, const PageNames& names_on_page) {
  if (names_on_page.OnLine(page, line) || OtherPartyWords().Last(line, 0, line.size(), true) != std::string_view::npos) {
    return false;
  }
  const std::string_view head = page.substr(0, std::min<size_t>(page.size(), 600));
  static const WordSet kProperty({"property card", "property record", "prisoner property", "detained property",
                                  "property log", "property sheet"});
  static const WordSet kStatement({"statement of"});
  const bool property = kProperty.Last(head, 0, head.size(), true) != std::string_view::npos;
  size_t statement_end = 0;
  if (!property && kStatement.Last(head, 0, head.size(), true, nullptr, &statement_end) == std::string_view::npos) {
    return false;
  }
  // Whose record: the subject alone, named after the head's person label.
  auto names_subject = [&](std::string_view value) {
    value = value.substr(0, value.find("  "));  // up to the next field of a layout
    return names.NamesOnlySubject(value, subject.NameWords(), subject.ForenameInitials());
  };
  bool subjects = false;
  if (property) {
    static constexpr std::string_view kLabels[] = {"Name:", "NAME:", "Prisoner:", "Detained person:"};
    for (size_t at = 0; at < head.size() && !subjects;) {
      const size_t eol = std::min(head.find('\n', at), head.size());
      const std::string_view l = head.substr(at, eol - at);
      at = eol + 1;
      for (std::string_view label : kLabels) {
        if (l.starts_with(label)) subjects = names_subject(l.substr(label.size()));
      }
    }
    return subjects;
  }
  std::string_view after = head.substr(statement_end);
  after = after.substr(0, after.find('\n'));
  after.remove_prefix(std::min(after.find_first_not_of(": "), after.size()));
  if (!names_subject(after)) return false;
  // The line is a "Label: value" line below a heading for the witness's details, in one block.
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return false;
  static const WordSet kDetails({"contact details", "witness details", "personal details", "witness contact"});
  size_t begin = static_cast<size_t>(line.data() - page.data());
  for (int n = 0; n < 30 && begin > 1; ++n) {
    const size_t nl = page.rfind('\n', begin - 2);
    const size_t prev = nl == std::string_view::npos ? 0 : nl + 1;
    const std::string_view l = page.substr(prev, begin - 1 - prev);
    if (l.find_first_not_of(" \t\r") == std::string_view::npos) break;
    if (kDetails.Last(l, 0, l.size(), true) != std::string_view::npos) return true;
    begin = prev;
  }
  return false;
}

// True when the line next to `line` (above or below, not both) is an owner's label line naming
// the subject alone, and `line` names nobody: "VRM: VG72 UHS   Make/model: ..." over
// "Registered keeper: BECKFORD, Sharelle   DOB: ...".
// Whom the owner label opening line `l` of `page` names ("Registered keeper: BECKFORD, Sharelle",
// "Device owner: Mihai D'Arcy (1968-07-23)"): true for the subject alone, false for anyone
// else, nullopt when `l` opens with no owner label.
std::optional<bool> OwnerLineNamesSubject(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                                          std::string_view l, const PageNames& names_on_page) {
  const size_t colon = l.find(':');
  if (colon == std::string_view::npos || colon > 24) return std::nullopt;
  size_t label_end = 0;
  if (OwnerWords().Last(l, 0, colon, true, nullptr, &label_end) == std::string_view::npos || label_end != colon ||
      l.substr(0, colon).find_first_of("0123456789|") != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view value = l.substr(colon + 1);
  value = value.substr(0, value.find("  ", value.find_first_not_of(' ')));
  return names.NamesOnlySubject(value, subject.NameWords(), subject.ForenameInitials()) &&
         !names_on_page.OnLine(page, l);
}

// True when `line` is a row of a contact list saved under the owner's own label ("1  Me
// 07700 900458", "6  my work phone    07700 900860") on a page whose owner line names the
// subject alone ("Device owner: Mihai D'Arcy"): a handset's own entries are its owner's.
bool SelfRowOnSubjectsDevice(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                             std::string_view line, const PageNames& names_on_page) {
  size_t p = line.find_first_not_of(" |");
  while (p < line.size() && line[p] >= '0' && line[p] <= '9') ++p;  // the row's number
  p = line.find_first_not_of(" |.", p);
  if (p == std::string_view::npos) return false;
  // "Me", "me", "MY WORK PHONE", "my mobile": the first word of the first cell.
  auto lower_at = [&line](size_t k) { return k < line.size() ? Lower(line[k]) : '\0'; };
  if (lower_at(p) != 'm') return false;
  const char next = lower_at(p + 1), after = lower_at(p + 2);
  const bool me = next == 'e' && (after == ' ' || after == '|' || after == '\0');
  const bool my = next == 'y' && after == ' ' && lower_at(p + 3) != ' ';
  if (!me && !my) return false;
  for (size_t b = 0; b < page.size();) {
    const size_t e = std::min(page.find('\n', b), page.size());
    if (OwnerLineNamesSubject(names, subject, page, page.substr(b, e - b), names_on_page).value_or(false)) return true;
    b = e + 1;
  }
  return false;
}

// True when `line` is indented under a line that gives an owner ("account holder", "keeper",
// "Name on account") naming the subject alone, or a line of its own block does, with only indented
// lines that name nobody between: "Bank payment to:
// account holder MRS ROKEYA BEGUM" over "  Sort code ...   Account no ..." and "  Debit card (new):
// 4000 ...". At most kLines lines up.
bool IndentedUnderOwnerOfSubject(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                                 std::string_view line, const PageNames& names_on_page) {
  constexpr int kLines = 3;
  if (!line.starts_with(' ') || names_on_page.OnLine(page, line) ||
      OtherPartyWords().Last(line, 0, line.size(), true) != std::string_view::npos) {
    return false;
  }
  size_t begin = static_cast<size_t>(line.data() - page.data());
  for (int up = 0; up < kLines && begin > 1 && page[begin - 1] == '\n'; ++up) {
    const std::string_view above = LineAround(page, begin - 1, begin - 1);
    if (above.find_first_not_of(' ') == std::string_view::npos) return false;
    if (above.starts_with(' ')) {  // another line of the block
      if (names_on_page.OnLine(page, above) ||
          OtherPartyWords().Last(above, 0, above.size(), true) != std::string_view::npos) {
        return false;
      }
      // (The owner on a line of the block itself: "  Name on account     Abigail MACAULEY" over
      // "  Sort code   20-04-17".)
      size_t owner_end = 0;
      if (OwnerWords().Last(above, 0, above.size(), true, nullptr, &owner_end) != std::string_view::npos) {
        return names.NamesOnlySubject(above.substr(owner_end), subject.NameWords(), subject.ForenameInitials());
      }
      begin = static_cast<size_t>(above.data() - page.data());
      continue;
    }
    size_t owner_end = 0;
    if (OwnerWords().Last(above, 0, above.size(), true, nullptr, &owner_end) == std::string_view::npos) return false;
    return names.NamesOnlySubject(above.substr(owner_end), subject.NameWords(), subject.ForenameInitials());
  }
  return false;
}

bool OwnerLineNextTo(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                     std::string_view line, const PageNames& names_on_page) {
  if (names_on_page.OnLine(page, line)) return false;
  const size_t begin = static_cast<size_t>(line.data() - page.data()), end = begin + line.size();
  auto owner = [&](std::string_view l) { return OwnerLineNamesSubject(names, subject, page, l, names_on_page); };
  std::optional<bool> above, below;
  if (begin > 1 && page[begin - 1] == '\n') {
    const size_t nl = page.rfind('\n', begin - 2);
    const size_t prev = nl == std::string_view::npos ? 0 : nl + 1;
    above = owner(page.substr(prev, begin - 1 - prev));
  }
  if (end < page.size() && page[end] == '\n') {
    const size_t next_end = std::min(page.find('\n', end + 1), page.size());
    below = owner(page.substr(end + 1, next_end - end - 1));
  }
  if (above && below) return false;  // between two owners' lines: whose is unclear
  return above ? *above : below ? *below : false;
}

// True when `line`, a table row ("| 2023-06-01T08:14:22Z | A1 | 198.51.100.62 | login |"),
// names nobody and holds a short code ("A1") that a key line of the page gives to the subject
// alone ("  A1 sharelle.b@example.co.uk - holder Sharelle Beckford"): the row is about the
// subject's account, handset or vehicle, so its values are the subject's.
bool CodedRowOfSubject(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                       std::string_view line, const PageNames& names_on_page) {
  if (line.find('|') == std::string_view::npos || names_on_page.OnLine(page, line) ||
      OtherPartyWords().Last(line, 0, line.size(), true) != std::string_view::npos) {
    return false;
  }
  for (size_t at = 0; at < line.size();) {
    const size_t bar = std::min(line.find('|', at), line.size());
    std::string_view cell = line.substr(at, bar - at);
    at = bar + 1;
    while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
    while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
    // A code: two to four letters and digits, with both.
    if (cell.size() < 2 || cell.size() > 4 || !std::all_of(cell.begin(), cell.end(), IsAlnum) ||
        !std::any_of(cell.begin(), cell.end(), IsDigitAscii) || std::all_of(cell.begin(), cell.end(), IsDigitAscii)) {
      continue;
    }
    // Its key lines: the code opening a line (after indentation), then a space, ':', '=' or '-'.
    // A key stands above its table, among the code's first mentions: at most kMentions are read,
    // so that a log of thousands of rows is not read once per row.
    constexpr int kMentions = 64;
    int mentions = 0;
    for (size_t k = page.find(cell); k != std::string_view::npos && mentions++ < kMentions; k = page.find(cell, k + 1)) {
      size_t b = k;
      while (b > 0 && (page[b - 1] == ' ' || page[b - 1] == '\t')) --b;
      const size_t after = k + cell.size();
      if ((b > 0 && page[b - 1] != '\n') || after >= page.size() || std::string_view(" :=-\t").find(page[after]) == std::string_view::npos) {
        continue;
      }
      const std::string_view key = LineAround(page, k, after);
      if (key.find('|') != std::string_view::npos || names_on_page.OnLine(page, key)) continue;
      const NameFinder::WordCount count = names.CountNameWords(key, subject.NameWords(), subject.ForenameInitials());
      if (count.subject >= 2 && count.after_other_initial == 0) return true;
    }
  }
  return false;
}

// True when `line` speaks of aliases ("Aliases on PNC:", "(alias DOB ...)", "a.k.a.").
bool MentionsAlias(std::string_view line) {
  static const WordSet kAlias({"alias", "aliases", "aka", "a.k.a.", "also known as"});
  return kAlias.Last(line, 0, line.size(), true) != std::string_view::npos;
}

// True when the date of birth text[b, e) is in brackets right after the subject's name or one of
// their aliases, with only a date-of-birth cue before it in them: "Aliases on PNC: Abdi Warsame
// (alias DOB 19/10/1986)" (an alias's recorded date is the subject's too).
bool DateOfBirthAfterSubject(const NameFinder& names, const SubjectProfile& subject, std::string_view line, size_t b) {
  std::string_view before = line.substr(0, b);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  static const WordSet kCues({"dob", "d.o.b.", "d.o.b", "born", "date of birth"});
  size_t cue_end = 0;
  const size_t cue = kCues.Last(before, 0, before.size(), true, nullptr, &cue_end);
  if (cue == std::string_view::npos) return false;
  std::string_view between = before.substr(cue_end);
  if (between.find_first_not_of(" :") != std::string_view::npos) return false;
  before = before.substr(0, cue);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const bool alias = before.ends_with("(alias") || before.ends_with("(Alias");
  if (alias) before.remove_suffix(5);
  // Where bundle.json gives the subject's date of birth, another date after their name is an
  // alias's only when the line says so; otherwise it is a namesake's (NamesakeWithOtherDateOfBirth).
  if (subject.HasDateOfBirth() && !alias && !MentionsAlias(line)) return false;
  if (before.empty() || before.back() != '(') return false;
  before.remove_suffix(1);
  const size_t stop = before.find_last_of(":;,(|");
  if (stop != std::string_view::npos) before.remove_prefix(stop + 1);
  if (before.size() > 64) return false;
  const NameFinder::WordCount count = names.CountNameWords(before, subject.NameWords(), subject.ForenameInitials());
  return count.subject >= 2 && count.other == 0 && count.after_other_initial == 0;
}

// True when the words right before line[b] give the value's holder as one of `subject_words`
// (lower case), in any case: "aoife's old number 07700 900418", "Darren's mobile: ...", "Company
// mobile issued to Tomasz: 07700 900239". Someone else's ("his mum's number") is not.
bool HolderBefore(const NameFinder& names, std::string_view line, size_t b, const std::set<std::string>& subject_words,
                  std::string_view initials) {
  static const std::set<std::string_view> kHeld = {"number", "mobile", "phone", "landline", "email", "e-mail",
                                                   "handset", "account", "card", "car", "van", "address"};
  static const std::set<std::string_view> kWhich = {"old", "new", "own", "current", "second", "work", "home",
                                                    "other", "mobile", "personal", "usual", "phone", "bank", "debit",
                                                    "discharge", "savings", "basic"};
  std::string_view before = line.substr(0, b);
  auto trim = [&before] {
    while (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == ',')) {
      before.remove_suffix(1);
    }
  };
  // The value's label in brackets after what it is: "Harpreet Gill's discharge account (IBAN ...".
  trim();
  for (std::string_view label : {"(IBAN", "(sort code", "(account no.", "(account number", "(no."}) {
    if (before.size() > label.size() && before.substr(before.size() - label.size()) == label) {
      before.remove_suffix(label.size());
      break;
    }
  }
  // The word ending `before`, lower-cased into a small buffer (empty when longer), and cut off.
  char buf[32];
  auto last_word = [&before, &buf]() -> std::string_view {
    size_t w = before.size();
    auto in_word = [](char c) { return IsAlnum(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80; };
    while (w > 0 && in_word(before[w - 1])) --w;
    const std::string_view word = before.substr(w);
    before.remove_suffix(before.size() - w);
    if (word.size() > sizeof buf) return {};
    for (size_t k = 0; k < word.size(); ++k) {
      buf[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[k])));
    }
    return std::string_view(buf, word.size());
  };
  auto subjects = [&subject_words](std::string_view w) {
    return !w.empty() && subject_words.find(std::string(w)) != subject_words.end();
  };
  trim();
  std::string_view word = last_word();
  if (word == "is" || word == "was") {
    trim();
    word = last_word();
  }
  if (kHeld.count(word) == 0) {
    if (!subjects(word)) return false;
    // "... issued to Tomasz: ..."
    trim();
    if (last_word() != "to") return false;
    trim();
    const std::string_view verb = last_word();
    return verb == "issued" || verb == "registered" || verb == "belongs" || verb == "belonging" ||
           verb == "allocated" || verb == "given";
  }
  for (int n = 0; n < 2; ++n) {
    trim();
    const std::string_view keep = before;
    if (kWhich.count(last_word()) == 0) {
      before = keep;
      break;
    }
  }
  if (!before.ends_with("'s") || before.size() < 3) return false;
  before.remove_suffix(2);
  const size_t owner_end = before.size();
  const std::string_view owner = last_word();
  if (!subjects(owner)) return false;
  // The words before a capitalised owner name the same person: an initial or forename that is
  // not the subject's makes a relative ("C. Horváth's card").
  if (owner_end > 0 && IsUpperAscii(line[owner_end - owner.size()])) {
    size_t from = owner_end - owner.size();
    for (int n = 0; n < 3 && from >= 2 && line[from - 1] == ' ' &&
                    (IsUpperAscii(line[from - 2]) || line[from - 2] == '.' || IsAlnum(line[from - 2]));
         ++n) {
      size_t w = from - 1;
      while (w > 0 && (IsAlnum(line[w - 1]) || line[w - 1] == '.' || static_cast<unsigned char>(line[w - 1]) >= 0x80)) {
        --w;
      }
      if (!IsUpperAscii(line[w])) break;
      from = w;
    }
    const NameFinder::WordCount count =
        names.CountNameWords(line.substr(from, owner_end - from), subject_words, initials);
    return count.other == 0 && count.after_other_initial == 0;
  }
  return true;
}

// True when line[b, ..) sits in a message the subject wrote about themselves: the line's writer,
// before its first ": " after a time ("15 Jan 2025 18:47  Tomasz: I change phone number, new one
// is 07700 900238"), is the subject alone, and the message before the value speaks in the first
// person ("I", "my", "me") and of no one else's ("his", "her", "mum's").
bool OwnMessageOfSubject(const NameFinder& names, std::string_view line, size_t b,
                         const std::set<std::string>& subject_words, std::string_view initials) {
  const size_t colon = line.find(": ");
  if (colon == std::string_view::npos || colon > 64 || colon >= b) return false;
  size_t w = colon;
  while (w > 0 && (IsAlnum(line[w - 1]) || line[w - 1] == ' ' || line[w - 1] == '-' || line[w - 1] == '\'' ||
                   line[w - 1] == '.' || static_cast<unsigned char>(line[w - 1]) >= 0x80)) {
    --w;
  }
  while (w < colon && !(IsAlnum(line[w]) && !IsDigitAscii(line[w])) && static_cast<unsigned char>(line[w]) < 0x80) ++w;
  // The message first (cheap), then the writer: after the time and date, only words.
  std::string message(line.substr(colon + 2, b - colon - 2));
  for (char& c : message) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  message = " " + message + " ";
  auto has = [&message](std::string_view word) {
    for (size_t at = message.find(word); at != std::string::npos; at = message.find(word, at + 1)) {
      if (!IsAlnum(message[at - 1]) && !IsAlnum(message[at + word.size()])) return true;
    }
    return false;
  };
  if (!has("i") && !has("my") && !has("me")) return false;
  if (has("his") || has("her") || has("their") || has("your") || message.find("'s ") != std::string::npos ||
      OtherPartyWords().Last(message, 0, message.size(), true) != std::string_view::npos) {
    return false;
  }
  std::string_view writer = line.substr(w, colon - w);
  const size_t digit = writer.find_last_of("0123456789");
  if (digit != std::string_view::npos) writer.remove_prefix(digit + 1);
  const NameFinder::WordCount count = names.CountNameWords(writer, subject_words, initials);
  return count.subject > 0 && count.other == 0 && count.after_other_initial == 0;
}

bool LearnsSubjectValue(const NameFinder& names, const SubjectProfile& subject, std::string_view page,
                        const Finding& f, const PageNames& names_on_page, const std::vector<size_t>& mentions,
                        bool letter_to_subject, size_t letter_from_subject_end) {
  const std::set<std::string>& subject_words = subject.NameWords();
  const std::string_view initials = subject.ForenameInitials();
  const std::string_view line = LineAround(page, f.begin, f.end);
  const size_t line_begin = static_cast<size_t>(line.data() - page.data());
  auto on_form = [&] {
    static constexpr std::string_view kFormCategories[] = {"vehicle_registration", "sort_code", "account_number",
                                                           "iban", "payment_card", "ip_address"};
    return std::find(std::begin(kFormCategories), std::end(kFormCategories), f.category) != std::end(kFormCategories) &&
           (InSubjectForm(names, subject, page, line, names_on_page) ||
            OnSubjectsOwnRecord(names, subject, page, line, names_on_page) ||
            OwnerLineNextTo(names, subject, page, line, names_on_page) ||
            IndentedUnderOwnerOfSubject(names, subject, page, line, names_on_page));
  };
  if (f.category == "date_of_birth") {
    return DateOfBirthAfterSubject(names, subject, line, f.begin - line_begin) ||
           (letter_to_subject && YourDateOfBirthBefore(page, f.begin, names_on_page));
  }
  if (CodedRowOfSubject(names, subject, page, line, names_on_page)) return true;
  if (HolderBefore(names, line, f.begin - line_begin, subject_words, initials)) return true;
  if ((f.category == "phone" || f.category == "email") &&
      OwnMessageOfSubject(names, line, f.begin - line_begin, subject_words, initials)) {
    return true;
  }
  if ((f.category == "phone" || f.category == "email") && SelfRowOnSubjectsDevice(names, subject, page, line, names_on_page)) {
    return true;
  }
  if (letter_to_subject && YourInLetterToSubject(page, line, f.begin - line_begin, f.end - line_begin, names_on_page,
                                                 false)) {
    return true;
  }
  if (f.begin < letter_from_subject_end &&
      YourInLetterToSubject(page, line, f.begin - line_begin, f.end - line_begin, names_on_page, true)) {
    return true;
  }
  if (PronounAfterSubjectsLine(names, subject, page, line, f.end - line_begin, names_on_page)) return true;
  // Every way but the form needs the subject named on the line (or in brackets just after it).
  const auto mention = std::lower_bound(mentions.begin(), mentions.end(), line_begin);
  if (mention == mentions.end() || *mention > line_begin + line.size() + 48) return on_form();
  const bool layout = line.find("  ") != std::string_view::npos || line.find(" | ") != std::string_view::npos;
  if (layout) {
    // Other capitalised words on the row ("Refund to card Struan Drummond-Hay") are no one when
    // the name finder found no name on it, unless an initial before the subject's surname opens
    // some other forename than their first ("A. Begum" may be a relative of Kwame Arjun Begum).
    const NameFinder::WordCount count = names.CountNameWords(line, subject_words, initials);
    if (count.subject >= 2 &&
        (count.other == 0 || (count.after_other_initial == 0 && !names_on_page.OnLine(page, line)))) {
      return true;
    }
  }
  // The keeper named right after a vehicle: "LD19 XPT registered to Thiago Moura at Room 4".
  if (f.category == "vehicle_registration") {
    size_t k = f.end;
    while (k < page.size() && page[k] == ' ') ++k;
    constexpr std::string_view kTo = "registered to ";
    if (page.substr(k, kTo.size()) == kTo) {
      const std::string_view rest = page.substr(k + kTo.size(), 48);
      const size_t stop = std::min({rest.find(" at "), rest.find(','), rest.find('.'), rest.find('\n'),
                                    rest.find(" ("), rest.size()});
      if (names.NamesOnlySubject(rest.substr(0, stop), subject_words, initials)) return true;
    }
  }
  // The owner named in brackets right after the value: "Visa debit 5555 5514 0405 1344 (G.
  // Chaudhry)", and no one else in them.
  size_t q = f.end;
  while (q < page.size() && page[q] == ' ') ++q;
  if (q < page.size() && page[q] == '(') {
    const size_t close = page.substr(0, std::min(page.size(), q + 49)).find(')', q);  // within 48 bytes
    if (close != std::string_view::npos) {
      const std::string_view inside = page.substr(q + 1, close - q - 1);
      const NameFinder::WordCount count = names.CountNameWords(inside, subject_words, initials);
      // (One word of theirs that a relative named on the page shares says no one: "(registered to
      // Malik)" beside "Shanice Malik (mother)".)
      const size_t last_word = inside.find_last_of(' ') == std::string_view::npos ? 0 : inside.find_last_of(' ') + 1;
      const bool shared = count.subject == 1 && names_on_page.AnyHasWord(page, inside.substr(last_word));
      if (count.subject > 0 && count.other == 0 && !shared) return true;
    }
  }
  // The subject is said to own it, in the sentence before it: "Chaudhry is the registered keeper
  // of DT10 COA", with no one else named before the owner word.
  size_t owner_end = 0;
  const size_t owner_at = OwnerWords().Last(line, 0, f.begin - line_begin, true, nullptr, &owner_end);
  if (owner_at != std::string_view::npos) {
    std::string_view between = line.substr(owner_end, f.begin - line_begin - owner_end);
    std::string_view before = line.substr(0, owner_at);  // "... Chaudhry is the registered "
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.ends_with(" registered")) before.remove_suffix(11);
    if ((between == " of " || between == " of: ") && before.ends_with(" is the")) {
      before.remove_suffix(7);
      const size_t stop = before.find_last_of(".;:");
      if (stop != std::string_view::npos) before.remove_prefix(stop + 1);
      const NameFinder::WordCount count = names.CountNameWords(before, subject_words, initials);
      if (count.subject > 0 && count.other == 0) return true;
    }
  }
  if (SentenceTiesToSubject(names, subject, page, line, f.begin - line_begin, f.end - line_begin, names_on_page) ||
      OwnAfterInSentence(names, subject, page, line, f.begin - line_begin, f.end - line_begin, names_on_page)) {
    return true;
  }
  if (names_on_page.OnLine(page, line)) return false;
  owner_end = 0;
  if (OwnerWords().Last(line, 0, line.size(), true, nullptr, &owner_end) != std::string_view::npos &&
      names.NamesOnlySubject(line, subject_words, initials, true)) {
    // The owner named is the subject: the word after the owner word is one of the subject's.
    size_t w = owner_end;
    while (w < line.size() && (line[w] == ' ' || line[w] == ':' || line[w] == '-')) ++w;
    size_t we = w;
    while (we < line.size() && line[we] != ' ' && line[we] != ',') ++we;
    if (we > w && names.CountNameWords(line.substr(w, we - w), subject_words, initials).subject == 1) return true;
  }
  const size_t own_at = OwnWord().Last(page, line_begin, f.begin, true);
  if (own_at != std::string_view::npos && names.NamesOnlySubject(line, subject_words, initials, true)) return true;
  // "Darren's own mobile is ...": the subject's name, possessive, right before "own" (no one else
  // is named on the line).
  if (own_at != std::string_view::npos && own_at >= line_begin + 3 && page.substr(own_at - 3, 3) == "'s ") {
    size_t w = own_at - 3;
    while (w > line_begin && IsAlnum(page[w - 1])) --w;
    const NameFinder::WordCount count = names.CountNameWords(page.substr(w, own_at - 3 - w), subject_words, initials);
    if (count.subject == 1 && count.other == 0) return true;
  }
  return on_form();
}

}  // namespace

void Detector::Impl::WrappedEmails(const NormalizedText& nt, const SubjectProfile& subject,
                                  std::vector<Finding>* out) const {
  if (email_rule == nullptr) return;
  const std::string& text = nt.text;
  static constexpr std::string_view kEndings[] = {".com", ".org", ".net", ".uk", ".gov", ".edu", ".ie", ".eu",
                                                  ".io", ".example", ".info", ".biz"};
  auto ends_whole = [](std::string_view domain) {
    return std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view end) {
      return domain.size() > end.size() && domain.ends_with(end);
    });
  };
  auto domain_byte = [](char c) { return IsAlnum(c) || c == '.' || c == '-'; };
  for (size_t at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1)) {
    size_t e = at + 1;
    while (e < text.size() && domain_byte(text[e])) ++e;
    if (e + 1 >= text.size() || text[e] != '\n' || !domain_byte(text[e + 1]) ||
        ends_whole(text.substr(at + 1, e - at - 1))) {
      continue;
    }
    size_t b = at;
    while (b > 0 && (IsAlnum(text[b - 1]) || text[b - 1] == '.' || text[b - 1] == '_' || text[b - 1] == '-' ||
                     text[b - 1] == '+' || text[b - 1] == '%')) {
      --b;
    }
    size_t tail = e + 1;
    while (tail < text.size() && domain_byte(text[tail])) ++tail;
    while (tail > e + 1 && text[tail - 1] == '.') --tail;  // a full stop after the address
    std::string joined(text.substr(b, e - b));
    joined += text.substr(e + 1, tail - e - 1);
    if (b == at || !ends_whole(std::string_view(joined).substr(at - b + 1)) ||
        !RE2::FullMatch(joined, *email_rule->re)) {
      continue;
    }
    Finding f = RuleFinding(*email_rule, nt, b, tail, "pattern+line-break-join",
                            subject.IsSubjectValue("email", joined) ? kSubjectOwn : kThirdParty);
    // (It stands for a finding of the part before the break.)
    std::erase_if(*out, [&](const Finding& o) { return o.category == "email" && o.begin < f.end && f.begin < o.end; });
    out->push_back(std::move(f));
    at = tail;
  }
}

void Detector::Impl::NamesakeWithOtherDateOfBirth(const NormalizedText& nt, const NameTokens& tokens,
                                                const SubjectProfile& subject, std::vector<Finding>* out) const {
  if (dob_rule == nullptr || !subject.HasDateOfBirth()) return;
  const std::string& text = nt.text;
  // From each " (" back to the name before it (brackets are fewer than words).
  for (size_t o = text.find('('); o != std::string::npos; o = text.find('(', o + 1)) {
    if (o < 2 || text[o - 1] != ' ') continue;
    const size_t q = o - 1;
    const size_t e = text[q - 1] == ',' ? q - 1 : q;
    const std::optional<size_t> begin =
        names.SubjectNameEndingAt(text, tokens, e, subject.NameWords(), subject.ForenameInitials());
    if (!begin) continue;
    const size_t b = *begin;
    const auto date = DateInBracketsAfter(text, e, true);
    if (!date) continue;
    const size_t p = date->first, d = date->second;
    const std::string_view date_text(text.data() + p, d - p);
    if (subject.IsSubjectValue("date_of_birth", date_text) || MentionsAlias(LineAround(text, b, d))) continue;
    out->push_back(NameFinding(nt, NameSpan{b, e, false, 0.75, "name:subject's-name+other-date-of-birth"}));
    out->push_back(DateOfBirthFinding(nt, p, d, "pattern+validator:date+in-brackets-after-name"));
  }
}

namespace {

// The categories whose values stand for one person wherever they are repeated, and are long
// enough (six letters or digits) not to be something else by chance. (Names, addresses,
// postcodes and dates have their own rules; e-mail addresses are always found.)
bool RepeatedValueCategory(std::string_view category) {
  static constexpr std::string_view kCategories[] = {
      "vehicle_registration", "sort_code", "account_number", "iban", "payment_card", "passport", "driving_licence",
      "phone", "ip_address", "nhs_number", "ni_number", "pnc", "cro", "crn", "prison_number"};
  return std::find(std::begin(kCategories), std::end(kCategories), category) != std::end(kCategories);
}

}  // namespace

// (A friend of BundleContext, as a member.)
void Detector::RememberOtherValue(std::string_view page, uint64_t page_id, const Finding& f, BundleContext* bundle) {
  if (f.party == kSubjectOwn || !RepeatedValueCategory(f.category)) return;
  std::string compact = AlnumUpper(page.substr(f.begin, f.end - f.begin));
  if (compact.size() < 6 || !bundle->other_value_keys_.emplace(f.category, compact).second) return;
  bundle->other_values_.push_back({std::move(compact), f.rule_id, f.category, f.exemption, f.party, f.score, page_id});
}

namespace {

// The end of `value` (letters and digits upper-cased) written at page[at], in any case, with at
// most one space, hyphen, dot or slash between two of its characters, and not inside a longer
// word or number; npos when it is not there.
size_t ValueEndsAt(std::string_view page, size_t at, std::string_view value) {
  size_t k = at;
  for (size_t j = 0; j < value.size(); ++j) {
    if (j > 0 && k + 1 < page.size() && (page[k] == ' ' || page[k] == '-' || page[k] == '.' || page[k] == '/')) ++k;
    if (k >= page.size() || std::toupper(static_cast<unsigned char>(page[k])) != value[j]) {
      return std::string_view::npos;
    }
    ++k;
  }
  return k < page.size() && IsAlnum(page[k]) ? std::string_view::npos : k;
}

}  // namespace

void Detector::FindOtherValues(std::string_view page, uint64_t page_id, const BundleContext& bundle,
                               const SubjectProfile& subject, std::vector<Finding>* found) {
  // The values found elsewhere by their first letter or digit, so that only a word that could
  // start one is compared.
  std::array<std::vector<const BundleContext::OtherValue*>, 36> by_first;
  std::array<bool, 256> starts{};
  auto slot = [](char c) { return c <= '9' ? c - '0' : 10 + (c - 'A'); };
  bool any = false;
  for (const BundleContext::OtherValue& v : bundle.other_values_) {
    if (v.page == page_id) continue;
    by_first[slot(v.compact[0])].push_back(&v);
    starts[static_cast<unsigned char>(v.compact[0])] = true;
    starts[static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(v.compact[0])))] = true;
    any = true;
  }
  if (!any) return;
  const size_t existing = found->size();
  auto taken = [&](size_t b, size_t e) {
    return std::any_of(found->begin(), found->begin() + static_cast<std::ptrdiff_t>(existing),
                       [&](const Finding& f) { return f.begin < e && b < f.end; });
  };
  for (size_t at = 0; at < page.size(); ++at) {
    if (!starts[static_cast<unsigned char>(page[at])] || (at > 0 && IsAlnum(page[at - 1]))) continue;
    const char first = static_cast<char>(std::toupper(static_cast<unsigned char>(page[at])));
    for (const BundleContext::OtherValue* value : by_first[slot(first)]) {
      const BundleContext::OtherValue& v = *value;
      const size_t end = ValueEndsAt(page, at, v.compact);
      if (end == std::string_view::npos || taken(at, end) ||
          subject.IsSubjectValue(v.category, page.substr(at, end - at)) ||
          bundle.subject_values_.contains(std::string(v.category) + ":" + v.compact)) {
        continue;
      }
      Finding f;
      f.rule_id = v.rule_id;
      f.category = v.category;
      f.begin = at;
      f.end = end;
      f.score = v.score;
      f.reason = "bundle-value";
      f.exemption = v.exemption;
      f.party = v.party;
      found->push_back(std::move(f));
      break;
    }
  }
}

namespace {

// True when `between`, the text between two bank values, holds only their labels and
// punctuation: ", account ", "  Account number: ", ", IBAN ".
bool OnlyBankLabels(std::string_view between) {
  static constexpr std::string_view kLabels[] = {"sort code", "account number", "account no", "account", "acct",
                                                 "a/c", "iban", "number", "no", "and"};
  size_t i = 0;
  while (i < between.size()) {
    const char c = between[i];
    if (c == ' ' || c == ',' || c == ':' || c == ';' || c == '\n' || c == '-' || c == '(' || c == ')' || c == '.') {
      if (c == '.' && i + 1 < between.size() && (between[i + 1] == ' ' || between[i + 1] == '\n')) return false;
      ++i;
      continue;
    }
    const auto label = std::find_if(std::begin(kLabels), std::end(kLabels), [&](std::string_view l) {
      if (between.size() - i < l.size()) return false;
      for (size_t k = 0; k < l.size(); ++k) {
        if (Lower(between[i + k]) != l[k]) return false;
      }
      return i + l.size() == between.size() || !IsAlnum(between[i + l.size()]);
    });
    if (label == std::end(kLabels)) return false;
    i += label->size();
  }
  return true;
}

// One account is one owner's: a sort code, account number and IBAN written together ("sort code
// 04-00-04, account 71836205 (his own account)": each within kGap bytes of the last, with only
// their labels between) are the subject's when one of them is (`learned`, by `key`), and so are
// the sort code and account number inside a UK IBAN that is.
template <class Key>
void LearnWholeAccounts(std::string_view page, const std::vector<Finding>& raw, const Key& key,
                        const std::vector<size_t>& learned_here, std::set<std::string>* learned) {
  constexpr size_t kGap = 24;
  auto bank = [](const Finding& f) {
    return f.category == "sort_code" || f.category == "account_number" || f.category == "iban";
  };
  std::vector<const Finding*> run;
  auto close_run = [&] {
    // (Not from a sort code known by its value alone, which a cue here did not give them: a sort
    // code is a branch's, and the account beside it may be someone else's there.)
    if (run.size() >= 2 && std::any_of(run.begin(), run.end(), [&](const Finding* f) {
          return learned->contains(key(page, *f)) &&
                 (f->category != "sort_code" ||
                  std::find(learned_here.begin(), learned_here.end(), f->begin) != learned_here.end());
        })) {
      for (const Finding* f : run) learned->insert(key(page, *f));
    }
    run.clear();
  };
  std::vector<const Finding*> sorted;
  for (const Finding& f : raw) sorted.push_back(&f);
  std::sort(sorted.begin(), sorted.end(), [](const Finding* a, const Finding* b) { return a->begin < b->begin; });
  for (const Finding* f : sorted) {
    if (!run.empty() && (!bank(*f) || f->begin < run.back()->end || f->begin - run.back()->end > kGap ||
                         !OnlyBankLabels(page.substr(run.back()->end, f->begin - run.back()->end)))) {
      close_run();
    }
    if (bank(*f)) run.push_back(f);
  }
  close_run();
  // A UK IBAN holds its account's sort code and number: either way round, what is the subject's
  // in one is theirs in the other ("sort code 60-16-13, account 31926819. The IBAN ... is GB29
  // NWBK 6016 1331 9268 19").
  for (const Finding& f : raw) {
    if (f.category != "iban") continue;
    const std::string iban = AlnumUpper(page.substr(f.begin, f.end - f.begin));
    if (iban.size() != 22 || !iban.starts_with("GB")) continue;
    const std::string sort_code = "sort_code:" + iban.substr(8, 6), account = "account_number:" + iban.substr(14, 8);
    if (learned->contains(key(page, f))) {
      learned->insert(sort_code);
      learned->insert(account);
    } else if (learned->contains(sort_code) && learned->contains(account)) {
      learned->insert(key(page, f));
    }
  }
}

}  // namespace

std::vector<std::vector<Finding>> Detector::DetectDocument(const std::vector<std::string_view>& pages,
                                                           const SubjectProfile& subject,
                                                           BundleContext* bundle) const {
  const Impl& impl = *impl_;
  // The subject's name words, less the alias surnames the bundle gave as another's forename
  // (NameMemory::disowned); only their aliases whole are then theirs.
  std::set<std::string> owned;
  auto owned_words = [&]() -> const std::set<std::string>& {
    if (bundle->names_.disowned.empty()) return subject.NameWords();
    owned = subject.NameWords();
    for (const std::string& word : bundle->names_.disowned) owned.erase(word);
    return owned;
  };
  auto whole_aliases_only = [&] { return subject.HasWholeOnlyAliases() || !bundle->names_.disowned.empty(); };
  // True when text[b, e), alone or with the word before it on its line (not a title: "Mr Sandhu"
  // is a name variant, and may be her father), is one of the subject's names ("Begum CHOWDHURY"
  // of the alias "Rokeya Begum CHOWDHURY").
  auto InWholeAlias = [&subject](std::string_view text, size_t b, size_t e) {
    for (int words = 0; words <= 1; ++words) {
      if (subject.IsSubjectValue("name", text.substr(b, e - b))) return true;
      if (b < 2 || text[b - 1] != ' ' || !IsAlnum(text[b - 2])) return false;
      const size_t end = --b;
      while (b > 0 && end - b < 24 && (IsAlnum(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '\'' ||
                                       static_cast<unsigned char>(text[b - 1]) >= 0x80)) {
        --b;
      }
      const std::string title = AsciiLowerCopy(text.substr(b, end - b));
      if (title == "mr" || title == "mrs" || title == "ms" || title == "miss" || title == "mx") return false;
    }
    return false;
  };
  struct PageWork {
    NormalizedText nt;
    std::vector<Finding> raw;
    std::vector<std::pair<size_t, size_t>> names;  // normalised spans found by the name finder
    NameTokens tokens;
    TableMap tables;  // the page's table columns (TableMap::Build)
  };
  std::vector<PageWork> work(pages.size());
  if (impl.find_names) {
    for (std::string_view page : pages) impl.names.LearnWordNames(page, &bundle->names_);
  }
  std::vector<int> hits;
  struct Range {
    size_t from, until, limit;  // matches start in [from, until); the search runs to limit
  };
  std::vector<std::vector<Range>> ranges(impl.rules.size());
  std::vector<PageCue> page_cues;
  std::string joined;
  for (size_t p = 0; p < pages.size(); ++p) {
    PageWork& w = work[p];
    w.nt = Normalize(pages[p]);
    // The text with line breaks as spaces (so that patterns match across them): a copy, then
    // memchr from break to break (one every line, not a test per byte).
    joined = w.nt.text;
    for (char brk : {'\n', '\r'}) {
      for (char* at = joined.data(); (at = static_cast<char*>(std::memchr(at, brk, joined.data() + joined.size() - at)));) {
        *at++ = ' ';
      }
    }
    w.tables = TableMap::Build(w.nt.text);
    const TableMap& tables = w.tables;
    page_cues.clear();
    for (const Rule& rule : impl.rules) page_cues.emplace_back(rule.context, joined);
    // The RE2::Set prefilter runs over blocks of the page; a rule's own RE2 then runs only over
    // the blocks where the set says it matches (plus a margin for matches crossing the block end),
    // so a page is not re-scanned once per rule.
    // Blocks are runs of whole lines of at least kBlock bytes; the margin lets an identifier split
    // over the line break that ends a block be found.
    if (!impl.prefilter) {
      for (size_t r = 0; r < impl.rules.size(); ++r) {
        size_t prev = 0;
        impl.RunRuleRange(impl.rules[r], joined, 0, joined.size(), joined.size(), w.nt, &tables, &page_cues[r], &subject,
                          &prev, &w.raw);
      }
    }
    // Pass 1: the Set over each block; a rule hit in consecutive blocks gets one range over them
    // (one RE2 call per match plus one that finds no more, per range rather than per block).
    for (auto& r : ranges) r.clear();
    for (size_t from = 0, until = 0; impl.prefilter && from < joined.size(); from = until) {
      until = std::min(joined.size(), from + kBlock);
      if (until < joined.size() && w.nt.text[until - 1] != '\n') {
        const void* nl = std::memchr(w.nt.text.data() + until, '\n', joined.size() - until);
        until = nl == nullptr ? joined.size() : static_cast<size_t>(static_cast<const char*>(nl) - w.nt.text.data()) + 1;
      }
      const size_t limit = std::min(joined.size(), until + kMargin);
      if (impl.skip_blocks && !HasAny(std::string_view(joined).substr(from, limit - from), impl.trigger)) continue;
      hits.clear();
      RE2::Set::ErrorInfo info{};
      if (!impl.set->Match(std::string_view(joined).substr(from, limit - from), &hits, &info) &&
          info.kind != RE2::Set::kNoError) {
        // The prefilter ran out of DFA memory: fall back to every rule.
        hits.clear();
        for (size_t i = 0; i < impl.rules.size(); ++i) hits.push_back(static_cast<int>(i));
      }
      for (int i : hits) {
        const ContextSpec& ctx = impl.rules[static_cast<size_t>(i)].context;
        if (ctx.required) {
          // A candidate here needs a cue in the window before it, in the `after` bytes that
          // follow it, or in its table column header: when the text around the block holds no
          // cue word at all and no cell under a cue header, nothing in it can pass, and the
          // rule's RE2 does not run here. (A first_only cue's floor is unaffected: no cue
          // precedes it here.)
          const size_t lo = from > ctx.window ? from - ctx.window : 0;
          const size_t hi = std::min(joined.size(), limit + ctx.after);
          auto cue_header = [&ctx](std::string_view h) {
            size_t h_end = 0;
            return ctx.words.Last(h, 0, h.size(), true) != std::string_view::npos ||
                   (ctx.column_words.Last(h, 0, h.size(), true, nullptr, &h_end) == 0 && h_end == h.size());
          };
          if (!ctx.words.AnyIn(joined, lo, hi) && !tables.AnyCellIn(from, limit, cue_header) &&
              page_cues[static_cast<size_t>(i)].get() == nullptr) {
            continue;
          }
        }
        auto& r = ranges[static_cast<size_t>(i)];
        if (!r.empty() && r.back().until == from) {
          r.back().until = until;
          r.back().limit = limit;
        } else {
          r.push_back({from, until, limit});
        }
      }
    }
    // Pass 2: each hit rule's own RE2 over its ranges, in file order.
    for (size_t r = 0; impl.prefilter && r < impl.rules.size(); ++r) {
      size_t prev = 0;
      for (const Range& g : ranges[r]) {
        impl.RunRuleRange(impl.rules[r], joined, g.from, g.until, g.limit, w.nt, &tables, &page_cues[r], &subject,
                          &prev, &w.raw);
      }
    }
    impl.AddressFieldValues(w.nt, subject, &w.raw);
    if (!impl.find_names) continue;
    for (const Finding& f : w.raw) {
      if (f.category == "address") RememberTown(pages[p].substr(f.begin, f.end - f.begin), &bundle->names_);
    }
    w.tokens = impl.names.Tokenize(w.nt.text);
    impl.names.Unveto(w.nt.text, &w.tokens, bundle->names_);
    for (NameSpan& s : impl.names.Find(w.nt.text, w.tokens, tables, owned_words(),
                                          subject.ForenameInitials(), subject, &bundle->names_)) {
      // ("Rm 3  AK" in a register of residents' initials, when the subject is Ardit KRASNIQI; an
      // alias whole, as a teknonym is, "Mai Nyasha", or one whose surname is another's forename,
      // "Tharshini Kantharuban".) Kept among the names found, so that no other name is looked for
      // inside it.
      const std::string_view found = std::string_view(w.nt.text).substr(s.begin, s.end - s.begin);
      if (subject.IsSubjectInitials(found) || (whole_aliases_only() && InWholeAlias(w.nt.text, s.begin, s.end))) {
        w.names.emplace_back(s.begin, s.end);
        continue;
      }
      if (!s.staff) impl.DateOfBirthInBrackets(w.nt, s.end, &w.raw);
      if (!s.staff && s.reason == "name:list") impl.DateOfBirthInNextCell(w.nt, s.end, &w.raw);
      w.names.emplace_back(s.begin, s.end);
      w.raw.push_back(impl.NameFinding(w.nt, std::move(s)));
    }
    impl.NamesakeWithOtherDateOfBirth(w.nt, w.tokens, subject, &w.raw);
    impl.StreetsNamedWithoutNumber(w.nt, w.tokens, subject, &w.raw);
    impl.WrappedEmails(w.nt, subject, &w.raw);
  }
  // The subject's own values that bundle.json cannot declare (bank details, cards, vehicles) are
  // learned from each page, then kept wherever they appear in the bundle: first every finding of
  // the page teaches (LearnsSubjectValue), then those learned are dropped, so a registration in
  // an ANPR table is kept when the keeper row below it names the subject.
  // (A date of birth by its calendar date, in whatever form it is written: "14.09.2005",
  // "14-SEP-2005" and "14 September 2005" are one.)
  auto key = [](std::string_view page, const Finding& f) {
    const std::string_view value = page.substr(f.begin, f.end - f.begin);
    if (f.category == "date_of_birth") {
      if (const auto d = ParseWrittenDate(value); d && !d->two_digit_year) {
        return "date_of_birth:" + std::to_string(d->year * 10000 + d->month * 100 + d->day);
      }
    }
    return std::string(f.category) + ":" + AlnumUpper(value);
  };
  std::vector<std::vector<Finding>> out(pages.size());
  const bool subject_form =
      impl.find_names && !subject.NameWords().empty() && FormAboutSubject(impl.names, subject, pages);
  // The party words the document's pages so far give the subject ("Our client: ..." on the first
  // page stands for the letter's later pages too).
  std::vector<std::string_view> document_parties;
  for (size_t p = 0; p < pages.size(); ++p) {
    PageWork& w = work[p];
    // (The sort codes the bundle knew as the subject's before this page: found again here by
    // value, they do not make the accounts beside them theirs. LearnWholeAccounts.)
    // (The findings of this page that a cue here makes the subject's, by where they begin: a sort
    // code found again here by value does not make the account beside it theirs. LearnWholeAccounts.)
    std::vector<size_t> learned_here;
    auto learn_here = [&](const Finding& f) {
      bundle->subject_values_.insert(key(pages[p], f));
      learned_here.push_back(f.begin);
    };
    if (impl.find_names && !bundle->names_.words.empty()) {
      std::sort(w.names.begin(), w.names.end());
      std::vector<NameSpan> spans = impl.names.Propagate(w.nt.text, w.tokens, bundle->names_, owned_words(), w.names);
      for (NameSpan& s : impl.names.UserIds(w.nt.text, w.tokens, bundle->names_, owned_words(), w.names, w.tables)) {
        const auto overlaps = [&](const NameSpan& o) { return o.begin < s.end && s.begin < o.end; };
        if (std::none_of(spans.begin(), spans.end(), overlaps)) {
          spans.push_back(std::move(s));
        }
      }
      for (NameSpan& s : spans) {
        // (An alias whole, as a teknonym is: "Abu Yazan" holds his son's name. An alias's surname
        // the bundle gave as another's is still the subject's as a name they were known by:
        // "Previous surname  DEVLIN", 'under the name "Kantharuban"'.)
        if (whole_aliases_only() && InWholeAlias(w.nt.text, s.begin, s.end)) continue;
        if (!bundle->names_.disowned.empty() && KnownByNameBefore(w.nt.text, s.begin) &&
            bundle->names_.disowned.contains(AsciiLowerCopy(w.nt.text.substr(s.begin, s.end - s.begin)))) {
          continue;
        }
        if (!s.staff) impl.DateOfBirthInBrackets(w.nt, s.end, &w.raw);
        w.raw.push_back(impl.NameFinding(w.nt, std::move(s)));
      }
    }
    const bool learns = impl.find_names && !subject.NameWords().empty();
    // Every way of learning needs the subject named near the value: a page that never names
    // them teaches nothing.
    // Where the page names the subject, in the page's own offsets (the tokens are of its normalised text).
    std::vector<size_t> mentions = learns ? impl.names.WordsAt(w.tokens, subject.NameWords()) : std::vector<size_t>();
    for (size_t& m : mentions) m = w.nt.ToOriginal(m, m + 1).first;
    if (subject_form || (!mentions.empty() && LetterToSubject(impl.names, subject, pages[p]))) {
      // The fields of a form about the subject, on any of its pages, and what its sentences (or a
      // letter's to them) say is theirs.
      const PageNames names_on_page(w.raw);
      const PageNames others_on_page(w.raw, true);
      for (const Finding& f : w.raw) {
        if (subject_form && f.party != kSubjectOwn && (f.category == "address" || f.category == "postcode")) {
          const std::string_view line = LineAround(pages[p], f.begin, f.end);
          if (AddressFieldOfSubjectForm(pages[p], line, f.begin - static_cast<size_t>(line.data() - pages[p].data()),
                                        others_on_page)) {
            // (A postcode is kept only after the subject's address: neighbours share it.)
            if (f.category == "address") {
              bundle->subject_addresses_.push_back(AlnumUpper(pages[p].substr(f.begin, f.end - f.begin)));
            }
          }
          continue;
        }
        if (f.party == kSubjectOwn || !Learnable(f.category)) continue;
        if (f.category == "date_of_birth") {
          const std::string_view line = LineAround(pages[p], f.begin, f.end);
          if (ClaimedDateOfBirthField(pages[p], line, f.begin - static_cast<size_t>(line.data() - pages[p].data()),
                                      names_on_page)) {
            learn_here(f);
          }
          continue;
        }
        const bool contact = f.category == "phone" || f.category == "email";
        const std::string_view line = LineAround(pages[p], f.begin, f.end);
        if ((subject_form &&
             FieldOfSubjectForm(pages[p], line, f.begin - static_cast<size_t>(line.data() - pages[p].data()),
                                names_on_page, contact)) ||
            (!contact && OwnedInSubjectDocument(pages[p], f.begin, f.end, names_on_page))) {
          learn_here(f);
        }
      }
    }
    if (learns && (!mentions.empty() || !document_parties.empty())) {
      const PageNames names_on_page(w.raw);
      const bool letter_to_subject = LetterToSubject(impl.names, subject, pages[p]);
      const size_t letter_from_subject_end =
          letter_to_subject ? 0 : LetterFromSubjectEnd(impl.names, subject, pages[p]);
      std::vector<std::pair<size_t, size_t>> own_contacts;
      for (const Finding& f : w.raw) {
        if (f.party == kSubjectOwn && (f.category == "phone" || f.category == "email")) {
          own_contacts.emplace_back(f.begin, f.end);
        }
      }
      for (const Finding& f : w.raw) {
        if (f.category == "address" && f.party != kSubjectOwn &&
            LivedAtBySubject(impl.names, subject, pages[p], f.begin, letter_to_subject)) {
          bundle->subject_addresses_.push_back(AlnumUpper(pages[p].substr(f.begin, f.end - f.begin)));
        }
        if ((f.category == "phone" || f.category == "email") && f.party != kSubjectOwn && !own_contacts.empty() &&
            (OldContactOfSubject(pages[p], f.begin, own_contacts, names_on_page) ||
             OldValueInBracketsAfterOwn(pages[p], f.begin, own_contacts))) {
          learn_here(f);
        }
        // An IP address on a log's row that holds the subject's own e-mail or phone and names no
        // one ("Laptop-01   203.0.113.47   Login to web mail as <their e-mail>").
        if (f.category == "ip_address" && f.party != kSubjectOwn && !own_contacts.empty()) {
          const std::string_view line = LineAround(pages[p], f.begin, f.end);
          const size_t lb = static_cast<size_t>(line.data() - pages[p].data());
          const bool own_on_row = std::any_of(own_contacts.begin(), own_contacts.end(), [&](const auto& o) {
            return o.first >= lb && o.second <= lb + line.size();
          });
          if (own_on_row && !names_on_page.OnLine(pages[p], line) &&
              OtherPartyWords().Last(line, 0, line.size(), true) == std::string_view::npos &&
              !DisownedOnPage(pages[p], f.begin, f.end)) {
            learn_here(f);
          }
        }
      }
      for (const std::string_view party : SubjectPartyWords(impl.names, subject, pages[p])) {
        if (std::find(document_parties.begin(), document_parties.end(), party) == document_parties.end()) {
          document_parties.push_back(party);
        }
      }
      const std::vector<std::string_view>& subject_parties = document_parties;
      for (const Finding& f : w.raw) {
        // An address the page gives them by their party word or a pronoun ("the requested person's
        // previous UK address was ...", "her previous address, Flat 2, ...").
        if (f.category == "address" && f.party != kSubjectOwn &&
            ((!subject_parties.empty() && SubjectPartyBefore(pages[p], f.begin, f.end, subject_parties, names_on_page)) ||
             PronounHeldBySubjectInSentence(impl.names, subject, pages[p], f.begin, f.end, names_on_page,
                                            subject_form))) {
          bundle->subject_addresses_.push_back(AlnumUpper(pages[p].substr(f.begin, f.end - f.begin)));
          continue;
        }
        if (f.party != kSubjectOwn && Learnable(f.category) &&
            (LearnsSubjectValue(impl.names, subject, pages[p], f, names_on_page, mentions, letter_to_subject,
                                letter_from_subject_end) ||
             (!subject_parties.empty() && SubjectPartyBefore(pages[p], f.begin, f.end, subject_parties, names_on_page)) ||
             PronounOwnerInBracketsAfter(pages[p], f.begin, f.end, names_on_page) ||
             JointOrYourOwnAccount(pages[p], f, letter_to_subject) ||
             PronounHeldBySubjectInSentence(impl.names, subject, pages[p], f.begin, f.end, names_on_page,
                                            subject_form)) &&
            !DisownedOnPage(pages[p], f.begin, f.end)) {
          learn_here(f);
        }
      }
    }
    if (learns && !bundle->subject_values_.empty()) {
      LearnWholeAccounts(pages[p], w.raw, key, learned_here, &bundle->subject_values_);
    }
    // The subject's addresses learned from forms about them (AddressFieldOfSubjectForm), found
    // whole or in part, and where each such address ends on this page.
    auto subjects_address = [&](const Finding& f) {
      if (bundle->subject_addresses_.empty()) return false;
      const std::string a = AlnumUpper(pages[p].substr(f.begin, f.end - f.begin));
      return a.size() >= 6 && std::any_of(bundle->subject_addresses_.begin(), bundle->subject_addresses_.end(),
                                          [&a](const std::string& held) {
                                            return held.find(a) != std::string::npos ||
                                                   a.find(held) != std::string::npos;
                                          });
    };
    // The subject's postcode closing another address on its line is that household's too
    // ("Flat 1, Quay House, 9 Fore Street   YK3 1BT" in an electoral register, when the subject
    // lives at Flat 2).
    for (Finding& f : w.raw) {
      if (f.category != "postcode" || f.party != kSubjectOwn) continue;
      const bool after_other = std::any_of(w.raw.begin(), w.raw.end(), [&](const Finding& a) {
        return a.category == "address" && a.party != kSubjectOwn && a.end <= f.begin && f.begin - a.end <= 8 &&
               pages[p].substr(a.end, f.begin - a.end).find_first_not_of(" ,") == std::string_view::npos &&
               !subjects_address(a);
      });
      if (after_other) {
        f.party = kThirdParty;
        f.reason += "+after-other-address";
      }
    }
    // The subject's own values (from the rules, kSubjectOwn) and what lies inside them.
    std::vector<std::pair<size_t, size_t>> own;
    for (const Finding& f : w.raw) {
      if (f.party == kSubjectOwn) own.emplace_back(f.begin, f.end);
    }
    auto inside_own = [&own](const Finding& f) {
      return std::any_of(own.begin(), own.end(), [&f](const auto& s) { return s.first <= f.begin && f.end <= s.second; });
    };
    // (Their addresses from bundle.json too, which may give no postcode: "27 Quayside Mews, Holmbury".)
    std::vector<size_t> own_address_ends;
    for (const Finding& f : w.raw) {
      if (f.category == "address" && (f.party == kSubjectOwn || subjects_address(f))) own_address_ends.push_back(f.end);
    }
    std::vector<Finding> kept;
    kept.reserve(w.raw.size());
    for (Finding& f : w.raw) {
      if (!own.empty() && f.category != "name" && inside_own(f)) continue;
      if (!impl.redact_staff_names && f.category == "name" && f.party == kStaff) continue;
      if (learns && Learnable(f.category) && !bundle->subject_values_.empty() &&
          bundle->subject_values_.count(key(pages[p], f))) {
        // (A sort code is a branch's, shared by its accounts: the subject's only where the account
        // number after it, if any, is theirs too: not "Husband's sole account  Sort code 40-62-28
        // Account no 58830164" beside their joint account at the same branch.)
        const auto account_after = std::find_if(w.raw.begin(), w.raw.end(), [&](const Finding& g) {
          return g.category == "account_number" && g.begin >= f.end && g.begin - f.end <= 40;
        });
        if (f.category != "sort_code" || account_after == w.raw.end() ||
            bundle->subject_values_.count(key(pages[p], *account_after))) {
          continue;
        }
      }
      if (f.category == "address" && subjects_address(f)) continue;
      // The postcode right after the subject's address is theirs too, on its line or opening the
      // next (an address block's "27 Quayside Mews, Holmbury\n    YN3 5QE"), after a quoted
      // reply's '>' or a form's "Postcode" label there ("...Eastham Moor,\n> ZE4 5RW").
      if (f.category == "postcode" && std::any_of(own_address_ends.begin(), own_address_ends.end(), [&](size_t e) {
            if (e > f.begin || f.begin - e > 64) return false;
            std::string gap(pages[p].substr(e, f.begin - e));
            for (char& c : gap) c = Lower(c);
            for (const std::string_view label : {"post code", "postcode"}) {
              if (const size_t at = gap.find(label); at != std::string::npos) gap.erase(at, label.size());
            }
            const bool one_break = std::count(gap.begin(), gap.end(), '\n') == 1;
            return gap.find_first_not_of(" ,\n>:") == std::string::npos && std::count(gap.begin(), gap.end(), '\n') <= 1 &&
                   (one_break || gap.size() <= 8);
          })) {
        continue;
      }
      // The postcode closing the subject's address as bundle.json gives it, which no rule found
      // (a house name: "Bryn Eithin, Lôn Gefn, Llanddewi Fach, ZF8 3WB"), on its line or the
      // line before (at most kBefore bytes).
      if (f.category == "postcode") {
        constexpr size_t kBefore = 160;
        const size_t from = f.begin > kBefore ? f.begin - kBefore : 0;
        std::string_view before = pages[p].substr(from, f.begin - from);
        const size_t nl = before.find_last_of('\n', before.find_last_not_of(" ,\n") == std::string_view::npos
                                                        ? 0 : before.find_last_not_of(" ,\n"));
        if (nl != std::string_view::npos && nl < before.size()) before.remove_prefix(nl + 1);
        if (subject.AddressEndsAt(before)) continue;
      }
      if (impl.public_bodies.size() > 0 &&
          impl.public_bodies.IsListed(f.category, pages[p].substr(f.begin, f.end - f.begin))) {
        continue;
      }
      if (f.category != "name" && EstablishmentContact(pages[p], f.category, f.begin, f.end)) {
        continue;
      }
      kept.push_back(std::move(f));
    }
    out[p] = MergeFindings(std::move(kept));
  }
  // Another party's values are theirs wherever the bundle repeats them: those this document
  // found are remembered, then every page is searched for those found on other pages so far.
  // (Not for those found on the page in this pass, which it has: a one-page document costs
  // nothing. The detect stage's second pass over a bundle finds a repeat on the same page too.)
  const uint64_t first_page = bundle->pages_seen_;
  bundle->pages_seen_ += pages.size();
  for (size_t p = 0; p < pages.size(); ++p) {
    for (const Finding& f : out[p]) RememberOtherValue(pages[p], first_page + p, f, bundle);
  }
  for (size_t p = 0; p < pages.size(); ++p) {
    const size_t before = out[p].size();
    FindOtherValues(pages[p], first_page + p, *bundle, subject, &out[p]);
    if (out[p].size() != before) out[p] = MergeFindings(std::move(out[p]));
  }
  return out;
}

std::vector<std::string> Detector::TestExamples() const {
  std::vector<std::string> failures;
  for (const Rule& rule : impl_->rules) {
    for (size_t i = 0; i < rule.match.size(); ++i) {
      const Example& ex = rule.match[i];
      NormalizedText nt = Normalize(ex.text);
      std::vector<Finding> found;
      TableMap tables = TableMap::Build(nt.text);
      impl_->RunRule(rule, nt.text, nt, &tables, nullptr, &found);
      const std::string where = "rule '" + rule.id + "' match example " + std::to_string(i + 1);
      if (found.empty()) {
        failures.push_back(where + " was not found");
      } else if (ex.redact) {
        bool exact = std::any_of(found.begin(), found.end(), [&](const Finding& f) {
          return std::string_view(ex.text).substr(f.begin, f.end - f.begin) == *ex.redact;
        });
        if (!exact) failures.push_back(where + " was found but the redacted span differs from 'redact'");
      }
    }
    for (size_t i = 0; i < rule.no_match.size(); ++i) {
      NormalizedText nt = Normalize(rule.no_match[i].text);
      std::vector<Finding> found;
      TableMap tables = TableMap::Build(nt.text);
      impl_->RunRule(rule, nt.text, nt, &tables, nullptr, &found);
      if (!found.empty()) {
        failures.push_back("rule '" + rule.id + "' no_match example " + std::to_string(i + 1) + " was reported");
      }
    }
  }
  return failures;
}

size_t Detector::RuleCount() const { return impl_->rules.size(); }

std::vector<std::string> Detector::RuleIds() const {
  std::vector<std::string> ids;
  for (const Rule& r : impl_->rules) ids.push_back(r.id);
  return ids;
}

double Detector::MinScore() const { return impl_->min_score; }

}  // namespace disclose::detect
