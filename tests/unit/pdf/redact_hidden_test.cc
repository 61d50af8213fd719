// Tests for hidden-text classification and removal, per-page copies of shared form XObjects,
// image blanking, inline image and path removal, and Verify() (the check before release).
// PDFs are assembled from raw objects here; independent checks use poppler-utils and qpdf.
// All names are invented. Thread-safety: tests run sequentially.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/pdf/pdf.h"
#include "tests/tools/pdfgen.h"
#include "tests/unit/pdf/pdf_fixture.h"

namespace disclose::pdf {
namespace {

namespace fs = std::filesystem;

using disclose::testing::AssemblePdf;
using disclose::testing::PdfStream;

class HiddenTest : public testing::PdfFolderTest {};

// Hidden reason of the first glyph of `word` on `page` (kNone when absent: then `found` false).
Hidden ReasonOf(const Page& page, const std::string& word, bool* found) {
  size_t pos = page.text.find(word);
  *found = pos != std::string::npos;
  if (!*found) return Hidden::kNone;
  for (size_t i = 0; i < page.glyphs.size(); ++i) {
    if (page.glyph_spans[i].first == pos) return page.glyphs[i].hidden;
  }
  *found = false;
  return Hidden::kNone;
}

// One page with visible words and one word of each hidden kind.
std::string HiddenZooPdf() {
  const std::string content =
      "BT /F1 12 Tf 72 720 Td (Alpha) Tj ET\n"                                      // visible
      "q BT 1 g /F1 12 Tf 72 700 Td (Bravo) Tj ET Q\n"                              // white on paper
      "q 0 0 1 rg 60 670 300 30 re f BT 0 0 1 rg /F1 12 Tf 72 680 Td (Charlie) Tj ET Q\n"  // blue on blue
      "q 0.5 g 60 640 300 30 re f BT 0 g /F1 12 Tf 72 650 Td (Juliet) Tj ET Q\n"    // black on grey: visible
      "q 0 0 10 10 re W n BT /F1 12 Tf 72 620 Td (Delta) Tj ET Q\n"                 // clipped away
      "BT /F1 12 Tf 700 600 Td (Echo) Tj ET\n"                                      // right of the media box
      "BT /F1 0.5 Tf 72 580 Td (Foxtrot) Tj ET\n"                                   // tiny
      "/OC /L1 BDC BT /F1 12 Tf 72 560 Td (Golf) Tj ET EMC\n"                       // layer off
      "/OC /L2 BDC BT /F1 12 Tf 72 540 Td (Kilo) Tj ET EMC\n"                       // layer on: visible
      "q BT 0 0 0 0 k /F1 12 Tf 72 520 Td (Hotel) Tj ET Q\n"                        // CMYK no ink
      "q /GS0 gs BT /F1 12 Tf 72 500 Td (India) Tj ET Q\n"                          // alpha 0
      "BT /CS0 cs 0 sc /F1 12 Tf 72 480 Td (Lima) Tj ET\n"                          // separation tint 0
      "BT /CS0 cs 1 sc /F1 12 Tf 72 460 Td (Mike) Tj ET\n"                          // separation ink: visible
      "BT 3 Tr /F1 12 Tf 72 440 Td (November) Tj ET\n";                            // render mode 3
  return AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R 7 0 R] /D << /OFF [6 0 R] >> >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
      "/Properties << /L1 6 0 R /L2 7 0 R >> /ExtGState << /GS0 << /ca 0 >> >> "
      "/ColorSpace << /CS0 [/Separation /Spot /DeviceCMYK 8 0 R] >> >> >>",
      PdfStream("", content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Type /OCG /Name (Hidden layer) >>",
      "<< /Type /OCG /Name (Shown layer) >>",
      "<< /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [0 0 0 1] /N 1 >>",
  });
}

