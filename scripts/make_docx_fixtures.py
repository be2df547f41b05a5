#!/usr/bin/env python3
"""Writes the small .docx fixtures of tests/fixtures/ (run it again after editing).

    scripts/make_docx_fixtures.py

word-numbering.docx: a short CPPCC report whose section labels are Word's automatic
numbering (w:numPr), through a paragraph style for the parts (一、) and directly on the
paragraphs for the sections (（一）), plus a bullet list and a decimal level (1.).
The labels are not in the text: the reader must draw them from word/numbering.xml.
"""
import os
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def level(ilvl, fmt, text, start=1):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def word_numbering():
    body = "".join([
        para("政协某市委员会常务委员会工作报告"),
        para("各位委员："),
        para("我代表政协某市委员会常务委员会，向大会报告工作，请予审议。"),
        para("2024年工作回顾", style="PartHeading"),
        para("过去一年，市政协常委会团结带领全体委员，围绕中心、服务大局。"),
        para("坚持党的领导，筑牢共同思想政治基础。", num=(1, 1)),
        para("全年召开党组会议12次，开展专题学习8次。"),
        para("服务发展大局，积极建言资政。", num=(1, 1)),
        para("全年共收到提案368件，经审查立案341件。"),
        para("重点调研", num=(2, 0)),
        para("民主监督", num=(2, 0)),
        para("完成调研课题15项。", num=(1, 2)),
        para("形成报告12篇。", num=(1, 2)),
        para("2025年工作安排", style="PartHeading"),
        para("加强思想政治引领。", num=(1, 1)),
        para("拟安排重点协商议题8个。"),
    ])
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>'
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>'
                 f'<w:abstractNum w:abstractNumId="0">{level(0, "chineseCounting", "%1、")}'
                 f'{level(1, "chineseCounting", "（%2）")}{level(2, "decimal", "%3.")}</w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="1">{level(0, "bullet", "●")}</w:abstractNum>'
                 f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 f'<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>'
              f'<w:style w:type="paragraph" w:styleId="PartHeading"><w:name w:val="Part Heading"/>'
              f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')
    content_types = ('<?xml version="1.0" encoding="UTF-8"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/'
                     'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    path = os.path.join(ROOT, "tests", "fixtures", "word-numbering.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", content_types), ("word/document.xml", document),
                           ("word/numbering.xml", numbering), ("word/styles.xml", styles)]:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))  # fixed: same bytes every run
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    print(path)


if __name__ == "__main__":
    word_numbering()
