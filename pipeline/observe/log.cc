// spdlog-backed JSON-lines logger.
#include "pipeline/observe/log.h"

#include <chrono>
#include <memory>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace disclose::observe {

namespace {

std::shared_ptr<spdlog::logger>& Logger() {
  static std::shared_ptr<spdlog::logger> logger = [] {
    auto l = std::make_shared<spdlog::logger>("disclose", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    l->set_pattern("%v");
    l->set_level(spdlog::level::info);
    return l;
  }();
  return logger;
}

spdlog::level::level_enum ToSpd(Level level) {
  switch (level) {
    case Level::kDebug: return spdlog::level::debug;
    case Level::kInfo: return spdlog::level::info;
    case Level::kWarn: return spdlog::level::warn;
    case Level::kError: return spdlog::level::err;
  }
  return spdlog::level::info;
}

const char* Name(Level level) {
  switch (level) {
    case Level::kDebug: return "debug";
    case Level::kInfo: return "info";
    case Level::kWarn: return "warn";
    case Level::kError: return "error";
  }
  return "info";
}

}  // namespace

void InitLogging(Level min_level, const std::string& file) {
  std::shared_ptr<spdlog::logger> logger;
  if (file.empty()) {
    logger = std::make_shared<spdlog::logger>("disclose", std::make_shared<spdlog::sinks::stderr_sink_mt>());
  } else {
    logger = std::make_shared<spdlog::logger>(
        "disclose", std::make_shared<spdlog::sinks::basic_file_sink_mt>(file, /*truncate=*/false));
  }
  logger->set_pattern("%v");
  logger->set_level(ToSpd(min_level));
  logger->flush_on(spdlog::level::debug);
  Logger() = logger;
}

Level ParseLevel(std::string_view name) {
  if (name == "debug") return Level::kDebug;
  if (name == "warn") return Level::kWarn;
  if (name == "error") return Level::kError;
  return Level::kInfo;
}

void Log(Level level, std::string_view event, const nlohmann::json& fields) {
  auto& logger = Logger();
  if (!logger->should_log(ToSpd(level))) return;
  nlohmann::json line = fields.is_object() ? fields : nlohmann::json::object();
  auto now = std::chrono::system_clock::now();
  line["ts"] = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  line["level"] = Name(level);
  line["event"] = event;
  logger->log(ToSpd(level), "{}", line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace disclose::observe
