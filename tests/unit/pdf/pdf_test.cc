// Tests for the PDF adapter: extraction (text, boxes against pdftotext -bbox), kerning/Tc/split
// assembly, rotation, true redaction (pdftotext, qpdf-decompressed bytes, re-extraction,
// positions of kept words, metadata) and hostile input. Uses the sample generator.
// Thread-safety: tests run sequentially.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/pdf/pdf.h"
#include "tests/unit/pdf/pdf_fixture.h"
#include "tests/tools/pdfgen.h"

namespace disclose::pdf {
namespace {

namespace fs = std::filesystem;

struct Word {
  std::string text;
  Box box;
};

class PdfTest : public testing::PdfFolderTest {
 protected:
  // pdftotext -bbox words of page `page` (0-based).
  std::vector<Word> PopplerWords(const std::string& pdf, int page) {
    std::string html = Run("pdftotext -bbox -f " + std::to_string(page + 1) + " -l " + std::to_string(page + 1) +
                           " '" + pdf + "' -");
    std::vector<Word> words;
    std::regex re(R"re(<word xMin="([-0-9.]+)" yMin="([-0-9.]+)" xMax="([-0-9.]+)" yMax="([-0-9.]+)">([^<]*)</word>)re");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it) {
      Word w;
      w.box = Box{std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])};
      w.text = (*it)[5];
      words.push_back(w);
    }
    return words;
  }
  // Our words: maximal runs of non-space text on a line, with their merged boxes.
  static std::vector<Word> OurWords(const Page& page) {
    std::vector<Word> words;
    size_t i = 0;
    const std::string& t = page.text;
    while (i < t.size()) {
      while (i < t.size() && (t[i] == ' ' || t[i] == '\n')) ++i;
      size_t j = i;
      while (j < t.size() && t[j] != ' ' && t[j] != '\n') ++j;
      if (j > i) {
        auto boxes = BoxesForSpan(page, i, j);
        if (boxes.size() == 1) words.push_back({t.substr(i, j - i), boxes[0]});
      }
      i = j;
    }
    return words;
  }
  static std::string Escape(const std::string& s) {  // pdftotext -bbox escapes & < >
    std::string out;
    for (char c : s) {
      if (c == '&') out += "&amp;";
      else if (c == '<') out += "&lt;";
      else if (c == '>') out += "&gt;";
      else if (c == '"') out += "&quot;";
      else out.push_back(c);
    }
    return out;
  }
  // Every poppler word matches one of ours (same text, x within 0.5 pt, baseline-ish y within 1 pt).
  void ExpectBoxesMatchPoppler(const std::string& pdf, const Page& page, double tol_x = 0.5) {
    auto theirs = PopplerWords(pdf, page.index);
    auto ours = OurWords(page);
    ASSERT_FALSE(theirs.empty());
    ASSERT_EQ(theirs.size(), ours.size());
    for (size_t k = 0; k < theirs.size(); ++k) {
      SCOPED_TRACE("word " + std::to_string(k));
      EXPECT_EQ(theirs[k].text, Escape(ours[k].text));
      EXPECT_NEAR(theirs[k].box.x0, ours[k].box.x0, tol_x);
      EXPECT_NEAR(theirs[k].box.x1, ours[k].box.x1, tol_x);
      EXPECT_NEAR(theirs[k].box.y0, ours[k].box.y0, 0.5);
      EXPECT_NEAR(theirs[k].box.y1, ours[k].box.y1, 0.5);
    }
  }
};

const char kLetter[] =
    "Visit log for Daniel Okafor, prison number Q4821KT.\n"
    "Date of birth 14/03/1979; visitor: Aisha Brennan-Lowe.\n"
    "Cell move approved (wing C) & reviewed <twice>; nothing else.\n"
    "%%page\n"
    "%%font Times-Roman\n"
    "Second page: officer Tomasz Wr\xC3\xB3""bel signed at 09:15.\n"
    "%%font Courier\n"
    "Ref: Q4821KT / 14/03/1979\n";

std::string Expected(std::initializer_list<const char*> lines) {
  std::string s;
  for (const char* l : lines) {
    if (!s.empty()) s += "\n";
    s += l;
  }
  return s;
}

