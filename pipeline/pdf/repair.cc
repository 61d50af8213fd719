// qpdf-based repair and decryption before PoDoFo. See repair.h.
// Thread-safety: reentrant.
#include "pipeline/pdf/repair.h"

// qpdf 11: use std::shared_ptr throughout, no PointerHolder compatibility layer.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <new>

namespace disclose::pdf {
namespace {

bool Retryable(const Error& e) { return e.kind != ErrorKind::kTransient; }

}  // namespace

Result<std::string> RepairWithQpdf(std::string_view pdf_bytes, std::string_view name, const Limits& limits) {
  const std::string n(name);
  if (pdf_bytes.size() > limits.max_bytes) return InvalidInput("document " + n + " exceeds the size limit");
  // qpdf will reconstruct almost anything, at great length for fuzzed bytes; a damaged PDF
  // still starts with its header.
  if (pdf_bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
    return InvalidInput("document " + n + " is not a PDF (no %PDF- header)");
  }
  try {
    QPDF qpdf;
    qpdf.setSuppressWarnings(true);
    qpdf.setAttemptRecovery(true);
    // The description appears only in qpdf's own exception text, which is not passed on.
    qpdf.processMemoryFile(n.c_str(), pdf_bytes.data(), pdf_bytes.size(), "");
    QPDFWriter writer(qpdf);
    writer.setOutputMemory();
    writer.setDecodeLevel(qpdf_dl_none);  // keep every stream packed as it was
    writer.setCompressStreams(false);
    writer.setPreserveEncryption(false);
    writer.setObjectStreamMode(qpdf_o_disable);
    writer.setLinearization(false);
    writer.write();
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    if (!buffer || buffer->getSize() == 0) return InvalidInput("document " + n + " could not be repaired (empty output)");
    if (buffer->getSize() > limits.max_bytes) return InvalidInput("document " + n + " exceeds the size limit after repair");
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const QPDFExc& e) {
    if (e.getErrorCode() == qpdf_e_password) {
      return Unsupported("document " + n + " is encrypted with a password");
    }
    return InvalidInput("document " + n + " could not be repaired (qpdf error code " +
                        std::to_string(static_cast<int>(e.getErrorCode())) + ")");
  } catch (const std::bad_alloc&) {
    return InvalidInput("document " + n + " is too large to repair");
  } catch (const std::exception&) {
    return InvalidInput("document " + n + " could not be repaired");
  }
}

Result<Document> ExtractWithRepair(std::string_view pdf_bytes, std::string_view name, const Limits& limits,
                                   bool* repaired) {
  if (repaired != nullptr) *repaired = false;
  auto first = Extract(pdf_bytes, name, limits);
  if (first.ok() || !Retryable(first.error())) return first;
  auto fixed = RepairWithQpdf(pdf_bytes, name, limits);
  if (!fixed.ok()) return first.error();
  auto second = Extract(*fixed, name, limits);
  if (!second.ok()) return first.error();
  if (repaired != nullptr) *repaired = true;
  return second;
}

Result<std::string> RedactWithRepair(std::string_view pdf_bytes, std::string_view name,
                                     const std::vector<PageRedactions>& redactions, RedactStats* stats,
                                     const Limits& limits, bool* repaired, const RedactOptions& options) {
  if (repaired != nullptr) *repaired = false;
  auto first = Redact(pdf_bytes, name, redactions, stats, limits, options);
  if (first.ok() || !Retryable(first.error())) return first;
  auto fixed = RepairWithQpdf(pdf_bytes, name, limits);
  if (!fixed.ok()) return first.error();
  if (stats != nullptr) *stats = {};
  auto second = Redact(*fixed, name, redactions, stats, limits, options);
  if (!second.ok()) return first.error();
  if (repaired != nullptr) *repaired = true;
  return second;
}

}  // namespace disclose::pdf
