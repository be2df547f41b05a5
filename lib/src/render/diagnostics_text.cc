// Text output for people: path:line:col: severity: message [P001 unmatched-pair],
// the source line, and carets padded by display width (CJK counts two columns).
#include <string>

#include "cppcc/lint_render.h"

namespace cppcc {

namespace {

constexpr size_t kMaxShown = 100;      ///< display columns of source shown at most
constexpr size_t kContextBefore = 40;  ///< columns shown before the finding in a long line

/// Display width of text()[begin, end).
size_t display_width(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    const char32_t cp = utf8::decode(s, i, &len);
    w += cp == '\t' ? 1 : static_cast<size_t>(utf8::width(cp));
    i += len;
  }
  return w;
}

/// The line with tabs shown as one space, so carets line up.
std::string printable(std::string_view line) {
  std::string out(line);
  for (char& c : out)
    if (c == '\t') c = ' ';
  return out;
}

}  // namespace

std::string render_diagnostics_text(const SourceText& src, const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    const Location at = src.location(d.begin);
    out += src.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
           std::string(severity_name(d.severity)) + ": " + d.message + " [" + d.code + " " + d.name + "]\n";
    const std::string_view line = src.line_text(at.line);
    const size_t line_begin = src.line_start(at.line);
    const size_t line_end = line_begin + line.size();
    size_t pad = display_width(line.substr(0, d.begin - line_begin));
    const size_t end = std::min(std::max(d.end, d.begin), line_end);
    size_t carets = end > d.begin ? display_width(src.text().substr(d.begin, end - d.begin)) : 0;
    if (carets == 0) carets = 1;
    // Web texts put a whole paragraph on one line: show a window around the spot.
    std::string shown = printable(line);
    if (display_width(line) > kMaxShown) {
      const size_t from = pad > kContextBefore ? pad - kContextBefore : 0;
      size_t b = 0, w = 0;
      while (b < line.size() && w < from) {
        size_t len = 1;
        w += static_cast<size_t>(utf8::width(utf8::decode(line, b, &len)));
        b += len;
      }
      size_t e = b, we = w;
      while (e < line.size() && we < w + kMaxShown) {
        size_t len = 1;
        we += static_cast<size_t>(utf8::width(utf8::decode(line, e, &len)));
        e += len;
      }
      shown = (b > 0 ? "..." : "") + printable(line.substr(b, e - b)) + (e < line.size() ? "..." : "");
      pad = pad - w + (b > 0 ? 3 : 0);
    }
    out += "    " + shown + "\n";
    out += "    " + std::string(pad, ' ') + std::string(carets, '^');
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