TEST_F(HiddenTest, EachHiddenKindIsExtractedWithItsReason) {
  auto doc = Extract(HiddenZooPdf(), "doc-h1");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  const Page& p = doc->pages[0];
  const std::vector<std::pair<std::string, Hidden>> expected = {
      {"Alpha", Hidden::kNone},      {"Bravo", Hidden::kWhite},   {"Charlie", Hidden::kWhite},
      {"Juliet", Hidden::kNone},     {"Delta", Hidden::kClipped}, {"Echo", Hidden::kOutsideCrop},
      {"Foxtrot", Hidden::kTiny},    {"Golf", Hidden::kOcgOff},   {"Kilo", Hidden::kNone},
      {"Hotel", Hidden::kWhite},     {"India", Hidden::kInvisible}, {"Lima", Hidden::kWhite},
      {"Mike", Hidden::kNone},       {"November", Hidden::kInvisible}};
  for (const auto& [word, reason] : expected) {
    bool found = false;
    Hidden got = ReasonOf(p, word, &found);
    EXPECT_TRUE(found) << word;
    EXPECT_EQ(got, reason) << word << " is " << HiddenName(got);
  }
  // The colour is reported: Charlie blue, Alpha black.
  EXPECT_EQ(p.glyphs[p.text.find("Alpha") == 0 ? 0 : 0].colour, 0x000000u);
}

TEST_F(HiddenTest, BaseStateOffHidesLayersNotListedOn) {
  const std::string content =
      "/OC /A BDC BT /F1 12 Tf 72 700 Td (Oscar) Tj ET EMC\n"
      "/OC /B BDC BT /F1 12 Tf 72 680 Td (Papa) Tj ET EMC\n"
      "/OC /M BDC BT /F1 12 Tf 72 660 Td (Quebec) Tj ET EMC\n";  // OCMD AnyOn of A, B
  std::string pdf = AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R 7 0 R] /D << /BaseState /OFF /ON [7 0 R] >> >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
      "/Properties << /A 6 0 R /B 7 0 R /M << /Type /OCMD /OCGs [6 0 R 7 0 R] /P /AllOn >> >> >> >>",
      PdfStream("", content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Type /OCG /Name (A) >>",
      "<< /Type /OCG /Name (B) >>",
  });
  auto doc = Extract(pdf, "doc-h2");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  bool found = false;
  EXPECT_EQ(ReasonOf(doc->pages[0], "Oscar", &found), Hidden::kOcgOff);
  EXPECT_EQ(ReasonOf(doc->pages[0], "Papa", &found), Hidden::kNone);
  EXPECT_EQ(ReasonOf(doc->pages[0], "Quebec", &found), Hidden::kOcgOff);
}

