#!/usr/bin/env python3
"""Recall of cppcc-validate on CONTENT mistakes a proofreader of a work report catches.

    scripts/lint/eval_content.py BUILD_DIR/bin/cppcc-validate REPORT... [--per-kind 3] [--seed 16]
                                 [--verbose] [--json OUT.json]

The counterpart of eval_injections.py / eval_unseen.py (form mistakes) for what a CPPCC office
fears (issue 16): wrong political wording, names, ordinals and figures. The mistakes are
written here from the official wording and the drafting norms, with their own small word
lists, NOT from data/rules/: the rules will read those tables, and an evaluation that injected
from them would only measure the tables against themselves.

For every report and every kind, up to N eligible places are edited, one edit per draft. A
mistake is caught when cppcc-validate (--no-config --format json) reports a NEW finding (a
(line, code) the clean report does not have; any severity) whose line range covers the edited
line; a stray is a new ERROR on another line. Reports are read and the linter is run with
eval_injections.py's decode_report() and lint(); a draft is written back in the report's encoding.

Kinds (one edit each):
  formulation-renumbered   the count in a numbered formulation changed: “两个维护” → “三个维护”
  institution-garbled      two characters of an institution's name swapped or one dropped:
                           政治协商会议 → 政治协商议会, 政协…委员会 → 政协…委会, 人民代表大会 → 人民代表会大
  institution-cut          an institution's name cut short: 中国人民政治协商会议 → 中国人民政治协商,
                           全国人民代表大会常务委员会 → 全国人民代表大会常务委员
  leader-title-shortened   a leader's title shortened or bent: 习近平总书记 → 习总书记,
                           以习近平同志为核心的党中央 → 以习近平为核心的党中央
  congress-ordinal-future  a party congress the report's year cannot name: 党的二十大 → 党的二十二大
  plenum-ordinal-future    a plenum of a Central Committee not yet elected in the report's year:
                           二十届三中全会 → 二十一届三中全会 (only where that is impossible)
  session-vs-year          a national NPC / CPPCC session whose number does not fit the year:
                           十四届全国人大三次会议 → 十四届全国人大五次会议
  term-ordinal-future      a national term not begun in the report's year: 十四届全国人大 → 十五届全国人大
  ordinal-homophone        届 typed as its homophone 界 in an ordinal: 十四届 → 十四界
  confusable               a political word with a homophone or look-alike: 部署 → 布署, 贯彻 → 惯彻
  doubled-approximation    two approximation words for one figure: 约30% → 约30%左右, 超过5万 → 超过5万多
  total-parts              a part larger than its stated total: 4000万亩，其中防沙治沙1500万亩 → …5500万亩
                           (the corpus has one sentence whose parts add up; a part over its total is
                           certainly wrong wherever 其中 introduces it)
  heading-year-vs-date     a part heading's year against the date line: 2025年工作安排 → 2024年工作安排
  space-before-fullwidth   an ASCII space typed before a full-width mark: 发展 ，→ 发展 ，
  period-in-quoted-term    。 typed inside a short quoted term: “两个确立” → “两个确立。”
  chinese-numeral-percent  a Chinese numeral with %: 5% → 五%
  ordinal-without-di       a session ordinal in Arabic without 第: 第十四届…第三次会议 → 十四届…3次会议
  glossary-number-repeated a glossary item's number repeats the one before: 2.“…” → 1.“…”
  space-after-fullwidth    an ASCII space typed after a full-width mark: 发展，改革 → 发展， 改革
  ideographic-space-quote  a U+3000 space typed before an opening quote or title mark: 提出“ → 提出　“
  parts-sum-over           a list of parts after 其中 whose sum passes the total, each part still
                           smaller than it: 共500件，其中A300件、B150件 → …B250件
  subtitle-session         the session of a national report's subtitle put one year back:
                           ——在政协第十四届全国委员会第三次会议上 → 第二次会议上 (the date line stays)

--kinds KIND,KIND… runs only those kinds (the random places then differ from a full run's).
"""
import argparse
import collections
import json
import os
import random
import re
import tempfile

