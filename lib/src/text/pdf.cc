// Reading a PDF with poppler: the text layer of each page in reading order;
// running headers, footers and page numbers dropped; the lines stay as the
// layer has them, so the reflow step rejoins hard-wrapped paragraphs.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>
#include <string_view>

#include "text/pdf.h"

namespace cppcc::detail {

namespace {

constexpr size_t kMaxPdfBytes = 256u << 20;
constexpr int kMaxPages = 5000;
// A national report is ~100 KB of text; 8 MiB holds dozens. The reader keeps an
// Origin (~28 bytes) per character, so the cap also bounds memory (~300 MB) and,
// checked page by page, time: a 100 MB file of text is refused after 8 MiB.
constexpr size_t kMaxLayerBytes = 8u << 20;

void quiet(const std::string&, void*) {}  // the library prints nothing; errors come back as values

bool opens(char16_t c) {
  return c == u'“' || c == u'‘' || c == u'（' || c == u'《' || c == u'〈' || c == u'【' || c == u'「' || c == u'『' ||
         c == u'〔' || c == '(' || c == '[';
}
bool closes(char16_t c) {
  static constexpr std::u16string_view kClosing = u"，。、；：？！”’）》〉】」』〕…·,.;:?!)]%";
  return kClosing.find(c) != std::u16string_view::npos;
}
bool is_latin(char16_t c) { return c > ' ' && c < 0x7F && !opens(c) && !closes(c); }
bool is_han(char16_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

/// The width of the first unit of BOX (PdfLine::first_unit) and of its first
/// character when that is a Han character.
void measure_start(const poppler::text_box& box, PdfLine& line) {
  const poppler::ustring t = box.text();
  const size_t n = t.size();
  if (n == 0) return;
  size_t e = 0;
  while (e < n && opens(t[e])) ++e;
  if (e < n && (is_latin(t[e]) || t[e] == u'—')) {
    const bool dash = t[e] == u'—';
    while (e < n && (dash ? t[e] == u'—' : is_latin(t[e]) || t[e] == '.' || t[e] == ',' || t[e] == '%')) ++e;
  } else if (e < n) {
    ++e;
  }
  while (e < n && closes(t[e])) ++e;
  const poppler::rectf first = box.char_bbox(0), last = box.char_bbox(e - 1);
  line.first_unit = last.right() > first.left() ? last.right() - first.left() : 0;
  if (is_han(t[0])) line.first_han = first.width();
}

/// The page's words in the order poppler reads them (reading order for a
/// printed report; the physical layout pads with spaces, which splits
/// numbers), one line per baseline: a word goes on the latest of the page's
/// last three lines whose height holds its middle and that it continues to the
/// right (a running header's title read after a large heading below it still
/// joins the header's date); else it starts a line.
std::vector<PdfLine> page_lines(const poppler::page& page) {
  std::vector<PdfLine> lines;
  for (const poppler::text_box& box : page.text_list()) {
    const poppler::rectf r = box.bbox();
    const double middle = (r.top() + r.bottom()) / 2, overlap = 0.6 * (r.bottom() - r.top());
    PdfLine* line = nullptr;
    for (size_t k = lines.size(); k-- > 0 && k + 3 >= lines.size() && !line;) {
      PdfLine& l = lines[k];
      if (middle >= l.top && middle <= l.bottom && r.left() >= l.right - overlap) line = &l;
    }
    if (!line) {
      lines.push_back(PdfLine{std::string(), r.top(), r.bottom(), r.left(), r.right(), 0, 0});
      line = &lines.back();
      measure_start(box, *line);
    }
    const poppler::byte_array utf8 = box.text().to_utf8();
    line->text.append(utf8.begin(), utf8.end());
    line->right = std::max(line->right, r.right());
    if (box.has_space_after()) line->text += ' ';
  }
  for (PdfLine& line : lines)
    while (!line.text.empty() && (line.text.back() == ' ' || line.text.back() == '\r')) line.text.pop_back();
  return lines;
}

/// The extracted text with an Origin per code point (SourceText::from_extracted).
struct Extracted {
  std::string text;
  std::vector<Origin> origins;

  /// A character the reader adds (a line break, a space between wrapped
  /// Latin words): it spans nothing, at the end of what came before.
  void add(char c) {
    Origin o = origins.back();
    o.text_offset = static_cast<uint32_t>(text.size());
    o.begin = o.end;
    o.at = o.after;
    origins.push_back(o);
    text += c;
  }
  /// The line S, which starts at byte LINE_BEGIN of the layer and is its line LINE.
  void add_line(const std::string& s, size_t line_begin, uint32_t line) {
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
  }
};

bool latin_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

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

  std::vector<std::vector<PdfLine>> pages_lines;
  std::vector<std::vector<std::string>> page_texts;
  size_t visible = 0, layer_bytes = 0;
  for (int p = 0; p < pages; ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    pages_lines.push_back(page ? page_lines(*page) : std::vector<PdfLine>());
    page_texts.emplace_back();
    for (const PdfLine& l : pages_lines.back()) {
      for (char c : l.text) visible += c != ' ' && c != '\r' && c != '\f' && c != '\t';
      page_texts.back().push_back(l.text);
      layer_bytes += l.text.size() + 1;
    }
    if (layer_bytes > kMaxLayerBytes)
      return make_error(ErrorCode::kFormat, path + ": the PDF's text passes 8 MiB by page " + std::to_string(p + 1) +
                                                " of " + std::to_string(pages) +
                                                "; a report is far shorter (split the file)");
  }
  if (visible == 0) return make_error(ErrorCode::kFormat, path + ": no text layer; it needs OCR first");

  // The text layer, pages separated by a form feed, is the "original" spans
  // index; the text holds the kept lines, wrapped lines joined.
  const auto kept = running_lines_kept(page_texts);
  const auto breaks = pdf_breaks(pages_lines, kept);
  std::string layer;
  Extracted out;
  uint32_t line = 1;
  for (size_t p = 0; p < page_texts.size(); ++p) {
    if (p) layer += '\f';
    for (size_t l = 0; l < page_texts[p].size(); ++l, ++line) {
      const std::string& s = page_texts[p][l];
      if (kept[p][l] && !s.empty()) {
        if (!out.text.empty()) {
          const PdfBreak b = breaks[p][l];
          if (b != PdfBreak::kJoin) out.add('\n');
          if (b == PdfBreak::kParagraph) out.add('\n');
          if (b == PdfBreak::kJoin && latin_letter(out.text.back()) && latin_letter(s.front())) out.add(' ');
        }
        out.add_line(s, layer.size(), line);
      }
      layer += s;
      layer += '\n';
    }
  }
  if (!out.text.empty()) out.add('\n');
  std::string text = std::move(out.text);
  std::vector<Origin> origins = std::move(out.origins);
  if (text.empty()) return make_error(ErrorCode::kFormat, path + ": the PDF's text layer holds only page headers and numbers");
  return SourceText::from_extracted(path, Encoding::kPdf, std::move(text), std::move(layer), std::move(origins),
                                    bytes.size());
}

}  // namespace cppcc::detail
