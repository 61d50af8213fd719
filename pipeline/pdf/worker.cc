// Worker processes for PDF parsing: request/response encoding, the child side, and the parent
// that starts, limits, watches and reaps the child. See worker.h.
// Thread-safety: reentrant; no shared mutable state. Between fork() and exec() the child only
// makes system calls (dup2, setrlimit, close_range, execv, _exit).
#include "pipeline/pdf/worker.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <new>
#include <optional>
#include <thread>

#include "pipeline/pdf/extract_pages.h"
#include "pipeline/pdf/repair.h"

#if defined(__SANITIZE_ADDRESS__)
#define DISCLOSE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DISCLOSE_ASAN 1
#endif
#endif

namespace disclose::pdf {
namespace {

constexpr char kRequestMagic[4] = {'D', 'P', 'W', '2'};
constexpr char kResponseMagic[4] = {'D', 'P', 'R', '2'};
constexpr uint8_t kOpExtract = 1;
constexpr uint8_t kOpRedact = 2;
constexpr int kExitOutOfMemory = 86;
constexpr int kExitExecFailed = 127;
constexpr size_t kMaxResponseBytes = size_t{2} << 30;
// "address_space_bytes,cpu_seconds" for an exec'd worker, which applies them itself.
constexpr char kLimitsEnv[] = "DISCLOSE_PDF_WORKER_LIMITS";
constexpr char kDedicatedWorker[] = "disclose-pdf-worker";  // next to the running binary

// ---- encoding: little-endian fixed-width integers, IEEE doubles, length-prefixed strings ----

bool WriteAll(int fd, std::string_view data);

// Appends to a string; with a descriptor, the string is flushed to it every kFlushBytes, so
// that a large response is never held whole in the worker.
class Writer {
 public:
  static constexpr size_t kFlushBytes = size_t{1} << 20;
  Writer() = default;
  explicit Writer(int fd) : fd_(fd) {}
  void Raw(const void* p, size_t n) {
    out_.append(static_cast<const char*>(p), n);
    if (auto_flush_ && fd_ >= 0 && out_.size() >= kFlushBytes) Flush();
  }
  // Off: the caller flushes (at record boundaries, so that a length can be patched in).
  void set_auto_flush(bool on) { auto_flush_ = on; }
  // Writes what is buffered to the descriptor (if any); false once a write has failed.
  bool Flush() {
    if (fd_ >= 0 && !out_.empty()) {
      ok_ = ok_ && WriteAll(fd_, out_);
      out_.clear();
    }
    return ok_;
  }
  void U8(uint8_t v) { Raw(&v, 1); }
  void I32(int32_t v) { Raw(&v, 4); }
  void U32(uint32_t v) { Raw(&v, 4); }
  void U64(uint64_t v) { Raw(&v, 8); }
  void F64(double v) { Raw(&v, 8); }
  void Str(std::string_view s) {
    U64(s.size());
    Raw(s.data(), s.size());
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
  int fd_ = -1;
  bool ok_ = true;
  bool auto_flush_ = true;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool Raw(void* p, size_t n) {
    if (in_.size() - pos_ < n) return ok_ = false;
    std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  uint8_t U8() { uint8_t v = 0; Raw(&v, 1); return v; }
  int32_t I32() { int32_t v = 0; Raw(&v, 4); return v; }
  uint32_t U32() { uint32_t v = 0; Raw(&v, 4); return v; }
  uint64_t U64() { uint64_t v = 0; Raw(&v, 8); return v; }
  double F64() { double v = 0; Raw(&v, 8); return v; }
  std::string_view StrView() {
    uint64_t n = U64();
    if (!ok_ || in_.size() - pos_ < n) {
      ok_ = false;
      return {};
    }
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::string Str() { return std::string(StrView()); }
  // A count of items each at least `min_item` bytes long; refuses counts the input cannot hold.
  uint32_t Count(size_t min_item) {
    uint32_t n = U32();
    if (!ok_ || n > (in_.size() - pos_) / (min_item == 0 ? 1 : min_item)) {
      ok_ = false;
      return 0;
    }
    return n;
  }
  bool Magic(const char (&m)[4]) {
    char got[4] = {};
    return Raw(got, 4) && std::memcmp(got, m, 4) == 0 ? true : (ok_ = false);
  }
  bool ok() const { return ok_; }
  bool Fail() { return ok_ = false; }
  size_t remaining() const { return in_.size() - pos_; }
  bool done() const { return ok_ && pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

void PutLimits(Writer& w, const Limits& l) {
  w.U64(l.max_bytes);
  w.I32(l.max_pages);
  w.U64(l.max_stream_bytes);
  w.I32(l.max_depth);
  w.F64(l.min_text_size);
}
Limits GetLimits(Reader& r) {
  Limits l;
  l.max_bytes = r.U64();
  l.max_pages = r.I32();
  l.max_stream_bytes = r.U64();
  l.max_depth = r.I32();
  l.min_text_size = r.F64();
  return l;
}

void PutBox(Writer& w, const Box& b) {
  w.F64(b.x0);
  w.F64(b.y0);
  w.F64(b.x1);
  w.F64(b.y1);
}
Box GetBox(Reader& r) {
  Box b;
  b.x0 = r.F64();
  b.y0 = r.F64();
  b.x1 = r.F64();
  b.y1 = r.F64();
  return b;
}

// ---- extraction response: pages streamed one by one, glyphs delta-coded ----
// After the response head: per page kPageRecord + U64 length + page (framed, so that the
// parent decodes each page as it arrives and never holds the whole response), then kPagesEnd +
// unknown_glyphs, or kPagesError + error (the parser failed after some pages were sent). A page: index, width,
// height, text, glyph count, then one record per glyph: a flags byte, the fields that differ
// from the glyph before (the first glyph of a page is compared with a zeroed, known glyph),
// and x1. A glyph's text is not sent when it is the page text of its span (U+FFFD spans of
// unknown glyphs have empty text); spans are sent as a length when they start where the one
// before ended (or one byte later, after an inserted space).
constexpr uint8_t kPageRecord = 1;
constexpr uint8_t kPagesEnd = 0;
constexpr uint8_t kPagesError = 2;

constexpr uint8_t kGlyphX0 = 1;      // F64 x0 (else x0 = previous x1)
constexpr uint8_t kGlyphY = 2;       // F64 y0, F64 y1
constexpr uint8_t kGlyphSize = 4;    // F64 font_size
constexpr uint8_t kGlyphStyle = 8;   // I32 render_mode, U8 hidden, U32 colour, U8 unicode_known
constexpr uint8_t kGlyphLine = 16;   // I32 line
constexpr uint8_t kGlyphSpan = 32;   // U32 begin, U32 end (else U8 length from previous end)
constexpr uint8_t kGlyphSpace = 64;  // with a length: the span starts one byte after the previous end
constexpr uint8_t kGlyphText = 128;  // Str text
constexpr size_t kMinGlyphRecord = 1 + 8;

// The fields the next glyph record is coded against (all but the text, which is not copied).
void KeepAsPrevious(const Glyph& g, Glyph* prev) {
  prev->box = g.box;
  prev->font_size = g.font_size;
  prev->render_mode = g.render_mode;
  prev->hidden = g.hidden;
  prev->colour = g.colour;
  prev->unicode_known = g.unicode_known;
  prev->line = g.line;
}

// Appends fixed-width values to a small stack buffer; one Writer::Raw per glyph.
class Record {
 public:
  template <typename T>
  void Put(T v) {
    std::memcpy(buf_ + n_, &v, sizeof v);
    n_ += sizeof v;
  }
  const char* data() const { return buf_; }
  size_t size() const { return n_; }

 private:
  char buf_[96];
  size_t n_ = 0;
};

std::string_view DerivedText(std::string_view text, bool known, uint32_t begin, uint32_t end) {
  return known && begin <= end && end <= text.size() ? text.substr(begin, end - begin) : std::string_view();
}

void PutPage(Writer& w, const Page& p) {
  w.I32(p.index);
  w.F64(p.width);
  w.F64(p.height);
  w.Str(p.text);
  const size_t n = std::min(p.glyphs.size(), p.glyph_spans.size());
  w.U32(static_cast<uint32_t>(n));
  Glyph prev;
  uint32_t prev_end = 0;
  for (size_t i = 0; i < n; ++i) {
    const Glyph& g = p.glyphs[i];
    const auto [begin, end] = p.glyph_spans[i];
    uint8_t flags = 0;
    if (g.box.x0 != prev.box.x1) flags |= kGlyphX0;
    if (g.box.y0 != prev.box.y0 || g.box.y1 != prev.box.y1) flags |= kGlyphY;
    if (g.font_size != prev.font_size) flags |= kGlyphSize;
    if (g.render_mode != prev.render_mode || g.hidden != prev.hidden || g.colour != prev.colour ||
        g.unicode_known != prev.unicode_known) {
      flags |= kGlyphStyle;
    }
    if (g.line != prev.line) flags |= kGlyphLine;
    const bool short_span = end >= begin && end - begin <= 255 && (begin == prev_end || begin == prev_end + 1);
    if (!short_span) flags |= kGlyphSpan;
    else if (begin != prev_end) flags |= kGlyphSpace;
    if (g.text != DerivedText(p.text, g.unicode_known, begin, end)) flags |= kGlyphText;
    Record rec;
    rec.Put(flags);
    if (flags & kGlyphX0) rec.Put(g.box.x0);
    if (flags & kGlyphY) {
      rec.Put(g.box.y0);
      rec.Put(g.box.y1);
    }
    if (flags & kGlyphSize) rec.Put(g.font_size);
    if (flags & kGlyphStyle) {
      rec.Put(static_cast<int32_t>(g.render_mode));
      rec.Put(static_cast<uint8_t>(g.hidden));
      rec.Put(g.colour);
      rec.Put(static_cast<uint8_t>(g.unicode_known ? 1 : 0));
    }
    if (flags & kGlyphLine) rec.Put(static_cast<int32_t>(g.line));
    if (flags & kGlyphSpan) {
      rec.Put(begin);
      rec.Put(end);
    } else {
      rec.Put(static_cast<uint8_t>(end - begin));
    }
    rec.Put(g.box.x1);
    w.Raw(rec.data(), rec.size());
    if (flags & kGlyphText) w.Str(g.text);
    KeepAsPrevious(g, &prev);
    prev_end = end;
  }
}

// Reads one page; false (and `r` not ok) when the record is malformed.
bool GetPage(Reader& r, Page* out) {
  Page& p = *out;
  p.index = r.I32();
  p.width = r.F64();
  p.height = r.F64();
  p.text = r.Str();
  const uint32_t n = r.Count(kMinGlyphRecord);
  if (!r.ok()) return false;
  p.glyphs.reserve(n);
  p.glyph_spans.reserve(n);
  Glyph prev;
  uint32_t prev_end = 0;
  for (uint32_t i = 0; i < n; ++i) {
    Glyph& g = p.glyphs.emplace_back();
    const uint8_t flags = r.U8();
    g.box.x0 = (flags & kGlyphX0) ? r.F64() : prev.box.x1;
    if (flags & kGlyphY) {
      g.box.y0 = r.F64();
      g.box.y1 = r.F64();
    } else {
      g.box.y0 = prev.box.y0;
      g.box.y1 = prev.box.y1;
    }
    g.font_size = (flags & kGlyphSize) ? r.F64() : prev.font_size;
    if (flags & kGlyphStyle) {
      g.render_mode = r.I32();
      const uint8_t hidden = r.U8();
      g.hidden = hidden <= static_cast<uint8_t>(Hidden::kWhite) ? static_cast<Hidden>(hidden) : Hidden::kInvisible;
      g.colour = r.U32();
      g.unicode_known = r.U8() != 0;
    } else {
      g.render_mode = prev.render_mode;
      g.hidden = prev.hidden;
      g.colour = prev.colour;
      g.unicode_known = prev.unicode_known;
    }
    g.line = (flags & kGlyphLine) ? r.I32() : prev.line;
    uint32_t begin, end;
    if (flags & kGlyphSpan) {
      begin = r.U32();
      end = r.U32();
    } else {
      begin = prev_end + ((flags & kGlyphSpace) ? 1 : 0);
      end = begin + r.U8();
    }
    g.box.x1 = r.F64();
    if (flags & kGlyphText) {
      g.text = r.Str();
    } else {
      if (g.unicode_known && (end < begin || end > p.text.size())) return r.Fail();
      g.text = DerivedText(p.text, g.unicode_known, begin, end);
    }
    if (!r.ok()) return false;
    p.glyph_spans.emplace_back(begin, end);
    KeepAsPrevious(g, &prev);
    prev_end = end;
  }
  return r.ok();
}

// The parent's error for an answer it cannot decode.
Error Malformed(std::string_view name) {
  return Internal("the PDF worker answered malformed data for document " + std::string(name));
}

// Splits a response into the error or the payload reader positioned after the status bytes.
Status ReadResponseHead(Reader& r, std::string_view name, bool* repaired) {
  if (!r.Magic(kResponseMagic)) return Malformed(name);
  uint8_t ok = r.U8();
  if (ok == 0) {
    uint8_t kind = r.U8();
    std::string message = r.Str();
    if (!r.done() || kind > static_cast<uint8_t>(ErrorKind::kInternal)) {
      return Malformed(name);
    }
    return Error{static_cast<ErrorKind>(kind), std::move(message)};
  }
  *repaired = r.U8() != 0;
  if (!r.ok()) return Malformed(name);
  return Status::Ok();
}

// Decodes an extraction response while it arrives: Feed() takes the response head and each
// complete page frame off the front of the received bytes; Finish() reads what is left after
// the child closed its end (the end record, or an error).
class ExtractionDecoder {
 public:
  // Each decoded page goes to `sink`.
  ExtractionDecoder(std::string_view name, const std::function<void(Page&&)>& sink) : name_(name), sink_(sink) {}

  void Feed(std::string* received) {
    if (failed_) return;
    size_t used = 0;
    std::string_view in(*received);
    if (!head_done_) {
      // Only a successful head is taken here; an error response is left whole for Finish.
      if (in.size() < 6 || std::memcmp(in.data(), kResponseMagic, 4) != 0 || in[4] != 1) return;
      used = 6;
      head_done_ = true;
    }
    while (in.size() - used >= 9 && static_cast<uint8_t>(in[used]) == kPageRecord) {
      uint64_t length = 0;
      std::memcpy(&length, in.data() + used + 1, 8);
      if (length > in.size() - used - 9) break;
      Reader r(in.substr(used + 9, length));
      Page page;
      if (!GetPage(r, &page) || !r.done()) {
        failed_ = true;
        break;
      }
      sink_(std::move(page));
      used += 9 + length;
    }
    received->erase(0, used);
  }

  Status Finish(std::string_view rest) {
    const Status malformed = Malformed(name_);
    if (failed_) return malformed;
    Reader r(rest);
    if (!head_done_) {
      bool repaired = false;
      Status head = ReadResponseHead(r, name_, &repaired);
      if (!head.ok()) return head;
    }
    const uint8_t marker = r.U8();
    if (marker == kPagesEnd) {
      unknown_glyphs_ = r.I32();
      return r.done() ? Status::Ok() : malformed;
    }
    if (marker == kPagesError) {
      const uint8_t kind = r.U8();
      std::string message = r.Str();
      if (!r.done() || kind > static_cast<uint8_t>(ErrorKind::kInternal)) return malformed;
      return Error{static_cast<ErrorKind>(kind), std::move(message)};
    }
    return malformed;
  }

  int unknown_glyphs() const { return unknown_glyphs_; }

 private:
  std::string_view name_;
  const std::function<void(Page&&)>& sink_;
  int unknown_glyphs_ = 0;
  bool head_done_ = false;
  bool failed_ = false;
};

std::string EncodeRequest(uint8_t op, bool repair, std::string_view pdf_bytes, std::string_view name,
                          const Limits& limits, const std::vector<PageRedactions>& redactions,
                          const RedactOptions& options) {
  Writer w;
  w.out().reserve(pdf_bytes.size() + 256);
  w.Raw(kRequestMagic, 4);
  w.U8(op);
  w.U8(repair ? 1 : 0);
  w.Str(name);
  PutLimits(w, limits);
  w.U32(static_cast<uint32_t>(redactions.size()));
  for (const PageRedactions& pr : redactions) {
    w.I32(pr.page);
    w.U32(static_cast<uint32_t>(pr.boxes.size()));
    for (const Box& b : pr.boxes) PutBox(w, b);
  }
  w.U8(options.remove_hidden_text ? 1 : 0);
  w.U8(options.redact_images ? 1 : 0);
  w.U8(options.verify ? 1 : 0);
  w.U32(static_cast<uint32_t>(options.verify_strings.size()));
  for (const std::string& s : options.verify_strings) w.Str(s);
  w.Str(pdf_bytes);
  return std::move(w.out());
}

void PutStats(Writer& w, const RedactStats& s) {
  for (int v : {s.glyphs_removed, s.hidden_glyphs_removed, s.boxes_drawn, s.pages_changed, s.forms_copied,
                s.images_blanked, s.inline_images_removed, s.paths_removed, s.hidden_paints_removed}) {
    w.I32(v);
  }
}
RedactStats GetStats(Reader& r) {
  RedactStats s;
  for (int* v : {&s.glyphs_removed, &s.hidden_glyphs_removed, &s.boxes_drawn, &s.pages_changed, &s.forms_copied,
                 &s.images_blanked, &s.inline_images_removed, &s.paths_removed, &s.hidden_paints_removed}) {
    *v = r.I32();
  }
  return s;
}

void PutError(Writer& w, const Error& e) {
  w.U8(0);
  w.U8(static_cast<uint8_t>(e.kind));
  w.Str(e.message);
}

// Runs one request (child side) and writes the response to `out_fd` as it is encoded. With
// `repair` set, the input goes through qpdf first and a repair failure is the answer.
// Returns false when the response could not be written. Never throws.
bool HandleRequest(std::string_view request, int out_fd) {
  Writer w(out_fd);
  w.Raw(kResponseMagic, 4);
  try {
    Reader r(request);
    r.Magic(kRequestMagic);
    uint8_t op = r.U8();
    bool repair = r.U8() != 0;
    std::string name = r.Str();
    Limits limits = GetLimits(r);
    std::vector<PageRedactions> redactions(r.Count(8));
    for (PageRedactions& pr : redactions) {
      pr.page = r.I32();
      pr.boxes.resize(r.Count(32));
      for (Box& b : pr.boxes) b = GetBox(r);
    }
    RedactOptions options;
    options.remove_hidden_text = r.U8() != 0;
    options.redact_images = r.U8() != 0;
    options.verify = r.U8() != 0;
    options.verify_strings.resize(r.Count(8));
    for (std::string& s : options.verify_strings) s = r.Str();
    std::string_view pdf_bytes = r.StrView();
    if (!r.done() || (op != kOpExtract && op != kOpRedact)) {
      PutError(w, Internal("the PDF worker received a malformed request"));
      return w.Flush();
    }
    std::string repaired;
    if (repair) {
      auto fixed = RepairWithQpdf(pdf_bytes, name, limits);
      if (!fixed.ok()) {
        PutError(w, fixed.error());
        return w.Flush();
      }
      repaired = std::move(*fixed);
      pdf_bytes = repaired;
    }
    if (op == kOpExtract) {
      w.set_auto_flush(false);  // whole page frames only (their length is patched in)
      // Pages go out as they are extracted; an error before the first page is an ordinary
      // error response, one after it a kPagesError record.
      bool head_sent = false;
      int unknown = 0;
      Status st = internal::ExtractPages(
          pdf_bytes, name, limits,
          [&](Page&& page) {
            if (!head_sent) {
              w.U8(1);
              w.U8(repair ? 1 : 0);
              head_sent = true;
            }
            w.U8(kPageRecord);
            const size_t at = w.out().size();
            w.U64(0);
            PutPage(w, page);
            const uint64_t length = w.out().size() - at - 8;
            std::memcpy(w.out().data() + at, &length, 8);
            if (w.out().size() >= Writer::kFlushBytes) w.Flush();
          },
          &unknown);
      if (!st.ok() && !head_sent) {
        PutError(w, st.error());
      } else if (!st.ok()) {
        w.U8(kPagesError);
        w.U8(static_cast<uint8_t>(st.error().kind));
        w.Str(st.error().message);
      } else {
        if (!head_sent) {
          w.U8(1);
          w.U8(repair ? 1 : 0);
        }
        w.U8(kPagesEnd);
        w.I32(unknown);
      }
    } else {
      RedactStats stats;
      auto out = Redact(pdf_bytes, name, redactions, &stats, limits, options);
      if (!out.ok()) {
        PutError(w, out.error());
      } else {
        w.U8(1);
        w.U8(repair ? 1 : 0);
        PutStats(w, stats);
        w.Str(*out);
      }
    }
  } catch (...) {
    // Nothing of the payload has been flushed yet unless encoding failed midway, in which
    // case the parent finds the response malformed.
    Writer e(out_fd);
    e.Raw(kResponseMagic, 4);
    PutError(e, Internal("the PDF worker failed unexpectedly"));
    return e.Flush();
  }
  return w.Flush();
}

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool ReadAll(int fd, std::string* out, size_t cap) {
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) return true;
    if (out->size() + static_cast<size_t>(n) > cap) return false;
    out->append(buf, static_cast<size_t>(n));
  }
}

void OutOfMemory() { _exit(kExitOutOfMemory); }

// Virtual size of this process in bytes (0 when unknown).
size_t OwnVirtualSize() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0;
  statm >> pages;
  return pages * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

size_t ResidentBytes(pid_t pid) {
  std::ifstream statm("/proc/" + std::to_string(pid) + "/statm");
  size_t size = 0, resident = 0;
  statm >> size >> resident;
  return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// Peak resident set of `pid` so far (VmHWM), in KiB; 0 when unreadable.
long PeakResidentKib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  long value = 0;
  while (status >> key) {
    if (key == "VmHWM:") {
      status >> value;
      return value;
    }
    status.ignore(1 << 12, '\n');
  }
  return 0;
}

// Child side: in the forked child, or first thing in an exec'd worker.
void SetChildLimits(int cpu_seconds, size_t address_space) {
  rlimit core{0, 0};
  setrlimit(RLIMIT_CORE, &core);
  if (cpu_seconds > 0) {
    rlimit cpu{static_cast<rlim_t>(cpu_seconds), static_cast<rlim_t>(cpu_seconds) + 1};
    setrlimit(RLIMIT_CPU, &cpu);
  }
#ifndef DISCLOSE_ASAN
  if (address_space > 0) {
    rlimit as{address_space, address_space};
    setrlimit(RLIMIT_AS, &as);
  }
#else
  (void)address_space;
#endif
}

struct FdCloser {
  int fd = -1;
  ~FdCloser() {
    if (fd >= 0) ::close(fd);
  }
};

std::string MiB(size_t bytes) { return std::to_string(bytes >> 20); }

// Consumes complete items from the front of the bytes received so far (may erase them).
using Feed = std::function<void(std::string* received)>;

// Starts the child, exchanges request and response, reaps it. Returns the response bytes
// (what `feed`, if any, left of them) or an error describing how the child ended.
Result<std::string> RunChild(const std::string& request, std::string_view name, const IsolationOptions& iso,
                             WorkerReport* report, const Feed& feed) {
  const std::string n(name);
  const bool exec_mode = !iso.worker_executable.empty();
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    return Transient("could not start the PDF worker for document " + n + " (socketpair failed)");
  }
  FdCloser parent_end{sv[0]};
  FdCloser child_end{sv[1]};
  // Exec mode: the new image's own size plus the limit is a fair cap. Fork mode: the child
  // starts with the parent's mappings, so the cap is what it already has plus the limit.
  const size_t address_space =
      iso.memory_limit_bytes == 0 ? 0 : iso.memory_limit_bytes + (exec_mode ? size_t{256} << 20 : OwnVirtualSize());
  // A forked child's resident set starts with the parent's pages; only growth counts.
  const size_t resident_cap = iso.memory_limit_bytes + (exec_mode ? 0 : ResidentBytes(getpid()));
  std::vector<char> exe(iso.worker_executable.begin(), iso.worker_executable.end());
  exe.push_back('\0');
  char arg1[] = "pdf-worker";
  char* argv[] = {exe.data(), arg1, nullptr};

  const auto start = std::chrono::steady_clock::now();
  pid_t pid = -1;
  if (exec_mode) {
    // posix_spawn runs no code of ours between fork and exec (a forked child of a threaded
    // process can block on a lock another thread held); the worker sets its own rlimits from
    // kLimitsEnv before it parses anything.
    std::vector<std::string> env_strings;
    for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
      if (std::strncmp(*e, kLimitsEnv, std::strlen(kLimitsEnv)) != 0) env_strings.emplace_back(*e);
    }
    env_strings.push_back(std::string(kLimitsEnv) + "=" + std::to_string(address_space) + "," +
                          std::to_string(iso.cpu_seconds));
    std::vector<char*> envp;
    for (std::string& e : env_strings) envp.push_back(e.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 0);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 1);
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    int rc = posix_spawn(&pid, exe.data(), &actions, nullptr, argv, envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return Internal("the PDF worker could not be started for document " + n);
  } else {
    pid = fork();
    if (pid < 0) return Transient("could not start the PDF worker for document " + n + " (fork failed)");
    if (pid == 0) {
      SetChildLimits(iso.cpu_seconds, address_space);
      ::close(sv[0]);
      std::set_new_handler(OutOfMemory);
      _exit(HandleRequest(request, sv[1]) ? 0 : 1);
    }
  }
  if (report != nullptr) report->started = true;
  ::close(child_end.fd);
  child_end.fd = -1;
  const int fd = parent_end.fd;
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);