TEST_F(HiddenTest, RedactRemovesAllHiddenTextByDefaultAndKeepsVisibleText) {
  const std::string pdf = HiddenZooPdf();
  auto before = Extract(pdf, "doc-h3");
  ASSERT_TRUE(before.ok());
  RedactStats stats;
  auto out = Redact(pdf, "doc-h3", {}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(stats.hidden_glyphs_removed, 5 + 7 + 5 + 4 + 7 + 4 + 5 + 5 + 4 + 8);
  EXPECT_EQ(stats.glyphs_removed, stats.hidden_glyphs_removed);
  EXPECT_EQ(stats.boxes_drawn, 0);
  auto after = Extract(*out, "doc-h3r");
  ASSERT_TRUE(after.ok()) << after.error().message;
  const Page& a = after->pages[0];
  for (const Glyph& g : a.glyphs) EXPECT_EQ(g.hidden, Hidden::kNone) << g.text;
  const std::string theirs = Run("pdftotext '" + Write("h3.pdf", *out) + "' -");
  for (const char* w : {"Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Lima", "November"}) {
    EXPECT_EQ(a.text.find(w), std::string::npos) << w;
    EXPECT_EQ(theirs.find(w), std::string::npos) << w;
  }
  for (const char* w : {"Alpha", "Juliet", "Kilo", "Mike"}) {
    EXPECT_NE(theirs.find(w), std::string::npos) << w;
    size_t p0 = before->pages[0].text.find(w), p1 = a.text.find(w);
    ASSERT_NE(p1, std::string::npos) << w;
    Box b0 = BoxesForSpan(before->pages[0], p0, p0 + 1).at(0), b1 = BoxesForSpan(a, p1, p1 + 1).at(0);
    EXPECT_NEAR(b0.x0, b1.x0, 1e-3) << w;
    EXPECT_NEAR(b0.y0, b1.y0, 1e-3) << w;
  }
  // The option off keeps hidden text (and the page untouched).
  RedactOptions keep;
  keep.remove_hidden_text = false;
  auto kept = Redact(pdf, "doc-h3k", {}, &stats, {}, keep);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(stats.glyphs_removed, 0);
  auto again = Extract(*kept, "doc-h3k");
  ASSERT_TRUE(again.ok());
  EXPECT_NE(again->pages[0].text.find("Bravo"), std::string::npos);
}

// Three pages: pages 1 and 2 draw form X1 directly; page 3 draws form X2, which draws X1.
std::string SharedFormPdf() {
  return AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 /Resources << /Font << /F1 6 0 R >> "
      "/XObject << /X1 7 0 R /X2 8 0 R >> >> /MediaBox [0 0 612 792] >>",
      "<< /Type /Page /Parent 2 0 R /Contents 9 0 R >>",
      "<< /Type /Page /Parent 2 0 R /Contents 9 0 R >>",
      "<< /Type /Page /Parent 2 0 R /Contents 10 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      PdfStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792]", "BT /F1 12 Tf 100 600 Td (Okafor signed) Tj ET"),
      PdfStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> /XObject << "
             "/Inner 7 0 R >> >>",
             "/Inner Do BT /F1 12 Tf 100 500 Td (footer) Tj ET"),
      PdfStream("", "/X1 Do BT /F1 12 Tf 100 700 Td (page text) Tj ET"),
      PdfStream("", "/X2 Do"),
  });
}

TEST_F(HiddenTest, SharedFormIsCopiedPerPageIncludingNestedForms) {
  const std::string pdf = SharedFormPdf();
  auto doc = Extract(pdf, "doc-f1");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  std::vector<PageRedactions> r;
  for (int page : {0, 2}) {
    const Page& p = doc->pages[page];
    size_t pos = p.text.find("Okafor");
    ASSERT_NE(pos, std::string::npos);
    r.push_back({page, BoxesForSpan(p, pos, pos + 6)});
  }
  RedactStats stats;
  auto out = Redact(pdf, "doc-f1", r, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(stats.forms_copied, 3);  // X1 for page 1; X1 and X2 for page 3
  auto after = Extract(*out, "doc-f1r");
  ASSERT_TRUE(after.ok()) << after.error().message;
  ASSERT_EQ(after->pages.size(), 3u);
  EXPECT_EQ(after->pages[0].text.find("Okafor"), std::string::npos);
  EXPECT_NE(after->pages[0].text.find("signed"), std::string::npos);
  EXPECT_NE(after->pages[1].text.find("Okafor signed"), std::string::npos);  // page 2 unchanged
  EXPECT_EQ(after->pages[2].text.find("Okafor"), std::string::npos);
  EXPECT_NE(after->pages[2].text.find("footer"), std::string::npos);
  const std::string path = Write("f1.pdf", *out);
  for (int page : {1, 3}) {
    std::string t = Run("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + path + "' -");
    EXPECT_EQ(t.find("Okafor"), std::string::npos) << page;
  }
  std::string t2 = Run("pdftotext -f 2 -l 2 '" + path + "' -");
  EXPECT_NE(t2.find("Okafor signed"), std::string::npos);
}

// A 4x4 8-bit gray image (all 200) drawn at (100,100)-(300,300) on pages 1 and 2, an inline
// image and a small filled path under the box on page 1, another path outside it.
std::string ImagePdf() {
  const std::string pixels(16, '\xC8');
  const std::string page1 =
      "q 200 0 0 200 100 100 cm /Im1 Do Q\n"
      "q 20 0 0 20 120 400 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x10\x20\x30\x40 EI Q\n"
      "0.3 g 130 450 20 20 re f\n"
      "0.3 g 400 450 20 20 re f\n";
  return AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 612 792] >>",
      "<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Resources << /XObject << /Im1 7 0 R >> >> >>",
      "<< /Type /Page /Parent 2 0 R /Contents 6 0 R /Resources << /XObject << /Im1 7 0 R >> >> >>",
      PdfStream("", page1),
      PdfStream("", "q 200 0 0 200 100 100 cm /Im1 Do Q"),
      PdfStream("/Type /XObject /Subtype /Image /Width 4 /Height 4 /BitsPerComponent 8 /ColorSpace /DeviceGray", pixels),
  });
}

