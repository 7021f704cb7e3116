#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The benchmark runner, called by `make bench` after the build (user/bench/README.md):
#   user/bench/run.sh [NAME...]      default: every user/bench/*.c
# For each program it runs the native build, basin-run (deterministic clock) and qemu-riscv64 on
# the same guest ELF, BENCH_RUNS times each (default 3, interleaved so that noise hits all of
# them alike), and prints one table row: guest instructions, median wall times, basin-run's MIPS,
# its host instructions per guest instruction (cachegrind, BENCH_CACHEGRIND=0 leaves it out) and
# its time ratios to native and to qemu-riscv64; then geometric means of the ratios.
# BENCH_BASELINE=PATH times another basin-run too, in the same runs (before/after figures).
# Every run must print exactly what the native program printed (qemu-riscv64's first run, for
# the programs in GUEST_REFERENCE) and exit 0, basin-run with the same halting line each time;
# otherwise the row says FAIL and the script exits 1 at the end.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2

BUILD=build
RESULTS=$BUILD/bench/results
BASIN_RUN=$BUILD/host/basin-run
QEMU="qemu-riscv64"
BUDGET=10000000000 # far above any benchmark, so the budget never ends a run
# Floating-point programs: their own geometric mean, left out of the integer one.
FLOAT_BENCHMARKS=" nbody float_stencil fma_poly fp_convert libm "
# Programs whose expected output is qemu-riscv64's: they call libm, which is other code natively.
GUEST_REFERENCE=" libm "
RUNS=${BENCH_RUNS:-3}
BASELINE=${BENCH_BASELINE:-}
CACHEGRIND=${BENCH_CACHEGRIND:-1}

die() {
    echo "bench: $*" >&2
    exit 2
}

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS=$RUNS: must be a positive whole number"
[ -x "$BASIN_RUN" ] || die "$BASIN_RUN is missing: build with 'make bench' (or make host)"
command -v "$QEMU" >/dev/null 2>&1 ||
    die "$QEMU is missing: 'make bench' installs it (qemu/deps.sh test)"
[ -z "$BASELINE" ] || [ -x "$BASELINE" ] || die "BENCH_BASELINE=$BASELINE is not an executable"
if [ "$CACHEGRIND" = 1 ] && ! command -v valgrind >/dev/null 2>&1; then
    echo "bench: valgrind is not installed: no host instructions per guest instruction" >&2
    CACHEGRIND=0
fi
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
[ -z "$BASELINE" ] || command_line="BENCH_BASELINE=$BASELINE $command_line"
echo "machine: ${cpu:-unknown CPU}, $(nproc) cores, $(uname -sr)"
load=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null)
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC'), load average ${load:-unknown} at the start"
echo "command: $command_line"
echo "basin:   commit $commit"
echo "tools:   $(cc --version | head -n 1); $($QEMU --version | head -n 1)"
echo "runs:    $RUNS per program and column, interleaved; the table shows median wall times:"
echo "         native     $BUILD/bench/native/NAME"
echo "         basin-run  $BASIN_RUN --budget $BUDGET --clock deterministic $BUILD/bench/NAME.elf"
[ -z "$BASELINE" ] || echo "         baseline   $BASELINE (the same arguments)"
echo "         qemu       $QEMU $BUILD/bench/NAME.elf"
[ "$CACHEGRIND" = 1 ] && echo "host/guest: valgrind --tool=cachegrind on basin-run at 1/100 of" \
    "the rounds and at 0 rounds: host instructions per guest instruction of the difference"
echo

# The table: these columns, then the baseline's when there is one.
columns=("benchmark" "guest insns" "native ms" "basin-run ms" "qemu ms" "basin MIPS"
    "host/guest" "basin/native" "basin/qemu")
[ -z "$BASELINE" ] || columns+=("base ms" "base host/guest" "base/qemu")
row() { # row CELL... : one Markdown row, the first cell left-aligned, the others right
    local line cell
    line=$(printf '| %-18s |' "$1")
    shift
    for cell in "$@"; do line+=$(printf ' %12s |' "$cell"); done
    echo "$line"
}
row "${columns[@]}"
rule=("------------------")
for ((i = 1; i < ${#columns[@]}; i++)); do rule+=("-----------:"); done
row "${rule[@]}"

failures=()
declare -A ratios=() # group -> "ratio ratio ..." (basin/native and basin/qemu, baseline/qemu)
native_times=() basin_times=() base_times=() qemu_times=() problems=() instret="" # time_program

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

# check_run NAME KIND STATUS: the reasons this run differs from the expected one, one per line.
check_run() {
    local name=$1 kind=$2 status=$3 label
    case $kind in basin) label="basin-run" ;; base) label="baseline" ;; qemu) label=$QEMU ;;
    *) label=$kind ;; esac
    [ "$status" -eq 0 ] || echo "$label exited with status $status"
    cmp -s "$RESULTS/$name.$kind.out" "$RESULTS/$name.expected" ||
        echo "$label printed '$(show "$RESULTS/$name.$kind.out")'," \
            "expected '$(show "$RESULTS/$name.expected")'"
}

