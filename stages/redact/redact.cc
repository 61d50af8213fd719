// Redact stage core and its verification.
#include "stages/redact/redact.h"

#include <map>
#include <utility>

#include "pipeline/model/digest.h"
#include "pipeline/model/topics.h"
#include "pipeline/observe/log.h"

namespace disclose::redact {

using model::Json;

Result<RedactOutcome> RedactAndVerify(std::string_view source, const Json& findings, const std::string& document_id,
                                      const pdf::Limits& limits, const pdf::IsolationOptions& isolation) {
  std::map<int, pdf::PageRedactions> by_page;
  pdf::RedactOptions options;
  options.verify = true;  // Verify() runs on the output inside the same isolated worker
  for (const Json& f : findings.at("findings")) {
    int page = f["page"];
    auto& pr = by_page[page];
    pr.page = page;
    for (const Json& b : f["boxes"]) pr.boxes.push_back({b[0], b[1], b[2], b[3]});
    options.verify_strings.push_back(f["text"].get<std::string>());
  }
  std::vector<pdf::PageRedactions> redactions;
  for (auto& [page, pr] : by_page) redactions.push_back(std::move(pr));

  // Verification (pdf::Verify, see pdf.h): the output is read back with our own loader (no
  // qpdf repair, which could hide what PoDoFo cannot read) and extractor; no redacted string
  // may be extractable or found raw in any object or decompressed stream, no hidden text may
  // be left, and a page with findings must have no glyph whose Unicode is unknown. Its
  // failures start with "verification failed".
  RedactOutcome outcome;
  auto redacted = pdf::IsolatedRedact(source, document_id, redactions, &outcome.stats, limits, isolation, nullptr,
                                      options);
  if (!redacted.ok()) return redacted.error();
  outcome.pdf = std::move(*redacted);
  outcome.redactions = static_cast<int>(options.verify_strings.size());
  return outcome;
}

RedactCore::RedactCore(store::Store& store, pdf::Limits limits, pdf::IsolationOptions isolation)
    : store_(store), limits_(limits), isolation_(std::move(isolation)) {}

std::string_view RedactCore::InputTopic() const { return topics::kDetected; }

Result<std::vector<model::Record>> RedactCore::Process(const model::Record& input) {
  const Json& in = input.value;
  model::Record out = model::Follow(in, topics::kRedacted);
  out.value["bundle_blob"] = in["bundle_blob"];
  if (model::IsWithheld(in)) return std::vector<model::Record>{std::move(out)};

  const std::string bundle_id = in["bundle_id"];
  const std::string document_id = in["document_id"];
  auto source = store_.Get(bundle_id, in["source_blob"].get<std::string>());
  if (!source.ok()) return source.error();
  auto findings_text = store_.Get(bundle_id, in["findings_blob"].get<std::string>());
  if (!findings_text.ok()) return findings_text.error();
  Json findings = Json::parse(*findings_text, nullptr, false);
  if (findings.is_discarded() || !findings.contains("findings")) {
    return InvalidInput("findings blob of document " + document_id + " is malformed");
  }
  auto outcome = RedactAndVerify(*source, findings, document_id, limits_, isolation_);
  if (!outcome.ok()) {
    if (outcome.error().kind == ErrorKind::kTransient) return outcome.error();
    const bool verify = outcome.error().message.starts_with("verification failed");
    const std::string code = verify ? "verification_failed" : "unredactable_pdf";
    const std::string message = verify ? outcome.error().message + "."
                                       : "Document " + document_id + " could not be redacted: " +
                                             outcome.error().message;
    model::Withhold(out.value, Name(), code, message);
    observe::Log(observe::Level::kWarn, "document.withheld",
                 {{"stage", Name()}, {"bundle_id", bundle_id}, {"document_id", document_id}, {"code", code}});
    return std::vector<model::Record>{model::QuarantineRecord(out.value, Name(), code, message), std::move(out)};
  }
  auto blob = store_.Put(bundle_id, "redacted", outcome->pdf);
  if (!blob.ok()) return blob.error();
  out.value["findings_blob"] = in["findings_blob"];
  out.value["redacted_blob"] = *blob;
  out.value["redacted_sha256"] = model::Sha256Hex(outcome->pdf);
  out.value["pages"] = in["pages"];
  out.value["redactions"] = outcome->redactions;
  out.value["glyphs_removed"] = outcome->stats.glyphs_removed;
  out.value["verified"] = true;
  observe::Log(observe::Level::kInfo, "document.redacted",
               {{"bundle_id", bundle_id}, {"document_id", document_id}, {"redactions", outcome->redactions},
                {"glyphs_removed", outcome->stats.glyphs_removed}});
  return std::vector<model::Record>{std::move(out)};
}

}  // namespace disclose::redact