TEST_F(PdfTest, ExtractsExactTextPerPage) {
  std::string pdf = testing::GeneratePdf(kLetter);
  auto doc = Extract(pdf, "doc-1");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  ASSERT_EQ(doc->pages.size(), 2u);
  EXPECT_EQ(doc->unknown_glyphs, 0);
  EXPECT_EQ(doc->pages[0].text, Expected({"Visit log for Daniel Okafor, prison number Q4821KT.",
                                          "Date of birth 14/03/1979; visitor: Aisha Brennan-Lowe.",
                                          "Cell move approved (wing C) & reviewed <twice>; nothing else."}));
  EXPECT_EQ(doc->pages[1].text,
            Expected({"Second page: officer Tomasz Wr\xC3\xB3""bel signed at 09:15.", "Ref: Q4821KT / 14/03/1979"}));
  EXPECT_NEAR(doc->pages[0].width, 595.276, 0.01);
  EXPECT_NEAR(doc->pages[0].height, 841.89, 0.01);
  EXPECT_EQ(doc->pages[1].index, 1);
  const Page& p = doc->pages[0];
  ASSERT_EQ(p.glyphs.size(), p.glyph_spans.size());
  for (size_t i = 0; i < p.glyphs.size(); ++i) {
    EXPECT_EQ(p.text.substr(p.glyph_spans[i].first, p.glyph_spans[i].second - p.glyph_spans[i].first),
              p.glyphs[i].text);
    EXPECT_NEAR(p.glyphs[i].font_size, 11, 1e-6);
  }
}

TEST_F(PdfTest, BoxesMatchPdftotext) {
  std::string pdf = testing::GeneratePdf(kLetter);
  std::string path = Write("letter.pdf", pdf);
  auto doc = Extract(pdf, "doc-1");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  for (const Page& page : doc->pages) ExpectBoxesMatchPoppler(path, page);
}

TEST_F(PdfTest, KernTcAndSplitVariantsAssembleWords) {
  const std::string body = "Daniel Okafor Q4821KT 14/03/1979\nVisitor Aisha Brennan-Lowe arrived late\n";
  for (const char* directive : {"%%kern\n", "%%tc 0.5\n", "%%split\n", "%%kern\n%%tc 0.4\n", "%%split\n%%tc 0.6\n"}) {
    SCOPED_TRACE(directive);
    std::string pdf = testing::GeneratePdf(std::string(directive) + body);
    auto doc = Extract(pdf, "doc-2");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->pages[0].text,
              Expected({"Daniel Okafor Q4821KT 14/03/1979", "Visitor Aisha Brennan-Lowe arrived late"}));
    ExpectBoxesMatchPoppler(Write("variant.pdf", pdf), doc->pages[0]);
  }
}

TEST_F(PdfTest, RotatedPagesUseDisplayedCoordinates) {
  for (int rot : {90, 180, 270}) {
    SCOPED_TRACE(rot);
    std::string pdf =
        testing::GeneratePdf("%%rotate " + std::to_string(rot) + "\nDaniel Okafor Q4821KT\nborn 14/03/1979\n");
    auto doc = Extract(pdf, "doc-3");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    const Page& p = doc->pages[0];
    EXPECT_EQ(p.text, Expected({"Daniel Okafor Q4821KT", "born 14/03/1979"}));
    bool landscape = rot != 180;
    EXPECT_NEAR(p.width, landscape ? 841.89 : 595.276, 0.01);
    EXPECT_NEAR(p.height, landscape ? 595.276 : 841.89, 0.01);
    // Text laid out 72 pt from the displayed top-left corner.
    EXPECT_NEAR(p.glyphs[0].box.x0, 72, 0.01);
    // First baseline 83 pt down (72 pt margin + 11 pt size); Helvetica ascent 0.718, descent 0.207.
    EXPECT_NEAR(p.glyphs[0].box.y0, 83 - 0.718 * 11, 0.01);
    EXPECT_NEAR(p.glyphs[0].box.y1, 83 + 0.207 * 11, 0.01);
    ExpectBoxesMatchPoppler(Write("rot.pdf", pdf), p);
  }
}

TEST_F(PdfTest, BoxesForSpanMergesPerLine) {
  std::string pdf = testing::GeneratePdf("Name Daniel\nOkafor here\n");
  auto doc = Extract(pdf, "doc-4");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  const Page& p = doc->pages[0];
  size_t begin = p.text.find("Daniel"), end = p.text.find("Okafor") + 6;
  auto boxes = BoxesForSpan(p, begin, end);
  ASSERT_EQ(boxes.size(), 2u);
  EXPECT_LT(boxes[0].y1, boxes[1].y0 + 0.01);
  EXPECT_LT(boxes[0].x0, boxes[0].x1);
  EXPECT_TRUE(BoxesForSpan(p, 3, 3).empty());
}

