// Tests for the encrypted blob store (pipeline/store/store.h): round trips, idempotent
// content addressing, authentication of every blob, crypto-erasure, master key handling,
// several instances and threads on one directory, and no plaintext on disk.
#include "pipeline/store/store.h"

#include <gtest/gtest.h>
#include <sodium.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <thread>
#include <vector>

namespace disclose::store {
namespace {

namespace fs = std::filesystem;

constexpr char kBundleA[] = "b-0123456789abcdef01234567";
constexpr char kBundleB[] = "b-fedcba9876543210fedcba98";
// Synthetic personal data; never a real person.
constexpr char kSecretText[] = "Subject: Zebedee Quartermain-Fictitious, DOB 1901-02-03, prison number Z9999ZZ";

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void WriteAll(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::vector<fs::path> RegularFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  return files;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    unsetenv(kMasterKeyEnv);
    char tmpl[] = "/tmp/store_test.XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    root_ = tmpl;
    options_.dir = root_ / "store";
    options_.sync_writes = false;
  }
  void TearDown() override {
    unsetenv(kMasterKeyEnv);
    std::error_code ec;
    fs::remove_all(root_, ec);
  }

  std::unique_ptr<Store> OpenStore() {
    Result<std::unique_ptr<Store>> s = Store::Open(options_);
    EXPECT_TRUE(s.ok()) << s.error().message;
    return s.ok() ? std::move(*s) : nullptr;
  }

  fs::path BlobPath(std::string_view bundle, std::string_view ref) {
    std::string_view kind = BlobRefKind(ref);
    std::string_view hex = ref.substr(5 + kind.size() + 1);
    return options_.dir / "bundles" / std::string(bundle) / "blobs" / std::string(kind) / std::string(hex);
  }

  fs::path root_;
  StoreOptions options_;
};

TEST_F(StoreTest, RoundTrip) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->CreateBundle(kBundleA).ok());
  EXPECT_TRUE(store->HasBundle(kBundleA));
  Result<std::string> ref = store->Put(kBundleA, "source", kSecretText);
  ASSERT_TRUE(ref.ok()) << ref.error().message;
  EXPECT_TRUE(std::regex_match(*ref, std::regex("blob:source:[0-9a-f]{64}"))) << *ref;
  Result<std::string> back = store->Get(kBundleA, *ref);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(*back, kSecretText);

  // Empty and binary blobs too.
  std::string binary;
  for (int i = 0; i < 70000; ++i) binary.push_back(static_cast<char>(i * 7));
  for (const std::string& content : {std::string(), binary}) {
    Result<std::string> r = store->Put(kBundleA, "text", content);
    ASSERT_TRUE(r.ok());
    Result<std::string> g = store->Get(kBundleA, *r);
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(*g, content);
  }
  EXPECT_EQ(store->ListBundles(), std::vector<std::string>{kBundleA});
}

TEST_F(StoreTest, StoreDirectoryAndFilesArePrivate) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->CreateBundle(kBundleA).ok());
  ASSERT_TRUE(store->Put(kBundleA, "source", kSecretText).ok());
  EXPECT_EQ(fs::status(options_.dir).permissions() & fs::perms::all, fs::perms::owner_all);
  for (const fs::path& f : RegularFiles(options_.dir)) {
    EXPECT_EQ(fs::status(f).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write) << f;
  }
}

TEST_F(StoreTest, SameContentGivesSameRefAndWritesNothingNew) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->CreateBundle(kBundleA).ok());
  Result<std::string> first = store->Put(kBundleA, "text", kSecretText);
  ASSERT_TRUE(first.ok());
  const auto files_before = RegularFiles(options_.dir);
  const std::string blob_before = ReadAll(BlobPath(kBundleA, *first));
  struct stat st_before;
  ASSERT_EQ(stat(BlobPath(kBundleA, *first).c_str(), &st_before), 0);

  Result<std::string> second = store->Put(kBundleA, "text", kSecretText);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*first, *second);
  EXPECT_EQ(RegularFiles(options_.dir).size(), files_before.size());
  struct stat st_after;
  ASSERT_EQ(stat(BlobPath(kBundleA, *first).c_str(), &st_after), 0);
  EXPECT_EQ(st_before.st_ino, st_after.st_ino);  // not rewritten
  EXPECT_EQ(ReadAll(BlobPath(kBundleA, *first)), blob_before);

  // Different content or kind: a different ref.
  Result<std::string> other = store->Put(kBundleA, "text", std::string(kSecretText) + ".");
  ASSERT_TRUE(other.ok());
  EXPECT_NE(*other, *first);
  Result<std::string> other_kind = store->Put(kBundleA, "findings", kSecretText);
  ASSERT_TRUE(other_kind.ok());
  EXPECT_NE(*other_kind, *first);
}

