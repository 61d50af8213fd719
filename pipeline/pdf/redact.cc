// Redact(): glyph removal from content streams, black boxes, metadata stripping and a fresh
// rewrite with unreachable objects swept.
// Thread-safety: reentrant; no shared mutable state.
#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <memory>
#include <set>

#include "pipeline/pdf/content_lexer.h"
#include "pipeline/pdf/interpreter.h"
#include "pipeline/pdf/loader.h"
#include "pipeline/pdf/objects.h"
#include "pipeline/pdf/pdf.h"

namespace disclose::pdf {
namespace {

using internal::FormatNumber;
using internal::HexString;
using internal::Op;
using internal::Operand;
using PoDoFo::PdfObject;

struct Removal {
  size_t offset = 0;
  int length = 1;
  double tj = 0;
};
// op index -> element (-1 = string operand) -> removals sorted by offset
using StreamRemovals = std::map<size_t, std::map<int, std::map<size_t, Removal>>>;

// Overlap along one axis: glyph [g0,g1] against redaction [r0,r1]. A degenerate glyph extent
// (zero advance) counts when its position lies strictly inside the redaction.
bool AxisOverlaps(double g0, double g1, double r0, double r1) {
  double extent = g1 - g0;
  if (extent < kOverlapEpsilon) {
    double mid = (g0 + g1) / 2;
    return mid > r0 + kOverlapEpsilon && mid < r1 - kOverlapEpsilon;
  }
  double overlap = std::min(g1, r1) - std::max(g0, r0);
  return overlap > std::max(kOverlapEpsilon, kOverlapFraction * extent);
}

bool Overlaps(const Box& g, const Box& r) {
  return AxisOverlaps(g.x0, g.x1, r.x0, r.x1) && AxisOverlaps(g.y0, g.y1, r.y0, r.y1);
}

// Kept bytes as hex strings, removed codes as TJ numbers (consecutive ones summed).
void AppendSplitString(const std::string& bytes, const std::map<size_t, Removal>* removals, std::string* out) {
  if (removals == nullptr) {
    out->append(HexString(bytes));
    return;
  }
  size_t pos = 0;
  double pending = 0;
  bool have_pending = false;
  for (const auto& [offset, r] : *removals) {
    if (offset < pos || offset >= bytes.size()) continue;
    if (offset > pos) {
      if (have_pending) {
        out->append(FormatNumber(pending)).push_back(' ');
        pending = 0;
        have_pending = false;
      }
      out->append(HexString(std::string_view(bytes).substr(pos, offset - pos))).push_back(' ');
    }
    pending += r.tj;
    have_pending = true;
    pos = offset + static_cast<size_t>(r.length);
  }
  if (have_pending) out->append(FormatNumber(pending)).push_back(' ');
  if (pos < bytes.size()) out->append(HexString(std::string_view(bytes).substr(pos))).push_back(' ');
}

std::string RewriteOp(const Op& op, const std::map<int, std::map<size_t, Removal>>& elems) {
  auto find = [&elems](int e) -> const std::map<size_t, Removal>* {
    auto it = elems.find(e);
    return it == elems.end() ? nullptr : &it->second;
  };
  std::string out = " ";
  const Operand* str = nullptr;
  if (op.keyword == "TJ") {
    out += "[";
    const auto& items = op.operands[0].items;
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].kind == Operand::Kind::kNumber) {
        out += FormatNumber(items[i].number) + " ";
      } else if (items[i].kind == Operand::Kind::kString) {
        AppendSplitString(items[i].bytes, find(static_cast<int>(i)), &out);
      }
    }
    out += "] TJ ";
    return out;
  }
  if (op.keyword == "Tj" || op.keyword == "'") {
    if (op.keyword == "'") out += "T* ";
    str = &op.operands[0];
  } else {  // "
    out += FormatNumber(op.operands[0].number) + " Tw " + FormatNumber(op.operands[1].number) + " Tc T* ";
    str = &op.operands[2];
  }
  out += "[";
  AppendSplitString(str->bytes, find(-1), &out);
  out += "] TJ ";
  return out;
}

// Returns `content` with the operations in `removals` rewritten.
std::string RewriteStream(std::string_view content, const StreamRemovals& removals, int max_depth) {
  internal::ContentLexer lexer(content, max_depth);
  std::string out;
  out.reserve(content.size() + 64);
  size_t copied = 0, index = 0;
  Op op;
  for (; lexer.Next(&op); ++index) {
    auto it = removals.find(index);
    if (it == removals.end()) continue;
    out.append(content.substr(copied, op.begin - copied));
    out.append(RewriteOp(op, it->second));
    copied = op.end;
  }
  out.append(content.substr(copied));
  return out;
}

