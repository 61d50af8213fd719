// Sample PDF generator for tests: turns a small text description into a deterministic PDF
// (raw PDF syntax, uncompressed, Standard-14 fonts with WinAnsiEncoding, correct xref).
//
// Input: UTF-8 lines. Directives (a line starting with %%):
//   %%page                         start a new page
//   %%font Helvetica|Times-Roman|Courier   font for following lines
//   %%size 11                      font size for following lines
//   %%kern                         following lines as TJ arrays: words as separate strings with
//                                  -300 gaps (no space glyphs) and small kerns inside words
//   %%tc 0.5                       character spacing (Tc) for following lines
//   %%split                        each word split across several Tj operators
//   %%plain                        back to plain Tj lines (undoes kern and split)
//   %%rotate 90|180|270            page /Rotate, content counter-rotated so text reads upright
// Defaults: Helvetica 11 pt, A4, 72 pt margins, 14 pt leading. Info has /Title and /Author;
// the catalog carries an XMP /Metadata stream with the same author.
// Thread-safety: pure function.
#pragma once

#include <string>
#include <string_view>

namespace disclose::testing {

struct PdfGenOptions {
  std::string title = "Synthetic test document";
  std::string author = "Margaret Ellory";  // invented third party
};

// Returns the PDF bytes for `description`.
std::string GeneratePdf(std::string_view description, const PdfGenOptions& options = {});

}  // namespace disclose::testing
