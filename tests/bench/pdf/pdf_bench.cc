// pdf_bench: measures the PDF adapter on generated files and prints a table.
//   dense-100   100 pages, ~5,400 glyphs a page (6 pt Helvetica, half the pages TJ-kerned)
//   letter-500  500 pages, ~2,000 glyphs a page (11 pt, case-notes style)
// For each: extraction pages/s in-process and through pdf::IsolatedExtract (exec mode),
// `pdftotext` pages/s on the same file (both single-threaded; best of --runs), redaction
// pages/s (one box per page over a name, in-process and isolated), and peak resident memory of
// the worker processes (getrusage via wait4) and of this process.
// Usage: pdf_bench [--runs=N] [--keep DIR]   (DIR keeps the generated PDFs)
// Synthetic text only. Not a pass/fail test; figures are for the closing notes.
// Thread-safety: single-threaded.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/pdf/pdf.h"
#include "pipeline/pdf/worker.h"
#include "tests/tools/pdfgen.h"

namespace {

namespace fs = std::filesystem;
namespace pdf = disclose::pdf;

const char* const kWords[] = {"visit",  "officer", "wing",     "recorded", "review",  "cell",   "request",
                              "noted",  "hearing", "probation", "report",  "contact", "family", "approved",
                              "refused", "letter",  "meeting",  "custody", "seen",    "by"};

// Deterministic pseudo-text: `chars` characters of words.
std::string Line(unsigned seed, size_t chars) {
  std::string s;
  unsigned x = seed * 2654435761u + 12345u;
  while (s.size() < chars) {
    x = x * 1103515245u + 12345u;
    if (!s.empty()) s += ' ';
    s += kWords[(x >> 16) % (sizeof kWords / sizeof kWords[0])];
    if ((x >> 8) % 17 == 0) s += " Q" + std::to_string(1000 + (x >> 4) % 9000) + "KT";
  }
  return s;
}

std::string Dense(int pages) {
  std::string d = "%%size 6\n";
  for (int p = 0; p < pages; ++p) {
    if (p > 0) d += "%%page\n";
    d += (p % 2 == 0) ? "%%plain\n" : "%%kern\n";
    d += "Subject visitor Harriet Quenby-Vale page " + std::to_string(p + 1) + "\n";
    for (int l = 0; l < 48; ++l) d += Line(static_cast<unsigned>(p * 100 + l), 112) + "\n";
  }
  return d;
}

std::string Letter(int pages) {
  std::string d;
  for (int p = 0; p < pages; ++p) {
    if (p > 0) d += "%%page\n";
    d += "Case note " + std::to_string(p + 1) + ": visitor Harriet Quenby-Vale attended.\n";
    for (int l = 0; l < 34; ++l) d += Line(static_cast<unsigned>(p * 100 + l), 60) + "\n";
  }
  return d;
}

double Seconds(const std::function<void()>& fn, int runs) {
  double best = 1e30;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

// Wall time of `pdftotext FILE /dev/null` (a child; its own clock), best of `runs`; <0 if absent.
double PdftotextSeconds(const std::string& path, int runs) {
  const std::string cmd = "pdftotext -q '" + path + "' /dev/null";
  double best = 1e30;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    if (std::system(cmd.c_str()) != 0) return -1;
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

void Bench(const std::string& label, const std::string& bytes, int pages, const fs::path& dir, int runs) {
  const std::string path = (dir / (label + ".pdf")).string();
  std::ofstream(path, std::ios::binary) << bytes;

  auto doc = pdf::Extract(bytes, label);
  if (!doc.ok()) {
    std::printf("%s: extraction failed: %s\n", label.c_str(), doc.error().message.c_str());
    return;
  }
  size_t glyphs = 0;
  for (const auto& p : doc->pages) glyphs += p.glyphs.size();
  // One box per page: over the visitor's name on the first line.
  std::vector<pdf::PageRedactions> boxes;
  for (const auto& p : doc->pages) {
    size_t at = p.text.find("Harriet Quenby-Vale");
    if (at != std::string::npos) boxes.push_back({p.index, pdf::BoxesForSpan(p, at, at + 19)});
  }

  const double extract_s = Seconds([&] { (void)pdf::Extract(bytes, label); }, runs);
  pdf::WorkerReport extract_report;
  const double iso_extract_s =
      Seconds([&] { (void)pdf::IsolatedExtract(bytes, label, {}, pdf::IsolationOptions::SelfExec(), &extract_report); }, runs);
  const double poppler_s = PdftotextSeconds(path, runs);
  pdf::RedactStats stats;
  const double redact_s = Seconds([&] { (void)pdf::Redact(bytes, label, boxes, &stats); }, runs);
  pdf::WorkerReport redact_report;
  const double iso_redact_s =
      Seconds([&] { (void)pdf::IsolatedRedact(bytes, label, boxes, nullptr, {}, pdf::IsolationOptions::SelfExec(), &redact_report); }, runs);

  std::printf("%s: %d pages, %.1f MB, %zu glyphs (%.0f/page), %d glyphs removed\n", label.c_str(), pages,
              static_cast<double>(bytes.size()) / 1e6, glyphs, static_cast<double>(glyphs) / pages,
              stats.glyphs_removed);
  std::printf("  extract in-process   %8.0f pages/s  (%.3f s)\n", pages / extract_s, extract_s);
  std::printf("  extract isolated     %8.0f pages/s  (%.3f s)  worker peak %ld MiB\n", pages / iso_extract_s,
              iso_extract_s, extract_report.max_rss_kib / 1024);
  if (poppler_s > 0) {
    std::printf("  pdftotext            %8.0f pages/s  (%.3f s)  ratio ours/pdftotext %.2f (in-process), %.2f "
                "(isolated)\n",
                pages / poppler_s, poppler_s, poppler_s / extract_s, poppler_s / iso_extract_s);
  }
  std::printf("  redact in-process    %8.0f pages/s  (%.3f s)\n", pages / redact_s, redact_s);
  std::printf("  redact isolated      %8.0f pages/s  (%.3f s)  worker peak %ld MiB\n", pages / iso_redact_s,
              iso_redact_s, redact_report.max_rss_kib / 1024);
}

}  // namespace

int main(int argc, char** argv) {
  // The isolated runs exec this binary as their worker, so that the worker's peak memory is
  // its own (a forked child would count the parent's resident pages too).
  if (argc >= 2 && std::string(argv[1]) == "pdf-worker") _exit(pdf::RunPdfWorker(0, 1));
  int runs = 3;
  std::string keep;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--runs=", 0) == 0) {
      runs = std::max(1, std::atoi(a.c_str() + 7));
    } else if (a == "--keep" && i + 1 < argc) {
      keep = argv[++i];
    } else {
      std::fprintf(stderr, "usage: pdf_bench [--runs=N] [--keep DIR]\n");
      return 2;
    }
  }
  fs::path dir = keep.empty() ? fs::temp_directory_path() / ("pdf_bench_" + std::to_string(getpid())) : fs::path(keep);
  fs::create_directories(dir);
  Bench("dense-100", disclose::testing::GeneratePdf(Dense(100)), 100, dir, runs);
  Bench("letter-500", disclose::testing::GeneratePdf(Letter(500)), 500, dir, runs);
  rusage self{};
  getrusage(RUSAGE_SELF, &self);
  std::printf("peak resident memory of this process (in-process runs, both files): %ld MiB\n", self.ru_maxrss / 1024);
  if (keep.empty()) fs::remove_all(dir);
  return 0;
}
