// The redact stage: disclose.detected.v1 -> disclose.redacted.v1 (or quarantine).
// Removes the glyphs under every finding's boxes from the PDF's content streams, and all
// hidden text (invisible, white, clipped, off-page, tiny, hidden layers) on every page; blanks
// image pixels under the boxes; draws filled boxes, strips metadata, then verifies the output
// before anything is released (pdf::Verify): the redacted PDF is extracted afresh and searched
// raw (strings, names, every stream decompressed) and must contain none of the redacted strings
// (compared with whitespace removed and case folded), no hidden text, and a page with findings
// must have no glyphs whose Unicode is unknown. A document that fails is withheld (fail
// closed, DESIGN promise 4). Redaction and verification run in one limited worker process
// (pipeline/pdf/worker.h); pass pdf::IsolationOptions::SelfExec() from `disclose`.
// Thread-safety: Process may run concurrently when ConcurrentProcess() says so.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/record.h"
#include "pipeline/pdf/pdf.h"
#include "pipeline/pdf/worker.h"
#include "pipeline/store/store.h"

namespace disclose::redact {

struct RedactOutcome {
  std::string pdf;           // the redacted file
  pdf::RedactStats stats;
  int redactions = 0;        // findings applied
};

// Redacts `source` per `findings` (the detect stage's findings JSON) and verifies the result.
// Errors: kInvalidInput/kUnsupported when the PDF cannot be redacted; kInvalidInput with a
// message starting "verification failed" when redacted text survives. `document_id` names the
// document in messages.
Result<RedactOutcome> RedactAndVerify(std::string_view source, const model::Json& findings,
                                      const std::string& document_id, const pdf::Limits& limits = {},
                                      const pdf::IsolationOptions& isolation = {});

class RedactCore : public model::StageCore {
 public:
  RedactCore(store::Store& store, pdf::Limits limits = {}, pdf::IsolationOptions isolation = {});
  std::string_view Name() const override { return "redact"; }
  std::string_view InputTopic() const override;
  Result<std::vector<model::Record>> Process(const model::Record& input) override;
  // Concurrent calls are safe when parsing runs in exec'd workers (a plain fork of a threaded
  // process may not run PDF code in the child).
  bool ConcurrentProcess() const override { return !isolation_.worker_executable.empty(); }

 private:
  store::Store& store_;
  pdf::Limits limits_;
  pdf::IsolationOptions isolation_;
};

}  // namespace disclose::redact
