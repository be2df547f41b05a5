/// \file
/// NFC with a map back, and the character classes of the text layer. The
/// view parsers match on is cppcc/canonical.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/source_map.h"

namespace cppcc {

struct MappedText {
  std::string text;
  /// source[i] = offset in the input of the byte text[i] came from; size text.size().
  SourceMap source;
};

/// NFC (utf8proc), keeping the map back to the input.
MappedText normalize_nfc(std::string_view s);

/// True when every code point of S is one NFC never changes (ASCII, CJK
/// ideographs and punctuation, full-width forms): then normalize_nfc(S) == S
/// and callers can skip it. False does not mean S changes.
bool is_nfc_stable(std::string_view s);


/// The script of a text's ideographs.
enum class Script { kSimplified, kTraditional, kMixed };
/// Simplified when no character is Traditional-only; Traditional when they
/// dominate and Simplified-only ones are under 10%; otherwise mixed.
Script detect_script(std::string_view s);
/// "simplified", "traditional", "mixed".
std::string_view script_name(Script s);

/// True for U+200B, U+200C, U+200D, U+2060, U+FEFF.
bool is_zero_width(char32_t cp);

/// True for every character a report uses as a space or an indent: ASCII
/// space, tab, form feed, U+00A0, the U+2000-U+200A spaces (EM SPACE U+2003,
/// EN SPACE U+2002 …), U+202F, U+205F, U+3000 — and the zero-width
/// characters. The one place that decides what counts as blank where
/// indents, headings and trimmed text are recognised.
bool is_blank_cp(char32_t cp);

}  // namespace cppcc
