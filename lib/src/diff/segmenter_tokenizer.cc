// Tokens from the word segmenter: the diff's words are the segmenter's words.
#include "cppcc/diff.h"
#include "cppcc/segment.h"

namespace cppcc {

Tokenizer segmenter_tokenizer(const Segmenter& seg) {
  return [&seg](std::string_view text) {
    std::vector<DiffToken> out;
    std::vector<Token> tokens = seg.segment(text);
    out.reserve(tokens.size());
    size_t pos = 0;
    for (const Token& t : tokens) {
      if (t.begin > pos) out.push_back({std::string(text.substr(pos, t.begin - pos)), false});
      out.push_back({std::string(text.substr(t.begin, t.end - t.begin)),
                     t.type == TokenType::kWord || t.type == TokenType::kLatin});
      pos = t.end;
    }
    if (pos < text.size()) out.push_back({std::string(text.substr(pos)), false});
    return out;
  };
}

}  // namespace cppcc
