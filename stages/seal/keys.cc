// Key files for disclosure packs: implementation of keys.h.
#include "stages/seal/keys.h"

#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "pipeline/store/durable_file.h"

namespace disclose::seal {

namespace {

constexpr size_t kMaxKeyFileBytes = 4096;

std::string WithSuffix(const std::filesystem::path& prefix, const char* suffix) {
  std::filesystem::path p = prefix;
  p += suffix;
  return p.string();
}

std::string_view AsView(const unsigned char* p, size_t n) { return {reinterpret_cast<const char*>(p), n}; }

// Checks that a signing secret key's stored public half is the one its seed derives.
bool SigningKeyIsConsistent(const unsigned char* sk) {
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  unsigned char sk2[crypto_sign_SECRETKEYBYTES];
  crypto_sign_seed_keypair(pk, sk2, sk);  // the first 32 bytes are the seed
  bool same = sodium_memcmp(sk2, sk, sizeof sk2) == 0;
  sodium_memzero(sk2, sizeof sk2);
  return same;
}

}  // namespace

const char* KeyKindName(KeyKind kind) { return kind == KeyKind::kSigning ? "signing" : "recipient"; }

size_t SecretKeySize(KeyKind kind) {
  return kind == KeyKind::kSigning ? kSigningSecretKeySize : kRecipientSecretKeySize;
}

std::string EncodeBase64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.pop_back();  // the terminating NUL
  return out;
}

Status GenerateKeyPair(KeyKind kind, const std::filesystem::path& prefix) {
  if (Status s = store::InitSodium(); !s.ok()) return s;
  static_assert(crypto_box_PUBLICKEYBYTES == kPublicKeySize && crypto_sign_PUBLICKEYBYTES == kPublicKeySize);
  static_assert(crypto_box_SECRETKEYBYTES == kRecipientSecretKeySize &&
                crypto_sign_SECRETKEYBYTES == kSigningSecretKeySize);
  const std::string pub_file = WithSuffix(prefix, ".pub");
  const std::string key_file = WithSuffix(prefix, ".key");
  for (const std::string& f : {pub_file, key_file}) {
    struct stat st;
    if (::lstat(f.c_str(), &st) == 0) return InvalidInput(f + " already exists; refusing to overwrite a key file");
  }
  unsigned char pk[kPublicKeySize];
  unsigned char sk[kSigningSecretKeySize];
  const size_t sk_size = SecretKeySize(kind);
  if (kind == KeyKind::kSigning) {
    crypto_sign_keypair(pk, sk);
  } else {
    crypto_box_keypair(pk, sk);
  }
  std::string sk_text = EncodeBase64(AsView(sk, sk_size)) + "\n";
  sodium_memzero(sk, sizeof sk);
  Result<bool> wrote_key = store::WriteFileAtomic(key_file, sk_text, 0600, store::Publish::kCreateNew, true,
                                                  std::string(KeyKindName(kind)) + " secret key file " + key_file);
  sodium_memzero(sk_text.data(), sk_text.size());
  if (!wrote_key.ok()) return wrote_key.error();
  if (!*wrote_key) return InvalidInput(key_file + " already exists; refusing to overwrite a key file");
  Result<bool> wrote_pub = store::WriteFileAtomic(pub_file, EncodeBase64(AsView(pk, kPublicKeySize)) + "\n", 0644,
                                                  store::Publish::kCreateNew, true,
                                                  std::string(KeyKindName(kind)) + " public key file " + pub_file);
  if (!wrote_pub.ok() || !*wrote_pub) {
    ::unlink(key_file.c_str());  // never leave a secret key without its public half
    if (!wrote_pub.ok()) return wrote_pub.error();
    return InvalidInput(pub_file + " already exists; refusing to overwrite a key file");
  }
  return Status::Ok();
}

Result<std::string> DecodeBase64PublicKey(std::string_view b64, KeyKind kind) {
  if (Status s = store::InitSodium(); !s.ok()) return s.error();
  Result<store::SecretKey> raw = store::SecretKey::FromBase64(b64, kPublicKeySize, "public key");
  if (!raw.ok()) return InvalidInput(std::string(KeyKindName(kind)) + " public key is not base64 of 32 bytes");
  std::string key(raw->view());
  if (kind == KeyKind::kSigning &&
      crypto_core_ed25519_is_valid_point(reinterpret_cast<const unsigned char*>(key.data())) != 1) {
    return InvalidInput("signing public key is not a valid Ed25519 key");
  }
  if (kind == KeyKind::kRecipient && sodium_is_zero(reinterpret_cast<const unsigned char*>(key.data()), key.size())) {
    return InvalidInput("recipient public key is all zeros");
  }
  return key;
}

Result<std::string> ReadPublicKey(const std::filesystem::path& file, KeyKind kind) {
  const std::string what = std::string(KeyKindName(kind)) + " public key file " + file.string();
  Result<std::string> text = store::ReadFileBounded(file, kMaxKeyFileBytes, what);
  if (!text.ok()) return text.error();
  Result<std::string> key = DecodeBase64PublicKey(*text, kind);
  if (!key.ok()) return InvalidInput(what + ": " + key.error().message);
  return key;
}

Result<store::SecretKey> ReadSecretKeyGuarded(const std::filesystem::path& file, KeyKind kind) {
  if (Status s = store::InitSodium(); !s.ok()) return s.error();
  const std::string what = std::string(KeyKindName(kind)) + " secret key file " + file.string();
  struct stat st;
  if (::stat(file.c_str(), &st) == 0 && (st.st_mode & 077) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    return InvalidInput(what + " has mode " + mode + "; it must be accessible by its owner only (chmod 600)");
  }
  Result<std::string> text = store::ReadFileBounded(file, kMaxKeyFileBytes, what);
  if (!text.ok()) return text.error();
  Result<store::SecretKey> key = store::SecretKey::FromBase64(*text, SecretKeySize(kind), what);
  sodium_memzero(text->data(), text->size());
  if (!key.ok()) return key.error();
  if (kind == KeyKind::kSigning && !SigningKeyIsConsistent(key->data())) {
    return InvalidInput(what + " is damaged: its public half does not match its seed");
  }
  return key;
}

Result<std::string> ReadSecretKey(const std::filesystem::path& file, KeyKind kind) {
  Result<store::SecretKey> key = ReadSecretKeyGuarded(file, kind);
  if (!key.ok()) return key.error();
  return std::string(key->view());
}

Result<std::string> PublicKeyOf(std::string_view secret_key, KeyKind kind) {
  if (Status s = store::InitSodium(); !s.ok()) return s.error();
  if (secret_key.size() != SecretKeySize(kind)) {
    return InvalidInput(std::string(KeyKindName(kind)) + " secret key must be " +
                        std::to_string(SecretKeySize(kind)) + " bytes");
  }
  const auto* sk = reinterpret_cast<const unsigned char*>(secret_key.data());
  unsigned char pk[kPublicKeySize];
  if (kind == KeyKind::kSigning) {
    crypto_sign_ed25519_sk_to_pk(pk, sk);
  } else if (crypto_scalarmult_base(pk, sk) != 0) {
    return InvalidInput("recipient secret key is not usable");
  }
  return std::string(AsView(pk, sizeof pk));
}

}  // namespace disclose::seal
