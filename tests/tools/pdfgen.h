// Sample PDF generator for tests: turns a small text description into a deterministic PDF
// (raw PDF syntax, correct xref; page content uncompressed, embedded font programs and images
// Flate-compressed). Also the catalogue of generated sample cases used by the leak test
// (tests/integration/pdf_leak.sh) and the PDF benchmark.
//
// Input: UTF-8 lines. A line not starting with %% is one line of text at the cursor.
// Directives (a line starting with %%):
//   %%page                         start a new page
//   %%font NAME                    font for following lines. NAME is one of
//       Helvetica | Times-Roman | Courier   Standard 14, /WinAnsiEncoding (the default kind)
//       std14-macroman             Helvetica, /MacRomanEncoding
//       std14-differences          Times-Roman, /Encoding with /Differences: codes 1,2,3... are
//                                  given to characters in order of first use (no /ToUnicode)
//       truetype                   DejaVu Sans embedded (FontFile2), WinAnsi, with /ToUnicode
//       truetype-nounicode         the same without /ToUnicode
//       type1                      Nimbus Sans embedded Type 1 (FontFile, PFB segments), WinAnsi
//       cff                        Nimbus Roman CFF (FontFile3 /Type1C, the .otf's CFF table)
//       cid                        Type0 / CIDFontType2 DejaVu Sans, Identity-H (2-byte glyph
//                                  ids), /W widths, /ToUnicode
//       type3                      Type 3 font of synthetic box glyphs, codes by first use,
//                                  /Differences and /ToUnicode
//                                  Widths of embedded fonts come from the font program (FreeType).
//   %%size 11                      font size for following lines
//   %%kern                         following lines as TJ arrays: words as separate strings with
//                                  -300 gaps (no space glyphs) and small kerns inside words
//   %%tc 0.5                       character spacing (Tc) for following lines
//   %%split                        each word split across several Tj operators
//   %%plain                        back to plain Tj lines (undoes kern and split)
//   %%rotate 90|180|270            page /Rotate, content counter-rotated so text reads upright
//   %%hidden MODE                  following lines hidden: render3 (3 Tr) | white (1 1 1 rg) |
//                                  clipped (inside a clip far from the text) | offcrop (drawn
//                                  at y=30, below the page's /CropBox [0 80 w h]; the cursor does
//                                  not move) | tiny (0.5 pt, cursor moves 2 pt) | ocg (in a
//                                  /OC marked-content section of an optional-content group that
//                                  is OFF by default) | none (visible again)
//   %%form NAME ... %%endform      define form XObject NAME from the lines between (laid out
//                                  from the top margin of the page, identity /Matrix)
//   %%useform NAME                 draw form NAME on this page (the same object on every page
//                                  that uses it); the cursor moves below the form's lines
//   %%image NAME W H               draw RGB image NAME (64x16 px, Flate, the same object on every
//                                  page that uses it) at the left margin, top at the cursor's
//                                  line top, W x H pt; the cursor does not move (text follows
//                                  on top of the image). `%%image NAME W H TEXT`: the pixels
//                                  are TEXT's bytes repeated. Under `%%hidden ocg` the drawing
//                                  is in the OFF layer
//   %%rect W H                     a filled grey rectangle (re f) at the left margin, top at the
//                                  cursor's line top; the cursor does not move. Under
//                                  `%%hidden ocg` it is in the OFF layer
//   %%annot TEXT                   a /Text annotation with /Contents TEXT and a /Popup
//   %%field NAME VALUE             an AcroForm text field NAME with /V VALUE and an appearance
//                                  stream showing VALUE at the cursor; the cursor moves a line
//   %%attach FILENAME TEXT         an embedded file (catalog /Names /EmbeddedFiles) holding TEXT
//   %%bookmark TITLE               an outline item titled TITLE pointing at this page
//   %%info KEY VALUE               an extra Info entry (e.g. Subject, Keywords), also in the XMP
// Defaults: Helvetica 11 pt, A4, 72 pt margins, 14 pt leading. Info has /Title and /Author;
// the catalog carries an XMP /Metadata stream with the same author. Descriptions that use only
// the Standard-14 directives produce the same bytes as earlier versions of this generator.
// Font programs are read from PdfGenOptions paths (Debian fonts-dejavu-core, fonts-urw-base35).
// Thread-safety: pure functions (they read the font files, nothing else).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/result.h"

namespace disclose::testing {

struct PdfGenOptions {
  std::string title = "Synthetic test document";
  std::string author = "Margaret Ellory";  // invented third party
  std::string truetype_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  std::string type1_path = "/usr/share/fonts/X11/Type1/NimbusSans-Regular.pfb";
  std::string cff_otf_path = "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf";
};

// Returns the PDF bytes for `description`. Errors: kNotFound / kInvalidInput when a font
// program a directive needs cannot be read or parsed (the message names the file).
Result<std::string> TryGeneratePdf(std::string_view description, const PdfGenOptions& options = {});

// As TryGeneratePdf; returns an empty string on error (Standard-14 descriptions cannot fail).
std::string GeneratePdf(std::string_view description, const PdfGenOptions& options = {});

// Raw PDF assembly for hand-written test files: numbers `objects` from 1 (object 1 is the
// catalog), writes them after `header` with a correct xref table and a trailer holding /Size,
// /Root 1 0 R and `trailer_extra`.
std::string AssemblePdf(const std::vector<std::string>& objects, std::string_view header = "%PDF-1.5\n",
                        std::string_view trailer_extra = "");
// A stream object: "<< dict_entries /Length n >> stream ... endstream".
std::string PdfStream(const std::string& dict_entries, const std::string& data);

// One generated sample for the leak test. All names and numbers are invented.
struct PdfCaseString {
  std::string text;
  int page = 0;  // 1-based; 0 when the string is not on a page (metadata, attachments, ...)
};
struct PdfCase {
  std::string name;         // file stem, e.g. "font-truetype"
  std::string checks;       // one sentence: what the case exercises
  std::string description;  // generator input (above)
  PdfGenOptions options;
  int pages = 0;
  std::vector<PdfCaseString> redact;  // third-party strings that must be gone after redaction
  std::vector<PdfCaseString> keep;    // visible words that must stay, at the same position
  bool image_under_redaction = false; // an image lies under redacted text (pixels must go)
};

// The subject of every case (bundle.json text): the data subject whose data is kept.
std::string SampleBundleJson();

// All sample cases, in a fixed order. Redact strings are written in the text the way the
// default uk-justice rules find them (titles, prison numbers and dates with their cues).
// Keep words are derived from the visible lines: every word outside a redacted span.
std::vector<PdfCase> SampleCases();

}  // namespace disclose::testing
