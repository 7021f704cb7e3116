#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Differential testing of the Basin VM against QEMU's user-mode emulator:
#
#   tests/difftest/run.sh BASIN_RUN FIRST_SEED COUNT [JOBS]
#
# For each seed FIRST_SEED .. FIRST_SEED+COUNT-1: difftest-gen writes build/difftest/SEED.elf, a
# random RV64GC + Zba/Zbb/Zbs program that dumps its registers, fcsr and scratch memory to stdout;
# it runs under BASIN_RUN and under qemu-riscv64, each under a timeout, and difftest-compare
# compares the two dumps bit for bit. Seeds run JOBS at a time (default 2). Prints one FAIL line
# per divergent seed (exit statuses and the first difference; details indented below it), then
#   difftest: N seeds, M diverged
# and exits 1 if M > 0 (2 on a usage error). BASIN_RUN=qemu-riscv64 runs QEMU against itself,
# which validates the generator: it must never diverge.
#
# A seed fails when: either run times out; QEMU exits non-zero (every program must exit 0 under
# QEMU: that would be a generator bug); the exit statuses differ; or the dumps differ or are
# incomplete. A failing seed's files end up in build/difftest/ (SEED.elf, SEED.basin.bin,
# SEED.qemu.bin, stderr in SEED.basin.err and SEED.qemu.err); a passing seed's are removed, unless
# DIFFTEST_KEEP=1. Each run works in its own directory under build/difftest/ and moves only the
# failing seeds' files out of it at the end, so that runs in the same tree at the same time do
# not mix up each other's results. DIFFTEST_TIMEOUT sets the per-run timeout in seconds
# (default 10).
#
# This script builds nothing. The tools are built with:
#   cc -std=c11 -O2 -Wall -Wextra -Werror tests/difftest/gen.c -o build/host/difftest-gen
#   cc -std=c11 -O2 -Wall -Wextra -Werror tests/difftest/compare.c -o build/host/difftest-compare
set -uo pipefail

