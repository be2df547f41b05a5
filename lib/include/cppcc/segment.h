/// \file
/// Chinese word segmentation with a domain lexicon that wins over general
/// words (江门, 社情民意, 百千万工程 never split).
///
///   auto seg = cppcc::Segmenter::create();          // built-in lexicons
///   for (const cppcc::Token& t : seg->segment(text)) ...
///
/// Tokens cover the text exactly (spaces are tokens too), in order. Numbers
/// follow the PKU convention: 2001年, 12月, 20％, 3.5万, 二○○一年 are one token.
/// See docs/segmentation.md for the algorithm and the dictionaries.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/expected.h"

namespace cppcc {

enum class TokenType { kWord, kNumber, kPunct, kLatin, kSpace, kOther };
/// "word", "number", "punct", "latin", "space", "other".
std::string_view token_type_name(TokenType t);

struct Token {
  uint32_t begin = 0, end = 0;  ///< byte range in the segmented text
  TokenType type = TokenType::kWord;
};

/// A content word and how often it occurs.
struct WordCount {
  std::string word;
  uint32_t count = 0;
};

struct SegmenterOptions {
  /// General-vocabulary dictionary file ("WORD FREQ [TAG]" lines), parsed at
  /// run time. Empty: the table built into the library at build time from
  /// python3-jieba's dict.txt (empty when the build had no such file).
  std::string general_dictionary;
  bool use_general_dictionary = true;
  /// Load the domain lexicon data/dict/*.txt embedded in the library.
  bool builtin_lexicon = true;
};

class Segmenter {
 public:
  /// Loads the built-in general and domain lexicons.
  static Expected<Segmenter> create();
  static Expected<Segmenter> create(const SegmenterOptions& options);
  /// Adds a user lexicon (same format as data/dict/*.txt); NAME is used in
  /// errors ("NAME:LINE: ..."). Its words win like the domain lexicon's.
  Status add_dictionary(std::string_view content, std::string_view name);
  /// Segments UTF-8 TEXT. Thread-safe on a const Segmenter.
  std::vector<Token> segment(std::string_view text) const;
  /// The non-space tokens of TEXT as views into it (for counting and diffs).
  std::vector<std::string_view> words(std::string_view text) const;

  /// Keyword counts of TEXT: words (and Latin runs) of two or more
  /// characters that are not stop words, most frequent first (ties in code
  /// point order); at most LIMIT entries, 0 = all. Segment reflowed
  /// paragraphs, not hard-wrapped lines, so terms split by a break are found.
  std::vector<WordCount> keyword_counts(std::string_view text, size_t limit = 0) const;
  /// The same count over PARAGRAPHS, each segmented on its own (extract's
  /// terms count the body paragraphs this way): the one keyword counter.
  std::vector<WordCount> keyword_counts(const std::vector<std::string_view>& paragraphs, size_t limit = 0) const;

  /// Path of the general dictionary in use, empty when none was found.
  const std::string& general_dictionary() const;
  /// Every word of the domain and user lexicons (unordered).
  std::vector<std::string> lexicon_words() const;

  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;
  ~Segmenter();

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// The words of data/stopwords.txt (function words, generic report verbs), in
/// file order: the one reading of that file (the diff's word counts use it too).
const std::vector<std::string>& stop_words();

/// True for words of stop_words(), which keyword counts leave out.
bool is_stop_word(std::string_view word);

}  // namespace cppcc
