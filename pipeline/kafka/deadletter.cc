// Dead-letter record construction and base64 (RFC 4648, with padding; libsodium's codec).
#include "pipeline/kafka/deadletter.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>

#include <sodium.h>

#include "pipeline/model/topics.h"

namespace disclose::kafka {

namespace {
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
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

Result<std::string> Base64Decode(std::string_view text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  size_t length = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &length, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != text.data() + text.size()) {
    const size_t at = end == nullptr ? 0 : static_cast<size_t>(end - text.data());
    return InvalidInput("invalid base64 at position " + std::to_string(at));
  }
  out.resize(length);
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
