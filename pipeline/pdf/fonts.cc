// Font model: code splitting, Unicode mapping and widths. See fonts.h.
// Thread-safety: FontInfo is immutable after LoadFont.
#include "pipeline/pdf/fonts.h"

#include <algorithm>

#include "pipeline/pdf/content_lexer.h"
#include "pipeline/pdf/objects.h"

namespace disclose::pdf::internal {
namespace {

using PoDoFo::PdfObject;

constexpr size_t kMaxCMapEntries = 1 << 20;
constexpr uint32_t kMaxExpandedRange = 65536;

uint32_t BytesToCode(std::string_view b) {
  uint32_t v = 0;
  for (size_t i = 0; i < b.size() && i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(b[i]);
  return v;
}

std::u32string Utf16BeToU32(std::string_view b) {
  std::u32string out;
  for (size_t i = 0; i + 1 < b.size(); i += 2) {
    uint32_t u = (static_cast<unsigned char>(b[i]) << 8) | static_cast<unsigned char>(b[i + 1]);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      uint32_t lo = (static_cast<unsigned char>(b[i + 2]) << 8) | static_cast<unsigned char>(b[i + 3]);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        out.push_back(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        i += 2;
        continue;
      }
    }
    out.push_back(u);
  }
  if (b.size() == 1) out.push_back(static_cast<unsigned char>(b[0]));
  return out;
}

bool UsableCodePoint(uint32_t cp) {
  return cp != 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFD && cp != 0xFFFF;
}

void FillBaseEncoding(std::string_view name, uint32_t* table) {
  for (int c = 0; c < 256; ++c) {
    uint8_t b = static_cast<uint8_t>(c);
    if (name == "WinAnsiEncoding") table[c] = WinAnsiToUnicode(b);
    else if (name == "MacRomanEncoding") table[c] = MacRomanToUnicode(b);
    else table[c] = StandardToUnicode(b);
  }
}

}  // namespace

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void FontInfo::ParseToUnicode(std::string_view cmap) {
  ContentLexer lex(cmap, 8);
  Op op;
  // Operands accumulate across keywords such as "begincodespacerange" (count precedes it).
  enum class Section { kNone, kCodespace, kBfChar, kBfRange } section = Section::kNone;
  size_t entries = 0;
  while (lex.Next(&op) && entries < kMaxCMapEntries) {
    std::string_view kw = op.keyword;
    if (kw == "begincodespacerange") { section = Section::kCodespace; continue; }
    if (kw == "beginbfchar") { section = Section::kBfChar; continue; }
    if (kw == "beginbfrange") { section = Section::kBfRange; continue; }
    if (kw == "endcodespacerange" || kw == "endbfchar" || kw == "endbfrange") {
      const auto& v = op.operands;
      if (section == Section::kCodespace) {
        for (size_t i = 0; i + 1 < v.size(); i += 2) {
          if (v[i].kind != Operand::Kind::kString || v[i + 1].kind != Operand::Kind::kString) continue;
          int n = static_cast<int>(v[i].bytes.size());
          if (n < 1 || n > 4) continue;
          codespace_.push_back({BytesToCode(v[i].bytes), BytesToCode(v[i + 1].bytes), n});
        }
      } else if (section == Section::kBfChar) {
        for (size_t i = 0; i + 1 < v.size(); i += 2, ++entries) {
          if (v[i].kind != Operand::Kind::kString) continue;
          std::u32string dst;
          if (v[i + 1].kind == Operand::Kind::kString) dst = Utf16BeToU32(v[i + 1].bytes);
          else if (v[i + 1].kind == Operand::Kind::kName) {
            uint32_t u = GlyphNameToUnicode(v[i + 1].bytes);
            if (u != 0) dst.push_back(u);
          }
          if (!dst.empty()) to_unicode_[BytesToCode(v[i].bytes)] = dst;
        }
      } else if (section == Section::kBfRange) {
        for (size_t i = 0; i + 2 < v.size(); i += 3, ++entries) {
          if (v[i].kind != Operand::Kind::kString || v[i + 1].kind != Operand::Kind::kString) continue;
          uint32_t lo = BytesToCode(v[i].bytes), hi = BytesToCode(v[i + 1].bytes);
          if (hi < lo) continue;
          if (v[i + 2].kind == Operand::Kind::kString) {
            std::u32string base = Utf16BeToU32(v[i + 2].bytes);
            if (!base.empty()) to_unicode_ranges_.push_back({lo, hi, base, 0});
          } else if (v[i + 2].kind == Operand::Kind::kArray) {
            const auto& items = v[i + 2].items;
            for (uint32_t k = 0; k <= hi - lo && k < items.size() && k < kMaxExpandedRange; ++k) {
              if (items[k].kind == Operand::Kind::kString) to_unicode_[lo + k] = Utf16BeToU32(items[k].bytes);
            }
          }
        }
      }
      section = Section::kNone;
    }
  }
}

FontInfo LoadFont(const PdfObject* font, size_t max_stream_bytes) {
  FontInfo f;
  std::string subtype = NameOr(Get(font, "Subtype"), "");
  std::string base_font = NameOr(Get(font, "BaseFont"), "");
  const PdfObject* descriptor = Get(font, "FontDescriptor");
  f.composite_ = subtype == "Type0";
  f.type3_ = subtype == "Type3";

  if (f.composite_) {
    const PdfObject* descendants = Get(font, "DescendantFonts");
    const PdfObject* cid_font = nullptr;
    if (descendants != nullptr && descendants->IsArray() && !descendants->GetArray().empty()) {
      cid_font = Resolve(&descendants->GetArray()[0]);
    }
    if (cid_font != nullptr) {
      descriptor = Get(cid_font, "FontDescriptor");
      f.default_width_ = NumberOr(Get(cid_font, "DW"), 1000);
      const PdfObject* w = Get(cid_font, "W");
      if (w != nullptr && w->IsArray()) {
        const PoDoFo::PdfArray& a = w->GetArray();
        size_t i = 0;
        while (i < a.size() && f.cid_widths_.size() < kMaxCMapEntries) {
          double first = 0;
          if (!AsNumber(&a[i], &first) || first < 0) break;
          const PdfObject* next = i + 1 < a.size() ? Resolve(&a[i + 1]) : nullptr;
          if (next != nullptr && next->IsArray()) {
            const PoDoFo::PdfArray& ws = next->GetArray();
            for (size_t k = 0; k < ws.size() && f.cid_widths_.size() < kMaxCMapEntries; ++k) {
              f.cid_widths_[static_cast<uint32_t>(first) + static_cast<uint32_t>(k)] = NumberOr(&ws[k], f.default_width_);
            }
            i += 2;
          } else if (i + 2 < a.size()) {
            double last = 0, width = 0;
            if (!AsNumber(&a[i + 1], &last) || !AsNumber(&a[i + 2], &width)) break;
            if (last >= first && last < 4294967295.0) {
              f.cid_width_ranges_.push_back({static_cast<uint32_t>(first), static_cast<uint32_t>(last), {}, width});
            }
            i += 3;
          } else {
            break;
          }
        }
      }
    }
  } else {
    f.std14_ = FindStd14(base_font);
    if (f.type3_) {
      const PdfObject* m = Get(font, "FontMatrix");
      if (m != nullptr && m->IsArray() && m->GetArray().size() == 6) f.glyph_scale_ = NumberOr(&m->GetArray()[0], 0.001);
    }
    // Encoding.
    bool symbolic_std = f.std14_ != nullptr && f.std14_->symbolic;
    const PdfObject* enc = Get(font, "Encoding");
    std::string base_name = f.type3_ ? "" : "StandardEncoding";
    if (enc != nullptr && enc->IsName()) base_name = enc->GetName().GetName();
    const PdfObject* differences = nullptr;
    if (enc != nullptr && enc->IsDictionary()) {
      base_name = NameOr(Get(enc, "BaseEncoding"), base_name);
      differences = Get(enc, "Differences");
    }
    bool symbolic_truetype = false;
    if (subtype == "TrueType" && enc == nullptr) {
      double flags = NumberOr(Get(descriptor, "Flags"), 32);
      symbolic_truetype = (static_cast<long>(flags) & 4) != 0;
    }
    if (!symbolic_std && !symbolic_truetype && !base_name.empty()) FillBaseEncoding(base_name, f.simple_unicode_);
    if (differences != nullptr && differences->IsArray()) {
      long code = 0;
      for (const PdfObject& item : differences->GetArray()) {
        const PdfObject* it = Resolve(&item);
        if (it == nullptr) continue;
        if (it->IsNumber()) {
          code = static_cast<long>(it->GetNumber());
        } else if (it->IsName()) {
          if (code >= 0 && code < 256) f.simple_unicode_[code] = GlyphNameToUnicode(it->GetName().GetName());
          ++code;
        }
      }
    }
    // Widths.
    const PdfObject* widths = Get(font, "Widths");
    if (widths != nullptr && widths->IsArray()) {
      double first = NumberOr(Get(font, "FirstChar"), 0);
      const PoDoFo::PdfArray& a = widths->GetArray();
      for (size_t k = 0; k < a.size(); ++k) {
        double code = first + static_cast<double>(k);
        if (code < 0 || code > 255) continue;
        double w = 0;
        if (AsNumber(&a[k], &w)) {
          f.simple_widths_[static_cast<int>(code)] = w;
          f.simple_widths_present_[static_cast<int>(code)] = true;
        }
      }
    }
  }
  f.missing_width_ = NumberOr(Get(descriptor, "MissingWidth"), 0);

  // Ascent and descent.
  if (f.std14_ != nullptr) {
    f.ascent_ = f.std14_->ascent / 1000;
    f.descent_ = f.std14_->descent / 1000;
  }
  double ascent = 0, descent = 0;
  if (AsNumber(Get(descriptor, "Ascent"), &ascent) && AsNumber(Get(descriptor, "Descent"), &descent) &&
      ascent > 0 && ascent < 2000 && descent <= 0 && descent > -2000 && !f.type3_) {
    f.ascent_ = ascent / 1000;
    f.descent_ = descent / 1000;
  }

  // ToUnicode.
  const PdfObject* tu = Get(font, "ToUnicode");
  if (tu != nullptr && tu->HasStream()) {
    std::string cmap;
    if (DecodeStream(tu, max_stream_bytes, "ToUnicode", &cmap).ok()) f.ParseToUnicode(cmap);
  }
  // Identity-H/V always use 2-byte codes; other CMaps take code lengths from the ToUnicode
  // codespace when present (2 bytes otherwise).
  std::string encoding = NameOr(Get(font, "Encoding"), "");
  if (!f.composite_ || encoding == "Identity-H" || encoding == "Identity-V") f.codespace_.clear();
  f.FillSimpleCache();
  return f;
}

void FontInfo::FillSimpleCache() {
  if (composite_) return;
  for (uint32_t code = 0; code < 256; ++code) {
    simple_advance_[code] = Advance(code);
    simple_known_[code] = Unicode(code, &simple_text_[code]);
  }
  simple_cached_ = true;
}

void FontInfo::Split(std::string_view bytes, std::vector<Code>* out) const {
  out->clear();
  if (!composite_) {
    for (size_t i = 0; i < bytes.size(); ++i) out->push_back({static_cast<unsigned char>(bytes[i]), i, 1});
    return;
  }
  size_t i = 0;
  while (i < bytes.size()) {
    int len = 0;
    if (!codespace_.empty()) {
      for (int n = 1; n <= 4 && len == 0 && i + static_cast<size_t>(n) <= bytes.size(); ++n) {
        uint32_t c = BytesToCode(bytes.substr(i, static_cast<size_t>(n)));
        for (const Codespace& cs : codespace_) {
          if (cs.bytes == n && c >= cs.lo && c <= cs.hi) {
            len = n;
            break;
          }
        }
      }
    }
    if (len == 0) len = 2;
    if (i + static_cast<size_t>(len) > bytes.size()) len = static_cast<int>(bytes.size() - i);
    out->push_back({BytesToCode(bytes.substr(i, static_cast<size_t>(len))), i, len});
    i += static_cast<size_t>(len);
  }
}

double FontInfo::Advance(uint32_t code) const {
  if (simple_cached_ && code < 256) return simple_advance_[code];
  if (composite_) {
    auto it = cid_widths_.find(code);  // Identity encodings: CID == code
    if (it != cid_widths_.end()) return it->second * 0.001;
    for (const Range& r : cid_width_ranges_) {
      if (code >= r.lo && code <= r.hi) return r.width * 0.001;
    }
    return default_width_ * 0.001;
  }
  if (code < 256 && simple_widths_present_[code]) return simple_widths_[code] * glyph_scale_;
  if (std14_ != nullptr) {
    uint32_t u = code < 256 ? simple_unicode_[code] : 0;
    double fallback = missing_width_ > 0 ? missing_width_ : (std14_->fixed_width > 0 ? std14_->fixed_width : 500);
    return Std14Width(*std14_, u, fallback) * 0.001;
  }
  return missing_width_ * glyph_scale_;
}

bool FontInfo::Unicode(uint32_t code, std::string* utf8) const {
  if (simple_cached_ && code < 256) {
    *utf8 = simple_text_[code];
    return simple_known_[code];
  }
  utf8->clear();
  std::u32string cps;
  auto it = to_unicode_.find(code);
  if (it != to_unicode_.end()) {
    cps = it->second;
  } else {
    for (const Range& r : to_unicode_ranges_) {
      if (code >= r.lo && code <= r.hi) {
        cps = r.base;
        uint32_t last = cps.back() + (code - r.lo);
        // Increments stay within the destination's plane; overflowing ranges are malformed.
        if ((cps.back() <= 0xFFFF) != (last <= 0xFFFF)) cps.clear();
        else cps.back() = last;
        break;
      }
    }
  }
  if (cps.empty() && !composite_ && code < 256 && simple_unicode_[code] != 0) cps.push_back(simple_unicode_[code]);
  bool any = false;
  for (char32_t cp : cps) {
    if (!UsableCodePoint(cp)) continue;
    AppendUtf8(cp, utf8);
    any = true;
  }
  return any;
}

}  // namespace disclose::pdf::internal
