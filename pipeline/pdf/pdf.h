// Public API of the PDF adapter: text extraction with glyph boxes, and true redaction
// (glyph removal from content streams, black boxes, metadata stripping, fresh rewrite).
//
//   auto doc = disclose::pdf::Extract(bytes, "doc-42");
//   if (!doc.ok()) return doc.error();
//   const Page& p = doc->pages[0];
//   auto boxes = BoxesForSpan(p, begin, end);              // text[begin,end) -> page boxes
//   RedactOptions opt; opt.verify = true; opt.verify_strings = {"the redacted text"};
//   auto out = Redact(bytes, "doc-42", {{0, boxes}}, &stats, {}, opt); // new PDF bytes, verified
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

// Why a glyph that is in the content cannot be seen on the rendered page. Hidden glyphs are
// extracted like any other (their text is in Page::text, so detection sees it) and carry the
// reason; Redact removes them all by default (RedactOptions::remove_hidden_text), because
// hidden text is a classic leak (invisible OCR layers, white-on-white, text parked off-page).
// When several reasons apply, the first in this order is given.
enum class Hidden : uint8_t {
  kNone = 0,
  kOcgOff = 1,       // inside optional content (BDC /OC, or a form/with /OC) that is OFF in the
                     // default configuration (/OCProperties /D: /OFF, or /BaseState /OFF)
  kInvisible = 2,    // render mode 3 or 7, or fill/stroke alpha (ExtGState /ca /CA) below 0.05
  kOutsideCrop = 3,  // the glyph's centre lies outside the page's crop box
  kClipped = 4,      // the glyph's centre lies outside the current clipping path's bounding box
                     // (W/W* paths, form /BBox, text shown in clip modes Tr 4-7: the bounding
                     // box of its glyphs from ET on)
  kTiny = 5,         // effective size (height or horizontal scale) below Limits::min_text_size
  kWhite = 6,        // painted in the colour beneath it (within kHiddenColourTolerance): white
                     // paper, or the last filled rectangle under the glyph's centre. Images,
                     // shadings and non-rectangular fills beneath count as "unknown", never hidden
};
inline constexpr double kHiddenColourTolerance = 0.05;  // per RGB channel, 0..1
const char* HiddenName(Hidden h);                       // "none", "ocg_off", "invisible", ...

inline constexpr uint32_t kUnknownColour = 0xFF000000u;

// (Members ordered so that a glyph packs into 88 bytes: a dense document has millions.)
struct Glyph {
  std::string text;  // UTF-8 of this glyph; empty when unknown
  Box box;                // page space; height from font ascent/descent
  double font_size = 0;   // effective size in points (Tfs scaled by Tm and CTM)
  int render_mode = 0;    // Tr (3 = invisible, still extracted and redactable)
  int line = 0;           // index of the reading-order line this glyph was assigned to
  uint32_t colour = 0;    // 0xRRGGBB painted (fill; stroke for Tr 1/5); kUnknownColour if not known
  bool unicode_known = true;
  Hidden hidden = Hidden::kNone;
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
  // Not a resource limit: text whose effective size is below this (points) is Hidden::kTiny.
  double min_text_size = 1.0;
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
  int glyphs_removed = 0;         // all removed glyphs (under boxes and hidden)
  int hidden_glyphs_removed = 0;  // of which hidden (RedactOptions::remove_hidden_text)
  int boxes_drawn = 0;
  int pages_changed = 0;
  int forms_copied = 0;           // per-page copies of shared form XObjects
  int images_blanked = 0;         // image XObjects whose pixels were blanked under a box
  int inline_images_removed = 0;
  int paths_removed = 0;          // painted paths entirely inside a box
  int hidden_paints_removed = 0;  // images, inline images and painted paths in OFF layers
};

struct RedactOptions {
  // Remove every hidden glyph (Glyph::hidden != kNone) on every page, whether or not a box
  // covers it, and every image, inline image and painted path drawn in optional content that
  // is OFF (an image XObject that no page then shows becomes a 1x1 black image). On by
  // default: hidden content is never needed in a disclosure and often leaks.
  bool remove_hidden_text = true;
  // Blank image pixels under boxes, drop inline images and painted paths under boxes.
  bool redact_images = true;
  // Run Verify() on the output before returning it, with `verify_strings` (the redacted
  // strings; may be empty: then only readability and hidden text are checked). A failure is
  // returned as Redact's error and the output is not returned.
  bool verify = false;
  std::vector<std::string> verify_strings;
};

