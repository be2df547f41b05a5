#!/usr/bin/env python3
"""Checks that every quantity's value is exactly the number its surface writes.

Runs `cppcc-extract --format jsonl --select quantities,parts` over the corpus
(directories are searched recursively), reads each value as a decimal (not a
float) and compares it with this script's own reading of the surface:
4.06万亿元 must be 4060000000000, not 4059999999999.9995; 6%—6.5% must be
value 6 and value_max 6.5. Fractions (三分之一, 1/4) are skipped: no decimal
holds them.

Ranges: every surface that joins two numbers by a range mark (- － — —— – ～ ~ 〜 至 到)
must have a value_max, and every `X%—Y%` / `X—Y%` written in a source text must
be covered by one quantity with both ends (a miss is listed as "range not read").

Five-year figures (--five-year, on by default for files whose review part covers
several years, such as gov-report-national-2018): a review-part figure whose
sentence says the term (五年来, 过去五年, 这五年, 五年, 累计, 年均) and whose clause
is not a from–to pair (从/由…到) or a level (达到, 覆盖, 占, 提高到, 增至) must have the period
{first, last, years} of its part. Prints how many do.

    scripts/check_values.py                       # ../shared/corpus
    scripts/check_values.py --bin build/bin/cppcc-extract DIR_OR_FILE ...

Prints the number of quantities checked and every mismatch.
Exit status: 0 when every value matches, 1 if any differs, 2 on trouble.
Needs only Debian 12's python3.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3,
          "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8,
          "捌": 8, "九": 9, "玖": 9}
POWERS = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3, "万": 4, "萬": 4, "亿": 8, "億": 8}
BETWEEN = ("多", "余")  # 30多万, 500余万: approximations between number and multiplier
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def load_unit_surfaces():
    """Unit surfaces that start with a numeral character (千瓦, 百分点): a numeral stops there."""
    out = []
    with open(os.path.join(ROOT, "data", "units.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            surface = line.split("\t")[0]
            if surface and (surface[0] in POWERS or surface[0] in DIGITS):
                out.append(surface)
    return tuple(out)


UNIT_STARTS = load_unit_surfaces()


def normalize(s):
    s = s.translate(INVISIBLE)
    out = []
    for i, c in enumerate(s):
        if "０" <= c <= "９":
            c = chr(ord(c) - 0xFEE0)
        elif c == "．":
            c = "."
        elif c == "," and 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit():
            continue  # thousands separator
        out.append(c)
    return "".join(out)


def chinese_integer(run):
    """Value of a Chinese integer numeral (一千二百, 一万二, 十五, 万亿 → 10^12)."""
    yi = wan = section = Decimal(0)
    digit = None
    last_power = None
    for k, c in enumerate(run):
        if c in DIGITS:
            digit = DIGITS[c]
            continue
        p = POWERS[c]
        if p < 4:
            section += Decimal(1 if digit is None else digit) * (Decimal(10) ** p)
        elif p == 4:
            cur = section + (digit or 0)
            if not cur and not wan and not yi:
                cur = 1  # 万亿 (突破万亿元)
            wan = (wan + cur) * Decimal(10) ** 4
            section = Decimal(0)
        else:
            yi = (yi + wan + section + (digit or 0)) * Decimal(10) ** 8
            wan = section = Decimal(0)
        digit = None
        last_power = p
    if digit is not None:
        if last_power is not None and last_power >= 2 and run[-2] in POWERS:  # 一万二, 三百五
            digit = Decimal(digit) * Decimal(10) ** {8: 7, 4: 3}.get(last_power, last_power - 1)
        section += digit
    return yi + wan + section


def at_unit(s, i):
    return any(s.startswith(u, i) for u in UNIT_STARTS)


def read_multipliers(s, i):
    """Powers of ten of 百千万亿 after a number, stopping where a unit starts (万千瓦)."""
    exp = 0
    while i < len(s) and s[i] in POWERS and POWERS[s[i]] >= 2 and not at_unit(s, i):
        exp += POWERS[s[i]]
        i += 1
    return exp, i


def read_numbers(surface):
    """The numbers of SURFACE in order, as (Decimal, had_multiplier)."""
    s = normalize(surface)
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if s.startswith(("百分之", "千分之"), i):
            i += 3
            continue
        if c.isdigit() and c.isascii():
            j = i
            while j < len(s) and (s[j].isdigit() or (s[j] == "." and j + 1 < len(s) and s[j + 1].isdigit())):
                j += 1
            value = Decimal(s[i:j])
        elif c in DIGITS or c in POWERS:
            j = i
            while j < len(s) and (s[j] in DIGITS or s[j] in POWERS) and not at_unit(s, j):
                j += 1
            run = s[i:j]
            if not run:  # a unit such as 千瓦 with no number before it
                i += 1
                continue
            # trailing 百千万亿 are multipliers of the number, like after Arabic digits
            while len(run) > 1 and run[-1] in POWERS and POWERS[run[-1]] >= 4:
                run = run[:-1]
                j -= 1
            value = chinese_integer(run)
            if s.startswith(("点", "點"), j) and j + 1 < len(s) and s[j + 1] in DIGITS:
                k = j + 1
                frac = ""
                while k < len(s) and s[k] in DIGITS:
                    frac += str(DIGITS[s[k]])
                    k += 1
                value += Decimal("0." + frac)
                j = k
        else:
            i += 1
            continue
        exp = 0
        for _ in range(2):  # 4万多亿: multiplier, approximation, multiplier
            if s.startswith(BETWEEN, j):
                j += 1
            e, j = read_multipliers(s, j)
            exp += e
        total = value.scaleb(exp)
        if exp >= 4 and c.isascii():  # 1万6千, 1亿3千多万: lower places after the multiplier
            place = Decimal(10) ** exp
            while j < len(s) and s[j].isdigit():
                k = j
                while k < len(s) and s[k].isdigit():
                    k += 1
                if k >= len(s) or s[k] not in POWERS or POWERS[s[k]] < 2:
                    break
                pe = POWERS[s[k]]
                k += 1
                if s.startswith(BETWEEN, k):
                    k += 1
                if exp >= 8 and s.startswith("万", k):
                    pe += 4
                    k += 1
                part = Decimal(s[j:k].rstrip("".join(POWERS) + "".join(BETWEEN))).scaleb(pe)
                if part >= place:
                    break
                total += part
                place = part
                j = k
        out.append((total, exp > 0))
        i = max(j, i + 1)
    return out


def expected_values(q):
    nums = read_numbers(q["surface"])
    if not nums:
        return None
    if q["value_max"] is None:
        return nums[0][0], None
    if len(nums) < 2:
        return nums[0][0], None
    (lo, lo_scaled), (hi, hi_scaled) = nums[0], nums[1]
    if hi_scaled and not lo_scaled:  # 3至5万人: the multiplier scales both ends
        lo = lo.scaleb(_multiplier_exponent(q["surface"]))
    return lo, hi


def _multiplier_exponent(surface):
    """The power of ten the last number's multiplier applies (3至5万 → 4)."""
    s = normalize(surface)
    exp = 0
    for c in s[::-1]:
        if c in POWERS and POWERS[c] >= 4:
            exp += POWERS[c]
        elif exp:
            break
    return exp


