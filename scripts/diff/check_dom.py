#!/usr/bin/env python3
"""Checks the DOM Chromium rendered from cppcc-diff's HTML page.

usage: check_dom.py PAGE.html DOM.html PAGE.png [INDICATOR-EXPECTED-CHANGED]
"""
import re
import struct
import sys
from html.parser import HTMLParser


class Page(HTMLParser):
    """Collects visible text, element counts, ids and external references."""

    def __init__(self):
        super().__init__()
        self.text = []
        self.tags = {}
        self.ids = set()
        self.external = []
        self.classes = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if "class" in a:
            self.classes.append(a["class"])
        for k in ("src", "href", "xlink:href"):
            if k in a and re.match(r"\s*(https?:)?//", a[k] or ""):
                self.external.append(a[k])
        if tag in ("style", "script"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", head[16:24])


def main():
    page_path, dom_path, png_path = sys.argv[1:4]
    expect = sys.argv[4] if len(sys.argv) > 4 else ""
    source = open(page_path, encoding="utf-8").read()
    dom = Page()
    dom.feed(open(dom_path, encoding="utf-8").read())
    text = " ".join(" ".join(dom.text).split())
    failures = []

    def check(ok, what):
        print(("ok: " if ok else "FAIL: ") + what)
        if not ok:
            failures.append(what)

    check(not dom.external and "@import" not in source and "url(" not in source,
          "no network references (src/href/@import/url())")
    check(dom.tags.get("script", 0) == 0, "no scripts")
    check("verdict" in dom.ids and ("The reports differ." in text or "No differences." in text),
          "the verdict is visible")
    check(all(i in dom.ids for i in ("summary", "figures", "sections", "text")),
          "summary, figures, sections and text sections present")
    check(dom.tags.get("svg", 0) >= 1, "at least one inline SVG chart")
    check("Changed figures" in text, "the changed-figures heading is visible")
    check(dom.tags.get("del", 0) + dom.tags.get("ins", 0) >= 1, "the aligned text diff shows deletions/insertions")
    if expect:
        changed_rows = [c for c in dom.classes if c == "figure changed"]
        check(len(changed_rows) == 1, f"exactly one changed figure row ({len(changed_rows)})")
        check(expect in text, f"the changed indicator {expect} is visible")
    w, h = png_size(png_path)
    check(w >= 800 and h >= 600, f"screenshot {w}x{h}")
    print(f"visible text: {len(text)} characters; {dom.tags.get('tr', 0)} table rows; "
          f"{dom.tags.get('svg', 0)} svg")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
