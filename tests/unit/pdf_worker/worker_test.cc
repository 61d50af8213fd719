// Tests for pipeline/pdf/worker.h and repair.h: isolated results equal in-process ones (fork
// and exec modes); a crashing, hanging or memory-hungry worker becomes a clear error naming
// the document; hostile files end in errors within the limits; qpdf repairs a file without
// an xref and decrypts an owner-only AES-128 file that PoDoFo alone cannot open.
// This binary is its own worker: `pdf_worker_test pdf-worker` runs RunPdfWorker, and the
// environment variable DISCLOSE_TEST_WORKER_MISBEHAVE=crash|hang|eat makes it misbehave.
// Thread-safety: tests run sequentially.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/pdf/pdf.h"
#include "pipeline/pdf/repair.h"
#include "pipeline/pdf/worker.h"
#include "tests/tools/pdfgen.h"

namespace disclose::pdf {
namespace {

namespace fs = std::filesystem;

const char* const kLetter =
    "Visit log for Daniel Okafor, prison number Q4821KT.\n"
    "Date of birth 14/03/1979; visitor: Aisha Brennan-Lowe.\n"
    "%%page\n"
    "Second page: officer Tomasz Wrobel signed at 09:15.\n";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Hostile(const std::string& file) { return ReadFile(fs::path(DISCLOSE_CORPUS_DIR) / "pdf-hostile" / file); }

IsolationOptions ExecSelf() {
  IsolationOptions o;
  o.worker_executable = "/proc/self/exe";
  return o;
}

void ExpectSameDocument(const Document& a, const Document& b) {
  ASSERT_EQ(a.pages.size(), b.pages.size());
  EXPECT_EQ(a.unknown_glyphs, b.unknown_glyphs);
  for (size_t i = 0; i < a.pages.size(); ++i) {
    const Page& p = a.pages[i];
    const Page& q = b.pages[i];
    EXPECT_EQ(p.index, q.index);
    EXPECT_EQ(p.width, q.width);
    EXPECT_EQ(p.height, q.height);
    EXPECT_EQ(p.text, q.text);
    EXPECT_EQ(p.glyph_spans, q.glyph_spans);
    ASSERT_EQ(p.glyphs.size(), q.glyphs.size());
    for (size_t k = 0; k < p.glyphs.size(); ++k) {
      EXPECT_EQ(p.glyphs[k].text, q.glyphs[k].text);
      EXPECT_EQ(p.glyphs[k].unicode_known, q.glyphs[k].unicode_known);
      EXPECT_EQ(p.glyphs[k].box.x0, q.glyphs[k].box.x0);
      EXPECT_EQ(p.glyphs[k].box.y1, q.glyphs[k].box.y1);
      EXPECT_EQ(p.glyphs[k].font_size, q.glyphs[k].font_size);
      EXPECT_EQ(p.glyphs[k].render_mode, q.glyphs[k].render_mode);
      EXPECT_EQ(p.glyphs[k].line, q.glyphs[k].line);
    }
  }
}

class WorkerModes : public ::testing::TestWithParam<bool> {
 protected:
  IsolationOptions Options() const { return GetParam() ? ExecSelf() : IsolationOptions{}; }
};

TEST_P(WorkerModes, IsolatedExtractEqualsInProcess) {
  const std::string pdf = testing::GeneratePdf(kLetter);
  auto direct = Extract(pdf, "doc-1");
  ASSERT_TRUE(direct.ok()) << direct.error().message;
  WorkerReport report;
  auto isolated = IsolatedExtract(pdf, "doc-1", {}, Options(), &report);
  ASSERT_TRUE(isolated.ok()) << isolated.error().message;
  ExpectSameDocument(*direct, *isolated);
  EXPECT_TRUE(report.started);
  EXPECT_EQ(report.exit_code, 0);
  EXPECT_FALSE(report.repaired);
  EXPECT_GT(report.max_rss_kib, 0);
}

TEST_P(WorkerModes, IsolatedRedactEqualsInProcess) {
  const std::string pdf = testing::GeneratePdf(kLetter);
  auto doc = Extract(pdf, "doc-2");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  size_t pos = doc->pages[0].text.find("Q4821KT");
  ASSERT_NE(pos, std::string::npos);
  std::vector<PageRedactions> boxes = {{0, BoxesForSpan(doc->pages[0], pos, pos + 7)}};
  RedactStats direct_stats, isolated_stats;
  auto direct = Redact(pdf, "doc-2", boxes, &direct_stats);
  ASSERT_TRUE(direct.ok()) << direct.error().message;
  auto isolated = IsolatedRedact(pdf, "doc-2", boxes, &isolated_stats, {}, Options());
  ASSERT_TRUE(isolated.ok()) << isolated.error().message;
  EXPECT_EQ(*direct, *isolated);
  EXPECT_EQ(isolated_stats.glyphs_removed, 7);
  EXPECT_EQ(isolated_stats.glyphs_removed, direct_stats.glyphs_removed);
  EXPECT_EQ(isolated_stats.boxes_drawn, direct_stats.boxes_drawn);
}

TEST_P(WorkerModes, ParserErrorsPassThroughUnchanged) {
  auto direct = Extract("not a pdf at all", "doc-3");
  auto isolated = IsolatedExtract("not a pdf at all", "doc-3", {}, Options());
  ASSERT_FALSE(direct.ok());
  ASSERT_FALSE(isolated.ok());
  EXPECT_EQ(isolated.error().kind, direct.error().kind);
  EXPECT_EQ(isolated.error().message, direct.error().message);
}

// Many dense pages: the answer spans many page frames and several flushes of the worker.
TEST_P(WorkerModes, LongDocumentArrivesWhole) {
  std::string text = "%%size 6\n";
  for (int p = 0; p < 20; ++p) {
    if (p > 0) text += "%%page\n";
    text += p % 2 == 0 ? "%%plain\n" : "%%kern\n";
    for (int l = 0; l < 60; ++l) {
      text += "Line " + std::to_string(l) + " of page " + std::to_string(p + 1) +
              ": officer Tomasz Wrobel noted the visit of Aisha Brennan-Lowe, wing C, cell 14.\n";
    }
  }
  const std::string pdf = testing::GeneratePdf(text);
  auto direct = Extract(pdf, "doc-11");
  ASSERT_TRUE(direct.ok()) << direct.error().message;
  ASSERT_EQ(direct->pages.size(), 20u);
  auto isolated = IsolatedExtract(pdf, "doc-11", {}, Options());
  ASSERT_TRUE(isolated.ok()) << isolated.error().message;
  ExpectSameDocument(*direct, *isolated);
  for (size_t i = 0; i < direct->pages.size(); ++i) {
    for (size_t k = 0; k < direct->pages[i].glyphs.size(); ++k) {
      const Glyph& a = direct->pages[i].glyphs[k];
      const Glyph& b = isolated->pages[i].glyphs[k];
      ASSERT_TRUE(a.box.x0 == b.box.x0 && a.box.y0 == b.box.y0 && a.box.x1 == b.box.x1 && a.box.y1 == b.box.y1 &&
                  a.hidden == b.hidden && a.colour == b.colour)
          << "page " << i << " glyph " << k;
    }
  }
}

// Page 1 is fine, page 2 draws a form that draws itself: the error comes after a page was
// sent, and must still be the parser's own error, unchanged.
TEST_P(WorkerModes, ErrorAfterTheFirstPageIsTheParsersError) {
  const std::string pdf = testing::AssemblePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 7 0 R >> >> >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R /Resources << /XObject << /X 8 0 R >> >> >>",
      testing::PdfStream("", "BT /F1 12 Tf 72 720 Td (first page) Tj ET"),
      testing::PdfStream("", "/X Do"),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      testing::PdfStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X 8 0 R >> >>",
                         "/X Do"),
  });
  auto direct = Extract(pdf, "doc-12");
  ASSERT_FALSE(direct.ok());
  ASSERT_NE(direct.error().message.find("draws itself"), std::string::npos) << direct.error().message;
  IsolationOptions options = Options();
  options.repair_wall_seconds = 0;
  auto isolated = IsolatedExtract(pdf, "doc-12", {}, options);
  ASSERT_FALSE(isolated.ok());
  EXPECT_EQ(isolated.error().kind, direct.error().kind);
  EXPECT_EQ(isolated.error().message, direct.error().message);
}

