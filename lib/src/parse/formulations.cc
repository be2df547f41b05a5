#include "parse/formulations.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "parse/glossary.h"
#include "parse/search.h"
#include "parse/uregex.h"
#include "util/sorted_spans.h"

namespace cppcc::parse {

namespace {

// Shapes of a numbered slogan inside quotes: a Chinese numeral opening a short
// Han phrase (两个确立, 十四五, 百千万工程, 三去一降一补), or an Arabic code (1310, 1+6+3, 6·30).
const Regex& shape_re() {
  static const Regex re(
      "^(?:[一二三四五六七八九十两双百千万](?![年月日天周岁次以多余些点])[\\p{Han}、]{1,8}|[0-9]{2,6}|[0-9]{1,2}(?:[+＋][0-9NnＮ]{1,2}){1,5}|[0-9]{1,2}·[0-9]{1,2})$");
  return re;
}

// Quoted phrases that start with a numeral but are plain words.
bool plain_word(std::string_view s) {
  static constexpr std::string_view kPlain[] = {"一些", "一切", "一直", "一起", "一般", "一样", "万一", "一定", "一下"};
  for (auto w : kPlain)
    if (s == w) return true;
  return false;
}

bool scanned(const ParseContext& ctx, size_t i) {
  return ctx.roles[i] == Role::kBody || ctx.roles[i] == Role::kTail;
}

}  // namespace

std::vector<KnownFormulation> parse_formulation_list(std::string_view content) {
  std::vector<KnownFormulation> out;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    KnownFormulation k;
    std::vector<std::string_view> cols;
    for (size_t c = 0;;) {
      const size_t tab = line.find('\t', c);
      cols.push_back(trim(line.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c)));
      if (tab == std::string_view::npos) break;
      c = tab + 1;
    }
    k.text = std::string(cols[0]);
    k.quoted_only = cols.size() > 1 && cols[1] == "quoted";
    k.local = cols.size() > 2 && cols[2] == "local";
    if (!k.text.empty()) out.push_back(std::move(k));
  }
  return out;
}

namespace {
/// The text inside each “…” of 1 to 16 characters (no nested quote marks):
/// where quoted slogans stand. A plain scan; this runs on every paragraph.
/// One pass: only the last “ before a ” can hold an unnested phrase, so
/// hostile nesting (“““…”””) costs linear time, not a search per mark.
std::vector<std::string_view> short_quotes(std::string_view t) {
  constexpr std::string_view kOpen = "“", kClose = "”";
  constexpr size_t kMaxBytes = 16 * 4;  // 16 code points of at most 4 bytes
  std::vector<std::string_view> out;
  constexpr std::string_view kPrefix = "\xE2\x80";  // the UTF-8 lead bytes “ and ” share
  size_t start = std::string_view::npos;            // just after the last “ not yet closed
  for (size_t k = t.find(kPrefix); k != std::string_view::npos; k = t.find(kPrefix, k)) {
    const std::string_view mark = t.substr(k, kOpen.size());
    if (mark == kOpen) {
      start = k + kOpen.size();
    } else if (mark == kClose && start != std::string_view::npos) {
      const std::string_view inner = t.substr(start, k - start);
      if (inner.size() <= kMaxBytes) {
        const size_t n = cp_length(inner);
        if (n >= 1 && n <= 16) out.push_back(inner);
      }
      start = std::string_view::npos;
    }
    k += mark == kOpen || mark == kClose ? kOpen.size() : 1;
  }
  return out;
}

}  // namespace

