#!/usr/bin/env python3
"""False alarms of the content-rule data of data/rules/ on the published reports of the corpus.

    scripts/lint/check_rule_data.py [--corpus ../shared/corpus] [--data data] [--doubles FILE]
                                    [--suggest-sources]

Every report under the corpus (recursively; .txt in UTF-8 or GB18030, .docx read through
zipfile, one line per paragraph) is a published text, so no "wrong" form a table derives may
occur in it. For each table the wrong forms are:
  rules/formulation_table.tsv  a numbered formulation with another count (两个维护 → 三个维护)
  rules/institutions.tsv       the garbles derived from each form by garbles() (会议 → 议会, 委员会 → 委会)
  rules/leader_titles.tsv      the shortened forms of a title (习总书记)
  rules/confusables.tsv        the misspelling (十四界, 布署)
  rules/ordinals.tsv           a meeting or term named in a report dated before it opened
                               (党的二十大 may be named from the nineteenth congress on)
Each hit is printed as FILE:LINE: TABLE: WRONG (ROW). It also checks that every source
`file:line` of a row holds the row's form there, that formulation_table.tsv agrees with the three
lists it merges, and that every line of the legitimate-doubles test file doubles something. Exit 0 when all is clean, 1 on a hit or a bad source, 2 when the
corpus or a table cannot be read (exit 77 when the corpus is absent and CI is not set, so that a
ctest run without ../shared skips). --suggest-sources prints the first occurrence of rows whose
source is `@`.
"""
import argparse
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_injections import decode_report  # same reading of UTF-8 / GB18030 reports

HAN = "\u4e00-\u9fff"
# X in institutions.tsv: a place name, ending the way Chinese place names end.
PLACE = f"[{HAN}]{{1,7}}?(?:自治区|省|市|县|区|州|盟|旗)"
NUMERALS = "一二三四五六七八九"
SOURCE = re.compile(r"([\w./-]+\.(?:txt|docx)):(\d+)")


def chinese_number(n):
    """1..99 as written in an ordinal or a count (十四, 二十); 2 as a count is also 两."""
    if n < 10:
        return NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else NUMERALS[tens - 1]) + "十" + (NUMERALS[ones - 1] if ones else "")


ORDINAL_VALUE = {chinese_number(n): n for n in range(1, 40)}


def docx_paragraphs(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
            for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)]


def read_corpus(root):
    """{relative path: [lines]} of every report under root (not the PROVENANCE/README files)."""
    reports = {}
    for folder, _dirs, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            if name.endswith(".docx"):
                reports[rel] = docx_paragraphs(path)
            elif name.endswith(".txt"):
                reports[rel] = decode_report(open(path, "rb").read())[0].split("\n")
    return reports


def read_table(path):
    """Rows of a TSV table as dicts keyed by its header row; # lines are comments."""
    rows, header = [], None
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise ValueError(f"{path}:{number}: {len(cells)} columns, the header has {len(header)}")
        rows.append(dict(zip(header, cells), _line=number))
    return rows


NUMERAL = "[一二三四五六七八九十]"


def form_pattern(form, numeral=False):
    """Regex of a table form: X is a place name; with NUMERAL (confusables.tsv) N is an ordinal in
    Chinese numerals (two numerals or more where the form starts with it); a space may be any run
    of blanks."""
    parts = [re.escape(p) for p in form.split("X")]
    pattern = PLACE.join(parts).replace("\\ ", "\\s*")
    if not numeral:
        return re.compile(pattern)
    if pattern.startswith("N"):
        pattern = f"(?<!{NUMERAL}){NUMERAL}{{2,}}" + pattern[1:]
    return re.compile(pattern.replace("N", f"(?<!{NUMERAL}){NUMERAL}+"))


def head_guard(garble):
    """The look-behind a head cut carries ((?<!国)人民政治协商会议), or ""."""
    return garble[:garble.find(")") + 1] if garble.startswith("(?<!") else ""


