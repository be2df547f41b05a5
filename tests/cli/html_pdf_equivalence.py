#!/usr/bin/python3
"""The model of a report read from its web page and from its PDF equals the
model of its text copy: same metadata, same parts and sections, and at least
97% of the quantities (value, unit, indicator). Prints the numbers per file.

  html_pdf_equivalence.py CPPCC_EXTRACT FIXTURE_DIR [--known-gap NAME.SUFFIX]... REPORT.txt...
Exit 0 when every copy passes, 1 otherwise. A known gap (a copy that is known
to differ, listed with its reason by the caller) is reported, not failed."""
import collections
import json
import os
import subprocess
import sys

BOUND = 0.97


def model(extract, path):
    r = subprocess.run([extract, path], capture_output=True, timeout=300)
    if r.returncode != 0:
        return None, r.stderr.decode("utf-8", "replace").strip()
    return json.loads(r.stdout), ""


def outline(m):
    return [(p.get("kind"), p.get("label"), p.get("heading"),
             [(s.get("label"), s.get("heading")) for s in p.get("sections", [])]) for p in m.get("parts", [])]


def quantities(m):
    return collections.Counter((q.get("value"), q.get("unit"), q.get("indicator")) for q in m.get("quantities", []))


def main(argv):
    extract, fixtures, rest = argv[0], argv[1], argv[2:]
    known, reports = set(), []
    while rest:
        if rest[0] == "--known-gap" and len(rest) > 1:
            known.add(rest[1])
            rest = rest[2:]
        else:
            reports.append(rest.pop(0))
    failed = 0
    for report in reports:
        name = os.path.basename(report)[:-4]
        want, err = model(extract, report)
        if want is None:
            print(f"{name}: the text copy does not parse: {err}")
            failed += 1
            continue
        wq = quantities(want)
        for suffix in (".utf8.html", ".gb2312.html", ".pdf"):
            copy = os.path.join(fixtures, name + suffix)
            if not os.path.exists(copy):
                print(f"{name}{suffix}: missing")
                failed += 1
                continue
            got, err = model(extract, copy)
            if got is None:
                print(f"{name}{suffix}: FAIL: {err}")
                failed += 1
                continue
            problems = []
            if got["metadata"] != want["metadata"]:
                diff = {k: (want["metadata"].get(k), got["metadata"].get(k)) for k in want["metadata"]
                        if want["metadata"].get(k) != got["metadata"].get(k)}
                problems.append(f"metadata differs {json.dumps(diff, ensure_ascii=False)}")
            if outline(got) != outline(want):
                problems.append(f"parts/sections differ ({len(outline(want))} parts in the text, {len(outline(got))} here)")
            total = sum(wq.values())
            same = sum((quantities(got) & wq).values())
            ratio = same / total if total else 1.0
            if ratio < BOUND:
                problems.append(f"quantities {same}/{total}")
            gap = name + suffix in known
            verdict = ("known gap: " if gap else "FAIL ") + "; ".join(problems) if problems else "ok"
            if gap and not problems:
                verdict = "ok (listed as a known gap: take it off the list)"
            print(f"{name}{suffix}: {verdict}: quantities {same}/{total} = {ratio:.1%}, {len(got['quantities'])} found")
            failed += bool(problems) and not gap
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
