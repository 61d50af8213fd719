// Tests for disclosure packs (stages/seal/pack.h). Besides round trips and tampering, a small
// independent encoder and decoder written from docs/pack-format.md with plain libsodium calls
// checks that the document and the code agree, and crafts validly encrypted and signed packs
// whose contents break one rule at a time.
#include "stages/seal/pack.h"

#include <gtest/gtest.h>
#include <sodium.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "stages/seal/keys.h"

namespace disclose::seal {
namespace {

namespace fs = std::filesystem;

const unsigned char* U8(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
std::string S(const unsigned char* p, size_t n) { return std::string(reinterpret_cast<const char*>(p), n); }

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void Le(std::string& out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char d[32];
  crypto_hash_sha256(d, U8(bytes), bytes.size());
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, d, sizeof d);
  return hex;
}

struct Keys {
  std::string recipient_pk, recipient_sk, signing_pk, signing_sk;
};

Keys MakeKeys() {
  unsigned char rpk[32], rsk[32], spk[32], ssk[64];
  crypto_box_keypair(rpk, rsk);
  crypto_sign_keypair(spk, ssk);
  return {S(rpk, 32), S(rsk, 32), S(spk, 32), S(ssk, 64)};
}

// Synthetic documents; never real people.
PackContents SampleContents() {
  PackContents c;
  c.bundle_id = "b-0123456789abcdef01234567";
  c.request_id = "SAR-2026-000123";
  c.created = "2026-11-02T10:00:00Z";
  std::string big;
  for (int i = 0; big.size() < 200000; ++i) big += "Fictional visit log line " + std::to_string(i) + "\n";
  c.files = {{"documents/letter-2025-01.pdf", "%PDF-1.7 synthetic letter for Zebedee Quartermain-Fictitious"},
             {"documents/visits.pdf", big},
             {"documents/empty.txt", ""},
             {"schedule.json", R"({"redactions":[]})"}};
  return c;
}

// ---- An independent reference codec, written from docs/pack-format.md ----

struct CraftOptions {
  uint16_t version = 1;
  uint32_t chunk_size = 65536;
  bool final_tag = true;
  std::string trailing_payload;  // extra bytes inside the stream after the last file
};

struct CraftFile {
  std::string name;
  uint64_t size_field;
  std::string bytes;
};

std::string Craft(const Keys& k, const std::string& manifest, const std::vector<CraftFile>& files,
                  const CraftOptions& o = {}) {
  std::string payload;
  Le(payload, manifest.size(), 4);
  payload += manifest;
  unsigned char sig[64];
  crypto_sign_detached(sig, nullptr, U8(manifest), manifest.size(), U8(k.signing_sk));
  payload += S(sig, 64);
  payload += k.signing_pk;
  Le(payload, files.size(), 4);
  for (const CraftFile& f : files) {
    Le(payload, f.name.size(), 4);
    payload += f.name;
    Le(payload, f.size_field, 8);
    payload += f.bytes;
  }
  payload += o.trailing_payload;

  std::string out = "DSCLPACK";
  Le(out, o.version, 2);
  Le(out, 0, 2);
  Le(out, o.chunk_size, 4);
  const std::string header = out;
  unsigned char file_key[32];
  crypto_secretstream_xchacha20poly1305_keygen(file_key);
  unsigned char sealed[80];
  crypto_box_seal(sealed, file_key, 32, U8(k.recipient_pk));
  out += S(sealed, 80);
  crypto_secretstream_xchacha20poly1305_state st;
  unsigned char sh[24];
  crypto_secretstream_xchacha20poly1305_init_push(&st, sh, file_key);
  out += S(sh, 24);
  for (size_t at = 0; at < payload.size(); at += o.chunk_size) {
    const size_t n = std::min<size_t>(o.chunk_size, payload.size() - at);
    const bool last = at + n == payload.size();
    std::string c(n + 17, '\0');
    crypto_secretstream_xchacha20poly1305_push(
        &st, reinterpret_cast<unsigned char*>(c.data()), nullptr, U8(payload) + at, n, U8(header), header.size(),
        last && o.final_tag ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    out += c;
  }
  return out;
}

std::string ManifestFor(const std::vector<CraftFile>& files, uint64_t version = 1) {
  nlohmann::json listed = nlohmann::json::array();
  for (const CraftFile& f : files) {
    listed.push_back({{"name", f.name}, {"size", f.bytes.size()}, {"sha256", Sha256Hex(f.bytes)}});
  }
  return nlohmann::json{{"format", "disclose-pack"}, {"version", version}, {"bundle_id", "b-0123456789abcdef01234567"},
                        {"request_id", "SAR-1"}, {"created", "2026-11-02T10:00:00Z"}, {"files", listed}}
      .dump();
}

// Decodes per the document; returns the plaintext payload or "" on any failure.
std::string ReferenceDecrypt(const std::string& pack, const Keys& k) {
  if (pack.substr(0, 8) != "DSCLPACK") return "";
  const auto* p = U8(pack);
  const uint32_t chunk = p[12] | p[13] << 8 | p[14] << 16 | static_cast<uint32_t>(p[15]) << 24;
  unsigned char file_key[32];
  if (crypto_box_seal_open(file_key, p + 16, 80, U8(k.recipient_pk), U8(k.recipient_sk)) != 0) return "";
  crypto_secretstream_xchacha20poly1305_state st;
  if (crypto_secretstream_xchacha20poly1305_init_pull(&st, p + 96, file_key) != 0) return "";
  std::string payload;
  size_t at = 120;
  unsigned char tag = 0;
  while (at < pack.size() && tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
    const size_t n = std::min<size_t>(chunk + 17, pack.size() - at);
    std::string m(n, '\0');
    unsigned long long mlen = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&st, reinterpret_cast<unsigned char*>(m.data()), &mlen, &tag,
                                                   p + at, n, p, 16) != 0) {
      return "";
    }
    payload += m.substr(0, mlen);
    at += n;
  }
  if (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL || at != pack.size()) return "";
  return payload;
}

// ---- Tests ----

class PackTest : public ::testing::Test {
 protected:
  Keys keys_ = MakeKeys();
};

TEST_F(PackTest, RoundTripWithExpectedSigner) {
  const PackContents c = SampleContents();
  Result<std::string> pack = BuildPack(c, keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(pack.ok()) << pack.error().message;
  Result<OpenedPack> opened = OpenPack(*pack, keys_.recipient_sk, keys_.signing_pk);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_TRUE(opened->signer_verified);
  EXPECT_EQ(opened->signer_public_key, keys_.signing_pk);
  ASSERT_EQ(opened->files.size(), c.files.size());
  for (size_t i = 0; i < c.files.size(); ++i) {
    EXPECT_EQ(opened->files[i].name, c.files[i].name);
    EXPECT_EQ(opened->files[i].bytes, c.files[i].bytes);
    EXPECT_EQ(opened->manifest["files"][i]["name"], c.files[i].name);
    EXPECT_EQ(opened->manifest["files"][i]["size"], c.files[i].bytes.size());
    EXPECT_EQ(opened->manifest["files"][i]["sha256"], Sha256Hex(c.files[i].bytes));
  }
  EXPECT_EQ(opened->manifest["format"], "disclose-pack");
  EXPECT_EQ(opened->manifest["version"], 1);
  EXPECT_EQ(opened->manifest["bundle_id"], c.bundle_id);
  EXPECT_EQ(opened->manifest["request_id"], c.request_id);
  EXPECT_EQ(opened->manifest["created"], c.created);
  EXPECT_EQ(crypto_sign_verify_detached(U8(opened->signature), U8(opened->manifest_text),
                                        opened->manifest_text.size(), U8(keys_.signing_pk)),
            0);
}

TEST_F(PackTest, RoundTripAtChunkBoundariesAndEmpty) {
  // Payload sizes just below, at and above multiples of the chunk size.
  for (size_t size : {size_t{0}, size_t{1}, size_t{65000}, size_t{65536}, size_t{65536 * 2 + 5}, size_t{300000}}) {
    PackContents c;
    c.bundle_id = "b-1";
    c.files = {{"f.bin", std::string(size, 'x')}};
    Result<std::string> pack = BuildPack(c, keys_.recipient_pk, keys_.signing_sk);
    ASSERT_TRUE(pack.ok());
    Result<OpenedPack> opened = OpenPack(*pack, keys_.recipient_sk, std::nullopt);
    ASSERT_TRUE(opened.ok()) << size << ": " << opened.error().message;
    EXPECT_EQ(opened->files[0].bytes.size(), size);
  }
  PackContents none;
  none.bundle_id = "b-2";
  Result<std::string> pack = BuildPack(none, keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(pack.ok());
  Result<OpenedPack> opened = OpenPack(*pack, keys_.recipient_sk, std::nullopt);
  ASSERT_TRUE(opened.ok());
  EXPECT_TRUE(opened->files.empty());
}

TEST_F(PackTest, EmbeddedSignerProvesIntegrityOnly) {
  Result<std::string> pack = BuildPack(SampleContents(), keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(pack.ok());
  Result<OpenedPack> opened = OpenPack(*pack, keys_.recipient_sk, std::nullopt);
  ASSERT_TRUE(opened.ok());
  EXPECT_FALSE(opened->signer_verified);
  EXPECT_EQ(opened->signer_public_key, keys_.signing_pk);
}

TEST_F(PackTest, WrongRecipientKeyFails) {
  Result<std::string> pack = BuildPack(SampleContents(), keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(pack.ok());
  const Keys other = MakeKeys();
  Result<OpenedPack> opened = OpenPack(*pack, other.recipient_sk, std::nullopt);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(opened.error().message.find("recipient"), std::string::npos);
  EXPECT_FALSE(OpenPack(*pack, keys_.recipient_sk.substr(0, 31), std::nullopt).ok());
}

TEST_F(PackTest, WrongExpectedSignerFails) {
  Result<std::string> pack = BuildPack(SampleContents(), keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(pack.ok());
  const Keys other = MakeKeys();
  Result<OpenedPack> opened = OpenPack(*pack, keys_.recipient_sk, other.signing_pk);
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.error().message.find("signer"), std::string::npos);
  // A forger who re-seals the same files with their own key is caught by the expected signer.
  Result<std::string> forged = BuildPack(SampleContents(), keys_.recipient_pk, other.signing_sk);
  ASSERT_TRUE(forged.ok());
  EXPECT_FALSE(OpenPack(*forged, keys_.recipient_sk, keys_.signing_pk).ok());
}

TEST_F(PackTest, FlippedByteAnywhereFails) {
  PackContents c;
  c.bundle_id = "b-0123456789abcdef01234567";
  c.request_id = "SAR-2";
  c.files = {{"a.txt", "synthetic text"}, {"b/c.txt", "more synthetic text"}};
  Result<std::string> pack = BuildPack(c, keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(pack.ok());
  for (size_t i = 0; i < pack->size(); ++i) {
    for (unsigned char mask : {0x01, 0x80}) {
      std::string t = *pack;
      t[i] = static_cast<char>(t[i] ^ mask);
      Result<OpenedPack> opened = OpenPack(t, keys_.recipient_sk, std::nullopt);
      EXPECT_FALSE(opened.ok()) << "byte " << i << " mask " << int(mask);
    }
  }
  // A multi-chunk pack: sampled positions, plus each side of every chunk boundary.
  Result<std::string> big = BuildPack(SampleContents(), keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(big.ok());
  std::vector<size_t> positions;
  for (size_t i = 0; i < big->size(); i += 4099) positions.push_back(i);
  for (size_t b = 120; b < big->size(); b += 65536 + 17) {
    positions.push_back(b);
    if (b > 0) positions.push_back(b - 1);
  }
  positions.push_back(big->size() - 1);
  for (size_t i : positions) {
    std::string t = *big;
    t[i] = static_cast<char>(t[i] ^ 0x20);
    EXPECT_FALSE(OpenPack(t, keys_.recipient_sk, std::nullopt).ok()) << "byte " << i;
  }
}

TEST_F(PackTest, TruncatedOrExtendedPackFails) {
  PackContents c;
  c.bundle_id = "b-3";
  c.files = {{"a.txt", "synthetic"}};
  Result<std::string> small = BuildPack(c, keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(small.ok());
  for (size_t n = 0; n < small->size(); ++n) {
    EXPECT_FALSE(OpenPack(small->substr(0, n), keys_.recipient_sk, std::nullopt).ok()) << n;
  }
  Result<std::string> big = BuildPack(SampleContents(), keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(big.ok());
  ASSERT_GT(big->size(), 120u + 2 * (65536 + 17));
  // Cut exactly at chunk boundaries: every remaining chunk is intact, but the final one is gone.
  for (size_t b = 120 + 65536 + 17; b < big->size(); b += 65536 + 17) {
    Result<OpenedPack> opened = OpenPack(big->substr(0, b), keys_.recipient_sk, std::nullopt);
    ASSERT_FALSE(opened.ok()) << b;
    EXPECT_NE(opened.error().message.find("truncated"), std::string::npos) << opened.error().message;
  }
  EXPECT_FALSE(OpenPack(*big + "x", keys_.recipient_sk, std::nullopt).ok());
  EXPECT_FALSE(OpenPack(*big + *big, keys_.recipient_sk, std::nullopt).ok());
}

TEST_F(PackTest, PackDoesNotContainPlaintext) {
  Result<std::string> pack = BuildPack(SampleContents(), keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(pack.ok());
  EXPECT_EQ(pack->find("Quartermain"), std::string::npos);
  EXPECT_EQ(pack->find("SAR-2026-000123"), std::string::npos);
  EXPECT_EQ(pack->find("letter-2025-01"), std::string::npos);
  EXPECT_EQ(pack->find("b-0123456789abcdef01234567"), std::string::npos);
}

TEST_F(PackTest, DocumentedLayoutDecodesWithPlainLibsodium) {
  const PackContents c = SampleContents();
  Result<std::string> pack = BuildPack(c, keys_.recipient_pk, keys_.signing_sk);
  ASSERT_TRUE(pack.ok());
  EXPECT_EQ(pack->substr(0, 16), std::string("DSCLPACK\x01\x00\x00\x00\x00\x00\x01\x00", 16));
  const std::string payload = ReferenceDecrypt(*pack, keys_);
  ASSERT_FALSE(payload.empty());
  const auto* p = U8(payload);
  const uint32_t mlen = p[0] | p[1] << 8 | p[2] << 16 | static_cast<uint32_t>(p[3]) << 24;
  const std::string manifest = payload.substr(4, mlen);
  const std::string sig = payload.substr(4 + mlen, 64);
  const std::string signer = payload.substr(4 + mlen + 64, 32);
  EXPECT_EQ(signer, keys_.signing_pk);
  EXPECT_EQ(crypto_sign_verify_detached(U8(sig), U8(manifest), manifest.size(), U8(signer)), 0);
  size_t at = 4 + mlen + 96;
  const uint32_t count = p[at] | p[at + 1] << 8;
  EXPECT_EQ(count, c.files.size());
  at += 4;
  for (const PackFile& f : c.files) {
    const uint32_t nlen = p[at] | p[at + 1] << 8;
    EXPECT_EQ(payload.substr(at + 4, nlen), f.name);
    at += 4 + nlen;
    uint64_t size = 0;
    for (int i = 7; i >= 0; --i) size = size << 8 | p[at + i];
    EXPECT_EQ(size, f.bytes.size());
    EXPECT_EQ(payload.substr(at + 8, size), f.bytes);
    at += 8 + size;
  }
  EXPECT_EQ(at, payload.size());
  // Every chunk but the last is full.
  EXPECT_EQ((pack->size() - 120) / (65536 + 17), payload.size() / 65536);
}

TEST_F(PackTest, ReferenceEncoderPackOpens) {
  std::vector<CraftFile> files = {{"documents/a.pdf", 5, "%PDF-"}, {"schedule.json", 2, "{}"}};
  Result<OpenedPack> opened = OpenPack(Craft(keys_, ManifestFor(files), files), keys_.recipient_sk, keys_.signing_pk);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(opened->files[1].bytes, "{}");
  // A smaller chunk size is honoured too.
  CraftOptions small_chunks;
  small_chunks.chunk_size = 1024;
  files[0].bytes = std::string(5000, 'p');
  files[0].size_field = 5000;
  EXPECT_TRUE(OpenPack(Craft(keys_, ManifestFor(files), files, small_chunks), keys_.recipient_sk, std::nullopt).ok());
}

TEST_F(PackTest, BytesAfterAFullFinalChunkFail) {
  // Choose a file size that makes the payload an exact multiple of the chunk size, so that the
  // final chunk is full and appended bytes would start a chunk of their own.
  CraftOptions o;
  o.chunk_size = 1024;
  for (size_t size = 1000; size < 3000; ++size) {
    std::vector<CraftFile> files = {{"f", size, std::string(size, 'q')}};
    const std::string m = ManifestFor(files);
    const size_t payload = 4 + m.size() + 96 + 4 + 4 + 1 + 8 + size;
    if (payload % o.chunk_size != 0) continue;
    const std::string pack = Craft(keys_, m, files, o);
    ASSERT_TRUE(OpenPack(pack, keys_.recipient_sk, std::nullopt).ok());
    // Append a well-formed chunk of the same stream? Impossible without the key; any bytes will do.
    for (const std::string& junk : {std::string(17, 'j'), std::string(1, 'j'), pack.substr(120, 1024 + 17)}) {
      Result<OpenedPack> r = OpenPack(pack + junk, keys_.recipient_sk, std::nullopt);
      ASSERT_FALSE(r.ok());
      EXPECT_NE(r.error().message.find("after its final chunk"), std::string::npos) << r.error().message;
    }
    return;
  }
  FAIL() << "no file size gave a whole number of chunks";
}

TEST_F(PackTest, ManifestHashesSizesAndNamesAreChecked) {
  const std::vector<CraftFile> good = {{"documents/a.pdf", 5, "%PDF-"}, {"schedule.json", 2, "{}"}};
  const std::string manifest = ManifestFor(good);
  auto open = [&](const std::string& m, const std::vector<CraftFile>& files, const CraftOptions& o = {}) {
    return OpenPack(Craft(keys_, m, files, o), keys_.recipient_sk, keys_.signing_pk);
  };
  ASSERT_TRUE(open(manifest, good).ok());

  // Content differs from the signed hash (same size).
  std::vector<CraftFile> swapped = good;
  swapped[0].bytes = "%PDF+";
  Result<OpenedPack> r = open(manifest, swapped);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("SHA-256"), std::string::npos);
  EXPECT_NE(r.error().message.find("file 1 of 2"), std::string::npos);

  // Size differs from the manifest.
  std::vector<CraftFile> longer = good;
  longer[1].bytes = "{ }";
  longer[1].size_field = 3;
  EXPECT_FALSE(open(manifest, longer).ok());

  // Name differs from the manifest.
  std::vector<CraftFile> renamed = good;
  renamed[1].name = "other.json";
  EXPECT_FALSE(open(manifest, renamed).ok());

  // A file missing, or one more than listed.
  EXPECT_FALSE(open(manifest, {good[0]}).ok());
  std::vector<CraftFile> extra = good;
  extra.push_back({"x", 1, "x"});
  EXPECT_FALSE(open(manifest, extra).ok());

  // Bytes after the last file, inside the authenticated stream.
  CraftOptions trailing;
  trailing.trailing_payload = "junk";
  EXPECT_FALSE(open(manifest, good, trailing).ok());

  // No final tag.
  CraftOptions no_final;
  no_final.final_tag = false;
  Result<OpenedPack> nf = open(manifest, good, no_final);
  ASSERT_FALSE(nf.ok());
  EXPECT_NE(nf.error().message.find("final"), std::string::npos);

  // Size field claims far more than the pack holds: refused before allocating.
  std::vector<CraftFile> huge = good;
  huge[1].size_field = uint64_t{1} << 40;
  EXPECT_FALSE(open(manifest, huge).ok());

  // Unsafe names, even when signed.
  for (const char* name : {"../escape.txt", "/etc/passwd", "a/../../b", "manifest.json"}) {
    std::vector<CraftFile> bad = {{name, 1, "x"}};
    Result<OpenedPack> u = open(ManifestFor(bad), bad);
    EXPECT_FALSE(u.ok()) << name;
  }

  // Unknown versions.
  CraftOptions v2;
  v2.version = 2;
  Result<OpenedPack> future = open(manifest, good, v2);
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().kind, ErrorKind::kUnsupported);
  Result<OpenedPack> future_manifest = open(ManifestFor(good, 2), good);
  ASSERT_FALSE(future_manifest.ok());
  EXPECT_EQ(future_manifest.error().kind, ErrorKind::kUnsupported);

  // A manifest that is not what the schema says.
  EXPECT_FALSE(open("[]", {}).ok());
  EXPECT_FALSE(open("{not json", {}).ok());
  EXPECT_FALSE(open(R"({"format":"disclose-pack","version":1})", {}).ok());
}

TEST_F(PackTest, BuildRefusesUnsafeAndClashingNames) {
  for (const std::string& name :
       {std::string(""), std::string("../a"), std::string("/abs"), std::string("a/../b"), std::string("a//b"),
        std::string("a\\b"), std::string("manifest.json"), std::string("manifest.sig"), std::string("a/"),
        std::string("./a"), std::string("a/."), std::string("line\nbreak"), std::string("bad\xff utf8"),
        std::string(256, 'n'), std::string("nul\0x", 5)}) {
    EXPECT_FALSE(IsSafePackFileName(name)) << name;
    PackContents c;
    c.bundle_id = "b-4";
    c.files = {{name, "x"}};
    Result<std::string> r = BuildPack(c, keys_.recipient_pk, keys_.signing_sk);
    EXPECT_FALSE(r.ok()) << name;
  }
  EXPECT_TRUE(IsSafePackFileName("documents/visit log (2).pdf"));
  EXPECT_TRUE(IsSafePackFileName("documents/manifest.json"));
  EXPECT_TRUE(IsSafePackFileName("documents/caf\xc3\xa9.pdf"));
  for (const std::vector<PackFile>& files :
       {std::vector<PackFile>{{"a", "1"}, {"a", "2"}}, std::vector<PackFile>{{"a", "1"}, {"a/b", "2"}},
        std::vector<PackFile>{{"a/b/c", "1"}, {"a/b", "2"}}}) {
    PackContents c;
    c.bundle_id = "b-5";
    c.files = files;
    EXPECT_FALSE(BuildPack(c, keys_.recipient_pk, keys_.signing_sk).ok());
  }
}

TEST_F(PackTest, BuildRefusesBadKeysAndIds) {
  PackContents c = SampleContents();
  EXPECT_FALSE(BuildPack(c, keys_.recipient_pk.substr(1), keys_.signing_sk).ok());
  EXPECT_FALSE(BuildPack(c, keys_.recipient_pk, keys_.signing_sk.substr(0, 32)).ok());
  EXPECT_FALSE(BuildPack(c, std::string(32, '\0'), keys_.signing_sk).ok());  // low-order point
  std::string damaged = keys_.signing_sk;
  damaged[50] ^= 1;  // public half no longer matches the seed
  EXPECT_FALSE(BuildPack(c, keys_.recipient_pk, damaged).ok());
  c.bundle_id = "";
  EXPECT_FALSE(BuildPack(c, keys_.recipient_pk, keys_.signing_sk).ok());
}

class WriteOpenedPackTest : public PackTest {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/pack_test.XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    root_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  OpenedPack Opened() {
    Result<std::string> pack = BuildPack(SampleContents(), keys_.recipient_pk, keys_.signing_sk);
    EXPECT_TRUE(pack.ok());
    Result<OpenedPack> opened = OpenPack(*pack, keys_.recipient_sk, keys_.signing_pk);
    EXPECT_TRUE(opened.ok());
    return std::move(*opened);
  }
  fs::path root_;
};

TEST_F(WriteOpenedPackTest, WritesFilesManifestAndSignature) {
  const OpenedPack opened = Opened();
  const fs::path out = root_ / "nested" / "out";
  ASSERT_TRUE(WriteOpenedPack(opened, out).ok());
  for (const PackFile& f : opened.files) {
    EXPECT_EQ(ReadAll(out / f.name), f.bytes) << f.name;
    struct stat st;
    ASSERT_EQ(stat((out / f.name).c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
  }
  const std::string manifest = ReadAll(out / "manifest.json");
  EXPECT_EQ(manifest, opened.manifest_text);
  Result<std::string> sig = DecodeBase64PublicKey(ReadAll(out / "manifest.sig"), KeyKind::kRecipient);
  // manifest.sig is 64 bytes, so it is not a 32-byte key; decode it by hand.
  EXPECT_FALSE(sig.ok());
  unsigned char raw[64];
  size_t raw_len = 0;
  const std::string sig_text = ReadAll(out / "manifest.sig");
  ASSERT_EQ(sodium_base642bin(raw, sizeof raw, sig_text.data(), sig_text.size(), "\n", &raw_len, nullptr,
                              sodium_base64_VARIANT_ORIGINAL),
            0);
  ASSERT_EQ(raw_len, 64u);
  EXPECT_EQ(crypto_sign_verify_detached(raw, U8(manifest), manifest.size(), U8(keys_.signing_pk)), 0);
  // No temporary folder left beside it.
  size_t entries = 0;
  for (const auto& e : fs::directory_iterator(root_ / "nested")) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 1u);
}

TEST_F(WriteOpenedPackTest, AcceptsEmptyFolderRefusesNonEmpty) {
  const OpenedPack opened = Opened();
  const fs::path empty = root_ / "empty";
  fs::create_directory(empty);
  EXPECT_TRUE(WriteOpenedPack(opened, empty).ok());
  EXPECT_TRUE(fs::exists(empty / "schedule.json"));

  const fs::path busy = root_ / "busy";
  fs::create_directory(busy);
  std::ofstream(busy / "keep.txt") << "mine";
  Status s = WriteOpenedPack(opened, busy);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(ReadAll(busy / "keep.txt"), "mine");
  EXPECT_FALSE(fs::exists(busy / "schedule.json"));
}

TEST_F(WriteOpenedPackTest, UnsafeNamesWriteNothing) {
  OpenedPack opened = Opened();
  opened.files.push_back({"../escaped.txt", "x"});
  const fs::path out = root_ / "out";
  ASSERT_FALSE(WriteOpenedPack(opened, out).ok());
  EXPECT_FALSE(fs::exists(out));
  EXPECT_FALSE(fs::exists(root_ / "escaped.txt"));
  size_t entries = 0;
  for (const auto& e : fs::directory_iterator(root_)) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 0u);
}

}  // namespace
}  // namespace disclose::seal
