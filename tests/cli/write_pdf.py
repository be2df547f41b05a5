#!/usr/bin/env python3
"""Writes the hostile PDFs of html_pdf_equivalence.sh (no PDF library needed).

  write_pdf.py locked OUT   one page, an /Encrypt dictionary no empty password opens
  write_pdf.py long OUT     2300 pages that share one content stream of 50 lines x 80
                            letters: a small file whose text layer is ~9 MiB
"""
import sys


def write(path, objs, trailer_extra=b""):
    out, offs = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, trailer_extra, xref)
    open(path, "wb").write(out)


def locked(path):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length 0 >>\nstream\n\nendstream",
            b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"]
    write(path, objs, b" /Encrypt 5 0 R /ID [<%s> <%s>]" % (b"ab" * 16, b"ab" * 16))


def long(path, pages=2300):
    lines = b"".join(b"(%s) Tj 0 -14 Td\n" % (b"abcdefghij" * 8) for _ in range(50))
    content = b"BT /F1 9 Tf 20 800 Td\n" + lines + b"ET"
    kids = b" ".join(b"%d 0 R" % (5 + k) for k in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    write(path, objs + [page] * pages)


if __name__ == "__main__":
    {"locked": locked, "long": long}[sys.argv[1]](sys.argv[2])
