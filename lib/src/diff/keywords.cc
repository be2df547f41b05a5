// Keyword shifts: the log-odds ratio with an informative Dirichlet prior
// ("Fightin' Words", Monroe, Colaresi & Quinn 2008, eq. 16-22). The prior is
// the pooled counts of the two reports scaled to alpha_0, so common words
// need a large shift to count and rare words are not blown up.
#include <algorithm>
#include <cmath>

#include "diff/diff_parts.h"
#include "diff/diff_util.h"

namespace cppcc::diff_detail {

void keyword_shifts(const std::vector<DiffToken>& old_tokens, const std::vector<DiffToken>& new_tokens,
                    const DiffOptions& options, std::vector<KeywordShift>* rising,
                    std::vector<KeywordShift>* falling, size_t* old_words, size_t* new_words) {
  WordCounts a = count_words(old_tokens, options.stopwords);
  WordCounts b = count_words(new_tokens, options.stopwords);
  double na = 0, nb = 0;
  for (const auto& [w, c] : a) na += c;
  for (const auto& [w, c] : b) nb += c;
  *old_words = static_cast<size_t>(na);
  *new_words = static_cast<size_t>(nb);
  if (na == 0 || nb == 0) return;

  WordCounts pooled = a;
  for (const auto& [w, c] : b) pooled[w] += c;
  const double a0 = options.keyword_prior;
  std::vector<KeywordShift> all;
  for (const auto& [w, total] : pooled) {
    if (total < options.min_keyword_count) continue;
    double alpha = a0 * total / (na + nb);
    auto ya = static_cast<double>(a.count(w) ? a.at(w) : 0);
    auto yb = static_cast<double>(b.count(w) ? b.at(w) : 0);
    double log_odds_b = std::log((yb + alpha) / (nb + a0 - yb - alpha));
    double log_odds_a = std::log((ya + alpha) / (na + a0 - ya - alpha));
    double delta = log_odds_b - log_odds_a;
    double variance = 1.0 / (yb + alpha) + 1.0 / (ya + alpha);
    double z = delta / std::sqrt(variance);
    if (std::fabs(z) < options.min_keyword_z) continue;
    KeywordShift k;
    k.word = w;
    k.old_count = static_cast<int>(ya);
    k.new_count = static_cast<int>(yb);
    k.old_per_10k = 1e4 * ya / na;
    k.new_per_10k = 1e4 * yb / nb;
    k.log_odds = delta;
    k.z = z;
    all.push_back(std::move(k));
  }
  std::sort(all.begin(), all.end(), [](const KeywordShift& x, const KeywordShift& y) {
    return x.z != y.z ? x.z > y.z : x.word < y.word;
  });
  for (const KeywordShift& k : all)
    if (k.z > 0 && rising->size() < options.max_keywords) rising->push_back(k);
  for (auto it = all.rbegin(); it != all.rend(); ++it)
    if (it->z < 0 && falling->size() < options.max_keywords) falling->push_back(*it);
}

}  // namespace cppcc::diff_detail
