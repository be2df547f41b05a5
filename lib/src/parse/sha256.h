// SHA-256 of the input file, for the "source" block of the output (computed
// by OpenSSL's libcrypto).
#pragma once

#include <string>
#include <string_view>

namespace cppcc::parse {

/// Lower-case hex digest of DATA (empty only if OpenSSL cannot allocate).
std::string sha256_hex(std::string_view data);

}  // namespace cppcc::parse
