// SourceText: detection, decoding and the line index that turns text offsets
// into the original file's line, column and byte offset.
#include <algorithm>

#include "cppcc/text.h"
#include "text/decode.h"

namespace cppcc {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

/// Files of a known binary kind, by their first bytes.
std::optional<std::string> magic_reason(std::string_view bytes) {
  if (starts_with(bytes, "\x89PNG")) return "a PNG image";
  if (starts_with(bytes, "%PDF-")) return "a PDF file";
  if (starts_with(bytes, "\xFF\xD8\xFF")) return "a JPEG image";
  if (starts_with(bytes, "GIF8")) return "a GIF image";
  if (starts_with(bytes, "PK\x03\x04")) return "a ZIP archive (not a .docx)";
  if (starts_with(bytes, "\x7F" "ELF")) return "an executable";
  return detail::ole_word_reason(bytes);
}

/// Binary files are refused up front: decoding a PNG as GB18030 "succeeds".
std::optional<std::string> binary_reason(std::string_view bytes) {
  if (auto magic = magic_reason(bytes)) return magic;
  const size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) return "binary data (NUL byte at offset " + std::to_string(nul) + ")";
  size_t controls = 0;
  const size_t probe = std::min<size_t>(bytes.size(), 1 << 16);
  for (size_t i = 0; i < probe; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) ++controls;
  }
  if (controls * 50 > probe && controls > 2) return "binary data (control characters)";
  return std::nullopt;
}

}  // namespace

SourceText SourceText::from_utf8(std::string path, std::string utf8) {
  SourceText s;
  s.path_ = std::move(path);
  s.encoding_ = Encoding::kUtf8;
  s.original_ = utf8;
  s.text_ = std::move(utf8);
  s.index_lines();
  return s;
}

SourceText SourceText::from_extracted(std::string path, Encoding kind, std::string utf8, std::string original,
                                      std::vector<Origin> origins, uint64_t file_bytes) {
  SourceText s;
  s.file_bytes_ = file_bytes;
  s.path_ = std::move(path);
  s.encoding_ = kind;
  s.text_ = std::move(utf8);
  s.original_ = std::move(original);
  s.offset_map_.reserve(origins.size());
  for (const Origin& o : origins) s.offset_map_.emplace_back(o.text_offset, o.begin);
  s.origins_ = std::move(origins);
  s.index_lines();
  return s;
}

