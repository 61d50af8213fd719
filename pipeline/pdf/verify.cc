// Verify(): the check of a redacted PDF before release. Re-extracts it with our own
// extractor and searches the raw objects (strings, names, every stream decompressed) for the
// redacted strings, case-folded and with whitespace removed. See pdf.h.
// Messages name pages and object numbers only, never the strings.
// Thread-safety: reentrant; no shared mutable state.
#include <algorithm>
#include <exception>
#include <set>
#include <string>
#include <vector>

#include "pipeline/pdf/content_lexer.h"
#include "pipeline/pdf/fonts.h"
#include "pipeline/pdf/interpreter.h"
#include "pipeline/pdf/loader.h"
#include "pipeline/pdf/objects.h"
#include "pipeline/pdf/pdf.h"

namespace disclose::pdf {
namespace {

using PoDoFo::PdfObject;

// Needles shorter than this (folded bytes) are not searched in non-content streams such as
// CMaps and XMP, whose keywords would match at random.
constexpr size_t kMinStreamLength = 3;
constexpr int kMaxVariantDepth = 64;

bool IsSpaceByte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Simple lower-casing of a code point: ASCII, Latin-1, Latin Extended-A pairs, Greek, Cyrillic.
uint32_t Lower(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) ||
      (cp >= 0x410 && cp <= 0x42F)) {
    return cp + 32;
  }
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  if (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0 && cp != 0x130 && cp != 0x138) return cp + 1;
  return cp;
}

// Case-folds UTF-8 (invalid bytes pass through) and removes whitespace; with `drop_nul`, NUL
// bytes too (UTF-16 text of ASCII letters then reads as ASCII).
std::string Fold(std::string_view s, bool drop_nul = false) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if (IsSpaceByte(c) || (drop_nul && c == 0)) continue;
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      continue;
    }
    if ((c & 0xE0) == 0xC0 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      if (cp == 0xA0) {  // no-break space
        i += 2;
        continue;
      }
      internal::AppendUtf8(Lower(cp), &out);
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(c));
    ++i;
  }
  return out;
}

// UTF-16 (BOM given) to UTF-8; surrogates kept as separate code points (only for searching).
std::string FromUtf16(std::string_view s, bool big_endian) {
  std::string out;
  for (size_t i = 0; i + 1 < s.size(); i += 2) {
    unsigned char a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
    internal::AppendUtf8(big_endian ? (a << 8 | b) : (b << 8 | a), &out);
  }
  return out;
}

class Searcher {
 public:
  explicit Searcher(const std::vector<std::string>& strings) {
    for (const std::string& s : strings) {
      std::string f = Fold(s);
      if (!f.empty()) needles_.push_back(std::move(f));
    }
    std::sort(needles_.begin(), needles_.end());
    needles_.erase(std::unique(needles_.begin(), needles_.end()), needles_.end());
  }
  bool empty() const { return needles_.empty(); }
  // True when a folded form of `hay` contains a needle of at least `min_length` bytes.
  bool Found(std::string_view hay, size_t min_length) const {
    if (needles_.empty() || hay.empty()) return false;
    if (FoundFolded(Fold(hay), min_length)) return true;
    if (hay.find('\0') != std::string_view::npos && FoundFolded(Fold(hay, true), min_length)) return true;
    if (hay.size() >= 2) {
      unsigned char a = static_cast<unsigned char>(hay[0]), b = static_cast<unsigned char>(hay[1]);
      if ((a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE)) {
        return FoundFolded(Fold(FromUtf16(hay.substr(2), a == 0xFE)), min_length);
      }
    }
    return false;
  }

 private:
  bool FoundFolded(const std::string& folded, size_t min_length) const {
    for (const std::string& n : needles_) {
      if (n.size() >= min_length && folded.find(n) != std::string::npos) return true;
    }
    return false;
  }
  std::vector<std::string> needles_;
};

// Appends every string operand (arrays and dictionaries included) to `out`.
void CollectStrings(const internal::Operand& o, std::string* out) {
  using Kind = internal::Operand::Kind;
  if (o.kind == Kind::kString) {
    out->append(o.bytes);
  } else if (o.kind == Kind::kArray || o.kind == Kind::kDict) {
    for (const internal::Operand& item : o.items) CollectStrings(item, out);
  }
}

