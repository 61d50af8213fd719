// The intake stage: turns a bundle folder (bundle.json + documents) into one
// disclose.intake.v1 record per document, with the bytes encrypted into the store.
//
//   IntakeCore intake(store, {});
//   Result<IntakeResult> r = intake.Submit("samples/bundle-a");
//   publisher.Publish(r->records);   // one transaction: the whole bundle or nothing
//
// Checks: bundle.json is valid and has no unknown fields (else the whole bundle is refused:
// an error naming the folder); each document exists, is within the size limit and is a
// supported type by its content (PDF, TIFF, PNG, JPEG), else it is withheld with a reason
// and a quarantine record is emitted, and the rest of the bundle goes on.
// Ids are derived from the content, so submitting the same bundle twice gives the same ids.
// Thread-safety: Submit may be called from one thread at a time.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/model/record.h"
#include "pipeline/model/result.h"
#include "pipeline/store/store.h"

namespace disclose::intake {

struct IntakeOptions {
  size_t max_document_bytes = 64u << 20;    // 64 MiB per document
  size_t max_bundle_json_bytes = 1u << 20;  // 1 MiB
  size_t max_documents = 10000;
};

struct IntakeResult {
  std::string bundle_id;
  size_t documents = 0;
  size_t withheld = 0;
  std::vector<model::Record> records;  // intake records, then quarantine records
};

// Content sniffing: "application/pdf", "image/tiff", "image/png", "image/jpeg", or "" if unknown.
std::string SniffMediaType(std::string_view head);

class IntakeCore {
 public:
  IntakeCore(store::Store& store, IntakeOptions options);
  // Errors: kInvalidInput naming the folder when bundle.json is missing, too large or invalid;
  // kTransient/kInternal when the store cannot be written.
  Result<IntakeResult> Submit(const std::filesystem::path& bundle_dir);

 private:
  store::Store& store_;
  IntakeOptions options_;
};

}  // namespace disclose::intake