Expected<SourceText> SourceText::decode(std::string path, std::string bytes, const DecodeOptions& options) {
  SourceText s;
  s.path_ = std::move(path);
  std::optional<Encoding> enc = options.encoding;
  size_t skip = 0;
  const std::string_view b = bytes;

  if (!enc) {
    if (starts_with(b, "\xEF\xBB\xBF")) {
      enc = Encoding::kUtf8Bom;
    } else if (starts_with(b, "\xFF\xFE")) {
      enc = Encoding::kUtf16Le;
    } else if (starts_with(b, "\xFE\xFF")) {
      enc = Encoding::kUtf16Be;
    }
  }
  // Skip a BOM only when there is one: a forced utf-8-bom on a file without
  // it must not eat (or run past) the first bytes.
  if ((enc == Encoding::kUtf8Bom || enc == Encoding::kUtf8) && starts_with(b, "\xEF\xBB\xBF")) skip = 3;
  if ((enc == Encoding::kUtf16Le && starts_with(b, "\xFF\xFE")) ||
      (enc == Encoding::kUtf16Be && starts_with(b, "\xFE\xFF")))
    skip = 2;

  std::string utf16_hint;  // for a decoding error of UTF-16 that was guessed, not marked
  if (!enc && !magic_reason(b)) {
    if (auto guess = detail::guess_utf16_without_bom(b)) {
      const std::string name(encoding_name(guess->encoding));
      utf16_hint = "looks like " + std::string(guess->encoding == Encoding::kUtf16Le ? "UTF-16LE" : "UTF-16BE") +
                   " without a byte-order mark; use --encoding " + name;
      if (!guess->certain) return make_error(ErrorCode::kFormat, s.path_ + ": not a text file: " + utf16_hint);
      enc = guess->encoding;
    }
  }

  const bool utf16 = enc == Encoding::kUtf16Le || enc == Encoding::kUtf16Be;
  if (!utf16) {
    if (auto why = binary_reason(b)) {
      return make_error(ErrorCode::kFormat, s.path_ + ": not a text file: looks like " + *why);
    }
  }

  auto take_utf8 = [&](Encoding e) -> Expected<SourceText> {
    s.encoding_ = e;
    s.bom_bytes_ = static_cast<uint32_t>(skip);
    s.text_ = bytes.substr(skip);
    s.original_ = std::move(bytes);
    s.index_lines();
    return std::move(s);
  };
  auto take_icu = [&](Encoding e, bool lossy) -> Expected<SourceText> {
    auto d = detail::decode_with_icu(b, skip, e, lossy, s.path_);
    if (!d) return d.error();
    s.encoding_ = e;
    s.text_ = std::move(d->text);
    s.offset_map_ = std::move(d->map);
    s.original_ = std::move(bytes);
    s.index_lines();
    return std::move(s);
  };

  if (utf16 && !utf16_hint.empty()) {
    auto guessed = take_icu(*enc, options.lossy);
    if (guessed) return guessed;
    Error e = guessed.error();
    e.message += "; the file " + utf16_hint + " (with --lossy to substitute U+FFFD)";
    return e;
  }
  if (utf16 || enc == Encoding::kGb18030) return take_icu(*enc, options.lossy);

  const detail::Utf8Check check = detail::check_utf8(b.substr(skip));
  if (check.invalid == 0) return take_utf8(skip ? Encoding::kUtf8Bom : Encoding::kUtf8);

  const size_t bad = check.first_invalid + skip;
  const std::string utf8_error = s.path_ + ": byte " + std::to_string(bad) +
                                 ": invalid UTF-8 sequence (0x" +
                                 [&] {
                                   static const char* hex = "0123456789ABCDEF";
                                   const auto c = static_cast<unsigned char>(b[bad]);
                                   return std::string{hex[c >> 4], hex[c & 15]};
                                 }() +
                                 ")";
  // Forced UTF-8, or a text that is nearly all valid UTF-8: the bad bytes are
  // damage, not a sign of another encoding.
  const bool mostly_utf8 = check.multibyte >= 8 && check.invalid * 100 < check.multibyte;
  if (enc || mostly_utf8) {
    if (options.lossy) return take_icu(skip ? Encoding::kUtf8Bom : Encoding::kUtf8, true);
    return make_error(ErrorCode::kEncoding,
                      utf8_error + (enc ? "" : "; the rest of the file is UTF-8 (use --lossy to substitute U+FFFD)"));
  }
  auto gb = detail::decode_with_icu(b, skip, Encoding::kGb18030, false, s.path_);
  if (gb) {
    s.encoding_ = Encoding::kGb18030;
    s.text_ = std::move(gb->text);
    s.offset_map_ = std::move(gb->map);
    s.original_ = std::move(bytes);
    s.index_lines();
    return s;
  }
  if (options.lossy) return take_icu(Encoding::kGb18030, true);
  return make_error(ErrorCode::kEncoding, utf8_error + ", and the file is not valid GB18030 either (" +
                                              gb.error().message.substr(s.path_.size() + 2) +
                                              "); use --encoding or --lossy");
}

