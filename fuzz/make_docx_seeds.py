#!/usr/bin/env python3
"""Writes structure-aware seeds for fuzz_docx into DIR (docs/performance.md).

    fuzz/make_docx_seeds.py /tmp/fuzz-docx

Each seed is document.xml, numbering.xml and styles.xml joined by NUL bytes, as
fuzz_docx splits its input: the Word-numbering fixture's parts, and documents
that start where mutations alone take long to get: nesting just below and
above the reader's depth limit, text boxes inside numbered paragraphs, and a
run of empty paragraphs. All stay under 16 KB, fuzz_docx's -max_len.
"""
import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERING = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
NUMBERED = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'


def document(body):
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>'


def nested(depth):
    return "<w:p><w:r><w:t>深</w:t></w:r></w:p>" + "<w:x>" * depth + "</w:x>" * depth


def main(out):
    os.makedirs(out, exist_ok=True)
    seeds = {}
    with zipfile.ZipFile(os.path.join(ROOT, "tests", "fixtures", "word-numbering.docx")) as z:
        seeds["fixture"] = b"\0".join(z.read(f"word/{n}.xml") for n in ("document", "numbering", "styles"))
    for name, body in [
        ("depth-190", nested(190)),
        ("depth-210", nested(210)),
        ("textbox", f"<w:p>{NUMBERED}<w:r><w:t>甲</w:t><w:txbxContent><w:p>{NUMBERED}<w:r><w:t>乙</w:t>"
                    "</w:r></w:p></w:txbxContent><w:tab/><w:t>丙</w:t></w:r></w:p>"),
        ("empty-paragraphs", "<w:p/>" * 2000),
    ]:
        seeds[name] = document(body).encode() + b"\0" + NUMBERING.encode() + b"\0"
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/fuzz-docx")