// True redaction. Removes from the content streams every glyph whose box overlaps a redaction
// box by more than kOverlapEpsilon and more than kOverlapFraction of the glyph's own width and
// height (so neighbours that share an edge, touch through kerning, or graze it from the next
// line are kept; a zero-width glyph counts when it lies inside the box), and, with
// options.remove_hidden_text, every hidden glyph on every page. Remaining glyphs keep their
// positions: a removed run becomes a TJ offset of its width. Draws a filled black box for
// each box, strips metadata and hidden content (Info, XMP, OpenAction, AA, Names, AcroForm,
// annotations, Outlines, StructTreeRoot, thumbnails, PieceInfo; marked-content /ActualText,
// /Alt and /E, inline in BDC (rewritten as BMC) or in property lists) and rewrites the file afresh
// with unreachable objects swept.
// Form XObjects: a form with removals is copied for the page that draws it (copy before
// edit), together with every form on the way to it, and the page (and copied parents) get
// their own resource dictionaries naming the copies; other pages keep drawing the original.
// If a form is reached in a way that cannot be redirected per page (for example one form
// without /Resources drawn from two different resource scopes), it is edited in place instead,
// which over-redacts other pages but never leaks.
// Images (options.redact_images): an image XObject drawn under a box has the covered pixels
// set to black in the image itself (so every page drawing it shows the blank, and the
// original pixels are not in the file); 8-bit Gray/RGB/CMYK images (raw, Flate, DCT) are
// edited and re-encoded with Flate; other images (1-bit, Indexed, JBIG2, CCITT, JPX, with
// decode predictors) that a box covers are replaced by a same-size black image. Inline
// images whose placement meets a box are removed; painted paths (re/m/l/c/v/y ... f/S/B/b)
// whose bounding box lies entirely inside a box are removed (clipping paths are kept).
// Output is a complete, unencrypted PDF: input encrypted with an empty user password (owner
// password only) is decrypted; a user password is kUnsupported. Same errors as Extract;
// with options.verify, Verify()'s errors.
inline constexpr double kOverlapEpsilon = 0.05;   // points
inline constexpr double kOverlapFraction = 0.25;  // of the glyph's width and of its height
Result<std::string> Redact(std::string_view pdf_bytes, std::string_view name,
                           const std::vector<PageRedactions>& redactions, RedactStats* stats = nullptr,
                           const Limits& limits = {}, const RedactOptions& options = {});

// Verification of a redacted file before release. Fails (kInvalidInput, message starting
// "verification failed for document <name>: ") when
//  - the file cannot be read back with our own loader and extractor;
//  - a page's extracted text contains any of `strings` (compared case-folded, whitespace
//    removed);
//  - the raw file contains any of them: every string object and name (PoDoFo-decoded, so hex
//    and octal escapes and UTF-16BE are decoded), every content stream's string operands
//    (escapes decoded) concatenated, and every other stream decompressed (metadata,
//    JavaScript, embedded files, CMaps...), each compared case-folded, whitespace removed and,
//    for UTF-16 data, with NUL bytes removed; whole decompressed content streams and
//    undecoded image/font program bytes are searched for strings of at least
//    kVerifyMinRawLength folded bytes (shorter ones would match at random);
//  - a page in `redacted_pages` (0-based) has a glyph whose Unicode is unknown (U+FFFD);
//  - `no_hidden_text` is set and a hidden glyph is left on any page, or an image, inline image
//    or painted path is drawn inside optional content that is OFF.
// Messages name the page or object number, never the string.
inline constexpr size_t kVerifyMinRawLength = 5;
Status Verify(std::string_view pdf_bytes, std::string_view name, const std::vector<std::string>& strings,
              const std::vector<int>& redacted_pages, bool no_hidden_text = false, const Limits& limits = {});

}  // namespace disclose::pdf
