// Shared librdkafka configuration and handle creation for pipeline/kafka.
#include "pipeline/kafka/client.h"

#include <array>
#include <chrono>
#include <thread>

#include "pipeline/observe/log.h"

namespace disclose::kafka::internal {

namespace {

// librdkafka's own log lines (syslog levels) into the structured log. They name brokers,
// topics and partitions, never payloads.
void LogCallback(const rd_kafka_t* rk, int level, const char* facility, const char* message) {
  observe::Level ours = level <= 3   ? observe::Level::kError
                        : level == 4 ? observe::Level::kWarn
                        : level == 5 ? observe::Level::kInfo
                                     : observe::Level::kDebug;
  observe::Log(ours, "kafka.client_log",
               {{"client", rd_kafka_name(rk)}, {"facility", facility}, {"message", message}});
}

void ErrorCallback(rd_kafka_t* rk, int err, const char* reason, void* /*opaque*/) {
  auto code = static_cast<rd_kafka_resp_err_t>(err);
  bool fatal = code == RD_KAFKA_RESP_ERR__FATAL;
  observe::Log(fatal ? observe::Level::kError : observe::Level::kWarn, "kafka.client_error",
               {{"client", rd_kafka_name(rk)}, {"code", rd_kafka_err2name(code)}, {"reason", reason}});
}

}  // namespace

ConfPtr BaseConf() {
  ConfPtr conf(rd_kafka_conf_new());
  rd_kafka_conf_set_log_cb(conf.get(), &LogCallback);
  rd_kafka_conf_set_error_cb(conf.get(), &ErrorCallback);
  return conf;
}

Result<ConfPtr> MakeConf(const KafkaConfig& config, const std::map<std::string, std::string>& extra) {
  ConfPtr conf = BaseConf();
  std::array<char, 512> errstr{};
  auto set = [&](const std::string& key, const std::string& value) -> Status {
    rd_kafka_conf_res_t res = rd_kafka_conf_set(conf.get(), key.c_str(), value.c_str(), errstr.data(), errstr.size());
    if (res == RD_KAFKA_CONF_OK) return Status::Ok();
    if (res == RD_KAFKA_CONF_UNKNOWN) return InvalidInput("unknown Kafka property '" + key + "'");
    return InvalidInput("invalid value for Kafka property '" + key + "'");
  };
  if (config.brokers.empty()) return InvalidInput("no Kafka bootstrap servers configured");
  if (Status s = set("bootstrap.servers", config.brokers); !s.ok()) return s.error();
  for (const auto& [key, value] : config.properties) {
    if (Status s = set(key, value); !s.ok()) return s.error();
  }
  for (const auto& [key, value] : extra) {
    if (Status s = set(key, value); !s.ok()) return s.error();
  }
  return conf;
}

Result<KafkaPtr> MakeHandle(rd_kafka_type_t type, ConfPtr conf) {
  std::array<char, 512> errstr{};
  // rd_kafka_new takes ownership of conf only on success.
  rd_kafka_t* rk = rd_kafka_new(type, conf.get(), errstr.data(), errstr.size());
  if (rk == nullptr) return Internal(std::string("could not create Kafka client: ") + errstr.data());
  (void)conf.release();
  return KafkaPtr(rk);
}

Error FromKafkaError(const rd_kafka_error_t* error, std::string_view what) {
  std::string message = std::string(what) + " failed: " + rd_kafka_error_name(error) + " (" +
                        rd_kafka_error_string(error) + ")";
  if (rd_kafka_error_is_retriable(error)) return Transient(std::move(message));
  return Internal(std::move(message));
}

Error FromRespErr(rd_kafka_resp_err_t err, std::string_view what) {
  std::string message = std::string(what) + " failed: " + rd_kafka_err2name(err) + " (" + rd_kafka_err2str(err) + ")";
  switch (err) {
    case RD_KAFKA_RESP_ERR__TIMED_OUT:
    case RD_KAFKA_RESP_ERR__TRANSPORT:
    case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
    case RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT:
    case RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION:
    case RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE:
    case RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE:
    case RD_KAFKA_RESP_ERR_NOT_COORDINATOR:
    case RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS:
    case RD_KAFKA_RESP_ERR__MSG_TIMED_OUT:
    case RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS:
      return Transient(std::move(message));
    default:
      return Internal(std::move(message));
  }
}

Result<KafkaPtr> MakeReadingConsumer(const KafkaConfig& config, const std::string& group_id) {
  Result<ConfPtr> conf = MakeConf(config, {{"group.id", group_id},
                                           {"enable.auto.commit", "false"},
                                           {"enable.auto.offset.store", "false"},
                                           {"isolation.level", "read_committed"},
                                           {"enable.partition.eof", "true"},
                                           {"session.timeout.ms", std::to_string(config.session_timeout_ms)}});
  if (!conf.ok()) return conf.error();
  return MakeHandle(RD_KAFKA_CONSUMER, std::move(*conf));
}

Result<int> PartitionCount(rd_kafka_t* rk, const std::string& wire_topic, int timeout_ms) {
  TopicPtr rkt(rd_kafka_topic_new(rk, wire_topic.c_str(), nullptr));
  if (!rkt) return Internal("could not create a topic handle for " + wire_topic);
  const rd_kafka_metadata_t* raw = nullptr;
  rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 0, rkt.get(), &raw, timeout_ms);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR) return FromRespErr(err, "metadata request for topic " + wire_topic);
  MetadataPtr metadata(raw);
  for (int i = 0; i < metadata->topic_cnt; ++i) {
    const rd_kafka_metadata_topic_t& t = metadata->topics[i];
    if (wire_topic != t.topic) continue;
    if (t.err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART || (t.err == 0 && t.partition_cnt == 0)) {
      return NotFound("topic " + wire_topic + " does not exist");
    }
    if (t.err != RD_KAFKA_RESP_ERR_NO_ERROR) return FromRespErr(t.err, "metadata for topic " + wire_topic);
    for (int p = 0; p < t.partition_cnt; ++p) {
      if (t.partitions[p].err != 0 || t.partitions[p].leader < 0) {
        return Transient("topic " + wire_topic + " partition " + std::to_string(t.partitions[p].id) +
                         " has no leader yet");
      }
    }
    return t.partition_cnt;
  }
  return NotFound("topic " + wire_topic + " does not exist");
}

}  // namespace disclose::kafka::internal

