// Helpers over PoDoFo objects: reference resolution, typed dictionary reads and bounded stream
// decoding. Functions may throw PoDoFo::PdfError; callers in this adapter catch it.
// Internal to pipeline/pdf. Thread-safety: no shared state; objects belong to one document.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <podofo/podofo.h>

#include "pipeline/model/result.h"

namespace disclose::pdf::internal {

// Follows references (a bounded number of hops); null for dangling references or null input.
const PoDoFo::PdfObject* Resolve(const PoDoFo::PdfObject* obj);
PoDoFo::PdfObject* ResolveMutable(PoDoFo::PdfObject* obj);

// Resolved value of `key` in `dict` (which may itself be a reference); null when absent.
const PoDoFo::PdfObject* Get(const PoDoFo::PdfObject* dict, std::string_view key);
PoDoFo::PdfObject* GetMutable(PoDoFo::PdfObject* dict, std::string_view key);

bool AsNumber(const PoDoFo::PdfObject* obj, double* out);
double NumberOr(const PoDoFo::PdfObject* obj, double fallback);
std::string NameOr(const PoDoFo::PdfObject* obj, std::string_view fallback);

// Decoded bytes of a stream object, refusing output larger than `max_bytes`. Flate is
// decoded here with the limit enforced while inflating; other filters go through PoDoFo and
// are checked afterwards. `what` names the object in error messages.
Status DecodeStream(const PoDoFo::PdfObject* obj, size_t max_bytes, std::string_view what, std::string* out);

}  // namespace disclose::pdf::internal
