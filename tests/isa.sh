#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs Basin's self-checking ISA test programs (user/isa/*.S, built into ELF files) under a runner:
#
#   tests/isa.sh RUNNER ELF...
#   tests/isa.sh "qemu-riscv64 -cpu rv64,zba=true,zbb=true,zbs=true" build/isa/*.elf
#   tests/isa.sh build/host/basin-run build/isa/*.elf
#
# RUNNER is a command prefix (split on blanks); each ELF is appended to it and run under a
# timeout of 30 s (ISA_TIMEOUT=S changes it). One line per file:
#   pass isa/NAME
#   FAIL isa/NAME: failed case N       the program exited with N and printed "isa: failed case N"
#   FAIL isa/NAME: timed out
#   FAIL isa/NAME: status S            any other exit status (a crash, a signal, ...), followed by
#                                      the last line the run printed, indented
#   skip isa/NAME (REASON)             the runner's command is not installed here
# then "N passed, M failed, K skipped". Exit status 1 if any file failed, 2 on a usage error.
set -uo pipefail

if [ $# -lt 2 ] || [ -z "$1" ]; then
    echo "usage: $0 RUNNER ELF..." >&2
    exit 2
fi
read -r -a runner <<<"$1"
shift
limit=${ISA_TIMEOUT:-30}

passed=0
failed=0
skipped=0
fail() { # fail NAME REASON [DETAIL]
    echo "FAIL $1: $2"
    if [ -n "${3:-}" ]; then echo "  $3"; fi
    failed=$((failed + 1))
}

# A runner that is not installed cannot run anything: each file is a skip, not a pass or a crash.
missing_runner=
command -v "${runner[0]}" >/dev/null 2>&1 || missing_runner="${runner[0]} is not installed"

for elf in "$@"; do
    name=isa/$(basename "$elf" .elf)
    if [ -n "$missing_runner" ]; then
        echo "skip $name ($missing_runner)"
        skipped=$((skipped + 1))
        continue
    fi
    if [ ! -f "$elf" ]; then
        fail "$name" "no such file: $elf"
        continue
    fi
    output=$(timeout -k 5 "$limit" "${runner[@]}" "$elf" 2>&1)
    status=$?
    if [ $status -eq 0 ]; then
        echo "pass $name"
        passed=$((passed + 1))
        continue
    fi
    reported=$(grep -o 'isa: failed case [0-9][0-9]*' <<<"$output" | tail -n 1)
    reported=${reported##* }
    if [ -n "$reported" ] && [ $((10#$reported)) -eq $status ]; then
        fail "$name" "failed case $((10#$reported))"
    elif [ $status -eq 124 ] || [ $status -eq 137 ]; then
        fail "$name" "timed out"
    else
        # The last line, or the halting line when the register lines of a fault follow it.
        fail "$name" "status $status" "$(grep -v -e '^[[:space:]]*$' -e '^regs: ' -e '^fault: ' <<<"$output" | tail -n 1)"
    fi
done

echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
