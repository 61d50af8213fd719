// Reads disclose topics from the beginning, read_committed, without a consumer group: for
// tests, `disclose run` (wait until sealed) and `disclose status`.
//
//   auto tail = Tail::Create(config, {std::string(topics::kSealed)});
//   for (const TailRecord& r : (*tail)->Poll(std::chrono::seconds(5))) ...
//
// Thread-safety: a Tail is used by one thread at a time.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/kafka/cluster.h"
#include "pipeline/model/record.h"
#include "pipeline/model/result.h"

namespace disclose::kafka {

struct TailRecord {
  std::string topic;         // unprefixed
  int32_t partition = 0;
  int64_t offset = 0;
  std::string key;
  model::Json value;         // the parsed payload, or a JSON string holding the raw bytes
  bool is_json = false;      // whether the payload parsed as JSON
  std::string raw;           // the payload bytes as received
};

class Tail {
 public:
  // Pre: every topic (unprefixed) exists (kNotFound otherwise). Assigns all of its partitions
  // at the beginning; partitions added later are not seen.
  [[nodiscard]] static Result<std::unique_ptr<Tail>> Create(const KafkaConfig& config,
                                                             std::vector<std::string> topics);
  ~Tail();
  Tail(const Tail&) = delete;
  Tail& operator=(const Tail&) = delete;

  // Waits up to `timeout` for the first record; after one arrives, returns as soon as every
  // partition is caught up (at its last committed offset) or when `timeout` has passed.
  // Records of one partition come in offset order.
  std::vector<TailRecord> Poll(std::chrono::milliseconds timeout);
  // Reads until every partition is at its end (also when the topics are empty) or `timeout`
  // has passed; *complete (when given) says which.
  std::vector<TailRecord> ReadToEnd(std::chrono::milliseconds timeout, bool* complete = nullptr);

 private:
  struct Impl;
  explicit Tail(std::unique_ptr<Impl> impl);
  std::vector<TailRecord> Read(std::chrono::milliseconds timeout, bool to_end, bool* complete);
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclose::kafka
