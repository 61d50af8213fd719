// Tests for pack key files (stages/seal/keys.h).
#include "stages/seal/keys.h"

#include <gtest/gtest.h>
#include <sodium.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

namespace disclose::seal {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class KeysTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/keys_test.XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    root_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  fs::path root_;
};

TEST_F(KeysTest, GeneratesOneLineBase64FilesWithOwnerOnlySecret) {
  for (KeyKind kind : {KeyKind::kRecipient, KeyKind::kSigning}) {
    const fs::path prefix = root_ / KeyKindName(kind);
    ASSERT_TRUE(GenerateKeyPair(kind, prefix).ok());
    const std::string pub = ReadAll(prefix.string() + ".pub");
    const std::string key = ReadAll(prefix.string() + ".key");
    EXPECT_TRUE(std::regex_match(pub, std::regex("[A-Za-z0-9+/]{43}=\n"))) << pub;
    const size_t sk_b64 = kind == KeyKind::kSigning ? 88 : 44;
    EXPECT_EQ(key.size(), sk_b64 + 1);
    EXPECT_EQ(key.back(), '\n');
    struct stat st;
    ASSERT_EQ(stat((prefix.string() + ".key").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);

    Result<std::string> raw_pub = ReadPublicKey(prefix.string() + ".pub", kind);
    Result<std::string> raw_key = ReadSecretKey(prefix.string() + ".key", kind);
    ASSERT_TRUE(raw_pub.ok() && raw_key.ok());
    EXPECT_EQ(raw_pub->size(), 32u);
    EXPECT_EQ(raw_key->size(), SecretKeySize(kind));
    Result<std::string> derived = PublicKeyOf(*raw_key, kind);
    ASSERT_TRUE(derived.ok());
    EXPECT_EQ(*derived, *raw_pub);
    Result<store::SecretKey> guarded = ReadSecretKeyGuarded(prefix.string() + ".key", kind);
    ASSERT_TRUE(guarded.ok());
    EXPECT_EQ(guarded->view(), *raw_key);
  }
}

TEST_F(KeysTest, RefusesToOverwrite) {
  const fs::path prefix = root_ / "r";
  ASSERT_TRUE(GenerateKeyPair(KeyKind::kRecipient, prefix).ok());
  const std::string key_before = ReadAll(prefix.string() + ".key");
  Status again = GenerateKeyPair(KeyKind::kRecipient, prefix);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(ReadAll(prefix.string() + ".key"), key_before);

  // Only the .pub exists: still refused, and no .key is left behind.
  const fs::path other = root_ / "other";
  std::ofstream(other.string() + ".pub") << "x\n";
  EXPECT_FALSE(GenerateKeyPair(KeyKind::kSigning, other).ok());
  EXPECT_FALSE(fs::exists(other.string() + ".key"));
  // Missing directory: an error, not a crash.
  EXPECT_FALSE(GenerateKeyPair(KeyKind::kSigning, root_ / "no" / "such" / "dir").ok());
}

TEST_F(KeysTest, RefusesLooseSecretKeyModes) {
  const fs::path prefix = root_ / "s";
  ASSERT_TRUE(GenerateKeyPair(KeyKind::kSigning, prefix).ok());
  const std::string key = prefix.string() + ".key";
  ASSERT_EQ(chmod(key.c_str(), 0644), 0);
  Result<std::string> loose = ReadSecretKey(key, KeyKind::kSigning);
  ASSERT_FALSE(loose.ok());
  EXPECT_NE(loose.error().message.find("0644"), std::string::npos);
  ASSERT_EQ(chmod(key.c_str(), 0600), 0);
  EXPECT_TRUE(ReadSecretKey(key, KeyKind::kSigning).ok());
}

TEST_F(KeysTest, RefusesWrongKindOrDamagedKeys) {
  const fs::path r = root_ / "r";
  const fs::path s = root_ / "s";
  ASSERT_TRUE(GenerateKeyPair(KeyKind::kRecipient, r).ok());
  ASSERT_TRUE(GenerateKeyPair(KeyKind::kSigning, s).ok());
  EXPECT_FALSE(ReadSecretKey(r.string() + ".key", KeyKind::kSigning).ok());   // 32 bytes, not 64
  EXPECT_FALSE(ReadSecretKey(s.string() + ".key", KeyKind::kRecipient).ok()); // 64 bytes, not 32

  // A signing key whose public half was altered.
  Result<std::string> sk = ReadSecretKey(s.string() + ".key", KeyKind::kSigning);
  ASSERT_TRUE(sk.ok());
  std::string damaged = *sk;
  damaged[40] ^= 1;
  const fs::path bad = root_ / "bad.key";
  {
    std::ofstream out(bad);
    out << EncodeBase64(damaged) << "\n";
  }
  ASSERT_EQ(chmod(bad.c_str(), 0600), 0);
  Result<std::string> read_bad = ReadSecretKey(bad, KeyKind::kSigning);
  ASSERT_FALSE(read_bad.ok());
  EXPECT_NE(read_bad.error().message.find("bad.key"), std::string::npos);

  EXPECT_FALSE(ReadPublicKey(root_ / "missing.pub", KeyKind::kRecipient).ok());
}

TEST_F(KeysTest, DecodesBase64PublicKeysStrictly) {
  unsigned char pk[32], sk[64];
  crypto_sign_keypair(pk, sk);
  const std::string b64 = EncodeBase64(std::string(reinterpret_cast<char*>(pk), 32));
  Result<std::string> ok = DecodeBase64PublicKey("  " + b64 + "\n", KeyKind::kSigning);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, std::string(reinterpret_cast<char*>(pk), 32));
  EXPECT_FALSE(DecodeBase64PublicKey("", KeyKind::kRecipient).ok());
  EXPECT_FALSE(DecodeBase64PublicKey(b64.substr(0, 40), KeyKind::kRecipient).ok());
  EXPECT_FALSE(DecodeBase64PublicKey(EncodeBase64(std::string(33, 'a')), KeyKind::kRecipient).ok());
  EXPECT_FALSE(DecodeBase64PublicKey(EncodeBase64(std::string(32, '\0')), KeyKind::kRecipient).ok());
  EXPECT_FALSE(DecodeBase64PublicKey("%%%%" + b64.substr(4), KeyKind::kRecipient).ok());
  // URL-safe alphabet is not the format.
  const std::string std_b64 = EncodeBase64(std::string(32, '\xfb'));  // "+/v7..."
  ASSERT_TRUE(DecodeBase64PublicKey(std_b64, KeyKind::kRecipient).ok());
  std::string url = std_b64;
  for (char& c : url) c = c == '+' ? '-' : c == '/' ? '_' : c;
  ASSERT_NE(url, std_b64);
  EXPECT_FALSE(DecodeBase64PublicKey(url, KeyKind::kRecipient).ok());
}

}  // namespace
}  // namespace disclose::seal
