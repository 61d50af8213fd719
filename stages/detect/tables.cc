// Table column headers (see tables.h).
#include "stages/detect/tables.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace disclose::detect {

namespace {

struct Span {
  size_t begin, end;
};

enum class Sep { kNone, kPipe, kTab, kSpaces };

// Cells of `line` (offsets relative to the line), trimmed. Empty cells are dropped, except
// between two pipes or tabs, where an empty cell still holds its column's place ("| 12:54 | |
// YO21TGV |": the registration stays under the fourth header).
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
  const bool positional = sep == Sep::kPipe || sep == Sep::kTab;
  for (size_t k = 0; k < raw.size(); ++k) {
    Span s = raw[k];
    while (s.begin < s.end && std::isspace(static_cast<unsigned char>(line[s.begin]))) ++s.begin;
    while (s.end > s.begin && std::isspace(static_cast<unsigned char>(line[s.end - 1]))) --s.end;
    if (s.end > s.begin || (positional && k > 0 && k + 1 < raw.size())) cells.push_back(s);
  }
  return cells;
}

bool LooksLikeHeader(std::string_view line, const std::vector<Span>& cells) {
  if (cells.size() < 2) return false;
  // "Name:      Owen Lee" is a form's label and value, and the form's other labels below it
  // ("Also known as:") are not names: a label that ends in ':' opens no table.
  if (line.substr(cells[0].begin, cells[0].end - cells[0].begin).ends_with(':')) return false;
  // Nor do fields side by side: "Name: Heledd Wyn PRITCHARD     Relationship: wife".
  for (const Span& c : cells) {
    if (line.substr(c.begin, c.end - c.begin).find(": ") != std::string_view::npos) return false;
  }
  // A cell that opens with a title is a person, not a column ("Dr Eilidh MacAoidh   Responsible
  // clinician (chair)" heads a list of those present, each with their role).
  static constexpr std::string_view kTitles[] = {"Dr ", "Mr ", "Mrs ", "Ms ", "Miss ", "Prof "};
  for (const Span& c : cells) {
    const std::string_view cell = line.substr(c.begin, c.end - c.begin);
    for (std::string_view title : kTitles) {
      if (cell.size() > title.size() && cell.starts_with(title) && cell[title.size()] >= 'A' &&
          cell[title.size()] <= 'Z') {
        return false;
      }
    }
  }
  // No digits, but for one cell of a wide header past its first two that is mostly words ("No.
  // Name  Station  Mon  Tue  Wed  Thu  Fri  L2 Food Hygiene").
  size_t with_digits = 0;
  for (size_t k = 0; k < cells.size(); ++k) {
    std::string_view cell = line.substr(cells[k].begin, cells[k].end - cells[k].begin);
    // A form's dot leader ("Surname ......... PASCOE-TRELOAR") makes a field, not a header.
    if (cell.size() > 32 || cell.find("..") != std::string_view::npos) return false;
    const size_t digits = static_cast<size_t>(
        std::count_if(cell.begin(), cell.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }));
    const size_t letters = static_cast<size_t>(
        std::count_if(cell.begin(), cell.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }));
    if (digits > 0 && (cells.size() < 4 || k < 2 || ++with_digits > 1 || letters < 3 * digits + 6)) return false;
  }
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// What a line holds: bits for a digit and each kind of separator.
constexpr uint8_t kDigit = 1, kPipe = 2, kTab = 4, kDoubleSpace = 8;

// The text's lines (split at '\n'; a text ending in '\n' ends with an empty line), and for
// each the separators it holds (kPipe, kTab, kDoubleSpace), in one pass. With SSE2 sixteen
// bytes are tested at once: most hold neither a line break nor a separator.
void ScanLines(std::string_view text, std::vector<Span>* lines, std::vector<uint8_t>* facts) {
  size_t start = 0;
  uint8_t line_facts = 0;
  auto end_line = [&](size_t at) {
    lines->push_back({start, at});
    facts->push_back(line_facts);
    start = at + 1;
    line_facts = 0;
  };
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n'), pipe = _mm_set1_epi8('|'), tab = _mm_set1_epi8('\t'),
                space = _mm_set1_epi8(' ');
  for (; i + 17 <= text.size(); i += 16) {  // reads text[i, i + 16]
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1));
    const auto mask = [](__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); };
    const uint32_t breaks = mask(_mm_cmpeq_epi8(x, nl));
    const uint32_t pipes = mask(_mm_cmpeq_epi8(x, pipe));
    const uint32_t tabs = mask(_mm_cmpeq_epi8(x, tab));
    const uint32_t doubles = mask(_mm_and_si128(_mm_cmpeq_epi8(x, space), _mm_cmpeq_epi8(y, space)));
    for (uint32_t any = breaks | pipes | tabs | doubles; any != 0; any &= any - 1) {
      const uint32_t bit = any & (~any + 1);
      if (breaks & bit) {
        end_line(i + static_cast<size_t>(std::countr_zero(bit)));
        continue;
      }
      if (pipes & bit) line_facts |= kPipe;
      if (tabs & bit) line_facts |= kTab;
      if (doubles & bit) line_facts |= kDoubleSpace;
    }
  }
