// The number scanner: numeral → [range] → [多/余] → [万/亿] → unit → [以上].
#include "quantity/scanner.h"

#include <algorithm>
#include <cmath>

#include "quantity/numeral.h"
#include "util/mark_pairs.h"
#include "util/sorted_spans.h"

namespace cppcc::quantity {

namespace {


bool starts_at(std::string_view s, size_t pos, std::string_view w) {
  return pos <= s.size() && s.substr(pos, w.size()) == w;
}

bool is_ascii_letter(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'); }
bool is_fullwidth_letter(char32_t c) { return (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ'); }

bool is_range_mark(char32_t c) {
  return c == U'至' || c == U'到' || c == U'～' || c == U'~' || c == U'〜' || c == U'-' || c == U'－' ||
         c == U'—' || c == U'–';
}

char32_t cp(std::string_view s, size_t i, size_t* len) {
  if (i >= s.size()) {
    *len = 0;
    return 0;
  }
  return code_point_at(s, i, len);
}

/// Ranges that never yield a quantity: words with numerals (一些, 三会一课)
/// and short quoted slogans that start with a numeral (“十个坚持”, “1310”).
ByteRanges blocked_ranges(std::string_view p, const Lexicon& lex) {
  ByteRanges out;
  for (size_t k = 0; k < p.size();) {
    size_t len = 0;
    cp(p, k, &len);
    if (len == 0) break;
    for (uint32_t w : lex.not_numerals.starting_with(p, k)) {
      const std::string& word = lex.not_numerals.words()[w];
      if (starts_at(p, k, word)) out.push_back({k, k + word.size()});
    }
    k += len;
  }
  // Quoted text and titles: slogans (“十个坚持”, “1310”), topic and document
  // names (“…迈向5000亿大关…”, 《…》) hold no statistics of the report.
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"“", "”"}, {"《", "》"}}) {
    for (auto [k, end] : util::mark_pairs(p, open, close)) {
      const size_t start = k + open.size();
      if (end - start <= 240) out.push_back({start, end});  // longer: an unbalanced mark
    }
  }
  return out;
}

std::vector<util::SortedSpans::Range> as_spans(const ByteRanges& r) { return {r.begin(), r.end()}; }

/// Numeral at POS: Arabic or Chinese.
std::optional<Numeral> numeral_at(std::string_view p, size_t pos) {
  size_t len = 0;
  char32_t c = cp(p, pos, &len);
  if (arabic_digit(c) >= 0) return scan_arabic(p, pos);
  if (is_chinese_numeral_char(c)) return scan_chinese(p, pos);
  return std::nullopt;
}

struct Candidate {
  QuantityMatch q;
  bool anniversary = false;
  int years = 0;
};

class Scanner {
 public:
  Scanner(std::string_view p, const ByteRanges& excluded, const Lexicon& lex)
      : p_(p), excluded_(as_spans(excluded)), lex_(lex), blocked_(as_spans(blocked_ranges(p, lex))) {}

  ParagraphQuantities run() {
    ParagraphQuantities out;
    size_t i = 0;
    while (i < p_.size()) {
      size_t len = 0;
      char32_t c = cp(p_, i, &len);
      if (!is_start(i, c)) {
        i += len;
        continue;
      }
      auto cand = try_at(i);
      if (!cand) {
        i = skip_numeral(i, len);
        continue;
      }
      if (cand->anniversary) {
        out.anniversaries.push_back({cand->q.begin, cand->q.end, cand->q.surface, cand->years, ""});
      } else {
        out.quantities.push_back(cand->q);
      }
      i = cand->q.end;
    }
    return out;
  }

 private:
  bool is_start(size_t i, char32_t c) const {
    char32_t prev = code_point_before(p_, i);
    if (arabic_digit(c) >= 0) return arabic_digit(prev) < 0 && prev != U'.' && prev != U'．' && prev != U',';
    // 百分之/千分之 start with a numeral character too, so this covers them.
    if (is_chinese_numeral_char(c)) return !is_chinese_numeral_char(prev);
    return false;
  }

