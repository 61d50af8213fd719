// disclose-pdf-worker: the child side of pdf::IsolatedExtract / IsolatedRedact as its own small
// executable (the PDF libraries only: it starts faster than `disclose pdf-worker`, which it
// replaces when it sits next to `disclose`; see IsolationOptions::SelfExec). Started with stdin
// and stdout connected to a socket; reads one request, writes one response, exits. The
// argument "pdf-worker" that the parent passes is accepted and ignored.
// Thread-safety: single-threaded process.
#include <unistd.h>

#include "pipeline/pdf/worker.h"

int main() {
  // The response goes to the original stdout; anything a library prints to stdout lands on
  // stderr instead of corrupting it.
  const int out = dup(STDOUT_FILENO);
  if (out < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) return 1;
  const int code = disclose::pdf::RunPdfWorker(STDIN_FILENO, out);
  close(out);
  // Disposable process, answer written: leave without static destructors.
  _exit(code);
}
