// T007 slogan-quotation-marks: “两个确立”, “四个意识”, “十四五” take quotation
// marks; 中国式现代化 takes none (data/rules/quoted_slogans.tsv).
#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

namespace {
bool starts_with_at(const std::string& s, size_t pos, std::string_view w) { return s.compare(pos, w.size(), w) == 0; }
bool ends_with_at(const std::string& s, size_t end, std::string_view w) {
  return end >= w.size() && s.compare(end - w.size(), w.size(), w) == 0;
}
}  // namespace

void check_slogan_quotation_marks(Context& ctx) {
  for (const Paragraph& p : ctx.paragraphs()) {
    const std::string& s = p.text;
    for (const SloganRule& r : slogan_rules()) {
      for (size_t k = s.find(r.slogan); k != std::string::npos; k = s.find(r.slogan, k + 1)) {
        const size_t e = k + r.slogan.size();
        const bool opened = ends_with_at(s, k, "“") || ends_with_at(s, k, "‘") || ends_with_at(s, k, "《");
        const bool closed = starts_with_at(s, e, "”") || starts_with_at(s, e, "’") || starts_with_at(s, e, "》");
        if (r.quote && !opened && !closed) {
          // Part of a longer quotation (“坚定两个确立的决心”) or title is fine.
          size_t q_open = s.rfind("“", k), q_close = s.rfind("”", k);
          if (q_open != std::string::npos && (q_close == std::string::npos || q_close < q_open)) continue;
          ctx.report_in(p, k, e, r.slogan + " takes quotation marks: “" + r.slogan + "”");
        } else if (!r.quote && ends_with_at(s, k, "“") && starts_with_at(s, e, "”")) {
          std::vector<Edit> fix;
          auto a = ctx.edit_in(p, k - 3, k, ""), b = ctx.edit_in(p, e, e + 3, "");
          if (a && b) fix = {*a, *b};
          ctx.report(p.source_begin(k - 3), p.source_end(e + 3), r.slogan + " takes no quotation marks",
                     std::move(fix));
        }
      }
    }
  }
}

}  // namespace cppcc::linter