  /// 1万6千, 2万5千, 1亿3千多万: Arabic digits with a lower place after a
  /// 万/亿 number. Returns the value they add and moves POS past them.
  Decimal mixed_tail(size_t& pos, double scale, std::optional<std::string>& qualifier) const {
    Decimal added;
    double place = scale;  // each part must sit in a lower place than the last
    while (pos < p_.size()) {
      size_t len = 0;
      if (arabic_digit(cp(p_, pos, &len)) < 0) break;
      auto m = scan_arabic(p_, pos);
      if (!m || m->decimal) break;
      int power = chinese_power(cp(p_, m->end, &len));
      if (power < 2) break;
      size_t at = m->end + len;
      double part = m->value * std::pow(10.0, power);
      int part_power = power;
      // 3千多万 after 亿: the part is itself scaled by 万.
      size_t k = at;
      std::optional<std::string> approx;
      if (const auto* q = lex_.qualifier_at(p_, k, QualifierPlace::kBetween)) {
        approx = q->word;
        k += q->word.size();
      }
      if (place >= 1e8 && starts_at(p_, k, "万") && !lex_.match_unit(p_, k)) {
        part *= 1e4;
        part_power += 4;
        at = k + 3;
      } else {
        approx.reset();
      }
      if (part >= place) break;
      added = added.plus(exact_value(p_, *m).shifted(part_power));
      place = part;
      pos = at;
      if (approx && !qualifier) qualifier = approx;
    }
    return added;
  }

  /// Past zero-width characters (U+200B…U+200D, U+2060, U+FEFF, soft hyphen)
  /// that web copies leave inside a number: 74.4<ZWSP>万亿元.
  size_t skip_invisible(size_t pos) const {
    for (size_t len = 0; pos < p_.size(); pos += len) {
      char32_t c = cp(p_, pos, &len);
      if (!(c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0xAD)) break;
    }
    return pos;
  }

  /// Byte length of the range mark at POS (至 到 - － — —— – ～ ~ 〜), 0 if none.
  size_t range_mark_at(size_t pos) const {
    size_t len = 0;
    char32_t c = cp(p_, pos, &len);
    if (!is_range_mark(c)) return 0;
    size_t l2 = 0;
    if (c == U'—' && cp(p_, pos + len, &l2) == U'—') return len + l2;  // ——
    return len;
  }

  bool percent_word(size_t i) const {
    return starts_at(p_, i, "百分之") || starts_at(p_, i, "千分之") || starts_at(p_, i, "仟分之");
  }

  /// Past the whole numeral at I, so its inner digits are not tried again.
  size_t skip_numeral(size_t i, size_t len) const {
    auto n = numeral_at(p_, i);
    return n && n->end > i ? n->end : i + len;
  }

