// cppcc-diff: what changed from one year's report to the next (two files), or
// a table of indicators by year (three or more). Exit codes as diff(1):
// 0 no differences, 1 differences, 2 trouble.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <exception>

#include "common/cli.h"
#include "common/output.h"
#include "cppcc/atomic_file.h"
#include "cppcc/diff.h"
#include "cppcc/diff_render.h"
#include "cppcc/parse.h"

namespace {

constexpr const char* kTool = "cppcc-diff";

int run(int argc, char** argv) {
  using namespace cppcc;
  CLI::App app{"Compare work reports year over year: sections, figures, targets, slogans, keywords.\n"
               "Two files: OLD NEW. Three or more (or --series): a table of indicators by year."};
  cppcc::cli::name_app(app, kTool);
  std::vector<std::string> inputs;
  std::string format = "text", output, color, encoding;
  bool lossy = false, series_mode = false, show_all = false, no_word_diff = false, full = false;
  bool explain_pairs = false, wide = false, bom = false;
  size_t max_keywords = 20, max_sections = 50;
  double min_z = DiffOptions{}.min_keyword_z;
  app.add_option("files", inputs, "Reports, oldest first for a pair (a series is sorted by year)")->required();
  app.add_option("-f,--format", format, "text | json | html | csv (csv: series only)")
      ->check(CLI::IsMember({"text", "json", "html", "csv"}));
  app.add_option("-o,--output", output, "Write to FILE instead of standard output");
  cli::add_color_option(app, &color);
  bool quiet = false;  // nothing to silence yet: accepted so scripts can pass it to every tool
  cli::add_quiet_flag(app, &quiet);
  app.add_flag("--series", series_mode, "Series table even for two files");
  app.add_flag("--wide", wide, "Series CSV: one row per indicator, one column per year (default: one row per "
                               "indicator and year)");
  app.add_flag("--bom", bom, "CSV: start with a UTF-8 byte-order mark so Excel reads it as UTF-8");
  app.add_flag("-a,--all", show_all,
               "Also list unchanged figures and kept slogans; series: also indicators of one year only");
  app.add_flag("--full", full, "Text: every item of every list and every change of every section "
                               "(default: about a screen per topic)");
  app.add_flag("--explain-pairs", explain_pairs, "Text: under each pairing, why the two figures were paired");
  app.add_flag("--no-word-diff", no_word_diff, "Skip the word-level diff of aligned sections");
  app.add_option("--max-keywords", max_keywords, "Rising and falling keywords shown, each")->default_val(20);
  app.add_option("--min-z", min_z, "Keyword shifts with |z| below this are noise")->default_val(min_z);
  auto* max_sections_opt =
      app.add_option("--max-section-diffs", max_sections, "Word diffs shown in text and HTML")->default_val(50);
  cli::add_decode_options(app, &encoding, &lossy);
  if (int rc = cli::parse_args(app, argc, argv); rc >= 0) return rc;

  auto decode = cli::decode_options(encoding, lossy);
  if (!decode) {
    cli::print_error(kTool, decode.error());
    return cli::kExitTrouble;
  }
  if (inputs.size() < 2) {
    cli::print_error(kTool, "need at least two reports (OLD NEW, or a series)");
    return cli::kExitTrouble;
  }
  series_mode = series_mode || inputs.size() > 2;
  if (format == "csv" && !series_mode) {
    cli::print_error(kTool, "--format csv is for a series (three or more reports, or --series)");
    return cli::kExitTrouble;
  }

  auto resources = Resources::load();
  if (!resources) {
    cli::print_error(kTool, resources.error());
    return cli::kExitTrouble;
  }
  const Resources& res = **resources;
  std::vector<Report> reports;
  for (const std::string& path : inputs) {
    auto src = load_file(path, *decode);
    if (!src) {
      cli::print_error(kTool, src.error());
      return cli::kExitTrouble;
    }
    reports.push_back(parse_report(*src, res));
  }

  std::string text;
  bool differ = false;
  if (series_mode) {
    std::vector<const Report*> ptrs;
    for (const Report& r : reports) ptrs.push_back(&r);
    SeriesOptions series_options;
    if (show_all) series_options.min_filled = 1;  // every target, even one set once
    Series s = build_series(ptrs, series_options);
    text = format == "json" ? render_series_json(s)
           : format == "csv" ? render_series_csv(s, {.wide = wide, .bom = bom})
           : format == "html" ? render_series_html(s)
                              : render_series_text(s);
  } else {
    DiffOptions options;
    options.max_keywords = max_keywords;
    options.min_keyword_z = min_z;
    options.word_diff = !no_word_diff;
    options.stopwords = res.stopwords;
    ReportDiff d = diff_reports(reports[0], reports[1], segmenter_tokenizer(res.segmenter), options);
    differ = d.has_differences();
    for (const DiffWarning& w : d.warnings) std::fprintf(stderr, "%s: warning: %s\n", kTool, w.message.c_str());
    DiffRenderOptions ro;
    ro.show_unchanged = show_all;
    ro.full = full;
    // --full shows every word diff unless a bound is asked for.
    ro.max_section_diffs = full && max_sections_opt->count() == 0 ? SIZE_MAX : max_sections;
    ro.explain_pairs = explain_pairs;
    ro.color = output.empty() ? cli::use_color(color, fileno(stdout)) : color == "always";
    text = format == "json" ? render_diff_json(d) : format == "html" ? render_diff_html(d, ro) : render_diff_text(d, ro);
  }

  if (output.empty()) {
    cli::write_stdout(text);  // checked in main()
  } else if (auto st = write_file_atomically(output, text); !st) {
    cli::print_write_error(st.error().message);
    return cli::kExitTrouble;
  }
  return differ ? cli::kExitFindings : cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  cppcc::cli::init_output(kTool);
  try {
    return cppcc::cli::finish_output(run(argc, argv));
  } catch (const std::exception& e) {
    cppcc::cli::print_error(kTool, std::string("internal error: ") + e.what());
  } catch (...) {
    cppcc::cli::print_error(kTool, "internal error");
  }
  return cppcc::cli::kExitTrouble;
}
