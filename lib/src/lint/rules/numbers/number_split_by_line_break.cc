// N006 number-split-by-line-break: 202 / 4年 or 14. / 6亿元 — a number broken
// across lines (GB/T 15835 5.1.6: never wrap a number). Found on the reflowed
// paragraph, where the two halves sit side by side but map to different lines.
#include "lint/context.h"

namespace cppcc::linter {

void check_number_split_by_line_break(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const Paragraph& para = paras[p];
    const auto& v = ctx.written_cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      if (!is_digit(v[i].cp) || (i > 0 && is_digit(v[i - 1].cp))) continue;
      size_t j = i;
      while (j < v.size() && (is_digit(v[j].cp) || (v[j].cp == U'.' && is_digit(at(v, static_cast<long>(j) + 1)))))
        ++j;
      for (size_t k = i + 1; k < j; ++k) {
        if (para.source_begin(v[k].pos) != para.source_end(v[k - 1].end())) {
          ctx.report_in(para, v[i].pos, v[j - 1].end(),
                        "number " + utf8_of(v, para.text, i, j) + " is split by a line break");
          break;
        }
      }
      i = j;
    }
  }
}

}  // namespace cppcc::linter
