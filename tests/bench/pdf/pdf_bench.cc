// pdf_bench: measures the PDF adapter on generated files and prints a table.
//   dense-100   100 pages, ~5,400 glyphs a page (6 pt Helvetica, half the pages TJ-kerned)
//   letter-500  500 pages, ~2,000 glyphs a page (11 pt, case-notes style)
//   long-500    the leak test's 500-page sample (tests/tools SampleCases "long-500")
//   mixed       every leak-test sample case (all font kinds, hidden text, forms, images...)
// For each: extraction pages/s in-process and through pdf::IsolatedExtract (exec mode, the
// dedicated disclose-pdf-worker as `disclose` uses it),
// `pdftotext` pages/s on the same file (both single-threaded; best of --runs), redaction
// pages/s (boxes over the third-party strings, in-process and isolated), and peak resident
// memory of the worker processes (the worker's own VmHWM) and of this process.
// Pin to one core for the side-by-side with pdftotext: taskset -c 0 pdf_bench (compare.sh).
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

// The worker `disclose` uses: the dedicated executable (built with this benchmark), else this
// binary itself (`pdf_bench pdf-worker`).
pdf::IsolationOptions Worker() {
  pdf::IsolationOptions o = pdf::IsolationOptions::SelfExec();
#ifdef DISCLOSE_PDF_WORKER
  if (access(DISCLOSE_PDF_WORKER, X_OK) == 0) o.worker_executable = DISCLOSE_PDF_WORKER;
#endif
  return o;
}

struct Doc {
  std::string name;
  std::string bytes;
  std::vector<std::string> targets;  // strings to box for redaction (each occurrence on each page)
};

// Extraction and redaction figures for a set of documents (one file or the mixed set).
void Bench(const std::string& label, const std::vector<Doc>& docs, const fs::path& dir, int runs) {
  size_t glyphs = 0, bytes_total = 0;
  int pages = 0;
  std::vector<std::string> paths;
  std::vector<std::vector<pdf::PageRedactions>> boxes(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    const std::string path = (dir / (docs[d].name + ".pdf")).string();
    std::ofstream(path, std::ios::binary) << docs[d].bytes;
    paths.push_back(path);
    bytes_total += docs[d].bytes.size();
    auto doc = pdf::Extract(docs[d].bytes, docs[d].name);
    if (!doc.ok()) {
      std::printf("%s: extraction of %s failed: %s\n", label.c_str(), docs[d].name.c_str(), doc.error().message.c_str());
      return;
    }
    pages += static_cast<int>(doc->pages.size());
    for (const auto& p : doc->pages) {
      glyphs += p.glyphs.size();
      pdf::PageRedactions r{p.index, {}};
      for (const std::string& t : docs[d].targets) {
        for (size_t at = p.text.find(t); at != std::string::npos; at = p.text.find(t, at + t.size())) {
          for (const pdf::Box& b : pdf::BoxesForSpan(p, at, at + t.size())) r.boxes.push_back(b);
        }
      }
      if (!r.boxes.empty()) boxes[d].push_back(std::move(r));
    }
  }
  auto each = [&](const std::function<void(size_t)>& fn) {
    return [&docs, fn] {
      for (size_t d = 0; d < docs.size(); ++d) fn(d);
    };
  };
  const double extract_s = Seconds(each([&](size_t d) { (void)pdf::Extract(docs[d].bytes, docs[d].name); }), runs);
  long extract_peak = 0, redact_peak = 0;
  const double iso_extract_s = Seconds(each([&](size_t d) {
                                         pdf::WorkerReport report;
                                         (void)pdf::IsolatedExtract(docs[d].bytes, docs[d].name, {},
                                                                    Worker(), &report);
                                         extract_peak = std::max(extract_peak, report.max_rss_kib);
                                       }),
                                       runs);
  double poppler_s = 0;
  for (const auto& path : paths) {
    const double s = PdftotextSeconds(path, runs);
    poppler_s = (s < 0 || poppler_s < 0) ? -1 : poppler_s + s;
  }
  pdf::RedactStats stats;
  int removed = 0;
  const double redact_s = Seconds(each([&](size_t d) {
                                    stats = {};
                                    (void)pdf::Redact(docs[d].bytes, docs[d].name, boxes[d], &stats);
                                    if (d == 0) removed = 0;
                                    removed += stats.glyphs_removed;
                                  }),
                                  runs);
  const double iso_redact_s = Seconds(each([&](size_t d) {
                                        pdf::WorkerReport report;
                                        (void)pdf::IsolatedRedact(docs[d].bytes, docs[d].name, boxes[d], nullptr, {},
                                                                  Worker(), &report);
                                        redact_peak = std::max(redact_peak, report.max_rss_kib);
                                      }),
                                      runs);

  std::printf("%s: %zu file(s), %d pages, %.1f MB, %zu glyphs (%.0f/page), %d glyphs removed\n", label.c_str(),
              docs.size(), pages, static_cast<double>(bytes_total) / 1e6, glyphs,
              static_cast<double>(glyphs) / pages, removed);
  std::printf("  extract in-process   %8.0f pages/s  (%.3f s)\n", pages / extract_s, extract_s);
  std::printf("  extract isolated     %8.0f pages/s  (%.3f s)  worker peak %ld MiB\n", pages / iso_extract_s,
              iso_extract_s, extract_peak / 1024);
  if (poppler_s > 0) {
    std::printf("  pdftotext            %8.0f pages/s  (%.3f s)  ratio ours/pdftotext %.2f (in-process), %.2f "
                "(isolated)\n",
                pages / poppler_s, poppler_s, poppler_s / extract_s, poppler_s / iso_extract_s);
  }
  std::printf("  redact in-process    %8.0f pages/s  (%.3f s)\n", pages / redact_s, redact_s);
  std::printf("  redact isolated      %8.0f pages/s  (%.3f s)  worker peak %ld MiB\n", pages / iso_redact_s,
              iso_redact_s, redact_peak / 1024);
  std::fflush(stdout);
}

// The leak-test samples (tests/tools SampleCases) with their redaction targets.
std::vector<Doc> SampleDocs(const std::string& only) {
  std::vector<Doc> docs;
  for (const auto& c : disclose::testing::SampleCases()) {
    if (!only.empty() && c.name != only) continue;
    Doc d{c.name, disclose::testing::GeneratePdf(c.description, c.options), {}};
    if (d.bytes.empty()) {
      std::printf("sample %s could not be generated (font programs missing?)\n", c.name.c_str());
      continue;
    }
    for (const auto& r : c.redact) {
      if (r.page > 0 && std::find(d.targets.begin(), d.targets.end(), r.text) == d.targets.end()) {
        d.targets.push_back(r.text);
      }
    }
    docs.push_back(std::move(d));
  }
  return docs;
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
  const std::vector<std::string> visitor = {"Harriet Quenby-Vale"};
  Bench("dense-100", {{"dense-100", disclose::testing::GeneratePdf(Dense(100)), visitor}}, dir, runs);
  Bench("letter-500", {{"letter-500", disclose::testing::GeneratePdf(Letter(500)), visitor}}, dir, runs);
  Bench("long-500 (sample case)", SampleDocs("long-500"), dir, runs);
  std::vector<Doc> mixed = SampleDocs("");
  Bench("mixed (" + std::to_string(mixed.size()) + " sample cases)", mixed, dir, runs);
  rusage self{};
  getrusage(RUSAGE_SELF, &self);
  std::printf("peak resident memory of this process (in-process runs, all sets): %ld MiB\n", self.ru_maxrss / 1024);
  if (keep.empty()) fs::remove_all(dir);
  return 0;
}