FormulationResult find_formulations(const ParseContext& ctx, const std::vector<KnownFormulation>& known,
                                    const std::vector<GlossaryEntry>& glossary) {
  FormulationResult r;
  r.excluded.resize(ctx.paras.size());

  // Candidates: the known list, then quoted phrases of the right shape.
  std::vector<KnownFormulation> wanted = known;
  std::map<std::string, bool> is_known;
  for (const auto& k : known) is_known[k.text] = true;
  for (size_t i = 0; i < ctx.paras.size(); ++i) {
    if (!scanned(ctx, i)) continue;
    for (std::string_view quoted : short_quotes(ctx.paras[i].text)) {
      std::string inner(quoted);
      if (is_known.count(inner) || plain_word(inner) || !shape_re().full(inner)) continue;
      is_known[inner] = false;
      // Two-character finds (两重, 四上) are common words unquoted, and a bare
      // 1310 is just a number.
      bool ascii = static_cast<unsigned char>(inner.front()) < 0x80;
      wanted.push_back({inner, cp_length(inner) <= 2 || ascii, true});  // unlisted: a local code
    }
  }

  struct Hit {
    size_t para, b, e;
  };
  // One pass per paragraph finds every candidate (hits_by[j]: wanted[j]'s).
  std::vector<std::string_view> needles;
  for (const auto& k : wanted) needles.push_back(k.text);
  const PhraseSet phrases(std::move(needles));
  std::vector<std::vector<Hit>> hits_by(wanted.size());
  for (size_t i = 0; i < ctx.paras.size(); ++i) {
    if (!scanned(ctx, i)) continue;
    const std::string& t = ctx.paras[i].text;
    for (const PhraseSet::Match& m : phrases.find_all(t)) {
      if (wanted[m.needle].quoted_only && !quoted_at(t, m.begin, m.end)) continue;
      hits_by[m.needle].push_back({i, m.begin, m.end});
    }
  }
  std::vector<std::vector<std::string>> glossary_key_lists;  // once per entry, not once per formulation
  glossary_key_lists.reserve(glossary.size());
  for (const auto& g : glossary) glossary_key_lists.push_back(glossary_keys(g));
  for (size_t j = 0; j < wanted.size(); ++j) {
    const KnownFormulation& k = wanted[j];
    const std::vector<Hit>& hits = hits_by[j];
    if (hits.empty()) continue;
    Formulation f;
    f.text = k.text;
    f.known = is_known[k.text];
    f.needs_glossary = k.local;
    for (const auto& h : hits) {
      f.occurrences.push_back(ctx.span(h.para, h.b, h.e));
      const std::string& t = ctx.paras[h.para].text;
      bool q = quoted_at(t, h.b, h.e);
      r.excluded[h.para].emplace_back(q ? h.b - 3 : h.b, q ? h.e + 3 : h.e);
    }
    for (size_t gi = 0; gi < glossary.size(); ++gi) {
      const GlossaryEntry& g = glossary[gi];
      if (g.term == f.text || contains(g.written, "“" + f.text + "”")) f.defined = true;
      for (const auto& key : glossary_key_lists[gi])
        if (key == f.text) f.defined = true;
    }
    r.formulations.push_back(std::move(f));
  }
  // A phrase found inside a longer one at the same place (十四五 in
  // “十四五”规划 is fine, but 一小 inside 一老一小 is not its own find).
  std::vector<util::SortedSpans::Range> spans;
  for (const auto& f : r.formulations)
    for (const Span& s : f.occurrences) spans.emplace_back(s.offset, s.offset + s.length);
  const util::SortedSpans all(std::move(spans));  // thousands when a report is one line: no pairwise check
  for (auto& f : r.formulations)
    std::erase_if(f.occurrences, [&](const Span& s) { return all.inside_longer(s.offset, s.offset + s.length); });
  std::erase_if(r.formulations, [](const Formulation& f) { return f.occurrences.empty(); });
  std::sort(r.formulations.begin(), r.formulations.end(), [](const Formulation& a, const Formulation& b) {
    return a.occurrences.front().offset < b.occurrences.front().offset;
  });
  for (auto& list : r.excluded) std::sort(list.begin(), list.end());
  return r;
}

}  // namespace cppcc::parse
