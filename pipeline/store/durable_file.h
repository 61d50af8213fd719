// Durable, atomic file writes and bounded reads for the store and for packs and key files.
// A file is written to a temporary name in its final directory, flushed (fsync when asked),
// then published by link() (never replaces: concurrent creators agree on one winner) or by
// rename() (replaces). Readers never see a partly written file. Killed writers leave only
// ".tmp-*" files behind, which nothing reads.
//
// `what` names the file in error messages (for example "wrapped key of bundle b-..."), so
// that a path holding a document's name never reaches a log. Thread-safety: free functions
// with no shared state; safe from any thread and any process.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "pipeline/model/result.h"

namespace disclose::store {

enum class Publish {
  kCreateNew,  // fail-safe: if `file` exists it is left alone and the result is false
  kReplace,    // atomically replace any existing file
};

// Writes `bytes` to `file` with permission bits `mode`. Returns true if this call published
// the file, false if kCreateNew found it already there. The directory must exist.
Result<bool> WriteFileAtomic(const std::filesystem::path& file, std::string_view bytes, mode_t mode,
                             Publish publish, bool sync, std::string_view what);

// Reads a whole regular file of at most `max_bytes` (kNotFound if it does not exist).
Result<std::string> ReadFileBounded(const std::filesystem::path& file, size_t max_bytes, std::string_view what);

// fsync()s a directory so that a create, rename or unlink in it survives a crash.
Status SyncDirectory(const std::filesystem::path& dir, std::string_view what);

// Creates `dir` and missing parents with mode 0700 (existing directories are left as they are).
Status MakePrivateDirectories(const std::filesystem::path& dir, std::string_view what);

}  // namespace disclose::store
