#!/usr/bin/env bash
# Reports as published: every corpus report written out as a web page (UTF-8
# and GB2312, with menus, breadcrumbs, related links, a footer and scripts) and
# printed to PDF with headless Chromium gives the model of its text copy
# (scripts/make_html_pdf_fixtures.py, tests/cli/html_pdf_equivalence.py).
# Bad pages and PDFs get clear errors.
set -u
. "$(dirname "$0")/lib.sh"
bin="$CPPCC_BIN"
py=/usr/bin/python3
require_tool "$py"
require_tool /usr/bin/chromium
corpus="${CPPCC_SHARED:-}/corpus"
[ -d "$corpus" ] || { echo "skip: no ../shared/corpus"; exit 77; }

# The corpus reports, the CPPCC excerpts (short pages, one-page PDFs, a
# proposal report) and the 14 provinces' 2026 reports (web texts of other
# layouts). No known gaps: every copy must give the text copy's model.
reports=("$corpus"/*.txt "$corpus"/cppcc-excerpts/*.txt "$corpus"/provinces/*.txt)
"$py" "$CPPCC_SOURCE/scripts/make_html_pdf_fixtures.py" "$tmp/fx" "${reports[@]}"
"$py" "$CPPCC_SOURCE/tests/cli/html_pdf_equivalence.py" "$bin/cppcc-extract" "$tmp/fx" "${reports[@]}"
check_status "HTML and PDF copies give the model of the text copy" $?

# Directory walks pick up .html, .htm and .pdf.
mkdir -p "$tmp/dir"
cp "$tmp/fx/gov-report-national-2019.utf8.html" "$tmp/dir/a.htm"
cp "$tmp/fx/gov-report-national-2019.pdf" "$tmp/dir/b.pdf"
mkdir -p "$tmp/dir/sub"
cp "$tmp/fx/gov-report-national-2018.gb2312.html" "$tmp/dir/sub/C.HTM"
printf 'p { margin: 0 }\n' > "$tmp/dir/sub/style.css"
"$bin/cppcc-extract" --format jsonl "$tmp/dir" > "$tmp/walk.jsonl"
check "a directory walk reads .htm (any case) and .pdf, not .css" '[ "$(wc -l < "$tmp/walk.jsonl")" -eq 3 ]'
check "the GB2312 page found by the walk is read as HTML" 'grep -q "\"path\":\"[^\"]*C.HTM\",\"encoding\":\"html\"" "$tmp/walk.jsonl"'

# A page with only menus: exit 2, "no report text".
printf '<!DOCTYPE html><html><body><ul class="nav"><li><a href="/">首页</a></li></ul><p>Welcome</p></body></html>\n' > "$tmp/index.html"
"$bin/cppcc-extract" "$tmp/index.html" > /dev/null 2> "$tmp/err"; rc=$?
check "a page without report text exits 2 with a message" '[ $rc -eq 2 ] && grep -q "index.html: no report text" "$tmp/err"'

# An image-only PDF (here: a blank page) has no text layer.
printf '<!DOCTYPE html><html><body></body></html>\n' > "$tmp/blank.html"
profile=$(mktemp -d -p "$tmp")
/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --no-pdf-header-footer --user-data-dir="$profile" \
  --print-to-pdf="$tmp/blank.pdf" "file://$tmp/blank.html" > /dev/null 2>&1
"$bin/cppcc-extract" "$tmp/blank.pdf" > /dev/null 2> "$tmp/err"; rc=$?
check "a PDF without text asks for OCR" '[ $rc -eq 2 ] && grep -q "no text layer; it needs OCR first" "$tmp/err"'

# A truncated PDF: exit 2 in bounded time.
head -c 20000 "$tmp/fx/gov-report-national-2019.pdf" > "$tmp/cut.pdf"
timeout 20 "$bin/cppcc-extract" "$tmp/cut.pdf" > /dev/null 2> "$tmp/err"; rc=$?
check "a truncated PDF exits 2 with a message" '[ $rc -eq 2 ] && grep -q "truncated" "$tmp/err"'

# A PDF encrypted with a password we do not have (its /Encrypt dictionary's
# keys match no empty user password): exit 2 and say so, without a crash.
"$py" "$CPPCC_SOURCE/tests/cli/write_pdf.py" locked "$tmp/locked.pdf"
timeout 20 "$bin/cppcc-extract" "$tmp/locked.pdf" > /dev/null 2> "$tmp/err"; rc=$?
check "a password-protected PDF exits 2 and asks for an unlocked copy" '[ $rc -eq 2 ] && grep -q "encrypted with a password" "$tmp/err"'

# A PDF with ~9 MiB of text (2300 pages sharing one content stream; the file
# is small): refused page by page once the text passes 8 MiB, in bounded time.
"$py" "$CPPCC_SOURCE/tests/cli/write_pdf.py" long "$tmp/long.pdf"
timeout 120 "$bin/cppcc-extract" "$tmp/long.pdf" > /dev/null 2> "$tmp/err"; rc=$?
check "a PDF with over 8 MiB of text exits 2 and says where it stopped" '[ $rc -eq 2 ] && grep -q "text passes 8 MiB by page [0-9]* of 2300" "$tmp/err"'

finish
