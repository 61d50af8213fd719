// SHA-256 via libsodium.
#include "pipeline/model/digest.h"

#include <sodium.h>

namespace disclose::model {

std::string HexEncode(std::string_view bytes) {
  std::string hex(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  hex.pop_back();
  return hex;
}

std::string Sha256Hex(std::string_view bytes) {
  static const int init = sodium_init();  // thread-safe once; >= 0 on success
  (void)init;
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return HexEncode(std::string_view(reinterpret_cast<const char*>(out), sizeof(out)));
}

}  // namespace disclose::model
