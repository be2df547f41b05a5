#!/usr/bin/env python3
"""Checks the DOM Chromium rendered from cppcc-diff's HTML page.

usage: check_dom.py PAGE.html DOM.html PAGE.png [INDICATOR-EXPECTED-CHANGED] [--title TEXT]... [--groups N]

--title TEXT: the page's <title> must contain TEXT (a report's name).
--groups N: the changed figures fill at least N part/period groups.
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


class Figures(HTMLParser):
    """The changed-figure rows (group section, part and period cells), the
    charts' bar fills, and the <title>."""

    def __init__(self):
        super().__init__()
        self.stack = []        # open sections: (id, is a figure group)
        self.rows = []         # (group id, [cell texts]) of tr.figure.changed
        self.row = None
        self.cell = None
        self.fills = set()     # fill of every bar of every chart
        self.charts_outside = 0  # changed-figure charts outside a group
        self.in_chart = 0
        self.title = ""
        self.in_title = False

    def group(self):
        return next((i for i, g in reversed(self.stack) if g), None)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "section":
            self.stack.append((a.get("id"), "figure-group" in cls))
        elif tag == "svg" and "chart" in cls:
            self.in_chart += 1
            if any(i == "figures" for i, _ in self.stack) and not self.group():
                self.charts_outside += 1
        elif tag == "rect" and self.in_chart:
            self.fills.add(a.get("fill"))
        elif tag == "tr" and "figure" in cls and "changed" in cls:
            self.row = []
        elif tag == "td" and self.row is not None:
            self.cell = []
        elif tag == "title":
            self.in_title = True

    def handle_endtag(self, tag):
        if tag == "section" and self.stack:
            self.stack.pop()
        elif tag == "svg" and self.in_chart:
            self.in_chart -= 1
        elif tag == "td" and self.cell is not None:
            self.row.append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append((self.group(), self.row))
            self.row = None
        elif tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)
        if self.in_title:
            self.title += data


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", head[16:24])


def main():
    args = sys.argv[1:]
    titles, groups = [], 0
    while "--title" in args:
        k = args.index("--title")
        titles.append(args[k + 1])
        del args[k:k + 2]
    if "--groups" in args:
        k = args.index("--groups")
        groups = int(args[k + 1])
        del args[k:k + 2]
    page_path, dom_path, png_path = args[:3]
    expect = args[3] if len(args) > 3 else ""
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
    figs = Figures()
    figs.feed(open(dom_path, encoding="utf-8").read())
    for t in titles:
        check(t in figs.title, f"the page title names {t} ({figs.title!r})")
    # Colours that do not claim up is good: every bar of every chart one fill,
    # and a rise and a fall styled alike (the arrow says which).
    check(len(figs.fills) <= 1, f"one colour for all bars, rises and falls alike ({sorted(map(str, figs.fills))})")
    up_down = re.findall(r"\.up\s*,\s*\.down\s*\{", source)
    check(bool(up_down) and not re.search(r"(?<![,\w-])\.(up|down)\s*\{", source), "rises and falls share one style")
    # Five-year and annual figures apart, review and plan apart: each changed
    # figure sits in the group of its part and period, and no chart outside one.
    misplaced = [(g, r[:3]) for g, r in figs.rows if len(r) < 3 or g != f"figures-{r[1]}-{r[2]}"]
    check(bool(figs.rows) or "No figure changed value." in text, f"{len(figs.rows)} changed figure rows")
    check(not misplaced, f"every changed figure in the group of its part and period ({misplaced[:3]})")
    seen = sorted({g for g, _ in figs.rows if g})
    check(len(seen) >= groups, f"changed figures in at least {groups} part/period groups ({seen})")
    check(figs.charts_outside == 0, f"no figure chart outside a part/period group ({figs.charts_outside})")
    w, h = png_size(png_path)
    check(w >= 800 and h >= 600, f"screenshot {w}x{h}")
    print(f"visible text: {len(text)} characters; {dom.tags.get('tr', 0)} table rows; "
          f"{dom.tags.get('svg', 0)} svg")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
