// Encrypted blob store: implementation of store.h (file layout documented there).
#include "pipeline/store/store.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <system_error>

#include "pipeline/observe/log.h"
#include "pipeline/store/durable_file.h"

namespace disclose::store {

namespace {

constexpr std::string_view kKeyMagic = "DSK1";
constexpr std::string_view kBlobMagic = "DSB1";
constexpr size_t kKeyIdSize = 16;
constexpr size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr size_t kHeaderSize = 4 + kKeyIdSize + kNonceSize;  // magic | key_id | nonce
constexpr size_t kWrappedKeySize = kHeaderSize + kKeySize + kTagSize;
constexpr size_t kHashSize = 32;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "dsclstor";
constexpr uint64_t kBlobSubkeyId = 1;
constexpr uint64_t kRefSubkeyId = 2;
constexpr std::string_view kRefPrefix = "blob:";

static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kKeySize);
static_assert(crypto_kdf_CONTEXTBYTES == 8);

bool IsLowerHex(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string Hex(const unsigned char* bytes, size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

const unsigned char* U8(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

std::string KeyAad(std::string_view bundle_id, std::string_view key_id) {
  std::string aad = "disclose.store.key.v1";
  aad.push_back('\0');
  aad.append(bundle_id);
  aad.push_back('\0');
  aad.append(key_id);
  return aad;
}

std::string BlobAad(std::string_view bundle_id, std::string_view ref, std::string_view key_id) {
  std::string aad = "disclose.store.blob.v1";
  aad.push_back('\0');
  aad.append(bundle_id);
  aad.push_back('\0');
  aad.append(ref);
  aad.push_back('\0');
  aad.append(key_id);
  return aad;
}

// What the store keeps in memory per bundle: the two subkeys, never the data key itself.
struct BundleKeys {
  std::string key_id;
  SecretKey blob_key;
  SecretKey ref_key;
  std::string wrapped;  // the key.wrapped bytes these came from (not secret: sealed by the master key)
};

Result<SecretKey> DeriveSubkey(const SecretKey& data_key, uint64_t id) {
  unsigned char sub[kKeySize];
  if (crypto_kdf_derive_from_key(sub, sizeof sub, id, kKdfContext, data_key.data()) != 0) {
    return Internal("cannot derive a store subkey");
  }
  Result<SecretKey> out = SecretKey::FromBytes(std::string_view(reinterpret_cast<const char*>(sub), sizeof sub));
  sodium_memzero(sub, sizeof sub);
  return out;
}

// Reads DIR/master.key: exactly 32 bytes, owner-only mode.
Result<SecretKey> ReadMasterKeyFile(const std::filesystem::path& file) {
  const std::string what = "master key file " + file.string();
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT) return NotFound(what + " does not exist");
    return Internal("cannot open " + what + ": " + std::strerror(err));
  }
  struct stat st;
  unsigned char buf[kKeySize + 1];
  ssize_t n = -1;
  Error error;
  bool failed = false;
  if (::fstat(fd, &st) != 0) {
    error = Internal("cannot inspect " + what + ": " + std::strerror(errno));
    failed = true;
  } else if (!S_ISREG(st.st_mode)) {
    error = InvalidInput(what + " is not a regular file");
    failed = true;
  } else if ((st.st_mode & 077) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    error = InvalidInput(what + " has mode " + mode + "; it must be accessible by its owner only (chmod 600)");
    failed = true;
  } else {
    n = ::read(fd, buf, sizeof buf);
    if (n != static_cast<ssize_t>(kKeySize)) {
      error = InvalidInput(what + " must hold exactly 32 bytes");
      failed = true;
    }
  }
  ::close(fd);
  if (failed) {
    sodium_memzero(buf, sizeof buf);
    return error;
  }
  Result<SecretKey> key = SecretKey::FromBytes(std::string_view(reinterpret_cast<const char*>(buf), kKeySize));
  sodium_memzero(buf, sizeof buf);
  return key;
}

Result<SecretKey> LoadMasterKey(const StoreOptions& options) {
  if (const char* env = std::getenv(kMasterKeyEnv); env != nullptr && env[0] != '\0') {
    return SecretKey::FromBase64(env, kKeySize, std::string("environment variable ") + kMasterKeyEnv);
  }
  const std::filesystem::path file = options.dir / "master.key";
  Result<SecretKey> key = ReadMasterKeyFile(file);
  if (key.ok() || key.error().kind != ErrorKind::kNotFound) return key;
  if (!options.create_master_key) {
    return NotFound("no master key: set " + std::string(kMasterKeyEnv) + " or provide " + file.string());
  }
  Result<SecretKey> fresh = SecretKey::Random(kKeySize);
  if (!fresh.ok()) return fresh.error();
  Result<bool> written = WriteFileAtomic(file, fresh->view(), 0600, Publish::kCreateNew, options.sync_writes,
                                         "master key file " + file.string());
  if (!written.ok()) return written.error();
  if (*written) observe::Log(observe::Level::kWarn, "store.master_key_created", {{"dir", options.dir.string()}});
  // Another process may have created it first: the file on disk is the one to use.
  return ReadMasterKeyFile(file);
}

}  // namespace

bool IsValidBundleId(std::string_view bundle_id) {
  return bundle_id.size() == 26 && bundle_id.substr(0, 2) == "b-" && IsLowerHex(bundle_id.substr(2));
}

bool IsValidBlobKind(std::string_view kind) {
  if (kind.empty() || kind.size() > 32 || kind[0] < 'a' || kind[0] > 'z') return false;
  return std::all_of(kind.begin(), kind.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::string_view BlobRefKind(std::string_view ref) {
  if (ref.substr(0, kRefPrefix.size()) != kRefPrefix) return {};
  std::string_view rest = ref.substr(kRefPrefix.size());
  size_t colon = rest.find(':');
  if (colon == std::string_view::npos) return {};
  std::string_view kind = rest.substr(0, colon);
  std::string_view hex = rest.substr(colon + 1);
  if (!IsValidBlobKind(kind) || hex.size() != kHashSize * 2 || !IsLowerHex(hex)) return {};
  return kind;
}

bool IsValidBlobRef(std::string_view ref) { return !BlobRefKind(ref).empty(); }

struct Store::Impl {
  Impl(StoreOptions o, SecretKey m, std::filesystem::path b)
      : options(std::move(o)), master(std::move(m)), bundles_dir(std::move(b)) {}

  StoreOptions options;
  SecretKey master;
  std::filesystem::path bundles_dir;
  mutable std::mutex mu;
  // Guarded by mu. shared_ptr: a reader keeps its keys alive while another thread evicts.
  mutable std::map<std::string, std::shared_ptr<const BundleKeys>, std::less<>> cache;

  std::filesystem::path BundleDir(std::string_view id) const { return bundles_dir / std::string(id); }
  std::filesystem::path KeyFile(std::string_view id) const { return BundleDir(id) / "key.wrapped"; }
  std::filesystem::path BlobFile(std::string_view id, std::string_view kind, std::string_view hex) const {
    return BundleDir(id) / "blobs" / std::string(kind) / std::string(hex);
  }

  void Forget(std::string_view id) const {
    std::lock_guard lock(mu);
    if (auto it = cache.find(id); it != cache.end()) cache.erase(it);
  }

  Result<std::shared_ptr<const BundleKeys>> Keys(std::string_view id) const;
  Result<std::shared_ptr<const BundleKeys>> Unwrap(std::string_view id, std::string_view wrapped) const;
};

Result<std::shared_ptr<const BundleKeys>> Store::Impl::Unwrap(std::string_view id, std::string_view wrapped) const {
  if (wrapped.size() != kWrappedKeySize || wrapped.substr(0, 4) != kKeyMagic) {
    return InvalidInput("wrapped key of bundle " + std::string(id) + " is malformed");
  }
  std::string_view key_id = wrapped.substr(4, kKeyIdSize);
  std::string_view nonce = wrapped.substr(4 + kKeyIdSize, kNonceSize);
  std::string_view sealed = wrapped.substr(kHeaderSize);
  const std::string aad = KeyAad(id, key_id);
  unsigned char raw[kKeySize];
  unsigned long long raw_len = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(raw, &raw_len, nullptr, U8(sealed), sealed.size(), U8(aad),
                                                 aad.size(), U8(nonce), master.data()) != 0 ||
      raw_len != kKeySize) {
    sodium_memzero(raw, sizeof raw);
    return InvalidInput("wrapped key of bundle " + std::string(id) +
                        " cannot be unwrapped (wrong master key, or the file was altered)");
  }
  Result<SecretKey> data_key = SecretKey::FromBytes(std::string_view(reinterpret_cast<const char*>(raw), kKeySize));
  sodium_memzero(raw, sizeof raw);
  if (!data_key.ok()) return data_key.error();
  Result<SecretKey> blob_key = DeriveSubkey(*data_key, kBlobSubkeyId);
  if (!blob_key.ok()) return blob_key.error();
  Result<SecretKey> ref_key = DeriveSubkey(*data_key, kRefSubkeyId);
  if (!ref_key.ok()) return ref_key.error();
  return std::make_shared<const BundleKeys>(
      BundleKeys{std::string(key_id), std::move(*blob_key), std::move(*ref_key), std::string(wrapped)});
}

Result<std::shared_ptr<const BundleKeys>> Store::Impl::Keys(std::string_view id) const {
  // The wrapped key is re-read on every call (a 92-byte file): that is how an erasure, or an
  // erase and re-create, by another process is noticed at once. Only the unwrapping and key
  // derivation are cached.
  Result<std::string> wrapped = ReadFileBounded(KeyFile(id), 4096, "wrapped key of bundle " + std::string(id));
  if (!wrapped.ok()) {
    Forget(id);
    if (wrapped.error().kind == ErrorKind::kNotFound) {
      return NotFound("bundle " + std::string(id) + " does not exist in the store");
    }
    return wrapped.error();
  }
  {
    std::lock_guard lock(mu);
    if (auto it = cache.find(id); it != cache.end()) {
      if (it->second->wrapped == *wrapped) return it->second;
      cache.erase(it);
    }
  }
  Result<std::shared_ptr<const BundleKeys>> keys = Unwrap(id, *wrapped);
  if (!keys.ok()) return keys.error();
  std::lock_guard lock(mu);
  if (cache.size() >= options.key_cache_capacity && !cache.empty()) cache.erase(cache.begin());
  if (options.key_cache_capacity > 0) cache.insert_or_assign(std::string(id), *keys);
  return *keys;
}

Store::Store(Passkey, std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

const std::filesystem::path& Store::dir() const { return impl_->options.dir; }

Result<std::unique_ptr<Store>> Store::Open(const StoreOptions& options) {
  if (Status s = InitSodium(); !s.ok()) return s.error();
  if (options.dir.empty()) return InvalidInput("store directory is empty");
  const std::filesystem::path bundles = options.dir / "bundles";
  if (Status s = MakePrivateDirectories(bundles, "store directory " + options.dir.string()); !s.ok()) {
    return s.error();
  }
  Result<SecretKey> master = LoadMasterKey(options);
  if (!master.ok()) return master.error();
  return std::make_unique<Store>(Passkey{}, std::make_unique<Impl>(options, std::move(*master), bundles));
}

Status Store::CreateBundle(std::string_view bundle_id) {
  if (!IsValidBundleId(bundle_id)) return InvalidInput("invalid bundle id (expected b- and 24 hex digits)");
  const std::string id(bundle_id);
  const std::filesystem::path key_file = impl_->KeyFile(id);
  std::error_code ec;
  if (std::filesystem::exists(key_file, ec)) return Status::Ok();
  if (Status s = MakePrivateDirectories(impl_->BundleDir(id), "bundle " + id); !s.ok()) return s;

  Result<SecretKey> data_key = SecretKey::Random(kKeySize);
  if (!data_key.ok()) return data_key.error();
  std::string wrapped(kHeaderSize, '\0');
  std::copy(kKeyMagic.begin(), kKeyMagic.end(), wrapped.begin());
  randombytes_buf(wrapped.data() + 4, kKeyIdSize + kNonceSize);  // key_id | nonce
  const std::string aad = KeyAad(id, std::string_view(wrapped).substr(4, kKeyIdSize));
  wrapped.resize(kWrappedKeySize);
  unsigned long long sealed_len = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(wrapped.data() + kHeaderSize),
                                             &sealed_len, data_key->data(), kKeySize, U8(aad), aad.size(), nullptr,
                                             U8(std::string_view(wrapped).substr(4 + kKeyIdSize, kNonceSize)),
                                             impl_->master.data());
  Result<bool> published = WriteFileAtomic(key_file, wrapped, 0600, Publish::kCreateNew, impl_->options.sync_writes,
                                           "wrapped key of bundle " + id);
  if (!published.ok()) return published.error();
  if (*published) observe::Log(observe::Level::kInfo, "store.bundle_created", {{"bundle_id", id}});
  return Status::Ok();
}

bool Store::HasBundle(std::string_view bundle_id) const {
  if (!IsValidBundleId(bundle_id)) return false;
  struct stat st;
  return ::stat(impl_->KeyFile(bundle_id).c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

Result<std::string> Store::Put(std::string_view bundle_id, std::string_view kind, std::string_view plaintext) {
  if (!IsValidBundleId(bundle_id)) return InvalidInput("invalid bundle id (expected b- and 24 hex digits)");
  const std::string id(bundle_id);
  if (!IsValidBlobKind(kind)) return InvalidInput("invalid blob kind for bundle " + id);
  if (plaintext.size() > kMaxBlobBytes) {
    return InvalidInput("blob of " + std::to_string(plaintext.size()) + " bytes for bundle " + id +
                        " is over the limit of " + std::to_string(kMaxBlobBytes));
  }
  Result<std::shared_ptr<const BundleKeys>> keys = impl_->Keys(id);
  if (!keys.ok()) return keys.error();
  const BundleKeys& k = **keys;

  unsigned char hash[kHashSize];
  crypto_generichash(hash, sizeof hash, U8(plaintext), plaintext.size(), k.ref_key.data(), k.ref_key.size());
  const std::string hex = Hex(hash, sizeof hash);
  const std::string ref = std::string(kRefPrefix) + std::string(kind) + ":" + hex;
  const std::filesystem::path file = impl_->BlobFile(id, kind, hex);
  const std::string what = "blob " + ref + " of bundle " + id;

  // Idempotence: an existing blob under the current key is this content already.
  Publish publish = Publish::kCreateNew;
  if (int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
    char head[4 + kKeyIdSize];
    ssize_t n = ::read(fd, head, sizeof head);
    ::close(fd);
    if (n == static_cast<ssize_t>(sizeof head) && std::string_view(head, 4) == kBlobMagic &&
        std::string_view(head + 4, kKeyIdSize) == k.key_id) {
      return ref;
    }
    publish = Publish::kReplace;  // left over from an erased key of the same id, or damaged
  }
  if (Status s = MakePrivateDirectories(file.parent_path(), what); !s.ok()) return s.error();

  std::string sealed(kHeaderSize + plaintext.size() + kTagSize, '\0');
  std::copy(kBlobMagic.begin(), kBlobMagic.end(), sealed.begin());
  std::copy(k.key_id.begin(), k.key_id.end(), sealed.begin() + 4);
  randombytes_buf(sealed.data() + 4 + kKeyIdSize, kNonceSize);
  const std::string aad = BlobAad(id, ref, k.key_id);
  unsigned long long sealed_len = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(sealed.data() + kHeaderSize),
                                             &sealed_len, U8(plaintext), plaintext.size(), U8(aad), aad.size(),
                                             nullptr, U8(std::string_view(sealed).substr(4 + kKeyIdSize, kNonceSize)),
                                             k.blob_key.data());
  Result<bool> written = WriteFileAtomic(file, sealed, 0600, publish, impl_->options.sync_writes, what);
  if (!written.ok()) return written.error();
  return ref;
}

Result<std::string> Store::Get(std::string_view bundle_id, std::string_view ref) const {
  if (!IsValidBundleId(bundle_id)) return InvalidInput("invalid bundle id (expected b- and 24 hex digits)");
  const std::string id(bundle_id);
  std::string_view kind = BlobRefKind(ref);
  if (kind.empty()) return InvalidInput("invalid blob ref for bundle " + id);
  std::string_view hex = ref.substr(kRefPrefix.size() + kind.size() + 1);
  const std::string what = "blob " + std::string(ref) + " of bundle " + id;

  Result<std::shared_ptr<const BundleKeys>> keys = impl_->Keys(id);
  if (!keys.ok()) return keys.error();
  const BundleKeys& k = **keys;

  Result<std::string> sealed = ReadFileBounded(impl_->BlobFile(id, kind, hex), kHeaderSize + kMaxBlobBytes + kTagSize, what);
  if (!sealed.ok()) {
    if (sealed.error().kind == ErrorKind::kNotFound) return NotFound(what + " does not exist");
    return sealed.error();
  }
  std::string_view s = *sealed;
  if (s.size() < kHeaderSize + kTagSize || s.substr(0, 4) != kBlobMagic) return InvalidInput(what + " is malformed");
  if (s.substr(4, kKeyIdSize) != k.key_id) {
    return NotFound(what + " was not written under the bundle's current key (left over from an erased key)");
  }
  const std::string aad = BlobAad(id, ref, k.key_id);
  std::string plaintext(s.size() - kHeaderSize - kTagSize, '\0');
  unsigned long long len = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plaintext.data()), &len, nullptr,
                                                 U8(s.substr(kHeaderSize)), s.size() - kHeaderSize, U8(aad),
                                                 aad.size(), U8(s.substr(4 + kKeyIdSize, kNonceSize)),
                                                 k.blob_key.data()) != 0) {
    return InvalidInput(what + " failed authentication (altered, or not this bundle's blob)");
  }
  // The AAD binds the ref, so this cannot fail unless the key itself is wrong; checked anyway.
  unsigned char hash[kHashSize];
  crypto_generichash(hash, sizeof hash, U8(plaintext), plaintext.size(), k.ref_key.data(), k.ref_key.size());
  if (Hex(hash, sizeof hash) != hex) return InvalidInput(what + " does not match its ref");
  return plaintext;
}

