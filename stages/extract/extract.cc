// Extract stage core.
#include "stages/extract/extract.h"

#include <utility>

#include "pipeline/model/topics.h"
#include "pipeline/observe/log.h"
#include "pipeline/pdf/layout_json.h"

namespace disclose::extract {

using model::Json;

ExtractCore::ExtractCore(store::Store& store, pdf::Limits limits, pdf::IsolationOptions isolation)
    : store_(store), limits_(limits), isolation_(std::move(isolation)) {}

std::string_view ExtractCore::InputTopic() const { return topics::kIntake; }

Result<std::vector<model::Record>> ExtractCore::Process(const model::Record& input) {
  const Json& in = input.value;
  model::Record out = model::Follow(in, topics::kExtracted);
  out.value["bundle_blob"] = in["bundle_blob"];
  if (model::IsWithheld(in)) return std::vector<model::Record>{std::move(out)};

  const std::string bundle_id = in["bundle_id"];
  const std::string document_id = in["document_id"];
  const std::string media_type = in["media_type"];
  auto withhold = [&](std::string_view code, const std::string& message) {
    model::Withhold(out.value, Name(), code, message);
    observe::Log(observe::Level::kWarn, "document.withheld",
                 {{"stage", Name()}, {"bundle_id", bundle_id}, {"document_id", document_id}, {"code", code}});
    return std::vector<model::Record>{model::QuarantineRecord(out.value, Name(), code, message), std::move(out)};
  };
  if (media_type != "application/pdf") {
    return withhold("needs_ocr", "Document " + document_id +
                                     " is a scanned image, and this build does not read images yet (OCR).");
  }
  auto source = store_.Get(bundle_id, in["source_blob"].get<std::string>());
  if (!source.ok()) return source.error();
  auto doc = pdf::IsolatedExtract(*source, document_id, limits_, isolation_);
  if (!doc.ok()) {
    if (doc.error().kind == ErrorKind::kTransient) return doc.error();
    return withhold(doc.error().kind == ErrorKind::kUnsupported ? "unsupported_pdf" : "unreadable_pdf",
                    "Document " + document_id + " could not be read as a PDF: " + doc.error().message);
  }
  size_t glyphs = 0;
  for (const auto& page : doc->pages) glyphs += page.glyphs.size();
  auto text_blob = store_.Put(bundle_id, "text", pdf::LayoutToJson(*doc));
  if (!text_blob.ok()) return text_blob.error();
  out.value["media_type"] = media_type;
  out.value["source_blob"] = in["source_blob"];
  out.value["text_blob"] = *text_blob;
  out.value["pages"] = doc->pages.size();
  out.value["glyphs"] = glyphs;
  out.value["unknown_glyphs"] = doc->unknown_glyphs;
  observe::Log(observe::Level::kInfo, "document.extracted",
               {{"bundle_id", bundle_id}, {"document_id", document_id}, {"pages", doc->pages.size()},
                {"glyphs", glyphs}, {"unknown_glyphs", doc->unknown_glyphs}});
  return std::vector<model::Record>{std::move(out)};
}

}  // namespace disclose::extract
