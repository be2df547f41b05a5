#!/usr/bin/env python3
"""Metamorphic equivalence: every report of the corpus, rewritten in a form
real copies circulate in, must give the model its original gives.

  scripts/equivalence.py --bin build/bin [--corpus ../shared/corpus] [--opencc opencc]

Transforms: s2hk / s2tw (opencc, Simplified -> Traditional), halfwidth
(，：；（）！？ -> ASCII), em-indent (U+3000 indents -> U+2003), unit-space (a
space between a number and its measure word), zwsp-line (a line holding only
U+200B inside a paragraph). Compared with the original: metadata (but script),
number of parts and sections, >= 98% of quantities (line, value, unit), >= 95%
of formulations, the glossary entries; validate: no new errors.
Prints a table per transform and file; exit 1 when a check fails.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_report(path):
    """The report's text: .docx paragraphs one per line, .txt as UTF-8 or GB18030."""
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        lines = []
        for p in root.iter(W + "p"):
            lines.append("".join(t.text or "" for t in p.iter(W + "t")))
        return "\n".join(lines) + "\n"
    data = open(path, "rb").read()
    for enc in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            if enc == "utf-16" and not data[:2] in (b"\xff\xfe", b"\xfe\xff"):
                continue
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


# Each transform returns (text, line_map): line_map[new line] = original line.
def identity_lines(text):
    return {i + 1: i + 1 for i in range(text.count("\n") + 1)}


def opencc(config, cmd):
    def t(text):
        out = subprocess.run(cmd + ["-c", config], input=text.encode(), capture_output=True, check=True).stdout
        return out.decode(), identity_lines(text)
    return t


HALF = str.maketrans("，：；（）！？", ",:;()!?")


def halfwidth(text):
    return text.translate(HALF), identity_lines(text)


def em_indent(text):
    return re.sub(r"(?m)^\u3000+", lambda m: "\u2003" * len(m.group(0)), text), identity_lines(text)


MEASURE = "件项个条场次家人名所万亿千百元公里吨户套台座篇部批类门余多倍"
UNIT_RE = re.compile(r"(\d)([" + MEASURE + "])")


def unit_space(text):
    return UNIT_RE.sub(r"\1 \2", text), identity_lines(text)


def zwsp_line(text):
    """After every 7th line that a non-blank line follows, a line of U+200B."""
    lines = text.split("\n")
    out, line_map, seen = [], {}, 0
    for i, line in enumerate(lines):
        out.append(line)
        line_map[len(out)] = i + 1
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and nxt.strip():
            seen += 1
            if seen % 7 == 0:
                out.append("\u200b")
                line_map[len(out)] = i + 1
    return "\n".join(out), line_map


# The rules about the very form a transform writes: their new findings are
# right (a half-width comma in Chinese text is an error), not a difference
# in the model.
FORM_RULES = {"halfwidth": {"P003"}}


def run_json(cmd):
    r = subprocess.run(cmd, capture_output=True)
    if r.returncode not in (0, 1):
        raise RuntimeError(" ".join(cmd) + ": " + r.stderr.decode(errors="replace")[:300])
    return json.loads(r.stdout)


def norm(v):
    return unicodedata.normalize("NFKC", v) if isinstance(v, str) else v


def count_sections(sections):
    return sum(1 + count_sections(s.get("subsections", [])) for s in sections)


def model(bin_dir, path, line_map=None):
    r = run_json([os.path.join(bin_dir, "cppcc-extract"), path])
    lm = line_map or {}
    md = {k: norm(v) for k, v in r["metadata"].items() if k != "script"}
    q = collections.Counter((lm.get(x["span"]["line"], x["span"]["line"]), x["value"], norm(x["unit"])) for x in r["quantities"])
    v = run_json([os.path.join(bin_dir, "cppcc-validate"), "--format", "json", "--no-config", path])
    errors = collections.Counter(d["code"] for f in v["files"] for d in f["diagnostics"] if d["severity"] == "error")
    return {
        "metadata": md,
        "script": r["metadata"].get("script"),
        "parts": len(r["parts"]),
        "sections": sum(count_sections(p.get("sections", [])) for p in r["parts"]),
        "quantities": q,
        "formulations": collections.Counter(norm(f["text"]) for f in r["formulations"]),
        "glossary": sorted(json.dumps(g.get("term", g.get("text")), ensure_ascii=False) for g in r["glossary"]),
        "errors": errors,
    }


