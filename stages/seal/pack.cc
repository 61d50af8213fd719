// Disclosure packs: implementation of pack.h. docs/pack-format.md is the specification; keep
// the two in step.
#include "stages/seal/pack.h"

#include <sodium.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <new>
#include <set>
#include <system_error>

#include "pipeline/store/durable_file.h"
#include "pipeline/store/secret_key.h"
#include "stages/seal/keys.h"

namespace disclose::seal {

namespace {

constexpr std::string_view kMagic = "DSCLPACK";
constexpr size_t kFixedHeaderSize = 16;  // magic[8] | version u16 | reserved u16 | chunk size u32
constexpr size_t kFileKeySize = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr size_t kSealedKeySize = crypto_box_SEALBYTES + kFileKeySize;
constexpr size_t kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr size_t kPreambleSize = kFixedHeaderSize + kSealedKeySize + kStreamHeaderSize;
constexpr size_t kChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr uint32_t kMinChunkSize = 1024;
constexpr uint32_t kMaxChunkSize = 16 << 20;
constexpr size_t kSignatureSize = crypto_sign_BYTES;
constexpr size_t kMaxIdBytes = 256;
constexpr size_t kMaxComponentBytes = 255;
constexpr const char* kFormatName = "disclose-pack";

static_assert(kSealedKeySize == 80 && kStreamHeaderSize == 24 && kChunkOverhead == 17 && kSignatureSize == 64);
static_assert(crypto_box_PUBLICKEYBYTES == kPublicKeySize && crypto_sign_PUBLICKEYBYTES == kPublicKeySize);

const unsigned char* U8(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

void PutLe(std::string& out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

uint64_t GetLe(const unsigned char* p, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, U8(bytes), bytes.size());
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

// Structural UTF-8 check (lead and continuation bytes); nlohmann's strict dump catches the
// rest (overlong forms, surrogates) and BuildPack turns that into an error.
bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t extra = 0;
    if (c < 0x80) {
      extra = 0;
    } else if (c >= 0xc2 && c <= 0xdf) {
      extra = 1;
    } else if ((c & 0xf0) == 0xe0) {
      extra = 2;
    } else if (c >= 0xf0 && c <= 0xf4) {
      extra = 3;
    } else {
      return false;
    }
    if (extra > s.size() - i - 1) return false;
    for (size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

bool IsLowerHex64(std::string_view s) {
  return s.size() == 64 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// Names of a pack: no duplicates, and no name that is also a folder of another name.
class NameSet {
 public:
  // Returns false on a clash.
  bool Add(const std::string& name) {
    if (files_.count(name) || dirs_.count(name)) return false;
    for (size_t slash = name.find('/'); slash != std::string::npos; slash = name.find('/', slash + 1)) {
      std::string dir = name.substr(0, slash);
      if (files_.count(dir)) return false;
      dirs_.insert(std::move(dir));
    }
    files_.insert(name);
    return true;
  }

 private:
  std::set<std::string> files_;
  std::set<std::string> dirs_;
};

std::string FileLabel(size_t index, size_t count) {
  return "file " + std::to_string(index + 1) + " of " + std::to_string(count);
}

std::string NowRfc3339() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Encrypts the payload into fixed-size secretstream chunks appended to `out`: every chunk but
// the last carries exactly chunk_size plaintext bytes and TAG_MESSAGE; the last carries
// 1..chunk_size bytes and TAG_FINAL. Every chunk's additional data is the fixed header.
class ChunkWriter {
 public:
  ChunkWriter(std::string& out, crypto_secretstream_xchacha20poly1305_state& state, std::string_view ad,
              size_t chunk_size)
      : out_(out), state_(state), ad_(ad), chunk_size_(chunk_size) {
    buf_.reserve(chunk_size);
  }
  ChunkWriter(const ChunkWriter&) = delete;
  ChunkWriter& operator=(const ChunkWriter&) = delete;
  ~ChunkWriter() { sodium_memzero(buf_.data(), buf_.size()); }

  void Append(std::string_view data) {
    while (!data.empty()) {
      if (buf_.size() == chunk_size_) Emit(0);
      size_t take = std::min(chunk_size_ - buf_.size(), data.size());
      buf_.append(data.substr(0, take));
      data.remove_prefix(take);
    }
  }
  void AppendLe(uint64_t v, int bytes) {
    std::string tmp;
    PutLe(tmp, v, bytes);
    Append(tmp);
  }
  void Finish() { Emit(crypto_secretstream_xchacha20poly1305_TAG_FINAL); }

 private:
  void Emit(unsigned char tag) {
    size_t at = out_.size();
    out_.resize(at + buf_.size() + kChunkOverhead);
    unsigned long long clen = 0;
    crypto_secretstream_xchacha20poly1305_push(&state_, reinterpret_cast<unsigned char*>(out_.data() + at), &clen,
                                               U8(buf_), buf_.size(), U8(ad_), ad_.size(), tag);
    sodium_memzero(buf_.data(), buf_.size());
    buf_.clear();
  }

  std::string& out_;
  crypto_secretstream_xchacha20poly1305_state& state_;
  std::string_view ad_;
  size_t chunk_size_;
  std::string buf_;
};

// Decrypts the chunk stream on demand, so that parsing never allocates more than the bytes
// that are actually left in the pack.
class ChunkReader {
 public:
  ChunkReader(crypto_secretstream_xchacha20poly1305_state& state, std::string_view ciphertext, std::string_view ad,
              size_t chunk_size)
      : state_(state), ct_(ciphertext), ad_(ad), chunk_size_(chunk_size) {}
  ChunkReader(const ChunkReader&) = delete;
  ChunkReader& operator=(const ChunkReader&) = delete;
  ~ChunkReader() { sodium_memzero(buf_.data(), buf_.size()); }

  // At most this many payload bytes can still follow.
  uint64_t RemainingBound() const { return (buf_.size() - pos_) + ct_.size(); }

  Status Read(char* dst, size_t n) {
    while (n > 0) {
      if (pos_ == buf_.size()) {
        if (Status s = NextChunk(); !s.ok()) return s;
        continue;
      }
      size_t take = std::min(n, buf_.size() - pos_);
      std::memcpy(dst, buf_.data() + pos_, take);
      pos_ += take;
      dst += take;
      n -= take;
    }
    return Status::Ok();
  }
  Result<uint64_t> ReadLe(int bytes) {
    unsigned char tmp[8];
    if (Status s = Read(reinterpret_cast<char*>(tmp), static_cast<size_t>(bytes)); !s.ok()) return s.error();
    return GetLe(tmp, bytes);
  }
  // The payload must end here, with the final chunk, and nothing after it.
  Status Finish() {
    if (pos_ != buf_.size()) return InvalidInput("pack payload has bytes after its last file");
    while (!final_seen_) {
      if (Status s = NextChunk(); !s.ok()) return s;
      if (!buf_.empty()) return InvalidInput("pack payload has bytes after its last file");
    }
    if (!ct_.empty()) return InvalidInput("pack has bytes after its final chunk");
    return Status::Ok();
  }

 private:
  Status NextChunk() {
    if (final_seen_) return InvalidInput("pack payload ends before its framing says it should");
    if (ct_.empty()) return InvalidInput("pack is truncated: its stream has no final chunk");
    size_t take = std::min(ct_.size(), chunk_size_ + kChunkOverhead);
    if (take < kChunkOverhead) return InvalidInput("pack is truncated inside chunk " + std::to_string(index_));
    buf_.resize(chunk_size_);
    unsigned long long mlen = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&state_, reinterpret_cast<unsigned char*>(buf_.data()), &mlen, &tag,
                                                   U8(ct_), take, U8(ad_), ad_.size()) != 0) {
      return InvalidInput("pack chunk " + std::to_string(index_) + " failed authentication (altered or truncated)");
    }
    buf_.resize(mlen);
    pos_ = 0;
    ct_.remove_prefix(take);
    ++index_;
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      final_seen_ = true;
      if (!ct_.empty()) return InvalidInput("pack has bytes after its final chunk");
    } else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
      return InvalidInput("pack chunk " + std::to_string(index_ - 1) + " has an unexpected tag");
    } else if (ct_.empty()) {
      return InvalidInput("pack is truncated: its stream has no final chunk");
    }
    return Status::Ok();
  }

  crypto_secretstream_xchacha20poly1305_state& state_;
  std::string_view ct_;
  std::string_view ad_;
  size_t chunk_size_;
  std::string buf_;
  size_t pos_ = 0;
  size_t index_ = 0;
  bool final_seen_ = false;
};

// Wipes a secretstream state (it holds the file key) when it goes out of scope.
struct StreamState {
  crypto_secretstream_xchacha20poly1305_state state;
  StreamState() = default;
  StreamState(const StreamState&) = delete;
  StreamState& operator=(const StreamState&) = delete;
  ~StreamState() { sodium_memzero(&state, sizeof state); }
};

Status CheckManifestEntry(const nlohmann::json& entry, size_t index, size_t count) {
  if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string() || !entry.contains("size") ||
      !entry["size"].is_number_unsigned() || !entry.contains("sha256") || !entry["sha256"].is_string() ||
      !IsLowerHex64(entry["sha256"].get_ref<const std::string&>())) {
    return InvalidInput("pack manifest entry for " + FileLabel(index, count) + " is malformed");
  }
  return Status::Ok();
}

Status CheckManifest(const nlohmann::json& m) {
  auto is_string = [&](const char* key) { return m.contains(key) && m[key].is_string(); };
  if (!m.is_object()) return InvalidInput("pack manifest is not a JSON object");
  if (!is_string("format") || m["format"] != kFormatName) return InvalidInput("pack manifest has the wrong format name");
  if (!m.contains("version") || !m["version"].is_number_unsigned() || m["version"] != kPackVersion) {
    return Unsupported("pack manifest version is not supported");
  }
  if (!is_string("bundle_id") || !is_string("request_id") || !is_string("created")) {
    return InvalidInput("pack manifest lacks bundle_id, request_id or created");
  }
  if (!m.contains("files") || !m["files"].is_array()) return InvalidInput("pack manifest has no files list");
  if (m["files"].size() > kMaxPackFiles) return InvalidInput("pack manifest lists more than the limit of files");
  const size_t count = m["files"].size();
  for (size_t i = 0; i < count; ++i) {
    if (Status s = CheckManifestEntry(m["files"][i], i, count); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<OpenedPack> OpenPackUnchecked(std::string_view pack, std::string_view recipient_secret_key,
                                     std::optional<std::string_view> expected_signer) {
  if (Status s = store::InitSodium(); !s.ok()) return s.error();
  if (recipient_secret_key.size() != kRecipientSecretKeySize) {
    return InvalidInput("recipient secret key must be 32 bytes");
  }
  if (expected_signer && expected_signer->size() != kPublicKeySize) {
    return InvalidInput("expected signer public key must be 32 bytes");
  }
  if (pack.size() < kMagic.size() || pack.substr(0, kMagic.size()) != kMagic) {
    return InvalidInput("file is not a disclose pack (bad magic)");
  }
  if (pack.size() < kPreambleSize + kChunkOverhead) return InvalidInput("pack is truncated inside its header");
  const auto* p = U8(pack);
  const uint64_t version = GetLe(p + 8, 2);
  if (version != kPackVersion) {
    return Unsupported("pack format version " + std::to_string(version) + " is not supported (this reader: 1)");
  }
  if (GetLe(p + 10, 2) != 0) return InvalidInput("pack header has non-zero reserved bits");
  const uint64_t chunk_size = GetLe(p + 12, 4);
  if (chunk_size < kMinChunkSize || chunk_size > kMaxChunkSize) return InvalidInput("pack header has a bad chunk size");
  const uint64_t max_pack = kPreambleSize + kMaxPackPayloadBytes +
                            (kMaxPackPayloadBytes / chunk_size + 1) * kChunkOverhead;
  if (pack.size() > max_pack) return InvalidInput("pack is larger than the 4 GiB limit");

  unsigned char recipient_pk[kPublicKeySize];
  if (crypto_scalarmult_base(recipient_pk, U8(recipient_secret_key)) != 0) {
    return InvalidInput("recipient secret key is not usable");
  }
  StreamState stream;
  {
    unsigned char file_key[kFileKeySize];
    int rc = crypto_box_seal_open(file_key, p + kFixedHeaderSize, kSealedKeySize, recipient_pk,
                                  U8(recipient_secret_key));
    if (rc == 0) {
      rc = crypto_secretstream_xchacha20poly1305_init_pull(&stream.state, p + kFixedHeaderSize + kSealedKeySize,
                                                           file_key);
    }
    sodium_memzero(file_key, sizeof file_key);
    if (rc != 0) return InvalidInput("pack is not addressed to this recipient key, or its key block was altered");
  }
  const std::string_view ad = pack.substr(0, kFixedHeaderSize);
  ChunkReader reader(stream.state, pack.substr(kPreambleSize), ad, chunk_size);

  OpenedPack out;
  Result<uint64_t> manifest_len = reader.ReadLe(4);
  if (!manifest_len.ok()) return manifest_len.error();
  if (*manifest_len > kMaxManifestBytes || *manifest_len > reader.RemainingBound()) {
    return InvalidInput("pack manifest length is out of range");
  }
  out.manifest_text.resize(*manifest_len);
  out.signature.resize(kSignatureSize);
  out.signer_public_key.resize(kPublicKeySize);
  for (std::string* s : {&out.manifest_text, &out.signature, &out.signer_public_key}) {
    if (Status st = reader.Read(s->data(), s->size()); !st.ok()) return st.error();
  }
  if (expected_signer) {
    if (sodium_memcmp(U8(out.signer_public_key), U8(*expected_signer), kPublicKeySize) != 0) {
      return InvalidInput("pack was not sealed by the expected signer");
    }
    out.signer_verified = true;
  }
  if (crypto_sign_verify_detached(U8(out.signature), U8(out.manifest_text), out.manifest_text.size(),
                                  U8(out.signer_public_key)) != 0) {
    return InvalidInput("pack manifest signature does not verify");
  }
  out.manifest = nlohmann::json::parse(out.manifest_text, nullptr, /*allow_exceptions=*/false);
  if (out.manifest.is_discarded()) return InvalidInput("pack manifest is not valid JSON");
  if (Status s = CheckManifest(out.manifest); !s.ok()) return s.error();
  const nlohmann::json& listed = out.manifest["files"];
  const size_t count = listed.size();

  Result<uint64_t> file_count = reader.ReadLe(4);
  if (!file_count.ok()) return file_count.error();
  if (*file_count != count) return InvalidInput("pack holds a different number of files than its manifest lists");
  out.files.reserve(count);
  NameSet names;
  for (size_t i = 0; i < count; ++i) {
    const std::string label = FileLabel(i, count);
    const nlohmann::json& entry = listed[i];
    Result<uint64_t> name_len = reader.ReadLe(4);
    if (!name_len.ok()) return name_len.error();
    if (*name_len == 0 || *name_len > kMaxPackFileNameBytes || *name_len > reader.RemainingBound()) {
      return InvalidInput("pack " + label + " has a name length out of range");
    }
    PackFile file;
    file.name.resize(*name_len);
    if (Status s = reader.Read(file.name.data(), file.name.size()); !s.ok()) return s.error();
    if (file.name != entry["name"].get_ref<const std::string&>()) {
      return InvalidInput("pack " + label + " is not the file its manifest lists");
    }
    if (!IsSafePackFileName(file.name)) return InvalidInput("pack " + label + " has an unsafe name");
    if (!names.Add(file.name)) return InvalidInput("pack " + label + " has a name that clashes with another file");
    Result<uint64_t> size = reader.ReadLe(8);
    if (!size.ok()) return size.error();
    if (*size != entry["size"].get<uint64_t>()) return InvalidInput("pack " + label + " has a size its manifest does not list");
    if (*size > reader.RemainingBound()) return InvalidInput("pack is truncated inside " + label);
    file.bytes.resize(*size);
    if (Status s = reader.Read(file.bytes.data(), file.bytes.size()); !s.ok()) return s.error();
    if (Sha256Hex(file.bytes) != entry["sha256"].get_ref<const std::string&>()) {
      return InvalidInput("pack " + label + " does not match its manifest SHA-256");
    }
    out.files.push_back(std::move(file));
  }
  if (Status s = reader.Finish(); !s.ok()) return s.error();
  return out;
}

}  // namespace

bool IsSafePackFileName(std::string_view name) {
  if (name.empty() || name.size() > kMaxPackFileNameBytes || name.front() == '/' || name.back() == '/') return false;
  if (name == "manifest.json" || name == "manifest.sig") return false;
  if (!IsValidUtf8(name)) return false;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == '\\') return false;
  }
  size_t start = 0;
  while (start <= name.size()) {
    size_t slash = name.find('/', start);
    if (slash == std::string_view::npos) slash = name.size();
    std::string_view part = name.substr(start, slash - start);
    if (part.empty() || part == "." || part == ".." || part.size() > kMaxComponentBytes) return false;
    start = slash + 1;
  }
  return true;
}

Result<std::string> BuildPack(const PackContents& contents, std::string_view recipient_public_key,
                              std::string_view signing_secret_key) {
  try {
    if (Status s = store::InitSodium(); !s.ok()) return s.error();
    if (recipient_public_key.size() != kPublicKeySize) return InvalidInput("recipient public key must be 32 bytes");
    if (signing_secret_key.size() != kSigningSecretKeySize) return InvalidInput("signing secret key must be 64 bytes");
    const std::string& bundle = contents.bundle_id;
    if (bundle.empty() || bundle.size() > kMaxIdBytes || !IsValidUtf8(bundle)) {
      return InvalidInput("pack bundle id is empty, too long or not UTF-8");
    }
    if (contents.request_id.size() > kMaxIdBytes || !IsValidUtf8(contents.request_id)) {
      return InvalidInput("pack for bundle " + bundle + " has a request id that is too long or not UTF-8");
    }
    const size_t count = contents.files.size();
    if (count > kMaxPackFiles) return InvalidInput("pack for bundle " + bundle + " has more than the limit of files");

    nlohmann::json listed = nlohmann::json::array();
    NameSet names;
    uint64_t payload = 4 + 4;  // manifest length, file count
    for (size_t i = 0; i < count; ++i) {
      const PackFile& f = contents.files[i];
      if (!IsSafePackFileName(f.name)) {
        return InvalidInput("pack for bundle " + bundle + ": " + FileLabel(i, count) + " has an unsafe name");
      }
      if (!names.Add(f.name)) {
        return InvalidInput("pack for bundle " + bundle + ": " + FileLabel(i, count) + " clashes with another name");
      }
      payload += 4 + f.name.size() + 8 + f.bytes.size();
      if (payload > kMaxPackPayloadBytes) return InvalidInput("pack for bundle " + bundle + " is over the 4 GiB limit");
      listed.push_back({{"name", f.name}, {"size", f.bytes.size()}, {"sha256", Sha256Hex(f.bytes)}});
    }
    const std::string created = contents.created.empty() ? NowRfc3339() : contents.created;
    if (created.size() > 64 || !IsValidUtf8(created)) return InvalidInput("pack created time is malformed");
    const nlohmann::json manifest = {{"format", kFormatName},   {"version", kPackVersion},
                                     {"bundle_id", bundle},     {"request_id", contents.request_id},
                                     {"created", created},      {"files", std::move(listed)}};
    const std::string manifest_text = manifest.dump();
    if (manifest_text.size() > kMaxManifestBytes) return InvalidInput("pack for bundle " + bundle + " has too large a manifest");
    payload += manifest_text.size() + kSignatureSize + kPublicKeySize;
    if (payload > kMaxPackPayloadBytes) return InvalidInput("pack for bundle " + bundle + " is over the 4 GiB limit");

    unsigned char signature[kSignatureSize];
    unsigned char signer_pk[kPublicKeySize];
    crypto_sign_detached(signature, nullptr, U8(manifest_text), manifest_text.size(), U8(signing_secret_key));
    crypto_sign_ed25519_sk_to_pk(signer_pk, U8(signing_secret_key));
    if (crypto_sign_verify_detached(signature, U8(manifest_text), manifest_text.size(), signer_pk) != 0) {
      return InvalidInput("signing secret key is damaged (its public half does not match)");
    }

    Result<store::SecretKey> file_key = store::SecretKey::Random(kFileKeySize);
    if (!file_key.ok()) return file_key.error();
    std::string out;
    out.reserve(kPreambleSize + payload + ((payload + kPackChunkSize - 1) / kPackChunkSize) * kChunkOverhead);
    out.append(kMagic);
    PutLe(out, kPackVersion, 2);
    PutLe(out, 0, 2);
    PutLe(out, kPackChunkSize, 4);
    out.resize(kPreambleSize);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    if (crypto_box_seal(o + kFixedHeaderSize, file_key->data(), kFileKeySize, U8(recipient_public_key)) != 0) {
      return InvalidInput("recipient public key for bundle " + bundle + " is not usable");
    }
    StreamState stream;
    crypto_secretstream_xchacha20poly1305_init_push(&stream.state, o + kFixedHeaderSize + kSealedKeySize,
                                                    file_key->data());
    const std::string ad = out.substr(0, kFixedHeaderSize);
    ChunkWriter writer(out, stream.state, ad, kPackChunkSize);
    writer.AppendLe(manifest_text.size(), 4);
    writer.Append(manifest_text);
    writer.Append(std::string_view(reinterpret_cast<const char*>(signature), sizeof signature));
    writer.Append(std::string_view(reinterpret_cast<const char*>(signer_pk), sizeof signer_pk));
    writer.AppendLe(count, 4);
    for (const PackFile& f : contents.files) {
      writer.AppendLe(f.name.size(), 4);
      writer.Append(f.name);
      writer.AppendLe(f.bytes.size(), 8);
      writer.Append(f.bytes);
    }
    writer.Finish();
    return out;
  } catch (const std::bad_alloc&) {
    return Transient("not enough memory to build the pack for bundle " + contents.bundle_id);
  } catch (const std::exception&) {
    return InvalidInput("pack for bundle " + contents.bundle_id + " has text that is not valid UTF-8");
  }
}

Result<OpenedPack> OpenPack(std::string_view pack_bytes, std::string_view recipient_secret_key,
                            std::optional<std::string_view> expected_signer_public_key) {
  try {
    return OpenPackUnchecked(pack_bytes, recipient_secret_key, expected_signer_public_key);
  } catch (const std::bad_alloc&) {
    return Transient("not enough memory to open the pack");
  } catch (const std::exception&) {
    return InvalidInput("pack manifest is malformed");
  }
}

Status WriteOpenedPack(const OpenedPack& pack, const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  const size_t count = pack.files.size();
  NameSet names;
  for (size_t i = 0; i < count; ++i) {
    if (!IsSafePackFileName(pack.files[i].name) || !names.Add(pack.files[i].name)) {
      return InvalidInput("opened pack " + FileLabel(i, count) + " has an unsafe or clashing name");
    }
  }
  if (pack.signature.size() != kSignatureSize) return InvalidInput("opened pack has no manifest signature");
  fs::path target = dir.lexically_normal();
  if (!target.has_filename()) target = target.parent_path();
  if (target.empty()) return InvalidInput("output folder is empty");
  const std::string where = "output folder " + target.string();
  std::error_code ec;
  if (fs::exists(fs::symlink_status(target, ec))) {
    if (!fs::is_directory(fs::symlink_status(target, ec))) return InvalidInput(where + " exists and is not a folder");
    if (fs::directory_iterator(target, ec) != fs::directory_iterator()) {
      return InvalidInput(where + " exists and is not empty");
    }
  }
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  if (ec) return Internal("cannot create the parent of " + where + ": " + ec.message());
  std::string temp_template = (parent / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  if (::mkdtemp(temp_template.data()) == nullptr) {
    return Internal("cannot create a temporary folder beside " + where + ": " + std::strerror(errno));
  }
  const fs::path temp = temp_template;
  auto write_all = [&]() -> Status {
    for (size_t i = 0; i < count; ++i) {
      const PackFile& f = pack.files[i];
      const fs::path path = temp / f.name;
      const std::string what = FileLabel(i, count) + " of the opened pack";
      if (Status s = store::MakePrivateDirectories(path.parent_path(), what); !s.ok()) return s;
      Result<bool> wrote = store::WriteFileAtomic(path, f.bytes, 0600, store::Publish::kCreateNew, false, what);
      if (!wrote.ok()) return wrote.error();
      if (!*wrote) return InvalidInput(what + " clashes with another file");
    }
    Result<bool> m = store::WriteFileAtomic(temp / "manifest.json", pack.manifest_text, 0600,
                                            store::Publish::kCreateNew, false, "manifest.json of the opened pack");
    if (!m.ok()) return m.error();
    Result<bool> sig = store::WriteFileAtomic(temp / "manifest.sig", EncodeBase64(pack.signature) + "\n", 0600,
                                              store::Publish::kCreateNew, false, "manifest.sig of the opened pack");
    if (!sig.ok()) return sig.error();
    // rename() replaces an empty folder atomically; a non-empty one (a race) makes it fail.
    if (::rename(temp.c_str(), target.c_str()) != 0) {
      return Internal("cannot move the opened pack into " + where + ": " + std::strerror(errno));
    }
    return store::SyncDirectory(parent, where);
  };
  Status s = write_all();
  if (!s.ok()) fs::remove_all(temp, ec);
  return s;
}

}  // namespace disclose::seal
