/// \file
/// Errors as values. The library never throws across its API, never exits and
/// never prints: a step that can fail returns Expected<T>, which holds either
/// the value or an Error (a code and a message that names the file and place).
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace cppcc {

enum class ErrorCode {
  kIo,        ///< cannot open or read a file
  kEncoding,  ///< bytes are not valid in the detected/requested encoding
  kFormat,    ///< the input is not a text report (binary, empty, bad .docx)
  kData,      ///< a data file (lexicon, rule table, config) is malformed
  kUsage,     ///< a bad argument from the caller
  kInternal,  ///< a bug: an invariant did not hold
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
};

template <class T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Expected(Error error) : v_(std::move(error)) {}      // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

/// For steps that return nothing but may fail.
struct Ok {};
using Status = Expected<Ok>;

inline Error make_error(ErrorCode code, std::string message) {
  return Error{code, std::move(message)};
}

}  // namespace cppcc
