// Applying certain fixes: edits are spliced into the ORIGINAL bytes, each
// replacement encoded in the file's own encoding, so nothing outside the
// edited ranges changes (line endings, BOM, untouched characters).
#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

#include "cppcc/lint.h"

namespace cppcc {

namespace {

Expected<std::string> encode(std::string_view utf8_text, Encoding enc) {
  switch (enc) {
    case Encoding::kUtf8:
    case Encoding::kUtf8Bom:
      return std::string(utf8_text);
    case Encoding::kUtf16Le:
    case Encoding::kUtf16Be: {
      std::string out;
      auto put = [&](uint16_t u) {
        const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
        if (enc == Encoding::kUtf16Le) {
          out.push_back(lo);
          out.push_back(hi);
        } else {
          out.push_back(hi);
          out.push_back(lo);
        }
      };
      for (size_t i = 0; i < utf8_text.size();) {
        size_t len = 1;
        char32_t cp = utf8::decode(utf8_text, i, &len);
        i += len;
        if (cp >= 0x10000) {
          cp -= 0x10000;
          put(static_cast<uint16_t>(0xD800 + (cp >> 10)));
          put(static_cast<uint16_t>(0xDC00 + (cp & 0x3FF)));
        } else {
          put(static_cast<uint16_t>(cp));
        }
      }
      return out;
    }
    case Encoding::kGb18030: {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open("gb18030", &status), ucnv_close);
      if (U_FAILURE(status)) return make_error(ErrorCode::kInternal, "cannot open the GB18030 converter");
      ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
      // UTF-8 → UTF-16 → GB18030.
      std::u16string u16;
      for (size_t i = 0; i < utf8_text.size();) {
        size_t len = 1;
        char32_t cp = utf8::decode(utf8_text, i, &len);
        i += len;
        if (cp >= 0x10000) {
          cp -= 0x10000;
          u16.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
          u16.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
        } else {
          u16.push_back(static_cast<char16_t>(cp));
        }
      }
      std::string out(u16.size() * 4 + 8, '\0');
      const int32_t n = ucnv_fromUChars(conv.get(), out.data(), static_cast<int32_t>(out.size()), u16.data(),
                                        static_cast<int32_t>(u16.size()), &status);
      if (U_FAILURE(status)) return make_error(ErrorCode::kEncoding, "the fix cannot be encoded in GB18030");
      out.resize(static_cast<size_t>(n));
      return out;
    }
    case Encoding::kDocx:
    case Encoding::kHtml:
    case Encoding::kPdf:
      break;
  }
  return make_error(ErrorCode::kUsage, "cannot write this encoding");
}

}  // namespace

Expected<FixResult> apply_fixes(const SourceText& src, const std::vector<Diagnostic>& diagnostics) {
  // Keep whole findings: all of a finding's edits or none.
  std::vector<const Diagnostic*> fixable;
  for (const Diagnostic& d : diagnostics)
    if (!d.fix.empty()) fixable.push_back(&d);
  std::vector<Edit> edits;
  FixResult r;
  for (const Diagnostic* d : fixable) {
    bool overlaps = false;
    for (const Edit& e : d->fix) {
      for (const Edit& k : edits) {
        if (e.begin < k.end && k.begin < e.end) overlaps = true;
        if (e.begin == e.end && k.begin == k.end && e.begin == k.begin) overlaps = true;
        if ((e.begin == e.end && e.begin > k.begin && e.begin < k.end) ||
            (k.begin == k.end && k.begin > e.begin && k.begin < e.end))
          overlaps = true;
      }
    }
    if (overlaps) {
      ++r.skipped;
      continue;
    }
    for (const Edit& e : d->fix) edits.push_back(e);
    ++r.applied;
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });

  const std::string_view text = src.text();
  const std::string_view orig = src.original();
  r.writable = src.encoding() != Encoding::kDocx && src.encoding() != Encoding::kHtml &&
               src.encoding() != Encoding::kPdf;
  size_t tpos = 0, opos = 0;
  for (const Edit& e : edits) {
    const size_t ob = src.original_offset(e.begin), oe = src.original_offset(e.end);
    r.text.append(text.substr(tpos, e.begin - tpos));
    r.text.append(e.replacement);
    tpos = e.end;
    if (!r.writable) continue;
    auto enc = encode(e.replacement, src.encoding());
    if (!enc) return make_error(enc.error().code, src.path() + ": " + enc.error().message);
    r.original.append(orig.substr(opos, ob - opos));
    r.original.append(*enc);
    opos = oe;
  }
  r.text.append(text.substr(tpos));
  if (r.writable) r.original.append(orig.substr(opos));
  return r;
}

}  // namespace cppcc
