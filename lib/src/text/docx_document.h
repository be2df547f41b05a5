// Internal: the paragraphs of word/document.xml, pulled through a streaming
// XML reader so that neither the depth nor the size of the XML decides the
// memory or the stack the reader takes.
#pragma once

#include <functional>
#include <string>

#include "cppcc/expected.h"
#include "text/docx_numbering.h"

namespace cppcc::detail {

/// Fills BUF with up to LEN bytes of the XML; returns how many, 0 at the end,
/// -1 on failure (the caller keeps its own message of why).
using XmlChunkReader = std::function<int(char* buf, int len)>;

/// The deepest element nesting accepted: Word's deepest (tables in tables,
/// text boxes) stay far below; only hostile files go deeper.
inline constexpr int kMaxDocxXmlDepth = 200;

/// Word writes about 55 bytes of XML an element; a document.xml averaging
/// fewer than this many bytes an element under the input limit is made of
/// empty elements to exhaust readers (each costs the XML reader ~0.5 µs).
inline constexpr uint64_t kMinDocxBytesPerElement = 32;

/// One line per <w:p> (a text box's paragraphs after the paragraph holding
/// it), with the labels NUMBERING draws. PATH names the file in messages; the
/// text may not grow beyond MAX_BYTES, nor the elements beyond MAX_BYTES /
/// kMinDocxBytesPerElement.
Expected<std::string> docx_document_text(const XmlChunkReader& read, DocxNumbering& numbering,
                                         const std::string& path, uint64_t max_bytes);

}  // namespace cppcc::detail
