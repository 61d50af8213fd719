// Test fixtures shared by the stage tests: temporary folders, a store with a test master key,
// synthetic bundle.json text. Not thread-safe; test-only.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "pipeline/store/store.h"

namespace disclose::testing {

inline std::filesystem::path TempFolder(const std::string& name) {
  std::string pattern = (std::filesystem::temp_directory_path() / ("disclose-" + name + "-XXXXXX")).string();
  char* made = mkdtemp(pattern.data());
  EXPECT_NE(made, nullptr);
  return made ? std::filesystem::path(made) : std::filesystem::path();
}

inline void WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

inline std::unique_ptr<store::Store> OpenTestStore(const std::filesystem::path& dir) {
  store::StoreOptions options;
  options.dir = dir;
  auto opened = store::Store::Open(options);
  EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message);
  return opened.ok() ? std::move(*opened) : nullptr;
}

// A synthetic bundle.json listing `documents`; `extra` is spliced in at the top level.
inline std::string BundleJson(const std::vector<std::string>& documents, const std::string& extra = "") {
  std::string list;
  for (const auto& d : documents) list += (list.empty() ? "\"" : ", \"") + d + "\"";
  return R"({)" + extra + R"(
  "request_id": "SAR-2026-000777", "received": "2026-11-02",
  "subject": {"name": "Test Person", "date_of_birth": "1986-07-19", "prison_number": "K4821QT"},
  "recipient": {"name": "Recipient", "public_key": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="},
  "documents": [)" + list + "]}";
}

}  // namespace disclose::testing
