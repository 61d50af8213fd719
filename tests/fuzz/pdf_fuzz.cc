// libFuzzer target for the PDF adapter: load + extract, then redact the top half of every page
// and extract the redacted output again, all in-process (the worker's limits are not needed:
// libFuzzer's -rss_limit_mb and -timeout play that part). Small Limits keep each run short.
// qpdf repair is left out: qpdf is fuzzed upstream (OSS-Fuzz) and can spend a minute on one
// input, which would turn every such input into a fuzzer "timeout".
// Built only with clang (tests/fuzz/CMakeLists.txt); deploy/run-tests.sh runs it for a fixed
// number of executions over a corpus seeded from samples/ and ../shared/corpus.
// Thread-safety: libFuzzer calls it from one thread.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pdf/pdf.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace pdf = disclose::pdf;
  pdf::Limits limits;
  limits.max_bytes = 4u << 20;
  limits.max_pages = 50;
  limits.max_stream_bytes = 16u << 20;
  limits.max_depth = 16;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto doc = pdf::Extract(bytes, "fuzz", limits);
  if (!doc.ok()) return 0;
  std::vector<pdf::PageRedactions> boxes;
  for (const pdf::Page& p : doc->pages) {
    // Every glyph's box must lie in the page's coordinate space, well-formed.
    for (const pdf::Glyph& g : p.glyphs) {
      if (!(g.box.x0 <= g.box.x1) || !(g.box.y0 <= g.box.y1)) __builtin_trap();
    }
    if (p.glyph_spans.size() != p.glyphs.size()) __builtin_trap();
    for (const auto& [b, e] : p.glyph_spans) {
      if (b > e || e > p.text.size()) __builtin_trap();
    }
    boxes.push_back({p.index, {{0, 0, p.width, p.height / 2}}});
  }
  auto out = pdf::Redact(bytes, "fuzz", boxes, nullptr, limits);
  if (out.ok()) (void)pdf::Extract(*out, "fuzz", limits);
  return 0;
}
