// Tail: an assign()-based read_committed consumer with partition-EOF tracking.
#include "pipeline/kafka/tail.h"

#include <set>
#include <utility>

#include <librdkafka/rdkafka.h>

#include "pipeline/kafka/client.h"
#include "pipeline/observe/log.h"

namespace disclose::kafka {

using namespace internal;  // NOLINT(google-build-using-namespace): this folder's own helpers

struct Tail::Impl {
  KafkaConfig config;
  KafkaPtr consumer;
  std::set<std::pair<std::string, int32_t>> all;       // wire topic, partition
  std::set<std::pair<std::string, int32_t>> at_end;    // partitions that reported EOF since their last record
};

Tail::Tail(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Tail::~Tail() {
  if (impl_ && impl_->consumer) rd_kafka_consumer_close(impl_->consumer.get());
}

Result<std::unique_ptr<Tail>> Tail::Create(const KafkaConfig& config, std::vector<std::string> topics) {
  auto impl = std::make_unique<Impl>();
  impl->config = config;
  Result<KafkaPtr> consumer = MakeReadingConsumer(config, config.topic_prefix + "disclose-tail");
  if (!consumer.ok()) return consumer.error();
  impl->consumer = std::move(*consumer);
  rd_kafka_poll_set_consumer(impl->consumer.get());

  PartitionsPtr assignment(rd_kafka_topic_partition_list_new(8));
  for (const std::string& topic : topics) {
    std::string wire = config.Wire(topic);
    Result<int> count = PartitionCount(impl->consumer.get(), wire, 10000);
    for (int tries = 0; !count.ok() && count.error().kind == ErrorKind::kTransient && tries < 50; ++tries) {
      count = PartitionCount(impl->consumer.get(), wire, 10000);
    }
    if (!count.ok()) return count.error();
    for (int32_t p = 0; p < *count; ++p) {
      rd_kafka_topic_partition_list_add(assignment.get(), wire.c_str(), p)->offset = RD_KAFKA_OFFSET_BEGINNING;
      impl->all.emplace(wire, p);
    }
  }
  if (rd_kafka_resp_err_t err = rd_kafka_assign(impl->consumer.get(), assignment.get()); err) {
    return FromRespErr(err, "assigning tail partitions");
  }
  return std::unique_ptr<Tail>(new Tail(std::move(impl)));  // private constructor
}

std::vector<TailRecord> Tail::Poll(std::chrono::milliseconds timeout) { return Read(timeout, false, nullptr); }

std::vector<TailRecord> Tail::ReadToEnd(std::chrono::milliseconds timeout, bool* complete) {
  return Read(timeout, true, complete);
}

std::vector<TailRecord> Tail::Read(std::chrono::milliseconds timeout, bool to_end, bool* complete) {
  Impl& im = *impl_;
  if (complete != nullptr) *complete = false;
  std::vector<TailRecord> out;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    if ((to_end || !out.empty()) && im.at_end.size() == im.all.size()) {  // caught up everywhere
      if (complete != nullptr) *complete = true;
      break;
    }
    MessagePtr msg(rd_kafka_consumer_poll(im.consumer.get(), static_cast<int>(std::min<int64_t>(left.count(), 100))));
    if (!msg) continue;
    std::pair<std::string, int32_t> where(msg->rkt ? rd_kafka_topic_name(msg->rkt) : "", msg->partition);
    if (msg->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
      im.at_end.insert(where);
      continue;
    }
    if (msg->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      observe::Log(observe::Level::kWarn, "kafka.tail_error",
                   {{"topic", where.first}, {"partition", where.second}, {"error", rd_kafka_err2name(msg->err)}});
      continue;
    }
    im.at_end.erase(where);
    TailRecord record;
    record.topic = im.config.Logical(where.first);
    record.partition = msg->partition;
    record.offset = msg->offset;
    if (msg->key != nullptr) record.key.assign(static_cast<const char*>(msg->key), msg->key_len);
    if (msg->payload != nullptr) record.raw.assign(static_cast<const char*>(msg->payload), msg->len);
    record.value = model::Json::parse(record.raw, nullptr, /*allow_exceptions=*/false);
    record.is_json = !record.value.is_discarded();
    if (!record.is_json) record.value = record.raw;
    out.push_back(std::move(record));
  }
  return out;
}

}  // namespace disclose::kafka
