// `disclose pdf-worker` (hidden): the child side of pdf::IsolatedExtract / IsolatedRedact.
// Started by pipeline/pdf/worker.cc with stdin and stdout connected to a socket and rlimits
// already set; reads one request, writes one response, exits. Not for people to run.
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "pipeline/cli/commands.h"
#include "pipeline/pdf/worker.h"

namespace disclose::cli {

void AddPdfWorkerCommands(CLI::App& app, CommonOptions& /*common*/, int* exit_code) {
  auto* worker = app.add_subcommand("pdf-worker", "internal: isolated PDF parser process");
  worker->group("");  // hidden from --help
  worker->callback([exit_code] {
    // The response goes to the original stdout; anything else printed to stdout by a
    // library lands on stderr instead of corrupting the response.
    int out = dup(STDOUT_FILENO);
    if (out < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
      *exit_code = kExitFailure;
      return;
    }
    const int code = pdf::RunPdfWorker(STDIN_FILENO, out);
    close(out);
    // The process is disposable and its answer is out: leave at once, without static
    // destructors or a leak checker that could only delay it or change its exit status.
    _exit(code);
  });
}

}  // namespace disclose::cli