  std::optional<Candidate> try_at(size_t i) const {
    // 百分之五十一 / 千分之三
    if (percent_word(i)) {
      bool permille = !starts_at(p_, i, "百分之");
      auto n = numeral_at(p_, i + 9);
      if (!n) return std::nullopt;
      Candidate c;
      c.q.value = n->value;
      c.q.exact = exact_value(p_, *n);
      c.q.unit = permille ? "‰" : "%";
      c.q.kind = permille ? "permille" : "percent";
      size_t end = n->end;
      if (size_t len = range_mark_at(end); len > 0) {
        size_t high = end + len;
        if (percent_word(high)) high += 9;  // 百分之五至百分之十
        auto n2 = numeral_at(p_, high);
        if (n2 && n2->value > n->value) {
          c.q.value_max = n2->value;
          c.q.exact_max = exact_value(p_, *n2);
          end = n2->end;
        }
      }
      return finish(c, i, i, take_after_qualifier(end, c.q.qualifier));
    }
    auto n = numeral_at(p_, i);
    if (!n) return std::nullopt;
    if (auto share = slash_fraction(*n)) return share;
    if (auto r = rank(*n)) return r;
    if (rejected_context(*n)) return std::nullopt;

    // 三分之一: a fraction
    if (n->chinese && starts_at(p_, n->end, "分之")) {
      auto num = numeral_at(p_, n->end + 6);
      if (!num || !num->chinese || n->value == 0) return std::nullopt;
      Candidate c;
      c.q.value = num->value / n->value;
      c.q.kind = "fraction";
      return finish(c, i, i, take_after_qualifier(num->end, c.q.qualifier));
    }

    Candidate c;
    size_t pos = skip_invisible(n->end);
    double value = n->value;
    std::optional<Numeral> high;  // the high end of a range
    std::optional<double> value_max;
    std::optional<std::string> qualifier;
    size_t len = 0;

    // A percent range keeps its sign on both ends: 15%～30%, 4.5%—5%.
    bool percent_first = false;
    if (char32_t ch = cp(p_, pos, &len); ch == U'%' || ch == U'％') {
      if (range_mark_at(pos + len) > 0) {
        percent_first = true;
        pos += len;
      }
    }
    // 1.1万～2.3万亩, 8000万至1亿元: the low end has its own multiplier.
    std::optional<int> low_power;
    if (!percent_first && !n->chinese) {
      size_t k = pos;
      int power = 0;
      // The power test first: it is cheap and almost always false.
      for (size_t one = 0; k < p_.size() && chinese_power(cp(p_, k, &one)) >= 4 && !lex_.match_unit(p_, k); k += one)
        power += chinese_power(cp(p_, k, &one));
      if (power > 0 && range_mark_at(k) > 0) {
        size_t mark = range_mark_at(k);
        size_t l2 = 0;
        if (auto n2 = numeral_at(p_, k + mark); n2 && !n2->chinese && chinese_power(cp(p_, n2->end, &l2)) >= 4) {
          low_power = power;
          pos = k;
        }
      }
    }
    if (size_t mark = range_mark_at(pos); mark > 0) {
      auto n2 = numeral_at(p_, pos + mark);
      if (n2 && n2->chinese == n->chinese && (low_power || n2->value > n->value)) {
        value_max = n2->value;
        high = n2;
        pos = n2->end;
      } else if (percent_first || low_power) {
        return std::nullopt;
      }
    }
    if (percent_first) {
      char32_t ch = cp(p_, pos, &len);
      if (ch != U'%' && ch != U'％') return std::nullopt;
    }

    double mult = 1;
    int mult_power = 0;  // the same multiplier as a power of ten, for the exact value
    const auto take_between = [&] {
      if (qualifier) return;
      if (const auto* q = lex_.qualifier_at(p_, pos, QualifierPlace::kBetween)) {
        qualifier = q->word;
        pos += q->word.size();
      }
    };
    const auto take_multiplier = [&] {
      // One power at a time, stopping where a unit starts (万千瓦: 千瓦 is the unit).
      for (int steps = 0; steps < 3 && !lex_.match_unit(p_, pos); ++steps) {
        size_t one = 0;
        int power = chinese_power(cp(p_, pos, &one));
        if (power < 2) return;  // 百千万亿 scale a number; 十 does not follow digits
        mult *= std::pow(10.0, power);
        mult_power += power;
        pos += one;
      }
    };
    take_between();
    take_multiplier();
    Decimal tail;  // 1万6千多户: the lower places, in units of the multiplier
    if (!n->chinese && mult >= 1e4) {
      tail = mixed_tail(pos, mult, qualifier);
      if (!tail.is_zero()) {
        tail = tail.shifted(-mult_power);
        value += tail.to_double();
      }
    }
    take_between();
    take_multiplier();  // 4万多亿元
    if (low_power) {  // the low end keeps its own 万/亿, and must be the lower
      value *= std::pow(10.0, *low_power - mult_power);
      if (!(value < *value_max)) return std::nullopt;
    }
    pos = skip_invisible(pos);
    const UnitEntry* unit = lex_.match_unit(p_, pos);

    // A Chinese number that starts with 百/千/万 is only a number when
    // qualified (近百场, 千余人), else it is a word (百姓, 千方百计).
    size_t flen = 0;
    char32_t first = cp(p_, n->begin, &flen);
    const QualifierEntry* before = lex_.qualifier_before(p_, i, QualifierPlace::kBefore);
    if (n->chinese && chinese_power(first) >= 2 && !qualifier && !before) return std::nullopt;
    // 一 + measure word is an article (一项举措) unless qualified (近一吨);
    // 二〇二五 is a year.
    if (n->chinese && !n->has_power && (n->end - n->begin > 3 || (n->value <= 1 && !before))) return std::nullopt;
    if (n->chinese && n->value == 0) return std::nullopt;

    if (!unit) {
      if (starts_at(p_, pos, "周年") || (starts_at(p_, pos, "载") && value >= 2)) {
        if (value != std::floor(value) || value > 10000 || value_max || mult != 1) return std::nullopt;
        Candidate a;
        a.anniversary = true;
        a.years = static_cast<int>(value);
        size_t end = pos + (starts_at(p_, pos, "周年") ? 6 : 3);
        a.q.begin = i;
        a.q.end = end;
        a.q.surface = std::string(p_.substr(i, end - i));
        return a;
      }
      // 人均预期寿命76.7岁, 平均受教育年限10.5年: a decimal before 岁 or 年 is no age
      // bound or date but a measured age or span.
      // So is a whole number of 岁 that ends its clause (人均预期寿命提升到79岁。, 达到80岁以上；); one
      // before a noun is an age bound (60岁以上老年人, 3岁以下婴幼儿), a class rather than a figure.
      if (!value_max && ((n->decimal && starts_at(p_, pos, "年")) || (starts_at(p_, pos, "岁") && (n->decimal || (!n->chinese && age_ends_clause(pos + 3)))))) {
        const bool age = starts_at(p_, pos, "岁");
        c.q.unit = age ? "岁" : "年";
        c.q.kind = age ? "age" : "duration";
        pos += 3;
      } else {
        if (n->chinese || mult == 1) return std::nullopt;
        c.q.kind = "number";  // 2185.8万 with no unit
        // 1100多万学生, 14亿人口: a head count; the noun names who, 人 is implied.
        std::optional<std::string> after_word = qualifier;
        if (lex_.people.at(p_, take_after_qualifier(pos, after_word))) {
          c.q.kind = "people";
          c.q.unit = "人";
        }
      }
    } else {
      c.q.unit = unit->unit;
      c.q.kind = unit->kind;
      pos += unit->surface.size();
      if (ordinal_meeting(*n, *unit) || (n->chinese && unit->arabic_only)) return std::nullopt;
      // 三个“十条”: a count of named items, a formulation rather than a figure.
      if (n->chinese && unit->surface == "个" && (starts_at(p_, pos, "“") || starts_at(p_, pos, "\""))) return std::nullopt;
    }
    pos = take_after_qualifier(pos, qualifier);
    // Scaled exactly, rounded once: 4.06万亿 is 4060000000000, not 4059999999999.9995.
    Decimal exact = exact_value(p_, *n).plus(tail);
    if (low_power) exact = exact.shifted(*low_power - mult_power);
    c.q.exact = exact.shifted(mult_power);
    c.q.value = c.q.exact->to_double();
    if (high) {
      c.q.exact_max = exact_value(p_, *high).shifted(mult_power);
      c.q.value_max = c.q.exact_max->to_double();
    }
    if (!std::isfinite(c.q.value) || (c.q.value_max && !std::isfinite(*c.q.value_max))) return std::nullopt;
    size_t begin = i;
    if (before) {
      begin = i - before->word.size();
      qualifier = before->word;
    }
    c.q.qualifier = qualifier;
    if (before && names_class(*n, *before, pos)) return std::nullopt;
    return finish(c, begin, i, pos);
  }

