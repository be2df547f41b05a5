// What a rule sees: the report model (labels, parts, glossary, date line, as
// parse_report found them), the source and its reflowed paragraphs (decoded to
// code points once), and a way to report findings. Internal to the lint engine.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/canonical.h"
#include "cppcc/lint.h"
#include "cppcc/reflow.h"
#include "cppcc/report.h"
#include "lint/scan.h"

namespace cppcc::linter {

class Context {
 public:
  Context(const Report& model, const SourceText& src);

  const SourceText& src() const { return src_; }
  std::string_view text() const { return src_.text(); }
  /// The paragraphs in the canonical view (cppcc/canonical.h), as the model
  /// read them: rules about content match here (兩個確立 is 两个确立).
  const std::vector<Paragraph>& paragraphs() const { return views_.canonical; }
  /// Code points of paragraphs()[I].
  const std::vector<CodePoint>& cps(size_t i) const { return cps_[i]; }
  /// The same paragraphs as the file writes them: rules about form (width,
  /// script, spaces, invisible characters) read these.
  const std::vector<Paragraph>& written() const { return views_.written; }
  /// Code points of written()[I].
  const std::vector<CodePoint>& written_cps(size_t i) const;
  /// Both views and the map between them.
  const ParagraphViews& views() const { return views_; }
  /// The report: labels, parts, glossary, date line. Its paragraph indices
  /// index paragraphs() (both come from the same reflow of the source).
  const Report& model() const { return model_; }
  /// Year and month of the date line, for year-aware data.
  std::optional<int> report_year_month() const;  ///< YYYYMM or nullopt

  /// Called by the engine before each rule.
  void begin_rule(const RuleInfo& rule, Severity severity);

  /// Reports text()[begin, end).
  void report(size_t begin, size_t end, std::string message, std::vector<Edit> fix = {});
  /// Reports paragraph P's bytes [b, e); REPLACEMENT (if given) becomes a fix
  /// when the bytes come from one contiguous stretch of the source.
  void report_in(const Paragraph& p, size_t b, size_t e, std::string message,
                 std::optional<std::string> replacement = std::nullopt);
  /// An Edit replacing paragraph bytes [b, e), or nullopt if they are not contiguous in the source.
  std::optional<Edit> edit_in(const Paragraph& p, size_t b, size_t e, std::string replacement) const;

  /// Lowers the finding just reported to at most SEVERITY (warning for a
  /// defect that copying a published text can create: severity policy,
  /// docs/validate.md). A lower configured severity stays.
  void cap_last(Severity severity) {
    if (!out_.empty() && out_.back().severity > severity) out_.back().severity = severity;
  }

  std::vector<Diagnostic> take() { return std::move(out_); }

 private:
  const Report& model_;
  const SourceText& src_;
  std::shared_ptr<const ParagraphViews> views_holder_;
  const ParagraphViews& views_;
  std::vector<std::vector<CodePoint>> cps_;
  mutable std::vector<std::vector<CodePoint>> written_cps_;  ///< decoded on first use
  const RuleInfo* rule_ = nullptr;
  Severity severity_ = Severity::kError;
  std::vector<Diagnostic> out_;
};

// Every rule: void check_<function>(Context&), declared from the table.
#define CPPCC_RULE(code, name, fn, cat, sev, fixable, summary) void check_##fn(Context& ctx);
#include "lint/rules.def"
#undef CPPCC_RULE

}  // namespace cppcc::linter
