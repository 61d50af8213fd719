// Structured logs: one JSON object per line, for operators and for the leak test.
//
//   observe::Log(observe::Level::kInfo, "document.extracted",
//                {{"bundle_id", id}, {"document_id", doc}, {"pages", n}});
//
// Fields carry ids, counts, rule ids, states and timings, never document text or
// identifiers: callers pass only such fields. Lines go to stderr unless InitLogging names a
// file. Thread-safe (spdlog's multi-threaded sinks).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace disclose::observe {

enum class Level { kDebug, kInfo, kWarn, kError };

// Pre: called once from main before other threads log. An empty `file` logs to stderr.
void InitLogging(Level min_level, const std::string& file = "");
// Parses "debug", "info", "warn", "error"; anything else gives kInfo.
Level ParseLevel(std::string_view name);

void Log(Level level, std::string_view event, const nlohmann::json& fields = nlohmann::json::object());

}  // namespace disclose::observe