TEST_F(StoreTest, RefsAreKeyedPerBundle) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->CreateBundle(kBundleA).ok() && store->CreateBundle(kBundleB).ok());
  Result<std::string> a = store->Put(kBundleA, "text", kSecretText);
  Result<std::string> b = store->Put(kBundleB, "text", kSecretText);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(*a, *b);  // equal content in two bundles cannot be linked by its ref
  // Nor is the ref a plain hash of the content.
  unsigned char plain[32];
  crypto_generichash(plain, sizeof plain, reinterpret_cast<const unsigned char*>(kSecretText), sizeof kSecretText - 1,
                     nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, plain, sizeof plain);
  EXPECT_EQ(a->find(hex), std::string::npos);
}

TEST_F(StoreTest, WrongBundleOrMovedBlobFails) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->CreateBundle(kBundleA).ok() && store->CreateBundle(kBundleB).ok());
  Result<std::string> ref = store->Put(kBundleA, "text", kSecretText);
  Result<std::string> ref2 = store->Put(kBundleA, "text", "another synthetic note");
  ASSERT_TRUE(ref.ok() && ref2.ok());

  // Asking the other bundle for it: not there.
  Result<std::string> wrong_bundle = store->Get(kBundleB, *ref);
  ASSERT_FALSE(wrong_bundle.ok());
  EXPECT_EQ(wrong_bundle.error().kind, ErrorKind::kNotFound);

  // Copying the file into the other bundle: its key id is not that bundle's.
  fs::create_directories(BlobPath(kBundleB, *ref).parent_path());
  fs::copy_file(BlobPath(kBundleA, *ref), BlobPath(kBundleB, *ref));
  Result<std::string> copied = store->Get(kBundleB, *ref);
  ASSERT_FALSE(copied.ok());
  // Even with bundle B's key id forged into its header, it fails authentication.
  Result<std::string> b_ref = store->Put(kBundleB, "text", "a blob of bundle b");
  ASSERT_TRUE(b_ref.ok());
  std::string forged = ReadAll(BlobPath(kBundleA, *ref));
  forged.replace(4, 16, ReadAll(BlobPath(kBundleB, *b_ref)).substr(4, 16));
  WriteAll(BlobPath(kBundleB, *ref), forged);
  Result<std::string> forged_get = store->Get(kBundleB, *ref);
  ASSERT_FALSE(forged_get.ok());
  EXPECT_EQ(forged_get.error().kind, ErrorKind::kInvalidInput);

  // Swapping two blobs of one bundle: the AAD binds the ref.
  WriteAll(BlobPath(kBundleA, *ref2), ReadAll(BlobPath(kBundleA, *ref)));
  Result<std::string> swapped = store->Get(kBundleA, *ref2);
  ASSERT_FALSE(swapped.ok());
  EXPECT_EQ(swapped.error().kind, ErrorKind::kInvalidInput);

  // Same hash under another kind: no such blob.
  std::string as_findings = "blob:findings:" + ref->substr(std::string("blob:text:").size());
  Result<std::string> other_kind = store->Get(kBundleA, as_findings);
  ASSERT_FALSE(other_kind.ok());
  EXPECT_EQ(other_kind.error().kind, ErrorKind::kNotFound);
}

TEST_F(StoreTest, AnyFlippedByteFailsAuthentication) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->CreateBundle(kBundleA).ok());
  Result<std::string> ref = store->Put(kBundleA, "text", kSecretText);
  ASSERT_TRUE(ref.ok());
  const fs::path path = BlobPath(kBundleA, *ref);
  const std::string original = ReadAll(path);
  for (size_t i = 0; i < original.size(); ++i) {
    std::string tampered = original;
    tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
    WriteAll(path, tampered);
    Result<std::string> got = store->Get(kBundleA, *ref);
    EXPECT_FALSE(got.ok()) << "byte " << i;
    if (!got.ok()) {
      EXPECT_EQ(got.error().message.find("Quartermain"), std::string::npos);
    }
  }
  WriteAll(path, original.substr(0, original.size() - 1));
  EXPECT_FALSE(store->Get(kBundleA, *ref).ok());
  WriteAll(path, original);
  EXPECT_TRUE(store->Get(kBundleA, *ref).ok());
}

