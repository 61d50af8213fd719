// SecretKey: secret bytes (store keys, recipient and signing secret keys) kept in
// sodium_malloc'd memory: guard pages around it, mlock'd where the system allows, made
// read-only after it is filled, and wiped when freed. Move-only.
//
//   Result<SecretKey> key = SecretKey::Random();          // 32 random bytes
//   if (!key.ok()) return key.error();
//   Use(key->data(), key->size());
//
// Thread-safety: a SecretKey is immutable once built; const methods may be called from any
// number of threads at once. Moving one while another thread reads it is a data race.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

#include "pipeline/model/result.h"

namespace disclose::store {

// Calls sodium_init() (cheap after the first call). Every entry point of this library calls
// it; others call it before using libsodium directly.
Status InitSodium();

class SecretKey {
 public:
  static constexpr size_t kDefaultSize = 32;
  static constexpr size_t kMaxSize = 4096;

  // `size` random bytes (1..kMaxSize). Fails only if libsodium cannot start or allocate.
  static Result<SecretKey> Random(size_t size = kDefaultSize);
  // Copies `bytes` (1..kMaxSize bytes) into guarded memory. The caller wipes its own copy.
  static Result<SecretKey> FromBytes(std::string_view bytes);
  // Decodes standard base64 (RFC 4648 with padding; surrounding ASCII whitespace ignored)
  // into guarded memory. `expected_size` 0 accepts any size. `what` names the source in
  // errors (an environment variable or file name, never the value).
  static Result<SecretKey> FromBase64(std::string_view b64, size_t expected_size, std::string_view what);

  SecretKey(SecretKey&&) noexcept = default;
  SecretKey& operator=(SecretKey&&) noexcept = default;
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;
  ~SecretKey() = default;

  // Valid until this object is destroyed or moved from.
  const unsigned char* data() const { return bytes_.get(); }
  size_t size() const { return size_; }
  // The same bytes as a view, for APIs taking std::string_view. Same lifetime as data().
  std::string_view view() const { return {reinterpret_cast<const char*>(bytes_.get()), size_}; }

 private:
  struct Free {
    void operator()(unsigned char* p) const;
  };
  SecretKey(std::unique_ptr<unsigned char, Free> bytes, size_t size) : bytes_(std::move(bytes)), size_(size) {}
  // Allocates `size` writable guarded bytes; `fill` writes them; then the page turns read-only.
  template <typename Fill>
  static Result<SecretKey> Make(size_t size, Fill fill);

  std::unique_ptr<unsigned char, Free> bytes_;
  size_t size_ = 0;
};

}  // namespace disclose::store
