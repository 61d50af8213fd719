// Text normalisation with an offset map (see normalize.h).
#include "stages/detect/normalize.h"

#include <cstdint>
#include <algorithm>
#include <cstring>

namespace disclose::detect {

namespace {

// Decodes one UTF-8 character at `s[i]`. Returns its length (0 if invalid) and the code point.
size_t DecodeUtf8(std::string_view s, size_t i, uint32_t* cp) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len = 0;
  uint32_t v = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    v = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    v = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    v = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    v = (v << 6) | (byte(i + k) & 0x3F);
  }
  // Reject overlong forms and surrogates.
  if ((len == 2 && v < 0x80) || (len == 3 && v < 0x800) || (len == 4 && v < 0x10000) ||
      (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) {
    return 0;
  }
  *cp = v;
  return len;
}

// The ASCII replacement for a code point: a character, 0 to drop it, or -1 to keep it as is.
int Replacement(uint32_t cp) {
  if (cp == 0x00A0 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A)) {
    return ' ';
  }
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D) return '-';
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032) return '\'';
  if (cp == 0x201C || cp == 0x201D) return '"';
  if (cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) return 0;
  if (cp >= 0xFF01 && cp <= 0xFF5E) return static_cast<int>(cp - 0xFEE0);
  return -1;
}

}  // namespace

std::pair<size_t, size_t> NormalizedText::ToOriginal(size_t begin, size_t end) const {
  if (text.empty()) return {0, 0};
  if (begin >= text.size()) begin = text.size() - 1;
  if (end <= begin) end = begin + 1;
  if (end > text.size()) end = text.size();
  if (identity) return {begin, end};
  return {orig_begin[begin], orig_end[end - 1]};
}

namespace {

// No byte of `s` has the high bit set; eight bytes at a time (the common case is all ASCII).
bool IsAscii(std::string_view s) {
  size_t i = 0;
  uint64_t high = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    high |= word;
  }
  for (; i < s.size(); ++i) high |= static_cast<unsigned char>(s[i]);
  return (high & 0x8080808080808080ull) == 0;
}

