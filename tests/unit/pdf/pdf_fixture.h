// The folder-and-tools fixture of the PDF tests: a temporary folder per test, files written
// into it, and external tools (poppler-utils, qpdf) run with their output captured.
// Test-only; not thread-safe.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace disclose::testing {

class PdfFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "pdf_test_XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  // Writes `bytes` to `name` in the test's folder; returns the path.
  std::string Write(const std::string& name, const std::string& bytes) {
    std::string path = (std::filesystem::path(dir_) / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  // Runs a shell command; returns its standard output.
  static std::string Run(const std::string& cmd) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd.c_str(), "r"), pclose);
    if (!p) return out;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p.get())) > 0) out.append(buf, n);
    return out;
  }
  static std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  std::string dir_;
};

}  // namespace disclose::testing
