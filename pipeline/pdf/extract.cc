// Extract(): glyphs with boxes per page and reading-order text; BoxesForSpan().
// Thread-safety: reentrant; no shared mutable state.
#include <algorithm>
#include <cmath>
#include <exception>

#include "pipeline/pdf/interpreter.h"
#include "pipeline/pdf/loader.h"
#include "pipeline/pdf/pdf.h"

namespace disclose::pdf {
namespace {

using internal::GlyphHit;

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD for glyphs of unknown Unicode

struct Placed {
  GlyphHit hit;
  int dir = 0;        // 0 right, 1 down, 2 left, 3 up (in page space)
  double u0 = 0, u1 = 0, v = 0;  // along-text extent and baseline across, in the rotated frame
  size_t seq = 0;
};

void Rotate(int dir, double x, double y, double* u, double* v) {
  switch (dir) {
    case 1: *u = y, *v = -x; break;
    case 2: *u = -x, *v = -y; break;
    case 3: *u = -y, *v = x; break;
    default: *u = x, *v = y;
  }
}

// Orders glyphs into lines and builds the page text.
void Assemble(std::vector<GlyphHit> hits, Page* page) {
  std::vector<Placed> placed(hits.size());
  for (size_t i = 0; i < hits.size(); ++i) {
    Placed& p = placed[i];
    p.hit = std::move(hits[i]);
    p.seq = i;
    double dx = p.hit.dx, dy = p.hit.dy;
    if (std::fabs(dx) >= std::fabs(dy)) p.dir = dx >= 0 ? 0 : 2;
    else p.dir = dy >= 0 ? 1 : 3;
    const Box& b = p.hit.glyph.box;
    double ua, va, ub, vb, unused;
    Rotate(p.dir, b.x0, b.y0, &ua, &va);
    Rotate(p.dir, b.x1, b.y1, &ub, &vb);
    p.u0 = std::min(ua, ub);
    p.u1 = std::max(ua, ub);
    Rotate(p.dir, p.hit.ox, p.hit.oy, &unused, &p.v);
  }
  std::vector<size_t> order(placed.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (placed[a].dir != placed[b].dir) return placed[a].dir < placed[b].dir;
    return placed[a].v < placed[b].v;
  });
  std::vector<std::vector<size_t>> lines;
  double line_v = 0;
  int line_dir = -1;
  for (size_t idx : order) {
    const Placed& p = placed[idx];
    double tol = std::max(0.5 * p.hit.glyph.font_size, 0.5);
    if (lines.empty() || p.dir != line_dir || std::fabs(p.v - line_v) > tol) {
      lines.emplace_back();
      line_v = p.v;
      line_dir = p.dir;
    }
    lines.back().push_back(idx);
  }
  for (size_t li = 0; li < lines.size(); ++li) {
    auto& line = lines[li];
    std::stable_sort(line.begin(), line.end(), [&](size_t a, size_t b) { return placed[a].u0 < placed[b].u0; });
    if (li > 0) page->text.push_back('\n');
    const Placed* prev = nullptr;
    for (size_t idx : line) {
      Placed& p = placed[idx];
      Glyph& g = p.hit.glyph;
      std::string_view piece = g.unicode_known ? std::string_view(g.text) : std::string_view(kReplacement);
      if (prev != nullptr && !g.text.empty() && g.text == page->glyphs.back().text &&
          std::fabs(p.u0 - prev->u0) < 0.15 * std::max(g.font_size, 1.0)) {
        // The same glyph overprinted at (nearly) the same place, as fake bold does: shares the
        // first copy's text span so that it is found and redacted with it.
        g.line = static_cast<int>(li);
        page->glyph_spans.push_back(page->glyph_spans.back());
        page->glyphs.push_back(std::move(g));
        continue;
      }
      if (prev != nullptr) {
        double gap = p.u0 - prev->u1;
        double size = std::max(g.font_size, prev->hit.glyph.font_size);
        bool prev_space = !page->text.empty() && page->text.back() == ' ';
        bool this_space = piece == " ";
        if (gap > 0.25 * size && !prev_space && !this_space) page->text.push_back(' ');
      }
      uint32_t begin = static_cast<uint32_t>(page->text.size());
      page->text.append(piece);
      g.line = static_cast<int>(li);
      page->glyph_spans.emplace_back(begin, static_cast<uint32_t>(page->text.size()));
      page->glyphs.push_back(std::move(g));
      prev = &p;
    }
  }
}

}  // namespace

