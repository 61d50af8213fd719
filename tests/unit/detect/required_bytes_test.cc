// Tests for the required-byte analysis (stages/detect/required_bytes.h): the set chosen for
// each construct, "nothing" where a match can avoid every byte, and soundness checked against
// RE2 itself: every match RE2 finds in random text contains a byte of the set.
#include "stages/detect/required_bytes.h"

#include <gtest/gtest.h>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <random>
#include <string>
#include <string_view>

#include "stages/detect/detector.h"

namespace disclose::detect {
namespace {

ByteSet Bytes(std::string_view chars) {
  ByteSet s;
  for (char c : chars) s.set(static_cast<unsigned char>(c));
  return s;
}

const ByteSet kDigits = Bytes("0123456789");

struct Case {
  const char* pattern;
  std::optional<ByteSet> want;
};

TEST(RequiredBytesTest, EachConstruct) {
  const Case cases[] = {
      {"(?i)\\b([A-Z][0-9]{4}[A-Z]{2})\\b", kDigits},      // the rarest part: digits over letters
      {"a?b", Bytes("b")},                                 // an optional part is not required
      {"(?i)a?b", Bytes("bB")},                            // both cases under folding
      {"x+y*", Bytes("x")},
      {"x{2,}", Bytes("x")},
      {"x{0,3}z?", std::nullopt},                          // nothing is required
      {"x{,3}", Bytes("3")},                               // not a repetition: literal text
      {"x{00,2}y?", std::nullopt},                         // a minimum of zero however written
      {"x{99999999999999999999999", Bytes("9")},           // a literal '{' and digits, no overflow
      {"\\d+@\\d+", Bytes("@")},                           // '@' is rarer than digits
      {"ab|cd", Bytes("ac")},                              // a byte of each branch
      {"(?:a|)b?", std::nullopt},                          // one branch is empty
      {"(?P<n>[0-9])", kDigits},
      {"[^0-9]5", Bytes("5")},                             // a negated class requires nothing
      {"[\\d]", kDigits},
      {"[[:digit:]]", kDigits},
      {"[\\s\\d]", std::nullopt},                          // \s is too wide to follow
      {"[a-c-]", Bytes("abc-")},
      {"[]x]", Bytes("]x")},
      {"\\pN5", Bytes("5")},
      {"\\x{41}", std::nullopt},
      {"\\b\\B^$.", std::nullopt},
      {"\\.", Bytes(".")},
      {"\\n", Bytes("\n")},
      {"\\Qab\\E", std::nullopt},                          // not followed: nothing claimed
      {"\xC5\xBF", std::nullopt},                          // non-ASCII literal (folds to 's')
      {"(a", std::nullopt},                                // unbalanced: nothing claimed
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.pattern);
    EXPECT_EQ(RequiredBytes(c.pattern), c.want);
  }
}

// Every default rule has a required set, and none of them holds a space or a lower-case
// letter: prose blocks without digits, '@' or ':' can be skipped.
TEST(RequiredBytesTest, EveryDefaultRuleNeedsARareByte) {
  YAML::Node doc = YAML::Load(std::string(DefaultRulesYaml()));
  ByteSet all;
  for (const auto& rule : doc["rules"]) {
    const std::string pattern = rule["pattern"].as<std::string>();
    SCOPED_TRACE(rule["id"].as<std::string>());
    auto need = RequiredBytes(pattern);
    ASSERT_TRUE(need.has_value());
    all |= *need;
  }
  EXPECT_EQ(all, kDigits | Bytes("@:"));
}

// Runs `re` over `texts` random strings of `length` bytes from `alphabet` and fails the test at
// the first match holding no byte of `need`. Returns how many matches it checked.
size_t CheckEveryMatchHasARequiredByte(const RE2& re, const ByteSet& need, std::string_view alphabet, size_t length,
                                       int texts, std::mt19937* random) {
  size_t matches = 0;
  for (int n = 0; n < texts; ++n) {
    std::string text;
    for (size_t k = 0; k < length; ++k) text += alphabet[(*random)() % alphabet.size()];
    re2::StringPiece input(text), match;
    size_t pos = 0;
    while (pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
      ++matches;
      bool found = false;
      for (char c : match) found = found || need[static_cast<unsigned char>(c)];
      if (!found) {
        ADD_FAILURE() << "pattern " << re.pattern() << " matched random text #" << n << " without a required byte";
        return matches;
      }
      pos = static_cast<size_t>(match.data() - text.data()) + std::max<size_t>(match.size(), 1);
    }
  }
  return matches;
}

// Soundness against RE2: every match found in random text over a small alphabet contains a
// byte of the claimed set, for hand-made patterns and every default rule.
TEST(RequiredBytesTest, EveryMatchRe2FindsContainsARequiredByte) {
  std::vector<std::string> patterns = {"a?b",   "x+y*",      "(?i)[a-c]{2}9?", "ab|c:d",    "\\d+@\\d+",
                                       "[ab]+", "(?:a|b)c+", "x{2}[0-9]?",     "(?i)B|\\.", "[^x]y"};
  YAML::Node doc = YAML::Load(std::string(DefaultRulesYaml()));
  for (const auto& rule : doc["rules"]) patterns.push_back(rule["pattern"].as<std::string>());
  const std::string alphabet = "abcxyABCXY0123456789 @:.-/,GBMF";
  std::mt19937 random(7);
  size_t matches = 0;
  for (const std::string& pattern : patterns) {
    SCOPED_TRACE(pattern);
    RE2 re(pattern);
    ASSERT_TRUE(re.ok());
    auto need = RequiredBytes(pattern);
    ASSERT_TRUE(need.has_value());
    matches += CheckEveryMatchHasARequiredByte(re, *need, alphabet, 40, 3000, &random);
    if (HasFailure()) return;
  }
  EXPECT_GT(matches, 10000u);  // the random texts did exercise the patterns
}

// Random patterns built from the constructs RE2 offers (literals, classes, escapes, groups,
// flags, alternation, repeats): every one RE2 accepts gets an answer, and every set claimed holds
// for every match RE2 finds in random text.
TEST(RequiredBytesTest, RandomPatternsAreSound) {
  const std::vector<std::string> atoms = {"a",   "b",    "0",     "7",     "@",   ":",    ".",   "\\.", "\\d",
                                          "\\w", "\\s", "\\b", "[a-c]", "[0-9]", "[^x]", "[@:]", "x",   "A",
                                          "{",   "}",    "^",     "$",     "-",   " "};
  const std::vector<std::string> repeats = {"", "", "", "*", "+", "?", "{0,2}", "{1}", "{2,}", "??", "+?"};
  std::mt19937 random(11);
  auto pick = [&random](const std::vector<std::string>& v) { return v[random() % v.size()]; };
  // A concatenation of up to five pieces, each an atom or (one level deep) a group.
  std::function<std::string(int)> concat = [&](int depth) {
    std::string out;
    const int pieces = 1 + static_cast<int>(random() % 5);
    for (int k = 0; k < pieces; ++k) {
      std::string piece;
      if (depth > 0 && random() % 4 == 0) {
        const char* open[] = {"(", "(?:", "(?i:", "(?P<g>"};
        piece = open[random() % 4] + concat(depth - 1);
        if (random() % 2) piece += "|" + concat(depth - 1);
        piece += ")";
      } else {
        piece = pick(atoms);
      }
      out += piece + pick(repeats);
    }
    return out;
  };
  const std::string alphabet = "abcxA07@:.- _{}";
  size_t accepted = 0, claimed = 0, matches = 0;
  for (int n = 0; n < 3000; ++n) {
    std::string pattern = (random() % 5 == 0 ? "(?i)" : "") + concat(2);
    if (random() % 4 == 0) pattern += "|" + concat(1);
    RE2::Options options;
    options.set_log_errors(false);
    RE2 re(pattern, options);
    if (!re.ok()) continue;
    ++accepted;
    auto need = RequiredBytes(pattern);
    if (!need) continue;
    ++claimed;
    matches += CheckEveryMatchHasARequiredByte(re, *need, alphabet, 24, 50, &random);
    if (HasFailure()) return;
  }
  EXPECT_GT(accepted, 2000u);  // the generator makes mostly valid patterns
  EXPECT_GT(claimed, 300u);    // ...and many with a required set
  EXPECT_GT(matches, 10000u);  // ...which the random texts do match
}

}  // namespace
}  // namespace disclose::detect
