// Operator tools on the topics: the dead-letter queue (list, replay) and consumer lag.
//
//   auto letters = ListDeadLetters(config);            // every committed dead letter, replayed or not
//   auto replay = ReplayDeadLetters(config, {"disclose.intake.v1:2:41"});
//   auto lag = StageLag(config, "extract", topics::kIntake);
//
// A dead letter's id is its source position, "TOPIC:PARTITION:OFFSET" (TOPIC unprefixed): the
// record the stage could not process. Exactly-once commits make it unique.
//
// Replay-once design: replaying writes, in ONE Kafka transaction, the original payload back to
// its source topic (same key) and a marker record keyed by the id to the compacted topic
// disclose.deadletter.replayed.v1. A replay reads the markers (read_committed) after its
// init_transactions with the fixed transactional.id "disclose-dlq-replay", which fences any
// concurrent replay, and skips ids that already have a marker. So each dead letter is
// republished at most once, and the stage processes the republished record exactly once
// (its runner is transactional); a record that fails again becomes a new dead letter with a
// new id. The dead-letter topic itself is never rewritten (it is the audit trail).
// Thread-safety: free functions; each call makes its own clients.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/kafka/cluster.h"
#include "pipeline/model/record.h"
#include "pipeline/model/result.h"

namespace disclose::kafka {

inline constexpr std::string_view kReplayTopic = "disclose.deadletter.replayed.v1";

struct DeadLetter {
  std::string id;            // "TOPIC:PARTITION:OFFSET" of the source record
  int32_t partition = 0;     // position in the dead-letter topic
  int64_t offset = 0;
  std::string key;           // the source record's key (bundle id)
  model::Json value;         // the dead-letter record (payload_base64 included)
  bool replayed = false;
  int64_t replayed_at = 0;   // ms since the epoch, when replayed
};

// Every committed dead letter (dead-letter topic order per partition) with its replay state.
// kNotFound when the dead-letter topic does not exist.
[[nodiscard]] Result<std::vector<DeadLetter>> ListDeadLetters(const KafkaConfig& config,
                                                              std::chrono::milliseconds timeout =
                                                                  std::chrono::seconds(15));

struct ReplayReport {
  std::vector<std::string> replayed;         // republished now
  std::vector<std::string> already_replayed; // skipped: a marker exists
  std::vector<std::string> unknown;          // requested ids that are not dead letters
};

// Replays `ids` (empty = every dead letter not yet replayed). Creates the marker topic when
// missing. Stops at the first failed transaction (the ids before it stay replayed).
[[nodiscard]] Result<ReplayReport> ReplayDeadLetters(const KafkaConfig& config, const std::vector<std::string>& ids);

struct PartitionLag {
  std::string topic;       // unprefixed
  int32_t partition = 0;
  int64_t committed = -1;  // the group's committed offset (-1 = none yet)
  int64_t end = 0;         // high watermark
  int64_t lag = 0;         // committed records after the group's offset (read when the offset gap
                           // is at most 10,000, so transaction markers do not count); above
                           // that, end - committed (from the start when nothing is committed).
};

// Consumer lag of stage `stage`'s group (StageGroupId) on `topic` (unprefixed), per partition.
[[nodiscard]] Result<std::vector<PartitionLag>> StageLag(const KafkaConfig& config, std::string_view stage,
                                                         std::string_view topic);

}  // namespace disclose::kafka