  /// After 岁 at POS: nothing but a qualifier (以上, 左右) before the clause ends.
  bool age_ends_clause(size_t pos) const {
    std::optional<std::string> q;
    pos = take_after_qualifier(pos, q);
    size_t len = 0;
    const char32_t next = cp(p_, pos, &len);
    return next == 0 || next == U'，' || next == U'。' || next == U'；' || next == U'、' || next == U',' ||
           next == U';' || next == U'）' || next == U')';
  }

  /// 以上, 左右, 以内 after the unit (多/余 there only before punctuation).
  size_t take_after_qualifier(size_t pos, std::optional<std::string>& qualifier) const {
    const auto* q = lex_.qualifier_at(p_, pos, QualifierPlace::kAfter);
    if (!q) return pos;
    bool single = q->word == "多" || q->word == "余";
    size_t len = 0;
    char32_t next = cp(p_, pos + q->word.size(), &len);
    if (single && next != 0 && next >= 0x4E00 && next <= 0x9FFF) return pos;
    if (!qualifier) qualifier = q->word;
    return pos + q->word.size();
  }

  std::optional<Candidate> finish(Candidate c, size_t begin, size_t num_begin, size_t end) const {
    if (excluded_.overlaps(num_begin, end) || blocked_.overlaps(num_begin, end)) return std::nullopt;
    c.q.begin = begin;
    c.q.end = end;
    c.q.surface = std::string(p_.substr(begin, end - begin));
    return c;
  }