struct RedactCase {
  const char* name;
  std::string description;
};

class RedactTest : public PdfTest, public ::testing::WithParamInterface<RedactCase> {};

TEST_P(RedactTest, RemovesTargetsKeepsOthersAndStripsMetadata) {
  const std::string pdf = testing::GeneratePdf(GetParam().description);
  const std::string in_path = Write("in.pdf", pdf);
  auto doc = Extract(pdf, "doc-5");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  const std::vector<std::string> targets = {"Daniel Okafor", "Q4821KT", "14/03/1979"};
  std::vector<PageRedactions> redactions;
  for (const Page& page : doc->pages) {
    PageRedactions r{page.index, {}};
    for (const std::string& t : targets) {
      for (size_t pos = page.text.find(t); pos != std::string::npos; pos = page.text.find(t, pos + 1)) {
        auto boxes = BoxesForSpan(page, pos, pos + t.size());
        r.boxes.insert(r.boxes.end(), boxes.begin(), boxes.end());
      }
    }
    if (!r.boxes.empty()) redactions.push_back(r);
  }
  ASSERT_FALSE(redactions.empty());
  RedactStats stats;
  auto out = Redact(pdf, "doc-5", redactions, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_GT(stats.glyphs_removed, 0);
  EXPECT_EQ(stats.pages_changed, static_cast<int>(redactions.size()));
  const std::string out_path = Write("out.pdf", *out);

  // 1. pdftotext no longer finds the targets but still finds the rest.
  std::string text = Run("pdftotext '" + out_path + "' -");
  for (const char* t : {"Daniel", "Okafor", "Q4821KT", "14/03/1979", "1979"}) {
    EXPECT_EQ(text.find(t), std::string::npos) << t;
  }
  EXPECT_NE(text.find("nothing"), std::string::npos);
  // 2. Decompressed raw bytes do not contain them (nor the metadata author).
  std::string qdf_path = (fs::path(dir_) / "qdf.pdf").string();
  Run("qpdf --qdf --object-streams=disable '" + out_path + "' '" + qdf_path + "'");
  std::string raw = ReadFile(qdf_path);
  ASSERT_FALSE(raw.empty());
  for (const char* t : {"Daniel", "Okafor", "Q4821KT", "14/03/1979", "Margaret Ellory", "Synthetic test"}) {
    EXPECT_EQ(raw.find(t), std::string::npos) << t;
  }
  // 3. Re-extraction with our own reader does not find them.
  auto again = Extract(*out, "doc-5r");
  ASSERT_TRUE(again.ok()) << again.error().message;
  for (const Page& page : again->pages) {
    for (const char* t : {"Daniel", "Okafor", "Q4821KT", "1979"}) EXPECT_EQ(page.text.find(t), std::string::npos);
  }
  // 4. Remaining words keep their positions (pdftotext before and after).
  for (size_t pg = 0; pg < doc->pages.size(); ++pg) {
    auto before = PopplerWords(in_path, static_cast<int>(pg));
    auto after = PopplerWords(out_path, static_cast<int>(pg));
    size_t matched = 0;
    for (const Word& w : after) {
      for (const Word& b : before) {
        bool same_line = std::fabs(b.box.y0 - w.box.y0) < 0.5 && std::fabs(b.box.y1 - w.box.y1) < 0.5;
        bool whole = b.text == w.text && std::fabs(b.box.x0 - w.box.x0) < 0.5 && std::fabs(b.box.x1 - w.box.x1) < 0.5;
        // A fragment left over from a partly redacted word ("Okafor," -> ",") keeps its edge.
        bool suffix = w.text.size() < b.text.size() && b.text.ends_with(w.text) &&
                      std::fabs(b.box.x1 - w.box.x1) < 0.5 && w.box.x0 > b.box.x0;
        bool prefix = w.text.size() < b.text.size() && b.text.starts_with(w.text) &&
                      std::fabs(b.box.x0 - w.box.x0) < 0.5 && w.box.x1 < b.box.x1;
        if (same_line && (whole || suffix || prefix)) {
          ++matched;
          break;
        }
      }
    }
    EXPECT_EQ(matched, after.size()) << "page " << pg << "\n"
                                     << Run("pdftotext -bbox '" + in_path + "' -") << "\n"
                                     << Run("pdftotext -bbox '" + out_path + "' -");
    EXPECT_GE(after.size() + 6, before.size());
  }
  // 5. Metadata gone.
  std::string info = Run("pdfinfo '" + out_path + "'");
  EXPECT_EQ(info.find("Author"), std::string::npos) << info;
  EXPECT_EQ(info.find("Title"), std::string::npos) << info;
  EXPECT_EQ(info.find("Metadata Stream: yes"), std::string::npos) << info;
  EXPECT_TRUE(std::regex_search(info, std::regex("Pages: +" + std::to_string(doc->pages.size()) + "\n"))) << info;
  EXPECT_TRUE(std::regex_search(info, std::regex("Encrypted: +no\n"))) << info;
  // 6. Black boxes drawn.
  EXPECT_EQ(stats.boxes_drawn, static_cast<int>([&] {
              size_t n = 0;
              for (const auto& r : redactions) n += r.boxes.size();
              return n;
            }()));
  EXPECT_NE(raw.find(" re f"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Variants, RedactTest,
    ::testing::Values(RedactCase{"plain", kLetter},
                      RedactCase{"kern", std::string("%%kern\n") + kLetter},
                      RedactCase{"split_tc", std::string("%%split\n%%tc 0.3\n") + kLetter},
                      RedactCase{"rotated", std::string("%%rotate 90\n") + kLetter},
                      RedactCase{"times", "%%font Times-Roman\n%%size 13\nWitness Daniel Okafor (Q4821KT) born "
                                           "14/03/1979 stated nothing.\n"}),
    [](const ::testing::TestParamInfo<RedactCase>& param) { return std::string(param.param.name); });

using disclose::testing::AssemblePdf;
using disclose::testing::PdfStream;

// One page exercising TrueType + ToUnicode, Type0 Identity-H + /W, /Differences, a form
// XObject with its own resources and /Matrix, invisible text, the ' and " operators, and a
// symbolic font without ToUnicode (unknown glyphs).
std::string FontZooPdf() {
  const std::string content =
      "BT /F1 10 Tf 100 700 Td <010203> Tj ET\n"
      "BT /F2 10 Tf 100 680 Td <000100020003> Tj ET\n"
      "BT /F3 10 Tf 100 660 Td (ABC) Tj ET\n"
      "q 1 0 0 1 50 -200 cm /X1 Do Q\n"
      "BT 3 Tr /F3 12 Tf 100 500 Td (Q4821KT) Tj ET\n"
      "BT 0 Tr /F3 12 Tf 14 TL 100 450 Td (Visitor) Tj (Daniel Okafor) ' 2 0.5 (seen here) \" ET\n"
      "BT /F4 10 Tf 100 300 Td (xyz) Tj ET\n";
  return AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R "
      "/F2 7 0 R /F3 10 0 R /F4 13 0 R >> /XObject << /X1 11 0 R >> >> >>",
      PdfStream("", content),
      "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Zoo /FirstChar 1 /LastChar 3 /Widths [600 500 700] "
      "/FontDescriptor 12 0 R /ToUnicode 6 0 R >>",
      PdfStream("", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> "
                 "endcodespacerange 3 beginbfchar <01> <0044> <02> <0061> <03> <006E> endbfchar endcmap"),
      "<< /Type /Font /Subtype /Type0 /BaseFont /Zoo2 /Encoding /Identity-H /DescendantFonts [8 0 R] /ToUnicode 9 0 R >>",
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Zoo2 /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
      "/Supplement 0 >> /FontDescriptor 12 0 R /DW 1000 /W [1 [400 450]] >>",
      PdfStream("", "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0001> <0002> <0416> "
                 "endbfrange"),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding "
      "/WinAnsiEncoding /Differences [65 /B /uni0416 /Eacute] >> >>",
      PdfStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 0 -50] /Resources << /Font << /FX "
             "10 0 R >> >>",
             "BT /FX 12 Tf 100 600 Td (Okafor signed) Tj ET"),
      "<< /Type /FontDescriptor /FontName /ABCDEF+Zoo /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "
      "/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
      "<< /Type /Font /Subtype /TrueType /BaseFont /Sym /FirstChar 120 /LastChar 122 /Widths [500 500 500] "
      "/FontDescriptor 12 0 R >>",
  });
}

