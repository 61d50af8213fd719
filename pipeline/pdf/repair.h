// Repair and decryption of PDFs that PoDoFo refuses, through qpdf's library (Apache-2.0):
// qpdf rebuilds broken cross-reference tables, follows its own recovery rules for loops and
// truncated objects, and decrypts RC4 and AES files whose user password is empty. The file
// is rewritten with stream data preserved (nothing is decompressed, so a Flate bomb stays
// packed), without object streams and without encryption, then handed to PoDoFo again.
//
//   auto doc = pdf::ExtractWithRepair(bytes, "doc-42");   // Extract, then qpdf + Extract
//
// qpdf has no memory or time limits of its own: call these inside the worker process
// (pipeline/pdf/worker.h), which bounds both. No qpdf exception crosses this API.
// Thread-safety: reentrant; no shared mutable state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/result.h"
#include "pipeline/pdf/pdf.h"

namespace disclose::pdf {

// Rewrites `pdf_bytes` with qpdf (repairing, decrypting with the empty password). `name`
// names the document in errors. Input without "%PDF-" in its first 1024 bytes is refused
// (qpdf would spend minutes "recovering" random bytes). Errors: kUnsupported when a user
// password is needed, kInvalidInput when qpdf cannot make a PDF of it either. Time is not
// bounded: a fuzzed file can keep qpdf busy for a minute (the worker bounds it).
Result<std::string> RepairWithQpdf(std::string_view pdf_bytes, std::string_view name, const Limits& limits = {});

// Extract / Redact (pdf.h); when PoDoFo refuses the file (any error but kTransient), the file
// is repaired with qpdf and tried once more. If the repair fails too, the first error is
// returned. `repaired`, when given, is set to whether the repaired copy was used.
Result<Document> ExtractWithRepair(std::string_view pdf_bytes, std::string_view name, const Limits& limits = {},
                                   bool* repaired = nullptr);
Result<std::string> RedactWithRepair(std::string_view pdf_bytes, std::string_view name,
                                     const std::vector<PageRedactions>& redactions, RedactStats* stats = nullptr,
                                     const Limits& limits = {}, bool* repaired = nullptr,
                                     const RedactOptions& options = {});

}  // namespace disclose::pdf