#endif
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      end_line(i);
    } else if (c == '|') {
      line_facts |= kPipe;
    } else if (c == '\t') {
      line_facts |= kTab;
    } else if (c == ' ' && i + 1 < text.size() && text[i + 1] == ' ') {
      line_facts |= kDoubleSpace;
    }
  }
  end_line(text.size());
}

Sep SeparatorOf(uint8_t facts) {
  return (facts & kPipe) ? Sep::kPipe : (facts & kTab) ? Sep::kTab : (facts & kDoubleSpace) ? Sep::kSpaces : Sep::kNone;
}

// The header column of each cell of a row: by index when the row has as many cells as the
// header; in a layout of spaces, by where each cell starts (the last header starting at most two
// bytes after it), when that puts the cells in distinct, increasing columns, or else by index
// when the row lacks only the last cell (a phone's contact with no e-mail address, in a
// layout whose cells are not under their headers). False: not a row.
bool ColumnsOf(const std::vector<Span>& cells, const std::vector<Span>& head, Sep sep, std::vector<size_t>* column) {
  column->resize(cells.size());
  auto by_index = [&] {
    for (size_t k = 0; k < cells.size(); ++k) (*column)[k] = k;
    return true;
  };
  if (cells.size() == head.size()) return by_index();
  if (sep != Sep::kSpaces) return false;
  for (size_t k = 0; k < cells.size(); ++k) {
    size_t h = 0;
    while (h + 1 < head.size() && head[h + 1].begin <= cells[k].begin + 2) ++h;
    if (k > 0 && h <= (*column)[k - 1]) return cells.size() >= 2 && cells.size() + 1 == head.size() && by_index();
    (*column)[k] = h;
  }
  return true;
}

// True when a line of two, four or six cells opens a form's labels and values, side by side,
// rather than a table's header: two of it and the next three lines hold at least two cells whose
// first is a person's detail's label ("| Surname, forename | ADEYEMI, Oluwaseun |" over "| Date of
// birth | 27/11/1991 |" and "| NOMS number | G3950UJ |"; "Surname   YILMAZ   Forenames  Mehmet
// Ali" over "DOB   05-JAN-1985   Gender   M"; "Preferred name   Amaka").
bool KeyValueRows(std::string_view text, const std::vector<Span>& lines, size_t li, Sep sep,
                  const std::vector<Span>& head) {
  static constexpr std::string_view kLabelEnds[] = {
      "birth", "dob", "number", "no", "no.", "crn", "pnc", "cro", "passport", "licence", "nino", "address",
      "postcode", "nationality", "gender", "ethnicity", "email", "e-mail", "phone", "telephone", "mobile",
      "surname", "forenames", "names", "aliases", "language", "religion", "ref", "name", "location"};
  if (head.size() != 2 && head.size() != 4 && head.size() != 6) return false;
  int labels = 0;
  // (The first line's own first cell counts: "Forenames   John Michael" over "DOB   12-MAR-1987".)
  for (size_t lj = li; lj < lines.size() && lj <= li + 3; ++lj) {
    const std::string_view row = text.substr(lines[lj].begin, lines[lj].end - lines[lj].begin);
    const std::vector<Span> cells = SplitCells(row, sep);
    if (cells.size() < 2 || cells.size() > head.size()) continue;
    const std::string key = Lower(row.substr(cells[0].begin, cells[0].end - cells[0].begin));
    const size_t space = key.rfind(' ');
    const std::string_view last = std::string_view(key).substr(space == std::string::npos ? 0 : space + 1);
    if (std::find(std::begin(kLabelEnds), std::end(kLabelEnds), last) != std::end(kLabelEnds)) ++labels;
  }
  return labels >= 2;
}

}  // namespace

