// cppcc-extract: turns work reports into data (JSON, JSONL, CSV or a text
// outline). Parsing lives in the library; this file reads options, runs the
// files on a few threads and prints the results in input order.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "common/cli.h"
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
  bool lossy = false;
  bool bom = false;
  unsigned jobs = 0;
};

struct Outcome {
  std::optional<std::string> output;  ///< rendered report
  std::string error;                  ///< set when the file failed
};

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

Outcome run_one(const std::string& path, const cppcc::Resources& res, const cppcc::DecodeOptions& decode,
                const Options& opt, const std::vector<std::string>& select) {
  Outcome o;
  auto src = cppcc::load_file(path, decode);
  if (!src) {
    o.error = src.error().message;
    return o;
  }
  cppcc::ParseOptions po;
  bool all = select.empty();
  auto wants = [&](const char* k) { return all || std::find(select.begin(), select.end(), k) != select.end(); };
  po.quantities = opt.format == "csv" || wants("quantities") || wants("anniversaries");
  po.terms = opt.format != "csv" && wants("terms");
  cppcc::Report r = cppcc::parse_report(*src, res, po);
  if (opt.format == "text") {
    o.output = cppcc::report_to_text(r);
  } else if (opt.format == "csv") {
    cppcc::QuantityCsvOptions co;
    co.header = false;  // main() writes the header (and BOM) once for the batch
    o.output = cppcc::render_quantity_csv(r, co);
  } else {
    cppcc::ReportJsonOptions jo;
    jo.indent = opt.format == "jsonl" ? -1 : 2;
    jo.select = select;
    o.output = cppcc::report_to_json(r, jo);
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    Options opt;
    CLI::App app{"Turn Chinese work reports (CPPCC, government, people's congress) into data.", kTool};
    app.add_option("inputs", opt.inputs, "Report files, directories (searched recursively) or - for stdin")
        ->required();
    app.add_option("--format,-f", opt.format, "Output: json (default), jsonl, csv (quantities) or text (outline)")
        ->check(CLI::IsMember({"json", "jsonl", "csv", "text"}));
    app.add_option("--select", opt.select,
                   "Comma-separated top-level keys to keep, e.g. metadata,quantities (schema and source stay)");
    app.add_option("--jobs,-j", opt.jobs, "Files parsed at once (default: number of cores)");
    app.add_flag("--bom", opt.bom, "CSV: start with a UTF-8 byte-order mark so Excel reads it as UTF-8");
    cppcc::cli::add_decode_options(app, &opt.encoding, &opt.lossy);
    app.set_version_flag("--version", CPPCC_VERSION);
    if (int rc = cppcc::cli::parse_args(app, argc, argv); rc >= 0) return rc;

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

    // Parse on a few threads; print in input order as results arrive.
    std::vector<Outcome> outcomes(files.size());
    std::vector<bool> done(files.size(), false);
    std::mutex mu;
    std::condition_variable cv;
    std::atomic<size_t> next{0};
    unsigned jobs = opt.jobs ? opt.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<size_t>(jobs, std::max<size_t>(1, files.size())));
    std::vector<std::thread> workers;
    for (unsigned w = 0; w < jobs; ++w) {
      workers.emplace_back([&] {
        for (size_t i = next++; i < files.size(); i = next++) {
          Outcome o;
          try {
            o = run_one(files[i], **res, *decode, opt, select);
          } catch (const std::exception& e) {
            o.error = std::string("internal error: ") + e.what();
          }
          std::lock_guard<std::mutex> lock(mu);
          outcomes[i] = std::move(o);
          done[i] = true;
          cv.notify_all();
        }
      });
    }

    const bool array = opt.format == "json" && files.size() > 1;
    const bool progress = isatty(STDERR_FILENO) && files.size() >= 20;
    if (opt.format == "csv") std::cout << (opt.bom ? "\xEF\xBB\xBF" : "") << cppcc::quantity_csv_columns() << "\r\n";
    if (array) std::cout << "[\n";
    size_t printed = 0;
    for (size_t i = 0; i < files.size(); ++i) {
      Outcome o;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return done[i]; });
        o = std::move(outcomes[i]);
      }
      if (progress) std::cerr << "\r" << (i + 1) << "/" << files.size() << " " << std::flush;
      if (!o.output) {
        failed = true;
        cppcc::cli::print_error(kTool, o.error.find(files[i]) == std::string::npos ? files[i] + ": " + o.error : o.error);
        continue;
      }
      if (array && printed > 0) std::cout << ",\n";
      std::cout << *o.output;
      if (!array && opt.format != "text" && opt.format != "csv") std::cout << "\n";
      if (opt.format == "text" && i + 1 < files.size()) std::cout << "\n";
      ++printed;
    }
    if (array) std::cout << "\n]\n";
    if (progress) std::cerr << "\n";
    for (auto& t : workers) t.join();
    std::cout.flush();
    return failed ? cppcc::cli::kExitTrouble : cppcc::cli::kExitOk;
  } catch (const std::exception& e) {
    cppcc::cli::print_error(kTool, std::string("internal error: ") + e.what());
    return cppcc::cli::kExitTrouble;
  }
}
