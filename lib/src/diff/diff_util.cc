#include "diff/diff_util.h"

#include <algorithm>
#include <unordered_set>

namespace cppcc::diff_detail {

std::u32string to_code_points(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    bool bad = false;
    for (size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) {
        bad = true;
        break;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (bad) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t code_point_count(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool is_cjk(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x20000 && cp <= 0x2FFFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

bool is_digit_like(char32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

WordCounts count_words(const std::vector<DiffToken>& tokens,
                       const std::vector<std::string>& stopwords) {
  WordCounts counts;
  const std::unordered_set<std::string_view> stop(stopwords.begin(), stopwords.end());
  for (const DiffToken& t : tokens) {
    if (!t.word) continue;
    std::u32string cps = to_code_points(t.text);
    if (cps.size() < 2) continue;  // single characters are mostly function words
    bool keep = std::all_of(cps.begin(), cps.end(), [](char32_t c) {
      return is_cjk(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
    if (!keep) continue;
    if (stop.count(t.text)) continue;
    ++counts[t.text];
  }
  return counts;
}

std::string report_body(const Report& r) {
  std::string out;
  if (!r.paragraphs.empty()) {
    for (const BodyParagraph& p : r.paragraphs) {
      out += p.text;
      out += '\n';
    }
    return out;
  }
  for (const Part& part : r.parts) {
    out += part.heading;
    out += '\n';
    for (const Section& s : part.sections) {
      out += s.heading;
      out += '\n';
      out += s.body;
      out += '\n';
    }
  }
  return out;
}

std::optional<int> review_year_of(const Report& r) {
  if (r.metadata.review_year) return r.metadata.review_year;
  for (const Part& p : r.parts)
    if (p.kind == PartKind::kReview && p.year) return p.year;
  return std::nullopt;
}

std::optional<int> plan_year_of(const Report& r) {
  if (r.metadata.plan_year) return r.metadata.plan_year;
  for (const Part& p : r.parts)
    if (p.kind == PartKind::kPlan && p.year) return p.year;
  return std::nullopt;
}

}  // namespace cppcc::diff_detail
