// T004 zero-width-character: U+200B, U+200C, U+200D, U+2060, U+FEFF inside the
// text — invisible, they break search, counting and matching.
#include <cstdio>

#include "cppcc/normalize.h"
#include "lint/context.h"

namespace cppcc::linter {

void check_zero_width_character(Context& ctx) {
  const std::string_view t = ctx.text();
  for (size_t i = 0; i < t.size();) {
    size_t len = 1;
    const char32_t cp = utf8::decode(t, i, &len);
    if (is_zero_width(cp)) {
      char name[16];
      std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(cp));
      ctx.report(i, i + len, std::string("invisible zero-width character ") + name + "; delete it", {Edit{i, i + len, ""}});
    }
    i += len;
  }
}

}  // namespace cppcc::linter
