// Reading an HTML page: decode it (BOM, meta charset or detection), parse it
// with gumbo (HTML5 tree building, and a source position for every text node),
// find the article and write its blocks as paragraphs, each code point
// remembering the page bytes it came from.
#include <algorithm>
#include <memory>

#include "text/decode.h"
#include "text/html.h"

namespace cppcc::detail {

namespace {

constexpr size_t kMaxPageBytes = 16u << 20;  // a report page is well under 1 MiB; gumbo needs ~10x the input

struct OutputCloser {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_CENTER: case GUMBO_TAG_HR: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0; }

/// CJK text and full-width punctuation: a line break between two of these is no space.
bool is_wide(char32_t c) { return utf8::width(c) == 2; }

/// Accumulates the extracted text and an Origin per code point.
class Writer {
 public:
  explicit Writer(const SourceText& page) : page_(page) {}

  /// One code point of a text node, from page bytes [begin, end) of the decoded page.
  void put(char32_t c, size_t begin, size_t end) {
    if (is_space(c)) {
      if (!line_empty()) {
        space_ = true;
        space_newline_ = space_newline_ || c == '\n' || c == '\r';
      }
      return;
    }
    if (breaks_ && !out_.empty()) {
      for (int i = 0; i < breaks_; ++i) synthesize('\n');
    } else if (space_ && !(space_newline_ && is_wide(last_) && is_wide(c))) {
      synthesize(' ');
    }
    breaks_ = 0;
    space_ = space_newline_ = false;
    Origin o;
    o.text_offset = static_cast<uint32_t>(out_.size());
    o.begin = static_cast<uint32_t>(page_.original_offset(begin));
    o.end = static_cast<uint32_t>(page_.original_offset(end));
    o.at = page_.location(begin);
    o.after = page_.location(end);
    origins_.push_back(o);
    utf8::append(out_, c);
    last_ = c;
    han_ += utf8::is_cjk(c);
  }
  /// A paragraph break (2) or a line break (1) before the next text.
  void request_break(int n) {
    if (!out_.empty()) breaks_ = std::max(breaks_, n);
    space_ = space_newline_ = false;
  }
  void cell_separator() {
    if (!line_empty()) {
      synthesize('\t');
      space_ = space_newline_ = false;
    }
  }
  size_t size() const { return out_.size(); }
  size_t han() const { return han_; }
  /// Drops everything written since SIZE (a block that turned out to be furniture).
  void truncate(size_t size, size_t origins, size_t han, char32_t last) {
    out_.resize(size);
    origins_.resize(origins);
    han_ = han;
    last_ = last;
  }
  size_t origin_count() const { return origins_.size(); }
  char32_t last() const { return last_; }
  std::string_view text_since(size_t at) const { return std::string_view(out_).substr(at); }
  std::string take_text() {
    if (!out_.empty()) synthesize('\n');
    return std::move(out_);
  }
  std::vector<Origin> take_origins() { return std::move(origins_); }

