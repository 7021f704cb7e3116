#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Basin's test driver, run by `make test` after the build:
#   1. the host unit tests of vm/ and of kernel/fdt.c (AddressSanitizer + UBSan)
#   2. checks on the linked kernel image
#   3. the ISA tests under qemu-riscv64 (the reference) and basin-run; the Linux corpus built
#      with picolibc and with glibc under basin-run against qemu-riscv64
#   4. differential testing: DIFFTEST_SEEDS (200) random programs, basin-run against qemu-riscv64
#   5. QEMU tests: each test program embedded in a kernel, booted on qemu-system-riscv64, its serial
#      output, halting line and QEMU's exit status checked (two at a time, each under a timeout),
#      and the same ELF under basin-run, which must stop the same way
# One line per test, then "N passed, M failed"; exit status 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

BUILD=build
RESULTS=$BUILD/test-results
QEMU_TIMEOUT=${QEMU_TIMEOUT:-90}   # seconds per boot; a timeout is a failure
JOBS=${JOBS:-2}
NM=riscv64-unknown-elf-nm
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

passed=0
failed=0
report() { # report pass|fail NAME [detail...]
    local verdict=$1 name=$2
    shift 2
    if [ "$verdict" = pass ]; then
        echo "pass $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name"
        for detail in "$@"; do echo "  $detail"; done
        failed=$((failed + 1))
    fi
}

# Reports the "pass NAME" and "FAIL NAME" lines of a test program's output (stdin), NAME's
# leading $1 replaced by $2; drops its totals line and passes other lines through.
relay() {
    local from=${1:-} to=${2:-} line
    while IFS= read -r line; do
        case "$line" in
            "pass $from"*) report pass "$to${line#pass "$from"}" ;;
            "FAIL $from"*) report fail "$to${line#FAIL "$from"}" ;;
            [0-9]*" passed, "*) ;;
            *) echo "$line" ;;
        esac
    done
}

# --- 1. host unit tests: vm/, and the kernel's device-tree reader (kernel/fdt.c) ---------------
for unit_tests in vm-tests fdt-tests; do
    unit_output=$("$BUILD/host/$unit_tests" 2>&1)
    unit_status=$?
    relay <<<"$unit_output"
    if [ $unit_status -ne 0 ] && ! grep -q '^FAIL ' <<<"$unit_output"; then
        report fail "unit/$unit_tests" "exited with status $unit_status"
    fi
done
# The vm/ tests once more on the dispatch loop's portable switch (vm/dispatch.c), in one line.
switch_output=$("$BUILD/host/vm-tests-switch" 2>&1)
switch_status=$?
switch_total=$(tail -n 1 <<<"$switch_output")
if [ $switch_status -eq 0 ]; then report pass "unit/switch dispatch: $switch_total"
else report fail "unit/switch dispatch: $switch_total" "$(grep -A3 '^FAIL' <<<"$switch_output" | head -20)"; fi

# --- 2. the linked kernel image ---------------------------------------------------------------
kernel=$BUILD/qemu-virt/kernel.elf
symbol() { $NM "$2" | awk -v s="$1" '$3 == s { print "0x" $1 }'; }

allocators=$($NM "$kernel" | awk '{print $NF}' | grep -E '^_*(malloc|calloc|realloc|free|sbrk|_sbrk|memalign|aligned_alloc|posix_memalign)(_r)?$')
if [ -z "$allocators" ]; then report pass "image/no allocator symbols in kernel.elf"
else report fail "image/no allocator symbols in kernel.elf" "found: $allocators"; fi