TEST_F(StoreTest, TamperedWrappedKeyFails) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->CreateBundle(kBundleA).ok());
  Result<std::string> ref = store->Put(kBundleA, "text", kSecretText);
  ASSERT_TRUE(ref.ok());
  const fs::path key = options_.dir / "bundles" / kBundleA / "key.wrapped";
  std::string wrapped = ReadAll(key);
  wrapped[wrapped.size() - 3] ^= 0x40;
  fs::remove(key);  // a new inode, so the cached key is dropped
  WriteAll(key, wrapped);
  Result<std::string> got = store->Get(kBundleA, *ref);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(got.error().message.find(kBundleA), std::string::npos);
}

TEST_F(StoreTest, RejectsBadIdsKindsAndRefs) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->CreateBundle(kBundleA).ok());
  for (const char* id : {"", "b-", "../b-0123456789abcdef01234567", "b-0123456789ABCDEF01234567",
                         "b-0123456789abcdef0123456", "b-0123456789abcdef012345678", "b-0123456789abcdef0123456/",
                         "x-0123456789abcdef01234567"}) {
    EXPECT_FALSE(IsValidBundleId(id)) << id;
    Status s = store->CreateBundle(id);
    ASSERT_FALSE(s.ok()) << id;
    EXPECT_EQ(s.error().kind, ErrorKind::kInvalidInput);
    EXPECT_FALSE(store->Put(id, "text", "x").ok());
    EXPECT_FALSE(store->HasBundle(id));
  }
  for (const char* kind : {"", "Text", "../x", "a/b", "text.", "1text", "a-b", "abcdefghijklmnopqrstuvwxyzabcdefg"}) {
    Result<std::string> r = store->Put(kBundleA, kind, "x");
    ASSERT_FALSE(r.ok()) << kind;
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalidInput);
  }
  const std::string hex(64, 'a');
  for (const std::string& ref : {std::string("blob:text:") + hex.substr(1), std::string("blob:text:../") + hex,
                                 std::string("blob:../:") + hex, std::string("blob:text:") + std::string(64, 'A'),
                                 std::string("blob::") + hex, std::string("text:") + hex, std::string("blob:text:") + hex + "/"}) {
    EXPECT_FALSE(IsValidBlobRef(ref)) << ref;
    Result<std::string> r = store->Get(kBundleA, ref);
    ASSERT_FALSE(r.ok()) << ref;
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalidInput);
  }
  EXPECT_TRUE(IsValidBlobRef("blob:redacted_pdf:" + hex));
}

TEST_F(StoreTest, PutIntoMissingBundleIsNotFound) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  Result<std::string> r = store->Put(kBundleA, "text", kSecretText);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kNotFound);
  EXPECT_NE(r.error().message.find(kBundleA), std::string::npos);
  EXPECT_FALSE(store->HasBundle(kBundleA));
}

TEST_F(StoreTest, EraseMakesGetFailEverywhere) {
  auto store = OpenStore();
  auto other = OpenStore();  // a second process's view, with the key already cached
  ASSERT_TRUE(store && other && store->CreateBundle(kBundleA).ok() && store->CreateBundle(kBundleB).ok());
  Result<std::string> ref = store->Put(kBundleA, "text", kSecretText);
  Result<std::string> keep = store->Put(kBundleB, "text", kSecretText);
  ASSERT_TRUE(ref.ok() && keep.ok());
  ASSERT_TRUE(other->Get(kBundleA, *ref).ok());

  ASSERT_TRUE(store->EraseBundle(kBundleA).ok());
  for (Store* s : {store.get(), other.get()}) {
    Result<std::string> got = s->Get(kBundleA, *ref);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().kind, ErrorKind::kNotFound);
    EXPECT_FALSE(s->HasBundle(kBundleA));
    EXPECT_FALSE(s->Put(kBundleA, "text", "more").ok());
  }
  EXPECT_FALSE(fs::exists(options_.dir / "bundles" / kBundleA));
  EXPECT_EQ(store->ListBundles(), std::vector<std::string>{kBundleB});
  EXPECT_TRUE(store->Get(kBundleB, *keep).ok());  // other bundles untouched

  Status again = store->EraseBundle(kBundleA);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::kNotFound);
}

