// Unit tests for pipeline/kafka that need no broker: dead-letter records and base64, and a
// produce/consume smoke test plus a non-transactional runner on librdkafka's mock cluster.
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

TEST(Base64, RoundTripsEveryLengthAndByte) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  for (size_t len : {0, 1, 2, 3, 4, 5, 255, 256}) {
    std::string in = bytes.substr(0, len);
    Result<std::string> out = Base64Decode(Base64Encode(in));
    ASSERT_TRUE(out.ok()) << len;
    EXPECT_EQ(*out, in) << len;
  }
  EXPECT_EQ(Base64Encode("Man"), "TWFu");
  EXPECT_EQ(Base64Encode("Ma"), "TWE=");
  EXPECT_EQ(Base64Encode("M"), "TQ==");
  EXPECT_FALSE(Base64Decode("TWF").ok());
  EXPECT_FALSE(Base64Decode("T=Fu").ok());
  EXPECT_FALSE(Base64Decode("TW*u").ok());
}

TEST(DeadLetter, RecordMatchesItsSchemaAndKeepsThePayload) {
  const std::string payload = "{\"schema\":\"disclose.intake.v1\",\"broken\":";
  model::Record record = DeadLetterRecord("extract", InvalidInput("payload is not valid JSON (error at byte 40)"),
                                          {"disclose.intake.v1", 3, 41, "bundle-7"}, 0, payload);
  EXPECT_EQ(record.topic, topics::kDeadLetter);
  EXPECT_EQ(record.key, "bundle-7");
  Status valid = model::SchemaRegistry::Default().Validate(topics::kDeadLetter, record.value);
  EXPECT_TRUE(valid.ok()) << valid.error().message;
  EXPECT_EQ(record.value["error"]["kind"], "invalid_input");
  EXPECT_EQ(record.value["source"]["partition"], 3);
  EXPECT_EQ(record.value["source"]["offset"], 41);
  Result<std::string> original = DeadLetterPayload(record.value);
  ASSERT_TRUE(original.ok());
  EXPECT_EQ(*original, payload);
}

TEST(DeadLetter, SchemaRejectsMissingSource) {
  model::Record record = DeadLetterRecord("detect", Internal("bug"), {"disclose.extracted.v1", 0, 0, "b"}, 1, "x");
  record.value.erase("source");
  EXPECT_FALSE(model::SchemaRegistry::Default().Validate(topics::kDeadLetter, record.value).ok());
}

TEST(KafkaConfig, RejectsUnknownPropertyNamingTheKeyOnly) {
  KafkaConfig config{.brokers = "127.0.0.1:1", .properties = {{"no.such.property", "s3cret-value"}}};
  Result<std::unique_ptr<Publisher>> publisher = Publisher::Create(config, "");
  ASSERT_FALSE(publisher.ok());
  EXPECT_NE(publisher.error().message.find("no.such.property"), std::string::npos);
  EXPECT_EQ(publisher.error().message.find("s3cret"), std::string::npos);
}

TEST(MockCluster, ProduceAndConsumeSmoke) {
  Result<std::unique_ptr<MockCluster>> mock = MockCluster::Start(1);
  ASSERT_TRUE(mock.ok()) << mock.error().message;
  KafkaConfig config{.brokers = (*mock)->Bootstraps(), .topic_prefix = UniquePrefix()};
  ASSERT_TRUE(CreateTopics(config, {{.name = std::string(kIn), .partitions = 2}}, mock->get()).ok());

  Result<std::unique_ptr<Publisher>> publisher = Publisher::Create(config, "");
  ASSERT_TRUE(publisher.ok()) << publisher.error().message;
  ASSERT_TRUE((*publisher)->Publish({InRecord(1, "bundle-a"), InRecord(2, "bundle-b"), InRecord(3, "bundle-a")}).ok());
  ASSERT_TRUE((*publisher)->PublishRaw(std::string(kIn), "bundle-c", "not json").ok());

  Result<std::unique_ptr<Tail>> tail = Tail::Create(config, {std::string(kIn)});
  ASSERT_TRUE(tail.ok()) << tail.error().message;
  std::vector<TailRecord> got = Collect(**tail, 4, std::chrono::seconds(30));
  ASSERT_EQ(got.size(), 4u);
  std::map<int, std::string> key_of;
  int raw = 0;
  for (const TailRecord& r : got) {
    EXPECT_EQ(r.topic, kIn);
    if (!r.is_json) {
      EXPECT_EQ(r.raw, "not json");
      EXPECT_EQ(r.key, "bundle-c");
      ++raw;
      continue;
    }
    key_of[r.value["n"].get<int>()] = r.key;
  }
  EXPECT_EQ(raw, 1);
  EXPECT_EQ(key_of, (std::map<int, std::string>{{1, "bundle-a"}, {2, "bundle-b"}, {3, "bundle-a"}}));
}

TEST(MockCluster, NonTransactionalRunnerCopiesAndDeadLetters) {
  Result<std::unique_ptr<MockCluster>> mock = MockCluster::Start(1);
  ASSERT_TRUE(mock.ok()) << mock.error().message;
  KafkaConfig config{.brokers = (*mock)->Bootstraps(), .topic_prefix = UniquePrefix()};
  ASSERT_TRUE(CreateTestTopics(config, mock->get()).ok());
  auto publisher = Publisher::Create(config, "");
  ASSERT_TRUE(publisher.ok());
  ASSERT_TRUE((*publisher)->Publish({InRecord(1, "b1"), InRecord(2, "b2"), InRecord(3, "b1")}).ok());
  ASSERT_TRUE((*publisher)->PublishRaw(std::string(kIn), "b9", "{\"n\":").ok());

  CopyCore core;
  BackgroundRunner runner(config, core, {.transactional = false, .validator = TestValidator});
  auto out = Tail::Create(config, {std::string(kOut)});
  auto dead = Tail::Create(config, {std::string(topics::kDeadLetter)});
  ASSERT_TRUE(out.ok() && dead.ok());
  std::vector<TailRecord> outputs = Collect(**out, 3);
  std::vector<TailRecord> dead_letters = Collect(**dead, 1);
  Status stopped = runner.Stop();
  EXPECT_TRUE(stopped.ok()) << stopped.error().message;

  ASSERT_EQ(outputs.size(), 3u);
  std::set<int> ns;
  for (const TailRecord& r : outputs) ns.insert(r.value["n"].get<int>());
  EXPECT_EQ(ns, (std::set<int>{1, 2, 3}));
  ASSERT_EQ(dead_letters.size(), 1u);
  EXPECT_EQ(dead_letters[0].key, "b9");
  EXPECT_EQ(dead_letters[0].value["error"]["kind"], "invalid_input");
  EXPECT_EQ(runner.counters().out.load(), 3u);
  EXPECT_EQ(runner.counters().dead_lettered.load(), 1u);
}

}  // namespace
}  // namespace disclose::kafka
