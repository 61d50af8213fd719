// Page-at-a-time extraction, for callers that pass pages on as they come (the isolated
// worker streams each page to its parent and drops it, so the child never holds the whole
// document). Internal to pipeline/pdf; pdf::Extract is built on it.
// Thread-safety: reentrant; `sink` is called on the calling thread.
#pragma once

#include <functional>
#include <string_view>

#include "pipeline/model/result.h"
#include "pipeline/pdf/pdf.h"

namespace disclose::pdf::internal {

// As pdf::Extract, but each page goes to `sink` as soon as it is assembled, in page order
// (the sink may keep or drop it). Stops at the first error and returns it; pages already
// handed over stay with the sink. On success `*unknown_glyphs` is Document::unknown_glyphs.
// `pdf_bytes` is borrowed for the call. Never throws (a sink that throws: kInternal).
Status ExtractPages(std::string_view pdf_bytes, std::string_view name, const Limits& limits,
                    const std::function<void(Page&&)>& sink, int* unknown_glyphs);

}  // namespace disclose::pdf::internal