sources=$(grep -nE '\b(malloc|calloc|realloc|free|sbrk)[[:space:]]*\(' kernel/*.[ch] vm/*.[ch] boot/*.S || true)
if [ -z "$sources" ]; then report pass "image/no allocator calls in kernel/, vm/, boot/"
else report fail "image/no allocator calls in kernel/, vm/, boot/" "$sources"; fi

layout_errors=()
entry=$(riscv64-unknown-elf-readelf -h "$kernel" | awk '/Entry point/ {print $NF}')
[ "$entry" = 0x80200000 ] || layout_errors+=("entry point is $entry, not 0x80200000")
[ "$(symbol _start "$kernel")" = 0x0000000080200000 ] || layout_errors+=("_start is not at 0x80200000")
read -r gm_type _ gm_size < <(riscv64-unknown-elf-readelf -SW "$kernel" |
    sed 's/^ *\[ *[0-9]*\]//' | awk '$1 == ".guest_memory" {print $2, $3, $5}')
[ "${gm_type:-}" = NOBITS ] || layout_errors+=(".guest_memory is not NOLOAD (type ${gm_type:-missing})")
gm_bytes=$(( $(symbol __guest_memory_end "$kernel") - $(symbol __guest_memory_start "$kernel") ))
[ "$gm_bytes" -eq $((4 << 20)) ] || layout_errors+=("guest memory is $gm_bytes bytes, not 4 MiB")
[ "$((16#${gm_size:-0}))" -eq $(((4 << 20) + 8192)) ] || layout_errors+=(".guest_memory is not 4 MiB between two guard pages")
[ $(( $(symbol __guest_memory_start "$kernel") % 4096)) -eq 0 ] || layout_errors+=("guest memory is not page-aligned")
image_end=$(symbol __image_end "$kernel")
[ -n "$image_end" ] && [ $((image_end)) -le $((0x82200000)) ] ||
    layout_errors+=("image ends at ${image_end:-?}, not below 0x82200000")
bss_start=$(symbol __bss_start "$kernel"); bss_end=$(symbol __bss_end "$kernel")
gm_end=$(symbol __guest_memory_end "$kernel")
[ -n "$bss_start" ] && [ -n "$bss_end" ] && [ $((bss_end)) -ge $((gm_end)) ] ||
    layout_errors+=("the zeroed range [__bss_start, __bss_end) does not cover guest memory")
stacks=$(( $(symbol __hart_stacks_end "$kernel") - $(symbol __hart_stacks_start "$kernel") ))
[ "$stacks" -eq $((8 * (4096 + 16384))) ] || layout_errors+=("hart stacks are $stacks bytes, not 8 x (4 KiB guard + 16 KiB)")
if [ ${#layout_errors[@]} -eq 0 ]; then report pass "image/layout (entry, 4 MiB NOLOAD guest memory, stacks, end below 0x82200000)"
else report fail "image/layout" "${layout_errors[@]}"; fi

# Every board's image as its boot loader sees it: header, load address, SD card (tests/boards.sh).
board_failure= board_details=()
while IFS= read -r line; do
    if [ -n "$board_failure" ] && [[ $line != "  "* ]]; then
        report fail "image/$board_failure" "${board_details[@]}"
        board_failure= board_details=()
    fi
    case "$line" in
        "pass "*) report pass "image/${line#pass }" ;;
        "FAIL "*) board_failure=${line#FAIL } ;;
        "  "*) board_details+=("${line#  }") ;;
        "end of boards") ;;
        *) echo "$line" ;;
    esac
done < <(tests/boards.sh 2>&1; echo "end of boards")

# -fstack-usage records every function's frame; -Wframe-larger-than=1024 already fails the build.
largest=$(cat "$BUILD"/kernel-objects/*/*.su 2>/dev/null | awk -F'\t' '{split($1, a, ":"); if ($2 > max) {max = $2; f = a[4]}} END {print max + 0, f}')
if [ "${largest%% *}" -gt 0 ] && [ "${largest%% *}" -le 1024 ]; then
    report pass "image/largest kernel stack frame is ${largest%% *} bytes (${largest#* }), at most 1 KiB"
else report fail "image/largest kernel stack frame at most 1 KiB" "largest: $largest"; fi

