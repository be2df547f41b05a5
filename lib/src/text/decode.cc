// Detecting and decoding a file's encoding. UTF-8 stays as it is (the text IS
// the original bytes, minus a BOM); anything else goes through ICU with an
// offset map so every position can still name the original byte.
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>
#include <string>

#include "cppcc/text.h"
#include "text/decode.h"

namespace cppcc::detail {

namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

std::string describe_bytes(std::string_view bytes, size_t at, size_t n) {
  static const char* hex = "0123456789ABCDEF";
  std::string s;
  for (size_t i = at; i < at + n && i < bytes.size(); ++i) {
    if (!s.empty()) s += ' ';
    const auto b = static_cast<unsigned char>(bytes[i]);
    s += "0x";
    s += hex[b >> 4];
    s += hex[b & 15];
  }
  return s;
}

const char* icu_name(Encoding e) {
  switch (e) {
    case Encoding::kUtf16Le: return "UTF-16LE";
    case Encoding::kUtf16Be: return "UTF-16BE";
    case Encoding::kGb18030: return "GB18030";
    default: return "UTF-8";
  }
}

}  // namespace

Utf8Check check_utf8(std::string_view bytes) {
  Utf8Check r;
  for (size_t i = 0; i < bytes.size();) {
    size_t len = 0;
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    // Three bytes led by E1..EC (U+1000..U+CFFF, where the ideographs are) need only
    // two continuation bytes: no overlong form or surrogate starts so.
    if (b >= 0xE1 && b <= 0xEC && i + 2 < bytes.size() && (static_cast<unsigned char>(bytes[i + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(bytes[i + 2]) & 0xC0) == 0x80) {
      ++r.multibyte;
      i += 3;
      continue;
    }
    char32_t cp = utf8::decode(bytes, i, &len);
    if (cp == 0xFFFD && !(len == 3 && bytes.substr(i, 3) == "\xEF\xBF\xBD")) {
      if (r.invalid == 0) r.first_invalid = i;
      ++r.invalid;
    } else {
      ++r.multibyte;
    }
    i += len;
  }
  return r;
}

Expected<Decoded> decode_with_icu(std::string_view bytes, size_t skip, Encoding enc, bool lossy,
                                  const std::string& path) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(icu_name(enc), &status));
  if (U_FAILURE(status)) {
    return make_error(ErrorCode::kInternal, "cannot open the " + std::string(icu_name(enc)) +
                                                " converter: " + u_errorName(status));
  }
  if (!lossy) {
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  } else {
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
  }

  Decoded out;
  out.text.reserve(bytes.size() * 3 / 2);
  out.map.reserve(bytes.size());
  const char* const base = bytes.data();
  const char* src = bytes.data() + skip;
  const char* const src_end = bytes.data() + bytes.size();
  constexpr size_t kChunk = 1 << 14;
  std::unique_ptr<UChar[]> buf(new UChar[kChunk]);
  std::unique_ptr<int32_t[]> offs(new int32_t[kChunk]);
  // A surrogate pair may straddle two chunks.
  UChar pending_high = 0;
  uint32_t pending_off = 0;
  while (true) {
    UChar* target = buf.get();
    const char* chunk_start = src;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, buf.get() + kChunk, &src, src_end, offs.get(), true, &status);
    const size_t produced = static_cast<size_t>(target - buf.get());
    for (size_t k = 0; k < produced; ++k) {
      const UChar u = buf[k];
      const uint32_t orig = offs[k] < 0 ? static_cast<uint32_t>(src - base)
                                        : static_cast<uint32_t>((chunk_start - base) + offs[k]);
      char32_t cp;
      uint32_t at = orig;
      if (U16_IS_LEAD(u)) {
        pending_high = u;
        pending_off = orig;
        continue;
      }
      if (U16_IS_TRAIL(u) && pending_high) {
        cp = U16_GET_SUPPLEMENTARY(pending_high, u);
        at = pending_off;
        pending_high = 0;
      } else {
        cp = U16_IS_SURROGATE(u) ? 0xFFFD : u;
        pending_high = 0;
      }
      out.map.emplace_back(static_cast<uint32_t>(out.text.size()), at);
      utf8::append(out.text, cp);
    }
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      // STOP callback: src points just past the offending bytes.
      char invalid[32];
      int8_t len = sizeof(invalid);
      UErrorCode e2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(cnv.get(), invalid, &len, &e2);
      size_t at = static_cast<size_t>(src - base);
      if (U_SUCCESS(e2) && len > 0 && static_cast<size_t>(len) <= at) at -= static_cast<size_t>(len);
      Error err;
      err.code = ErrorCode::kEncoding;
      err.message = path + ": byte " + std::to_string(at) + ": invalid " + icu_name(enc) +
                    " sequence (" + describe_bytes(bytes, at, len > 0 ? static_cast<size_t>(len) : 1) + ")";
      out.error_offset = at;
      return err;
    }
    break;
  }
  return out;
}

}  // namespace cppcc::detail
