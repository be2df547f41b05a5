#!/usr/bin/env python3
"""Scores linters on drafts with injected mistakes.

    score_linters.py DRAFT_DIR FINDINGS.jsonl

DRAFT_DIR holds the drafts and expected.tsv (scripts/lint/make_drafts.py) and clean/ with the
base texts; FINDINGS.jsonl has one {tool, file, line, column, message} per finding.
For each tool:
  caught  = injected mistakes with a NEW finding on their line: one the clean base text does
            not have on that line (AutoCorrect's spacing-only suggestions never count);
            exact = such a finding also at the mistake's column
  missed  = the others
  false   = findings on the clean base texts, plus findings on a draft that are neither on
            the injected line nor already present on the base text
"""
import collections
import json
import os
import sys


def main():
    draft_dir, findings_path = sys.argv[1], sys.argv[2]
    expected = [l.rstrip("\n").split("\t") for l in open(os.path.join(draft_dir, "expected.tsv"), encoding="utf-8")]
    bases = {l.rstrip("\n").split("\t")[0]: l.rstrip("\n").split("\t")[1]
             for l in open(os.path.join(draft_dir, "bases.tsv"), encoding="utf-8")}
    by = collections.defaultdict(list)  # (tool, file) -> findings
    tools = []
    for line in open(findings_path, encoding="utf-8"):
        f = json.loads(line)
        if f["tool"] not in tools:
            tools.append(f["tool"])
        by[(f["tool"], os.path.abspath(f["file"]))].append(f)
    clean_files = sorted({os.path.abspath(p) for p in bases.values()})
    print(f"{len(expected)} injected mistakes in {len(expected)} drafts; {len(clean_files)} clean base texts\n")
    print(f"{'tool':<16}{'caught':>8}{'exact':>8}{'missed':>8}{'false':>8}   per rule missed")
    for tool in tools:
        caught = exact = 0
        false = sum(len(by[(tool, c)]) for c in clean_files)
        missed_rules = []
        for rid, path, rule, line, col in expected:
            found = by[(tool, os.path.abspath(path))]
            line, col = int(line), int(col)
            base_on_line = collections.Counter(f["message"] for f in by[(tool, os.path.abspath(bases[rid]))]
                                               if f["line"] == line)
            on_line = []
            for f in found:
                if f["line"] != line or f.get("spacing_only"):
                    continue
                if base_on_line[f["message"]] > 0:
                    base_on_line[f["message"]] -= 1
                    continue
                on_line.append(f)
            if on_line:
                caught += 1
                exact += any(f["column"] == col for f in on_line)
            else:
                missed_rules.append(rule)
            base = os.path.abspath(bases[rid])
            base_keys = {(f["line"], f["message"]) for f in by[(tool, base)]}
            false += sum(1 for f in found if f["line"] != line and (f["line"], f["message"]) not in base_keys
                         and abs(f["line"] - line) > 0)
        print(f"{tool:<16}{caught:>8}{exact:>8}{len(expected) - caught:>8}{false:>8}   {' '.join(missed_rules)}")


if __name__ == "__main__":
    main()
