// The dead-letter record (topic disclose.deadletter.v1, schemas/disclose.deadletter.v1.schema.json):
// what a stage could not process, why, where it came from, and the original bytes for replay.
//
//   {"schema":"disclose.deadletter.v1","stage":"extract",
//    "error":{"kind":"invalid_input","message":"payload is not valid JSON (error at byte 7)"},
//    "source":{"topic":"disclose.intake.v1","partition":2,"offset":41},
//    "attempts":0,"payload_base64":"eyJz...","dead_lettered_at":"2026-11-02T10:00:00.123Z"}
//
// source.topic is the unprefixed topic name. The record's key is the source record's key.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pipeline/model/record.h"
#include "pipeline/model/result.h"

namespace disclose::kafka {

struct DeadLetterSource {
  std::string topic;  // unprefixed
  int32_t partition = 0;
  int64_t offset = 0;
  std::string key;
};

// Builds the record. `error.message` must not contain payload contents (callers' messages
// name positions and rules, never values).
model::Record DeadLetterRecord(std::string_view stage, const Error& error, const DeadLetterSource& source,
                               int attempts, std::string_view payload);

// The original payload bytes of a dead-letter record value (kInvalidInput if absent or not base64).
Result<std::string> DeadLetterPayload(const model::Json& dead_letter);

std::string Base64Encode(std::string_view bytes);
Result<std::string> Base64Decode(std::string_view text);

}  // namespace disclose::kafka