Status Store::EraseBundle(std::string_view bundle_id) {
  if (!IsValidBundleId(bundle_id)) return InvalidInput("invalid bundle id (expected b- and 24 hex digits)");
  const std::string id(bundle_id);
  const std::filesystem::path bundle_dir = impl_->BundleDir(id);
  const std::filesystem::path key_file = impl_->KeyFile(id);
  std::error_code ec;
  if (!std::filesystem::exists(bundle_dir, ec)) {
    impl_->Forget(id);
    return NotFound("bundle " + id + " does not exist in the store");
  }
  // 1. Destroy the wrapped key: overwrite in place (best effort on copy-on-write media), delete.
  if (int fd = ::open(key_file.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW); fd >= 0) {
    unsigned char noise[kWrappedKeySize];
    randombytes_buf(noise, sizeof noise);
    ssize_t n = ::write(fd, noise, sizeof noise);
    (void)n;
    ::fsync(fd);
    ::close(fd);
  }
  if (::unlink(key_file.c_str()) != 0 && errno != ENOENT) {
    return Internal("cannot delete the wrapped key of bundle " + id + ": " + std::strerror(errno));
  }
  impl_->Forget(id);
  if (Status s = SyncDirectory(bundle_dir, "bundle " + id); !s.ok()) return s;
  // 2. The blobs are now unreadable; delete them. Renaming first means a re-created bundle of
  //    the same id never meets half-deleted leftovers.
  unsigned char random[8];
  randombytes_buf(random, sizeof random);
  const std::filesystem::path trash = impl_->bundles_dir / (".erased-" + id + "-" + Hex(random, sizeof random));
  std::filesystem::rename(bundle_dir, trash, ec);
  if (ec) return Internal("cannot remove the blobs of erased bundle " + id + ": " + ec.message());
  std::filesystem::remove_all(trash, ec);
  if (ec) return Internal("cannot remove the blobs of erased bundle " + id + ": " + ec.message());
  if (impl_->options.sync_writes) {
    if (Status s = SyncDirectory(impl_->bundles_dir, "bundle " + id); !s.ok()) return s;
  }
  observe::Log(observe::Level::kInfo, "store.bundle_erased", {{"bundle_id", id}});
  return Status::Ok();
}

std::vector<std::string> Store::ListBundles() const {
  std::vector<std::string> ids;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(impl_->bundles_dir, ec)) {
    std::string name = entry.path().filename().string();
    if (IsValidBundleId(name) && HasBundle(name)) ids.push_back(std::move(name));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace disclose::store
