// Mentions of national ordinals in a canonical paragraph: party congresses
// (党的二十大, 中国共产党第二十次全国代表大会), Central Committee plenums
// (二十届三中全会, 第十九届中央委员会第四次全体会议) and the terms and sessions
// of the NPC and the national CPPCC (十四届全国人大二次会议, 全国政协十四届二次会议,
// 政协第十四届全国委员会第二次会议). Only Chinese numerals: Arabic ordinals are
// N004/N015's findings. Internal to the lint engine (rule T015).
#pragma once

#include <vector>

#include "lint/data_tables.h"
#include "lint/scan.h"

namespace cppcc::linter {

struct OrdinalMention {
  OrdinalKind kind = OrdinalKind::kCongress;
  int term = 0;     ///< 届, or the congress number
  int session = 0;  ///< 次会议 / 中全会; 0 for a congress or a term
  size_t begin = 0, end = 0;  ///< indices into the code points
  /// The words around it say the meeting took place (…精神, …以来, 学习贯彻…):
  /// a congress named ahead (迎接党的二十大) does not.
  bool held = false;
  /// 在…会议上: the session at which the report itself is given (its subtitle).
  bool given_at = false;
};

std::vector<OrdinalMention> find_ordinal_mentions(const std::vector<CodePoint>& v);

}  // namespace cppcc::linter
