// POSIX implementation of durable_file.h.
#include "pipeline/store/durable_file.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <system_error>

namespace disclose::store {

namespace {

// Owns a file descriptor.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  Fd& operator=(Fd&&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  // Closes now and reports the error close() gives (late write errors on some filesystems).
  int Close() {
    int rc = ::close(fd_);
    fd_ = -1;
    return rc;
  }

 private:
  int fd_;
};

Error IoError(std::string_view op, std::string_view what, int err) {
  std::string message = std::string("cannot ") + std::string(op) + " " + std::string(what) + ": " + std::strerror(err);
  // Out of space or quota, too many open files, interrupted I/O: worth retrying later.
  if (err == ENOSPC || err == EDQUOT || err == EMFILE || err == ENFILE || err == EINTR || err == EAGAIN ||
      err == EIO || err == ENOMEM) {
    return Transient(std::move(message));
  }
  if (err == ENOENT) return NotFound(std::move(message));
  return Internal(std::move(message));
}

std::string TempName() {
  unsigned char random[8];
  randombytes_buf(random, sizeof random);
  char hex[sizeof random * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, random, sizeof random);
  return std::string(".tmp-") + hex;
}

}  // namespace

Result<bool> WriteFileAtomic(const std::filesystem::path& file, std::string_view bytes, mode_t mode,
                             Publish publish, bool sync, std::string_view what) {
  if (sodium_init() < 0) return Internal("libsodium could not be initialised");
  const std::filesystem::path dir = file.parent_path().empty() ? "." : file.parent_path();
  if (publish == Publish::kCreateNew) {
    struct stat st;
    if (::lstat(file.c_str(), &st) == 0) return false;
  }
  const std::filesystem::path temp = dir / TempName();
  Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode));
  if (fd.get() < 0) return IoError("create a temporary file for", what, errno);
  auto fail = [&](std::string_view op, int err) -> Error {
    ::unlink(temp.c_str());
    return IoError(op, what, err);
  };
  // open() applies the umask; set the exact mode asked for.
  if (::fchmod(fd.get(), mode) != 0) return fail("set the mode of", errno);
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write", errno);
    }
    done += static_cast<size_t>(n);
  }
  if (sync && ::fsync(fd.get()) != 0) return fail("flush", errno);
  if (fd.Close() != 0) return fail("close", errno);

  bool published = true;
  if (publish == Publish::kCreateNew) {
    if (::link(temp.c_str(), file.c_str()) != 0) {
      int err = errno;
      ::unlink(temp.c_str());
      if (err != EEXIST) return IoError("publish", what, err);
      published = false;
    } else {
      ::unlink(temp.c_str());
    }
  } else if (::rename(temp.c_str(), file.c_str()) != 0) {
    return fail("publish", errno);
  }
  if (sync && published) {
    if (Status s = SyncDirectory(dir, what); !s.ok()) return s.error();
  }
  return published;
}

Result<std::string> ReadFileBounded(const std::filesystem::path& file, size_t max_bytes, std::string_view what) {
  Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return IoError("open", what, errno);
  struct stat st;
  if (::fstat(fd.get(), &st) != 0) return IoError("inspect", what, errno);
  if (!S_ISREG(st.st_mode)) return InvalidInput(std::string(what) + " is not a regular file");
  if (st.st_size < 0 || static_cast<unsigned long long>(st.st_size) > max_bytes) {
    return InvalidInput(std::string(what) + " is larger than the limit of " + std::to_string(max_bytes) + " bytes");
  }
  std::string out(static_cast<size_t>(st.st_size), '\0');
  size_t done = 0;
  while (done < out.size()) {
    ssize_t n = ::read(fd.get(), out.data() + done, out.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError("read", what, errno);
    }
    if (n == 0) break;  // shrank while reading: return what is there; callers authenticate it
    done += static_cast<size_t>(n);
  }
  out.resize(done);
  return out;
}

Status SyncDirectory(const std::filesystem::path& dir, std::string_view what) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0) return IoError("open the directory of", what, errno);
  if (::fsync(fd.get()) != 0 && errno != EINVAL) return IoError("flush the directory of", what, errno);
  return Status::Ok();
}

Status MakePrivateDirectories(const std::filesystem::path& dir, std::string_view what) {
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return Status::Ok();
  if (!dir.parent_path().empty() && dir.parent_path() != dir) {
    if (Status s = MakePrivateDirectories(dir.parent_path(), what); !s.ok()) return s;
  }
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) return IoError("create the directory for", what, errno);
  if (!std::filesystem::is_directory(dir, ec)) return Internal(std::string(what) + ": a path component is not a directory");
  return Status::Ok();
}

}  // namespace disclose::store
