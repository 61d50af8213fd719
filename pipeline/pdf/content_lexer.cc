// Content-stream tokenizer with byte offsets and raw string bytes. See content_lexer.h.
// Thread-safety: an instance is single-threaded; no shared state.
#include "pipeline/pdf/content_lexer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace disclose::pdf::internal {
namespace {

constexpr size_t kMaxOperands = 4096;

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool IsDelim(char c) {
  return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
         c == '/' || c == '%';
}
int HexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
bool ParseNumber(std::string_view t, double* out) {
  if (t.empty() || t.size() > 64) return false;
  size_t i = 0;
  bool neg = false;
  while (i < t.size() && (t[i] == '+' || t[i] == '-')) neg = (t[i++] == '-') != neg;  // tolerate "--5"
  bool digits = false, dot = false;
  double v = 0, scale = 1;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (c >= '0' && c <= '9') {
      digits = true;
      if (dot) {
        scale /= 10;
        v += (c - '0') * scale;
      } else {
        v = v * 10 + (c - '0');
      }
    } else if (c == '.' && !dot) {
      dot = true;
    } else {
      return false;
    }
  }
  if (!digits) return false;
  *out = neg ? -v : v;
  return true;
}

}  // namespace

void ContentLexer::SkipSpace() {
  while (pos_ < data_.size()) {
    char c = data_[pos_];
    if (IsSpace(c)) {
      ++pos_;
    } else if (c == '%') {
      while (pos_ < data_.size() && data_[pos_] != '\n' && data_[pos_] != '\r') ++pos_;
    } else {
      break;
    }
  }
}

std::string_view ContentLexer::ReadRegular() {
  size_t start = pos_;
  while (pos_ < data_.size() && !IsSpace(data_[pos_]) && !IsDelim(data_[pos_])) ++pos_;
  return data_.substr(start, pos_ - start);
}

void ContentLexer::ReadName(std::string* out) {
  ++pos_;  // '/'
  std::string_view raw = ReadRegular();
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '#' && i + 2 < raw.size() && HexVal(raw[i + 1]) >= 0 && HexVal(raw[i + 2]) >= 0) {
      out->push_back(static_cast<char>(HexVal(raw[i + 1]) * 16 + HexVal(raw[i + 2])));
      i += 2;
    } else {
      out->push_back(raw[i]);
    }
  }
}

void ContentLexer::ReadLiteralString(std::string* out) {
  ++pos_;  // '('
  int nest = 1;
  while (pos_ < data_.size()) {
    char c = data_[pos_++];
    if (c == '(') {
      ++nest;
      out->push_back(c);
    } else if (c == ')') {
      if (--nest == 0) return;
      out->push_back(c);
    } else if (c == '\\') {
      if (pos_ >= data_.size()) return;
      char e = data_[pos_++];
      switch (e) {
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case '\r':
          if (pos_ < data_.size() && data_[pos_] == '\n') ++pos_;
          break;
        case '\n': break;
        default:
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int k = 0; k < 2 && pos_ < data_.size() && data_[pos_] >= '0' && data_[pos_] <= '7'; ++k) {
              v = v * 8 + (data_[pos_++] - '0');
            }
            out->push_back(static_cast<char>(v & 0xff));
          } else {
            out->push_back(e);
          }
      }
    } else if (c == '\r') {
      if (pos_ < data_.size() && data_[pos_] == '\n') ++pos_;
      out->push_back('\n');
    } else {
      out->push_back(c);
    }
  }
}

void ContentLexer::ReadHexString(std::string* out) {
  ++pos_;  // '<'
  int hi = -1;
  while (pos_ < data_.size()) {
    char c = data_[pos_++];
    if (c == '>') break;
    int v = HexVal(c);
    if (v < 0) continue;
    if (hi < 0) {
      hi = v;
    } else {
      out->push_back(static_cast<char>(hi * 16 + v));
      hi = -1;
    }
  }
  if (hi >= 0) out->push_back(static_cast<char>(hi * 16));
}

