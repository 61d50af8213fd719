// Integration tests for pipeline/kafka against a real Kafka broker ($DISCLOSE_TEST_BROKERS,
// default 127.0.0.1:19092; set it to "none" to skip): transactional flow with committed
// offsets, dead letters for malformed, schema-invalid and failing records, retries, stop.
#include <set>

#include <gtest/gtest.h>

#include "pipeline/kafka/cluster.h"
#include "pipeline/kafka/deadletter.h"
#include "pipeline/kafka/publisher.h"
#include "pipeline/kafka/runner.h"
#include "pipeline/kafka/tail.h"
#include "pipeline/model/schema.h"
#include "pipeline/model/topics.h"
#include "tests/unit/kafka/test_support.h"

namespace disclose::kafka {
namespace {

using namespace testing;  // NOLINT(google-build-using-namespace)

class KafkaIntegration : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* env = std::getenv("DISCLOSE_TEST_BROKERS");
    std::string brokers = env != nullptr && *env != '\0' ? env : "127.0.0.1:19092";
    if (brokers == "none") GTEST_SKIP() << "DISCLOSE_TEST_BROKERS=none";
    config_ = KafkaConfig{.brokers = brokers, .topic_prefix = UniquePrefix()};
    Status created = CreateTestTopics(config_);
    ASSERT_TRUE(created.ok()) << created.error().message;
  }

  std::unique_ptr<Publisher> MakePublisher() {
    auto publisher = Publisher::Create(config_, "disclose-test-submit");
    EXPECT_TRUE(publisher.ok()) << publisher.error().message;
    return publisher.ok() ? std::move(*publisher) : nullptr;
  }

  std::unique_ptr<Tail> MakeTail(std::string_view topic) {
    auto tail = Tail::Create(config_, {std::string(topic)});
    EXPECT_TRUE(tail.ok()) << tail.error().message;
    return tail.ok() ? std::move(*tail) : nullptr;
  }

  RunnerOptions Options() {
    return {.backoff = std::chrono::milliseconds(10), .validator = TestValidator};
  }

  KafkaConfig config_;
};

TEST_F(KafkaIntegration, CreateTopicsIsIdempotent) {
  Status again = CreateTopics(config_, {{.name = std::string(kIn), .partitions = 2}});
  EXPECT_TRUE(again.ok()) << again.error().message;
  auto tail = Tail::Create(config_, {"test.never-created.v1"});
  ASSERT_FALSE(tail.ok());
  EXPECT_EQ(tail.error().kind, ErrorKind::kNotFound);
}

TEST_F(KafkaIntegration, TransactionalFlowCommitsOffsetsSoARestartDoesNotReprocess) {
  auto publisher = MakePublisher();
  ASSERT_TRUE(publisher);
  std::vector<model::Record> batch;
  for (int n = 1; n <= 10; ++n) batch.push_back(InRecord(n, "bundle-" + std::to_string(n % 3)));
  ASSERT_TRUE(publisher->Publish(batch).ok());

  auto out = MakeTail(kOut);
  ASSERT_TRUE(out);
  CopyCore core;
  {
    BackgroundRunner runner(config_, core, Options());
    std::vector<TailRecord> got = Collect(*out, 10);
    Status stopped = runner.Stop();
    ASSERT_TRUE(stopped.ok()) << stopped.error().message;
    ASSERT_EQ(got.size(), 10u);
    std::set<int> ns;
    for (const TailRecord& r : got) {
      ns.insert(r.value["n"].get<int>());
      EXPECT_EQ(r.key, "bundle-" + std::to_string(r.value["n"].get<int>() % 3));  // key follows the record
    }
    EXPECT_EQ(ns.size(), 10u);
    EXPECT_EQ(runner.counters().out.load(), 10u);
    EXPECT_EQ(runner.counters().dead_lettered.load(), 0u);
  }
  EXPECT_EQ(core.Total(), 10);

  // A second runner of the same stage resumes after the committed offsets.
  ASSERT_TRUE(publisher->Publish({InRecord(11, "bundle-x"), InRecord(12, "bundle-y")}).ok());
  {
    BackgroundRunner runner(config_, core, Options());
    std::vector<TailRecord> got = Collect(*out, 2);
    Status stopped = runner.Stop();
    ASSERT_TRUE(stopped.ok()) << stopped.error().message;
    ASSERT_EQ(got.size(), 2u);
    std::set<int> ns;
    for (const TailRecord& r : got) ns.insert(r.value["n"].get<int>());
    EXPECT_EQ(ns, (std::set<int>{11, 12}));
  }
  EXPECT_EQ(core.Total(), 12);  // nothing processed twice
  for (int n = 1; n <= 12; ++n) EXPECT_EQ(core.Calls(n), 1) << n;
  EXPECT_TRUE(out->Poll(std::chrono::seconds(2)).empty());  // and nothing written twice
}

