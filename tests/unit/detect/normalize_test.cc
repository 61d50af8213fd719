// Tests for text normalisation and its offset map (stages/detect/normalize.h).
#include "stages/detect/normalize.h"

#include <gtest/gtest.h>

namespace disclose::detect {
namespace {

TEST(NormalizeTest, FoldsTypographicCharacters) {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"A\u00A01234", "A 1234"},          // NBSP
      {"A\u202F1234\u2009BC", "A 1234 BC"},  // narrow NBSP, thin space
      {"12\u201303\u20141979", "12-03-1979"},
      {"1\u22122", "1-2"},
      {"\u2018o\u2019", "'o'"},
      {"A1\u200B234\u00ADBC\uFEFF", "A1234BC"},  // dropped characters
      {"\uFF21\uFF11", "A1"},                    // full-width
      {"plain ascii", "plain ascii"},
      {"caf\u00E9", "caf\u00E9"},                // other non-ASCII kept as is
  };
  for (const auto& c : cases) EXPECT_EQ(Normalize(c.in).text, c.out) << c.in;
}

// OCR's capital O for a zero in a number becomes a zero, in place; not in a postcode's outward
// code or a word.
TEST(NormalizeTest, ReadsOcrsCapitalOInANumberAsZero) {
  EXPECT_EQ(Normalize("Tel: 077OO 9OO731; 029 2018 O671 on 12/12/2O24; Tel  O77OO 9OO587").text,
            "Tel: 07700 900731; 029 2018 0671 on 12/12/2024; Tel  07700 900587");
  EXPECT_EQ(Normalize("Coldwell OO34 6AZ. O2 shop, BO11 OXO, 1O").text, "Coldwell OO34 6AZ. O2 shop, BO11 OXO, 1O");
  // And its zero for a capital O opening a word of small letters; not in a number or a time.
  EXPECT_EQ(Normalize("Sender: Adaeze 0konkwo, T. 0wusu-Ansah; at 10am, 0800, 2.0mm").text,
            "Sender: Adaeze Okonkwo, T. Owusu-Ansah; at 10am, 0800, 2.0mm");
  // And inside a word of capitals with no other digit; not in a code with more digits.
  EXPECT_EQ(Normalize("3-14  McD0NAGH P; night w0rker K. D0BBS; GB04 NWBK, AB0CD12, W1A 0AX, jo0n@x.example").text,
            "3-14  McDONAGH P; night worker K. DOBBS; GB04 NWBK, AB0CD12, W1A 0AX, jo0n@x.example");
  const NormalizedText accented = Normalize("Tŷ Gwyn, tel 077OO 9OO731");
  EXPECT_EQ(accented.text.substr(accented.text.size() - 12), "07700 900731");
}

TEST(NormalizeTest, MapsRangesBackToTheOriginal) {
  const std::string original = "x\u00A0A1\u200B234BC y";  // 'x', NBSP(2), 'A','1', ZWSP(3), '2','3','4','B','C'
  NormalizedText n = Normalize(original);
  ASSERT_EQ(n.text, "x A1234BC y");
  size_t b = n.text.find("A1234BC");
  auto [ob, oe] = n.ToOriginal(b, b + 7);
  EXPECT_EQ(original.substr(ob, oe - ob), "A1\u200B234BC");
  auto [sb, se] = n.ToOriginal(1, 2);  // the folded NBSP covers both of its bytes
  EXPECT_EQ(sb, 1u);
  EXPECT_EQ(se, 3u);
}

TEST(NormalizeTest, KeepsInvalidUtf8BytesOneForOne) {
  const std::string original = "a\xFF\xC3z";
  NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text, original);
  auto [b, e] = n.ToOriginal(3, 4);
  EXPECT_EQ(b, 3u);
  EXPECT_EQ(e, 4u);
}

}  // namespace
}  // namespace disclose::detect
