// The word lists the quantity extractor reads from data/ (units.tsv and
// data/quantity/*): units, qualifiers, verbs, and words that are not numbers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cppcc/expected.h"
#include "quantity/word_list.h"

namespace cppcc::quantity {

struct UnitEntry {
  std::string surface;     ///< as written after the number
  std::string kind;        ///< count, money, percent, ...
  std::string unit;        ///< reported unit
  std::u32string not_before;  ///< next characters that veto the unit
  bool arabic_only = false;   ///< a Chinese numeral before it is no count (二期)
};

enum class QualifierPlace { kBefore, kBetween, kAfter, kTotal };

struct QualifierEntry {
  std::string word;
  QualifierPlace place = QualifierPlace::kBefore;
};

/// Word lists, each sorted longest first so the first match is the longest.
struct Lexicon {
  std::vector<UnitEntry> units;            ///< longest first
  std::vector<QualifierEntry> qualifiers;  ///< longest first
  WordList unit_surfaces;       ///< units[i].surface, same order: the index of units
  WordList qualifier_words;     ///< qualifiers[i].word, same order: the index of qualifiers
  WordList verbs, adverbs, tails, trims, ordinals, pasts, changes, classes, forecasts;
  WordList cuts;   ///< verbs that cut their object's amount (退出钢铁产能1.7亿吨)
  WordList rates;  ///< nouns naming a change as a rate (涨幅, 增速)
  WordList falls;  ///< the change and rate words whose direction is down
  WordList people; ///< nouns that make a bare 万/亿 number a head count (1100多万学生)
  WordList growths; ///< change verbs that stay in an indicator (国内生产总值增长)
  WordList modifiers; ///< adverbs before a verb, part of the name before a noun (重点高校)
  WordList fillers;   ///< nouns after a number that name nothing counted (任务, 目标, 幅度)
  WordList stages;    ///< stages of handling (立案, 并案): kept before their noun (提案)
  WordList funders;    ///< who pays, before a money figure (中央财政): kept before the fund
  WordList funds;      ///< the last word of a fund's name (资金, 基金)
  WordList results;    ///< verbs of benefit (受益, 惠及): alone they name nothing
  WordList flows;      ///< verbs of new items (新增, 新建): a level borrowing the name drops them
  WordList rankings;   ///< words between what is ranked and its rank (居, 位居, 全国, 跃升至)
  WordList burdens;    ///< the last word of a burden (税负): cutting one is relief, no change
  WordList openings;   ///< action verbs only where they open a name (治理违法建设)
  WordList bases;      ///< the whole of a share (全国38.7%的贸易增量): kept before the base
  WordList attributes; ///< words like a tail that describe the noun (在建重大项目)
  std::unordered_map<std::string, std::string> stage_nouns;  ///< stage → the noun it counts
  WordList categories;  ///< the last word of a category (方面): names its noun's count (经济建设方面提案)
  std::unordered_map<std::string, std::string> category_nouns;  ///< category word → the noun it sorts
  WordList not_numerals;

  static Expected<Lexicon> load();

  /// The longest unit at S[POS] not vetoed by the character after it.
  const UnitEntry* match_unit(std::string_view s, size_t pos) const;
  /// The longest qualifier of PLACE starting at S[POS] / ending at S[POS].
  const QualifierEntry* qualifier_at(std::string_view s, size_t pos, QualifierPlace place) const;
  const QualifierEntry* qualifier_before(std::string_view s, size_t pos, QualifierPlace place) const;
};

}  // namespace cppcc::quantity