TEST_F(StoreTest, RecreatedBundleGetsNewKeyAndReplacesLeftovers) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->CreateBundle(kBundleA).ok());
  Result<std::string> old_ref = store->Put(kBundleA, "text", kSecretText);
  ASSERT_TRUE(old_ref.ok());
  const std::string old_blob = ReadAll(BlobPath(kBundleA, *old_ref));
  // Simulate a crash after the key was deleted but before the blobs were.
  fs::remove(options_.dir / "bundles" / kBundleA / "key.wrapped");
  ASSERT_TRUE(store->CreateBundle(kBundleA).ok());
  Result<std::string> new_ref = store->Put(kBundleA, "text", kSecretText);
  ASSERT_TRUE(new_ref.ok());
  EXPECT_NE(*new_ref, *old_ref);
  Result<std::string> got = store->Get(kBundleA, *new_ref);
  ASSERT_TRUE(got.ok()) << got.error().message;
  EXPECT_EQ(*got, kSecretText);
  EXPECT_FALSE(store->Get(kBundleA, *old_ref).ok());
  // A leftover at the very same path (same ref) is replaced, not taken as a replay.
  WriteAll(BlobPath(kBundleA, *new_ref), old_blob);
  ASSERT_TRUE(store->Put(kBundleA, "text", kSecretText).ok());
  EXPECT_TRUE(store->Get(kBundleA, *new_ref).ok());
}

TEST_F(StoreTest, MasterKeyFileIsCreatedOwnerOnlyAndLooseModesAreRefused) {
  { ASSERT_TRUE(OpenStore()); }
  const fs::path key = options_.dir / "master.key";
  struct stat st;
  ASSERT_EQ(stat(key.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(st.st_size, 32);

  for (mode_t mode : {0644, 0640, 0604, 0660, 0606}) {
    ASSERT_EQ(chmod(key.c_str(), mode), 0);
    Result<std::unique_ptr<Store>> s = Store::Open(options_);
    ASSERT_FALSE(s.ok()) << std::oct << mode;
    EXPECT_EQ(s.error().kind, ErrorKind::kInvalidInput);
    EXPECT_NE(s.error().message.find("master.key"), std::string::npos);
  }
  ASSERT_EQ(chmod(key.c_str(), 0400), 0);
  EXPECT_TRUE(Store::Open(options_).ok());
  ASSERT_EQ(chmod(key.c_str(), 0600), 0);

  WriteAll(key, std::string(31, 'k'));
  Result<std::unique_ptr<Store>> short_key = Store::Open(options_);
  ASSERT_FALSE(short_key.ok());
  EXPECT_EQ(short_key.error().kind, ErrorKind::kInvalidInput);
}

TEST_F(StoreTest, MissingMasterKeyIsNotCreatedWhenForbidden) {
  options_.create_master_key = false;
  Result<std::unique_ptr<Store>> s = Store::Open(options_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind, ErrorKind::kNotFound);
  EXPECT_FALSE(fs::exists(options_.dir / "master.key"));
}

TEST_F(StoreTest, EnvironmentMasterKeyWinsAndWrongMasterKeyCannotUnwrap) {
  // base64 of 32 bytes 0x00..0x1f
  setenv(kMasterKeyEnv, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", 1);
  auto store = OpenStore();
  ASSERT_TRUE(store && store->CreateBundle(kBundleA).ok());
  EXPECT_FALSE(fs::exists(options_.dir / "master.key"));
  Result<std::string> ref = store->Put(kBundleA, "text", kSecretText);
  ASSERT_TRUE(ref.ok());

  // Same key from the environment: readable by another instance.
  ASSERT_TRUE(OpenStore()->Get(kBundleA, *ref).ok());

  // Another master key (here a fresh master.key file): the bundle key does not unwrap.
  unsetenv(kMasterKeyEnv);
  auto wrong = OpenStore();
  ASSERT_TRUE(wrong);
  Result<std::string> got = wrong->Get(kBundleA, *ref);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.error().kind, ErrorKind::kInvalidInput);

  setenv(kMasterKeyEnv, "not-base64", 1);
  Result<std::unique_ptr<Store>> bad = Store::Open(options_);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find(kMasterKeyEnv), std::string::npos);
  EXPECT_EQ(bad.error().message.find("not-base64"), std::string::npos);
  setenv(kMasterKeyEnv, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd", 1);  // 30 bytes
  EXPECT_FALSE(Store::Open(options_).ok());
}

TEST_F(StoreTest, TwoInstancesOnOneDirectorySeeEachOthersBlobs) {
  auto a = OpenStore();
  auto b = OpenStore();
  ASSERT_TRUE(a && b);
  ASSERT_TRUE(a->CreateBundle(kBundleA).ok());
  ASSERT_TRUE(b->HasBundle(kBundleA));
  const std::string key_before = ReadAll(options_.dir / "bundles" / kBundleA / "key.wrapped");
  ASSERT_TRUE(b->CreateBundle(kBundleA).ok());  // idempotent: keeps the key
  EXPECT_EQ(ReadAll(options_.dir / "bundles" / kBundleA / "key.wrapped"), key_before);

  Result<std::string> from_a = a->Put(kBundleA, "text", kSecretText);
  Result<std::string> from_b = b->Put(kBundleA, "findings", "synthetic findings list");
  ASSERT_TRUE(from_a.ok() && from_b.ok());
  Result<std::string> b_reads = b->Get(kBundleA, *from_a);
  Result<std::string> a_reads = a->Get(kBundleA, *from_b);
  ASSERT_TRUE(b_reads.ok() && a_reads.ok());
  EXPECT_EQ(*b_reads, kSecretText);
  EXPECT_EQ(*a_reads, "synthetic findings list");
  // Same content from either instance: same ref.
  Result<std::string> again = b->Put(kBundleA, "text", kSecretText);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *from_a);
}

TEST_F(StoreTest, ConcurrentCreatorsAgreeOnOneKey) {
  constexpr int kThreads = 8;
  std::vector<std::unique_ptr<Store>> stores;
  for (int i = 0; i < kThreads; ++i) stores.push_back(OpenStore());
  std::vector<std::string> refs(kThreads);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      if (!stores[i]->CreateBundle(kBundleA).ok()) ++failures;
      Result<std::string> r = stores[i]->Put(kBundleA, "text", "note " + std::to_string(i));
      if (r.ok()) refs[i] = *r; else ++failures;
    });
  }
  for (auto& t : threads) t.join();
  ASSERT_EQ(failures.load(), 0);
  for (int i = 0; i < kThreads; ++i) {
    for (int j = 0; j < kThreads; ++j) {
      Result<std::string> got = stores[j]->Get(kBundleA, refs[i]);
      ASSERT_TRUE(got.ok()) << i << " via " << j << ": " << got.error().message;
      EXPECT_EQ(*got, "note " + std::to_string(i));
    }
  }
}

