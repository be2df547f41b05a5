// Sentence splitting that respects quotes and brackets.
#include "cppcc/sentence.h"
#include "cppcc/text.h"

namespace cppcc {

namespace {

bool is_opener(char32_t c) {
  return c == U'“' || c == U'‘' || c == U'（' || c == U'(' || c == U'《' || c == U'〈' || c == U'【' ||
         c == U'「' || c == U'『' || c == U'〔' || c == U'[';
}
bool is_closer(char32_t c) {
  return c == U'”' || c == U'’' || c == U'）' || c == U')' || c == U'》' || c == U'〉' || c == U'】' ||
         c == U'」' || c == U'』' || c == U'〕' || c == U']';
}
bool is_full_terminal(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'；'; }

std::vector<SentenceRange> split(std::string_view t, bool use_depth, int* final_depth) {
  std::vector<SentenceRange> out;
  size_t start = 0;
  int depth = 0;
  char32_t prev = 0;
  for (size_t i = 0; i < t.size();) {
    size_t len = 0;
    const char32_t c = utf8::decode(t, i, &len);
    size_t next = i + len;
    if (use_depth && is_opener(c)) ++depth;
    if (use_depth && is_closer(c) && depth > 0) --depth;
    bool terminal = is_full_terminal(c);
    if (!terminal && (c == '!' || c == '?' || c == ';' || c == '.') && utf8::is_cjk(prev)) {
      size_t l2 = 0;
      const char32_t after = next < t.size() ? utf8::decode(t, next, &l2) : 0;
      terminal = !(c == '.' && after >= '0' && after <= '9');
    }
    if (terminal && depth == 0) {
      // Swallow repeated marks (？！) so they stay with their sentence.
      size_t j = next;
      while (j < t.size()) {
        size_t l2 = 0;
        const char32_t a = utf8::decode(t, j, &l2);
        if (!(is_full_terminal(a) || a == '!' || a == '?')) break;
        j += l2;
      }
      out.push_back({start, j});
      start = j;
      next = j;
    }
    prev = c;
    i = next;
  }
  if (start < t.size()) out.push_back({start, t.size()});
  *final_depth = depth;
  return out;
}

}  // namespace

std::vector<SentenceRange> split_sentences(std::string_view text) {
  int depth = 0;
  auto r = split(text, true, &depth);
  // An unmatched opener would glue the rest of the paragraph into one
  // sentence; fall back to splitting without bracket awareness.
  if (depth != 0) r = split(text, false, &depth);
  return r;
}

}  // namespace cppcc
