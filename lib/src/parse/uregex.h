// ICU regular expressions over UTF-8 text, with byte offsets in and out.
// The parser's patterns are full of CJK classes ([一二三四五六七八九十]、), which
// std::regex cannot express on UTF-8; ICU can, on UTF-16. This wrapper hides
// the conversion so callers only ever see byte offsets of the UTF-8 input.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::parse {

/// A match: byte ranges of the whole match (group 0) and each group; a group
/// that did not take part is {npos, npos}.
struct RegexMatch {
  std::vector<std::pair<size_t, size_t>> groups;
  std::string_view subject;
  size_t begin(int g = 0) const { return groups[g].first; }
  size_t end(int g = 0) const { return groups[g].second; }
  bool has(int g) const { return g < static_cast<int>(groups.size()) && groups[g].first != std::string_view::npos; }
  std::string str(int g = 0) const {
    return has(g) ? std::string(subject.substr(begin(g), end(g) - begin(g))) : std::string();
  }
};

/// A compiled pattern. Immutable after construction, so one Regex may be
/// shared by threads (each call makes its own matcher).
class Regex {
 public:
  /// PATTERN is ICU syntax, UTF-8. An invalid pattern is a programming error:
  /// it never matches (and valid() says so, for the tests).
  explicit Regex(std::string_view pattern);
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  bool valid() const { return pattern_ != nullptr; }
  /// First match at or after byte FROM.
  std::optional<RegexMatch> search(std::string_view text, size_t from = 0) const;
  /// Match anchored at byte 0 (the pattern need not cover the whole text).
  std::optional<RegexMatch> prefix(std::string_view text) const;
  /// The whole text matches.
  bool full(std::string_view text) const;
  /// Every non-overlapping match.
  std::vector<RegexMatch> all(std::string_view text) const;

 private:
  struct Pattern;
  std::unique_ptr<Pattern> pattern_;
};

}  // namespace cppcc::parse
