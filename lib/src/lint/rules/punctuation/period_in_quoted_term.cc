// P013 period-in-quoted-term: 坚定拥护“两个确立。”、 → “两个确立”、. A term quoted inside
// a sentence takes no end mark inside its quotes (GB/T 15834-2011: only a quotation that
// stands as a sentence of its own keeps its 。 inside the quotes). A quotation is told from a term
// by what the term lacks: no colon before the opening mark (指出：“…。” quotes a sentence), at
// most twelve characters and no mark inside, and the sentence goes on after the closing mark.
// Followed by another mark (“…。”、) the 。 is certainly wrong and --fix deletes it; followed by
// text (“…。”的) a short quoted sentence could be meant, so that is a warning. A title in
// title marks never ends with 。 (《政府工作报告。》的): an error with the fix wherever it stands,
// for titles of up to forty characters (、 （） “” and · inside).
#include "lint/context.h"

namespace cppcc::linter {

namespace {

constexpr size_t kLongestTerm = 12;

char32_t opener_of(char32_t close) {
  switch (close) {
    case U'”': return U'“';
    case U'’': return U'‘';
    case U'」': return U'「';
    case U'』': return U'『';
    case U'》': return U'《';
    case U'〉': return U'〈';
    default: return 0;
  }
}

/// A character of a term: an ideograph, a digit, a letter, the middle dot (6·30).
bool in_term(char32_t c) { return is_han(c) || is_digit(c) || is_latin(c) || c == U'·' || c == U'+'; }

constexpr size_t kLongestTitle = 40;

/// A character of a title in title marks: a term's, or 、 （） “” — and ：.
bool in_title(char32_t c) {
  return in_term(c) || std::u32string_view(U"、（）“”—：").find(c) != std::u32string_view::npos;
}

/// Marks after which the sentence certainly goes on.
bool continues_sentence(char32_t c) { return c == U'、' || c == U'，' || c == U'；'; }

}  // namespace

void check_period_in_quoted_term(Context& ctx) {
  const auto& paras = ctx.written();
  for (size_t p = 0; p < paras.size(); ++p) {
    const auto& v = ctx.written_cps(p);
    for (size_t i = 1; i + 2 < v.size(); ++i) {
      if (v[i].cp != U'。') continue;
      const char32_t open = opener_of(v[i + 1].cp);
      if (!open) continue;
      const char32_t next = v[i + 2].cp;
      const bool title = open == U'《' || open == U'〈';
      const bool mark_after = continues_sentence(next);
      if (!title && !mark_after && !is_han(next)) continue;
      // Back to the opening mark over term (title) characters only.
      size_t j = i;
      const size_t longest = title ? kLongestTitle : kLongestTerm;
      while (j > 0 && i - j <= longest && (title ? in_title(v[j - 1].cp) : in_term(v[j - 1].cp))) --j;
      if (j == 0 || j == i || v[j - 1].cp != open) continue;
      if (title) {
        ctx.report_in(paras[p], v[i].pos, v[i].end(), "。 inside title marks: a title takes no end mark",
                      std::optional<std::string>(""));
        continue;
      }
      const char32_t before = at(v, static_cast<long>(j) - 2);
      if (before == U'：' || before == U':' || before == 0) continue;
      ctx.report_in(paras[p], v[i].pos, v[i].end(),
                    "。 inside a quoted term: a term quoted inside a sentence takes no end mark inside its quotes",
                    mark_after ? std::optional<std::string>("") : std::nullopt);
      if (!mark_after) ctx.cap_last(Severity::kWarning);
    }
  }
}

}  // namespace cppcc::linter
