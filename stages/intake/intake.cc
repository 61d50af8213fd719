// Intake: validate, sniff, hash and store a bundle's documents.
#include "stages/intake/intake.h"

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>

#include "pipeline/model/bundle.h"
#include "pipeline/model/digest.h"
#include "pipeline/model/topics.h"

namespace disclose::intake {

namespace fs = std::filesystem;
using model::Json;

namespace {

constexpr const char* kStage = "intake";

// Reads at most `limit` bytes; sets *too_big when the file is larger.
Result<std::string> ReadFile(const fs::path& path, size_t limit, bool* too_big) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) return NotFound("cannot read " + path.filename().string() + ": " + ec.message());
  *too_big = size > limit;
  if (*too_big) return std::string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open " + path.filename().string());
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<size_t>(in.gcount()) != size) return Transient("short read on " + path.filename().string());
  return bytes;
}

bool Supported(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  static const std::set<std::string> kExt = {".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"};
  return kExt.count(ext) > 0;
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::string SniffMediaType(std::string_view head) {
  if (head.starts_with("\x89PNG\r\n\x1a\n")) return "image/png";
  if (head.starts_with("\xff\xd8\xff")) return "image/jpeg";
  if (head.starts_with(std::string_view("II*\0", 4)) || head.starts_with(std::string_view("MM\0*", 4))) {
    return "image/tiff";
  }
  // PDF readers accept the header anywhere in the first 1024 bytes.
  if (head.substr(0, 1024).find("%PDF-") != std::string_view::npos) return "application/pdf";
  return "";
}

IntakeCore::IntakeCore(store::Store& store, IntakeOptions options) : store_(store), options_(options) {}

Result<IntakeResult> IntakeCore::Submit(const fs::path& bundle_dir) {
  const std::string folder = bundle_dir.filename().empty() ? bundle_dir.parent_path().filename().string()
                                                           : bundle_dir.filename().string();
  bool too_big = false;
  auto json_text = ReadFile(bundle_dir / "bundle.json", options_.max_bundle_json_bytes, &too_big);
  if (!json_text.ok()) return InvalidInput("bundle " + folder + " has no readable bundle.json");
  if (too_big) return InvalidInput("bundle " + folder + " has a bundle.json larger than the limit");
  auto spec = model::ParseBundle(*json_text, "bundle " + folder + ": bundle.json");
  if (!spec.ok()) return spec.error();

  // The document list: as given, or every supported file in the folder, sorted by name.
  std::vector<std::string> names = spec->documents;
  if (names.empty()) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(bundle_dir, ec)) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file() && !name.starts_with(".") && Supported(entry.path())) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
  }
  if (names.empty()) return InvalidInput("bundle " + folder + " contains no documents");
  if (names.size() > options_.max_documents) return InvalidInput("bundle " + folder + " has too many documents");
  spec->documents = names;

  struct Doc {
    std::string bytes, sha256, media_type, code, message;
  };
  std::vector<Doc> docs(names.size());
  std::string id_material = *json_text;
  for (size_t i = 0; i < names.size(); ++i) {
    Doc& d = docs[i];
    // Folder names are chosen by officers and may name the subject: reasons travel on Kafka, so
    // they name the document by its position only (the record carries the bundle id).
    const std::string label = "Document " + std::to_string(i + 1) + " of " + std::to_string(names.size());
    auto bytes = ReadFile(bundle_dir / names[i], options_.max_document_bytes, &too_big);
    if (!bytes.ok()) {
      d.code = "missing";
      d.message = label + " is listed in bundle.json but could not be read.";
    } else if (too_big) {
      d.code = "too_large";
      d.message = label + " is larger than the " + std::to_string(options_.max_document_bytes >> 20) +
                  " MiB limit.";
    } else {
      d.bytes = std::move(*bytes);
      d.sha256 = model::Sha256Hex(d.bytes);
      d.media_type = SniffMediaType(std::string_view(d.bytes).substr(0, 1024));
      if (d.media_type.empty()) {
        d.code = "unsupported_type";
        d.message = label + " is not a PDF, TIFF, PNG or JPEG file by its content.";
      }
    }
    id_material += "\n" + std::to_string(i) + ":" + d.sha256;
  }

  IntakeResult result;
  result.bundle_id = "b-" + model::Sha256Hex(id_material).substr(0, 24);
  result.documents = names.size();
  if (Status s = store_.CreateBundle(result.bundle_id); !s.ok()) return s.error();
  auto bundle_blob = store_.Put(result.bundle_id, "bundle", model::SerializeBundle(*spec));
  if (!bundle_blob.ok()) return bundle_blob.error();

  const int64_t now = NowMs();
  std::vector<model::Record> quarantined;
  for (size_t i = 0; i < names.size(); ++i) {
    Doc& d = docs[i];
    char index[24];
    std::snprintf(index, sizeof(index), "%04zu", i);
    Json value = {{"schema", topics::kIntake},
                  {"bundle_id", result.bundle_id},
                  {"document_id", "d-" + result.bundle_id.substr(2) + "-" + index},
                  {"document_index", i},
                  {"document_count", names.size()},
                  {"state", "ok"},
                  {"bundle_blob", *bundle_blob},
                  {"submitted_at", now}};
    if (d.code.empty()) {
      auto source = store_.Put(result.bundle_id, "source", d.bytes);
      if (!source.ok()) return source.error();
      value["media_type"] = d.media_type;
      value["size_bytes"] = d.bytes.size();
      value["sha256"] = d.sha256;
      value["source_blob"] = *source;
    } else {
      model::Withhold(value, kStage, d.code, d.message);
      quarantined.push_back(model::QuarantineRecord(value, kStage, d.code, d.message));
      ++result.withheld;
    }
    result.records.push_back({std::string(topics::kIntake), result.bundle_id, std::move(value)});
  }
  for (auto& q : quarantined) result.records.push_back(std::move(q));
  return result;
}

}  // namespace disclose::intake
