#include "render/json_writer.h"

#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

#include "cppcc/text.h"

namespace cppcc::render {

namespace {

// Escapes as nlohmann does with ensure_ascii off: ", \ and control characters;
// UTF-8 passes through. Bytes that are not UTF-8 become U+FFFD (its
// error_handler_t::replace); the library only renders decoded text, so this
// is a guard, not a path real input takes.
void append_escaped(std::string& out, std::string_view s) {
  out.push_back('"');
  size_t run = 0;  // start of the bytes that pass through unchanged, copied as one
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t len = 1;
      utf8::decode(s, i, &len);  // a bad byte comes back alone (length 1)
      if (len > 1) {
        i += len;
        continue;
      }
      out.append(s, run, i - run);
      out.append("\xEF\xBF\xBD");
      run = ++i;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s, run, i - run);
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\b': out.append("\\b"); break;
      case '\f': out.append("\\f"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out.append("\\u00");
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
      }
    }
    run = ++i;
  }
  out.append(s, run, s.size() - run);
  out.push_back('"');
}

template <class T>
void append_integer(std::string& out, T v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

}  // namespace

void JsonWriter::newline_indent(size_t depth) {
  out_.push_back('\n');
  out_.append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::before_item() {
  if (after_key_) {  // the value of a member: the key placed it
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;  // the top-level value
  if (has_items_.back()) out_.push_back(',');
  has_items_.back() = true;
  if (indent_ >= 0) newline_indent(has_items_.size());
}

void JsonWriter::open(char bracket) {
  before_item();
  out_.push_back(bracket);
  has_items_.push_back(false);
}

void JsonWriter::close(char bracket) {
  const bool had_items = has_items_.back();
  has_items_.pop_back();
  if (had_items && indent_ >= 0) newline_indent(has_items_.size());
  out_.push_back(bracket);
}

void JsonWriter::key(std::string_view k) {
  before_item();
  append_escaped(out_, k);
  out_.append(indent_ >= 0 ? ": " : ":");
  after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
  before_item();
  append_escaped(out_, s);
}

void JsonWriter::boolean(bool b) {
  before_item();
  out_.append(b ? "true" : "false");
}

void JsonWriter::null() {
  before_item();
  out_.append("null");
}

void JsonWriter::number_text(std::string_view json_number) {
  before_item();
  out_.append(json_number);
}

void JsonWriter::integer(int64_t v) {
  before_item();
  append_integer(out_, v);
}

void JsonWriter::unsigned_integer(uint64_t v) {
  before_item();
  append_integer(out_, v);
}

void JsonWriter::number(double v) {
  if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9e15) {
    integer(static_cast<int64_t>(v));
    return;
  }
  before_item();
  // Fractions are rare (percentages, ratios): nlohmann formats them, so the
  // digits stay those of every other JSON this project writes.
  out_.append(nlohmann::json(v).dump());
}

}  // namespace cppcc::render
