// Test helpers for pipeline/kafka: a fake stage core, a validator for its test topics, unique
// topic prefixes, and a runner on a background thread.
// Thread-safety: CopyCore is safe to inspect from the test thread while a runner calls it.
#pragma once

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <future>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/kafka/cluster.h"
#include "pipeline/kafka/runner.h"
#include "pipeline/kafka/tail.h"
#include "pipeline/model/schema.h"
#include "pipeline/model/topics.h"

namespace disclose::kafka::testing {

inline constexpr std::string_view kIn = "test.in.v1";
inline constexpr std::string_view kOut = "test.out.v1";

inline std::string UniquePrefix() {
  std::random_device rd;
  std::mt19937_64 gen((uint64_t(rd()) << 32) ^ rd());
  char buf[32];
  std::snprintf(buf, sizeof buf, "test.%012llx.", static_cast<unsigned long long>(gen() & 0xffffffffffffULL));
  return buf;
}

// Test topics: test.in.v1 needs {"schema":"test.in.v1","n":<int>}; test.out.v1 needs an int "n"
// and "count"; every other topic goes to the real schema registry (e.g. the dead-letter schema).
inline Status TestValidator(std::string_view topic, const model::Json& value) {
  if (topic == kIn) {
    if (!value.is_object() || value.value("schema", "") != kIn || !value.contains("n") ||
        !value["n"].is_number_integer()) {
      return InvalidInput("does not match schema test.in.v1: /n: required integer");
    }
    return Status::Ok();
  }
  if (topic == kOut) {
    if (!value.is_object() || !value.contains("n") || !value.contains("count")) {
      return InvalidInput("does not match schema test.out.v1: /count: required");
    }
    return Status::Ok();
  }
  return model::SchemaRegistry::Default().Validate(topic, value);
}

// Copies test.in.v1 {"n":N,"mode":M} to test.out.v1 {"n":N,"count":<calls so far>}.
// mode "transient": always kTransient; "flaky": kTransient on the first call for that n;
// "bad_output": emits an output missing "count"; "invalid": kInvalidInput.
class CopyCore : public model::StageCore {
 public:
  std::string_view Name() const override { return "copy"; }
  std::string_view InputTopic() const override { return kIn; }
  Result<std::vector<model::Record>> Process(const model::Record& input) override {
    std::lock_guard lock(mutex_);
    int n = input.value.at("n").get<int>();
    int calls = ++calls_[n];
    ++total_;
    std::string mode = input.value.value("mode", "");
    if (mode == "transient") return Transient("store briefly unavailable for record " + std::to_string(n));
    if (mode == "flaky" && calls == 1) return Transient("store briefly unavailable for record " + std::to_string(n));
    if (mode == "invalid") return InvalidInput("record " + std::to_string(n) + " is not processable");
    model::Record out{std::string(kOut), input.key, {{"schema", kOut}, {"n", n}, {"count", total_}}};
    if (mode == "bad_output") out.value.erase("count");
    return std::vector<model::Record>{out};
  }
  int Calls(int n) {
    std::lock_guard lock(mutex_);
    return calls_[n];
  }
  int Total() {
    std::lock_guard lock(mutex_);
    return total_;
  }

 private:
  std::mutex mutex_;
  std::map<int, int> calls_;
  int total_ = 0;
};

// A thread-safe core for the runner's concurrency: copies test.in.v1 {"n":N,"sleep_ms":S} to
// test.out.v1 after sleeping S ms, and records how many calls ran at once. A record with
// "mode":"hold" blocks until Release(); released with `fail_held`, it returns kTransient.
class ConcurrentCore : public model::StageCore {
 public:
  std::string_view Name() const override { return "concurrent"; }
  std::string_view InputTopic() const override { return kIn; }
  bool ConcurrentProcess() const override { return true; }
  Result<std::vector<model::Record>> Process(const model::Record& input) override {
    const int n = input.value.at("n").get<int>();
    const int sleep_ms = input.value.value("sleep_ms", 0);
    const bool hold = input.value.value("mode", "") == "hold";
    {
      std::lock_guard lock(mutex_);
      ++calls_[n];
      max_running_ = std::max(max_running_, ++running_);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(sleep_ms));
    bool fail = false;
    if (hold) {
      std::unique_lock lock(mutex_);
      released_cv_.wait(lock, [this] { return released_; });
      fail = fail_held_;
    }
    std::lock_guard lock(mutex_);
    --running_;
    if (fail) return Transient("record " + std::to_string(n) + " was abandoned");
    return std::vector<model::Record>{{std::string(kOut), input.key, {{"schema", kOut}, {"n", n}, {"count", 1}}}};
  }
  void Release(bool fail_held) {
    {
      std::lock_guard lock(mutex_);
      released_ = true;
      fail_held_ = fail_held;
    }
    released_cv_.notify_all();
  }
  int Calls(int n) {
    std::lock_guard lock(mutex_);
    return calls_[n];
  }
  int MaxRunning() {
    std::lock_guard lock(mutex_);
    return max_running_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable released_cv_;
  std::map<int, int> calls_;
  int running_ = 0, max_running_ = 0;
  bool released_ = false, fail_held_ = false;
};

inline model::Record InRecord(int n, std::string key, std::string mode = "") {
  model::Json value = {{"schema", kIn}, {"n", n}};
  if (!mode.empty()) value["mode"] = mode;
  return {std::string(kIn), std::move(key), std::move(value)};
}

// The three test topics (in and out with 2 partitions, the dead-letter topic with 1), created
// with config's prefix on `mock` (nullptr: the real cluster).
inline Status CreateTestTopics(const KafkaConfig& config, MockCluster* mock = nullptr) {
  return CreateTopics(config,
                      {{.name = std::string(kIn), .partitions = 2},
                       {.name = std::string(kOut), .partitions = 2},
                       {.name = std::string(topics::kDeadLetter), .partitions = 1}},
                      mock);
}

// A StageRunner on its own thread; Stop() requests a stop and returns Run's status.
class BackgroundRunner {
 public:
  BackgroundRunner(const KafkaConfig& config, model::StageCore& core, RunnerOptions options)
      : runner_(config, core, std::move(options)) {
    std::promise<Status> promise;
    done_ = promise.get_future();
    thread_ = std::jthread([this, p = std::move(promise)](std::stop_token stop) mutable {
      p.set_value(runner_.Run(stop));
    });
  }
  ~BackgroundRunner() { thread_.request_stop(); }
  const StageRunner::Counters& counters() const { return runner_.counters(); }
  // Requests a stop; returns Run's status, or an error if Run did not return within `bound`.
  Status Stop(std::chrono::seconds bound = std::chrono::seconds(60)) {
    thread_.request_stop();
    if (done_.wait_for(bound) != std::future_status::ready) return Internal("Run did not return after stop");
    return done_.get();
  }

 private:
  StageRunner runner_;
  std::future<Status> done_;
  std::jthread thread_;  // last: joined first on destruction
};

// Polls `tail` until `count` records arrived or `timeout` passed.
inline std::vector<TailRecord> Collect(Tail& tail, size_t count,
                                       std::chrono::seconds timeout = std::chrono::seconds(60)) {
  std::vector<TailRecord> all;
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (all.size() < count && std::chrono::steady_clock::now() < deadline) {
    for (TailRecord& r : tail.Poll(std::chrono::seconds(1))) all.push_back(std::move(r));
  }
  return all;
}

}  // namespace disclose::kafka::testing
