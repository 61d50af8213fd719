// Built-in data for the standard 14 fonts and simple encodings: WinAnsi/Standard code to
// Unicode, glyph names to Unicode, AFM widths and ascent/descent. Internal to pipeline/pdf.
// Thread-safety: read-only constant data; all functions are pure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace disclose::pdf::internal {

struct UnicodeWidth {
  uint16_t unicode;
  uint16_t width;
};

struct Std14Metrics {
  const UnicodeWidth* widths = nullptr;  // sorted by unicode; null for fixed-pitch or symbolic
  size_t count = 0;
  double fixed_width = 0;  // > 0 for Courier
  double ascent = 0, descent = 0;  // 1/1000 em
  bool symbolic = false;   // Symbol, ZapfDingbats: built-in encoding, no Unicode from names here
};

// Unicode of a code in WinAnsiEncoding / StandardEncoding / MacRomanEncoding; 0 when undefined.
uint32_t WinAnsiToUnicode(uint8_t code);
uint32_t StandardToUnicode(uint8_t code);
uint32_t MacRomanToUnicode(uint8_t code);

// Unicode of a glyph name (AGL names, uniXXXX, uXXXX[XX]); 0 when unknown.
uint32_t GlyphNameToUnicode(std::string_view name);

// Metrics for a /BaseFont naming one of the standard 14 fonts (or a common alias such as
// Arial / TimesNewRoman, with or without subset prefix); null otherwise.
const Std14Metrics* FindStd14(std::string_view base_font);

// Width in 1/1000 em of `unicode` in `m`; `fallback` when not in the table.
double Std14Width(const Std14Metrics& m, uint32_t unicode, double fallback);

}  // namespace disclose::pdf::internal
