// Finding a literal phrase in reflowed paragraphs, so a use split by a line
// wrap (两个毫不\n动摇) is still one match, mapped back to the source.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace cppcc::parse {

/// Byte ranges of every occurrence of NEEDLE in TEXT. Phrases made of ASCII
/// digits and letters ("1310", "1+6+3") must not touch another digit or letter.
std::vector<std::pair<size_t, size_t>> find_all(std::string_view text, std::string_view needle);

/// True if TEXT[b, e) stands inside “…” (the quotes right around it).
bool quoted_at(std::string_view text, size_t b, size_t e);

}  // namespace cppcc::parse
