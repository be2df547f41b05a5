// Runs one input through every public step of the library, checking the
// invariants each step promises. Used by the bad input suite and by the
// replay of fuzz/corpus-regressions.
#pragma once

#include <doctest/doctest.h>

#include <cmath>
#include <memory>
#include <string>
#include <string_view>

#include "cppcc/lint.h"
#include "cppcc/lint_render.h"
#include "cppcc/parse.h"
#include "cppcc/quantity.h"
#include "cppcc/reflow.h"
#include "cppcc/report_json.h"
#include "cppcc/segment.h"
#include "cppcc/sentence.h"
#include "cppcc/text.h"

namespace cppcc::test {

/// Parser resources (lexicons, units), loaded once for the whole suite.
inline const Resources& shared_resources() {
  static const std::shared_ptr<const Resources> res = [] {
    auto r = Resources::load();
    REQUIRE_MESSAGE(r, (r ? std::string() : r.error().message));
    return *r;
  }();
  return *res;
}

/// Tokens must cover TEXT exactly, in order.
inline void check_tokens_cover(std::string_view text, const std::vector<Token>& tokens) {
  size_t pos = 0;
  bool ok = true;
  for (const Token& t : tokens) {
    ok = ok && t.begin == pos && t.end > t.begin;
    pos = t.end;
  }
  CHECK_MESSAGE(ok, "tokens are not contiguous");
  CHECK(pos == text.size());
}

/// Every step on SRC; returns nothing, fails the current test on a broken invariant.
inline void run_pipeline(const SourceText& src, bool segment = true) {
  const size_t n = src.text().size();
  for (const Paragraph& p : reflow(src)) {
    REQUIRE(p.source.size() == p.text.size());
    for (const SentenceRange& r : split_sentences(p.text)) {
      REQUIRE(r.end <= p.text.size());
    }
  }
  if (segment) check_tokens_cover(src.text(), shared_resources().segmenter.segment(src.text()));
  for (bool in_plan : {false, true}) {  // the whole text as one paragraph, as fuzz_numeral does
    ParagraphQuantities found = shared_resources().quantities.extract(src.text(), {}, in_plan);
    for (const QuantityMatch& q : found.quantities) {
      CHECK(q.begin <= q.end);
      CHECK(q.end <= n);
      CHECK(std::isfinite(q.value));
    }
  }
  Report report = parse_report(src, shared_resources());
  CHECK(report.body_end <= n);
  for (const Quantity& q : report.quantities) CHECK(std::isfinite(q.value));
  CHECK(!report_to_json(report).empty());
  const std::vector<Diagnostic> diagnostics = lint(src);
  for (const Diagnostic& d : diagnostics) {
    CHECK(d.begin <= d.end);
    CHECK(d.end <= n);
  }
  const std::string rendered = render_diagnostics_text(src, diagnostics);
  CHECK(diagnostics.empty() == rendered.empty());
}

}  // namespace cppcc::test
