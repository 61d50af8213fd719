// PDF parsing in a separate, limited process, so that a crash, a runaway allocation or a hang
// inside PoDoFo or qpdf on a hostile file costs one document, not the stage (DESIGN promise 6).
//
//   pdf::IsolationOptions iso = pdf::IsolationOptions::SelfExec();   // in `disclose`: its worker
//   auto doc = pdf::IsolatedExtract(bytes, "doc-42", limits, iso);
//   if (!doc.ok()) ...  // e.g. "the PDF parser crashed (signal 11) on document doc-42"
//
// Each call starts one child process: fork(), then either exec of `worker_executable
// pdf-worker` (the robust choice in a multi-threaded process such as a Kafka stage: the
// child starts from a clean image) or, when worker_executable is empty, the parse runs in the
// forked child directly: only for single-threaded callers and tests, since a lock held by
// another thread at fork() stays held in the child (seen: clang 14's ASan allocator; the
// deadline then kills the child and the document is refused for taking too long). The child gets RLIMIT_AS
// (skipped under AddressSanitizer, which reserves terabytes of address space), RLIMIT_CPU and
// RLIMIT_CORE=0; the parent enforces a wall-clock deadline and watches the child's resident
// memory (in fork mode, its growth over the parent's), and kills it (SIGKILL) on either. Input and result travel over a socketpair.
// When PoDoFo refuses the file (or the child crashes), a second child repairs it with qpdf
// (repair.h) and tries again, under repair_wall_seconds; if that fails too, the first error
// is returned. Timeouts and memory breaches are not retried.
//
// Errors naming the document: kInvalidInput "the PDF parser crashed (signal N) on document X",
// "... exceeded the N MiB memory limit ...", "... took longer than N s ...", "... used more
// than N s of CPU ..."; kTransient when no process could be started (fork/socketpair failed);
// kInternal when the worker could not be executed or answered malformed data; otherwise the
// parser's own error, unchanged.
// Thread-safety: reentrant; each call owns its child and descriptors. SIGPIPE is avoided
// with MSG_NOSIGNAL, so no process-wide signal setting is changed.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/result.h"
#include "pipeline/pdf/pdf.h"

namespace disclose::pdf {

struct IsolationOptions {
  // Binary whose `pdf-worker` subcommand calls RunPdfWorker(); empty: fork without exec.
  std::string worker_executable;
  size_t memory_limit_bytes = size_t{1} << 30;  // address space (RLIMIT_AS) and resident-set cap
  int cpu_seconds = 60;                          // RLIMIT_CPU of the child
  int wall_seconds = 120;                        // killed after this long
  int repair_wall_seconds = 30;                  // the qpdf repair attempt (0: no repair)

  // For `disclose` and binaries that handle `pdf-worker` themselves: the dedicated worker
  // `disclose-pdf-worker` in the running binary's directory when it is there (it starts
  // faster), else the running binary itself (/proc/self/exe pdf-worker).
  static IsolationOptions SelfExec();
};

// What happened to the child; for measurement and the corpus check.
struct WorkerReport {
  bool started = false;
  int exit_code = -1;        // when it exited normally
  int signal = 0;            // when it was killed by a signal
  bool timed_out = false;    // killed by the wall-clock deadline
  bool over_memory = false;  // killed for resident memory over the limit
  bool repaired = false;     // qpdf's repaired copy was used
  double wall_seconds = 0;   // both children, when the repair ran
  long max_rss_kib = 0;      // peak resident set of the children (VmHWM sampled every 20 ms)
};

// As pdf::ExtractWithRepair, in limited child processes. `pdf_bytes` is borrowed for the call.
Result<Document> IsolatedExtract(std::string_view pdf_bytes, std::string_view name, const Limits& limits = {},
                                 const IsolationOptions& isolation = {}, WorkerReport* report = nullptr);

// As IsolatedExtract, but each page goes to `sink` as soon as it has arrived, in page order,
// instead of into one Document (a caller that uses a page at a time holds one page). Returns
// Document::unknown_glyphs. When the first child fails after some pages and the qpdf repair
// runs, `restart` (may be empty) is called and the pages come again from the first. On an
// error, pages already given to `sink` belong to a document that was not read to the end.
Result<int> IsolatedExtractPages(std::string_view pdf_bytes, std::string_view name, const Limits& limits,
                                 const IsolationOptions& isolation, const std::function<void(Page&&)>& sink,
                                 const std::function<void()>& restart, WorkerReport* report = nullptr);

// As pdf::RedactWithRepair, in limited child processes (with options.verify, Verify runs in
// the same child, so its parsing of the output is isolated too).
Result<std::string> IsolatedRedact(std::string_view pdf_bytes, std::string_view name,
                                   const std::vector<PageRedactions>& redactions, RedactStats* stats = nullptr,
                                   const Limits& limits = {}, const IsolationOptions& isolation = {},
                                   WorkerReport* report = nullptr, const RedactOptions& options = {});

// The child side in exec mode: reads one request from `in_fd` until end of file, runs it,
// writes the response to `out_fd`. Returns the process exit code (0 when a response, success
// or error, was written). Called by `disclose pdf-worker` with stdin/stdout.
int RunPdfWorker(int in_fd, int out_fd);

}  // namespace disclose::pdf