# --- 3. ISA tests on the host: qemu-riscv64 proves the expectations, basin-run must agree ------
isa_elves=("$BUILD"/user/isa/*.elf)
for runner in "qemu-riscv64 -cpu rv64,zba=true,zbb=true,zbs=true" "$BUILD/host/basin-run"; do
    relay isa/ "isa/$(basename "${runner%% *}")/" < <(tests/isa.sh "$runner" "${isa_elves[@]}" 2>&1)
done

# --- 3b. the Linux corpus (user/linux/), built with picolibc and with glibc: basin-run against
# qemu-riscv64. stdout and the exit status must be equal, and so must stderr once basin-run's
# halting line (its last line) is set aside: the guest's own messages (a failed assert) count.
for elf in "$BUILD"/linux-picolibc/*.elf "$BUILD"/linux/*.elf; do
    case "$elf" in
        "$BUILD"/linux-picolibc/*) name=linux-picolibc/$(basename "$elf" .elf) ;;
        *) name=linux-glibc/$(basename "$elf" .elf) ;;
    esac
    timeout -k 5 "$QEMU_TIMEOUT" "$BUILD/host/basin-run" --budget 1000000000 "$elf" \
        <tests/linux-input.txt >"$RESULTS/linux.basin" 2>"$RESULTS/linux.basin-err"
    basin_status=$?
    # In braces with stderr closed: bash would report a guest killed by a signal.
    { timeout -k 5 "$QEMU_TIMEOUT" qemu-riscv64 "$elf" <tests/linux-input.txt \
        >"$RESULTS/linux.qemu" 2>"$RESULTS/linux.qemu-err"; } 2>/dev/null
    qemu_status=$?
    basin_line=$(tail -n 1 "$RESULTS/linux.basin-err")
    sed '$d' "$RESULTS/linux.basin-err" >"$RESULTS/linux.basin-guest-err"
    if [ "${name##*/}" = out_of_memory ]; then
        # Only Basin runs out at 4 MiB; the reference has memory to spare.
        if [ $basin_status -eq 0 ] && grep -qE '^malloc returned NULL after [0-9]+ chunks; allocation after freeing works$' "$RESULTS/linux.basin"; then
            report pass "$name (malloc returned NULL, and memory came back)"
        else report fail "$name" "status $basin_status: $(head -n 2 "$RESULTS/linux.basin" "$RESULTS/linux.basin-err")"; fi
    elif [ $basin_status -eq $qemu_status ] && cmp -s "$RESULTS/linux.basin" "$RESULTS/linux.qemu" &&
        cmp -s "$RESULTS/linux.basin-guest-err" "$RESULTS/linux.qemu-err" && [[ $basin_line == "vm: "* ]]; then
        report pass "$name"
    else
        report fail "$name" "basin-run status $basin_status, qemu-riscv64 status $qemu_status" \
            "stdout: $(diff "$RESULTS/linux.qemu" "$RESULTS/linux.basin" | head -n 5)" \
            "stderr: $(diff "$RESULTS/linux.qemu-err" "$RESULTS/linux.basin-guest-err" | head -n 5)" \
            "$basin_line"
    fi
done

# --- 3c. malformed and hostile ELF files: each refused by basin-run with its own error ---------
relay elf/ elf/basin-run/ < <(tests/elf/run.sh "$BUILD/host/basin-run" "$BUILD/bad-elves" 2>&1)

# --- 3d. determinism: the same ELF and input give the same output and halting line every time --
for elf in "$BUILD"/user/hello.elf "$BUILD"/user/tests/checksum.elf "$BUILD"/programs/fpmath.elf \
           "$BUILD"/linux/formats.elf "$BUILD"/linux/malloc_churn.elf "$BUILD"/linux/stdin_stats.elf; do
    name=determinism/$(basename "$elf" .elf)
    for run in 1 2; do
        timeout -k 5 "$QEMU_TIMEOUT" "$BUILD/host/basin-run" --clock deterministic "$elf" \
            <tests/linux-input.txt >"$RESULTS/determinism.$run" 2>&1
        echo "status $?" >>"$RESULTS/determinism.$run"
    done
    if cmp -s "$RESULTS/determinism.1" "$RESULTS/determinism.2" &&
        grep -q '^vm: halted exit=0 instret=' "$RESULTS/determinism.1"; then
        report pass "$name (twice: same output, same instruction count)"
    else
        report fail "$name" "$(diff "$RESULTS/determinism.1" "$RESULTS/determinism.2" | head -n 4)"
    fi
done

# --- 3e. fuzz smoke: each libFuzzer target for FUZZ_SECONDS (5) seconds -------------------------
while IFS= read -r line; do
    case "$line" in
        "pass fuzz/"*) report pass "${line#pass }" ;;
        "FAIL fuzz/"*) report fail "${line#FAIL }" ;;
        *) ;;
    esac
done < <(tests/fuzz/run.sh "${FUZZ_SECONDS:-5}" 2>&1)

# --- 4. differential testing: random programs, basin-run against qemu-riscv64 ------------------
DIFFTEST_SEEDS=${DIFFTEST_SEEDS:-200}
difftest_output=$(tests/difftest/run.sh "$BUILD/host/basin-run" 1 "$DIFFTEST_SEEDS" "$JOBS" 2>&1)
difftest_status=$?
if [ $difftest_status -eq 0 ]; then
    report pass "difftest/$(tail -n 1 <<<"$difftest_output" | sed 's/^difftest: //') (seeds 1-$DIFFTEST_SEEDS)"
else
    mapfile -t difftest_lines < <(grep -v '^difftest: ' <<<"$difftest_output" | head -n 40)
    report fail "difftest/seeds 1-$DIFFTEST_SEEDS against qemu-riscv64" "${difftest_lines[@]}" \
        "$(tail -n 1 <<<"$difftest_output")"
