// StageRunner: consume -> validate -> Process (with retries) -> produce + offsets in one transaction.
#include "pipeline/kafka/runner.h"

#include <algorithm>
#include <array>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include <librdkafka/rdkafka.h>

#include "pipeline/kafka/client.h"
#include "pipeline/kafka/deadletter.h"
#include "pipeline/model/schema.h"
#include "pipeline/model/topics.h"
#include "pipeline/observe/log.h"

namespace disclose::kafka {

using namespace internal;  // NOLINT(google-build-using-namespace): this folder's own helpers
using model::Json;

namespace {

constexpr int kInitTimeoutMs = 60000;
constexpr int kCallTimeoutMs = 30000;
constexpr int kCommitRetries = 10;
constexpr int kMaxFatalRecoveries = 5;

std::string Dump(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

// Sleeps `duration` unless `stop` is requested first; returns false when stopped.
bool SleepUnlessStopped(std::stop_token stop, std::chrono::milliseconds duration) {
  std::mutex mutex;
  std::condition_variable_any cv;
  std::unique_lock lock(mutex);
  return !cv.wait_for(lock, stop, duration, [] { return false; }) && !stop.stop_requested();
}

}  // namespace

std::string StageGroupId(const KafkaConfig& config, std::string_view stage) {
  return config.topic_prefix + "disclose-" + std::string(stage);
}

struct StageRunner::Impl {
  KafkaConfig config;
  model::StageCore& core;
  RunnerOptions options;
  Counters counters;

  std::string stage;
  std::string input_topic;     // unprefixed
  std::string group_id;        // wire
  std::string transactional_id;  // wire; empty when not transactional

  KafkaPtr consumer;
  DeliveryState delivery;      // declared before the producer: outlives it
  KafkaPtr producer;

  // The open batch: handled records whose outputs are held here until CommitBatch produces
  // them and the offsets in one short transaction (so a slow Process or a retry backoff
  // never keeps a broker-side transaction open).
  struct Pending {
    std::string wire_topic, key, value;
  };
  // One consumed record, copied out of librdkafka's message so a worker thread can own it.
  struct Inbound {
    std::string wire_topic;
    DeadLetterSource source;  // logical topic, partition, offset, key
    std::string payload;
  };
  // What handling a record produced: its outputs (or dead letter), ready for the batch.
  struct Handled {
    enum class State { kDone, kStopped, kFailed } state = State::kDone;
    std::vector<Pending> records;
    uint64_t out = 0, dead = 0;
    std::map<std::string, uint64_t> topics;  // unprefixed topic -> outputs
  };
  int batch_count = 0;
  std::chrono::steady_clock::time_point batch_started;
  std::map<std::pair<std::string, int32_t>, int64_t> batch_offsets;  // wire topic, partition -> next offset
  std::vector<Pending> batch_records;
  uint64_t batch_out = 0;
  uint64_t batch_dead = 0;
  std::map<std::string, uint64_t> batch_out_topics;  // unprefixed topic -> outputs in the batch
  bool revoking = false;
  int fatal_recoveries = 0;  // producer recreations since the last successful commit
  int abort_streak = 0;      // aborted batches since the last successful commit
  Status fatal;  // set when the runner cannot continue
  std::stop_token run_stop;

  // Concurrency > 1: records handed to worker threads, and their results by partition and
  // offset until every earlier record of the partition is done (guarded by pool_mutex).
  struct Job {
    uint64_t epoch = 0;
    Inbound in;
  };
  using PartitionKey = std::pair<std::string, int32_t>;  // wire topic, partition
  std::mutex pool_mutex;
  std::condition_variable_any work_ready;
  std::condition_variable_any work_done;
  std::deque<Job> queue;
  std::map<PartitionKey, std::map<int64_t, std::optional<Handled>>> outstanding;
  size_t outstanding_count = 0;
  int busy_workers = 0;
  uint64_t epoch = 0;  // bumped when outstanding records are dropped; late results are discarded
  std::vector<std::jthread> workers;

  Impl(KafkaConfig c, model::StageCore& k, RunnerOptions o) : config(std::move(c)), core(k), options(std::move(o)) {}

  Status Validate(std::string_view topic, const Json& value) const {
    if (options.validator) return options.validator(topic, value);
    return model::SchemaRegistry::Default().Validate(topic, value);
  }

  Json Ids() const { return {{"stage", stage}}; }

