// disclose: entry point. Parses the command line (CLI11) and runs one subcommand.
// Exit codes: 0 success, 1 failure, 2 usage error, 3 finished but something was quarantined.
#include <CLI/CLI.hpp>

#include "pipeline/cli/commands.h"

int main(int argc, char** argv) {
  using namespace disclose::cli;
  CLI::App app{"disclose: removes third-party personal data from subject access request bundles"};
  app.require_subcommand(1);
  app.fallthrough();  // common options may follow the subcommand
  app.set_version_flag("--version", "disclose 0.1.0");
  CommonOptions common;
  AddCommonOptions(app, common);
  int exit_code = kExitOk;
  AddStreamCommands(app, common, &exit_code);
  AddFileCommands(app, common, &exit_code);
  AddKeyCommands(app, common, &exit_code);
  AddRulesCommands(app, common, &exit_code);
  AddEvalCommands(app, common, &exit_code);
  AddPdfWorkerCommands(app, common, &exit_code);
  AddOpsCommands(app, common, &exit_code);
  AddTopicsCommands(app, common, &exit_code);
  app.parse_complete_callback([&] { Finalise(common); });
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return exit_code;
}
