#!/usr/bin/env bash
# cppcc-validate --fix keeps what the user had: through a symlink the target
# is fixed and the link stays; hard links see the fix (not split); a
# read-only file is refused (exit 2, untouched); mode, owner, extended
# attributes and ACLs survive; a line appended while --fix runs is not lost;
# no temporary file is left. (tests/unit/util/atomic_file_test.cc edits a
# file between read and commit deterministically, through a callback.)
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}/cppcc-validate"
require_tool "$bin"
py=/usr/bin/python3
[ -x "$py" ] || py=python3

draft=$'标题\n委员们认为,报告很好。\n'
fixed=$'标题\n委员们认为，报告很好。\n'
d="$tmp/d"
mkdir "$d"
cd "$d" || exit 1

# Symbolic link: the file it points to is fixed, the link is still a link.
printf '%s' "$draft" >target.txt
ln -s target.txt link.txt
"$bin" --no-config --fix link.txt >/dev/null 2>&1
check_eq "fix through a symlink exits 0" 0 $?
check "the link is still a symlink" '[ -L link.txt ] && [ "$(readlink link.txt)" = target.txt ]'
check "the symlink's target is fixed" 'printf "%s" "$fixed" | cmp -s - target.txt'
rm -f target.txt link.txt

# Hard links: both names see the fixed text, still one file.
printf '%s' "$draft" >a.txt
ln a.txt b.txt
"$bin" --no-config --fix a.txt >/dev/null 2>&1
check_eq "fix of a hard-linked file exits 0" 0 $?
check "the other name sees the fix" 'printf "%s" "$fixed" | cmp -s - b.txt'
check "still one file with two names" '[ a.txt -ef b.txt ] && [ "$(stat -c %h a.txt)" = 2 ]'
rm -f a.txt b.txt

# Read-only: refused with a message and exit 2, the file untouched.
printf '%s' "$draft" >ro.txt
chmod 444 ro.txt
"$bin" --no-config --fix ro.txt >/dev/null 2>"$tmp/err"
check_eq "fix of a read-only file exits 2" 2 $?
check "the message says read-only and what to do" \
  'grep -q "^cppcc-validate: cannot write ro.txt: it is read-only (mode 0444), so it is left unchanged; chmod u+w ro.txt" "$tmp/err"'
check "the read-only file is untouched" 'printf "%s" "$draft" | cmp -s - ro.txt'
check_eq "mode still 444" 444 "$(stat -c %a ro.txt)"
rm -f ro.txt

# Standard output closed (>&-): the findings left after fixing (a numbering
# gap has no fix) cannot go into a file opened meanwhile (fd 1 reused by a
# temporary file would put them into a draft).
gap_draft=$'标题\n一、甲\n三、乙\n委员们认为,报告很好。\n'
gap_fixed=$'标题\n一、甲\n三、乙\n委员们认为，报告很好。\n'
for n in 1 2 3 4 5 6 7 8; do printf '%s' "$gap_draft" >"c$n.txt"; done
"$bin" --no-config --fix -j2 c?.txt >&- 2>"$tmp/err"
check_eq "fix with stdout closed exits 2" 2 $?
check "fix with stdout closed says so" 'grep -q "^cppcc-validate: cannot write standard output: Bad file descriptor" "$tmp/err"'
for n in 1 2 3 4 5 6 7 8; do
  check "fix with stdout closed: c$n.txt is the fixed draft or the untouched one, nothing else" \
    'printf "%s" "$gap_fixed" | cmp -s - c$n.txt || printf "%s" "$gap_draft" | cmp -s - c$n.txt'
done
rm -f c?.txt

# Mode, owner (when root may give a file away), xattrs and a POSIX ACL are kept.
# A tmpfs /tmp may store no user xattrs: then the file goes in the build tree.
meta="$d/meta.txt"
metadir=""
if ! "$py" -c 'import os,sys; os.setxattr(sys.argv[1], "user.probe", b"1")' "$d" 2>/dev/null; then
  metadir=$(mktemp -d "${CPPCC_BIN}/../xattr-test.XXXXXX") && meta="$metadir/meta.txt"
