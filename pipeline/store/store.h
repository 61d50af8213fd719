// The encrypted blob store: the only place where document bytes, extracted text, findings'
// text and subject identity may rest (DESIGN promises 2 and 3).
//
//   auto store = Store::Open({.dir = "var/store"});
//   if (!store.ok()) return store.error();
//   if (Status s = (*store)->CreateBundle("b-0123456789abcdef01234567"); !s.ok()) return s;
//   Result<std::string> ref = (*store)->Put("b-0123456789abcdef01234567", "source", pdf_bytes);
//   // *ref == "blob:source:<64 hex>"; put it in a topic record, never the bytes.
//   Result<std::string> bytes = (*store)->Get("b-0123456789abcdef01234567", *ref);
//
// Keys. A 32-byte master key comes from the environment variable DISCLOSE_MASTER_KEY (base64)
// or else from DIR/master.key (raw bytes, mode 0600). Each bundle gets a random 32-byte data
// key, kept on disk only wrapped (XChaCha20-Poly1305) by the master key. From the data key
// two subkeys are derived with crypto_kdf (context "dsclstor"): id 1 encrypts blobs, id 2
// keys the BLAKE2b-256 hash that names them. Deleting the wrapped key makes every blob of
// the bundle unreadable at once (crypto-erasure); EraseBundle also deletes the blobs.
//
// On disk (all integers little-endian, all files written by write-to-temp + publish):
//   DIR/master.key                          32 raw bytes, mode 0600 (absent when from env)
//   DIR/bundles/<id>/key.wrapped            "DSK1" | key_id[16] | nonce[24] | AEAD(master,
//                                           data_key[32]) (48 bytes); AAD =
//                                           "disclose.store.key.v1\0" <id> "\0" key_id
//   DIR/bundles/<id>/blobs/<kind>/<hex>     "DSB1" | key_id[16] | nonce[24] | AEAD(blob_key,
//                                           plaintext); AAD = "disclose.store.blob.v1\0" <id>
//                                           "\0" <ref> "\0" key_id
// key_id is random per data key: a blob left over from an erased key of the same bundle id
// is recognised and replaced instead of being mistaken for an idempotent replay.
//
// Thread-safety: a Store is safe to use from any number of threads. Several processes may
// share one directory (also on a shared mount that supports link() and rename()): bundle
// keys are published with link(), so concurrent CreateBundle calls agree on one key; blobs
// are content-addressed, so concurrent writers of the same blob write equivalent files.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/result.h"
#include "pipeline/store/secret_key.h"

namespace disclose::store {

inline constexpr size_t kKeySize = 32;
inline constexpr size_t kMaxBlobBytes = size_t{1} << 30;  // 1 GiB of plaintext per blob
inline constexpr const char* kMasterKeyEnv = "DISCLOSE_MASTER_KEY";

struct StoreOptions {
  std::filesystem::path dir = "var/store";
  // Master key: env DISCLOSE_MASTER_KEY (base64 of 32 bytes) wins; else dir/master.key (raw
  // 32 bytes). If that file is missing it is created (mode 0600) when create_master_key is
  // true, else Open fails. A master.key whose mode gives group or others any access is refused.
  bool create_master_key = true;
  // fsync files and directories before a write is reported done (crash safety). Tests may
  // turn it off for speed; production never should.
  bool sync_writes = true;
  // Unwrapped bundle keys kept in memory (guarded, wiped on eviction).
  size_t key_cache_capacity = 1024;
};

// "b-" followed by 24 lowercase hex digits.
bool IsValidBundleId(std::string_view bundle_id);
// A short lowercase word: [a-z][a-z0-9_]{0,31}.
bool IsValidBlobKind(std::string_view kind);
// "blob:<kind>:<64 lowercase hex>".
bool IsValidBlobRef(std::string_view ref);
// The kind part of a valid ref ("" for an invalid one). The view points into `ref`.
std::string_view BlobRefKind(std::string_view ref);

class Store {
 public:
  // Opens (creating if needed, mode 0700) the store directory and loads the master key.
  // Errors: kInvalidInput for a bad or unsafe master key, kNotFound if it is missing and
  // may not be created, kTransient/kInternal for I/O.
  [[nodiscard]] static Result<std::unique_ptr<Store>> Open(const StoreOptions& options);

  struct Impl;
  class Passkey {  // only Open can construct a Store
    friend class Store;
    Passkey() = default;
  };
  Store(Passkey, std::unique_ptr<Impl> impl);
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store();

  // Creates the bundle's random data key, wrapped by the master key. Idempotent: an
  // existing bundle keeps its key (also when another process creates it at the same time).
  [[nodiscard]] Status CreateBundle(std::string_view bundle_id);
  // True if the bundle's wrapped key exists.
  bool HasBundle(std::string_view bundle_id) const;

  // Encrypts `plaintext` (at most kMaxBlobBytes) into the bundle and returns its reference
  // "blob:<kind>:<hex>", hex = BLAKE2b-256 of the plaintext keyed by a subkey of the bundle
  // key. Idempotent: storing equal content again returns the same ref and writes nothing.
  // kNotFound if the bundle does not exist (or was erased).
  [[nodiscard]] Result<std::string> Put(std::string_view bundle_id, std::string_view kind, std::string_view plaintext);

  // Reads and authenticates a blob. kNotFound if the bundle or blob does not exist (erased
  // bundles included); kInvalidInput if the blob fails authentication (tampered, or moved
  // from another bundle or ref).
  [[nodiscard]] Result<std::string> Get(std::string_view bundle_id, std::string_view ref) const;

  // Crypto-erasure: overwrites and deletes the wrapped key, then deletes the bundle's blobs.
  // After it, Get fails with kNotFound in this and every other process. kNotFound if the
  // bundle does not exist.
  [[nodiscard]] Status EraseBundle(std::string_view bundle_id);

  // Ids of bundles that have a wrapped key, sorted.
  std::vector<std::string> ListBundles() const;

  const std::filesystem::path& dir() const;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclose::store
