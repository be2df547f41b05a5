// Text output for people: path:line:col: severity: message [P001 unmatched-pair],
// the source line, and carets padded by display width (CJK counts two columns).
#include <algorithm>
#include <string>

#include "cppcc/lint_render.h"

namespace cppcc {

namespace {

constexpr size_t kMaxShown = 100;      ///< display columns of source shown at most
constexpr size_t kContextBefore = 40;  ///< columns shown before the finding in a long line

/// Display columns of one code point (a tab is shown as one space).
size_t char_width(char32_t cp) { return cp == '\t' ? 1 : static_cast<size_t>(utf8::width(cp)); }

/// Display width of S.
size_t display_width(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    w += char_width(utf8::decode(s, i, &len));
    i += len;
  }
  return w;
}

/// True if S is wider than LIMIT columns; reads no further than that.
bool wider_than(std::string_view s, size_t limit) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    w += char_width(utf8::decode(s, i, &len));
    if (w > limit) return true;
    i += len;
  }
  return false;
}

/// The line with tabs shown as one space, so carets line up.
std::string printable(std::string_view line) {
  std::string out(line);
  for (char& c : out)
    if (c == '\t') c = ' ';
  return out;
}

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kCaretColor = "\x1b[1;32m";  // bold green

const char* severity_color(Severity s) {
  return s == Severity::kError ? "\x1b[1;31m" : s == Severity::kWarning ? "\x1b[1;35m" : "\x1b[1;36m";
}

}  // namespace

std::string render_diagnostics_text(const SourceText& src, const std::vector<Diagnostic>& diagnostics,
                                    const DiagnosticsTextOptions& options) {
  std::string out;
  const auto paint = [&](std::string text, const char* color) {
    return options.color ? color + text + kReset : text;
  };
  for (const Diagnostic& d : diagnostics) {
    const Location at = src.location(d.begin);
    out += src.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
           paint(std::string(severity_name(d.severity)), severity_color(d.severity)) + ": " + d.message + " [" + d.code + " " + d.name + "]\n";
    const std::string_view line = src.line_text(at.line);
    const size_t line_begin = src.line_start(at.line);
    const size_t line_end = line_begin + line.size();
    const size_t at_byte = d.begin - line_begin;
    const size_t end = std::min(std::max(d.end, d.begin), line_end);
    size_t carets = end > d.begin ? display_width(src.text().substr(d.begin, end - d.begin)) : 0;
    if (carets == 0) carets = 1;
    std::string shown;
    size_t pad = 0;
    if (!wider_than(line, kMaxShown)) {
      shown = printable(line);
      pad = display_width(line.substr(0, at_byte));
    } else {
      // Web texts put a whole paragraph on one line: show a window around the
      // spot. Both ends are found by walking from the spot, never from the
      // start of the line, so a 10 MB line with many findings stays linear.
      size_t b = at_byte, before = 0;
      while (b > 0) {
        size_t prev = b - 1;
        while (prev > 0 && (static_cast<unsigned char>(line[prev]) & 0xC0) == 0x80) --prev;
        size_t len = 1;
        const size_t w = char_width(utf8::decode(line, prev, &len));
        if (before + w > kContextBefore) break;
        before += w;
        b = prev;
      }
      size_t e = b, we = 0;
      while (e < line.size() && we < kMaxShown) {
        size_t len = 1;
        we += char_width(utf8::decode(line, e, &len));
        e += len;
      }
      shown = (b > 0 ? "..." : "") + printable(line.substr(b, e - b)) + (e < line.size() ? "..." : "");
      pad = before + (b > 0 ? 3 : 0);
    }
    out += "    " + shown + "\n";
    out += "    " + std::string(pad, ' ') + paint(std::string(carets, '^'), kCaretColor);
    if (!d.fix.empty()) out += " fixable";
    out += "\n";
  }
  return out;
}

namespace {

std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

}  // namespace

std::string render_diagnostics_github(const SourceText& src, const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    const Location b = src.location(d.begin), e = src.location(d.end);
    const char* cmd = d.severity == Severity::kError ? "error" : d.severity == Severity::kWarning ? "warning" : "notice";
    out += std::string("::") + cmd + " file=" + escape_property(src.path()) + ",line=" + std::to_string(b.line) +
           ",col=" + std::to_string(b.column) + ",endLine=" + std::to_string(e.line) +
           ",endColumn=" + std::to_string(e.column) + ",title=" + escape_property(d.code + " " + d.name) +
           "::" + escape_data(d.message) + "\n";
  }
  return out;
}

}  // namespace cppcc
