// Kafka connection settings, librdkafka's in-process mock cluster, and topic creation.
//
//   KafkaConfig config{.brokers = "127.0.0.1:19092"};
//   Status s = CreateTopics(config, {{.name = "disclose.intake.v1", .partitions = 4}});
//
// Topic names given to this module are always the unprefixed names (topics::k*); the module
// adds KafkaConfig::topic_prefix on the wire and strips it from what it returns.
// Thread-safety: KafkaConfig and TopicSpec are values. MockCluster is thread-safe (librdkafka
// serves it from its own threads); CreateTopics may be called from any thread.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/result.h"

namespace disclose::kafka {

struct KafkaConfig {
  std::string brokers;                             // bootstrap servers, "host:port[,host:port]"
  std::map<std::string, std::string> properties;   // passed verbatim to every librdkafka handle
                                                   // (security.protocol, sasl.*, ssl.*)
  std::string topic_prefix;                        // "" in production; tests use a unique prefix
  int session_timeout_ms = 6000;                   // one value for every client (mock-cluster gotcha)

  // The name of `topic` on the wire.
  std::string Wire(std::string_view topic) const { return topic_prefix + std::string(topic); }
  // `wire_topic` without the prefix (unchanged when it does not carry it).
  std::string Logical(std::string_view wire_topic) const;
};

// librdkafka's in-process mock cluster: for the one-command demo and quick tests. It fakes
// transactions (offsets sent to a transaction are not stored, aborts are not honoured), so
// runners on it must use RunnerOptions::transactional = false. Data lives in this process's
// memory and disappears with the object. Listens on 127.0.0.1 with random ports.
class MockCluster {
 public:
  // Pre: brokers >= 1.
  [[nodiscard]] static Result<std::unique_ptr<MockCluster>> Start(int brokers = 1);
  ~MockCluster();
  MockCluster(const MockCluster&) = delete;
  MockCluster& operator=(const MockCluster&) = delete;

  // The bootstrap servers to put into KafkaConfig::brokers.
  std::string Bootstraps() const;
  // Creates `topic` (a wire name, i.e. already prefixed) with `partitions` partitions.
  // An existing topic is not an error.
  Status CreateTopic(const std::string& topic, int partitions);

 private:
  struct Impl;
  explicit MockCluster(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct TopicSpec {
  std::string name;                           // unprefixed, e.g. topics::kIntake
  int partitions = 4;
  std::map<std::string, std::string> config;  // topic configs, e.g. {"retention.ms", "604800000"}
  int replication_factor = -1;                // -1: the broker's default.replication.factor
};

// A topic as the cluster has it: partitions, replicas of partition 0, and every topic config
// with its value (defaults included; `overridden` lists the keys set on the topic itself).
struct TopicDescription {
  std::string name;  // unprefixed
  int partitions = 0;
  int replication_factor = 0;
  std::map<std::string, std::string> config;
  std::vector<std::string> overridden;
};

// Describes `names` (unprefixed) with the metadata and DescribeConfigs admin APIs. kNotFound
// when one does not exist. Real clusters only (the mock cluster has no admin API).
[[nodiscard]] Result<std::vector<TopicDescription>> DescribeTopics(const KafkaConfig& config,
                                                                   const std::vector<std::string>& names);

// Creates `topics` (prefixed with config.topic_prefix), idempotently: topics that exist already
// are left as they are. With `mock`, uses the mock cluster's own call (the mock has no admin
// API; topic configs are ignored there). On a real cluster, uses the admin API with replication
// factor -1 (the broker default) and returns once every partition has a leader.
[[nodiscard]] Status CreateTopics(const KafkaConfig& config, const std::vector<TopicSpec>& topics,
                                  MockCluster* mock = nullptr);

}  // namespace disclose::kafka
