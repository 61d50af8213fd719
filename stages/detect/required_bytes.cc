// The required-byte analysis of an RE2 pattern (see required_bytes.h): a recursive-descent
// reading of RE2's syntax in which every construct yields either "every match of this part
// contains a byte of S" or "nothing shown".
//   concatenation: the rarest S of its parts (one part required is enough)
//   alternation:   the union of its branches' S (nothing if one branch shows nothing)
//   repetition:    the part's S when it repeats at least once, nothing when it may be absent
//   literal, class: their bytes (both cases of letters when the pattern folds case anywhere)
//   anchors, \b, '.', negated classes, \s \w \p...: nothing
#include "stages/detect/required_bytes.h"

#include <cctype>

namespace disclose::detect {

namespace {

using Need = std::optional<ByteSet>;

// How common a byte is in English prose, for choosing the rarest required part. Digits rank
// below other punctuation on purpose: most rules need a digit anyway, so preferring one keeps
// the union over all rules small ("(0" needs its '0', not its '(').
double Weight(unsigned c) {
  if (c == ' ') return 16;
  if (c >= 'a' && c <= 'z') return 5;
  if (c >= 'A' && c <= 'Z') return 0.7;
  if (c == '.' || c == ',' || c == '\n' || c == '\t' || c == '\r') return 1;
  if (c == '@') return 0.001;
  if (c >= '0' && c <= '9') return 0.005;
  return 0.1;
}

double Cost(const ByteSet& s) {
  double cost = 0;
  for (unsigned c = 0; c < 256; ++c) {
    if (s[c]) cost += Weight(c);
  }
  return cost;
}

class Analysis {
 public:
  explicit Analysis(std::string_view p) : p_(p) {
    // Case folding anywhere makes every letter stand for both cases everywhere: a larger set
    // is still a required set, so this is safe where (?i) covers only part of the pattern.
    for (size_t i = 0; i + 1 < p.size(); ++i) {
      if (p[i] == '(' && p[i + 1] == '?') {
        for (size_t k = i + 2; k < p.size() && (std::isalpha(static_cast<unsigned char>(p[k])) || p[k] == '-'); ++k) {
          if (p[k] == 'i') fold_ = true;
        }
      }
    }
  }

  Need Run() {
    Need need = Alternation();
    if (failed_ || pos_ != p_.size()) return std::nullopt;
    return need;
  }

 private:
  bool AtEnd() const { return pos_ >= p_.size(); }
  char Peek() const { return p_[pos_]; }

  Need Alternation() {
    Need all = Concatenation();
    while (!failed_ && !AtEnd() && Peek() == '|') {
      ++pos_;
      Need next = Concatenation();
      if (all && next) {
        *all |= *next;
      } else {
        all.reset();
      }
    }
    return all;
  }

  Need Concatenation() {
    Need best;
    while (!failed_ && !AtEnd() && Peek() != '|' && Peek() != ')') {
      Need piece = Piece();
      if (piece && (!best || Cost(*piece) < Cost(*best))) best = piece;
    }
    return best;
  }

  // An atom and its repetition operators.
  Need Piece() {
    Need need = Atom();
    while (!failed_ && !AtEnd()) {
      const char c = Peek();
      if (c == '*' || c == '?') {
        need.reset();
        ++pos_;
      } else if (c == '+') {
        ++pos_;
      } else if (c == '{') {
        bool may_be_absent = false;
        if (!Repeat(&may_be_absent)) break;  // a literal '{', read as the next atom
        if (may_be_absent) need.reset();
      } else {
        break;
      }
      if (!AtEnd() && Peek() == '?') ++pos_;  // lazy
    }
    return need;
  }

  // {n}, {n,} or {n,m} at pos_; false (pos_ unchanged) when the brace is a literal. Sets
  // *may_be_absent when n is zero (the digits are not converted: only zero matters).
  bool Repeat(bool* may_be_absent) {
    size_t i = pos_ + 1;
    size_t start = i;
    bool zero = true;
    for (; i < p_.size() && std::isdigit(static_cast<unsigned char>(p_[i])); ++i) {
      if (p_[i] != '0') zero = false;
    }
    if (i == start) return false;
    *may_be_absent = zero;
    if (i < p_.size() && p_[i] == ',') {
      ++i;
      while (i < p_.size() && std::isdigit(static_cast<unsigned char>(p_[i]))) ++i;
    }
    if (i >= p_.size() || p_[i] != '}') return false;
    pos_ = i + 1;
    return true;
  }

  Need Atom() {
    const char c = Peek();
    switch (c) {
      case '(':
        return Group();
      case '[':
        return Class();
      case '\\':
        return Escape();
      case '.':
      case '^':
      case '$':
        ++pos_;
        return std::nullopt;
      case '*':
      case '+':
      case '?':
        failed_ = true;  // RE2 refuses a repetition of nothing
        return std::nullopt;
      default:
        return Literal();
    }
  }

  Need Literal() {
    const auto c = static_cast<unsigned char>(Peek());
    if (c >= 0x80) {  // a non-ASCII character: skip it whole; it may fold to ASCII ("ſ" to 's')
      ++pos_;
      while (!AtEnd() && (static_cast<unsigned char>(Peek()) & 0xC0) == 0x80) ++pos_;
      return std::nullopt;
    }
    ++pos_;
    ByteSet s;
    AddChar(&s, c);
    return s;
  }

  void AddChar(ByteSet* s, unsigned char c) const {
    s->set(c);
    if (fold_ && std::isalpha(c)) {
      s->set(static_cast<unsigned char>(std::tolower(c)));
      s->set(static_cast<unsigned char>(std::toupper(c)));
    }
  }