TEST_F(PdfTest, FontsEncodingsFormsAndOperators) {
  std::string pdf = FontZooPdf();
  auto doc = Extract(pdf, "doc-8");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  const Page& p = doc->pages[0];
  EXPECT_EQ(p.text, Expected({"Dan", "\xD0\x96\xD0\x97\xEF\xBF\xBD", "B\xD0\x96\xC3\x89", "Q4821KT", "Visitor",
                              "Daniel Okafor", "seen here", "Okafor signed", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"}));
  EXPECT_EQ(doc->unknown_glyphs, 4);  // one unmapped CID + three symbolic TrueType codes
  // TrueType /Widths: D=600, a=500 at 10 pt from x=100.
  EXPECT_NEAR(p.glyphs[0].box.x0, 100, 1e-6);
  EXPECT_NEAR(p.glyphs[1].box.x0, 106, 1e-6);
  EXPECT_NEAR(p.glyphs[2].box.x0, 111, 1e-6);
  EXPECT_NEAR(p.glyphs[0].box.y0, 792 - 700 - 8, 1e-6);  // Ascent 800 from the descriptor
  // Type0 /W: CID 1 = 400, CID 2 = 450, CID 3 = DW 1000.
  EXPECT_NEAR(p.glyphs[4].box.x0, 104, 1e-6);
  EXPECT_NEAR(p.glyphs[5].box.x1, 118.5, 1e-6);
  EXPECT_FALSE(p.glyphs[5].unicode_known);
  // Form: /Matrix (-50) and cm (-200): baseline at 792 - (600 - 250) = 442.
  size_t okafor = p.text.find("Okafor signed");
  auto boxes = BoxesForSpan(p, okafor, okafor + 6);
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_NEAR(boxes[0].x0, 150, 1e-6);
  EXPECT_NEAR(boxes[0].y1, 442 + 0.207 * 12, 1e-6);
  // Invisible text is extracted with its render mode.
  size_t q = p.text.find("Q4821KT");
  ASSERT_NE(q, std::string::npos);
  for (size_t i = 0; i < p.glyphs.size(); ++i) {
    if (p.glyph_spans[i].first == q) {
      EXPECT_EQ(p.glyphs[i].render_mode, 3);
    }
  }
  // Poppler agrees on the text it can decode.
  std::string theirs = Run("pdftotext -raw '" + Write("zoo.pdf", pdf) + "' -");
  for (const char* w : {"Dan", "Okafor signed", "Visitor", "Daniel Okafor", "seen here", "Q4821KT"}) {
    EXPECT_NE(theirs.find(w), std::string::npos) << w;
  }
}

TEST_F(PdfTest, RedactsAcrossFontsFormsAndOperators) {
  std::string pdf = FontZooPdf();
  auto doc = Extract(pdf, "doc-9");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  const Page& p = doc->pages[0];
  PageRedactions r{0, {}};
  for (const std::string& t : {std::string("Dan\n"), std::string("\xD0\x96\xD0\x97"), std::string("Okafor signed"),
                               std::string("Q4821KT"), std::string("Daniel Okafor")}) {
    size_t pos = p.text.find(t);
    ASSERT_NE(pos, std::string::npos) << t;
    auto boxes = BoxesForSpan(p, pos, pos + (t.back() == '\n' ? t.size() - 1 : t.size()));
    r.boxes.insert(r.boxes.end(), boxes.begin(), boxes.end());
  }
  RedactStats stats;
  auto out = Redact(pdf, "doc-9", {r}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(stats.glyphs_removed, 3 + 2 + 13 + 7 + 13);
  auto again = Extract(*out, "doc-9r");
  ASSERT_TRUE(again.ok()) << again.error().message;
  const Page& a = again->pages[0];
  EXPECT_EQ(a.text, Expected({"\xEF\xBF\xBD", "B\xD0\x96\xC3\x89", "Visitor", "seen here",
                              "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"}));
  std::string text = Run("pdftotext '" + Write("zoo-out.pdf", *out) + "' -");
  for (const char* t : {"Dan", "Okafor", "Q4821KT", "signed"}) EXPECT_EQ(text.find(t), std::string::npos) << t;
  // Kept glyphs did not move.
  auto find_box = [](const Page& page, const std::string& t) {
    size_t pos = page.text.find(t);
    return pos == std::string::npos ? Box{} : BoxesForSpan(page, pos, pos + t.size()).at(0);
  };
  for (const char* t : {"seen here", "Visitor", "B\xD0\x96"}) {
    Box b0 = find_box(p, t), b1 = find_box(a, t);
    EXPECT_NEAR(b0.x0, b1.x0, 1e-3) << t;
    EXPECT_NEAR(b0.x1, b1.x1, 1e-3) << t;
    EXPECT_NEAR(b0.y0, b1.y0, 1e-3) << t;
  }
}

TEST_F(PdfTest, EncryptedInputOwnerOnlyIsRedactedUserPasswordIsRefused) {
  const std::string plain = Write("plain.pdf", testing::GeneratePdf(kLetter));
  const std::string owner_only = (fs::path(dir_) / "owner.pdf").string();
  const std::string user_pw = (fs::path(dir_) / "user.pdf").string();
  Run("qpdf --allow-weak-crypto --encrypt '' owner-secret 128 --use-aes=n -- '" + plain + "' '" + owner_only + "'");
  Run("qpdf --encrypt user-secret owner-secret 256 -- '" + plain + "' '" + user_pw + "'");
  std::string rc4 = ReadFile(owner_only);
  ASSERT_NE(rc4.find("/Encrypt"), std::string::npos);
  auto doc = Extract(rc4, "doc-10");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  size_t pos = doc->pages[0].text.find("Q4821KT");
  ASSERT_NE(pos, std::string::npos);
  auto out = Redact(rc4, "doc-10", {{0, BoxesForSpan(doc->pages[0], pos, pos + 7)}});
  ASSERT_TRUE(out.ok()) << out.error().message;
  std::string out_path = Write("owner-out.pdf", *out);
  std::string info = Run("pdfinfo '" + out_path + "'");
  EXPECT_TRUE(std::regex_search(info, std::regex("Encrypted: +no\n"))) << info;
  std::string text = Run("pdftotext -l 1 '" + out_path + "' -");
  EXPECT_NE(text.find("Daniel Okafor"), std::string::npos);
  EXPECT_EQ(text.find("Q4821KT"), std::string::npos);

  auto refused = Extract(ReadFile(user_pw), "doc-11");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::kUnsupported);
  EXPECT_EQ(Redact(ReadFile(user_pw), "doc-11", {}).error().kind, ErrorKind::kUnsupported);
}

TEST_F(PdfTest, AdjacentGlyphsSharingAnEdgeAreKept) {
  std::string pdf = testing::GeneratePdf("AB\n");
  auto doc = Extract(pdf, "doc-6");
  ASSERT_TRUE(doc.ok());
  const Page& p = doc->pages[0];
  ASSERT_EQ(p.glyphs.size(), 2u);
  RedactStats stats;
  auto out = Redact(pdf, "doc-6", {{0, {p.glyphs[0].box}}}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(stats.glyphs_removed, 1);
  auto again = Extract(*out, "doc-6r");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->pages[0].text, "B");
  EXPECT_NEAR(again->pages[0].glyphs[0].box.x0, p.glyphs[1].box.x0, 1e-3);
}

TEST_F(PdfTest, KernedAndTightlySpacedNeighboursAreKept) {
  // "AV" kerned so that V overlaps A by 1.32 pt; two lines only 8 pt apart at 11 pt.
  const std::string content =
      "BT /F1 11 Tf 100 700 Td [(A) 120 (V)] TJ ET\n"
      "BT /F1 11 Tf 8 TL 100 600 Td (Okafor) Tj T* (Brennan) Tj ET\n";
  std::string pdf = AssemblePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << "
                              "/Font << /F1 5 0 R >> >> >>",
                              PdfStream("", content),
                              "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"});
  auto doc = Extract(pdf, "doc-12");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  const Page& p = doc->pages[0];
  ASSERT_EQ(p.text, Expected({"AV", "Okafor", "Brennan"}));
  EXPECT_GT(p.glyphs[0].box.x1, p.glyphs[1].box.x0 + 1);  // the boxes really overlap
  size_t okafor = p.text.find("Okafor");
  auto boxes = BoxesForSpan(p, okafor, okafor + 6);
  boxes.push_back(p.glyphs[0].box);
  RedactStats stats;
  auto out = Redact(pdf, "doc-12", {{0, boxes}}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(stats.glyphs_removed, 7);
  auto again = Extract(*out, "doc-12r");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->pages[0].text, Expected({"V", "Brennan"}));
}

TEST_F(PdfTest, OverprintedFakeBoldIsReadOnceAndRedactedWhole) {
  const std::string content =
      "BT /F1 11 Tf 100 700 Td (Okafor) Tj ET\nBT /F1 11 Tf 100.3 700 Td (Okafor) Tj ET\n"
      "BT /F1 11 Tf 160 700 Td (visited) Tj ET\n";
  std::string pdf = AssemblePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << "
                              "/Font << /F1 5 0 R >> >> >>",
                              PdfStream("", content),
                              "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"});
  auto doc = Extract(pdf, "doc-13");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  const Page& p = doc->pages[0];
  EXPECT_EQ(p.text, "Okafor visited");
  EXPECT_EQ(p.glyphs.size(), 19u);
  RedactStats stats;
  auto out = Redact(pdf, "doc-13", {{0, BoxesForSpan(p, 0, 6)}}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(stats.glyphs_removed, 12);
  auto again = Extract(*out, "doc-13r");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->pages[0].text, "visited");
}

