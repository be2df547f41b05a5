// cppcc-segment: Chinese word segmentation with the domain lexicon.
//   cppcc-segment report.txt            words separated by spaces, line by line
//   cppcc-segment --format json a.txt   tokens with byte offsets and types
//   cppcc-segment --keywords 50 a.txt   the 50 most frequent content words, "WORD<TAB>COUNT"
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/cli.h"
#include "common/output.h"
#include "cppcc/reflow.h"
#include "cppcc/segment.h"
#include "cppcc/text.h"

namespace {

constexpr const char* kTool = "cppcc-segment";

void write_words(const cppcc::Segmenter& seg, std::string_view text, std::string* out) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    bool first = true;
    for (const cppcc::Token& t : seg.segment(line)) {
      if (t.type == cppcc::TokenType::kSpace) continue;
      if (!first) out->push_back(' ');
      out->append(line.substr(t.begin, t.end - t.begin));
      first = false;
    }
    out->push_back('\n');
    pos = end + 1;
  }
}

nlohmann::json tokens_json(const cppcc::Segmenter& seg, const cppcc::SourceText& src) {
  nlohmann::json tokens = nlohmann::json::array();
  std::string_view text = src.text();
  for (const cppcc::Token& t : seg.segment(text)) {
    if (t.type == cppcc::TokenType::kSpace) continue;
    cppcc::Location loc = src.location(t.begin);
    tokens.push_back({{"text", std::string(text.substr(t.begin, t.end - t.begin))},
                      {"type", std::string(cppcc::token_type_name(t.type))},
                      {"begin", t.begin},
                      {"end", t.end},
                      {"line", loc.line},
                      {"column", loc.column}});
  }
  return nlohmann::json{{"file", src.path()},
                        {"encoding", std::string(cppcc::encoding_name(src.encoding()))},
                        {"tokens", std::move(tokens)}};
}

// Keyword counts over reflowed paragraphs: a term broken by a hard wrap still counts.
void write_keywords(const cppcc::Segmenter& seg, const cppcc::SourceText& src, size_t top, std::string* out) {
  std::string joined;
  for (const cppcc::Paragraph& p : cppcc::reflow(src)) {
    joined += p.text;
    joined += '\n';
  }
  for (const cppcc::WordCount& c : seg.keyword_counts(joined, top)) {
    *out += c.word;
    *out += '\t';
    *out += std::to_string(c.count);
    *out += '\n';
  }
}

int run(int argc, char** argv) {
  CLI::App app{"Segment Chinese report text into words (domain lexicon wins)", kTool};
  std::vector<std::string> inputs;
  std::vector<std::string> dicts;
  std::string format = "text";
  std::string general;
  std::string encoding;
  bool lossy = false;
  bool timing = false;
  int keywords = -1;
  app.add_option("inputs", inputs, "Files or directories to segment ('-' or none: standard input)");
  app.add_option("--format", format, "Output: text (words separated by spaces) or json")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_option("--keywords", keywords,
                 "Print the N most frequent content words (stop words left out) as WORD<TAB>COUNT; 0 = all")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--dict", dicts, "User lexicon (WORD [FREQ] [TAG] per line); may repeat");
  app.add_option("--general-dict", general,
                 "General dictionary (WORD FREQ [TAG] lines) parsed at startup instead of the one built "
                 "into the library (python3-jieba's dict.txt)");
  cppcc::cli::add_decode_options(app, &encoding, &lossy);
  // For scripts/eval_segment.sh: time spent segmenting and formatting, without
  // startup and reading, as the peers report theirs.
  app.add_flag("--timing", timing, "Print the segmentation time on standard error")->group("");
  bool quiet = false;  // nothing to silence yet: accepted so scripts can pass it to every tool
  cppcc::cli::add_quiet_flag(app, &quiet);
  cppcc::cli::name_app(app, kTool);
  if (int rc = cppcc::cli::parse_args(app, argc, argv); rc >= 0) return rc;

  auto decode = cppcc::cli::decode_options(encoding, lossy);
  if (!decode) {
    cppcc::cli::print_error(kTool, decode.error());
    return cppcc::cli::kExitTrouble;
  }
  cppcc::SegmenterOptions options;
  options.general_dictionary = general;
  auto seg = cppcc::Segmenter::create(options);
  if (!seg) {
    cppcc::cli::print_error(kTool, seg.error());
    return cppcc::cli::kExitTrouble;
  }
  for (const std::string& d : dicts) {
    auto src = cppcc::load_file(d, {});
    if (!src) {
      cppcc::cli::print_error(kTool, src.error());
      return cppcc::cli::kExitTrouble;
    }
    if (cppcc::Status st = seg->add_dictionary(src->text(), d); !st) {
      cppcc::cli::print_error(kTool, st.error());
      return cppcc::cli::kExitTrouble;
    }
  }

  if (inputs.empty()) inputs.push_back("-");
  std::vector<std::string> errors;
  std::vector<std::string> files = cppcc::cli::expand_inputs(inputs, &errors);
  for (const std::string& e : errors) cppcc::cli::print_error(kTool, e);
  int rc = errors.empty() ? cppcc::cli::kExitOk : cppcc::cli::kExitTrouble;
  std::chrono::steady_clock::duration busy{};
  size_t busy_bytes = 0;
  for (const std::string& path : files) {
    if (cppcc::cli::stdout_failed()) break;  // the rest could not be written either
    auto src = cppcc::load_file(path, *decode);
    if (!src) {
      cppcc::cli::print_error(kTool, src.error());
      rc = cppcc::cli::kExitTrouble;
      continue;
    }
    std::string out;
    const auto start = std::chrono::steady_clock::now();
    if (keywords >= 0) {
      if (files.size() > 1) out = "# " + path + "\n";
      write_keywords(*seg, *src, static_cast<size_t>(keywords), &out);
    } else if (format == "json") {
      out = tokens_json(*seg, *src).dump() + "\n";
    } else {
      write_words(*seg, src->text(), &out);
    }
    busy += std::chrono::steady_clock::now() - start;
    busy_bytes += src->text().size();
    cppcc::cli::write_stdout(out);
  }
  if (timing) {
    std::fprintf(stderr, "segment-seconds %.6f bytes %zu\n", std::chrono::duration<double>(busy).count(),
                 busy_bytes);
  }
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  cppcc::cli::init_output(kTool);
  return cppcc::cli::finish_output(run(argc, argv));
}
