#include "text/docx_numbering.h"

#include <algorithm>
#include <cstdlib>

#include <pugixml.hpp>

namespace cppcc::detail {

namespace {

int to_int(const char* s, int fallback) {
  if (!s || !*s) return fallback;
  char* end = nullptr;
  const long v = std::strtol(s, &end, 10);
  return end && *end == '\0' && v >= -1000000 && v <= 1000000 ? static_cast<int>(v) : fallback;
}

std::string chinese_number(int n) {
  static const char* const kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n <= 0 || n >= 10000) return std::to_string(n);
  std::string out;
  const int thousands = n / 1000, hundreds = n / 100 % 10, tens = n / 10 % 10, ones = n % 10;
  bool zero = false;  // a 零 is owed before the next non-zero place
  auto place = [&](int d, const char* unit, bool higher) {
    if (d == 0) {
      zero = higher;
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += kDigits[d];
    out += unit;
  };
  place(thousands, "千", false);
  place(hundreds, "百", thousands > 0);
  if (tens == 1 && n < 20) {
    out += "十";  // 十一, not 一十一
  } else {
    place(tens, "十", thousands + hundreds > 0);
  }
  if (ones > 0) {
    if (zero) out += "零";
    out += kDigits[ones];
  }
  return out;
}

std::string roman(int n, bool upper) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static const std::pair<int, const char*> kParts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                      {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                      {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string out;
  for (const auto& [value, text] : kParts)
    while (n >= value) {
      out += text;
      n -= value;
    }
  if (upper) std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(c - 32); });
  return out;
}

std::string letters(int n, bool upper) {
  if (n <= 0 || n > 26 * 8) return std::to_string(n);  // a hostile w:start must not draw a megabyte
  // Word repeats the letter: a … z, aa … zz, aaa …
  const char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<size_t>((n - 1) / 26 + 1), c);
}

}  // namespace

std::string format_list_number(int n, std::string_view format) {
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "chineseLegalSimplified" ||
      format == "ideographDigital" || format == "japaneseCounting" || format == "taiwaneseCounting")
    return chinese_number(n);
  if (format == "upperRoman" || format == "lowerRoman") return roman(n, format == "upperRoman");
  if (format == "upperLetter" || format == "lowerLetter") return letters(n, format == "upperLetter");
  if (format == "decimalZero") {
    std::string s = std::to_string(n);
    if (n >= 0 && n < 10) s.insert(s.begin(), '0');
    return s;
  }
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
    if (n >= 1 && n <= 20) {  // ① is U+2460
      const char32_t cp = 0x2460 + static_cast<char32_t>(n - 1);
      return std::string{static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                         static_cast<char>(0x80 | (cp & 0x3F))};
    }
  }
  if (format == "none") return {};
  return std::to_string(n);
}

DocxNumbering::DocxNumbering(std::string_view numbering_xml, std::string_view styles_xml) {
  pugi::xml_document numbering;
  if (!numbering_xml.empty() && numbering.load_buffer(numbering_xml.data(), numbering_xml.size())) {
    const pugi::xml_node root = numbering.child("w:numbering");
    for (pugi::xml_node a : root.children("w:abstractNum")) {
      Levels levels;
      for (pugi::xml_node l : a.children("w:lvl")) {
        const int i = to_int(l.attribute("w:ilvl").value(), -1);
        if (i < 0 || i >= 9) continue;
        levels[static_cast<size_t>(i)].start = to_int(l.child("w:start").attribute("w:val").value(), 1);
        if (const char* f = l.child("w:numFmt").attribute("w:val").value(); *f) levels[static_cast<size_t>(i)].format = f;
        // Word's patterns are a few characters ("%1、", "（%2）"); a longer one
        // is hostile and would be copied onto every paragraph of the list.
        levels[static_cast<size_t>(i)].text = std::string(l.child("w:lvlText").attribute("w:val").value()).substr(0, 32);
      }
      abstract_[a.attribute("w:abstractNumId").value()] = levels;
    }
    for (pugi::xml_node n : root.children("w:num"))
      num_[n.attribute("w:numId").value()] = n.child("w:abstractNumId").attribute("w:val").value();
  }
  pugi::xml_document styles;
  if (!styles_xml.empty() && styles.load_buffer(styles_xml.data(), styles_xml.size())) {
    for (pugi::xml_node s : styles.child("w:styles").children("w:style")) {
      const pugi::xml_node pr = s.child("w:pPr").child("w:numPr");
      if (!pr) continue;
      style_[s.attribute("w:styleId").value()] = {pr.child("w:numId").attribute("w:val").value(),
                                                  to_int(pr.child("w:ilvl").attribute("w:val").value(), 0)};
    }
  }
}

std::string DocxNumbering::draw(const Levels& levels, const std::array<int, 9>& counters, int level) const {
  const std::string& pattern = levels[static_cast<size_t>(level)].text;
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const size_t k = static_cast<size_t>(pattern[i + 1] - '1');
      out += format_list_number(counters[k], levels[k].format);
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string DocxNumbering::next_label(const ParagraphListRef& ref) {
  std::string num_id;
  int level = 0;
  if (ref.has_num_pr) {
    num_id = ref.num_id;
    level = to_int(ref.ilvl.c_str(), 0);
  } else if (auto s = style_.find(ref.style); s != style_.end()) {
    num_id = s->second.first;
    level = s->second.second;
  }
  if (num_id.empty() || num_id == "0" || level < 0 || level >= 9) return {};
  const auto n = num_.find(num_id);
  if (n == num_.end()) return {};
  const auto a = abstract_.find(n->second);
  if (a == abstract_.end()) return {};
  const Levels& levels = a->second;
  auto [it, fresh] = counters_.try_emplace(num_id);
  std::array<int, 9>& c = it->second;
  if (fresh)
    for (size_t k = 0; k < 9; ++k) c[k] = levels[k].start - 1;
  c[static_cast<size_t>(level)] += 1;
  for (size_t k = static_cast<size_t>(level) + 1; k < 9; ++k) c[k] = levels[k].start - 1;  // deeper levels restart
  if (levels[static_cast<size_t>(level)].format == "bullet") return {};  // a bullet symbol is no label
  return draw(levels, c, level);
}

}  // namespace cppcc::detail
