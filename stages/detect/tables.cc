// Table column headers (see tables.h).
#include "stages/detect/tables.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace disclose::detect {

namespace {

struct Span {
  size_t begin, end;
};

enum class Sep { kNone, kPipe, kTab, kSpaces };

// Cells of `line` (offsets relative to the line), trimmed, empty cells dropped.
std::vector<Span> SplitCells(std::string_view line, Sep sep) {
  std::vector<Span> raw;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    bool split = false;
    size_t skip = 1;
    if (i == line.size()) {
      split = true;
    } else if (sep == Sep::kPipe) {
      split = line[i] == '|';
    } else if (sep == Sep::kTab) {
      split = line[i] == '\t';
    } else if (sep == Sep::kSpaces && line[i] == ' ' && i + 1 < line.size() && line[i + 1] == ' ') {
      split = true;
      while (i + skip < line.size() && line[i + skip] == ' ') ++skip;
    }
    if (!split) continue;
    raw.push_back({start, i});
    start = i + skip;
    i += skip - 1;
  }
  std::vector<Span> cells;
  for (Span s : raw) {
    while (s.begin < s.end && std::isspace(static_cast<unsigned char>(line[s.begin]))) ++s.begin;
    while (s.end > s.begin && std::isspace(static_cast<unsigned char>(line[s.end - 1]))) --s.end;
    if (s.end > s.begin) cells.push_back(s);
  }
  return cells;
}

bool LooksLikeHeader(std::string_view line, const std::vector<Span>& cells) {
  if (cells.size() < 2) return false;
  // "Name:      Owen Lee" is a form's label and value, and the form's other labels below it
  // ("Also known as:") are not names: a label that ends in ':' opens no table.
  if (line.substr(cells[0].begin, cells[0].end - cells[0].begin).ends_with(':')) return false;
  for (const Span& c : cells) {
    std::string_view cell = line.substr(c.begin, c.end - c.begin);
    if (cell.size() > 32) return false;
    if (std::any_of(cell.begin(), cell.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); })) {
      return false;
    }
  }
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The first "  " at or after `from`, or npos. Eight bytes at a time: memmem with a two-byte
// needle tests every byte through a hash, and prose has a space every few bytes for memchr.
size_t FindDoubleSpace(std::string_view s, size_t from) {
  constexpr uint64_t kSpaces = 0x2020202020202020ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
  size_t i = from;
  for (; i + 9 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    const uint64_t x = word ^ kSpaces;                  // zero bytes where the text has a space
    const uint64_t spaces = ~(((x & kLow7) + kLow7) | x | kLow7);  // 0x80 in exactly those bytes
    // A space followed by a space: in this word, or its last byte and the next word's first.
    if ((spaces & (spaces >> 8)) != 0 || ((spaces >> 63) != 0 && s[i + 8] == ' ')) break;
  }
  for (; i + 1 < s.size(); ++i) {
    if (s[i] == ' ' && s[i + 1] == ' ') return i;
  }
  return std::string_view::npos;
}

// What a line holds: bits for a digit and each kind of separator.
constexpr uint8_t kDigit = 1, kPipe = 2, kTab = 4, kDoubleSpace = 8;

Sep SeparatorOf(uint8_t facts) {
  return (facts & kPipe) ? Sep::kPipe : (facts & kTab) ? Sep::kTab : (facts & kDoubleSpace) ? Sep::kSpaces : Sep::kNone;
}

// The header column of each cell of a row: by index when the row has as many cells as the
// header; in a layout of spaces, by where each cell starts (the last header starting at most two
// bytes after it), when that puts the cells in distinct, increasing columns. False: not a row.
bool ColumnsOf(const std::vector<Span>& cells, const std::vector<Span>& head, Sep sep, std::vector<size_t>* column) {
  column->resize(cells.size());
  if (cells.size() == head.size()) {
    for (size_t k = 0; k < cells.size(); ++k) (*column)[k] = k;
    return true;
  }
  if (sep != Sep::kSpaces) return false;
  for (size_t k = 0; k < cells.size(); ++k) {
    size_t h = 0;
    while (h + 1 < head.size() && head[h + 1].begin <= cells[k].begin + 2) ++h;
    if (k > 0 && h <= (*column)[k - 1]) return false;
    (*column)[k] = h;
  }
  return true;
}

}  // namespace

