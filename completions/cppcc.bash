# bash completion for cppcc-extract, cppcc-validate, cppcc-diff and cppcc-segment.
# Installed once per tool to share/bash-completion/completions/. The options
# and their choices come from the tool's own --help (CLI11 prints choices as
# TEXT:{a,b,c}), so the completion follows the installed version.

# The tool's --help, read once per command per shell.
declare -gA _cppcc_help_cache 2>/dev/null || true
_cppcc_help() {
  local cmd=$1
  if [[ -z ${_cppcc_help_cache[$cmd]+set} ]]; then
    _cppcc_help_cache[$cmd]=$("$cmd" --help 2>/dev/null)
  fi
  printf '%s\n' "${_cppcc_help_cache[$cmd]}"
}

_cppcc_complete() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=""
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  local help
  help=$(_cppcc_help "${COMP_WORDS[0]}")
  COMPREPLY=()

  # The value of an option: its choices, nothing for numbers, else files.
  if [[ $prev == -* ]]; then
    local line
    line=$(grep -E -- "^ +(-[A-Za-z],)?${prev}( |$)|^ +${prev},--" <<<"$help" | head -n 1)
    if [[ -n $line ]]; then
      if [[ $line =~ :\{([^}]*)\} ]]; then
        local choices=${BASH_REMATCH[1]//,/ }
        mapfile -t COMPREPLY < <(compgen -W "$choices" -- "$cur")
        return 0
      elif [[ $line =~ ${prev}\ +(UINT|INT|FLOAT) ]]; then
        return 0
      elif [[ $line =~ ${prev}\ +[A-Z] ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return 0
      fi
    fi
  fi

  if [[ $cur == -* ]]; then
    local opts
    opts=$(sed -n -E 's/^ +(-[A-Za-z],)?(--[A-Za-z0-9][A-Za-z0-9-]*).*/\2/p' <<<"$help" | sort -u)
    mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
    return 0
  fi
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}

complete -F _cppcc_complete cppcc-extract cppcc-validate cppcc-diff cppcc-segment
