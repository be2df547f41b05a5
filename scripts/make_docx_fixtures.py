#!/usr/bin/env python3
"""Writes the small .docx fixtures of tests/fixtures/ (run it again after editing).

    scripts/make_docx_fixtures.py

word-numbering.docx: a short CPPCC report whose section labels are Word's automatic
numbering (w:numPr), through a paragraph style for the parts (一、) and directly on the
paragraphs for the sections (（一）), plus a bullet list and a decimal level (1.).
The labels are not in the text: the reader must draw them from word/numbering.xml.

    scripts/make_docx_fixtures.py --hostile DIR [--big-mb N]

writes the hostile .docx files of the bad-input tests into DIR instead (made at test
time, never committed): XML nested 50,000 deep, N MB (default 400) of empty paragraphs
in a 0.6 MB zip, a zip bomb (2.75 N MB of text in 1.3 MB at the default), duplicate entries, a zip without word/document.xml, an
encrypted (OLE) file, a zip with encrypted entries, and HTML and plain text named .docx.
"""
import os
import sys
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


def write_docx(path, parts):
    """PARTS: (name, bytes or a function yielding byte chunks), deflated, fixed dates."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with z.open(info, "w", force_zip64=True) as f:
                for chunk in ([data] if isinstance(data, bytes) else data()):
                    f.write(chunk)


def document(body):
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}'
            '</w:body></w:document>').encode()


def hostile(out, big_mb):
    os.makedirs(out, exist_ok=True)
    depth = 50000
    write_docx(os.path.join(out, "deep.docx"), [(
        "word/document.xml", document(para("深层嵌套") + "<w:x>" * depth + "</w:x>" * depth))])

    def empty_paragraphs():
        head, tail = document("|").split(b"|")
        yield head
        block = b"<w:p/>" * (1 << 20)
        for _ in range(big_mb * (1 << 20) // len(block)):
            yield block
        yield (para("结束") + "</w:body></w:document>").encode()
    write_docx(os.path.join(out, "paragraphs.docx"), [("word/document.xml", empty_paragraphs)])

    def bomb():
        yield document(para("炸弹")).split(b"</w:body>")[0]
        block = para("提" * 20000).encode() * 16  # 1 MB of text in ordinary paragraphs
        for _ in range(big_mb * 11 // 4):  # 1.1 GB at the default: over the 256 MiB input limit
            yield block
        yield b"</w:body></w:document>"
    write_docx(os.path.join(out, "bomb.docx"), [("word/document.xml", bomb)])

    good = document(para("政协某市委员会常务委员会工作报告") + para("全年共收到提案356件。"))
    with zipfile.ZipFile(os.path.join(out, "duplicate.docx"), "w") as z:
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the duplicate is the point
            z.writestr("word/document.xml", good)
            z.writestr("word/document.xml", document(para("另一份文档")))
    write_docx(os.path.join(out, "no-document.docx"), [("word/other.xml", good)])
    # Zip encryption (zip -e, some converters): the "encrypted" flag, bit 0 of the
    # general-purpose flags, set in the local header and the central directory.
    path = os.path.join(out, "zip-encrypted.docx")
    write_docx(path, [("word/document.xml", good)])
    data = bytearray(open(path, "rb").read())
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        data[at + flag_at] |= 1
    open(path, "wb").write(bytes(data))

    # An OLE compound file as Word writes a password-protected .docx: the
    # header's magic and a directory holding EncryptionInfo and EncryptedPackage.
    sector = 512
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    header[0x1A:0x1E] = bytes.fromhex("3E000300")
    header[0x1E:0x20] = (9).to_bytes(2, "little")
    directory = bytearray()
    for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"):
        entry = bytearray(128)
        wide = name.encode("utf-16-le")
        entry[0:len(wide)] = wide
        entry[64:66] = (len(wide) + 2).to_bytes(2, "little")
        directory += entry
    with open(os.path.join(out, "encrypted.docx"), "wb") as f:
        f.write(bytes(header) + bytes(directory) + bytes(sector - len(directory) % sector))

    with open(os.path.join(out, "webpage.docx"), "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html>\n<html><head><title>工作报告</title></head><body><p>政协工作报告</p></body></html>\n")
    with open(os.path.join(out, "plain.docx"), "w", encoding="utf-8") as f:
        f.write("政协某市委员会常务委员会工作报告\n全年共收到提案356件。\n")
    for name in sorted(os.listdir(out)):
        print(os.path.join(out, name))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--hostile":
        mb = int(sys.argv[4]) if len(sys.argv) >= 5 and sys.argv[3] == "--big-mb" else 400
        hostile(sys.argv[2], mb)
    else:
        word_numbering()
