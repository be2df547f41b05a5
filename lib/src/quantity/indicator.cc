// Indicators by character heuristics over clause boundaries. Four word orders:
//   number after the noun   开展“三会一课”51次      → 三会一课
//   number before the noun  召开13次全国政协党组会议 → 全国政协党组会议
//   one verb over a list    提交报告22篇、社情民意99篇 → 报告 / 社情民意
//   nested                  提出三方面9项对策建议    → 对策建议 for both
#include "quantity/indicator.h"

#include <algorithm>
#include <string>

#include "quantity/numeral.h"

namespace cppcc::quantity {

namespace {

bool is_clause_mark(char32_t c) {
  switch (c) {
    case U'，': case U',': case U'；': case U';': case U'。': case U'：': case U':': case U'！': case U'!':
    case U'？': case U'?': case U'\n': case U'（': case U'）': case U'(': case U')':
      return true;
    default:
      return false;
  }
}

bool is_list_mark(char32_t c) { return c == U'、'; }

bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

size_t chars(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    code_point_at(s, i, &len);
    i += len;
    ++n;
  }
  return n;
}

/// Start of the clause (or list item when LIST) that holds POS.
size_t back_to(std::string_view p, size_t pos, bool list) {
  size_t k = pos;
  while (k > 0) {
    size_t prev = previous_code_point(p, k);
    size_t len = 0;
    char32_t c = code_point_at(p, prev, &len);
    if (is_clause_mark(c) || (list && is_list_mark(c))) return k;
    k = prev;
  }
  return 0;
}

/// End of the clause (or list item when LIST) that holds POS.
size_t forward_to(std::string_view p, size_t pos, bool list) {
  size_t k = pos;
  while (k < p.size()) {
    size_t len = 0;
    char32_t c = code_point_at(p, k, &len);
    if (is_clause_mark(c) || (list && is_list_mark(c))) return k;
    k += len;
  }
  return p.size();
}

/// Removes quotation marks and surrounding spaces and brackets.
std::string clean(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    char32_t c = code_point_at(s, i, &len);
    bool drop = c == U'“' || c == U'”' || c == U'‘' || c == U'’' || c == U'"' || c == U' ' || c == U'\t' ||
                c == U'　' || c == U'「' || c == U'」';
    if (!drop) out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

std::string_view strip_leading(std::string_view s, const Lexicon& lex, bool verbs) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    for (const auto* list : {&lex.adverbs, verbs ? &lex.verbs : nullptr}) {
      if (!list) continue;
      if (const std::string* w = word_at(*list, s, 0); w && w->size() < s.size()) {
        s.remove_prefix(w->size());
        changed = true;
      }
    }
    size_t len = 0;
    char32_t c = s.empty() ? 0 : code_point_at(s, 0, &len);
    if (c == U' ' || c == U'　') {
      s.remove_prefix(len);
      changed = true;
    }
  }
  return s;
}

std::string_view strip_trailing(std::string_view s, const Lexicon& lex) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (const std::string* w = word_before(lex.trims, s, s.size()); w && w->size() < s.size()) {
      s.remove_suffix(w->size());
      changed = true;
    }
  }
  return s;
}

/// After the last predicate verb that still leaves a noun (≥ 2 characters,
/// not itself starting with a verb).
std::string_view after_last_verb(std::string_view s, const Lexicon& lex) {
  size_t cut = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    code_point_at(s, i, &len);
    if (const std::string* v = word_at(lex.verbs, s, i)) {
      std::string_view rest = s.substr(i + v->size());
      if (chars(rest) >= 2 && !word_at(lex.verbs, rest, 0)) cut = i + v->size();
    }
    i += len;
  }
  return s.substr(cut);
}

struct Clause {
  size_t begin, end;            // clause
  size_t item_begin, item_end;  // list item (、) inside the clause
};

class Annotator {
 public:
  Annotator(std::string_view p, bool in_plan, const Lexicon& lex, ParagraphQuantities& found)
      : p_(p), in_plan_(in_plan), lex_(lex), found_(found) {}

  void run() {
    auto& qs = found_.quantities;
    // Right to left so a nested count can borrow the indicator after it.
    for (size_t k = qs.size(); k-- > 0;) {
      QuantityMatch& q = qs[k];
      Clause c = clause_of(q.begin, q.end);
      q.indicator = indicator_of(k, c);
      if (!q.qualifier) q.qualifier = total_qualifier(c.begin, q.begin);
      q.is_target = in_plan_ && !has_past_marker(c.begin, c.end);
    }
    for (auto& a : found_.anniversaries) {
      size_t start = back_to(p_, a.begin, true);
      std::string_view s = p_.substr(start, a.begin - start);
      s = strip_trailing(after_last_verb(strip_leading(s, lex_, true), lex_), lex_);
      for (std::string_view tail : {"成立", "建立", "诞生", "建党", "建国"}) {
        if (s.size() > tail.size() && s.substr(s.size() - tail.size()) == tail) {
          s.remove_suffix(tail.size());
          break;
        }
      }
      a.subject = clean(s);
    }
  }

