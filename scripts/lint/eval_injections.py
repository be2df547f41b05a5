#!/usr/bin/env python3
"""Recall and precision of cppcc-validate on mistakes injected at random places.

    scripts/lint/eval_injections.py BUILD_DIR/bin/cppcc-validate REPORT... [--per-kind 5] [--seed 1]

For every report and every kind of mistake below, picks up to N random places where
the mistake can be made, makes it (one at a time), and checks that cppcc-validate
reports a NEW finding on that line (one the clean report does not have there), and
that no new error appears on any other line. Prints recall per kind and overall.
The kinds are generic edits a drafter makes; they are not tied to the rules' code.
"""
import argparse
import collections
import json
import random
import re
import subprocess
import sys
import tempfile
import os

TRAD = {"协": "協", "议": "議", "会": "會", "国": "國", "发": "發", "员": "員", "为": "為", "实": "實"}


def kinds():
    """name -> function(text, rng) -> (new_text, offset) or None."""
    def sub_at(text, rng, pattern, repl):
        ms = list(re.finditer(pattern, text))
        if not ms:
            return None
        m = rng.choice(ms)
        r = repl(m) if callable(repl) else repl
        return text[:m.start()] + r + text[m.end():], m.start()

    return {
        "doubled-de": lambda t, r: sub_at(t, r, "的", "的的"),
        "halfwidth-comma": lambda t, r: sub_at(t, r, "(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])", ","),
        "doubled-period": lambda t, r: sub_at(t, r, "。(?=[\u4e00-\u9fff])", "。。"),
        "doubled-comma": lambda t, r: sub_at(t, r, "，", "，，"),
        "dropped-close-quote": lambda t, r: (lambda res: res and (res[0], res[1]))(
            sub_at(t, r, "“[^”\n]{1,12}”", lambda m: m.group(0)[:-1])),
        "straight-quotes": lambda t, r: sub_at(t, r, "“([^”\n]{1,12})”", lambda m: '"' + m.group(1) + '"'),
        "zero-width": lambda t, r: sub_at(t, r, "(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", "\u200b"),
        "traditional-char": lambda t, r: sub_at(t, r, "[" + "".join(TRAD) + "]", lambda m: TRAD[m.group(0)]),
        "two-digit-year": lambda t, r: sub_at(t, r, "(?<![0-9])20(2[0-9])年(?=[0-9]{1,2}月)", lambda m: m.group(1) + "年"),
        "space-before-percent": lambda t, r: sub_at(t, r, "(?<=[0-9])%", " %"),
        "title-mark-lt": lambda t, r: sub_at(t, r, "《(?=[\u4e00-\u9fff])", "<"),
        "single-dash": lambda t, r: sub_at(t, r, "——(?=[\u4e00-\u9fff])", "—"),
        "arabic-ordinal": lambda t, r: sub_at(t, r, "第十四届", "第14届"),
        "short-thought-name": lambda t, r: sub_at(t, r, "习近平新时代中国特色社会主义思想", "习近平思想"),
        "numbering-skip": lambda t, r: sub_at(t, r, "(?m)^([（(]?)二([）)]|、)", lambda m: m.group(1) + "三" + m.group(2)),
        "paren-mark-after-label": lambda t, r: sub_at(t, r, "(?m)^（([一二三四五六七八九十]+)）", lambda m: m.group(0) + "、"),
        "heading-period": lambda t, r: sub_at(t, r, "(?m)^(一、[^。\n]{4,30})$", lambda m: m.group(1) + "。"),
        "mixed-numerals": lambda t, r: sub_at(t, r, "(?<![0-9.])([1-9])([0-9])000(?![0-9])", lambda m: m.group(1) + "万" + m.group(2) + "千"),
        "range-drops-percent": lambda t, r: sub_at(t, r, "(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)%", lambda m: m.group(1) + "～" + str(int(float(m.group(1))) + 5) + "%"),
        "straight-ellipsis": lambda t, r: sub_at(t, r, "……", "..."),
    }


def line_col(text, offset):
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def decode_report(data):
    """(text, encoding) of a corpus report: UTF-8 (with or without BOM), else GB18030."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    raise SystemExit("cannot decode a report as UTF-8 or GB18030")


def lint(validate, path):
    out = subprocess.run([validate, "--no-config", "--format", "json", path], capture_output=True, text=True).stdout
    return json.loads(out)["files"][0]["diagnostics"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("validate")
    ap.add_argument("reports", nargs="+")
    ap.add_argument("--per-kind", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    stats = collections.defaultdict(lambda: [0, 0])
    new_errors = 0
    tmp = tempfile.mkdtemp()
    for report in args.reports:
        text, encoding = decode_report(open(report, "rb").read())  # the corpus has one GB18030 copy
        base = lint(args.validate, report)
        base_keys = collections.Counter((d["line"], d["code"]) for d in base)
        for kind, make in kinds().items():
            for _ in range(args.per_kind):
                made = make(text, rng)
                if not made:
                    break
                drafted, offset = made
                line, _col = line_col(drafted, offset)
                path = os.path.join(tmp, "draft.txt")
                open(path, "w", encoding="gb18030" if encoding == "gb18030" else "utf-8").write(drafted)
                found = lint(args.validate, path)
                keys = collections.Counter((d["line"], d["code"]) for d in found)
                added = keys - base_keys
                hit = any(l == line for (l, _c) in added)
                stats[kind][0] += hit
                stats[kind][1] += 1
                stray = [d for d in found if d["severity"] == "error" and abs(d["line"] - line) > 1
                         and base_keys[(d["line"], d["code"])] == 0 and d["code"][0] != "S"]
                new_errors += len(stray)
                if args.verbose and (not hit or stray):
                    print(f"{'MISS' if not hit else 'STRAY'} {kind} {os.path.basename(report)}:{line}: "
                          f"{drafted.splitlines()[line - 1][:60]!r} {[(d['code'], d['line']) for d in stray][:3]}")
    total_hit = sum(h for h, _ in stats.values())
    total = sum(n for _, n in stats.values())
    for kind, (h, n) in sorted(stats.items()):
        print(f"{kind:<24}{h:>4}/{n:<4}")
    print(f"{'all':<24}{total_hit:>4}/{total:<4} = {100.0 * total_hit / max(total, 1):.1f}% caught on their line; "
          f"{new_errors} new errors elsewhere")


if __name__ == "__main__":
    main()
