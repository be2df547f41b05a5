/// \file
/// Parsing a decoded report into the model (report.h).
#pragma once

#include <memory>

#include "cppcc/expected.h"
#include "cppcc/quantity.h"
#include "cppcc/report.h"
#include "cppcc/segment.h"
#include "cppcc/text.h"

namespace cppcc {

/// Everything the parser reads from data/: built once, shared read-only by
/// any number of threads.
struct Resources {
  Segmenter segmenter;
  QuantityExtractor quantities;
  std::vector<std::string> formulations;  ///< data/formulations.txt
  std::vector<std::string> stopwords;     ///< data/stopwords.txt

  static Expected<std::shared_ptr<const Resources>> load();
};

struct ParseOptions {
  bool quantities = true;
  bool terms = true;
  size_t max_terms = 50;
};

/// Parses SRC. Never fails: what cannot be recognised is left out, and the
/// genre says "unknown" when the report's kind cannot be told.
Report parse_report(const SourceText& src, const Resources& res, const ParseOptions& options = {});

}  // namespace cppcc
