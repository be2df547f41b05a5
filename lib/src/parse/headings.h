// Heading labels at the start of a paragraph: 一、 （一） 1. （1） 一是, and
// the unnumbered part headings (2024年：… 2024年工作回顾 过去五年工作回顾).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cppcc::parse {

/// Numbering schemes, from the highest level a report uses to the lowest.
enum class Scheme { kPart, kCn, kCnParen, kArabic, kArabicParen, kBullet, kInline };

struct HeadingCandidate {
  size_t para = 0;
  Scheme scheme = Scheme::kCn;
  int number = 0;             ///< 0 for unnumbered part headings and ■/● bullets
  size_t label_begin = 0;     ///< bytes in the paragraph text
  size_t label_end = 0;
  size_t heading_end = 0;     ///< end of the heading text (run-in: after its 。)
  bool own_line = false;      ///< the heading is the whole paragraph
  bool part_like = false;     ///< reads like a part heading (year, 回顾, 任务…)
  std::optional<int> year;    ///< 20XX in the heading
};

/// The heading label at the start of TEXT, if any (PARA is copied into the result).
std::optional<HeadingCandidate> detect_heading(std::string_view text, size_t para);

/// True for a heading text (without its label) that names a part: a year
/// under review or ahead, a five-year review, the tasks ahead.
bool part_like_heading(std::string_view heading);

}  // namespace cppcc::parse
