// Publisher: one idempotent (optionally transactional) producer.
#include "pipeline/kafka/publisher.h"

#include <librdkafka/rdkafka.h>

#include "pipeline/kafka/client.h"
#include "pipeline/observe/log.h"

namespace disclose::kafka {

using namespace internal;  // NOLINT(google-build-using-namespace): this folder's own helpers

namespace {
constexpr int kTimeoutMs = 30000;
}  // namespace

struct Publisher::Impl {
  KafkaConfig config;
  std::string transactional_id;  // wire id (prefixed); empty = not transactional
  DeliveryState delivery;        // declared before the producer: outlives it
  KafkaPtr producer;

  Status Connect() {
    producer.reset();
    Result<KafkaPtr> made = MakeProducer(config, transactional_id, &delivery);
    if (!made.ok()) return made.error();
    producer = std::move(*made);
    if (!transactional_id.empty()) return InitTransactions(producer.get(), kTimeoutMs);
    return Status::Ok();
  }
};

Publisher::Publisher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Publisher::~Publisher() {
  if (impl_ && impl_->producer) rd_kafka_flush(impl_->producer.get(), 5000);
}

Result<std::unique_ptr<Publisher>> Publisher::Create(const KafkaConfig& config, std::string transactional_id) {
  auto impl = std::make_unique<Impl>();
  impl->config = config;
  if (!transactional_id.empty()) impl->transactional_id = config.topic_prefix + transactional_id;
  if (Status s = impl->Connect(); !s.ok()) return s.error();
  return std::unique_ptr<Publisher>(new Publisher(std::move(impl)));  // private constructor
}

Status Publisher::Publish(const std::vector<model::Record>& records) {
  std::vector<RawRecord> messages;
  messages.reserve(records.size());
  for (const model::Record& record : records) {
    if (record.topic.empty()) return InvalidInput("a record to publish has no topic");
    messages.push_back({record.topic, record.key, record.value.dump(-1, ' ', false, model::Json::error_handler_t::replace)});
  }
  return PublishMessages(messages);
}

Status Publisher::PublishRaw(const std::string& topic, const std::string& key, const std::string& bytes) {
  if (topic.empty()) return InvalidInput("a record to publish has no topic");
  return PublishMessages({{topic, key, bytes}});
}

Status Publisher::PublishRaw(const std::vector<RawRecord>& records) {
  for (const RawRecord& r : records) {
    if (r.topic.empty()) return InvalidInput("a record to publish has no topic");
  }
  return PublishMessages(records);
}

Status Publisher::PublishMessages(const std::vector<RawRecord>& messages) {
  Impl& im = *impl_;
  if (!im.producer || rd_kafka_fatal_error(im.producer.get(), nullptr, 0) != RD_KAFKA_RESP_ERR_NO_ERROR) {
    if (Status s = im.Connect(); !s.ok()) return s;  // recreate after a fatal error
  }
  rd_kafka_t* producer = im.producer.get();
  const uint64_t failed_before = im.delivery.failed.load();

  if (im.transactional_id.empty()) {
    for (const RawRecord& m : messages) {
      if (Status s = Produce(producer, im.config.Wire(m.topic), m.key, m.bytes); !s.ok()) return s;
    }
    rd_kafka_resp_err_t err = rd_kafka_flush(producer, kTimeoutMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) return FromRespErr(err, "flushing published records");
    if (im.delivery.failed.load() != failed_before) {
      return FromRespErr(static_cast<rd_kafka_resp_err_t>(im.delivery.last_error.load()),
                         "delivering published records");
    }
    return Status::Ok();
  }

  if (KafkaErrorPtr error(rd_kafka_begin_transaction(producer)); error) {
    return FromKafkaError(error.get(), "begin_transaction");
  }
  for (const RawRecord& m : messages) {
    if (Status s = Produce(producer, im.config.Wire(m.topic), m.key, m.bytes); !s.ok()) {
      KafkaErrorPtr abort_error(rd_kafka_abort_transaction(producer, -1));
      return s;
    }
  }
  for (int tries = 1;; ++tries) {
    KafkaErrorPtr error(rd_kafka_commit_transaction(producer, -1));
    if (!error) return Status::Ok();
    if (rd_kafka_error_is_retriable(error.get()) && tries < 10) continue;  // e.g. timed out: commit again
    Error result = FromKafkaError(error.get(), "commit_transaction");
    if (rd_kafka_error_txn_requires_abort(error.get())) {
      KafkaErrorPtr abort_error(rd_kafka_abort_transaction(producer, -1));
      observe::Log(observe::Level::kWarn, "kafka.publish_aborted", {{"error", rd_kafka_error_name(error.get())}});
      return Transient("publish transaction aborted: " + result.message);
    }
    // Fatal: the producer is unusable (e.g. fenced); the next call recreates it.
    im.producer.reset();
    observe::Log(observe::Level::kError, "kafka.publish_fatal", {{"error", rd_kafka_error_name(error.get())}});
    return result;
  }
}

}  // namespace disclose::kafka
