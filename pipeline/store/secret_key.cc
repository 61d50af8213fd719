// SecretKey: guarded secret memory on libsodium's sodium_malloc.
#include "pipeline/store/secret_key.h"

#include <sodium.h>

#include <algorithm>
#include <string>

namespace disclose::store {

Status InitSodium() {
  if (sodium_init() < 0) return Internal("libsodium could not be initialised");
  return Status::Ok();
}

void SecretKey::Free::operator()(unsigned char* p) const { sodium_free(p); }  // wipes, then frees

template <typename Fill>
Result<SecretKey> SecretKey::Make(size_t size, Fill fill) {
  if (Status s = InitSodium(); !s.ok()) return s.error();
  if (size == 0 || size > kMaxSize) return InvalidInput("secret key size " + std::to_string(size) + " is out of range");
  std::unique_ptr<unsigned char, Free> bytes(static_cast<unsigned char*>(sodium_malloc(size)));
  if (!bytes) return Internal("cannot allocate guarded memory for a secret key");
  if (Status s = fill(bytes.get()); !s.ok()) return s.error();
  sodium_mprotect_readonly(bytes.get());
  return SecretKey(std::move(bytes), size);
}

Result<SecretKey> SecretKey::Random(size_t size) {
  return Make(size, [size](unsigned char* p) {
    randombytes_buf(p, size);
    return Status::Ok();
  });
}

Result<SecretKey> SecretKey::FromBytes(std::string_view bytes) {
  return Make(bytes.size(), [bytes](unsigned char* p) {
    std::copy(bytes.begin(), bytes.end(), p);
    return Status::Ok();
  });
}

Result<SecretKey> SecretKey::FromBase64(std::string_view b64, size_t expected_size, std::string_view what) {
  while (!b64.empty() && (b64.front() == ' ' || b64.front() == '\t' || b64.front() == '\r' || b64.front() == '\n'))
    b64.remove_prefix(1);
  while (!b64.empty() && (b64.back() == ' ' || b64.back() == '\t' || b64.back() == '\r' || b64.back() == '\n'))
    b64.remove_suffix(1);
  // Base64 never decodes to more than 3/4 of its length.
  size_t max_size = b64.size() / 4 * 3;
  if (max_size == 0 || max_size > kMaxSize + 3 || b64.size() % 4 != 0) {
    return InvalidInput(std::string(what) + " is not base64 of a key of the expected size");
  }
  size_t decoded = 0;
  Result<SecretKey> key = Make(max_size, [&](unsigned char* p) {
    const char* end = nullptr;
    if (sodium_base642bin(p, max_size, b64.data(), b64.size(), nullptr, &decoded, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != b64.data() + b64.size()) {
      return Status(InvalidInput(std::string(what) + " is not valid base64"));
    }
    return Status::Ok();
  });
  if (!key.ok()) return key.error();
  if ((expected_size != 0 && decoded != expected_size) || decoded == 0) {
    return InvalidInput(std::string(what) + " decodes to " + std::to_string(decoded) + " bytes, expected " +
                        std::to_string(expected_size));
  }
  if (decoded == key->size()) return key;
  return FromBytes(key->view().substr(0, decoded));
}

}  // namespace disclose::store
