// Dead-letter listing and replay, consumer lag: see operations.h.
#include "pipeline/kafka/operations.h"

#include <chrono>
#include <map>
#include <set>

#include <librdkafka/rdkafka.h>

#include "pipeline/kafka/client.h"
#include "pipeline/kafka/deadletter.h"
#include "pipeline/kafka/publisher.h"
#include "pipeline/kafka/runner.h"
#include "pipeline/kafka/tail.h"
#include "pipeline/model/topics.h"
#include "pipeline/observe/log.h"

namespace disclose::kafka {

using namespace internal;  // NOLINT(google-build-using-namespace): this folder's own helpers
using model::Json;

namespace {

constexpr int kTimeoutMs = 15000;

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string IdOf(const Json& dead_letter) {
  if (!dead_letter.is_object() || !dead_letter.contains("source") || !dead_letter["source"].is_object()) return "";
  const Json& s = dead_letter["source"];
  if (!s.contains("topic") || !s.contains("partition") || !s.contains("offset")) return "";
  return s["topic"].get<std::string>() + ":" + std::to_string(s["partition"].get<int64_t>()) + ":" +
         std::to_string(s["offset"].get<int64_t>());
}

// Replay markers: id -> replayed_at. An absent marker topic means none.
Result<std::map<std::string, int64_t>> ReadMarkers(const KafkaConfig& config, std::chrono::milliseconds timeout) {
  std::map<std::string, int64_t> markers;
  auto tail = Tail::Create(config, {std::string(kReplayTopic)});
  if (!tail.ok()) {
    if (tail.error().kind == ErrorKind::kNotFound) return markers;
    return tail.error();
  }
  bool complete = false;
  for (const TailRecord& r : (*tail)->ReadToEnd(timeout, &complete)) {
    if (r.is_json && r.value.is_object()) markers[r.key] = r.value.value("replayed_at", int64_t{0});
  }
  if (!complete) return Transient("the replay markers could not be read to the end in time");
  return markers;
}

}  // namespace

Result<std::vector<DeadLetter>> ListDeadLetters(const KafkaConfig& config, std::chrono::milliseconds timeout) {
  auto markers = ReadMarkers(config, timeout);
  if (!markers.ok()) return markers.error();
  auto tail = Tail::Create(config, {std::string(topics::kDeadLetter)});
  if (!tail.ok()) return tail.error();
  bool complete = false;
  std::vector<TailRecord> records = (*tail)->ReadToEnd(timeout, &complete);
  if (!complete) return Transient("the dead-letter topic could not be read to the end in time");
  std::vector<DeadLetter> out;
  for (TailRecord& r : records) {
    DeadLetter d;
    d.partition = r.partition;
    d.offset = r.offset;
    d.key = r.key;
    d.id = r.is_json ? IdOf(r.value) : "";
    if (d.id.empty()) d.id = std::string(topics::kDeadLetter) + "@" + std::to_string(r.partition) + ":" +
                             std::to_string(r.offset);  // not a dead-letter record: listed, never replayed
    if (auto m = markers->find(d.id); m != markers->end()) {
      d.replayed = true;
      d.replayed_at = m->second;
    }
    d.value = std::move(r.value);
    out.push_back(std::move(d));
  }
  return out;
}

Result<ReplayReport> ReplayDeadLetters(const KafkaConfig& config, const std::vector<std::string>& ids) {
  if (Status s = CreateTopics(config, {{.name = std::string(kReplayTopic),
                                        .partitions = 1,
                                        .config = {{"cleanup.policy", "compact"}}}});
      !s.ok()) {
    return s.error();
  }
  // init_transactions first: it fences a concurrent replay, so the markers read next are final.
  auto publisher = Publisher::Create(config, "disclose-dlq-replay");
  if (!publisher.ok()) return publisher.error();
  auto letters = ListDeadLetters(config);
  if (!letters.ok()) return letters.error();

  std::map<std::string, const DeadLetter*> by_id;
  for (const DeadLetter& d : *letters) by_id.emplace(d.id, &d);
  std::vector<std::string> wanted = ids;
  if (wanted.empty()) {
    for (const DeadLetter& d : *letters) {
      if (!d.replayed && d.id.find('@') == std::string::npos) wanted.push_back(d.id);
    }
  }
  ReplayReport report;
  std::set<std::string> done;
  for (const std::string& id : wanted) {
    if (!done.insert(id).second) continue;
    auto it = by_id.find(id);
    if (it == by_id.end() || id.find('@') != std::string::npos) {
      report.unknown.push_back(id);
      continue;
    }
    const DeadLetter& d = *it->second;
    if (d.replayed) {
      report.already_replayed.push_back(id);
      continue;
    }
    auto payload = DeadLetterPayload(d.value);
    if (!payload.ok()) return Error{payload.error().kind, "dead letter " + id + ": " + payload.error().message};
    const std::string source_topic = d.value["source"]["topic"].get<std::string>();
    Json marker = {{"dead_letter", {{"partition", d.partition}, {"offset", d.offset}}},
                   {"source_topic", source_topic},
                   {"stage", d.value.value("stage", "")},
                   {"replayed_at", NowMs()}};
    Status s = (*publisher)->PublishRaw(std::vector<Publisher::RawRecord>{
        {source_topic, d.key, *payload}, {std::string(kReplayTopic), id, marker.dump()}});
    if (!s.ok()) return Error{s.error().kind, "replaying " + id + ": " + s.error().message};
    observe::Log(observe::Level::kInfo, "dlq.replayed", {{"id", id}, {"stage", d.value.value("stage", "")}});
    report.replayed.push_back(id);
  }
  return report;
}

namespace {

// Offsets also count transaction markers and aborted records, so a caught-up transactional
// partition looks one behind. Where the gap is small, read it (read_committed, without joining
// the group) and count the records a consumer would actually get; larger gaps keep the offset
// difference, which is then a close upper bound.
void CountWaitingRecords(rd_kafka_t* consumer, const std::string& wire, std::vector<PartitionLag>* lags) {
  constexpr int64_t kCountUpTo = 10000;
  constexpr auto kBudget = std::chrono::seconds(10);
  PartitionsPtr assignment(rd_kafka_topic_partition_list_new(static_cast<int>(lags->size())));
  std::map<int32_t, PartitionLag*> open;
  for (PartitionLag& lag : *lags) {
    if (lag.lag <= 0 || lag.lag > kCountUpTo) continue;
    rd_kafka_topic_partition_list_add(assignment.get(), wire.c_str(), lag.partition)->offset =
        lag.committed >= 0 ? lag.committed : RD_KAFKA_OFFSET_BEGINNING;
    open[lag.partition] = &lag;
  }
  if (open.empty() || rd_kafka_assign(consumer, assignment.get()) != RD_KAFKA_RESP_ERR_NO_ERROR) return;
  std::map<int32_t, int64_t> counted;
  const auto deadline = std::chrono::steady_clock::now() + kBudget;
  while (!open.empty() && std::chrono::steady_clock::now() < deadline) {
    MessagePtr msg(rd_kafka_consumer_poll(consumer, 200));
    if (!msg) continue;
    auto it = open.find(msg->partition);
    if (it == open.end()) continue;
    if (msg->err == RD_KAFKA_RESP_ERR__PARTITION_EOF || (msg->err == 0 && msg->offset + 1 >= it->second->end)) {
      if (msg->err == 0) ++counted[msg->partition];
      it->second->lag = counted[msg->partition];
      open.erase(it);
    } else if (msg->err == 0) {
      ++counted[msg->partition];
    }
  }
  rd_kafka_assign(consumer, nullptr);
}

}  // namespace

Result<std::vector<PartitionLag>> StageLag(const KafkaConfig& config, std::string_view stage, std::string_view topic) {
  Result<KafkaPtr> consumer = MakeReadingConsumer(config, StageGroupId(config, stage));
  if (!consumer.ok()) return consumer.error();
  const std::string wire = config.Wire(topic);
  Result<int> count = PartitionCount(consumer->get(), wire, kTimeoutMs);
  if (!count.ok()) return count.error();
  PartitionsPtr list(rd_kafka_topic_partition_list_new(*count));
  for (int32_t p = 0; p < *count; ++p) rd_kafka_topic_partition_list_add(list.get(), wire.c_str(), p);
  if (rd_kafka_resp_err_t err = rd_kafka_committed(consumer->get(), list.get(), kTimeoutMs); err) {
    return FromRespErr(err, "fetching the committed offsets of stage " + std::string(stage));
  }
  std::vector<PartitionLag> out;
  for (int i = 0; i < list->cnt; ++i) {
    PartitionLag lag;
    lag.topic = std::string(topic);
    lag.partition = list->elems[i].partition;
    lag.committed = list->elems[i].offset >= 0 ? list->elems[i].offset : -1;
    int64_t low = 0, high = 0;
    if (rd_kafka_resp_err_t err =
            rd_kafka_query_watermark_offsets(consumer->get(), wire.c_str(), lag.partition, &low, &high, kTimeoutMs);
        err) {
      return FromRespErr(err, "querying the end of " + wire);
    }
    lag.end = high;
    lag.lag = high - (lag.committed >= 0 ? lag.committed : low);
    out.push_back(lag);
  }
  CountWaitingRecords(consumer->get(), wire, &out);
  rd_kafka_consumer_close(consumer->get());
  return out;
}

}  // namespace disclose::kafka