def garbles(form, full_name, cut="-", head="-"):
    """Garbled forms of an institution name, as (regex, not_followed_by) pairs.

    Two neighbouring characters swapped, one inner character dropped, or the last character cut
    (then only where the cut character does not follow). Never across X. Measured on the corpus:
    short forms of four characters are only swapped (dropping from 中共中央 gives the 中中央 of
    其中中央, from 全国政协 the 全政协 of 健全政协), a cut is made only in full names of six
    characters or more (人民政协 → 人民政 is in 人民政府), shorter forms are left alone."""
    fixed = form.split("X")
    length = len(form.replace("X", ""))
    if length < 4:
        return []
    out = set()
    for i, part in enumerate(fixed):
        def whole(new_part):
            return "X".join(fixed[:i] + [new_part] + fixed[i + 1:])
        for j in range(len(part) - 1):
            if part[j] != part[j + 1]:
                out.add((whole(part[:j] + part[j + 1] + part[j] + part[j + 2:]), ""))
        for j in range(len(part)):
            inner = not (i == 0 and j == 0) and not (i == len(fixed) - 1 and j == len(part) - 1)
            if inner and len(part) >= 3 and length >= 5:
                out.add((whole(part[:j] + part[j + 1:]), ""))
    if fixed[-1] and full_name and length >= 6:
        out.add((form[:-1], form[-1]))
    if cut != "-" and fixed[-1].endswith(cut) and len(fixed[-1]) > len(cut):
        out.add((form[:-len(cut)], cut[0]))  # the cut word dropped whole: 中国人民政治协商
    if head != "-" and fixed[0].startswith(head) and len(fixed[0]) > len(head):
        # the head word dropped whole: 人民政治协商会议 where 国 does not precede
        out.add(("(?<!" + re.escape(head[-1]) + ")" + form[len(head):], ""))
    return sorted(out)


def report_date(rel, lines):
    """(year, month) of the report's date line, else of its file name with month 12."""
    for line in lines[:15]:
        m = re.search(r"(20\d\d|19\d\d)年(\d{1,2})月\d{1,2}日", line)
        if m:
            return int(m.group(1)), int(m.group(2))
    m = re.search(r"(19|20)\d\d", os.path.basename(rel))
    return (int(m.group(0)), 12) if m else None


def ordinal_mentions(line):
    """(kind, term, session) of every national ordinal named on a line."""
    num = "[一二三四五六七八九十]+"
    found = []
    for m in re.finditer(f"(?:党的|中共)({num})大", line):
        found.append(("cpc-congress", m.group(1), "-"))
    for m in re.finditer(f"({num})届((?:{num}中[、和及]?)+)全会", line):
        for plenum in re.findall(f"({num})中", m.group(2)):
            found.append(("cpc-plenum", m.group(1), plenum))
    for m in re.finditer(f"第?({num})届全国人(?:大|民代表大会)(?:第?({num})次会议)?", line):
        found.append(("npc-session" if m.group(2) else "npc-term", m.group(1), m.group(2) or "-"))
    for m in re.finditer(f"(?:全国政协第?({num})届第?({num})次会议|政协第({num})届全国委员会(?:第({num})次会议)?"
                         f"|第?({num})届全国政协)", line):
        term = m.group(1) or m.group(3) or m.group(5)
        session = m.group(2) or m.group(4)
        found.append(("cppcc-session" if session else "cppcc-term", term, session or "-"))
    return [(k, ORDINAL_VALUE.get(t), "-" if s == "-" else ORDINAL_VALUE.get(s)) for k, t, s in found]


def month(text):
    year, mon = text.split("-")
    return int(year), int(mon)


def confusable_pattern(row):
    """Regex of a confusable's wrong form, not where it sits inside one of its unless strings
    (成功坚持 holds 功坚): before the form, for each such string, it is not both preceded by the
    string's head and followed by the form and the string's tail."""
    wrong = row["wrong"]
    if "N" in wrong:
        return form_pattern(wrong, numeral=True).pattern
    guards = ""
    for u in ([] if row["unless"] == "-" else row["unless"].split("|")):
        at = u.find(wrong)
        if at < 0:
            raise ValueError(f"confusables.tsv:{row['_line']}: {u} does not hold {wrong}")
        head, tail = re.escape(u[:at]), re.escape(u[at + len(wrong):])
        guards += f"(?:(?<!{head})|(?!{re.escape(wrong)}{tail}))"
    return guards + re.escape(wrong)


