// The script of a text — Simplified, Traditional or mixed — and which
// characters are Traditional forms, from one table:
// data/text/traditional_simplified.tsv. ICU's Hant-Hans rules are not used to
// decide: they call 著 么 乾 Traditional, which Simplified text writes too.
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <unordered_map>
#include <cstdint>
#include <vector>

#include "cppcc/data.h"
#include "cppcc/normalize.h"
#include "cppcc/text.h"
#include "text/script.h"

namespace cppcc {

namespace {

bool is_ideograph(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

/// The table, read once from the embedded file, with flat per-ideograph
/// look-ups: the script is asked of every character of every report.
struct ScriptTable {
  static constexpr char32_t kFirst = text::kScriptFirst, kLast = text::kScriptLast;
  std::unordered_map<char32_t, char32_t> to_simplified;
  std::vector<uint8_t> kind = std::vector<uint8_t>(kLast - kFirst + 1, 0);  // 1 Traditional form, 2 Simplified form
  uint8_t kind_of(char32_t c) const { return c >= kFirst && c <= kLast ? kind[c - kFirst] : 0; }
};

const ScriptTable& table() {
  static const ScriptTable t = [] {
    ScriptTable t;
    auto data = embedded_data("text/traditional_simplified.tsv");
    if (!data) return t;
    std::string_view rest = *data;
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
      if (line.empty() || line[0] == '#') continue;
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      std::string_view from = line.substr(0, tab), to = line.substr(tab + 1);
      while (!to.empty() && (to.back() == '\r' || to.back() == ' ')) to.remove_suffix(1);
      size_t lf = 0, lt = 0;
      const char32_t f = utf8::decode(from, 0, &lf), s = utf8::decode(to, 0, &lt);
      if (lf != from.size() || lt != to.size() || !is_ideograph(f)) continue;
      t.to_simplified[f] = s;
      t.kind[f - ScriptTable::kFirst] = 1;
      if (s >= ScriptTable::kFirst && s <= ScriptTable::kLast && !t.kind[s - ScriptTable::kFirst])
        t.kind[s - ScriptTable::kFirst] = 2;
    }
    return t;
  }();
  return t;
}

/// One ICU transliterator per thread (they are not thread-safe), with a cache
/// of the ideographs it has converted: its rules are character by character.
class IcuSimplifier {
 public:
  IcuSimplifier() {
    UErrorCode status = U_ZERO_ERROR;
    trans_.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) trans_.reset();
  }
  /// The one code point C converts to, or C when it converts to none or several.
  char32_t convert(char32_t c) {
    if (!trans_ || !is_ideograph(c)) return c;
    const size_t i = c >= 0x4E00 ? c - 0x4E00 + kExtA : c - 0x3400;
    if (cache_.empty()) cache_.assign(kExtA + 0x5200, 0);
    if (!cache_[i]) {
      icu::UnicodeString u(static_cast<UChar32>(c));
      trans_->transliterate(u);
      cache_[i] = u.countChar32() == 1 ? static_cast<char32_t>(u.char32At(0)) : c;
    }
    return cache_[i];
  }

 private:
  static constexpr size_t kExtA = 0x4DC0 - 0x3400;
  std::unique_ptr<icu::Transliterator> trans_;
  std::vector<char32_t> cache_;
};

}  // namespace

namespace text {
const uint8_t* script_kinds() { return table().kind.data(); }
const std::unordered_map<char32_t, char32_t>& traditional_to_simplified() { return table().to_simplified; }
char32_t icu_simplified(char32_t c) {
  thread_local IcuSimplifier icu;
  return icu.convert(c);
}
}  // namespace text

Script detect_script(std::string_view s) {
  const ScriptTable& t = table();
  size_t traditional = 0, simplified = 0;
  for (size_t i = 0; i < s.size();) {
    // Ideographs of the table are three bytes in UTF-8 (lead byte E3–E9): skip the rest unread.
    const unsigned char lead = static_cast<unsigned char>(s[i]);
    if (lead < 0xE3 || lead > 0xE9) {
      ++i;
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
      continue;
    }
    size_t len = 0;
    const char32_t c = utf8::decode(s, i, &len);
    i += len;
    const uint8_t k = t.kind_of(c);
    traditional += k == 1;
    simplified += k == 2;
  }
  if (traditional == 0) return Script::kSimplified;
  // A quoted Simplified name or a converter's leftovers do not make a
  // Traditional copy mixed; a Traditional form in Simplified text always does.
  if (traditional > simplified && simplified * 10 < traditional + simplified) return Script::kTraditional;
  return Script::kMixed;
}

std::string_view script_name(Script s) {
  switch (s) {
    case Script::kSimplified: return "simplified";
    case Script::kTraditional: return "traditional";
    case Script::kMixed: return "mixed";
  }
  return "mixed";
}

}  // namespace cppcc
