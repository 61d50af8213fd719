// BundleGather: per-bundle arrival files and the completion marker (see gather.h).
#include "pipeline/store/gather.h"

#include <cstdio>
#include <fstream>

#include "pipeline/store/durable_file.h"

namespace disclose::store {

namespace fs = std::filesystem;
using model::Json;

namespace {

Status WriteState(const fs::path& path, const std::string& bytes, const std::string& what) {
  if (Status s = MakePrivateDirectories(path.parent_path(), what); !s.ok()) return s;
  auto written = WriteFileAtomic(path, bytes, 0600, Publish::kReplace, /*sync=*/true, what);
  if (!written.ok()) return written.error();
  return Status::Ok();
}

std::string ArrivalName(int index) {
  char name[24];
  std::snprintf(name, sizeof(name), "%04d.json", index);
  return name;
}

}  // namespace

BundleGather::BundleGather(fs::path dir, std::string what, std::string marker)
    : dir_(std::move(dir)), what_(std::move(what)), marker_(std::move(marker)) {}

Result<std::optional<std::vector<Json>>> BundleGather::Arrive(const std::string& bundle_id, int index, int count,
                                                              const Json& record) const {
  if (count < 1 || index < 0 || index >= count) {
    return InvalidInput("document index " + std::to_string(index) + " of " + std::to_string(count) + " in bundle " +
                        bundle_id + " is out of range");
  }
  const fs::path dir = dir_ / bundle_id;
  if (Status s = WriteState(dir / ArrivalName(index), record.dump(), what_ + " of bundle " + bundle_id); !s.ok()) {
    return s.error();
  }
  std::vector<Json> records;
  records.reserve(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    std::ifstream file(dir / ArrivalName(i));
    if (!file) return std::optional<std::vector<Json>>();  // not complete yet
    Json doc = Json::parse(file, nullptr, false);
    if (doc.is_discarded()) return Internal(what_ + " of bundle " + bundle_id + " is damaged");
    records.push_back(std::move(doc));
  }
  const fs::path marker = dir / marker_;
  if (std::ifstream existing(marker); existing) {
    Json m = Json::parse(existing, nullptr, false);
    if (!m.is_object() || !m.contains("document_index") || !m["document_index"].is_number_integer()) {
      return Internal(what_ + " of bundle " + bundle_id + " has a damaged completion marker");
    }
    if (m["document_index"].get<int>() != index) return std::optional<std::vector<Json>>();
  } else if (Status s = WriteState(marker, Json{{"document_index", index}}.dump(), what_ + " of bundle " + bundle_id);
             !s.ok()) {
    return s.error();
  }
  return std::optional<std::vector<Json>>(std::move(records));
}

}  // namespace disclose::store