// Page by page: the sink sees the in-process pages in order; no restart without a repair.
TEST_P(WorkerModes, PagesArriveOneByOneInOrder) {
  const std::string pdf = testing::GeneratePdf(kLetter);
  auto direct = Extract(pdf, "doc-15");
  ASSERT_TRUE(direct.ok()) << direct.error().message;
  Document streamed;
  int restarts = 0;
  auto unknown = IsolatedExtractPages(
      pdf, "doc-15", {}, Options(), [&](Page&& page) { streamed.pages.push_back(std::move(page)); },
      [&] { ++restarts; });
  ASSERT_TRUE(unknown.ok()) << unknown.error().message;
  streamed.unknown_glyphs = *unknown;
  ExpectSameDocument(*direct, streamed);
  EXPECT_EQ(restarts, 0);
}

TEST(DedicatedWorker, AnswersAsTheInProcessCalls) {
  IsolationOptions dedicated;
  dedicated.worker_executable = DISCLOSE_PDF_WORKER;
  const std::string pdf = testing::GeneratePdf(kLetter);
  auto direct = Extract(pdf, "doc-13");
  ASSERT_TRUE(direct.ok()) << direct.error().message;
  WorkerReport report;
  auto isolated = IsolatedExtract(pdf, "doc-13", {}, dedicated, &report);
  ASSERT_TRUE(isolated.ok()) << isolated.error().message;
  ExpectSameDocument(*direct, *isolated);
  EXPECT_EQ(report.exit_code, 0);
  size_t pos = direct->pages[0].text.find("Q4821KT");
  ASSERT_NE(pos, std::string::npos);
  std::vector<PageRedactions> boxes = {{0, BoxesForSpan(direct->pages[0], pos, pos + 7)}};
  auto redacted = IsolatedRedact(pdf, "doc-13", boxes, nullptr, {}, dedicated);
  ASSERT_TRUE(redacted.ok()) << redacted.error().message;
  EXPECT_EQ(*redacted, *Redact(pdf, "doc-13", boxes));
  auto refused = IsolatedExtract("not a pdf at all", "doc-14", {}, dedicated);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message, Extract("not a pdf at all", "doc-14").error().message);
}

