// Content-stream interpreter. See interpreter.h.
// Thread-safety: an Interpreter belongs to one thread.
#include "pipeline/pdf/interpreter.h"

#include <algorithm>
#include <cmath>

#include "pipeline/pdf/content_lexer.h"
#include "pipeline/pdf/objects.h"

namespace disclose::pdf::internal {
namespace {

using PoDoFo::PdfObject;

constexpr long long kMaxOpsPerPage = 20'000'000;
constexpr long long kMaxGlyphsPerPage = 1'000'000;
constexpr size_t kMaxStateDepth = 4096;

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

std::string Interpreter::Where() const {
  return "document " + std::string(name_) + " page " + std::to_string(page_index_ + 1);
}

Status Interpreter::RunPage(const PoDoFo::PdfPage* page, int page_index, const Matrix& to_page,
                            std::string* content) {
  page_index_ = page_index;
  ops_ = 0;
  glyphs_ = 0;
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
  gs.ctm = to_page;
  return Run(*content, nullptr, page->GetResources(), gs, 0);
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

void Interpreter::Show(const std::string& bytes, const GState& gs, Matrix* tm, const PdfObject* stream, size_t op,
                       int element) {
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

Status Interpreter::Run(std::string_view content, const PdfObject* stream, const PdfObject* resources, GState gs,
                        int depth) {
  ContentLexer lexer(content, limits_.max_depth);
  std::vector<GState> stack;
  Matrix tm, tlm;
  Op op;
  size_t index = 0;
  for (; lexer.Next(&op); ++index) {
    if (++ops_ > kMaxOpsPerPage || glyphs_ > kMaxGlyphsPerPage) {
      return InvalidInput(Where() + ": content is too complex (operation or glyph limit)");
    }
    std::string_view k = op.keyword;
    if (k.empty()) continue;
    TextState& t = gs.text;
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
        if (k == "BT") tm = tlm = Matrix{};
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
            Show(op.operands[0].bytes, gs, &tm, stream, index, -1);
          }
        } else if (k == "TJ") {
          if (!op.operands.empty() && op.operands[0].kind == Operand::Kind::kArray) {
            const auto& items = op.operands[0].items;
            for (size_t i = 0; i < items.size(); ++i) {
              if (items[i].kind == Operand::Kind::kNumber) {
                tm = Mul(Translate(-items[i].number / 1000 * t.tfs * t.th, 0), tm);
              } else if (items[i].kind == Operand::Kind::kString) {
                Show(items[i].bytes, gs, &tm, stream, index, static_cast<int>(i));
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
            Show(op.operands[0].bytes, gs, &tm, stream, index, -1);
          }
        }
        break;
      case '"':
        if (k == "\"" && op.operands.size() >= 3) {
          t.tw = Num(op, 0);
          t.tc = Num(op, 1);
          tlm = Mul(Translate(0, -t.tl), tlm);
          tm = tlm;
          if (op.operands[2].kind == Operand::Kind::kString) Show(op.operands[2].bytes, gs, &tm, stream, index, -1);
        }
        break;
      case 'D':
        if (k == "Do" && !op.operands.empty() && op.operands[0].kind == Operand::Kind::kName) {
          const PdfObject* xobjects = Get(resources, "XObject");
          const PdfObject* form = xobjects != nullptr ? Get(xobjects, op.operands[0].bytes) : nullptr;
          if (form == nullptr || !form->HasStream() || NameOr(Get(form, "Subtype"), "") != "Form") break;
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
          const PdfObject* form_resources = Get(form, "Resources");
          active_forms_.push_back(form);
          Status st = Run(it->second, form, form_resources != nullptr ? form_resources : resources, inner, depth + 1);
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
