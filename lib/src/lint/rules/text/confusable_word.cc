// T014 confusable-word: 布署 for 部署, 第十一界 for 第十一届 — a homophone or a
// look-alike typed for a word of political vocabulary. data/rules/confusables.tsv
// keeps only misspellings that are never words themselves (权利/权力 need the sense);
// where one is two words meeting (成功坚持 holds 功坚), the row's unless strings excuse it.
#include <unordered_map>

#include "lint/context.h"
#include "lint/data_tables.h"

namespace cppcc::linter {

namespace {

/// Bytes of the run of Chinese numerals (一 … 十, three bytes each) ending at byte END of S.
size_t numerals_before(const std::string& s, size_t end) {
  static constexpr std::string_view kNumerals = "一二三四五六七八九十";
  size_t b = end;
  while (b >= 3) {
    const std::string_view c = std::string_view(s).substr(b - 3, 3);
    bool numeral = false;
    for (size_t i = 0; i < kNumerals.size() && !numeral; i += 3) numeral = kNumerals.substr(i, 3) == c;
    if (!numeral) break;
    b -= 3;
  }
  return end - b;
}

/// Finds a row with N (第N界): the text after N found, the numerals before it, then the text before N.
void find_numbered(Context& ctx, const Paragraph& p, const Confusable& c) {
  const std::string& s = p.text;
  const size_t hash = c.wrong.find('N');
  const std::string head = c.wrong.substr(0, hash), tail = c.wrong.substr(hash + 1);
  const size_t fewest = head.empty() ? 6 : 3;  // N界 takes two numerals or more: 三界 is a word
  for (size_t k = s.find(tail); k != std::string::npos; k = s.find(tail, k + tail.size())) {
    const size_t n = numerals_before(s, k);
    if (n < fewest || k - n < head.size() || s.compare(k - n - head.size(), head.size(), head) != 0) continue;
    // 第十一界 is the 第N界 row's finding; N界 alone reports the ordinals without 第.
    if (head.empty() && k - n >= 3 && s.compare(k - n - 3, 3, "第") == 0) continue;
    const size_t b = k - n - head.size(), e = k + tail.size();
    std::string right = c.right;
    right.replace(right.find('N'), 1, s.substr(k - n, n));
    ctx.report_in(p, b, e, "“" + s.substr(b, e - b) + "” is a misspelling of “" + right + "”");
  }
}

}  // namespace

void check_confusable_word(Context& ctx) {
  // Rows by the first character of the wrong form, so that a paragraph is read once
  // rather than once per row (over a hundred rows; issue 16 speed).
  static const auto index = [] {
    std::unordered_map<char32_t, std::vector<size_t>> out;
    for (size_t i = 0; i < confusables().size(); ++i) {
      const std::string& w = confusables()[i].wrong;
      if (w.find('N') == std::string::npos && !w.empty()) out[decode_all(w).front().cp].push_back(i);
    }
    return out;
  }();
  for (size_t p = 0; p < ctx.paragraphs().size(); ++p) {
    const Paragraph& para = ctx.paragraphs()[p];
    const std::string& s = para.text;
    for (const Confusable& c : confusables())
      if (c.wrong.find('N') != std::string::npos) find_numbered(ctx, para, c);
    std::vector<std::pair<size_t, size_t>> found;  // (row, byte), reported in table order
    std::unordered_map<size_t, size_t> row_end;
    for (const CodePoint& cp : ctx.cps(p)) {
      const auto it = index.find(cp.cp);
      if (it == index.end()) continue;
      for (size_t i : it->second) {
        const Confusable& c = confusables()[i];
        if (s.compare(cp.pos, c.wrong.size(), c.wrong) != 0) continue;
        auto [end, fresh] = row_end.try_emplace(i, 0);
        if (!fresh && cp.pos < end->second) continue;
        end->second = cp.pos + c.wrong.size();
        if (!c.excused(s, cp.pos)) found.emplace_back(i, cp.pos);
      }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [i, k] : found) {
      const Confusable& c = confusables()[i];
      ctx.report_in(para, k, k + c.wrong.size(), "“" + c.wrong + "” is a misspelling of “" + c.right + "”");
    }
  }
}

}  // namespace cppcc::linter