TEST_F(HiddenTest, ImagePixelsUnderABoxAreBlankedEverywhereAndPathsAndInlineImagesRemoved) {
  // Page space: y down from the top (792). The image spans x 100..300, y 492..692. The box
  // covers its left half and the inline image and first path.
  const Box box{90, 300, 200, 700};
  RedactStats stats;
  auto out = Redact(ImagePdf(), "doc-i1", {{0, {box}}}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(stats.images_blanked, 1);
  EXPECT_EQ(stats.inline_images_removed, 1);
  EXPECT_EQ(stats.paths_removed, 1);
  const std::string path = Write("i1.pdf", *out);
  for (int page : {1, 2}) {
    const std::string prefix = (fs::path(dir_) / ("img" + std::to_string(page))).string();
    Run("pdfimages -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + path + "' '" + prefix + "'");
    // pdfimages writes a PGM or (for some gray images) a PPM: read the first channel.
    std::string pnm = ReadFile(prefix + "-000.pgm");
    int channels = 1;
    if (pnm.empty()) {
      pnm = ReadFile(prefix + "-000.ppm");
      channels = 3;
    }
    ASSERT_GE(pnm.size(), 16u * channels) << page;
    std::string data = pnm.substr(pnm.size() - 16 * channels);
    for (int row = 0; row < 4; ++row) {
      for (int col = 0; col < 4; ++col) {
        EXPECT_EQ(static_cast<unsigned char>(data[(row * 4 + col) * channels]), col < 2 ? 0 : 200)
            << page << " " << row << col;
      }
    }
  }
  std::string list = Run("pdfimages -list -f 1 -l 1 '" + path + "'");
  EXPECT_EQ(list.find("inline"), std::string::npos);
  std::string qdf = Run("qpdf --qdf --object-streams=disable '" + path + "' -");
  EXPECT_EQ(qdf.find("130 450 20 20 re"), std::string::npos);
  EXPECT_NE(qdf.find("400 450 20 20 re"), std::string::npos);
  EXPECT_EQ(qdf.find("\x10\x20\x30\x40"), std::string::npos);
}

// A JPEG whose data does not decode (PoDoFo's decoder throws) cannot have pixels blanked:
// under a box it becomes a 1x1 black image, and the document is redacted, not refused.
TEST_F(HiddenTest, UndecodableImageUnderABoxIsReplacedByBlack) {
  const std::string marker = "\xff\xd8\xff\xe0 not really a JPEG \x11\x22\x33\x44\x55\x66";
  const std::string pdf = AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /XObject << /Im0 5 0 R >> >> >>",
      PdfStream("", "q 200 0 0 100 72 600 cm /Im0 Do Q\n"),
      PdfStream("/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceRGB "
                "/BitsPerComponent 8 /Filter /DCTDecode",
                marker),
  });
  RedactStats stats;
  auto out = Redact(pdf, "doc-i2", {{0, {Box{60, 80, 300, 200}}}}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(stats.images_blanked, 1);
  const std::string list = Run("pdfimages -list '" + Write("i2.pdf", *out) + "'");
  EXPECT_NE(list.find("image       1     1  gray    1   8  image"), std::string::npos) << list;
  EXPECT_EQ(out->find("not really a JPEG"), std::string::npos);
  EXPECT_EQ(out->find("\x11\x22\x33\x44\x55\x66"), std::string::npos);
}

// Verify fails a file that still draws an image or a path in a layer that is OFF, and passes
// it once redact has removed them.
TEST_F(HiddenTest, VerifyFailsOnImagesAndPathsInHiddenLayers) {
  auto pdf_with = [](const std::string& content) {
    return AssemblePdf({
        "<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R] >> >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /XObject << /Im0 5 0 R >> /Properties << /L1 6 0 R >> >> >>",
        PdfStream("", content),
        PdfStream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
                  std::string("\x10\x20\x30\x40")),
        "<< /Type /OCG /Name (Hidden layer) >>",
    });
  };
  const std::string image = pdf_with("/OC /L1 BDC q 100 0 0 100 72 600 cm /Im0 Do Q EMC\n");
  const std::string path = pdf_with("/OC /L1 BDC 72 500 100 20 re f EMC\n");
  const std::string shown = pdf_with("q 100 0 0 100 72 600 cm /Im0 Do Q 72 500 100 20 re f\n");
  Status st = Verify(image, "doc-v2", {}, {}, true);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("page 1 still draws an image in a hidden layer"), std::string::npos)
      << st.error().message;
  st = Verify(path, "doc-v2", {}, {}, true);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("a painted path in a hidden layer"), std::string::npos) << st.error().message;
  EXPECT_TRUE(Verify(image, "doc-v2", {}, {}, false).ok());  // only asked for with no_hidden_text
  EXPECT_TRUE(Verify(shown, "doc-v2", {}, {}, true).ok());
  for (const std::string& in : {image, path}) {
    auto out = Redact(in, "doc-v2", {});
    ASSERT_TRUE(out.ok()) << out.error().message;
    EXPECT_TRUE(Verify(*out, "doc-v2", {}, {}, true).ok());
  }
}

