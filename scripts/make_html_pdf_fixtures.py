#!/usr/bin/python3
"""Writes each plain-text report as the web page a committee or government site
would publish (menus, breadcrumbs, an info line, share buttons, related links,
a footer, a script) in a UTF-8 and a GB2312-labelled variant, and prints the
UTF-8 page to PDF with headless Chromium. The page's print style hides the
site furniture, as government sites do, so the PDF is the document a site
publishes; Chromium's own running header and footer (date, title, address,
page numbers) stay: they are what a PDF reader must drop.

  scripts/make_html_pdf_fixtures.py OUT_DIR REPORT.txt...      # Debian python3 only

For REPORT.txt it writes OUT_DIR/REPORT.utf8.html, REPORT.gb2312.html and
REPORT.pdf (no PDF when chromium is missing or --no-pdf is given)."""
import html
import os
import shutil
import subprocess
import sys
import tempfile


def read_report(path):
    data = open(path, "rb").read()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    raise SystemExit(f"{path}: neither UTF-8 nor GB18030")


MENU = ["首页", "机构概况", "政务公开", "新闻中心", "履职工作", "提案工作", "理论研究", "互动交流"]


def page(text, charset, title):
    # Blank-line-separated blocks become <p>; the lines of a block (a text
    # copy may be hard-wrapped) stay lines through <br>, as the text has them.
    blocks, block = [], []
    for line in [l.strip() for l in text.splitlines()] + [""]:
        if line:
            block.append(html.escape(line))
        elif block:
            blocks.append(block)
            block = []
    first, rest = blocks[0][0], [blocks[0][1:]] + blocks[1:]
    body = "\n".join(f"<p>{'<br>'.join(b)}</p>" for b in rest if b)
    menu = "".join(f'<li><a href="/{i}/">{m}</a></li>' for i, m in enumerate(MENU))
    related = "".join(f'<li><a href="/news/{i}.html">相关新闻标题第{i}条：全会召开新闻发布会</a></li>' for i in range(1, 6))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}_门户网站</title>
<style>body {{ font-family: "Noto Serif CJK SC", serif; }} .nav li {{ display: inline; }}
@media print {{ .header, .nav, .left-menu, .breadcrumb, .info, .share, .print, .related, .footer {{ display: none; }} }}</style>
<script>var _hmt = _hmt || []; var siteName = "门户网站统计代码";</script>
</head>
<body>
<div class="header"><div class="logo">委员会门户网站</div><div class="search"><input type="text" value="请输入关键字"><button>搜索</button></div></div>
<ul class="nav">{menu}</ul>
<div class="main">
<div class="left-menu"><h3>政务公开</h3><ul>{menu}</ul></div>
<div class="article-box">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 工作报告</div>
<h1 class="article-title">{first}</h1>
<div class="info">发布时间：2025-01-20 09:30　来源：办公厅　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content" id="zoom">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="related"><h4>相关链接</h4><ul>{related}</ul></div>
</div>
</div>
<div class="footer"><p>版权所有：委员会办公厅　地址：某市某路1号　邮编：100000</p><p>备案序号：京ICP备05070218号</p></div>
<script>document.write("<p>访问量统计</p>");</script>
</body>
</html>
"""


def print_pdf(source, target):
    chromium = shutil.which("chromium")
    if not chromium:
        return False
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    try:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={profile}", f"--print-to-pdf={target}", "file://" + os.path.abspath(source)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return os.path.exists(target)


def main(argv):
    no_pdf = "--no-pdf" in argv
    args = [a for a in argv if a != "--no-pdf"]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = args[0]
    os.makedirs(out, exist_ok=True)
    for report in args[1:]:
        name = os.path.basename(report)[: -len(".txt")] if report.endswith(".txt") else os.path.basename(report)
        text = read_report(report)
        title = next(l.strip() for l in text.splitlines() if l.strip())  # the page's <title>
        utf8 = os.path.join(out, name + ".utf8.html")
        with open(utf8, "w", encoding="utf-8") as f:
            f.write(page(text, "utf-8", title))
        # Sites label GBK and GB18030 pages "gb2312"; GB18030 holds every character a report uses.
        with open(os.path.join(out, name + ".gb2312.html"), "wb") as f:
            f.write(page(text, "gb2312", title).encode("gb18030"))
        if not no_pdf:
            print_pdf(utf8, os.path.join(out, name + ".pdf"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
