#include <algorithm>
#include <cmath>
#include <mutex>
#include <unordered_set>

#include "cppcc/data.h"
#include "cppcc/segment.h"
#include "segment/char_class.h"
#include "segment/chunk_segmenter.h"
#include "segment/general_dict.h"

namespace cppcc {

using segment::CharClass;
using segment::classify;

std::string_view token_type_name(TokenType t) {
  switch (t) {
    case TokenType::kWord: return "word";
    case TokenType::kNumber: return "number";
    case TokenType::kPunct: return "punct";
    case TokenType::kLatin: return "latin";
    case TokenType::kSpace: return "space";
    case TokenType::kOther: return "other";
  }
  return "other";
}

struct Segmenter::Impl {
  std::shared_ptr<const segment::Lexicon> general;
  std::string general_path;
  segment::Lexicon domain{4096};
  double log_total = 0;

  void update_total() {
    // Domain words share the general words' frequency scale.
    log_total = std::log(std::max(general->total_freq() + domain.total_freq(), 1e6));
  }
};

namespace {
// Domain words given without a frequency: about as common as 政府 in jieba's
// dictionary, so a domain word is never beaten by cutting it into parts.
constexpr double kDomainDefaultFreq = 20000;
}  // namespace

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;

Expected<Segmenter> Segmenter::create() { return create(SegmenterOptions{}); }

Expected<Segmenter> Segmenter::create(const SegmenterOptions& options) {
  auto impl = std::make_unique<Impl>();
  if (options.use_general_dictionary) {
    auto g = segment::load_general_dictionary(options.general_dictionary);
    if (!g) return g.error();
    impl->general = std::move(g->lexicon);
    impl->general_path = std::move(g->path);
  } else {
    impl->general = std::make_shared<const segment::Lexicon>();
  }
  if (options.builtin_lexicon) {
    for (std::string_view name : embedded_data_names()) {
      if (name.substr(0, 5) != "dict/" || name.size() < 9 || name.substr(name.size() - 4) != ".txt") continue;
      auto content = embedded_data(name);
      Status st = impl->domain.load(*content, "data/" + std::string(name), true, kDomainDefaultFreq);
      if (!st) return st.error();
    }
  }
  impl->update_total();
  return Segmenter(std::move(impl));
}

Status Segmenter::add_dictionary(std::string_view content, std::string_view name) {
  Status st = impl_->domain.load(content, name, true, kDomainDefaultFreq);
  impl_->update_total();
  return st;
}

const std::string& Segmenter::general_dictionary() const { return impl_->general_path; }

std::vector<std::string> Segmenter::lexicon_words() const {
  return impl_->domain.domain_words();
}

namespace {

bool is_percent(char32_t c) { return c == '%' || c == 0xFF05 || c == 0x2030; }

/// Counts of words (views), in one open-addressing table: keyword_counts adds
/// every token of a report, and std::unordered_map's node per word and its
/// byte hash were a third of the counting.
class WordCounter {
 public:
  void add(std::string_view w) {
    if ((used_ + 1) * 10 > slots_.size() * 7) grow();
    Slot& s = find(w, segment::hash_bytes(w));
    if (s.count++ == 0) ++used_;
  }
  size_t size() const { return used_; }
  template <class F>
  void for_each(F f) const {
    for (const Slot& s : slots_)
      if (s.count) f(s.word, s.count);
  }

 private:
  struct Slot {
    std::string_view word;
    uint64_t hash = 0;
    uint32_t count = 0;
  };
  Slot& find(std::string_view w, uint64_t h) {
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (s.count == 0) {
        s.word = w;
        s.hash = h;
        return s;
      }
      if (s.hash == h && s.word == w) return s;
    }
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 4096 : old.size() * 2, Slot{});
    for (const Slot& s : old)
      if (s.count) find(s.word, s.hash).count = s.count;
  }
  std::vector<Slot> slots_;
  size_t used_ = 0;
};
bool is_digit_class(char32_t c) { return classify(c) == CharClass::kDigit; }

}  // namespace

