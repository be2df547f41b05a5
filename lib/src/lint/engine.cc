// The lint engine: the rule table, the Context rules report into, and lint().
#include <algorithm>
#include <cctype>

#include "cppcc/lint.h"
#include "cppcc/parse.h"
#include "parse/sha256.h"
#include "lint/context.h"

namespace cppcc {

namespace {

constexpr RuleInfo kRules[] = {
#define CPPCC_RULE(code, name, fn, cat, sev, fixable, summary) \
  RuleInfo{#code, name, RuleCategory::cat, Severity::sev, fixable, summary},
#include "lint/rules.def"
#undef CPPCC_RULE
};

using RuleFn = void (*)(linter::Context&);
constexpr RuleFn kRuleFns[] = {
#define CPPCC_RULE(code, name, fn, cat, sev, fixable, summary) &linter::check_##fn,
#include "lint/rules.def"
#undef CPPCC_RULE
};

static_assert(std::size(kRules) == std::size(kRuleFns));

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view s) {
  const std::string l = lower(s);
  if (l == "info" || l == "note") return Severity::kInfo;
  if (l == "warning" || l == "warn") return Severity::kWarning;
  if (l == "error") return Severity::kError;
  return std::nullopt;
}

std::string_view rule_category_name(RuleCategory c) {
  switch (c) {
    case RuleCategory::kStructure: return "structure";
    case RuleCategory::kGlossary: return "glossary";
    case RuleCategory::kNumbers: return "numbers";
    case RuleCategory::kPunctuation: return "punctuation";
    case RuleCategory::kText: return "text";
  }
  return "text";
}

std::span<const RuleInfo> lint_rules() { return kRules; }

const RuleInfo* find_lint_rule(std::string_view code_or_name) {
  const std::string l = lower(code_or_name);
  for (const RuleInfo& r : kRules) {
    if (lower(r.code) == l || r.name == l) return &r;
  }
  return nullptr;
}

std::string lint_rule_doc_path(const RuleInfo& rule) { return "docs/rules/" + std::string(rule.name) + ".md"; }

bool LintConfig::is_enabled(const RuleInfo& rule) const {
  auto it = enabled.find(std::string(rule.code));
  return it == enabled.end() || it->second;
}

Severity LintConfig::severity_of(const RuleInfo& rule) const {
  auto it = severities.find(std::string(rule.code));
  return it == severities.end() ? rule.default_severity : it->second;
}

Status LintConfig::set_rule(std::string_view rule, std::string_view value) {
  std::vector<const RuleInfo*> targets;
  if (lower(rule) == "all") {
    for (const RuleInfo& r : kRules) targets.push_back(&r);
  } else if (const RuleInfo* r = find_lint_rule(rule)) {
    targets.push_back(r);
  } else if (rule.size() == 1 && std::string_view("SGNPTsgnpt").find(rule[0]) != std::string_view::npos) {
    // A category letter: every rule of that category.
    for (const RuleInfo& r : kRules)
      if (r.code[0] == std::toupper(static_cast<unsigned char>(rule[0]))) targets.push_back(&r);
  } else {
    return make_error(ErrorCode::kUsage, "unknown rule '" + std::string(rule) + "' (see --list-rules)");
  }
  const std::string v = lower(value);
  for (const RuleInfo* r : targets) {
    const std::string code(r->code);
    if (v == "off" || v == "false" || v == "disable" || v == "disabled") {
      enabled[code] = false;
    } else if (v == "on" || v == "true" || v == "enable" || v == "enabled") {
      enabled[code] = true;
    } else if (auto s = parse_severity(v)) {
      enabled[code] = true;
      severities[code] = *s;
    } else {
      return make_error(ErrorCode::kUsage, "bad value '" + std::string(value) + "' for rule " + code +
                                               " (expected off, on, error, warning or info)");
    }
  }
  return Ok{};
}

namespace linter {

namespace {
// The parser's paragraphs when MODEL was parsed from SRC, else SRC read afresh.
std::shared_ptr<const ParagraphViews> views_of(const Report& model, const SourceText& src) {
  if (model.views && model.source.bytes == src.original().size() &&
      model.source.sha256 == parse::sha256_hex(src.original()))
    return model.views;
  return std::make_shared<const ParagraphViews>(read_paragraphs(src));
}
}  // namespace

Context::Context(const Report& model, const SourceText& src)
    : model_(model), src_(src), views_holder_(views_of(model, src)), views_(*views_holder_) {
  cps_.reserve(views_.canonical.size());
  for (const Paragraph& p : views_.canonical) cps_.push_back(decode_all(p.text));
}

const std::vector<CodePoint>& Context::written_cps(size_t i) const {
  if (written_cps_.empty()) {
    written_cps_.resize(views_.written.size());
    for (size_t k = 0; k < views_.written.size(); ++k)
      written_cps_[k] = views_.to_written[k].empty() ? cps_[k] : decode_all(views_.written[k].text);
  }
  return written_cps_[i];
}

std::optional<int> Context::report_year_month() const {
  if (!model_.date_line) return std::nullopt;
  return model_.date_line->year * 100 + model_.date_line->month;
}

void Context::begin_rule(const RuleInfo& rule, Severity severity) {
  rule_ = &rule;
  severity_ = severity;
}

void Context::report(size_t begin, size_t end, std::string message, std::vector<Edit> fix) {
  Diagnostic d;
  d.code = std::string(rule_->code);
  d.name = std::string(rule_->name);
  d.severity = severity_;
  d.begin = std::min(begin, src_.text().size());
  d.end = std::max(d.begin, std::min(end, src_.text().size()));
  d.message = std::move(message);
  d.fix = std::move(fix);
  out_.push_back(std::move(d));
}

std::optional<Edit> Context::edit_in(const Paragraph& p, size_t b, size_t e, std::string replacement) const {
  if (b > e || e > p.text.size()) return std::nullopt;
  const size_t sb = p.source_begin(b);
  const size_t se = b == e ? sb : p.source_end(e);
  if (se < sb || se - sb != e - b) return std::nullopt;
  if (src_.text().substr(sb, se - sb) != std::string_view(p.text).substr(b, e - b)) return std::nullopt;
  return Edit{sb, se, std::move(replacement)};
}

void Context::report_in(const Paragraph& p, size_t b, size_t e, std::string message,
                        std::optional<std::string> replacement) {
  std::vector<Edit> fix;
  if (replacement) {
    if (auto ed = edit_in(p, b, e, std::move(*replacement))) fix.push_back(std::move(*ed));
  }
  const size_t sb = p.source_begin(b);
  const size_t se = e > b ? p.source_end(e) : sb;
  report(sb, std::max(sb, se), std::move(message), std::move(fix));
}

}  // namespace linter

std::vector<Diagnostic> lint(const SourceText& src, const LintOptions& options) {
  static const auto resources = Resources::load();
  if (!resources) return lint(Report{}, src, options);
  ParseOptions parse_options;
  parse_options.terms = false;  // no rule reads the top terms; N013 reads the quantities
  return lint(parse_report(src, **resources, parse_options), src, options);
}

std::vector<Diagnostic> lint(const Report& report, const SourceText& src, const LintOptions& options) {
  linter::Context ctx(report, src);
  for (size_t i = 0; i < std::size(kRules); ++i) {
    if (!options.config.is_enabled(kRules[i])) continue;
    ctx.begin_rule(kRules[i], options.config.severity_of(kRules[i]));
    kRuleFns[i](ctx);
  }
  std::vector<Diagnostic> out = ctx.take();
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.code < b.code;
  });
  return out;
}

}  // namespace cppcc
