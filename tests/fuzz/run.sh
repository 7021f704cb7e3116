#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets of vm/ and of the kernel's device-tree reader (ASan + UBSan; `make
# fuzz-build`) and runs each for SECONDS seconds.
#   tests/fuzz/run.sh SECONDS
# One line per target: "pass fuzz/NAME: ..." or "FAIL fuzz/NAME: ..." with the crash file, or
# "skip fuzz/NAME (reason)" when libFuzzer cannot work here (no clang, or it cannot build even an
# empty fuzz target for this host) or SECONDS is 0. Exits non-zero on any finding. The checked-in
# corpus is copied to a scratch directory first, so fuzzing never rewrites it; new inputs and
# crash files stay under build/fuzz/.
set -u

SECONDS_EACH=${1:-}
case "$SECONDS_EACH" in
    ''|*[!0-9]*) echo "usage: tests/fuzz/run.sh SECONDS" >&2; exit 2 ;;
esac

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/build/fuzz"
CC=${FUZZ_CC:-clang}
FLAGS="-std=c11 -Wall -Wextra -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all"
TARGETS="elf interpreter syscall fdt gdbstub fp" # as the Makefile's FUZZ_TARGETS

mkdir -p "$OUT"
cd "$ROOT" || exit 2

skip_all() { # REASON
    for name in $TARGETS; do echo "skip fuzz/$name ($1)"; done
    exit 0
}
[ "$SECONDS_EACH" -gt 0 ] || skip_all "SECONDS is 0"
# libFuzzer's runtime ships in libclang-rt-14-dev on Debian. Whether it can work on this host at
# all is probed with an empty target: only then is a failed build of a real target a failure.
command -v "$CC" >/dev/null 2>&1 || skip_all "$CC not found: apt-get install clang libclang-rt-14-dev"
printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
    >"$OUT/probe.c"
# shellcheck disable=SC2086 # FLAGS is a list of words
$CC $FLAGS "$OUT/probe.c" -o "$OUT/probe" >"$OUT/probe.log" 2>&1 ||
    skip_all "$CC cannot build a libFuzzer target on this host: $(head -n 1 "$OUT/probe.log")"

# vm/ compiled once for every target, in parallel (the Makefile's fuzz-build).
if ! make --no-print-directory -j2 fuzz-build >"$OUT/build.log" 2>&1; then
    for name in $TARGETS; do echo "FAIL fuzz/$name: build failed (see $OUT/build.log)"; done
    exit 1
fi

failed=0
for name in $TARGETS; do
    binary="$OUT/fuzz_$name"
    work="$OUT/work_$name"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp "tests/fuzz/corpus/$name/"* "$work/corpus/" 2>/dev/null
    log="$OUT/fuzz_$name.log"
    start=$(date +%s)
    "$binary" "$work/corpus" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" >"$log" 2>&1
    status=$?
    elapsed=$(( $(date +%s) - start ))
    crash=$(find "$work/artifacts" -type f | head -n 1)
    if [ "$status" -ne 0 ] || [ -n "$crash" ]; then
        echo "FAIL fuzz/$name: exit status $status, crash file $crash (log $log)"
        failed=1
        continue
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | sed -n 's/.*\(cov: [0-9]* ft: [0-9]*\).*/\1/p')
    if [ "${runs:-0}" -eq 0 ]; then # a run that executed nothing checked nothing
        echo "FAIL fuzz/$name: libFuzzer ran no input (log $log)"
        failed=1
        continue
    fi
    echo "pass fuzz/$name: $runs runs in $elapsed s, $rate exec/s, no crash ($cov)"
done
exit "$failed"