// Strings and names inside a direct object (not following references).
bool FoundInVariant(const PdfObject& o, const Searcher& s, int depth) {
  if (depth > kMaxVariantDepth) return false;
  if (o.IsString() || o.IsHexString()) {
    const PoDoFo::PdfString& str = o.GetString();
    if (str.IsUnicode()) {
      if (s.Found(str.GetStringUtf8(), 1)) return true;
    } else if (str.GetString() != nullptr && s.Found(std::string_view(str.GetString(), str.GetLength()), 1)) {
      return true;
    }
    return false;
  }
  if (o.IsName()) return s.Found(o.GetName().GetName(), 1);
  if (o.IsArray()) {
    for (const PdfObject& item : o.GetArray()) {
      if (FoundInVariant(item, s, depth + 1)) return true;
    }
  } else if (o.IsDictionary()) {
    for (const auto& kv : o.GetDictionary().GetKeys()) {
      if (s.Found(kv.first.GetName(), 1) || FoundInVariant(*kv.second, s, depth + 1)) return true;
    }
  }
  return false;
}

bool IsBinaryStream(const PdfObject* obj) {
  const std::string subtype = internal::NameOr(internal::Get(obj, "Subtype"), "");
  if (subtype == "Image" || subtype == "Type1C" || subtype == "CIDFontType0C" || subtype == "OpenType") return true;
  return internal::Get(obj, "Length1") != nullptr || internal::Get(obj, "Length2") != nullptr;
}

Error Failed(std::string_view name, const std::string& what) {
  return InvalidInput("verification failed for document " + std::string(name) + ": " + what);
}

// Runs each page through the interpreter and fails at the first image, inline image or painted
// path inside optional content that is OFF.
Status CheckNoHiddenPaints(PoDoFo::PdfMemDocument& raw, std::string_view name, const Limits& limits) {
  int page_number = 0;
  try {
    internal::DocCache cache;
    internal::LoadOptionalContent(raw, &cache);
    for (int i = 0; i < raw.GetPageCount(); ++i) {
      page_number = i + 1;
      const PoDoFo::PdfPage* page = raw.GetPage(i);
      if (page == nullptr) continue;
      using Kind = internal::PaintHit::Kind;
      const char* found = nullptr;
      internal::Interpreter interp(limits, name, &cache, [](internal::GlyphHit&&) {});
      interp.set_paint_sink([&found](const internal::PaintHit& h) {
        if (!h.hidden || found != nullptr) return;
        if (h.kind == Kind::kImage || h.kind == Kind::kInlineImage) found = "an image";
        if (h.kind == Kind::kPath && !h.clips && h.last_op > h.first_op) found = "a painted path";
      });
      std::string content;
      Status st = interp.RunPage(page, i, internal::GetPageGeometry(page), &content);
      if (!st.ok()) return Failed(name, "page " + std::to_string(page_number) + " could not be read back");
      if (found != nullptr) {
        return Failed(name, "page " + std::to_string(page_number) + " still draws " + found + " in a hidden layer");
      }
    }
  } catch (const PoDoFo::PdfError& e) {
    return Failed(name, "page " + std::to_string(page_number) + " could not be read back (" +
                            internal::FromPdfError(e, name, "verifying").message + ")");
  } catch (const std::exception&) {
    return Failed(name, "unexpected failure while checking page " + std::to_string(page_number));
  }
  return Status::Ok();
}

}  // namespace

