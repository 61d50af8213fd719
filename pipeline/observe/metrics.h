// Process metrics in the Prometheus text format (version 0.0.4), and the small HTTP server
// that serves them with the health endpoints.
//
//   observe::Metrics metrics;
//   metrics.Describe("disclose_records_in_total", "Records consumed", MetricType::kCounter);
//   metrics.Add("disclose_records_in_total", {{"stage", "extract"}});
//   auto server = observe::MetricsServer::Start({.port = 9464}, metrics, {.ready = [&] { return up; }});
//   // GET /metrics, /healthz (200 while healthy), /readyz (200 once ready)
//
// Label values are ids, stage names, topics and categories, never document text.
// Thread-safety: Metrics is thread-safe (one mutex); MetricsServer serves from its own
// threads and stops in its destructor.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/model/result.h"

namespace disclose::observe {

enum class MetricType { kCounter, kGauge, kHistogram };
using Labels = std::vector<std::pair<std::string, std::string>>;

class Metrics {
 public:
  // Latency buckets in seconds used by every histogram.
  static constexpr double kBuckets[] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

  // HELP and TYPE lines for `name` (optional; an undescribed metric is rendered as untyped
  // for Add/Set and as a histogram for Observe).
  void Describe(const std::string& name, const std::string& help, MetricType type);
  // Counter: adds `delta` (>= 0).
  void Add(const std::string& name, const Labels& labels, double delta = 1);
  // Gauge: sets the value.
  void Set(const std::string& name, const Labels& labels, double value);
  // Gauges: replaces every series of `name` whose label `key` equals `value` with `series`
  // (e.g. one stage's consumer lag per partition, so revoked partitions disappear).
  void Replace(const std::string& name, const std::string& key, const std::string& value,
               const std::vector<std::pair<Labels, double>>& series);
  // Histogram: records one observation (seconds).
  void Observe(const std::string& name, const Labels& labels, double value);
  // The current value of a counter or gauge (0 when never set): for tests.
  double Value(const std::string& name, const Labels& labels) const;

  // Every metric in the Prometheus text exposition format.
  std::string Render() const;

 private:
  struct Histogram {
    std::vector<uint64_t> buckets = std::vector<uint64_t>(std::size(kBuckets), 0);
    uint64_t count = 0;
    double sum = 0;
  };
  struct Family {
    std::string help;
    MetricType type = MetricType::kGauge;
    bool described = false;
    std::map<Labels, double> values;
    std::map<Labels, Histogram> histograms;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Family> families_;
};

struct MetricsServerOptions {
  std::string host = "0.0.0.0";
  int port = 9464;  // 0 = pick a free port (see MetricsServer::port)
};

struct HealthChecks {
  std::function<bool()> healthy;  // empty = always healthy
  std::function<bool()> ready;    // empty = always ready
};

class MetricsServer {
 public:
  // Binds and starts serving; kTransient when the port cannot be bound.
  [[nodiscard]] static Result<std::unique_ptr<MetricsServer>> Start(const MetricsServerOptions& options,
                                                                     const Metrics& metrics, HealthChecks checks);
  ~MetricsServer();
  MetricsServer(const MetricsServer&) = delete;
  MetricsServer& operator=(const MetricsServer&) = delete;

  int port() const;

 private:
  struct Impl;
  explicit MetricsServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Escapes a label value for the text format (backslash, quote, newline).
std::string EscapeLabel(std::string_view value);

}  // namespace disclose::observe
