#!/usr/bin/env python3
"""Recall of cppcc-validate on kinds of drafting mistakes that eval_injections.py does not use.

    scripts/lint/eval_unseen.py BUILD_DIR/bin/cppcc-validate REPORT... [--per-kind 3] [--seed 7]
                                [--verbose] [--json OUT.json]

A held-out counterpart of scripts/lint/eval_injections.py: the twenty kinds used there (的的,
，→, , 。。, a dropped ”, straight quotes, U+200B, eight traditional characters, 24年3月, `51 %`,
《→<, ——→—, 第十四届→第14届, 习近平思想, 二、→三、, （一）、, a 一、 heading's 。, 3万5千,
15%→15～20%, ……→...) are left out; the kinds below are other mistakes a drafter of a government
or CPPCC work report makes, all within the cppcc-validate rule catalogue (docs/validate.md).
They are written from the drafting norms (GB/T 15834, GB/T 15835, the outline, formulations),
not from the rules' code.

For every report and every kind, up to N random eligible places are edited (one edit per draft,
like eval_injections.py). A mistake is caught when cppcc-validate (--no-config --format json)
reports a NEW finding (a (line, code) the clean report does not have; any severity) whose line
range covers the edited line. A stray is a new ERROR on any other line. Reports may be UTF-8 or
GB18030; the draft is written back in the report's own encoding.

Kinds (one edit each):
  title-marks-on-event     《》 put around a meeting, forum, fair or summit: 中关村论坛 → 《中关村论坛》
  dunhao-between-quoted    a 顿号 between two quoted/titled items: ”“ → ”、“, 》《 → 》、《
  arabic-ordinal-other     other formal ordinals in Arabic: 第二次会议 → 第2次会议, 党的二十大 → 党的20大,
                           二十届三中全会 → 20届三中全会, 十四届全国人大 → 14届全国人大
  arabic-label-dunhao      a 1. sequence mark written 1、 (line-initial label)
  chinese-label-dot        a 一、 sequence mark written 一. or 一．
  dunhao-paragraph-end     a paragraph (line) ends with 、 instead of 。
  halfwidth-other-marks    one of ； ： （…） written half-width ; : (…) between Chinese characters
  duplicate-section-number a label repeats the one before after editing: （三） → （二）, 三、 → 二、, 3. → 2.
  heading-period-lower     a stand-alone heading other than 一、 (二、…, （一）…, 1.…) ends with 。
  two-digit-year-bare      a year without a month written with two digits: 2024年是 → 24年是
  fullwidth-decimal-point  the decimal point written full-width: 6.6% → 6．6%
  fullwidth-digits         a number typed with full-width digits: 2024年 → ２０２４年
  slogan-unquoted          a numbered slogan loses its quotes: “两个确立” → 两个确立, “六稳” → 六稳
  dropped-close-title      a 书名号 left open: 《…》 → 《…
  reversed-close-quote     a closing quote typed as an opening one: “…” → “…“
  wrong-dash-char          —— typed with other dash-like characters: ――(U+2015) –– －－ ─ — -
  hyphen-range             a year or percent range joined by a hyphen: 2025年 → 2021-2025年, 3% → 3-5%
  thousands-separator      a large number grouped with commas: 12345 → 12,345 (the report uses none)
  space-between-cjk        a stray ASCII or ideographic space between two Chinese characters
  repeated-word            a two-character word doubled: 推进 → 推进推进
  traditional-common       one of 22 other common characters in traditional form (经→經, 进→進, …)
  formulation-variant      a wrong variant of a standard formulation (以习近平同志为核心 → 以习近平总书记为核心, …)
  ellipsis-with-deng       …… together with 等: 、甲、乙等 → 、甲、乙……等
  leading-zero-dropped     a decimal fraction loses its leading zero: 0.5% → .5%
  share-dropped-decimal    a share or rate loses its decimal point: 比重达到45.6% → 比重达到456%
"""
import argparse
import collections
import json
import os
import random
import re
import tempfile

from eval_injections import decode_report, lint  # same reading of reports and of the linter

HAN = "\u4e00-\u9fff"
CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]
CN_VAL = {c: i for i, c in enumerate(CN) if c}
TRAD = {"经": "經", "济": "濟", "业": "業", "进": "進", "设": "設", "产": "產", "关": "關", "问": "問",
        "题": "題", "务": "務", "动": "動", "开": "開", "长": "長", "农": "農", "区": "區", "华": "華",
        "东": "東", "时": "時", "对": "對", "这": "這", "还": "還", "质": "質"}
