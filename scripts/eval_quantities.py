#!/usr/bin/env python3
"""Scores the quantity extractor against the hand-made gold in tests/gold.

For every tests/gold/<slug>.quantities.tsv it runs
    build/bin/cppcc-extract --format json ../shared/corpus/<slug>.txt
and prints, per file: precision and recall (a quantity is right when its line
(±1), unit and value match a gold row), indicator accuracy over the matched
quantities, and target recall (gold plan targets that come out is_target).

    scripts/eval_quantities.py                    # all gold files
    scripts/eval_quantities.py -v jiangmen-cppcc-2025   # one file, list misses
    scripts/eval_quantities.py --cmd 'mytool {file}'    # another extractor (JSON on stdout)

Indicator match: equal after removing quotes, brackets and spaces, or one
contains the other and the shorter is at least half as long. The `strict`
column counts only equal ones (the named thing, not "contains"); --strict
makes it the indicator bar's measure and lists every strict miss with -v.

Gold files with `status`, `period` and `change` columns (outcome/target/
forecast/threshold; 2017, 2013-2017, as_of:2024, since:2021; base/direction/
measure such as 上年/up/percent; '-' for none) also get, over the matched
quantities, the share whose field equals the gold (a field the extractor does
not write counts as '-'). These have no bars.
A gold whose annotators covered only figures written with Arabic digits says so in
a `# scope: arabic` line; output without a digit (三分之二, 两倍, 第二位) is then left out
of its score, as output off its eval-lines is.
A slug's text is looked for under --corpus recursively (cppcc-excerpts/…).
Exit status: 0 when every file meets the bars (--no-bars: always 0), 1 if not, 2 on trouble.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BARS = {"precision": 0.95, "recall": 0.95, "indicator": 0.85, "targets": 1.0}
FIELDS = ("status", "period", "change")  # scored when the gold has them


def period_text(p):
    """A JSON period {from, to, kind} in the gold's notation."""
    if not p:
        return "-"
    kind, a, b = p.get("kind"), p.get("from"), p.get("to")
    if kind == "years":
        return f"{a}-{b}"
    if kind in ("as_of", "since"):
        return f"{kind}:{b if kind == 'as_of' else a}"
    return str(a if a is not None else b)


def change_text(c):
    if not c:
        return "-"
    return f"{c.get('base', '')}/{c.get('direction', '')}/{c.get('measure', '')}"


def parse_line_ranges(spec):
    """'9-12,14,27' → set of line numbers."""
    lines = set()
    for part in spec.split(","):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-")
            lines.update(range(int(a), int(b) + 1))
        elif part:
            lines.add(int(part))
    return lines


def read_gold(path):
    """Rows of a gold TSV, the annotated lines (None: the whole file) and the scope ('all' or 'arabic')."""
    rows = []
    only = None
    scope = "all"
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# eval-lines:"):
                only = parse_line_ranges(line.split(":", 1)[1])
                continue
            if line.startswith("# scope:"):
                scope = (line.split(":", 1)[1].split() or ["all"])[0]
                continue
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            r = dict(zip(header, cols))
            rows.append({"line": int(r["line"]), "surface": r["surface"], "value": float(r["value"]),
                         "unit": r["unit"], "indicator": r.get("indicator", ""),
                         "is_target": r.get("is_target", "false") == "true",
                         **{k: r[k] for k in FIELDS if k in r}})
    return rows, only, scope


def has_digit(surface):
    return any("0" <= c <= "9" or "０" <= c <= "９" for c in surface)


def run_extractor(cmd_template, binary, text_path):
    if cmd_template:
        cmd = shlex.split(cmd_template.replace("{file}", shlex.quote(text_path)))
    else:
        cmd = [binary, "--format", "json", text_path]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()[:500]}")
    data = json.loads(proc.stdout)
    if isinstance(data, list):  # one report per input file
        data = data[0]
    out = []
    for q in data.get("quantities", []):
        out.append({"line": int(q["span"]["line"]), "surface": q.get("surface", ""), "value": float(q["value"]),
                    "unit": q.get("unit", ""), "indicator": q.get("indicator", ""),
                    "is_target": bool(q.get("is_target", False)),
                    "status": q.get("status") or "-", "period": period_text(q.get("period")),
                    "change": change_text(q.get("change"))})
    return out


def norm(s):
    return "".join(ch for ch in s if ch not in "“”‘’\"《》「」 \t　")


def indicator_strict(pred, gold):
    return norm(pred) == norm(gold)


def indicator_ok(pred, gold, strict=False):
    p, g = norm(pred), norm(gold)
    if strict:
        return p == g
    if not p or not g:
        return p == g
    if p == g:
        return True
    short, long_ = sorted((p, g), key=len)
    return short in long_ and len(short) * 2 >= len(long_)


