// Tests for SecretKey: guarded secret bytes.
#include "pipeline/store/secret_key.h"

#include <gtest/gtest.h>

#include <string>

namespace disclose::store {
namespace {

TEST(SecretKeyTest, RandomKeysHaveTheSizeAskedAndDiffer) {
  Result<SecretKey> a = SecretKey::Random();
  Result<SecretKey> b = SecretKey::Random();
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->size(), 32u);
  EXPECT_NE(a->view(), b->view());
  Result<SecretKey> c = SecretKey::Random(64);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->size(), 64u);
}

TEST(SecretKeyTest, FromBytesCopiesAndSurvivesMove) {
  const std::string bytes(32, 'k');
  Result<SecretKey> key = SecretKey::FromBytes(bytes);
  ASSERT_TRUE(key.ok());
  SecretKey moved = std::move(*key);
  EXPECT_EQ(moved.view(), bytes);
  EXPECT_FALSE(SecretKey::FromBytes("").ok());
}

TEST(SecretKeyTest, FromBase64ChecksSizeAndAlphabet) {
  // base64 of 32 bytes 0x00..0x1f
  const std::string b64 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n";
  Result<SecretKey> key = SecretKey::FromBase64(b64, 32, "test key");
  ASSERT_TRUE(key.ok()) << key.error().message;
  for (size_t i = 0; i < 32; ++i) EXPECT_EQ(key->data()[i], i);
  EXPECT_FALSE(SecretKey::FromBase64(b64, 16, "test key").ok());
  EXPECT_FALSE(SecretKey::FromBase64("not base64!!", 0, "test key").ok());
  Result<SecretKey> bad = SecretKey::FromBase64("AAEC*wQF", 0, "test key");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("test key"), std::string::npos);
  EXPECT_EQ(bad.error().message.find("AAEC"), std::string::npos);
}

}  // namespace
}  // namespace disclose::store
