#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# gdb-multiarch, in batch mode, debugs a C program built with -g (user/gdb/gdb_target.c) through
# Basin's GDB stub (vm/gdbstub.c): under basin-run --gdb over TCP, and in the kernel under QEMU,
# whose serial port is the TCP connection (qemu/run.sh --gdb-serial, an image built with
# debugger=gdb). Four sessions a runner:
#   1. watching only: stopped at the entry; break at a function, its arguments and a local;
#      finish and the value; a watchpoint on a global; stepi 3 where gdb's own disassembly says;
#      the exit code; the output and the instruction count as without gdb (the oracle: the
#      same ELF under basin-run without a debugger);
#   2. changing: a global set from gdb changes the output; a store to address 0 stops with
#      SIGSEGV at that store, bt names the functions, and the guest then dies of it (status 139,
#      the halting line's pc is gdb's);
#   3. Ctrl-C (SIGINT to gdb, which sends 0x03) stops an endless loop; kill ends it (137);
#   4. detach: the program runs on to its end (exit 7);
#   5. abort(): the stop says SIGABRT, bt reaches main; continuing ends the guest by the signal's
#      default action (status 134, vm: killed signal=SIGABRT).
#   6. (kernel only) an image asking for the native engine: the kernel says gdb debugs the
#      interpreter for this run, and a breakpoint and the exit work as in session 1.
#   tests/gdb.sh BASIN_RUN ELF KERNEL_ELF NATIVE_KERNEL_ELF
# One line per check ("pass gdb/RUNNER: ...", "FAIL ..." with details, "skip ..." when gdb or
# QEMU is missing); then "N passed, M failed". Every wait has a limit; a timeout is a failure.
set -uo pipefail