from eval_injections import decode_report, lint  # same reading of reports and of the linter
from check_rule_data import docx_paragraphs  # a .docx report is evaluated as its paragraphs' text

HAN = "\u4e00-\u9fff"
DIGITS = "一二三四五六七八九"


def chinese(n):
    """1..99 written as in an ordinal (十四, 二十一)."""
    if n < 10:
        return DIGITS[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens - 1]) + "十" + (DIGITS[ones - 1] if ones else "")


VALUE = {chinese(n): n for n in range(1, 40)}
COUNTS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
COUNT_WORD = {v: k for k, v in COUNTS.items()}
# numbered formulations whose count is fixed (official wording; see docs/validate.md)
NUMBERED = ["两个确立", "两个维护", "四个自信", "四个全面", "三大攻坚战", "两个毫不动摇", "两个结合",
            "两个大局", "三个务必", "五个必由之路", "两个一百年", "七个聚焦"]
# (right, wrong): garbles of the fixed parts of institution names
GARBLES = [("政治协商会议", "政治协商议会"), ("政治协商会议", "政治商协会议"), ("常务委员会", "常务委会"),
           ("人民代表大会", "人民代表会大"), ("人民代表大会", "人民代大会"), ("全国人大常委会", "全国人大常务会"),
           ("全国委员会", "全国委会"), ("中共中央", "中央中共")]
CUTS = [("中国人民政治协商会议", "中国人民政治协商"), ("全国人民代表大会常务委员会", "全国人民代表大会常务委员"),
        ("中国共产党中央委员会", "中国共产党中央委员"), ("人民代表大会常务委员会", "人民代表大会常委")]
TITLES = [("习近平总书记", "习总书记"), ("习近平总书记", "近平总书记"), ("习近平总书记", "习近平书记"),
          ("以习近平同志为核心的党中央", "以习近平为核心的党中央"), ("习近平主席", "习主席")]
CONFUSABLE = [("部署", "布署"), ("贯彻", "惯彻"), ("坚持不懈", "坚持不卸"), ("再接再厉", "再接再励"),
              ("攻坚", "功坚"), ("砥砺", "砥励"), ("蹄疾步稳", "蹄急步稳"), ("建言资政", "建言咨政"),
              ("振兴", "震兴"), ("座谈会", "坐谈会"), ("一如既往", "一如继往"), ("行稳致远", "行稳至远"),
              ("久久为功", "久久为工"), ("全力以赴", "全力以付"), ("踔厉奋发", "踔励奋发"), ("迫在眉睫", "迫在眉捷")]
# month a Central Committee was elected, and national NPC/CPPCC terms by first session year
CC_ELECTED = {17: (2007, 10), 18: (2012, 11), 19: (2017, 10), 20: (2022, 10), 21: (2027, 10)}
CONGRESS_OPENED = {16: (2002, 11), 17: (2007, 10), 18: (2012, 11), 19: (2017, 10), 20: (2022, 10),
                   21: (2027, 10), 22: (2032, 10)}
NATIONAL_TERM_FIRST_YEAR = {12: 2013, 13: 2018, 14: 2023, 15: 2028}
NUMBER = r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)"


def report_date(text, path):
    """(year, month) of the date line among the first lines, else December of the year in the
    file name (the latest the report can be: an ordinal impossible then is impossible), else None."""
    for line in text.split("\n")[:15]:
        m = re.search(r"(20\d\d)年(\d{1,2})月\d{1,2}日", line)
        if m:
            return int(m.group(1)), int(m.group(2))
    m = re.search(r"20\d\d", os.path.basename(path))
    return (int(m.group(0)), 12) if m else None


def sub_at(text, rng, pattern, repl, flags=0):
    """Edit one random match of pattern (repl returns None to skip a match): (text, offset)."""
    matches = list(re.finditer(pattern, text, flags))
    rng.shuffle(matches)
    for m in matches:
        r = repl(m) if callable(repl) else repl
        if r is not None and r != m.group(0):
            return text[:m.start()] + r + text[m.end():], m.start()
    return None


