// word/document.xml through libxml2's pull reader (xmlTextReader): it keeps
// only the current element's ancestors, so memory follows the depth (bounded
// here) and the output, never the size of the XML, and nothing recurses.
// Each <w:p> becomes one line: its w:t text, w:tab as a tab, w:br and w:cr
// as a space; the paragraphs of a text box inside a paragraph follow it.
#include "text/docx_document.h"

#include <libxml/xmlreader.h>

#include <algorithm>
#include <memory>
#include <string_view>
#include <vector>

#include "text/decode.h"

namespace cppcc::detail {

namespace {

struct ReaderFree {
  void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};

/// The first error libxml2 reports, kept instead of printed.
struct XmlError {
  std::string message;
  int line = 0;
};

void keep_first_error(void* arg, xmlErrorPtr error) {
  auto* kept = static_cast<XmlError*>(arg);
  if (!error || !kept->message.empty()) return;
  kept->message = error->message ? error->message : "malformed XML";
  while (!kept->message.empty() && (kept->message.back() == '\n' || kept->message.back() == ' '))
    kept->message.pop_back();
  kept->line = error->line;
}

int pull(void* context, char* buffer, int len) { return (*static_cast<const XmlChunkReader*>(context))(buffer, len); }
int no_close(void*) { return 0; }

std::string_view name_of(xmlTextReader* r) {
  const xmlChar* n = xmlTextReaderConstName(r);
  return n ? std::string_view(reinterpret_cast<const char*>(n)) : std::string_view();
}

std::string attribute(xmlTextReader* r, const char* name) {
  xmlChar* v = xmlTextReaderGetAttribute(r, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

/// A <w:p> being read.
struct OpenParagraph {
  int depth = 0;
  ParagraphListRef ref;
  bool labelled = false;
  std::string label, text;
  std::string later;  ///< the finished lines of paragraphs nested in this one
  // Where the reader is inside this paragraph (-1: not inside).
  int ppr_depth = -1, num_pr_depth = -1;
  bool ppr_seen = false, style_seen = false, num_id_seen = false, ilvl_seen = false;
  int text_depth = -1;    ///< inside a w:t: its text children are the run's text
  int opaque_depth = -1;  ///< inside w:t, w:tab, w:br or w:cr: no further runs
};

class ParagraphCollector {
 public:
  explicit ParagraphCollector(DocxNumbering& numbering) : numbering_(numbering) {}

  void start_element(xmlTextReader* r, std::string_view name, int depth, bool empty) {
    if (name == "w:p") {
      label_open_paragraphs();  // labels count in document order: the holder first
      open_.push_back(OpenParagraph{});
      open_.back().depth = depth;
      if (empty) end_paragraph();
      return;
    }
    if (open_.empty()) return;
    OpenParagraph& p = open_.back();
    if (depth == p.depth + 1 && name == "w:pPr" && !p.ppr_seen) {
      p.ppr_seen = true;
      if (!empty) p.ppr_depth = depth;
    } else if (p.ppr_depth >= 0 && depth == p.ppr_depth + 1) {
      if (name == "w:pStyle" && !p.style_seen) {
        p.style_seen = true;
        p.ref.style = attribute(r, "w:val");
      } else if (name == "w:numPr" && !p.ref.has_num_pr) {
        p.ref.has_num_pr = true;
        if (!empty) p.num_pr_depth = depth;
      }
    } else if (p.num_pr_depth >= 0 && depth == p.num_pr_depth + 1) {
      if (name == "w:numId" && !p.num_id_seen) {
        p.num_id_seen = true;
        p.ref.num_id = attribute(r, "w:val");
      } else if (name == "w:ilvl" && !p.ilvl_seen) {
        p.ilvl_seen = true;
        p.ref.ilvl = attribute(r, "w:val");
      }
    }
    if (p.opaque_depth >= 0) return;
    if (name == "w:t") {
      if (!empty) p.text_depth = p.opaque_depth = depth;
    } else if (name == "w:tab" || name == "w:br" || name == "w:cr") {
      p.text += name == "w:tab" ? '\t' : ' ';
      if (!empty) p.opaque_depth = depth;
    }
  }

  void end_element(std::string_view name, int depth) {
    if (open_.empty()) return;
    OpenParagraph& p = open_.back();
    if (depth == p.depth && name == "w:p") {
      end_paragraph();
      return;
    }
    if (depth == p.ppr_depth) p.ppr_depth = -1;
    if (depth == p.num_pr_depth) p.num_pr_depth = -1;
    if (depth == p.text_depth) p.text_depth = -1;
    if (depth == p.opaque_depth) p.opaque_depth = -1;
  }

  void text(std::string_view value, int depth) {
    if (open_.empty()) return;
    OpenParagraph& p = open_.back();
    if (p.text_depth >= 0 && depth == p.text_depth + 1) p.text += value;
  }

  /// Finished lines, in order; open paragraphs still hold theirs.
  std::string& out() { return out_; }
  size_t pending_bytes() const {
    size_t n = 0;
    for (const OpenParagraph& p : open_) n += p.text.size() + p.later.size();
    return n;
  }

 private:
  void label_open_paragraphs() {
    for (OpenParagraph& p : open_)
      if (!p.labelled) {
        p.label = numbering_.next_label(p.ref);
        p.labelled = true;
      }
  }

  void end_paragraph() {
    label_open_paragraphs();
    OpenParagraph done = std::move(open_.back());
    open_.pop_back();
    std::string& into = open_.empty() ? out_ : open_.back().later;
    into += done.label;
    into += done.text;
    into += '\n';
    into += done.later;
  }

  DocxNumbering& numbering_;
  std::vector<OpenParagraph> open_;
  std::string out_;
};

}  // namespace

Expected<std::string> docx_document_text(const XmlChunkReader& read, DocxNumbering& numbering,
                                         const std::string& path, uint64_t max_bytes) {
  const uint64_t max_elements = std::max<uint64_t>(max_bytes / kMinDocxBytesPerElement, 1);
  // libxml2 initialises itself lazily, which is not thread-safe: batches read
  // several .docx at once. A function-local static runs exactly once.
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
  const std::string where = path + ": word/document.xml";
  // No DTD loading, no network, no entity expansion: a document.xml needs none.
  std::unique_ptr<xmlTextReader, ReaderFree> reader(
      xmlReaderForIO(pull, no_close, const_cast<XmlChunkReader*>(&read), "word/document.xml", nullptr,
                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!reader) return make_error(ErrorCode::kFormat, where + ": cannot start the XML reader");
  XmlError error;
  xmlTextReaderSetStructuredErrorHandler(reader.get(), keep_first_error, &error);

  ParagraphCollector collector(numbering);
  bool in_document = false;
  uint64_t nodes = 0, elements = 0;
  int rc;
  while ((rc = xmlTextReaderRead(reader.get())) == 1) {
    const int type = xmlTextReaderNodeType(reader.get());
    const int depth = xmlTextReaderDepth(reader.get());
    if (depth > kMaxDocxXmlDepth) {
      return make_error(ErrorCode::kFormat,
                        where + ": line " + std::to_string(xmlTextReaderGetParserLineNumber(reader.get())) +
                            ": elements nest more than " + std::to_string(kMaxDocxXmlDepth) +
                            " deep; Word never writes that, so the file is damaged or was made to break readers");
    }
    if (depth == 0 && type == XML_READER_TYPE_ELEMENT) in_document = name_of(reader.get()) == "w:document";
    if (!in_document) continue;
    switch (type) {
      case XML_READER_TYPE_ELEMENT:
        if (++elements > max_elements) {
          return make_error(ErrorCode::kFormat,
                            where + ": line " + std::to_string(xmlTextReaderGetParserLineNumber(reader.get())) +
                                ": more than " + std::to_string(max_elements) +
                                " XML elements, far more than Word writes for this input limit (a file made of "
                                "empty elements); --max-bytes N raises both");
        }
        collector.start_element(reader.get(), name_of(reader.get()), depth,
                                xmlTextReaderIsEmptyElement(reader.get()) == 1);
        break;
      case XML_READER_TYPE_END_ELEMENT:
        collector.end_element(name_of(reader.get()), depth);
        break;
      case XML_READER_TYPE_TEXT:
      case XML_READER_TYPE_CDATA:
      case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      case XML_READER_TYPE_WHITESPACE:
        if (const xmlChar* v = xmlTextReaderConstValue(reader.get()))
          collector.text(reinterpret_cast<const char*>(v), depth);
        break;
      default:
        break;
    }
    // Summing the open paragraphs costs their number: every 1024 nodes is enough.
    if ((++nodes & 1023) == 0 && collector.out().size() + collector.pending_bytes() > max_bytes) {
      return make_error(ErrorCode::kFormat, where + ": the text is " + input_limit_message(max_bytes));
    }
  }
  if (rc < 0) {
    std::string message = error.message.empty() ? "malformed XML" : error.message;
    if (message.find("Excessive depth") != std::string::npos) {
      message = "elements nest more than " + std::to_string(kMaxDocxXmlDepth) +
                " deep; Word never writes that, so the file is damaged or was made to break readers";
    }
    return make_error(ErrorCode::kFormat,
                      where + (error.line > 0 ? ": line " + std::to_string(error.line) : std::string()) + ": " +
                          message);
  }
  if (collector.out().size() > max_bytes) {
    return make_error(ErrorCode::kFormat, where + ": the text is " + input_limit_message(max_bytes));
  }
  return std::move(collector.out());
}

}  // namespace cppcc::detail
