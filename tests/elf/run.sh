#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The malformed-ELF suite: runs every file make_bad_elves wrote under basin-run.
#   tests/elf/run.sh BASIN_RUN OUT_DIR
# A file listed in tests/elf/expected.txt must be refused: exit status 126 and exactly one line
# on stderr, "vm: load-failed error=NAME (message)", with the NAME listed. A good-*.elf file must
# load and exit 7 with "vm: halted exit=7 ...". A file with no expectation, or an expected file
# that is missing, is a failure too, so the generator and the list cannot drift apart.
# One line per file, then "N passed, M failed, 0 skipped" (every file runs wherever basin-run
# does); exit status 1 on any failure.
set -uo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BASIN_RUN OUT_DIR" >&2
    exit 2
fi
basin_run=$1
dir=$2
expected_file=$(dirname "$0")/expected.txt
TIMEOUT=${ELF_TIMEOUT:-10} # seconds per file; a refused file should take milliseconds

passed=0
failed=0
pass() { echo "pass elf/$1: $2"; passed=$((passed + 1)); }
fail() { echo "FAIL elf/$1: $2"; failed=$((failed + 1)); }

declare -A expected=()
while read -r name error rest; do
    case "$name" in '' | '#'*) continue ;; esac
    expected[$name]=$error
done <"$expected_file"

stderr_file=$(mktemp)
trap 'rm -f "$stderr_file"' EXIT

# Runs one file; sets status and err (the whole of stderr).
run_one() {
    timeout "$TIMEOUT" "$basin_run" "$1" </dev/null >/dev/null 2>"$stderr_file"
    status=$?
    err=$(cat "$stderr_file")
}

check_refused() { # check_refused NAME ERROR
    local name=$1 want=$2
    run_one "$dir/$name"
    local want_prefix="vm: load-failed error=$want ("
    if [ $status -eq 124 ]; then
        fail "$name" "timed out after ${TIMEOUT}s (expected error=$want)"
    elif [ $status -ne 126 ]; then
        fail "$name" "exit status $status, expected 126 (error=$want); stderr: ${err:-<empty>}"
    elif [ "$(printf '%s\n' "$err" | wc -l)" -ne 1 ] || [ "${err#"$want_prefix"}" = "$err" ] ||
        [ "${err: -1}" != ")" ]; then
        fail "$name" "expected one line 'vm: load-failed error=$want (...)', got: ${err:-<empty>}"
    else
        pass "$name" "error=$want"
    fi
}

check_good() { # check_good NAME: must load and exit 7
    local name=$1
    run_one "$dir/$name"
    if [ $status -eq 7 ] && [[ "$err" == "vm: halted exit=7 "* ]] &&
        [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ]; then
        pass "$name" "loaded, exit=7"
    else
        fail "$name" "expected exit 7 and 'vm: halted exit=7 ...', got status $status: ${err:-<empty>}"
    fi
}

shopt -s nullglob
files=("$dir"/*.elf)
if [ ${#files[@]} -eq 0 ]; then
    fail "(none)" "no .elf files in $dir"
fi
for path in "${files[@]}"; do
    name=${path##*/}
    if [[ "$name" == good-* ]]; then
        check_good "$name"
    elif [ -n "${expected[$name]:-}" ]; then
        check_refused "$name" "${expected[$name]}"
    else
        fail "$name" "not listed in $expected_file"
    fi
done
for name in "${!expected[@]}"; do
    [ -e "$dir/$name" ] || fail "$name" "listed in $expected_file but not in $dir"
done

echo "$passed passed, $failed failed, 0 skipped"
[ $failed -eq 0 ]
