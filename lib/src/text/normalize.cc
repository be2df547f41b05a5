// Normalized views with a byte map back to the input. NFC keeps the text's
// identity; width folding exists only so matchers can treat ５ and 5 alike.
#include <utf8proc.h>

#include <cstdlib>

#include "cppcc/normalize.h"
#include "cppcc/text.h"

namespace cppcc {

bool is_zero_width(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
}

bool is_blank_cp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || is_zero_width(cp);
}

namespace {

/// Code points NFC leaves alone whatever surrounds them: ASCII, Latin-1,
/// CJK punctuation and unified ideographs, full-width forms. Checking them
/// first keeps NFC nearly free on Chinese text.
bool nfc_stable(char32_t cp) {
  return cp < 0x300 || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

}  // namespace

bool is_nfc_stable(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // ASCII: the common case between the ideographs
      ++i;
      continue;
    }
    // Lead bytes E4..E9 start U+4000..U+9FFF (ideographs, hexagrams): stable, not decoded.
    if (c >= 0xE4 && c <= 0xE9 && i + 3 <= s.size()) {
      i += 3;
      continue;
    }
    size_t len = 0;
    if (!nfc_stable(utf8::decode(s, i, &len))) return false;
    i += len;
  }
  return true;
}

MappedText normalize_nfc(std::string_view s) {
  MappedText out;
  out.text.reserve(s.size());
  size_t i = 0;
  size_t prev_start = 0, prev_out = 0;  // the last stable code point, which may compose
  bool have_prev = false;
  while (i < s.size()) {
    size_t len = 0;
    const char32_t cp = utf8::decode(s, i, &len);
    if (nfc_stable(cp)) {
      have_prev = true;
      prev_start = i;
      prev_out = out.text.size();
      for (size_t k = 0; k < len; ++k) {
        out.text += s[i + k];
        out.source.push_back(static_cast<uint32_t>(i + k));
      }
      i += len;
      continue;
    }
    // A run of unstable code points up to the next stable one is normalized
    // as a whole, together with the starter before it (e + U+0301 → é); its
    // output bytes map to the run's first byte.
    size_t j = i + len;
    if (have_prev) {
      out.text.resize(prev_out);
      out.source.truncate(prev_out);
      i = prev_start;
      have_prev = false;
    }
    while (j < s.size()) {
      size_t l2 = 0;
      const char32_t c2 = utf8::decode(s, j, &l2);
      if (nfc_stable(c2) && c2 >= 0x80) break;
      if (c2 < 0x80) break;
      j += l2;
    }
    const std::string_view run = s.substr(i, j - i);
    utf8proc_uint8_t* res = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(std::string(run).c_str()));
    if (res) {
      const std::string_view n(reinterpret_cast<const char*>(res));
      if (n == run) {
        for (size_t k = 0; k < run.size(); ++k) out.source.push_back(static_cast<uint32_t>(i + k));
      } else {
        for (size_t k = 0; k < n.size(); ++k) out.source.push_back(static_cast<uint32_t>(i));
      }
      out.text += n;
      std::free(res);
    } else {
      for (size_t k = 0; k < run.size(); ++k) out.source.push_back(static_cast<uint32_t>(i + k));
      out.text += run;
    }
    i = j;
  }
  return out;
}

}  // namespace cppcc