RANGE_MARKS = "-－—–～~〜至到"
# Two numbers joined by range marks, a percent on both ends or on the high end only.
RANGE_IN_TEXT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?%?(?:——|—|－|～|〜)\d+(?:\.\d+)?%")
TERM_WORDS = ("五年来", "过去五年", "这五年", "五年", "累计", "年均")
CLAUSE_SPLIT = re.compile(r"[，,；;。！？：]")
SENTENCE_SPLIT = re.compile(r"[。！？；]")


def joins_two_numbers(surface):
    """True when SURFACE is 'number mark number' (6%—6.5%, 8至10项, 1.1万～2.3万亩)."""
    s = normalize(surface)
    return re.search(r"[\d一二三四五六七八九十百千万亿%][" + re.escape(RANGE_MARKS) + r"]+[\d一二三四五六七八九十]", s) is not None


def check_ranges(path, quantities):
    """Written X%—Y% ranges of PATH that no quantity covers with both ends."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except (OSError, UnicodeDecodeError):
        return []
    by_line = {}
    for q in quantities:
        by_line.setdefault(int(q["span"]["line"]), []).append(q)
    missed = []
    for n, text in enumerate(lines, 1):
        for m in RANGE_IN_TEXT.finditer(text):
            if not any(normalize(m.group(0)) in normalize(q["surface"]) and q["value_max"] is not None
                       for q in by_line.get(n, [])):
                missed.append((n, m.group(0)))
    return missed


def five_year_figures(path, doc):
    """(figures, with the term's period) over the review parts of DOC that cover several years."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except (OSError, UnicodeDecodeError):
        return 0, 0, []
    parts = [p for p in doc.get("parts", []) if p.get("kind") == "review" and p.get("years")
             and p["years"]["first"] < p["years"]["last"]]
    if not parts:
        return 0, 0, []
    starts = sorted(((int(p["span"]["line"]), k, p) for k, p in enumerate(doc.get("parts", []))), key=lambda t: t[:2])
    figures = ok = 0
    wrong = []
    for q in doc.get("quantities", []):
        line = int(q["span"]["line"])
        part = None
        for start, _, p in starts:
            if start <= line:
                part = p
        if part not in parts or q.get("status") == "threshold":
            continue
        text = lines[line - 1]
        col = int(q["span"]["column"]) - 1
        sentence_from = max([m.end() for m in SENTENCE_SPLIT.finditer(text, 0, col)] or [0])
        clause_from = max([m.end() for m in CLAUSE_SPLIT.finditer(text, 0, col)] or [0])
        clause_end = CLAUSE_SPLIT.search(text, col)
        clause = text[clause_from:clause_end.start() if clause_end else len(text)]
        sentence = text[sentence_from:col]
        if not any(w in sentence for w in TERM_WORDS):
            continue
        if re.search(r"[从由].*[到至]", clause) or any(w in clause for w in ("达到", "覆盖", "占")):
            continue
        if re.search(r"[到至达]$", text[clause_from:col]):  # 提高到90%, 增至88家: a level reached
            continue
        figures += 1
        period = q.get("period") or {}
        want = (part["years"]["first"], part["years"]["last"])
        if period.get("kind") == "years" and (period.get("from"), period.get("to")) == want:
            ok += 1
        else:
            wrong.append((line, q["surface"], period))
    return figures, ok, wrong


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="*", default=[os.path.join(ROOT, "..", "shared", "corpus")])
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin", "cppcc-extract"))
    args = ap.parse_args()
    cmd = [args.bin, "--format", "jsonl", "--select", "quantities,parts", "--lossy", *args.inputs]
    try:
        proc = subprocess.run(cmd, capture_output=True, check=False)
    except OSError as e:
        print(f"check_values: cannot run {args.bin}: {e}", file=sys.stderr)
        return 2
    if proc.returncode not in (0, 1):
        print(f"check_values: {' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode(errors='replace')}",
              file=sys.stderr)
        return 2
    checked = skipped = files = ranges = 0
    bad = []
    range_misses = []
    five = []
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line, parse_float=Decimal, parse_int=Decimal)
        files += 1
        for q in doc.get("quantities", []):
            if q["kind"] == "fraction":
                skipped += 1
                continue
            want = expected_values(q)
            if want is None:
                bad.append((doc["source"]["path"], q, "no number in the surface"))
                continue
            got = (q["value"], q["value_max"])
            checked += 1
            if joins_two_numbers(q["surface"]):
                ranges += 1
                if q["value_max"] is None:
                    bad.append((doc["source"]["path"], q, "a range without value_max"))
            if got[0] != want[0] or (want[1] is not None and got[1] != want[1]) or \
                    (got[1] is not None and want[1] is None):
                bad.append((doc["source"]["path"], q, f"expected {want[0]:f}" +
                            (f"–{want[1]:f}" if want[1] is not None else "")))
        range_misses += [(doc["source"]["path"], n, t) for n, t in check_ranges(doc["source"]["path"], doc["quantities"])]
        figures, ok, wrong = five_year_figures(doc["source"]["path"], doc)
        if figures:
            five.append((doc["source"]["path"], figures, ok, wrong))
    if files == 0:
        print("check_values: the extractor gave no report", file=sys.stderr)
        return 2
    for path, q, why in bad:
        print(f"{path}:{q['span']['line']}: {q['surface']}: value {q['value']}"
              f"{'' if q['value_max'] is None else '–' + str(q['value_max'])}: {why}")
    for path, n, text in range_misses:
        print(f"{path}:{n}: {text}: range not read")
    for path, figures, ok, wrong in five:
        print(f"{path}: five-year figures {ok}/{figures} carry the term's years ({ok / figures:.1%})")
        for line, surface, period in wrong:
            print(f"  {path}:{line}: {surface}: period {period}")
    print(f"{files} files, {checked} values checked ({ranges} ranges), {skipped} fractions skipped, "
          f"{len(bad)} differ, {len(range_misses)} written ranges not read")
    short = [f for f in five if f[2] < 0.95 * f[1]]
    return 1 if bad or range_misses or short else 0


if __name__ == "__main__":
    sys.exit(main())