TableMap TableMap::Build(std::string_view text) {
  TableMap map;
  // Lines with their offsets, then the separators each holds. Most lines have none, so the
  // separators are searched for in the whole text (memchr, eight bytes at a time) and marked
  // on their lines; only lines with a separator are checked for digits (a header has none).
  std::vector<Span> lines;
  std::vector<size_t> starts;
  for (size_t start = 0; start <= text.size();) {
    const void* nl = std::memchr(text.data() + start, '\n', text.size() - start);
    const size_t end = nl == nullptr ? text.size() : static_cast<size_t>(static_cast<const char*>(nl) - text.data());
    lines.push_back({start, end});
    starts.push_back(start);
    start = end + 1;
  }
  std::vector<uint8_t> facts(lines.size(), 0);
  auto mark = [&](char separator, uint8_t bit) {
    for (size_t at = 0; at < text.size();) {
      size_t pos = std::string_view::npos;
      if (separator == ' ') {
        pos = FindDoubleSpace(text, at);
      } else if (const void* hit = std::memchr(text.data() + at, separator, text.size() - at)) {
        pos = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
      }
      if (pos == std::string_view::npos) break;
      const size_t li = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), pos) - starts.begin()) - 1;
      facts[li] |= bit;
      at = lines[li].end + 1;  // one mark a line is enough
    }
  };
  mark('|', kPipe);
  mark('\t', kTab);
  mark(' ', kDoubleSpace);  // two spaces
  for (size_t li = 0; li < lines.size(); ++li) {
    if (facts[li] == 0) continue;
    const std::string_view line = text.substr(lines[li].begin, lines[li].end - lines[li].begin);
    if (std::any_of(line.begin(), line.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) facts[li] |= kDigit;
  }
  for (size_t li = 0; li + 1 < lines.size(); ++li) {
    if (facts[li] & kDigit) continue;
    std::string_view line = text.substr(lines[li].begin, lines[li].end - lines[li].begin);
    Sep sep = SeparatorOf(facts[li]);
    if (sep == Sep::kNone) continue;
    std::vector<Span> head = SplitCells(line, sep);
    if (!LooksLikeHeader(line, head)) continue;
    // Rows below with the same separator and the same number of cells; in a layout of spaces,
    // also a ragged row (an empty cell, or a continuation line "   + Harley Pike   son   ..."),
    // whose cells go under the header column each starts in.
    size_t first_header = map.headers_.size();
    size_t rows = 0;
    size_t lj = li + 1;
    std::vector<size_t> column;
    for (; lj < lines.size(); ++lj) {
      std::string_view row = text.substr(lines[lj].begin, lines[lj].end - lines[lj].begin);
      if (SeparatorOf(facts[lj]) != sep) break;
      std::vector<Span> cells = SplitCells(row, sep);
      if (cells.empty() || cells.size() > head.size()) break;
      if (!ColumnsOf(cells, head, sep, &column)) break;
      if (rows == 0) {
        for (const Span& h : head) map.headers_.push_back(Lower(line.substr(h.begin, h.end - h.begin)));
      }
      for (size_t k = 0; k < cells.size(); ++k) {
        map.cells_.push_back({lines[lj].begin + cells[k].begin, lines[lj].begin + cells[k].end, first_header + column[k],
                              lines[lj].begin, lines[lj].end});
      }
      ++rows;
    }
    if (rows > 0) li = lj - 1;
  }
  return map;
}

const TableMap::Cell* TableMap::Find(size_t pos) const {
  auto it = std::upper_bound(cells_.begin(), cells_.end(), pos, [](size_t p, const Cell& c) { return p < c.begin; });
  if (it == cells_.begin()) return nullptr;
  --it;
  return pos < it->end ? &*it : nullptr;
}

std::string_view TableMap::HeaderAt(size_t pos) const {
  const Cell* c = Find(pos);
  return c ? std::string_view(headers_[c->header]) : std::string_view();
}

std::pair<size_t, size_t> TableMap::RowAt(size_t pos) const {
  const Cell* c = Find(pos);
  return c ? std::pair<size_t, size_t>{c->row_begin, c->row_end} : std::pair<size_t, size_t>{pos, pos};
}

std::pair<size_t, size_t> TableMap::CellAt(size_t pos) const {
  const Cell* c = Find(pos);
  return c ? std::pair<size_t, size_t>{c->begin, c->end} : std::pair<size_t, size_t>{pos, pos};
}

}  // namespace disclose::detect
