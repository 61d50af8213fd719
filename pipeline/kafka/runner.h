// The stage runner: drives one model::StageCore on Kafka with exactly-once semantics.
//
//   KafkaConfig config{.brokers = "127.0.0.1:19092"};
//   extract::Core core(...);
//   StageRunner runner(config, core, RunnerOptions{.instance_id = "host-1"});
//   std::jthread worker([&](std::stop_token stop) { Status s = runner.Run(stop); ... });
//
// Per input record: parse the JSON payload and validate it against its topic's schema
// (invalid -> dead letter); call core.Process, retrying kTransient errors with doubling
// backoff up to max_attempts (then, and for any other error -> dead letter); validate every
// output against its topic's schema (an invalid output is a bug -> dead letter, no output);
// then produce the outputs (or the dead letter) and the consumed offsets in one Kafka
// transaction. Records are grouped into transactions of up to max_batch records.
//
// Kafka side: consumer group "disclose-<stage>" (range assignor, read_committed, no
// auto-commit), transactional.id "disclose-<stage>-<instance_id>", both prefixed with
// KafkaConfig::topic_prefix. Transaction errors follow librdkafka's examples/transactions.c:
// retriable -> retry; abortable -> abort and rewind the consumer to the committed offsets;
// fatal -> recreate the producer (at most 5 times in a row), then rewind. Fenced (another live
// process has the same transactional.id) -> Run returns an error. Outputs are held in memory
// until the batch commits, so the broker-side transaction lasts only as long as the commit;
// on a partition revoke the open batch is committed first. After an abort the runner waits
// (backoff, doubling per consecutive abort, at most 30 s) before consuming again.
//
// Concurrency (for slow stages such as extract's parsing and OCR): with concurrency N > 1 the
// runner hands records to N worker threads (the core must say ConcurrentProcess()), keeps
// consuming while they work (at most 2N records outstanding), and takes finished records into
// the batch only in offset order per partition: offsets are committed up to the lowest
// unfinished record, and the outputs of a record that finished early are held until every
// earlier record of its partition has finished, so a crash replays exactly the unpublished ones.
// An abort or a revoke drops the outstanding records (their results are discarded when they
// finish) and replays them from the committed offsets.
//
// Non-transactional mode (only for the mock cluster, which fakes transactions): produce,
// flush, then commit offsets synchronously: at-least-once.
//
// Thread-safety: Run is called by one thread (it starts and joins its own workers when
// concurrency > 1); counters() may be read from any thread.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <string_view>

#include "pipeline/kafka/cluster.h"
#include "pipeline/model/record.h"
#include "pipeline/model/result.h"
#include "pipeline/observe/metrics.h"

namespace disclose::kafka {

// Validates a payload against the schema of `topic` (unprefixed). kInvalidInput when it does
// not match; the message names JSON pointers and rules, never values.
using Validator = std::function<Status(std::string_view topic, const model::Json& value)>;

struct RunnerOptions {
  std::string instance_id = "0";              // transactional.id suffix: unique per process of a stage
  int max_attempts = 3;                       // Process attempts for kTransient errors before dead-lettering
  std::chrono::milliseconds backoff{200};     // wait before the 2nd attempt; doubles per attempt
  bool transactional = true;                  // false only on the mock cluster
  int max_batch = 100;                        // records per transaction at most
  std::chrono::milliseconds max_batch_time{200};  // a busy transaction is committed after this long
  Validator validator;                        // empty = model::SchemaRegistry::Default()
  // When set (must outlive the runner): disclose_records_in_total, _out_total, _errors_total,
  // _dead_lettered_total, _transactions_total, _pages_total, _findings_total,
  // disclose_process_seconds (histogram) and disclose_consumer_lag (from librdkafka's
  // statistics every statistics_interval_ms), all labelled with the stage.
  observe::Metrics* metrics = nullptr;
  int statistics_interval_ms = 5000;
  int concurrency = 1;  // records processed at once (worker threads); > 1 needs core.ConcurrentProcess()
};

// The consumer group of `stage`'s runners: "<topic_prefix>disclose-<stage>".
std::string StageGroupId(const KafkaConfig& config, std::string_view stage);

class StageRunner {
 public:
  // Counters since construction (records may be counted again after an abort replays them).
  struct Counters {
    std::atomic<uint64_t> in{0};             // records consumed
    std::atomic<uint64_t> out{0};            // output records committed
    std::atomic<uint64_t> dead_lettered{0};  // dead-letter records committed
    std::atomic<uint64_t> aborted{0};        // transactions aborted
    std::atomic<uint64_t> committed{0};      // transactions (or offset commits) done
    std::atomic<bool> running{false};        // started (subscribed, producer ready) and not stopping
    std::atomic<int> assigned{0};            // partitions currently assigned
  };

  // `core` must outlive the runner. Options are checked by Run.
  StageRunner(KafkaConfig config, model::StageCore& core, RunnerOptions options);
  ~StageRunner();
  StageRunner(const StageRunner&) = delete;
  StageRunner& operator=(const StageRunner&) = delete;

  // Runs until `stop` is requested, then finishes gracefully: the open transaction is
  // committed (a record interrupted mid-retry is left for the next run), and the consumer
  // leaves its group. Returns an error if it cannot start (bad options or properties,
  // cluster unreachable for init_transactions) or on an unrecoverable client error.
  // Pre: Run is not called concurrently or twice at once.
  [[nodiscard]] Status Run(std::stop_token stop);

  const Counters& counters() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclose::kafka
