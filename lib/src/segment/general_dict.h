// The general-vocabulary dictionary (word + frequency per line). It is not
// shipped in the repository: it is read at run time from a Debian package
// (python3-jieba's dict.txt by default) and shared by all Segmenters of the
// process, so a second Segmenter::create() costs nothing.
#pragma once

#include <memory>
#include <string>

#include "cppcc/expected.h"
#include "segment/lexicon.h"

namespace cppcc::segment {

struct GeneralDictionary {
  std::shared_ptr<const Lexicon> lexicon;  ///< never null (empty when none found)
  std::string path;                        ///< file loaded, empty when none found
};

/// Loads PATH, or when PATH is empty the first of: $CPPCC_GENERAL_DICT,
/// /usr/lib/python3/dist-packages/jieba/dict.txt,
/// /usr/share/cppjieba/dict/jieba.dict.utf8. Finding none is not an error
/// (the segmenter then knows only its domain lexicon); an unreadable or
/// malformed file named explicitly is.
Expected<GeneralDictionary> load_general_dictionary(const std::string& path);

}  // namespace cppcc::segment
