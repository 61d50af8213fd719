// `disclose topics create` and `disclose topics describe`: the topic plan (partitions,
// replication, retention and cleanup per topic, from built-in defaults and an optional YAML
// file) applied to a real cluster, and what the cluster actually has.
// Thread-safety: command callbacks run on the main thread only.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <memory>
#include <set>

#include <CLI/CLI.hpp>
#include <yaml-cpp/yaml.h>

#include "pipeline/cli/commands.h"
#include "pipeline/kafka/cluster.h"
#include "pipeline/kafka/operations.h"
#include "pipeline/model/topics.h"

namespace disclose::cli {
namespace {

constexpr const char* kDefaultBrokers = "127.0.0.1:19092";
// Records carry ids and blob references only; documents live in the store. Flow topics keep
// two weeks for replays after an outage; quarantine and dead letters keep 90 days, beyond a
// subject access request's extended deadline, so operators can still see and replay them.
constexpr const char* kFlowRetentionMs = "1209600000";      // 14 days
constexpr const char* kOperatorRetentionMs = "7776000000";  // 90 days
// Keys shown by `describe` in the terminal (--json shows every overridden key too).
const std::vector<std::string> kShownKeys = {"cleanup.policy", "retention.ms", "min.insync.replicas"};

std::vector<std::string> PlannedNames() {
  std::vector<std::string> names(topics::kAll.begin(), topics::kAll.end());
  names.emplace_back(kafka::kReplayTopic);
  return names;
}

std::vector<kafka::TopicSpec> BuiltInPlan(int partitions) {
  std::vector<kafka::TopicSpec> plan;
  for (const std::string& name : PlannedNames()) {
    kafka::TopicSpec spec{.name = name, .partitions = partitions};
    if (name == kafka::kReplayTopic) {
      spec.partitions = 1;  // replay markers: one small compacted log, read whole by dlq list
      spec.config = {{"cleanup.policy", "compact"}};
    } else if (name == topics::kQuarantine || name == topics::kDeadLetter) {
      spec.config = {{"cleanup.policy", "delete"}, {"retention.ms", kOperatorRetentionMs}};
    } else {
      spec.config = {{"cleanup.policy", "delete"}, {"retention.ms", kFlowRetentionMs}};
    }
    plan.push_back(std::move(spec));
  }
  return plan;
}

Status ReadConfigMap(const YAML::Node& node, const std::string& where, std::map<std::string, std::string>* out) {
  if (!node) return Status::Ok();
  if (!node.IsMap()) return InvalidInput(where + " must be a map of topic config names to values");
  for (const auto& entry : node) {
    if (!entry.second.IsScalar()) {
      return InvalidInput(where + "." + entry.first.as<std::string>() + " must be a single value");
    }
    (*out)[entry.first.as<std::string>()] = entry.second.as<std::string>();
  }
  return Status::Ok();
}

Status ReadPositive(const YAML::Node& node, const std::string& where, bool allow_default, int* out) {
  if (!node) return Status::Ok();
  int value = 0;
  if (!YAML::convert<int>::decode(node, value) || (value < 1 && !(allow_default && value == -1))) {
    return InvalidInput(where + (allow_default ? " must be a positive number or -1" : " must be a positive number"));
  }
  *out = value;
  return Status::Ok();
}

}  // namespace

// The built-in plan, overlaid with FILE when given:
//   partitions: 12            # every topic (the --partitions flag otherwise)
//   replication_factor: 3     # -1 = the broker's default.replication.factor
//   config: {min.insync.replicas: 2}     # every topic
//   topics:
//     disclose.deadletter.v1: {partitions: 3, config: {retention.ms: -1}}
Result<std::vector<kafka::TopicSpec>> TopicPlan(int partitions, const std::string& file) {
  std::vector<kafka::TopicSpec> plan = BuiltInPlan(partitions);
  if (file.empty()) return plan;
  YAML::Node root;
  try {
    root = YAML::LoadFile(file);
  } catch (const YAML::Exception& e) {
    return InvalidInput("topics config " + file + " could not be read: " + e.msg + " (line " +
                        std::to_string(e.mark.line + 1) + ")");
  }
  if (!root.IsMap()) return InvalidInput("topics config " + file + " must be a YAML map");
  const std::set<std::string> known = {"partitions", "replication_factor", "config", "topics"};
  for (const auto& entry : root) {
    if (!known.contains(entry.first.as<std::string>())) {
      return InvalidInput("topics config " + file + " has an unknown key " + entry.first.as<std::string>());
    }
  }
  int all_partitions = partitions;
  int all_replication = -1;
  std::map<std::string, std::string> all_config;
  if (Status s = ReadPositive(root["partitions"], file + ": partitions", false, &all_partitions); !s.ok()) return s.error();
  if (Status s = ReadPositive(root["replication_factor"], file + ": replication_factor", true, &all_replication); !s.ok()) {
    return s.error();
  }
  if (Status s = ReadConfigMap(root["config"], file + ": config", &all_config); !s.ok()) return s.error();
  for (kafka::TopicSpec& spec : plan) {
    if (spec.name != kafka::kReplayTopic) spec.partitions = all_partitions;
    spec.replication_factor = all_replication;
    for (const auto& [key, value] : all_config) spec.config[key] = value;
  }
  if (const YAML::Node per = root["topics"]; per) {
    if (!per.IsMap()) return InvalidInput(file + ": topics must be a map of topic names");
    for (const auto& entry : per) {
      const std::string name = entry.first.as<std::string>();
      auto spec = std::find_if(plan.begin(), plan.end(), [&](const kafka::TopicSpec& t) { return t.name == name; });
      if (spec == plan.end()) return InvalidInput(file + ": topics." + name + " is not a disclose topic");
      const std::string where = file + ": topics." + name;
      if (!entry.second.IsMap()) return InvalidInput(where + " must be a map");
      if (Status s = ReadPositive(entry.second["partitions"], where + ".partitions", false, &spec->partitions); !s.ok()) {
        return s.error();
      }
      if (Status s = ReadPositive(entry.second["replication_factor"], where + ".replication_factor", true,
                                  &spec->replication_factor);
          !s.ok()) {
        return s.error();
      }
      if (Status s = ReadConfigMap(entry.second["config"], where + ".config", &spec->config); !s.ok()) return s.error();
    }
  }
  return plan;
}

namespace {

struct TopicsArgs {
  std::string brokers;
  int partitions = 4;
  std::string topics_config;
  bool json = false;
};

// Existing topics are left as they are; say where they differ from the plan.
int ReportDrift(const std::vector<kafka::TopicSpec>& plan, const std::vector<kafka::TopicDescription>& actual) {
  int drift = 0;
  for (const kafka::TopicSpec& spec : plan) {
    auto d = std::find_if(actual.begin(), actual.end(), [&](const kafka::TopicDescription& t) { return t.name == spec.name; });
    if (d == actual.end()) continue;
    if (d->partitions < spec.partitions) {
      PrintError("warning: topic " + spec.name + " exists with " + std::to_string(d->partitions) +
                 " partitions, the plan says " + std::to_string(spec.partitions));
      ++drift;
    }
    for (const auto& [key, value] : spec.config) {
      auto have = d->config.find(key);
      if (have != d->config.end() && have->second != value) {
        PrintError("warning: topic " + spec.name + " exists with " + key + "=" + have->second + ", the plan says " +
                   value + " (existing topics are left as they are)");
        ++drift;
      }
    }
  }
  return drift;
}

int Create(const TopicsArgs& args, const CommonOptions& common) {
  auto plan = TopicPlan(args.partitions, args.topics_config);
  if (!plan.ok()) {
    PrintError(plan.error().message);
    return kExitUsage;
  }
  auto config = MakeKafkaConfig(common, args.brokers.empty() ? kDefaultBrokers : args.brokers);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitUsage;
  }
  if (Status s = kafka::CreateTopics(*config, *plan); !s.ok()) {
    PrintError("topics could not be created: " + s.error().message);
    return kExitFailure;
  }
  auto actual = kafka::DescribeTopics(*config, PlannedNames());
  if (!actual.ok()) {
    PrintError("topics were created but could not be described: " + actual.error().message);
    return kExitFailure;
  }
  const int drift = ReportDrift(*plan, *actual);
  std::cout << "topics ready: " << plan->size() << (drift ? " (" + std::to_string(drift) + " differences from the plan)" : "")
            << "\n";
  return kExitOk;
}

int Describe(const TopicsArgs& args, const CommonOptions& common) {
  auto config = MakeKafkaConfig(common, args.brokers.empty() ? kDefaultBrokers : args.brokers);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitUsage;
  }
  auto actual = kafka::DescribeTopics(*config, PlannedNames());
  if (!actual.ok()) {
    PrintError("topics could not be described: " + actual.error().message +
               (actual.error().kind == ErrorKind::kNotFound ? " (run disclose topics create)" : ""));
    return kExitFailure;
  }
  if (args.json) {
    model::Json out = model::Json::object();
    for (const kafka::TopicDescription& d : *actual) {
      model::Json cfg = model::Json::object();
      for (const std::string& key : kShownKeys) {
        if (auto it = d.config.find(key); it != d.config.end()) cfg[key] = it->second;
      }
      for (const std::string& key : d.overridden) cfg[key] = d.config.at(key);
      out[d.name] = {{"partitions", d.partitions}, {"replication_factor", d.replication_factor}, {"config", cfg}};
    }
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << std::left << std::setw(34) << "TOPIC" << std::setw(11) << "PARTITIONS" << std::setw(9) << "REPLICAS"
            << std::setw(16) << "CLEANUP" << std::setw(14) << "RETENTION.MS" << "MIN.ISR\n";
  for (const kafka::TopicDescription& d : *actual) {
    auto get = [&](const std::string& key) {
      auto it = d.config.find(key);
      return it == d.config.end() ? std::string("-") : it->second;
    };
    std::cout << std::setw(34) << d.name << std::setw(11) << d.partitions << std::setw(9) << d.replication_factor
              << std::setw(16) << get("cleanup.policy") << std::setw(14) << get("retention.ms")
              << get("min.insync.replicas") << "\n";
  }
  return kExitOk;
}

}  // namespace