def same_value(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def score(gold, pred, strict=False):
    used = set()
    pairs = []
    for g in gold:
        best = None
        for k, p in enumerate(pred):
            if k in used or p["unit"] != g["unit"] or not same_value(p["value"], g["value"]):
                continue
            d = abs(p["line"] - g["line"])
            if d <= 1 and (best is None or d < best[0]):
                best = (d, k)
        if best is not None:
            used.add(best[1])
            pairs.append((g, pred[best[1]]))
    matched = len(pairs)
    missed = [g for g in gold if not any(g is a for a, _ in pairs)]
    extra = [p for k, p in enumerate(pred) if k not in used]
    ind_ok = [(g, p) for g, p in pairs if indicator_ok(p["indicator"], g["indicator"], strict)]
    ind_bad = [(g, p) for g, p in pairs if not indicator_ok(p["indicator"], g["indicator"], strict)]
    n_strict = sum(1 for g, p in pairs if indicator_strict(p["indicator"], g["indicator"]))
    gold_targets = [g for g in gold if g["is_target"]]
    targets_ok = [g for g, p in pairs if g["is_target"] and p["is_target"]]
    targets_missed = [g for g in gold_targets if not any(g is t for t in targets_ok)]
    fields = {}
    for f in FIELDS:
        scored = [(g, p) for g, p in pairs if f in g]
        if scored:
            fields[f] = (sum(1 for g, p in scored if g[f] == p[f]) / len(scored),
                         [(g, p) for g, p in scored if g[f] != p[f]])
    return {
        "fields": fields,
        "gold": len(gold), "predicted": len(pred), "matched": matched,
        "precision": matched / len(pred) if pred else 1.0,
        "recall": matched / len(gold) if gold else 1.0,
        "indicator": len(ind_ok) / matched if matched else 1.0,
        "strict": n_strict / matched if matched else 1.0,
        "targets": len(targets_ok) / len(gold_targets) if gold_targets else 1.0,
        "n_targets": len(gold_targets),
        "missed": missed, "extra": extra, "ind_bad": ind_bad, "targets_missed": targets_missed,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("slugs", nargs="*", help="gold names (default: all in tests/gold)")
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin", "cppcc-extract"))
    ap.add_argument("--cmd", help="extractor command with {file}, printing the JSON contract")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--gold-dir", default=os.path.join(ROOT, "tests", "gold"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, extras and wrong indicators")
    ap.add_argument("--no-bars", action="store_true")
    ap.add_argument("--strict", action="store_true", help="an indicator is right only when equal to the gold's")
    args = ap.parse_args()

    slugs = args.slugs or sorted(f[: -len(".quantities.tsv")] for f in os.listdir(args.gold_dir)
                                 if f.endswith(".quantities.tsv"))
    all_ok = True
    print(f"{'file':32} {'gold':>5} {'out':>5} {'P':>6} {'R':>6} {'ind':>6} {'strict':>6} {'targets':>8}")
    for slug in slugs:
        text = os.path.join(args.corpus, slug + ".txt")
        for root, _, files in os.walk(args.corpus):
            if not os.path.exists(text) and slug + ".txt" in files:
                text = os.path.join(root, slug + ".txt")
        if not os.path.exists(text):
            print(f"{slug}: no corpus file {text}", file=sys.stderr)
            return 2
        gold, only, scope = read_gold(os.path.join(args.gold_dir, slug + ".quantities.tsv"))
        try:
            pred = run_extractor(args.cmd, args.bin, text)
        except (OSError, RuntimeError, ValueError, KeyError) as e:
            print(f"{slug}: cannot run the extractor: {e}", file=sys.stderr)
            return 2
        if only is not None:  # partial gold: score only the annotated lines
            pred = [p for p in pred if p["line"] in only]
        if scope == "arabic":  # the annotators left out figures written in words
            pred = [p for p in pred if has_digit(p["surface"])]
        s = score(gold, pred, args.strict)
        ok = all(s[k] >= v for k, v in BARS.items())
        all_ok = all_ok and ok
        print(f"{slug:32} {s['gold']:5} {s['predicted']:5} {s['precision']:6.1%} {s['recall']:6.1%} "
              f"{s['indicator']:6.1%} {s['strict']:6.1%} {s['targets']:7.0%}{'' if ok else '  below bar'}")
        if s["fields"]:
            print(" " * 33 + ", ".join(f"{f} {share:.1%}" for f, (share, _) in s["fields"].items()))
        if args.verbose:
            for g in s["missed"]:
                print(f"  missed  L{g['line']} {g['surface']} = {g['value']:g} {g['unit']} [{g['indicator']}]")
            for p in s["extra"]:
                print(f"  extra   L{p['line']} {p['surface']} = {p['value']:g} {p['unit']} [{p['indicator']}]")
            for g, p in s["ind_bad"]:
                print(f"  indic.  L{g['line']} {g['surface']}: got [{p['indicator']}] want [{g['indicator']}]")
            for g in s["targets_missed"]:
                print(f"  target  L{g['line']} {g['surface']} not flagged is_target")
            for f, (_, wrong) in s["fields"].items():
                for g, p in wrong:
                    print(f"  {f:7} L{g['line']} {g['surface']}: got {p[f]} want {g[f]}")
    return 0 if all_ok or args.no_bars else 1


if __name__ == "__main__":
    sys.exit(main())