fi

# --- 5. QEMU boots ------------------------------------------------------------------------------
# Device trees that differ from QEMU's own in what the kernel reads (console, RAM).
DTBS=$RESULTS/dtb
if ! dtb_errors=$(tests/qemu-dtbs.sh "$DTBS" 2>&1); then
    report fail "qemu/device-tree variants (tests/qemu-dtbs.sh)" "$dtb_errors"
fi
# A case: NAME IMAGE STATUS HALTING-LINE [CHECK...]. STATUS and the halting line are extended regexes matched
# against the whole line; {sym} and {sym+N} stand for a symbol's address in the embedded program.
# Checks: native:PROG (guest output equals the host build of PROG), qemu-user (guest output and
# status equal qemu-riscv64's on the same ELF), line:REGEX (a whole line matches), qemu:OPTIONS
# (extra QEMU options), bios:PATH (firmware instead of QEMU's default), uboot (boot Debian's
# U-Boot, which finds build/tests/IMAGE/sdcard.img on a virtio disk), machine:NAME (another QEMU
# machine than virt), no-poweroff (the machine cannot power off: the run ends at the halting
# line and QEMU is stopped; STATUS is then not QEMU's), expect-panic (the kernel must stop with
# a panic: no integrity line, no basin-run run), dtb:NAME (boot with tests/qemu-dtbs.sh's
# NAME.dtb instead of QEMU's device tree), stdin:FILE (typed at the
# console after boot, then Ctrl-D), reads-clock (instruction counts may differ from basin-run's),
# small-budget (the image's budget is 1,000,000 and its output limit 65,536 bytes, and basin-run
# gets the same).
# Every case with an ELF also runs it under basin-run, which must stop with the same halting line
# and status.
cases=(
    "hello|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello"
    "checksum|checksum|0|vm: halted exit=0 instret=[0-9]+|native:checksum"
    "exit_code|exit_code|42|vm: halted exit=42 instret=[0-9]+|line:exiting with status 42"
    "illegal_instruction|illegal_instruction|132|vm: errored cause=illegal-instruction insn=0x00000000 pc={fault_pc} instret=1"
    "load_outside|load_outside|139|vm: errored cause=load-access-fault addr=0x400000 pc={fault_pc} instret=1"
    "store_outside|store_outside|139|vm: errored cause=store-access-fault addr=0x3ffffc pc={fault_pc} instret=3"
    "null_read|null_read|139|vm: errored cause=load-access-fault addr=0x0 pc={fault_pc} instret=1"
    "misaligned_jump|misaligned_jump|7|vm: halted exit=7 instret=7"
    "misaligned_atomic|misaligned_atomic|135|vm: errored cause=misaligned-store addr={word+2} pc={fault_pc} instret=4"
    "ebreak|ebreak|133|vm: errored cause=breakpoint addr={fault_pc} pc={fault_pc} instret=1"
    "endless_loop|endless_loop|152|vm: budget-exhausted pc={loop_jump} instret=100000000"
    "W^X: a store to code|store_to_code|139|vm: errored cause=store-access-fault addr={_start} pc={fault_pc} instret=3|qemu-user"
    "W^X: a jump to data|jump_to_data|139|vm: errored cause=fetch-access-fault addr={data_code} pc={data_code} instret=3|qemu-user"
    "stores to every writable page, then the kernel|store_sweep|139|vm: errored cause=store-access-fault addr=0x80200000 pc=0x[0-9a-f]+ instret=[0-9]+|line:stack: 2[0-9]{5} bytes written, 0 read back wrong|line:break: 524288 bytes written, 0 read back wrong|line:mapping: 262144 bytes written, 0 read back wrong"
    "hostile system calls|hostile_syscalls|0|vm: halted exit=0 instret=[0-9]+|line:hostile system calls made: 280, refused: [0-9]+"
    "random instruction stream|random_code|[0-9]+|vm: [a-z-]+ [a-z0-9=x -]*instret=[0-9]+"
    "system-call storm|small_budget_syscall_storm|152|vm: budget-exhausted pc={storm_jump} instret=1000000|line:syscall: unknown number 500 at pc=0x[0-9a-f]+, returning -ENOSYS|small-budget"
    "write flood|small_budget_write_flood|152|vm: budget-exhausted pc=0x[0-9a-f]+ instret=1000000|small-budget|line:syscall: output limit of 65536 bytes reached at pc=0x[0-9a-f]+; later writes return -EFBIG"
    "writev flood|small_budget_output_flood|152|vm: budget-exhausted pc=0x[0-9a-f]+ instret=1000000|small-budget|line:syscall: output limit of 65536 bytes reached at pc=0x[0-9a-f]+; later writes return -EFBIG"
    "unknown_syscall|unknown_syscall|0|vm: halted exit=0 instret=[0-9]+|line:syscall: unknown number 999 at pc=0x[0-9a-f]+, returning -ENOSYS|line:syscall 999 returned -38"
    "bad_write_pointer|bad_write_pointer|0|vm: halted exit=0 instret=[0-9]+|line:case 6: write returned -14|line:case 7: write returned -9"
    "hello with -smp 4: the other harts are parked|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|qemu:-smp 4|line:kernel: 4 harts, Basin runs on hart [0-3]; 3 others parked through SBI HSM"
    "console from the device tree: ns16550a|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|line:Basin 0\.1: hart 0, device tree at 0x[0-9a-f]+, console ns16550a at 0x10000000, from stdout-path /soc/serial@10000000|line:kernel: RAM 0x80000000 \+ 128 MiB holds the image 0x80200000-0x[0-9a-f]+|line:kernel: 1 hart, Basin runs on hart 0"
    "console through an alias with options|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|dtb:alias|line:Basin 0\.1: .*, console ns16550a at 0x10000000, from stdout-path serial0 = /soc/serial@10000000"
    "console snps,dw-apb-uart|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|dtb:dw-apb-uart|line:Basin 0\.1: .*, console snps,dw-apb-uart at 0x10000000, from stdout-path /soc/serial@10000000"
    "console driver from the second compatible name|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|dtb:two-names|line:Basin 0\.1: .*, console ns16550a at 0x10000000, from stdout-path /soc/serial@10000000"
    "no stdout-path: the SBI console|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|dtb:no-stdout|line:Basin 0\.1: .*, console sbi \(no /chosen/stdout-path in the device tree\)"
    "stdout-path alias missing: the SBI console|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|dtb:no-alias|line:Basin 0\.1: .*, console sbi \(stdout-path names an alias /aliases lacks: serial0\)"
    "RAM too small for the image|hello|125|kernel panic: the image 0x80200000-0x[0-9a-f]+ is not inside RAM as the device tree gives it \(first range 0x80000000 \+ 0x400000\): wrong BOARD for this machine\?|dtb:small-ram|expect-panic"
    "QEMU sifive_u (FU540): console sifive,uart0|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|machine:sifive_u|no-poweroff|line:Basin 0\.1: hart [0-9]+, .*, console sifive,uart0 at 0x10010000, from stdout-path /soc/serial@10010000"
    "hello under fw_jump|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|bios:/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin"
    "hello under fw_dynamic|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|bios:/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin"
    "hello through U-Boot distro boot from an SD card image|hello|0|vm: halted exit=0 instret=[0-9]+|native:hello|uboot|line:Starting kernel ...|line:Retrieving file: /Image"
    "kernel trap panics|kernel_trap|125|kernel panic: unexpected trap scause=0x2 sepc=0x[0-9a-f]+ stval=0x0"
    "a corrupted guard page panics|kernel_guard|125|kernel panic: integrity: guard page overwritten at 0x[0-9a-f]+"
    "an x86-64 executable is refused|refuse_host_elf|126|vm: load-failed error=not-riscv \\(not a RISC-V program \\(e_machine is not EM_RISCV, 243\\)\\)"
    "program sort|program-sort|0|vm: halted exit=0 instret=[0-9]+|native:programs/sort|qemu-user"
    "program hash|program-hash|0|vm: halted exit=0 instret=[0-9]+|native:programs/hash|qemu-user"
    "program strings|program-strings|0|vm: halted exit=0 instret=[0-9]+|native:programs/strings|qemu-user"
    "program fpmath|program-fpmath|0|vm: halted exit=0 instret=[0-9]+|qemu-user"
    "linux formats|linux-formats|0|vm: halted exit=0 instret=[0-9]+|qemu-user"
    "linux text|linux-text|0|vm: halted exit=0 instret=[0-9]+|qemu-user"
    "linux jumps|linux-jumps|0|vm: halted exit=0 instret=[0-9]+|qemu-user"
    "linux mathlib|linux-mathlib|0|vm: halted exit=0 instret=[0-9]+|qemu-user"
    "linux malloc_churn|linux-malloc_churn|0|vm: halted exit=0 instret=[0-9]+|qemu-user"
    "linux sorting|linux-sorting|0|vm: halted exit=0 instret=[0-9]+|qemu-user"
    "linux stdin_stats|linux-stdin_stats|0|vm: halted exit=0 instret=[0-9]+|qemu-user|stdin:tests/linux-input.txt"
    "linux clocks|linux-clocks|0|vm: halted exit=0 instret=[0-9]+|qemu-user|reads-clock|line:wall clock after 2020: yes"
    "linux out_of_memory|linux-out_of_memory|0|vm: halted exit=0 instret=[0-9]+|line:malloc returned NULL after [0-9]+ chunks; allocation after freeing works"
    "linux abort: SIGABRT|linux-abort|134|vm: killed signal=SIGABRT pc=0x[0-9a-f]+ instret=[0-9]+|qemu-user|line:about to abort"
    "linux assert_fail: message, then SIGABRT|linux-assert_fail|134|vm: killed signal=SIGABRT pc=0x[0-9a-f]+ instret=[0-9]+|qemu-user|line:assert_fail\\.elf: user/linux/assert_fail\\.c:[0-9]+: main: Assertion .half\\(argc \\+ 6\\) == 4. failed\\."
    "linux raise_handler: signal() and raise()|linux-raise_handler|0|vm: halted exit=0 instret=[0-9]+|qemu-user"
    "linux kill_term: SIGTERM to itself|linux-kill_term|143|vm: killed signal=SIGTERM pc=0x[0-9a-f]+ instret=[0-9]+|qemu-user|line:kill\\(getpid\\(\\), 0\\) returned 0"
    "linux siginfo: SA_SIGINFO, frame registers, SA_NODEFER, SA_RESETHAND|linux-siginfo|0|vm: halted exit=0 instret=[0-9]+|qemu-user|line:  after return: s2 0x5678, fs0 2\\.5, fcsr 0x41"
    "linux segv_handler: SIGSEGV recovered|linux-segv_handler|0|vm: halted exit=0 instret=[0-9]+|qemu-user|line:store to read-only data: SIGSEGV 2 time\\(s\\), si_code 2 \\(SEGV_ACCERR\\), si_addr is the address: yes"
    "linux fault_signals: SIGILL, SIGTRAP, SIGBUS handlers, then a blocked SIGILL|linux-fault_signals|132|vm: errored cause=illegal-instruction insn=0xffffffff pc={blocked_illegal} instret=[0-9]+|qemu-user"
    "linux blocked_signal: pending until unblocked|linux-blocked_signal|138|vm: killed signal=SIGUSR1 pc=0x[0-9a-f]+ instret=[0-9]+|qemu-user|line:after unblocking: handler ran 3 time\\(s\\)"
    "linux altstack: sigaltstack and SA_ONSTACK|linux-altstack|0|vm: halted exit=0 instret=[0-9]+|qemu-user|line:stack overflow caught: SIGSEGV handler on the alternate stack: yes, deeper than 100 calls: yes"
    "an empty file is refused|refuse_empty_file|126|vm: load-failed error=too-small \\(file is shorter than an ELF64 header \\(64 bytes\\)\\)"
)