fi
printf '%s' "$draft" >"$meta"
chmod 640 "$meta"
want_owner=$(stat -c %u:%g "$meta")
if [ "$(id -u)" -eq 0 ]; then chown 1234:5678 "$meta" && want_owner=1234:5678; fi
"$py" - "$meta" <<'PY' 2>"$tmp/xattr-err"
import os, struct, sys
f = sys.argv[1]
os.setxattr(f, "user.cppcc-note", b"keep me")
# system.posix_acl_access: version 2, then (tag, perms, id): user::rw- user:4321:r-- group::r-- mask::r-- other::---
none = 0xFFFFFFFF
entries = [(0x01, 6, none), (0x02, 4, 4321), (0x04, 4, none), (0x10, 4, none), (0x20, 0, none)]
os.setxattr(f, "system.posix_acl_access", struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *e) for e in entries))
PY
have_xattrs=$?
if [ "$have_xattrs" -ne 0 ]; then
  if [ "${CI:-}" = true ]; then
    echo "FAIL: cannot set xattrs/ACLs here: $(cat "$tmp/xattr-err")"
    fail=1
  else
    echo "note: no user xattrs or ACLs on this file system; those checks skipped ($(tail -1 "$tmp/xattr-err"))"
  fi
fi
xattrs() { "$py" -c 'import os,sys; f=sys.argv[1]; print(sorted((n, os.getxattr(f, n).hex()) for n in os.listxattr(f)))' "$1"; }
before=$(xattrs "$meta")
inode=$(stat -c %i "$meta")
"$bin" --no-config --fix "$meta" >/dev/null 2>&1
check_eq "fix with metadata exits 0" 0 $?
check "the file is fixed" 'printf "%s" "$fixed" | cmp -s - "$meta"'
check "it is a new file (replaced by rename)" '[ "$(stat -c %i "$meta")" != "$inode" ]'
check_eq "mode kept" 640 "$(stat -c %a "$meta")"
check_eq "owner and group kept" "$want_owner" "$(stat -c %u:%g "$meta")"
if [ "$have_xattrs" -eq 0 ]; then
  check_eq "xattrs and ACL kept" "$before" "$(xattrs "$meta")"
  check "the ACL names user 4321" '[[ "$before" == *system.posix_acl_access* ]] && [[ "$before" == *e1100000* ]]'
fi
rm -f "$meta"
[ -n "$metadir" ] && rm -rf "$metadir"

# Edited while --fix runs: a line appended once the fixed text is being
# written (its temporary file exists) must survive. Normally --fix then
# refuses (exit 2); if the append comes after the rename, the fix is kept
# and the line lands in the fixed file. Either way nothing is lost.
for i in $(seq 20000); do echo "委员们认为,报告很好。"; done >big.txt
appended=0
for attempt in 1 2 3; do
  "$bin" --no-config --fix big.txt >/dev/null 2>"$tmp/err" &
  pid=$!
  hit=0
  for _ in $(seq 200000); do
    temps=(.big.txt.cppcc-*.tmp)
    if [ -e "${temps[0]}" ]; then echo "追加的一行" >>big.txt; hit=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
  done
  wait "$pid"
  rc=$?
  if [ "$hit" -eq 1 ]; then
    appended=1
    check "edited during --fix: the appended line survives" 'tail -1 big.txt | grep -qx "追加的一行"'
    if [ "$rc" -eq 2 ]; then
      check "edited during --fix: says it changed" 'grep -q "cannot write big.txt: it changed while it was being checked" "$tmp/err"'
      check "edited during --fix: the draft is not fixed" 'head -1 big.txt | grep -qx "委员们认为,报告很好。"'
    else
      check_eq "edited after the commit: the fix went through" 0 "$rc"
      check "edited after the commit: the draft is fixed" 'head -1 big.txt | grep -qx "委员们认为，报告很好。"'
    fi
    break
  fi
  for i in $(seq 20000); do echo "委员们认为,报告很好。"; done >big.txt
done
[ "$appended" -eq 1 ] || echo "note: the write window was never seen; the edit-during-fix case is covered by tests/unit/util/atomic_file_test.cc"
rm -f big.txt

check_eq "no temporary file left" "" "$(ls -A)"
finish
