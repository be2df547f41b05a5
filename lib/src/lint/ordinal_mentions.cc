#include "lint/ordinal_mentions.h"

#include <string_view>

#include "cppcc/numeral.h"

namespace cppcc::linter {

namespace {

bool is_ordinal_digit(char32_t c) { return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos; }

/// The value of the Chinese numeral V[i, j), or 0.
int value_of(const std::vector<CodePoint>& v, size_t i, size_t j) {
  std::u32string s;
  for (size_t k = i; k < j; ++k) s.push_back(v[k].cp);
  return small_numeral(to_utf8(s)).value_or(0);
}

/// End of the run of ordinal digits from I.
size_t digits_end(const std::vector<CodePoint>& v, size_t i) {
  while (i < v.size() && is_ordinal_digit(v[i].cp)) ++i;
  return i;
}

/// V[b - word.size(), b) spells WORD.
bool ends_with(const std::vector<CodePoint>& v, size_t b, std::u32string_view word) {
  return b >= word.size() && matches_at(v, b - word.size(), word);
}

/// Words after a congress that say it took place: 党的二十大精神, 党的二十大以来, 二十大报告.
bool held_after(const std::vector<CodePoint>& v, size_t e) {
  static constexpr std::u32string_view kWords[] = {U"精神", U"以来", U"报告", U"提出", U"作出", U"部署", U"强调",
                                                   U"确定", U"擘画", U"闭幕", U"指出", U"明确", U"胜利闭幕",
                                                   U"通过", U"确立", U"描绘", U"决策"};
  for (auto w : kWords)
    if (matches_at(v, e, w)) return true;
  return false;
}

/// Words before a mention that say it took place: 学习贯彻党的二十大.
bool held_before(const std::vector<CodePoint>& v, size_t b) {
  static constexpr std::u32string_view kWords[] = {U"贯彻", U"落实", U"学习", U"宣传"};
  for (auto w : kWords)
    if (ends_with(v, b, w)) return true;
  return false;
}

/// 在…会议上: the mention is followed by 上 (after an optional 开幕会).
bool given_at(const std::vector<CodePoint>& v, size_t e) {
  return e < v.size() && v[e].cp == U'上';
}

/// Reads an optional 第, a numeral and 次会议 from K: the session number, and K moves past it.
int session_at(const std::vector<CodePoint>& v, size_t& k) {
  size_t s = k < v.size() && v[k].cp == U'第' ? k + 1 : k;
  const size_t e = digits_end(v, s);
  if (e == s || !matches_at(v, e, U"次会议")) return 0;
  const int n = value_of(v, s, e);
  if (n) k = e + 3;
  return n;
}

class Scanner {
 public:
  explicit Scanner(const std::vector<CodePoint>& v) : v_(v) {}

  std::vector<OrdinalMention> run() {
    for (size_t i = 0; i < v_.size(); ++i) {
      if (!is_ordinal_digit(v_[i].cp) || (i > 0 && is_ordinal_digit(v_[i - 1].cp))) continue;
      const size_t j = digits_end(v_, i);
      const int n = value_of(v_, i, j);
      if (!n || j >= v_.size()) continue;
      const size_t b = i > 0 && v_[i - 1].cp == U'第' ? i - 1 : i;
      if (v_[j].cp == U'届') after_jie(b, n, j + 1);
      else congress(b, n, j);
      i = j - 1;
    }
    return std::move(out_);
  }

 private:
  void add(OrdinalKind kind, int term, int session, size_t b, size_t e) {
    OrdinalMention m{kind, term, session, b, e, held_before(v_, b) || held_after(v_, e), given_at(v_, e)};
    out_.push_back(m);
  }

  /// 党的二十大, 中共十九大, 党的第二十次全国代表大会, and lists 党的十八大、十九大.
  void congress(size_t b, int n, size_t j) {
    const bool prefixed = ends_with(v_, b, U"党的") || ends_with(v_, b, U"中共") || ends_with(v_, b, U"共产党");
    if (!prefixed) return;
    if (v_[j].cp == U'大') {
      add(OrdinalKind::kCongress, n, 0, b, j + 1);
      // 、十九大、二十大: the list shares the prefix.
      for (size_t k = j + 1; k + 1 < v_.size() && (v_[k].cp == U'、' || v_[k].cp == U'和');) {
        const size_t e = digits_end(v_, k + 1);
        if (e == k + 1 || e >= v_.size() || v_[e].cp != U'大') break;
        add(OrdinalKind::kCongress, value_of(v_, k + 1, e), 0, k + 1, e + 1);
        k = e + 1;
      }
    } else if (v_[b].cp == U'第' && matches_at(v_, j, U"次全国代表大会")) {
      add(OrdinalKind::kCongress, n, 0, b, j + 7);
    }
  }

