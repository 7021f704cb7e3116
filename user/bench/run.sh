#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The benchmark runner, called by `make bench` after the build (user/bench/README.md):
#   user/bench/run.sh [NAME...]      default: every user/bench/*.c
# For each program it runs the native build, basin-run (deterministic clock) and qemu-riscv64 on
# the same guest ELF, BENCH_RUNS times each (default 5, interleaved so that noise hits all three
# alike), and prints one table row: guest instructions, median wall times, basin-run's MIPS and
# its time ratios to native and to qemu-riscv64; then geometric means of the ratios. Every run
# must print exactly what the native program printed and exit 0 (basin-run with the same halting
# line each time); otherwise the row says FAIL and the script exits 1 at the end.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2

BUILD=build
RESULTS=$BUILD/bench/results
BASIN_RUN=$BUILD/host/basin-run
QEMU="qemu-riscv64"
BUDGET=10000000000 # far above any benchmark, so the budget never ends a run
FLOAT_BENCHMARKS=" nbody " # left out of the integer geometric mean
RUNS=${BENCH_RUNS:-5}

die() {
    echo "bench: $*" >&2
    exit 2
}

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS=$RUNS: must be a positive whole number"
[ -x "$BASIN_RUN" ] || die "$BASIN_RUN is missing: build with 'make bench' (or make host)"
command -v "$QEMU" >/dev/null 2>&1 ||
    die "$QEMU is missing: 'make bench' installs it (qemu/deps.sh test)"