EVENTS = ["中关村论坛", "金融街论坛", "北京文化论坛", "中央经济工作会议", "中央城市工作会议",
          "中央农村工作会议", "中非合作论坛峰会", "上海合作组织峰会", "二十国集团领导人杭州峰会",
          "二十国集团领导人峰会", "中国国际进口博览会", "中国国际服务贸易交易会", "服贸会", "进博会",
          "广交会", "中国进出口商品交易会", "博鳌亚洲论坛", "夏季达沃斯论坛", "国际合作高峰论坛",
          "亚太经合组织领导人非正式会议", "金砖国家领导人会晤", "中国—东盟博览会", "世界互联网大会",
          "全国两会", "中央民族工作会议", "中央政协工作会议", "亚洲文明对话大会", "省委经济工作会议"]
FORMULATIONS = [
    ("以习近平同志为核心的党中央", "以习近平总书记为核心的党中央"),
    ("习近平新时代中国特色社会主义思想", "习近平新时代中国特色社会主义理论"),
    ("全面建设社会主义现代化国家", "全面建成社会主义现代化国家"),
    ("铸牢中华民族共同体意识", "铸牢中华民族共同意识"),
    ("人类命运共同体", "人类命运联合体"),
    ("统筹发展和安全", "统筹安全和发展"),
    ("中国特色社会主义", "中国特色的社会主义"),
    ("全过程人民民主", "全过程民主"),
    ("新发展理念", "新的发展理念"),
    ("社会主义核心价值观", "社会主义核心价值"),
    ("党的二十届三中全会", "党的二十届第三次全会"),
    ("全面从严治党", "全面从紧治党"),
]
REPEAT_WORDS = ["推进", "发展", "建设", "加强", "坚持", "提高", "实施", "完善", "深化", "推动", "加快", "促进"]


def sub_at(text, rng, pattern, repl, flags=0):
    """Edit one random match of pattern; repl(m, rng) -> replacement or None (skip)."""
    ms = list(re.finditer(pattern, text, flags))
    rng.shuffle(ms)
    for m in ms:
        r = repl(m) if callable(repl) else repl
        if r is None or r == m.group(0):
            continue
        return text[:m.start()] + r + text[m.end():], m.start()
    return None


