// The dictionary-free tokenizer (tests, and reports when no segmenter is at hand).
#include "cppcc/diff.h"
#include "cppcc/text.h"
#include "diff/diff_util.h"

namespace cppcc {

Tokenizer character_tokenizer() {
  return [](std::string_view text) {
    std::vector<DiffToken> out;
    auto cps = utf8::to_u32(text);
    auto alnum = [](char32_t c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || diff_detail::is_digit_like(c) ||
             c == '.';
    };
    size_t i = 0;
    while (i < cps.size()) {
      DiffToken t;
      if (alnum(cps[i]) && cps[i] != '.') {
        bool letters = false;
        while (i < cps.size() && alnum(cps[i])) {
          letters |= !diff_detail::is_digit_like(cps[i]) && cps[i] != '.';
          utf8::append(t.text, cps[i++]);
        }
        t.word = letters;
      } else {
        t.word = utf8::is_cjk(cps[i]);
        utf8::append(t.text, cps[i++]);
      }
      out.push_back(std::move(t));
    }
    return out;
  };
}

}  // namespace cppcc
