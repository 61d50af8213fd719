// Upper and lower case of the letters names are written with: ASCII, the two-byte UTF-8 letters
// of Latin-1 Supplement and Latin Extended-A (Á É Í Ó Ú Â Ê Ñ Ç Ø Ł Ś Ž Ő ...), and Vietnamese's
// (Ơ Ư, and Ạ..Ỹ of Latin Extended Additional), so that "HORVÁTH", "Horváth" and "horváth" are
// one word, "ĐỖ" and "Đỗ" too, and "Ó Ceallaigh" opens with a capital.
// Folding keeps every byte offset: each letter folds to a letter of the same length (the one that
// would not, U+0130 'İ', is left as written).
//
//   std::string w = "HORVÁTH";
//   FoldLatin(w.data(), w.size());   // w == "horváth"
//   LatinUpperAt("Ó Ceallaigh", 0);  // 2: a capital of two bytes
//
// Header-only; pure functions, safe from any thread. Internal to the detect library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace disclose::detect {

namespace latin_case {

// The code point of the two-byte sequence at s[i] in U+0080..U+017F, or Romanian Ș ș Ț ț
// (U+0218..U+021B, comma below), or 0.
inline uint32_t TwoByte(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return 0;
  const auto lead = static_cast<unsigned char>(s[i]);
  const auto next = static_cast<unsigned char>(s[i + 1]);
  if (lead == 0xC8 && next >= 0x98 && next <= 0x9B) return 0x200 | (next & 0x3F);
  if (lead < 0xC2 || lead > 0xC5 || (next & 0xC0) != 0x80) return 0;
  return (static_cast<uint32_t>(lead & 0x1F) << 6) | (next & 0x3F);
}

// Latin Extended-A alternates capital and small letter, capital first, except in three runs.
inline bool ExtendedAUpper(uint32_t cp) {
  if (cp == 0x130 || cp == 0x178) return true;                        // İ, Ÿ
  if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;  // ı ĸ ŉ ſ
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1;
  return cp % 2 == 0;
}

inline bool IsUpperCp(uint32_t cp) {
  if (cp == 0x218 || cp == 0x21A) return true;  // Ș Ț
  if (cp == 0x219 || cp == 0x21B) return false;
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;  // À..Þ but ×
  return cp >= 0x100 && cp <= 0x17F && ExtendedAUpper(cp);
}

inline bool IsLowerCp(uint32_t cp) {
  if (cp == 0x219 || cp == 0x21B) return true;  // ș ț
  if (cp == 0x218 || cp == 0x21A) return false;
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;  // ß..ÿ but ÷
  return cp >= 0x100 && cp <= 0x17F && !ExtendedAUpper(cp);
}

inline uint32_t LowerCp(uint32_t cp) {
  if (cp == 0x218 || cp == 0x21A) return cp + 1;  // Ș Ț
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp == 0x178) return 0xFF;
  if (cp != 0x130 && cp >= 0x100 && cp <= 0x17F && ExtendedAUpper(cp)) return cp + 1;
  return cp;
}

}  // namespace latin_case

namespace latin_case {

// Vietnamese letters: the code point of the three-byte sequence at s[i] in U+1EA0..U+1EF9 (Latin
// Extended Additional: Ạ ạ ... Ỹ ỹ, capital first), or of the two-byte Ơ ơ Ư ư (U+01A0, U+01A1,
// U+01AF, U+01B0), or 0.
inline uint32_t Vietnamese(std::string_view s, size_t i, size_t* len) {
  const auto at = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (i + 1 < s.size() && at(0) == 0xC6 && (at(1) == 0xA0 || at(1) == 0xA1 || at(1) == 0xAF || at(1) == 0xB0)) {
    *len = 2;
    return 0x180 | (at(1) & 0x3F);
  }
  if (i + 2 >= s.size() || at(0) != 0xE1 || (at(1) != 0xBA && at(1) != 0xBB) || (at(2) & 0xC0) != 0x80) return 0;
  const uint32_t cp = 0x1000 | (static_cast<uint32_t>(at(1) & 0x3F) << 6) | (at(2) & 0x3F);
  if (cp < 0x1EA0 || cp > 0x1EF9) return 0;
  *len = 3;
  return cp;
}

// Capital first in every pair: U+01A0 Ơ, U+01AF Ư, and the even code points of U+1EA0..U+1EF9.
inline bool VietnameseUpper(uint32_t cp) { return cp == 0x1A0 || cp == 0x1AF || (cp >= 0x1EA0 && cp % 2 == 0); }

}  // namespace latin_case

