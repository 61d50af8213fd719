// Metrics registry (Prometheus text format) and the cpp-httplib server for /metrics,
// /healthz and /readyz.
#include "pipeline/observe/metrics.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>

#include <sys/socket.h>

#include <httplib.h>

#include "pipeline/observe/log.h"

namespace disclose::observe {

namespace {

std::string Number(double v) {
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  if (std::isnan(v)) return "NaN";
  char buf[64];
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof(buf), "%.0f", v);
  } else {
    std::snprintf(buf, sizeof(buf), "%.9g", v);
  }
  return buf;
}

std::string LabelText(const Labels& labels, const std::string& extra_key = "", const std::string& extra_value = "") {
  if (labels.empty() && extra_key.empty()) return "";
  std::string out = "{";
  bool first = true;
  for (const auto& [k, v] : labels) {
    if (!first) out += ",";
    out += k + "=\"" + EscapeLabel(v) + "\"";
    first = false;
  }
  if (!extra_key.empty()) {
    if (!first) out += ",";
    out += extra_key + "=\"" + extra_value + "\"";
  }
  return out + "}";
}

const char* TypeName(MetricType type) {
  switch (type) {
    case MetricType::kCounter: return "counter";
    case MetricType::kGauge: return "gauge";
    case MetricType::kHistogram: return "histogram";
  }
  return "untyped";
}

}  // namespace

std::string EscapeLabel(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

void Metrics::Describe(const std::string& name, const std::string& help, MetricType type) {
  std::lock_guard lock(mutex_);
  Family& f = families_[name];
  f.help = help;
  f.type = type;
  f.described = true;
}

void Metrics::Add(const std::string& name, const Labels& labels, double delta) {
  std::lock_guard lock(mutex_);
  families_[name].values[labels] += delta;
}

void Metrics::Set(const std::string& name, const Labels& labels, double value) {
  std::lock_guard lock(mutex_);
  families_[name].values[labels] = value;
}

void Metrics::Replace(const std::string& name, const std::string& key, const std::string& value,
                      const std::vector<std::pair<Labels, double>>& series) {
  std::lock_guard lock(mutex_);
  auto& values = families_[name].values;
  std::erase_if(values, [&](const auto& entry) {
    return std::find(entry.first.begin(), entry.first.end(), std::pair<std::string, std::string>(key, value)) !=
           entry.first.end();
  });
  for (const auto& [labels, v] : series) values[labels] = v;
}

void Metrics::Observe(const std::string& name, const Labels& labels, double value) {
  std::lock_guard lock(mutex_);
  Family& f = families_[name];
  if (!f.described) f.type = MetricType::kHistogram;
  Histogram& h = f.histograms[labels];
  for (size_t i = 0; i < std::size(kBuckets); ++i) {
    if (value <= kBuckets[i]) ++h.buckets[i];
  }
  ++h.count;
  h.sum += value;
}

double Metrics::Value(const std::string& name, const Labels& labels) const {
  std::lock_guard lock(mutex_);
  auto f = families_.find(name);
  if (f == families_.end()) return 0;
  auto v = f->second.values.find(labels);
  return v == f->second.values.end() ? 0 : v->second;
}

std::string Metrics::Render() const {
  std::lock_guard lock(mutex_);
  std::string out;
  for (const auto& [name, f] : families_) {
    if (f.described) {
      out += "# HELP " + name + " " + f.help + "\n";
      out += "# TYPE " + name + " " + TypeName(f.type) + "\n";
    }
    for (const auto& [labels, value] : f.values) out += name + LabelText(labels) + " " + Number(value) + "\n";
    for (const auto& [labels, h] : f.histograms) {
      for (size_t i = 0; i < std::size(kBuckets); ++i) {
        out += name + "_bucket" + LabelText(labels, "le", Number(kBuckets[i])) + " " +
               Number(static_cast<double>(h.buckets[i])) + "\n";
      }
      out += name + "_bucket" + LabelText(labels, "le", "+Inf") + " " + Number(static_cast<double>(h.count)) + "\n";
      out += name + "_sum" + LabelText(labels) + " " + Number(h.sum) + "\n";
      out += name + "_count" + LabelText(labels) + " " + Number(static_cast<double>(h.count)) + "\n";
    }
  }
  return out;
}

struct MetricsServer::Impl {
  httplib::Server server;
  std::thread thread;
  int port = 0;
};

MetricsServer::MetricsServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

MetricsServer::~MetricsServer() {
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

int MetricsServer::port() const { return impl_->port; }

Result<std::unique_ptr<MetricsServer>> MetricsServer::Start(const MetricsServerOptions& options,
                                                            const Metrics& metrics, HealthChecks checks) {
  auto impl = std::make_unique<Impl>();
  // httplib's default also sets SO_REUSEPORT, which would let two processes share a port
  // silently; keep only SO_REUSEADDR so a taken port is an error.
  impl->server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  impl->server.Get("/metrics", [&metrics](const httplib::Request&, httplib::Response& res) {
    res.set_content(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8");
  });
  impl->server.Get("/healthz", [healthy = checks.healthy](const httplib::Request&, httplib::Response& res) {
    const bool ok = !healthy || healthy();
    res.status = ok ? 200 : 503;
    res.set_content(ok ? "ok\n" : "unhealthy\n", "text/plain");
  });
  impl->server.Get("/readyz", [ready = checks.ready](const httplib::Request&, httplib::Response& res) {
    const bool ok = !ready || ready();
    res.status = ok ? 200 : 503;
    res.set_content(ok ? "ready\n" : "not ready\n", "text/plain");
  });
  if (options.port == 0) {
    impl->port = impl->server.bind_to_any_port(options.host);
    if (impl->port < 0) return Transient("the metrics server could not bind to " + options.host);
  } else {
    if (!impl->server.bind_to_port(options.host, options.port)) {
      return Transient("the metrics server could not bind to " + options.host + ":" + std::to_string(options.port));
    }
    impl->port = options.port;
  }
  Impl* raw = impl.get();
  impl->thread = std::thread([raw] { raw->server.listen_after_bind(); });
  // stop() is a no-op until the listener runs, so wait for it (else the destructor could hang).
  for (int i = 0; i < 5000 && !impl->server.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  Log(Level::kInfo, "metrics.listening", {{"host", options.host}, {"port", impl->port}});
  return std::unique_ptr<MetricsServer>(new MetricsServer(std::move(impl)));  // private constructor
}

}  // namespace disclose::observe
