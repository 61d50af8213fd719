// Sample PDF generator (library part). See pdfgen.h.
// Thread-safety: pure functions.
#include "tests/tools/pdfgen.h"

#include <cstdio>
#include <sstream>
#include <vector>

namespace disclose::testing {
namespace {

constexpr double kPageW = 595.276, kPageH = 841.89, kMargin = 72, kLeading = 14;

// UTF-8 -> WinAnsi bytes ('?' for characters outside WinAnsi).
std::string ToWinAnsi(std::string_view s) {
  static const struct { unsigned u; unsigned char c; } kHigh[] = {
      {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
      {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
      {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
      {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
      {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}};
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    unsigned cp = c;
    int n = 1;
    if (c >= 0xF0) n = 4, cp = c & 0x07;
    else if (c >= 0xE0) n = 3, cp = c & 0x0F;
    else if (c >= 0xC0) n = 2, cp = c & 0x1F;
    for (int k = 1; k < n && i + static_cast<size_t>(k) < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    i += static_cast<size_t>(n);
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
      out.push_back(static_cast<char>(cp));
      continue;
    }
    char mapped = '?';
    for (const auto& h : kHigh) {
      if (h.u == cp) mapped = static_cast<char>(h.c);
    }
    out.push_back(mapped);
  }
  return out;
}

std::string Literal(std::string_view bytes) {
  std::string out = "(";
  for (char c : bytes) {
    if (c == '(' || c == ')' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back(')');
  return out;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  std::string s(buf);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::vector<std::string> Words(std::string_view line) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : line) {
    if (c == ' ') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

struct PageOut {
  std::string content;
  int rotate = 0;
};

}  // namespace

std::string GeneratePdf(std::string_view description, const PdfGenOptions& options) {
  std::vector<PageOut> pages(1);
  std::string font = "F1";
  double size = 11, tc = 0;
  bool kern = false, split = false;
  double y = 0;
  bool page_started = false;
  auto start_page_if_needed = [&]() {
    if (page_started) return;
    page_started = true;
    PageOut& p = pages.back();
    double layout_h = (p.rotate == 90 || p.rotate == 270) ? kPageW : kPageH;
    switch (p.rotate) {
      case 90: p.content += "q 0 1 -1 0 " + Num(kPageW) + " 0 cm\n"; break;
      case 180: p.content += "q -1 0 0 -1 " + Num(kPageW) + " " + Num(kPageH) + " cm\n"; break;
      case 270: p.content += "q 0 -1 1 0 0 " + Num(kPageH) + " cm\n"; break;
      default: p.content += "q\n";
    }
    y = layout_h - kMargin - size;
  };
  std::istringstream in{std::string(description)};
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("%%", 0) == 0) {
      std::istringstream d(line.substr(2));
      std::string cmd, arg;
      d >> cmd >> arg;
      if (cmd == "page") {
        if (page_started) pages.back().content += "Q\n";
        pages.emplace_back();
        page_started = false;
      } else if (cmd == "font") {
        font = arg == "Times-Roman" ? "F2" : arg == "Courier" ? "F3" : "F1";
      } else if (cmd == "size") {
        size = std::stod(arg);
      } else if (cmd == "kern") {
        kern = true, split = false;
      } else if (cmd == "split") {
        split = true, kern = false;
      } else if (cmd == "plain") {
        split = false, kern = false;
      } else if (cmd == "tc") {
        tc = std::stod(arg);
      } else if (cmd == "rotate") {
        pages.back().rotate = std::stoi(arg);
      }
      continue;
    }
    start_page_if_needed();
    std::string& c = pages.back().content;
    c += "BT /" + font + " " + Num(size) + " Tf " + Num(tc) + " Tc " + Num(kMargin) + " " + Num(y) + " Td ";
    std::vector<std::string> words = Words(line);
    if (kern) {
      c += "[";
      for (size_t w = 0; w < words.size(); ++w) {
        if (w > 0) c += " -300 ";
        std::string bytes = ToWinAnsi(words[w]);
        // Small kerns after every second byte: alternately -15 and 12.
        for (size_t i = 0; i < bytes.size(); i += 2) {
          if (i > 0) c += (i / 2) % 2 ? " -15 " : " 12 ";
          c += Literal(bytes.substr(i, 2));
        }
      }
      c += "] TJ";
    } else if (split) {
      for (size_t w = 0; w < words.size(); ++w) {
        if (w > 0) c += "( ) Tj ";
        std::string bytes = ToWinAnsi(words[w]);
        for (size_t i = 0; i < bytes.size(); i += 3) c += Literal(bytes.substr(i, 3)) + " Tj ";
      }
    } else {
      c += Literal(ToWinAnsi(line)) + " Tj";
    }
    c += " ET\n";
    y -= kLeading;
  }
  if (page_started) pages.back().content += "Q\n";

  // Objects: 1 catalog, 2 pages, 3 info, 4 metadata, 5-7 fonts, then page + content pairs.
  std::vector<std::string> objs;
  std::string kids;
  for (size_t i = 0; i < pages.size(); ++i) kids += std::to_string(8 + 2 * i) + " 0 R ";
  std::string xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                    "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    "<dc:creator><rdf:Seq><rdf:li>" + options.author + "</rdf:li></rdf:Seq></dc:creator>"
                    "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
  objs.push_back("<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>");
  objs.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>");
  objs.push_back("<< /Title " + Literal(ToWinAnsi(options.title)) + " /Author " + Literal(ToWinAnsi(options.author)) +
                 " /Producer (disclose-pdfgen) >>");
  objs.push_back("<< /Type /Metadata /Subtype /XML /Length " + std::to_string(xmp.size()) + " >>\nstream\n" + xmp +
                 "\nendstream");
  for (const char* f : {"Helvetica", "Times-Roman", "Courier"}) {
    objs.push_back(std::string("<< /Type /Font /Subtype /Type1 /BaseFont /") + f + " /Encoding /WinAnsiEncoding >>");
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    std::string rot = pages[i].rotate != 0 ? " /Rotate " + std::to_string(pages[i].rotate) : "";
    objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + Num(kPageW) + " " + Num(kPageH) + "]" + rot +
                   " /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> /Contents " +
                   std::to_string(9 + 2 * i) + " 0 R >>");
    const std::string& content = pages[i].content;
    objs.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream");
  }
  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R /Info 3 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace disclose::testing