bool IsDigitOrO(char c) { return (c >= '0' && c <= '9') || c == 'O'; }
bool IsAlnumByte(char c) { return IsDigitOrO(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A capital O that OCR read for a zero, in a word of digits and Os that holds at least two digits
// ("077OO 9OO731", "12/12/2O24", "029 2018 O671"), becomes '0' (one byte for one: offsets are
// unchanged).
void ZerosReadAsO(std::string* text) {
  char* const base = text->data();
  const size_t n = text->size();
  for (size_t at = 0; at < n;) {
    const void* hit = std::memchr(base + at, 'O', n - at);
    if (hit == nullptr) return;
    const size_t o = static_cast<size_t>(static_cast<const char*>(hit) - base);
    size_t b = o, e = o + 1;
    while (b > 0 && IsDigitOrO(base[b - 1])) --b;
    while (e < n && IsDigitOrO(base[e])) ++e;
    at = e;
    // (A word opening with O is not one, "OO34 6AZ" is a postcode's outward code, unless it goes
    // on a group of digits, "029 2018 O671", or three digits or more go on it, "O77OO 9OO587",
    // not a postcode's inward code.)
    const bool after_digits = b >= 2 && base[b - 1] == ' ' && base[b - 2] >= '0' && base[b - 2] <= '9';
    const bool before_digits = e + 3 < n && base[e] == ' ' && base[e + 1] >= '0' && base[e + 1] <= '9' &&
                               IsDigitOrO(base[e + 2]) && IsDigitOrO(base[e + 3]);
    if ((base[b] == 'O' && !after_digits && !before_digits) || (b > 0 && IsAlnumByte(base[b - 1])) ||
        (e < n && IsAlnumByte(base[e]))) {
      continue;
    }
    if (std::count_if(base + b, base + e, [](char c) { return c >= '0' && c <= '9'; }) < 2) continue;
    std::replace(base + b, base + e, 'O', '0');
  }
}

// A zero that OCR read for a capital O opening a word of small letters ("0konkwo", "0bi",
// "T. 0wusu-Ansah"), or inside a word of capitals that holds no other digit ("McD0NAGH"), becomes
// 'O', and one inside a word of small letters ("w0rker") 'o' (one byte for one).
void CapitalOReadAsZero(std::string* text) {
  char* const base = text->data();
  const size_t n = text->size();
  for (size_t at = 0; at < n;) {
    const void* hit = std::memchr(base + at, '0', n - at);
    if (hit == nullptr) return;
    const size_t z = static_cast<size_t>(static_cast<const char*>(hit) - base);
    at = z + 1;
    // Inside a word of capitals, or of small letters, with no other digit: "McD0NAGH", "K. D0BBS",
    // "Night w0rker" (not in an e-mail address: "jo0n@...").
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    const bool caps = z > 0 && z + 1 < n && upper(base[z - 1]) && upper(base[z + 1]);
    const bool small = z > 0 && z + 1 < n && lower(base[z - 1]) && lower(base[z + 1]);
    if (caps || small) {
      // (A word is at most kWord bytes: a longer run of letters and digits is none, and is not
      // read again for each zero in it, so a page of one endless run stays linear.)
      constexpr size_t kWord = 40;
      size_t b = z, e = z + 1;
      while (b > 0 && z - b < kWord && IsAlnumByte(base[b - 1])) --b;
      while (e < n && e - z < kWord && IsAlnumByte(base[e])) ++e;
      if ((b > 0 && IsAlnumByte(base[b - 1])) || (e < n && IsAlnumByte(base[e]))) {
        while (e < n && IsAlnumByte(base[e])) ++e;
        at = e;
        continue;
      }
      const bool mail = (b > 0 && (base[b - 1] == '@' || base[b - 1] == '.' || base[b - 1] == '_')) ||
                        (e < n && (base[e] == '@' || base[e] == '_' || (base[e] == '.' && e + 1 < n && IsAlnumByte(base[e + 1]))));
      if (!mail && std::count_if(base + b, base + e, [](char c) { return c >= '0' && c <= '9'; }) == 1) {
        base[z] = caps ? 'O' : 'o';
      }
      continue;
    }
    if (z > 0 && (IsAlnumByte(base[z - 1]) || base[z - 1] == '.' || base[z - 1] == ',' || base[z - 1] == '/' ||
                  base[z - 1] == ':' || base[z - 1] == '-')) {
      continue;
    }
    if (z + 2 < n && base[z + 1] >= 'a' && base[z + 1] <= 'z' && base[z + 2] >= 'a' && base[z + 2] <= 'z') {
      base[z] = 'O';
    }
  }
}

}  // namespace

NormalizedText Normalize(std::string_view original) {
  NormalizedText out;
  if (IsAscii(original)) {
    out.text.assign(original);
    out.identity = true;
    ZerosReadAsO(&out.text);
    CapitalOReadAsZero(&out.text);
    return out;
  }
  out.text.reserve(original.size());
  out.orig_begin.reserve(original.size());
  out.orig_end.reserve(original.size());
  auto emit = [&out](char c, size_t b, size_t e) {
    out.text.push_back(c);
    out.orig_begin.push_back(b);
    out.orig_end.push_back(e);
  };
  size_t i = 0;
  while (i < original.size()) {
    uint32_t cp = 0;
    size_t len = DecodeUtf8(original, i, &cp);
    if (len == 0) {  // invalid byte: keep it, one for one
      emit(original[i], i, i + 1);
      ++i;
      continue;
    }
    int r = len == 1 ? -1 : Replacement(cp);
    if (r > 0) {
      emit(static_cast<char>(r), i, i + len);
    } else if (r < 0) {
      for (size_t k = 0; k < len; ++k) emit(original[i + k], i, i + len);
    }
    i += len;
  }
  ZerosReadAsO(&out.text);
  CapitalOReadAsZero(&out.text);
  return out;
}

}  // namespace disclose::detect