  size_t sent = exec_mode ? 0 : request.size();
  if (!exec_mode) shutdown(fd, SHUT_WR);
  std::string response;
  size_t received = 0;
  bool timed_out = false, over_memory = false, too_big = false, eof = false;
  long peak_kib = 0;
  const auto deadline = start + std::chrono::seconds(iso.wall_seconds > 0 ? iso.wall_seconds : 1 << 20);
  auto next_rss_check = start;
  char buf[1 << 16];
  while (!eof) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline) {
      timed_out = true;
      break;
    }
    if (now >= next_rss_check) {
      peak_kib = std::max(peak_kib, PeakResidentKib(pid));
      if (iso.memory_limit_bytes > 0 && ResidentBytes(pid) > resident_cap) {
        over_memory = true;
        break;
      }
      next_rss_check = now + std::chrono::milliseconds(20);
    }
    pollfd p{fd, static_cast<short>(POLLIN | (sent < request.size() ? POLLOUT : 0)), 0};
    int r = poll(&p, 1, 50);
    if (r < 0 && errno != EINTR) break;
    if (r <= 0) continue;
    if ((p.revents & POLLOUT) && sent < request.size()) {
      ssize_t k = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (k > 0) {
        sent += static_cast<size_t>(k);
        if (sent == request.size()) shutdown(fd, SHUT_WR);
      } else if (k < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        sent = request.size();  // the child is gone; its exit status tells why
      }
    }
    if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
      for (;;) {
        ssize_t k = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (k > 0) {
          // The first bytes of the answer: the work is done and the worker still alive.
          if (received == 0) peak_kib = std::max(peak_kib, PeakResidentKib(pid));
          response.append(buf, static_cast<size_t>(k));
          received += static_cast<size_t>(k);
          if (received > kMaxResponseBytes) {
            too_big = true;
            eof = true;
            break;
          }
          continue;
        }
        if (k == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
          eof = true;
          peak_kib = std::max(peak_kib, PeakResidentKib(pid));  // the answer is out; it is about to exit
        }
        break;
      }
      if ((p.revents & (POLLHUP | POLLERR)) && !(p.revents & POLLIN)) eof = true;
      if (feed && !too_big) feed(&response);
    }
  }
  if (timed_out || over_memory || too_big) kill(pid, SIGKILL);

  // Reap; a child that closed its end but does not exit is killed at the deadline. A pidfd
  // (Linux 5.3) wakes us when the child exits; without one, poll every millisecond.
  int status = 0;
  rusage usage{};
  FdCloser child_fd{static_cast<int>(syscall(SYS_pidfd_open, pid, 0))};
  for (;;) {
    pid_t w = wait4(pid, &status, WNOHANG, &usage);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) break;
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline && !timed_out) {
      timed_out = true;
      kill(pid, SIGKILL);
    }
    if (child_fd.fd >= 0) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count();
      pollfd p{child_fd.fd, POLLIN, 0};
      poll(&p, 1, static_cast<int>(std::clamp<long long>(left, 1, 100)));
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const int exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  const int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  if (report != nullptr) {
    report->exit_code = exit_code;
    report->signal = sig;
    report->timed_out = timed_out;
    report->over_memory = over_memory || exit_code == kExitOutOfMemory;
    report->wall_seconds = wall;
    // Sampled: wait4's ru_maxrss would count the parent's pages, which a forked or spawned
    // child shares until it execs.
    report->max_rss_kib = peak_kib;
  }
  if (timed_out) {
    return InvalidInput("the PDF parser took longer than " + std::to_string(iso.wall_seconds) + " s on document " + n);
  }
  if (over_memory || exit_code == kExitOutOfMemory) {
    return InvalidInput("the PDF parser exceeded the " + MiB(iso.memory_limit_bytes) + " MiB memory limit on document " +
                        n);
  }
  if (too_big) return InvalidInput("the PDF parser's result for document " + n + " exceeds the size limit");
  if (sig == SIGXCPU || (sig == SIGKILL && iso.cpu_seconds > 0 && cpu >= iso.cpu_seconds)) {
    return InvalidInput("the PDF parser used more than " + std::to_string(iso.cpu_seconds) + " s of CPU on document " +
                        n);
  }
  if (sig != 0) {
    return InvalidInput("the PDF parser crashed (signal " + std::to_string(sig) + ") on document " + n);
  }
  if (exit_code == kExitExecFailed && received == 0) {
    return Internal("the PDF worker could not be started for document " + n);
  }
  if (exit_code != 0) {
    return InvalidInput("the PDF parser ended without a result (exit status " + std::to_string(exit_code) +
                        ") on document " + n);
  }
  return response;
}