TEST_F(KafkaIntegration, MalformedInvalidAndBrokenRecordsAreDeadLetteredWithTheirSource) {
  auto publisher = MakePublisher();
  ASSERT_TRUE(publisher);
  const std::string malformed = "{\"schema\":\"test.in.v1\",\"n\":";
  const std::string invalid = "{\"schema\":\"test.in.v1\",\"count\":\"many\"}";
  ASSERT_TRUE(publisher->PublishRaw(std::string(kIn), "bundle-m", malformed).ok());
  ASSERT_TRUE(publisher->PublishRaw(std::string(kIn), "bundle-i", invalid).ok());
  ASSERT_TRUE(publisher->Publish({InRecord(3, "bundle-o", "bad_output"), InRecord(4, "bundle-p", "invalid"),
                                  InRecord(5, "bundle-ok")})
                  .ok());

  // Where each input landed, to check the dead letters' source fields.
  auto in = MakeTail(kIn);
  ASSERT_TRUE(in);
  std::map<std::string, TailRecord> input_by_key;
  for (TailRecord& r : Collect(*in, 5)) input_by_key[r.key] = std::move(r);
  ASSERT_EQ(input_by_key.size(), 5u);

  CopyCore core;
  BackgroundRunner runner(config_, core, Options());
  auto dead = MakeTail(topics::kDeadLetter);
  auto out = MakeTail(kOut);
  ASSERT_TRUE(dead && out);
  std::vector<TailRecord> letters = Collect(*dead, 4);
  std::vector<TailRecord> outputs = Collect(*out, 1);
  Status stopped = runner.Stop();
  ASSERT_TRUE(stopped.ok()) << stopped.error().message;

  ASSERT_EQ(outputs.size(), 1u);
  EXPECT_EQ(outputs[0].value["n"], 5);
  ASSERT_EQ(letters.size(), 4u);
  std::map<std::string, model::Json> by_key;
  for (const TailRecord& r : letters) {
    ASSERT_TRUE(r.is_json);
    Status valid = model::SchemaRegistry::Default().Validate(topics::kDeadLetter, r.value);
    EXPECT_TRUE(valid.ok()) << valid.error().message;
    by_key[r.key] = r.value;
    const TailRecord& source = input_by_key.at(r.key);
    EXPECT_EQ(r.value["stage"], "copy");
    EXPECT_EQ(r.value["source"]["topic"], kIn);
    EXPECT_EQ(r.value["source"]["partition"], source.partition) << r.key;
    EXPECT_EQ(r.value["source"]["offset"], source.offset) << r.key;
    Result<std::string> payload = DeadLetterPayload(r.value);
    ASSERT_TRUE(payload.ok());
    EXPECT_EQ(*payload, source.raw) << r.key;  // the original bytes, for replay
  }
  ASSERT_EQ(by_key.size(), 4u);
  const model::Json& m = by_key.at("bundle-m");
  EXPECT_EQ(m["error"]["kind"], "invalid_input");
  EXPECT_NE(m["error"]["message"].get<std::string>().find("not valid JSON"), std::string::npos);
  EXPECT_EQ(m["attempts"], 0);
  const model::Json& i = by_key.at("bundle-i");
  EXPECT_EQ(i["error"]["kind"], "invalid_input");
  EXPECT_NE(i["error"]["message"].get<std::string>().find("schema test.in.v1"), std::string::npos);
  EXPECT_EQ(i["error"]["message"].get<std::string>().find("many"), std::string::npos);  // no values
  const model::Json& o = by_key.at("bundle-o");
  EXPECT_EQ(o["error"]["kind"], "internal");
  EXPECT_NE(o["error"]["message"].get<std::string>().find("invalid test.out.v1 record"), std::string::npos);
  const model::Json& p = by_key.at("bundle-p");
  EXPECT_EQ(p["error"]["kind"], "invalid_input");
  EXPECT_EQ(p["attempts"], 1);
  EXPECT_EQ(runner.counters().dead_lettered.load(), 4u);
}

