// The operators' commands: `disclose dlq list|replay` and `disclose status`. They read the
// topics (read_committed) and the consumer groups; output names ids, stages, topics and
// counts, never document contents.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <map>
#include <memory>
#include <set>

#include <CLI/CLI.hpp>

#include "pipeline/cli/commands.h"
#include "pipeline/kafka/deadletter.h"
#include "pipeline/kafka/operations.h"
#include "pipeline/kafka/tail.h"
#include "pipeline/model/topics.h"

namespace disclose::cli {

using model::Json;

namespace {

constexpr const char* kDefaultBrokers = "127.0.0.1:19092";

struct OpsArgs {
  std::string brokers;
  bool json = false;
  std::vector<std::string> ids;
};

// Each consuming stage with its input topic and the topic its progress shows on.
struct StageTopics {
  const char* stage;
  std::string_view input;
  std::string_view output;
};
constexpr StageTopics kStages[] = {{"extract", topics::kIntake, topics::kExtracted},
                                   {"detect", topics::kExtracted, topics::kDetected},
                                   {"redact", topics::kDetected, topics::kRedacted},
                                   {"review", topics::kRedacted, topics::kApproved},
                                   {"seal", topics::kApproved, topics::kSealed}};

std::string Iso(int64_t ms) {
  if (ms <= 0) return "";
  time_t seconds = static_cast<time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

int DlqList(const OpsArgs& args, const CommonOptions& common) {
  auto config = MakeKafkaConfig(common, args.brokers.empty() ? kDefaultBrokers : args.brokers);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitUsage;
  }
  auto letters = kafka::ListDeadLetters(*config);
  if (!letters.ok()) {
    PrintError("the dead letters could not be read: " + letters.error().message);
    return kExitFailure;
  }
  if (args.json) {
    Json out = Json::array();
    for (const auto& d : *letters) {
      Json v = d.value.is_object() ? d.value : Json::object();
      Json entry = {{"id", d.id},
                    {"key", d.key},
                    {"stage", v.value("stage", "")},
                    {"error", v.value("error", Json::object())},
                    {"source", v.value("source", Json::object())},
                    {"attempts", v.value("attempts", 0)},
                    {"dead_lettered_at", v.value("dead_lettered_at", Json())},
                    {"deadletter", {{"partition", d.partition}, {"offset", d.offset}}},
                    {"replayed", d.replayed}};
      if (d.replayed) entry["replayed_at"] = Iso(d.replayed_at);
      out.push_back(std::move(entry));
    }
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  if (letters->empty()) {
    std::cout << "no dead letters\n";
    return kExitOk;
  }
  std::printf("%-36s %-8s %-14s %-8s %-9s %s\n", "ID", "STAGE", "KIND", "ATTEMPTS", "STATE", "ERROR");
  for (const auto& d : *letters) {
    Json v = d.value.is_object() ? d.value : Json::object();
    Json error = v.value("error", Json::object());
    std::printf("%-36s %-8s %-14s %-8d %-9s %s\n", d.id.c_str(), v.value("stage", "").c_str(),
                error.value("kind", "").c_str(), v.value("attempts", 0), d.replayed ? "replayed" : "pending",
                error.value("message", "").c_str());
  }
  return kExitOk;
}

int DlqReplay(const OpsArgs& args, const CommonOptions& common) {
  auto config = MakeKafkaConfig(common, args.brokers.empty() ? kDefaultBrokers : args.brokers);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitUsage;
  }
  auto report = kafka::ReplayDeadLetters(*config, args.ids);
  if (!report.ok()) {
    PrintError("replay failed: " + report.error().message);
    return kExitFailure;
  }
  for (const auto& id : report->replayed) std::cout << "replayed " << id << "\n";
  for (const auto& id : report->already_replayed) std::cout << "already replayed " << id << " (skipped)\n";
  for (const auto& id : report->unknown) PrintError("no dead letter with id " + id);
  if (report->replayed.empty() && report->already_replayed.empty() && report->unknown.empty()) {
    std::cout << "nothing to replay\n";
  }
  return report->unknown.empty() ? kExitOk : kExitFailure;
}

int ShowStatus(const OpsArgs& args, const CommonOptions& common) {
  auto config = MakeKafkaConfig(common, args.brokers.empty() ? kDefaultBrokers : args.brokers);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitUsage;
  }
  Json out = {{"stages", Json::array()}};
  for (const auto& s : kStages) {
    auto lag = kafka::StageLag(*config, s.stage, s.input);
    if (!lag.ok()) {
      PrintError("the consumer lag of stage " + std::string(s.stage) + " could not be read: " + lag.error().message);
      return kExitFailure;
    }
    Json partitions = Json::array();
    int64_t total = 0;
    for (const auto& p : *lag) {
      partitions.push_back({{"partition", p.partition}, {"committed", p.committed}, {"end", p.end}, {"lag", p.lag}});
      total += p.lag;
    }
    out["stages"].push_back({{"stage", s.stage}, {"topic", s.input}, {"lag", total}, {"partitions", partitions}});
  }

