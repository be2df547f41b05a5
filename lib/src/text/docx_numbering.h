// Word's automatic numbering: a paragraph of a .docx can carry its label
// (一、 （一） 1.) not as text but as a list reference (w:numPr, directly or
// through its style) that Word draws from word/numbering.xml. Drafts are
// written in Word, so the reader must draw the same labels, or every
// numbered heading would come out without its number.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>

namespace cppcc::detail {

/// What a paragraph's w:pPr says about its list: w:numPr (numId, ilvl) or
/// the paragraph style that may carry one.
struct ParagraphListRef {
  bool has_num_pr = false;  ///< a w:numPr is present (it wins over the style)
  std::string num_id, ilvl, style;
};

class DocxNumbering {
 public:
  /// Reads word/numbering.xml and word/styles.xml (either may be empty).
  DocxNumbering(std::string_view numbering_xml, std::string_view styles_xml);

  /// The label Word draws before the paragraph whose w:pPr says REF,
  /// counting it; "" when the paragraph is not in a numbered list. Call once
  /// per paragraph, in document order.
  std::string next_label(const ParagraphListRef& ref);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";  ///< w:numFmt
    std::string text;                ///< w:lvlText, e.g. "%1、" or "（%1）"
  };
  using Levels = std::array<Level, 9>;

  std::string draw(const Levels& levels, const std::array<int, 9>& counters, int level) const;

  std::map<std::string, Levels> abstract_;       ///< abstractNumId → levels
  std::map<std::string, std::string> num_;       ///< numId → abstractNumId
  std::map<std::string, std::pair<std::string, int>> style_;  ///< styleId → (numId, ilvl)
  std::map<std::string, std::array<int, 9>> counters_;        ///< numId → count per level
};

/// N written in Word's number format FORMAT (decimal, chineseCounting,
/// upperRoman, …); decimal for formats it does not know.
std::string format_list_number(int n, std::string_view format);

}  // namespace cppcc::detail
