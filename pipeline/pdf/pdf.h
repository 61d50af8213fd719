// Public API of the PDF adapter: text extraction with glyph boxes, and true redaction
// (glyph removal from content streams, black boxes, metadata stripping, fresh rewrite).
//
//   auto doc = disclose::pdf::Extract(bytes, "doc-42");
//   if (!doc.ok()) return doc.error();
//   const Page& p = doc->pages[0];
//   auto boxes = BoxesForSpan(p, begin, end);              // text[begin,end) -> page boxes
//   auto out = Redact(bytes, "doc-42", {{0, boxes}}, &stats); // new PDF bytes
//
// PoDoFo 0.9.8 is used only as the object/stream layer; content interpretation, fonts,
// encodings, widths and object sweeping are ours. No PoDoFo exception crosses this API.
// Thread-safety: all functions are reentrant; they share no mutable state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/model/result.h"

namespace disclose::pdf {

// Coordinate space shared by extraction, redaction and OCR: points (1/72 in), origin at the
// TOP-LEFT of the page's crop box as displayed (after /Rotate), x to the right, y downwards.
// See docs/pdf-coordinates.md.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct Glyph {
  std::string text;  // UTF-8 of this glyph; empty when unknown
  bool unicode_known = true;
  Box box;                // page space; height from font ascent/descent
  double font_size = 0;   // effective size in points (Tfs scaled by Tm and CTM)
  int render_mode = 0;    // Tr (3 = invisible, still extracted and redactable)
  int line = 0;           // index of the reading-order line this glyph was assigned to
};

struct Page {
  int index = 0;                  // 0-based
  double width = 0, height = 0;   // displayed size in points (crop box, after /Rotate)
  std::vector<Glyph> glyphs;      // in reading order
  std::string text;  // reading-order text: spaces between words, '\n' between lines;
                     // an unknown glyph appears as U+FFFD
  std::vector<std::pair<uint32_t, uint32_t>> glyph_spans;  // glyph i covers text[first, second)
};

struct Document {
  std::vector<Page> pages;
  int unknown_glyphs = 0;  // glyphs whose Unicode could not be determined (all pages)
};

struct Limits {
  size_t max_bytes = 256u << 20;         // whole input file
  int max_pages = 5000;
  size_t max_stream_bytes = 256u << 20;  // one decoded stream (content, form, CMap)
  int max_depth = 32;                    // form XObject nesting (and array nesting in content)
};

// Parses PDF bytes and extracts every page's glyphs and text. `pdf_bytes` is only borrowed
// for the call. Errors: kInvalidInput "not a PDF / damaged (what)", kUnsupported (encrypted
// with a password, unsupported feature), kInternal. `name` (a document id) is used in messages.
Result<Document> Extract(std::string_view pdf_bytes, std::string_view name, const Limits& limits = {});

// Boxes covering text[begin,end) of `page`, merged per line (one box per run of glyphs on a
// line). Glyphs that only partly overlap the span are included whole. Empty when nothing matches.
std::vector<Box> BoxesForSpan(const Page& page, size_t begin, size_t end);

struct PageRedactions {
  int page = 0;  // 0-based
  std::vector<Box> boxes;  // page space (above)
};
struct RedactStats {
  int glyphs_removed = 0;
  int boxes_drawn = 0;
  int pages_changed = 0;
};

// True redaction. Removes from the content streams every glyph whose box overlaps a redaction
// box by more than kOverlapEpsilon and more than kOverlapFraction of the glyph's own width and
// height (so neighbours that share an edge, touch through kerning, or graze it from the next
// line are kept; a zero-width glyph counts when it lies inside the box). Remaining glyphs keep their
// positions: a removed run becomes a TJ offset of its width), draws a filled black box for
// each box, strips metadata and hidden content (Info, XMP, OpenAction, AA, Names, AcroForm,
// annotations, Outlines, StructTreeRoot, thumbnails, PieceInfo) and rewrites the file afresh
// with unreachable objects swept. Form XObjects are edited in place, so a redacted form changes
// on every page that draws it. Output is a complete, unencrypted PDF: input encrypted with an
// empty user password (owner password only) is decrypted; a user password is kUnsupported.
// Same errors as Extract. Images under the boxes are covered, not altered (pipeline/ocr's job).
inline constexpr double kOverlapEpsilon = 0.05;   // points
inline constexpr double kOverlapFraction = 0.25;  // of the glyph's width and of its height
Result<std::string> Redact(std::string_view pdf_bytes, std::string_view name,
                           const std::vector<PageRedactions>& redactions, RedactStats* stats = nullptr,
                           const Limits& limits = {});

}  // namespace disclose::pdf