def one_of(text, rng, pairs, lookbehind="", lookahead=""):
    """Replace one occurrence of a right form of (right, wrong) pairs present in the text."""
    present = [(a, b) for a, b in pairs if a in text]
    rng.shuffle(present)
    for a, b in present:
        made = sub_at(text, rng, lookbehind + re.escape(a) + lookahead, b)
        if made:
            return made
    return None


def kinds(date):
    def renumbered(t, r):
        alt = "|".join(NUMBERED)
        def f(m):
            n = COUNTS[m.group(0)[0]]
            return COUNT_WORD[n + 1 if n < 10 else n - 1] + m.group(0)[1:]
        return sub_at(t, r, f"(?<=“)(?:{alt})(?=”)|(?:{alt})", f)

    def congress_future(t, r):
        if not date:
            return None
        def f(m):
            # congress k can be named (迎接党的二十大) once congress k-1 has opened
            n = VALUE.get(m.group(1))
            later = [k for k in sorted(CONGRESS_OPENED) if n and k > n and k - 1 in CONGRESS_OPENED
                     and CONGRESS_OPENED[k - 1] > date]
            return m.group(0)[:-len(m.group(1)) - 1] + chinese(later[0]) + "大" if later else None
        return sub_at(t, r, "(?:党的|中共)([一二三四五六七八九十]+)大", f)

    def plenum_future(t, r):
        if not date:
            return None
        def f(m):
            n = VALUE.get(m.group(1))
            if not n or n + 1 not in CC_ELECTED or CC_ELECTED[n + 1] <= date:
                return None
            return chinese(n + 1) + "届" + m.group(2)
        return sub_at(t, r, "(?<![一二三四五六七八九十第])([一二三四五六七八九十]+)届((?:[一二三四五六七八九]中[、和]?)+全会)", f)

    def session_year(t, r):
        def f(m):
            term, session = VALUE.get(m.group(2)), VALUE.get(m.group(4))
            if term not in NATIONAL_TERM_FIRST_YEAR or not session:
                return None
            wrong = session + 2 if session <= 3 else session - 2
            return m.group(1) + m.group(2) + m.group(3) + chinese(wrong) + m.group(5)
        return sub_at(t, r, "(第?)([一二三四五六七八九十]+)(届全国人(?:大|民代表大会)第?|届全国委员会第)"
                            "([一二三四五])(次会议)", f)

    def term_future(t, r):
        if not date:
            return None
        def f(m):
            term = VALUE.get(m.group(2))
            nxt = (term or 0) + 1
            if nxt not in NATIONAL_TERM_FIRST_YEAR or NATIONAL_TERM_FIRST_YEAR[nxt] <= date[0]:
                return None
            return m.group(1) + chinese(nxt) + m.group(3)
        return sub_at(t, r, "(第?)([一二三四五六七八九十]+)(届全国人(?:大|民代表大会)|届全国政协|届全国委员会)", f)

    def homophone(t, r):
        return sub_at(t, r, "(?<=[一二三四五六七八九十])届(?=[一二三四五六七八九]中|全国|[省市区县]|人民|委员会|第)", "界")

    def approximation(t, r):
        if r.random() < 0.5:
            made = sub_at(t, r, f"约{NUMBER}(%|万亿元|亿元|万元|万人|万吨|万亩|个|家|公里)(?![0-9左多余])",
                          lambda m: m.group(0) + "左右")
            if made:
                return made
        return sub_at(t, r, "(?:超过|超)(?<![0-9.])([1-9][0-9]*)(万亿元|亿元|万元|万人|万吨|万亩|万|亿)(?![0-9多余])",
                      lambda m: m.group(0)[:-len(m.group(2))] + "多" + m.group(2))

    def total_parts(t, r):
        units = "万亿元|亿元|万元|万人|万户|万套|万亩|公里|件|个|项|人|家|次|条|所|篇|名|场"
        def part_over(m):
            total, part = float(m.group(1)), float(m.group(3))
            if part >= total:
                return None
            bigger = f"{total + part:g}"
            return m.group(0)[:m.start(3) - m.start()] + bigger + m.group(0)[m.end(3) - m.start():]
        return sub_at(t, r, rf"{NUMBER}({units})[^。；\n]{{0,20}}?其中[^。；\n0-9]{{0,12}}{NUMBER}\2", part_over)

    def heading_year(t, r):
        if not date:
            return None
        def f(m):
            year = int(m.group(2))
            if abs(year - date[0]) > 1:
                return None
            return m.group(1) + str(year - 1 if year == date[0] else year + 1) + m.group(3)
        return sub_at(t, r, r"^([ \t\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^\n。]{0,10}?)(20\d\d)(年[^\n。，]{2,30})$", f, re.M)

    def space_before(t, r):
        return sub_at(t, r, f"(?<=[{HAN}])(?=[，。、；：])", " ")

    def period_in_quote(t, r):
        return sub_at(t, r, f"“([{HAN}0-9]{{2,8}})”(?=[{HAN}、，])", lambda m: "“" + m.group(1) + "。”")

    def chinese_percent(t, r):
        return sub_at(t, r, r"(?<![0-9.])([1-9])%", lambda m: DIGITS[int(m.group(1)) - 1] + "%")

    def without_di(t, r):
        def f(m):
            head = m.group(1)[1:] if m.group(1).startswith("第") else m.group(1)
            return head + str(VALUE[m.group(2)]) + "次会议"
        return sub_at(t, r, "((?:第)?[一二三四五六七八九十]+届[^，。\n第]{0,14})第([一二三四五六七八九])次会议", f)

    def glossary_repeat(t, r):
        def f(m):
            n = int(m.group(1))
            return str(n - 1) + m.group(2) if n >= 2 else None
        return sub_at(t, r, r"^([1-9][0-9]?)([.．]“)", f, re.M)

    def space_after(t, r):
        return sub_at(t, r, f"(?<=[，。、；：])(?=[{HAN}])", " ")

    def ideographic_space(t, r):
        return sub_at(t, r, f"(?<=[{HAN}])(?=[“《][{HAN}])", "\u3000")

    def parts_sum_over(t, r):
        units = "万亿元|亿元|万元|万人|万户|万亩|件|个|项|人|家|次|条|篇|名|场"
        def over(m):
            total, first, last = float(m.group(1)), float(m.group(4)), float(m.group(5))
            bigger = total - first + 1
            if first + last > total or bigger >= total or bigger <= last:
                return None
            return m.group(0)[:m.start(5) - m.start()] + f"{bigger:g}" + m.group(0)[m.end(5) - m.start():]
        return sub_at(t, r, rf"{NUMBER}({units})[^。；\n]{{0,20}}?其中([^。；，\n0-9]{{0,12}}){NUMBER}\2"
                            rf"、[^。；，\n0-9]{{0,12}}{NUMBER}\2", over)

    def subtitle_session(t, r):
        def f(m):
            n = VALUE.get(m.group(2))
            return m.group(1) + chinese(n - 1) + "次会议上" if n and n > 1 else None
        return sub_at(t, r, "(——[^\n]{0,16}?在[^\n]{0,6}?第[一二三四五六七八九十]+届全国(?:委员会|人民代表大会)第)"
                            "([一二三四五])次会议上", f)

    return {
        "formulation-renumbered": renumbered,
        "institution-garbled": lambda t, r: one_of(t, r, GARBLES),
        "institution-cut": lambda t, r: one_of(t, r, CUTS),
        "leader-title-shortened": lambda t, r: one_of(t, r, TITLES),
        "congress-ordinal-future": congress_future,
        "plenum-ordinal-future": plenum_future,
        "session-vs-year": session_year,
        "term-ordinal-future": term_future,
        "ordinal-homophone": homophone,
        "confusable": lambda t, r: one_of(t, r, CONFUSABLE),
        "doubled-approximation": approximation,
        "total-parts": total_parts,
        "heading-year-vs-date": heading_year,
        "space-before-fullwidth": space_before,
        "period-in-quoted-term": period_in_quote,
        "chinese-numeral-percent": chinese_percent,
        "ordinal-without-di": without_di,
        "glossary-number-repeated": glossary_repeat,
        "space-after-fullwidth": space_after,
        "ideographic-space-quote": ideographic_space,
        "parts-sum-over": parts_sum_over,
        "subtitle-session": subtitle_session,
    }


