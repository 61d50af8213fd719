// Content-stream interpreter. See interpreter.h.
// Thread-safety: an Interpreter belongs to one thread.
#include "pipeline/pdf/interpreter.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "pipeline/pdf/content_lexer.h"
#include "pipeline/pdf/objects.h"

namespace disclose::pdf::internal {
namespace {

using PoDoFo::PdfObject;

constexpr long long kMaxOpsPerPage = 20'000'000;
constexpr long long kMaxGlyphsPerPage = 1'000'000;
constexpr size_t kMaxStateDepth = 4096;
constexpr size_t kMaxPainted = 4096;
constexpr size_t kMaxFormUses = 16;
constexpr double kHuge = 1e12;
constexpr double kAlphaInvisible = 0.05;

Box Intersect(const Box& a, const Box& b) {
  return Box{std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}
bool Empty(const Box& b) { return !(b.x1 > b.x0) || !(b.y1 > b.y0); }
bool Contains(const Box& b, double x, double y) { return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1; }

// Grows `box` (empty: x0 > x1) by the point (x, y) mapped through `m`.
void AddPoint(const Matrix& m, double x, double y, Box* box) {
  double px, py;
  Apply(m, x, y, &px, &py);
  box->x0 = std::min(box->x0, px);
  box->y0 = std::min(box->y0, py);
  box->x1 = std::max(box->x1, px);
  box->y1 = std::max(box->y1, py);
}
constexpr Box kNoBox{kHuge, kHuge, -kHuge, -kHuge};

// Page-space bounding box of the unit square under `m`.
Box UnitSquare(const Matrix& m) {
  Box b = kNoBox;
  AddPoint(m, 0, 0, &b);
  AddPoint(m, 1, 0, &b);
  AddPoint(m, 0, 1, &b);
  AddPoint(m, 1, 1, &b);
  return b;
}

uint32_t Pack(float r, float g, float b) {
  auto c = [](float v) { return static_cast<uint32_t>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
  return (c(r) << 16) | (c(g) << 8) | c(b);
}

double Num(const Op& op, size_t i) {
  if (i >= op.operands.size() || op.operands[i].kind != Operand::Kind::kNumber) return 0;
  return op.operands[i].number;
}

Matrix MatrixFrom(const Op& op) {
  return Matrix{Num(op, 0), Num(op, 1), Num(op, 2), Num(op, 3), Num(op, 4), Num(op, 5)};
}

Matrix Translate(double tx, double ty) { return Matrix{1, 0, 0, 1, tx, ty}; }

bool ArrayMatrix(const PdfObject* arr, Matrix* m) {
  if (arr == nullptr || !arr->IsArray() || arr->GetArray().size() != 6) return false;
  double v[6];
  for (size_t i = 0; i < 6; ++i) {
    if (!AsNumber(&arr->GetArray()[i], &v[i])) return false;
  }
  *m = Matrix{v[0], v[1], v[2], v[3], v[4], v[5]};
  return true;
}

}  // namespace

Matrix Mul(const Matrix& m, const Matrix& n) {
  return Matrix{m.a * n.a + m.b * n.c,        m.a * n.b + m.b * n.d,        m.c * n.a + m.d * n.c,
                m.c * n.b + m.d * n.d,        m.e * n.a + m.f * n.c + n.e, m.e * n.b + m.f * n.d + n.f};
}

void Apply(const Matrix& m, double x, double y, double* ox, double* oy) {
  *ox = m.a * x + m.c * y + m.e;
  *oy = m.b * x + m.d * y + m.f;
}

bool Invert(const Matrix& m, Matrix* out) {
  double det = m.a * m.d - m.b * m.c;
  if (std::fabs(det) < 1e-12) return false;
  Matrix r;
  r.a = m.d / det;
  r.b = -m.b / det;
  r.c = -m.c / det;
  r.d = m.a / det;
  r.e = -(m.e * r.a + m.f * r.c);
  r.f = -(m.e * r.b + m.f * r.d);
  *out = r;
  return true;
}

PageGeometry GetPageGeometry(const PoDoFo::PdfPage* page) {
  PoDoFo::PdfRect media = page->GetMediaBox();
  double mx0 = media.GetLeft(), my0 = media.GetBottom();
  double mx1 = mx0 + media.GetWidth(), my1 = my0 + media.GetHeight();
  if (!(mx1 - mx0 > 1) || !(my1 - my0 > 1) || !std::isfinite(mx1) || !std::isfinite(my1)) {
    mx0 = 0, my0 = 0, mx1 = 612, my1 = 792;
  }
  double cx0 = mx0, cy0 = my0, cx1 = mx1, cy1 = my1;
  const PdfObject* crop = Get(page->GetObject(), "CropBox");
  if (crop != nullptr && crop->IsArray() && crop->GetArray().size() == 4) {
    PoDoFo::PdfRect c = page->GetCropBox();
    double x0 = std::max(c.GetLeft(), mx0), y0 = std::max(c.GetBottom(), my0);
    double x1 = std::min(c.GetLeft() + c.GetWidth(), mx1), y1 = std::min(c.GetBottom() + c.GetHeight(), my1);
    if (x1 - x0 > 1 && y1 - y0 > 1) cx0 = x0, cy0 = y0, cx1 = x1, cy1 = y1;
  }
  int rot = page->GetRotation();
  rot = ((rot % 360) + 360) % 360;
  rot = (rot + 45) / 90 * 90 % 360;
  PageGeometry g;
  switch (rot) {
    case 90:
      g.to_page = Matrix{0, 1, 1, 0, -cy0, -cx0};
      g.width = cy1 - cy0, g.height = cx1 - cx0;
      break;
    case 180:
      g.to_page = Matrix{-1, 0, 0, 1, cx1, -cy0};
      g.width = cx1 - cx0, g.height = cy1 - cy0;
      break;
    case 270:
      g.to_page = Matrix{0, -1, -1, 0, cy1, cx1};
      g.width = cy1 - cy0, g.height = cx1 - cx0;
      break;
    default:
      g.to_page = Matrix{1, 0, 0, -1, -cx0, cy1};
      g.width = cx1 - cx0, g.height = cy1 - cy0;
  }
  return g;
}

void LoadOptionalContent(const PoDoFo::PdfMemDocument& doc, DocCache* cache) {
  cache->ocg_off.clear();
  const PdfObject* props = Get(doc.GetCatalog(), "OCProperties");
  const PdfObject* d = Get(props, "D");
  if (d == nullptr) return;
  auto collect = [](const PdfObject* arr, std::vector<const PdfObject*>* out) {
    if (arr == nullptr || !arr->IsArray()) return;
    for (const PdfObject& item : arr->GetArray()) {
      const PdfObject* o = Resolve(&item);
      if (o != nullptr && out->size() < 100000) out->push_back(o);
    }
  };
  std::vector<const PdfObject*> off;
  if (NameOr(Get(d, "BaseState"), "ON") == "OFF") {
    std::vector<const PdfObject*> all, on;
    collect(Get(props, "OCGs"), &all);
    collect(Get(d, "ON"), &on);
    std::sort(on.begin(), on.end());
    for (const PdfObject* o : all) {
      if (!std::binary_search(on.begin(), on.end(), o)) off.push_back(o);
    }
  } else {
    collect(Get(d, "OFF"), &off);
  }
  std::sort(off.begin(), off.end());
  off.erase(std::unique(off.begin(), off.end()), off.end());
  cache->ocg_off = std::move(off);
}

std::string Interpreter::Where() const {
  return "document " + std::string(name_) + " page " + std::to_string(page_index_ + 1);
}

Status Interpreter::RunPage(const PoDoFo::PdfPage* page, int page_index, const PageGeometry& geometry,
                            std::string* content) {
  page_index_ = page_index;
  ops_ = 0;
  glyphs_ = 0;
  page_width_ = geometry.width;
  page_height_ = geometry.height;
  painted_.clear();
  background_unknown_ = false;
  form_uses_.clear();
  page_resources_ = page->GetResources();
  content->clear();
  const PdfObject* contents = Get(page->GetObject(), "Contents");
  std::vector<const PdfObject*> streams;
  if (contents != nullptr && contents->IsArray()) {
    for (const PdfObject& item : contents->GetArray()) {
      const PdfObject* s = Resolve(&item);
      if (s != nullptr && s->HasStream()) streams.push_back(s);
    }
  } else if (contents != nullptr && contents->HasStream()) {
    streams.push_back(contents);
  }
  for (const PdfObject* s : streams) {
    std::string part;
    Status st = DecodeStream(s, limits_.max_stream_bytes, Where() + " content stream", &part);
    if (!st.ok()) return st;
    if (content->size() + part.size() + 1 > limits_.max_stream_bytes) {
      return InvalidInput(Where() + ": content exceeds the size limit");
    }
    content->append(part);
    content->push_back('\n');
  }
  GState gs;
  gs.ctm = geometry.to_page;
  gs.clip = Box{-kHuge, -kHuge, kHuge, kHuge};
  return Run(*content, nullptr, page_resources_, gs, 0, false);
}

const FontInfo* Interpreter::Font(const PdfObject* resources, const std::string& name) {
  const PdfObject* fonts = Get(resources, "Font");
  const PdfObject* font = fonts != nullptr ? Get(fonts, name) : nullptr;
  if (font == nullptr || !font->IsDictionary()) return &no_font_;
  auto it = cache_->fonts.find(font);
  if (it != cache_->fonts.end()) return it->second.get();
  auto info = std::make_unique<FontInfo>(LoadFont(font, limits_.max_stream_bytes));
  const FontInfo* raw = info.get();
  cache_->fonts.emplace(font, std::move(info));
  return raw;
}

void Interpreter::Show(const std::string& bytes, const GState& gs, Matrix* tm, Box* text_clip, const PdfObject* stream,
                       size_t op, int element, bool layer_hidden) {
  const TextState& t = gs.text;
  const FontInfo* font = t.font != nullptr ? t.font : &no_font_;
  font->Split(bytes, &codes_);
  // base = Tm x CTM; each glyph only translates it along the text direction.
  Matrix base = Mul(*tm, gs.ctm);
  const double hs = t.tfs * t.th;
  for (const Code& code : codes_) {
    if (++glyphs_ > kMaxGlyphsPerPage) return;  // reported by Run
    double w0 = font->Advance(code.code);
    // Trm = [Tfs*Th 0 0 Tfs 0 Ts] x base
    Matrix trm{hs * base.a, hs * base.b, t.tfs * base.c, t.tfs * base.d, t.ts * base.c + base.e,
               t.ts * base.d + base.f};
    GlyphHit hit;
    hit.glyph.unicode_known = font->Unicode(code.code, &hit.glyph.text);
    double xs[4], ys[4];
    Apply(trm, 0, font->descent(), &xs[0], &ys[0]);
    Apply(trm, w0, font->descent(), &xs[1], &ys[1]);
    Apply(trm, 0, font->ascent(), &xs[2], &ys[2]);
    Apply(trm, w0, font->ascent(), &xs[3], &ys[3]);
    hit.glyph.box = Box{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4), *std::max_element(xs, xs + 4),
                        *std::max_element(ys, ys + 4)};
    Apply(trm, 0, 0, &hit.ox, &hit.oy);
    double len = std::hypot(trm.a, trm.b);
    if (len > 1e-9) hit.dx = trm.a / len, hit.dy = trm.b / len;
    hit.glyph.font_size = std::hypot(trm.c, trm.d);
    hit.glyph.render_mode = t.tr;
    if (layer_hidden) {
      hit.glyph.hidden = Hidden::kOcgOff;
      hit.glyph.colour = kUnknownColour;
    } else {
      hit.glyph.hidden = Classify(gs, hit.glyph.box, std::min(hit.glyph.font_size, len), &hit.glyph.colour);
    }
    if (t.tr >= 4 && t.tr <= 7) {  // the glyph joins the text clip applied at ET
      text_clip->x0 = std::min(text_clip->x0, hit.glyph.box.x0);
      text_clip->y0 = std::min(text_clip->y0, hit.glyph.box.y0);
      text_clip->x1 = std::max(text_clip->x1, hit.glyph.box.x1);
      text_clip->y1 = std::max(text_clip->y1, hit.glyph.box.y1);
    }
    hit.stream = stream;
    hit.op = op;
    hit.element = element;
    hit.offset = code.offset;
    hit.length = code.length;
    double tw = (code.length == 1 && code.code == 32) ? t.tw : 0;
    double advance = w0 * t.tfs + t.tc + tw;
    hit.removal_tj = t.tfs != 0 ? -advance * 1000 / t.tfs : 0;
    sink_(std::move(hit));
    double tx = advance * t.th;
    base.e += tx * base.a;
    base.f += tx * base.b;
    tm->e += tx * tm->a;
    tm->f += tx * tm->b;
  }
}

Hidden Interpreter::Classify(const GState& gs, const Box& box, double size, uint32_t* colour) const {
  const int tr = gs.text.tr;
  const bool fills = tr == 0 || tr == 2 || tr == 4 || tr == 6;
  const bool strokes = tr == 1 || tr == 2 || tr == 5 || tr == 6;
  const Colour& shown = fills ? gs.fill : gs.stroke;
  *colour = shown.known ? Pack(shown.r, shown.g, shown.b) : kUnknownColour;
  if (!fills && !strokes) return Hidden::kInvisible;
  const bool fill_seen = fills && gs.fill_alpha >= kAlphaInvisible;
  const bool stroke_seen = strokes && gs.stroke_alpha >= kAlphaInvisible;
  if (!fill_seen && !stroke_seen) return Hidden::kInvisible;
  const double cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
  if (cx < 0 || cy < 0 || cx > page_width_ || cy > page_height_) return Hidden::kOutsideCrop;
  if (!Contains(gs.clip, cx, cy)) return Hidden::kClipped;
  if (size < limits_.min_text_size) return Hidden::kTiny;
  if (background_unknown_) return Hidden::kNone;
  Colour under;  // white paper
  under.r = under.g = under.b = 1;
  for (auto it = painted_.rbegin(); it != painted_.rend(); ++it) {
    if (Contains(it->box, cx, cy)) {
      under = it->colour;
      break;
    }
  }
  if (!under.known) return Hidden::kNone;
  auto same = [&under](const Colour& c) {
    return c.known && std::fabs(c.r - under.r) <= kHiddenColourTolerance &&
           std::fabs(c.g - under.g) <= kHiddenColourTolerance && std::fabs(c.b - under.b) <= kHiddenColourTolerance;
  };
  if ((!fill_seen || same(gs.fill)) && (!stroke_seen || same(gs.stroke))) return Hidden::kWhite;
  return Hidden::kNone;
}

void Interpreter::AddPainted(const Box& box, const Colour& c, const Box& clip) {
  Box b = Intersect(box, clip);
  if (Empty(b)) return;
  if (painted_.size() >= kMaxPainted) {
    background_unknown_ = true;
    return;
  }
  painted_.push_back(Painted{b, c});
}

bool Interpreter::OcHidden(const PdfObject* oc, int depth) const {
  oc = Resolve(oc);
  if (oc == nullptr || !oc->IsDictionary() || depth > 8) return false;
  if (NameOr(Get(oc, "Type"), "") == "OCMD") {
    const PdfObject* ocgs = Get(oc, "OCGs");
    std::vector<const PdfObject*> members;
    if (ocgs != nullptr && ocgs->IsArray()) {
      for (const PdfObject& item : ocgs->GetArray()) {
        if (members.size() < 256) members.push_back(Resolve(&item));
      }
    } else if (ocgs != nullptr && ocgs->IsDictionary()) {
      members.push_back(ocgs);
    }
    if (members.empty()) return false;
    size_t off = 0;
    // Members are OCGs: looked up directly (a nested OCMD would make evaluation exponential).
    for (const PdfObject* m : members) {
      off += std::binary_search(cache_->ocg_off.begin(), cache_->ocg_off.end(), m) ? 1 : 0;
    }
    const std::string p = NameOr(Get(oc, "P"), "AnyOn");
    if (p == "AllOn") return off > 0;
    if (p == "AnyOff") return off == 0;
    if (p == "AllOff") return off < members.size();
    return off == members.size();  // AnyOn
  }
  return std::binary_search(cache_->ocg_off.begin(), cache_->ocg_off.end(), oc);
}

Interpreter::Space Interpreter::SpaceOf(const PdfObject* resources, const Operand& name) const {
  if (name.kind != Operand::Kind::kName) return Space::kUnknown;
  const std::string& n = name.bytes;
  if (n == "DeviceGray" || n == "G" || n == "CalGray") return Space::kGray;
  if (n == "DeviceRGB" || n == "RGB" || n == "CalRGB") return Space::kRgb;
  if (n == "DeviceCMYK" || n == "CMYK") return Space::kCmyk;
  const PdfObject* spaces = Get(resources, "ColorSpace");
  const PdfObject* cs = spaces != nullptr ? Get(spaces, n) : nullptr;
  if (cs == nullptr) return Space::kUnknown;
  std::string family = cs->IsName() ? cs->GetName().GetName() : "";
  if (cs->IsArray() && !cs->GetArray().empty()) family = NameOr(&cs->GetArray()[0], "");
  if (family == "DeviceGray" || family == "CalGray") return Space::kGray;
  if (family == "DeviceRGB" || family == "CalRGB") return Space::kRgb;
  if (family == "DeviceCMYK") return Space::kCmyk;
  if (family == "Separation" || family == "DeviceN") return Space::kSeparation;
  if (family == "ICCBased" && cs->IsArray() && cs->GetArray().size() >= 2) {
    double n_comp = NumberOr(Get(&cs->GetArray()[1], "N"), 0);
    if (n_comp == 1) return Space::kGray;
    if (n_comp == 3) return Space::kRgb;
    if (n_comp == 4) return Space::kCmyk;
  }
  return Space::kUnknown;
}

// Sets `c` from the numeric operands of g/rg/k/sc/scn in c->space.
void Interpreter::SetColour(Colour* c, const Op& op, bool named_space) const {
  std::vector<double> v;
  for (const Operand& o : op.operands) {
    if (o.kind == Operand::Kind::kNumber) {
      v.push_back(o.number);
    } else if (named_space) {  // a pattern name
      c->known = false;
      return;
    }
  }
  c->known = true;
  auto at = [&v](size_t i) { return static_cast<float>(std::clamp(i < v.size() ? v[i] : 0.0, 0.0, 1.0)); };
  switch (c->space) {
    case Space::kGray:
      c->r = c->g = c->b = at(0);
      c->known = v.size() == 1;
      break;
    case Space::kRgb:
      c->r = at(0), c->g = at(1), c->b = at(2);
      c->known = v.size() == 3;
      break;
    case Space::kCmyk:
      c->r = (1 - at(0)) * (1 - at(3)), c->g = (1 - at(1)) * (1 - at(3)), c->b = (1 - at(2)) * (1 - at(3));
      c->known = v.size() == 4;
      break;
    case Space::kSeparation:  // no ink at all is the paper; any ink: colour unknown
      c->known = !v.empty() && std::all_of(v.begin(), v.end(), [](double x) { return x <= 0; });
      c->r = c->g = c->b = 1;
      break;
    default:
      c->known = false;
  }
}

Status Interpreter::Run(std::string_view content, const PdfObject* stream, const PdfObject* resources, GState gs,
                        int depth, bool layer_hidden) {
  ContentLexer lexer(content, limits_.max_depth);
  std::vector<GState> stack;
  std::vector<bool> marked;  // hidden flag per open marked-content sequence
  bool hidden = layer_hidden;
  Matrix tm, tlm;
  Box text_clip = kNoBox;  // glyphs shown in clip modes (Tr 4-7) since BT
  Op op;
  size_t index = 0;
  // Current path: page-space bounding box, first operation, shape.
  Box path = kNoBox;
  size_t path_first = 0;
  bool path_open = false, path_rect_only = true, clip_pending = false;
  int path_rects = 0;
  auto start_path = [&](size_t at) {
    if (!path_open) {
      path_open = true;
      path_first = at;
    }
  };
  auto end_path = [&](size_t at, bool fill, bool paint) {
    if (clip_pending && path_open) gs.clip = Intersect(gs.clip, path);
    if (path_open && paint) {
      if (fill && gs.fill_alpha >= kAlphaInvisible && !hidden) {
        Colour c = gs.fill;
        if (!(path_rect_only && path_rects == 1) || gs.fill_alpha < 0.999) c.known = false;
        AddPainted(path, c, gs.clip);
      }
      if (paint_sink_) {
        PaintHit h;
        h.kind = PaintHit::Kind::kPath;
        h.stream = stream;
        h.first_op = path_first;
        h.last_op = at;
        h.box = path;
        h.clips = clip_pending;
        h.hidden = hidden;
        paint_sink_(h);
      }
    }
    path = kNoBox;
    path_open = false;
    path_rect_only = true;
    path_rects = 0;
    clip_pending = false;
  };
  for (; lexer.Next(&op); ++index) {
    if (++ops_ > kMaxOpsPerPage || glyphs_ > kMaxGlyphsPerPage) {
      return InvalidInput(Where() + ": content is too complex (operation or glyph limit)");
    }
    std::string_view k = op.keyword;
    if (k.empty()) continue;
    TextState& t = gs.text;
    if (k[0] != 'T') {  // text operators (the hot path) skip these checks
      // Path construction and painting.
      if (k == "m" || k == "l") {
        start_path(index);
        AddPoint(gs.ctm, Num(op, 0), Num(op, 1), &path);
        path_rect_only = false;
        continue;
      }
      if (k == "c" || k == "v" || k == "y") {
        start_path(index);
        for (size_t i = 0; i + 1 < op.operands.size() && i < 6; i += 2) AddPoint(gs.ctm, Num(op, i), Num(op, i + 1), &path);
        path_rect_only = false;
        continue;
      }
      if (k == "re") {
        start_path(index);
        double x = Num(op, 0), y = Num(op, 1), w = Num(op, 2), h = Num(op, 3);
        AddPoint(gs.ctm, x, y, &path);
        AddPoint(gs.ctm, x + w, y, &path);
        AddPoint(gs.ctm, x, y + h, &path);
        AddPoint(gs.ctm, x + w, y + h, &path);
        ++path_rects;
        continue;
      }
      if (k == "h") continue;
      if (k == "W" || k == "W*") {
        clip_pending = true;
        continue;
      }
      if (k == "n") {
        end_path(index, false, false);
        continue;
      }
      if (k == "f" || k == "F" || k == "f*" || k == "B" || k == "B*" || k == "b" || k == "b*") {
        end_path(index, true, true);
        continue;
      }
      if (k == "S" || k == "s") {
        end_path(index, false, true);
        continue;
      }
      // Colour.
      if (k == "g" || k == "G" || k == "rg" || k == "RG" || k == "k" || k == "K") {
        Colour& c = std::islower(static_cast<unsigned char>(k[0])) ? gs.fill : gs.stroke;
        c.space = (k == "g" || k == "G") ? Space::kGray : (k == "rg" || k == "RG") ? Space::kRgb : Space::kCmyk;
        SetColour(&c, op, false);
        continue;
      }
      if (k == "cs" || k == "CS") {
        Colour& c = k == "cs" ? gs.fill : gs.stroke;
        c.space = op.operands.empty() ? Space::kUnknown : SpaceOf(resources, op.operands[0]);
        c.r = c.g = c.b = 0;  // initial colour: black (no ink would be white: Separation tint 1 is ink)
        c.known = c.space == Space::kGray || c.space == Space::kRgb || c.space == Space::kCmyk;
        continue;
      }
      if (k == "sc" || k == "scn" || k == "SC" || k == "SCN") {
        SetColour(k[0] == 's' ? &gs.fill : &gs.stroke, op, k.size() == 3);
        continue;
      }
      if (k == "gs") {
        if (!op.operands.empty() && op.operands[0].kind == Operand::Kind::kName) {
          const PdfObject* states = Get(resources, "ExtGState");
          const PdfObject* state = states != nullptr ? Get(states, op.operands[0].bytes) : nullptr;
          double v;
          if (AsNumber(Get(state, "ca"), &v)) gs.fill_alpha = v;
          if (AsNumber(Get(state, "CA"), &v)) gs.stroke_alpha = v;
        }
        continue;
      }
      if (k == "BMC" || k == "BDC") {
        if (k == "BDC" && paint_sink_ && op.operands.size() >= 2 && op.operands[1].kind == Operand::Kind::kDict) {
          const auto& items = op.operands[1].items;
          for (size_t i = 0; i + 1 < items.size(); i += 2) {
            const std::string& key = items[i].bytes;
            if (items[i].kind == Operand::Kind::kName && (key == "ActualText" || key == "Alt" || key == "E")) {
              PaintHit h;
              h.kind = PaintHit::Kind::kMarkedText;
              h.stream = stream;
              h.first_op = h.last_op = index;
              paint_sink_(h);
              break;
            }
          }
        }
        bool h = hidden;
        if (k == "BDC" && op.operands.size() >= 2 && op.operands[0].kind == Operand::Kind::kName &&
            op.operands[0].bytes == "OC" && op.operands[1].kind == Operand::Kind::kName) {
          const PdfObject* props = Get(resources, "Properties");
          if (props != nullptr && OcHidden(Get(props, op.operands[1].bytes), 0)) h = true;
        }
        if (marked.size() < kMaxStateDepth) {
          marked.push_back(hidden);
          hidden = h;
        }
        continue;
      }
      if (k == "ET") {
        // Text shown in modes 4-7 clips what follows (until Q), approximated by the bounding
        // box of its glyphs (over the outlines: never judges visible text clipped).
        if (!(text_clip.x0 > text_clip.x1)) gs.clip = Intersect(gs.clip, text_clip);
        text_clip = kNoBox;
        continue;
      }
      if (k == "EMC") {
        if (!marked.empty()) {
          hidden = marked.back();
          marked.pop_back();
        }
        continue;
      }
      if (k == "sh") {
        if (!hidden) AddPainted(gs.clip, Colour{Space::kUnknown, 0, 0, 0, false}, gs.clip);
        continue;
      }
      if (k == "BI") {
        Box b = UnitSquare(gs.ctm);
        if (!hidden) AddPainted(b, Colour{Space::kUnknown, 0, 0, 0, false}, gs.clip);
        if (paint_sink_) {
          PaintHit h;
          h.kind = PaintHit::Kind::kInlineImage;
          h.stream = stream;
          h.first_op = h.last_op = index;
          h.box = b;
          h.image_to_page = gs.ctm;
          h.hidden = hidden;
          paint_sink_(h);
        }
        continue;
      }
    }
    switch (k[0]) {
      case 'q':
        if (k == "q" && stack.size() < kMaxStateDepth) stack.push_back(gs);
        break;
      case 'Q':
        if (k == "Q" && !stack.empty()) {
          gs = stack.back();
          stack.pop_back();
        }
        break;
      case 'c':
        if (k == "cm") gs.ctm = Mul(MatrixFrom(op), gs.ctm);
        break;
      case 'B':
        if (k == "BT") {
          tm = tlm = Matrix{};
          text_clip = kNoBox;
        }
        break;
      case 'T':
        if (k == "Tf") {
          if (!op.operands.empty() && op.operands[0].kind == Operand::Kind::kName) {
            t.font = Font(resources, op.operands[0].bytes);
          }
          t.tfs = Num(op, 1);
        } else if (k == "Tc") {
          t.tc = Num(op, 0);
        } else if (k == "Tw") {
          t.tw = Num(op, 0);
        } else if (k == "Tz") {
          t.th = Num(op, 0) / 100;
        } else if (k == "TL") {
          t.tl = Num(op, 0);
        } else if (k == "Ts") {
          t.ts = Num(op, 0);
        } else if (k == "Tr") {
          t.tr = static_cast<int>(Num(op, 0));
        } else if (k == "Td" || k == "TD") {
          if (k == "TD") t.tl = -Num(op, 1);
          tlm = Mul(Translate(Num(op, 0), Num(op, 1)), tlm);
          tm = tlm;
        } else if (k == "Tm") {
          tlm = tm = MatrixFrom(op);
        } else if (k == "T*") {
          tlm = Mul(Translate(0, -t.tl), tlm);
          tm = tlm;
        } else if (k == "Tj") {
          if (!op.operands.empty() && op.operands[0].kind == Operand::Kind::kString) {
            Show(op.operands[0].bytes, gs, &tm, &text_clip, stream, index, -1, hidden);
          }
        } else if (k == "TJ") {
          if (!op.operands.empty() && op.operands[0].kind == Operand::Kind::kArray) {
            const auto& items = op.operands[0].items;
            for (size_t i = 0; i < items.size(); ++i) {
              if (items[i].kind == Operand::Kind::kNumber) {
                tm = Mul(Translate(-items[i].number / 1000 * t.tfs * t.th, 0), tm);
              } else if (items[i].kind == Operand::Kind::kString) {
                Show(items[i].bytes, gs, &tm, &text_clip, stream, index, static_cast<int>(i), hidden);
              }
            }
          }
        }
        break;
      case '\'':
        if (k == "'") {
          tlm = Mul(Translate(0, -t.tl), tlm);
          tm = tlm;
          if (!op.operands.empty() && op.operands[0].kind == Operand::Kind::kString) {
            Show(op.operands[0].bytes, gs, &tm, &text_clip, stream, index, -1, hidden);
          }
        }
        break;
      case '"':
        if (k == "\"" && op.operands.size() >= 3) {
          t.tw = Num(op, 0);
          t.tc = Num(op, 1);
          tlm = Mul(Translate(0, -t.tl), tlm);
          tm = tlm;
          if (op.operands[2].kind == Operand::Kind::kString) {
            Show(op.operands[2].bytes, gs, &tm, &text_clip, stream, index, -1, hidden);
          }
        }
        break;
      case 'D':
        if (k == "Do" && !op.operands.empty() && op.operands[0].kind == Operand::Kind::kName) {
          const PdfObject* xobjects = Get(resources, "XObject");
          const PdfObject* form = xobjects != nullptr ? Get(xobjects, op.operands[0].bytes) : nullptr;
          if (form == nullptr || !form->HasStream()) break;
          const std::string subtype = NameOr(Get(form, "Subtype"), "");
          if (subtype == "Image") {
            const bool image_hidden = hidden || OcHidden(Get(form, "OC"), 0);
            Box b = UnitSquare(gs.ctm);
            if (!image_hidden) AddPainted(b, Colour{Space::kUnknown, 0, 0, 0, false}, gs.clip);
            if (paint_sink_) {
              PaintHit h;
              h.kind = PaintHit::Kind::kImage;
              h.stream = stream;
              h.image = form;
              h.first_op = h.last_op = index;
              h.box = Intersect(b, gs.clip);
              h.image_to_page = gs.ctm;
              h.hidden = image_hidden;
              paint_sink_(h);
            }
            break;
          }
          if (subtype != "Form") break;
          if (depth + 1 > limits_.max_depth) return InvalidInput(Where() + ": form XObjects nested too deeply");
          if (std::find(active_forms_.begin(), active_forms_.end(), form) != active_forms_.end()) {
            return InvalidInput(Where() + ": form XObject " + std::to_string(form->Reference().ObjectNumber()) +
                                " draws itself");
          }
          auto it = cache_->forms.find(form);
          if (it == cache_->forms.end()) {
            std::string decoded;
            Status st = DecodeStream(form, limits_.max_stream_bytes,
                                     Where() + " form " + std::to_string(form->Reference().ObjectNumber()), &decoded);
            if (!st.ok()) return st;
            it = cache_->forms.emplace(form, std::move(decoded)).first;
          }
          GState inner = gs;
          Matrix m;
          if (ArrayMatrix(Get(form, "Matrix"), &m)) inner.ctm = Mul(m, gs.ctm);
          const PdfObject* bbox = Get(form, "BBox");
          if (bbox != nullptr && bbox->IsArray() && bbox->GetArray().size() == 4) {
            double v[4];
            bool ok = true;
            for (size_t i = 0; i < 4; ++i) ok = ok && AsNumber(&bbox->GetArray()[i], &v[i]);
            if (ok) {
              Box b = kNoBox;
              AddPoint(inner.ctm, v[0], v[1], &b);
              AddPoint(inner.ctm, v[2], v[1], &b);
              AddPoint(inner.ctm, v[0], v[3], &b);
              AddPoint(inner.ctm, v[2], v[3], &b);
              inner.clip = Intersect(inner.clip, b);
            }
          }
          const PdfObject* form_resources = Get(form, "Resources");
          auto& uses = form_uses_[form];
          FormUse use{stream, op.operands[0].bytes, resources};
          if (uses.size() < kMaxFormUses &&
              std::none_of(uses.begin(), uses.end(), [&use](const FormUse& u) {
                return u.parent == use.parent && u.name == use.name && u.resources == use.resources;
              })) {
            uses.push_back(use);
          }
          const bool form_hidden = hidden || OcHidden(Get(form, "OC"), 0);
          active_forms_.push_back(form);
          Status st = Run(it->second, form, form_resources != nullptr ? form_resources : resources, inner, depth + 1,
                          form_hidden);
          active_forms_.pop_back();
          if (!st.ok()) return st;
        }
        break;
      default:
        break;
    }
  }
  if (glyphs_ > kMaxGlyphsPerPage) return InvalidInput(Where() + ": content is too complex (glyph limit)");
  if (lexer.failed()) return InvalidInput(Where() + ": content stream nested too deeply");
  return Status::Ok();
}

}  // namespace disclose::pdf::internal