 private:
  Clause clause_of(size_t b, size_t e) const {
    return {back_to(p_, b, false), forward_to(p_, e, false), back_to(p_, b, true), forward_to(p_, e, true)};
  }

  bool quantity_in(size_t b, size_t e) const {
    for (const auto& q : found_.quantities)
      if (q.begin >= b && q.end <= e) return true;
    return false;
  }

  const QuantityMatch* quantity_starting_at(size_t pos) const {
    for (const auto& q : found_.quantities)
      if (q.begin == pos) return &q;
    return nullptr;
  }

  std::string indicator_of(size_t k, const Clause& c) const {
    const QuantityMatch& q = found_.quantities[k];
    std::string after = number_first(q, c);
    if (after == "\x01") {  // nested: 三方面9项对策建议
      if (const QuantityMatch* next = quantity_starting_at(q.end)) return next->indicator;
      after.clear();
    }
    if (!after.empty()) return after;
    std::string before = number_after(q, c);
    if (!before.empty()) return before;
    // Nothing before the number either: the words after it, minus a leading particle.
    std::string_view s = p_.substr(q.end, c.item_end - q.end);
    if (const std::string* t = word_at(lex_.tails, s, 0)) s.remove_prefix(t->size());
    return clean(strip_trailing(s, lex_));
  }

  /// The noun after the number (召开13次全国政协党组会议); empty when the
  /// number ends its item or a predicate follows; "\x01" when another
  /// quantity follows at once.
  std::string number_first(const QuantityMatch& q, const Clause& c) const {
    if (quantity_starting_at(q.end)) return "\x01";
    std::string_view s = p_.substr(q.end, c.item_end - q.end);
    if (s.empty()) return {};
    size_t len = 0;
    char32_t first = code_point_at(s, 0, &len);
    if (!is_han(first) && first != U'“' && first != U'《') return {};
    if (word_at(lex_.tails, s, 0) || word_at(lex_.trims, s, 0)) return {};
    // Cut at the next number, a predicate that follows the noun, or 的.
    size_t cut = s.size();
    for (const auto& other : found_.quantities)
      if (other.begin > q.end && other.begin < q.end + cut) cut = other.begin - q.end;
    size_t n = 0;
    for (size_t i = 0; i < cut; ++n) {
      code_point_at(s, i, &len);
      if (n >= 2 && (word_at(lex_.tails, s, i) || s.substr(i, 3) == "的")) {
        cut = i;
        break;
      }
      i += len;
    }
    return clean(strip_trailing(s.substr(0, cut), lex_));
  }

  /// The noun before the number (立案交办提案314件, 开展“三会一课”51次).
  std::string number_after(const QuantityMatch& q, const Clause& c) const {
    size_t start = c.item_begin;
    if (start > c.begin) {
      // A list of nouns sharing the count (学习A、B精神102次) reaches back
      // to the clause start; a list of counted items does not.
      std::string_view item = strip_leading(p_.substr(start, q.begin - start), lex_, false);
      bool own_verb = word_at(lex_.verbs, item, 0) != nullptr;
      if (!own_verb && !quantity_in(c.begin, c.item_begin)) start = c.begin;
    }
    std::string_view s = p_.substr(start, q.begin - start);
    s = strip_trailing(s, lex_);
    s = strip_leading(s, lex_, true);
    s = after_last_verb(s, lex_);
    s = strip_trailing(s, lex_);
    return clean(s);
  }

  std::optional<std::string> total_qualifier(size_t begin, size_t end) const {
    for (size_t i = begin; i < end;) {
      size_t len = 0;
      code_point_at(p_, i, &len);
      if (const auto* t = lex_.qualifier_at(p_, i, QualifierPlace::kTotal)) {
        bool ok = true;
        if (t->word == "共") {
          // 共 as "in all" heads a verb or a number, unlike 共同, 中共, 公共.
          char32_t prev = code_point_before(p_, i);
          std::string_view rest = p_.substr(i + t->word.size());
          size_t l2 = 0;
          char32_t next = rest.empty() ? 0 : code_point_at(rest, 0, &l2);
          ok = prev != U'中' && prev != U'公' &&
               (word_at(lex_.verbs, rest, 0) || arabic_digit(next) >= 0 || is_chinese_numeral_char(next));
        }
        if (ok) return t->word;
      }
      i += len;
    }
    return std::nullopt;
  }

  bool has_past_marker(size_t begin, size_t end) const {
    for (size_t i = begin; i < end;) {
      size_t len = 0;
      code_point_at(p_, i, &len);
      if (word_at(lex_.pasts, p_, i)) return true;
      i += len;
    }
    return false;
  }

  std::string_view p_;
  bool in_plan_;
  const Lexicon& lex_;
  ParagraphQuantities& found_;
};

}  // namespace

void annotate_quantities(std::string_view paragraph, bool in_plan, const Lexicon& lex, ParagraphQuantities& found) {
  Annotator(paragraph, in_plan, lex, found).run();
}

}  // namespace cppcc::quantity
