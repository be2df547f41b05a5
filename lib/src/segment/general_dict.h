// The general-vocabulary dictionary (word + frequency per line). It is not
// shipped in the repository: the build turns python3-jieba's dict.txt into a
// table (lib/tools/build_general_dict.cc) that is embedded in the library as
// read-only data, so the default dictionary costs no file I/O and no parsing.
// A dictionary file named explicitly is parsed at run time. Either is shared
// by all Segmenters of the process, so a second Segmenter::create() is free.
#pragma once

#include <memory>
#include <string>

#include "cppcc/expected.h"
#include "segment/lexicon.h"

namespace cppcc::segment {

struct GeneralDictionary {
  std::shared_ptr<const Lexicon> lexicon;  ///< never null (empty when none)
  std::string path;                        ///< dictionary it came from, empty when none
};

/// PATH empty: the table built into the library (from the build's
/// CPPCC_GENERAL_DICT, default python3-jieba's dict.txt; empty when that was
/// absent, which is not an error). Otherwise parses the file PATH; an
/// unreadable or malformed file is an error.
Expected<GeneralDictionary> load_general_dictionary(const std::string& path);

}  // namespace cppcc::segment
