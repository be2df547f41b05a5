// Where a PDF's lines end: a wrap (the next line's first characters had no
// room), a line break the document has, or a paragraph gap. Chromium, Word and
// WPS all wrap a line only when what follows does not fit, so the right edge
// of a line and the width of the next line's first unit tell the two apart;
// the reflow then sees the document's own lines, as in its text copy.
#include <algorithm>
#include <cmath>

#include "text/line_marks.h"
#include "text/pdf.h"

namespace cppcc::detail {

namespace {

struct Lines {
  const std::vector<std::vector<PdfLine>>& pages;
  const std::vector<std::vector<bool>>& kept;
  template <typename F>
  void each(F f) const {
    for (size_t p = 0; p < pages.size(); ++p)
      for (size_t l = 0; l < pages[p].size(); ++l)
        if (kept[p][l] && !pages[p][l].text.empty()) f(p, l, pages[p][l]);
  }
};

bool ends_with_closing_mark(std::string_view t) {
  static constexpr std::string_view kMarks[] = {"，", "。", "、", "；", "：", "？", "！", "”", "’", "）", "》", "」", "』", "】", "〕"};
  for (std::string_view m : kMarks)
    if (t.size() >= m.size() && t.substr(t.size() - m.size()) == m) return true;
  return false;
}

double at_fraction(std::vector<double> v, double fraction) {
  if (v.empty()) return 0;
  const size_t k = std::min(v.size() - 1, static_cast<size_t>(static_cast<double>(v.size()) * fraction));
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}

struct Measure {
  double em = 0;                  ///< the body's Han character width; 0: the geometry does not tell
  double left = 0, right = 0;     ///< the text's left and right margins
  double pitch = 0;               ///< the usual distance between lines
  double height = 0;              ///< the usual height of a line's box (the pitch is for lines that high)
};

Measure measure(const Lines& lines) {
  Measure m;
  std::vector<double> han, lefts, rights, heights;
  lines.each([&](size_t, size_t, const PdfLine& l) {
    heights.push_back(l.bottom - l.top);
    if (l.first_han > 0) han.push_back(l.first_han);
    lefts.push_back(l.left);
    // A closing mark at the end of a line may be set half width into the
    // margin (CSS text-spacing-trim, Word's punctuation compression) while
    // its box stays full width: those lines do not tell where the margin is.
    if (!ends_with_closing_mark(l.text)) rights.push_back(l.right);
  });
  // The line pitch: the usual step down from a line to the next on a page.
  // Paragraph gaps are steps too, so a low share of the steps is taken; steps
  // of under a third of a line (a subscript) are not lines.
  std::vector<double> steps;
  for (size_t p = 0; p < lines.pages.size(); ++p) {
    const PdfLine* prev = nullptr;
    for (size_t l = 0; l < lines.pages[p].size(); ++l) {
      const PdfLine& line = lines.pages[p][l];
      if (!lines.kept[p][l] || line.text.empty()) continue;
      if (prev && line.top - prev->top > (line.bottom - line.top) / 3) steps.push_back(line.top - prev->top);
      prev = &line;
    }
  }
  m.pitch = at_fraction(steps, 0.25);
  m.height = at_fraction(heights, 0.5);
  if (rights.size() < 3 || han.empty()) return m;
  m.em = at_fraction(han, 0.5);
  // The right margin: the furthest right edge that three lines reach (within
  // half an em); a line or two overflowing the text box (a long Latin word)
  // does not move it.
  std::sort(rights.begin(), rights.end());
  for (size_t i = rights.size(); i-- >= 3 && m.right == 0;)
    if (rights[i - 2] >= rights[i] - m.em / 2) m.right = rights[i];
  m.left = at_fraction(lefts, 0.2);
  // The geometry speaks only when the renderer wrapped the lines: then the
  // lines that stop mid-sentence run to the margin. A text wrapped by hand
  // (a newspaper copy printed as is) stops its lines anywhere.
  // A Han line past the margin is one the renderer did not wrap.
  size_t mid = 0, at_margin = 0, past = 0;
  lines.each([&](size_t, size_t, const PdfLine& l) {
    past += l.first_han > 0 && l.right > m.right + m.em;
    if (ends_sentence(l.text) || l.right - m.left < (m.right - m.left) / 2) return;
    ++mid;
    at_margin += l.right >= m.right - 1.5 * m.em;
  });
  if (mid == 0 || at_margin * 3 < mid || past > 0) m.em = 0;
  return m;
}

bool wrapped(const Measure& m, const PdfLine& prev, const PdfLine& next) {
  if (m.em <= 0 || next.first_unit <= 0) return false;
  const double slack = m.em / 50;  // rounding in the text layer; a unit overshoots by more
  if (prev.right + next.first_unit > m.right + slack) return true;
  // A centred line (a title over two lines) wrapped when the unit would not
  // have fitted into the text's width.
  const double indent = prev.left - m.left, short_by = m.right - prev.right;
  const bool centred = indent > m.em && std::abs(indent - short_by) < m.em;
  return centred && (prev.right - prev.left) + next.first_unit > (m.right - m.left) + slack;
}

}  // namespace

std::vector<std::vector<PdfBreak>> pdf_breaks(const std::vector<std::vector<PdfLine>>& pages,
                                              const std::vector<std::vector<bool>>& kept) {
  const Lines lines{pages, kept};
  const Measure m = measure(lines);
  struct At {
    size_t page, line;
    const PdfLine* l;
  };
  std::vector<At> body;
  lines.each([&](size_t p, size_t l, const PdfLine& line) { body.push_back(At{p, l, &line}); });
  std::vector<PdfBreak> b(body.size(), PdfBreak::kLine);
  for (size_t i = 1; i < body.size(); ++i) {
    const PdfLine &prev = *body[i - 1].l, &line = *body[i].l;
    const bool same_page = body[i].page == body[i - 1].page;
    // A gap: more than 1.3 times the pitch of lines as high as these (a
    // heading in a large font has a pitch of its own).
    const double high = std::max(line.bottom - line.top, prev.bottom - prev.top);
    const double scale = m.height > 0 ? std::max(1.0, high / m.height) : 1;
    const double steps = m.pitch > 0 ? (line.top - prev.top) / (m.pitch * scale) : 0;
    // An empty line inside a block (<br><br>, a line holding only a
    // zero-width space) is a step of whole lines, not a paragraph's margin:
    // it breaks the line, and the reflow decides whether the paragraph goes on.
    const bool empty_lines = steps > 1.5 && std::abs(steps - std::round(steps)) < 0.05;
    const bool gap = same_page && steps > 1.3 && !empty_lines;
    const bool indented = m.em > 0 && line.left > m.left + 1.5 * m.em && prev.left < m.left + m.em / 2;
    // Without geometry, a page break is shown as a newspaper copy shows
    // it, a blank line, and the reflow tells a page break from a paragraph end.
    if (gap || indented || (!same_page && m.em <= 0)) b[i] = PdfBreak::kParagraph;
    else if (wrapped(m, prev, line)) b[i] = PdfBreak::kJoin;
  }
  // A line that ran to the margin and ends a sentence is where the geometry
  // cannot tell; the words can: before a heading or a list item (一、 四是
  // ——我们), or a line that is whole and ends without a mark (a heading: a
  // paragraph's last line ends with one), the break is the document's.
  for (size_t i = body.size(); i-- > 1;) {
    if (b[i] != PdfBreak::kJoin || !ends_sentence(body[i - 1].l->text)) continue;
    const std::string_view t = body[i].l->text;
    const bool whole = i + 1 == body.size() || b[i + 1] != PdfBreak::kJoin;
    if (starts_heading(t) || starts_enumeration(t) || (whole && !ends_sentence(t) && !ends_with_closing_mark(t)))
      b[i] = PdfBreak::kLine;
  }
  std::vector<std::vector<PdfBreak>> out;
  for (const auto& page : pages) out.emplace_back(page.size(), PdfBreak::kLine);
  for (size_t i = 0; i < body.size(); ++i) out[body[i].page][body[i].line] = b[i];
  return out;
}

}  // namespace cppcc::detail
