#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Signals sent to basin-run from outside (kill, Ctrl-C on a terminal) reach the guest as they
# reach a Linux process: user/linux/outside_signal.c runs each scenario under qemu-riscv64, the
# reference, and under basin-run; once it prints "ready" the script sends the signal, and both
# must print the same and end with the same status (basin-run with the matching halting line).
#   tests/outside_signals.sh BASIN_RUN ELF
# One line per scenario ("pass outside-signals/NAME: ..." or "FAIL ..."), "skip" for the one that
# needs script(1) when it is missing; then "N passed, M failed".
set -uo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BASIN_RUN ELF" >&2
    exit 2
fi
basin_run=$1
elf=$2
qemu=$(command -v qemu-riscv64) || { echo "FAIL outside-signals/: no qemu-riscv64"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
skipped=0

# Waits (at most 20 s) until FILE holds a line "ready": 0 when it does.
wait_ready() {
    local file=$1 tries
    for ((tries = 0; tries < 400; tries++)); do
        grep -qx ready "$file" 2>/dev/null && return 0
        sleep 0.05
    done
    return 1
}

# Waits (at most 30 s) for PID to end; its status in waited_status, 124 when it had to be killed.
wait_bounded() {
    local pid=$1 tries
    for ((tries = 0; tries < 600; tries++)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" 2>/dev/null # no "Hangup" or "Killed" note from bash
            waited_status=$?
            return
        fi
        sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    waited_status=124
}

# run_one RUNNER MODE SIGNALS INPUT: runs the program (RUNNER qemu or basin) in MODE with its
# stdin a FIFO, sends each of SIGNALS (space-separated, 0.3 s apart) once it is ready, then
# writes INPUT (if any) to the FIFO. Output in $work/RUNNER.out, status in $work/RUNNER.status.
run_one() {
    local runner=$1 mode=$2 signals=$3 input=$4 fifo=$work/stdin.$1 pid signal
    rm -f "$fifo" "$work/$runner.out" "$work/$runner.report"
    mkfifo "$fifo"
    exec 3<>"$fifo" # held open: the program's read blocks until INPUT comes
    if [ "$runner" = qemu ]; then
        "$qemu" "$elf" "$mode" <"$fifo" >"$work/$runner.out" 2>&1 3>&- &
    else
        "$basin_run" --budget 100000000000 --report "$work/$runner.report" "$elf" "$mode" \
            <"$fifo" >"$work/$runner.out" 2>&1 3>&- &
    fi
    pid=$!
    if wait_ready "$work/$runner.out"; then
        sleep 0.3 # into the busy loop, or blocked in read
        for signal in $signals; do
            kill -"$signal" "$pid"
            sleep 0.3
        done
        [ -z "$input" ] || printf '%s\n' "$input" >&3
    fi
    exec 3>&-
    wait_bounded "$pid"
    echo "$waited_status" >"$work/$runner.status"
}

# scenario NAME MODE SIGNALS INPUT EXPECTED_STATUS HALTING_LINE_REGEX
scenario() {
    local name=$1 mode=$2 signals=$3 input=$4 status=$5 line_regex=$6 runner problems=()
    # bash notes a job a signal ended ("Hangup"): not a result, so not on the output
    for runner in qemu basin; do run_one "$runner" "$mode" "$signals" "$input" 2>/dev/null; done
    local qemu_status basin_status basin_line
    qemu_status=$(cat "$work/qemu.status")
    basin_status=$(cat "$work/basin.status")
    basin_line=$(grep -m 1 '^vm: ' "$work/basin.report" 2>/dev/null)
    [ "$qemu_status" = "$status" ] || problems+=("qemu-riscv64 status $qemu_status, expected $status")
    [ "$basin_status" = "$qemu_status" ] || problems+=("basin-run status $basin_status, qemu-riscv64 $qemu_status")
    cmp -s "$work/qemu.out" "$work/basin.out" ||
        problems+=("output differs: $(diff "$work/qemu.out" "$work/basin.out" | head -n 6 | tr '\n' '|')")
    [[ $basin_line =~ $line_regex ]] || problems+=("halting line \"$basin_line\", expected /$line_regex/")
    if [ ${#problems[@]} -eq 0 ]; then
        echo "pass outside-signals/$name: status $basin_status, $(tail -n 1 "$work/basin.out")"
        passed=$((passed + 1))
    else
        echo "FAIL outside-signals/$name"
        printf '  %s\n' "${problems[@]}"
        failed=$((failed + 1))
    fi
}

scenario "SIGINT runs the guest's handler" spin-handler INT "" 0 '^vm: halted exit=0 '
scenario "SIGTERM runs the guest's handler" spin-handler TERM "" 0 '^vm: halted exit=0 '
scenario "SIGINT ignored, then SIGTERM's default action kills" spin-ignore "INT TERM" "" 143 \
    '^vm: killed signal=SIGTERM pc=0x[0-9a-f]+ \(main\+0x[0-9a-f]+\) instret='
scenario "SIGHUP's default action kills" spin-ignore HUP "" 129 '^vm: killed signal=SIGHUP '
scenario "a read SIGINT interrupts restarts after an SA_RESTART handler" read-restart INT data 0 \
    '^vm: halted exit=0 '
scenario "a read SIGINT interrupts fails with EINTR without SA_RESTART" read-eintr INT "" 0 \
    '^vm: halted exit=0 '

# Ctrl-C typed on a terminal: script(1) gives the program a pseudo-terminal, whose line
# discipline turns the byte into SIGINT (si_code SI_KERNEL) for its process group.
ctrl_c() { # ctrl_c RUNNER...: the program's "caught" line
    local log=$work/ctrl_c.log
    rm -f "$log"
    {
        for ((tries = 0; tries < 400; tries++)); do
            grep -q ready "$log" 2>/dev/null && break
            sleep 0.05
        done
        sleep 0.3
        printf '\003'
        sleep 2
    } | timeout -k 5 30 script -qfec "$* $elf spin-handler" "$log" >/dev/null 2>&1
    tr -d '\r' <"$log" | sed 's/^\^C//' | grep -m 1 '^caught' # the terminal echoes the ^C
}
if command -v script >/dev/null 2>&1; then
    qemu_caught=$(ctrl_c "$qemu")
    basin_caught=$(ctrl_c "$basin_run" --budget 100000000000)
    if [[ $qemu_caught == "caught SIGINT, si_code 128 (SI_KERNEL: a terminal)" ]] &&
        [ "$basin_caught" = "$qemu_caught" ]; then
        echo "pass outside-signals/Ctrl-C on a terminal: $basin_caught"
        passed=$((passed + 1))
    else
        echo "FAIL outside-signals/Ctrl-C on a terminal"
        echo "  qemu-riscv64: \"$qemu_caught\"; basin-run: \"$basin_caught\""
        failed=$((failed + 1))
    fi
else
    echo "skip outside-signals/Ctrl-C on a terminal: no script(1) (util-linux) to give it a terminal"
    skipped=$((skipped + 1))
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
