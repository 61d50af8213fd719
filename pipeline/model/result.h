// Errors as values for every module boundary in disclose.
//
//   Result<Bytes> r = store.Get(bundle, ref);
//   if (!r.ok()) return r.error();          // propagate, message already names the input
//   Use(*r);
//
// An Error carries a kind (how the caller should react) and one sentence naming the input
// (bundle id, document id, page, object number), never personal data from inside it.
// Thread-safety: value types; no shared state.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace disclose {

enum class ErrorKind {
  kInvalidInput,  // the input is bad; retrying cannot help (dead-letter or quarantine it)
  kTransient,     // a resource was briefly unavailable; retry with backoff
  kNotFound,      // a referenced blob, key or file does not exist
  kUnsupported,   // valid input using a feature disclose does not handle (fail closed)
  kInternal,      // a bug or an unexpected library failure
};

const char* ErrorKindName(ErrorKind kind);

struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string message;
};

inline Error InvalidInput(std::string message) { return {ErrorKind::kInvalidInput, std::move(message)}; }
inline Error Transient(std::string message) { return {ErrorKind::kTransient, std::move(message)}; }
inline Error NotFound(std::string message) { return {ErrorKind::kNotFound, std::move(message)}; }
inline Error Unsupported(std::string message) { return {ErrorKind::kUnsupported, std::move(message)}; }
inline Error Internal(std::string message) { return {ErrorKind::kInternal, std::move(message)}; }

// A value of T or an Error. Accessing the wrong alternative is a programming error (asserts
// through std::get).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Success or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor)
  static Status Ok() { return {}; }

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_;
};

}  // namespace disclose
