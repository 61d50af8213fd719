// Produces records onto disclose topics from outside a stage runner: `disclose submit`,
// intake, `disclose dlq replay`, and tests injecting records (also raw malformed bytes).
//
//   auto publisher = Publisher::Create(config, "disclose-submit-0");
//   if (!publisher.ok()) ...
//   Status s = (*publisher)->Publish(records);   // all or nothing when transactional
//
// Thread-safety: a Publisher is used by one thread at a time.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipeline/kafka/cluster.h"
#include "pipeline/model/record.h"
#include "pipeline/model/result.h"

namespace disclose::kafka {

class Publisher {
 public:
  struct RawRecord {
    std::string topic;  // unprefixed
    std::string key;
    std::string bytes;
  };

  // An idempotent producer; with a non-empty `transactional_id` (prefixed with
  // config.topic_prefix) also transactional, after init_transactions (fences older producers
  // with the same id). Fails if the cluster cannot be reached in about 30 s.
  [[nodiscard]] static Result<std::unique_ptr<Publisher>> Create(const KafkaConfig& config,
                                                                  std::string transactional_id);
  ~Publisher();
  Publisher(const Publisher&) = delete;
  Publisher& operator=(const Publisher&) = delete;

  // Produces `records` (record.topic unprefixed; value serialised as compact JSON; key =
  // record.key) and waits for them. Transactional: in one transaction, all visible or none
  // (an aborted transaction is kTransient, so the caller can retry). Otherwise: produce and
  // flush; any undelivered record makes the result an error (some may have been written).
  [[nodiscard]] Status Publish(const std::vector<model::Record>& records);
  // Same for one message of arbitrary bytes (e.g. malformed JSON for tests, replays).
  [[nodiscard]] Status PublishRaw(const std::string& topic, const std::string& key, const std::string& bytes);
  // Several messages of arbitrary bytes, in one transaction when transactional (dlq replay
  // writes the replayed payload and its replay marker together).
  [[nodiscard]] Status PublishRaw(const std::vector<RawRecord>& records);

 private:
  struct Impl;
  explicit Publisher(std::unique_ptr<Impl> impl);
  Status PublishMessages(const std::vector<RawRecord>& messages);
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclose::kafka