void SetStreamContent(PdfObject* obj, const std::string& data) {
  obj->GetDictionary().RemoveKey("Filter");
  obj->GetDictionary().RemoveKey("DecodeParms");
  obj->GetDictionary().RemoveKey("DL");
  obj->GetStream()->Set(data.data(), static_cast<PoDoFo::pdf_long>(data.size()));
}

void RemoveKeys(PdfObject* obj, std::initializer_list<const char*> keys) {
  if (obj == nullptr || !obj->IsDictionary()) return;
  for (const char* k : keys) obj->GetDictionary().RemoveKey(PoDoFo::PdfName(k));
}

void Sanitize(PoDoFo::PdfMemDocument* doc) {
  RemoveKeys(doc->GetCatalog(), {"Metadata", "OpenAction", "AA", "Names", "AcroForm", "Outlines", "StructTreeRoot",
                                 "PieceInfo", "Dests", "Threads", "SpiderInfo", "URI", "Legal", "Perms", "Collection",
                                 "MarkInfo"});
  for (int i = 0; i < doc->GetPageCount(); ++i) {
    PoDoFo::PdfPage* page = doc->GetPage(i);
    if (page != nullptr) {
      RemoveKeys(page->GetObject(), {"Annots", "AA", "Metadata", "PieceInfo", "Thumb", "B", "StructParents"});
    }
  }
  for (PdfObject* obj : doc->GetObjects()) {
    RemoveKeys(obj, {"Metadata", "PieceInfo", "Alternates", "OPI"});
  }
  PoDoFo::PdfInfo* info = doc->GetInfo();
  if (info != nullptr && info->GetObject() != nullptr && info->GetObject()->IsDictionary()) {
    info->GetObject()->GetDictionary().Clear();
  }
}

// Mark-and-sweep from the trailer: removes every object not reachable from it.
int RemoveUnreachable(PoDoFo::PdfMemDocument* doc) {
  PoDoFo::PdfVecObjects& objects = doc->GetObjects();
  std::set<PoDoFo::PdfReference> reached;
  std::vector<const PdfObject*> work{doc->GetTrailer()};
  while (!work.empty()) {
    const PdfObject* o = work.back();
    work.pop_back();
    if (o == nullptr) continue;
    if (o->IsReference()) {
      if (reached.insert(o->GetReference()).second) work.push_back(objects.GetObject(o->GetReference()));
    } else if (o->IsArray()) {
      for (const PdfObject& item : o->GetArray()) work.push_back(&item);
    } else if (o->IsDictionary()) {
      for (const auto& kv : o->GetDictionary().GetKeys()) work.push_back(kv.second);
    }
  }
  std::vector<PoDoFo::PdfReference> unreachable;
  for (PdfObject* obj : objects) {
    if (reached.count(obj->Reference()) == 0) unreachable.push_back(obj->Reference());
  }
  for (const PoDoFo::PdfReference& ref : unreachable) {
    std::unique_ptr<PdfObject> removed(objects.RemoveObject(ref));
  }
  // PoDoFo can hold two objects with one reference (a file that redefines an object both in an
  // object stream and in an update); keep the one references resolve to, which is the one we
  // edited, so that the writer does not emit both.
  int duplicates = 0;
  for (bool again = true; again && duplicates < 1000000;) {
    again = false;
    for (auto it = objects.begin(); it != objects.end(); ++it) {
      if (objects.GetObject((*it)->Reference()) != *it) {
        std::unique_ptr<PdfObject> removed(objects.RemoveObject(it));
        ++duplicates;
        again = true;
        break;
      }
    }
  }
  return static_cast<int>(unreachable.size()) + duplicates;
}

}  // namespace

