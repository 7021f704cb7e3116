#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The symbol the halting line names after pc= (vm/symbols.c), against gdb's "info symbol" on the
# same ELF: each program runs under basin-run with a range of budgets, each run stops at another
# pc, and for every pc the symbol's start (pc minus the offset) must be the one gdb finds, or
# both must find none. Aliases (two names at one address) may differ: gdb picks its own.
#   tests/symbols.sh BASIN_RUN ELF...
# One line per ELF ("pass symbols/NAME: ..." or "FAIL symbols/NAME: ..."), or one "skip" line
# when no gdb is installed; then "N passed, M failed".
set -uo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 BASIN_RUN ELF..." >&2
    exit 2
fi
basin_run=$1
shift
gdb=$(command -v gdb-multiarch || command -v gdb || true)
if [ -z "$gdb" ]; then
    echo "skip symbols/: no gdb or gdb-multiarch to compare with (apt-get install gdb-multiarch)"
    echo "0 passed, 0 failed"
    exit 0
fi
RUNS=${SYMBOL_RUNS:-100} # budgets per program: 7, then every 1499 instructions

passed=0
failed=0

# "0x10094 main+0x1a" (or "0x10094 -" without a symbol) for each distinct pc where a run stopped.
stops() {
    local elf=$1 budget line
    for ((run = 0; run < RUNS; run++)); do
        budget=$((7 + 1499 * run))
        line=$("$basin_run" --clock deterministic --budget "$budget" "$elf" </dev/null 2>&1 >/dev/null |
            grep -m 1 '^vm: budget-exhausted ')
        [[ $line =~ ^vm:\ budget-exhausted\ pc=(0x[0-9a-f]+)(\ \((.+)\))?\ instret= ]] || continue
        echo "${BASH_REMATCH[1]} ${BASH_REMATCH[3]:--}"
    done | sort -u
}

# gdb's answer for each pc, in the same form, one line each.
gdb_symbols() {
    local elf=$1 pc sym
    local commands=()
    while read -r pc _; do
        commands+=(-ex "echo @$pc\\n" -ex "info symbol $pc")
    done
    "$gdb" -batch -nx "${commands[@]}" "$elf" 2>/dev/null | awk '
        /^@0x/ { if (pc != "") print pc, answer; pc = substr($0, 2); answer = "-"; next }
        / in section / { answer = $1 "+0x" sprintf("%x", ($2 == "+" ? $3 : 0)) }
        END { if (pc != "") print pc, answer }'
}

# The symbol's start: pc minus its offset, or "-".
start_of() {
    local pc=$1 sym=$2
    [ "$sym" = - ] && { echo -; return; }
    printf '0x%x\n' $((pc - ${sym##*+}))
}

for elf in "$@"; do
    name=symbols/$(basename "$elf" .elf)
    mapfile -t ours < <(stops "$elf")
    mapfile -t theirs < <(printf '%s\n' "${ours[@]}" | gdb_symbols "$elf")
    if [ ${#ours[@]} -lt 2 ] || [ ${#ours[@]} -ne ${#theirs[@]} ]; then
        echo "FAIL $name: ${#ours[@]} pcs from basin-run, ${#theirs[@]} answers from $gdb"
        failed=$((failed + 1))
        continue
    fi
    differences=() named=0
    for i in "${!ours[@]}"; do
        read -r pc sym <<<"${ours[$i]}"
        read -r gdb_pc gdb_sym <<<"${theirs[$i]}"
        [ "$sym" != - ] && named=$((named + 1))
        if [ "$pc" != "$gdb_pc" ] || [ "$(start_of "$pc" "$sym")" != "$(start_of "$pc" "$gdb_sym")" ]; then
            differences+=("at $pc: basin-run $sym, gdb $gdb_sym")
        fi
    done
    if [ ${#differences[@]} -eq 0 ] && [ "$named" -gt 0 ]; then
        echo "pass $name: ${#ours[@]} pcs, $named named, the same symbols as gdb"
        passed=$((passed + 1))
    else
        echo "FAIL $name: ${#differences[@]} of ${#ours[@]} pcs differ from gdb ($named named)"
        for d in "${differences[@]:0:5}"; do echo "  $d"; done
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