// How the parent reads one attempt's answer: `feed` (optional) consumes items while they
// arrive; `finish` reads what is left once the child is done and returns the parser's error
// when the answer carries one, kInternal when it is malformed. `start` runs before each attempt.
struct ResponseHandler {
  std::function<void()> start;
  Feed feed;
  std::function<Status(std::string_view rest)> finish;
};

// Runs `op` in a child and hands its answer to `handler`; when the parser refuses the file or
// the child crashes, runs it once more in a fresh child that repairs the file with qpdf first,
// under repair_wall_seconds. A failed repair yields the first error.
Status RunWithRepair(uint8_t op, std::string_view pdf_bytes, std::string_view name, const Limits& limits,
                     const std::vector<PageRedactions>& redactions, const RedactOptions& options,
                     const IsolationOptions& iso, WorkerReport* report, const ResponseHandler& handler) {
  WorkerReport first_report;
  Error first_error;
  {
    handler.start();
    auto response = RunChild(EncodeRequest(op, false, pdf_bytes, name, limits, redactions, options), name, iso,
                             &first_report, handler.feed);
    if (report != nullptr) *report = first_report;
    if (response.ok()) {
      Status parsed = handler.finish(*response);
      if (parsed.ok()) return parsed;
      first_error = parsed.error();
    } else {
      first_error = response.error();
    }
  }
  const bool crashed = first_report.signal != 0 && !first_report.timed_out && !first_report.over_memory &&
                       first_report.signal != SIGKILL && first_report.signal != SIGXCPU;
  const bool refused = first_report.exit_code == 0 && first_error.kind != ErrorKind::kTransient &&
                       first_error.kind != ErrorKind::kInternal;
  if (!(crashed || refused) || iso.repair_wall_seconds <= 0) return first_error;
  IsolationOptions repair_iso = iso;
  repair_iso.wall_seconds = iso.wall_seconds > 0 ? std::min(iso.wall_seconds, iso.repair_wall_seconds)
                                                 : iso.repair_wall_seconds;
  WorkerReport second_report;
  handler.start();
  auto response = RunChild(EncodeRequest(op, true, pdf_bytes, name, limits, redactions, options), name, repair_iso,
                           &second_report, handler.feed);
  if (report != nullptr) {
    report->wall_seconds += second_report.wall_seconds;
    report->max_rss_kib = std::max(report->max_rss_kib, second_report.max_rss_kib);
  }
  if (!response.ok() || !handler.finish(*response).ok()) return first_error;
  if (report != nullptr) {
    *report = second_report;
    report->wall_seconds += first_report.wall_seconds;
    report->max_rss_kib = std::max(first_report.max_rss_kib, second_report.max_rss_kib);
    report->repaired = true;
  }
  return Status::Ok();
}

}  // namespace

