// Names for error kinds, used in dead-letter records and logs.
#include "pipeline/model/result.h"

namespace disclose {

const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalidInput: return "invalid_input";
    case ErrorKind::kTransient: return "transient";
    case ErrorKind::kNotFound: return "not_found";
    case ErrorKind::kUnsupported: return "unsupported";
    case ErrorKind::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace disclose