Status Verify(std::string_view pdf_bytes, std::string_view name, const std::vector<std::string>& strings,
              const std::vector<int>& redacted_pages, bool no_hidden_text, const Limits& limits) {
  const Searcher searcher(strings);
  // 1. Our own extractor.
  auto doc = Extract(pdf_bytes, name, limits);
  if (!doc.ok()) return Failed(name, "the redacted file could not be read back (" + doc.error().message + ")");
  const std::set<int> checked(redacted_pages.begin(), redacted_pages.end());
  for (const Page& page : doc->pages) {
    const std::string where = "page " + std::to_string(page.index + 1);
    if (searcher.Found(page.text, 1)) return Failed(name, "redacted text is still extractable on " + where);
    for (const Glyph& g : page.glyphs) {
      if (checked.count(page.index) != 0 && !g.unicode_known) {
        return Failed(name, where + " has glyphs whose text cannot be read");
      }
      if (no_hidden_text && g.hidden != Hidden::kNone) {
        return Failed(name, where + " still has hidden text (" + std::string(HiddenName(g.hidden)) + ")");
      }
    }
  }
  if (searcher.empty() && !no_hidden_text) return Status::Ok();

  PoDoFo::PdfMemDocument raw;
  Status loaded = internal::LoadDocument(pdf_bytes, name, limits, &raw);
  if (!loaded.ok()) return Failed(name, "the redacted file could not be read back (" + loaded.error().message + ")");
  // 2. Nothing drawn in a layer that is OFF: images, inline images and painted paths there are
  //    unseen but their data is in the file (redact drops them with the hidden text).
  if (no_hidden_text) {
    Status hidden = CheckNoHiddenPaints(raw, name, limits);
    if (!hidden.ok()) return hidden;
  }
  if (searcher.empty()) return Status::Ok();

  // 3. The raw file: every object's strings and names, every stream.
  int object = 0;
  try {
    std::set<const PdfObject*> content_streams;
    for (int i = 0; i < raw.GetPageCount(); ++i) {
      const PoDoFo::PdfPage* page = raw.GetPage(i);
      if (page == nullptr) continue;
      const PdfObject* contents = internal::Get(page->GetObject(), "Contents");
      if (contents != nullptr && contents->IsArray()) {
        for (const PdfObject& item : contents->GetArray()) content_streams.insert(internal::Resolve(&item));
      } else if (contents != nullptr) {
        content_streams.insert(contents);
      }
    }
    std::string data;
    for (const PdfObject* obj : raw.GetObjects()) {
      object = static_cast<int>(obj->Reference().ObjectNumber());
      const std::string where = "object " + std::to_string(object);
      if (FoundInVariant(*obj, searcher, 0)) return Failed(name, "redacted text found in " + where);
      if (!obj->HasStream()) continue;
      if (IsBinaryStream(obj)) {
        char* buf = nullptr;
        PoDoFo::pdf_long len = 0;
        obj->GetStream()->GetCopy(&buf, &len);
        std::unique_ptr<char, void (*)(void*)> owned(buf, PoDoFo::podofo_free);
        if (buf != nullptr && len > 0 && searcher.Found(std::string_view(buf, static_cast<size_t>(len)),
                                                        kVerifyMinRawLength)) {
          return Failed(name, "redacted text found in " + where + " (image or font data)");
        }
        continue;
      }
      Status decoded = internal::DecodeStream(obj, limits.max_stream_bytes, where, &data);
      if (!decoded.ok()) {
        return Failed(name, where + " could not be decoded for checking (" + decoded.error().message + ")");
      }
      const bool content = content_streams.count(obj) != 0 ||
                           internal::NameOr(internal::Get(obj, "Subtype"), "") == "Form";
      if (content) {
        std::string strings_seen;
        internal::ContentLexer lexer(data, limits.max_depth);
        internal::Op op;
        while (lexer.Next(&op)) {
          for (const internal::Operand& o : op.operands) CollectStrings(o, &strings_seen);
        }
        if (searcher.Found(strings_seen, 1)) return Failed(name, "redacted text found in " + where + " (content)");
        if (searcher.Found(data, kVerifyMinRawLength)) {
          return Failed(name, "redacted text found in " + where + " (content bytes)");
        }
      } else if (searcher.Found(data, kMinStreamLength)) {
        return Failed(name, "redacted text found in " + where + " (stream)");
      }
    }
  } catch (const PoDoFo::PdfError& e) {
    return Failed(name, "object " + std::to_string(object) + " could not be read back (" +
                            internal::FromPdfError(e, name, "verifying").message + ")");
  } catch (const std::bad_alloc&) {
    return Failed(name, "the redacted file is too large to check");
  } catch (const std::exception&) {
    return Failed(name, "unexpected failure while checking object " + std::to_string(object));
  }
  return Status::Ok();
}

}  // namespace disclose::pdf
