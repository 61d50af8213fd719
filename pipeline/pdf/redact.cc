// Redact(): glyph removal from content streams, black boxes, metadata stripping and a fresh
// rewrite with unreachable objects swept.
// Thread-safety: reentrant; no shared mutable state.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
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
// Edit of one operation: glyph removals per element (-1 = string operand, sorted by offset),
// or the whole operation dropped (an inline image or a path under a box).
struct OpEdit {
  std::map<int, std::map<size_t, Removal>> glyphs;
  bool drop = false;
  bool strip_properties = false;  // BDC: rewritten as BMC (its /ActualText, /Alt, /E dropped)
};
// op index -> edit
using StreamRemovals = std::map<size_t, OpEdit>;

void Merge(const StreamRemovals& from, StreamRemovals* into) {
  for (const auto& [op, edit] : from) {
    OpEdit& e = (*into)[op];
    e.drop = e.drop || edit.drop;
    e.strip_properties = e.strip_properties || edit.strip_properties;
    for (const auto& [elem, rs] : edit.glyphs) e.glyphs[elem].insert(rs.begin(), rs.end());
  }
}

bool Inside(const Box& inner, const Box& outer) {
  return inner.x0 >= outer.x0 - kOverlapEpsilon && inner.y0 >= outer.y0 - kOverlapEpsilon &&
         inner.x1 <= outer.x1 + kOverlapEpsilon && inner.y1 <= outer.y1 + kOverlapEpsilon;
}
bool Meets(const Box& a, const Box& b) {
  return std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > kOverlapEpsilon &&
         std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > kOverlapEpsilon;
}

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

// A name operand as PDF syntax (#xx for bytes outside the regular characters).
std::string NameToken(const std::string& name) {
  std::string out = "/";
  for (unsigned char c : name) {
    if (c > 32 && c < 127 && std::string_view("#()<>[]{}/%").find(static_cast<char>(c)) == std::string_view::npos) {
      out.push_back(static_cast<char>(c));
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "#%02X", c);
      out += hex;
    }
  }
  return out;
}

