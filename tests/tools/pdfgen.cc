// disclose-pdfgen: writes deterministic sample PDFs (see pdfgen.h).
// Usage: disclose-pdfgen --out FILE.pdf INPUT.txt   one PDF from a description
//        disclose-pdfgen --cases OUTDIR [--only NAME]
//            every sample case: OUTDIR/<case>.pdf, OUTDIR/<case>.json (sidecar: checks, pages,
//            the strings that must be redacted and the words that must stay, with their 1-based
//            page; page 0 = not page text), OUTDIR/<case>.txt (the description) and
//            OUTDIR/bundle.json (the data subject shared by all cases).
// Thread-safety: single-threaded command-line tool.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/tools/pdfgen.h"

namespace {

namespace fs = std::filesystem;
namespace gen = disclose::testing;

constexpr const char* kUsage =
    "usage: disclose-pdfgen --out FILE.pdf INPUT.txt\n"
    "       disclose-pdfgen --cases OUTDIR [--only NAME]\n";

bool WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream o(path, std::ios::binary);
  o << bytes;
  return static_cast<bool>(o);
}

nlohmann::json Strings(const std::vector<gen::PdfCaseString>& list) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : list) out.push_back({{"text", s.text}, {"page", s.page}});
  return out;
}

int WriteCases(const fs::path& dir, const std::string& only) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!WriteFile(dir / "bundle.json", gen::SampleBundleJson())) {
    std::cerr << "disclose-pdfgen: cannot write " << (dir / "bundle.json").string() << "\n";
    return 1;
  }
  int written = 0;
  for (const gen::PdfCase& c : gen::SampleCases()) {
    if (!only.empty() && c.name != only) continue;
    auto pdf = gen::TryGeneratePdf(c.description, c.options);
    if (!pdf.ok()) {
      std::cerr << "disclose-pdfgen: case " << c.name << ": " << pdf.error().message << "\n";
      return 1;
    }
    nlohmann::json side = {{"case", c.name},
                           {"checks", c.checks},
                           {"pages", c.pages},
                           {"image_under_redaction", c.image_under_redaction},
                           {"redact", Strings(c.redact)},
                           {"keep", Strings(c.keep)}};
    if (!WriteFile(dir / (c.name + ".pdf"), *pdf) || !WriteFile(dir / (c.name + ".json"), side.dump(1) + "\n") ||
        !WriteFile(dir / (c.name + ".txt"), c.description)) {
      std::cerr << "disclose-pdfgen: cannot write case " << c.name << " into " << dir.string() << "\n";
      return 1;
    }
    ++written;
  }
  if (written == 0) {
    std::cerr << "disclose-pdfgen: no case named " << only << "\n";
    return 2;
  }
  std::cout << written << " cases written to " << dir.string() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out, input, cases, only;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else if (a == "--cases" && i + 1 < argc) {
      cases = argv[++i];
    } else if (a == "--only" && i + 1 < argc) {
      only = argv[++i];
    } else if (input.empty() && !a.empty() && a[0] != '-') {
      input = a;
    } else {
      std::cerr << kUsage;
      return 2;
    }
  }
  if (!cases.empty()) return WriteCases(cases, only);
  if (out.empty() || input.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    std::cerr << "disclose-pdfgen: cannot read " << input << "\n";
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  auto pdf = gen::TryGeneratePdf(ss.str());
  if (!pdf.ok()) {
    std::cerr << "disclose-pdfgen: " << pdf.error().message << "\n";
    return 1;
  }
  if (!WriteFile(out, *pdf)) {
    std::cerr << "disclose-pdfgen: cannot write " << out << "\n";
    return 1;
  }
  return 0;
}
