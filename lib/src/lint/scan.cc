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

int chinese_number(std::u32string_view s) {
  auto digit = [](char32_t c) -> int {
    const std::u32string_view d = U"〇一二三四五六七八九";
    if (c == U'零') return 0;
    if (c == U'两') return 2;
    const size_t k = d.find(c);
    return k == std::u32string_view::npos ? -1 : static_cast<int>(k);
  };
  if (s.empty() || s.size() > 3) return -1;
  const size_t ten = s.find(U'十');
  if (ten == std::u32string_view::npos) return s.size() == 1 ? digit(s[0]) : -1;
  int tens = 1, ones = 0;
  if (ten == 1) {
    tens = digit(s[0]);
    if (tens < 1) return -1;
  } else if (ten != 0) {
    return -1;
  }
  if (ten + 1 < s.size()) {
    if (ten + 2 != s.size()) return -1;
    ones = digit(s[ten + 1]);
    if (ones < 1) return -1;
  }
  return tens * 10 + ones;
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

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    out.push_back(utf8::decode(s, i, &len));
    i += len;
  }
  return out;
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) utf8::append(out, c);
  return out;
}

}  // namespace cppcc::linter
