#include "parse/glossary.h"

#include <algorithm>

#include "cppcc/numeral.h"
#include "parse/search.h"
#include "parse/shape_words.h"
#include "parse/uregex.h"

namespace cppcc::parse {

// The start of a tail heading: an annex (附件1：…名单) or a glossary (名词解释).
const Regex& tail_heading_re() {
  static const Regex re("^(?:■\\s*)?(?:(附件)|" + part_words().glossary_heading + ")");
  return re;
}

namespace {

const Regex& item_re() {
  static const Regex re("^(([0-9]{1,2})\\s*[.．、])\\s*([^：:。]{1,40}?)\\s*[：:]");  // label, number, term
  return re;
}

const Regex& block_heading_re() {
  static const Regex re("^(?:■\\s*)?(?:附件\\s*[0-9一二三四五六七八九十]*\\s*)?(?:" + part_words().glossary_heading +
                        "|附件\\s*[0-9一二三四五六七八九十]*)\\s*[：:]?$");
  return re;
}
constexpr size_t kMaxTailHeading = 20;  // code points

// Items may skip or repeat one number (1. 2. 2. 4.): the glossary keeps them as
// written, so that lint can say which number is wrong.
bool continues_items(int number, int expected) { return number >= expected - 1 && number <= expected + 2; }

std::vector<std::string> quoted_pieces(std::string_view s) {
  static const Regex re("“([^“”]{1,40})”");
  std::vector<std::string> out;
  for (const auto& m : re.all(s)) out.push_back(m.str(1));
  return out;
}

bool ends_sentence(std::string_view s) {
  s = trim(s);
  return ends_with(s, "。") || ends_with(s, "；") || ends_with(s, "）") || ends_with(s, "！");
}

}  // namespace

std::vector<TailHeading> read_tail_headings(const ParseContext& ctx) {
  std::vector<TailHeading> out;
  for (size_t i = 0; i < ctx.paras.size(); ++i) {
    std::string_view t = trim(ctx.paras[i].text);
    if (t.empty() || cp_length(t) > kMaxTailHeading) continue;
    if (auto m = tail_heading_re().prefix(t)) out.push_back({i, m->has(1), ctx.span_of(i)});
  }
  return out;
}

std::vector<std::string> glossary_keys(const GlossaryEntry& entry) {
  std::vector<std::string> pieces = quoted_pieces(entry.written);
  if (pieces.empty()) pieces.push_back(entry.term);
  return pieces;
}

std::vector<GlossaryEntry> read_glossary(const ParseContext& ctx) {
  std::vector<GlossaryEntry> out;
  int expected = 1;
  size_t first = 0, last = 0;
  bool open = false;  // the current item may continue into the next paragraph
  auto close = [&]() {
    if (!out.empty() && open) out.back().span = ctx.span_between(first, last);
    open = false;
  };
  for (size_t i = ctx.body_end; i < ctx.tail_end; ++i) {
    if (ctx.roles[i] != Role::kTail) continue;
    std::string_view t = trim(ctx.paras[i].text);
    auto m = item_re().prefix(t);
    auto num = m ? small_numeral(m->str(2)) : std::nullopt;
    if (num && (*num == expected || *num == 1 || (!out.empty() && expected > 1 && continues_items(*num, expected)))) {
      close();
      if (*num == 1) expected = 1;
      GlossaryEntry e;
      e.number = *num;
      e.written = std::string(trim(m->str(3)));
      const size_t lead = static_cast<size_t>(t.data() - ctx.paras[i].text.data());
      e.paragraph = i;
      e.label_begin = lead + m->begin(1);
      e.label_end = lead + m->end(1);
      e.term_begin = lead + m->begin(3);
      e.term_end = lead + m->end(3);
      std::vector<std::string> pieces = quoted_pieces(e.written);  // still the canonical view here
      if (pieces.size() == 1) {
        e.term = pieces.front();
      } else {
        std::string bare;
        for (size_t k = 0; k < e.written.size();) {
          if (e.written.compare(k, 3, "“") == 0 || e.written.compare(k, 3, "”") == 0) {
            k += 3;
          } else {
            bare.push_back(e.written[k++]);
          }
        }
        e.term = bare;
      }
      // The term is matched on (canonical); what the item says is kept as written.
      const size_t def_begin = lead + m->end();
      const std::string_view def = trim(t.substr(m->end()));
      const size_t def_at = def.empty() ? def_begin : static_cast<size_t>(def.data() - ctx.paras[i].text.data());
      e.definition = ctx.written(i, def_at, def_at + def.size());
      e.written = std::string(trim(ctx.written(i, e.term_begin, e.term_end)));
      out.push_back(std::move(e));
      first = last = i;
      open = true;
      expected = *num + 1;
      continue;
    }
    if (block_heading_re().full(t) || t.empty()) {
      close();
      continue;
    }
    // A definition on the next line (政府 websites), or one split by a page break.
    if (open && (out.back().definition.empty() || !ends_sentence(out.back().definition))) {
      out.back().definition += std::string(t);
      last = i;
      continue;
    }
    close();
  }
  close();

  // Uses of each term in the body.
  for (auto& e : out) {
    for (const std::string& key : glossary_keys(e)) {
      for (size_t i = ctx.body_begin; i < ctx.body_end; ++i) {
        if (ctx.roles[i] != Role::kBody) continue;
        for (auto [b, en] : find_all(ctx.paras[i].text, key)) e.references.push_back(ctx.span(i, b, en));
      }
    }
    std::sort(e.references.begin(), e.references.end(),
              [](const Span& a, const Span& b) { return a.offset < b.offset; });
  }
  return out;
}

}  // namespace cppcc::parse
