// Writes JSON straight into a string, in exactly the layout of nlohmann's
// dump() (indent N, ": " and one value per line; or compact with indent -1),
// so the renderers of large outputs need not build a tree first: for a
// report with hundreds of quantities the tree cost more than the parse of
// some of its parts. Callers make the calls in document order; the writer
// places the commas, newlines and indentation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::render {

class JsonWriter {
 public:
  explicit JsonWriter(int indent) : indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// The key of the next member of the current object.
  void key(std::string_view k);

  void string(std::string_view s);
  void boolean(bool b);
  void null();
  void integer(int64_t v);
  void unsigned_integer(uint64_t v);
  /// Whole numbers below 9e15 print without a fraction (1460000000, not
  /// 1.46e9); others as nlohmann prints a double; NaN and infinities as null.
  void number(double v);
  /// A number already in JSON's number syntax (an exact decimal's text).
  void number_text(std::string_view json_number);

  template <class T>
  void optional_string(const std::optional<T>& v) {
    if (v) string(*v); else null();
  }
  void optional_integer(const std::optional<int>& v) {
    if (v) integer(*v); else null();
  }

  /// The document written so far (call once, after the last end_*).
  std::string take() { return std::move(out_); }

 private:
  void open(char bracket);
  void close(char bracket);
  /// Separator and indentation before a value or key at the current depth.
  void before_item();
  void newline_indent(size_t depth);

  int indent_;
  std::string out_;
  std::vector<bool> has_items_;  ///< per open container: written anything yet?
  bool after_key_ = false;
};

}  // namespace cppcc::render
