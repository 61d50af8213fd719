// The extract stage: disclose.intake.v1 -> disclose.extracted.v1.
// Reads the document from the store, extracts every page's glyphs with positions and the
// reading-order text (PDFs via the PoDoFo adapter), and stores the result encrypted as a
// "text" blob (pipeline/pdf/layout_json.h). A document that cannot be read is withheld with
// a one-sentence reason and a quarantine record; the stage carries on. Parsing runs in a
// limited worker process (pipeline/pdf/worker.h), so a crash or hang on a hostile file is
// such a withheld document too. Pass pdf::IsolationOptions::SelfExec() from `disclose` (the
// default forks without exec, for tests).
// Thread-safety: Process may run concurrently when ConcurrentProcess() says so.
#pragma once

#include "pipeline/model/record.h"
#include "pipeline/pdf/pdf.h"
#include "pipeline/pdf/worker.h"
#include "pipeline/store/store.h"

namespace disclose::extract {

class ExtractCore : public model::StageCore {
 public:
  ExtractCore(store::Store& store, pdf::Limits limits = {}, pdf::IsolationOptions isolation = {});
  std::string_view Name() const override { return "extract"; }
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

}  // namespace disclose::extract
