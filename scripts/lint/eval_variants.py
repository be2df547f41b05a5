#!/usr/bin/env python3
"""Recall of cppcc-validate on OTHER variants of the content kinds of issue 16.

    scripts/lint/eval_variants.py BUILD_DIR/bin/cppcc-validate REPORT... [--per-kind 3] [--seed 16]
                                  [--verbose] [--json OUT.json] [--kinds KIND,…]

eval_content.py injects one or two variants of each kind, and the rules were tuned on them; the
maintainers inject the same kinds in other words, other names and other places of the sentence,
into reports we have not seen. This script holds variants eval_content.py does not have (other
formulations, other institutions, the other end of a name, other approximation words, other
marks), written from the official wording and the norms (GB/T 15834, 15835), not from
data/rules/, and scores them the same way (eval_content.evaluate: a new finding on the edited
line is a catch, a new error elsewhere a stray).

Kinds (one edit each; the name says the kind of the issue, v2 that the variant is new):
  renumbered-v2        other numbered formulations, counted down as well as up: “四个意识” → “五个意识”,
                       “六稳” → “五稳”, “三新一高” → “四新一高”, 一国两制 → 一国三制
  garbled-v2           other names and other slips: 中央纪律检查委员会 → 中央纪律检察委员会,
                       人民检察院 → 人民检查院, 人民政协 → 人民协政, 全国人民代表大会 → 全国人民代表会
  cut-v2               a name cut at its other end or mid-way: 中国人民政治协商会议 → 人民政治协商会议,
                       全国人民代表大会 → 全国人民代表, 中共中央 → 中共中
  title-v2             other leaders' title slips: 以习近平同志为核心的党中央 → 以习近平同志为核心党中央,
                       习近平总书记 → 习近平总书, 李强总理 → 李总理
  congress-v2          other ways of naming a congress: 中共二十大 → 中共二十二大, bare 二十大 → 二十二大,
                       党的第二十次全国代表大会 → 第二十二次
  plenum-v2            a plenum of the sitting Central Committee not held yet at the report's date:
                       二十届三中全会 → 二十届五中全会 in a report dated 2025-03
  session-v2           national sessions written 全国政协十四届三次会议 / 十四届全国人大三次会议 put two on
  term-v2              十四届全国政协 / 全国政协第十四届 → 十五届
  homophone-v2         界 for 届 outside an ordinal: 换届 → 换界, 本届 → 本界, 历届 → 历界, 首届 → 首界
  confusable-v2        16 other misspellings: 弘扬 → 宏扬, 竞争 → 竟争, 辐射 → 幅射, 赓续 → 庚续 …
  approximation-v2     other doubles: 超过100亿元 → 超过100亿元以上, 300多家 → 300多家左右,
                       近50万 → 近50多万, 约300人 → 约300余人, 100余个 → 100余个左右
  space-v2             an ASCII space before “ 《 （ ？ ！ or after ） ”, a U+3000 before ，。
  total-v2             the total lowered below the sum of its parts: 共500件，其中…300件、…150件 → 共400件
  heading-year-v2      the year of the plan heading put one on: 二、2025年工作安排 → 2026年 (report of 2025)
  quoted-period-v2     。 inside the title marks of a work cited inside a sentence: 《政府工作报告。》的
  numeral-percent-v2   a two-digit percentage in Chinese numerals: 12% → 十二%, 5.5% → 五点五%
  without-di-v2        an ordinal's 第 dropped with the number in Arabic: 第二十届 → 20届, 二十届三中全会 → 20届三中全会
  glossary-v2          a glossary item's number skipped or doubled: 3.“…” → 5.“…”
  dunhao-before-he     、 typed before 和/及/等: 甲、乙和丙 → 甲、乙、和丙
  end-mark-dropped     a paragraph's final 。 dropped
"""
import re

from eval_content import DIGITS, HAN, NUMBER, VALUE, arguments, chinese, evaluate, one_of, sub_at

COUNT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
COUNT_WORD = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
# numbered formulations eval_content.py does not renumber (count word first)
RENUMBER = ["四个意识", "五位一体", "三新一高", "六稳", "六保", "两个全覆盖", "两支队伍", "十个明确",
            "三个代表", "两不愁三保障", "一国两制", "三会一课", "两个先行", "四个不摘", "八项规定", "两个务必"]
GARBLED = [("中央纪律检查委员会", "中央纪律检察委员会"), ("纪律检查委员会", "纪律检察委员会"),
           ("人民检察院", "人民检查院"), ("人民政协", "人民协政"), ("全国政协", "全国协政"),
           ("全国人民代表大会", "全国人民代表会"), ("中央军事委员会", "中央军事委会"),
           ("人大常委会", "人大常委员会"), ("人民代表大会", "人民代表大"), ("中国共产党", "中国共党"),
           ("中央委员会", "中央委会"), ("国务院", "国务部"), ("政治协商会议", "政协商会议")]
