// Peer for eval_segment.sh: ICU's word break iterator (its built-in CJK
// dictionary). usage: icu_wordbreak INPUT OUTPUT -> writes words separated by
// two spaces, one line per input line; prints the segmentation seconds.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: icu_wordbreak INPUT OUTPUT\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
  if (U_FAILURE(status)) {
    std::cerr << "icu_wordbreak: " << u_errorName(status) << "\n";
    return 2;
  }
  // Load the CJK dictionary before the clock starts (it is loaded lazily).
  icu::UnicodeString warm = icu::UnicodeString::fromUTF8("\xe4\xb8\xad\xe6\x96\x87\xe5\x88\x86\xe8\xaf\x8d");
  it->setText(warm);
  while (it->next() != icu::BreakIterator::DONE) {
  }
  std::string out;
  out.reserve(text.size() * 2);
  const auto start = std::chrono::steady_clock::now();
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    icu::UnicodeString line = icu::UnicodeString::fromUTF8(text.substr(pos, nl - pos));
    it->setText(line);
    bool first = true;
    for (int32_t b = it->first(), e = it->next(); e != icu::BreakIterator::DONE; b = e, e = it->next()) {
      std::string word;
      line.tempSubStringBetween(b, e).toUTF8String(word);
      if (word.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (!first) out += "  ";
      out += word;
      first = false;
    }
    out += '\n';
    pos = nl + 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::ofstream(argv[2], std::ios::binary) << out;
  std::printf("%.6f\n", seconds);
  return 0;
}