// The length in bytes (1 to 3) of the capital letter at s[i], or 0 when there is none.
inline size_t LatinUpperAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] >= 'A' && s[i] <= 'Z') return 1;
  const uint32_t cp = latin_case::TwoByte(s, i);
  if (cp != 0) return latin_case::IsUpperCp(cp) ? 2 : 0;
  size_t len = 0;
  const uint32_t vi = latin_case::Vietnamese(s, i, &len);
  return vi != 0 && latin_case::VietnameseUpper(vi) ? len : 0;
}

// The length in bytes (1 to 3) of the small letter at s[i], or 0 when there is none.
inline size_t LatinLowerAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] >= 'a' && s[i] <= 'z') return 1;
  const uint32_t cp = latin_case::TwoByte(s, i);
  if (cp != 0) return latin_case::IsLowerCp(cp) ? 2 : 0;
  size_t len = 0;
  const uint32_t vi = latin_case::Vietnamese(s, i, &len);
  return vi != 0 && !latin_case::VietnameseUpper(vi) ? len : 0;
}

// Lower-cases p[0, n) in place: ASCII capitals, the two-byte capitals above and the Vietnamese
// ones (each small letter is its capital's code point plus one, in the same last byte's range).
inline void FoldLatin(char* p, size_t n) {
  const std::string_view s(p, n);
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') p[i] = static_cast<char>(c - 'A' + 'a');
      continue;
    }
    size_t len = 0;
    if (const uint32_t vi = latin_case::Vietnamese(s, i, &len); vi != 0) {
      if (latin_case::VietnameseUpper(vi)) ++p[i + len - 1];
      i += len - 1;
      continue;
    }
    const uint32_t cp = latin_case::TwoByte(s, i);
    if (cp == 0) continue;
    const uint32_t lower = latin_case::LowerCp(cp);
    p[i] = static_cast<char>(0xC0 | (lower >> 6));
    p[i + 1] = static_cast<char>(0x80 | (lower & 0x3F));
    ++i;
  }
}

// The ASCII base letter of each code point U+00C0..U+017F in lower case ('*' where there is
// none: × and ÷), from Unicode's canonical decompositions (NFD), with the letters that have
// none given their usual base (æ a, ð d, ø o, þ t, ß s, đ d, ħ h, ł l, ŋ n, œ o, ŧ t).
inline constexpr std::string_view kLatinBase =
    "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
    "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// `s` (lower case) with its accented Latin letters replaced by their base letters ("seán" ->
// "sean", "mădălina" -> "madalina", "ștefan" -> "stefan"), so that a name written with or
// without its accents is looked up alike. Other bytes are copied.
inline std::string StripLatinAccents(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const uint32_t cp = latin_case::TwoByte(s, i);
    if (cp >= 0xC0 && cp <= 0x17F && kLatinBase[cp - 0xC0] != '*') {
      out.push_back(kLatinBase[cp - 0xC0]);
      ++i;
      continue;
    }
    // Romanian ș and ț (U+0218..U+021B, comma below), beyond the table.
    if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC8 && static_cast<unsigned char>(s[i + 1]) >= 0x98 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9B) {
      out.push_back(static_cast<unsigned char>(s[i + 1]) <= 0x99 ? 's' : 't');
      ++i;
      continue;
    }
    // Vietnamese: Ơ ơ o, Ư ư u, and U+1EA0..U+1EF9 in runs of a (24), e (16), i (4), o (24),
    // u (14), y (8).
    size_t len = 0;
    if (const uint32_t vi = latin_case::Vietnamese(s, i, &len); vi != 0) {
      char base = 'y';
      if (vi < 0x1EA0) {
        base = vi <= 0x1A1 ? 'o' : 'u';
      } else if (vi < 0x1EB8) {
        base = 'a';
      } else if (vi < 0x1EC8) {
        base = 'e';
      } else if (vi < 0x1ECC) {
        base = 'i';
      } else if (vi < 0x1EE4) {
        base = 'o';
      } else if (vi < 0x1EF2) {
        base = 'u';
      }
      out.push_back(base);
      i += len - 1;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace disclose::detect
