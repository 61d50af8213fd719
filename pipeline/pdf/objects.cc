// PoDoFo object helpers and bounded stream decoding. See objects.h.
// Thread-safety: no shared state.
#include "pipeline/pdf/objects.h"

#include <zlib.h>

#include <cstdlib>
#include <memory>

namespace disclose::pdf::internal {
namespace {

using PoDoFo::PdfObject;

struct PodofoFree {
  void operator()(char* p) const { PoDoFo::podofo_free(p); }
};

Status Inflate(std::string_view in, size_t max_bytes, std::string_view what, std::string* out) {
  z_stream zs{};
  if (inflateInit(&zs) != Z_OK) return Internal(std::string(what) + ": zlib init failed");
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, inflateEnd);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[65536];
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    int rc = inflate(&zs, Z_NO_FLUSH);
    size_t got = sizeof buf - zs.avail_out;
    if (out->size() + got > max_bytes) {
      return InvalidInput(std::string(what) + ": decoded stream exceeds the size limit");
    }
    out->append(buf, got);
    if (rc == Z_STREAM_END) return Status::Ok();
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) return Status::Ok();  // truncated: keep what we have
    if (rc != Z_OK) {
      if (!out->empty()) return Status::Ok();  // damaged tail, as viewers do
      return InvalidInput(std::string(what) + ": damaged Flate data");
    }
  }
}

}  // namespace

const PdfObject* Resolve(const PdfObject* obj) {
  for (int hops = 0; obj != nullptr && obj->IsReference() && hops < 16; ++hops) {
    const PoDoFo::PdfVecObjects* owner = obj->GetOwner();
    if (owner == nullptr) return nullptr;
    obj = owner->GetObject(obj->GetReference());
  }
  return (obj != nullptr && obj->IsReference()) ? nullptr : obj;
}

PdfObject* ResolveMutable(PdfObject* obj) { return const_cast<PdfObject*>(Resolve(obj)); }

const PdfObject* Get(const PdfObject* dict, std::string_view key) {
  dict = Resolve(dict);
  if (dict == nullptr || !dict->IsDictionary()) return nullptr;
  return Resolve(dict->GetDictionary().GetKey(PoDoFo::PdfName(std::string(key))));
}

PdfObject* GetMutable(PdfObject* dict, std::string_view key) { return const_cast<PdfObject*>(Get(dict, key)); }

bool AsNumber(const PdfObject* obj, double* out) {
  obj = Resolve(obj);
  if (obj == nullptr) return false;
  if (obj->IsReal()) {
    *out = obj->GetReal();
    return true;
  }
  if (obj->IsNumber()) {
    *out = static_cast<double>(obj->GetNumber());
    return true;
  }
  return false;
}

double NumberOr(const PdfObject* obj, double fallback) {
  double v;
  return AsNumber(obj, &v) ? v : fallback;
}

std::string NameOr(const PdfObject* obj, std::string_view fallback) {
  obj = Resolve(obj);
  if (obj != nullptr && obj->IsName()) return obj->GetName().GetName();
  return std::string(fallback);
}

Status DecodeStream(const PdfObject* obj, size_t max_bytes, std::string_view what, std::string* out) {
  out->clear();
  if (obj == nullptr || !obj->HasStream()) return InvalidInput(std::string(what) + ": not a stream");
  const PdfObject* filter = Get(obj, "Filter");
  bool plain_flate = false, none = filter == nullptr;
  if (filter != nullptr) {
    std::string only;
    if (filter->IsName()) {
      only = filter->GetName().GetName();
    } else if (filter->IsArray() && filter->GetArray().size() == 1) {
      only = NameOr(&filter->GetArray()[0], "");
    } else if (filter->IsArray() && filter->GetArray().empty()) {
      none = true;
    }
    const PdfObject* parms = Get(obj, "DecodeParms");
    if (parms != nullptr && parms->IsArray() && parms->GetArray().size() == 1) parms = Resolve(&parms->GetArray()[0]);
    double predictor = NumberOr(Get(parms, "Predictor"), 1);
    plain_flate = (only == "FlateDecode" || only == "Fl") && predictor <= 1;
  }
  const PoDoFo::PdfStream* stream = obj->GetStream();
  char* raw = nullptr;
  PoDoFo::pdf_long len = 0;
  if (none || plain_flate) {
    stream->GetCopy(&raw, &len);
    std::unique_ptr<char, PodofoFree> owned(raw);
    std::string_view bytes(raw == nullptr ? "" : raw, raw == nullptr ? 0 : static_cast<size_t>(len));
    if (none) {
      if (bytes.size() > max_bytes) return InvalidInput(std::string(what) + ": stream exceeds the size limit");
      out->assign(bytes);
      return Status::Ok();
    }
    return Inflate(bytes, max_bytes, what, out);
  }
  stream->GetFilteredCopy(&raw, &len);
  std::unique_ptr<char, PodofoFree> owned(raw);
  if (raw == nullptr || len < 0) return Status::Ok();
  if (static_cast<size_t>(len) > max_bytes) {
    return InvalidInput(std::string(what) + ": decoded stream exceeds the size limit");
  }
  out->assign(raw, static_cast<size_t>(len));
  return Status::Ok();
}

}  // namespace disclose::pdf::internal
