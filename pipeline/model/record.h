// A record on a disclose topic, and the contract every stage core implements.
//
// Stage cores (stages/<name>/) turn one input record into output records with no Kafka in
// them; the runner (pipeline/kafka) consumes, validates, calls Process, validates and
// produces the outputs in one transaction. The one-shot commands call the same cores.
//
// Every payload shares the envelope fields documented in schemas/README.md:
//   schema, bundle_id, document_id, document_index, document_count, state ("ok"|"withheld"),
//   reason (when withheld). Payloads hold ids, hashes, counts, states and blob references,
//   never document text or identifiers.
// Thread-safety: Record is a value type. A StageCore is used by one thread at a time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/model/result.h"

namespace disclose::model {

using Json = nlohmann::json;

struct Record {
  std::string topic;  // one of topics::k*
  std::string key;    // the bundle id: all records of a bundle share a partition
  Json value;         // the payload; its "schema" field equals topic
};

// Builds a record for `topic` keyed and enveloped like `input` (same bundle and document).
// `value` receives the envelope fields of `input` with schema set to `topic`; stage fields
// are added by the caller.
Record Follow(const Json& input, std::string_view topic);

// Marks a record as withheld (quarantined) with a reason code and one-sentence message.
void Withhold(Json& value, std::string_view stage, std::string_view code, std::string_view message);

// A quarantine record for operators, naming the stage, document and reason.
Record QuarantineRecord(const Json& input, std::string_view stage, std::string_view code,
                        std::string_view message);

bool IsWithheld(const Json& value);

class StageCore {
 public:
  virtual ~StageCore() = default;
  // "intake", "extract", "detect", "redact", "review" or "seal".
  virtual std::string_view Name() const = 0;
  // The topic this stage consumes (empty for intake, which reads bundles from disk).
  virtual std::string_view InputTopic() const = 0;
  // Pre: `input.value` is valid for `input.topic`'s schema. Post: every output record is
  // keyed by the bundle id and valid for its topic's schema. A document that cannot be
  // processed is not an error: it is withheld (quarantine record + withheld record
  // downstream). An Error means the record itself could not be handled: kTransient is
  // retried by the runner, anything else goes to the dead-letter topic.
  virtual Result<std::vector<Record>> Process(const Record& input) = 0;
  // True when Process may be called from several threads at once (the runner's concurrency
  // option refuses a core that does not say so).
  virtual bool ConcurrentProcess() const { return false; }
};

}  // namespace disclose::model
