// Internal: reading an HTML page's article (docs/input-formats.md).
#pragma once

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cppcc/expected.h"
#include "cppcc/text.h"

namespace cppcc::detail {

/// True when BYTES start like an HTML document (a doctype, <html>, <head> or <meta> near the top).
bool looks_like_html(std::string_view bytes);

/// The encoding BYTES declare: a BOM, else <meta charset> or the http-equiv
/// Content-Type in the first 4 KiB. nullopt when nothing usable is declared
/// (Latin-only charsets cannot hold a report, so their label is not trusted).
/// An error for a declared Chinese or Unicode charset that is not read.
Expected<std::optional<Encoding>> html_declared_encoding(std::string_view bytes, const std::string& path);

/// Reads the article of the HTML page BYTES read from PATH: its paragraphs as
/// lines, spans pointing at the page's bytes.
Expected<SourceText> html_to_source(std::string bytes, const std::string& path, const DecodeOptions& options);

/// The part of a parsed page that holds the report: ROOT and everything in
/// it, plus the title-like blocks before it listed in LEAD (document order).
struct Article {
  const GumboNode* root = nullptr;
  std::vector<const GumboNode*> lead;
  size_t han = 0;  ///< Han characters outside links and boilerplate in the whole page
};
Article find_article(const GumboNode* document);

/// The children of a document or element node (nullptr for others).
inline const GumboVector* children_of(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
  return nullptr;
}

/// Elements that never hold report text (scripts, styles, forms, media, menus).
bool is_dropped_element(const GumboNode* node);
/// An element whose class or id names page furniture (navigation, breadcrumbs,
/// footers, related links, share buttons, ...), or a top-level header/footer/nav/aside.
bool is_boilerplate(const GumboNode* node);
/// A short block that is page furniture by its words (发布时间, 来源：, 打印本页, ...).
bool is_furniture_text(std::string_view text);

}  // namespace cppcc::detail