# Every malformed ELF is also refused by the kernel, with the same line and no panic.
while read -r file error; do
    [[ -z $file || $file == \#* ]] && continue
    cases+=("bad elf ${file%.elf}|bad-${file%.elf}|126|vm: load-failed error=$error \\(.*\\)")
done <tests/elf/expected.txt

# Every ISA test also runs embedded in the kernel.
for elf in "${isa_elves[@]}"; do
    name=$(basename "$elf" .elf)
    cases+=("isa $name|isa-$name|0|vm: halted exit=0 instret=[0-9]+")
done

# Expands {sym} and {sym+N} with addresses from the program's ELF.
expand_symbols() {
    local pattern=$1 elf=$2 out="" token sym offset addr
    while [[ $pattern =~ \{([A-Za-z_][A-Za-z0-9_]*)(\+([0-9]+))?\} ]]; do
        token=${BASH_REMATCH[0]}
        sym=${BASH_REMATCH[1]}
        offset=${BASH_REMATCH[3]:-0}
        addr=$($NM "$elf" | awk -v s="$sym" '$3 == s {print $1}')
        [ -n "$addr" ] || { echo "MISSING-SYMBOL-$sym"; return; }
        out+="${pattern%%"$token"*}$(printf '0x%x' $((16#$addr + offset)))"
        pattern=${pattern#*"$token"}
    done
    echo "$out$pattern"
}

# Runs one case; writes its verdict and details to $RESULTS/N.result.
run_case() {
    local index=$1 spec=$2
    local name image status halting checks
    IFS='|' read -r name image status halting checks <<<"$spec"
    local result=$RESULTS/$index.result log=$RESULTS/$index.log
    local kernel_image=$BUILD/tests/$image/kernel.elf
    local program
    program=$(cat "$BUILD/tests/$image/embedded.txt" 2>/dev/null)
    local qemu_options=() bios_env=() errors=() check input= boot=("$kernel_image")
    IFS='|' read -r -a check_list <<<"$checks"
    for check in "${check_list[@]}"; do
        case "$check" in
            qemu:*) read -r -a qemu_options <<<"${check#qemu:}" ;;
            bios:*) bios_env+=(BASIN_BIOS="${check#bios:}") ;;
            machine:*) bios_env+=(BASIN_MACHINE="${check#machine:}") ;;
            uboot) boot=(--sdcard "$BUILD/tests/$image/sdcard.img") ;;
            stdin:*) input=${check#stdin:} ;;
            dtb:*) qemu_options+=(-dtb "$DTBS/${check#dtb:}.dtb") ;;
        esac
    done
    # Input is typed once the kernel runs the program (the UART drops what arrives during boot),
    # then Ctrl-D ends it, as at a terminal.
    input=${input:-/dev/null}
    rm -f "$log.stdin"
    mkfifo "$log.stdin"
    (
        for _ in $(seq 1 300); do
            grep -qE '^(kernel: running|vm: |kernel panic)' "$log.raw" 2>/dev/null && break
            sleep 0.1
        done
        cat "$input"
        printf '\004'
    ) >"$log.stdin" &
    local actual_status
    if [[ $checks == *no-poweroff* ]]; then
        # The machine cannot power off: the run ends at its halting line, and QEMU is stopped.
        env "${bios_env[@]}" timeout --foreground -k 5 "$QEMU_TIMEOUT" qemu/run.sh "${boot[@]}" \
            "${qemu_options[@]}" <"$log.stdin" >"$log.raw" 2>&1 &
        local qemu_pid=$! tenths=0
        while kill -0 "$qemu_pid" 2>/dev/null && [ $tenths -lt $((QEMU_TIMEOUT * 10)) ]; do
            grep -qaE '^(vm: |kernel panic:)' "$log.raw" && break
            sleep 0.1
            tenths=$((tenths + 1))
        done
        sleep 0.5 # the rest of the halting line
        kill "$qemu_pid" 2>/dev/null
        wait "$qemu_pid"
        grep -qaE '^(vm: |kernel panic:)' "$log.raw" && actual_status=$status || actual_status=124
    else
        env "${bios_env[@]}" timeout --foreground -k 5 "$QEMU_TIMEOUT" qemu/run.sh "${boot[@]}" \
            "${qemu_options[@]}" <"$log.stdin" >"$log.raw" 2>&1
        actual_status=$?
    fi
    wait
    tr -d '\r' <"$log.raw" >"$log"
    if [ "$actual_status" = 124 ] || [ "$actual_status" = 137 ]; then
        errors+=("timed out after ${QEMU_TIMEOUT}s")
    elif [[ ! $actual_status =~ ^($status)$ ]]; then
        errors+=("QEMU exit status $actual_status, expected $status")
    fi
    local expected_line
    [ -f "$program" ] && expected_line=$(expand_symbols "$halting" "$program") || expected_line=$halting
    local halting_lines
    halting_lines=$(grep -cE '^(vm: |kernel panic:)' "$log")
    if [ "$halting_lines" -ne 1 ]; then
        errors+=("$halting_lines halting lines (vm: or kernel panic:), expected exactly 1")
    fi
    grep -qxE "$expected_line" "$log" || errors+=("no line matches: $expected_line"
        "last line: $(tail -n 1 "$log")")
    # The kernel's own memory must be intact after every guest, hostile or not.
    local expect_panic=false
    [[ $image == kernel_* || $checks == *expect-panic* ]] && expect_panic=true
    if ! $expect_panic && ! grep -q '^kernel: integrity ok: ' "$log"; then
        errors+=("no 'kernel: integrity ok' line")
    fi
    if ! $expect_panic && grep -q 'kernel panic' "$log"; then
        errors+=("kernel panic: $(grep 'kernel panic' "$log")")
    fi
    # The same program under basin-run must stop the same way: same halting line, same status.
    if ! $expect_panic && [ -n "$program" ]; then
        # From the program's directory, so that argv[0] is the name the kernel passes.
        local budget=()
        [[ $checks == *small-budget* ]] && budget=(--budget 1000000 --output-limit 65536)
        (cd "$(dirname "$program")" && timeout -k 5 "$QEMU_TIMEOUT" "$OLDPWD/$BUILD/host/basin-run" \
            "${budget[@]}" "$(basename "$program")") >"$log.host" 2>"$log.host-err" <"$input"
        local host_status=$? host_line kernel_line
        host_line=$(grep -E '^vm: ' "$log.host-err" | tail -n 1)
        kernel_line=$(grep -E '^vm: ' "$log" | tail -n 1)
        [ "$host_status" = "$actual_status" ] ||
            errors+=("basin-run exit status $host_status, the kernel's $actual_status")
        # A program that reads the platform clock may take a different number of instructions.
        if [[ $checks == *reads-clock* ]]; then
            host_line=${host_line% instret=*}
            kernel_line=${kernel_line% instret=*}
        fi
        [ "$host_line" = "$kernel_line" ] ||
            errors+=("basin-run stopped differently: $host_line")
    fi
    for check in "${check_list[@]}"; do
        case "$check" in
            line:*) grep -qxE "${check#line:}" "$log" || errors+=("no line matches: ${check#line:}") ;;
            native:*)
                # The guest's output: everything between the "kernel: running" line and the halting line.
                sed -n '/^kernel: running /,/^vm: /p' "$log" | sed '1d;$d' | grep -v '^kernel: integrity ok: ' >"$log.guest"
                "$BUILD/native/${check#native:}" >"$log.native"
                cmp -s "$log.guest" "$log.native" ||
                    errors+=("guest output differs from the native build: diff $log.native $log.guest")
                [ -n "$program" ] && ! cmp -s "$log.host" "$log.native" &&
                    errors+=("basin-run output differs from the native build: diff $log.native $log.host")
                ;;
            qemu-user)
                # The console carries the guest's stdout and stderr together, in the order of its
                # writes; so does qemu-riscv64's output with both sent to one file. basin-run's
                # stdout and stderr (but its halting line, the last) are compared one by one.
                sed -n '/^kernel: running /,/^vm: /p' "$log" | sed '1d;$d' | grep -v '^kernel: integrity ok: ' >"$log.guest"
                # In braces with stderr closed: a program that dies of SIGSEGV, as W^X tests do,
                # would otherwise make bash print "Segmentation fault" into the test report.
                { timeout -k 5 "$QEMU_TIMEOUT" qemu-riscv64 -cpu rv64,zba=true,zbb=true,zbs=true \
                    "$program" >"$log.qemu-user" 2>"$log.qemu-user-err" <"$input"; } 2>/dev/null
                local reference_status=$?
                { timeout -k 5 "$QEMU_TIMEOUT" qemu-riscv64 -cpu rv64,zba=true,zbb=true,zbs=true \
                    "$program" >"$log.qemu-user-both" 2>&1 <"$input"; } 2>/dev/null
                sed '$d' "$log.host-err" >"$log.host-guest-err"
                [ "$reference_status" = "$status" ] ||
                    errors+=("qemu-riscv64 exit status $reference_status, expected $status")
                cmp -s "$log.guest" "$log.qemu-user-both" ||
                    errors+=("guest output differs from qemu-riscv64's: diff $log.qemu-user-both $log.guest")
                cmp -s "$log.host" "$log.qemu-user" ||
                    errors+=("basin-run stdout differs from qemu-riscv64's: diff $log.qemu-user $log.host")
                cmp -s "$log.host-guest-err" "$log.qemu-user-err" ||
                    errors+=("basin-run stderr differs from qemu-riscv64's: diff $log.qemu-user-err $log.host-guest-err")
                ;;
        esac
    done
    if [ ${#errors[@]} -eq 0 ]; then echo "pass" >"$result"
    else printf '%s\n' fail "${errors[@]}" >"$result"; fi
}

running=0
for i in "${!cases[@]}"; do
    run_case "$i" "${cases[$i]}" &
    running=$((running + 1))
    if [ $running -ge "$JOBS" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

for i in "${!cases[@]}"; do
    name="qemu/${cases[$i]%%|*}"
    if [ ! -f "$RESULTS/$i.result" ]; then
        report fail "$name" "the case did not finish"
    elif [ "$(head -n 1 "$RESULTS/$i.result")" = pass ]; then
        report pass "$name"
    else
        mapfile -t details < <(tail -n +2 "$RESULTS/$i.result")
        report fail "$name" "${details[@]}" "serial log: $RESULTS/$i.log"
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
