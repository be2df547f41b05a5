// Resources::load(): everything parse_report() reads from data/, built once.
#include <memory>

#include "cppcc/data.h"
#include "cppcc/parse.h"
#include "parse/shape_words.h"

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
  for (std::string_view line : parse::data_lines(*formulations)) res->formulations.emplace_back(line);
  res->stopwords = stop_words();
  return std::shared_ptr<const Resources>(std::move(res));
}

}  // namespace cppcc
