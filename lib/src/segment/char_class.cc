#include "segment/char_class.h"

#include "cppcc/text.h"

namespace cppcc::segment {

CharClass classify_slow(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) return CharClass::kLatin;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') {
      return CharClass::kSpace;
    }
    if (cp < 0x20 || cp == 0x7F) return CharClass::kOther;
    return CharClass::kPunct;
  }
  if (utf8::is_cjk(cp) || cp == 0x25CB) return CharClass::kHan;  // ○ stands for 〇 in numbers
  if (cp >= 0xFF10 && cp <= 0xFF19) return CharClass::kDigit;
  if ((cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A)) return CharClass::kLatin;
  // Latin-1 / Latin Extended letters and Greek / Cyrillic are written as words too.
  if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x52F)) {
    return CharClass::kLatin;
  }
  if (cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
      cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0xFEFF) {
    return CharClass::kSpace;
  }
  if (cp == 0xFFFD) return CharClass::kOther;
  // General punctuation, CJK symbols, full-width forms, arrows, math, box, shapes...
  if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x2BFF) ||
      (cp >= 0x3001 && cp <= 0x303F) || (cp >= 0xFE10 && cp <= 0xFE6F) ||
      (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
      (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
      (cp >= 0xFFE0 && cp <= 0xFFEE) || cp == 0x30FB) {
    return CharClass::kPunct;
  }
  return CharClass::kOther;
}

bool is_number_joiner(char32_t cp) {
  switch (cp) {
    case '.': case 0xFF0E: case 0x00B7: case 0x30FB: case ',': case ':': case 0xFF1A:
    case 0x2236: case '/': case 0xFF0F:
      return true;
    default:
      return false;
  }
}

bool is_chinese_numeral(char32_t cp) {
  switch (cp) {
    case U'零': case U'〇': case U'○': case U'一': case U'二': case U'三': case U'四':
    case U'五': case U'六': case U'七': case U'八': case U'九': case U'十': case U'百':
    case U'千': case U'万': case U'亿': case U'两':
      return true;
    default:
      return false;
  }
}

}  // namespace cppcc::segment
