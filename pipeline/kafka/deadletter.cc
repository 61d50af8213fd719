// Dead-letter record construction and base64 (RFC 4648, with padding).
#include "pipeline/kafka/deadletter.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>

#include "pipeline/model/topics.h"

namespace disclose::kafka {

namespace {
constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string NowUtc() {
  auto now = std::chrono::system_clock::now();
  std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  std::array<char, 32> buf{};
  size_t n = std::strftime(buf.data(), buf.size(), "%Y-%m-%dT%H:%M:%S", &tm);
  std::array<char, 8> frac{};
  std::snprintf(frac.data(), frac.size(), ".%03dZ", static_cast<int>(millis));
  return std::string(buf.data(), n) + frac.data();
}
// At most `limit` bytes of `text`, not cutting a UTF-8 sequence.
std::string Truncate(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}
}  // namespace

std::string Base64Encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    uint32_t v = (uint32_t(uint8_t(bytes[i])) << 16) | (uint32_t(uint8_t(bytes[i + 1])) << 8) | uint8_t(bytes[i + 2]);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i + 1 == bytes.size()) {
    uint32_t v = uint32_t(uint8_t(bytes[i])) << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == bytes.size()) {
    uint32_t v = (uint32_t(uint8_t(bytes[i])) << 16) | (uint32_t(uint8_t(bytes[i + 1])) << 8);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

Result<std::string> Base64Decode(std::string_view text) {
  if (text.size() % 4 != 0) return InvalidInput("base64 text length is not a multiple of 4");
  std::string out;
  out.reserve(text.size() / 4 * 3);
  for (size_t i = 0; i < text.size(); i += 4) {
    uint32_t v = 0;
    int pad = 0;
    for (size_t j = 0; j < 4; ++j) {
      char c = text[i + j];
      uint32_t d = 0;
      if (c == '=' && i + 4 == text.size() && j >= 2) {
        ++pad;
      } else {
        size_t pos = kAlphabet.find(c);
        if (pos == std::string_view::npos || pad > 0) {
          return InvalidInput("invalid base64 at position " + std::to_string(i + j));
        }
        d = static_cast<uint32_t>(pos);
      }
      v = (v << 6) | d;
    }
    out += char((v >> 16) & 0xff);
    if (pad < 2) out += char((v >> 8) & 0xff);
    if (pad < 1) out += char(v & 0xff);
  }
  return out;
}

model::Record DeadLetterRecord(std::string_view stage, const Error& error, const DeadLetterSource& source,
                               int attempts, std::string_view payload) {
  model::Record record;
  record.topic = std::string(topics::kDeadLetter);
  record.key = source.key;
  record.value = {{"schema", topics::kDeadLetter},
                  {"stage", stage},
                  {"error", {{"kind", ErrorKindName(error.kind)}, {"message", Truncate(error.message, 2000)}}},
                  {"source", {{"topic", source.topic}, {"partition", source.partition}, {"offset", source.offset}}},
                  {"attempts", attempts},
                  {"payload_base64", Base64Encode(payload)},
                  {"dead_lettered_at", NowUtc()}};
  return record;
}

Result<std::string> DeadLetterPayload(const model::Json& dead_letter) {
  if (!dead_letter.is_object() || !dead_letter.contains("payload_base64") ||
      !dead_letter["payload_base64"].is_string()) {
    return InvalidInput("dead-letter record has no payload_base64");
  }
  return Base64Decode(dead_letter["payload_base64"].get<std::string>());
}

}  // namespace disclose::kafka
