// Extract(): glyphs with boxes per page and reading-order text; BoxesForSpan().
// Thread-safety: reentrant; no shared mutable state.
#include <algorithm>
#include <cmath>
#include <exception>

#include "pipeline/pdf/extract_pages.h"
#include "pipeline/pdf/interpreter.h"
#include "pipeline/pdf/loader.h"
#include "pipeline/pdf/pdf.h"

namespace disclose::pdf {
namespace {

using internal::GlyphHit;

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD for glyphs of unknown Unicode

// Where a glyph sits in its own text direction: the sort keys of Assemble.
struct Placed {
  int dir = 0;        // 0 right, 1 down, 2 left, 3 up (in page space)
  double u0 = 0, u1 = 0, v = 0;  // along-text extent and baseline across, in the rotated frame
};

// Buffers Assemble reuses from page to page (a dense page has thousands of glyphs).
struct AssembleScratch {
  std::vector<Placed> placed;
  std::vector<uint32_t> order;
  std::vector<size_t> line_starts;
};

void Rotate(int dir, double x, double y, double* u, double* v) {
  switch (dir) {
    case 1: *u = y, *v = -x; break;
    case 2: *u = -x, *v = -y; break;
    case 3: *u = -y, *v = x; break;
    default: *u = x, *v = y;
  }
}

// Stable sort of [first, last) by `less`. Glyphs mostly arrive in order, so check that first
// and use insertion sort for short ranges; long unsorted ranges use std::stable_sort (bounded).
template <typename It, typename Less>
void StableSortMostlySorted(It first, It last, Less less) {
  if (std::is_sorted(first, last, less)) return;
  if (last - first > 64) {
    std::stable_sort(first, last, less);
    return;
  }
  for (It i = first + 1; i < last; ++i) {
    auto value = *i;
    It j = i;
    for (; j > first && less(value, *(j - 1)); --j) *j = *(j - 1);
    *j = value;
  }
}

// Orders glyphs into lines and builds the page text. Moves the glyphs out of `hits`.
void Assemble(std::vector<GlyphHit>& hits, AssembleScratch& scratch, Page* page) {
  std::vector<Placed>& placed = scratch.placed;
  placed.resize(hits.size());
  for (size_t i = 0; i < hits.size(); ++i) {
    Placed& p = placed[i];
    const GlyphHit& hit = hits[i];
    double dx = hit.dx, dy = hit.dy;
    if (std::fabs(dx) >= std::fabs(dy)) p.dir = dx >= 0 ? 0 : 2;
    else p.dir = dy >= 0 ? 1 : 3;
    const Box& b = hit.glyph.box;
    double ua, va, ub, vb, unused;
    Rotate(p.dir, b.x0, b.y0, &ua, &va);
    Rotate(p.dir, b.x1, b.y1, &ub, &vb);
    p.u0 = std::min(ua, ub);
    p.u1 = std::max(ua, ub);
    Rotate(p.dir, hit.ox, hit.oy, &unused, &p.v);
  }
  std::vector<uint32_t>& order = scratch.order;
  order.resize(placed.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  StableSortMostlySorted(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (placed[a].dir != placed[b].dir) return placed[a].dir < placed[b].dir;
    return placed[a].v < placed[b].v;
  });
  std::vector<size_t>& starts = scratch.line_starts;  // lines are order[starts[k], starts[k+1])
  starts.clear();
  double line_v = 0;
  int line_dir = -1;
  for (size_t k = 0; k < order.size(); ++k) {
    const Placed& p = placed[order[k]];
    double tol = std::max(0.5 * hits[order[k]].glyph.font_size, 0.5);
    if (starts.empty() || p.dir != line_dir || std::fabs(p.v - line_v) > tol) {
      starts.push_back(k);
      line_v = p.v;
      line_dir = p.dir;
    }
  }
  starts.push_back(order.size());
  page->glyphs.reserve(hits.size());
  page->glyph_spans.reserve(hits.size());
  for (size_t li = 0; li + 1 < starts.size(); ++li) {
    auto line_begin = order.begin() + static_cast<std::ptrdiff_t>(starts[li]);
    auto line_end = order.begin() + static_cast<std::ptrdiff_t>(starts[li + 1]);
    StableSortMostlySorted(line_begin, line_end, [&](uint32_t a, uint32_t b) { return placed[a].u0 < placed[b].u0; });
    if (li > 0) page->text.push_back('\n');
    const Placed* prev = nullptr;
    double prev_size = 0;
    for (auto it = line_begin; it != line_end; ++it) {
      const size_t idx = *it;
      const Placed& p = placed[idx];
      Glyph& g = hits[idx].glyph;
      std::string_view piece = g.unicode_known ? std::string_view(g.text) : std::string_view(kReplacement);
      // (Position first: comparing the texts of every neighbouring pair costs a memcmp call.)
      if (prev != nullptr && std::fabs(p.u0 - prev->u0) < 0.15 * std::max(g.font_size, 1.0) && !g.text.empty() &&
          g.text == page->glyphs.back().text) {
        // The same glyph overprinted at (nearly) the same place, as fake bold does: shares the
        // first copy's text span so that it is found and redacted with it.
        g.line = static_cast<int>(li);
        page->glyph_spans.push_back(page->glyph_spans.back());
        page->glyphs.push_back(std::move(g));
        continue;
      }
      if (prev != nullptr) {
        double gap = p.u0 - prev->u1;
        double size = std::max(g.font_size, prev_size);
        bool prev_space = !page->text.empty() && page->text.back() == ' ';
        bool this_space = piece == " ";
        if (gap > 0.25 * size && !prev_space && !this_space) page->text.push_back(' ');
      }
      uint32_t begin = static_cast<uint32_t>(page->text.size());
      page->text.append(piece);
      g.line = static_cast<int>(li);
      page->glyph_spans.emplace_back(begin, static_cast<uint32_t>(page->text.size()));
      prev_size = g.font_size;
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

namespace internal {

Status ExtractPages(std::string_view pdf_bytes, std::string_view name, const Limits& limits,
                    const std::function<void(Page&&)>& sink, int* unknown_glyphs) {
  *unknown_glyphs = 0;
  PoDoFo::PdfMemDocument doc;
  Status loaded = LoadDocument(pdf_bytes, name, limits, &doc);
  if (!loaded.ok()) return loaded;
  std::string n(name);
  int page_index = 0;
  try {
    int count = doc.GetPageCount();
    if (count <= 0) return InvalidInput("document " + n + " has no readable pages (damaged page tree)");
    if (count > limits.max_pages) return InvalidInput("document " + n + " has more pages than the limit");
    DocCache cache;
    LoadOptionalContent(doc, &cache);
    std::vector<GlyphHit> hits;
    AssembleScratch scratch;
    Interpreter interp(limits, name, &cache, [&hits](GlyphHit&& h) { hits.push_back(std::move(h)); });
    std::string content;
    for (page_index = 0; page_index < count; ++page_index) {
      PoDoFo::PdfPage* page = doc.GetPage(page_index);
      if (page == nullptr) {
        return InvalidInput("document " + n + " has a damaged page tree (page " + std::to_string(page_index + 1) +
                            " missing)");
      }
      PageGeometry geom = GetPageGeometry(page);
      hits.clear();
      Status st = interp.RunPage(page, page_index, geom, &content);
      if (!st.ok()) return st;
      Page p;
      p.index = page_index;
      p.width = geom.width;
      p.height = geom.height;
      for (const GlyphHit& h : hits) {
        if (!h.glyph.unicode_known) ++*unknown_glyphs;
      }
      Assemble(hits, scratch, &p);
      hits.clear();
      sink(std::move(p));
    }
    return Status::Ok();
  } catch (const PoDoFo::PdfError& e) {
    return FromPdfError(e, name, "reading page " + std::to_string(page_index + 1));
  } catch (const std::bad_alloc&) {
    return InvalidInput("document " + n + " is too large to extract");
  } catch (const std::exception&) {
    return Internal("document " + n + ": unexpected failure while extracting page " + std::to_string(page_index + 1));
  }
}

}  // namespace internal

Result<Document> Extract(std::string_view pdf_bytes, std::string_view name, const Limits& limits) {
  Document out;
  Status st = internal::ExtractPages(
      pdf_bytes, name, limits, [&out](Page&& p) { out.pages.push_back(std::move(p)); }, &out.unknown_glyphs);
  if (!st.ok()) return st.error();
  return out;
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
