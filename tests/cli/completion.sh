#!/usr/bin/env bash
# completions/cppcc.bash (installed as share/bash-completion/completions/TOOL)
# loads in a plain bash, completes every tool's options from its --help, the
# choices of --format, and files for arguments; and the man pages exist.
set -u
. "$(dirname "$0")/lib.sh"
bin="${CPPCC_BIN:?}"
src="${CPPCC_SOURCE:?}"
completion="$src/completions/cppcc.bash"
require_tool "$bin/cppcc-validate"

# complete WORDS...: what TAB offers for the last word (may be empty).
complete_words() {
  PATH="$bin:$PATH" bash --norc --noprofile -c '
    source "$1" || exit 3
    shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    _cppcc_complete
    printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
}

check "loads in bash and registers the four tools" \
  'PATH="$bin:$PATH" bash --norc -c "source \"$completion\" && complete -p cppcc-extract cppcc-validate cppcc-diff cppcc-segment" >/dev/null'
for tool in cppcc-extract cppcc-validate cppcc-diff cppcc-segment; do
  check "$tool: --he completes to --help" '[ "$(complete_words $tool --he)" = "--help" ]'
  # Every long option in --help is offered after "--".
  want=$("$bin/$tool" --help | sed -n -E 's/^ +(-[A-Za-z],)?(--[A-Za-z0-9][A-Za-z0-9-]*).*/\2/p' | sort -u)
  check "$tool: -- offers every option of --help" '[ -n "$want" ] && [ "$(complete_words $tool --)" = "$want" ]'
done
check_eq "validate --format offers its choices" "github
json
sarif
text" "$(complete_words cppcc-validate --format "" | sort)"
check_eq "extract -f s completes to sqlite" "sqlite" "$(complete_words cppcc-extract -f s)"
check_eq "validate --fail-on w completes to warning" "warning" "$(complete_words cppcc-validate --fail-on w)"
check_eq "no completion for a number" "" "$(complete_words cppcc-validate --jobs "")"
mkdir -p "$tmp/reports" && touch "$tmp/reports/draft-2026.txt"
check_eq "an input completes to a file" "$tmp/reports/draft-2026.txt" "$(complete_words cppcc-validate "$tmp/reports/dr")"

# Man pages (help2man at build time) name the tool and its options.
man_dir="$bin/../man/man1"
if [ -d "$man_dir" ] || [ "${CI:-}" = true ]; then
  for tool in cppcc-extract cppcc-validate cppcc-diff cppcc-segment; do
    check "$tool.1 exists" '[ -s "$man_dir/$tool.1" ]'
    check "$tool.1 is a man page of $tool" 'grep -q "^\.TH \"\?${tool^^}" "$man_dir/$tool.1"'
    check "$tool.1 lists --help" 'grep -q "help" "$man_dir/$tool.1"'
  done
else
  echo "skip: man pages not built (help2man missing)"
fi
finish