TableMap TableMap::Build(std::string_view text) {
  TableMap map;
  // Lines with the separators each holds; only lines with a separator are checked for digits
  // (a header has none).
  std::vector<Span> lines;
  std::vector<uint8_t> facts;
  ScanLines(text, &lines, &facts);
  for (size_t li = 0; li < lines.size(); ++li) {
    if (facts[li] == 0) continue;
    const std::string_view line = text.substr(lines[li].begin, lines[li].end - lines[li].begin);
    if (std::any_of(line.begin(), line.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) facts[li] |= kDigit;
  }
  for (size_t li = 0; li + 1 < lines.size(); ++li) {
    std::string_view line = text.substr(lines[li].begin, lines[li].end - lines[li].begin);
    // (A header has no digits, or one cell of words with one: LooksLikeHeader.)
    if ((facts[li] & kDigit) &&
        std::count_if(line.begin(), line.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) > 2) {
      continue;
    }
    Sep sep = SeparatorOf(facts[li]);
    if (sep == Sep::kNone) continue;
    std::vector<Span> head = SplitCells(line, sep);
    if (!LooksLikeHeader(line, head) || KeyValueRows(text, lines, li, sep, head)) continue;
    // Rows below with the same separator and the same number of cells; in a layout of spaces,
    // also a ragged row (an empty cell, or a continuation line "   + Harley Pike   son   ..."),
    // whose cells go under the header column each starts in.
    size_t first_header = map.headers_.size();
    size_t rows = 0;
    size_t lj = li + 1;
    std::vector<size_t> column;
    auto trimmed = [](std::string_view l) {
      const size_t b = l.find_first_not_of(" \t\r");
      return b == std::string_view::npos ? std::string_view() : l.substr(b, l.find_last_not_of(" \t\r") - b + 1);
    };
    bool wrapped = false;  // the last row of pipes ran on to the next line ("... Wexha-" / "mpton YX14 2DP |")
    bool part_below = false;  // in a later part of the table, under a caption (below)
    for (; lj < lines.size(); ++lj) {
      std::string_view row = text.substr(lines[lj].begin, lines[lj].end - lines[lj].begin);
      // A rule under the header ("-------") is passed over.
      if (rows == 0 && lj == li + 1 && !row.empty() &&
          row.find_first_not_of("-=_+| \r") == std::string_view::npos && row.find_first_of("-=_") != std::string_view::npos) {
        continue;
      }
      if (SeparatorOf(facts[lj]) != sep) break;
      std::vector<Span> cells = SplitCells(row, sep);
      // A row of pipes under a header without a leading pipe, whose first cell is empty
      // ("            |        |     | KQ1 9TF  tel ...", an address's second line).
      if (sep == Sep::kPipe && cells.size() + 1 == head.size() && trimmed(row).starts_with('|') &&
          !trimmed(line).starts_with('|')) {
        const size_t pipe = row.find('|');
        cells.insert(cells.begin(), Span{pipe, pipe});
      }
      if (cells.empty() || cells.size() > head.size()) break;
      if (wrapped && !trimmed(row).starts_with('|')) {
        // The rest of the row above: its cells go on from that row's last column.
        const size_t last = column.back();
        if (last + cells.size() > head.size()) break;
        for (size_t k = 0; k < cells.size(); ++k) {
          map.cells_.push_back({lines[lj].begin + cells[k].begin, lines[lj].begin + cells[k].end,
                                first_header + last + k, lines[lj].begin, lines[lj].end});
        }
        wrapped = false;
        continue;
      }
      if (part_below) {  // cells by their place, from the first column
        column.resize(cells.size());
        for (size_t k = 0; k < cells.size(); ++k) column[k] = k;
      } else if (!ColumnsOf(cells, head, sep, &column)) {
        break;
      }
      // (A row that opens with a pipe and does not close with one.)
      // (Only in a table whose header opens with a pipe too.)
      wrapped = sep == Sep::kPipe && trimmed(row).starts_with('|') && !trimmed(row).ends_with('|') &&
                trimmed(line).starts_with('|');
      if (rows == 0) {
        for (const Span& h : head) map.headers_.push_back(Lower(line.substr(h.begin, h.end - h.begin)));
      }
      for (size_t k = 0; k < cells.size(); ++k) {
        map.cells_.push_back({lines[lj].begin + cells[k].begin, lines[lj].begin + cells[k].end, first_header + column[k],
                              lines[lj].begin, lines[lj].end});
      }
      ++rows;
      // A later part of the table under a caption of its own and no header ("Remand/warrant
      // list" below a court list): the next rows of pipes, at most two lines further on, past a
      // blank line or a caption, go on under the same header when each of their cells holds digits
      // where the cell above it in the last row did, and none where it did not.
      if (sep != Sep::kPipe || lj + 1 >= lines.size() || (facts[lj + 1] & kPipe)) continue;
      size_t next = lj + 1;
      while (next < lines.size() && next <= lj + 3 && !(facts[next] & kPipe) &&
             lines[next].end - lines[next].begin <= 60) {
        ++next;
      }
      if (next == lj + 1 || next >= lines.size() || next > lj + 3 || !(facts[next] & kPipe)) continue;
      const std::string_view below = text.substr(lines[next].begin, lines[next].end - lines[next].begin);
      const std::vector<Span> below_cells = SplitCells(below, sep);
      auto has_digit = [](std::string_view s) { return s.find_first_of("0123456789") != std::string_view::npos; };
      bool same_kinds = below_cells.size() >= 3 && below_cells.size() <= cells.size() && trimmed(below).starts_with('|');
      for (size_t k = 0; same_kinds && k < below_cells.size(); ++k) {
        same_kinds = has_digit(below.substr(below_cells[k].begin, below_cells[k].end - below_cells[k].begin)) ==
                     has_digit(row.substr(cells[k].begin, cells[k].end - cells[k].begin));
      }
      if (same_kinds) {
        lj = next - 1;  // the loop goes on at `next`
        part_below = true;
      }
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
