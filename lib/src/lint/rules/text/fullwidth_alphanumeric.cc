// T008 fullwidth-alphanumeric: ２０２４年, ＧＤＰ — digits and Latin letters are
// half-width in Chinese text (GB/T 15835); the full-width forms break search and sums.
#include "lint/context.h"

namespace cppcc::linter {

namespace {
bool fullwidth_alnum(char32_t c) {
  return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}
}  // namespace

void check_fullwidth_alphanumeric(Context& ctx) {
  const std::string_view t = ctx.text();
  const auto v = decode_all(t);
  for (size_t i = 0; i < v.size(); ++i) {
    if (!fullwidth_alnum(v[i].cp)) continue;
    size_t j = i;
    std::string half;
    while (j < v.size() && fullwidth_alnum(v[j].cp)) half.push_back(static_cast<char>(v[j++].cp - 0xFEE0));
    ctx.report(v[i].pos, v[j - 1].end(),
               "full-width " + std::string(t.substr(v[i].pos, v[j - 1].end() - v[i].pos)) + "; write " + half,
               {Edit{v[i].pos, v[j - 1].end(), half}});
    i = j - 1;
  }
}

}  // namespace cppcc::linter
