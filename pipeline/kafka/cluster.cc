// MockCluster over rd_kafka_mock_cluster_new, and idempotent topic creation.
#include "pipeline/kafka/cluster.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <thread>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include "pipeline/kafka/client.h"
#include "pipeline/observe/log.h"

namespace disclose::kafka {

using namespace internal;  // NOLINT(google-build-using-namespace): this folder's own helpers

std::string KafkaConfig::Logical(std::string_view wire_topic) const {
  if (!topic_prefix.empty() && wire_topic.starts_with(topic_prefix)) wire_topic.remove_prefix(topic_prefix.size());
  return std::string(wire_topic);
}

namespace {
constexpr int kAdminTimeoutMs = 30000;

// Runs one admin request: `start(options, queue)` issues it; returns its result event once the
// cluster answered without a request-level error. `what` names the call in errors.
template <typename Start>
Result<EventPtr> AdminRequest(rd_kafka_t* rk, rd_kafka_admin_op_t op, const char* what, Start start) {
  std::array<char, 512> errstr{};
  AdminOptionsPtr options(rd_kafka_AdminOptions_new(rk, op));
  if (rd_kafka_AdminOptions_set_request_timeout(options.get(), kAdminTimeoutMs, errstr.data(), errstr.size()) ||
      (op == RD_KAFKA_ADMIN_OP_CREATETOPICS &&
       rd_kafka_AdminOptions_set_operation_timeout(options.get(), kAdminTimeoutMs, errstr.data(), errstr.size()))) {
    return Internal(std::string("admin options rejected: ") + errstr.data());
  }
  QueuePtr queue(rd_kafka_queue_new(rk));
  start(options.get(), queue.get());
  EventPtr event(rd_kafka_queue_poll(queue.get(), kAdminTimeoutMs + 5000));
  if (!event) return Transient(std::string(what) + " got no answer from the cluster in time");
  if (rd_kafka_event_error(event.get()) != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return FromRespErr(rd_kafka_event_error(event.get()), what);
  }
  return event;
}

struct MockDeleter {
  void operator()(rd_kafka_mock_cluster_t* mcluster) const { rd_kafka_mock_cluster_destroy(mcluster); }
};
}  // namespace

struct MockCluster::Impl {
  KafkaPtr rk;  // declared first: destroyed after the cluster that uses it
  std::unique_ptr<rd_kafka_mock_cluster_t, MockDeleter> cluster;
};

MockCluster::MockCluster(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
MockCluster::~MockCluster() = default;

Result<std::unique_ptr<MockCluster>> MockCluster::Start(int brokers) {
  if (brokers < 1) return InvalidInput("a mock cluster needs at least one broker");
  auto impl = std::make_unique<Impl>();
  ConfPtr conf = BaseConf();
  std::array<char, 256> errstr{};
  // This handle only hosts the cluster; it never connects, so its "no bootstrap.servers" notice is noise.
  rd_kafka_conf_set(conf.get(), "log_level", "4", errstr.data(), errstr.size());
  Result<KafkaPtr> rk = MakeHandle(RD_KAFKA_PRODUCER, std::move(conf));
  if (!rk.ok()) return rk.error();
  impl->rk = std::move(*rk);
  impl->cluster.reset(rd_kafka_mock_cluster_new(impl->rk.get(), brokers));
  if (!impl->cluster) return Internal("could not start the Kafka mock cluster");
  observe::Log(observe::Level::kInfo, "kafka.mock_started",
               {{"brokers", brokers}, {"bootstraps", rd_kafka_mock_cluster_bootstraps(impl->cluster.get())}});
  return std::unique_ptr<MockCluster>(new MockCluster(std::move(impl)));  // private constructor
}

std::string MockCluster::Bootstraps() const { return rd_kafka_mock_cluster_bootstraps(impl_->cluster.get()); }

Status MockCluster::CreateTopic(const std::string& topic, int partitions) {
  if (partitions < 1) return InvalidInput("topic " + topic + " needs at least one partition");
  rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(impl_->cluster.get(), topic.c_str(), partitions, 1);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS) {
    return FromRespErr(err, "creating mock topic " + topic);
  }
  return Status::Ok();
}

Status CreateTopics(const KafkaConfig& config, const std::vector<TopicSpec>& topics, MockCluster* mock) {
  for (const TopicSpec& spec : topics) {
    if (spec.name.empty() || spec.partitions < 1) {
      return InvalidInput("topic spec '" + spec.name + "' needs a name and at least one partition");
    }
  }
  if (mock != nullptr) {
    for (const TopicSpec& spec : topics) {
      if (Status s = mock->CreateTopic(config.Wire(spec.name), spec.partitions); !s.ok()) return s;
    }
    return Status::Ok();
  }
  if (topics.empty()) return Status::Ok();

  Result<ConfPtr> conf = MakeConf(config, {});
  if (!conf.ok()) return conf.error();
  Result<KafkaPtr> rk = MakeHandle(RD_KAFKA_PRODUCER, std::move(*conf));
  if (!rk.ok()) return rk.error();

  constexpr int kTimeoutMs = 30000;
  std::array<char, 512> errstr{};
  std::vector<NewTopicPtr> owned;
  std::vector<rd_kafka_NewTopic_t*> raw;
  for (const TopicSpec& spec : topics) {
    std::string wire = config.Wire(spec.name);
    NewTopicPtr topic(rd_kafka_NewTopic_new(wire.c_str(), spec.partitions, spec.replication_factor, errstr.data(),
                                            errstr.size()));
    if (!topic) return InvalidInput("topic spec for " + wire + " rejected: " + errstr.data());
    for (const auto& [key, value] : spec.config) {
      rd_kafka_resp_err_t err = rd_kafka_NewTopic_set_config(topic.get(), key.c_str(), value.c_str());
      if (err != RD_KAFKA_RESP_ERR_NO_ERROR) return FromRespErr(err, "setting config " + key + " on topic " + wire);
    }
    raw.push_back(topic.get());
    owned.push_back(std::move(topic));
  }
  Result<EventPtr> event = AdminRequest(rk->get(), RD_KAFKA_ADMIN_OP_CREATETOPICS, "CreateTopics",
                                        [&](rd_kafka_AdminOptions_t* options, rd_kafka_queue_t* queue) {
                                          rd_kafka_CreateTopics(rk->get(), raw.data(), raw.size(), options, queue);
                                        });
  if (!event.ok()) return event.error();
  const rd_kafka_CreateTopics_result_t* result = rd_kafka_event_CreateTopics_result(event->get());
  if (result == nullptr) return Internal("CreateTopics returned an unexpected event");
  size_t count = 0;
  const rd_kafka_topic_result_t** results = rd_kafka_CreateTopics_result_topics(result, &count);
  for (size_t i = 0; i < count; ++i) {
    rd_kafka_resp_err_t err = rd_kafka_topic_result_error(results[i]);
    const char* name = rd_kafka_topic_result_name(results[i]);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      observe::Log(observe::Level::kInfo, "kafka.topic_created", {{"topic", name}});
    } else if (err != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS) {
      const char* why = rd_kafka_topic_result_error_string(results[i]);
      return FromRespErr(err, std::string("creating topic ") + name + (why ? std::string(": ") + why : ""));
    }
  }
  // Wait until every partition has a leader, so that the first produce or assign does not race.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kTimeoutMs);
  for (const TopicSpec& spec : topics) {
    while (true) {
      Result<int> n = PartitionCount(rk->get(), config.Wire(spec.name), 5000);
      if (n.ok()) break;
      if (std::chrono::steady_clock::now() > deadline) return n.error();
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  return Status::Ok();
}

Result<std::vector<TopicDescription>> DescribeTopics(const KafkaConfig& config, const std::vector<std::string>& names) {
  std::vector<TopicDescription> out;
  if (names.empty()) return out;
  Result<ConfPtr> conf = MakeConf(config, {});
  if (!conf.ok()) return conf.error();
  Result<KafkaPtr> rk = MakeHandle(RD_KAFKA_PRODUCER, std::move(*conf));
  if (!rk.ok()) return rk.error();
  constexpr int kTimeoutMs = 30000;

  for (const std::string& name : names) {
    TopicDescription d;
    d.name = name;
    const std::string wire = config.Wire(name);
    Result<int> partitions = PartitionCount(rk->get(), wire, kTimeoutMs);
    if (!partitions.ok()) return partitions.error();
    d.partitions = *partitions;
    const rd_kafka_metadata_t* raw = nullptr;
    TopicPtr rkt(rd_kafka_topic_new(rk->get(), wire.c_str(), nullptr));
    if (rkt && rd_kafka_metadata(rk->get(), 0, rkt.get(), &raw, kTimeoutMs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
      MetadataPtr metadata(raw);
      if (metadata->topic_cnt == 1 && metadata->topics[0].partition_cnt > 0) {
        d.replication_factor = metadata->topics[0].partitions[0].replica_cnt;
      }
    }
    out.push_back(std::move(d));
  }

  std::vector<ConfigResourcePtr> owned;
  std::vector<rd_kafka_ConfigResource_t*> raw;
  for (const std::string& name : names) {
    owned.emplace_back(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, config.Wire(name).c_str()));
    raw.push_back(owned.back().get());
  }
  Result<EventPtr> event = AdminRequest(rk->get(), RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, "DescribeConfigs",
                                        [&](rd_kafka_AdminOptions_t* options, rd_kafka_queue_t* queue) {
                                          rd_kafka_DescribeConfigs(rk->get(), raw.data(), raw.size(), options, queue);
                                        });
  if (!event.ok()) return event.error();
  const rd_kafka_DescribeConfigs_result_t* result = rd_kafka_event_DescribeConfigs_result(event->get());
  if (result == nullptr) return Internal("DescribeConfigs returned an unexpected event");
  size_t count = 0;
  const rd_kafka_ConfigResource_t** resources = rd_kafka_DescribeConfigs_result_resources(result, &count);
  for (size_t i = 0; i < count; ++i) {
    const std::string logical = config.Logical(rd_kafka_ConfigResource_name(resources[i]));
    if (rd_kafka_resp_err_t err = rd_kafka_ConfigResource_error(resources[i]); err) {
      return FromRespErr(err, "describing the configs of topic " + config.Wire(logical));
    }
    auto d = std::find_if(out.begin(), out.end(), [&](const TopicDescription& t) { return t.name == logical; });
    if (d == out.end()) continue;
    size_t entries = 0;
    const rd_kafka_ConfigEntry_t** list = rd_kafka_ConfigResource_configs(resources[i], &entries);
    for (size_t e = 0; e < entries; ++e) {
      const char* key = rd_kafka_ConfigEntry_name(list[e]);
      const char* value = rd_kafka_ConfigEntry_value(list[e]);
      if (key == nullptr) continue;
      d->config[key] = value ? value : "";
      if (rd_kafka_ConfigEntry_source(list[e]) == RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG) {
        d->overridden.push_back(key);
      }
    }
  }
  return out;
}

}  // namespace disclose::kafka
