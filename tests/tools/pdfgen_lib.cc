// Sample PDF generator (library part): the directive interpreter and PDF writer. See pdfgen.h;
// the sample cases are in pdfgen_cases.cc.
// Thread-safety: pure functions; FreeType handles are local to each call.
#include <ft2build.h>
#include FT_FREETYPE_H
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <vector>

#include "tests/tools/pdfgen.h"

namespace disclose::testing {
namespace {

constexpr double kPageW = 595.276, kPageH = 841.89, kMargin = 72, kLeading = 14;
constexpr double kCropBottom = 80;  // %%hidden offcrop pages: /CropBox [0 80 w h]

struct HighChar {
  unsigned u;
  unsigned char c;
};
constexpr HighChar kWinAnsiHigh[] = {
    {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
    {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
    {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
    {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
    {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}};
// MacRoman codes of the Latin-1 letters used in samples (others become '?').
constexpr HighChar kMacRomanHigh[] = {{0xE9, 0x8E}, {0xE8, 0x8F}, {0xE0, 0x88}, {0xE7, 0x8D}, {0xF6, 0x9A},
                                      {0xFC, 0x9F}, {0xC9, 0x83}, {0x2019, 0xD5}, {0x2013, 0xD0}};

std::vector<unsigned> CodePoints(std::string_view s) {
  std::vector<unsigned> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    unsigned cp = c;
    int n = 1;
    if (c >= 0xF0) n = 4, cp = c & 0x07;
    else if (c >= 0xE0) n = 3, cp = c & 0x0F;
    else if (c >= 0xC0) n = 2, cp = c & 0x1F;
    for (int k = 1; k < n && i + static_cast<size_t>(k) < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    i += static_cast<size_t>(n);
    out.push_back(cp);
  }
  return out;
}

char WinAnsiByte(unsigned cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<char>(cp);
  for (const auto& h : kWinAnsiHigh) {
    if (h.u == cp) return static_cast<char>(h.c);
  }
  return '?';
}

unsigned WinAnsiToUnicode(unsigned code) {
  for (const auto& h : kWinAnsiHigh) {
    if (h.c == code) return h.u;
  }
  return code;
}

char MacRomanByte(unsigned cp) {
  if (cp < 0x80) return static_cast<char>(cp);
  for (const auto& h : kMacRomanHigh) {
    if (h.u == cp) return static_cast<char>(h.c);
  }
  return '?';
}

// UTF-8 -> WinAnsi bytes ('?' for characters outside WinAnsi).
std::string ToWinAnsi(std::string_view s) {
  std::string out;
  for (unsigned cp : CodePoints(s)) out.push_back(WinAnsiByte(cp));
  return out;
}

std::string Literal(std::string_view bytes) {
  std::string out = "(";
  for (char c : bytes) {
    if (c == '(' || c == ')' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back(')');
  return out;
}

std::string Hex(std::string_view bytes) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string out = "<";
  for (char c : bytes) {
    unsigned char u = static_cast<unsigned char>(c);
    out.push_back(kDigits[u >> 4]);
    out.push_back(kDigits[u & 15]);
  }
  out.push_back('>');
  return out;
}

std::string Utf16Hex(unsigned cp) {
  char buf[16];
  if (cp < 0x10000) {
    std::snprintf(buf, sizeof buf, "%04X", cp);
  } else {
    unsigned v = cp - 0x10000;
    std::snprintf(buf, sizeof buf, "%04X%04X", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
  }
  return buf;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  std::string s(buf);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::vector<std::string> Words(std::string_view line) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : line) {
    if (c == ' ') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

// Adobe glyph names for printable ASCII (index cp - 32).
const char* const kAsciiNames[] = {
    "space", "exclam", "quotedbl", "numbersign", "dollar", "percent", "ampersand", "quotesingle",
    "parenleft", "parenright", "asterisk", "plus", "comma", "hyphen", "period", "slash", "zero", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "colon", "semicolon", "less", "equal", "greater",
    "question", "at", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
    "S", "T", "U", "V", "W", "X", "Y", "Z", "bracketleft", "backslash", "bracketright", "asciicircum",
    "underscore", "grave", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q",
    "r", "s", "t", "u", "v", "w", "x", "y", "z", "braceleft", "bar", "braceright", "asciitilde"};

std::string GlyphName(unsigned cp) {
  if (cp >= 32 && cp < 127) return kAsciiNames[cp - 32];
  if (cp == 0xE9) return "eacute";
  if (cp == 0x2019) return "quoteright";
  char buf[16];
  std::snprintf(buf, sizeof buf, "uni%04X", cp);
  return buf;
}

std::string Deflate(std::string_view raw) {
  uLongf n = compressBound(static_cast<uLong>(raw.size()));
  std::string out(n, '\0');
  compress2(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(raw.data()),
            static_cast<uLong>(raw.size()), 9);
  out.resize(n);
  return out;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("pdfgen: cannot read font program " + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// ---------------------------------------------------------------------------------------------
// Fonts

enum class FontKind { kStd14, kMacRoman, kDifferences, kTrueType, kTrueTypeNoUnicode, kType1, kCff, kCid, kType3 };

struct FontSpec {
  const char* directive;
  const char* resource;  // /F.. name in the resources
  FontKind kind;
};
constexpr FontSpec kFonts[] = {
    {"Helvetica", "F1", FontKind::kStd14},
    {"Times-Roman", "F2", FontKind::kStd14},
    {"Courier", "F3", FontKind::kStd14},
    {"std14-macroman", "FMac", FontKind::kMacRoman},
    {"std14-differences", "FDif", FontKind::kDifferences},
    {"truetype", "FTT", FontKind::kTrueType},
    {"truetype-nounicode", "FTN", FontKind::kTrueTypeNoUnicode},
    {"type1", "FT1", FontKind::kType1},
    {"cff", "FCF", FontKind::kCff},
    {"cid", "FCI", FontKind::kCid},
    {"type3", "FT3", FontKind::kType3},
};

struct FtLibraryDeleter {
  void operator()(FT_Library l) const { FT_Done_FreeType(l); }
};
struct FtFaceDeleter {
  void operator()(FT_Face f) const { FT_Done_Face(f); }
};
using FtLibrary = std::unique_ptr<std::remove_pointer_t<FT_Library>, FtLibraryDeleter>;
using FtFace = std::unique_ptr<std::remove_pointer_t<FT_Face>, FtFaceDeleter>;

// A loaded font program: its bytes and a FreeType face over them (for widths and glyph ids).
struct FontProgram {
  std::string bytes;
  FtFace face;
};

Result<FontProgram> LoadProgram(FT_Library lib, const std::string& path) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.error();
  FontProgram p;
  p.bytes = std::move(*bytes);
  FT_Face face = nullptr;
  if (FT_New_Memory_Face(lib, reinterpret_cast<const FT_Byte*>(p.bytes.data()), static_cast<FT_Long>(p.bytes.size()),
                         0, &face) != 0) {
    return InvalidInput("pdfgen: FreeType cannot parse font program " + path);
  }
  p.face.reset(face);
  return p;
}

// Advance of glyph `gid` in 1/1000 em.
int Advance(FT_Face face, unsigned gid) {
  if (FT_Load_Glyph(face, gid, FT_LOAD_NO_SCALE) != 0) return 0;
  return static_cast<int>(face->glyph->metrics.horiAdvance * 1000 / face->units_per_EM);
}

int Scaled(FT_Face face, long v) { return static_cast<int>(v * 1000 / face->units_per_EM); }

// PFB (0x80 type len segments) -> cleartext + binary + trailer and their lengths.
Result<std::string> PfbToFontFile(const std::string& pfb, size_t len[3]) {
  std::string out;
  size_t i = 0;
  int seg = 0;
  len[0] = len[1] = len[2] = 0;
  while (i + 6 <= pfb.size() && static_cast<unsigned char>(pfb[i]) == 0x80) {
    int type = pfb[i + 1];
    if (type == 3) break;
    size_t n = static_cast<unsigned char>(pfb[i + 2]) | static_cast<unsigned char>(pfb[i + 3]) << 8 |
               static_cast<unsigned char>(pfb[i + 4]) << 16 | static_cast<size_t>(static_cast<unsigned char>(pfb[i + 5])) << 24;
    i += 6;
    if (i + n > pfb.size()) return InvalidInput("pdfgen: truncated PFB segment");
    if (type == 2) seg = 1;
    else if (seg == 1) seg = 2;
    len[seg] += n;
    out.append(pfb, i, n);
    i += n;
  }
  if (len[1] == 0) return InvalidInput("pdfgen: Type 1 program is not a PFB file");
  return out;
}

// The 'CFF ' table of an OpenType font.
Result<std::string> CffTable(const std::string& otf) {
  auto u16 = [&](size_t at) { return static_cast<unsigned>(static_cast<unsigned char>(otf[at]) << 8 | static_cast<unsigned char>(otf[at + 1])); };
  auto u32 = [&](size_t at) { return static_cast<size_t>(u16(at)) << 16 | u16(at + 2); };
  if (otf.size() < 12 || otf.compare(0, 4, "OTTO") != 0) return InvalidInput("pdfgen: not an OpenType CFF font");
  unsigned n = u16(4);
  for (unsigned t = 0; t < n; ++t) {
    size_t rec = 12 + 16 * static_cast<size_t>(t);
    if (rec + 16 > otf.size()) break;
    if (otf.compare(rec, 4, "CFF ") == 0) {
      size_t off = u32(rec + 8), len = u32(rec + 12);
      if (off + len > otf.size()) break;
      return otf.substr(off, len);
    }
  }
  return InvalidInput("pdfgen: OpenType font has no CFF table");
}

// Encodes text for one font; records the characters each font uses.
class FontSet {
 public:
  explicit FontSet(const PdfGenOptions& options) : options_(options) {}

  // `resource` is the current font's resource name. Returns one code string per character.
  std::vector<std::string> Encode(const FontSpec& f, std::string_view utf8) {
    used_.insert(f.resource);
    std::vector<std::string> out;
    for (unsigned cp : CodePoints(utf8)) {
      switch (f.kind) {
        case FontKind::kMacRoman:
          out.emplace_back(1, MacRomanByte(cp));
          break;
        case FontKind::kDifferences:
        case FontKind::kType3: {
          auto& codes = f.kind == FontKind::kType3 ? type3_codes_ : diff_codes_;
          auto it = codes.find(cp);
          if (it == codes.end()) {
            unsigned next = static_cast<unsigned>(codes.size()) + 1;
            if (next > 255) next = 255;  // samples use far fewer distinct characters
            it = codes.emplace(cp, next).first;
            (f.kind == FontKind::kType3 ? type3_order_ : diff_order_).push_back(cp);
          }
          out.emplace_back(1, static_cast<char>(it->second));
          break;
        }
        case FontKind::kCid:
          out.push_back(CidCode(cp));
          break;
        default:
          out.emplace_back(1, WinAnsiByte(cp));
      }
    }
    return out;
  }

  // Loads the font programs the used fonts need (call after all Encode calls).
  Status Load() {
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0) return Internal("pdfgen: FreeType did not initialise");
    library_.reset(lib);
    auto want = [&](const char* r) { return used_.count(r) > 0; };
    if (want("FTT") || want("FTN") || want("FCI")) {
      auto p = LoadProgram(lib, options_.truetype_path);
      if (!p.ok()) return p.error();
      truetype_ = std::move(*p);
    }
    if (want("FT1")) {
      auto p = LoadProgram(lib, options_.type1_path);
      if (!p.ok()) return p.error();
      type1_ = std::move(*p);
    }
    if (want("FCF")) {
      auto p = LoadProgram(lib, options_.cff_otf_path);
      if (!p.ok()) return p.error();
      cff_ = std::move(*p);
    }
    return {};
  }

  bool Used(const char* resource) const { return used_.count(resource) > 0; }

  // The 2-byte Identity-H code (glyph id) of `cp` in the TrueType program (its face is loaded
  // on first use; if it cannot be, Load() reports the error).
  std::string CidCode(unsigned cp) {
    if (!cid_face_ready_) {
      cid_face_ready_ = true;
      FT_Library lib = nullptr;
      if (FT_Init_FreeType(&lib) == 0) {
        cid_library_.reset(lib);
        auto p = LoadProgram(lib, options_.truetype_path);
        if (p.ok()) cid_program_ = std::move(*p);
      }
    }
    unsigned gid = cid_program_.face ? FT_Get_Char_Index(cid_program_.face.get(), cp) : 0;
    cid_gids_[gid] = cp;
    return std::string{static_cast<char>(gid >> 8), static_cast<char>(gid & 0xFF)};
  }

  // Appends the font objects of every used non-standard font; returns "/Name N 0 R" entries.
  template <typename AddObject>
  Result<std::string> WriteFonts(AddObject add) {
    std::string entries;
    if (Used("FMac")) {
      entries += " /FMac " + Ref(add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /MacRomanEncoding >>"));
    }
    if (Used("FDif")) {
      std::string diffs = "1";
      for (unsigned cp : diff_order_) diffs += " /" + GlyphName(cp);
      entries += " /FDif " + Ref(add("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding "
                                     "/BaseEncoding /WinAnsiEncoding /Differences [" + diffs + "] >> >>"));
    }
    int ttf_file = 0;
    if (Used("FTT") || Used("FTN") || Used("FCI")) {
      ttf_file = add(Stream("/Length1 " + std::to_string(truetype_.bytes.size()), truetype_.bytes));
    }
    if (Used("FTT")) entries += " /FTT " + Ref(SimpleFont(add, "TrueType", truetype_, "/FontFile2 " + Ref(ttf_file), true));
    if (Used("FTN")) entries += " /FTN " + Ref(SimpleFont(add, "TrueType", truetype_, "/FontFile2 " + Ref(ttf_file), false));
    if (Used("FT1")) {
      size_t len[3];
      auto file = PfbToFontFile(type1_.bytes, len);
      if (!file.ok()) return file.error();
      int ff = add(Stream("/Length1 " + std::to_string(len[0]) + " /Length2 " + std::to_string(len[1]) + " /Length3 " +
                              std::to_string(len[2]),
                          *file));
      entries += " /FT1 " + Ref(SimpleFont(add, "Type1", type1_, "/FontFile " + Ref(ff), false));
    }
    if (Used("FCF")) {
      auto cff = CffTable(cff_.bytes);
      if (!cff.ok()) return cff.error();
      int ff = add(Stream("/Subtype /Type1C", *cff));
      entries += " /FCF " + Ref(SimpleFont(add, "Type1", cff_, "/FontFile3 " + Ref(ff), false));
    }
    if (Used("FCI")) entries += " /FCI " + Ref(CidFont(add, ttf_file));
    if (Used("FT3")) entries += " /FT3 " + Ref(Type3Font(add));
    return entries;
  }

  static std::string Ref(int n) { return std::to_string(n) + " 0 R"; }

  // A Flate-compressed stream object body.
  static std::string Stream(const std::string& extra, std::string_view raw) {
    std::string z = Deflate(raw);
    return "<< " + extra + " /Filter /FlateDecode /Length " + std::to_string(z.size()) + " >>\nstream\n" + z +
           "\nendstream";
  }

 private:
  static std::string PostScriptName(FT_Face face) {
    const char* n = FT_Get_Postscript_Name(face);
    return n != nullptr ? n : "Embedded";
  }

  template <typename AddObject>
  std::string Descriptor(AddObject add, FT_Face face, const std::string& file_entry) {
    return Ref(add("<< /Type /FontDescriptor /FontName /" + PostScriptName(face) + " /Flags 32 /FontBBox [" +
                   std::to_string(Scaled(face, face->bbox.xMin)) + " " + std::to_string(Scaled(face, face->bbox.yMin)) +
                   " " + std::to_string(Scaled(face, face->bbox.xMax)) + " " +
                   std::to_string(Scaled(face, face->bbox.yMax)) + "] /ItalicAngle 0 /Ascent " +
                   std::to_string(Scaled(face, face->ascender)) + " /Descent " +
                   std::to_string(Scaled(face, face->descender)) + " /CapHeight 700 /StemV 80 " + file_entry + " >>"));
  }

  // A simple font with /WinAnsiEncoding and widths 32..255 from the program.
  template <typename AddObject>
  int SimpleFont(AddObject add, const char* subtype, FontProgram& prog, const std::string& file_entry, bool to_unicode) {
    FT_Face face = prog.face.get();
    std::string widths;
    std::string bfchar;
    int n = 0;
    for (unsigned code = 32; code <= 255; ++code) {
      unsigned cp = WinAnsiToUnicode(code);
      unsigned gid = FT_Get_Char_Index(face, cp);
      widths += (code > 32 ? " " : "") + std::to_string(gid != 0 ? Advance(face, gid) : 0);
      if (gid != 0) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%02X", code);
        bfchar += std::string("<") + buf + "> <" + Utf16Hex(cp) + ">\n";
        ++n;
      }
    }
    std::string unicode;
    if (to_unicode) unicode = " /ToUnicode " + Ref(add(Stream("", ToUnicodeCMap("<00> <FF>", std::to_string(n) + " beginbfchar\n" + bfchar + "endbfchar\n"))));
    return add(std::string("<< /Type /Font /Subtype /") + subtype + " /BaseFont /" + PostScriptName(face) +
               " /FirstChar 32 /LastChar 255 /Widths [" + widths + "] /Encoding /WinAnsiEncoding /FontDescriptor " +
               Descriptor(add, face, file_entry) + unicode + " >>");
  }

  static std::string ToUnicodeCMap(const std::string& range, const std::string& body) {
    return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
           "/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
           "1 begincodespacerange\n" + range + "\nendcodespacerange\n" + body +
           "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  }

  template <typename AddObject>
  int CidFont(AddObject add, int ttf_file) {
    FT_Face face = truetype_.face.get();
    std::string w, bfchar;
    for (const auto& [gid, cp] : cid_gids_) {
      w += " " + std::to_string(gid) + " [" + std::to_string(Advance(face, gid)) + "]";
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04X", gid);
      bfchar += std::string("<") + buf + "> <" + Utf16Hex(cp) + ">\n";
    }
    int uni = add(Stream("", ToUnicodeCMap("<0000> <FFFF>", std::to_string(cid_gids_.size()) + " beginbfchar\n" +
                                                                 bfchar + "endbfchar\n")));
    int desc = add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + PostScriptName(face) +
                   " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
                   Descriptor(add, face, "/FontFile2 " + Ref(ttf_file)) + " /DW 1000 /W [" + w +
                   " ] /CIDToGIDMap /Identity >>");
    return add("<< /Type /Font /Subtype /Type0 /BaseFont /" + PostScriptName(face) +
               " /Encoding /Identity-H /DescendantFonts [" + Ref(desc) + "] /ToUnicode " + Ref(uni) + " >>");
  }

  template <typename AddObject>
  int Type3Font(AddObject add) {
    std::string procs, diffs = "1", widths, bfchar;
    int code = 1;
    for (unsigned cp : type3_order_) {
      const bool space = cp == ' ';
      const bool tall = (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
      const int wx = space ? 300 : 600, h = tall ? 700 : 500;
      // Distinct simple shapes: a box with a notch whose height depends on the code.
      std::string proc = std::to_string(wx) + " 0 0 0 " + std::to_string(wx) + " " + std::to_string(h) + " d1\n";
      if (!space) {
        proc += "50 0 500 " + std::to_string(h) + " re f\n";
        proc += "100 " + std::to_string(40 + (code * 37) % (h - 80)) + " 300 20 re f\n";
      }
      int p = add("<< /Length " + std::to_string(proc.size()) + " >>\nstream\n" + proc + "\nendstream");
      procs += " /" + GlyphName(cp) + " " + Ref(p);
      diffs += " /" + GlyphName(cp);
      widths += (code > 1 ? " " : "") + std::to_string(wx);
      char buf[16];
      std::snprintf(buf, sizeof buf, "%02X", code);
      bfchar += std::string("<") + buf + "> <" + Utf16Hex(cp) + ">\n";
      ++code;
    }
    const int last = std::max(1, code - 1);
    int uni = add(Stream("", ToUnicodeCMap("<00> <FF>", std::to_string(type3_order_.size()) + " beginbfchar\n" + bfchar +
                                                            "endbfchar\n")));
    return add("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs <<" +
               procs + " >> /Encoding << /Type /Encoding /Differences [" + diffs + "] >> /FirstChar 1 /LastChar " +
               std::to_string(last) + " /Widths [" + widths + "] /Resources << >> /ToUnicode " + Ref(uni) + " >>");
  }

  const PdfGenOptions& options_;
  std::set<std::string> used_;
  std::map<unsigned, unsigned> diff_codes_, type3_codes_;
  std::vector<unsigned> diff_order_, type3_order_;
  std::map<unsigned, unsigned> cid_gids_;  // gid -> code point (sorted: deterministic /W)
  FtLibrary library_, cid_library_;
  FontProgram truetype_, type1_, cff_, cid_program_;
  bool cid_face_ready_ = false;
};

// ---------------------------------------------------------------------------------------------
// Layout

enum class Hidden { kNone, kRender3, kWhite, kClipped, kOffCrop, kTiny, kOcg };

struct PageOut {
  std::string content;
  int rotate = 0;
  bool crop = false;
  std::vector<std::string> annots;  // object bodies, placeholders {PAGE} {SELF} {POPUP}
  std::vector<std::pair<std::string, std::string>> fields;  // name, value (+ rect in annots)
  std::vector<std::string> bookmarks;
};

struct FormOut {
  std::string content;
  int lines = 0;
};

// 64x16 RGB pixels: a soft gradient, or, given `text`, that text's bytes repeated (so that a
// leak test finds the image's data in a decompressed stream dump).
std::string ImagePixels(const std::string& text = "") {
  std::string px;
  if (!text.empty()) {
    while (px.size() < 64 * 16 * 3) px += text + " ";
    px.resize(64 * 16 * 3);
    return px;
  }
  for (int y = 0; y < 16; ++y) {
    for (int x = 0; x < 64; ++x) {
      px.push_back(static_cast<char>(170 + (x * 80) / 64));
      px.push_back(static_cast<char>(200 + (y * 50) / 16));
      px.push_back(static_cast<char>(235 - ((x + y) % 8) * 4));
    }
  }
  return px;
}

}  // namespace

Result<std::string> TryGeneratePdf(std::string_view description, const PdfGenOptions& options) {
  std::vector<PageOut> pages(1);
  FontSet fonts(options);
  const FontSpec* font = &kFonts[0];
  double size = 11, tc = 0;
  bool kern = false, split = false;
  Hidden hidden = Hidden::kNone;
  double y = 0;
  bool page_started = false;
  std::map<std::string, FormOut> forms;
  std::string form_name;  // non-empty while inside %%form
  double form_y = 0;
  std::vector<std::string> image_names;  // in order of first use
  std::map<std::string, std::string> image_texts;  // image name -> text its pixels spell
  std::vector<std::pair<std::string, std::string>> info, attachments;
  bool uses_ocg = false;

  auto layout_top = [&](int rotate) {
    double layout_h = (rotate == 90 || rotate == 270) ? kPageW : kPageH;
    return layout_h - kMargin - size;
  };
  auto start_page_if_needed = [&]() {
    if (page_started) return;
    page_started = true;
    PageOut& p = pages.back();
    switch (p.rotate) {
      case 90: p.content += "q 0 1 -1 0 " + Num(kPageW) + " 0 cm\n"; break;
      case 180: p.content += "q -1 0 0 -1 " + Num(kPageW) + " " + Num(kPageH) + " cm\n"; break;
      case 270: p.content += "q 0 -1 1 0 0 " + Num(kPageH) + " cm\n"; break;
      default: p.content += "q\n";
    }
    y = layout_top(p.rotate);
  };
  auto str = [&](const std::vector<std::string>& codes, size_t from, size_t to) {
    std::string bytes;
    for (size_t i = from; i < to && i < codes.size(); ++i) bytes += codes[i];
    const bool hex = font->kind == FontKind::kCid || font->kind == FontKind::kDifferences || font->kind == FontKind::kType3;
    return hex ? Hex(bytes) : Literal(bytes);
  };
  // One text line at (x, at_y) into `c`.
  auto emit_line = [&](std::string& c, const std::string& line, double at_y, double line_size) {
    std::string pre, post;
    std::string in_bt;
    switch (hidden) {
      case Hidden::kRender3: pre = "q ", in_bt = "3 Tr ", post = " Q"; break;  // Tr outlives ET
      case Hidden::kWhite: pre = "q 1 1 1 rg ", post = " Q"; break;
      case Hidden::kClipped: pre = "q 10 10 2 2 re W n ", post = " Q"; break;
      case Hidden::kOcg: pre = "/OC /OC1 BDC ", post = " EMC"; break;
      default: break;
    }
    c += pre + "BT /" + font->resource + " " + Num(line_size) + " Tf " + Num(tc) + " Tc " + in_bt + Num(kMargin) +
         " " + Num(at_y) + " Td ";
    std::vector<std::string> words = Words(line);
    if (kern) {
      c += "[";
      for (size_t w = 0; w < words.size(); ++w) {
        if (w > 0) c += " -300 ";
        std::vector<std::string> codes = fonts.Encode(*font, words[w]);
        // Small kerns after every second character: alternately -15 and 12.
        for (size_t i = 0; i < codes.size(); i += 2) {
          if (i > 0) c += (i / 2) % 2 ? " -15 " : " 12 ";
          c += str(codes, i, i + 2);
        }
      }
      c += "] TJ";
    } else if (split) {
      std::vector<std::string> space = fonts.Encode(*font, " ");
      for (size_t w = 0; w < words.size(); ++w) {
        if (w > 0) c += str(space, 0, 1) + " Tj ";
        std::vector<std::string> codes = fonts.Encode(*font, words[w]);
        for (size_t i = 0; i < codes.size(); i += 3) c += str(codes, i, i + 3) + " Tj ";
      }
    } else {
      std::vector<std::string> codes = fonts.Encode(*font, line);
      c += str(codes, 0, codes.size()) + " Tj";
    }
    c += " ET" + post + "\n";
  };

  std::istringstream in{std::string(description)};
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("%%", 0) == 0) {
      std::istringstream d(line.substr(2));
      std::string cmd, arg;
      d >> cmd >> arg;
      std::string rest;
      std::getline(d, rest);
      if (!rest.empty() && rest[0] == ' ') rest.erase(0, 1);
      if (cmd == "page") {
        if (page_started) pages.back().content += "Q\n";
        pages.emplace_back();
        page_started = false;
      } else if (cmd == "font") {
        for (const auto& f : kFonts) {
          if (arg == f.directive) font = &f;
        }
        if (arg != font->directive) font = &kFonts[0];
      } else if (cmd == "size") {
        size = std::stod(arg);
      } else if (cmd == "kern") {
        kern = true, split = false;
      } else if (cmd == "split") {
        split = true, kern = false;
      } else if (cmd == "plain") {
        split = false, kern = false;
      } else if (cmd == "tc") {
        tc = std::stod(arg);
      } else if (cmd == "rotate") {
        pages.back().rotate = std::stoi(arg);
      } else if (cmd == "hidden") {
        hidden = arg == "render3" ? Hidden::kRender3
                 : arg == "white" ? Hidden::kWhite
                 : arg == "clipped" ? Hidden::kClipped
                 : arg == "offcrop" ? Hidden::kOffCrop
                 : arg == "tiny" ? Hidden::kTiny
                 : arg == "ocg" ? Hidden::kOcg
                                : Hidden::kNone;
        if (hidden == Hidden::kOcg) uses_ocg = true;
        if (hidden == Hidden::kOffCrop) pages.back().crop = true;
      } else if (cmd == "form") {
        form_name = arg;
        forms[form_name] = FormOut{};
        form_y = layout_top(0);
      } else if (cmd == "endform") {
        form_name.clear();
      } else if (cmd == "useform") {
        auto it = forms.find(arg);
        if (it == forms.end()) continue;
        start_page_if_needed();
        pages.back().content += "q /Fm" + arg + " Do Q\n";
        y -= kLeading * it->second.lines;
      } else if (cmd == "image") {
        std::string w, h;
        std::istringstream r(rest);
        r >> w >> h;
        start_page_if_needed();
        if (std::find(image_names.begin(), image_names.end(), arg) == image_names.end()) image_names.push_back(arg);
        std::string text;
        std::getline(r, text);
        if (!text.empty() && text[0] == ' ') text.erase(0, 1);
        if (!text.empty()) image_texts[arg] = text;
        const double wpt = std::stod(w), hpt = std::stod(h);
        const double top = y + size;
        const bool ocg = hidden == Hidden::kOcg;
        pages.back().content += std::string(ocg ? "/OC /OC1 BDC " : "") + "q " + Num(wpt) + " 0 0 " + Num(hpt) + " " +
                                Num(kMargin) + " " + Num(top - hpt) + " cm /Im" + arg + " Do Q" +
                                (ocg ? " EMC" : "") + "\n";
      } else if (cmd == "rect") {
        start_page_if_needed();
        const double wpt = std::stod(arg), hpt = std::stod(rest);
        const double top = y + size;
        const bool ocg = hidden == Hidden::kOcg;
        pages.back().content += std::string(ocg ? "/OC /OC1 BDC " : "") + "q 0.3 0.3 0.3 rg " + Num(kMargin) + " " +
                                Num(top - hpt) + " " + Num(wpt) + " " + Num(hpt) + " re f Q" + (ocg ? " EMC" : "") +
                                "\n";
      } else if (cmd == "annot") {
        start_page_if_needed();
        const std::string text = arg + (rest.empty() ? "" : " " + rest);
        const std::string rect = Num(kPageW - kMargin + 10) + " " + Num(y) + " " + Num(kPageW - kMargin + 30) + " " + Num(y + 20);
        pages.back().annots.push_back("<< /Type /Annot /Subtype /Text /Rect [" + rect + "] /Contents " +
                                      Literal(ToWinAnsi(text)) + " /T (Reviewer) /P {PAGE} /Popup {POPUP} >>");
        pages.back().annots.push_back("<< /Type /Annot /Subtype /Popup /Rect [" + Num(kPageW - kMargin - 150) + " " +
                                      Num(y - 80) + " " + Num(kPageW - kMargin + 30) + " " + Num(y) +
                                      "] /Parent {PARENT} /Open false /Contents " + Literal(ToWinAnsi(text)) + " >>");
      } else if (cmd == "field") {
        start_page_if_needed();
        pages.back().fields.emplace_back(arg, rest);
        pages.back().annots.push_back("FIELD " + Num(kMargin) + " " + Num(y - 4) + " " + Num(kMargin + 300) + " " +
                                      Num(y + size + 2));
        y -= kLeading;
      } else if (cmd == "attach") {
        attachments.emplace_back(arg, rest);
      } else if (cmd == "bookmark") {
        pages.back().bookmarks.push_back(arg + (rest.empty() ? "" : " " + rest));
      } else if (cmd == "info") {
        info.emplace_back(arg, rest);
      }
      continue;
    }
    if (!form_name.empty()) {
      FormOut& f = forms[form_name];
      emit_line(f.content, line, form_y, size);
      form_y -= kLeading;
      ++f.lines;
      continue;
    }
    start_page_if_needed();
    std::string& c = pages.back().content;
    if (hidden == Hidden::kOffCrop) {
      emit_line(c, line, 30, size);
    } else if (hidden == Hidden::kTiny) {
      emit_line(c, line, y, 0.5);
      y -= 2;
    } else {
      emit_line(c, line, y, size);
      y -= kLeading;
    }
  }
  if (page_started) pages.back().content += "Q\n";
  if (auto st = fonts.Load(); !st.ok()) return st.error();

  // Objects: 1 catalog, 2 pages, 3 info, 4 metadata, 5-7 fonts, then page + content pairs, then
  // everything else (only when a description uses it, so old descriptions give the same bytes).
  std::vector<std::string> objs(7);
  for (size_t i = 0; i < pages.size(); ++i) objs.emplace_back(), objs.emplace_back();
  auto add = [&](std::string body) {
    objs.push_back(std::move(body));
    return static_cast<int>(objs.size());
  };
  auto ref = [](int n) { return std::to_string(n) + " 0 R"; };
  auto page_num = [](size_t i) { return static_cast<int>(8 + 2 * i); };

  auto font_entries = fonts.WriteFonts(add);
  if (!font_entries.ok()) return font_entries.error();
  int ocg = 0;
  std::string properties;
  if (uses_ocg) {
    ocg = add("<< /Type /OCG /Name (Hidden layer) >>");
    properties = " /Properties << /OC1 " + ref(ocg) + " >>";
  }
  const std::string font_dict = "/Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R" + *font_entries + " >>";
  std::string xobjects;
  for (const auto& [name, form] : forms) {
    int n = add("<< /Type /XObject /Subtype /Form /BBox [0 0 " + Num(kPageW) + " " + Num(kPageH) +
                "] /Resources << " + font_dict + properties + " >> /Length " + std::to_string(form.content.size()) +
                " >>\nstream\n" + form.content + "\nendstream");
    xobjects += " /Fm" + name + " " + ref(n);
  }
  for (const auto& name : image_names) {
    int n = add(FontSet::Stream("/Type /XObject /Subtype /Image /Width 64 /Height 16 /ColorSpace /DeviceRGB "
                                "/BitsPerComponent 8",
                                ImagePixels(image_texts.count(name) ? image_texts[name] : "")));
    xobjects += " /Im" + name + " " + ref(n);
  }
  std::string resources = "<< " + font_dict;
  if (!xobjects.empty()) resources += " /XObject <<" + xobjects + " >>";
  resources += properties + " >>";

  // Annotations and fields.
  std::vector<std::string> page_annots(pages.size());
  std::string field_refs;
  for (size_t i = 0; i < pages.size(); ++i) {
    size_t field = 0;
    for (size_t a = 0; a < pages[i].annots.size(); ++a) {
      std::string body = pages[i].annots[a];
      if (body.rfind("FIELD ", 0) == 0) {
        const auto& [name, value] = pages[i].fields[field++];
        std::istringstream r(body.substr(6));
        double x0, y0, x1, y1;
        r >> x0 >> y0 >> x1 >> y1;
        const std::string ap = "/Tx BMC q BT /F1 10 Tf 2 5 Td " + Literal(ToWinAnsi(value)) + " Tj ET Q EMC";
        int apn = add("<< /Type /XObject /Subtype /Form /BBox [0 0 " + Num(x1 - x0) + " " + Num(y1 - y0) +
                      "] /Resources << /Font << /F1 5 0 R >> >> /Length " + std::to_string(ap.size()) + " >>\nstream\n" +
                      ap + "\nendstream");
        int w = add("<< /Type /Annot /Subtype /Widget /FT /Tx /T " + Literal(ToWinAnsi(name)) + " /V " +
                    Literal(ToWinAnsi(value)) + " /DA (/Helv 10 Tf 0 g) /Rect [" + Num(x0) + " " + Num(y0) + " " +
                    Num(x1) + " " + Num(y1) + "] /F 4 /P " + ref(page_num(i)) + " /AP << /N " + ref(apn) + " >> >>");
        page_annots[i] += " " + ref(w);
        field_refs += " " + ref(w);
        continue;
      }
      // A /Text annotation followed by its /Popup: numbered together.
      const int self = static_cast<int>(objs.size()) + 1;
      const int popup = self + 1;
      auto fill = [&](std::string s) {
        for (const auto& [key, val] : {std::pair<std::string, std::string>{"{PAGE}", ref(page_num(i))},
                                       {"{POPUP}", ref(popup)}, {"{PARENT}", ref(self)}}) {
          for (size_t at = s.find(key); at != std::string::npos; at = s.find(key)) s.replace(at, key.size(), val);
        }
        return s;
      };
      add(fill(body));
      add(fill(pages[i].annots[a + 1]));
      page_annots[i] += " " + ref(self) + " " + ref(popup);
      ++a;
    }
  }

  // Outlines.
  std::vector<std::pair<std::string, size_t>> marks;
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const auto& t : pages[i].bookmarks) marks.emplace_back(t, i);
  }
  int outlines = 0;
  if (!marks.empty()) {
    const int first = static_cast<int>(objs.size()) + 2;
    outlines = add("<< /Type /Outlines /First " + ref(first) + " /Last " + ref(first + static_cast<int>(marks.size()) - 1) +
                   " /Count " + std::to_string(marks.size()) + " >>");
    for (size_t m = 0; m < marks.size(); ++m) {
      const int self = first + static_cast<int>(m);
      std::string body = "<< /Title " + Literal(ToWinAnsi(marks[m].first)) + " /Parent " + ref(outlines) +
                         " /Dest [" + ref(page_num(marks[m].second)) + " /XYZ 0 " + Num(kPageH) + " 0]";
      if (m > 0) body += " /Prev " + ref(self - 1);
      if (m + 1 < marks.size()) body += " /Next " + ref(self + 1);
      add(body + " >>");
    }
  }

  // Attachments.
  std::string embedded;
  for (const auto& [fname, text] : attachments) {
    int ef = add("<< /Type /EmbeddedFile /Subtype /text#2Fplain /Length " + std::to_string(text.size() + 1) +
                 " >>\nstream\n" + text + "\n\nendstream");
    int spec = add("<< /Type /Filespec /F " + Literal(fname) + " /UF " + Literal(fname) + " /EF << /F " + ref(ef) +
                   " >> /Desc (Attachment) >>");
    embedded += " " + Literal(fname) + " " + ref(spec);
  }

  // Catalog, pages, info, metadata, standard fonts, pages.
  std::string kids;
  for (size_t i = 0; i < pages.size(); ++i) kids += std::to_string(page_num(i)) + " 0 R ";
  std::string extra_xmp;
  for (const auto& [key, value] : info) extra_xmp += "<pdf:" + key + ">" + value + "</pdf:" + key + ">";
  std::string xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                    "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" +
                    std::string(info.empty() ? "" : " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"") + ">"
                    "<dc:creator><rdf:Seq><rdf:li>" + options.author + "</rdf:li></rdf:Seq></dc:creator>" + extra_xmp +
                    "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
  std::string catalog = "<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R";
  if (outlines != 0) catalog += " /Outlines " + ref(outlines) + " /PageMode /UseOutlines";
  if (!embedded.empty()) catalog += " /Names << /EmbeddedFiles << /Names [" + embedded + " ] >> >>";
  if (!field_refs.empty()) {
    catalog += " /AcroForm << /Fields [" + field_refs + " ] /DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv 5 0 R >> >> >>";
  }
  if (ocg != 0) {
    catalog += " /OCProperties << /OCGs [" + ref(ocg) + "] /D << /Order [" + ref(ocg) + "] /OFF [" + ref(ocg) + "] >> >>";
  }
  objs[0] = catalog + " >>";
  objs[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  std::string info_dict = "<< /Title " + Literal(ToWinAnsi(options.title)) + " /Author " + Literal(ToWinAnsi(options.author));
  for (const auto& [key, value] : info) info_dict += " /" + key + " " + Literal(ToWinAnsi(value));
  objs[2] = info_dict + " /Producer (disclose-pdfgen) >>";
  objs[3] = "<< /Type /Metadata /Subtype /XML /Length " + std::to_string(xmp.size()) + " >>\nstream\n" + xmp + "\nendstream";
  int k = 4;
  for (const char* f : {"Helvetica", "Times-Roman", "Courier"}) {
    objs[k++] = std::string("<< /Type /Font /Subtype /Type1 /BaseFont /") + f + " /Encoding /WinAnsiEncoding >>";
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    std::string rot = pages[i].rotate != 0 ? " /Rotate " + std::to_string(pages[i].rotate) : "";
    std::string crop = pages[i].crop ? " /CropBox [0 " + Num(kCropBottom) + " " + Num(kPageW) + " " + Num(kPageH) + "]" : "";
    std::string annots = page_annots[i].empty() ? "" : " /Annots [" + page_annots[i] + " ]";
    objs[static_cast<size_t>(page_num(i)) - 1] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + Num(kPageW) + " " +
                                                 Num(kPageH) + "]" + crop + rot + " /Resources " + resources +
                                                 " /Contents " + std::to_string(page_num(i) + 1) + " 0 R" + annots + " >>";
    const std::string& content = pages[i].content;
    objs[static_cast<size_t>(page_num(i))] =
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream";
  }
  return AssemblePdf(objs, "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", " /Info 3 0 R");
}

std::string AssemblePdf(const std::vector<std::string>& objects, std::string_view header,
                        std::string_view trailer_extra) {
  std::string out(header);
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R" + std::string(trailer_extra) +
         " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

std::string PdfStream(const std::string& dict_entries, const std::string& data) {
  return "<< " + dict_entries + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

std::string GeneratePdf(std::string_view description, const PdfGenOptions& options) {
  auto pdf = TryGeneratePdf(description, options);
  return pdf.ok() ? std::move(*pdf) : std::string();
}

}  // namespace disclose::testing
