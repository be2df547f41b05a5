// The library's own version, for programs that check at run time which
// shared libcppcc they got (CPPCC_VERSION comes from lib/CMakeLists.txt).
#include "cppcc/version.h"

namespace cppcc {

const char* library_version() { return CPPCC_VERSION; }

}  // namespace cppcc