TEST_F(HiddenTest, VerifyFindsRedactedStringsInEveryPlaceAndNamesNoText) {
  const std::string secret = "Margaret Ellory";
  auto fails = [&](const std::string& pdf, const std::string& where) {
    Status st = Verify(pdf, "doc-v", {secret}, {});
    EXPECT_FALSE(st.ok()) << where;
    if (!st.ok()) {
      EXPECT_EQ(st.error().message.rfind("verification failed for document doc-v", 0), 0u) << st.error().message;
      EXPECT_EQ(st.error().message.find("argaret"), std::string::npos) << st.error().message;
      EXPECT_EQ(st.error().message.find("llory"), std::string::npos) << st.error().message;
    }
  };
  auto page = [](const std::string& content, const std::string& extra_catalog, const std::string& extra_obj) {
    std::vector<std::string> objs = {
        "<< /Type /Catalog /Pages 2 0 R " + extra_catalog + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
        ">> >>",
        PdfStream("", content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    if (!extra_obj.empty()) objs.push_back(extra_obj);
    return AssemblePdf(objs);
  };
  const std::string clean = page("BT /F1 12 Tf 72 700 Td (nothing to see) Tj ET", "", "");
  EXPECT_TRUE(Verify(clean, "doc-v", {secret}, {0}).ok());
  // Visible text, octal escapes and split across TJ elements, other case and spacing.
  fails(page("BT /F1 12 Tf 72 700 Td [(\\115ARGA) -20 (RET   el) (lory)] TJ ET", "", ""), "text");
  // Hidden in the content as ActualText (not a glyph).
  fails(page("/Span << /ActualText (Margaret Ellory) >> BDC BT /F1 12 Tf 72 700 Td (x) Tj ET EMC", "", ""),
        "actualtext");
  // A string object in UTF-16BE (hex), e.g. an outline title.
  fails(page("BT /F1 12 Tf 72 700 Td (x) Tj ET", "/Extra 6 0 R",
             "<< /Title <FEFF004D006100720067006100720065007400200045006C006C006F00720079> >>"),
        "utf16 string");
  // A stream (XMP-like) in UTF-16LE.
  std::string utf16le;
  for (char c : secret) {
    utf16le.push_back(c);
    utf16le.push_back('\0');
  }
  fails(page("BT /F1 12 Tf 72 700 Td (x) Tj ET", "/Extra 6 0 R", PdfStream("/Type /Metadata", "\xFF\xFE" + utf16le)),
        "utf16le stream");
  // Unknown glyphs on a page that had redactions.
  const std::string symbolic = AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
      ">>",
      PdfStream("", "BT /F1 12 Tf 72 700 Td (xyz) Tj ET"),
      "<< /Type /Font /Subtype /TrueType /BaseFont /Sym /FirstChar 120 /LastChar 122 /Widths [500 500 500] "
      "/FontDescriptor 6 0 R >>",
      "<< /Type /FontDescriptor /FontName /Sym /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 "
      "/Descent -200 /CapHeight 700 /StemV 80 >>",
  });
  EXPECT_TRUE(Verify(symbolic, "doc-v", {}, {}).ok());
  Status unknown = Verify(symbolic, "doc-v", {}, {0});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("page 1"), std::string::npos);
}