bool ContentLexer::ReadOperand(Operand* out, int depth) {
  if (depth > max_depth_) {
    failed_ = true;
    return false;
  }
  char c = data_[pos_];
  if (c == '/') {
    out->kind = Operand::Kind::kName;
    ReadName(&out->bytes);
    return true;
  }
  if (c == '(') {
    out->kind = Operand::Kind::kString;
    ReadLiteralString(&out->bytes);
    return true;
  }
  if (c == '<') {
    if (pos_ + 1 < data_.size() && data_[pos_ + 1] == '<') {
      pos_ += 2;
      out->kind = Operand::Kind::kDict;
      for (;;) {
        SkipSpace();
        if (pos_ >= data_.size()) return true;
        if (data_[pos_] == '>' ) {
          pos_ += (pos_ + 1 < data_.size() && data_[pos_ + 1] == '>') ? 2 : 1;
          return true;
        }
        Operand item;
        size_t before = pos_;
        if (!ReadOperand(&item, depth + 1)) {
          if (failed_) return false;
          if (pos_ == before) ++pos_;
          continue;
        }
        if (out->items.size() < kMaxOperands) out->items.push_back(std::move(item));
      }
    }
    out->kind = Operand::Kind::kString;
    ReadHexString(&out->bytes);
    return true;
  }
  if (c == '[') {
    ++pos_;
    out->kind = Operand::Kind::kArray;
    for (;;) {
      SkipSpace();
      if (pos_ >= data_.size()) return true;
      if (data_[pos_] == ']') {
        ++pos_;
        return true;
      }
      Operand item;
      size_t before = pos_;
      if (!ReadOperand(&item, depth + 1)) {
        if (failed_) return false;
        if (pos_ == before) ++pos_;
        continue;
      }
      out->items.push_back(std::move(item));
    }
  }
  if (IsDelim(c)) {  // stray ')', '>', ']', '{', '}'
    ++pos_;
    return false;
  }
  size_t start = pos_;
  std::string_view t = ReadRegular();
  double v = 0;
  if (ParseNumber(t, &v)) {
    out->kind = Operand::Kind::kNumber;
    out->number = v;
    return true;
  }
  if (t == "true" || t == "false") {
    out->kind = Operand::Kind::kBool;
    out->number = t == "true" ? 1 : 0;
    return true;
  }
  if (t == "null") {
    out->kind = Operand::Kind::kNull;
    return true;
  }
  pos_ = start;  // a keyword: not an operand
  return false;
}

bool ContentLexer::SkipInlineImage() {
  // Skip the image dictionary up to "ID", then the data up to whitespace "EI" delimiter.
  for (;;) {
    SkipSpace();
    if (pos_ >= data_.size()) return false;
    if (data_[pos_] == 'I' && pos_ + 1 < data_.size() && data_[pos_ + 1] == 'D' &&
        (pos_ + 2 >= data_.size() || IsSpace(data_[pos_ + 2]))) {
      pos_ += 3;
      break;
    }
    Operand ignored;
    size_t before = pos_;
    if (!ReadOperand(&ignored, 1)) {
      if (failed_) return false;
      if (pos_ == before) ReadRegular();
      if (pos_ == before) ++pos_;
    }
  }
  while (pos_ + 1 < data_.size()) {
    if (data_[pos_] == 'E' && data_[pos_ + 1] == 'I' && pos_ > 0 && IsSpace(data_[pos_ - 1]) &&
        (pos_ + 2 >= data_.size() || IsSpace(data_[pos_ + 2]) || IsDelim(data_[pos_ + 2]))) {
      pos_ += 2;
      return true;
    }
    ++pos_;
  }
  pos_ = data_.size();
  return true;
}

bool ContentLexer::Next(Op* op) {
  op->operands.clear();
  op->keyword = {};
  bool have_begin = false;
  while (!failed_) {
    SkipSpace();
    if (pos_ >= data_.size()) return false;
    if (!have_begin) {
      op->begin = pos_;
      have_begin = true;
    }
    Operand operand;
    size_t before = pos_;
    if (ReadOperand(&operand, 0)) {
      if (op->operands.size() < kMaxOperands) op->operands.push_back(std::move(operand));
      continue;
    }
    if (failed_) return false;
    if (pos_ != before) continue;  // skipped a stray delimiter
    std::string_view kw = ReadRegular();
    if (kw.empty()) {
      ++pos_;
      continue;
    }
    if (kw == "BI") {
      if (!SkipInlineImage()) return false;
    }
    op->keyword = kw;
    op->end = pos_;
    return true;
  }
  return false;
}

std::string HexString(std::string_view bytes) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(bytes.size() * 2 + 2);
  out.push_back('<');
  for (unsigned char c : bytes) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  out.push_back('>');
  return out;
}

std::string FormatNumber(double v) {
  if (!std::isfinite(v) || std::fabs(v) > 1e9) v = 0;
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "%.4f", v);
  if (n <= 0 || static_cast<size_t>(n) >= sizeof buf) return std::string(1, '0');
  while (n > 0 && buf[n - 1] == '0') --n;
  if (n > 0 && buf[n - 1] == '.') --n;
  std::string_view s(buf, static_cast<size_t>(n));
  if (s.empty() || s == "-0" || s == "-") return std::string(1, '0');
  return std::string(s);
}

}  // namespace disclose::pdf::internal
