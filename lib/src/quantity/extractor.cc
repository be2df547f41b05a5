// QuantityExtractor: the scanner finds the numbers, the annotator names them.
#include "cppcc/quantity.h"
#include "quantity/indicator.h"
#include "quantity/lexicon.h"
#include "quantity/scanner.h"

namespace cppcc {

struct QuantityExtractor::Impl {
  quantity::Lexicon lex;
};

QuantityExtractor::QuantityExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
QuantityExtractor::QuantityExtractor(QuantityExtractor&&) noexcept = default;
QuantityExtractor& QuantityExtractor::operator=(QuantityExtractor&&) noexcept = default;
QuantityExtractor::~QuantityExtractor() = default;

Expected<QuantityExtractor> QuantityExtractor::create() {
  auto lex = quantity::Lexicon::load();
  if (!lex) return lex.error();
  auto impl = std::make_unique<Impl>();
  impl->lex = std::move(*lex);
  return QuantityExtractor(std::move(impl));
}

ParagraphQuantities QuantityExtractor::extract(std::string_view paragraph,
                                               const std::vector<std::pair<size_t, size_t>>& excluded,
                                               bool in_plan) const {
  if (!impl_) return {};
  ParagraphQuantities found = quantity::scan_quantities(paragraph, excluded, impl_->lex);
  quantity::annotate_quantities(paragraph, in_plan, impl_->lex, found);
  return found;
}

}  // namespace cppcc