  Need Group() {
    ++pos_;  // '('
    if (!AtEnd() && Peek() == '?') {
      ++pos_;
      if (!AtEnd() && (Peek() == 'P' || Peek() == '<')) {  // (?P<name>...) or (?<name>...)
        const size_t close = p_.find('>', pos_);
        if (close == std::string_view::npos) {
          failed_ = true;
          return std::nullopt;
        }
        pos_ = close + 1;
      } else {
        while (!AtEnd() && (std::isalpha(static_cast<unsigned char>(Peek())) || Peek() == '-')) ++pos_;
        if (AtEnd()) {
          failed_ = true;
          return std::nullopt;
        }
        if (Peek() == ')') {  // flags alone: (?i)
          ++pos_;
          return std::nullopt;
        }
        if (Peek() != ':') {
          failed_ = true;
          return std::nullopt;
        }
        ++pos_;
      }
    }
    Need need = Alternation();
    if (AtEnd() || Peek() != ')') {
      failed_ = true;
      return std::nullopt;
    }
    ++pos_;
    return need;
  }

  // A character class. Negated classes and classes with \s, \w, \p, POSIX classes other than
  // digit, or non-ASCII members show nothing.
  Need Class() {
    ++pos_;  // '['
    bool negated = false, unknown = false;
    if (!AtEnd() && Peek() == '^') {
      negated = true;
      ++pos_;
    }
    ByteSet s;
    bool first = true;
    while (!AtEnd() && (Peek() != ']' || first)) {
      first = false;
      if (p_.substr(pos_).starts_with("[:")) {
        const size_t close = p_.find(":]", pos_ + 2);
        if (close == std::string_view::npos) {
          failed_ = true;
          return std::nullopt;
        }
        if (p_.substr(pos_, close + 2 - pos_) == "[:digit:]") {
          for (unsigned char d = '0'; d <= '9'; ++d) s.set(d);
        } else {
          unknown = true;
        }
        pos_ = close + 2;
        continue;
      }
      int lo = ClassChar(&s, &unknown);
      if (failed_) return std::nullopt;
      if (lo >= 0 && pos_ + 1 < p_.size() && Peek() == '-' && p_[pos_ + 1] != ']') {
        ++pos_;
        int hi = ClassChar(&s, &unknown);
        if (failed_) return std::nullopt;
        if (hi < 0) {
          unknown = true;
          continue;
        }
        for (int c = lo; c <= hi; ++c) AddChar(&s, static_cast<unsigned char>(c));
      } else if (lo >= 0) {
        AddChar(&s, static_cast<unsigned char>(lo));
      }
    }
    if (AtEnd()) {
      failed_ = true;
      return std::nullopt;
    }
    ++pos_;  // ']'
    if (negated || unknown) return std::nullopt;
    return s;
  }

  // One class member: returns its byte, or -1 when it was a set (\d added to *s) or something
  // not followed (*unknown set).
  int ClassChar(ByteSet* s, bool* unknown) {
    const auto c = static_cast<unsigned char>(Peek());
    if (c >= 0x80) {
      ++pos_;
      while (!AtEnd() && (static_cast<unsigned char>(Peek()) & 0xC0) == 0x80) ++pos_;
      *unknown = true;
      return -1;
    }
    if (c != '\\') {
      ++pos_;
      return c;
    }
    if (pos_ + 1 >= p_.size()) {
      failed_ = true;
      return -1;
    }
    const auto e = static_cast<unsigned char>(p_[pos_ + 1]);
    pos_ += 2;
    if (e == 'd') {
      for (unsigned char d = '0'; d <= '9'; ++d) s->set(d);
      return -1;
    }
    if (int control = ControlEscape(e); control >= 0) return control;
    if (!std::isalnum(e)) return e;  // \- \] \\ \. ...
    SkipCodedEscape(e);
    *unknown = true;
    return -1;
  }

  static int ControlEscape(unsigned char e) {
    switch (e) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'a': return '\a';
      default: return -1;
    }
  }

  // After "\p", "\P" or "\x": skips "{...}" or the one- or two-character form.
  void SkipCodedEscape(unsigned char e) {
    if (e != 'p' && e != 'P' && e != 'x') return;
    if (!AtEnd() && Peek() == '{') {
      const size_t close = p_.find('}', pos_);
      pos_ = close == std::string_view::npos ? p_.size() : close + 1;
    } else if (e == 'x') {
      pos_ = std::min(p_.size(), pos_ + 2);
    } else if (!AtEnd()) {
      ++pos_;
    }
  }

  Need Escape() {
    if (pos_ + 1 >= p_.size()) {
      failed_ = true;
      return std::nullopt;
    }
    const auto e = static_cast<unsigned char>(p_[pos_ + 1]);
    pos_ += 2;
    if (e == 'd') {
      ByteSet s;
      for (unsigned char d = '0'; d <= '9'; ++d) s.set(d);
      return s;
    }
    if (e == 'Q' || std::isdigit(e)) {  // \Q...\E quoting and escapes by octal code: not followed
      failed_ = true;
      return std::nullopt;
    }
    if (int control = ControlEscape(e); control >= 0) {
      ByteSet s;
      s.set(static_cast<unsigned char>(control));
      return s;
    }
    if (!std::isalnum(e)) {
      ByteSet s;
      AddChar(&s, e);
      return s;
    }
    // \b \B \A \z (empty), \D \s \S \w \W \C (too wide), \p \P \x (by code): nothing.
    SkipCodedEscape(e);
    return std::nullopt;
  }

  std::string_view p_;
  size_t pos_ = 0;
  bool fold_ = false;
  bool failed_ = false;
};

}  // namespace

std::optional<ByteSet> RequiredBytes(std::string_view pattern) { return Analysis(pattern).Run(); }

}  // namespace disclose::detect
