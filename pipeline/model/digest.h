// SHA-256 and hex helpers (libsodium). Thread-safe: libsodium is initialised once.
#pragma once

#include <string>
#include <string_view>

namespace disclose::model {

// Lowercase hex SHA-256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);
std::string HexEncode(std::string_view bytes);

}  // namespace disclose::model