def evaluate(validate, reports, make_kinds, per_kind=3, seed=16, verbose=False, json_out=None, wanted=None):
    """Inject each kind of make_kinds(date) at up to per_kind places of every report, one edit per
    draft, and print caught / eligible per kind (eval_variants.py shares this loop)."""
    rng = random.Random(seed)
    stats = collections.defaultdict(lambda: [0, 0])
    cases = []
    draft = os.path.join(tempfile.mkdtemp(), "draft.txt")
    names = [k for k in make_kinds(None) if not wanted or k in wanted]
    # .txt and .docx reports; a .docx is linted as the text of its paragraphs
    for report in reports:
        if report.endswith(".docx"):
            text, encoding = "\n".join(docx_paragraphs(report)), "utf-8"
            clean = os.path.join(os.path.dirname(draft), "clean.txt")
            open(clean, "w", encoding="utf-8").write(text)
        else:
            raw = open(report, "rb").read()
            text, encoding = decode_report(raw)
            if encoding == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
                encoding = "utf-8"
            clean = report
        base = collections.Counter((d["line"], d["code"]) for d in lint(validate, clean))
        for kind, make in make_kinds(report_date(text, report)).items():
            if wanted and kind not in wanted:
                continue
            edited = set()
            for _ in range(per_kind):
                made = None
                for _try in range(5):  # another place than the ones edited already
                    made = make(text, rng)
                    if not made or made[1] not in edited:
                        break
                if not made or made[1] in edited:
                    break
                drafted, offset = made
                edited.add(offset)
                line = drafted.count("\n", 0, offset) + 1
                open(draft, "wb").write(drafted.encode(encoding))
                found = lint(validate, draft)
                added = collections.Counter((d["line"], d["code"]) for d in found) - base
                new = [d for d in found if added[(d["line"], d["code"])] > 0]
                caught = [d for d in new if d["line"] <= line <= max(d.get("end_line") or d["line"], d["line"])]
                strays = [d for d in new if d["severity"] == "error" and d not in caught and d["line"] != line]
                stats[kind][0] += bool(caught)
                stats[kind][1] += 1
                case = {"kind": kind, "file": os.path.basename(report), "line": line, "hit": bool(caught),
                        "codes": sorted({d["code"] for d in caught}),
                        "before": text.split("\n")[line - 1], "after": drafted.split("\n")[line - 1],
                        "strays": [(d["code"], d["line"], d["message"]) for d in strays]}
                cases.append(case)
                if verbose and (not caught or strays):
                    column = offset - (drafted.rfind("\n", 0, offset) + 1)
                    low = max(0, column - 12)
                    print(f"{'MISS' if not caught else 'STRAY'} {kind} {case['file']}:{line}: "
                          f"{case['before'][low:column + 16]!r} -> {case['after'][low:column + 18]!r} {case['strays'][:3]}")
    for kind in names:
        hits, n = stats.get(kind, (0, 0))
        codes = collections.Counter(c for x in cases if x["kind"] == kind for c in x["codes"])
        print(f"{kind:<26}{hits:>4}/{n:<4} {100.0 * hits / max(n, 1):5.0f}%  {dict(codes)}")
    total_hits = sum(h for h, _ in stats.values())
    total = sum(n for _, n in stats.values())
    strays = sum(len(x["strays"]) for x in cases)
    print(f"{'all':<26}{total_hits:>4}/{total:<4} = {100.0 * total_hits / max(total, 1):.1f}% caught on their line; "
          f"{strays} new errors elsewhere")
    if json_out:
        json.dump(cases, open(json_out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def arguments(description=None):
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("validate")
    ap.add_argument("reports", nargs="+")
    ap.add_argument("--per-kind", type=int, default=3)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--verbose", action="store_true", help="print every miss and stray")
    ap.add_argument("--json", help="write every case (kind, file, line, before, after, hit, strays) here")
    ap.add_argument("--kinds", help="comma-separated kinds to run (default: all)")
    return ap.parse_args()


def main():
    args = arguments()
    evaluate(args.validate, args.reports, kinds, args.per_kind, args.seed, args.verbose, args.json,
             set(args.kinds.split(",")) if args.kinds else None)


if __name__ == "__main__":
    main()