CUT = [("中国人民政治协商会议", "人民政治协商会议"), ("全国人民代表大会", "全国人民代表"),
       ("中华人民共和国", "华人民共和国"), ("中国共产党", "中国共产"), ("纪律检查委员会", "纪律检查委"),
       ("人民代表大会常务委员会", "人民代表大会常务委")]
TITLES = [("以习近平同志为核心的党中央", "以习近平同志为核心党中央"), ("习近平总书记", "习近平总书"),
          ("李强总理", "李总理"), ("以习近平同志为核心的党中央", "以习总书记为核心的党中央"),
          ("习近平同志", "习同志")]
CONFUSABLE = [("弘扬", "宏扬"), ("竞争", "竟争"), ("辐射", "幅射"), ("赓续", "庚续"), ("宏伟", "弘伟"),
              ("蓬勃", "篷勃"), ("坚如磐石", "坚如盘石"), ("锲而不舍", "契而不舍"), ("竣工", "峻工"),
              ("厉行节约", "励行节约"), ("鼓励", "鼓厉"), ("激励", "激厉"), ("蓝图", "篮图"),
              ("和衷共济", "和衷共计"), ("精益求精", "精亦求精"), ("宏观", "弘观")]
UNITS = "万亿元|亿元|万元|万人|万吨|万亩|万户|万家|个|家|项|人|件|公里|所|名"
# plenums of each Central Committee by month (the same public record as eval_content's CC_ELECTED)
PLENUMS = {19: [(2017, 10), (2018, 1), (2018, 2), (2019, 10), (2020, 10), (2021, 11), (2022, 10)],
           20: [(2022, 10), (2023, 2), (2024, 7), (2025, 10)]}


