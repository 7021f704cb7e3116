#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Basin's test driver, run by `make test` after the build:
#   1. the host unit tests of vm/ and of kernel/fdt.c (AddressSanitizer + UBSan)
#   2. checks on the linked kernel image
#   3. the ISA tests under qemu-riscv64 (the reference) and basin-run; the symbols the halting
#      line names against gdb's; the Linux corpus built with picolibc and with glibc under
#      basin-run against qemu-riscv64; hostile_syscalls' expected results under qemu-riscv64;
#      malformed ELF files; determinism; basin-pack's word splitting against bash's; adversarial
#      guests timed against a tight loop (tests/bounds.sh); gdb-multiarch debugging a program
#      through the GDB stub under basin-run and in the kernel under QEMU (tests/gdb.sh); signals
#      sent to basin-run against qemu-riscv64 (tests/outside_signals.sh); the fuzzers
#   4. differential testing: DIFFTEST_SEEDS (200) random programs, basin-run against qemu-riscv64
#   5. QEMU tests: each test program embedded in a kernel, booted on qemu-system-riscv64, its serial
#      output, halting line and QEMU's exit status checked (two at a time, each under a timeout),
#      and the same ELF under basin-run, which must stop the same way; first, adversarial guests
#      timed against a tight loop in the kernel (tests/bounds.sh; under basin-run in 3)
# One line per test: "pass NAME", "FAIL NAME" (reasons indented below) or "skip NAME (reason)"
# for what cannot run here (a skip is never counted as a pass); then
# "N passed, M failed, K skipped". Exit status 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

BUILD=build
RESULTS=$BUILD/test-results
QEMU_TIMEOUT=${QEMU_TIMEOUT:-90}   # seconds per boot; a timeout is a failure
JOBS=${JOBS:-2}
NM=riscv64-unknown-elf-nm
QEMU_USER=$(command -v qemu-riscv64)
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

passed=0
failed=0
skipped=0
report() { # report pass|fail|skip NAME [detail...]; a skip's one detail is its reason
    local verdict=$1 name=$2
    shift 2
    case "$verdict" in
        pass)
            echo "pass $name"
            passed=$((passed + 1)) ;;
        skip)
            echo "skip $name${1:+ ($1)}"
            skipped=$((skipped + 1)) ;;
        *)
            echo "FAIL $name"
            for detail in "$@"; do echo "  $detail"; done
            failed=$((failed + 1)) ;;
    esac
}

# Reports the "pass NAME", "FAIL NAME" and "skip NAME (reason)" lines of a test program's output
# (stdin), NAME's leading $1 replaced by $2; drops its totals line and passes other lines (a
# failure's indented details) through. Sets relayed to the number of result lines and
# relayed_failures to the number of FAIL lines.
relay() {
    local from=${1:-} to=${2:-} line
    relayed=0 relayed_failures=0
    while IFS= read -r line; do
        case "$line" in
            "pass $from"*) report pass "$to${line#pass "$from"}"; relayed=$((relayed + 1)) ;;
            "skip $from"*) report skip "$to${line#skip "$from"}"; relayed=$((relayed + 1)) ;;
            "FAIL $from"*) report fail "$to${line#FAIL "$from"}"
                relayed=$((relayed + 1)) relayed_failures=$((relayed_failures + 1)) ;;
            [0-9]*" passed, "* | "") ;;
            *) echo "$line" ;;
        esac
    done
}

# Runs a test script (after NAME FROM TO) and relays its result lines; a script that exits
# non-zero without a FAIL line, or reports nothing at all, is a failure of NAME: a crashed
# script must not look like a clean run.
relay_script() { # relay_script NAME FROM TO COMMAND...
    local name=$1 from=$2 to=$3 output status last=()
    shift 3
    output=$("$@" 2>&1)
    status=$?
    relay "$from" "$to" <<<"$output"
    mapfile -t last < <(grep -v '^$' <<<"$output" | tail -n 3)
    if [ $status -ne 0 ] && [ $relayed_failures -eq 0 ]; then
        report fail "$name" "$* exited with status $status" "${last[@]}"
    elif [ $relayed -eq 0 ]; then
        report fail "$name" "$* reported no result" "${last[@]}"
    fi
}

# ONLY=REGEX runs just the QEMU cases whose names match (a quicker loop while working on one).
if [ -z "${ONLY:-}" ]; then
# --- 1. host unit tests: vm/, and the kernel's device-tree reader (kernel/fdt.c) ---------------
for unit_tests in vm-tests fdt-tests; do
    relay_script "unit/$unit_tests" "" "" "$BUILD/host/$unit_tests"
done
# The vm/ tests once more on the dispatch loop's portable switch (vm/dispatch.c), in one line.
switch_output=$("$BUILD/host/vm-tests-switch" 2>&1)
switch_status=$?
switch_total=$(tail -n 1 <<<"$switch_output")
if [ $switch_status -eq 0 ]; then report pass "unit/switch dispatch: $switch_total"
else report fail "unit/switch dispatch: $switch_total" "$(grep -A3 '^FAIL' <<<"$switch_output" | head -20)"; fi
# And once more without the host FPU fast path (vm/fpu_host.h): F and D in softfloat alone.
softfp_output=$("$BUILD/host/vm-tests-softfp" 2>&1)
softfp_status=$?
softfp_total=$(tail -n 1 <<<"$softfp_output")
if [ $softfp_status -eq 0 ]; then report pass "unit/softfloat only (VM_SOFT_FP): $softfp_total"
else report fail "unit/softfloat only (VM_SOFT_FP): $softfp_total" "$(grep -A3 '^FAIL' <<<"$softfp_output" | head -20)"; fi

# --- 2. the linked kernel image ---------------------------------------------------------------
kernel=$BUILD/qemu-virt/kernel.elf
symbol() { $NM "$2" | awk -v s="$1" '$3 == s { print "0x" $1 }'; }

allocators=$($NM "$kernel" | awk '{print $NF}' | grep -E '^_*(malloc|calloc|realloc|free|sbrk|_sbrk|memalign|aligned_alloc|posix_memalign)(_r)?$')
if [ -z "$allocators" ]; then report pass "image/no allocator symbols in kernel.elf"
else report fail "image/no allocator symbols in kernel.elf" "found: $allocators"; fi

sources=$(grep -nE '\b(malloc|calloc|realloc|free|sbrk)[[:space:]]*\(' kernel/*.[ch] vm/*.[ch] boot/*.S || true)
if [ -z "$sources" ]; then report pass "image/no allocator calls in kernel/, vm/, boot/"
else report fail "image/no allocator calls in kernel/, vm/, boot/" "$sources"; fi

# The layout's sizes from their one source, kernel/memlayout.h, read as linker.ld reads them.
layout_value() { # EXPRESSION over memlayout.h's names: its value
    local text
    text=$(printf '#include "kernel/memlayout.h"\n%s\n' "$1" |
        riscv64-unknown-elf-gcc -E -P -undef -x assembler-with-cpp -)
    echo $((text))
}
max_harts=$(layout_value MAX_HARTS)
hart_slot=$(layout_value HART_SLOT_SIZE)
guard_size=$(layout_value GUARD_SIZE)
guest_size=$(layout_value GUEST_MEMORY_SIZE)
image_limit=$(( $(symbol _start "$kernel") + $(layout_value IMAGE_SPAN) ))

layout_errors=()
entry=$(riscv64-unknown-elf-readelf -h "$kernel" | awk '/Entry point/ {print $NF}')
[ "$entry" = 0x80200000 ] || layout_errors+=("entry point is $entry, not 0x80200000")
[ "$(symbol _start "$kernel")" = 0x0000000080200000 ] || layout_errors+=("_start is not at 0x80200000")
read -r gm_type _ gm_size < <(riscv64-unknown-elf-readelf -SW "$kernel" |
    sed 's/^ *\[ *[0-9]*\]//' | awk '$1 == ".guest_memory" {print $2, $3, $5}')
[ "${gm_type:-}" = NOBITS ] || layout_errors+=(".guest_memory is not NOLOAD (type ${gm_type:-missing})")
gm_bytes=$(( $(symbol __guest_memory_end "$kernel") - $(symbol __guest_memory_start "$kernel") ))
[ "$gm_bytes" -eq "$guest_size" ] || layout_errors+=("guest memory is $gm_bytes bytes, not GUEST_MEMORY_SIZE ($guest_size)")
[ "$((16#${gm_size:-0}))" -eq $((guest_size + 2 * guard_size)) ] ||
    layout_errors+=(".guest_memory is not guest memory between two guard pages")
[ $(( $(symbol __guest_memory_start "$kernel") % 4096)) -eq 0 ] || layout_errors+=("guest memory is not page-aligned")
image_end=$(symbol __image_end "$kernel")
[ -n "$image_end" ] && [ $((image_end)) -le $((image_limit)) ] ||
    layout_errors+=("image ends at ${image_end:-?}, not below $(printf '%#x' $((image_limit)))")
bss_start=$(symbol __bss_start "$kernel"); bss_end=$(symbol __bss_end "$kernel")
gm_end=$(symbol __guest_memory_end "$kernel")
[ -n "$bss_start" ] && [ -n "$bss_end" ] && [ $((bss_end)) -ge $((gm_end)) ] ||
    layout_errors+=("the zeroed range [__bss_start, __bss_end) does not cover guest memory")
stacks=$(( $(symbol __hart_stacks_end "$kernel") - $(symbol __hart_stacks_start "$kernel") ))
[ "$stacks" -eq $((max_harts * hart_slot)) ] ||
    layout_errors+=("hart stacks are $stacks bytes, not MAX_HARTS ($max_harts) x HART_SLOT_SIZE ($hart_slot)")
if [ ${#layout_errors[@]} -eq 0 ]; then
    report pass "image/layout (entry, $((guest_size >> 20)) MiB NOLOAD guest memory, $max_harts stacks of $((hart_slot - guard_size)) bytes, end below $(printf '%#x' $((image_limit))))"
else report fail "image/layout" "${layout_errors[@]}"; fi

# Every board's image as its boot loader sees it: header, load address, SD card (tests/boards.sh).
relay_script "image/boards (tests/boards.sh)" "" image/ tests/boards.sh

# qemu/run.sh refuses, before starting QEMU, an image QEMU virt cannot boot: one linked for a
# board whose RAM is elsewhere (it would hang silently), and a file that is not a kernel ELF.
refusal=$(timeout 10 qemu/run.sh "$BUILD/visionfive2/kernel.elf" 2>&1 </dev/null)
refusal_status=$?
if [ $refusal_status -eq 2 ] && grep -q 'is linked at 0x40200000 (BOARD=visionfive2), but QEMU virt has its RAM at 0x80000000' <<<"$refusal"; then
    report pass "image/qemu/run.sh refuses the visionfive2 image with a clear message"
else report fail "image/qemu/run.sh refuses the visionfive2 image" "status $refusal_status: $refusal"; fi
refusal=$(timeout 10 qemu/run.sh "$BUILD/qemu-virt/Image" 2>&1 </dev/null)
refusal_status=$?
if [ $refusal_status -eq 2 ] && grep -q 'is not a RISC-V ELF64 kernel' <<<"$refusal"; then
    report pass "image/qemu/run.sh refuses a file that is not a kernel ELF"
else report fail "image/qemu/run.sh refuses a file that is not a kernel ELF" "status $refusal_status: $refusal"; fi

# build/compile_commands.json (Makefile) covers every C source, and clang (what clangd and
# clang-tidy run on) parses each one with the flags recorded for it, warnings as errors.
commands=$BUILD/compile_commands.json
# The tree's files without git (a fresh machine may not have it): everything but build/ and .git/.
tree_files() { find . -path ./build -prune -o -path ./.git -prune -o -type f -print | sed 's|^\./||' | sort; }
missing=$(tree_files | grep -E '\.(c|S)$' | while read -r file; do
    grep -q "\"file\": \"$file\"" "$commands" || echo "$file"; done)
parse_errors=$(sed -n 's/.*"command": "\(.*\) -c \(.*\.c\)"}.*/\1 -fsyntax-only \2/p' "$commands" |
    xargs -P "$JOBS" -I{} sh -c '{} >/dev/null 2>&1 || echo "{}"' | sed 's/.* //')