Result<std::string> Redact(std::string_view pdf_bytes, std::string_view name,
                           const std::vector<PageRedactions>& redactions, RedactStats* stats, const Limits& limits) {
  PoDoFo::PdfMemDocument doc;
  Status loaded = internal::LoadDocument(pdf_bytes, name, limits, &doc);
  if (!loaded.ok()) return loaded.error();
  std::string n(name);
  RedactStats local;
  int page_index = 0;
  try {
    // Files encrypted with an empty user password were decrypted while loading; the output is
    // written without encryption (PdfMemDocument::Write would re-encrypt with empty passwords).
    const bool encrypted = doc.GetEncrypted();
    int count = doc.GetPageCount();
    if (count <= 0 || count > limits.max_pages) {
      return InvalidInput("document " + n + " has no readable pages or too many (damaged page tree)");
    }
    std::map<int, std::vector<Box>> by_page;
    for (const PageRedactions& r : redactions) {
      if (r.page < 0 || r.page >= count) {
        return InvalidInput("document " + n + ": redaction names page " + std::to_string(r.page + 1) +
                            " which does not exist");
      }
      auto& boxes = by_page[r.page];
      boxes.insert(boxes.end(), r.boxes.begin(), r.boxes.end());
    }
    internal::DocCache cache;
    std::map<const PdfObject*, StreamRemovals> form_removals;
    for (auto& entry : by_page) {  // not a structured binding: clang 14 cannot capture one
      const int index = entry.first;
      const std::vector<Box>& boxes = entry.second;
      page_index = index;
      if (boxes.empty()) continue;
      PoDoFo::PdfPage* page = doc.GetPage(index);
      if (page == nullptr) return InvalidInput("document " + n + " has a damaged page tree");
      internal::PageGeometry geom = internal::GetPageGeometry(page);
      StreamRemovals page_removals;
      int removed = 0;
      internal::Interpreter interp(limits, name, &cache, [&](internal::GlyphHit&& h) {
        bool hit = std::any_of(boxes.begin(), boxes.end(), [&](const Box& b) { return Overlaps(h.glyph.box, b); });
        if (!hit) return;
        StreamRemovals& target = h.stream == nullptr ? page_removals : form_removals[h.stream];
        target[h.op][h.element][h.offset] = Removal{h.offset, h.length, h.removal_tj};
        ++removed;
      });
      std::string content;
      Status st = interp.RunPage(page, index, geom.to_page, &content);
      if (!st.ok()) return st.error();
      std::string rewritten = page_removals.empty() ? content : RewriteStream(content, page_removals, limits.max_depth);
      std::string out = "q\n" + rewritten + "\nQ\nq 0 g\n";
      internal::Matrix to_user;
      if (!internal::Invert(geom.to_page, &to_user)) return Internal("document " + n + ": singular page matrix");
      for (const Box& b : boxes) {
        double xa, ya, xb, yb;
        internal::Apply(to_user, b.x0, b.y0, &xa, &ya);
        internal::Apply(to_user, b.x1, b.y1, &xb, &yb);
        double x = std::min(xa, xb), y = std::min(ya, yb);
        out += FormatNumber(x) + " " + FormatNumber(y) + " " + FormatNumber(std::fabs(xb - xa)) + " " +
               FormatNumber(std::fabs(yb - ya)) + " re f\n";
        ++local.boxes_drawn;
      }
      out += "Q\n";
      PdfObject* stream = doc.GetObjects().CreateObject();
      SetStreamContent(stream, out);
      page->GetObject()->GetDictionary().AddKey("Contents", stream->Reference());
      local.glyphs_removed += removed;
      ++local.pages_changed;
    }
    // Forms are edited in place (the change shows wherever the form is drawn).
    for (auto& [form, removals] : form_removals) {
      if (removals.empty()) continue;
      auto it = cache.forms.find(form);
      if (it == cache.forms.end()) continue;
      SetStreamContent(const_cast<PdfObject*>(form), RewriteStream(it->second, removals, limits.max_depth));
    }
    Sanitize(&doc);
    PdfObject* trailer = const_cast<PdfObject*>(doc.GetTrailer());
    if (encrypted) {
      // Touch every object so that each is loaded (and decrypted) before the rewrite.
      for (PdfObject* obj : doc.GetObjects()) {
        if (obj->HasStream()) (void)obj->GetStream()->GetLength();
      }
    }
    RemoveKeys(trailer, {"Encrypt"});
    RemoveUnreachable(&doc);
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    PoDoFo::PdfWriter writer(&doc.GetObjects(), trailer);
    writer.SetPdfVersion(doc.GetPdfVersion());
    writer.Write(&device);
    if (stats != nullptr) *stats = local;
    return std::string(buffer.GetBuffer(), device.GetLength());
  } catch (const PoDoFo::PdfError& e) {
    return internal::FromPdfError(e, name, "redacting page " + std::to_string(page_index + 1));
  } catch (const std::bad_alloc&) {
    return InvalidInput("document " + n + " is too large to redact");
  } catch (const std::exception&) {
    return Internal("document " + n + ": unexpected failure while redacting page " + std::to_string(page_index + 1));
  }
}

}  // namespace disclose::pdf