def variants(date):
    def renumbered(t, r):
        alt = "|".join(RENUMBER)
        def f(m):
            word = m.group(0)
            n = COUNT[word[0]]
            wrong = n - 1 if n > 2 and r.random() < 0.5 else n + 1
            return COUNT_WORD.get(wrong, "") + word[1:] if wrong in COUNT_WORD and wrong > 1 else None
        return sub_at(t, r, f"(?:{alt})", f)

    def congress(t, r):
        if not date or date < (2022, 10):
            return None
        form = r.randrange(3)
        if form == 0:
            return sub_at(t, r, "中共二十大", "中共二十二大")
        if form == 1:
            return sub_at(t, r, "(?<![党的共])二十大", "二十二大") or sub_at(t, r, "党的二十大", "党的二十三大")
        return sub_at(t, r, "第二十次全国代表大会", "第二十二次全国代表大会") or sub_at(t, r, "二十大精神", "二十二大精神")

    def plenum(t, r):
        if not date:
            return None
        def f(m):
            term, n = VALUE.get(m.group(1)), VALUE.get(m.group(2))
            held = [p for p in PLENUMS.get(term, []) if p <= date]
            if not n or not held or len(held) >= 9 or n > len(held):
                return None
            return m.group(1) + "届" + DIGITS[len(held)] + "中全会"
        return sub_at(t, r, "(十九|二十)届([一二三四五六七])中全会", f)

    def session(t, r):
        def f(m):
            n = VALUE.get(m.group(2))
            return None if not n else m.group(1) + chinese(n + 2 if n <= 3 else n - 2) + m.group(3)
        return sub_at(t, r, "(全国政协(?:第)?十[二三四]届(?:第)?|十[二三四]届全国人大(?:第)?)([一二三四五])(次会议)", f)

    def term(t, r):
        if not date:
            return None
        def f(m):
            n = VALUE.get(m.group(2))
            first = {12: 2013, 13: 2018, 14: 2023}.get(n)
            return m.group(1) + chinese(n + 1) + m.group(3) if first and first + 5 > date[0] else None
        return sub_at(t, r, "(全国政协第?)(十[二三四])(届)(?!全国)", f) or \
            sub_at(t, r, "(第?)(十[二三四])(届全国政协)", f)

    def homophone(t, r):
        return sub_at(t, r, "(?<=[换本历首上])届", "界")

    def approximation(t, r):
        form = r.randrange(5)
        if form == 0:
            return sub_at(t, r, rf"(?:超过|超)[0-9.]+(?:{UNITS})(?![0-9以多余左])", lambda m: m.group(0) + "以上")
        if form == 1:
            return sub_at(t, r, rf"(?<![约近])[0-9]+多(?:{UNITS})(?![左上])", lambda m: m.group(0) + "左右")
        if form == 2:
            return sub_at(t, r, rf"近([1-9][0-9]*)(万|亿)", lambda m: "近" + m.group(1) + "多" + m.group(2))
        if form == 3:
            return sub_at(t, r, rf"约([1-9][0-9]*)(人|个|家|项|件|所|名)(?![0-9左多余])",
                          lambda m: "约" + m.group(1) + "余" + m.group(2))
        return sub_at(t, r, rf"[0-9]+余(?:{UNITS})(?![左上])", lambda m: m.group(0) + "左右")

    def space(t, r):
        form = r.randrange(3)
        if form == 0:
            return sub_at(t, r, f"(?<=[{HAN}])(?=[“《（？！])", " ")
        if form == 1:
            return sub_at(t, r, f"(?<=[）”])(?=[{HAN}])", " ")
        return sub_at(t, r, f"(?<=[{HAN}])(?=[，。])", "\u3000")

    def total(t, r):
        units = "万亿元|亿元|万元|万人|万户|万亩|件|个|项|人|家|次|条|篇|名|场"
        def lower(m):
            tot, a, b = float(m.group(1)), float(m.group(4)), float(m.group(5))
            if a + b > tot or a >= tot or b >= tot:
                return None
            smaller = max(a, b) + (a + b - max(a, b)) / 2
            if smaller >= a + b or smaller <= max(a, b):
                return None
            return f"{smaller:g}" + m.group(0)[m.end(1) - m.start():]
        return sub_at(t, r, rf"{NUMBER}({units})[^。；\n]{{0,20}}?其中([^。；，\n0-9]{{0,12}}){NUMBER}\2"
                            rf"、[^。；，\n0-9]{{0,12}}{NUMBER}\2", lower)

    def heading_year(t, r):
        if not date:
            return None
        def f(m):
            return m.group(1) + str(int(m.group(2)) + 1) + m.group(3) if int(m.group(2)) == date[0] else None
        return sub_at(t, r, r"^([ \t\u3000]*[一二三四五六七八九十]+、[^\n。]{0,6}?)(20\d\d)(年(?:工作安排|主要任务|工作任务|重点工作|政府工作)[^\n。]{0,20})$",
                      f, re.M)

    def quoted_period(t, r):
        return sub_at(t, r, f"《([{HAN}0-9]{{2,14}})》(?=[{HAN}，、])", lambda m: "《" + m.group(1) + "。》")

    def numeral_percent(t, r):
        if r.random() < 0.5:
            return sub_at(t, r, r"(?<![0-9.])([1-9][0-9])%", lambda m: chinese(int(m.group(1))) + "%")
        return sub_at(t, r, r"(?<![0-9.])([1-9])\.([1-9])%",
                      lambda m: DIGITS[int(m.group(1)) - 1] + "点" + DIGITS[int(m.group(2)) - 1] + "%")

    def without_di(t, r):
        if r.random() < 0.5:
            return sub_at(t, r, "第(二十|十[一-九])届", lambda m: str(VALUE[m.group(1)]) + "届")
        return sub_at(t, r, "(?<![第一二三四五六七八九十])(十九|二十)届([一二三四五六七])中全会",
                      lambda m: str(VALUE[m.group(1)]) + "届" + m.group(2) + "中全会")

    def glossary(t, r):
        def f(m):
            n = int(m.group(1))  # skipped (3 → 5) or the same as the one before (3 → 2: eval_content's)
            return str(n + 2) + m.group(2) if r.random() < 0.5 or n < 3 else str(n - 2) + m.group(2)
        return sub_at(t, r, r"^([1-9][0-9]?)([.．]“)", f, re.M)

    def dunhao(t, r):
        return sub_at(t, r, f"(、[{HAN}]{{2,8}})([和及等][{HAN}])", lambda m: m.group(1) + "、" + m.group(2))

    def end_mark(t, r):
        return sub_at(t, r, f"(?<=[{HAN}])。$", "", re.M)

    return {
        "renumbered-v2": renumbered,
        "garbled-v2": lambda t, r: one_of(t, r, GARBLED),
        "cut-v2": lambda t, r: one_of(t, r, CUT),
        "title-v2": lambda t, r: one_of(t, r, TITLES),
        "congress-v2": congress,
        "plenum-v2": plenum,
        "session-v2": session,
        "term-v2": term,
        "homophone-v2": homophone,
        "confusable-v2": lambda t, r: one_of(t, r, CONFUSABLE),
        "approximation-v2": approximation,
        "space-v2": space,
        "total-v2": total,
        "heading-year-v2": heading_year,
        "quoted-period-v2": quoted_period,
        "numeral-percent-v2": numeral_percent,
        "without-di-v2": without_di,
        "glossary-v2": glossary,
        "dunhao-before-he": dunhao,
        "end-mark-dropped": end_mark,
    }


def main():
    args = arguments(__doc__.split("\n")[0])
    evaluate(args.validate, args.reports, variants, args.per_kind, args.seed, args.verbose, args.json,
             set(args.kinds.split(",")) if args.kinds else None)


if __name__ == "__main__":
    main()
