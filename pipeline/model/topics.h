// The Kafka topic names and record schema ids of disclose, in one place.
// A topic's name is also the id of the JSON Schema its payloads follow (schemas/<topic>.schema.json).
#pragma once

#include <array>
#include <string_view>

namespace disclose::topics {

inline constexpr std::string_view kIntake = "disclose.intake.v1";
inline constexpr std::string_view kExtracted = "disclose.extracted.v1";
inline constexpr std::string_view kDetected = "disclose.detected.v1";
inline constexpr std::string_view kRedacted = "disclose.redacted.v1";
inline constexpr std::string_view kApproved = "disclose.approved.v1";
inline constexpr std::string_view kSealed = "disclose.sealed.v1";
inline constexpr std::string_view kQuarantine = "disclose.quarantine.v1";
inline constexpr std::string_view kDeadLetter = "disclose.deadletter.v1";

inline constexpr std::array<std::string_view, 8> kAll = {
    kIntake, kExtracted, kDetected, kRedacted, kApproved, kSealed, kQuarantine, kDeadLetter};

}  // namespace disclose::topics