 private:
  bool line_empty() const { return out_.empty() || out_.back() == '\n' || breaks_ > 0; }
  void synthesize(char c) {
    Origin o;
    if (!origins_.empty()) {
      o = origins_.back();
      o.begin = o.end;
      o.at = o.after;
    }
    o.text_offset = static_cast<uint32_t>(out_.size());
    origins_.push_back(o);
    out_ += c;
    last_ = static_cast<char32_t>(c);
  }
  const SourceText& page_;
  std::string out_;
  std::vector<Origin> origins_;
  int breaks_ = 0;
  bool space_ = false, space_newline_ = false;
  char32_t last_ = 0;
  size_t han_ = 0;
};

/// Writes a text node: walks its decoded text and its source (entities and
/// CR LF undone by the parser) side by side to give each code point its bytes.
void put_text(Writer& w, const GumboText& t, std::string_view page) {
  const std::string_view decoded = t.text;
  const size_t base = t.original_text.data ? static_cast<size_t>(t.original_text.data - page.data()) : t.start_pos.offset;
  const std::string_view raw =
      base <= page.size() ? page.substr(base, std::min(t.original_text.length, page.size() - base)) : std::string_view();
  size_t r = 0;
  for (size_t d = 0; d < decoded.size();) {
    size_t len = 0;
    const char32_t c = utf8::decode(decoded, d, &len);
    size_t from = base + std::min(r, raw.size()), to = from;
    size_t entity = r;  // end of a character reference at r, if there is one
    if (r < raw.size() && raw[r] == '&') {
      entity = r + 1;
      if (entity < raw.size() && raw[entity] == '#') ++entity;
      while (entity < raw.size() && entity - r < 40 && std::isalnum(static_cast<unsigned char>(raw[entity]))) ++entity;
      if (entity < raw.size() && raw[entity] == ';') ++entity;
      // "&foo" the parser kept as it is is no reference.
      if (raw.substr(r, entity - r) == decoded.substr(d, entity - r)) entity = r;
    }
    if (entity > r) {
      r = entity;
      to = base + r;
    } else if (r < raw.size() && raw.substr(r, len) == decoded.substr(d, len)) {
      to = from + len;
      r += len;
    } else if (r < raw.size() && raw[r] == '\r') {
      r += r + 1 < raw.size() && raw[r + 1] == '\n' ? 2 : 1;
      to = base + r;
    }
    w.put(c, from, to);
    d += len;
  }
}

void write_node(Writer& w, const GumboNode* n, std::string_view page);

void write_children(Writer& w, const GumboNode* n, std::string_view page) {
  const GumboVector* kids = children_of(n);
  if (!kids) return;
  for (unsigned i = 0; i < kids->length; ++i) write_node(w, static_cast<const GumboNode*>(kids->data[i]), page);
}

/// Link text and all text of a subtree, for the link-density test.
void measure(const GumboNode* n, bool in_link, size_t* all, size_t* linked) {
  if (n->type == GUMBO_NODE_TEXT) {
    const size_t k = utf8::length(n->v.text.text);
    *all += k;
    if (in_link) *linked += k;
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT || is_dropped_element(n)) return;
  const bool link = in_link || n->v.element.tag == GUMBO_TAG_A;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) measure(static_cast<const GumboNode*>(kids.data[i]), link, all, linked);
}

void write_node(Writer& w, const GumboNode* n, std::string_view page) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
    put_text(w, n->v.text, page);
    return;
  }
  if (n->type == GUMBO_NODE_DOCUMENT) {
    write_children(w, n, page);
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return;
  if (is_dropped_element(n) || is_boilerplate(n)) return;
  const GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_BR) {
    w.request_break(1);
    return;
  }
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
    w.cell_separator();
    write_children(w, n, page);
    return;
  }
  if (!is_block(tag)) {
    write_children(w, n, page);
    return;
  }
  // A list of links (related articles, 上一篇/下一篇) is furniture even without a telling class.
  if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_P ||
      tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_DL) {
    size_t all = 0, linked = 0;
    measure(n, false, &all, &linked);
    if (linked >= 4 && linked * 2 >= all) return;
  }
  w.request_break(2);
  const size_t size = w.size(), origins = w.origin_count(), han = w.han();
  const char32_t last = w.last();
  write_children(w, n, page);
  if (tag != GUMBO_TAG_BODY && is_furniture_text(w.text_since(size)))
    w.truncate(size, origins, han, last);
  w.request_break(2);
}

}  // namespace

Expected<SourceText> html_to_source(std::string bytes, const std::string& path, const DecodeOptions& options) {
  if (bytes.size() > kMaxPageBytes) {
    return make_error(ErrorCode::kFormat, path + ": the HTML page is " + std::to_string(bytes.size() >> 20) +
                                              " MiB; pages over 16 MiB are not read");
  }
  DecodeOptions page_options = options;
  if (page_options.encoding == Encoding::kHtml) page_options.encoding.reset();
  if (!page_options.encoding) {
    auto declared = html_declared_encoding(bytes, path);
    if (!declared) return declared.error();
    page_options.encoding = *declared;
  }
  auto page = SourceText::decode(path, bytes, page_options);
  if (!page && !options.encoding) {
    // A page labelled gb2312 that is really UTF-8 (or the reverse) is common; detection decides.
    DecodeOptions detect = options;
    detect.encoding.reset();
    auto detected = SourceText::decode(path, bytes, detect);
    if (detected) page = std::move(detected);
  }
  if (!page) return page.error();
  const std::string_view html = page->text();

  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 1000;  // the error list is not used; keep it from growing with the page
  std::unique_ptr<GumboOutput, OutputCloser> tree(
      gumbo_parse_with_options(&gumbo_options, html.data(), html.size()));
  if (!tree) return make_error(ErrorCode::kFormat, path + ": the HTML parser gave up on this page");

  const Article article = find_article(tree->document);
  Writer w(*page);
  for (const GumboNode* lead : article.lead) write_node(w, lead, html);
  if (article.root) write_node(w, article.root, html);
  if (w.han() < 20) {
    return make_error(ErrorCode::kFormat,
                      path + ": no report text in this HTML page (" + std::to_string(article.han) +
                          " Chinese characters outside menus, links and scripts); is it an index or a frame page?");
  }
  std::string text = w.take_text();
  return SourceText::from_extracted(path, Encoding::kHtml, std::move(text), std::move(bytes), w.take_origins());
}

}  // namespace cppcc::detail