  /// What follows 届: a plenum, the NPC or the national CPPCC.
  void after_jie(size_t b, int term, size_t k) {
    // A local party committee's plenum (市委十四届四次全会) is no Central Committee's.
    if (ends_with(v_, b, U"委") && !ends_with(v_, b, U"中央委")) return;
    if (short_plenums(b, term, k)) return;
    if (matches_at(v_, k, U"中央委员会第")) {
      const size_t s = k + 6, e = digits_end(v_, s);
      if (e > s && matches_at(v_, e, U"次全体会议")) add(OrdinalKind::kPlenum, term, value_of(v_, s, e), b, e + 5);
      return;
    }
    // 全国政协十四届二次会议 and 全国人大十四届…: the body named before the 届.
    if (ends_with(v_, b, U"全国政协") || ends_with(v_, b, U"全国人大")) {
      const bool cppcc = ends_with(v_, b, U"全国政协");
      const size_t body = b - 4;
      size_t e = k;
      if (const int s = session_at(v_, e))
        add(cppcc ? OrdinalKind::kCppccSession : OrdinalKind::kNpcSession, term, s, body, e);
      else
        add(cppcc ? OrdinalKind::kCppccTerm : OrdinalKind::kNpcTerm, term, 0, body, k);
      return;
    }
    size_t e = k;
    OrdinalKind term_kind, session_kind;
    if (matches_at(v_, k, U"全国人民代表大会")) {
      e = k + 8;
      term_kind = OrdinalKind::kNpcTerm, session_kind = OrdinalKind::kNpcSession;
    } else if (matches_at(v_, k, U"全国人大")) {
      e = k + 4;
      term_kind = OrdinalKind::kNpcTerm, session_kind = OrdinalKind::kNpcSession;
    } else if (matches_at(v_, k, U"全国政协")) {
      e = k + 4;
      term_kind = OrdinalKind::kCppccTerm, session_kind = OrdinalKind::kCppccSession;
    } else if (matches_at(v_, k, U"全国委员会") && (ends_with(v_, b, U"政协") || ends_with(v_, b, U"政治协商会议"))) {
      e = k + 5;
      term_kind = OrdinalKind::kCppccTerm, session_kind = OrdinalKind::kCppccSession;
    } else {
      return;  // 第十五届全国运动会 and every other 届
    }
    // 十四届全国人大常委会第十次会议 is a session of the standing committee: only the term is checked.
    if (matches_at(v_, e, U"常委会") || matches_at(v_, e, U"常务委员会")) {
      add(term_kind, term, 0, b, e);
      return;
    }
    size_t se = e;
    if (const int s = session_at(v_, se)) add(session_kind, term, s, b, se);
    else add(term_kind, term, 0, b, e);
  }

  /// 二十届三中全会, 二十届二中、三中全会: one mention per plenum, each spanning the list.
  bool short_plenums(size_t b, int term, size_t k) {
    std::vector<int> sessions;
    while (k + 1 < v_.size() && is_ordinal_digit(v_[k].cp) && v_[k].cp != U'十' && v_[k + 1].cp == U'中') {
      sessions.push_back(value_of(v_, k, k + 1));
      k += 2;
      if (k < v_.size() && (v_[k].cp == U'、' || v_[k].cp == U'和' || v_[k].cp == U'及')) ++k;
    }
    if (sessions.empty() || !matches_at(v_, k, U"全会")) return false;
    for (int s : sessions) add(OrdinalKind::kPlenum, term, s, b, k + 2);
    return true;
  }

  const std::vector<CodePoint>& v_;
  std::vector<OrdinalMention> out_;
};

}  // namespace

std::vector<OrdinalMention> find_ordinal_mentions(const std::vector<CodePoint>& v) { return Scanner(v).run(); }

}  // namespace cppcc::linter
