// Traditional → Simplified: OpenCC first (phrase-level, Hong Kong and Taiwan
// variants), ICU per character as the fallback. Measured on the corpus turned
// Traditional with `opencc -c s2hk.json` and `s2tw.json` and back: this chain
// restores every character; ICU's Hant-Hans alone gets 819 wrong (峯 峰, 銀 银,
// 衞 卫, 鉅 巨), OpenCC's t2s.json alone 889 (著 着, 衞 卫).
#include "text/simplified.h"

#include <opencc/Config.hpp>
#include <opencc/Converter.hpp>

#include <memory>

#include "cppcc/data.h"
#include "cppcc/text.h"
#include "text/script.h"

#ifndef CPPCC_OPENCC_DATA_DIR
#define CPPCC_OPENCC_DATA_DIR "/usr/share/opencc"
#endif

namespace cppcc::text {

namespace {

/// The converter, opened on first use (its dictionaries take a few ms to map;
/// Simplified reports never need it). Null when OpenCC cannot open them.
const opencc::Converter* converter() {
  static const std::shared_ptr<opencc::Converter> c = []() -> std::shared_ptr<opencc::Converter> {
    auto config = embedded_data("text/opencc_t2s.json");
    if (!config) return nullptr;
    try {
      opencc::Config loader;
      return loader.NewFromString(std::string(*config), CPPCC_OPENCC_DATA_DIR "/");
    } catch (...) {  // missing or unreadable dictionaries: ICU does the work
      return nullptr;
    }
  }();
  return c.get();
}

}  // namespace

std::u32string to_simplified(std::u32string_view cps) {
  if (const opencc::Converter* c = converter()) {
    try {
      std::u32string out = utf8::to_u32(c->Convert(utf8::to_utf8(cps)));
      if (out.size() == cps.size()) return out;
    } catch (...) {  // fall through to ICU
    }
  }
  std::u32string out(cps);
  for (char32_t& c : out) c = icu_simplified(c);
  return out;
}

}  // namespace cppcc::text
