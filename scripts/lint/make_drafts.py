#!/usr/bin/env python3
"""Writes the drafts with injected mistakes (tests/drafts/injections.tsv) into a folder.

    scripts/lint/make_drafts.py OUT_DIR [--shared ../shared]

For every row it writes OUT_DIR/ID.txt (the base text with the one mistake) and
OUT_DIR/expected.tsv (id, file, rule, line, column). Rows whose base is in the
shared corpus are skipped when the corpus is absent.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MARK = "@@"


def unescape(s):
    s = s.replace("\\n", "\n")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def load_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("id\t"):
                continue
            cols = line.split("\t")
            if len(cols) != 7:
                raise SystemExit(f"{path}: bad row: {line!r}")
            rows.append(cols)
    return rows


def apply(base_text, line_no, find, replace):
    """Returns (drafted text, expected (line, column) of @@ or None)."""
    lines = base_text.split("\n")
    if line_no == 0:  # "*": the first line that contains FIND
        line_no = next((i + 1 for i, l in enumerate(lines) if find in l), 0)
        if line_no == 0:
            raise ValueError(f"no line contains {find!r}")
    target = lines[line_no - 1]
    if find not in target:
        raise ValueError(f"line {line_no} does not contain {find!r}: {target!r}")
    replace = unescape(replace)
    pos = target.index(find)
    new = target[:pos] + replace + target[pos + len(find):]
    where = None
    if MARK in new:
        k = new.index(MARK)
        before = new[:k]
        extra_lines = before.count("\n")
        col = len(before) - (before.rfind("\n") + 1) + 1
        where = (line_no + extra_lines, col)
        new = new.replace(MARK, "", 1)
    lines[line_no - 1] = new
    return "\n".join(lines), where


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--table", default=os.path.join(ROOT, "tests", "drafts", "injections.tsv"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    expected = []
    for rid, base, line, find, replace, rule, expect in load_rows(args.table):
        kind, name = base.split(":", 1)
        path = (os.path.join(ROOT, "tests", "drafts", "base", name) if kind == "draft"
                else os.path.join(args.shared, "corpus", name))
        if not os.path.exists(path):
            print(f"skip {rid}: {path} not found", file=sys.stderr)
            continue
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        drafted, where = apply(text, 0 if line == "*" else int(line), find, replace)
        if expect != "@":
            l, c = expect.split(":")
            where = (int(l), int(c))
        out = os.path.join(args.out, rid + ".txt")
        with open(out, "w", encoding="utf-8", newline="") as f:
            f.write(drafted)
        expected.append((rid, out, rule, where[0], where[1]))
    with open(os.path.join(args.out, "expected.tsv"), "w", encoding="utf-8") as f:
        for e in expected:
            f.write("\t".join(str(x) for x in e) + "\n")
    print(f"{len(expected)} drafts in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
