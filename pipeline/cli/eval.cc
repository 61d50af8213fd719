// `disclose eval [DIR]`: measures detection on the labelled evaluation set (default
// tests/data/eval): precision and recall per category, subject-data retention. With
// --baseline FILE it fails (exit 1) when a figure drops below the recorded one; with
// --write-baseline FILE it records the current figures. --details lists misses and wrong
// findings (the evaluation set is synthetic; never point it at real documents).
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>

#include "pipeline/cli/commands.h"
#include "stages/detect/evaluate.h"

namespace disclose::cli {

namespace {

struct EvalArgs {
  std::string dir = "tests/data/eval";
  std::string baseline;
  std::string write_baseline;
  bool details = false;
};

}  // namespace

void AddEvalCommands(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto args = std::make_shared<EvalArgs>();
  auto* eval = app.add_subcommand("eval", "Measure detection on a labelled evaluation set");
  eval->add_option("DIR", args->dir, "Directory of bundle-*.json (default tests/data/eval)");
  eval->add_option("--baseline", args->baseline, "Fail when a figure is below this baseline.json");
  eval->add_option("--write-baseline", args->write_baseline, "Record the current figures in this file");
  eval->add_flag("--details", args->details, "List every miss and wrong finding");
  eval->callback([args, exit_code, &common] {
    auto detector = LoadDetector(common);
    if (!detector.ok()) {
      PrintError(detector.error().message);
      *exit_code = kExitFailure;
      return;
    }
    detect::EvalOptions eo;
    eo.redact_staff_names = !common.keep_staff_names;
    eo.details = args->details;
    auto report = detect::Evaluate(**detector, args->dir, eo);
    if (!report.ok()) {
      PrintError(report.error().message);
      *exit_code = kExitFailure;
      return;
    }
    if (args->details) {
      for (const auto& m : report->misses) std::cout << "MISS " << m << "\n";
      for (const auto& f : report->false_positives) std::cout << "WRONG " << f << "\n";
      for (const auto& s : report->subject_hits) std::cout << "NOT KEPT " << s << "\n";
    }
    std::cout << detect::FormatReport(*report);
    if (!args->write_baseline.empty()) {
      std::ofstream out(args->write_baseline, std::ios::binary | std::ios::trunc);
      out << detect::BaselineJson(*report);
      if (!out) {
        PrintError("baseline file " + args->write_baseline + " cannot be written");
        *exit_code = kExitFailure;
        return;
      }
    }
    if (!args->baseline.empty()) {
      std::ifstream in(args->baseline, std::ios::binary);
      if (!in) {
        PrintError("baseline file " + args->baseline + " cannot be read");
        *exit_code = kExitFailure;
        return;
      }
      std::stringstream ss;
      ss << in.rdbuf();
      auto drops = detect::CompareWithBaseline(*report, ss.str());
      for (const auto& d : drops) std::cerr << "DROP " << d << "\n";
      if (!drops.empty()) *exit_code = kExitFailure;
    }
  });
}

}  // namespace disclose::cli
