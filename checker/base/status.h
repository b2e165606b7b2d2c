// Status and Expected: the error values of tieout.
//
// A Status is ok or carries a kind and a one-line message. Errors name the file and line they
// concern in the message itself ("rules.yaml:12:5: unknown key 'sevrity'"). Findings about a
// release are not errors: they are results (see result/report.h).
#ifndef TIEOUT_BASE_STATUS_H_
#define TIEOUT_BASE_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace tieout {

class Status {
 public:
  enum class Code { kOk, kInvalidInput, kInvalidRules, kIoError, kUsage };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status InvalidRules(std::string msg) {
    return Status(Code::kInvalidRules, std::move(msg));
  }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Usage(std::string msg) { return Status(Code::kUsage, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const { return ok() ? "ok" : message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none.
template <typename T>
class Expected {
 public:
  Expected(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Expected(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace tieout

#endif  // TIEOUT_BASE_STATUS_H_