def wrong_forms(data):
    """(table, row, [(regex, not_followed_by, shown)]) for the tables with fixed wrong forms."""
    out = []
    formulations = {row["formulation"] for row in read_table(os.path.join(data, "rules/formulation_table.tsv"))}
    for row in read_table(os.path.join(data, "rules/formulation_table.tsv")):
        if row["number"] == "-":
            continue
        n = int(row["number"])
        word = chinese_number(n)
        # the count may follow a head that belongs to the formulation (中央 of 中央八项规定)
        head = re.match(r"[^一二两三四五六七八九十]*", row["formulation"]).group(0)
        body = row["formulation"][len(head):]
        written = "两" + body[1:] if n == 2 else body
        count = "两" if n == 2 else word
        if not written.startswith(count):
            raise ValueError(f"formulation_table.tsv:{row['_line']}: {row['formulation']} does not start with {count}")
        rest = written[len(count):]
        forms = [head + chinese_number(k) + rest for k in range(1, 21) if k != n] + ([head + "二" + rest] if n == 2 else [head + "两" + rest])
        written = head + written
        out.append(("formulation_table", row, [(re.escape(f), "", f) for f in forms
                                               if f != written and f not in formulations]))
    for row in read_table(os.path.join(data, "rules/institutions.tsv")):
        out.append(("institutions", row, [(head_guard(g) + form_pattern(g[g.find(")") + 1:] if g.startswith("(?<!") else g).pattern, nf, g)
                                          for g, nf in garbles(row["form"], row["full"] == "=", row["cut"], row.get("head", "-"))]))
    for row in read_table(os.path.join(data, "rules/leader_titles.tsv")):
        if row["shortened"] != "-":
            out.append(("leader_titles", row, [(re.escape(s), "", s) for s in row["shortened"].split("|")]))
    for row in read_table(os.path.join(data, "rules/confusables.tsv")):
        out.append(("confusables", row, [(confusable_pattern(row), "", row["wrong"])]))
    return out


RIGHT_COLUMN = {"formulation_table": "formulation", "institutions": "form", "leader_titles": "form",
                "confusables": "right"}


def right_patterns(data):
    """{table: [regex]} of the right forms: a wrong form found inside one of them (近平总书记 in
    习近平总书记, a garble whose X swallowed the dropped character) is no hit."""
    return {table: [form_pattern(row[key], table == "confusables") for row in read_table(os.path.join(data, f"rules/{table}.tsv"))]
            for table, key in RIGHT_COLUMN.items()}


def covered(start, end, spans):
    return any(s <= start and end <= e for s, e in spans)


def check_sources(data, reports, whole_corpus):
    """Rows whose source file:line does not hold the row's form (the form must be attested)."""
    bad = []
    for table, key in [("formulation_table", "formulation"), ("institutions", "form"),
                       ("leader_titles", "form"), ("confusables", "right")]:
        for row in read_table(os.path.join(data, f"rules/{table}.tsv")):
            pattern = form_pattern(row[key], table == "confusables")
            for rel, number in SOURCE.findall(row["source"]):
                lines = reports.get(rel)
                if lines is None and not whole_corpus:
                    continue  # another corpus (--corpus): the sources are not in it
                n = int(number)
                near = "".join(lines[n - 1:n + 1]).replace(" ", "").replace("\u3000", "") if lines and 0 < n <= len(lines) else ""
                if not re.search(pattern.pattern.replace("\\s*", ""), near):
                    bad.append(f"{table}.tsv:{row['_line']}: source {rel}:{number} does not hold {row[key]}")
    return bad