TEST(DedicatedWorker, SelfExecFallsBackToTheRunningBinaryWithoutOne) {
  // This test binary's directory has no disclose-pdf-worker.
  ASSERT_FALSE(fs::exists(fs::read_symlink("/proc/self/exe").parent_path() / "disclose-pdf-worker"));
  EXPECT_EQ(IsolationOptions::SelfExec().worker_executable, "/proc/self/exe");
}

INSTANTIATE_TEST_SUITE_P(ForkAndExec, WorkerModes, ::testing::Bool(),
                         [](const auto& param_info) { return std::string(param_info.param ? "Exec" : "Fork"); });

// Runs `fn` with DISCLOSE_TEST_WORKER_MISBEHAVE set for the exec'd child.
template <typename Fn>
void WithMisbehaviour(const char* how, Fn fn) {
  setenv("DISCLOSE_TEST_WORKER_MISBEHAVE", how, 1);
  fn();
  unsetenv("DISCLOSE_TEST_WORKER_MISBEHAVE");
}

TEST(WorkerLimits, CrashBecomesErrorNamingTheDocument) {
  WithMisbehaviour("crash", [] {
    auto r = IsolatedExtract(testing::GeneratePdf(kLetter), "doc-crash", {}, ExecSelf());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalidInput);
    EXPECT_EQ(r.error().message, "the PDF parser crashed (signal 6) on document doc-crash");
  });
}

TEST(WorkerLimits, HangIsKilledAtTheDeadline) {
  WithMisbehaviour("hang", [] {
    IsolationOptions o = ExecSelf();
    o.wall_seconds = 1;
    const auto start = std::chrono::steady_clock::now();
    WorkerReport report;
    auto r = IsolatedRedact(testing::GeneratePdf(kLetter), "doc-hang", {}, nullptr, {}, o, &report);
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "the PDF parser took longer than 1 s on document doc-hang");
    EXPECT_TRUE(report.timed_out);
    EXPECT_LT(took, 5.0);
  });
}

TEST(WorkerLimits, MemoryHogIsStopped) {
  WithMisbehaviour("eat", [] {
    IsolationOptions o = ExecSelf();
    o.memory_limit_bytes = size_t{128} << 20;
    WorkerReport report;
    auto r = IsolatedExtract(testing::GeneratePdf(kLetter), "doc-hog", {}, o, &report);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "the PDF parser exceeded the 128 MiB memory limit on document doc-hog");
    EXPECT_TRUE(report.over_memory);
  });
}

TEST(WorkerLimits, MissingWorkerExecutableIsInternal) {
  IsolationOptions o;
  o.worker_executable = "/nonexistent/disclose";
  auto r = IsolatedExtract(testing::GeneratePdf(kLetter), "doc-4", {}, o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kInternal);
  EXPECT_EQ(r.error().message, "the PDF worker could not be started for document doc-4");
}

TEST(WorkerLimits, FlateBombAndCrasherEndInErrorsWithinLimits) {
  for (const char* file : {"nasty_flate_bomb_512M.pdf", "crash_aes256_noPerms.pdf", "nasty_pages_loop.pdf"}) {
    IsolationOptions o;
    o.memory_limit_bytes = size_t{512} << 20;
    o.wall_seconds = 60;
    WorkerReport report;
    auto r = IsolatedRedact(Hostile(file), "doc-hostile", {{0, {{0, 0, 300, 400}}}}, nullptr, {}, o, &report);
    EXPECT_FALSE(r.ok()) << file;
    if (!r.ok()) {
      EXPECT_NE(r.error().message.find("doc-hostile"), std::string::npos) << r.error().message;
    }
    EXPECT_LT(report.wall_seconds, 60) << file;
  }
}