entries=$(grep -c '"file": ".*\.c"' "$commands")
sources=$(tree_files | grep -cE '\.(c|S)$')
if [ -z "$missing" ] && [ -z "$parse_errors" ] && [ "$entries" -gt 50 ] && [ "$sources" -gt 100 ]; then
    report pass "image/compile_commands.json: $entries C sources, each parsed by clang with its flags"
else report fail "image/compile_commands.json" "not listed: $missing" "clang fails on: $parse_errors"; fi

# Every source file carries the licence (LICENSE, MIT) on one of its first two lines.
unlicensed=$(tree_files | grep -E '(\.(c|h|S|ld|sh|mk|dts)|Makefile|\.ci/run)$' |
    while read -r file; do head -n 2 "$file" | grep -q 'SPDX-License-Identifier: MIT' || echo "$file"; done)
licensed=$(tree_files | grep -cE '(\.(c|h|S|ld|sh|mk|dts)|Makefile|\.ci/run)$')
if [ -z "$unlicensed" ] && [ -f LICENSE ] && [ "$licensed" -gt 100 ]; then
    report pass "image/every source file ($licensed) starts with SPDX-License-Identifier: MIT"
else report fail "image/SPDX licence lines" "without one: $unlicensed" "LICENSE: $(ls LICENSE 2>&1)"; fi

# A new program is data: `make kernel USER_ELF=other.elf` repacks, reassembles the bundle and
# relinks, and compiles nothing (then the default image is rebuilt the same way).
make --no-print-directory kernel >/dev/null 2>&1 # up to date first, whatever changed before
relink_start=$(date +%s%N)
relink_steps=$(make --no-print-directory kernel USER_ELF="$BUILD/user/tests/exit_code.elf" ARGS='a "b c"' 2>&1)
relink_ms=$(( ($(date +%s%N) - relink_start) / 1000000 ))
restore_steps=$(make --no-print-directory kernel 2>&1)
if [ "$(awk '{print $1}' <<<"$relink_steps" | sort -u | tr '\n' ' ')" = "AS IMAGE LD PACK " ] &&
    ! grep -q '^CC ' <<<"$restore_steps"; then
    report pass "image/a new USER_ELF and ARGS relink without compiling ($relink_ms ms)"
else report fail "image/a new USER_ELF relinks without compiling" "$relink_steps" "$restore_steps"; fi

