// T007 slogan-quotation-marks: “两个确立”, “四个意识”, “十四五” take quotation
// marks; 中国式现代化 takes none (data/rules/quoted_slogans.tsv, whose optional
// third column limits a slogan to what follows it: 三公 before 经费).
#include <unordered_map>

#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

namespace {
bool starts_with_at(const std::string& s, size_t pos, std::string_view w) { return s.compare(pos, w.size(), w) == 0; }
bool ends_with_at(const std::string& s, size_t end, std::string_view w) {
  return end >= w.size() && s.compare(end - w.size(), w.size(), w) == 0;
}
// Third column of data/rules/quoted_slogans.tsv: what must follow a slogan
// for it to be checked (三公 → 经费), split on |; no entry = anything.
const std::unordered_map<std::string, std::vector<std::string>>& followers() {
  static const auto map = [] {
    std::unordered_map<std::string, std::vector<std::string>> m;
    for (auto& r : read_tsv("rules/quoted_slogans.tsv")) {
      if (r.size() < 3 || r[0] == "slogan" || r[2].empty()) continue;
      std::string_view rest = r[2];
      while (!rest.empty()) {
        const size_t bar = rest.find('|');
        m[r[0]].emplace_back(rest.substr(0, bar));
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      }
    }
    return m;
  }();
  return map;
}

bool followed_as_required(const std::string& s, size_t end, const std::string& slogan) {
  const auto it = followers().find(slogan);
  if (it == followers().end()) return true;
  for (const std::string& f : it->second)
    if (starts_with_at(s, end, f)) return true;
  return false;
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
        if (r.quote && !opened && !closed && followed_as_required(s, e, r.slogan)) {
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