TEST_F(StoreTest, ManyThreadsShareOneStore) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  const std::vector<std::string> bundles = {kBundleA, kBundleB, "b-00000000000000000000000c"};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        const std::string& bundle = bundles[(t + i) % bundles.size()];
        if (!store->CreateBundle(bundle).ok()) { ++failures; continue; }
        const std::string content = "synthetic " + std::to_string(i % 10);
        Result<std::string> r = store->Put(bundle, "text", content);
        if (!r.ok()) { ++failures; continue; }
        Result<std::string> g = store->Get(bundle, *r);
        if (!g.ok() || *g != content) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(store->ListBundles().size(), 3u);
}

TEST_F(StoreTest, NoPlaintextOnDisk) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->CreateBundle(kBundleA).ok());
  std::string big;
  while (big.size() < 200000) big += kSecretText;
  ASSERT_TRUE(store->Put(kBundleA, "source", kSecretText).ok());
  ASSERT_TRUE(store->Put(kBundleA, "text", big).ok());
  ASSERT_TRUE(store->Put(kBundleA, "subject", "Zebedee Quartermain-Fictitious").ok());
  for (const fs::path& f : RegularFiles(options_.dir)) {
    const std::string bytes = ReadAll(f);
    EXPECT_EQ(bytes.find("Quartermain"), std::string::npos) << f;
    EXPECT_EQ(bytes.find("Z9999ZZ"), std::string::npos) << f;
  }
  // No temporary files left behind either.
  for (const fs::path& f : RegularFiles(options_.dir)) {
    EXPECT_NE(f.filename().string().rfind(".tmp-", 0), 0u) << f;
  }
}

TEST_F(StoreTest, DurableWritesRoundTrip) {
  options_.sync_writes = true;
  auto store = OpenStore();
  ASSERT_TRUE(store && store->CreateBundle(kBundleA).ok());
  Result<std::string> ref = store->Put(kBundleA, "text", kSecretText);
  ASSERT_TRUE(ref.ok());
  EXPECT_EQ(*store->Get(kBundleA, *ref), kSecretText);
  EXPECT_TRUE(store->EraseBundle(kBundleA).ok());
}

}  // namespace
}  // namespace disclose::store
