// Text normalisation for detection, with a byte-offset map back to the original text.
//
//   NormalizedText n = Normalize(page_text);
//   ... match on n.text ...
//   auto [b, e] = n.ToOriginal(match_begin, match_end);   // offsets into page_text
//
// Folds typographic variants that break identifiers: NBSP, narrow NBSP and the U+2000..U+200A
// spaces become ' '; U+2010..U+2015, U+2212 and U+FE63/U+FF0D become '-'; U+2018/U+2019/U+201B/
// U+2032 become '\''; U+201C/U+201D become '"'; full-width ASCII (U+FF01..U+FF5E) becomes
// ASCII; soft hyphen, zero-width characters (U+200B..U+200D, U+2060) and BOM are dropped.
// Bytes that are not valid UTF-8 are copied unchanged.
// Thread-safety: value type; free functions are pure.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace disclose::detect {

struct NormalizedText {
  std::string text;
  // True when `text` is the original unchanged (pure ASCII input, the common case): offsets are
  // the same and the maps below are empty.
  bool identity = false;
  // Otherwise, for every byte i of `text`: the original character that produced it spans
  // [orig_begin[i], orig_end[i]) in the original text.
  std::vector<size_t> orig_begin;
  std::vector<size_t> orig_end;

  // Maps the normalised byte range [begin, end) (end > begin) to the smallest original range
  // covering it. Characters dropped inside the range are covered; those at its edges are not.
  std::pair<size_t, size_t> ToOriginal(size_t begin, size_t end) const;
};

NormalizedText Normalize(std::string_view original);

}  // namespace disclose::detect
