// .docx drafts: the text lives in word/document.xml; each <w:p> becomes one
// line, so "line N" of a .docx means its Nth paragraph. Labels that Word
// numbers itself (w:numPr) are drawn in front of their paragraph.
#include <zip.h>

#include <memory>
#include <pugixml.hpp>
#include <string>

#include "text/decode.h"
#include "text/docx_numbering.h"

namespace cppcc::detail {

namespace {

struct ZipSourceFree {
  void operator()(zip_t* z) const { zip_discard(z); }
};

void collect_runs(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    const std::string_view name = child.name();
    if (name == "w:t") {
      out += child.text().get();
    } else if (name == "w:tab") {
      out += '\t';
    } else if (name == "w:br" || name == "w:cr") {
      out += ' ';
    } else if (name == "w:p") {
      continue;  // nested paragraphs (text boxes) are visited by the caller
    } else {
      collect_runs(child, out);
    }
  }
}

void collect_paragraphs(const pugi::xml_node& node, DocxNumbering& numbering, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (std::string_view(child.name()) == "w:p") {
      std::string line = numbering.next_label(child);
      collect_runs(child, line);
      out += line;
      out += '\n';
      collect_paragraphs(child, numbering, out);  // text boxes inside the paragraph
    } else {
      collect_paragraphs(child, numbering, out);
    }
  }
}

/// The bytes of the zip entry NAME; empty when it is absent or unreadable
/// (the optional parts: numbering and styles).
std::string read_entry(zip_t* zip, const char* name) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > (64u << 20)) return {};
  std::string data(static_cast<size_t>(st.size), '\0');
  zip_file_t* f = zip_fopen(zip, name, 0);
  if (!f) return {};
  const zip_int64_t n = zip_fread(f, data.data(), data.size());
  zip_fclose(f);
  return n >= 0 && static_cast<size_t>(n) == data.size() ? data : std::string();
}

}  // namespace

Expected<std::string> docx_to_text(std::string_view bytes, const std::string& path) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  if (!src) return make_error(ErrorCode::kFormat, path + ": cannot read as .docx: " + zip_error_strerror(&zerr));
  std::unique_ptr<zip_t, ZipSourceFree> zip(zip_open_from_source(src, ZIP_RDONLY, &zerr));
  if (!zip) {
    zip_source_free(src);
    return make_error(ErrorCode::kFormat, path + ": not a valid .docx (zip): " + zip_error_strerror(&zerr));
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip.get(), "word/document.xml", 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
    return make_error(ErrorCode::kFormat, path + ": not a .docx: no word/document.xml inside the zip");
  }
  if (st.size > (512u << 20)) return make_error(ErrorCode::kFormat, path + ": word/document.xml is too large");
  std::string xml(static_cast<size_t>(st.size), '\0');
  zip_file_t* f = zip_fopen(zip.get(), "word/document.xml", 0);
  if (!f) return make_error(ErrorCode::kFormat, path + ": cannot open word/document.xml");
  const zip_int64_t n = zip_fread(f, xml.data(), xml.size());
  zip_fclose(f);
  if (n < 0 || static_cast<size_t>(n) != xml.size()) {
    return make_error(ErrorCode::kFormat, path + ": word/document.xml is truncated");
  }
  return docx_parts_to_text(xml, read_entry(zip.get(), "word/numbering.xml"), read_entry(zip.get(), "word/styles.xml"),
                            path);
}

Expected<std::string> docx_parts_to_text(std::string_view document_xml, std::string_view numbering_xml,
                                         std::string_view styles_xml, const std::string& path) {
  pugi::xml_document doc;
  const pugi::xml_parse_result r = doc.load_buffer(document_xml.data(), document_xml.size());
  if (!r) {
    return make_error(ErrorCode::kFormat, path + ": word/document.xml: byte " + std::to_string(r.offset) +
                                              ": " + r.description());
  }
  DocxNumbering numbering(numbering_xml, styles_xml);
  std::string text;
  collect_paragraphs(doc.child("w:document"), numbering, text);
  if (text.empty()) return make_error(ErrorCode::kFormat, path + ": the .docx has no text");
  return text;
}

}  // namespace cppcc::detail