namespace disclose::kafka::internal {

namespace {
void DeliveryCallback(rd_kafka_t* /*rk*/, const rd_kafka_message_t* message, void* opaque) {
  auto* state = static_cast<DeliveryState*>(opaque);
  if (state == nullptr) return;
  if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
    state->delivered.fetch_add(1);
  } else {
    state->failed.fetch_add(1);
    state->last_error.store(message->err);
    observe::Log(observe::Level::kWarn, "kafka.delivery_failed",
                 {{"topic", rd_kafka_topic_name(message->rkt)},
                  {"partition", message->partition},
                  {"error", rd_kafka_err2name(message->err)}});
  }
}
}  // namespace

Result<KafkaPtr> MakeProducer(const KafkaConfig& config, const std::string& transactional_id,
                              DeliveryState* state) {
  std::map<std::string, std::string> extra = {{"enable.idempotence", "true"}, {"linger.ms", "5"}};
  if (!transactional_id.empty()) {
    extra["transactional.id"] = transactional_id;
    extra["transaction.timeout.ms"] = "60000";
  }
  Result<ConfPtr> conf = MakeConf(config, extra);
  if (!conf.ok()) return conf.error();
  rd_kafka_conf_set_opaque(conf->get(), state);
  rd_kafka_conf_set_dr_msg_cb(conf->get(), &DeliveryCallback);
  return MakeHandle(RD_KAFKA_PRODUCER, std::move(*conf));
}

Status Produce(rd_kafka_t* producer, const std::string& wire_topic, const std::string& key,
               const std::string& value) {
  while (true) {
    rd_kafka_resp_err_t err = rd_kafka_producev(
        producer, RD_KAFKA_V_TOPIC(wire_topic.c_str()), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_KEY(key.empty() ? nullptr : key.data(), key.size()),
        RD_KAFKA_V_VALUE(const_cast<char*>(value.data()), value.size()),  // copied (F_COPY)
        RD_KAFKA_V_END);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) return Status::Ok();
    if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL) return FromRespErr(err, "producing to " + wire_topic);
    rd_kafka_poll(producer, 100);  // serve delivery reports to make room
  }
}

Status InitTransactions(rd_kafka_t* producer, int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (true) {
    KafkaErrorPtr error(rd_kafka_init_transactions(producer, timeout_ms));
    if (!error) return Status::Ok();
    if (!rd_kafka_error_is_retriable(error.get()) || std::chrono::steady_clock::now() > deadline) {
      return FromKafkaError(error.get(), "init_transactions");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
}

}  // namespace disclose::kafka::internal