if [ $# -ne 4 ]; then
    echo "usage: $0 BASIN_RUN ELF KERNEL_ELF NATIVE_KERNEL_ELF" >&2
    exit 2
fi
basin_run=$1 elf=$2 kernel=$3 native_kernel=$4
kernel_image=$kernel # the image start_target boots
work=build/test-results/gdb
mkdir -p "$work"
rm -f "$work"/*
passed=0 failed=0
SESSION_LIMIT=${GDB_SESSION_LIMIT:-30} # seconds for one gdb session

verdict() { # verdict NAME OK [details...]
    local name=$1 ok=$2
    shift 2
    if [ "$ok" = 1 ]; then
        echo "pass $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name"
        for detail in "$@"; do echo "  $detail"; done
        failed=$((failed + 1))
    fi
}
has() { grep -qF -- "$2" "$1"; }        # has FILE TEXT: a line contains TEXT
has_line() { grep -qxE -- "$2" "$1"; }  # has_line FILE REGEX: a whole line matches

gdb=$(command -v gdb-multiarch || true)
if [ -z "$gdb" ]; then
    for runner in basin-run kernel; do
        echo "skip gdb/$runner (no gdb-multiarch: apt-get install gdb-multiarch)"
    done
    echo "0 passed, 0 failed"
    exit 0
fi

# The reference: the program without a debugger.
"$basin_run" --report "$work/reference.report" "$elf" </dev/null >"$work/reference.out" 2>&1
reference_status=$?
reference_line=$(grep '^vm: ' "$work/reference.report")
entry=$(riscv64-unknown-elf-readelf -h "$elf" | awk '/Entry point/ {print $NF}')
if [ $reference_status -ne 7 ] || ! [[ $reference_line =~ ^vm:\ halted\ exit=7\ instret=[0-9]+$ ]]; then
    verdict "gdb/reference run of $(basename "$elf")" 0 "status $reference_status: $reference_line"
fi

# Waits (at most 15 s) until FILE holds a line matching REGEX; false on timeout.
wait_for() {
    local file=$1 regex=$2
    for _ in $(seq 1 150); do
        grep -qE -- "$regex" "$file" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

# Starts the target for session $1 under runner $2, waiting for gdb; sets target_pid and port.
# basin-run picks a free port itself and says which; QEMU gets a random one (again on a clash).
start_target() {
    local session=$1 runner=$2 attempt
    rm -f "$work/$session.$runner".*
    if [ "$runner" = basin-run ]; then
        timeout -k 5 60 "$basin_run" --budget 1000000000000 --gdb 0 --report "$work/$session.$runner.report" \
            "$elf" </dev/null >"$work/$session.$runner.out" 2>&1 &
        target_pid=$!
        wait_for "$work/$session.$runner.report" 'waiting for gdb on 127\.0\.0\.1:[0-9]+' || return 1
        port=$(sed -n 's/.*waiting for gdb on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/$session.$runner.report")
        return 0
    fi
    for attempt in 1 2 3; do
        port=$((20000 + (RANDOM * 7 + attempt) % 40000))
        BASIN_SERIAL_LOG=$work/$session.$runner.serial timeout -k 5 60 qemu/run.sh --gdb-serial "$port" \
            "$kernel_image" </dev/null >"$work/$session.$runner.out" 2>&1 &
        target_pid=$!
        wait_for "$work/$session.$runner.out" 'waiting for connection|Address already in use|Failed' || return 1
        has "$work/$session.$runner.out" 'waiting for connection' && return 0
        wait "$target_pid"
    done
    return 1
}

# gdb on the program with the given commands (-ex each, so that one failing command does not
# stop the rest) against the target on $port, under a time limit: the command line in gdb_line.
# --foreground: a SIGINT for it goes to gdb alone (timeout would also signal its process group,
# and gdb takes a second Ctrl-C as "stop debugging").
gdb_command() {
    gdb_line=(timeout --foreground -k 5 "$SESSION_LIMIT" "$gdb" -batch -nx -ex 'set pagination off'
              -ex 'set confirm off' -ex 'set width 0' -ex "target remote 127.0.0.1:$port")
    for command in "$@"; do gdb_line+=(-ex "$command"); done
    gdb_line+=("$elf")
}
run_gdb() { # run_gdb OUTPUT COMMAND...
    local out=$1
    shift
    gdb_command "$@"
    "${gdb_line[@]}" >"$out" 2>&1
}

# Waits for the target to end (bounded: it runs under timeout); its status in target_status.
end_target() {
    wait "$target_pid"
    target_status=$?
}

# The lines a runner printed for the program: basin-run's stdout and report; for the kernel, what
# gdb printed (its console output came as O packets), or the serial log after a detach.
halting_line() { # halting_line SESSION RUNNER
    if [ "$2" = basin-run ]; then grep '^vm: ' "$work/$1.$2.report"
    else cat "$work/$1.$2.gdb" "$work/$1.$2.serial" 2>/dev/null | tr -d '\r' | grep -m 1 '^vm: ' | sed 's/ boot=[0-9a-f]*$//'; fi
}
program_output() { # program_output SESSION RUNNER: the program's own lines
    if [ "$2" = basin-run ]; then cat "$work/$1.$2.out"
    else grep -E '^(add_scaled|counter)' "$work/$1.$2.gdb"; fi
}

session_watching() {
    local runner=$1 g=$work/watching.$1.gdb
    if ! start_target watching "$runner"; then
        verdict "gdb/$runner: session 1 (watching)" 0 "the target did not start: $(tail -n 3 "$work/watching.$runner".*)"
        return
    fi
    run_gdb "$g" 'info registers pc' 'break add_scaled' 'continue' 'info args' 'next' 'info locals' \
        'finish' 'watch counter' 'continue' 'delete' 'printf "stepi-from %#lx\n", $pc' 'x/4i $pc' \
        'stepi 3' 'printf "stepi-to %#lx\n", $pc' 'continue'
    local gdb_status=$?
    end_target
    local pc_line
    pc_line=$(grep -E '^pc +0x' "$g" | head -n 1)
    verdict "gdb/$runner: connects, stopped at the entry ($entry)" \
        "$([[ $pc_line =~ ^pc\ +$entry[[:space:]] ]] && has "$g" '_start () at ' && echo 1)" "pc line: $pc_line" "gdb status $gdb_status"
    verdict "gdb/$runner: break add_scaled, continue: arguments a=4, b=5; next: local product = 12" \
        "$(has "$g" 'Breakpoint 1, add_scaled (a=4, b=5) at user/gdb/gdb_target.c:14' && has_line "$g" 'a = 4' &&
           has_line "$g" 'b = 5' && has_line "$g" 'product = 12' && echo 1)" "$(grep -m 3 -E 'Breakpoint 1,|product' "$g")"
    verdict "gdb/$runner: finish: Value returned is 17" "$(has_line "$g" 'Value returned is \$1 = 17' && echo 1)" \
        "$(grep -m 2 -E 'Run till|Value' "$g")"
    verdict "gdb/$runner: watch counter: a hardware watchpoint, Old value = 0, New value = 1" \
        "$(has "$g" 'Hardware watchpoint 2: counter' && has_line "$g" 'Old value = 0' && has_line "$g" 'New value = 1' && echo 1)" \
        "$(grep -m 4 -E 'watchpoint|value' "$g")"
    # The pc after three single steps is the fourth address gdb's disassembler lists from where
    # they started (straight-line code at the watchpoint's stop: no branch among the three).
    local listed from to
    listed=$(grep -A4 '^stepi-from' "$g" | grep -oE '^(=>)? +0x[0-9a-f]+' | grep -oE '0x[0-9a-f]+' | sed -n 4p)
    from=$(sed -n 's/^stepi-from //p' "$g")
    to=$(sed -n 's/^stepi-to //p' "$g")
    verdict "gdb/$runner: stepi 3 from $from lands on the 4th instruction x/4i lists (${listed:-none})" \
        "$([ -n "$listed" ] && [ "$to" = "$listed" ] && [ "$from" != "$to" ] && echo 1)" "from $from, to $to, listed $listed"
    verdict "gdb/$runner: continue to the end: exited with code 07" \
        "$(has "$g" '[Inferior 1 (Remote target) exited with code 07]' && [ "$target_status" -eq 7 ] && echo 1)" \
        "target status $target_status" "$(tail -n 3 "$g")"
    local line output
    line=$(halting_line watching "$runner")
    output=$(program_output watching "$runner")
    verdict "gdb/$runner: the output and the instruction count as without gdb ($reference_line)" \
        "$([ "$line" = "$reference_line" ] && [ "$output" = "$(cat "$work/reference.out")" ] && echo 1)" \
        "halting line: $line" "output: $output"
}

session_changing() {
    local runner=$1 g=$work/changing.$1.gdb
    if ! start_target changing "$runner"; then
        verdict "gdb/$runner: session 2 (changing)" 0 "the target did not start"
        return
    fi
    run_gdb "$g" 'break main' 'continue' 'set var scale = 10' 'set var mode = 1' 'continue' 'bt' \
        'x/i $pc' 'printf "fault-pc %#lx\n", $pc' 'continue'
    end_target
    verdict "gdb/$runner: set var scale = 10: the program prints add_scaled(4, 5) = 45" \
        "$(program_output changing "$runner" | grep -qx 'add_scaled(4, 5) = 45' && echo 1)" "$(program_output changing "$runner")"
    local pc
    pc=$(sed -n 's/^fault-pc //p' "$g")
    verdict "gdb/$runner: a store to address 0: SIGSEGV, bt fault_here then main, x/i the store" \
        "$(has "$g" 'Program received signal SIGSEGV, Segmentation fault.' && has_line "$g" '#0 +0x[0-9a-f]+ in fault_here \(where=0x0\) at user/gdb/gdb_target\.c:23' &&
           has_line "$g" '#1 +0x[0-9a-f]+ in main \(\) at user/gdb/gdb_target\.c:[0-9]+' && grep -qE "^=> $pc <fault_here\+[0-9]+>:"$'\t''s[bhwd]' "$g" && echo 1)" \
        "$(grep -m 4 -E 'SIGSEGV|^#|^=>' "$g")"
    local line
    line=$(halting_line changing "$runner")
    verdict "gdb/$runner: continue: terminated by SIGSEGV, status 139, the halting line at gdb's pc" \
        "$(has "$g" 'Program terminated with signal SIGSEGV, Segmentation fault.' && [ "$target_status" -eq 139 ] &&
           [[ $line =~ ^vm:\ errored\ cause=store-access-fault\ addr=0x0\ pc=$pc\ \(fault_here\+0x[0-9a-f]+\)\ instret=[0-9]+$ ]] && echo 1)" \
        "status $target_status" "halting line: $line" "gdb's pc: $pc"
}

session_interrupt() {
    local runner=$1 g=$work/interrupt.$1.gdb
    if ! start_target interrupt "$runner"; then
        verdict "gdb/$runner: session 3 (Ctrl-C)" 0 "the target did not start"
        return
    fi
    gdb_command 'break main' 'continue' 'delete' 'set var mode = 2' 'continue' 'bt' 'kill'
    "${gdb_line[@]}" >"$g" 2>&1 &
    local gdb_pid=$!
    # Ctrl-C once the guest is in its endless loop: the breakpoint, then a moment.
    local stopped=0
    wait_for "$g" '^Breakpoint 1, main' && sleep 1 && kill -INT "$gdb_pid" 2>/dev/null && stopped=1
    wait "$gdb_pid"
    end_target
    verdict "gdb/$runner: Ctrl-C stops the endless loop: SIGINT, bt spin then main" \
        "$([ $stopped = 1 ] && has "$g" 'Program received signal SIGINT, Interrupt.' && has_line "$g" '#0 +spin \(\) at user/gdb/gdb_target\.c:28' &&
           has_line "$g" '#1 +0x[0-9a-f]+ in main \(\) at user/gdb/gdb_target\.c:[0-9]+' && echo 1)" \
        "$(grep -m 4 -E 'SIGINT|^#' "$g")" "$(tail -n 2 "$g")"
    local line
    line=$(halting_line interrupt "$runner")
    verdict "gdb/$runner: kill: status 137, vm: killed signal=SIGKILL" \
        "$(has "$g" '[Inferior 1 (Remote target) killed]' && [ "$target_status" -eq 137 ] &&
           [[ $line =~ ^vm:\ killed\ signal=SIGKILL\ pc=0x[0-9a-f]+\ \(spin\+0x[0-9a-f]+\)\ instret=[0-9]+$ ]] && echo 1)" \
        "status $target_status" "halting line: $line"
}

session_detach() {
    local runner=$1 g=$work/detach.$1.gdb
    if ! start_target detach "$runner"; then
        verdict "gdb/$runner: session 4 (detach)" 0 "the target did not start"
        return
    fi
    run_gdb "$g" 'break count_up' 'continue' 'detach'
    end_target
    local line
    line=$(halting_line detach "$runner")
    verdict "gdb/$runner: detach: the program runs on to its end (status 7, $line)" \
        "$(has "$g" '[Inferior 1 (Remote target) detached]' && [ "$target_status" -eq 7 ] &&
           [ "$line" = "$reference_line" ] && echo 1)" "status $target_status" "halting line: $line" "$(tail -n 2 "$g")"
}

session_abort() {
    local runner=$1 g=$work/abort.$1.gdb
    if ! start_target abort "$runner"; then
        verdict "gdb/$runner: session 5 (abort)" 0 "the target did not start"
        return
    fi
    run_gdb "$g" 'break main' 'continue' 'set var mode = 3' 'continue' 'bt' 'continue'
    end_target
    verdict "gdb/$runner: abort(): SIGABRT, bt through abort to main" \
        "$(has "$g" 'Program received signal SIGABRT, Aborted.' && has_line "$g" '#[1-9] +0x[0-9a-f]+ in abort \(\) .*' &&
           has_line "$g" '#[1-9] +0x[0-9a-f]+ in main \(\) at user/gdb/gdb_target\.c:[0-9]+' && echo 1)" \
        "$(grep -m 6 -E 'SIGABRT|^#' "$g")"
    local line
    line=$(halting_line abort "$runner")
    verdict "gdb/$runner: continue: terminated by SIGABRT, status 134, vm: killed signal=SIGABRT" \
        "$(has "$g" 'Program terminated with signal SIGABRT, Aborted.' && [ "$target_status" -eq 134 ] &&
           [[ $line =~ ^vm:\ killed\ signal=SIGABRT\ pc=0x[0-9a-f]+\ \([a-z_]+\+0x[0-9a-f]+\)\ instret=[0-9]+$ ]] && echo 1)" \
        "status $target_status" "halting line: $line" "$(tail -n 3 "$g")"
}

session_native() {
    local runner=$1 g=$work/native.$1.gdb
    kernel_image=$native_kernel
    if ! start_target native "$runner"; then
        kernel_image=$kernel
        verdict "gdb/$runner: session 6 (engine=native)" 0 "the target did not start"
        return
    fi
    kernel_image=$kernel
    run_gdb "$g" 'break add_scaled' 'continue' 'info args' 'continue'
    end_target
    local line
    line=$(halting_line native "$runner")
    verdict "gdb/$runner: engine=native under gdb: the kernel says the interpreter runs it; break, args, exit 7 as without gdb" \
        "$(has "$g" 'kernel: gdb: the native engine cannot single-step, watch memory or break without changing the program'"'"'s code: this run uses the interpreter' &&
           has "$g" 'Breakpoint 1, add_scaled (a=4, b=5)' && has "$g" '[Inferior 1 (Remote target) exited with code 07]' &&
           [ "$target_status" -eq 7 ] && [ "$line" = "$reference_line" ] && echo 1)" \
        "status $target_status" "halting line: $line" "$(grep -m 3 -E 'kernel: gdb|Breakpoint|exited' "$g")"
}

# The two runners side by side (each its own sessions in turn), their lines in order after.
for runner in basin-run kernel; do
    if [ "$runner" = kernel ] && ! command -v qemu-system-riscv64 >/dev/null; then
        echo "skip gdb/kernel (no qemu-system-riscv64)" >"$work/results.$runner"
        continue
    fi
    (
        session_watching "$runner"
        session_changing "$runner"
        session_interrupt "$runner"
        session_detach "$runner"
        session_abort "$runner"
        if [ "$runner" = kernel ]; then session_native "$runner"; fi
    ) >"$work/results.$runner" 2>&1 &
done
wait
cat "$work/results.basin-run" "$work/results.kernel"
passed=$((passed + $(cat "$work"/results.* | grep -c '^pass ')))
failed=$((failed + $(cat "$work"/results.* | grep -c '^FAIL ')))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
