#!/usr/bin/env python3
"""What `cppcc-validate --fix` would change in published reports (issue 16: "--fix changes nothing
correct in any published report").

    scripts/lint/fix_corpus.py BUILD_DIR/bin/cppcc-validate [CORPUS_DIR]   (default ../shared/corpus)

Every .txt of the corpus (recursively) is copied to a temporary folder and fixed there with
`--fix --no-config`; every .docx (which --fix refuses) is shown with `--diff`. Each changed line is
printed as `file:line: before -> after` around the change, with the rule of the fix; the last line
counts files and changes. Exit 0 when no published text changes, 1 when one does (each change must
then be shown to be a real mistake of the report, or the fix is wrong).
"""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile


def changed_lines(before, after):
    """(line number, old line, new line) of the lines a fix rewrote."""
    a, b = before.split("\n"), after.split("\n")
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            for k in range(max(i2 - i1, j2 - j1)):
                out.append((i1 + k + 1, a[i1 + k] if i1 + k < i2 else "", b[j1 + k] if j1 + k < j2 else ""))
    return out


def window(old, new):
    """The stretch of OLD and NEW around their first difference."""
    i = 0
    while i < min(len(old), len(new)) and old[i] == new[i]:
        i += 1
    j = 0
    while j < min(len(old), len(new)) - i and old[-1 - j] == new[-1 - j]:
        j += 1
    lo = max(0, i - 12)
    return old[lo:len(old) - j + 8], new[lo:len(new) - j + 8]


def main():
    validate = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../../shared/corpus")
    tmp = tempfile.mkdtemp()
    files = changes = 0
    for folder, _dirs, names in sorted(os.walk(root)):
        for name in sorted(names):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            if name.endswith(".docx"):
                files += 1
                r = subprocess.run([validate, "--no-config", "--diff", "-q", path], capture_output=True, text=True)
                for line in r.stdout.splitlines():
                    if line.startswith(("-", "+")) and not line.startswith(("---", "+++")):
                        changes += line.startswith("+")
                        print(f"{rel}: {line}")
            elif name.endswith(".txt"):
                files += 1
                copy = os.path.join(tmp, name)
                shutil.copyfile(path, copy)
                r = subprocess.run([validate, "--no-config", "--fix", "--format", "json", "-q", copy],
                                   capture_output=True)
                before, after = open(path, "rb").read(), open(copy, "rb").read()
                if before == after:
                    continue
                # The copy keeps the report's encoding; compare them as text of that encoding.
                for enc in ("utf-8-sig", "utf-16", "gb18030"):
                    try:
                        old, new = before.decode(enc), after.decode(enc)
                        break
                    except UnicodeDecodeError:
                        continue
                for number, a, b in changed_lines(old, new):
                    changes += 1
                    wa, wb = window(a, b)
                    print(f"{rel}:{number}: {wa!r} -> {wb!r}")
    print(f"{files} files, {changes} changed lines")
    return 1 if changes else 0


if __name__ == "__main__":
    sys.exit(main())
