// Disclosure packs: the one file a recipient receives. A pack holds a manifest (bundle id,
// request id, creation time, every file's name, size and SHA-256), the organisation's
// Ed25519 signature over the manifest, the signer's public key and the files, all encrypted
// to the recipient's X25519 public key (crypto_box_seal of a random file key, then
// crypto_secretstream_xchacha20poly1305 in 64 KiB chunks). The byte layout is specified in
// docs/pack-format.md, so that a recipient can open a pack with any libsodium binding.
//
//   PackContents c{.bundle_id = id, .request_id = "SAR-2026-000123",
//                  .files = {{"documents/letter.pdf", pdf}, {"schedule.json", schedule}}};
//   Result<std::string> pack = BuildPack(c, recipient_pub, signing_secret);
//   ...
//   Result<OpenedPack> opened = OpenPack(*pack, recipient_secret, org_signing_pub);
//
// Thread-safety: free functions with no shared state. Borrowed views are only read during the
// call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/model/result.h"

namespace disclose::seal {

inline constexpr uint32_t kPackVersion = 1;
inline constexpr uint32_t kPackChunkSize = 64 * 1024;                    // plaintext bytes per chunk
inline constexpr uint64_t kMaxPackPayloadBytes = uint64_t{4} << 30;      // 4 GiB, framing included
inline constexpr size_t kMaxPackFiles = 100000;
inline constexpr size_t kMaxPackFileNameBytes = 1024;
inline constexpr size_t kMaxManifestBytes = 64 << 20;                    // 64 MiB

struct PackFile {
  std::string name;   // relative path with "/" separators, e.g. "documents/letter.pdf"
  std::string bytes;
};

struct PackContents {
  std::string bundle_id;
  std::string request_id;
  std::vector<PackFile> files;
  std::string created;  // manifest "created" (RFC 3339 UTC); empty = now
};

// True for a name a pack may carry: 1..1024 bytes of UTF-8-safe text, "/"-separated
// components of 1..255 bytes, none "." or "..", no leading "/", no backslash, no control
// characters, and not a name the opened folder reserves ("manifest.json", "manifest.sig").
bool IsSafePackFileName(std::string_view name);

// Builds a pack. `recipient_public_key` is a raw 32-byte X25519 key, `signing_secret_key`
// libsodium's raw 64-byte Ed25519 secret key. Refuses unsafe or duplicate names (or a name
// that is also another's folder), more than kMaxPackFiles files, and a payload over
// kMaxPackPayloadBytes (all kInvalidInput).
[[nodiscard]] Result<std::string> BuildPack(const PackContents& contents, std::string_view recipient_public_key,
                                            std::string_view signing_secret_key);

struct OpenedPack {
  nlohmann::json manifest;         // parsed manifest
  std::string manifest_text;       // the exact signed bytes of the manifest
  std::string signature;           // 64-byte Ed25519 signature of manifest_text
  std::string signer_public_key;   // 32-byte Ed25519 key embedded in the pack
  bool signer_verified = false;    // true when checked against an expected signer
  std::vector<PackFile> files;     // in manifest order
};

// Decrypts and verifies a pack: the key block opens with `recipient_secret_key` (raw 32
// bytes); every chunk authenticates and the stream ends with its final chunk (no truncation,
// no trailing bytes); the manifest signature verifies against `expected_signer_public_key`
// (raw 32 bytes) when given, else against the embedded key (integrity only, not who sealed
// it); every file's name, size and SHA-256 match the manifest. Any failure returns an error
// (kInvalidInput; kUnsupported for an unknown format version) and no files. Allocation is
// bounded by the size of `pack_bytes`.
[[nodiscard]] Result<OpenedPack> OpenPack(std::string_view pack_bytes, std::string_view recipient_secret_key,
                                          std::optional<std::string_view> expected_signer_public_key);

// Writes an opened pack into `dir`: every file at its relative name, plus manifest.json (the
// exact signed bytes) and manifest.sig (base64 of the signature, one line). `dir` must not
// exist or be an empty folder. All or nothing: files are written into a temporary sibling
// folder that is renamed to `dir` at the end. Files get mode 0600, folders 0700.
[[nodiscard]] Status WriteOpenedPack(const OpenedPack& pack, const std::filesystem::path& dir);

}  // namespace disclose::seal
