// Tests for observe::Metrics (Prometheus text format), the /metrics, /healthz, /readyz server,
// and the stage runner's metrics on librdkafka's mock cluster.
#include <atomic>
#include <set>

#include <gtest/gtest.h>
#include <httplib.h>

#include "pipeline/kafka/cluster.h"
#include "pipeline/kafka/publisher.h"
#include "pipeline/kafka/runner.h"
#include "pipeline/kafka/tail.h"
#include "pipeline/model/topics.h"
#include "pipeline/observe/metrics.h"
#include "tests/unit/kafka/test_support.h"

namespace disclose::observe {
namespace {

TEST(Metrics, RendersCountersGaugesAndCumulativeHistograms) {
  Metrics m;
  m.Describe("x_total", "Things counted", MetricType::kCounter);
  m.Add("x_total", {{"stage", "extract"}});
  m.Add("x_total", {{"stage", "extract"}}, 2);
  m.Set("lag", {{"stage", "a\"b\\c"}, {"partition", "3"}}, 7);
  m.Describe("t_seconds", "Latency", MetricType::kHistogram);
  m.Observe("t_seconds", {{"stage", "s"}}, 0.02);
  m.Observe("t_seconds", {{"stage", "s"}}, 3);
  const std::string text = m.Render();
  EXPECT_NE(text.find("# HELP x_total Things counted\n# TYPE x_total counter\nx_total{stage=\"extract\"} 3\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("lag{stage=\"a\\\"b\\\\c\",partition=\"3\"} 7\n"), std::string::npos) << text;
  EXPECT_NE(text.find("# TYPE t_seconds histogram\n"), std::string::npos);
  EXPECT_NE(text.find("t_seconds_bucket{stage=\"s\",le=\"0.01\"} 0\n"), std::string::npos) << text;
  EXPECT_NE(text.find("t_seconds_bucket{stage=\"s\",le=\"0.025\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("t_seconds_bucket{stage=\"s\",le=\"5\"} 2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("t_seconds_bucket{stage=\"s\",le=\"+Inf\"} 2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("t_seconds_sum{stage=\"s\"} 3.02\n"), std::string::npos) << text;
  EXPECT_NE(text.find("t_seconds_count{stage=\"s\"} 2\n"), std::string::npos) << text;
  EXPECT_EQ(m.Value("x_total", {{"stage", "extract"}}), 3);
}

TEST(Metrics, ReplaceDropsOnlyTheMatchingSeries) {
  Metrics m;
  m.Set("lag", {{"stage", "a"}, {"partition", "0"}}, 1);
  m.Set("lag", {{"stage", "a"}, {"partition", "1"}}, 2);
  m.Set("lag", {{"stage", "b"}, {"partition", "0"}}, 3);
  m.Replace("lag", "stage", "a", {{{{"stage", "a"}, {"partition", "2"}}, 5}});
  EXPECT_EQ(m.Value("lag", {{"stage", "a"}, {"partition", "1"}}), 0);
  EXPECT_EQ(m.Value("lag", {{"stage", "a"}, {"partition", "2"}}), 5);
  EXPECT_EQ(m.Value("lag", {{"stage", "b"}, {"partition", "0"}}), 3);
  EXPECT_EQ(m.Render().find("partition=\"1\""), std::string::npos);
}

TEST(MetricsServer, ServesMetricsAndHealth) {
  Metrics m;
  m.Add("up_total", {{"stage", "x"}}, 4);
  std::atomic<bool> healthy{true}, ready{false};
  auto server = MetricsServer::Start({.host = "127.0.0.1", .port = 0}, m,
                                     {.healthy = [&] { return healthy.load(); }, .ready = [&] { return ready.load(); }});
  ASSERT_TRUE(server.ok()) << server.error().message;
  httplib::Client client("127.0.0.1", (*server)->port());
  auto metrics = client.Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_EQ(metrics->status, 200);
  EXPECT_NE(metrics->body.find("up_total{stage=\"x\"} 4"), std::string::npos);
  EXPECT_NE(metrics->get_header_value("Content-Type").find("text/plain"), std::string::npos);
  EXPECT_EQ(client.Get("/healthz")->status, 200);
  EXPECT_EQ(client.Get("/readyz")->status, 503);
  ready = true;
  healthy = false;
  EXPECT_EQ(client.Get("/readyz")->status, 200);
  EXPECT_EQ(client.Get("/healthz")->status, 503);
  EXPECT_EQ(client.Get("/other")->status, 404);
  const int port = (*server)->port();
  server->reset();
  httplib::Client after("127.0.0.1", port);
  EXPECT_FALSE(after.Get("/healthz"));  // stopped and closed
}

TEST(MetricsServer, APortInUseIsAnError) {
  Metrics m;
  auto first = MetricsServer::Start({.host = "127.0.0.1", .port = 0}, m, {});
  ASSERT_TRUE(first.ok());
  auto second = MetricsServer::Start({.host = "127.0.0.1", .port = (*first)->port()}, m, {});
  EXPECT_FALSE(second.ok());
}

TEST(RunnerMetrics, CountsRecordsDeadLettersAndLatencyOnTheMockCluster) {
  using namespace kafka;           // NOLINT(google-build-using-namespace)
  using namespace kafka::testing;  // NOLINT(google-build-using-namespace)
  Result<std::unique_ptr<MockCluster>> mock = MockCluster::Start(1);
  ASSERT_TRUE(mock.ok()) << mock.error().message;
  KafkaConfig config{.brokers = (*mock)->Bootstraps(), .topic_prefix = UniquePrefix()};
  ASSERT_TRUE(CreateTestTopics(config, mock->get()).ok());
  auto publisher = Publisher::Create(config, "");
  ASSERT_TRUE(publisher.ok());
  ASSERT_TRUE((*publisher)->Publish({InRecord(1, "b1"), InRecord(2, "b2"), InRecord(3, "b1", "invalid")}).ok());

  Metrics metrics;
  CopyCore core;
  BackgroundRunner runner(config, core,
                          {.transactional = false, .validator = TestValidator, .metrics = &metrics,
                           .statistics_interval_ms = 1000});
  auto out = Tail::Create(config, {std::string(kOut)});
  auto dead = Tail::Create(config, {std::string(topics::kDeadLetter)});
  ASSERT_TRUE(out.ok() && dead.ok());
  EXPECT_EQ(Collect(**out, 2).size(), 2u);
  EXPECT_EQ(Collect(**dead, 1).size(), 1u);
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // one statistics interval
  const std::string text = metrics.Render();
  Status stopped = runner.Stop();
  EXPECT_TRUE(stopped.ok()) << stopped.error().message;

  const Labels stage = {{"stage", "copy"}};
  EXPECT_EQ(metrics.Value("disclose_records_in_total", stage), 3);
  EXPECT_EQ(metrics.Value("disclose_records_out_total", {{"stage", "copy"}, {"topic", std::string(kOut)}}), 2);
  EXPECT_EQ(metrics.Value("disclose_dead_lettered_total", stage), 1);
  EXPECT_EQ(metrics.Value("disclose_errors_total", {{"stage", "copy"}, {"kind", "invalid_input"}}), 1);
  EXPECT_NE(text.find("disclose_process_seconds_count{stage=\"copy\"} 3"), std::string::npos) << text;
  EXPECT_NE(text.find("disclose_consumer_lag{stage=\"copy\",topic=\"test.in.v1\",partition=\""), std::string::npos)
      << text;
}

}  // namespace
}  // namespace disclose::observe
