// Resources::load(): everything parse_report() reads from data/, built once.
#include <memory>

#include "cppcc/data.h"
#include "cppcc/parse.h"

namespace cppcc {

Expected<std::shared_ptr<const Resources>> Resources::load() {
  auto seg = Segmenter::create();
  if (!seg) return seg.error();
  auto qty = QuantityExtractor::create();
  if (!qty) return qty.error();
  auto formulations = embedded_data("formulations.txt");
  if (!formulations) return make_error(ErrorCode::kData, "data/formulations.txt is not embedded in the library");
  auto res = std::make_shared<Resources>(Resources{std::move(*seg), std::move(*qty), {}, {}});
  // Keep the raw lines (flags included) so the parser can read the flags.
  size_t pos = 0;
  std::string_view f = *formulations;
  while (pos < f.size()) {
    size_t nl = f.find('\n', pos);
    std::string_view line = f.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? f.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    res->formulations.emplace_back(line);
  }
  res->stopwords = stop_words();
  return std::shared_ptr<const Resources>(std::move(res));
}

}  // namespace cppcc
