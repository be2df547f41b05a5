// Recognizing what a file is before reading it as a report, so that a file of
// the wrong kind gets a message saying what it is and what to do, instead of
// a parse error deep inside it (or its tags read as text).
#include <algorithm>
#include <cctype>
#include <string>

#include "text/decode.h"

namespace cppcc::detail {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

/// NAME as it appears in an OLE directory entry (UTF-16LE).
bool holds_utf16le_name(std::string_view bytes, std::string_view name) {
  std::string wide;
  for (char c : name) {
    wide += c;
    wide += '\0';
  }
  return bytes.find(wide) != std::string_view::npos;
}

std::string hex_bytes(std::string_view bytes, size_t n) {
  static const char* hex = "0123456789ABCDEF";
  std::string s;
  for (size_t i = 0; i < n && i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (!s.empty()) s += ' ';
    s += hex[b >> 4];
    s += hex[b & 15];
  }
  return s;
}

bool looks_like_html(std::string_view bytes) {
  std::string head(bytes.substr(0, 1024));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  std::string_view h = head;
  if (starts_with(h, "\xEF\xBB\xBF")) h.remove_prefix(3);
  while (!h.empty() && std::isspace(static_cast<unsigned char>(h.front()))) h.remove_prefix(1);
  if (starts_with(h, "<!doctype html") || starts_with(h, "<html")) return true;
  // "<?xml …?>" or a comment first, as Word's own "save as web page" writes.
  return starts_with(h, "<") && h.find("<html") != std::string_view::npos;
}

bool looks_like_text(std::string_view bytes) {
  const std::string_view probe = bytes.substr(0, 1 << 16);
  if (starts_with(probe, "\xFF\xFE") || starts_with(probe, "\xFE\xFF")) return true;  // UTF-16 with a BOM
  size_t controls = 0;
  for (char ch : probe) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return false;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) ++controls;
  }
  return controls * 50 <= probe.size();
}

/// Code units of BYTES in one byte order, checked for what text never holds.
struct Utf16Reading {
  size_t line_breaks = 0;
  size_t junk = 0;  ///< NUL, control characters, unpaired surrogates, private use, non-characters
  size_t units = 0;
};

Utf16Reading read_utf16(std::string_view bytes, bool little_endian) {
  Utf16Reading r;
  bool want_trail = false;
  for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    const unsigned u = little_endian ? (b << 8 | a) : (a << 8 | b);
    ++r.units;
    const bool lead = u >= 0xD800 && u < 0xDC00, trail = u >= 0xDC00 && u < 0xE000;
    if (want_trail != trail) ++r.junk;
    want_trail = lead;
    if (u == '\n' || u == '\r') {
      ++r.line_breaks;
    } else if ((u < 0x20 && u != '\t' && u != '\f') || u == 0xFFFE || u == 0xFFFF ||
               (u >= 0xE000 && u < 0xF900)) {  // UTF-8 read as UTF-16 lands in private use
      ++r.junk;
    }
  }
  return r;
}

}  // namespace

std::string password_protected_reason() {
  return "a password-protected Word file; remove the password (File \xE2\x80\xBA Info \xE2\x80\xBA Protect) "
         "and save it again";
}

std::optional<std::string> ole_word_reason(std::string_view bytes) {
  if (!starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return std::nullopt;
  if (holds_utf16le_name(bytes, "EncryptedPackage") || holds_utf16le_name(bytes, "EncryptionInfo")) {
    return password_protected_reason();
  }
  if (holds_utf16le_name(bytes, "WordDocument")) {
    return "a Word 97-2003 (.doc) file; open it in Word and save it as a Word document (.docx)";
  }
  return "an OLE compound file (an old Office format), not a Word document; save it as .docx";
}

std::optional<std::string> not_a_docx_reason(std::string_view bytes) {
  if (starts_with(bytes, "PK\x03\x04")) return std::nullopt;
  if (auto ole = ole_word_reason(bytes)) return "is " + *ole;
  if (looks_like_html(bytes)) return std::string("looks like HTML, not a Word file; save it as .html");
  if (looks_like_text(bytes)) {
    return std::string("is plain text, not a Word file; rename it to .txt (or give --encoding to read it as text)");
  }
  return "is not a Word file: a .docx is a zip archive (its bytes start with 50 4B 03 04), this one starts with " +
         hex_bytes(bytes, 4);
}

std::optional<Utf16Guess> guess_utf16_without_bom(std::string_view bytes) {
  const std::string_view probe = bytes.substr(0, 1 << 16);
  size_t nul_even = 0, nul_odd = 0;
  for (size_t i = 0; i < probe.size(); ++i)
    if (probe[i] == '\0') ++(i % 2 ? nul_odd : nul_even);
  if (nul_even + nul_odd == 0) return std::nullopt;
  // The high byte of ASCII is NUL: after the character in little-endian order.
  const Utf16Reading le = read_utf16(probe, true), be = read_utf16(probe, false);
  // Clean: nothing text never holds, line breaks, and the NULs of ASCII on the
  // high side (not one stray NUL after a newline of a UTF-8 file).
  auto clean = [](const Utf16Reading& r, size_t high_nuls) {
    return r.junk == 0 && r.line_breaks > 0 && high_nuls >= 2 && high_nuls * 500 >= r.units;
  };
  const bool le_clean = clean(le, nul_odd), be_clean = clean(be, nul_even);
  if (le_clean != be_clean) return Utf16Guess{le_clean ? Encoding::kUtf16Le : Encoding::kUtf16Be, true};
  // No clean reading: say UTF-16 only when the NULs keep to one side, as an
  // ASCII-rich UTF-16 text's do (binary data has them everywhere).
  if (nul_odd >= 4 * (nul_even + 1)) return Utf16Guess{Encoding::kUtf16Le, false};
  if (nul_even >= 4 * (nul_odd + 1)) return Utf16Guess{Encoding::kUtf16Be, false};
  return std::nullopt;
}

}  // namespace cppcc::detail
