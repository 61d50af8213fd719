// Tokenizer for PDF content streams that keeps byte offsets of every operation and reads
// string operands as raw bytes (PoDoFo's PdfString treats leading FE FF / FF FE as a BOM and
// PdfContentsTokenizer reports no offsets, so neither is usable for in-place rewriting).
// Internal to pipeline/pdf. Thread-safety: an instance is single-threaded; no shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace disclose::pdf::internal {

struct Operand {
  enum class Kind { kNumber, kName, kString, kArray, kDict, kBool, kNull };
  Kind kind = Kind::kNull;
  double number = 0;
  std::string bytes;            // name (with #xx decoded) or raw string bytes
  std::vector<Operand> items;   // array elements; dict as key, value, key, value...
};

struct Op {
  std::string_view keyword;       // into the lexed buffer; "BI" covers a whole inline image
  std::vector<Operand> operands;
  size_t begin = 0, end = 0;      // bytes [begin,end): first operand (or keyword) to keyword end
};

class ContentLexer {
 public:
  // `data` must outlive the lexer. `max_depth` bounds array/dict nesting.
  ContentLexer(std::string_view data, int max_depth) : data_(data), max_depth_(max_depth) {}

  // Reads the next operation; false at the end of data or after an error (see failed()).
  bool Next(Op* op);
  bool failed() const { return failed_; }

 private:
  void SkipSpace();
  bool ReadOperand(Operand* out, int depth);
  std::string_view ReadRegular();
  void ReadLiteralString(std::string* out);
  void ReadHexString(std::string* out);
  void ReadName(std::string* out);
  bool SkipInlineImage();

  std::string_view data_;
  size_t pos_ = 0;
  int max_depth_;
  bool failed_ = false;
};

// Serializes bytes as a PDF hex string "<...>".
std::string HexString(std::string_view bytes);
// Serializes a number without exponent and with at most 4 decimals.
std::string FormatNumber(double v);

}  // namespace disclose::pdf::internal
