// disclose-pdfgen: writes a deterministic sample PDF from a text description (see pdfgen.h).
// Usage: disclose-pdfgen --out FILE.pdf INPUT.txt
// Thread-safety: single-threaded command-line tool.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "tests/tools/pdfgen.h"

int main(int argc, char** argv) {
  std::string out, input;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else if (input.empty() && !a.empty() && a[0] != '-') {
      input = a;
    } else {
      std::cerr << "usage: disclose-pdfgen --out FILE.pdf INPUT.txt\n";
      return 2;
    }
  }
  if (out.empty() || input.empty()) {
    std::cerr << "usage: disclose-pdfgen --out FILE.pdf INPUT.txt\n";
    return 2;
  }
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    std::cerr << "disclose-pdfgen: cannot read " << input << "\n";
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string pdf = disclose::testing::GeneratePdf(ss.str());
  std::ofstream o(out, std::ios::binary);
  o << pdf;
  if (!o) {
    std::cerr << "disclose-pdfgen: cannot write " << out << "\n";
    return 1;
  }
  return 0;
}
