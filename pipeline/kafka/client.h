// Internal to pipeline/kafka: owned librdkafka handles and the configuration every handle
// shares (bootstrap servers, pass-through properties, logging into observe::Log).
// Not for use outside this folder.
// Thread-safety: free functions; the handles follow librdkafka's rules (rd_kafka_t is
// thread-safe, confs and lists are not).
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <librdkafka/rdkafka.h>

#include "pipeline/kafka/cluster.h"
#include "pipeline/model/result.h"

namespace disclose::kafka::internal {

struct KafkaDeleter {
  void operator()(rd_kafka_t* rk) const { rd_kafka_destroy(rk); }
  void operator()(rd_kafka_conf_t* conf) const { rd_kafka_conf_destroy(conf); }
  void operator()(rd_kafka_topic_partition_list_t* list) const { rd_kafka_topic_partition_list_destroy(list); }
  void operator()(rd_kafka_message_t* msg) const { rd_kafka_message_destroy(msg); }
  void operator()(rd_kafka_error_t* error) const { rd_kafka_error_destroy(error); }
  void operator()(rd_kafka_consumer_group_metadata_t* cgmd) const {
    rd_kafka_consumer_group_metadata_destroy(cgmd);
  }
  void operator()(rd_kafka_queue_t* queue) const { rd_kafka_queue_destroy(queue); }
  void operator()(rd_kafka_event_t* event) const { rd_kafka_event_destroy(event); }
  void operator()(rd_kafka_AdminOptions_t* options) const { rd_kafka_AdminOptions_destroy(options); }
  void operator()(rd_kafka_NewTopic_t* topic) const { rd_kafka_NewTopic_destroy(topic); }
  void operator()(const rd_kafka_metadata_t* metadata) const { rd_kafka_metadata_destroy(metadata); }
  void operator()(rd_kafka_ConfigResource_t* resource) const { rd_kafka_ConfigResource_destroy(resource); }
  void operator()(rd_kafka_topic_t* topic) const { rd_kafka_topic_destroy(topic); }
};

using KafkaPtr = std::unique_ptr<rd_kafka_t, KafkaDeleter>;
using ConfPtr = std::unique_ptr<rd_kafka_conf_t, KafkaDeleter>;
using PartitionsPtr = std::unique_ptr<rd_kafka_topic_partition_list_t, KafkaDeleter>;
using MessagePtr = std::unique_ptr<rd_kafka_message_t, KafkaDeleter>;
using KafkaErrorPtr = std::unique_ptr<rd_kafka_error_t, KafkaDeleter>;
using GroupMetadataPtr = std::unique_ptr<rd_kafka_consumer_group_metadata_t, KafkaDeleter>;
using QueuePtr = std::unique_ptr<rd_kafka_queue_t, KafkaDeleter>;
using EventPtr = std::unique_ptr<rd_kafka_event_t, KafkaDeleter>;
using AdminOptionsPtr = std::unique_ptr<rd_kafka_AdminOptions_t, KafkaDeleter>;
using NewTopicPtr = std::unique_ptr<rd_kafka_NewTopic_t, KafkaDeleter>;
using MetadataPtr = std::unique_ptr<const rd_kafka_metadata_t, KafkaDeleter>;
using ConfigResourcePtr = std::unique_ptr<rd_kafka_ConfigResource_t, KafkaDeleter>;
using TopicPtr = std::unique_ptr<rd_kafka_topic_t, KafkaDeleter>;

// An empty conf whose log and error callbacks go to observe::Log.
ConfPtr BaseConf();

// A conf with bootstrap.servers, config.properties, `extra` (applied last) and a log callback
// into observe::Log. Property errors name the key, never the value (it may be a secret).
Result<ConfPtr> MakeConf(const KafkaConfig& config, const std::map<std::string, std::string>& extra);

// A consumer conf for reading topics without joining a group's work: `group_id` (used only for
// committed offsets), no auto-commit or offset store, read_committed, partition-EOF events.
Result<KafkaPtr> MakeReadingConsumer(const KafkaConfig& config, const std::string& group_id);

// Creates a handle of `type` from `conf` (consumed, also on failure).
Result<KafkaPtr> MakeHandle(rd_kafka_type_t type, ConfPtr conf);

// Translates a librdkafka error object: retriable -> kTransient, otherwise kInternal.
// `what` names the operation, e.g. "commit_transaction".
Error FromKafkaError(const rd_kafka_error_t* error, std::string_view what);
Error FromRespErr(rd_kafka_resp_err_t err, std::string_view what);

// Fetches metadata for `wire_topic` and returns its partition count (kNotFound if the
// topic does not exist, kTransient if the cluster did not answer in time).
Result<int> PartitionCount(rd_kafka_t* rk, const std::string& wire_topic, int timeout_ms);

}  // namespace disclose::kafka::internal

namespace disclose::kafka::internal {

// Delivery outcome of a producer's messages, filled in by its delivery-report callback
// (from inside rd_kafka_poll/flush on the caller's thread). Must outlive the producer.
struct DeliveryState {
  std::atomic<uint64_t> delivered{0};
  std::atomic<uint64_t> failed{0};
  std::atomic<int> last_error{0};  // rd_kafka_resp_err_t of the last failure
};

// A producer conf: idempotent, `transactional_id` when not empty, delivery reports into `state`.
Result<KafkaPtr> MakeProducer(const KafkaConfig& config, const std::string& transactional_id,
                              DeliveryState* state);

// Enqueues one message (copied), waiting while the local queue is full.
// `wire_topic` is the prefixed name.
Status Produce(rd_kafka_t* producer, const std::string& wire_topic, const std::string& key,
               const std::string& value);

// init_transactions, retried while retriable, within about `timeout_ms`.
Status InitTransactions(rd_kafka_t* producer, int timeout_ms);

}  // namespace disclose::kafka::internal
