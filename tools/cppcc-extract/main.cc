// cppcc-extract: turns work reports into data (JSON, JSONL, CSV or a text
// outline). Parsing lives in the library; this file reads options, runs the
// files on --jobs threads (tools/common/batch.h) and prints the results in
// input order.
#include <algorithm>
#include <iostream>
#include <sstream>

#include "common/batch.h"
#include "common/cli.h"
#include "common/output.h"
#include "corpus_db_output.h"
#include "cppcc/parse.h"
#include "cppcc/quantity_csv.h"
#include "cppcc/report_json.h"

namespace {

constexpr const char* kTool = "cppcc-extract";

struct Options {
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string select;
  std::string encoding;
  std::string output;
  bool lossy = false;
  bool bom = false;
  unsigned jobs = 0;
  bool quiet = false;
};

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

cppcc::Expected<std::string> run_one(const std::string& path, const cppcc::Resources& res,
                                     const cppcc::DecodeOptions& decode, const Options& opt,
                                     const std::vector<std::string>& select) {
  auto src = cppcc::load_file(path, decode);
  if (!src) return src.error();
  cppcc::ParseOptions po;
  bool all = select.empty();
  auto wants = [&](const char* k) { return all || std::find(select.begin(), select.end(), k) != select.end(); };
  po.quantities = opt.format == "csv" || wants("quantities") || wants("anniversaries");
  po.terms = opt.format != "csv" && wants("terms");
  cppcc::Report r = cppcc::parse_report(*src, res, po);
  for (const auto& ig : r.ignored)  // one write per line: jobs run in parallel
    std::cerr << (path + ":" + std::to_string(ig.span.line) + ": warning: text after the end of the report (" +
                  std::to_string(ig.lines) + " lines) ignored; is it a second report?\n");
  if (opt.format == "text") return cppcc::report_to_text(r);
  if (opt.format == "csv") {
    cppcc::QuantityCsvOptions co;
    co.header = false;  // main() writes the header (and BOM) once for the batch
    return cppcc::render_quantity_csv(r, co);
  }
  cppcc::ReportJsonOptions jo;
  jo.indent = opt.format == "jsonl" ? -1 : 2;
  jo.select = select;
  return cppcc::report_to_json(r, jo);
}

int run(int argc, char** argv) {
  try {
    Options opt;
    CLI::App app{"Turn Chinese work reports (CPPCC, government, people's congress) into data.", kTool};
    app.add_option("inputs", opt.inputs, "Report files, directories (searched recursively) or - for stdin")
        ->required();
    app.add_option("--format,-f", opt.format,
                   "Output: json (default), jsonl, csv (quantities), text (outline) or sqlite (corpus database, -o)")
        ->check(CLI::IsMember({"json", "jsonl", "csv", "text", "sqlite"}));
    app.add_option("--output,-o", opt.output,
                   "sqlite: the database file, created or updated (only changed files are parsed again)");
    app.add_option("--select", opt.select,
                   "Comma-separated top-level keys to keep, e.g. metadata,quantities (schema and source stay)");
    cppcc::cli::add_jobs_option(app, &opt.jobs);
    app.add_flag("--bom", opt.bom, "CSV: start with a UTF-8 byte-order mark so Excel reads it as UTF-8");
    cppcc::cli::add_decode_options(app, &opt.encoding, &opt.lossy);
    cppcc::cli::add_quiet_flag(app, &opt.quiet);
    cppcc::cli::name_app(app, kTool);
    if (int rc = cppcc::cli::parse_args(app, argc, argv); rc >= 0) return rc;

    if ((opt.format == "sqlite") != !opt.output.empty()) {
      cppcc::cli::print_error(kTool, "--format sqlite writes to the database named by -o FILE (and -o is only for "
                                     "sqlite: the other formats write to standard output)");
      return cppcc::cli::kExitTrouble;
    }
    std::vector<std::string> select = split_commas(opt.select);
    if (auto ok = cppcc::check_report_selection(select); !ok) {
      cppcc::cli::print_error(kTool, ok.error());
      return cppcc::cli::kExitTrouble;
    }
    auto decode = cppcc::cli::decode_options(opt.encoding, opt.lossy);
    if (!decode) {
      cppcc::cli::print_error(kTool, decode.error());
      return cppcc::cli::kExitTrouble;
    }
    std::vector<std::string> errors;
    std::vector<std::string> files = cppcc::cli::expand_inputs(opt.inputs, &errors);
    bool failed = !errors.empty();
    for (const auto& e : errors) cppcc::cli::print_error(kTool, e);

    auto res = cppcc::Resources::load();
    if (!res) {
      cppcc::cli::print_error(kTool, res.error());
      return cppcc::cli::kExitTrouble;
    }

    if (opt.format == "sqlite")
      return std::max(cppcc::extract::write_corpus_db(files, **res, *decode, opt.output, opt.jobs, kTool, opt.quiet),
                      failed ? int{cppcc::cli::kExitTrouble} : int{cppcc::cli::kExitOk});

    const bool array = opt.format == "json" && files.size() > 1;
    if (opt.format == "csv")
      cppcc::cli::write_stdout(std::string(opt.bom ? "\xEF\xBB\xBF" : "") + cppcc::quantity_csv_columns() + "\r\n");
    if (array) cppcc::cli::write_stdout("[\n");
    size_t printed = 0;
    cppcc::cli::BatchOptions batch;
    batch.jobs = opt.jobs;
    batch.progress = !opt.quiet;
    batch.item_bytes = cppcc::cli::file_sizes(files);
    cppcc::cli::run_batch<std::string>(
        files.size(), batch,
        [&](size_t i) -> cppcc::Expected<std::string> {
          if (cppcc::cli::stdout_failed()) return std::string();  // nowhere to put it: skip the work
          return run_one(files[i], **res, *decode, opt, select);
        },
        [&](size_t i, cppcc::Expected<std::string>&& out) {
          if (!out) {
            // One bad file is reported and skipped; the rest still come out.
            failed = true;
            const std::string& m = out.error().message;
            cppcc::cli::print_error(kTool, m.find(files[i]) == std::string::npos ? files[i] + ": " + m : m);
            return;
          }
          if (array && printed > 0) out->insert(0, ",\n");
          if (!array && opt.format != "text" && opt.format != "csv") *out += "\n";
          if (opt.format == "text" && i + 1 < files.size()) *out += "\n";
          cppcc::cli::write_stdout(*out);
          ++printed;
        });
    if (array) cppcc::cli::write_stdout("\n]\n");
    return failed ? cppcc::cli::kExitTrouble : cppcc::cli::kExitOk;
  } catch (const std::exception& e) {
    cppcc::cli::print_error(kTool, std::string("internal error: ") + e.what());
    return cppcc::cli::kExitTrouble;
  }
}

}  // namespace

int main(int argc, char** argv) {
  cppcc::cli::init_output(kTool);
  return cppcc::cli::finish_output(run(argc, argv));
}