# halted_instret FILE: N from FILE's "vm: halted exit=0 instret=N", or nothing.
halted_instret() {
    sed -n 's/^vm: halted exit=0 instret=\([0-9][0-9]*\)$/\1/p' "$1"
}

# check_instret NAME KIND RUN: basin-run's halting line must say exit=0 and the count of the
# first run, which is kept in $instret; what is wrong goes to problems.
check_instret() {
    local name=$1 kind=$2 run=$3 count
    count=$(halted_instret "$RESULTS/$name.$kind.err")
    if [ -z "$count" ]; then
        local halting
        halting=$(grep -m 1 '^vm: ' "$RESULTS/$name.$kind.err")
        problems+=("$kind did not halt with exit=0: ${halting:-no halting line}")
    elif [ -n "$instret" ] && [ "$count" != "$instret" ]; then
        problems+=("$kind retired $count instructions in run $run, $instret before")
    fi
    instret=${instret:-$count}
}

# is_one_checksum_line FILE NAME: FILE holds exactly "NAME: checksum 0x<16 hex digits>\n".
is_one_checksum_line() {
    [ "$(wc -l <"$1")" -eq 1 ] && grep -Eqx "$2: checksum 0x[0-9a-f]{16}" "$1"
}

# time_program NAME: runs the columns RUNS times into native_times, basin_times, base_times and
# qemu_times, with what went wrong in problems and the guest instruction count in instret.
time_program() {
    local name=$1 run status time reference=native
    local native=("$BUILD/bench/native/$name")
    local basin=("$BASIN_RUN" --budget "$BUDGET" --clock deterministic "$BUILD/bench/$name.elf")
    local base=("$BASELINE" --budget "$BUDGET" --clock deterministic "$BUILD/bench/$name.elf")
    local qemu=("$QEMU" "$BUILD/bench/$name.elf")
    [[ $GUEST_REFERENCE == *" $name "* ]] && reference=qemu
    native_times=() basin_times=() base_times=() qemu_times=() problems=() instret=""
    for ((run = 1; run <= RUNS; run++)); do
        # The reference runs first, so that its first output is the expected one.
        local kinds=(native basin qemu)
        [ "$reference" = qemu ] && kinds=(qemu native basin)
        [ -z "$BASELINE" ] || kinds+=(base)
        local kind
        for kind in "${kinds[@]}"; do
            local -n command=$kind times=${kind}_times
            read -r status time < <(run_once "$name" "$kind" "${command[@]}")
            times+=("$time")
            if [ "$run" -eq 1 ] && [ "$kind" = "$reference" ]; then
                cp "$RESULTS/$name.$kind.out" "$RESULTS/$name.expected"
                is_one_checksum_line "$RESULTS/$name.expected" "$name" || problems+=(
                    "$kind printed '$(show "$RESULTS/$name.expected")', not one checksum line")
            fi
            if [ "$kind" = native ] && [ "$reference" != native ]; then
                is_one_checksum_line "$RESULTS/$name.native.out" "$name" ||
                    problems+=("native printed '$(show "$RESULTS/$name.native.out")'")
                [ "$status" -eq 0 ] || problems+=("native exited with status $status")
            else
                mapfile -t -O "${#problems[@]}" problems < <(check_run "$name" "$kind" "$status")
            fi
            [ "$kind" = basin ] && check_instret "$name" basin "$run"
            unset -n command times
        done
        [ ${#problems[@]} -eq 0 ] || break # a failing program is not worth timing further
    done
}

# host_per_guest BASIN NAME: host instructions per guest instruction of basin-run BASIN on
# NAME, from cachegrind's counts at 1/100 of the default rounds minus those at 0 rounds (so the
# start-up does not count); "-" when it cannot be measured.
host_per_guest() {
    local basin=$1 name=$2 default rounds
    [ "$CACHEGRIND" = 1 ] || { echo -; return; }
    default=$(sed -n 's/^#define DEFAULT_[A-Z]* \([0-9]*\)u.*/\1/p' "user/bench/$name.c")
    [ -n "$default" ] || { echo -; return; }
    local host=() guest=()
    for rounds in 0 $(((default + 99) / 100)); do
        local err="$RESULTS/$name.cachegrind.err"
        valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
            "$basin" --budget "$BUDGET" --clock deterministic "$BUILD/bench/$name.elf" \
            "$rounds" >/dev/null 2>"$err"
        host+=("$(sed -n 's/^==[0-9]*== I *refs: *\([0-9,]*\)$/\1/p' "$err" | tr -d ,)")
        guest+=("$(halted_instret "$err")")
    done
    if [ -z "${host[0]}" ] || [ -z "${host[1]}" ] || [ -z "${guest[0]}" ] ||
        [ -z "${guest[1]}" ] || [ "${guest[1]}" -le "${guest[0]}" ]; then
        echo -
        return
    fi
    awk -v h0="${host[0]}" -v h1="${host[1]}" -v g0="${guest[0]}" -v g1="${guest[1]}" \
        'BEGIN { printf "%.1f", (h1 - h0) / (g1 - g0) }'
}

# ratio A B: A / B with 6 decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a / b }'; }

# report_row NAME: the table row from time_program's results, and the ratios for the means.
report_row() {
    local name=$1 problem group=int
    if [ ${#problems[@]} -gt 0 ]; then
        printf '| %-18s | FAIL: %s |\n' "$name" "${problems[0]}"
        for problem in "${problems[@]}"; do failures+=("$name: $problem"); done
        return
    fi
    [[ $FLOAT_BENCHMARKS == *" $name "* ]] && group=fp
    local native_us basin_us qemu_us
    native_us=$(median_us "${native_times[@]}")
    basin_us=$(median_us "${basin_times[@]}")
    qemu_us=$(median_us "${qemu_times[@]}")
    local cells=("$name" "$instret"
        "$(awk -v t="$native_us" 'BEGIN { printf "%.1f", t / 1000 }')"
        "$(awk -v t="$basin_us" 'BEGIN { printf "%.1f", t / 1000 }')"
        "$(awk -v t="$qemu_us" 'BEGIN { printf "%.1f", t / 1000 }')"
        "$(awk -v i="$instret" -v t="$basin_us" 'BEGIN { printf "%.1f", i / t }')"
        "$(host_per_guest "$BASIN_RUN" "$name")"
        "$(awk -v r="$(ratio "$basin_us" "$native_us")" 'BEGIN { printf "%.1fx", r }')"
        "$(awk -v r="$(ratio "$basin_us" "$qemu_us")" 'BEGIN { printf "%.2fx", r }')")
    ratios[$group.native]+=" $(ratio "$basin_us" "$native_us")"
    ratios[$group.qemu]+=" $(ratio "$basin_us" "$qemu_us")"
    if [ -n "$BASELINE" ]; then
        local base_us
        base_us=$(median_us "${base_times[@]}")
        cells+=("$(awk -v t="$base_us" 'BEGIN { printf "%.1f", t / 1000 }')"
            "$(host_per_guest "$BASELINE" "$name")"
            "$(awk -v r="$(ratio "$base_us" "$qemu_us")" 'BEGIN { printf "%.2fx", r }')")
        ratios[$group.base]+=" $(ratio "$base_us" "$qemu_us")"
    fi
    row "${cells[@]}"
}

# geomean X...: the geometric mean, or "-" for none.
geomean() {
    [ $# -gt 0 ] || { echo -; return; }
    printf '%s\n' "$@" | awk '{ s += log($1) } END { printf "%.2fx", exp(s / NR) }'
}

# geomean_row LABEL GROUP...: the geometric means of the ratios of the groups given.
geomean_row() {
    local label=$1 group list_native="" list_qemu="" list_base=""
    shift
    for group in "$@"; do
        list_native+=" ${ratios[$group.native]:-}"
        list_qemu+=" ${ratios[$group.qemu]:-}"
        list_base+=" ${ratios[$group.base]:-}"
    done
    local count
    count=$(wc -w <<<"$list_qemu")
    # shellcheck disable=SC2086 # the ratio lists split on purpose
    local cells=("$label ($count)" "" "" "" "" "" "" "$(geomean $list_native)" "$(geomean $list_qemu)")
    # shellcheck disable=SC2086
    [ -z "$BASELINE" ] || cells+=("" "" "$(geomean $list_base)")
    row "${cells[@]}"
}

for name in "${programs[@]}"; do
    time_program "$name"
    report_row "$name"
done
geomean_row "geomean, all" int fp
geomean_row "geomean, int" int
geomean_row "geomean, fp" fp

if [ ${#failures[@]} -gt 0 ]; then
    echo
    echo "bench: ${#failures[@]} problem(s); outputs of the last runs are in $RESULTS/:" >&2
    for failure in "${failures[@]}"; do echo "  $failure" >&2; done
    exit 1
fi