TEST_F(KafkaIntegration, TransientErrorsAreRetriedThenDeadLettered) {
  auto publisher = MakePublisher();
  ASSERT_TRUE(publisher);
  ASSERT_TRUE(publisher->Publish({InRecord(1, "bundle-t", "transient"), InRecord(2, "bundle-f", "flaky")}).ok());

  CopyCore core;
  RunnerOptions options = Options();
  options.max_attempts = 3;
  BackgroundRunner runner(config_, core, options);
  auto dead = MakeTail(topics::kDeadLetter);
  auto out = MakeTail(kOut);
  ASSERT_TRUE(dead && out);
  std::vector<TailRecord> letters = Collect(*dead, 1);
  std::vector<TailRecord> outputs = Collect(*out, 1);
  Status stopped = runner.Stop();
  ASSERT_TRUE(stopped.ok()) << stopped.error().message;

  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].key, "bundle-t");
  EXPECT_EQ(letters[0].value["error"]["kind"], "transient");
  EXPECT_EQ(letters[0].value["attempts"], 3);
  EXPECT_EQ(core.Calls(1), 3);
  ASSERT_EQ(outputs.size(), 1u);  // the flaky record succeeded on its second attempt
  EXPECT_EQ(outputs[0].value["n"], 2);
  EXPECT_EQ(core.Calls(2), 2);
}

TEST_F(KafkaIntegration, StopDuringBackoffReturnsAndLeavesTheRecordForTheNextRun) {
  auto publisher = MakePublisher();
  ASSERT_TRUE(publisher);
  ASSERT_TRUE(publisher->Publish({InRecord(1, "bundle-a"), InRecord(2, "bundle-a", "transient")}).ok());

  auto out = MakeTail(kOut);
  auto dead = MakeTail(topics::kDeadLetter);
  ASSERT_TRUE(out && dead);
  CopyCore core;
  RunnerOptions options = Options();
  options.backoff = std::chrono::minutes(10);  // a stop must cut the wait short
  options.max_attempts = 2;
  {
    BackgroundRunner runner(config_, core, options);
    ASSERT_EQ(Collect(*out, 1).size(), 1u);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (core.Calls(2) == 0 && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_EQ(core.Calls(2), 1);
    Status stopped = runner.Stop(std::chrono::seconds(60));  // far below the 10-minute backoff
    ASSERT_TRUE(stopped.ok()) << stopped.error().message;
  }
  EXPECT_TRUE(dead->Poll(std::chrono::seconds(2)).empty());  // not dead-lettered: left for the next run

  options.backoff = std::chrono::milliseconds(10);
  BackgroundRunner again(config_, core, options);
  std::vector<TailRecord> letters = Collect(*dead, 1);
  ASSERT_TRUE(again.Stop().ok());
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].value["source"]["offset"].get<int64_t>() >= 0, true);
  EXPECT_EQ(core.Calls(1), 1);  // the committed record was not processed again
  EXPECT_EQ(core.Calls(2), 3);  // 1 interrupted + 2 attempts
}

