// T002 repeated-word: 人民人民, 协商协商 — a word of two to four characters
// written twice in a row, typically where a draft was re-wrapped. Verbs that
// reduplicate (研究研究), counted phrases (一批一批) and compounds that begin
// with the same word (博士博士后) are left alone.
#include <algorithm>
#include <set>

#include "cppcc/segment.h"
#include "lint/context.h"

namespace cppcc::linter {

namespace {
const std::u32string_view kReduplicable[] = {U"研究", U"讨论", U"商量", U"考虑", U"学习", U"休息", U"活动",
                                             U"锻炼", U"交流", U"比较", U"打听", U"琢磨", U"收拾", U"整理",
                                             U"检查", U"走动", U"清理", U"热闹", U"高兴", U"明白", U"一下",
                                             U"很多", U"许多", U"好多", U"非常", U"闯荡", U"看看", U"试试"};
// The segmenter with the general dictionary, or null when the build has none
// (then a character-by-character split would find word boundaries everywhere).
const Segmenter* segmenter() {
  static const auto seg = Segmenter::create();
  return seg && !seg->general_dictionary().empty() ? &*seg : nullptr;
}

// True if the segmenter splits V around I (N characters twice, then more) as
// word | word | next: 加快 加快 建设 is, 博士 博士后 and 委员 委员会 are not.
bool segmented_as_repeat(const std::vector<CodePoint>& v, std::string_view text, size_t i, size_t n) {
  const Segmenter* seg = segmenter();
  if (seg == nullptr) return false;
  const size_t b = i >= 4 ? i - 4 : 0, e = std::min(v.size(), i + 2 * n + 4);
  const std::string window = utf8_of(v, text, b, e);
  std::set<size_t> cuts;  // byte offsets in WINDOW where a token starts or ends
  for (const Token& t : seg->segment(window)) cuts.insert(t.begin), cuts.insert(t.end);
  for (size_t k : {i, i + n, i + 2 * n})  // i + 2n < e: a character follows the repeat
    if (k >= e || !cuts.count(v[k].pos - v[b].pos)) return false;
  return true;
}
}  // namespace

void check_repeated_word(Context& ctx) {
  const auto& paras = ctx.paragraphs();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.cps(p);
    for (size_t i = 0; i < v.size(); ++i) {
      for (size_t n = 4; n >= 2; --n) {
        if (i + 2 * n > v.size()) continue;
        bool han = true, same = true;
        for (size_t k = 0; k < n && han && same; ++k) {
          han = is_han(v[i + k].cp);
          same = v[i + k].cp == v[i + n + k].cp;
        }
        if (!han || !same) continue;
        std::u32string word;
        for (size_t k = 0; k < n; ++k) word.push_back(v[i + k].cp);
        bool numeral = false;
        for (char32_t c : word) numeral = numeral || is_chinese_numeral(c);
        if (numeral) continue;  // 一批一批, 高校一校一策
        if (word[0] == word[1]) continue;            // AA AA: T001's business or reduplication
        // A degree adverb and its adjective said twice is emphasis (很紧很紧, 太难太难).
        if (n == 2 && std::u32string_view(U"很太真好更最").find(word[0]) != std::u32string_view::npos) continue;
        bool ok = false;
        for (auto w : kReduplicable) ok = ok || word == w;
        if (ok) continue;
        // Where the repeat ends must be a word boundary (博士博士后 is 博士 + 博士后):
        // a line break between the copies, a longer word, or punctuation after it.
        const Paragraph& para = paras[p];
        const size_t mid = i + n;
        const bool wrapped = para.source_begin(v[mid].pos) != para.source_end(v[mid - 1].end());
        const size_t prev_line_len =
            wrapped ? utf8::length(ctx.src().line_text(ctx.src().line_of(para.source_begin(v[mid - 1].pos)))) : 0;
        const char32_t after = at(v, static_cast<long>(i + 2 * n));
        const bool boundary_after = after == 0 || is_cjk_punct(after) || after == U'的' || after == U'和' ||
                                    after == U'等' || after == U'是' || after == U'在' || after == U'了';
        // In running text (加快加快建设), the segmenter must see the word twice with a
        // boundary after the second copy (not 博士博士后, 委员委员会).
        const bool running = !wrapped && n == 2 && !boundary_after && is_han(after) && word[0] != U'一' &&
                             segmented_as_repeat(v, para.text, i, n);
        if (!((wrapped && prev_line_len >= 12) || (!wrapped && (n >= 3 || boundary_after)) || running)) continue;
        ctx.report_in(paras[p], v[i].pos, v[i + 2 * n - 1].end(),
                      "repeated word " + to_utf8(word) + to_utf8(word) + "; delete one " + to_utf8(word));
        i += 2 * n - 1;
        break;
      }
    }
  }
}

}  // namespace cppcc::linter
