#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bounded time: guests that try to make their budget last longer than an ordinary program's
# (user/tests/bounds_*.S, and the system-call storm) must each take at most LIMIT (20) times the
# wall time of a tight loop (user/tests/endless_loop.S) with the same budget. Each program runs
# RUNS times, interleaved with the loop's runs so that a noisy neighbour hits both alike; the
# medians are compared. Every run must end at its budget (vm: budget-exhausted), or the time
# measures something else.
#   tests/bounds.sh basin-run BUDGET [RUNS]   under build/host/basin-run --budget BUDGET
#   tests/bounds.sh kernel [RUNS]             the build/tests/bounds-NAME kernels under QEMU (their
#                                             budget is the Makefile's BOUNDS_BUDGET); each must
#                                             stop as basin-run does with the same settings
# In the kernel the time is that of the run alone: from the serial line the kernel prints just
# before the guest starts ("kernel: N arguments, ...") to the halting line, each stamped as it
# arrives, so that QEMU's start, OpenSBI and the boot (about 0.3 s, constant) are left out; the
# window also holds the integrity check after the run (a few milliseconds).
# Prints "pass bounds/RUNNER NAME: R.Rx a tight loop (...)" or FAIL with the reason, then a
# totals line as the other test programs do.
set -uo pipefail
cd "$(dirname "$0")/.."

BUILD=build
LIMIT=20
mode=${1:?usage: tests/bounds.sh basin-run BUDGET [RUNS] | kernel [RUNS]}
if [ "$mode" = basin-run ]; then
    budget=${2:?the budget}
    runs=${3:-3}
else
    runs=${2:-3}
fi
results=$BUILD/test-results/bounds
mkdir -p "$results"

# name|program (user/tests/NAME.elf; the kernel image is build/tests/bounds-NAME without bounds_)
programs=(
    "cache thrash (jumps across 200 code pages)|bounds_code_thrash"
    "getrandom storm (3 MiB a call)|bounds_getrandom"
    "mmap/munmap storm (3 MiB)|bounds_mmap"
    "writev flood (1024 iovecs a call)|bounds_writev"
    "mremap ping-pong (1 MiB moved)|bounds_mremap"
    "mprotect flips of a code page|bounds_mprotect"
    "madvise(MADV_DONTNEED) storm (3 MiB)|bounds_madvise"
    "brk up/down storm (3 MiB)|bounds_brk"
    "clock_gettime storm (the host's clock)|bounds_clock"
    "fault storm (a SIGSEGV handler returns to the faulting store)|bounds_segv_handler"
    "signal storm (kill to itself, with a handler)|bounds_kill_handler"
    "system-call storm (unknown number)|syscall_storm"
)
loop=endless_loop

passed=0 failed=0
declare -A times=() errors=()

# Runs PROGRAM once under basin-run: appends its seconds to times[PROGRAM], or records an error.
run_basin() {
    local program=$1 start end status line
    start=$EPOCHREALTIME
    timeout -k 5 120 "$BUILD/host/basin-run" --budget "$budget" "$BUILD/user/tests/$program.elf" \
        </dev/null >/dev/null 2>"$results/$program.err"
    status=$?
    end=$EPOCHREALTIME
    line=$(grep -m 1 '^vm: ' "$results/$program.err")
    if [ $status -ne 152 ] || [[ $line != "vm: budget-exhausted pc="*" instret=$budget" ]]; then
        errors[$program]+="status $status, halting line: ${line:-none}; "
        return
    fi
    times[$program]+="$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.6f", b - a}') "
}

image_of() { echo "bounds-${1#bounds_}"; }

# Boots PROGRAM's kernel once: appends the run's seconds to times[PROGRAM], or records an error.
run_kernel() {
    local program=$1 image start= end= halting= integrity=false line settings budget_setting token=
    image=$(image_of "$program")
    while IFS= read -r line; do
        line=${line%$'\r'}
        # Only the kernel's own lines count: those ending with the banner's boot token (README,
        # "Telling the kernel's lines from the guest's"), which is taken off.
        [[ -z $token && $line == "Basin "*" boot="* ]] && token=${line##* boot=}
        [[ -n $token && $line == *" boot=$token" ]] || continue
        line=${line% boot=$token}
        case "$line" in
            "kernel: "*" argument"*", stdin "*) start=$EPOCHREALTIME ;;
            "vm: "*) end=$EPOCHREALTIME halting=$line ;;
            "kernel: integrity ok: "*) integrity=true ;;
        esac
    done < <(timeout -k 5 120 qemu/run.sh "$BUILD/tests/$image/kernel.elf" </dev/null 2>&1)
    settings=$BUILD/tests/$image/settings.txt
    budget_setting=$(sed -n 's/^budget=//p' "$settings")
    if [ -z "$start" ] || [ -z "$end" ] || ! $integrity ||
        [[ $halting != "vm: budget-exhausted pc="*" instret=$budget_setting" ]]; then
        errors[$program]+="halting line: ${halting:-none}, integrity line: $integrity; "
        return
    fi
    # basin-run with the image's settings must stop exactly so (same count, same pc): once.
    if [ -z "${times[$program]:-}" ]; then
        local host_line
        host_line=$(timeout -k 5 120 "$BUILD/host/basin-run" --budget "$budget_setting" \
            "$BUILD/user/tests/$program.elf" </dev/null 2>&1 >/dev/null | grep -m 1 '^vm: ')
        if [ "$halting" != "$host_line" ]; then
            errors[$program]+="the kernel stopped with [$halting], basin-run with [$host_line]; "
            return
        fi
    fi
    times[$program]+="$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.6f", b - a}') "
}

median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

# The loop runs before every third program, in each round:
# enough samples for its median, fewer runs in all.
runner=run_basin loop_every=3
[ "$mode" = kernel ] && runner=run_kernel
for ((run = 1; run <= runs; run++)); do
    for index in "${!programs[@]}"; do
        [ $((index % loop_every)) -eq 0 ] && $runner "$loop"
        $runner "${programs[$index]#*|}"
    done
done

loop_median=$(median "${times[$loop]:-}")
loop_runs=$(wc -w <<<"${times[$loop]:-}")
for spec in "${programs[@]}"; do
    name=${spec%%|*} program=${spec#*|}
    test_name="bounds/$mode $name"
    if [ -n "${errors[$loop]:-}" ] || [ -z "$loop_median" ]; then
        echo "FAIL $test_name"; echo "  the tight loop: ${errors[$loop]:-no time}"; failed=$((failed + 1)); continue
    fi
    if [ -n "${errors[$program]:-}" ]; then
        echo "FAIL $test_name"; echo "  ${errors[$program]}"; failed=$((failed + 1)); continue
    fi
    program_median=$(median "${times[$program]}")
    ratio=$(awk -v a="$program_median" -v b="$loop_median" 'BEGIN {printf "%.6f", a / b}')
    detail=$(printf '%.1fx a tight loop (median of %d runs %.3f s, of the loop'"'"'s %d %.3f s)' \
        "$ratio" "$runs" "$program_median" "$loop_runs" "$loop_median")
    if awk -v r="$ratio" -v limit="$LIMIT" 'BEGIN {exit !(r <= limit)}'; then
        echo "pass $test_name: $detail"; passed=$((passed + 1))
    else
        echo "FAIL $test_name: $detail"; echo "  more than ${LIMIT}x"; failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