def share(orig, new):
    total = sum(orig.values())
    return 1.0 if total == 0 else sum((orig & new).values()) / total


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True, help="directory of cppcc-extract and cppcc-validate")
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    ap.add_argument("--opencc", default="opencc", help="the opencc command (may hold arguments)")
    ap.add_argument("--transform", action="append", help="run only these (repeatable)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N files")
    a = ap.parse_args()
    cc = a.opencc.split()
    transforms = {"s2hk": opencc("s2hk.json", cc), "s2tw": opencc("s2tw.json", cc), "halfwidth": halfwidth,
                  "em-indent": em_indent, "unit-space": unit_space, "zwsp-line": zwsp_line}
    names = a.transform or list(transforms)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(a.corpus) for f in fs
                   if f.endswith((".txt", ".docx")) and f not in ("README.md",))
    files = [f for f in files if not os.path.basename(f).upper().startswith("README")]
    if a.limit:
        files = files[: a.limit]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        originals = {}
        for f in files:
            text = read_report(f)
            p = os.path.join(tmp, "orig.txt")
            open(p, "w", encoding="utf-8").write(text)
            originals[f] = (text, model(a.bin, p))
        for name in names:
            print(f"\n== {name}")
            print(f"{'file':44} {'meta':>4} {'parts':>7} {'sects':>7} {'qty%':>6} {'form%':>6} {'gloss':>5} {'new err':>7}  ok")
            ok_files = 0
            for f in files:
                text, om = originals[f]
                new_text, lm = transforms[name](text)
                p = os.path.join(tmp, "t.txt")
                open(p, "w", encoding="utf-8").write(new_text)
                try:
                    nm = model(a.bin, p, lm)
                except Exception as e:  # a crash of a tool is a failure of this file
                    print(f"{os.path.relpath(f, a.corpus)[:44]:44} ERROR {e}")
                    failures += 1
                    continue
                meta_ok = nm["metadata"] == om["metadata"]
                q, fo = share(om["quantities"], nm["quantities"]), share(om["formulations"], nm["formulations"])
                new = nm["errors"] - om["errors"]
                new_errors = sum(n for code, n in new.items() if code not in FORM_RULES.get(name, ()))
                ok = (meta_ok and nm["parts"] == om["parts"] and nm["sections"] == om["sections"] and q >= 0.98
                      and fo >= 0.95 and nm["glossary"] == om["glossary"] and new_errors == 0)
                ok_files += ok
                failures += not ok
                print(f"{os.path.relpath(f, a.corpus)[:44]:44} {'=' if meta_ok else 'DIFF':>4} "
                      f"{om['parts']:>3}/{nm['parts']:<3} {om['sections']:>3}/{nm['sections']:<3} {100*q:6.1f} {100*fo:6.1f} "
                      f"{'=' if nm['glossary'] == om['glossary'] else 'DIFF':>5} {new_errors:>7}  {'ok' if ok else 'FAIL'}")
                if new_errors:
                    print(f"    new errors: {dict((c, n) for c, n in new.items() if c not in FORM_RULES.get(name, ()))}")
                if nm["parts"] != om["parts"] or nm["sections"] != om["sections"] or nm["glossary"] != om["glossary"]:
                    print(f"    structure: parts {om['parts']}/{nm['parts']} sections {om['sections']}/{nm['sections']}"
                          f" glossary {'same' if nm['glossary'] == om['glossary'] else 'differs'}")
                if not meta_ok:
                    diff = {k: (om['metadata'].get(k), v) for k, v in nm["metadata"].items() if om["metadata"].get(k) != v}
                    print(f"    metadata: {json.dumps(diff, ensure_ascii=False)}")
            print(f"{name}: {ok_files}/{len(files)} files equivalent")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
