// The serialised form of an extracted document (the "text" blob in the store): pages with
// their reading-order text, glyph boxes and the text-to-glyph map, so that detect can turn
// text offsets into page boxes and redact can verify. Contains document text: it is only ever
// stored encrypted. Thread-safety: pure functions.
//
// {"pages":[{"index":0,"width":595.3,"height":841.9,"text":"...",
//            "glyphs":[[x0,y0,x1,y1,known(0|1),render_mode,hidden],...],"spans":[[begin,end],...]}],
//  "unknown_glyphs":0}
#pragma once

#include <string>
#include <string_view>

#include "pipeline/model/result.h"
#include "pipeline/pdf/pdf.h"

namespace disclose::pdf {

std::string LayoutToJson(const Document& document);
// Glyph text is not kept (the page text holds it); `origin` names the blob in errors. `hidden`
// is pdf::Hidden as a number (0 = visible); older records without it read as visible.
Result<Document> LayoutFromJson(std::string_view json, std::string_view origin);

}  // namespace disclose::pdf
