// Key pairs for disclosure packs: recipients hold X25519 keys (libsodium crypto_box), the
// sealing organisation holds an Ed25519 signing key (crypto_sign). Key files are text:
//   PREFIX.pub  one line: standard base64 (RFC 4648, padded) of the 32-byte public key, "\n"
//   PREFIX.key  one line: base64 of the secret key, "\n"; mode 0600. Recipient: the 32-byte
//               X25519 secret key. Signing: libsodium's 64-byte Ed25519 secret key
//               (32-byte seed followed by the 32-byte public key).
//
//   if (Status s = GenerateKeyPair(KeyKind::kRecipient, "keys/solicitor"); !s.ok()) ...
//   Result<std::string> pub = ReadPublicKey("keys/solicitor.pub", KeyKind::kRecipient);
//
// Errors name the file, never key material. Thread-safety: free functions, no shared state.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "pipeline/model/result.h"
#include "pipeline/store/secret_key.h"

namespace disclose::seal {

enum class KeyKind { kRecipient, kSigning };

inline constexpr size_t kPublicKeySize = 32;
inline constexpr size_t kRecipientSecretKeySize = 32;
inline constexpr size_t kSigningSecretKeySize = 64;

// "recipient" or "signing".
const char* KeyKindName(KeyKind kind);
// 32 for kRecipient, 64 for kSigning.
size_t SecretKeySize(KeyKind kind);

// Writes PREFIX.pub (mode 0644) and PREFIX.key (mode 0600) for a fresh key pair. Refuses to
// overwrite either file (kInvalidInput); the directory of PREFIX must exist.
[[nodiscard]] Status GenerateKeyPair(KeyKind kind, const std::filesystem::path& prefix);

// Reads a .pub file: the raw 32-byte public key.
[[nodiscard]] Result<std::string> ReadPublicKey(const std::filesystem::path& file, KeyKind kind);

// Reads a .key file: the raw secret key (32 or 64 bytes). Refuses a file that group or
// others may access (chmod 600), and a signing key whose two halves disagree. The returned
// string is the caller's to wipe (sodium_memzero) when done; ReadSecretKeyGuarded keeps the
// key in guarded memory instead.
[[nodiscard]] Result<std::string> ReadSecretKey(const std::filesystem::path& file, KeyKind kind);
[[nodiscard]] Result<store::SecretKey> ReadSecretKeyGuarded(const std::filesystem::path& file, KeyKind kind);

// Decodes a base64 public key (as in bundle.json's recipient.public_key) to 32 raw bytes.
// Signing keys must be valid Ed25519 points. Surrounding whitespace is ignored.
[[nodiscard]] Result<std::string> DecodeBase64PublicKey(std::string_view b64, KeyKind kind);

// The public key belonging to a raw secret key of `kind` (kInvalidInput for a wrong size).
[[nodiscard]] Result<std::string> PublicKeyOf(std::string_view secret_key, KeyKind kind);

// Standard padded base64 (no newline).
std::string EncodeBase64(std::string_view bytes);

}  // namespace disclose::seal