def check_merged_formulations(data):
    """Rows where formulation_table.tsv disagrees with the three lists it merges (they stay until
    the rules read the table, so the two must not drift apart)."""
    def listed(name):
        rows = {}
        for line in open(os.path.join(data, name), encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                cells = line.rstrip("\n").split("\t")
                rows[cells[0]] = cells[1:]
        return rows
    # data/formulations.txt: TEXT, MATCH (quoted or empty), SCOPE (local or empty); it absorbed
    # rules/known_formulations.txt (every row not local is known to every reader)
    extract_rows = listed("formulations.txt")
    extract = {f: (c[0] if c and c[0] else "yes") for f, c in extract_rows.items()}
    known = {f for f, c in extract_rows.items() if not (len(c) > 1 and c[1] == "local")}
    near = {f: (c[0] if c else "yes") for f, c in listed("rules/canonical_formulations.txt").items()}
    table = {row["formulation"]: row for row in read_table(os.path.join(data, "rules/formulation_table.tsv"))}
    bad = [f"formulation_table.tsv: {f} missing (listed in the old files)" for f in {**extract, **near}
           if f not in table]
    for f, row in table.items():
        want = (extract.get(f, "no"), "known" if f in known else "define", near.get(f, "no"))
        if (row["extract"], row["glossary"], row["near_miss"]) != want:
            bad.append(f"formulation_table.tsv:{row['_line']}: {f} has {row['extract']}/{row['glossary']}/"
                       f"{row['near_miss']}, the old files say {'/'.join(want)}")
    return bad


def check_doubles(path, reports, whole_corpus):
    """Lines of the legitimate-doubles test file that repeat nothing, or whose source lacks them."""
    bad = []
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        phrase, _tab, source = line.partition("\t")
        if not re.search(r"(.{1,3}).{0,2}\1", phrase):
            bad.append(f"{path}:{number}: no doubling in {phrase}")
        for rel, at in SOURCE.findall(source):
            lines = reports.get(rel)
            if (lines is not None or whole_corpus) and not (lines and 0 < int(at) <= len(lines) and phrase in lines[int(at) - 1]):
                bad.append(f"{path}:{number}: source {rel}:{at} does not hold {phrase}")
    return bad


def suggest_sources(data, reports):
    for table, key in [("formulation_table", "formulation"), ("institutions", "form"),
                       ("leader_titles", "form"), ("confusables", "right"), ("ordinals", "written")]:
        for row in read_table(os.path.join(data, f"rules/{table}.tsv")):
            if "@" not in row["source"]:
                continue
            pattern = form_pattern(row[key])
            where = next((f"{rel}:{i}" for rel in sorted(reports) if "gb18030" not in rel
                          for i, line in enumerate(reports[rel], 1) if pattern.search(line)), "-")
            print(f"{table}.tsv:{row['_line']}\t{row[key]}\t{where}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpus"))
    ap.add_argument("--data", default=os.path.join(root, "data"))
    ap.add_argument("--doubles", default=os.path.join(root, "tests", "lint", "legitimate-doubles.txt"))
    ap.add_argument("--suggest-sources", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2 if os.environ.get("CI") == "true" else 77
    try:
        reports = read_corpus(args.corpus)
        if args.suggest_sources:
            suggest_sources(args.data, reports)
            return 0
        tables = wrong_forms(args.data)
        ordinals = read_table(os.path.join(args.data, "rules/ordinals.tsv"))
    except (OSError, ValueError, zipfile.BadZipFile, SystemExit) as e:
        print(f"check_rule_data: {e}", file=sys.stderr)
        return 2
    hits = []
    compiled = [(t, row, [(re.compile(p), nf, shown) for p, nf, shown in forms]) for t, row, forms in tables]
    rights = right_patterns(args.data)
    for rel, lines in sorted(reports.items()):
        for number, line in enumerate(lines, 1):
            # hard-wrapped reports (newspaper copies) cut names at line ends: read each line
            # after the end of the one before, and count the hits that reach into this line
            tail = lines[number - 2][-30:] if number > 1 else ""
            line = tail + line
            spans = {table: [m.span() for p in patterns for m in p.finditer(line)] for table, patterns in rights.items()}
            for table, row, forms in compiled:
                for pattern, not_followed_by, shown in forms:
                    for m in pattern.finditer(line):
                        if not_followed_by and line[m.end():m.end() + len(not_followed_by)] == not_followed_by:
                            continue
                        if m.end() <= len(tail) or covered(m.start(), m.end(), spans[table]):
                            continue
                        hits.append(f"{rel}:{number}: {table}: {m.group(0)} (row {row['_line']}: {shown})")
    opened = {(r["kind"], int(r["term"]), "-" if r["session"] == "-" else int(r["session"])): r for r in ordinals}
    congress_named_from = {int(r["term"]) + 1: month(r["opened"]) for r in ordinals if r["kind"] == "cpc-congress"}
    for rel, lines in sorted(reports.items()):
        date = report_date(rel, lines)
        if not date:
            continue
        for number, line in enumerate(lines, 1):
            for kind, term, session in ordinal_mentions(line):
                row = opened.get((kind, term, session))
                if not row:
                    continue
                since = congress_named_from.get(term) if kind == "cpc-congress" else month(row["opened"])
                if since and date < since:
                    hits.append(f"{rel}:{number}: ordinals: {row['written']} named in a report of "
                                f"{date[0]}-{date[1]:02d}, opened {row['opened']} (row {row['_line']})")
    hits += check_sources(args.data, reports, os.path.exists(os.path.join(args.corpus, "PROVENANCE.tsv")))
    hits += check_merged_formulations(args.data)
    hits += check_doubles(args.doubles, reports, os.path.exists(os.path.join(args.corpus, "PROVENANCE.tsv")))
    for hit in hits:
        print(hit)
    total = sum(len(forms) for _t, _r, forms in compiled)
    print(f"{len(reports)} reports, {total} wrong forms from {len(compiled)} rows, ordinals of "
          f"{len(ordinals)} meetings and terms: {len(hits)} hits")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