void AddTopicsCommands(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto a = std::make_shared<TopicsArgs>();
  auto* topics_cmd = app.add_subcommand("topics", "Kafka topics: create them to the plan, or describe them");
  topics_cmd->require_subcommand(1);
  auto* create = topics_cmd->add_subcommand(
      "create", "Create every disclose topic with its partitions, retention and cleanup (idempotent)");
  create->add_option("--brokers", a->brokers, std::string("Kafka bootstrap servers (default ") + kDefaultBrokers + ")");
  create->add_option("--partitions", a->partitions, "Partitions per topic (unless the topics config says)")
      ->check(CLI::Range(1, 10000));
  create->add_option("--topics-config", a->topics_config,
                     "YAML overriding partitions, replication_factor and topic configs (see deploy/topics.yaml)")
      ->check(CLI::ExistingFile);
  create->callback([a, exit_code, &common] { *exit_code = Create(*a, common); });
  auto* describe = topics_cmd->add_subcommand("describe", "Partitions, replicas, cleanup and retention of each topic");
  describe->add_option("--brokers", a->brokers, std::string("Kafka bootstrap servers (default ") + kDefaultBrokers + ")");
  describe->add_flag("--json", a->json, "Print JSON (with every topic config set on the topic)");
  describe->callback([a, exit_code, &common] { *exit_code = Describe(*a, common); });
}

}  // namespace disclose::cli