  /// 占全国1/4: two whole Arabic numbers around one slash, nothing that
  /// continues a code, date or path (2024/12/31, 1/2/3, G7/8, 3/4a) on either side.
  std::optional<Candidate> slash_fraction(const Numeral& n) const {
    if (n.chinese || n.decimal || n.value == 0) return std::nullopt;
    size_t len = 0;
    if (cp(p_, n.end, &len) != U'/') return std::nullopt;
    const char32_t prev = code_point_before(p_, n.begin);
    if (prev == U'/' || is_ascii_letter(prev) || is_fullwidth_letter(prev) || prev == U'.') return std::nullopt;
    auto d = scan_arabic(p_, n.end + len);
    if (!d || d->decimal || d->value <= n.value) return std::nullopt;  // a share: 1/4, 2/3
    size_t l2 = 0;
    const char32_t next = cp(p_, d->end, &l2);
    if (next == U'/' || next == U'.' || next == U'%' || is_ascii_letter(next) || is_fullwidth_letter(next))
      return std::nullopt;
    Candidate c;
    c.q.value = n.value / d->value;
    c.q.kind = "fraction";
    return finish(c, n.begin, n.begin, take_after_qualifier(d->end, c.q.qualifier));
  }

  /// 居全国第4位, 全球第8, 位列第二名, 世界500强: a place in a ranking (kind
  /// rank). 第 makes a number an ordinal unless a ranking word stands before it.
  std::optional<Candidate> rank(const Numeral& n) const {
    if (n.decimal || n.value < 1 || n.value > 100000) return std::nullopt;
    // 第N位 / 第N名 / 第N after 居, 列, 排, 全国, 全球, 世界, 全省 …
    // 跃升至第9位: a rank that a change reaches.
    static constexpr std::string_view kRankers[] = {"居", "列", "排", "全国", "全球", "世界", "全省", "全市", "全区", "升至", "升到", "降至", "降到"};
    auto ranked_before = [&](size_t at) {
      for (std::string_view w : kRankers)
        for (size_t back = 0; back <= 6 && at >= back + w.size(); back += 3)
          if (p_.substr(at - back - w.size(), w.size()) == w) return true;
      return false;
    };
    size_t len = 0;
    const size_t after = n.end;
    // 从第9名提升至第2名: the rank a change starts from.
    auto from_rank = [&](size_t at) {
      if (at < 3 || (p_.substr(at - 3, 3) != "从" && p_.substr(at - 3, 3) != "由")) return false;
      if (!starts_at(p_, after, "位") && !starts_at(p_, after, "名")) return false;
      const std::string_view next = p_.substr(after + 3, 15);
      return next.find("至第") != std::string_view::npos || next.find("到第") != std::string_view::npos;
    };
    if (n.begin >= 3 && p_.substr(n.begin - 3, 3) == "第" && (ranked_before(n.begin - 3) || from_rank(n.begin - 3))) {
      std::string unit;
      size_t end = after;
      if (starts_at(p_, after, "位") || starts_at(p_, after, "名")) {
        unit = std::string(p_.substr(after, 3));
        end = after + 3;
      } else {
        // 全球第8，…: the rank ends its phrase.
        char32_t next = cp(p_, after, &len);
        if (next >= 0x4E00 && next <= 0x9FFF) return std::nullopt;
      }
      Candidate c;
      c.q.value = n.value;
      c.q.exact = exact_value(p_, n);
      c.q.unit = unit;
      c.q.kind = "rank";
      return finish(c, n.begin - 3, n.begin, end);
    }
    // 世界500强, 中国500强: a ranking band.
    if (!n.chinese && starts_at(p_, after, "强") && (ranked_before(n.begin) || code_point_before(p_, n.begin) == U'国')) {
      Candidate c;
      c.q.value = n.value;
      c.q.exact = exact_value(p_, n);
      c.q.unit = "强";
      c.q.kind = "rank";
      return finish(c, n.begin, n.begin, after + 3);
    }
    return std::nullopt;
  }