  observe::Labels StageLabel() const { return {{"stage", stage}}; }
  void Count(const std::string& name, observe::Labels labels, double delta = 1) const {
    if (options.metrics) options.metrics->Add(name, labels, delta);
  }
  void DescribeMetrics() const;
  void OnStatistics(std::string_view json);
  static int StatisticsCallback(rd_kafka_t* rk, char* json, size_t json_len, void* opaque);

  Status Start();
  Status CreateProducer();
  void ClearBatch();
  void Rewind();
  void AbortBatch(std::string_view why, bool txn_open);
  bool CommitBatch();
  void RecoverFromFatal(const rd_kafka_error_t* error);
  Inbound Copy(const rd_kafka_message_t& msg) const;
  Handled Process(const Inbound& in, std::stop_token stop, bool serial);
  void Accept(Handled handled, const std::string& wire_topic, int32_t partition, int64_t offset);
  Pending MakePending(const model::Record& record, const std::string& fallback_key) const;
  bool Concurrent() const { return options.concurrency > 1; }
  void StartWorkers();
  void WorkerLoop(std::stop_token stop);
  void Dispatch(Inbound in);
  void Drain();
  size_t Outstanding();
  void DropOutstanding();
  void FinishWorkers();
  static void RebalanceCallback(rd_kafka_t* rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t* partitions,
                                void* opaque);
};

StageRunner::StageRunner(KafkaConfig config, model::StageCore& core, RunnerOptions options)
    : impl_(std::make_unique<Impl>(std::move(config), core, std::move(options))) {}
StageRunner::~StageRunner() = default;

const StageRunner::Counters& StageRunner::counters() const { return impl_->counters; }

Status StageRunner::Impl::CreateProducer() {
  producer.reset();
  Result<KafkaPtr> made = MakeProducer(config, transactional_id, &delivery);
  if (!made.ok()) return made.error();
  producer = std::move(*made);
  if (!transactional_id.empty()) return InitTransactions(producer.get(), kInitTimeoutMs);
  return Status::Ok();
}

Status StageRunner::Impl::Start() {
  stage = std::string(core.Name());
  input_topic = std::string(core.InputTopic());
  if (stage.empty()) return InvalidInput("the stage core has no name");
  if (input_topic.empty()) return InvalidInput("stage " + stage + " has no input topic to run on");
  if (options.max_attempts < 1) return InvalidInput("RunnerOptions.max_attempts must be at least 1");
  if (options.max_batch < 1) return InvalidInput("RunnerOptions.max_batch must be at least 1");
  if (options.concurrency < 1) return InvalidInput("RunnerOptions.concurrency must be at least 1");
  if (options.concurrency > 1 && !core.ConcurrentProcess()) {
    return InvalidInput("stage " + stage + " processes one record at a time; its concurrency must be 1");
  }
  if (options.instance_id.empty()) return InvalidInput("RunnerOptions.instance_id must not be empty");
  group_id = StageGroupId(config, stage);
  transactional_id = options.transactional ? group_id + "-" + options.instance_id : "";

  Result<ConfPtr> conf = MakeConf(config, {{"group.id", group_id},
                                           {"partition.assignment.strategy", "range"},
                                           {"isolation.level", "read_committed"},
                                           {"enable.auto.commit", "false"},
                                           {"enable.auto.offset.store", "false"},
                                           {"auto.offset.reset", "earliest"},
                                           {"enable.partition.eof", "false"},
                                           {"session.timeout.ms", std::to_string(config.session_timeout_ms)}});
  if (!conf.ok()) return conf.error();
  rd_kafka_conf_set_opaque(conf->get(), this);
  rd_kafka_conf_set_rebalance_cb(conf->get(), &Impl::RebalanceCallback);
  if (options.metrics && options.statistics_interval_ms > 0) {
    DescribeMetrics();
    std::array<char, 256> errstr{};
    if (rd_kafka_conf_set(conf->get(), "statistics.interval.ms", std::to_string(options.statistics_interval_ms).c_str(),
                          errstr.data(), errstr.size()) != RD_KAFKA_CONF_OK) {
      return InvalidInput("RunnerOptions.statistics_interval_ms is out of range");
    }
    rd_kafka_conf_set_stats_cb(conf->get(), &Impl::StatisticsCallback);
  } else if (options.metrics) {
    DescribeMetrics();
  }
  Result<KafkaPtr> made = MakeHandle(RD_KAFKA_CONSUMER, std::move(*conf));
  if (!made.ok()) return made.error();
  consumer = std::move(*made);
  rd_kafka_poll_set_consumer(consumer.get());

  if (Status s = CreateProducer(); !s.ok()) return s;

  PartitionsPtr subscription(rd_kafka_topic_partition_list_new(1));
  rd_kafka_topic_partition_list_add(subscription.get(), config.Wire(input_topic).c_str(), RD_KAFKA_PARTITION_UA);
  if (rd_kafka_resp_err_t err = rd_kafka_subscribe(consumer.get(), subscription.get()); err) {
    return FromRespErr(err, "subscribing to " + config.Wire(input_topic));
  }
  observe::Log(observe::Level::kInfo, "kafka.runner_started",
               {{"stage", stage}, {"topic", input_topic}, {"group", group_id},
                {"transactional", options.transactional}, {"instance", options.instance_id}});
  return Status::Ok();
}

void StageRunner::Impl::DescribeMetrics() const {
  using observe::MetricType;
  observe::Metrics& m = *options.metrics;
  m.Describe("disclose_records_in_total", "Records consumed (replays after an abort count again)",
             MetricType::kCounter);
  m.Describe("disclose_records_out_total", "Output records committed, by topic", MetricType::kCounter);
  m.Describe("disclose_errors_total", "Failed processing attempts, by error kind", MetricType::kCounter);
  m.Describe("disclose_dead_lettered_total", "Dead-letter records committed", MetricType::kCounter);
  m.Describe("disclose_transactions_total", "Transactions by outcome (committed, aborted)", MetricType::kCounter);
  m.Describe("disclose_pages_total", "Pages of the documents processed", MetricType::kCounter);
  m.Describe("disclose_findings_total", "Findings by category in the documents processed", MetricType::kCounter);
  m.Describe("disclose_process_seconds", "Time to process one record (all attempts)", MetricType::kHistogram);
  m.Describe("disclose_consumer_lag", "Records behind the high watermark per assigned partition (librdkafka)",
             MetricType::kGauge);
  m.Describe("disclose_assigned_partitions", "Partitions assigned to this process", MetricType::kGauge);
  for (const char* outcome : {"committed", "aborted"}) {
    m.Add("disclose_transactions_total", {{"stage", stage}, {"outcome", outcome}}, 0);
  }
  m.Add("disclose_records_in_total", StageLabel(), 0);
  m.Add("disclose_dead_lettered_total", StageLabel(), 0);
}

int StageRunner::Impl::StatisticsCallback(rd_kafka_t* /*rk*/, char* json, size_t json_len, void* opaque) {
  static_cast<Impl*>(opaque)->OnStatistics({json, json_len});
  return 0;  // librdkafka frees json
}

// librdkafka's statistics JSON: topics.<wire>.partitions.<n> with fetch_state, consumer_lag,
// ls_offset, app_offset, next_offset (partition "-1" is the internal UA partition).
void StageRunner::Impl::OnStatistics(std::string_view json) {
  if (!options.metrics) return;
  Json stats = Json::parse(json, nullptr, false);
  if (!stats.is_object() || !stats.contains("topics") || !stats["topics"].is_object()) return;
  std::vector<std::pair<observe::Labels, double>> series;
  for (const auto& [wire, topic] : stats["topics"].items()) {
    if (!topic.contains("partitions") || !topic["partitions"].is_object()) continue;
    for (const auto& [number, partition] : topic["partitions"].items()) {
      if (number == "-1" || !partition.is_object()) continue;
      if (partition.value("fetch_state", "") != "active") continue;  // not assigned here
      // consumer_lag needs offsets committed by this consumer; transactional commits go through
      // the producer, so fall back to the last stable offset minus the position.
      int64_t lag = partition.value("consumer_lag", int64_t{-1});
      if (lag < 0) {
        const int64_t stable = partition.value("ls_offset", int64_t{-1});
        int64_t position = partition.value("app_offset", int64_t{-1});
        if (position < 0) position = partition.value("next_offset", int64_t{-1});
        if (stable < 0 || position < 0) continue;
        lag = std::max<int64_t>(0, stable - position);
      }
      series.push_back({{{"stage", stage}, {"topic", config.Logical(wire)}, {"partition", number}},
                        static_cast<double>(lag)});
    }
  }
  options.metrics->Replace("disclose_consumer_lag", "stage", stage, series);
}

void StageRunner::Impl::ClearBatch() {
  batch_out_topics.clear();
  batch_count = 0;
  batch_offsets.clear();
  batch_records.clear();
  batch_out = 0;
  batch_dead = 0;
}

// Seeks every assigned partition back to its committed offset (or the beginning when none),
// so that records of an aborted batch are consumed again.
void StageRunner::Impl::Rewind() {
  if (revoking) return;  // the partitions are going away; their next owner starts from the commit
  rd_kafka_topic_partition_list_t* raw = nullptr;
  if (rd_kafka_assignment(consumer.get(), &raw) != RD_KAFKA_RESP_ERR_NO_ERROR || raw == nullptr) return;
  PartitionsPtr assignment(raw);
  if (assignment->cnt == 0) return;
  if (rd_kafka_resp_err_t err = rd_kafka_committed(consumer.get(), assignment.get(), kCallTimeoutMs); err) {
    observe::Log(observe::Level::kError, "kafka.rewind_failed", {{"stage", stage}, {"error", rd_kafka_err2name(err)}});
    fatal = FromRespErr(err, "fetching committed offsets to rewind");
    return;
  }
  for (int i = 0; i < assignment->cnt; ++i) {
    if (assignment->elems[i].offset < 0) assignment->elems[i].offset = RD_KAFKA_OFFSET_BEGINNING;
  }
  if (KafkaErrorPtr error(rd_kafka_seek_partitions(consumer.get(), assignment.get(), kCallTimeoutMs)); error) {
    observe::Log(observe::Level::kError, "kafka.rewind_failed",
                 {{"stage", stage}, {"error", rd_kafka_error_name(error.get())}});
    fatal = FromKafkaError(error.get(), "seeking to committed offsets");
    return;
  }
  for (int i = 0; i < assignment->cnt; ++i) {
    if (assignment->elems[i].err) {
      fatal = FromRespErr(assignment->elems[i].err, "seeking a partition to its committed offset");
    }
  }
  observe::Log(observe::Level::kInfo, "kafka.rewound", {{"stage", stage}, {"partitions", assignment->cnt}});
}

// A fatal producer error (e.g. fenced by a newer instance with the same id): the open
// transaction is lost; make a new producer and replay from the committed offsets.
void StageRunner::Impl::RecoverFromFatal(const rd_kafka_error_t* error) {
  observe::Log(observe::Level::kError, "kafka.producer_fatal",
               {{"stage", stage}, {"error", rd_kafka_error_name(error)}, {"recreated", fatal_recoveries}});
  ++counters.aborted;
  ++abort_streak;
  Count("disclose_transactions_total", {{"stage", stage}, {"outcome", "aborted"}});
  ClearBatch();
  DropOutstanding();
  if (rd_kafka_error_code(error) == RD_KAFKA_RESP_ERR__FENCED ||
      rd_kafka_error_code(error) == RD_KAFKA_RESP_ERR_PRODUCER_FENCED) {
    // Another live process uses the same transactional.id: recreating would fence it in turn,
    // and the two would take turns forever. Stop this one.
    fatal = Internal("stage " + stage + " instance " + options.instance_id +
                     " was fenced by another process with the same transactional.id; give each process "
                     "its own instance id");
    return;
  }
  if (++fatal_recoveries > kMaxFatalRecoveries) {
    fatal = FromKafkaError(error, "transactional producer (recreated " + std::to_string(kMaxFatalRecoveries) +
                                      " times without a successful commit)");
    return;
  }
  if (Status s = CreateProducer(); !s.ok()) {
    fatal = s;
    return;
  }
  Rewind();
}

// Drops the batch and replays its records from the committed offsets.
void StageRunner::Impl::AbortBatch(std::string_view why, bool txn_open) {
  observe::Log(observe::Level::kWarn, "kafka.transaction_aborted", {{"stage", stage}, {"error", why}});
  if (txn_open) {
    KafkaErrorPtr error(rd_kafka_abort_transaction(producer.get(), -1));
    if (error) {
      RecoverFromFatal(error.get());
      return;
    }
  }
  ++counters.aborted;
  ++abort_streak;
  Count("disclose_transactions_total", {{"stage", stage}, {"outcome", "aborted"}});
  ClearBatch();
  DropOutstanding();
  Rewind();
}

// Produces the batch's records and commits its offsets: one transaction when transactional.
// Returns true when committed; false when the batch was aborted (and will be replayed).
bool StageRunner::Impl::CommitBatch() {
  if (batch_count == 0) return true;
  PartitionsPtr offsets(rd_kafka_topic_partition_list_new(static_cast<int>(batch_offsets.size())));
  for (const auto& [where, next] : batch_offsets) {
    rd_kafka_topic_partition_list_add(offsets.get(), where.first.c_str(), where.second)->offset = next;
  }

  if (!options.transactional) {
    const uint64_t failed_before = delivery.failed.load();
    for (const Pending& p : batch_records) {
      if (Status s = Produce(producer.get(), p.wire_topic, p.key, p.value); !s.ok()) {
        AbortBatch(s.error().message, false);
        return false;
      }
    }
    rd_kafka_flush(producer.get(), kCallTimeoutMs);
    if (rd_kafka_outq_len(producer.get()) > 0 || delivery.failed.load() != failed_before) {
      AbortBatch("outputs not delivered", false);  // some may be out: at-least-once in this mode
      return false;
    }
    if (rd_kafka_resp_err_t err = rd_kafka_commit(consumer.get(), offsets.get(), 0); err) {
      AbortBatch(std::string("offset commit failed: ") + rd_kafka_err2name(err), false);
      return false;
    }
  } else {
    if (KafkaErrorPtr error(rd_kafka_begin_transaction(producer.get())); error) {
      RecoverFromFatal(error.get());  // only fails in a wrong or fatal state
      return false;
    }
    for (const Pending& p : batch_records) {
      if (Status s = Produce(producer.get(), p.wire_topic, p.key, p.value); !s.ok()) {
        AbortBatch(s.error().message, true);
        return false;
      }
    }
    GroupMetadataPtr metadata(rd_kafka_consumer_group_metadata(consumer.get()));
    if (KafkaErrorPtr error(rd_kafka_send_offsets_to_transaction(producer.get(), offsets.get(), metadata.get(), -1));
        error) {
      if (rd_kafka_error_is_fatal(error.get())) {
        RecoverFromFatal(error.get());
      } else {
        AbortBatch(rd_kafka_error_name(error.get()), true);  // abortable or retriable: replay the batch
      }
      return false;
    }
    for (int tries = 1;; ++tries) {
      KafkaErrorPtr error(rd_kafka_commit_transaction(producer.get(), -1));
      if (!error) break;
      if (rd_kafka_error_is_retriable(error.get()) && tries < kCommitRetries) continue;
      if (rd_kafka_error_is_fatal(error.get())) {
        RecoverFromFatal(error.get());
      } else {
        AbortBatch(rd_kafka_error_name(error.get()), true);  // requires abort (or retries exhausted)
      }
      return false;
    }
  }
  counters.out += batch_out;
  counters.dead_lettered += batch_dead;
  ++counters.committed;
  if (options.metrics) {
    for (const auto& [topic, n] : batch_out_topics) {
      Count("disclose_records_out_total", {{"stage", stage}, {"topic", topic}}, static_cast<double>(n));
    }
    Count("disclose_dead_lettered_total", StageLabel(), static_cast<double>(batch_dead));
    Count("disclose_transactions_total", {{"stage", stage}, {"outcome", "committed"}});
  }
  fatal_recoveries = 0;
  abort_streak = 0;
  observe::Log(observe::Level::kDebug, "kafka.batch_committed",
               {{"stage", stage}, {"records", batch_count}, {"out", batch_out}, {"dead_lettered", batch_dead}});
  ClearBatch();
  return true;
}

StageRunner::Impl::Pending StageRunner::Impl::MakePending(const model::Record& record,
                                                          const std::string& fallback_key) const {
  return {config.Wire(record.topic), record.key.empty() ? fallback_key : record.key, Dump(record.value)};
}

StageRunner::Impl::Inbound StageRunner::Impl::Copy(const rd_kafka_message_t& msg) const {
  Inbound in;
  in.wire_topic = rd_kafka_topic_name(msg.rkt);
  in.source.topic = config.Logical(in.wire_topic);
  in.source.partition = msg.partition;
  in.source.offset = msg.offset;
  if (msg.key != nullptr) in.source.key.assign(static_cast<const char*>(msg.key), msg.key_len);
  if (msg.payload != nullptr) in.payload.assign(static_cast<const char*>(msg.payload), msg.len);
  return in;
}

// Parses, validates and processes one record (with retries) into its outputs or dead letter.
// `serial`: called on the consuming thread, which publishes the open batch before a retry
// wait; otherwise called on a worker thread, touching no batch state.
StageRunner::Impl::Handled StageRunner::Impl::Process(const Inbound& in, std::stop_token stop, bool serial) {
  ++counters.in;
  Count("disclose_records_in_total", StageLabel());
  const auto started = std::chrono::steady_clock::now();
  const DeadLetterSource& source = in.source;
  const std::string_view payload = in.payload;
  Handled handled;

  std::vector<model::Record> outputs;
  std::optional<Error> failure;
  int attempts = 0;

  Json value;
  if (payload.empty()) {
    failure = InvalidInput("payload is empty");
  } else {
    try {
      value = Json::parse(payload);
    } catch (const Json::parse_error& e) {
      failure = InvalidInput("payload is not valid JSON (error at byte " + std::to_string(e.byte) + ")");
    }
  }
  if (!failure) {
    if (Status s = Validate(source.topic, value); !s.ok()) {
      failure = Error{s.error().kind, "input rejected: " + s.error().message};
    }
  }
  if (!failure) {
    model::Record input{source.topic, source.key, std::move(value)};
    auto wait = options.backoff;
    while (true) {
      ++attempts;
      Result<std::vector<model::Record>> result = [&]() -> Result<std::vector<model::Record>> {
        try {
          return core.Process(input);
        } catch (const std::exception& e) {  // a core must not throw; treat it as a bug
          return Internal(std::string("stage threw an exception: ") + e.what());
        }
      }();
      if (result.ok()) {
        outputs = std::move(*result);
        break;
      }
      Count("disclose_errors_total", {{"stage", stage}, {"kind", ErrorKindName(result.error().kind)}});
      if (result.error().kind != ErrorKind::kTransient || attempts >= options.max_attempts) {
        failure = result.error();
        break;
      }
      observe::Log(observe::Level::kInfo, "kafka.process_retry",
                   {{"stage", stage}, {"topic", source.topic}, {"partition", source.partition},
                    {"offset", source.offset}, {"attempt", attempts}});
      // Publish what is done before waiting, so that one slow record does not hold back others.
      if (serial && !CommitBatch()) {
        handled.state = Handled::State::kFailed;  // aborted: this record is replayed too
        return handled;
      }
      if (!SleepUnlessStopped(stop, wait)) {
        handled.state = Handled::State::kStopped;
        return handled;
      }
      wait *= 2;
    }
  }
  if (!failure) {
    for (const model::Record& out : outputs) {
      Status s = out.topic.empty() ? Status(InvalidInput("an output record has no topic"))
                                   : Validate(out.topic, out.value);
      if (!s.ok()) {
        failure = Internal("stage " + stage + " produced an invalid " + out.topic + " record: " + s.error().message);
        break;
      }
    }
  }

  if (options.metrics) {
    options.metrics->Observe("disclose_process_seconds", StageLabel(),
                             std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  }
  if (failure && attempts == 0) Count("disclose_errors_total", {{"stage", stage}, {"kind", ErrorKindName(failure->kind)}});
  if (!failure && options.metrics) {
    for (const model::Record& out : outputs) {
      if (out.value.contains("pages") && out.value["pages"].is_number_integer()) {
        Count("disclose_pages_total", StageLabel(), out.value["pages"].get<double>());
      }
      if (out.value.contains("categories") && out.value["categories"].is_object()) {
        for (const auto& [category, n] : out.value["categories"].items()) {
          if (n.is_number()) Count("disclose_findings_total", {{"stage", stage}, {"category", category}}, n.get<double>());
        }
      }
    }
  }
  if (failure) {
    observe::Log(observe::Level::kWarn, "kafka.dead_lettered",
                 {{"stage", stage}, {"topic", source.topic}, {"partition", source.partition},
                  {"offset", source.offset}, {"kind", ErrorKindName(failure->kind)}, {"attempts", attempts}});
    model::Record dead = DeadLetterRecord(stage, *failure, source, attempts, payload);
    handled.records.push_back(MakePending(dead, source.key));
    ++handled.topics[dead.topic];
    handled.dead = 1;
  } else {
    for (const model::Record& out : outputs) {
      handled.records.push_back(MakePending(out, source.key));
      ++handled.topics[out.topic];
    }
    handled.out = outputs.size();
  }
  return handled;
}

// Takes a handled record into the open batch (consuming thread only).
void StageRunner::Impl::Accept(Handled handled, const std::string& wire_topic, int32_t partition, int64_t offset) {
  for (Pending& p : handled.records) batch_records.push_back(std::move(p));
  for (const auto& [topic, n] : handled.topics) batch_out_topics[topic] += n;
  batch_out += handled.out;
  batch_dead += handled.dead;
  if (batch_count == 0) batch_started = std::chrono::steady_clock::now();
  batch_offsets[{wire_topic, partition}] = offset + 1;
  ++batch_count;
}

void StageRunner::Impl::StartWorkers() {
  for (int i = 0; i < options.concurrency; ++i) {
    workers.emplace_back([this](std::stop_token stop) { WorkerLoop(stop); });
  }
}

void StageRunner::Impl::WorkerLoop(std::stop_token stop) {
  while (true) {
    Job job;
    {
      std::unique_lock lock(pool_mutex);
      if (!work_ready.wait(lock, stop, [this] { return !queue.empty(); })) return;  // stopped
      job = std::move(queue.front());
      queue.pop_front();
      ++busy_workers;
    }
    Handled handled = Process(job.in, run_stop, /*serial=*/false);
    {
      std::lock_guard lock(pool_mutex);
      --busy_workers;
      if (job.epoch == epoch) {  // else dropped by an abort or revoke meanwhile: discard
        auto& slots = outstanding[{job.in.wire_topic, job.in.source.partition}];
        if (auto it = slots.find(job.in.source.offset); it != slots.end()) it->second = std::move(handled);
      }
    }
    work_done.notify_all();
  }
}

void StageRunner::Impl::Dispatch(Inbound in) {
  {
    std::lock_guard lock(pool_mutex);
    outstanding[{in.wire_topic, in.source.partition}][in.source.offset] = std::nullopt;
    ++outstanding_count;
    queue.push_back({epoch, std::move(in)});
  }
  work_ready.notify_one();
}

// Moves finished records into the batch in offset order per partition, stopping at the first
// unfinished (or stopped) one, so committed offsets never pass an unfinished record.
void StageRunner::Impl::Drain() {
  struct Ready {
    PartitionKey where;
    int64_t offset;
    Handled handled;
  };
  std::vector<Ready> ready;
  {
    std::lock_guard lock(pool_mutex);
    for (auto& [where, slots] : outstanding) {
      while (!slots.empty() && slots.begin()->second && slots.begin()->second->state == Handled::State::kDone) {
        ready.push_back({where, slots.begin()->first, std::move(*slots.begin()->second)});
        slots.erase(slots.begin());
        --outstanding_count;
      }
    }
  }
  for (Ready& r : ready) Accept(std::move(r.handled), r.where.first, r.where.second, r.offset);
}

size_t StageRunner::Impl::Outstanding() {
  std::lock_guard lock(pool_mutex);
  return outstanding_count;
}

// Forgets every outstanding record (they are consumed again from the committed offsets);
// results of records still being processed are discarded when they arrive.
void StageRunner::Impl::DropOutstanding() {
  std::lock_guard lock(pool_mutex);
  ++epoch;
  queue.clear();
  outstanding.clear();
  outstanding_count = 0;
}

// Graceful end: records not yet started are left for the next run; records being processed
// are waited for, and what finished in order is taken into the batch.
void StageRunner::Impl::FinishWorkers() {
  if (workers.empty()) return;
  {
    std::unique_lock lock(pool_mutex);
    queue.clear();
    work_done.wait(lock, [this] { return busy_workers == 0; });
  }
  if (fatal.ok()) Drain();
  for (std::jthread& w : workers) w.request_stop();
  workers.clear();  // joins
}

void StageRunner::Impl::RebalanceCallback(rd_kafka_t* rk, rd_kafka_resp_err_t err,
                                          rd_kafka_topic_partition_list_t* partitions, void* opaque) {
  auto* self = static_cast<Impl*>(opaque);
  if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
    Json numbers = Json::array();
    for (int i = 0; i < partitions->cnt; ++i) numbers.push_back(partitions->elems[i].partition);
    observe::Log(observe::Level::kInfo, "kafka.partitions_assigned",
                 {{"stage", self->stage}, {"instance", self->options.instance_id}, {"count", partitions->cnt},
                  {"partitions", std::move(numbers)}});
    rd_kafka_assign(rk, partitions);
    self->counters.assigned = partitions->cnt;
    if (self->options.metrics) {
      self->options.metrics->Set("disclose_assigned_partitions", self->StageLabel(), partitions->cnt);
    }
    return;
  }
  // Revoked (or a rebalance error): finish the open transaction while we still own the partitions.
  self->revoking = true;
  if (self->Concurrent()) self->Drain();
  (void)self->CommitBatch();
  self->DropOutstanding();  // unfinished records are the next owner's, from the committed offsets
  self->revoking = false;
  observe::Log(observe::Level::kInfo, "kafka.partitions_revoked",
               {{"stage", self->stage}, {"partitions", partitions->cnt}, {"reason", rd_kafka_err2name(err)}});
  rd_kafka_assign(rk, nullptr);
  self->counters.assigned = 0;
  if (self->options.metrics) self->options.metrics->Set("disclose_assigned_partitions", self->StageLabel(), 0);
}

Status StageRunner::Run(std::stop_token stop) {
  Impl& im = *impl_;
  im.fatal = Status::Ok();
  im.run_stop = stop;
  im.ClearBatch();
  im.DropOutstanding();
  if (Status s = im.Start(); !s.ok()) {
    im.consumer.reset();
    im.producer.reset();
    return s;
  }
  std::string last_consumer_error;
  int waited_for_streak = 0;
  im.counters.running = true;
  if (im.Concurrent()) im.StartWorkers();
  const size_t capacity = 2 * static_cast<size_t>(im.options.concurrency);
  while (!stop.stop_requested() && im.fatal.ok()) {
    if (im.abort_streak > waited_for_streak) {
      // Repeated aborts (e.g. an output topic is missing): back off instead of spinning.
      auto wait = std::min<std::chrono::milliseconds>(
          im.options.backoff * (1 << std::min(im.abort_streak - 1, 16)), std::chrono::seconds(30));
      observe::Log(observe::Level::kInfo, "kafka.abort_backoff",
                   {{"stage", im.stage}, {"aborts", im.abort_streak}, {"wait_ms", wait.count()}});
      if (!SleepUnlessStopped(stop, wait)) break;
      waited_for_streak = im.abort_streak;
    } else if (im.abort_streak == 0) {
      waited_for_streak = 0;
    }
    MessagePtr msg;
    if (im.Concurrent()) {
      im.Drain();
      if (im.Outstanding() >= capacity) {
        // Every worker is busy and the queue is full: wait for one to finish, not for Kafka.
        std::unique_lock lock(im.pool_mutex);
        im.work_done.wait_for(lock, stop, std::chrono::milliseconds(100),
                              [&] { return im.outstanding_count < capacity; });
      } else {
        msg.reset(rd_kafka_consumer_poll(im.consumer.get(), 100));
      }
    } else {
      msg.reset(rd_kafka_consumer_poll(im.consumer.get(), 100));
    }
    if (msg && msg->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      if (msg->err == RD_KAFKA_RESP_ERR__FATAL) {
        im.fatal = Internal("the Kafka consumer hit a fatal error");
        break;
      }
      std::string name = rd_kafka_err2name(msg->err);
      if (name != last_consumer_error) {  // e.g. the input topic does not exist yet: say it once
        observe::Log(observe::Level::kWarn, "kafka.consumer_error",
                     {{"stage", im.stage}, {"error", name},
                      {"topic", msg->rkt ? im.config.Logical(rd_kafka_topic_name(msg->rkt)) : ""}});
        last_consumer_error = name;
      }
      msg.reset();
    } else if (msg) {
      last_consumer_error.clear();
      if (im.Concurrent()) {
        im.Dispatch(im.Copy(*msg));
        im.Drain();
      } else {
        Impl::Inbound in = im.Copy(*msg);
        Impl::Handled handled = im.Process(in, stop, /*serial=*/true);
        if (handled.state == Impl::Handled::State::kStopped) break;  // that record is not in the batch
        if (handled.state == Impl::Handled::State::kDone) {
          im.Accept(std::move(handled), in.wire_topic, in.source.partition, in.source.offset);
        }
      }
    }
    if (im.batch_count > 0 &&
        (!msg || im.batch_count >= im.options.max_batch ||
         std::chrono::steady_clock::now() - im.batch_started >= im.options.max_batch_time)) {
      (void)im.CommitBatch();
    }
  }
  im.counters.running = false;
  im.FinishWorkers();
  if (im.fatal.ok()) (void)im.CommitBatch();  // graceful: publish what is done
  rd_kafka_consumer_close(im.consumer.get());  // leaves the group
  im.consumer.reset();
  if (im.producer) rd_kafka_flush(im.producer.get(), 5000);
  im.producer.reset();
  observe::Log(observe::Level::kInfo, "kafka.runner_stopped",
               {{"stage", im.stage}, {"in", im.counters.in.load()}, {"out", im.counters.out.load()},
                {"dead_lettered", im.counters.dead_lettered.load()}, {"aborted", im.counters.aborted.load()}});
  return im.fatal;
}

}  // namespace disclose::kafka
