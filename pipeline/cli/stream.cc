// The streaming commands: `disclose run`, `disclose stage NAME`, `disclose submit`,
// `disclose topics create`. They wire stage cores to the Kafka runner (pipeline/kafka).
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include <CLI/CLI.hpp>

#include "pipeline/cli/commands.h"
#include "pipeline/model/topics.h"
#include "pipeline/observe/log.h"
#include "pipeline/observe/metrics.h"
#include "pipeline/pdf/worker.h"
#include "stages/detect/detect_stage.h"
#include "stages/extract/extract.h"
#include "stages/intake/intake.h"
#include "stages/redact/redact.h"
#include "stages/review/review.h"
#include "stages/seal/seal.h"

namespace disclose::cli {

namespace fs = std::filesystem;
using model::Json;
using namespace std::chrono_literals;

namespace {

constexpr const char* kDefaultBrokers = "127.0.0.1:19092";

struct StreamArgs {
  std::vector<std::string> bundles;
  std::string out = "out";
  std::string brokers;
  bool auto_approve = false;
  int timeout_s = 600;
  std::string stage;
  std::string instance = "0";
  std::string inbox;
  int partitions = 4;
  int metrics_port = 0;  // 0 = no /metrics server
  int concurrency = 1;   // records processed at once by `stage` (extract and redact)
};

// Starts the /metrics, /healthz, /readyz server when --metrics-port is set (nullptr otherwise).
Result<std::unique_ptr<observe::MetricsServer>> MaybeServeMetrics(int port, const observe::Metrics& metrics,
                                                                  observe::HealthChecks checks) {
  if (port <= 0) return std::unique_ptr<observe::MetricsServer>();
  return observe::MetricsServer::Start({.host = "0.0.0.0", .port = port}, metrics, std::move(checks));
}

// Stops `source` on SIGINT or SIGTERM. Pre: called before any other thread starts, so that
// every thread inherits the blocked mask and only the watcher receives the signals.
std::jthread WatchSignals(std::stop_source source) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return std::jthread([set, source](std::stop_token token) mutable {
    while (!token.stop_requested()) {
      timespec wait{0, 200'000'000};
      int sig = sigtimedwait(&set, nullptr, &wait);
      if (sig == SIGINT || sig == SIGTERM) {
        observe::Log(observe::Level::kInfo, "shutdown.requested", {{"signal", sig}});
        source.request_stop();
        return;
      }
    }
  });
}

// The cores of the five consuming stages, owning what they borrow.
struct Cores {
  std::unique_ptr<store::Store> store;
  std::unique_ptr<detect::Detector> detector;
  std::map<std::string, std::unique_ptr<model::StageCore>> by_name;
};

Result<std::unique_ptr<model::StageCore>> MakeCore(const std::string& name, Cores& cores, const CommonOptions& common,
                                                   const StreamArgs& args) {
  if (name == "extract") return std::unique_ptr<model::StageCore>(new extract::ExtractCore(*cores.store, {}, pdf::IsolationOptions::SelfExec()));
  if (name == "detect") {
    if (!cores.detector) {
      auto d = LoadDetector(common);
      if (!d.ok()) return d.error();
      cores.detector = std::move(*d);
    }
    return std::unique_ptr<model::StageCore>(new detect::DetectCore(*cores.store, *cores.detector, fs::path(common.store_dir) / "detect-state"));
  }
  if (name == "redact") return std::unique_ptr<model::StageCore>(new redact::RedactCore(*cores.store, {}, pdf::IsolationOptions::SelfExec()));
  if (name == "review") {
    auto r = review::ReviewCore::Create({.auto_approve = args.auto_approve});
    if (!r.ok()) return r.error();
    return std::unique_ptr<model::StageCore>(std::move(*r));
  }
  if (name == "seal") {
    auto key = LoadOrCreateSigningKey(common.signing_key);
    if (!key.ok()) return key.error();
    seal::SealOptions options;
    options.outbox = args.out;
    options.state_dir = fs::path(common.store_dir) / "seal-state";
    options.signing_secret_key = *key;
    return std::unique_ptr<model::StageCore>(new seal::SealCore(*cores.store, std::move(options)));
  }
  return InvalidInput("unknown stage '" + name + "' (extract, detect, redact, review or seal; intake is 'disclose submit')");
}

// Intake of each folder, published in one transaction per bundle. Returns (folder, bundle id)
// pairs; a bundle refused by intake is reported and skipped (*failed set).
std::vector<std::pair<std::string, std::string>> SubmitBundles(const std::vector<std::string>& dirs, store::Store& store,
                                       kafka::Publisher& publisher, bool* failed, size_t* withheld) {
  intake::IntakeCore core(store, {});
  std::vector<std::pair<std::string, std::string>> ids;
  for (const auto& dir : dirs) {
    auto result = core.Submit(dir);
    if (!result.ok()) {
      PrintError(result.error().message);
      *failed = true;
      continue;
    }
    if (Status s = publisher.Publish(result->records); !s.ok()) {
      PrintError("bundle " + dir + " could not be published: " + s.error().message);
      *failed = true;
      continue;
    }
    observe::Log(observe::Level::kInfo, "bundle.submitted",
                 {{"bundle_id", result->bundle_id}, {"documents", result->documents}, {"withheld", result->withheld}});
    *withheld += result->withheld;
    ids.emplace_back(dir, result->bundle_id);
  }
  return ids;
}

// Progress of bundles through the topics, drawn in place on a terminal.
class Progress {
 public:
  Progress(std::vector<std::string> bundles, std::map<std::string, std::string> labels)
      : bundles_(std::move(bundles)), labels_(std::move(labels)), tty_(isatty(STDOUT_FILENO)) {}

