// The script of a text — Simplified, Traditional or mixed — from ICU's
// Hant-Hans / Hans-Hant rules applied character by character.
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

#include "cppcc/normalize.h"
#include "cppcc/text.h"

namespace cppcc {

namespace {

bool is_ideograph(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

/// One ICU transliterator per thread (they are not thread-safe) and a table
/// of the ideographs it has already converted: ICU's Hant-Hans rules are
/// character by character, so a code point converts the same everywhere.
class ScriptTable {
 public:
  ScriptTable(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    trans_.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) trans_.reset();
  }
  /// The one code point C converts to, or C when it converts to none or several.
  char32_t convert(char32_t c) {
    if (!trans_ || !is_ideograph(c)) return c;
    const size_t i = c >= 0x4E00 ? c - 0x4E00 + kExtA : c - 0x3400;
    if (table_.empty()) table_.assign(kExtA + 0x5200, 0);
    if (!table_[i]) {
      icu::UnicodeString u(static_cast<UChar32>(c));
      trans_->transliterate(u);
      table_[i] = u.countChar32() == 1 ? static_cast<char32_t>(u.char32At(0)) : c;
    }
    return table_[i];
  }

 private:
  static constexpr size_t kExtA = 0x4DC0 - 0x3400;
  std::unique_ptr<icu::Transliterator> trans_;
  std::vector<char32_t> table_;
};

ScriptTable& to_simplified() {
  thread_local ScriptTable t("Hant-Hans");
  return t;
}
ScriptTable& to_traditional() {
  thread_local ScriptTable t("Hans-Hant");
  return t;
}

}  // namespace

Script detect_script(std::string_view s) {
  size_t traditional = 0, simplified = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    const char32_t c = utf8::decode(s, i, &len);
    i += len;
    if (!is_ideograph(c)) continue;
    if (to_simplified().convert(c) != c) ++traditional;
    else if (to_traditional().convert(c) != c) ++simplified;
  }
  if (traditional == 0) return Script::kSimplified;
  // Many characters that ICU would make Traditional (里 后 干 …) are also
  // correct Traditional text, so a few of them do not make it mixed; a
  // Traditional character in a Simplified text always does.
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