const char* HiddenName(Hidden h) {
  switch (h) {
    case Hidden::kNone: return "none";
    case Hidden::kOcgOff: return "ocg_off";
    case Hidden::kInvisible: return "invisible";
    case Hidden::kOutsideCrop: return "outside_crop";
    case Hidden::kClipped: return "clipped";
    case Hidden::kTiny: return "tiny";
    case Hidden::kWhite: return "white";
  }
  return "unknown";
}

Result<Document> Extract(std::string_view pdf_bytes, std::string_view name, const Limits& limits) {
  PoDoFo::PdfMemDocument doc;
  Status loaded = internal::LoadDocument(pdf_bytes, name, limits, &doc);
  if (!loaded.ok()) return loaded.error();
  std::string n(name);
  int page_index = 0;
  try {
    int count = doc.GetPageCount();
    if (count <= 0) return InvalidInput("document " + n + " has no readable pages (damaged page tree)");
    if (count > limits.max_pages) return InvalidInput("document " + n + " has more pages than the limit");
    Document out;
    internal::DocCache cache;
    internal::LoadOptionalContent(doc, &cache);
    std::vector<GlyphHit> hits;
    internal::Interpreter interp(limits, name, &cache, [&hits](GlyphHit&& h) { hits.push_back(std::move(h)); });
    std::string content;
    for (page_index = 0; page_index < count; ++page_index) {
      PoDoFo::PdfPage* page = doc.GetPage(page_index);
      if (page == nullptr) {
        return InvalidInput("document " + n + " has a damaged page tree (page " + std::to_string(page_index + 1) +
                            " missing)");
      }
      internal::PageGeometry geom = internal::GetPageGeometry(page);
      hits.clear();
      Status st = interp.RunPage(page, page_index, geom, &content);
      if (!st.ok()) return st.error();
      Page p;
      p.index = page_index;
      p.width = geom.width;
      p.height = geom.height;
      for (const GlyphHit& h : hits) {
        if (!h.glyph.unicode_known) ++out.unknown_glyphs;
      }
      Assemble(std::move(hits), &p);
      hits.clear();
      out.pages.push_back(std::move(p));
    }
    return out;
  } catch (const PoDoFo::PdfError& e) {
    return internal::FromPdfError(e, name, "reading page " + std::to_string(page_index + 1));
  } catch (const std::bad_alloc&) {
    return InvalidInput("document " + n + " is too large to extract");
  } catch (const std::exception&) {
    return Internal("document " + n + ": unexpected failure while extracting page " + std::to_string(page_index + 1));
  }
}

std::vector<Box> BoxesForSpan(const Page& page, size_t begin, size_t end) {
  std::vector<Box> out;
  if (end <= begin) return out;
  int open_line = -1;
  size_t last = 0;
  for (size_t i = 0; i < page.glyphs.size() && i < page.glyph_spans.size(); ++i) {
    auto [first, second] = page.glyph_spans[i];
    bool hit = first < end && std::max<size_t>(second, first + 1) > begin;
    if (!hit) {
      continue;
    }
    const Glyph& g = page.glyphs[i];
    if (open_line == g.line && last + 1 == i) {
      Box& b = out.back();
      b.x0 = std::min(b.x0, g.box.x0);
      b.y0 = std::min(b.y0, g.box.y0);
      b.x1 = std::max(b.x1, g.box.x1);
      b.y1 = std::max(b.y1, g.box.y1);
    } else {
      out.push_back(g.box);
      open_line = g.line;
    }
    last = i;
  }
  return out;
}

}  // namespace disclose::pdf