  void Add(const std::string& topic, const Json& value) {
    const std::string bundle = value.value("bundle_id", "");
    if (topic == topics::kSealed) {
      sealed_[bundle] = value;
    } else if (topic == topics::kQuarantine) {
      ++quarantined_[bundle];
    } else if (value.contains("document_index")) {
      auto& slot = counts_[bundle][topic];
      slot.insert(value["document_index"].get<int>());
      totals_[bundle] = value.value("document_count", 0);
    }
  }

  bool Done() const {
    for (const auto& b : bundles_) {
      if (!sealed_.count(b)) return false;
    }
    return true;
  }
  size_t Quarantined() const {
    size_t n = 0;
    for (const auto& [b, s] : sealed_) n += s.value("documents_withheld", 0);
    return n;
  }
  const std::map<std::string, Json>& sealed() const { return sealed_; }

  void Draw(bool final) {
    static constexpr std::pair<std::string_view, const char*> kSteps[] = {
        {topics::kIntake, "intake"}, {topics::kExtracted, "extract"}, {topics::kDetected, "detect"},
        {topics::kRedacted, "redact"}, {topics::kApproved, "review"}};
    if (tty_ && drawn_ > 0) std::printf("\033[%zuA", drawn_);
    drawn_ = 0;
    for (const auto& b : bundles_) {
      std::string line = labels_[b] + "  ";
      for (const auto& [topic, label] : kSteps) {
        auto it = counts_[b].find(std::string(topic));
        line += std::string(label) + " " + std::to_string(it == counts_[b].end() ? 0 : it->second.size()) + "/" +
                std::to_string(totals_[b]) + "  ";
      }
      line += sealed_.count(b) ? "sealed" : "sealing";
      if (quarantined_[b]) line += "  (" + std::to_string(quarantined_[b]) + " withheld)";
      if (tty_) {
        std::printf("\033[2K%s\n", line.c_str());
        ++drawn_;
      } else if (sealed_.count(b) && !printed_.count(b)) {
        std::printf("%s\n", line.c_str());  // not a terminal: one line per bundle, when it is sealed
        printed_.insert(b);
      } else if (final && !printed_.count(b)) {
        std::printf("%s\n", line.c_str());
      }
    }
    std::fflush(stdout);
  }

 private:
  std::vector<std::string> bundles_;
  std::map<std::string, std::string> labels_;
  bool tty_;
  size_t drawn_ = 0;
  std::map<std::string, std::map<std::string, std::set<int>>> counts_;
  std::map<std::string, int> totals_;
  std::map<std::string, int> quarantined_;
  std::map<std::string, Json> sealed_;
  std::set<std::string> printed_;
};

int RunAll(const StreamArgs& args, const CommonOptions& common) {
  std::stop_source stop;
  std::jthread signals = WatchSignals(stop);
  Cores cores;
  auto store = OpenStore(common);
  if (!store.ok()) {
    PrintError(store.error().message);
    return kExitFailure;
  }
  cores.store = std::move(*store);

  // The embedded default: librdkafka's in-process mock cluster (no broker to set up). Its
  // transactions are fake, so the runners use idempotent produce + synchronous commits there.
  std::unique_ptr<kafka::MockCluster> mock;
  std::string brokers = args.brokers;
  const bool embedded = brokers.empty();
  if (embedded) {
    auto m = kafka::MockCluster::Start(1);
    if (!m.ok()) {
      PrintError("the embedded Kafka could not start: " + m.error().message);
      return kExitFailure;
    }
    mock = std::move(*m);
    brokers = mock->Bootstraps();
  }
  auto config = MakeKafkaConfig(common, brokers);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitUsage;
  }
  if (Status s = kafka::CreateTopics(*config, *TopicPlan(args.partitions, ""), mock.get()); !s.ok()) {
    PrintError("topics could not be created on " + brokers + ": " + s.error().message);
    return kExitFailure;
  }

