// T014 confusable-word: 布署 for 部署, 第十一界 for 第十一届 — a homophone or a
// look-alike typed for a word of political vocabulary. data/rules/confusables.tsv
// keeps only misspellings that are never words themselves (权利/权力 need the sense);
// where one is two words meeting (成功坚持 holds 功坚), the row's unless strings excuse it.
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
  for (const Paragraph& p : ctx.paragraphs()) {
    const std::string& s = p.text;
    for (const Confusable& c : confusables()) {
      if (c.wrong.find('N') != std::string::npos) {
        find_numbered(ctx, p, c);
        continue;
      }
      for (size_t k = s.find(c.wrong); k != std::string::npos; k = s.find(c.wrong, k + c.wrong.size()))
        if (!c.excused(s, k))
          ctx.report_in(p, k, k + c.wrong.size(), "“" + c.wrong + "” is a misspelling of “" + c.right + "”");
    }
  }
}

}  // namespace cppcc::linter