TEST_F(HiddenTest, RedactWithVerifyFailsClosedWhenTextSurvives) {
  const std::string pdf = HiddenZooPdf();
  RedactOptions options;
  options.verify = true;
  options.verify_strings = {"Alpha"};  // visible and not under any box: must be caught
  auto out = Redact(pdf, "doc-v2", {}, nullptr, {}, options);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(out.error().message.find("Alpha"), std::string::npos);
  EXPECT_NE(out.error().message.find("page 1"), std::string::npos);
  // Hidden strings are removed by default, so verifying for them passes.
  options.verify_strings = {"Bravo", "golf", "NOVEMBER"};
  auto ok = Redact(pdf, "doc-v2", {}, nullptr, {}, options);
  EXPECT_TRUE(ok.ok()) << ok.error().message;
  // Redacting the visible word with a box passes too.
  auto doc = Extract(pdf, "doc-v2");
  ASSERT_TRUE(doc.ok());
  size_t pos = doc->pages[0].text.find("Alpha");
  options.verify_strings = {"Alpha", "Bravo"};
  auto boxed = Redact(pdf, "doc-v2", {{0, BoxesForSpan(doc->pages[0], pos, pos + 5)}}, nullptr, {}, options);
  EXPECT_TRUE(boxed.ok()) << boxed.error().message;
}

TEST_F(HiddenTest, MarkedContentReplacementTextIsRemovedEverywhere) {
  // Extractors show /ActualText instead of the glyphs it covers; /Alt and /E are read aloud.
  const std::string content =
      "/Span << /ActualText (Margaret Ellory) >> BDC BT /F1 12 Tf 72 720 Td (M. E.) Tj ET EMC\n"
      "/Span /P1 BDC BT /F1 12 Tf 72 700 Td (visitor) Tj ET EMC\n"
      "/Span /P2 BDC BT /F1 12 Tf 72 680 Td (booked) Tj ET EMC\n"
      "/P << /MCID 0 /Alt (Tobias Wrenfield) >> BDC BT /F1 12 Tf 72 660 Td (Kept) Tj ET EMC\n";
  const std::string pdf = AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
      "/Properties << /P1 << /ActualText (Delia Marchbank) >> /P2 6 0 R >> >> >>",
      PdfStream("", content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /E (Orla Pennick) >>",
  });
  const std::string in = Write("in.pdf", pdf);
  ASSERT_NE(Run("pdftotext " + in + " -").find("Margaret Ellory"), std::string::npos);  // the threat is real

  RedactStats stats;
  auto out = Redact(pdf, "doc-mc", {}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  const std::string path = Write("out.pdf", *out);
  const std::string text = Run("pdftotext " + path + " -");
  const std::string dump = Run("qpdf --qdf --object-streams=disable " + path + " -");
  ASSERT_FALSE(dump.empty());
  for (const char* gone : {"Margaret", "Marchbank", "Wrenfield", "Pennick"}) {
    EXPECT_EQ(text.find(gone), std::string::npos) << gone;
    EXPECT_EQ(dump.find(gone), std::string::npos) << gone;
  }
  for (const char* kept : {"M. E.", "visitor", "booked", "Kept"}) EXPECT_NE(text.find(kept), std::string::npos) << kept;
  EXPECT_EQ(stats.glyphs_removed, 0);
}