# -fstack-usage records every function's frame; -Wframe-larger-than=1024 already fails the build.
largest=$(cat "$BUILD"/kernel-objects/*/*.su 2>/dev/null | awk -F'\t' '{split($1, a, ":"); if ($2 > max) {max = $2; f = a[4]}} END {print max + 0, f}')
if [ "${largest%% *}" -gt 0 ] && [ "${largest%% *}" -le 1024 ]; then
    report pass "image/largest kernel stack frame is ${largest%% *} bytes (${largest#* }), at most 1 KiB"
else report fail "image/largest kernel stack frame at most 1 KiB" "largest: $largest"; fi

# --- 3. ISA tests on the host: qemu-riscv64 proves the expectations, basin-run must agree ------
isa_elves=("$BUILD"/user/isa/*.elf)
for runner in "qemu-riscv64 -cpu rv64,zba=true,zbb=true,zbs=true" "$BUILD/host/basin-run"; do
    relay_script "isa/$(basename "${runner%% *}")" isa/ "isa/$(basename "${runner%% *}")/" \
        tests/isa.sh "$runner" "${isa_elves[@]}"
done
# The F and D tests once more with softfloat alone (basin-run built with VM_SOFT_FP).
relay_script "isa/basin-run-softfp" isa/ "isa/basin-run-softfp/" \
    tests/isa.sh "$BUILD/host/basin-run-softfp" "$BUILD"/user/isa/rv[fd]*.elf

# --- 3a. the symbols of halting lines against gdb's "info symbol" (a glibc program, a picolibc
# one, and labels in assembly), where gdb is installed -------------------------------------------
relay symbols/ symbols/ < <(tests/symbols.sh "$BUILD/host/basin-run" "$BUILD/linux/formats.elf" \
    "$BUILD/programs/fpmath.elf" "$BUILD/user/tests/random_code.elf" 2>&1)

# --- 3b. the Linux corpus (user/linux/), built with picolibc and with glibc: basin-run against
# qemu-riscv64. stdout, stderr (the guest's own messages, a failed assert's among them; basin-run's
# lines go to its --report file) and the exit status must be equal.
for elf in "$BUILD"/linux-picolibc/*.elf "$BUILD"/linux/*.elf; do
    case "$elf" in
        "$BUILD"/linux-picolibc/*) name=linux-picolibc/$(basename "$elf" .elf) ;;
        *) name=linux-glibc/$(basename "$elf" .elf) ;;
    esac
    timeout -k 5 "$QEMU_TIMEOUT" "$BUILD/host/basin-run" --budget 1000000000 \
        --report "$RESULTS/linux.basin-report" "$elf" \
        <tests/linux-input.txt >"$RESULTS/linux.basin" 2>"$RESULTS/linux.basin-err"
    basin_status=$?
    # In braces with stderr closed: bash would report a guest killed by a signal. env -i: the
    # guest's environment is empty, as under basin-run.
    { timeout -k 5 "$QEMU_TIMEOUT" env -i "$QEMU_USER" "$elf" <tests/linux-input.txt \
        >"$RESULTS/linux.qemu" 2>"$RESULTS/linux.qemu-err"; } 2>/dev/null
    qemu_status=$?
    basin_line=$(grep '^vm: ' "$RESULTS/linux.basin-report")
    cp "$RESULTS/linux.basin-err" "$RESULTS/linux.basin-guest-err"
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

# --- 3b'. the hostile system calls' expected results under Linux: qemu-riscv64 makes the 200 of
# the 280 calls whose results do not depend on Basin's address layout and that it serves as Linux
# does (user/tests/hostile_syscalls.c says which and why); each must give the same result.
hostile_output=$({ timeout -k 5 "$QEMU_TIMEOUT" qemu-riscv64 "$BUILD/user/tests/hostile_syscalls.elf" \
    </dev/null; } 2>&1)
hostile_status=$?
if [ $hostile_status -eq 0 ] && grep -qx 'hostile system calls made: 200, mismatches: 0' <<<"$hostile_output"; then
    report pass "qemu-riscv64/hostile_syscalls: Linux gives the expected results (200 of the 280 calls)"
else
    report fail "qemu-riscv64/hostile_syscalls: Linux gives the expected results" \
        "status $hostile_status" "$(head -n 20 <<<"$hostile_output")"
fi

# --- 3c. malformed and hostile ELF files: each refused by basin-run with its own error ---------
relay_script elf/basin-run elf/ elf/basin-run/ tests/elf/run.sh "$BUILD/host/basin-run" "$BUILD/bad-elves"

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

# --- 3f. basin-pack splits ARGS and ENV as a shell would -------------------------------------
# bash's own word splitting (eval "set -- TEXT") is the oracle; what a shell would expand or treat
# as an operator must be refused rather than taken literally.
split_same=0 split_cases=(
    'one "two words" three' "a 'b c'" 'x\ y' '"a\"b"' "'it''s'" '"\\" \\\\' '' '   ' $'a\\\nb'
    $'"a\\\nb"' "''" '""' 'a""b' $'tab\tsep' $'"new\nline"' '"back\slash"' 'é ü' 'K=v "L=w x"'
    '"dollar\$" \$x' "'\$HOME' '*' '#' x#y" '"a b"c'"'d e'"'f' '\"' "\\'" 'a=b==c' '"" "" x'
)
split_failures=()
for text in "${split_cases[@]}"; do
    ours=$("$BUILD/host/basin-pack" --split "$text" 2>&1 | od -c)
    shells=$(bash -c 'eval "set -- $1"; [ $# -eq 0 ] || printf "%s\0" "$@"' _ "$text" | od -c)
    if [ "$ours" = "$shells" ]; then split_same=$((split_same + 1)); else split_failures+=("[$text]: $ours / bash: $shells"); fi
done
if [ ${#split_failures[@]} -eq 0 ]; then report pass "pack/ARGS and ENV split as bash splits them: ${#split_cases[@]} cases"
else report fail "pack/ARGS and ENV split as bash splits them" "${split_failures[@]}"; fi
refused=0 refusal_cases=('a $HOME' 'a `cmd`' '"a $b"' 'a *' 'a?' '[x]' '{a,b}' 'a;b' 'a|b' 'a>b' '(a)' '#c' '~/x' '"open' "'open" 'trailing\' $'two\nlines')
for text in "${refusal_cases[@]}"; do
    message=$("$BUILD/host/basin-pack" --split "$text" 2>&1 >/dev/null)
    [ $? -eq 2 ] && [[ $message == "basin-pack: words: "* ]] && refused=$((refused + 1))
done
if [ $refused -eq ${#refusal_cases[@]} ]; then report pass "pack/what a shell would expand or treat as an operator is refused: $refused cases"
else report fail "pack/what a shell would expand is refused" "$refused of ${#refusal_cases[@]} refused with exit status 2 and a message"; fi

# --- 3g. basin-run's own lines: where a guest cannot forge them, and never lost to SIGPIPE ------
# With --report FILE, the halting line goes where the guest cannot write; on stderr the guest's
# forged lines stand beside it. Piped into head, basin-run must outlive the closed pipe, print
# its halting line and exit with the guest's status (152: the flood runs into its budget).
forge_err=$("$BUILD/host/basin-run" --report "$RESULTS/forge.report" "$BUILD/user/tests/forge.elf" 2>&1 >/dev/null)
forge_status=$?
if [ $forge_status -eq 3 ] && [ "$(grep -c '^vm: ' "$RESULTS/forge.report")" -eq 1 ] &&
    grep -qE '^vm: halted exit=3 instret=[0-9]+$' "$RESULTS/forge.report" &&
    grep -q '^vm: halted exit=0 instret=5$' <<<"$forge_err"; then
    report pass "basin-run/--report keeps the halting line where a forging guest cannot write"
else report fail "basin-run/--report" "status $forge_status" "$(cat "$RESULTS/forge.report")"; fi
"$BUILD/host/basin-run" --budget 1000000 "$BUILD/user/tests/write_flood.elf" 2>"$RESULTS/pipe.err" | head -c 10 >/dev/null
pipe_status=${PIPESTATUS[0]}
if [ "$pipe_status" -eq 152 ] && grep -qE '^vm: budget-exhausted pc=0x[0-9a-f]+ .*instret=1000000$' "$RESULTS/pipe.err"; then
    report pass "basin-run/piped into head -c 10: the guest's status (152) and its halting line"
else report fail "basin-run/piped into head" "status $pipe_status" "$(head -n 3 "$RESULTS/pipe.err")"; fi

# --- 3i. gdb-multiarch debugs a program built with -g through the GDB stub, under basin-run and in
# the kernel under QEMU (its serial port on TCP): breakpoints, arguments and locals, finish, a
# global changed, a watchpoint, stepi, a fault with bt, Ctrl-C, kill, detach, the exit code.
relay_script "gdb (tests/gdb.sh)" "" "" tests/gdb.sh "$BUILD/host/basin-run" "$BUILD/gdb/gdb_target.elf" \
    "$BUILD/tests/gdb/kernel.elf" "$BUILD/tests/native-gdb/kernel.elf"

# --- 3j. signals sent to basin-run from outside (kill, Ctrl-C on a terminal) reach the guest as
# they reach the program under qemu-riscv64: handlers, default actions, interrupted reads.
relay_script "outside-signals (tests/outside_signals.sh)" "" "" tests/outside_signals.sh \
    "$BUILD/host/basin-run" "$BUILD/linux/outside_signal.elf"

# --- 3h. bounded time: adversarial guests against a tight loop at a budget of 5*10^7 ------------
relay_script "bounds/basin-run (tests/bounds.sh)" "" "" tests/bounds.sh basin-run 50000000 3

# --- 3e. fuzz smoke: each libFuzzer target for FUZZ_SECONDS (5) seconds -------------------------
relay_script "fuzz (tests/fuzz/run.sh)" "" "" tests/fuzz/run.sh "${FUZZ_SECONDS:-5}"

# --- 4. differential testing: random programs, basin-run against qemu-riscv64 ------------------
DIFFTEST_SEEDS=${DIFFTEST_SEEDS:-200}
if [ "$DIFFTEST_SEEDS" -eq 0 ]; then
    report skip "difftest/against qemu-riscv64" "DIFFTEST_SEEDS=0"
else
    difftest_output=$(tests/difftest/run.sh "$BUILD/host/basin-run" 1 "$DIFFTEST_SEEDS" "$JOBS" 2>&1)
    difftest_status=$?
    if [ $difftest_status -eq 0 ]; then
        report pass "difftest/$(tail -n 1 <<<"$difftest_output" | sed 's/^difftest: //') (seeds 1-$DIFFTEST_SEEDS)"
    else
        mapfile -t difftest_lines < <(grep -v '^difftest: ' <<<"$difftest_output" | head -n 40)
        report fail "difftest/seeds 1-$DIFFTEST_SEEDS against qemu-riscv64" "${difftest_lines[@]}" \
            "$(tail -n 1 <<<"$difftest_output")"
    fi
fi
# FP-heavy programs (DIFFTEST_FP=1: four fragments in five are F or D), half as many seeds:
# the host FPU fast path (vm/fpu_host.h) against qemu-riscv64.
DIFFTEST_FP_SEEDS=$((DIFFTEST_SEEDS / 2))
if [ "$DIFFTEST_FP_SEEDS" -gt 0 ]; then
    difftest_output=$(DIFFTEST_FP=1 tests/difftest/run.sh "$BUILD/host/basin-run" 1 "$DIFFTEST_FP_SEEDS" "$JOBS" 2>&1)
    difftest_status=$?
    if [ $difftest_status -eq 0 ]; then
        report pass "difftest/FP-heavy: $(tail -n 1 <<<"$difftest_output" | sed 's/^difftest: //') (DIFFTEST_FP=1, seeds 1-$DIFFTEST_FP_SEEDS)"
    else
        mapfile -t difftest_lines < <(grep -v '^difftest: ' <<<"$difftest_output" | head -n 40)
        report fail "difftest/FP-heavy seeds 1-$DIFFTEST_FP_SEEDS against qemu-riscv64" \
            "${difftest_lines[@]}" "$(tail -n 1 <<<"$difftest_output")"
    fi
fi

fi # ONLY

# --- 5. QEMU boots ------------------------------------------------------------------------------
# Device trees that differ from QEMU's own in what the kernel reads (console, RAM).
DTBS=$RESULTS/dtb
if ! dtb_errors=$(tests/qemu-dtbs.sh "$DTBS" 2>&1); then
    report fail "qemu/device-tree variants (tests/qemu-dtbs.sh)" "$dtb_errors"
fi
# A case: NAME IMAGE STATUS HALTING-LINE [CHECK...]. STATUS and the halting line are extended regexes matched
# against the whole line. In the halting line and in line: checks, placeholders stand for a
# symbol's address in the embedded program (expand_symbols): {sym} and {sym+N} as 0x10094;
# {@sym} and {@sym+N} as a pc= with the symbol the halting line names, 0x10094 \(sym\+0xN\);
# {%sym} and {%sym+N} as the register lines print it, 0x0000000000010094.
# Checks: native:PROG (guest output equals the host build of PROG), qemu-user (guest output and
# status equal qemu-riscv64's on the same ELF), line:REGEX (a whole line matches), qemu:OPTIONS
# (extra QEMU options), bios:PATH (firmware instead of QEMU's default), uboot (boot Debian's
# U-Boot, which finds build/tests/IMAGE/sdcard.img on a virtio disk), machine:NAME (another QEMU
# machine than virt), no-poweroff (the machine cannot power off: the run ends at the halting
# line and QEMU is stopped; STATUS is then not QEMU's), expect-panic (the kernel must stop with
# a panic: no integrity line, no basin-run run), dtb:NAME (boot with tests/qemu-dtbs.sh's
# NAME.dtb instead of QEMU's device tree), type:FILE (typed at the console as soon as the kernel's
# banner appears, before the program starts, then Ctrl-D; for images with stdin=console),
# type-when:REGEX (type it once a line of the console's output matches REGEX instead),
# last-line-as-qemu:FILE (the guest's last line of output equals qemu-riscv64's with FILE as
# stdin), guest-line:REGEX (a whole line of the guest's output matches; line:REGEX matches lines
# that look like the kernel's, starting "Basin ", "kernel: ", "vm: ", "syscall: ", "regs: " or
# "fault: ", only among the kernel's own lines, those carrying the boot token), reads-clock (instruction counts may differ from basin-run's).
# Each image's settings (build/tests/IMAGE/settings.txt, from the Makefile: the ELF, its
# arguments, environment, stdin, budget, output limit, clock and seed) also drive basin-run and
# qemu-riscv64, so that all three run the program the same way.
# Every case with an ELF also runs it under basin-run, which must stop with the same halting line,
# the same lines after it (registers, stack overflow) and the same status.
# Boots of their own: the boot paths (firmware, U-Boot, device trees, machines, harts), the
# kernel panics, console input, and QEMU exit statuses (an exit, a fault, a budget, a signal).
cases=(
    "QEMU exit status 42: exit_code|exit_code|42|vm: halted exit=42 instret=[0-9]+|line:exiting with status 42"
    "QEMU exit status 139: null_read|null_read|139|vm: errored cause=load-access-fault addr=0x0 pc={@fault_pc} instret=1"
    "QEMU exit status 152: endless_loop|endless_loop|152|vm: budget-exhausted pc={@loop_jump} instret=100000000|line:regs: pc={%loop_jump} ra=0x0{16} sp=0x00000000003f[0-9a-f]{4} gp=0x0{16}|line:regs: tp=0x0{16} t0=0x0000000002faf080 t1=0x0{16} t2=0x0{16}"
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
    "a write to a guard page traps at once|kernel_guard|125|kernel panic: unexpected trap scause=0xf sepc=0x[0-9a-f]+ stval=0x[0-9a-f]+ \\(the guard page above guest memory\\)"
    "a kernel stack overflow traps at its guard page|kernel_stack|125|kernel panic: unexpected trap scause=0xf sepc=0x[0-9a-f]+ stval=0x[0-9a-f]+ \\(hart [0-9]+'s stack guard page\\)"
    "linux stdin_stats: STDIN=console, typed while the kernel boots|linux-stdin_stats-console|0|vm: halted exit=0 instret=[0-9]+|type:tests/console-input.txt|last-line-as-qemu:tests/console-input.edited.txt|line:kernel: 0 arguments, 0 environment strings, stdin the console \\(end of input after 300 s without a byte\\)"
    "linux stdin_stats: STDIN=console with nothing typed ends at the idle limit|linux-stdin_stats-idle|0|vm: halted exit=0 instret=[0-9]+|line:kernel: no console input for 2 s \\(STDIN_IDLE\\): end of input|line:0 lines, 0 words, 0 bytes, hash 5381"
    "linux outside_signal: Ctrl-C typed at the console is SIGINT; the read it interrupts restarts after an SA_RESTART handler|linux-ctrl_c-restart|0|vm: halted exit=0 instret=[0-9]+|type:tests/console-ctrl-c.txt|type-when:^ready|guest-line:\\^Cdata|guest-line:handler ran 1 time\\(s\\); read returned 5: data"
    "linux outside_signal: Ctrl-C typed at the console is SIGINT; the read it interrupts fails with EINTR without SA_RESTART|linux-ctrl_c-eintr|0|vm: halted exit=0 instret=[0-9]+|type:tests/console-ctrl-c.txt|type-when:^ready|guest-line:\\^Chandler ran 1 time\\(s\\); read returned -1, errno EINTR"
    "QEMU exit status 134: linux abort: SIGABRT|linux-abort|134|vm: killed signal=SIGABRT pc=0x[0-9a-f]+ \\([A-Za-z_.0-9]+\\+0x[0-9a-f]+\\) instret=[0-9]+|line:about to abort"
)

# The native engine (kernel/native.c) in boots of its own, from images with engine=native
# (build/tests/native-IMAGE, the Makefile's NATIVE_TWINS); every test program also runs under it in
# the suites (5a). QEMU's instret counts instructions only under -icount (kernel/README.md,
# "Counting instructions"), so most of these boots have it: the engine must say that its count is
# exact, and its halting line must then equal basin-run's, instret included, unless the kernel
# wrote instret=~N (an estimate, after a trap that OpenSBI takes first and hands on; run_case then
# expects instret=~N where the case says instret=N). Then where the count cannot be exact: QEMU
# without -icount, whose instret is the host's tick counter; -smp 4 (under -icount QEMU runs harts
# in turn, and the parked ones may miss the kernel's wait for them); and QEMU's sifive_u, whose
# U54 harts are the boards' kind (RV64GC, Sv39, no Sstc: the SBI timer, whose firmware
# instructions count too).
NATIVE_QEMU="-icount shift=0,sleep=off"
NATIVE_EXACT="line:kernel: native engine: .*: the count is exact"
cases+=(
    "native/QEMU exit status 42: exit_code|native-exit_code|42|vm: halted exit=42 instret=[0-9]+|line:exiting with status 42|qemu:$NATIVE_QEMU|$NATIVE_EXACT"
    "native/QEMU exit status 139: null_read|native-null_read|139|vm: errored cause=load-access-fault addr=0x0 pc={@fault_pc} instret=1|qemu:$NATIVE_QEMU|$NATIVE_EXACT"
    "native/QEMU exit status 152: endless_loop|native-endless_loop|152|vm: budget-exhausted pc={@loop_jump} instret=100000000|line:regs: pc={%loop_jump} ra=0x0{16} sp=0x00000000003f[0-9a-f]{4} gp=0x0{16}|line:regs: tp=0x0{16} t0=0x0000000002faf080 t1=0x0{16} t2=0x0{16}|qemu:$NATIVE_QEMU|$NATIVE_EXACT"
    "native/QEMU exit status 134: linux abort: SIGABRT|native-linux-abort|134|vm: killed signal=SIGABRT pc=0x[0-9a-f]+ \\([A-Za-z_.0-9]+\\+0x[0-9a-f]+\\) instret=[0-9]+|line:about to abort|qemu:$NATIVE_QEMU|$NATIVE_EXACT"
    "native/linux stdin_stats: STDIN=console, typed while the kernel boots and drained while the guest runs on the hart|native-linux-stdin_stats-console|0|vm: halted exit=0 instret=[0-9]+|type:tests/console-input.txt|last-line-as-qemu:tests/console-input.edited.txt|qemu:$NATIVE_QEMU|$NATIVE_EXACT"
    "native/linux outside_signal: Ctrl-C typed at the console interrupts a read under the native engine; it restarts after an SA_RESTART handler|native-linux-ctrl_c-restart|0|vm: halted exit=0 instret=[0-9]+|type:tests/console-ctrl-c.txt|type-when:^ready|guest-line:\\^Cdata|guest-line:handler ran 1 time\\(s\\); read returned 5: data|qemu:$NATIVE_QEMU|$NATIVE_EXACT"
    "native/linux stdin_stats: STDIN=console with nothing typed ends at the idle limit|native-linux-stdin_stats-idle|0|vm: halted exit=0 instret=[0-9]+|line:kernel: no console input for 2 s \\(STDIN_IDLE\\): end of input|line:0 lines, 0 words, 0 bytes, hash 5381|qemu:$NATIVE_QEMU|$NATIVE_EXACT"
    "native/without -icount: an estimated count|native-hello|0|vm: halted exit=0 instret=~[0-9]+|native:hello|line:kernel: native engine: .*: not an instruction count; estimated count at [0-9]+ instructions per 1000"
    "native/without -icount: the budget ends an endless loop|native-endless_loop|152|vm: budget-exhausted pc=0x[0-9a-f]+ \\(loop_[a-z]+\\+0x0\\) instret=~100000000"
    "native/hello with -smp 4: the other harts are parked|native-hello|0|vm: halted exit=0 instret=~[0-9]+|native:hello|qemu:-smp 4|line:kernel: 4 harts, Basin runs on hart [0-3]; 3 others parked through SBI HSM"
    "native/sifive_u (U54 harts): glibc's floating point|native-linux-mathlib|0|vm: halted exit=0 instret=~[0-9]+|qemu-user|machine:sifive_u|no-poweroff|qemu:$NATIVE_QEMU"
    "native/sifive_u (U54 harts): SBI timer, Sv39|native-hello|0|vm: halted exit=0 instret=~[0-9]+|native:hello|machine:sifive_u|no-poweroff|qemu:$NATIVE_QEMU|line:kernel: native engine: U-mode, Sv39, timer SBI; .*: estimated count \\(firmware instructions count too\\)"
)

# Expands the placeholders of a case's regex with addresses from the program's ELF: {sym} and
# {sym+N} as 0x10094; {@sym} and {@sym+N} as the halting line gives a pc there, with the symbol
# (sym is the one that must cover it): 0x10096 \(sym\+0x2\); {%sym} and {%sym+N} as a register
# line gives the value: 0x0000000000010094.
expand_symbols() {
    local pattern=$1 elf=$2 out="" token form sym offset addr value text table
    while [[ $pattern =~ \{([@%]?)([A-Za-z_][A-Za-z0-9_]*)(\+([0-9]+))?\} ]]; do
        token=${BASH_REMATCH[0]}
        form=${BASH_REMATCH[1]}
        sym=${BASH_REMATCH[2]}
        offset=${BASH_REMATCH[4]:-0}
        # nm once per ELF: the table is kept under $RESULTS/symbols/.
        table=$RESULTS/symbols/${elf//\//_}.nm
        if [ ! -s "$table" ]; then
            local partial=$table.$BASHPID # the name is fixed before nm forks (its own BASHPID)
            mkdir -p "$RESULTS/symbols" && $NM "$elf" >"$partial" && mv "$partial" "$table"
        fi
        addr=$(awk -v s="$sym" '$3 == s {print $1}' "$table")
        [ -n "$addr" ] || { echo "MISSING-SYMBOL-$sym"; return; }
        value=$((16#$addr + offset))
        case "$form" in
            @) text=$(printf '0x%x \\(%s\\+0x%x\\)' "$value" "$sym" "$offset") ;;
            %) text=$(printf '0x%016x' "$value") ;;
            *) text=$(printf '0x%x' "$value") ;;
        esac
        out+="${pattern%%"$token"*}$text"
        pattern=${pattern#*"$token"}
    done
    echo "$out$pattern"
}

# Reads an image's settings.txt (key=value lines; Makefile, "test images") into the caller's
# program, stdin_setting, args and env (split as a shell would, which is how basin-pack splits
# them for the kernel) and runner_options (basin-run's options for the same settings).
read_settings() {
    local key value
    program= stdin_setting= args=() env=() runner_options=()
    [ -f "$1" ] || return 0
    while IFS='=' read -r key value; do
        case "$key" in
            elf) program=$value ;;
            args) eval "args=($value)" ;;
            env) eval "env=($value)" ;;
            stdin) stdin_setting=$value ;;
            budget) runner_options+=(--budget "$value") ;;
            output-limit) runner_options+=(--output-limit "$value") ;;
            seed) runner_options+=(--seed "$value") ;;
            clock) [ "$value" = deterministic ] && runner_options+=(--clock deterministic) ;;
            stdin-idle) runner_options+=(--stdin-idle "$value") ;;
        esac
    done <"$1"
}

# Splits a serial log (no CRs) by the kernel's boot token (kernel/token.h): the first line that
# starts with "Basin " is the banner, and its last field boot=TOKEN is this boot's token; a line
# is the kernel's only if it ends with " boot=TOKEN". Writes LOG.kernel (the kernel's lines,
# token removed), LOG.text (every line, token removed from the kernel's) and LOG.guest (what the
# guest printed: the other lines between the kernel's "kernel: running" line and its halting line).
# A guest cannot know the token, so nothing it prints lands in LOG.kernel.
split_log() {
    awk -v kernel="$1.kernel" -v text="$1.text" -v guest="$1.guest" '
        BEGIN { token = ""; in_guest = 0; printf "" > kernel; printf "" > text; printf "" > guest }
        token == "" && /^Basin .* boot=[0-9a-f]+$/ { token = substr($0, index($0, " boot=") + 6) }
        {
            suffix = " boot=" token
            n = length($0) - length(suffix)
            if (token != "" && n >= 0 && substr($0, n + 1) == suffix) {
                line = substr($0, 1, n)
                print line > kernel
                print line > text
                if (line ~ /^kernel: running /) in_guest = 1
                else if (line ~ /^(vm: |kernel panic:)/) in_guest = 0
            } else {
                print > text
                if (in_guest) print > guest
            }
        }' "$1"
}

# Runs one case; writes its verdict and details to $RESULTS/N.result.
run_case() {
    local index=$1 spec=$2
    local name image status halting checks
    IFS='|' read -r name image status halting checks <<<"$spec"
    local result=$RESULTS/$index.result log=$RESULTS/$index.log
    local kernel_image=$BUILD/tests/$image/kernel.elf
    local program stdin_setting args=() env=() runner_options=()
    read_settings "$BUILD/tests/$image/settings.txt"
    local qemu_options=() more=() bios_env=() errors=() check typed= boot=("$kernel_image")
    local type_when='^(Basin |vm: |kernel panic)'
    IFS='|' read -r -a check_list <<<"$checks"
    for check in "${check_list[@]}"; do
        case "$check" in
            qemu:*) read -r -a more <<<"${check#qemu:}"; qemu_options+=("${more[@]}") ;;
            bios:*) bios_env+=(BASIN_BIOS="${check#bios:}") ;;
            machine:*) bios_env+=(BASIN_MACHINE="${check#machine:}") ;;
            uboot) boot=(--sdcard "$BUILD/tests/$image/sdcard.img") ;;
            type:*) typed=${check#type:} ;;
            type-when:*) type_when=${check#type-when:} ;;
            dtb:*) qemu_options+=(-dtb "$DTBS/${check#dtb:}.dtb") ;;
        esac
    done
    # The program's stdin under basin-run and qemu-riscv64: the image's STDIN file, or what is
    # typed at the console, or nothing.
    local input=${stdin_setting:-/dev/null}
    [ "$stdin_setting" = console ] && input=${typed:-/dev/null}
    # Console input is typed as soon as the kernel's banner shows, before the program starts
    # (the kernel keeps it until read), then Ctrl-D ends it, as at a terminal.
    rm -f "$log.stdin"
    mkfifo "$log.stdin"
    (
        if [ -n "$typed" ]; then
            for _ in $(seq 1 300); do
                grep -qaE "$type_when" "$log.raw" 2>/dev/null && break
                sleep 0.1
            done
            cat "$typed"
            printf '\004'
        fi
    ) >"$log.stdin" &
    local actual_status
    if [[ $checks == *no-poweroff* ]]; then
        # The machine cannot power off: the run ends at its halting line, and QEMU is stopped.
        env "${bios_env[@]}" timeout --foreground -k 5 "$QEMU_TIMEOUT" qemu/run.sh "${boot[@]}" \
            "${qemu_options[@]}" <"$log.stdin" >"$log.raw" 2>&1 &
        local qemu_pid=$! tenths=0
        while kill -0 "$qemu_pid" 2>/dev/null && [ $tenths -lt $((QEMU_TIMEOUT * 10)) ]; do
            grep -qaE '^(vm: |kernel panic:).* boot=[0-9a-f]+.?$' "$log.raw" && break
            sleep 0.1
            tenths=$((tenths + 1))
        done
        sleep 0.5 # the rest of the halting line
        kill "$qemu_pid" 2>/dev/null
        wait "$qemu_pid"
        grep -qaE '^(vm: |kernel panic:).* boot=[0-9a-f]+.?$' "$log.raw" && actual_status=$status || actual_status=124
    else
        env "${bios_env[@]}" timeout --foreground -k 5 "$QEMU_TIMEOUT" qemu/run.sh "${boot[@]}" \
            "${qemu_options[@]}" <"$log.stdin" >"$log.raw" 2>&1
        actual_status=$?
    fi
    wait
    tr -d '\r' <"$log.raw" >"$log"
    split_log "$log"
    if [ "$actual_status" = 124 ] || [ "$actual_status" = 137 ]; then
        errors+=("timed out after ${QEMU_TIMEOUT}s")
    elif [[ ! $actual_status =~ ^($status)$ ]]; then
        errors+=("QEMU exit status $actual_status, expected $status")
    fi
    local expected_line
    [ -f "$program" ] && expected_line=$(expand_symbols "$halting" "$program") || expected_line=$halting
    # The native engine writes an estimated count instret=~N: then any N.
    [[ $image == native-* ]] && grep -qE '^vm: .* instret=~[0-9]+$' "$log.kernel" &&
        expected_line="${expected_line% instret=*} instret=~[0-9]+"
    local halting_lines
    halting_lines=$(grep -cE '^(vm: |kernel panic:)' "$log.kernel")
    if [ "$halting_lines" -ne 1 ]; then
        errors+=("$halting_lines halting lines (vm: or kernel panic:), expected exactly 1")
    fi
    grep -qxE "$expected_line" "$log.kernel" || errors+=("no kernel line matches: $expected_line"
        "the kernel's last line: $(tail -n 1 "$log.kernel")")
    # The kernel's own memory must be intact after every guest, hostile or not.
    local expect_panic=false
    [[ $image == kernel_* || $checks == *expect-panic* ]] && expect_panic=true
    if ! $expect_panic && ! grep -q '^kernel: integrity ok: ' "$log.kernel"; then
        errors+=("no 'kernel: integrity ok' line")
    fi
    if ! $expect_panic && grep -q '^kernel panic' "$log.kernel"; then
        errors+=("kernel panic: $(grep '^kernel panic' "$log.kernel")")
    fi
    # The same program under basin-run must stop the same way: same halting line, same status.
    # Without the ELF its settings.txt names, that comparison (and the output checks) could not
    # run: a failure.
    if ! $expect_panic && [ ! -f "$program" ]; then
        errors+=("$BUILD/tests/$image/settings.txt does not name an existing program")
    fi
    if ! $expect_panic && [ -n "$program" ]; then
        # From the program's directory, so that argv[0] is the name the kernel passes.
        local env_options=() string
        for string in "${env[@]}"; do env_options+=(--env "$string"); done
        (cd "$(dirname "$program")" && timeout -k 5 "$QEMU_TIMEOUT" "$OLDPWD/$BUILD/host/basin-run" \
            "${runner_options[@]}" "${env_options[@]}" --report "$OLDPWD/$log.host-report" \
            "$(basename "$program")" "${args[@]}") >"$log.host" 2>"$log.host-err" <"$input"
        local host_status=$? host_line kernel_line host_report kernel_report
        host_line=$(grep -E '^vm: ' "$log.host-report" | tail -n 1)
        kernel_line=$(grep -E '^vm: ' "$log.kernel" | tail -n 1)
        [ "$host_status" = "$actual_status" ] ||
            errors+=("basin-run exit status $host_status, the kernel's $actual_status")
        # A program that reads the platform clock may take a different number of instructions;
        # so may one that reads the console, a line a time, where basin-run reads a pipe.
        # So may the native engine where its count is an estimate (instret=~N); and where the
        # budget ends such a run, the pc and registers are those of the guest when the estimate
        # reached it.
        local estimated_stop=false
        [[ $kernel_line == "vm: budget-exhausted "*" instret=~"* ]] && estimated_stop=true
        if [[ $checks == *reads-clock* || $stdin_setting == console || $kernel_line == *" instret=~"* ]]; then
            host_line=${host_line% instret=*}
            kernel_line=${kernel_line% instret=*}
        fi
        if $estimated_stop; then
            host_line=${host_line%% pc=*}
            kernel_line=${kernel_line%% pc=*}
        fi
        [ "$host_line" = "$kernel_line" ] ||
            errors+=("basin-run stopped differently: $host_line")
        # The lines after the halting line (registers, stack overflow) must be the same too.
        host_report=$(sed -n '/^vm: /,$p' "$log.host-report" | grep -E '^(regs|fault): ')
        kernel_report=$(sed -n '/^vm: /,$p' "$log.kernel" | grep -E '^(regs|fault): ')
        $estimated_stop || [ "$host_report" = "$kernel_report" ] ||
            errors+=("basin-run printed other lines after the halting line: diff $log.kernel $log.host-report")
    fi
    for check in "${check_list[@]}"; do
        case "$check" in
            line:*)
                local line_pattern=${check#line:}
                [ -f "$program" ] && line_pattern=$(expand_symbols "$line_pattern" "$program")
                # The kernel's lines are matched only among the kernel's (authentic) lines.
                if [[ $line_pattern =~ ^(Basin |kernel: |vm: |syscall: |regs: |fault: ) ]]; then
                    grep -qxE "$line_pattern" "$log.kernel" || errors+=("no kernel line matches: $line_pattern")
                else grep -qxE "$line_pattern" "$log.text" || errors+=("no line matches: $line_pattern"); fi ;;
            guest-line:*)
                # What the guest printed (not the kernel's lines, whatever they look like).
                grep -qxE "${check#guest-line:}" "$log.guest" ||
                    errors+=("no line of guest output matches: ${check#guest-line:}") ;;
            native:*)
                # The guest's output: everything between the "kernel: running" line and the halting line.
                "$BUILD/native/${check#native:}" >"$log.native"
                cmp -s "$log.guest" "$log.native" ||
                    errors+=("guest output differs from the native build: diff $log.native $log.guest")
                [ -n "$program" ] && ! cmp -s "$log.host" "$log.native" &&
                    errors+=("basin-run output differs from the native build: diff $log.native $log.host")
                ;;
            last-line-as-qemu:*)
                tail -n 1 "$log.guest" >"$log.guest-last"
                qemu-riscv64 "$program" <"${check#last-line-as-qemu:}" >"$log.qemu-user" 2>/dev/null
                cmp -s "$log.guest-last" "$log.qemu-user" ||
                    errors+=("the last line of guest output differs from qemu-riscv64's: diff $log.qemu-user $log.guest")
                ;;
            qemu-user)
                # The console carries the guest's stdout and stderr together, in the order of its
                # writes; so does qemu-riscv64's output with both sent to one file. basin-run's
                # stdout and stderr (its own lines are in the --report file) are compared one by one.
                # In braces with stderr closed: a program that dies of SIGSEGV, as W^X tests do,
                # would otherwise make bash print "Segmentation fault" into the test report.
                { (cd "$(dirname "$program")" && timeout -k 5 "$QEMU_TIMEOUT" env -i "${env[@]}" \
                    "$QEMU_USER" -cpu rv64,zba=true,zbb=true,zbs=true \
                    "$(basename "$program")" "${args[@]}") >"$log.qemu-user" 2>"$log.qemu-user-err" \
                    <"$input"; } 2>/dev/null
                local reference_status=$?
                { (cd "$(dirname "$program")" && timeout -k 5 "$QEMU_TIMEOUT" env -i "${env[@]}" \
                    "$QEMU_USER" -cpu rv64,zba=true,zbb=true,zbs=true \
                    "$(basename "$program")" "${args[@]}") >"$log.qemu-user-both" 2>&1 <"$input"; } 2>/dev/null
                cp "$log.host-err" "$log.host-guest-err"
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

# --- 5a. the test programs as suites, through the suite harness (make check) ---------------------
# tests/suites/programs.txt holds the test programs with their expectations (exit, fault, signal,
# budget, load-failed) and settings: the kernel boots once and runs them all. Their expected output
# comes from independent oracles made here: the same C built for the host (expected/native/), and
# qemu-riscv64 on the same ELF with the same settings (expected/qemu/, basin-check --record; its
# own verdicts are checked too). The same suite also runs under basin-run, which must stop every
# program exactly as the kernel does. program_checks adds what a suite cannot say, per program:
# "TITLE|HALTING-LINE|CHECK..." with the case vocabulary above (line:, guest-line:, reads-clock)
# and expand_symbols' placeholders; line: matches the kernel's lines (by their prefix) among the
# kernel's own, others the program's output.
CHECK=$BUILD/host/basin-check
SUITES=$RESULTS/suites
PROGRAM_SUITE=tests/suites/programs.txt
declare -A program_checks=(
    [hello]="hello|vm: halted exit=0 instret=[0-9]+"
    [checksum]="checksum|vm: halted exit=0 instret=[0-9]+"
    [exit_code]="exit_code|vm: halted exit=42 instret=[0-9]+|line:exiting with status 42"
    [illegal_instruction]="illegal_instruction|vm: errored cause=illegal-instruction insn=0x00000000 pc={@fault_pc} instret=1|line:regs: s0=0x0{16} s1=0x0{16} a0=0x0000000000000001 a1=0x0{16}"
    [load_outside]="load_outside|vm: errored cause=load-access-fault addr=0x400000 pc={@fault_pc} instret=1|line:regs: pc={%fault_pc} ra=0x0{16} sp=0x00000000003f[0-9a-f]{4} gp=0x0{16}|line:regs: tp=0x0{16} t0=0x0000000000400000 t1=0x0{16} t2=0x0{16}|line:regs: t3=0x0{16} t4=0x0{16} t5=0x0{16} t6=0x0{16}"
    [store_outside]="store_outside|vm: errored cause=store-access-fault addr=0x3ffffc pc={@fault_pc} instret=3|line:regs: tp=0x0{16} t0=0x00000000003ffffc t1=0xffffffffffffffff t2=0x0{16}"
    [null_read]="null_read|vm: errored cause=load-access-fault addr=0x0 pc={@fault_pc} instret=1"
    [misaligned_jump]="misaligned_jump|vm: halted exit=7 instret=7"
    [misaligned_atomic]="misaligned_atomic|vm: errored cause=misaligned-store addr={word+2} pc={@fault_pc} instret=4|line:regs: tp=0x0{16} t0={%word+2} t1=0x0000000000000001 t2=0x0{16}"
    [ebreak]="ebreak|vm: errored cause=breakpoint addr={fault_pc} pc={@fault_pc} instret=1|line:regs: s0=0x0{16} s1=0x0{16} a0=0x0000000000000007 a1=0x0{16}"
    [endless_loop]="endless_loop|vm: budget-exhausted pc={@loop_jump} instret=100000000|line:regs: pc={%loop_jump} ra=0x0{16} sp=0x00000000003f[0-9a-f]{4} gp=0x0{16}|line:regs: tp=0x0{16} t0=0x0000000002faf080 t1=0x0{16} t2=0x0{16}"
    [store_to_code]="W^X: a store to code|vm: errored cause=store-access-fault addr={_start} pc={@fault_pc} instret=3"
    [jump_to_data]="W^X: a jump to data|vm: errored cause=fetch-access-fault addr={data_code} pc={data_code} instret=3"
    [store_sweep]="stores to every writable page, then the kernel|vm: errored cause=store-access-fault addr=0x80200000 pc=0x[0-9a-f]+ \\(main\\+0x[0-9a-f]+\\) instret=[0-9]+|line:stack: 2[0-9]{5} bytes written, 0 read back wrong|line:break: 524288 bytes written, 0 read back wrong|line:mapping: 262144 bytes written, 0 read back wrong"
    [stack_overflow]="stack overflow: named after the halting line|vm: errored cause=store-access-fault addr=0x3bf[0-9a-f]{3} pc=0x[0-9a-f]+ \\(recurse\\+0x[0-9a-f]+\\) instret=[0-9]+|line:fault: stack overflow: addr 0x3bf[0-9a-f]{3} is below the stack \\(0x3c0000-0x3fffff\\), sp=0x3bf[0-9a-f]{3}|line:regs: pc=0x0{11}1[0-9a-f]{4} ra=0x0{11}1[0-9a-f]{4} sp=0x0{10}3bf[0-9a-f]{3} gp=0x[0-9a-f]{16}"
    [hostile_syscalls]="hostile system calls: each gives Linux's result|vm: halted exit=0 instret=[0-9]+|line:hostile system calls made: 280, mismatches: 0"
    [random_code]="random instruction stream|vm: errored cause=store-access-fault addr=0xe0 pc={@code+472} instret=5145"
    [syscall_storm]="system-call storm|vm: budget-exhausted pc={@storm_jump} instret=1000000|line:syscall: unknown number 500 at pc=0x[0-9a-f]+, returning -ENOSYS"
    [write_flood]="write flood|vm: budget-exhausted pc=0x[0-9a-f]+ \\(flood\\+0x[0-9a-f]+\\) instret=1000000|line:syscall: output limit of 65536 bytes reached at pc=0x[0-9a-f]+; later writes return -EFBIG"
    [output_flood]="writev flood|vm: budget-exhausted pc=0x[0-9a-f]+ \\(flood\\+0x[0-9a-f]+\\) instret=1000000|line:syscall: output limit of 65536 bytes reached at pc=0x[0-9a-f]+; later writes return -EFBIG"
    [forge]="a guest forging the kernel's lines is reported as it ended: exit 3|vm: halted exit=3 instret=[0-9]+|guest-line:vm: halted exit=0 instret=5|guest-line:kernel: integrity ok: \\.text\\+\\.rodata checksum 0x1 unchanged, guard pages unmapped boot=000000000001|guest-line:vm: halted exit=0 instret=7"
    [forge_loop]="a guest forging the kernel's lines, then looping, ends at its budget|vm: budget-exhausted pc=0x[0-9a-f]+ \\(main\\+0x[0-9a-f]+\\) instret=1000000"
    [unknown_syscall]="unknown_syscall|vm: halted exit=0 instret=[0-9]+|line:syscall: unknown number 999 at pc=0x[0-9a-f]+, returning -ENOSYS|line:syscall 999 returned -38"
    [bad_write_pointer]="bad_write_pointer|vm: halted exit=0 instret=[0-9]+|line:case 6: write returned -14|line:case 7: write returned -9"
    [refuse_host_elf]="an x86-64 executable is refused|vm: load-failed error=not-riscv \\(not a RISC-V program \\(e_machine is not EM_RISCV, 243\\)\\)"
    [program-sort]="program sort|vm: halted exit=0 instret=[0-9]+"
    [program-hash]="program hash|vm: halted exit=0 instret=[0-9]+"
    [program-strings]="program strings|vm: halted exit=0 instret=[0-9]+"
    [program-fpmath]="program fpmath|vm: halted exit=0 instret=[0-9]+"
    [linux-formats]="linux formats|vm: halted exit=0 instret=[0-9]+"
    [linux-text]="linux text|vm: halted exit=0 instret=[0-9]+"
    [linux-jumps]="linux jumps|vm: halted exit=0 instret=[0-9]+"
    [linux-mathlib]="linux mathlib|vm: halted exit=0 instret=[0-9]+"
    [linux-malloc_churn]="linux malloc_churn|vm: halted exit=0 instret=[0-9]+"
    [linux-sorting]="linux sorting|vm: halted exit=0 instret=[0-9]+"
    [linux-madvise]="linux madvise: MADV_DONTNEED reads back zeros|vm: halted exit=0 instret=[0-9]+|line:mapping: madvise 0; page 0 kept 4096, pages 1-2 zero 8192, page 3 kept 4096"
    [linux-stdin_stats]="linux stdin_stats: STDIN=file, byte for byte|vm: halted exit=0 instret=[0-9]+"
    [linux-stdin_stats-raw]="linux stdin_stats: STDIN=file with CR and Ctrl-D bytes reads them as data|vm: halted exit=0 instret=[0-9]+|line:1 lines, 2 words, 6 bytes, hash [0-9]+"
    [linux-stdin_stats-empty]="linux stdin_stats: no STDIN reads as empty|vm: halted exit=0 instret=[0-9]+|line:0 lines, 0 words, 0 bytes, hash 5381"
    [linux-args_env]="linux args_env: ARGS and ENV quoted as in a shell, STDIN=file|vm: halted exit=6 instret=[0-9]+|line:kernel: 5 arguments, 4 environment strings, stdin [0-9]+ bytes"
    [linux-clocks]="linux clocks|vm: halted exit=0 instret=[0-9]+|reads-clock|line:wall clock after 2020: yes"
    [linux-out_of_memory]="linux out_of_memory|vm: halted exit=0 instret=[0-9]+|line:malloc returned NULL after [0-9]+ chunks; allocation after freeing works"
    [linux-abort]="linux abort: SIGABRT|vm: killed signal=SIGABRT pc=0x[0-9a-f]+ \\([A-Za-z_.0-9]+\\+0x[0-9a-f]+\\) instret=[0-9]+|line:about to abort"
    [linux-assert_fail]="linux assert_fail: message, then SIGABRT|vm: killed signal=SIGABRT pc=0x[0-9a-f]+ \\([A-Za-z_.0-9]+\\+0x[0-9a-f]+\\) instret=[0-9]+|line:assert_fail\\.elf: user/linux/assert_fail\\.c:[0-9]+: main: Assertion .half\\(argc \\+ 6\\) == 4. failed\\."
    [picolibc-abort]="picolibc abort: SIGABRT|vm: killed signal=SIGABRT pc=0x[0-9a-f]+ \\([A-Za-z_.0-9]+\\+0x[0-9a-f]+\\) instret=[0-9]+"
    [picolibc-assert_fail]="picolibc assert_fail: message, then SIGABRT|vm: killed signal=SIGABRT pc=0x[0-9a-f]+ \\([A-Za-z_.0-9]+\\+0x[0-9a-f]+\\) instret=[0-9]+"
    [picolibc-raise_handler]="picolibc raise_handler: signal() and raise()|vm: halted exit=0 instret=[0-9]+"
    [picolibc-kill_term]="picolibc kill_term: SIGTERM to itself|vm: killed signal=SIGTERM pc=0x[0-9a-f]+ \\([A-Za-z_.0-9]+\\+0x[0-9a-f]+\\) instret=[0-9]+"
    [linux-raise_handler]="linux raise_handler: signal() and raise()|vm: halted exit=0 instret=[0-9]+"
    [linux-kill_term]="linux kill_term: SIGTERM to itself|vm: killed signal=SIGTERM pc=0x[0-9a-f]+ \\([A-Za-z_.0-9]+\\+0x[0-9a-f]+\\) instret=[0-9]+|line:kill\\(getpid\\(\\), 0\\) returned 0"
    [linux-siginfo]="linux siginfo: SA_SIGINFO, frame registers, SA_NODEFER, SA_RESETHAND|vm: halted exit=0 instret=[0-9]+|line:  after return: s2 0x5678, fs0 2\\.5, fcsr 0x41"
    [linux-segv_handler]="linux segv_handler: SIGSEGV recovered|vm: halted exit=0 instret=[0-9]+|line:store to read-only data: SIGSEGV 2 time\\(s\\), si_code 2 \\(SEGV_ACCERR\\), si_addr is the address: yes"
    [linux-fault_signals]="linux fault_signals: SIGILL, SIGTRAP, SIGBUS handlers, then a blocked SIGILL|vm: errored cause=illegal-instruction insn=0xffffffff pc={blocked_illegal} \\(main\\+0x[0-9a-f]+\\) instret=[0-9]+"
    [linux-blocked_signal]="linux blocked_signal: pending until unblocked|vm: killed signal=SIGUSR1 pc=0x[0-9a-f]+ \\([A-Za-z_.0-9]+\\+0x[0-9a-f]+\\) instret=[0-9]+|line:after unblocking: handler ran 3 time\\(s\\)"
    [linux-altstack]="linux altstack: sigaltstack and SA_ONSTACK|vm: halted exit=0 instret=[0-9]+|line:stack overflow caught: SIGSEGV handler on the alternate stack: yes, deeper than 100 calls: yes"
    [refuse_empty_file]="an empty file is refused|vm: load-failed error=too-small \\(file is shorter than an ELF64 header \\(64 bytes\\)\\)"
)

# Runs a suite: TAP into $SUITES/TAG.tap, files under $SUITES/TAG, JUnit in $SUITES/TAG.xml.
suite_run() { # suite_run SUITE RUNNER TAG [basin-check options...]
    local suite=$1 runner=$2 tag=$3
    shift 3
    timeout -k 5 900 "$CHECK" --suite "$suite" --runner "$runner" --work "$SUITES/$tag" \
        --junit "$SUITES/$tag.xml" "$@" >"$SUITES/$tag.tap" 2>"$SUITES/$tag.err"
}

# A TAP file's verdicts: tap_verdict[NAME] is ok, not ok or skip; tap_detail[NAME] its YAML.
declare -A tap_verdict=() tap_detail=()
read_tap() {
    local line name=
    tap_verdict=() tap_detail=()
    while IFS= read -r line; do
        if [[ $line =~ ^(not ok|ok)\ [0-9]+\ -\ ([^ ]+)(\ \#\ SKIP.*)?$ ]]; then
            name=${BASH_REMATCH[2]}
            tap_verdict[$name]=${BASH_REMATCH[1]}
            [ -n "${BASH_REMATCH[3]}" ] && tap_verdict[$name]=skip
        elif [[ -n $name && $line == "  "* && $line != "  ---" && $line != "  ..." ]]; then
            tap_detail[$name]+="${line#  }; "
        fi
    done <"$1"
}

# One program of the programs suite, judged on the kernel's, basin-run's and qemu-riscv64's runs.
# RUN says which of the kernel's runs: interpreter (the default), native (the native engine under
# -icount, whose count must then be exact: the same halting line as basin-run's, registers and
# checked lines included; an estimate, instret=~N, only after a trap OpenSBI takes first and
# hands on: an illegal instruction or a misaligned access), or estimate (the native engine
# without -icount, in the interpreter's boot: instret=~N, and where the budget ends the run, the
# pc and registers are wherever the estimate reached it; the rest must be the same).
check_program() { # check_program NAME SUITE-LINE [RUN]
    local name=$1 suite_line=$2 run=${3:-interpreter} title halting checks=() check errors=() elf
    IFS='|' read -r title halting checks_text <<<"${program_checks[$name]}"
    IFS='|' read -r -a checks <<<"$checks_text"
    elf=tests/suites/$(awk '{print $2}' <<<"$suite_line")
    local dir=$SUITES/programs-kernel host=$SUITES/programs-host key=$name prefix=qemu/
    [ "$run" = native ] && dir=$SUITES/programs-native prefix="qemu/native engine: "
    [ "$run" = estimate ] && key=$name.native prefix="qemu/native engine without -icount: "
    local verdict=${kernel_verdict[$key]:-} detail=${kernel_detail[$key]:-}
    [ "$run" = native ] && verdict=${native_verdict[$key]:-} detail=${native_detail[$key]:-}
    [ "$verdict" = ok ] || errors+=("kernel: ${verdict:-no result} $detail")
    [ "${host_verdict[$name]:-}" = ok ] || errors+=("basin-run: ${host_verdict[$name]:-no result} ${host_detail[$name]:-}")
    if [[ $suite_line == *expected/qemu/* ]] && [ "${qemu_verdict[$name]:-}" != ok ]; then
        errors+=("qemu-riscv64, the oracle: ${qemu_verdict[$name]:-no result} ${qemu_detail[$name]:-}")
    fi
    local kernel_line host_line pattern compare_instret=true compare_after=true
    kernel_line=$(grep -m 1 '^vm: ' "$dir/$key.kernel" 2>/dev/null)
    host_line=$(grep -m 1 '^vm: ' "$host/$name.report" 2>/dev/null)
    pattern=$(expand_symbols "$halting" "$elf")
    [[ $checks_text == *reads-clock* ]] && compare_instret=false
    if [ "$run" != interpreter ] && [[ $kernel_line != "vm: load-failed "* ]]; then
        local engine_line=$(grep -m 1 '^kernel: native engine: ' "$dir/$key.kernel" 2>/dev/null)
        if [ "$run" = native ]; then
            [[ $engine_line == *": the count is exact" ]] || errors+=("not an exact count: ${engine_line:-no native engine line}")
        else
            [[ $engine_line == *": not an instruction count; "* ]] || errors+=("not an estimate: ${engine_line:-no native engine line}")
        fi
    fi
    if [[ $kernel_line == *" instret=~"* ]]; then
        compare_instret=false
        pattern="${pattern% instret=*} instret=~[0-9]+"
        [ "$run" = native ] && [[ ! $kernel_line =~ ^vm:\ errored\ cause=(illegal-instruction|misaligned-) ]] &&
            errors+=("instret is an estimate where the count is exact")
    elif [ "$run" = estimate ] && [[ $kernel_line != "vm: load-failed "* ]]; then
        errors+=("an exact count without -icount: $kernel_line")
    fi
    if [ "$run" = estimate ] && [[ $kernel_line == "vm: budget-exhausted "* ]]; then
        pattern="vm: budget-exhausted pc=.* instret=${pattern##* instret=}"
        compare_after=false
    fi
    grep -qxE "$pattern" <<<"$kernel_line" || errors+=("halting line: $kernel_line" "expected: $pattern")
    if ! $compare_after; then
        host_line=${host_line%% pc=*}
        kernel_line=${kernel_line%% pc=*}
    fi
    if ! $compare_instret; then
        host_line=${host_line% instret=*}
        kernel_line=${kernel_line% instret=*}
    fi
    [ "$host_line" = "$kernel_line" ] || errors+=("basin-run stopped differently: $host_line")
    ! $compare_after || [ "$(sed -n '/^vm: /,$p' "$host/$name.report" 2>/dev/null | grep -E '^(regs|fault): ')" = \
      "$(sed -n '/^vm: /,$p' "$dir/$key.kernel" 2>/dev/null | grep -E '^(regs|fault): ')" ] ||
        errors+=("basin-run printed other lines after the halting line: diff $dir/$key.kernel $host/$name.report")
    for check in "${checks[@]}"; do
        [ "$run" = estimate ] && [[ $kernel_line == "vm: budget-exhausted"* ]] && break
        case "$check" in
            line:*)
                pattern=$(expand_symbols "${check#line:}" "$elf")
                if [[ $pattern =~ ^(Basin |kernel: |vm: |syscall: |regs: |fault: ) ]]; then
                    grep -qxE "$pattern" "$dir/$key.kernel" || errors+=("no kernel line matches: $pattern")
                else grep -qaxE "$pattern" "$dir/$key.out" || errors+=("no line of output matches: $pattern"); fi ;;
            guest-line:*)
                grep -qaxE "${check#guest-line:}" "$dir/$key.out" ||
                    errors+=("no line of the program's output matches: ${check#guest-line:}") ;;
        esac
    done
    # The verdict as lines (report_lines reports them): pass or fail, the name, the reasons.
    if [ ${#errors[@]} -eq 0 ]; then printf '%s\n' pass "$prefix$title"
    else printf '%s\n' fail "$prefix$title" "${errors[@]}" "log: $dir/$key.log"; fi
}

# Reports a verdict check_program wrote to a file: its first line pass or fail, then the name,
# then the reasons.
report_lines() { # report_lines FILE
    local lines=()
    mapfile -t lines <"$1"
    if [ ${#lines[@]} -lt 2 ]; then report fail "qemu/$(basename "$1"): no verdict"
    else report "${lines[0]}" "${lines[1]}" "${lines[@]:2}"; fi
}

# A suite with each program twice in a row, as it is (its engine the suite's) and as NAME.native
# with engine=native: one boot switches engines at every program. Paths are made relative to
# $SUITES, where the new suite is written.
both_engines() { # both_engines SUITE OUT
    local from
    from=$(realpath --relative-to="$SUITES" "$(dirname "$1")")
    awk '!/^#/ && NF' "$1" | sed -E "s#^([^ ]+ +)([^/ ][^ ]*)#\\1$from/\\2#; s# (stdin|stdout)=([^/ ])# \\1=$from/\\2#g" |
        while IFS= read -r line; do
            echo "$line"
            name=${line%% *}
            echo "$name.native ${line#"$name" } engine=native"
        done >"$2"
}

if [ -z "${ONLY:-}" ] || [[ suites =~ $ONLY ]]; then
    mkdir -p "$SUITES" "$RESULTS/expected/native"
    for p in hello checksum; do "$BUILD/native/$p" >"$RESULTS/expected/native/$p.out"; done
    for p in sort hash strings; do "$BUILD/native/programs/$p" >"$RESULTS/expected/native/program-$p.out"; done
    suite_run "$PROGRAM_SUITE" qemu-user programs-qemu --record
    # The kernel's boot runs every program with the interpreter, then with the native engine
    # (QEMU without -icount: its count is an estimate); then a boot of the native engine alone
    # under -icount, where its count is exact.
    both_engines "$PROGRAM_SUITE" "$SUITES/programs-both.txt"
    suite_start=$(date +%s%N)
    suite_run "$SUITES/programs-both.txt" kernel programs-kernel
    suite_ms=$(( ($(date +%s%N) - suite_start) / 1000000 ))
    native_start=$(date +%s%N)
    suite_run "$PROGRAM_SUITE" kernel programs-native --engine native --qemu-options "$NATIVE_QEMU"
    native_ms=$(( ($(date +%s%N) - native_start) / 1000000 ))
    suite_run "$PROGRAM_SUITE" host programs-host
    declare -A kernel_verdict=() kernel_detail=() host_verdict=() host_detail=() qemu_verdict=() qemu_detail=()
    declare -A native_verdict=() native_detail=()
    read_tap "$SUITES/programs-qemu.tap"
    for k in "${!tap_verdict[@]}"; do qemu_verdict[$k]=${tap_verdict[$k]} qemu_detail[$k]=${tap_detail[$k]:-}; done
    read_tap "$SUITES/programs-host.tap"
    for k in "${!tap_verdict[@]}"; do host_verdict[$k]=${tap_verdict[$k]} host_detail[$k]=${tap_detail[$k]:-}; done
    read_tap "$SUITES/programs-kernel.tap"
    for k in "${!tap_verdict[@]}"; do kernel_verdict[$k]=${tap_verdict[$k]} kernel_detail[$k]=${tap_detail[$k]:-}; done
    read_tap "$SUITES/programs-native.tap"
    for k in "${!tap_verdict[@]}"; do native_verdict[$k]=${tap_verdict[$k]} native_detail[$k]=${tap_detail[$k]:-}; done
    # Every program of the suite has its checks here, and every check its program.
    suite_names=$(awk '!/^#/ && NF {print $1}' "$PROGRAM_SUITE")
    unmatched=$(comm -3 <(sort <<<"$suite_names") <(printf '%s\n' "${!program_checks[@]}" | sort))
    if [ -z "$unmatched" ] && [ "$(wc -l <<<"$suite_names")" -eq ${#program_checks[@]} ]; then
        report pass "suites/programs: ${#program_checks[@]} programs, each with its checks, under both engines in one boot ($suite_ms ms), under the native engine with -icount in one more ($native_ms ms)"
    else report fail "suites/programs: the suite and program_checks differ" "$unmatched" "$(tail -n 3 "$SUITES/programs-kernel.err")"; fi
    # The engines switched at every program: each program's lines name its engine.
    switched=$(grep -l '^kernel: native engine: ' "$SUITES"/programs-kernel/*.kernel 2>/dev/null | grep -c '\.native\.kernel$')
    mixed=$(grep -l '^kernel: native engine: ' "$SUITES"/programs-kernel/*.kernel 2>/dev/null | grep -vc '\.native\.kernel$')
    loaded=$(grep -c -v -E 'load-failed' <<<"$(awk '!/^#/ && NF' "$PROGRAM_SUITE")")
    if [ "$switched" -eq "$loaded" ] && [ "$mixed" -eq 0 ]; then
        report pass "suites/programs: one boot, the engine switched at every program: $loaded programs ran natively, none of the interpreter's"
    else report fail "suites/programs: the engine of each program" "$switched of $loaded native runs say so; $mixed interpreter runs have a native engine line"; fi
    # JOBS checks at a time (each runs dozens of small tools), reported in order.
    checks=$SUITES/checks
    mkdir -p "$checks"
    check_count=0 running=0
    while read -r name rest; do
        for run in interpreter native estimate; do
            check_program "$name" "$name $rest" $run >"$checks/$check_count" &
            check_count=$((check_count + 1)) running=$((running + 1))
            if [ $running -ge "$JOBS" ]; then wait -n; running=$((running - 1)); fi
        done
    done < <(awk '!/^#/ && NF' "$PROGRAM_SUITE")
    wait
    for ((i = 0; i < check_count; i++)); do report_lines "$checks/$i"; done

    # Every ISA test, under both engines in one boot (under -icount: the native engine's count is
    # exact, and its halting line must equal the interpreter's), and every malformed ELF file
    # (refused with its own error), as suites too.
    for elf in "$BUILD"/user/isa/*.elf; do echo "$(basename "$elf" .elf) $PWD/$elf exit=0"; done >"$SUITES/isa-one.txt"
    both_engines "$SUITES/isa-one.txt" "$SUITES/isa.txt"
    while read -r file error; do
        [[ -z $file || $file == \#* ]] && continue
        echo "bad-${file%.elf} $PWD/$BUILD/bad-elves/$file load-failed=$error"
    done <tests/elf/expected.txt >"$SUITES/bad-elves.txt"
    for suite in isa bad-elves; do
        options=()
        [ $suite = isa ] && options=(--qemu-options "$NATIVE_QEMU")
        suite_run "$SUITES/$suite.txt" kernel "$suite-kernel" "${options[@]}"
        read_tap "$SUITES/$suite-kernel.tap"
        count=$(grep -c . "$SUITES/$suite.txt")
        [ ${#tap_verdict[@]} -eq "$count" ] ||
            report fail "qemu/$suite suite: $count programs" "${#tap_verdict[@]} results: $(tail -n 3 "$SUITES/$suite-kernel.err")"
        for name in $(awk '{print $1}' "$SUITES/$suite.txt"); do
            title="qemu/$suite $name" errors=()
            [[ $name == *.native ]] && title="qemu/native engine: $suite ${name%.native}"
            [ "${tap_verdict[$name]:-}" = ok ] || errors+=("${tap_verdict[$name]:-no result} ${tap_detail[$name]:-}")
            if [[ $name == *.native ]]; then
                native_line=$(grep -m 1 '^vm: ' "$SUITES/$suite-kernel/$name.kernel" 2>/dev/null)
                interpreter_line=$(grep -m 1 '^vm: ' "$SUITES/$suite-kernel/${name%.native}.kernel" 2>/dev/null)
                # rv64a's cases 92 and 93 allow an SC after a store elsewhere to succeed (QEMU's
                # hart) or fail (Basin's rule), and take a path of another length for each.
                if [ "$name" = rv64a.native ]; then
                    native_line=${native_line% instret=*} interpreter_line=${interpreter_line% instret=*}
                fi
                [ -n "$native_line" ] && [ "$native_line" = "$interpreter_line" ] ||
                    errors+=("halting line: $native_line" "the interpreter's: $interpreter_line")
                grep -q '^kernel: native engine: .*: the count is exact$' "$SUITES/$suite-kernel/$name.kernel" ||
                    errors+=("no 'kernel: native engine: ...: the count is exact' line")
            fi
            if [ ${#errors[@]} -eq 0 ]; then report pass "$title"
            else report fail "$title" "${errors[@]}" "log: $SUITES/$suite-kernel/$name.log"; fi
        done
    done

    # The native engine on a hart without Zba, Zbb and Zbs (as the boards' SiFive U74 is): an
    # instruction of them is illegal there, and the halting line names the extension the hart
    # lacks, where the interpreter (and basin-run) run it. programs/fpmath is built with them.
    for test in zba zbb zbs; do
        echo "isa-$test $PWD/$BUILD/user/isa/$test.elf fault=illegal-instruction engine=native"
    done >"$SUITES/no-zb.txt"
    echo "program-fpmath $PWD/$BUILD/programs/fpmath.elf fault=illegal-instruction engine=native" >>"$SUITES/no-zb.txt"
    suite_run "$SUITES/no-zb.txt" kernel no-zb-kernel --qemu-options "-cpu rv64,zba=false,zbb=false,zbs=false $NATIVE_QEMU"
    read_tap "$SUITES/no-zb-kernel.tap"
    for name in isa-zba isa-zbb isa-zbs program-fpmath; do
        lacks='Zb[abs]'
        [[ $name == isa-* ]] && lacks=Z${name#isa-z}
        line=$(grep -m 1 '^vm: ' "$SUITES/no-zb-kernel/$name.kernel" 2>/dev/null)
        pattern="vm: errored cause=illegal-instruction insn=0x[0-9a-f]{8} hart-lacks=$lacks pc=0x[0-9a-f]+ \\([a-z_]+\\+0x[0-9a-f]+\\) instret=~[0-9]+"
        if [ "${tap_verdict[$name]:-}" = ok ] && grep -qxE "$pattern" <<<"$line"; then
            report pass "qemu/native engine: a hart without Zba, Zbb, Zbs: $name stops, the line names what the hart lacks"
        else report fail "qemu/native engine: a hart without Zba, Zbb, Zbs: $name" "${tap_verdict[$name]:-no result} ${tap_detail[$name]:-}" \
            "halting line: $line" "expected: $pattern" "log: $SUITES/no-zb-kernel/$name.log"; fi
    done

    # The adversarial guests of tests/bounds.sh under the native engine, at their budget (their
    # mmap, munmap, mprotect, mremap, madvise and brk storms change the page tables all the time):
    # each must stop where basin-run stops, exactly (-icount), but the code-cache thrash, whose
    # evictions of decoded code cost the interpreter budget units that mean nothing on the hart.
    BOUNDS_BUDGET=$(sed -n 's/^budget=//p' "$BUILD/tests/bounds-endless_loop/settings.txt") # the Makefile's
    for elf in "$BUILD"/user/tests/endless_loop.elf "$BUILD"/user/tests/syscall_storm.elf "$BUILD"/user/tests/bounds_*.elf; do
        echo "$(basename "$elf" .elf) $PWD/$elf budget budget=$BOUNDS_BUDGET engine=native"
    done >"$SUITES/bounds-native.txt"
    suite_run "$SUITES/bounds-native.txt" kernel bounds-native-kernel --qemu-options "$NATIVE_QEMU"
    read_tap "$SUITES/bounds-native-kernel.tap"
    suite_run "$SUITES/bounds-native.txt" host bounds-native-host
    while read -r name _; do
        errors=()
        [ "${tap_verdict[$name]:-}" = ok ] || errors+=("${tap_verdict[$name]:-no result} ${tap_detail[$name]:-}")
        line=$(grep -m 1 '^vm: ' "$SUITES/bounds-native-kernel/$name.kernel" 2>/dev/null)
        host_line=$(grep -m 1 '^vm: ' "$SUITES/bounds-native-host/$name.report" 2>/dev/null)
        [[ $line == "vm: budget-exhausted "*" instret=$BOUNDS_BUDGET" ]] || errors+=("halting line: $line")
        [ "$name" = bounds_code_thrash ] || [ "$line" = "$host_line" ] || errors+=("basin-run stopped elsewhere: $host_line")
        grep -q '^kernel: native engine: .*: the count is exact$' "$SUITES/bounds-native-kernel/$name.kernel" ||
            errors+=("no 'kernel: native engine: ...: the count is exact' line")
        where=" where the interpreter does"
        [ "$name" = bounds_code_thrash ] && where=
        if [ ${#errors[@]} -eq 0 ]; then report pass "qemu/native engine: bounds $name ends at its budget$where"
        else report fail "qemu/native engine: bounds $name" "${errors[@]}" "log: $SUITES/bounds-native-kernel/$name.log"; fi
    done <"$SUITES/bounds-native.txt"
fi

# --- 5b. the suite harness itself: make check on the example suite, a wrong expectation, JUnit,
# malformed suites, and the speed of 150 programs in one boot --------------------------------------
if [ -z "${ONLY:-}" ] || [[ harness =~ $ONLY ]]; then
    mkdir -p "$SUITES"
    for runner in kernel host; do
        make --no-print-directory check ONLY= ENGINE=interpreter SUITE=tests/example-suite/suite.txt RUNNER=$runner \
            JUNIT="$SUITES/example-$runner.xml" >"$SUITES/example-$runner.tap" 2>&1
        example_status=$?
        if [ $example_status -eq 0 ] && [ "$(tail -n 1 "$SUITES/example-$runner.tap")" = "6 passed, 0 failed" ] &&
            [ "$(grep -c '^ok ' "$SUITES/example-$runner.tap")" -eq 6 ]; then
            report pass "harness/make check SUITE=tests/example-suite/suite.txt RUNNER=$runner: 6 passed"
        else report fail "harness/make check on the example suite, RUNNER=$runner" "status $example_status" \
            "$(tail -n 5 "$SUITES/example-$runner.tap")"; fi
    done
    # ENGINE=native: the programs without engine= run on the hart; the same 6 pass.
    make --no-print-directory check ONLY= SUITE=tests/example-suite/suite.txt RUNNER=kernel ENGINE=native \
        >"$SUITES/example-native.tap" 2>&1
    example_status=$?
    native_runs=$(grep -l '^kernel: native engine: ' "$RESULTS"/example-suite/kernel/*.kernel 2>/dev/null | wc -l)
    if [ $example_status -eq 0 ] && [ "$(tail -n 1 "$SUITES/example-native.tap")" = "6 passed, 0 failed" ] &&
        [ "$native_runs" -eq 6 ]; then
        report pass "harness/make check SUITE=tests/example-suite/suite.txt ENGINE=native: 6 passed, each on the native engine"
    else report fail "harness/make check on the example suite, ENGINE=native" "status $example_status, $native_runs native runs" \
        "$(tail -n 5 "$SUITES/example-native.tap")"; fi
    # A copy with one wrong expectation (add's output): exactly that program fails, its diagnostic
    # names the first differing line, and the exit status says so.
    wrong=$SUITES/example-wrong
    mkdir -p "$wrong/expect"
    ln -sfn "$PWD/tests/example-suite/bin" "$wrong/bin"
    ln -sfn "$PWD/tests/example-suite/input" "$wrong/input"
    cp tests/example-suite/suite.txt tests/example-suite/expect/*.out "$wrong/" && mv "$wrong"/*.out "$wrong/expect/"
    sed -i 's/= 5050$/= 5051/' "$wrong/expect/add.out"
    "$CHECK" --suite "$wrong/suite.txt" --work "$SUITES/wrong-work" --junit "$SUITES/example-wrong.xml" \
        >"$SUITES/example-wrong.tap" 2>&1
    wrong_status=$?
    if [ $wrong_status -eq 1 ] && [ "$(grep -c '^not ok ' "$SUITES/example-wrong.tap")" -eq 1 ] &&
        grep -qx 'not ok 1 - add' "$SUITES/example-wrong.tap" &&
        grep -qxF '  first_difference: "output line 1: expected \"1 + 2 + ... + 100 = 5051\", got \"1 + 2 + ... + 100 = 5050\""' \
            "$SUITES/example-wrong.tap" && [ "$(tail -n 1 "$SUITES/example-wrong.tap")" = "5 passed, 1 failed" ]; then
        report pass "harness/one wrong expectation: exactly that program is not ok, the difference named, status 1"
    else report fail "harness/one wrong expectation" "status $wrong_status" "$(head -n 20 "$SUITES/example-wrong.tap")"; fi
    # The JUnit files parse (Python's xml.etree) and agree with the TAP of the same runs.
    junit_check=$(python3 - "$SUITES/example-wrong.xml" "$SUITES/example-kernel.xml" <<'PYTHON' 2>&1
import sys, xml.etree.ElementTree as ET
for path, want_failed in ((sys.argv[1], ["add"]), (sys.argv[2], [])):
    root = ET.parse(path).getroot()
    cases = list(root.iter("testcase"))
    failed = [c.get("name") for c in cases if c.find("failure") is not None]
    assert root.tag == "testsuites" and int(root.get("tests")) == len(cases) == 6, path
    assert int(root.get("failures")) == len(failed) and failed == want_failed, (path, failed)
    for c in cases:
        if c.find("failure") is not None: assert c.find("system-out") is not None, "no system-out"
print("ok")
PYTHON
)
    if [ "$junit_check" = ok ]; then report pass "harness/JUnit XML parses with xml.etree, its counts match the TAP"
    else report fail "harness/JUnit XML" "$junit_check"; fi
    # Malformed suites are refused before anything runs: the file, the line, the reason.
    malformed_cases=(
        "2|other bin/add.elf exit=0 colour=red|unknown key 'colour'"
        "1|add bin/add.elf exit=256|exit=N needs N from 0 to 255"
        "1|add bin/nothing.elf exit=0|ELF .*/bin/nothing.elf: no such file"
        "1|add bin/add.elf fault=segfault|fault=segfault: not a cause"
        "1|add bin/add.elf exit=0 args=\"open|a double quote is not closed"
        "2|add bin/add.elf exit=0|NAME add is already on line 1"
        "1|add bin/add.elf|a program needs NAME ELF EXPECT"
        "1|add bin/add.elf signal=SIGNOPE|signal=SIGNOPE: not a signal name"
    )
    refused=0 refusal_errors=()
    for spec in "${malformed_cases[@]}"; do
        IFS='|' read -r line text reason <<<"$spec"
        { [ "$line" = 2 ] && echo "add bin/add.elf exit=0"; echo "$text"; } >"$wrong/malformed.txt"
        message=$("$CHECK" --suite "$wrong/malformed.txt" --work "$SUITES/malformed-work" 2>&1 >"$SUITES/malformed.out")
        if [ $? -eq 2 ] && [ ! -s "$SUITES/malformed.out" ] && [[ $message =~ ^basin-check:\ .*/malformed.txt:$line:\ $reason ]]; then
            refused=$((refused + 1))
        else refusal_errors+=("[$text]: $message"); fi
    done
    if [ $refused -eq ${#malformed_cases[@]} ]; then
        report pass "harness/malformed suites refused before anything runs, naming file, line and reason: $refused cases"
    else report fail "harness/malformed suites" "${refusal_errors[@]}"; fi
    # 150 small programs in one boot, build included (the programs, the image, the boot).
    make --no-print-directory -s -C tests/many-programs clean
    many_start=$(date +%s%N)
    make --no-print-directory check ONLY= ENGINE=interpreter SUITE=tests/many-programs/suite.txt JUNIT="$SUITES/many.xml" >"$SUITES/many.tap" 2>&1
    many_status=$?
    many_ms=$(( ($(date +%s%N) - many_start) / 1000000 ))
    if [ $many_status -eq 0 ] && [ "$(tail -n 1 "$SUITES/many.tap")" = "150 passed, 0 failed" ]; then
        report pass "harness/150 small programs, built, packed into one image, one boot: $many_ms ms in all"
    else report fail "harness/150 small programs in one boot" "status $many_status" "$(tail -n 5 "$SUITES/many.tap")"; fi
fi

# Bounded time in the kernel: the adversarial guests' kernels (budget BOUNDS_BUDGET) against the
# tight loop's, one boot at a time so that the timings are not disturbed by the cases below.
if [ -z "${ONLY:-}" ] || [[ bounds =~ $ONLY ]]; then
    relay_script "bounds/kernel (tests/bounds.sh)" "" "" tests/bounds.sh kernel 3
fi

running=0
for i in "${!cases[@]}"; do
    [ -n "${ONLY:-}" ] && [[ ! ${cases[$i]%%|*} =~ $ONLY ]] && continue
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
    [ -n "${ONLY:-}" ] && [[ ! ${cases[$i]%%|*} =~ $ONLY ]] && continue
    if [ ! -f "$RESULTS/$i.result" ]; then
        report fail "$name" "the case did not finish"
    elif [ "$(head -n 1 "$RESULTS/$i.result")" = pass ]; then
        report pass "$name"
    else
        mapfile -t details < <(tail -n +2 "$RESULTS/$i.result")
        report fail "$name" "${details[@]}" "serial log: $RESULTS/$i.log"
    fi
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
