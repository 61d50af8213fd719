// Loading PDF bytes with limits; PoDoFo error translation. See loader.h.
// Thread-safety: reentrant after the one-time setup in EnsureLibrarySetUp().
#include "pipeline/pdf/loader.h"

#include <openssl/provider.h>

#include <cctype>

namespace disclose::pdf::internal {
namespace {

void EnsureLibrarySetUp() {
  static const bool done = [] {
    PoDoFo::PdfError::EnableLogging(false);
    PoDoFo::PdfError::EnableDebug(false);
    // RC4 (and the AES-128 R4 key derivation) live in OpenSSL 3's legacy provider.
    OSSL_PROVIDER_load(nullptr, "legacy");
    OSSL_PROVIDER_load(nullptr, "default");
    return true;
  }();
  (void)done;
}

bool Contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

// "/Key" followed by optional whitespace and `value`.
bool HasKeyValue(std::string_view bytes, std::string_view key, char value) {
  for (size_t pos = bytes.find(key); pos != std::string_view::npos; pos = bytes.find(key, pos + 1)) {
    size_t i = pos + key.size();
    if (i < bytes.size() && std::isalpha(static_cast<unsigned char>(bytes[i]))) continue;  // /Version etc.
    while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
    if (i < bytes.size() && bytes[i] == value &&
        (i + 1 >= bytes.size() || !std::isdigit(static_cast<unsigned char>(bytes[i + 1])))) {
      return true;
    }
  }
  return false;
}

}  // namespace

Error FromPdfError(const PoDoFo::PdfError& e, std::string_view name, std::string_view doing) {
  std::string what = PoDoFo::PdfError::ErrorName(e.GetError()) != nullptr
                         ? PoDoFo::PdfError::ErrorName(e.GetError())
                         : "unknown error";
  if (e.GetError() == PoDoFo::ePdfError_InvalidPassword) {
    return Unsupported("document " + std::string(name) + " is encrypted with a password");
  }
  if (e.GetError() == PoDoFo::ePdfError_OutOfMemory) {
    return InvalidInput("document " + std::string(name) + " is too large to process while " + std::string(doing));
  }
  if (e.GetError() == PoDoFo::ePdfError_UnsupportedFilter || e.GetError() == PoDoFo::ePdfError_UnsupportedFontFormat ||
      e.GetError() == PoDoFo::ePdfError_UnsupportedImageFormat) {
    return Unsupported("document " + std::string(name) + " uses an unsupported feature (" + what + ") while " +
                       std::string(doing));
  }
  return InvalidInput("document " + std::string(name) + " is not a PDF or is damaged (" + what + " while " +
                      std::string(doing) + ")");
}

Status LoadDocument(std::string_view bytes, std::string_view name, const Limits& limits, PoDoFo::PdfMemDocument* doc) {
  EnsureLibrarySetUp();
  std::string n(name);
  if (bytes.size() > limits.max_bytes) return InvalidInput("document " + n + " exceeds the size limit");
  if (bytes.size() < 8 || !Contains(bytes.substr(0, 1024), "%PDF-")) {
    return InvalidInput("document " + n + " is not a PDF (no %PDF- header)");
  }
  if (Contains(bytes, "/Encrypt")) {
    // PoDoFo 0.9.8 dereferences null for an AES-256 (V5/R5/R6) dictionary lacking /Perms,
    // /OE or /UE; refuse such files before loading.
    bool aes256 = HasKeyValue(bytes, "/V", '5') || HasKeyValue(bytes, "/R", '5') || HasKeyValue(bytes, "/R", '6');
    if (aes256 && !(Contains(bytes, "/Perms") && Contains(bytes, "/OE") && Contains(bytes, "/UE"))) {
      return Unsupported("document " + n + " has an incomplete AES-256 encryption dictionary");
    }
  }
  try {
    doc->LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
  } catch (const PoDoFo::PdfError& e) {
    return FromPdfError(e, name, "loading");
  } catch (const std::bad_alloc&) {
    return InvalidInput("document " + n + " is too large to load");
  } catch (const std::exception&) {
    return InvalidInput("document " + n + " is not a PDF or is damaged (loading)");
  }
  return Status::Ok();
}

}  // namespace disclose::pdf::internal