// Pixel data that spells `word` (8x2 RGB = 48 bytes), so a stream dump shows whether it stayed.
std::string SpelledPixels(const std::string& word) {
  std::string px;
  while (px.size() < 48) px += word + " ";
  return px.substr(0, 48);
}

// Images, an inline image and painted paths in a layer that is OFF (L1) next to the same kinds
// in a layer that is ON (L2) and outside any layer. Image 8 is drawn only in L1, image 9 in L1
// and visibly, image 10 carries /OC L1 itself.
std::string HiddenGraphicsPdf() {
  const std::string content =
      "BT /F1 12 Tf 72 720 Td (Alpha) Tj ET\n"
      "/OC /L1 BDC q 100 0 0 50 72 600 cm /Im1 Do Q EMC\n"
      "/OC /L1 BDC q 100 0 0 50 200 600 cm /Im2 Do Q EMC\n"
      "q 100 0 0 50 320 600 cm /Im2 Do Q\n"
      "q 100 0 0 50 72 530 cm /Im3 Do Q\n"
      "/OC /L1 BDC 0 0 1 rg 72 500 211 20 re f EMC\n"
      "/OC /L2 BDC 1 0 0 rg 72 470 157 20 re f EMC\n"
      "0 1 0 rg 72 440 163 20 re f\n"
      "/OC /L1 BDC q 10 0 0 10 72 400 cm BI /W 1 /H 1 /CS /G /BPC 8 ID x EI Q EMC\n";
  return AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R 7 0 R] /D << /OFF [6 0 R] >> >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
      "/Properties << /L1 6 0 R /L2 7 0 R >> /XObject << /Im1 8 0 R /Im2 9 0 R /Im3 10 0 R >> >> >>",
      PdfStream("", content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Type /OCG /Name (Hidden layer) >>",
      "<< /Type /OCG /Name (Shown layer) >>",
      PdfStream("/Type /XObject /Subtype /Image /Width 8 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8",
                SpelledPixels("Winterbourne")),
      PdfStream("/Type /XObject /Subtype /Image /Width 8 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8",
                SpelledPixels("Ashcombe")),
      PdfStream("/Type /XObject /Subtype /Image /Width 8 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
                "/OC 6 0 R",
                SpelledPixels("Pellingford")),
  });
}

