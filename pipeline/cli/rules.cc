// `disclose rules test [FILE]`: runs every rule's examples.
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>

#include "pipeline/cli/commands.h"

namespace disclose::cli {

void AddRulesCommands(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* rules = app.add_subcommand("rules", "Detection rules");
  rules->require_subcommand(1);
  auto* test = rules->add_subcommand("test", "Run every rule's match/no_match examples");
  auto file = std::make_shared<std::string>();
  test->add_option("FILE", *file, "Rules YAML (default: --rules or the built-in uk-justice rules)");
  test->callback([file, exit_code, &common] {
    CommonOptions options = common;
    if (!file->empty()) options.rules = *file;
    auto detector = LoadDetector(options);
    if (!detector.ok()) {
      PrintError(detector.error().message);
      *exit_code = kExitFailure;
      return;
    }
    auto failures = (*detector)->TestExamples();
    for (const auto& f : failures) std::cerr << "FAIL " << f << "\n";
    std::cout << (*detector)->RuleCount() << " rules, " << failures.size() << " failing examples\n";
    if (!failures.empty()) *exit_code = kExitFailure;
  });
}

}  // namespace disclose::cli
