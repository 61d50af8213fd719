// The subcommands of `disclose`, grouped by what they need:
//   files.cc   extract, detect, redact      (no Kafka; one stage or three on local files)
//   keys.cc    keys gen, open               (pack keys and opening packs)
//   stream.cc  run, stage, submit           (the streaming pipeline on Kafka)
//   topics.cc  topics create|describe       (the topic plan: partitions, retention, cleanup)
//   rules.cc   rules test
//   eval.cc    eval (detection precision/recall on the labelled set)
//   pdf_worker.cc  pdf-worker (hidden; the isolated PDF parser process)
//   ops.cc     dlq list|replay, status      (operators' view of the topics and groups)
// Each Add* registers its subcommands on `app`; when one runs, it stores its exit code in *exit_code.
#pragma once

#include <string>
#include <vector>

#include "pipeline/cli/context.h"
#include "pipeline/kafka/cluster.h"

namespace disclose::cli {

void AddFileCommands(CLI::App& app, CommonOptions& common, int* exit_code);
void AddKeyCommands(CLI::App& app, CommonOptions& common, int* exit_code);
void AddStreamCommands(CLI::App& app, CommonOptions& common, int* exit_code);
void AddRulesCommands(CLI::App& app, CommonOptions& common, int* exit_code);
void AddEvalCommands(CLI::App& app, CommonOptions& common, int* exit_code);
void AddPdfWorkerCommands(CLI::App& app, CommonOptions& common, int* exit_code);
void AddOpsCommands(CLI::App& app, CommonOptions& common, int* exit_code);
void AddTopicsCommands(CLI::App& app, CommonOptions& common, int* exit_code);

// Every disclose topic with its partitions, replication and topic configs: built-in defaults
// (delete after 14 days; quarantine and dead letters 90 days; replay markers compacted),
// overlaid with the YAML `file` when not empty. `partitions` applies unless the file says.
Result<std::vector<kafka::TopicSpec>> TopicPlan(int partitions, const std::string& file);

}  // namespace disclose::cli
