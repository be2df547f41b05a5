#include "parse/uregex.h"

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <string>

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "cppcc/text.h"

namespace cppcc::parse {

struct Regex::Pattern {
  std::unique_ptr<icu::RegexPattern> compiled;
};

namespace {

// UTF-16 copy of a UTF-8 text with the byte offset of every UTF-16 unit.
// The units are written into a plain buffer and the UnicodeString only
// aliases it (read-only): appending code point by code point to a
// UnicodeString cost more than the matching itself. Not copyable or movable,
// since `text` points into `units`; fill() reuses the buffers.
struct Utf16Text {
  std::u16string units;
  std::vector<uint32_t> byte_at;  // units + 1 entries used; texts here are far below 4 GB
  icu::UnicodeString text;

  Utf16Text() = default;
  explicit Utf16Text(std::string_view s) { fill(s, true); }
  Utf16Text(const Utf16Text&) = delete;
  Utf16Text& operator=(const Utf16Text&) = delete;

  // EXACT sizes the buffers with a counting pass first, so a paragraph of
  // many megabytes costs six bytes per unit and no more; otherwise one pass
  // into buffers of the byte length (a bound: a unit takes at least a byte).
  void fill(std::string_view s, bool exact) {
    size_t count = s.size();
    if (exact) {
      count = 0;
      for (size_t i = 0, len = 0; i < s.size(); i += len) count += utf8::decode(s, i, &len) > 0xFFFF ? 2 : 1;
    }
    if (units.size() < count) units.resize(count);
    if (byte_at.size() < count + 1) byte_at.resize(count + 1);
    size_t n = 0;
    for (size_t i = 0, len = 0; i < s.size(); i += len) {
      const char32_t cp = utf8::decode(s, i, &len);  // a valid scalar value, U+FFFD for a bad byte
      if (cp > 0xFFFF) {                              // a surrogate pair
        units[n] = static_cast<char16_t>(0xD7C0 + (cp >> 10));
        byte_at[n++] = static_cast<uint32_t>(i);
        units[n] = static_cast<char16_t>(0xDC00 | (cp & 0x3FF));
      } else {
        units[n] = static_cast<char16_t>(cp);
      }
      byte_at[n++] = static_cast<uint32_t>(i);
    }
    byte_at[n] = static_cast<uint32_t>(s.size());
    last_unit = n;
    text.setTo(false, units.data(), static_cast<int32_t>(std::min<size_t>(n, INT32_MAX)));
  }
  size_t last_unit = 0;  ///< number of units; byte_at[last_unit] is the text's end
};

// The UTF-16 copy of the texts last matched on this thread. The parser tries
// many patterns on one paragraph in a row (heading, label and layout shapes),
// and converting the paragraph each time cost as much as matching. The key is
// the text's bytes, not its address: a buffer reused for another string of the
// same length must not hit. A text above kCachedBytes is converted into OWN
// and not kept, so a one-paragraph file of many megabytes is not held twice.
constexpr size_t kCachedBytes = 64 * 1024;

const Utf16Text& utf16_of(std::string_view s, std::unique_ptr<Utf16Text>& own) {
  if (s.size() > kCachedBytes) {
    own = std::make_unique<Utf16Text>(s);
    return *own;
  }
  struct Entry {
    std::string key;
    bool used = false;
    Utf16Text text;
  };
  // A few entries: a caller often alternates between a paragraph and its head.
  thread_local std::array<Entry, 4> recent;
  thread_local size_t next = 0;
  for (const Entry& e : recent)
    if (e.used && e.key == s) return e.text;
  Entry& e = recent[next];
  next = (next + 1) % recent.size();
  e.key.assign(s);
  e.text.fill(s, false);
  e.used = true;
  return e.text;
}

RegexMatch to_match(const icu::RegexMatcher& m, const Utf16Text& u, std::string_view subject) {
  RegexMatch r;
  r.subject = subject;
  UErrorCode status = U_ZERO_ERROR;
  int n = m.groupCount();
  for (int g = 0; g <= n; ++g) {
    int32_t b = m.start(g, status), e = m.end(g, status);
    if (U_FAILURE(status) || b < 0) {
      r.groups.emplace_back(std::string_view::npos, std::string_view::npos);
      status = U_ZERO_ERROR;
    } else {
      r.groups.emplace_back(u.byte_at[b], u.byte_at[e]);
    }
  }
  return r;
}

size_t unit_index(const Utf16Text& u, size_t byte) {
  // First unit whose byte offset is >= BYTE.
  size_t lo = 0, hi = u.last_unit;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (u.byte_at[mid] < byte) lo = mid + 1; else hi = mid;
  }
  return lo;
}

}  // namespace

Regex::Regex(std::string_view pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError perr;
  auto p = std::unique_ptr<icu::RegexPattern>(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size()))), 0,
      perr, status));
  if (U_SUCCESS(status) && p) {
    pattern_ = std::make_unique<Pattern>();
    pattern_->compiled = std::move(p);
  }
}

Regex::~Regex() = default;

std::optional<RegexMatch> Regex::search(std::string_view text, size_t from) const {
  if (!pattern_) return std::nullopt;
  std::unique_ptr<Utf16Text> own;
  const Utf16Text& u = utf16_of(text, own);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern_->compiled->matcher(u.text, status));
  if (U_FAILURE(status)) return std::nullopt;
  if (!m->find(static_cast<int64_t>(unit_index(u, from)), status) || U_FAILURE(status)) return std::nullopt;
  return to_match(*m, u, text);
}

std::optional<RegexMatch> Regex::prefix(std::string_view text) const {
  if (!pattern_) return std::nullopt;
  std::unique_ptr<Utf16Text> own;
  const Utf16Text& u = utf16_of(text, own);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern_->compiled->matcher(u.text, status));
  if (U_FAILURE(status)) return std::nullopt;
  if (!m->lookingAt(status) || U_FAILURE(status)) return std::nullopt;
  return to_match(*m, u, text);
}

bool Regex::full(std::string_view text) const {
  if (!pattern_) return false;
  std::unique_ptr<Utf16Text> own;
  const Utf16Text& u = utf16_of(text, own);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern_->compiled->matcher(u.text, status));
  if (U_FAILURE(status)) return false;
  bool ok = m->matches(status);
  return ok && U_SUCCESS(status);
}

std::vector<RegexMatch> Regex::all(std::string_view text) const {
  std::vector<RegexMatch> out;
  if (!pattern_) return out;
  std::unique_ptr<Utf16Text> own;
  const Utf16Text& u = utf16_of(text, own);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern_->compiled->matcher(u.text, status));
  if (U_FAILURE(status)) return out;
  while (m->find(status) && U_SUCCESS(status)) out.push_back(to_match(*m, u, text));
  return out;
}

}  // namespace cppcc::parse
