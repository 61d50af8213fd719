// The seal stage: disclose.approved.v1 -> a disclosure pack in the outbox + disclose.sealed.v1.
// Collects a bundle's documents (all records of a bundle share a partition, so one instance
// sees them all); once every document has arrived, released or withheld, it builds the pack:
// the redacted PDFs under documents/, schedule.json (each redaction's page, category,
// exemption, rule and who decided; each withheld document and why), signed with the
// organisation's Ed25519 key and encrypted to the recipient's X25519 key (pack.h), written
// atomically as OUTBOX/<bundle_id>.pack.
// Progress survives restarts: each arrival is a small file of ids and blob references under
// state_dir/<bundle_id>/ (no personal data), rewritten idempotently on replay.
// Thread-safety: one Process call at a time per instance.
#pragma once

#include <filesystem>
#include <string>

#include "pipeline/model/record.h"
#include "pipeline/store/store.h"

namespace disclose::seal {

struct SealOptions {
  std::filesystem::path outbox = "out";
  std::filesystem::path state_dir = "var/seal";
  std::string signing_secret_key;  // raw 64-byte Ed25519 secret key
};

class SealCore : public model::StageCore {
 public:
  SealCore(store::Store& store, SealOptions options);
  std::string_view Name() const override { return "seal"; }
  std::string_view InputTopic() const override;
  Result<std::vector<model::Record>> Process(const model::Record& input) override;

 private:
  Result<model::Record> Seal(const std::string& bundle_id, const std::vector<model::Json>& documents);

  store::Store& store_;
  SealOptions options_;
};

}  // namespace disclose::seal