TEST_F(KafkaIntegration, ConcurrentRunnerWorksOnSeveralRecordsAndPublishesInOffsetOrder) {
  auto publisher = MakePublisher();
  ASSERT_TRUE(publisher);
  std::vector<model::Record> batch;
  for (int n = 1; n <= 12; ++n) {  // one key, so one partition; later records finish first
    model::Record r = InRecord(n, "bundle-a");
    r.value["sleep_ms"] = (13 - n) * 40;
    batch.push_back(std::move(r));
  }
  ASSERT_TRUE(publisher->Publish(batch).ok());
  auto out = MakeTail(kOut);
  ASSERT_TRUE(out);
  ConcurrentCore core;
  RunnerOptions options = Options();
  options.concurrency = 4;
  BackgroundRunner runner(config_, core, options);
  std::vector<TailRecord> got = Collect(*out, 12);
  ASSERT_TRUE(runner.Stop().ok());
  ASSERT_EQ(got.size(), 12u);
  for (int n = 1; n <= 12; ++n) {
    EXPECT_EQ(got[n - 1].value["n"].get<int>(), n);  // in input order despite finishing out of order
    EXPECT_EQ(core.Calls(n), 1) << n;
  }
  EXPECT_GE(core.MaxRunning(), 2);
  EXPECT_LE(core.MaxRunning(), 4);
  EXPECT_TRUE(out->Poll(std::chrono::seconds(2)).empty());
}