usage() {
    echo "usage: tests/difftest/run.sh BASIN_RUN FIRST_SEED COUNT [JOBS]" >&2
    exit 2
}
[ $# -ge 3 ] && [ $# -le 4 ] || usage
BASIN_RUN=$1
FIRST=$2
COUNT=$3
JOBS=${4:-2}
is_number() { [[ $1 =~ ^[0-9]+$ ]]; }
is_number "$FIRST" && is_number "$COUNT" && is_number "$JOBS" && [ "$JOBS" -ge 1 ] || usage

# A relative BASIN_RUN path means the caller's directory; everything else is relative to the root.
case $BASIN_RUN in
    */*) BASIN_RUN=$(cd "$(dirname "$BASIN_RUN")" && pwd)/$(basename "$BASIN_RUN") ;;
esac
cd "$(dirname "$0")/../.." || exit 2

GEN=build/host/difftest-gen
COMPARE=build/host/difftest-compare
OUT=build/difftest
TIMEOUT=${DIFFTEST_TIMEOUT:-10}
KEEP=${DIFFTEST_KEEP:-0}
# zba/zbb/zbs are spelled out although QEMU 7.2 enables them by default: newer QEMUs may not.
QEMU=(qemu-riscv64 -cpu rv64,zba=true,zbb=true,zbs=true)
if [ "$(basename "$BASIN_RUN")" = qemu-riscv64 ]; then
    BASIN=("$BASIN_RUN" "${QEMU[@]:1}")
else
    BASIN=("$BASIN_RUN")
fi

for tool in "$GEN" "$COMPARE"; do
    if [ ! -x "$tool" ]; then
        echo "difftest: $tool is missing; build it as the comment at the top of $0 says" >&2
        exit 2
    fi
done
for command in "${BASIN[0]}" "${QEMU[0]}"; do
    command -v "$command" >/dev/null || { echo "difftest: $command not found" >&2; exit 2; }
done
mkdir -p "$OUT" || exit 2
WORK=$(mktemp -d "$OUT/run.XXXXXX") || exit 2
trap 'rm -rf "$WORK"' EXIT

# Runs one program under a timeout; sets the variable VAR to its exit status, or to "timeout"
# (timeout's 124, or 137 when it had to send SIGKILL). No subshell: this runs twice per seed.
run_under_timeout() { # VAR OUTPUT ERRORS COMMAND...
    local var=$1 output=$2 errors=$3
    shift 3
    timeout -k 5 "$TIMEOUT" "$@" >"$output" 2>"$errors"
    local status=$?
    if [ $status -eq 124 ] || [ $status -eq 137 ]; then status=timeout; fi
    printf -v "$var" '%s' "$status"
}

describe() { # STATUS
    if [ "$1" = timeout ]; then echo "timed out after ${TIMEOUT}s"; else echo "exit=$1"; fi
}

# Generates, runs and compares one seed in $WORK; writes $WORK/SEED.result only if it fails.
run_seed() { # SEED
    local seed=$1 base=$WORK/$1
    if ! "$GEN" "$seed" "$base.elf" 2>"$base.gen.err"; then
        { echo "FAIL seed $seed: difftest-gen failed"; sed 's/^/  /' "$base.gen.err"; } >"$base.result"
        return
    fi
    local basin_status qemu_status comparison compare_status
    run_under_timeout basin_status "$base.basin.bin" "$base.basin.err" "${BASIN[@]}" "$base.elf"
    run_under_timeout qemu_status "$base.qemu.bin" "$base.qemu.err" "${QEMU[@]}" "$base.elf"
    comparison=$("$COMPARE" "$seed" "$base.basin.bin" "$base.qemu.bin" 2>&1)
    compare_status=$?
    if [ "$basin_status" = 0 ] && [ "$qemu_status" = 0 ] && [ $compare_status -eq 0 ]; then
        [ "$KEEP" = 1 ] || rm -f "$base".*
        return
    fi
    local first detail=()
    first=$(head -n 1 <<<"$comparison")
    [ "$qemu_status" = 0 ] ||
        detail+=("qemu-riscv64 must exit 0 for every generated program (a generator bug?)")
    [ "$compare_status" -eq 0 ] || mapfile -t -O ${#detail[@]} detail < <(tail -n +2 <<<"$comparison")
    [ -s "$base.basin.err" ] && detail+=("basin stderr: $(head -c 300 "$base.basin.err" | tr '\n' ' ')")
    [ -s "$base.qemu.err" ] && detail+=("qemu stderr: $(head -c 300 "$base.qemu.err" | tr '\n' ' ')")
    detail+=("files: $OUT/$seed.{elf,basin.bin,qemu.bin}")
    local verdict="FAIL seed $seed: basin $(describe "$basin_status"), qemu $(describe "$qemu_status")"
    {
        echo "$verdict${first:+: $first}"
        for line in "${detail[@]}"; do echo "  $line"; done
    } >"$base.result"
}

# A pool of JOBS background workers: start one per seed, waiting for any to finish when full.
seed_list() { seq "$FIRST" $((FIRST + COUNT - 1)); }
running=0
for seed in $(seed_list); do
    run_seed "$seed" &
    running=$((running + 1))
    if [ $running -ge "$JOBS" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

# Report in seed order, so that the output does not depend on scheduling; keep the files of
# the failing seeds (and of all seeds with DIFFTEST_KEEP=1) in $OUT.
diverged=0
for seed in $(seed_list); do
    if [ -f "$WORK/$seed.result" ]; then
        cat "$WORK/$seed.result"
        diverged=$((diverged + 1))
    fi
    if [ -f "$WORK/$seed.result" ] || [ "$KEEP" = 1 ]; then
        for file in "$WORK/$seed".*; do
            case $file in *.result|*.gen.err) ;; *) mv -f "$file" "$OUT/" ;; esac
        done
    fi
done
echo "difftest: $COUNT seeds, $diverged diverged"
[ $diverged -eq 0 ]
