// Resources::load(): everything parse_report() reads from data/, built once.
#include <memory>

#include "cppcc/data.h"
#include "cppcc/parse.h"
#include "parse/shape_words.h"

namespace cppcc {

namespace {

std::vector<std::string> lines_of(std::string_view content) {
  std::vector<std::string> out;
  for (std::string_view line : parse::data_lines(content)) {
    size_t tab = line.find('\t');
    if (tab != std::string_view::npos) line = line.substr(0, tab);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    out.emplace_back(line);
  }
  return out;
}

}  // namespace

Expected<std::shared_ptr<const Resources>> Resources::load() {
  auto seg = Segmenter::create();
  if (!seg) return seg.error();
  auto qty = QuantityExtractor::create();
  if (!qty) return qty.error();
  auto formulations = embedded_data("formulations.txt");
  if (!formulations) return make_error(ErrorCode::kData, "data/formulations.txt is not embedded in the library");
  auto res = std::make_shared<Resources>(Resources{std::move(*seg), std::move(*qty), {}, {}});
  // Keep the raw lines (flags included) so the parser can read the flags.
  for (std::string_view line : parse::data_lines(*formulations)) res->formulations.emplace_back(line);
  if (auto stop = embedded_data("stopwords.txt")) res->stopwords = lines_of(*stop);
  return std::shared_ptr<const Resources>(std::move(res));
}

}  // namespace cppcc