  std::vector<std::string> read = {std::string(topics::kIntake), std::string(topics::kQuarantine),
                                   std::string(topics::kDeadLetter)};
  for (const auto& s : kStages) read.emplace_back(s.output);
  auto tail = kafka::Tail::Create(*config, read);
  if (!tail.ok()) {
    PrintError("the topics could not be read: " + tail.error().message);
    return kExitFailure;
  }
  bool complete = false;
  auto records = (*tail)->ReadToEnd(std::chrono::seconds(20), &complete);
  struct BundleProgress {
    int documents = 0;
    std::map<std::string, std::set<int>> done;  // topic -> document indexes seen
    bool sealed = false;
  };
  std::map<std::string, BundleProgress> bundles;
  int quarantined = 0, dead_letters = 0, sealed = 0;
  for (const auto& r : records) {
    if (r.topic == topics::kDeadLetter) {
      ++dead_letters;
      continue;
    }
    if (!r.is_json || !r.value.is_object()) continue;
    const std::string bundle = r.value.value("bundle_id", "");
    if (bundle.empty()) continue;
    if (r.topic == topics::kQuarantine) {
      ++quarantined;
    } else if (r.topic == topics::kSealed) {
      bundles[bundle].sealed = true;
      ++sealed;
    } else if (r.value.contains("document_index") && r.value["document_index"].is_number_integer()) {
      auto& b = bundles[bundle];
      b.documents = std::max(b.documents, r.value.value("document_count", 0));
      b.done[r.topic].insert(r.value["document_index"].get<int>());
    }
  }
  Json in_flight = Json::array();
  for (const auto& [id, b] : bundles) {
    if (b.sealed) continue;
    std::string step = "seal";
    int done = 0;
    for (const auto& s : kStages) {
      auto it = b.done.find(std::string(s.output));
      done = it == b.done.end() ? 0 : static_cast<int>(it->second.size());
      if (s.output == topics::kSealed || done < b.documents) {
        step = s.stage;
        break;
      }
    }
    in_flight.push_back({{"bundle_id", id}, {"documents", b.documents}, {"step", step},
                         {"step_done", step == "seal" ? 0 : done}});
  }
  out["in_flight"] = in_flight;
  out["bundles_sealed"] = sealed;
  out["quarantined"] = quarantined;
  auto letters = kafka::ListDeadLetters(*config);
  int pending = 0;
  if (letters.ok()) {
    for (const auto& d : *letters) pending += d.replayed ? 0 : 1;
  }
  out["dead_letters"] = {{"total", dead_letters}, {"pending", letters.ok() ? Json(pending) : Json()}};
  out["complete"] = complete;

  if (args.json) {
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  std::printf("%-8s %-24s %6s   per partition (committed/end)\n", "STAGE", "INPUT", "LAG");
  for (const auto& s : out["stages"]) {
    std::string parts;
    for (const auto& p : s["partitions"]) {
      parts += std::to_string(p["partition"].get<int>()) + ":" + std::to_string(p["committed"].get<int64_t>()) + "/" +
               std::to_string(p["end"].get<int64_t>()) + " ";
    }
    std::printf("%-8s %-24s %6lld   %s\n", s["stage"].get<std::string>().c_str(), s["topic"].get<std::string>().c_str(),
                static_cast<long long>(s["lag"].get<int64_t>()), parts.c_str());
  }
  std::printf("\nbundles sealed: %d, in flight: %zu\n", sealed, in_flight.size());
  for (const auto& b : in_flight) {
    std::printf("  %s  at %-7s %d/%d documents\n", b["bundle_id"].get<std::string>().c_str(),
                b["step"].get<std::string>().c_str(), b["step_done"].get<int>(), b["documents"].get<int>());
  }
  std::printf("dead letters: %d (%s pending replay)\nquarantined documents: %d\n", dead_letters,
              letters.ok() ? std::to_string(pending).c_str() : "?", quarantined);
  if (!complete) std::printf("(the topics were not read to the end within 20 s; counts may be low)\n");
  return kExitOk;
}

}  // namespace

void AddOpsCommands(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto a = std::make_shared<OpsArgs>();
  auto* dlq = app.add_subcommand("dlq", "The dead-letter queue: list and replay records a stage could not process");
  dlq->require_subcommand(1);
  auto* list = dlq->add_subcommand("list", "List every dead letter with its stage, error and replay state");
  list->add_option("--brokers", a->brokers, std::string("Kafka bootstrap servers (default ") + kDefaultBrokers + ")");
  list->add_flag("--json", a->json, "Print JSON instead of a table");
  list->callback([a, exit_code, &common] { *exit_code = DlqList(*a, common); });
  auto* replay = dlq->add_subcommand(
      "replay", "Republish dead letters to their source topics, each at most once (default: all not yet replayed)");
  replay->add_option("--brokers", a->brokers, std::string("Kafka bootstrap servers (default ") + kDefaultBrokers + ")");
  replay->add_option("--id", a->ids, "TOPIC:PARTITION:OFFSET of the source record, as `dlq list` shows (repeatable)");
  replay->callback([a, exit_code, &common] { *exit_code = DlqReplay(*a, common); });

  auto* status = app.add_subcommand("status", "Consumer lag per stage, bundles in flight, dead letters, quarantine");
  status->add_option("--brokers", a->brokers, std::string("Kafka bootstrap servers (default ") + kDefaultBrokers + ")");
  status->add_flag("--json", a->json, "Print JSON instead of a table");
  status->callback([a, exit_code, &common] { *exit_code = ShowStatus(*a, common); });
}

}  // namespace disclose::cli
