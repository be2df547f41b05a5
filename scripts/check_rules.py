#!/usr/bin/env python3
"""Checks that every lint rule in lib/src/lint/rules.def has everything a rule needs:

  - its source file   lib/src/lint/rules/<category>/<name with _>.cc defining check_<function>
  - its doc page      docs/rules/<name>.md (sections What / Why / Example / Fix) and a row
                      in docs/rules/README.md
  - its test folder   tests/rules/<name>/ with fail.txt, pass.txt, expected.txt
  - an injected mistake in tests/drafts/injections.tsv

Exit 0 when all is there, 1 with one line per problem otherwise.
    scripts/check_rules.py [REPO_ROOT]
"""
import os
import re
import sys

CATEGORY_DIRS = {"kStructure": "structure", "kGlossary": "glossary", "kNumbers": "numbers",
                 "kPunctuation": "punctuation", "kText": "text"}
LETTERS = {"kStructure": "S", "kGlossary": "G", "kNumbers": "N", "kPunctuation": "P", "kText": "T"}


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    table = open(os.path.join(root, "lib/src/lint/rules.def"), encoding="utf-8").read()
    rows = re.findall(r'^CPPCC_RULE\((\w+), "([a-z0-9-]+)", (\w+), (\w+), (\w+), (true|false),', table, re.M)
    problems = []
    if len(rows) < 30:
        problems.append(f"only {len(rows)} rules in rules.def (at least 30 wanted)")
    readme = open(os.path.join(root, "docs/rules/README.md"), encoding="utf-8").read() \
        if os.path.exists(os.path.join(root, "docs/rules/README.md")) else ""
    injections = open(os.path.join(root, "tests/drafts/injections.tsv"), encoding="utf-8").read()
    injected_rules = {line.split("\t")[5] for line in injections.splitlines()
                      if line and not line.startswith("#") and not line.startswith("id\t")}
    seen_codes, seen_names = set(), set()
    for code, name, fn, cat, sev, fixable in rows:
        if code in seen_codes or name in seen_names:
            problems.append(f"{code} {name}: duplicate code or name")
        seen_codes.add(code)
        seen_names.add(name)
        if not re.fullmatch(r"[SGNPT]\d{3}", code) or code[0] != LETTERS.get(cat):
            problems.append(f"{code} {name}: code does not match category {cat}")
        if fn != name.replace("-", "_"):
            problems.append(f"{code} {name}: function {fn} should be {name.replace('-', '_')}")
        src = os.path.join(root, "lib/src/lint/rules", CATEGORY_DIRS.get(cat, "?"), fn + ".cc")
        if not os.path.exists(src):
            problems.append(f"{code} {name}: missing source {os.path.relpath(src, root)}")
        elif f"void check_{fn}(Context& ctx)" not in open(src, encoding="utf-8").read():
            problems.append(f"{code} {name}: {os.path.relpath(src, root)} does not define check_{fn}")
        doc = os.path.join(root, "docs/rules", name + ".md")
        if not os.path.exists(doc):
            problems.append(f"{code} {name}: missing doc page docs/rules/{name}.md")
        else:
            text = open(doc, encoding="utf-8").read()
            if not text.startswith(f"# {code} {name}"):
                problems.append(f"{code} {name}: doc page title should be '# {code} {name}'")
            for section in ("## What", "## Why", "## Example", "## Fix"):
                if section not in text:
                    problems.append(f"{code} {name}: doc page lacks '{section}'")
        if f"[{name}]({name}.md)" not in readme:
            problems.append(f"{code} {name}: no row in docs/rules/README.md")
        tests = os.path.join(root, "tests/rules", name)
        for f in ("fail.txt", "pass.txt", "expected.txt"):
            if not os.path.exists(os.path.join(tests, f)):
                problems.append(f"{code} {name}: missing tests/rules/{name}/{f}")
        if code not in injected_rules:
            problems.append(f"{code} {name}: no injected mistake in tests/drafts/injections.tsv")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"{len(rows)} rules: source, doc page, tests and injected mistake present")
    return 0


if __name__ == "__main__":
    sys.exit(main())
