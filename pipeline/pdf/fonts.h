// Font model for text extraction: splits strings into codes, maps codes to Unicode (ToUnicode
// CMap, /Encoding + /Differences, built-in encodings) and gives advance widths (/Widths, /W,
// Standard-14 AFM data). Internal to pipeline/pdf.
// Thread-safety: a FontInfo is immutable after LoadFont; share it read-only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <podofo/podofo.h>

#include "pipeline/pdf/std14.h"

namespace disclose::pdf::internal {

struct Code {
  uint32_t code = 0;
  size_t offset = 0;  // byte offset inside the string
  int length = 1;     // bytes
};

class FontInfo {
 public:
  // Splits string bytes into character codes.
  void Split(std::string_view bytes, std::vector<Code>* out) const;
  // Horizontal advance of `code` in text space units per unit font size (w0).
  double Advance(uint32_t code) const;
  // UTF-8 text of `code`; false when unknown.
  bool Unicode(uint32_t code, std::string* utf8) const;
  double ascent() const { return ascent_; }    // per unit font size
  double descent() const { return descent_; }  // per unit font size (negative)

 private:
  friend FontInfo LoadFont(const PoDoFo::PdfObject* font, size_t max_stream_bytes);
  struct Range {
    uint32_t lo, hi;
    std::u32string base;  // for ToUnicode ranges: first destination, last code point increments
    double width = 0;     // for /W ranges
  };
  struct Codespace {
    uint32_t lo, hi;
    int bytes;
  };
  void ParseToUnicode(std::string_view cmap);
  // Simple fonts: fills the per-code tables below from the slow paths, once, at load.
  void FillSimpleCache();

  bool composite_ = false;
  bool type3_ = false;
  double glyph_scale_ = 0.001;  // glyph-space width to text space (FontMatrix a for Type3)
  std::vector<Codespace> codespace_;  // composite fonts; empty = 2 bytes
  std::map<uint32_t, std::u32string> to_unicode_;
  std::vector<Range> to_unicode_ranges_;
  uint32_t simple_unicode_[256] = {};  // from the encoding; 0 = unknown
  bool simple_widths_present_[256] = {};
  double simple_widths_[256] = {};
  double missing_width_ = 0;
  std::map<uint32_t, double> cid_widths_;
  std::vector<Range> cid_width_ranges_;
  double default_width_ = 1000;
  const Std14Metrics* std14_ = nullptr;
  double ascent_ = 0.8, descent_ = -0.2;
  // Simple fonts after FillSimpleCache: Advance and Unicode of each one-byte code (a dense
  // page shows thousands of glyphs of a handful of fonts).
  bool simple_cached_ = false;
  bool simple_known_[256] = {};
  double simple_advance_[256] = {};
  std::string simple_text_[256];
};

// Builds a FontInfo from a font dictionary. Never fails: unknown parts yield unknown Unicode
// and fallback widths. May throw PoDoFo::PdfError on damaged objects.
FontInfo LoadFont(const PoDoFo::PdfObject* font, size_t max_stream_bytes);

void AppendUtf8(uint32_t cp, std::string* out);

}  // namespace disclose::pdf::internal