TEST_F(KafkaIntegration, ConcurrentRunnerCommitsOnlyUpToTheLowestUnfinishedRecord) {
  auto publisher = MakePublisher();
  ASSERT_TRUE(publisher);
  std::vector<model::Record> batch;
  for (int n = 1; n <= 6; ++n) batch.push_back(InRecord(n, "bundle-a", n == 3 ? "hold" : ""));
  ASSERT_TRUE(publisher->Publish(batch).ok());
  auto out = MakeTail(kOut);
  ASSERT_TRUE(out);
  ConcurrentCore core;
  RunnerOptions options = Options();
  options.concurrency = 3;
  options.backoff = std::chrono::minutes(10);  // the abandoned record waits until the stop
  {
    BackgroundRunner runner(config_, core, options);
    std::vector<TailRecord> got = Collect(*out, 2);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (core.Calls(6) == 0 && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_EQ(core.Calls(6), 1);  // 4..6 finished while 3 is still held
    for (const TailRecord& r : out->Poll(std::chrono::seconds(3))) got.push_back(r);
    ASSERT_EQ(got.size(), 2u);  // only 1 and 2 are published: 4..6 wait behind 3
    EXPECT_EQ(got[0].value["n"], 1);
    EXPECT_EQ(got[1].value["n"], 2);
    // The process goes down with record 3 unfinished.
    std::jthread release([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      core.Release(/*fail_held=*/true);
    });
    ASSERT_TRUE(runner.Stop().ok());
  }
  EXPECT_TRUE(out->Poll(std::chrono::seconds(2)).empty());  // 4..6 were never published

  // The next run starts at record 3: the records after it are processed again, once.
  options.backoff = std::chrono::milliseconds(10);
  ConcurrentCore next;
  next.Release(/*fail_held=*/false);  // record 3 completes this time
  BackgroundRunner again(config_, next, options);
  std::vector<TailRecord> rest = Collect(*out, 4);
  ASSERT_TRUE(again.Stop().ok());
  ASSERT_EQ(rest.size(), 4u);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(rest[i].value["n"].get<int>(), i + 3);
  EXPECT_EQ(next.Calls(1), 0);
  EXPECT_EQ(next.Calls(2), 0);
  EXPECT_TRUE(out->Poll(std::chrono::seconds(2)).empty());
}

TEST_F(KafkaIntegration, ConcurrencyIsRefusedForACoreThatProcessesOneRecordAtATime) {
  CopyCore core;
  RunnerOptions options = Options();
  options.concurrency = 2;
  StageRunner runner(config_, core, options);
  std::stop_source stop;
  Status s = runner.Run(stop.get_token());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(s.error().message.find("concurrency must be 1"), std::string::npos);
}

TEST_F(KafkaIntegration, ADuplicateInstanceIdFencesTheOlderProcessWhichStops) {
  auto publisher = MakePublisher();
  ASSERT_TRUE(publisher);
  CopyCore core_a;
  CopyCore core_b;
  auto out = MakeTail(kOut);
  ASSERT_TRUE(out);
  BackgroundRunner first(config_, core_a, Options());
  ASSERT_TRUE(publisher->Publish({InRecord(1, "bundle-1")}).ok());
  ASSERT_EQ(Collect(*out, 1).size(), 1u);
  // Same stage and instance id: its init_transactions fences the first producer.
  BackgroundRunner second(config_, core_b, Options());
  std::vector<model::Record> more;
  for (int n = 2; n <= 9; ++n) more.push_back(InRecord(n, "bundle-" + std::to_string(n)));
  ASSERT_TRUE(publisher->Publish(more).ok());
  std::vector<TailRecord> got = Collect(*out, 8);
  Status first_status = first.Stop();
  Status second_status = second.Stop();
  EXPECT_TRUE(second_status.ok()) << second_status.error().message;
  if (!first_status.ok()) {  // fenced as soon as it committed anything after the second started
    EXPECT_NE(first_status.error().message.find("fenced"), std::string::npos) << first_status.error().message;
  }
  std::vector<TailRecord> rest = out->Poll(std::chrono::seconds(2));
  got.insert(got.end(), rest.begin(), rest.end());
  std::multiset<int> ns;
  for (const TailRecord& r : got) ns.insert(r.value["n"].get<int>());
  EXPECT_EQ(ns, (std::multiset<int>{2, 3, 4, 5, 6, 7, 8, 9}));  // each exactly once, despite the zombie
}

TEST_F(KafkaIntegration, AnAbortedTransactionIsReplayedFromTheCommittedOffsets) {
  // The output topic is missing at first, so producing to it fails and the transaction must be
  // aborted; once it exists, the replayed records are written exactly once.
  KafkaConfig config = config_;
  config.topic_prefix = UniquePrefix();
  config.properties["topic.metadata.propagation.max.ms"] = "1000";  // fail fast on the missing topic
  ASSERT_TRUE(CreateTopics(config, {{.name = std::string(kIn), .partitions = 1},
                                    {.name = std::string(topics::kDeadLetter), .partitions = 1}})
                  .ok());
  auto publisher = Publisher::Create(config, "disclose-test-submit");
  ASSERT_TRUE(publisher.ok()) << publisher.error().message;
  ASSERT_TRUE((*publisher)->Publish({InRecord(1, "bundle-a"), InRecord(2, "bundle-a")}).ok());

  CopyCore core;
  BackgroundRunner runner(config, core, Options());
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (runner.counters().aborted.load() == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_GE(runner.counters().aborted.load(), 1u);
  ASSERT_TRUE(CreateTopics(config, {{.name = std::string(kOut), .partitions = 1}}).ok());
  auto out = Tail::Create(config, {std::string(kOut)});
  ASSERT_TRUE(out.ok()) << out.error().message;
  std::vector<TailRecord> got = Collect(**out, 2, std::chrono::seconds(120));
  Status stopped = runner.Stop();
  ASSERT_TRUE(stopped.ok()) << stopped.error().message;
  std::vector<TailRecord> rest = (*out)->Poll(std::chrono::seconds(2));
  got.insert(got.end(), rest.begin(), rest.end());
  std::multiset<int> ns;
  for (const TailRecord& r : got) ns.insert(r.value["n"].get<int>());
  EXPECT_EQ(ns, (std::multiset<int>{1, 2}));  // the aborted attempt left nothing visible
  EXPECT_GE(core.Calls(1), 2);                // processed again after the rewind
  EXPECT_EQ(runner.counters().out.load(), 2u);
}

}  // namespace
}  // namespace disclose::kafka