  std::vector<std::unique_ptr<kafka::StageRunner>> runners;
  std::atomic<bool> runner_failed{false};
  std::atomic<bool> all_started{false};
  observe::Metrics metrics;
  auto server = MaybeServeMetrics(args.metrics_port, metrics,
                                  {.healthy = [&] { return !runner_failed.load(); },
                                   .ready = [&] {
                                     if (!all_started) return false;  // runners is complete
                                     for (const auto& r : runners) {
                                       if (!r->counters().running) return false;
                                     }
                                     return true;
                                   }});
  if (!server.ok()) {
    PrintError(server.error().message);
    return kExitFailure;
  }
  std::vector<std::jthread> threads;
  for (const char* name : {"extract", "detect", "redact", "review", "seal"}) {
    auto core = MakeCore(name, cores, common, args);
    if (!core.ok()) {
      PrintError(core.error().message);
      stop.request_stop();
      return kExitUsage;
    }
    kafka::RunnerOptions options;
    options.instance_id = "run-" + std::to_string(getpid());
    options.transactional = !embedded;
    if (args.metrics_port > 0) options.metrics = &metrics;
    runners.push_back(std::make_unique<kafka::StageRunner>(*config, **core, options));
    cores.by_name[name] = std::move(*core);
    threads.emplace_back([&, runner = runners.back().get()] {
      if (Status s = runner->Run(stop.get_token()); !s.ok()) {
        PrintError(s.error().message);
        runner_failed = true;
        stop.request_stop();
      }
    });
  }

  all_started = true;
  auto publisher = kafka::Publisher::Create(*config, embedded ? "" : "disclose-run-intake-" + std::to_string(getpid()));
  if (!publisher.ok()) {
    PrintError(publisher.error().message);
    stop.request_stop();
    return kExitFailure;
  }
  bool intake_failed = false;
  size_t intake_withheld = 0;
  std::vector<std::string> ids;
  std::map<std::string, std::string> labels;
  for (const auto& [dir, id] : SubmitBundles(args.bundles, *cores.store, **publisher, &intake_failed, &intake_withheld)) {
    ids.push_back(id);
    labels[id] = fs::path(dir).filename().string();
  }

  auto tail = kafka::Tail::Create(*config, {std::string(topics::kIntake), std::string(topics::kExtracted),
                                            std::string(topics::kDetected), std::string(topics::kRedacted),
                                            std::string(topics::kApproved), std::string(topics::kSealed),
                                            std::string(topics::kQuarantine)});
  if (!tail.ok()) {
    PrintError(tail.error().message);
    stop.request_stop();
    return kExitFailure;
  }
  Progress progress(ids, labels);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(args.timeout_s);
  while (!progress.Done() && !stop.stop_requested() && std::chrono::steady_clock::now() < deadline) {
    for (const auto& r : (*tail)->Poll(250ms)) {
      if (r.value.is_object()) progress.Add(r.topic, r.value);
    }
    progress.Draw(false);
  }
  const bool done = progress.Done();
  progress.Draw(true);
  stop.request_stop();
  threads.clear();  // joins

  std::error_code ec;
  fs::copy_file(common.signing_key + ".pub", fs::path(args.out) / "signing.pub", fs::copy_options::overwrite_existing,
                ec);
  for (const auto& [bundle, sealed] : progress.sealed()) {
    std::printf("%s: %s (%d released, %d withheld)\n", labels[bundle].c_str(),
                (fs::path(args.out) / sealed["pack_file"].get<std::string>()).c_str(),
                sealed["documents_released"].get<int>(), sealed["documents_withheld"].get<int>());
  }
  if (!done) {
    PrintError(runner_failed ? "a stage failed; see the log" : "not every bundle was sealed within --timeout");
    return kExitFailure;
  }
  if (intake_failed) return kExitFailure;
  return progress.Quarantined() > 0 || intake_withheld > 0 ? kExitQuarantined : kExitOk;
}