IsolationOptions IsolationOptions::SelfExec() {
  IsolationOptions o;
  o.worker_executable = "/proc/self/exe";
  char self[4096];
  const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n > 0) {
    std::string path(self, static_cast<size_t>(n));
    const size_t slash = path.rfind('/');
    if (slash != std::string::npos) {
      path = path.substr(0, slash + 1) + kDedicatedWorker;
      if (access(path.c_str(), X_OK) == 0) o.worker_executable = path;
    }
  }
  return o;
}

Result<int> IsolatedExtractPages(std::string_view pdf_bytes, std::string_view name, const Limits& limits,
                                 const IsolationOptions& isolation, const std::function<void(Page&&)>& sink,
                                 const std::function<void()>& restart, WorkerReport* report) {
  if (pdf_bytes.size() > limits.max_bytes) return InvalidInput("document " + std::string(name) + " exceeds the size limit");
  std::optional<ExtractionDecoder> decoder;
  bool first = true;
  ResponseHandler handler;
  handler.start = [&] {
    if (!first && restart) restart();
    first = false;
    decoder.emplace(name, sink);
  };
  handler.feed = [&](std::string* received) { decoder->Feed(received); };
  handler.finish = [&](std::string_view rest) { return decoder->Finish(rest); };
  Status st = RunWithRepair(kOpExtract, pdf_bytes, name, limits, {}, {}, isolation, report, handler);
  if (!st.ok()) return st.error();
  return decoder->unknown_glyphs();
}

