// Content-stream interpreter: walks a page's content (and the form XObjects it draws),
// tracking the graphics and text state, and reports every shown glyph with its box in page
// space and its location in the content (for rewriting). Internal to pipeline/pdf.
// Thread-safety: an Interpreter and its DocCache belong to one thread and one document.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <podofo/podofo.h>

#include "pipeline/model/result.h"
#include "pipeline/pdf/fonts.h"
#include "pipeline/pdf/pdf.h"

namespace disclose::pdf::internal {

struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
};
// m then n (PDF row-vector convention: p' = p x m x n).
Matrix Mul(const Matrix& m, const Matrix& n);
void Apply(const Matrix& m, double x, double y, double* ox, double* oy);
bool Invert(const Matrix& m, Matrix* out);

// Geometry of a page: maps default user space to the shared page space (pdf.h).
struct PageGeometry {
  Matrix to_page;
  double width = 0, height = 0;
};
PageGeometry GetPageGeometry(const PoDoFo::PdfPage* page);

struct GlyphHit {
  Glyph glyph;
  double ox = 0, oy = 0;  // origin (on the baseline) in page space
  double dx = 1, dy = 0;  // unit advance direction in page space
  const PoDoFo::PdfObject* stream = nullptr;  // form XObject; null for the page content
  size_t op = 0;          // operation index in that stream
  int element = -1;       // TJ array element; -1 for the string operand of Tj ' "
  size_t offset = 0;      // byte offset of the code in the string
  int length = 1;         // code length in bytes
  double removal_tj = 0;  // TJ number that advances exactly like this glyph
};

// Per-document caches shared by the pages of one run.
struct DocCache {
  std::map<const PoDoFo::PdfObject*, std::unique_ptr<FontInfo>> fonts;
  std::map<const PoDoFo::PdfObject*, std::string> forms;  // decoded form content
};

class Interpreter {
 public:
  using Sink = std::function<void(GlyphHit&&)>;
  Interpreter(const Limits& limits, std::string_view name, DocCache* cache, Sink sink)
      : limits_(limits), name_(name), cache_(cache), sink_(std::move(sink)) {}

  // Interprets the page content. `content` receives the decoded page content (concatenated
  // /Contents). May throw PoDoFo::PdfError.
  Status RunPage(const PoDoFo::PdfPage* page, int page_index, const Matrix& to_page, std::string* content);

 private:
  struct TextState {
    double tc = 0, tw = 0, th = 1, tl = 0, tfs = 0, ts = 0;
    int tr = 0;
    const FontInfo* font = nullptr;
  };
  struct GState {
    Matrix ctm;
    TextState text;
  };
  Status Run(std::string_view content, const PoDoFo::PdfObject* stream, const PoDoFo::PdfObject* resources,
             GState gs, int depth);
  const FontInfo* Font(const PoDoFo::PdfObject* resources, const std::string& name);
  void Show(const std::string& bytes, const GState& gs, Matrix* tm, const PoDoFo::PdfObject* stream, size_t op,
            int element);
  std::string Where() const;

  Limits limits_;
  std::string_view name_;
  DocCache* cache_;
  Sink sink_;
  int page_index_ = 0;
  long long ops_ = 0;
  long long glyphs_ = 0;
  std::vector<const PoDoFo::PdfObject*> active_forms_;
  FontInfo no_font_;
  std::vector<Code> codes_;
};

}  // namespace disclose::pdf::internal