TEST(Repair, QpdfRepairsAFileWithoutXref) {
  const std::string broken = Hostile("nasty_no_xref.pdf");
  ASSERT_FALSE(broken.empty());
  auto fixed = RepairWithQpdf(broken, "doc-5");
  ASSERT_TRUE(fixed.ok()) << fixed.error().message;
  EXPECT_NE(fixed->find("xref"), std::string::npos);
  bool repaired = false;
  auto doc = ExtractWithRepair(broken, "doc-5", {}, &repaired);
  if (!Extract(broken, "doc-5").ok()) {
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_TRUE(repaired);
  }
}

TEST(Repair, IsolatedCallsRepairInASecondWorker) {
  const std::string broken = Hostile("nasty_startxref_garbage.pdf");
  ASSERT_FALSE(Extract(broken, "doc-9").ok());
  WorkerReport report;
  auto doc = IsolatedExtract(broken, "doc-9", {}, {}, &report);
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_TRUE(report.repaired);
  EXPECT_FALSE(doc->pages.empty());
  IsolationOptions no_repair;
  no_repair.repair_wall_seconds = 0;
  EXPECT_FALSE(IsolatedExtract(broken, "doc-9", {}, no_repair).ok());
  // Page by page: the repaired attempt is announced by one restart, then its pages come.
  int restarts = 0;
  size_t pages = 0;
  auto unknown = IsolatedExtractPages(
      broken, "doc-9", {}, {}, [&](Page&&) { ++pages; }, [&] {
        ++restarts;
        pages = 0;
      });
  ASSERT_TRUE(unknown.ok()) << unknown.error().message;
  EXPECT_EQ(restarts, 1);
  EXPECT_EQ(pages, doc->pages.size());
}

TEST(Repair, OwnerOnlyAesIsDecryptedThroughQpdf) {
  const fs::path dir = fs::temp_directory_path() / ("pdf_worker_test_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "plain.pdf", std::ios::binary) << testing::GeneratePdf(kLetter);
  const std::string cmd = "qpdf --encrypt '' owner-secret 128 --use-aes=y -- '" + (dir / "plain.pdf").string() +
                          "' '" + (dir / "aes.pdf").string() + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const std::string user_cmd = "qpdf --encrypt user-secret owner-secret 128 --use-aes=y -- '" +
                               (dir / "plain.pdf").string() + "' '" + (dir / "user.pdf").string() + "'";
  ASSERT_EQ(std::system(user_cmd.c_str()), 0);
  const std::string aes = ReadFile(dir / "aes.pdf");
  const std::string user = ReadFile(dir / "user.pdf");
  fs::remove_all(dir);
  auto refused = RepairWithQpdf(user, "doc-8");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::kUnsupported);
  EXPECT_EQ(refused.error().message, "document doc-8 is encrypted with a password");
  EXPECT_EQ(IsolatedExtract(user, "doc-8").error().kind, ErrorKind::kUnsupported);
  ASSERT_NE(aes.find("/Encrypt"), std::string::npos);
  bool repaired = false;
  auto doc = ExtractWithRepair(aes, "doc-6", {}, &repaired);
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_NE(doc->pages[0].text.find("Daniel Okafor"), std::string::npos);
  RedactStats stats;
  auto out = RedactWithRepair(aes, "doc-6", {{0, {{0, 0, 1000, 1000}}}}, &stats);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(out->find("/Encrypt"), std::string::npos);
  EXPECT_GT(stats.glyphs_removed, 0);
}

TEST(Repair, GarbageIsRefusedByRepairToo) {
  auto r = RepairWithQpdf(Hostile("garbage.pdf"), "doc-7");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(r.error().message.find("doc-7"), std::string::npos);
}

}  // namespace
}  // namespace disclose::pdf

int main(int argc, char** argv) {
  if (argc >= 2 && std::strcmp(argv[1], "pdf-worker") == 0) {
    const char* how = std::getenv("DISCLOSE_TEST_WORKER_MISBEHAVE");
    // abort() rather than a SIGSEGV, which AddressSanitizer would catch and turn into an exit.
    if (how != nullptr && std::strcmp(how, "crash") == 0) std::abort();
    if (how != nullptr && std::strcmp(how, "hang") == 0) std::this_thread::sleep_for(std::chrono::hours(1));
    if (how != nullptr && std::strcmp(how, "eat") == 0) {
      std::vector<std::unique_ptr<char[]>> hog;
      for (int i = 0; i < 64; ++i) {
        hog.push_back(std::make_unique<char[]>(size_t{64} << 20));
        std::memset(hog.back().get(), 1, size_t{64} << 20);
      }
    }
    // Like `disclose pdf-worker`: leave without destructors or leak checks once answered.
    _exit(disclose::pdf::RunPdfWorker(0, 1));
  }
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