void SourceText::index_lines() {
  line_starts_.clear();
  line_starts_.push_back(0);
  const std::string_view t = text_;
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    // Most bytes end no line: one test for them (the ideographs' bytes are >= 0x80, not 0xE2).
    if (static_cast<unsigned char>(c) > '\r' && c != '\xE2') continue;
    if (c == '\n') {
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
    } else if (c == '\r') {
      if (i + 1 < t.size() && t[i + 1] == '\n') ++i;
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
    } else if (c == '\xE2' && i + 2 < t.size() && t[i + 1] == '\x80' && (t[i + 2] == '\xA8' || t[i + 2] == '\xA9')) {
      i += 2;  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  // Cumulative code-point counts every kStride bytes keep location() cheap on
  // very long lines.
  cp_checkpoints_.clear();
  uint32_t count = 0;
  for (size_t block = 0; block < t.size(); block += kStride) {
    cp_checkpoints_.push_back(count);
    const size_t end = std::min(t.size(), block + kStride);
    for (size_t i = block; i < end; ++i) count += (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80;  // vectorised
  }
  cp_checkpoints_.push_back(count);
}

size_t SourceText::code_points_before(size_t offset) const {
  offset = std::min(offset, text_.size());
  const size_t block = offset / kStride;
  size_t n = cp_checkpoints_[std::min(block, cp_checkpoints_.size() - 1)];
  for (size_t i = block * kStride; i < offset; ++i) n += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  return n;
}

std::string_view SourceText::line_text(size_t line) const {
  const size_t b = line_start(line);
  size_t e = line < line_starts_.size() ? line_starts_[line] : text_.size();
  std::string_view t(text_);
  // Strip the terminator (LF, CR, CRLF, U+2028, U+2029).
  if (e > b && t[e - 1] == '\n') --e;
  if (e > b && t[e - 1] == '\r') --e;
  if (e >= b + 3 && t.substr(e - 3, 2) == "\xE2\x80" && (t[e - 1] == '\xA8' || t[e - 1] == '\xA9') &&
      line < line_starts_.size())
    e -= 3;
  return t.substr(b, e - b);
}

size_t SourceText::line_of(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), static_cast<uint32_t>(offset));
  return static_cast<size_t>(it - line_starts_.begin());
}

Location SourceText::location(size_t offset) const {
  offset = std::min(offset, text_.size());
  const size_t line = line_of(offset);
  const size_t col = code_points_before(offset) - code_points_before(line_start(line)) + 1;
  return Location{static_cast<uint32_t>(line), static_cast<uint32_t>(col)};
}

size_t SourceText::display_column(size_t offset) const {
  offset = std::min(offset, text_.size());
  const size_t line = line_of(offset);
  size_t col = 1;
  for (size_t i = line_start(line); i < offset;) {
    size_t len = 0;
    const char32_t cp = utf8::decode(text_, i, &len);
    col += cp == '\t' ? 1 : static_cast<size_t>(utf8::width(cp));
    i += len;
  }
  return col;
}

size_t SourceText::original_offset(size_t offset) const {
  if (offset_map_.empty()) return std::min(offset, text_.size()) + bom_bytes_;
  if (offset >= text_.size()) return original_.size();
  auto it = std::upper_bound(offset_map_.begin(), offset_map_.end(), static_cast<uint32_t>(offset),
                             [](uint32_t v, const std::pair<uint32_t, uint32_t>& e) { return v < e.first; });
  if (it == offset_map_.begin()) return 0;
  return std::prev(it)->second;
}

Span SourceText::span(size_t begin, size_t end) const {
  if (end < begin) end = begin;
  // Whole code points: a canonical-view offset may name a character's first
  // byte where the file writes a longer one (５ for 5).
  auto continuation = [&](size_t at) { return at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80; };
  while (begin > 0 && continuation(begin)) --begin;
  while (continuation(end)) ++end;
  Span s;
  if (!origins_.empty()) {
    // The origin of the code point holding text offset AT (the last one at or before it).
    auto origin_of = [&](size_t at) -> const Origin& {
      auto it = std::upper_bound(origins_.begin(), origins_.end(), static_cast<uint32_t>(at),
                                 [](uint32_t v, const Origin& o) { return v < o.text_offset; });
      return it == origins_.begin() ? *it : *std::prev(it);
    };
    const Origin& first = origin_of(begin);
    const bool past_end = begin >= text_.size();
    const Location a = past_end ? first.after : first.at;
    const uint64_t ob = past_end ? first.end : first.begin;
    const Origin& last = end > begin ? origin_of(end - 1) : first;
    const Location b = end > begin || past_end ? last.after : last.at;
    const uint64_t oe = end > begin || past_end ? last.end : last.begin;
    s.line = a.line;
    s.column = a.column;
    s.end_line = b.line;
    s.end_column = b.column;
    s.offset = ob;
    s.length = oe >= ob ? oe - ob : 0;
    return s;
  }
  const Location a = location(begin), b = location(end);
  s.line = a.line;
  s.column = a.column;
  s.end_line = b.line;
  s.end_column = b.column;
  const size_t ob = original_offset(begin), oe = original_offset(end);
  s.offset = ob;
  s.length = oe >= ob ? oe - ob : 0;
  return s;
}

}  // namespace cppcc
