// `disclose pdf-worker` (hidden): the child side of pdf::IsolatedExtract / IsolatedRedact.
// Started by pipeline/pdf/worker.cc with stdin and stdout connected to a socket and rlimits
// already set; reads one request, writes one response, exits. Not for people to run.
// `disclose pdf-text FILE...` (hidden): each page's reading-order text through the isolated
// worker (every page decoded with its glyphs, one at a time), pages ended by a form feed, as
// `pdftotext FILE -` prints them: the command-line side of the extraction benchmark
// (tests/bench/pdf/compare.sh).
// Thread-safety: single-threaded command callbacks.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "pipeline/cli/commands.h"
#include "pipeline/cli/context.h"
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

  auto files = std::make_shared<std::vector<std::string>>();
  auto* pdf_text = app.add_subcommand("pdf-text", "internal: page text of PDF files (isolated extraction)");
  pdf_text->group("");
  pdf_text->add_option("FILE", *files)->required()->check(CLI::ExistingFile);
  pdf_text->callback([files, exit_code] {
    for (const std::string& file : *files) {
      std::ifstream in(file, std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      if (!in) {
        PrintError(file + " could not be read");
        *exit_code = kExitFailure;
        continue;
      }
      // Pages arrive one at a time (glyphs and all); only their text is kept until the end,
      // so that a file that fails halfway prints nothing.
      std::string text;
      auto done = pdf::IsolatedExtractPages(
          bytes.str(), file, {}, pdf::IsolationOptions::SelfExec(),
          [&text](pdf::Page&& page) { text.append(page.text).append("\n\f"); }, [&text] { text.clear(); });
      if (!done.ok()) {
        PrintError(file + " could not be read as a PDF: " + done.error().message);
        *exit_code = kExitFailure;
        continue;
      }
      std::fwrite(text.data(), 1, text.size(), stdout);
    }
    std::fflush(stdout);
  });
}

}  // namespace disclose::cli
