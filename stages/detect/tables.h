// Table columns in page text: finds header rows (cells split by '|', tabs or runs of 2+ spaces,
// short cells without digits) and maps every cell of the rows below to its column header, so a
// date under "DOB" or a name under "Visitor name" gets the header as its context.
//
//   TableMap t = TableMap::Build(text);
//   std::string_view header = t.HeaderAt(pos);   // "date of birth", or "" outside a table
//
// Internal to the detect library. Thread-safety: immutable value after Build.
#pragma once

#include <algorithm>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace disclose::detect {

class TableMap {
 public:
  // Pre: `text` outlives nothing (headers are copied). Lines end with '\n'.
  static TableMap Build(std::string_view text);

  // The lower-case header of the table cell containing byte `pos`, or "".
  std::string_view HeaderAt(size_t pos) const;
  // [begin, end) of the cell containing `pos`; {pos, pos} outside a table.
  std::pair<size_t, size_t> CellAt(size_t pos) const;
  // [begin, end) of the table row (its line, without the '\n') containing `pos`; {pos, pos}
  // outside a table.
  std::pair<size_t, size_t> RowAt(size_t pos) const;
  // True when some table cell overlapping text[begin, end) has a column header for which
  // header_ok(header) holds.
  template <class HeaderOk>
  bool AnyCellIn(size_t begin, size_t end, HeaderOk&& header_ok) const {
    // The first cell ending after `begin` (cells are sorted and disjoint, so ends are sorted too).
    auto it = std::upper_bound(cells_.begin(), cells_.end(), begin, [](size_t p, const Cell& c) { return p < c.end; });
    for (; it != cells_.end() && it->begin < end; ++it) {
      if (header_ok(std::string_view(headers_[it->header]))) return true;
    }
    return false;
  }
  bool empty() const { return cells_.empty(); }
  // Calls f(begin, end, header) for every cell, in order.
  template <class F>
  void ForEachCell(F&& f) const {
    for (const Cell& c : cells_) f(c.begin, c.end, std::string_view(headers_[c.header]));
  }

 private:
  struct Cell {
    size_t begin = 0, end = 0;
    size_t header = 0;  // index into headers_
    size_t row_begin = 0, row_end = 0;  // its line
  };
  const Cell* Find(size_t pos) const;
  std::vector<std::string> headers_;
  std::vector<Cell> cells_;  // sorted by begin, non-overlapping
};

}  // namespace disclose::detect
