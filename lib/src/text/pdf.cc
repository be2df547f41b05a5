// Reading a PDF with poppler: the text layer of each page in reading order;
// running headers, footers and page numbers dropped; the lines stay as the
// layer has them, so the reflow step rejoins hard-wrapped paragraphs.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>

#include "text/pdf.h"

namespace cppcc::detail {

namespace {

constexpr size_t kMaxPdfBytes = 256u << 20;
constexpr int kMaxPages = 5000;

void quiet(const std::string&, void*) {}  // the library prints nothing; errors come back as values

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\f') {
      std::string_view line = text.substr(start, i - start);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
      if (i < text.size() || !line.empty()) lines.emplace_back(line);
      start = i + 1;
    }
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

/// The page's words in drawing order (reading order for a printed report;
/// the physical layout pads with spaces, which splits numbers), one line per
/// baseline, and an empty line where the gap to the next line is wider than
/// the usual line pitch: that gap is how a PDF shows a paragraph break.
std::string page_text(const poppler::page& page) {
  struct Line {
    std::string text;
    double top = 0, bottom = 0;
  };
  std::vector<Line> lines;
  for (const poppler::text_box& box : page.text_list()) {
    const poppler::rectf r = box.bbox();
    const double middle = (r.top() + r.bottom()) / 2;
    if (lines.empty() || middle < lines.back().top || middle > lines.back().bottom) {
      lines.push_back(Line{std::string(), r.top(), r.bottom()});
    }
    const poppler::byte_array utf8 = box.text().to_utf8();
    lines.back().text.append(utf8.begin(), utf8.end());
    if (box.has_space_after()) lines.back().text += ' ';
  }
  std::vector<double> pitches;
  for (size_t i = 1; i < lines.size(); ++i) pitches.push_back(lines[i].top - lines[i - 1].top);
  double pitch = 0;
  if (!pitches.empty()) {
    std::vector<double> sorted = pitches;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    pitch = sorted[sorted.size() / 2];
  }
  std::string text;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i && pitch > 0 && pitches[i - 1] > pitch * 1.3) text += '\n';
    text += lines[i].text;
    text += '\n';
  }
  return text;
}

}  // namespace

Expected<SourceText> pdf_to_source(std::string bytes, const std::string& path) {
  if (bytes.size() > kMaxPdfBytes)
    return make_error(ErrorCode::kFormat, path + ": the PDF is over 256 MiB; not read");
  if (bytes.find("%%EOF", bytes.size() > 2048 ? bytes.size() - 2048 : 0) == std::string::npos)
    return make_error(ErrorCode::kFormat, path + ": the PDF is truncated (no %%EOF at its end)");
  poppler::set_debug_error_function(quiet, nullptr);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return make_error(ErrorCode::kFormat, path + ": not a readable PDF (damaged or truncated)");
  if (doc->is_locked())
    return make_error(ErrorCode::kFormat, path + ": the PDF is encrypted with a password; save an unlocked copy");
  const int pages = doc->pages();
  if (pages <= 0) return make_error(ErrorCode::kFormat, path + ": the PDF has no pages");
  if (pages > kMaxPages)
    return make_error(ErrorCode::kFormat, path + ": the PDF has " + std::to_string(pages) +
                                              " pages; more than 5000 is not a report");

  std::vector<std::vector<std::string>> page_lines;
  size_t visible = 0;
  for (int p = 0; p < pages; ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    std::string text = page ? page_text(*page) : std::string();
    for (char c : text) visible += c != ' ' && c != '\n' && c != '\r' && c != '\f' && c != '\t';
    page_lines.push_back(split_lines(text));
  }
  if (visible == 0) return make_error(ErrorCode::kFormat, path + ": no text layer; it needs OCR first");

  // The text layer, pages separated by a form feed, is the "original" spans index.
  const auto kept = running_lines_kept(page_lines);
  std::string layer, text;
  std::vector<Origin> origins;
  uint32_t line = 1;
  for (size_t p = 0; p < page_lines.size(); ++p) {
    if (p) {
      layer += '\f';
    }
    for (size_t l = 0; l < page_lines[p].size(); ++l, ++line) {
      const std::string& s = page_lines[p][l];
      const size_t line_begin = layer.size();
      const bool after_one_line = text.size() >= 2 && text[text.size() - 2] != '\n';
      if (kept[p][l] && s.empty() && after_one_line) {
        // One empty line marks a paragraph gap; more add nothing.
        Origin gap = origins.back();
        gap.text_offset = static_cast<uint32_t>(text.size());
        origins.push_back(gap);
        text += '\n';
      } else if (kept[p][l] && !s.empty()) {
        uint32_t column = 1;
        for (size_t i = 0; i < s.size(); ++column) {
          size_t len = 0;
          utf8::decode(s, i, &len);
          Origin o;
          o.text_offset = static_cast<uint32_t>(text.size());
          o.begin = static_cast<uint32_t>(line_begin + i);
          o.end = static_cast<uint32_t>(line_begin + i + len);
          o.at = Location{line, column};
          o.after = Location{line, column + 1};
          origins.push_back(o);
          text.append(s, i, len);
          i += len;
        }
        Origin nl = origins.back();
        nl.text_offset = static_cast<uint32_t>(text.size());
        nl.begin = nl.end;
        nl.at = nl.after;
        origins.push_back(nl);
        text += '\n';
      }
      layer += s;
      layer += '\n';
    }
  }
  if (text.empty()) return make_error(ErrorCode::kFormat, path + ": the PDF's text layer holds only page headers and numbers");
  return SourceText::from_extracted(path, Encoding::kPdf, std::move(text), std::move(layer), std::move(origins),
                                    bytes.size());
}

}  // namespace cppcc::detail