def kinds():
    """name -> function(text, rng) -> (new_text, offset) or None."""
    def title_event(t, r):
        alt = "|".join(re.escape(e) for e in sorted(EVENTS, key=len, reverse=True))
        return sub_at(t, r, f"(?<![《{HAN}])(?:{alt})(?!》)|(?<=[举办召开出席参加届和、])(?:{alt})(?!》)",
                      lambda m: "《" + m.group(0) + "》")

    def arabic_ordinal(t, r):
        pats = [("第([一二三四五六七八九十]{1,3})次(?=会议|全体会议|全会)", "第{}次"),
                ("(?<=党的)(十[八九]|二十)大", "{}大"),
                ("(?<![第一二三四五六七八九十])(十[一-九]|二十)届(?=[一二三四五六七八九]中全会|全国人大|全国政协)", "{}届"),
                ("(?<=[届])([一二三四五六七八九])中全会", "{}中全会")]
        r.shuffle(pats)
        for pat, fmt in pats:
            res = sub_at(t, r, pat, lambda m: fmt.format(CN_VAL[m.group(1)]) if m.group(1) in CN_VAL else None)
            if res:
                return res
        return None

    def dup_label(t, r):
        def f(m):
            lab = m.group(2)
            if lab.isdigit():
                v = int(lab)
                return m.group(1) + str(v - 1) + m.group(3) if v >= 2 else None
            v = CN_VAL.get(lab, 0)
            return m.group(1) + CN[v - 1] + m.group(3) if v >= 2 else None
        return sub_at(t, r, "^(（?)([一二三四五六七八九十]{1,3}|[1-9][0-9]?)(）|、|\\.(?![0-9]))", f, re.M)

    def heading_period(t, r):
        lines = t.split("\n")
        cands = []
        pos = 0
        for i, ln in enumerate(lines):
            s = ln.rstrip("\r")
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if (re.match("^(?:[二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,3}）|[1-9][0-9]?\\.(?![0-9]))", s)
                    and 4 <= len(s) <= 32 and not re.search("[。！？；，、：:）”]$", s)
                    and "，" not in s and nxt == ""):
                cands.append(pos + len(s))
            pos += len(ln) + 1
        if not cands:
            return None
        at = r.choice(cands)
        return t[:at] + "。" + t[at:], at - 1

    def halfwidth_other(t, r):
        opts = [(f"(?<=[{HAN}])；(?=[{HAN}])", lambda m: ";"),
                (f"(?<=[{HAN}])：(?=[{HAN}“])", lambda m: ":"),
                (f"(?<=[{HAN}])（([^（）\n]{{1,20}})）", lambda m: "(" + m.group(1) + ")")]
        r.shuffle(opts)
        for pat, f in opts:
            res = sub_at(t, r, pat, f)
            if res:
                return res
        return None

    def wrong_dash(t, r):
        v = r.choice(["――", "––", "－－", "──", "—", "-", "﹣﹣"])
        return sub_at(t, r, f"——(?=[{HAN}“])", v)

    def hyphen_range(t, r):
        if r.random() < 0.5:
            res = sub_at(t, r, "(?<![0-9—～-])(20[2-3][0-9])年(?![0-9])", lambda m: f"{int(m.group(1)) - 4}-{m.group(1)}年")
            if res:
                return res
        return sub_at(t, r, "(?<![0-9.～—-])([1-9][0-9]?)%", lambda m: f"{m.group(1)}-{int(m.group(1)) + 2}%")

    def thousands(t, r):
        def f(m):
            s = m.group(0)
            out = ""
            while len(s) > 3:
                out = "," + s[-3:] + out
                s = s[:-3]
            return s + out
        return sub_at(t, r, "(?<![0-9.,])[1-9][0-9]{4,}(?![0-9.,年])", f)

    def space_cjk(t, r):
        sp = r.choice([" ", "\u3000"])
        return sub_at(t, r, f"(?<=[{HAN}])(?=[{HAN}])", sp)

    def repeated(t, r):
        w = "|".join(REPEAT_WORDS)
        return sub_at(t, r, f"(?<![{HAN}])({w})|(?<=[，。；、：])({w})|(?<=[要和并])({w})",
                      lambda m: m.group(0) * 2)

    def formulation(t, r):
        present = [(a, b) for a, b in FORMULATIONS if a in t]
        if not present:
            return None
        a, b = r.choice(present)
        return sub_at(t, r, re.escape(a), b)

    def share_decimal(t, r):
        def f(m):
            v = int(m.group(2) + m.group(3))
            return m.group(1) + str(v) + "%" if v > 100 else None
        return sub_at(t, r, "((?:占|比重|比例|率)[^，。；\n0-9]{0,8})([1-9][0-9])\\.([0-9])%", f)

    return {
        "title-marks-on-event": title_event,
        "dunhao-between-quoted": lambda t, r: sub_at(t, r, "(”“|》《)", lambda m: m.group(0)[0] + "、" + m.group(0)[1]),
        "arabic-ordinal-other": arabic_ordinal,
        "arabic-label-dunhao": lambda t, r: sub_at(t, r, "^([1-9][0-9]?)[.．](?![0-9])", lambda m: m.group(1) + "、", re.M),
        "chinese-label-dot": lambda t, r: sub_at(t, r, "^([一二三四五六七八九十]{1,3})、",
                                                 lambda m: m.group(1) + r.choice([".", "．"]), re.M),
        "dunhao-paragraph-end": lambda t, r: sub_at(t, r, "。(?=\r?$)", "、", re.M),
        "halfwidth-other-marks": halfwidth_other,
        "duplicate-section-number": dup_label,
        "heading-period-lower": heading_period,
        "two-digit-year-bare": lambda t, r: sub_at(t, r, "(?<![0-9〇年—～-])20(2[0-9])年(?![0-9]{1,2}月)", lambda m: m.group(1) + "年"),
        "fullwidth-decimal-point": lambda t, r: sub_at(t, r, "(?<=[0-9])\\.(?=[0-9])", "．"),
        "fullwidth-digits": lambda t, r: sub_at(t, r, "(?<![0-9.])[0-9]{2,4}(?![0-9.])",
                                                lambda m: m.group(0).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})),
        "slogan-unquoted": lambda t, r: sub_at(t, r, "“([一两二三四五六七八九十][" + HAN + "]{1,5})”", lambda m: m.group(1)),
        "dropped-close-title": lambda t, r: sub_at(t, r, "《[^》\n]{1,20}》", lambda m: m.group(0)[:-1]),
        "reversed-close-quote": lambda t, r: sub_at(t, r, "“[^”“\n]{1,15}”", lambda m: m.group(0)[:-1] + "“"),
        "wrong-dash-char": wrong_dash,
        "hyphen-range": hyphen_range,
        "thousands-separator": thousands,
        "space-between-cjk": space_cjk,
        "repeated-word": repeated,
        "traditional-common": lambda t, r: sub_at(t, r, "[" + "".join(TRAD) + "]", lambda m: TRAD[m.group(0)]),
        "formulation-variant": formulation,
        "ellipsis-with-deng": lambda t, r: sub_at(t, r, f"(?<=、)([{HAN}]{{1,8}})等(?=[{HAN}，])", lambda m: m.group(1) + "……等"),
        "leading-zero-dropped": lambda t, r: sub_at(t, r, "(?<![0-9.])0\\.(?=[0-9])", "."),
        "share-dropped-decimal": share_decimal,
    }


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("validate")
    ap.add_argument("reports", nargs="+")
    ap.add_argument("--per-kind", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--verbose", action="store_true", help="print every miss and stray")
    ap.add_argument("--json", help="write every case (kind, file, line, before, after, hit, strays) here")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    stats = collections.defaultdict(lambda: [0, 0])
    cases = []
    tmp = tempfile.mkdtemp()
    for report in args.reports:
        text, enc = decode_report(open(report, "rb").read())
        if enc == "utf-8-sig" and not open(report, "rb").read(3) == b"\xef\xbb\xbf":
            enc = "utf-8"
        base = lint(args.validate, report)
        base_keys = collections.Counter((d["line"], d["code"]) for d in base)
        for kind, make in kinds().items():
            seen = set()
            for _ in range(args.per_kind):
                made = None
                for _try in range(5):       # prefer a place not edited already
                    made = make(text, rng)
                    if not made or made[1] not in seen:
                        break
                if not made:
                    break
                drafted, offset = made
                seen.add(offset)
                line = line_of(drafted, offset)
                path = os.path.join(tmp, "draft.txt")
                open(path, "wb").write(drafted.encode(enc))
                found = lint(args.validate, path)
                keys = collections.Counter((d["line"], d["code"]) for d in found)
                added = keys - base_keys
                new = [d for d in found if added[(d["line"], d["code"])] > 0]
                hit_d = [d for d in new if d["line"] <= line <= max(d.get("end_line") or d["line"], d["line"])]
                hit = bool(hit_d)
                stray = [d for d in new if d["severity"] == "error" and d not in hit_d and d["line"] != line]
                stats[kind][0] += hit
                stats[kind][1] += 1
                before = text.splitlines()[line - 1]
                after = drafted.splitlines()[line - 1]
                case = {"kind": kind, "file": os.path.basename(report), "line": line, "hit": hit,
                        "codes": sorted({d["code"] for d in hit_d}),
                        "before": before, "after": after,
                        "strays": [(d["code"], d["line"], d["message"]) for d in stray]}
                cases.append(case)
                if args.verbose and (not hit or stray):
                    # a window around the edit
                    col = offset - (drafted.rfind("\n", 0, offset) + 1)
                    lo = max(0, col - 12)
                    print(f"{'MISS' if not hit else 'STRAY'} {kind} {case['file']}:{line}: "
                          f"{before[lo:col + 16]!r} -> {after[lo:col + 18]!r} {case['strays'][:3]}")
    total_hit = sum(h for h, _ in stats.values())
    total = sum(n for _, n in stats.values())
    for kind in kinds():
        h, n = stats.get(kind, (0, 0))
        codes = collections.Counter(c for x in cases if x["kind"] == kind for c in x["codes"])
        print(f"{kind:<26}{h:>4}/{n:<4} {100.0 * h / max(n, 1):5.0f}%  {dict(codes)}")
    nstray = sum(len(x["strays"]) for x in cases)
    print(f"{'all':<26}{total_hit:>4}/{total:<4} = {100.0 * total_hit / max(total, 1):.1f}% caught on their line; "
          f"{nstray} new errors elsewhere")
    if args.json:
        json.dump(cases, open(args.json, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
