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
#include "pipeline/pdf/content_lexer.h"
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

// Something painted other than text, for image and path redaction.
struct PaintHit {
  // kMarkedText: a BDC whose inline property list carries /ActualText, /Alt or /E (text that
  // extractors show in place of, or beside, the glyphs); reported whether hidden or not.
  enum class Kind { kImage, kInlineImage, kPath, kMarkedText };
  Kind kind = Kind::kPath;
  const PoDoFo::PdfObject* stream = nullptr;  // form XObject; null for the page content
  const PoDoFo::PdfObject* image = nullptr;   // kImage: the image XObject
  size_t first_op = 0, last_op = 0;           // operations [first_op, last_op] in that stream
  Box box;                                    // page space (bounding box of the placement/path)
  Matrix image_to_page;                       // kImage: unit square (image space) to page space
  bool clips = false;                         // kPath: the path also sets the clip (W/W*)
  // Drawn inside optional content that is OFF (Hidden::kOcgOff): nobody sees it, but its data
  // is in the file. Not counted as background for the colour test of text.
  bool hidden = false;
};

// One drawing of a form XObject: which form drew it (null: the page) under which resource
// name and resource dictionary.
struct FormUse {
  const PoDoFo::PdfObject* parent = nullptr;
  std::string name;
  const PoDoFo::PdfObject* resources = nullptr;  // the dictionary the name was looked up in
};

// Per-document caches shared by the pages of one run.
struct DocCache {
  std::map<const PoDoFo::PdfObject*, std::unique_ptr<FontInfo>> fonts;
  std::map<const PoDoFo::PdfObject*, std::string> forms;  // decoded form content
  std::vector<const PoDoFo::PdfObject*> ocg_off;          // OCGs OFF in the default config (sorted)
};

// Reads /OCProperties /D of the catalog into cache->ocg_off. May throw PoDoFo::PdfError.
void LoadOptionalContent(const PoDoFo::PdfMemDocument& doc, DocCache* cache);

class Interpreter {
 public:
  using Sink = std::function<void(GlyphHit&&)>;
  using PaintSink = std::function<void(const PaintHit&)>;
  Interpreter(const Limits& limits, std::string_view name, DocCache* cache, Sink sink)
      : limits_(limits), name_(name), cache_(cache), sink_(std::move(sink)) {}

  // Optional: receives images, inline images and painted paths (hidden ones too, flagged), and
  // records form uses.
  void set_paint_sink(PaintSink sink) { paint_sink_ = std::move(sink); }

  // Interprets the page content. `content` receives the decoded page content (concatenated
  // /Contents). May throw PoDoFo::PdfError.
  Status RunPage(const PoDoFo::PdfPage* page, int page_index, const PageGeometry& geometry, std::string* content);

  // Every drawing of each form on the last page run (first kMaxFormUses per form).
  const std::map<const PoDoFo::PdfObject*, std::vector<FormUse>>& form_uses() const { return form_uses_; }
  // The resources the page content was interpreted with (possibly inherited).
  const PoDoFo::PdfObject* page_resources() const { return page_resources_; }

 private:
  enum class Space : uint8_t { kGray, kRgb, kCmyk, kSeparation, kUnknown };
  struct Colour {
    Space space = Space::kGray;
    float r = 0, g = 0, b = 0;
    bool known = true;
  };
  struct TextState {
    double tc = 0, tw = 0, th = 1, tl = 0, tfs = 0, ts = 0;
    int tr = 0;
    const FontInfo* font = nullptr;
  };
  struct GState {
    Matrix ctm;
    TextState text;
    Colour fill, stroke;
    double fill_alpha = 1, stroke_alpha = 1;
    Box clip;  // page space bounding box of the clipping path
  };
  struct Painted {
    Box box;
    Colour colour;  // !known: an image, shading or complex fill
  };
  Status Run(std::string_view content, const PoDoFo::PdfObject* stream, const PoDoFo::PdfObject* resources,
             GState gs, int depth, bool layer_hidden);
  const FontInfo* Font(const PoDoFo::PdfObject* resources, const std::string& name);
  // Reports the glyphs of one string; those shown in clip modes (Tr 4-7) grow `text_clip`.
  void Show(const std::string& bytes, const GState& gs, Matrix* tm, Box* text_clip, const PoDoFo::PdfObject* stream,
            size_t op, int element, bool layer_hidden);
  Hidden Classify(const GState& gs, const Box& box, double size, uint32_t* colour) const;
  bool OcHidden(const PoDoFo::PdfObject* oc, int depth) const;
  Space SpaceOf(const PoDoFo::PdfObject* resources, const Operand& name) const;
  void SetColour(Colour* c, const Op& op, bool named_space) const;
  void AddPainted(const Box& box, const Colour& c, const Box& clip);
  std::string Where() const;

  Limits limits_;
  std::string_view name_;
  DocCache* cache_;
  Sink sink_;
  PaintSink paint_sink_;
  std::map<const PoDoFo::PdfObject*, std::vector<FormUse>> form_uses_;
  const PoDoFo::PdfObject* page_resources_ = nullptr;
  double page_width_ = 0, page_height_ = 0;
  std::vector<Painted> painted_;
  bool background_unknown_ = false;  // too many paints to track: never judge colour hidden
  int page_index_ = 0;
  long long ops_ = 0;
  long long glyphs_ = 0;
  std::vector<const PoDoFo::PdfObject*> active_forms_;
  FontInfo no_font_;
  std::vector<Code> codes_;
};

}  // namespace disclose::pdf::internal
