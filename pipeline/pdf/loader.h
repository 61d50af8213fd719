// Loading PDF bytes into PoDoFo with disclose's limits and error mapping (PdfError never
// escapes). Internal to pipeline/pdf.
// Thread-safety: reentrant; the one-time library setup (logging off, OpenSSL legacy provider
// for RC4) is done under a function-local static.
#pragma once

#include <string>
#include <string_view>

#include <podofo/podofo.h>

#include "pipeline/model/result.h"
#include "pipeline/pdf/pdf.h"

namespace disclose::pdf::internal {

// Loads `bytes` into `doc` (PoDoFo copies the buffer). Refuses inputs over the limits,
// non-PDFs, password-protected files and encryption dictionaries known to crash PoDoFo.
Status LoadDocument(std::string_view bytes, std::string_view name, const Limits& limits,
                    PoDoFo::PdfMemDocument* doc);

// Translates a PoDoFo error into an Error naming the document.
Error FromPdfError(const PoDoFo::PdfError& e, std::string_view name, std::string_view doing);

}  // namespace disclose::pdf::internal