  /// Dates are rejected later by their unit (年, 月, 日 are no units); here:
  /// ordinals and rates (第, 每), codes (5G, G20, 1+6+3), excluded ranges.
  bool rejected_context(const Numeral& n) const {
    if (const std::string* w = lex_.ordinals.before(p_, n.begin)) {
      // 前三位 ranks, but 提前两周 is a span of time.
      const bool ahead = *w == "前" && n.begin >= 6 && p_.substr(n.begin - 6, 3) == "提";
      if (!ahead) return true;
    }
    char32_t prev = code_point_before(p_, n.begin);
    size_t len = 0;
    char32_t next = cp(p_, n.end, &len);
    // 数十家, 几十次, 十几个: a vague amount, not a figure.
    if (n.chinese && (prev == U'数' || prev == U'几' || next == U'几')) return true;
    if (!n.chinese) {
      if (is_ascii_letter(prev) || is_fullwidth_letter(prev) || prev == U'+' || prev == U'/' || prev == U'＋')
        return true;
      if (is_ascii_letter(next) || is_fullwidth_letter(next) || next == U'+' || next == U'/' || next == U'＋')
        return true;
      if (next == U':' || next == U'：') {  // times and ratios 9:30
        size_t l2 = 0;
        if (arabic_digit(cp(p_, n.end + len, &l2)) >= 0) return true;
      }
    }
    return false;
  }

  /// 超千亿元镇, 超千万人次的机场: a round lower bound before a kind of place
  /// or body names a class of them, not a figure of the report.
  bool names_class(const Numeral& n, const QualifierEntry& before, size_t end) const {
    size_t len = 0;
    if (!n.chinese || chinese_power(cp(p_, n.begin, &len)) < 2) return false;
    if (before.word != "超" && before.word != "超过" && before.word != "逾") return false;
    size_t at = end;
    if (starts_at(p_, at, "的")) at += 3;
    return lex_.classes.at(p_, at) != nullptr;
  }

  /// 十四届全国人大二次会议: a Chinese number + 次会议 after 届 is an ordinal.
  bool ordinal_meeting(const Numeral& n, const UnitEntry& unit) const {
    if (!n.chinese || unit.surface != "次") return false;
    size_t k = n.begin;
    for (int steps = 0; steps < 10 && k > 0; ++steps) {
      k = previous_code_point(p_, k);
      size_t len = 0;
      char32_t c = cp(p_, k, &len);
      if (c == U'届') return true;
      if (c == U'，' || c == U'。' || c == U'；') return false;  // 十三届七次、八次全会: 、 stays
    }
    return false;
  }

  std::string_view p_;
  util::SortedSpans excluded_;  // asked once per candidate: O(log n) on a whole report in one line
  const Lexicon& lex_;
  util::SortedSpans blocked_;
};

}  // namespace

namespace {

/// 1409万、1305万人次: a bare 万/亿 number in a list takes the unit of the
/// next item when only 、 or 和 stands between them.
void share_list_units(std::string_view p, std::vector<QuantityMatch>& qs) {
  for (size_t k = qs.size(); k-- > 1;) {
    QuantityMatch& a = qs[k - 1];
    const QuantityMatch& b = qs[k];
    if (a.kind != "number" || b.unit.empty()) continue;
    std::string_view gap = p.substr(a.end, b.begin - a.end);
    if (gap == "、" || gap == "和" || gap == "，") {
      a.unit = b.unit;
      a.kind = b.kind;
    }
  }
}

}  // namespace

ParagraphQuantities scan_quantities(std::string_view paragraph, const ByteRanges& excluded, const Lexicon& lex) {
  ParagraphQuantities found = Scanner(paragraph, excluded, lex).run();
  share_list_units(paragraph, found.quantities);
  return found;
}

}  // namespace cppcc::quantity