std::vector<Token> Segmenter::segment(std::string_view text) const {
  std::vector<Token> out;
  out.reserve(text.size() / 4 + 1);
  // Per-thread buffers: segmenting line by line must not allocate each time.
  thread_local std::u32string cps;
  thread_local std::vector<uint32_t> offs;
  thread_local segment::ChunkScratch scratch;
  cps.clear();
  offs.clear();
  for (size_t i = 0; i < text.size();) {
    size_t len = 1;
    cps.push_back(segment::decode_utf8(text, i, &len));
    offs.push_back(static_cast<uint32_t>(i));
    i += len;
  }
  offs.push_back(static_cast<uint32_t>(text.size()));
  const size_t n = cps.size();

  auto in_chunk = [&](size_t k) {
    CharClass c = classify(cps[k]);
    if (c == CharClass::kHan || c == CharClass::kDigit || c == CharClass::kLatin) return true;
    // 3.5, 1,000, 12:30 and 20% keep their joiners inside the number.
    if (k > 0 && is_digit_class(cps[k - 1])) {
      if (segment::is_number_joiner(cps[k]) && k + 1 < n && is_digit_class(cps[k + 1])) return true;
      if (is_percent(cps[k])) return true;
    }
    return false;
  };

  segment::ChunkContext ctx{*impl_->general, impl_->domain, impl_->log_total};
  for (size_t i = 0; i < n;) {
    if (in_chunk(i)) {
      size_t j = i + 1;
      while (j < n && in_chunk(j)) ++j;
      segment::segment_chunk(ctx, text, std::u32string_view(cps).substr(i, j - i), offs.data() + i,
                             scratch, &out);
      i = j;
      continue;
    }
    CharClass c = classify(cps[i]);
    size_t j = i + 1;
    TokenType type = TokenType::kOther;
    if (c == CharClass::kSpace) {
      type = TokenType::kSpace;
      while (j < n && classify(cps[j]) == CharClass::kSpace) ++j;
    } else if (c == CharClass::kPunct) {
      // —— and …… are one mark written with two characters.
      type = TokenType::kPunct;
      while (j < n && cps[j] == cps[i]) ++j;
    }
    out.push_back(Token{offs[i], offs[j], type});
    i = j;
  }
  return out;
}

std::vector<std::string_view> Segmenter::words(std::string_view text) const {
  std::vector<std::string_view> out;
  for (const Token& t : segment(text)) {
    if (t.type != TokenType::kSpace) out.push_back(text.substr(t.begin, t.end - t.begin));
  }
  return out;
}

std::vector<WordCount> Segmenter::keyword_counts(std::string_view text, size_t limit) const {
  return keyword_counts(std::vector<std::string_view>{text}, limit);
}

std::vector<WordCount> Segmenter::keyword_counts(const std::vector<std::string_view>& paragraphs,
                                                 size_t limit) const {
  // Keys are views into the paragraphs, which outlive this function.
  WordCounter counts;
  for (std::string_view text : paragraphs) {
    for (const Token& t : segment(text)) {
      if (t.type != TokenType::kWord && t.type != TokenType::kLatin) continue;
      std::string_view w = text.substr(t.begin, t.end - t.begin);
      size_t first_len = 1;
      segment::decode_utf8(w, 0, &first_len);
      if (first_len == w.size()) continue;  // one character
      counts.add(w);
    }
  }
  // Ranked as views; only the LIMIT kept become strings (a report has thousands of distinct words).
  // Stop words are dropped here, once per distinct word rather than once per token.
  std::vector<std::pair<std::string_view, uint32_t>> ranked;
  ranked.reserve(counts.size());
  counts.for_each([&](std::string_view word, uint32_t count) {
    if (!is_stop_word(word)) ranked.emplace_back(word, count);
  });
  const auto before = [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
  const size_t keep = limit != 0 ? std::min(limit, ranked.size()) : ranked.size();
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(), before);
  std::vector<WordCount> out;
  out.reserve(keep);
  for (size_t k = 0; k < keep; ++k) out.push_back(WordCount{std::string(ranked[k].first), ranked[k].second});
  return out;
}

const std::vector<std::string>& stop_words() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    for (const auto& row : embedded_tsv("stopwords.txt")) {  // a TAB starts a comment
      std::string_view word = row[0];
      while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
      if (!word.empty() && word[0] != '#') out.emplace_back(word);
    }
    return out;
  }();
  return words;
}

bool is_stop_word(std::string_view word) {
  static const std::unordered_set<std::string_view> words(stop_words().begin(), stop_words().end());
  return words.count(word) != 0;
}

}  // namespace cppcc
