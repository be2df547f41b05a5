#include "lint/scan.h"

#include "cppcc/text.h"

namespace cppcc::linter {

std::vector<CodePoint> decode_all(std::string_view s) {
  std::vector<CodePoint> out;
  out.reserve(s.size() / 2);
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    const char32_t cp = utf8::decode(s, i, &len);
    out.push_back({cp, static_cast<uint32_t>(i), static_cast<uint32_t>(len)});
    i += len;
  }
  return out;
}

bool is_han(char32_t cp) { return utf8::is_cjk(cp); }

bool is_cjk_punct(char32_t cp) {
  if (cp >= 0x3001 && cp <= 0x303F) return true;  // 、。〃〈〉《》「」『』【】〔〕〖〗…
  switch (cp) {
    case U'，': case U'；': case U'：': case U'？': case U'！': case U'（': case U'）':
    case U'“': case U'”': case U'‘': case U'’': case U'…': case U'—': case U'·':
    case U'～': case U'．':
      return true;
    default:
      return false;
  }
}

bool is_chinese_numeral(char32_t cp) {
  return std::u32string_view(U"〇零一二两三四五六七八九十百千").find(cp) != std::u32string_view::npos;
}

bool matches_at(const std::vector<CodePoint>& v, size_t i, std::u32string_view word) {
  if (i + word.size() > v.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (v[i + k].cp != word[k]) return false;
  return true;
}

std::string utf8_of(const std::vector<CodePoint>& v, std::string_view text, size_t b, size_t e) {
  if (b >= e || b >= v.size()) return {};
  const size_t end = e < v.size() ? v[e].pos : text.size();
  return std::string(text.substr(v[b].pos, end - v[b].pos));
}



}  // namespace cppcc::linter