int RunStage(const StreamArgs& args, const CommonOptions& common) {
  std::stop_source stop;
  std::jthread signals = WatchSignals(stop);
  Cores cores;
  auto store = OpenStore(common);
  if (!store.ok()) {
    PrintError(store.error().message);
    return kExitFailure;
  }
  cores.store = std::move(*store);
  auto config = MakeKafkaConfig(common, args.brokers.empty() ? kDefaultBrokers : args.brokers);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitUsage;
  }
  auto core = MakeCore(args.stage, cores, common, args);
  if (!core.ok()) {
    PrintError(core.error().message);
    return kExitUsage;
  }
  kafka::RunnerOptions options;
  options.instance_id = args.instance;
  options.concurrency = args.concurrency;
  observe::Metrics metrics;
  if (args.metrics_port > 0) options.metrics = &metrics;
  kafka::StageRunner runner(*config, **core, options);
  std::atomic<bool> failed{false};
  auto server = MaybeServeMetrics(args.metrics_port, metrics,
                                  {.healthy = [&] { return !failed.load(); },
                                   .ready = [&] { return runner.counters().running.load(); }});
  if (!server.ok()) {
    PrintError(server.error().message);
    return kExitFailure;
  }
  observe::Log(observe::Level::kInfo, "stage.started", {{"stage", args.stage}, {"instance", args.instance}});
  Status s = runner.Run(stop.get_token());
  failed = !s.ok();
  observe::Log(observe::Level::kInfo, "stage.stopped", {{"stage", args.stage}, {"ok", s.ok()}});
  if (!s.ok()) {
    PrintError("stage " + args.stage + " stopped: " + s.error().message);
    return kExitFailure;
  }
  return kExitOk;
}

int Submit(const StreamArgs& args, const CommonOptions& common) {
  auto store = OpenStore(common);
  if (!store.ok()) {
    PrintError(store.error().message);
    return kExitFailure;
  }
  auto config = MakeKafkaConfig(common, args.brokers.empty() ? kDefaultBrokers : args.brokers);
  if (!config.ok()) {
    PrintError(config.error().message);
    return kExitUsage;
  }
  auto publisher = kafka::Publisher::Create(*config, "disclose-submit-" + std::to_string(getpid()));
  if (!publisher.ok()) {
    PrintError(publisher.error().message);
    return kExitFailure;
  }
  bool failed = false;
  size_t withheld = 0;
  for (const auto& [dir, id] : SubmitBundles(args.bundles, **store, **publisher, &failed, &withheld)) {
    std::cout << id << "\n";
  }
  return failed ? kExitFailure : (withheld ? kExitQuarantined : kExitOk);
}

}  // namespace

void AddStreamCommands(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto a = std::make_shared<StreamArgs>();
  auto* run = app.add_subcommand("run", "Push bundles through all six stages in one process until each is sealed");
  run->add_option("BUNDLE_DIR", a->bundles, "Bundle folders (bundle.json + documents)")->required()->check(
      CLI::ExistingDirectory);
  run->add_option("--out", a->out, "Outbox for the sealed packs");
  run->add_option("--brokers", a->brokers, "Kafka bootstrap servers (default: an embedded in-process cluster)");
  run->add_flag("--auto-approve", a->auto_approve, "Approve every verified redaction without human review");
  run->add_option("--timeout", a->timeout_s, "Give up after this many seconds");
  run->add_option("--partitions", a->partitions, "Partitions per topic when creating topics");
  run->add_option("--metrics-port", a->metrics_port, "Serve /metrics, /healthz, /readyz on this port (default off)");
  run->callback([a, exit_code, &common] { *exit_code = RunAll(*a, common); });

  auto* stage = app.add_subcommand("stage", "Run one stage as a long-lived consumer (until SIGTERM)");
  stage->add_option("NAME", a->stage, "extract, detect, redact, review or seal")->required();
  stage->add_option("--brokers", a->brokers, std::string("Kafka bootstrap servers (default ") + kDefaultBrokers + ")");
  stage->add_option("--instance", a->instance, "Instance id, stable across restarts (transactional.id)");
  stage->add_option("--out", a->out, "Outbox for sealed packs (seal)");
  stage->add_flag("--auto-approve", a->auto_approve, "Review: approve every verified redaction");
  stage->add_option("--metrics-port", a->metrics_port,
                    "Serve /metrics, /healthz, /readyz on this port (default off; e.g. 9464 + stage number)");
  stage->add_option("--concurrency", a->concurrency,
                    "Records processed at once (extract, redact); offsets commit up to the lowest unfinished")
      ->check(CLI::Range(1, 64));
  stage->callback([a, exit_code, &common] { *exit_code = RunStage(*a, common); });

  auto* submit = app.add_subcommand("submit", "Intake: validate bundles, store them encrypted, publish to Kafka");
  submit->add_option("BUNDLE_DIR", a->bundles)->required()->check(CLI::ExistingDirectory);
  submit->add_option("--brokers", a->brokers, std::string("Kafka bootstrap servers (default ") + kDefaultBrokers + ")");
  submit->callback([a, exit_code, &common] { *exit_code = Submit(*a, common); });
}

}  // namespace disclose::cli
