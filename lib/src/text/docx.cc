// .docx drafts: the text lives in word/document.xml; each <w:p> becomes one
// line, so "line N" of a .docx means its Nth paragraph. Labels that Word
// numbers itself (w:numPr) are drawn in front of their paragraph.
//
// The zip is hostile until proven otherwise: entry sizes in its directory may
// lie, so every part is counted against the input limit while it inflates;
// two entries of one name are refused (readers would disagree on which one
// is the document); document.xml streams into the XML reader without ever
// being held whole.
#include <zip.h>

#include <memory>
#include <string>
#include <unordered_set>

#include "text/decode.h"
#include "text/docx_document.h"
#include "text/docx_numbering.h"

namespace cppcc::detail {

namespace {

struct ZipDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

/// numbering.xml and styles.xml are read whole (into pugixml, about 64 bytes
/// a node): Word's are well under 1 MiB, so a larger one is refused before
/// it can take gigabytes.
constexpr uint64_t kMaxSidePartBytes = 16u << 20;

/// An entry being inflated, counted against LIMIT as it comes.
class EntryReader {
 public:
  EntryReader(zip_t* zip, zip_int64_t index, std::string where, uint64_t limit)
      : file_(zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0)), where_(std::move(where)), limit_(limit) {
    if (!file_) error_ = where_ + ": cannot open: " + zip_strerror(zip);
  }
  /// Up to LEN bytes into BUF; 0 at the end; -1 with error() set.
  int read(char* buf, int len) {
    if (!file_) return -1;
    const zip_int64_t n = zip_fread(file_.get(), buf, static_cast<zip_uint64_t>(len));
    if (n < 0) {
      error_ = where_ + ": damaged inside the zip (" + zip_file_strerror(file_.get()) + ")";
      return -1;
    }
    total_ += static_cast<uint64_t>(n);
    if (total_ > limit_) {
      error_ = where_ + ": decompresses to " + input_limit_message(limit_);
      return -1;
    }
    return static_cast<int>(n);
  }
  const std::string& error() const { return error_; }

 private:
  std::unique_ptr<zip_file_t, ZipFileClose> file_;
  std::string where_;
  uint64_t limit_;
  uint64_t total_ = 0;
  std::string error_;
};

/// The whole entry at INDEX, or an error.
Expected<std::string> read_whole(zip_t* zip, zip_int64_t index, const std::string& where, uint64_t limit) {
  EntryReader entry(zip, index, where, limit);
  std::string data;
  char buf[1 << 16];
  for (int n; (n = entry.read(buf, sizeof buf)) != 0;) {
    if (n < 0) return make_error(ErrorCode::kFormat, entry.error());
    data.append(buf, static_cast<size_t>(n));
  }
  return data;
}

}  // namespace

Expected<std::string> docx_to_text(std::string_view bytes, const std::string& path, uint64_t max_bytes) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  if (!src) return make_error(ErrorCode::kFormat, path + ": cannot read as .docx: " + zip_error_strerror(&zerr));
  std::unique_ptr<zip_t, ZipDiscard> zip(zip_open_from_source(src, ZIP_RDONLY, &zerr));
  if (!zip) {
    zip_source_free(src);
    return make_error(ErrorCode::kFormat, path + ": not a valid .docx (zip): " + zip_error_strerror(&zerr));
  }
  const zip_int64_t entries = zip_get_num_entries(zip.get(), 0);
  std::unordered_set<std::string> names;
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* name = zip_get_name(zip.get(), static_cast<zip_uint64_t>(i), 0);
    if (name && !names.insert(name).second) {
      return make_error(ErrorCode::kFormat, path + ": the zip holds two entries named " + name +
                                                "; refusing it, as readers would disagree on which one counts");
    }
  }
  const zip_int64_t document = zip_name_locate(zip.get(), "word/document.xml", 0);
  if (document < 0) {
    return make_error(ErrorCode::kFormat, path + ": a zip archive, but not a Word document: no word/document.xml "
                                                 "inside (save it from Word as .docx)");
  }
  zip_stat_t st;
  if (zip_stat_index(zip.get(), static_cast<zip_uint64_t>(document), 0, &st) == 0 &&
      (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    return make_error(ErrorCode::kFormat, path + ": is " + password_protected_reason() + " (its zip is encrypted)");
  }
  std::string side[2];
  const char* const side_names[2] = {"word/numbering.xml", "word/styles.xml"};
  for (int k = 0; k < 2; ++k) {
    const zip_int64_t i = zip_name_locate(zip.get(), side_names[k], 0);
    if (i < 0) continue;  // optional: a document without lists or styles
    auto part = read_whole(zip.get(), i, path + ": " + side_names[k], std::min(max_bytes, kMaxSidePartBytes));
    if (!part) return part.error();
    side[k] = std::move(*part);
  }
  DocxNumbering numbering(side[0], side[1]);
  EntryReader entry(zip.get(), document, path + ": word/document.xml", max_bytes);
  auto text = docx_document_text([&entry](char* buf, int len) { return entry.read(buf, len); }, numbering, path,
                                 max_bytes);
  if (!entry.error().empty()) return make_error(ErrorCode::kFormat, entry.error());
  if (!text) return text.error();
  if (text->empty()) return make_error(ErrorCode::kFormat, path + ": the .docx has no text");
  return text;
}

Expected<std::string> docx_parts_to_text(std::string_view document_xml, std::string_view numbering_xml,
                                         std::string_view styles_xml, const std::string& path, uint64_t max_bytes) {
  DocxNumbering numbering(numbering_xml, styles_xml);
  size_t at = 0;
  auto text = docx_document_text(
      [&](char* buf, int len) {
        const size_t n = std::min(static_cast<size_t>(len), document_xml.size() - at);
        document_xml.copy(buf, n, at);
        at += n;
        return static_cast<int>(n);
      },
      numbering, path, max_bytes);
  if (!text) return text.error();
  if (text->empty()) return make_error(ErrorCode::kFormat, path + ": the .docx has no text");
  return text;
}

}  // namespace cppcc::detail