Result<Document> IsolatedExtract(std::string_view pdf_bytes, std::string_view name, const Limits& limits,
                                 const IsolationOptions& isolation, WorkerReport* report) {
  Document doc;
  auto unknown = IsolatedExtractPages(
      pdf_bytes, name, limits, isolation, [&doc](Page&& page) { doc.pages.push_back(std::move(page)); },
      [&doc] { doc.pages.clear(); }, report);
  if (!unknown.ok()) return unknown.error();
  doc.unknown_glyphs = *unknown;
  return doc;
}

Result<std::string> IsolatedRedact(std::string_view pdf_bytes, std::string_view name,
                                   const std::vector<PageRedactions>& redactions, RedactStats* stats,
                                   const Limits& limits, const IsolationOptions& isolation, WorkerReport* report,
                                   const RedactOptions& options) {
  if (pdf_bytes.size() > limits.max_bytes) return InvalidInput("document " + std::string(name) + " exceeds the size limit");
  RedactStats st;
  std::string out;
  ResponseHandler handler;
  handler.start = [] {};
  handler.finish = [&](std::string_view response) -> Status {
    Reader r(response);
    bool repaired = false;
    Status head = ReadResponseHead(r, name, &repaired);
    if (!head.ok()) return head;
    st = GetStats(r);
    out = r.Str();
    if (!r.done()) return Malformed(name);
    return Status::Ok();
  };
  Status done = RunWithRepair(kOpRedact, pdf_bytes, name, limits, redactions, options, isolation, report, handler);
  if (!done.ok()) return done.error();
  if (stats != nullptr) *stats = st;
  return out;
}

int RunPdfWorker(int in_fd, int out_fd) {
  // A worker whose stage process was killed (kill -9) must not outlive it.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (const char* limits = std::getenv(kLimitsEnv); limits != nullptr) {
    char* end = nullptr;
    const unsigned long long address_space = std::strtoull(limits, &end, 10);
    const int cpu_seconds = (end != nullptr && *end == ',') ? std::atoi(end + 1) : 0;
    SetChildLimits(cpu_seconds, static_cast<size_t>(address_space));
  }
  std::set_new_handler(OutOfMemory);
  std::string request;
  if (!ReadAll(in_fd, &request, kMaxResponseBytes)) return 1;
  return HandleRequest(request, out_fd) ? 0 : 1;
}

}  // namespace disclose::pdf