std::string RewriteOp(const Op& op, const OpEdit& edit) {
  if (edit.drop) return " ";
  if (edit.strip_properties) {
    // The tag is kept (structure is gone with StructTreeRoot); the property list, which may
    // carry replacement text nobody sees on the page, is not.
    const bool tagged = !op.operands.empty() && op.operands[0].kind == Operand::Kind::kName;
    return " " + NameToken(tagged ? op.operands[0].bytes : "Span") + " BMC ";
  }
  const auto& elems = edit.glyphs;
  auto find = [&elems](int e) -> const std::map<size_t, Removal>* {
    auto it = elems.find(e);
    return it == elems.end() ? nullptr : &it->second;
  };
  std::string out = " ";
  const Operand* str = nullptr;
  if (op.keyword == "TJ") {
    if (op.operands.empty() || op.operands[0].kind != Operand::Kind::kArray) return " ";
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
  // Marked-content property lists (Resources /Properties) may carry replacement text
  // (/ActualText, /Alt, /E) that extractors show instead of the glyphs.
  auto resolve = [doc](PdfObject* o) -> PdfObject* {
    return o != nullptr && o->IsReference() ? doc->GetObjects().GetObject(o->GetReference()) : o;
  };
  auto strip_properties = [&](PdfObject* holder) {
    if (holder == nullptr || !holder->IsDictionary()) return;
    PdfObject* props = resolve(holder->GetDictionary().GetKey(PoDoFo::PdfName("Properties")));
    if (props == nullptr || !props->IsDictionary()) return;
    for (auto& [key, value] : props->GetDictionary().GetKeys()) {
      RemoveKeys(resolve(value), {"ActualText", "Alt", "E"});
    }
  };
  for (PdfObject* obj : doc->GetObjects()) {
    RemoveKeys(obj, {"Metadata", "PieceInfo", "Alternates", "OPI", "ActualText", "Alt"});
    if (obj == nullptr || !obj->IsDictionary()) continue;
    strip_properties(obj);                                                       // a resources dictionary
    strip_properties(resolve(obj->GetDictionary().GetKey(PoDoFo::PdfName("Resources"))));  // a page or form
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

// Pixels of an image (image space: the unit square) that a page-space box covers, through
// the image's placement. False when nothing is covered.
bool PixelRect(const internal::Matrix& image_to_page, const Box& box, int w, int h, int* i0, int* j0, int* i1,
               int* j1) {
  internal::Matrix to_image;
  if (!internal::Invert(image_to_page, &to_image)) return false;
  double us[4], vs[4];
  internal::Apply(to_image, box.x0, box.y0, &us[0], &vs[0]);
  internal::Apply(to_image, box.x1, box.y0, &us[1], &vs[1]);
  internal::Apply(to_image, box.x0, box.y1, &us[2], &vs[2]);
  internal::Apply(to_image, box.x1, box.y1, &us[3], &vs[3]);
  for (int k = 0; k < 4; ++k) {
    if (!std::isfinite(us[k]) || !std::isfinite(vs[k])) return false;
  }
  double umin = *std::min_element(us, us + 4), umax = *std::max_element(us, us + 4);
  double vmin = *std::min_element(vs, vs + 4), vmax = *std::max_element(vs, vs + 4);
  *i0 = static_cast<int>(std::clamp(std::floor(umin * w), 0.0, static_cast<double>(w)));
  *i1 = static_cast<int>(std::clamp(std::ceil(umax * w), 0.0, static_cast<double>(w)));
  *j0 = static_cast<int>(std::clamp(std::floor((1 - vmax) * h), 0.0, static_cast<double>(h)));
  *j1 = static_cast<int>(std::clamp(std::ceil((1 - vmin) * h), 0.0, static_cast<double>(h)));
  return *i1 > *i0 && *j1 > *j0;
}

struct ImageCut {
  internal::Matrix image_to_page;
  Box box;
};

int Components(const PdfObject* image) {
  const PdfObject* cs = internal::Get(image, "ColorSpace");
  if (cs == nullptr) return 0;
  std::string family = cs->IsName() ? cs->GetName().GetName() : "";
  if (cs->IsArray() && !cs->GetArray().empty()) family = internal::NameOr(&cs->GetArray()[0], "");
  if (family == "DeviceGray" || family == "CalGray" || family == "G") return 1;
  if (family == "DeviceRGB" || family == "CalRGB" || family == "RGB") return 3;
  if (family == "DeviceCMYK" || family == "CMYK") return 4;
  if (family == "ICCBased" && cs->IsArray() && cs->GetArray().size() >= 2) {
    double n = internal::NumberOr(internal::Get(&cs->GetArray()[1], "N"), 0);
    return (n == 1 || n == 3 || n == 4) ? static_cast<int>(n) : 0;
  }
  return 0;
}

// Replaces an image we cannot edit by a 1x1 black one (drawn over the same placement).
void ReplaceWithBlack(PdfObject* image) {
  PoDoFo::PdfDictionary& d = image->GetDictionary();
  for (const char* k : {"Decode", "DecodeParms", "Mask", "SMask", "SMaskInData", "Alternates", "Intent", "JBIG2Globals"}) {
    d.RemoveKey(PoDoFo::PdfName(k));
  }
  const bool mask = internal::Get(image, "ImageMask") != nullptr && internal::Get(image, "ImageMask")->IsBool() &&
                    internal::Get(image, "ImageMask")->GetBool();
  d.AddKey("Width", static_cast<PoDoFo::pdf_int64>(1));
  d.AddKey("Height", static_cast<PoDoFo::pdf_int64>(1));
  if (mask) {
    d.AddKey("BitsPerComponent", static_cast<PoDoFo::pdf_int64>(1));
    d.RemoveKey("ColorSpace");
  } else {
    d.AddKey("BitsPerComponent", static_cast<PoDoFo::pdf_int64>(8));
    d.AddKey("ColorSpace", PoDoFo::PdfName("DeviceGray"));
  }
  SetStreamContent(image, std::string(1, '\0'));
}

// Blanks the pixels of `image` under each cut; re-encodes with Flate. Images that are not
// 8-bit Gray/RGB/CMYK (or whose data does not decode to the expected size) become black.
void BlankImage(PdfObject* image, const std::vector<ImageCut>& cuts, const Limits& limits, int depth = 0) {
  auto dimension = [image](const char* key) {
    double v = internal::NumberOr(internal::Get(image, key), 0);
    return std::isfinite(v) && v > 0 && v <= 1e6 ? static_cast<int>(v) : 0;
  };
  const int w = dimension("Width");
  const int h = dimension("Height");
  const int bpc = dimension("BitsPerComponent");
  const int n = depth == 0 ? Components(image) : 1;  // a soft mask is one component
  std::string data;
  const size_t need = (w > 0 && h > 0 && n > 0) ? static_cast<size_t>(w) * static_cast<size_t>(h) * n : 0;
  bool editable = bpc == 8 && need > 0 && need <= limits.max_stream_bytes &&
                  internal::Get(image, "ImageMask") == nullptr;
  if (editable) {
    // PoDoFo's own decoders (DCT, LZW...) throw on damaged data: such an image cannot be
    // edited, so it is replaced like any other.
    try {
      Status st = internal::DecodeStream(image, limits.max_stream_bytes, "image", &data);
      editable = st.ok() && data.size() >= need;
    } catch (const PoDoFo::PdfError&) {
      editable = false;
    }
  }
  if (!editable) {
    ReplaceWithBlack(image);
    return;
  }
  data.resize(need);
  const char black = n == 4 ? '\xff' : '\0';  // CMYK: full ink in every channel
  for (const ImageCut& cut : cuts) {
    int i0, j0, i1, j1;
    if (!PixelRect(cut.image_to_page, cut.box, w, h, &i0, &j0, &i1, &j1)) continue;
    for (int j = j0; j < j1; ++j) {
      std::memset(&data[(static_cast<size_t>(j) * w + i0) * n], black, static_cast<size_t>(i1 - i0) * n);
    }
  }
  image->GetDictionary().RemoveKey("Decode");
  SetStreamContent(image, data);
  PdfObject* smask = internal::GetMutable(image, "SMask");
  if (depth == 0 && smask != nullptr && smask->HasStream()) BlankImage(smask, cuts, limits, 1);
}

}  // namespace

Result<std::string> Redact(std::string_view pdf_bytes, std::string_view name,
                           const std::vector<PageRedactions>& redactions, RedactStats* stats, const Limits& limits,
                           const RedactOptions& options) {
  PoDoFo::PdfMemDocument doc;
  Status loaded = internal::LoadDocument(pdf_bytes, name, limits, &doc);
  if (!loaded.ok()) return loaded.error();
  std::string n(name);
  RedactStats local;
  int page_index = 0;
  std::string output;
  std::vector<int> redacted_pages;
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
    for (auto& [index, boxes] : by_page) {
      if (!boxes.empty()) redacted_pages.push_back(index);
    }
    std::vector<int> pages;
    if (options.remove_hidden_text) {
      for (int i = 0; i < count; ++i) pages.push_back(i);
    } else {
      pages = redacted_pages;
    }
    internal::DocCache cache;
    internal::LoadOptionalContent(doc, &cache);
    std::map<const PdfObject*, StreamRemovals> inplace_forms;  // edited in place (fallback)
    std::map<const PdfObject*, std::vector<ImageCut>> image_cuts;
    std::set<const PdfObject*> visible_images, hidden_images;  // image XObjects drawn (shown / in OFF layers)
    const std::vector<Box> no_boxes;
    for (const int index : pages) {
      page_index = index;
      auto found = by_page.find(index);
      const std::vector<Box>& boxes = found == by_page.end() ? no_boxes : found->second;
      PoDoFo::PdfPage* page = doc.GetPage(index);
      if (page == nullptr) return InvalidInput("document " + n + " has a damaged page tree");
      internal::PageGeometry geom = internal::GetPageGeometry(page);
      StreamRemovals page_removals;
      std::map<const PdfObject*, StreamRemovals> form_removals;
      int removed = 0, hidden_removed = 0;
      internal::Interpreter interp(limits, name, &cache, [&](internal::GlyphHit&& h) {
        const bool hidden = options.remove_hidden_text && h.glyph.hidden != Hidden::kNone;
        if (!hidden &&
            !std::any_of(boxes.begin(), boxes.end(), [&](const Box& b) { return Overlaps(h.glyph.box, b); })) {
          return;
        }
        StreamRemovals& target = h.stream == nullptr ? page_removals : form_removals[h.stream];
        target[h.op].glyphs[h.element][h.offset] = Removal{h.offset, h.length, h.removal_tj};
        ++removed;
        if (hidden) ++hidden_removed;
      });
      {
        const bool images = options.redact_images && !boxes.empty();
        // `images` by value: this block ends before RunPage calls the sink.
        interp.set_paint_sink([&, images](const internal::PaintHit& h) {
          using Kind = internal::PaintHit::Kind;
          StreamRemovals& target = h.stream == nullptr ? page_removals : form_removals[h.stream];
          if (h.kind == Kind::kImage && !h.hidden) visible_images.insert(h.image);
          if (h.kind == Kind::kMarkedText) {
            target[h.first_op].strip_properties = true;
          } else if (h.hidden) {
            // In a layer that is OFF: nobody sees it, so it goes whether or not a box covers it
            // (the drawing operation here; an image's pixels below, once no page shows it).
            if (!options.remove_hidden_text) return;
            if (h.kind == Kind::kImage) {
              target[h.first_op].drop = true;
              hidden_images.insert(h.image);
              ++local.hidden_paints_removed;
            } else if (h.kind == Kind::kInlineImage) {
              target[h.first_op].drop = true;
              ++local.hidden_paints_removed;
            } else if (!h.clips && h.last_op > h.first_op) {
              for (size_t op = h.first_op; op <= h.last_op; ++op) target[op].drop = true;
              ++local.hidden_paints_removed;
            }
          } else if (!images) {
            return;
          } else if (h.kind == Kind::kImage) {
            for (const Box& b : boxes) {
              if (Meets(h.box, b)) image_cuts[h.image].push_back(ImageCut{h.image_to_page, b});
            }
          } else if (h.kind == Kind::kInlineImage) {
            if (std::any_of(boxes.begin(), boxes.end(), [&](const Box& b) { return Meets(h.box, b); })) {
              target[h.first_op].drop = true;
              ++local.inline_images_removed;
            }
          } else if (!h.clips && h.last_op > h.first_op &&
                     std::any_of(boxes.begin(), boxes.end(), [&](const Box& b) { return Inside(h.box, b); })) {
            for (size_t op = h.first_op; op <= h.last_op; ++op) target[op].drop = true;
            ++local.paths_removed;
          }
        });
      }
      std::string content;
      Status st = interp.RunPage(page, index, geom, &content);
      if (!st.ok()) return st.error();
      if (boxes.empty() && page_removals.empty() && form_removals.empty()) continue;

      // Forms with removals: copy them (and every form on the way to them) for this page.
      std::set<const PdfObject*> to_copy;
      std::vector<const PdfObject*> work;
      for (auto& [form, edits] : form_removals) {
        if (!edits.empty()) work.push_back(form);
      }
      bool per_page = true;
      while (!work.empty() && per_page) {
        const PdfObject* f = work.back();
        work.pop_back();
        if (!to_copy.insert(f).second) continue;
        auto uses = interp.form_uses().find(f);
        if (uses == interp.form_uses().end() || uses->second.empty()) per_page = false;
        else
          for (const internal::FormUse& u : uses->second) {
            if (u.parent != nullptr) work.push_back(u.parent);
          }
      }
      // Each holder (page = null, or a copied form) must have seen one resource dictionary.
      std::map<const PdfObject*, const PdfObject*> holder_resources;
      for (const PdfObject* f : to_copy) {
        if (!per_page) break;
        for (const internal::FormUse& u : interp.form_uses().at(f)) {
          auto [it, inserted] = holder_resources.emplace(u.parent, u.resources);
          const PdfObject* xobjects = internal::Get(u.resources, "XObject");
          if ((!inserted && it->second != u.resources) || u.resources == nullptr || xobjects == nullptr ||
              !xobjects->IsDictionary() ||
              (u.parent == nullptr && u.resources != interp.page_resources())) {
            per_page = false;
          }
        }
      }
      if (!per_page) {
        for (auto& [form, edits] : form_removals) Merge(edits, &inplace_forms[form]);
      } else if (!to_copy.empty()) {
        std::map<const PdfObject*, PdfObject*> copies;
        for (const PdfObject* f : to_copy) {
          auto decoded = cache.forms.find(f);
          if (decoded == cache.forms.end()) return Internal("document " + n + ": form content missing");
          PdfObject* copy = doc.GetObjects().CreateObject(static_cast<const PoDoFo::PdfVariant&>(*f));
          auto edits = form_removals.find(f);
          SetStreamContent(copy, edits == form_removals.end() || edits->second.empty()
                                     ? decoded->second
                                     : RewriteStream(decoded->second, edits->second, limits.max_depth));
          copies[f] = copy;
          ++local.forms_copied;
        }
        for (auto& [holder, resources] : holder_resources) {
          PoDoFo::PdfObject fresh(resources->GetDictionary());
          PoDoFo::PdfObject xobjects(internal::Get(resources, "XObject")->GetDictionary());
          for (const PdfObject* f : to_copy) {
            for (const internal::FormUse& u : interp.form_uses().at(f)) {
              if (u.parent == holder) xobjects.GetDictionary().AddKey(PoDoFo::PdfName(u.name), copies[f]->Reference());
            }
          }
          fresh.GetDictionary().AddKey("XObject", xobjects);
          PdfObject* target = holder == nullptr ? page->GetObject() : copies[holder];
          target->GetDictionary().AddKey("Resources", fresh);
        }
      }

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
      local.hidden_glyphs_removed += hidden_removed;
      ++local.pages_changed;
    }
    // Forms that could not be copied per page are edited in place (shows wherever drawn).
    for (auto& [form, removals] : inplace_forms) {
      if (removals.empty()) continue;
      auto it = cache.forms.find(form);
      if (it == cache.forms.end()) continue;
      SetStreamContent(const_cast<PdfObject*>(form), RewriteStream(it->second, removals, limits.max_depth));
    }
    // Images are edited in place: the original pixels must not stay in the file.
    for (auto& [image, cuts] : image_cuts) {
      BlankImage(const_cast<PdfObject*>(image), cuts, limits);
      ++local.images_blanked;
    }
    // Images drawn only in OFF layers (every page was run: remove_hidden_text) are no longer
    // drawn at all; their data goes too, though the resource dictionaries still name them.
    for (const PdfObject* image : hidden_images) {
      if (visible_images.count(image) == 0 && image_cuts.count(image) == 0) {
        ReplaceWithBlack(const_cast<PdfObject*>(image));
      }
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
    output.assign(buffer.GetBuffer(), device.GetLength());
  } catch (const PoDoFo::PdfError& e) {
    return internal::FromPdfError(e, name, "redacting page " + std::to_string(page_index + 1));
  } catch (const std::bad_alloc&) {
    return InvalidInput("document " + n + " is too large to redact");
  } catch (const std::exception&) {
    return Internal("document " + n + ": unexpected failure while redacting page " + std::to_string(page_index + 1));
  }
  if (options.verify) {
    Status verified = Verify(output, name, options.verify_strings, redacted_pages, options.remove_hidden_text, limits);
    if (!verified.ok()) return verified.error();
  }
  if (stats != nullptr) *stats = local;
  return output;
}

}  // namespace disclose::pdf