if [ $# -gt 0 ]; then
    programs=("$@")
else
    programs=()
    for source in user/bench/*.c; do programs+=("$(basename "$source" .c)"); done
fi
for name in "${programs[@]}"; do
    [ -x "$BUILD/bench/native/$name" ] ||
        die "$BUILD/bench/native/$name is missing: run 'make bench'"
    [ -f "$BUILD/bench/$name.elf" ] || die "$BUILD/bench/$name.elf is missing: run 'make bench'"
done
mkdir -p "$RESULTS" || die "cannot create $RESULTS"

# Wall-clock microseconds; bash's own clock costs no process, so it does not pad short runs.
now_us() {
    if [ -n "${EPOCHREALTIME:-}" ]; then
        echo "${EPOCHREALTIME//[!0-9]/}"
    else
        echo $(($(date +%s%N) / 1000))
    fi
}

# median_us T... : the middle value (the mean of the two middle ones for an even count).
median_us() {
    local sorted
    mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
    local n=${#sorted[@]}
    if ((n % 2)); then
        echo "${sorted[n / 2]}"
    else
        echo $(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
    fi
}

# --- the header: enough to reproduce and compare the numbers -------------------------------
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git status --porcelain -- vm 2>/dev/null)" ] &&
    commit="$commit + uncommitted changes in vm/"
if [ -n "${MAKELEVEL:-}" ]; then command_line="make bench BENCH_RUNS=$RUNS"
else command_line="BENCH_RUNS=$RUNS user/bench/run.sh${*:+ $*}"; fi
echo "machine: ${cpu:-unknown CPU}, $(nproc) cores, $(uname -sr)"
load=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null)
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC'), load average ${load:-unknown} at the start"
echo "command: $command_line"
echo "basin:   commit $commit"
echo "tools:   $(cc --version | head -n 1); $($QEMU --version | head -n 1)"
echo "runs:    $RUNS per program and column, interleaved; the table shows median wall times:"
echo "         native     $BUILD/bench/native/NAME"
echo "         basin-run  $BASIN_RUN --budget $BUDGET --clock deterministic $BUILD/bench/NAME.elf"
echo "         qemu       $QEMU $BUILD/bench/NAME.elf"
echo
ROW='| %-18s | %11s | %9s | %12s | %9s | %10s | %12s | %10s |\n'
# shellcheck disable=SC2059 # ROW is the table's one format
printf "$ROW" benchmark "guest insns" "native ms" "basin-run ms" "qemu ms" "basin MIPS" \
    "basin/native" "basin/qemu"
# shellcheck disable=SC2059
printf "$ROW" ------------------ ----------: --------: -----------: --------: ---------: \
    -----------: ---------:

failures=()
native_ratios=() qemu_ratios=() int_native_ratios=() int_qemu_ratios=()
native_times=() basin_times=() qemu_times=() problems=() instret="" # set by time_program

# run_once NAME KIND COMMAND...: runs it with output in $RESULTS, prints its wall time in us.
run_once() {
    local name=$1 kind=$2
    shift 2
    local start end
    start=$(now_us)
    "$@" >"$RESULTS/$name.$kind.out" 2>"$RESULTS/$name.$kind.err"
    local status=$?
    end=$(now_us)
    echo "$status $((end - start))"
}

# show FILE: its first 200 bytes as one line (newlines shown as \n), for messages.
show() {
    head -c 200 "$1" | awk '{ printf "%s%s", (NR > 1 ? "\\n" : ""), $0 }'
}

# check_run NAME KIND STATUS: the reasons this run differs from the native one, one per line.
check_run() {
    local name=$1 kind=$2 status=$3 label
    case $kind in basin) label="basin-run" ;; qemu) label=$QEMU ;; *) label=$kind ;; esac
    [ "$status" -eq 0 ] || echo "$label exited with status $status"
    cmp -s "$RESULTS/$name.$kind.out" "$RESULTS/$name.expected" ||
        echo "$label printed '$(show "$RESULTS/$name.$kind.out")'," \
            "native '$(show "$RESULTS/$name.expected")'"
}

# check_instret NAME RUN: basin-run's halting line must say exit=0 and the count of the first
# run, which is kept in $instret; what is wrong goes to problems.
check_instret() {
    local name=$1 run=$2 count
    count=$(sed -n 's/^vm: halted exit=0 instret=\([0-9][0-9]*\)$/\1/p' "$RESULTS/$name.basin.err")
    if [ -z "$count" ]; then
        local halting
        halting=$(grep -m 1 '^vm: ' "$RESULTS/$name.basin.err")
        problems+=("basin-run did not halt with exit=0: ${halting:-no halting line}")
    elif [ -n "$instret" ] && [ "$count" != "$instret" ]; then
        problems+=("basin-run retired $count instructions in run $run, $instret before")
    fi
    instret=${instret:-$count}
}

# is_one_checksum_line FILE NAME: FILE holds exactly "NAME: checksum 0x<16 hex digits>\n".
is_one_checksum_line() {
    [ "$(wc -l <"$1")" -eq 1 ] && grep -Eqx "$2: checksum 0x[0-9a-f]{16}" "$1"
}

# time_program NAME: runs the three columns RUNS times into native_times, basin_times and
# qemu_times, with what went wrong in problems and the guest instruction count in instret.
time_program() {
    local name=$1 run status time
    local native=("$BUILD/bench/native/$name")
    local basin=("$BASIN_RUN" --budget "$BUDGET" --clock deterministic "$BUILD/bench/$name.elf")
    local qemu=("$QEMU" "$BUILD/bench/$name.elf")
    native_times=() basin_times=() qemu_times=() problems=() instret=""
    for ((run = 1; run <= RUNS; run++)); do
        read -r status time < <(run_once "$name" native "${native[@]}")
        native_times+=("$time")
        if [ "$run" -eq 1 ]; then
            local expected="$RESULTS/$name.expected"
            cp "$RESULTS/$name.native.out" "$expected"
            is_one_checksum_line "$expected" "$name" ||
                problems+=("native printed '$(show "$expected")', not one checksum line")
        fi
        mapfile -t -O "${#problems[@]}" problems < <(check_run "$name" native "$status")

        read -r status time < <(run_once "$name" basin "${basin[@]}")
        basin_times+=("$time")
        mapfile -t -O "${#problems[@]}" problems < <(check_run "$name" basin "$status")
        check_instret "$name" "$run"

        read -r status time < <(run_once "$name" qemu "${qemu[@]}")
        qemu_times+=("$time")
        mapfile -t -O "${#problems[@]}" problems < <(check_run "$name" qemu "$status")
        [ ${#problems[@]} -eq 0 ] || break # a failing program is not worth timing further
    done
}

# report_row NAME: the table row from time_program's results, and the ratios for the means.
report_row() {
    local name=$1 problem
    if [ ${#problems[@]} -gt 0 ]; then
        printf '| %-18s | FAIL: %s |\n' "$name" "${problems[0]}"
        for problem in "${problems[@]}"; do failures+=("$name: $problem"); done
        return
    fi
    local native_us basin_us qemu_us to_native to_qemu
    native_us=$(median_us "${native_times[@]}")
    basin_us=$(median_us "${basin_times[@]}")
    qemu_us=$(median_us "${qemu_times[@]}")
    awk -v n="$native_us" -v b="$basin_us" -v q="$qemu_us" -v i="$instret" -v name="$name" 'BEGIN {
        printf "| %-18s | %11.0f | %9.1f | %12.1f | %9.1f | %10.1f | %11.1fx | %9.1fx |\n",
            name, i, n / 1000, b / 1000, q / 1000, i / b, b / n, b / q }'
    read -r to_native to_qemu < <(awk -v n="$native_us" -v b="$basin_us" -v q="$qemu_us" \
        'BEGIN { printf "%.6f %.6f\n", b / n, b / q }')
    native_ratios+=("$to_native")
    qemu_ratios+=("$to_qemu")
    if [[ $FLOAT_BENCHMARKS != *" $name "* ]]; then
        int_native_ratios+=("$to_native")
        int_qemu_ratios+=("$to_qemu")
    fi
}

# geomean X...: the geometric mean, or "-" for none.
geomean() {
    [ $# -gt 0 ] || { echo -; return; }
    printf '%s\n' "$@" | awk '{ s += log($1) } END { printf "%.1fx", exp(s / NR) }'
}

geomean_row() { # geomean_row LABEL COUNT "NATIVE_RATIOS" "QEMU_RATIOS"
    local label="$1 ($2)"
    # shellcheck disable=SC2059,SC2086 # ROW is the format; the ratio lists split on purpose
    printf "$ROW" "$label" "" "" "" "" "" "$(geomean $3)" "$(geomean $4)"
}

for name in "${programs[@]}"; do
    time_program "$name"
    report_row "$name"
done
geomean_row "geomean, all" "${#native_ratios[@]}" "${native_ratios[*]}" "${qemu_ratios[*]}"
geomean_row "geomean, int" "${#int_native_ratios[@]}" "${int_native_ratios[*]}" \
    "${int_qemu_ratios[*]}"

if [ ${#failures[@]} -gt 0 ]; then
    echo
    echo "bench: ${#failures[@]} problem(s); outputs of the last runs are in $RESULTS/:" >&2
    for failure in "${failures[@]}"; do echo "  $failure" >&2; done
    exit 1
fi