TEST_F(HiddenTest, ImagesAndPathsInOffLayersAreRemovedWithTheirData) {
  const std::string pdf = HiddenGraphicsPdf();
  // pdfimages -list: two header lines, then one row per image shown (poppler skips OFF layers).
  auto images_drawn = [this](const std::string& file, const std::string& bytes) {
    const std::string list = Run("pdfimages -list '" + Write(file, bytes) + "'");
    return std::count(list.begin(), list.end(), '\n') - 2;
  };
  auto dump = [this](const std::string& file, const std::string& bytes) {
    return Run("qpdf --qdf --object-streams=disable '" + Write(file, bytes) + "' -");
  };
  auto count = [](const std::string& text, const std::string& s) {
    size_t n = 0;
    for (size_t at = text.find(s); at != std::string::npos; at = text.find(s, at + 1)) ++n;
    return n;
  };
  ASSERT_EQ(images_drawn("g0.pdf", pdf), 1);
  const std::string before = dump("g0.pdf", pdf);
  for (const char* s : {"Winterbourne", "Ashcombe", "Pellingford", "211 20 re", "157 20 re", "163 20 re", "/Im1 Do",
                        "/Im3 Do", "ID x EI"}) {
    ASSERT_NE(before.find(s), std::string::npos) << s;
  }
  ASSERT_EQ(count(before, "/Im2 Do"), 2u);

  RedactStats stats;
  auto out = Redact(pdf, "doc-g1", {}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(stats.hidden_paints_removed, 5);  // Im1, Im2 (hidden use), Im3, the L1 path, the inline image
  EXPECT_EQ(stats.paths_removed, 0);
  EXPECT_EQ(images_drawn("g1.pdf", *out), 1);  // what is shown is unchanged: Im2's visible drawing
  const std::string after = dump("g1.pdf", *out);
  for (const char* s : {"Winterbourne", "Pellingford", "211 20 re", "/Im1 Do", "/Im3 Do", " BI "}) {
    EXPECT_EQ(after.find(s), std::string::npos) << s;
  }
  for (const char* s : {"Ashcombe", "157 20 re", "163 20 re"}) EXPECT_NE(after.find(s), std::string::npos) << s;
  EXPECT_EQ(count(after, "/Im2 Do"), 1u);
  EXPECT_NE(Run("pdftotext '" + Write("g1.pdf", *out) + "' -").find("Alpha"), std::string::npos);

  RedactOptions keep;
  keep.remove_hidden_text = false;
  auto kept = Redact(pdf, "doc-g2", {}, &stats, {}, keep);
  ASSERT_TRUE(kept.ok()) << kept.error().message;
  EXPECT_EQ(stats.hidden_paints_removed, 0);
  const std::string kept_dump = dump("g2.pdf", *kept);
  for (const char* s : {"Winterbourne", "Pellingford", "211 20 re", "/Im1 Do", "/Im3 Do"}) {
    EXPECT_NE(kept_dump.find(s), std::string::npos) << s;
  }
}

// Text shown in clip modes (Tr 4-7) clips what follows until Q: later text outside it is
// hidden (kClipped), text inside it and text after Q is not; the clip text itself is visible
// in mode 4 and invisible in mode 7.
TEST_F(HiddenTest, TextUsedAsAClipHidesWhatFallsOutsideIt) {
  const std::string content =
      "q BT 7 Tr /F1 12 Tf 72 700 Td (Stencil) Tj 0 -50 Td (Stencil) Tj ET\n"  // clip: x 72-116, y 647-709
      "BT 0 Tr /F1 12 Tf 80 675 Td (In) Tj ET\n"
      "BT 0 Tr /F1 12 Tf 72 600 Td (Outside) Tj ET Q\n"
      "BT /F1 12 Tf 72 500 Td (Restored) Tj ET\n"
      "q BT 4 Tr /F1 12 Tf 300 400 Td (Filled) Tj ET BT 0 Tr /F1 12 Tf 72 300 Td (Away) Tj ET Q\n";
  const std::string pdf = AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      PdfStream("", content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  });
  auto doc = Extract(pdf, "doc-h9");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  const Page& p = doc->pages[0];
  bool found = false;
  EXPECT_EQ(ReasonOf(p, "Stencil", &found), Hidden::kInvisible);
  EXPECT_TRUE(found);
  EXPECT_EQ(ReasonOf(p, "In", &found), Hidden::kNone);
  EXPECT_TRUE(found);
  EXPECT_EQ(ReasonOf(p, "Outside", &found), Hidden::kClipped);
  EXPECT_EQ(ReasonOf(p, "Restored", &found), Hidden::kNone);
  EXPECT_EQ(ReasonOf(p, "Filled", &found), Hidden::kNone);
  EXPECT_EQ(ReasonOf(p, "Away", &found), Hidden::kClipped);
  RedactStats stats;
  auto out = Redact(pdf, "doc-h9", {}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(stats.hidden_glyphs_removed, 7 + 7 + 7 + 4);  // Stencil twice, Outside, Away
  const std::string theirs = Run("pdftotext '" + Write("h9.pdf", *out) + "' -");
  for (const char* w : {"In", "Restored", "Filled"}) EXPECT_NE(theirs.find(w), std::string::npos) << w;
  for (const char* w : {"Outside", "Away"}) EXPECT_EQ(theirs.find(w), std::string::npos) << w;
}

}  // namespace
}  // namespace disclose::pdf