TEST_F(PdfTest, GlyphFloodIsRefused) {
  std::string content = "BT /F1 1 Tf 0 0 Td (" + std::string(1'050'000, 'x') + ") Tj ET";
  std::string pdf = AssemblePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << "
                              "/Font << /F1 5 0 R >> >> >>",
                              PdfStream("", content),
                              "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"});
  auto doc = Extract(pdf, "doc-14");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(doc.error().message.find("doc-14 page 1"), std::string::npos) << doc.error().message;
}

TEST_F(PdfTest, HostileInputGivesErrorsNotCrashes) {
  for (const char* f : {"garbage.pdf", "nasty_no_xref.pdf", "crash_aes256_noPerms.pdf"}) {
    SCOPED_TRACE(f);
    std::string bytes = ReadFile(std::string(DISCLOSE_HOSTILE_DIR) + "/" + f);
    ASSERT_FALSE(bytes.empty());
    auto doc = Extract(bytes, "hostile-1");
    ASSERT_FALSE(doc.ok());
    EXPECT_NE(doc.error().message.find("hostile-1"), std::string::npos);
    auto red = Redact(bytes, "hostile-1", {});
    EXPECT_FALSE(red.ok());
  }
  EXPECT_EQ(Extract("hello", "x").error().kind, ErrorKind::kInvalidInput);
  // A file whose page tree yields no pages is refused rather than treated as empty.
  std::string no_pages = AssemblePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"});
  EXPECT_EQ(Extract(no_pages, "x").error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(Redact(no_pages, "x", {}).error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(Extract("", "x").error().kind, ErrorKind::kInvalidInput);
  // Every corpus file ends in a value or an error within limits (none may crash the test).
  Limits small;
  small.max_stream_bytes = 8u << 20;
  for (const auto& entry : fs::directory_iterator(DISCLOSE_HOSTILE_DIR)) {
    SCOPED_TRACE(entry.path().filename().string());
    std::string bytes = ReadFile(entry.path().string());
    auto doc = Extract(bytes, "hostile-2", small);
    if (!doc.ok()) {
      EXPECT_FALSE(doc.error().message.empty());
    }
    auto red = Redact(bytes, "hostile-2", {}, nullptr, small);
    if (!red.ok()) {
      EXPECT_FALSE(red.error().message.empty());
    }
  }
}

TEST_F(PdfTest, SizeAndPageLimitsAreEnforced) {
  std::string pdf = testing::GeneratePdf("one\n%%page\ntwo\n%%page\nthree\n");
  Limits l;
  l.max_pages = 2;
  EXPECT_EQ(Extract(pdf, "doc-7", l).error().kind, ErrorKind::kInvalidInput);
  l = Limits{};
  l.max_bytes = 100;
  EXPECT_EQ(Extract(pdf, "doc-7", l).error().kind, ErrorKind::kInvalidInput);
  EXPECT_TRUE(Extract(pdf, "doc-7").ok());
}

TEST_F(PdfTest, GeneratorIsDeterministic) {
  EXPECT_EQ(testing::GeneratePdf(kLetter), testing::GeneratePdf(kLetter));
  std::string path = Write("gen.pdf", testing::GeneratePdf(kLetter));
  std::string info = Run("pdfinfo '" + path + "'");
  EXPECT_TRUE(std::regex_search(info, std::regex("Author: +Margaret Ellory\n"))) << info;
  EXPECT_TRUE(std::regex_search(info, std::regex("Pages: +2\n"))) << info;
}

}  // namespace
}  // namespace disclose::pdf
