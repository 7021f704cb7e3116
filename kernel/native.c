/* SPDX-License-Identifier: MIT */
/* The native engine (native.h). How it keeps the interpreter's results:
 *   - Memory: the guest window holds exactly the pages the page map grants, with its R, W and
 *     X; before every entry the pages the VM changed since (vm_map_take_changes: mmap, munmap,
 *     mprotect, mremap, brk, madvise, bytes a call wrote over code) are mapped again, then
 *     sfence.vma and fence.i.
 *   - Traps: ecall returns VM_EXIT_ECALL with pc past it, as vm_run. Every other exception has the
 *     interpreter execute the instruction once (vm_step), from the same registers and memory: it
 *     faults with the cause, address and encoding the interpreter gives (the halting line is the
 *     same), or it runs it (the cycle and instret CSRs, which U-mode may not read on the hart, read
 *     the VM's count; time is the hart's, read directly: the one difference from the interpreter,
 *     whose time is its count). An instruction the interpreter runs but the hart refuses (Zba, Zbb,
 *     Zbs on a hart without them) ends as an illegal instruction that says which extension the hart
 *     lacks.
 *   - Count and budget: the hart's instret around each run of the guest, less the kernel's
 *     instructions between the two reads and the firmware's in the trap (both measured at start: a
 *     fault, an ecall, an illegal instruction, a read of cycle and of instret, each run once in
 *     U-mode). Where that is an exact count of instructions (a loop at start says so) and the timer
 *     needs no firmware (Sstc), the count is exact: slices end before the budget could be reached,
 *     and the last few thousand instructions run in the interpreter, which stops exactly where it
 *     would have. Otherwise the count is an estimate (instret=~N), and so is the point where the
 *     budget ends the run. */
#include "native.h"

#include <string.h>

#include "../vm/decode.h"
#include "../vm/memory_map.h"
#include "clock.h"
#include "console.h"
#include "panic.h"
#include "sbi.h"
#include "sv39.h"

#define SCAUSE_INTERRUPT (1ull << 63)
#define SSTATUS_FS (3ull << 13)
#define SSTATUS_FS_CLEAN (2ull << 13)
#define SIE_STIE (1ull << 5)
#define SCOUNTEREN_TIME (1ull << 1)
enum {
    CAUSE_FETCH_ACCESS = 1, CAUSE_ILLEGAL = 2, CAUSE_BREAKPOINT = 3, CAUSE_MISALIGNED_LOAD = 4,
    CAUSE_LOAD_ACCESS = 5, CAUSE_MISALIGNED_STORE = 6, CAUSE_STORE_ACCESS = 7,
    CAUSE_USER_ECALL = 8, CAUSE_FETCH_PAGE = 12, CAUSE_LOAD_PAGE = 13, CAUSE_STORE_PAGE = 15,
    INTERRUPT_SUPERVISOR_TIMER = 5,
};

/* The kernel's instructions instret counts between its read in native_enter and its read in
 * the trap vector (trap.S): the first read itself, a store, 31 loads and sret after it; csrrw,
 * beqz and a store before the second. native_init measures it on the hart (probe_trap_path). */
enum { TRAP_PATH_INSTRUCTIONS = 37 };
/* Exact count: the budget's last instructions run in the interpreter, from this many left. */
enum { HANDOFF_INSTRUCTIONS = 4096 };
/* No slice is shorter: entering the guest takes the kernel about a hundred instructions, and a
 * slice must leave the guest time to run. */
enum { MIN_SLICE_TICKS = 16 };
/* Exact count: a slice is sized for this many times the loop's pace, so that no program can
 * retire enough instructions in it to pass the budget. */
enum { PACE_MARGIN = 4 };
/* The calibration loops (trap.S): a load, an add, a store, a count and a branch; and a TLB flush,
 * a count and a branch, which any hart retires as three instructions but which costs QEMU's TCG
 * thousands of host cycles (it empties its whole software TLB): where instret is a clock (QEMU
 * without -icount: the host's cycle counter), the two loops' counts per instruction differ by far
 * more than the tolerance, whatever the first one's happens to be on a given host. */
enum { LOOP_INSTRUCTIONS = 5, LOOP_ITERATIONS = 1 << 14, LOOP_RUNS = 5 };
enum { FLUSH_LOOP_INSTRUCTIONS = 3, FLUSH_LOOP_ITERATIONS = 1 << 7 };
/* Where instret is a clock (QEMU without -icount: the host's tick counter), instructions are
 * estimated at this share of the loop's pace. Programs ran 1 to 6 times slower per instruction
 * than the loop (QEMU 7.2 TCG, 2026-12: programs/hash, sort, strings, linux/sorting,
 * malloc_churn, programs/fpmath the slowest, its floating point in QEMU's helpers); short ones
 * slower still, their code translated for the first time. So the estimate errs low: a program
 * that fits its budget in the interpreter fits it here, and a runaway one still ends, after at
 * most about 8 times its budget. It is a clock: a host that runs QEMU less often makes it
 * higher. */
enum { ESTIMATE_SHARE_NUMERATOR = 1, ESTIMATE_SHARE_DENOMINATOR = 8 };

/* The counters a guest reads with csrr (cycle 0xc00, time 0xc01, instret 0xc02): cycle and
 * instret trap (scounteren), time does not. */
enum { COUNTERS = 3, CSR_CYCLE = 0xc00 };

enum count_kind {
    COUNT_EXACT,        /* instret counts instructions exactly and only the guest's run in between */
    COUNT_INSTRUCTIONS, /* it counts instructions, but firmware may add its own (SBI timer) */
    COUNT_CLOCK,        /* it is a clock: instructions estimated at the loop's pace */
};

static struct {
    bool ready;
    bool sstc;
    enum count_kind kind;
    uint64_t per_count_q16; /* COUNT_CLOCK: instructions per unit of instret, times 65536 */
    uint64_t per_tick_q16;  /* instructions per tick of the time CSR, times 65536 */
    uint64_t trap_path;     /* the kernel's instructions instret counts around a guest's run */
    uint64_t ecall_counted; /* 1 when the hart counts ecall and ebreak, as QEMU does, though the
                               privileged spec says they do not retire; else 0 */
    uint64_t firmware_path; /* what an illegal instruction the firmware hands on adds to that:
                               subtracted from estimates after such traps (measured once) */
    uint64_t counter_path[COUNTERS]; /* the same for a U-mode read of cycle and instret, which
                               the firmware tries to serve first: measured apart, exact where
                               the hart's count is (0: not measured; time is read directly) */
    uint64_t loop_counted;  /* what instret counted for the calibration loops (describe) */
    uint64_t flush_loop_counted;
    bool window_open;
    bool cache_stale;       /* the guest ran here since the interpreter's cache was emptied */
    bool disagreement_logged;
    uint64_t first_entry_ticks;
    struct native_frame frame;
} native;

static uint64_t read_sstatus(void) {
    uint64_t value;
    __asm__ volatile("csrr %0, sstatus" : "=r"(value));
    return value;
}
static void set_sstatus(uint64_t bits) { __asm__ volatile("csrs sstatus, %0" : : "r"(bits)); }
static void clear_sstatus(uint64_t bits) { __asm__ volatile("csrc sstatus, %0" : : "r"(bits)); }

static uint64_t q16_times(uint64_t value, uint64_t q16) {
    return (uint64_t)((unsigned __int128)value * q16 >> 16);
}

static uint64_t q16_divide(uint64_t value, uint64_t q16) {
    KERNEL_ASSERT(q16 != 0);
    unsigned __int128 result = ((unsigned __int128)value << 16) / q16;
    return result > UINT64_MAX ? UINT64_MAX : (uint64_t)result;
}

/* ---- the timer ---- */

static void arm_timer(uint64_t ticks) {
    KERNEL_ASSERT(ticks >= MIN_SLICE_TICKS);
    uint64_t when = clock_ticks() + ticks;
    if (native.sstc) __asm__ volatile("csrw 0x14d, %0" : : "r"(when)); /* stimecmp */
    else sbi_set_timer(when);
}

static void timer_off(void) {
    if (native.sstc) __asm__ volatile("csrw 0x14d, %0" : : "r"(UINT64_MAX));
    else sbi_set_timer(UINT64_MAX);
}

/* Exceptions OpenSBI takes first and hands on (it delegates only breakpoints, user ecalls and
 * page faults): its instructions count too, so after one the count is an estimate. */
static bool through_firmware(uint64_t cause) {
    return cause == CAUSE_ILLEGAL || cause == CAUSE_MISALIGNED_LOAD || cause == CAUSE_MISALIGNED_STORE ||
           cause == CAUSE_FETCH_ACCESS || cause == CAUSE_LOAD_ACCESS || cause == CAUSE_STORE_ACCESS;
}

/* ---- the guest's state in and out of the hart ---- */

static void to_frame(const struct vm *vm) {
    memcpy(native.frame.x, vm->x, sizeof native.frame.x);
    native.frame.pc = vm->pc;
}

static void from_frame(struct vm *vm) {
    memcpy(&vm->x[1], &native.frame.x[1], sizeof vm->x - sizeof vm->x[0]);
    vm->x[0] = 0;
    vm->pc = native.frame.pc;
    vm->reservation = VM_NO_RESERVATION; /* the hart's reservation does not outlive the trap */
}

/* The pages the VM changed since the last entry, mapped again as its page map says (all of
 * them the first time), then the translation and instruction fetch fenced. */
static void sync_page_tables(struct vm *vm) {
    uint64_t first = 0, end = 0;
    bool changed = vm_map_take_changes(vm, &first, &end);
    if (!native.window_open) {
        sv39_guest_open();
        native.window_open = true;
        first = 0, end = VM_PAGES, changed = true;
    }
    if (!changed) return;
    KERNEL_ASSERT(first < end && end <= VM_PAGES);
    for (uint64_t page = first; page < end; page++) sv39_guest_set(page, vm->map.page_prot[page]);
    sv39_guest_fence();
    __asm__ volatile("fence.i" : : : "memory");
}

/* One run of the guest from the frame until it traps. Floating point: the VM's registers go
 * in with FS clean; if the guest dirtied them, they come back out; then FS is off again, so
 * the kernel cannot touch them. */
static void enter_guest(struct vm *vm) {
    set_sstatus(SSTATUS_FS);
    native_fp_load(vm->f, (uint64_t)vm->frm << 5 | vm->fflags);
    clear_sstatus(SSTATUS_FS);
    set_sstatus(SSTATUS_FS_CLEAN);
    native_enter(&native.frame);
    native.cache_stale = true;
    if ((read_sstatus() & SSTATUS_FS) == SSTATUS_FS) {
        uint64_t fcsr = native_fp_save(vm->f);
        vm->fflags = (uint32_t)(fcsr & 0x1f);
        vm->frm = (uint32_t)(fcsr >> 5 & 7);
    }
    clear_sstatus(SSTATUS_FS);
    KERNEL_ASSERT((read_sstatus() & SSTATUS_FS) == 0);
}

/* ---- setting up ---- */

static void describe(void) {
    KERNEL_ASSERT(native.ready);
    struct console_builder line;
    console_begin(&line, "kernel: native engine: U-mode, Sv39, timer ");
    fmt_str(&line.fmt, native.sstc ? "Sstc" : "SBI");
    fmt_str(&line.fmt, "; instret ");
    fmt_u64(&line.fmt, native.loop_counted);
    fmt_str(&line.fmt, " for ");
    fmt_u64(&line.fmt, LOOP_INSTRUCTIONS * LOOP_ITERATIONS);
    fmt_str(&line.fmt, " instructions, ");
    fmt_u64(&line.fmt, native.flush_loop_counted);
    fmt_str(&line.fmt, " for ");
    fmt_u64(&line.fmt, FLUSH_LOOP_INSTRUCTIONS * FLUSH_LOOP_ITERATIONS);
    fmt_str(&line.fmt, " with TLB flushes");
    if (native.kind != COUNT_CLOCK) {
        fmt_str(&line.fmt, ", ");
        fmt_u64(&line.fmt, native.trap_path);
        fmt_str(&line.fmt, native.ecall_counted ? " around a trap (ecall counted), " : " around a trap, ");
        fmt_u64(&line.fmt, native.firmware_path);
        fmt_str(&line.fmt, " more via firmware: ");
    } else {
        fmt_str(&line.fmt, ": ");
    }
    if (native.kind == COUNT_EXACT) fmt_str(&line.fmt, "the count is exact");
    if (native.kind == COUNT_INSTRUCTIONS) fmt_str(&line.fmt, "estimated count (firmware instructions count too)");
    if (native.kind == COUNT_CLOCK) {
        fmt_str(&line.fmt, "not an instruction count; estimated count at ");
        fmt_u64(&line.fmt, q16_times(1000, native.per_count_q16));
        fmt_str(&line.fmt, " instructions per 1000");
    }
    console_end(&line);
}

/* A loop of `iterations` rounds, LOOP_RUNS times: the least count and ticks, those of a run
 * nothing interrupted (a host that ran something else instead of QEMU, say). */
static uint64_t least_count(uint64_t (*loop)(uint64_t, uint64_t *), uint64_t iterations, uint64_t *ticks) {
    KERNEL_ASSERT(loop != 0 && iterations >= 1);
    uint64_t least = UINT64_MAX, least_ticks = UINT64_MAX;
    for (unsigned run = 0; run < LOOP_RUNS; run++) {
        uint64_t run_ticks = 0, count = loop(iterations, &run_ticks);
        if (count < least) least = count;
        if (run_ticks < least_ticks) least_ticks = run_ticks;
    }
    *ticks = least_ticks;
    return least;
}

/* How far instret's count for loops of n and 2n rounds (the fixed cost around them cancels)
 * is from n rounds' instructions; *counted gets that count, *ticks the time of the 2n rounds. */
static uint64_t count_error(uint64_t (*loop)(uint64_t, uint64_t *), uint64_t iterations,
                            uint64_t instructions, uint64_t *counted, uint64_t *ticks) {
    uint64_t ticks_short = 0;
    (void)loop(iterations / 16 + 1, &ticks_short); /* warms caches and translations */
    uint64_t count = least_count(loop, iterations, &ticks_short);
    uint64_t count_long = least_count(loop, 2 * iterations, ticks);
    if (count_long <= count) panic("native engine: the hart's instret does not advance");
    *counted = count_long - count;
    return *counted > instructions ? *counted - instructions : instructions - *counted;
}

/* Which count the hart gives: exact when both loops count exactly their instructions; an
 * instruction count with the odd extra (a firmware interrupt) within 1/64; else a clock. */
static void calibrate(void) {
    uint64_t ticks = 0, flush_ticks = 0;
    uint64_t instructions = LOOP_INSTRUCTIONS * LOOP_ITERATIONS;
    uint64_t flush_instructions = FLUSH_LOOP_INSTRUCTIONS * FLUSH_LOOP_ITERATIONS;
    uint64_t error = count_error(native_count_loop, LOOP_ITERATIONS, instructions, &native.loop_counted, &ticks);
    uint64_t flush_error = count_error(native_count_flush_loop, FLUSH_LOOP_ITERATIONS, flush_instructions,
                                       &native.flush_loop_counted, &flush_ticks);
    if (error == 0 && flush_error == 0) native.kind = native.sstc ? COUNT_EXACT : COUNT_INSTRUCTIONS;
    else if (error <= instructions / 64 && flush_error <= flush_instructions / 64) native.kind = COUNT_INSTRUCTIONS;
    else native.kind = COUNT_CLOCK;
    /* Two runs of the loop: 2n rounds less n rounds' count, n rounds' instructions. */
    native.per_count_q16 = q16_divide(instructions * ESTIMATE_SHARE_NUMERATOR,
                                      native.loop_counted * ESTIMATE_SHARE_DENOMINATOR);
    native.per_tick_q16 = q16_divide(2 * instructions, ticks != 0 ? ticks : 1);
}

/* The guest entered at pc with no time limit: the cause of its trap, and the count around it. */
static uint64_t probe(uint64_t pc, uint64_t *cause) {
    memset(&native.frame, 0, sizeof native.frame);
    native.frame.pc = pc;
    set_sstatus(SSTATUS_FS_CLEAN); /* the registers as they are: the guest does not touch them */
    native_enter(&native.frame);
    clear_sstatus(SSTATUS_FS);
    native.cache_stale = true;
    *cause = native.frame.scause;
    return native.frame.count_at_trap - native.frame.count_at_entry;
}

/* A free page (all zero until brk or mmap hands it out: vm_init cleared it) mapped executable
 * for a moment, holding `encoding` at its start (0: the zero parcel, illegal on every hart), run
 * in U-mode: OpenSBI takes the illegal-instruction trap before handing it on. The count less
 * the trap path is the firmware's share; 0 when no page is free or the hart took something else. */
static uint64_t probe_firmware_path(struct vm *vm, uint32_t encoding) {
    uint64_t page = VM_PAGES, cause = 0;
    for (uint64_t p = 1; p < VM_PAGES && page == VM_PAGES; p++)
        if (vm->map.page_use[p] == VM_PAGE_FREE && vm->memory[p * VM_PAGE_SIZE] == 0 &&
            vm->memory[p * VM_PAGE_SIZE + 1] == 0)
            page = p;
    if (page == VM_PAGES) return 0;
    uint8_t *bytes = vm->memory + page * VM_PAGE_SIZE;
    memcpy(bytes, &encoding, sizeof encoding);
    sv39_guest_set(page, VM_PROT_READ | VM_PROT_EXEC);
    sv39_guest_fence();
    __asm__ volatile("fence.i" : : : "memory");
    uint64_t count = probe(page * VM_PAGE_SIZE, &cause);
    memset(bytes, 0, sizeof encoding); /* free pages read as zero */
    sv39_guest_set(page, vm->map.page_prot[page]);
    sv39_guest_fence();
    __asm__ volatile("fence.i" : : : "memory");
    if (cause != CAUSE_ILLEGAL) return 0;
    return count > native.trap_path ? count - native.trap_path : 0;
}

/* The counter (0 cycle, 1 time, 2 instret) the instruction at the guest's pc reads with a CSR
 * instruction, or -1. */
static int counter_read(const struct vm *vm) {
    uint64_t pc = vm->pc;
    if (pc > VM_MEMORY_SIZE - 4 || pc % 2 != 0) return -1;
    if ((vm->map.page_prot[pc / VM_PAGE_SIZE] & VM_PROT_EXEC) == 0 ||
        (vm->map.page_prot[(pc + 3) / VM_PAGE_SIZE] & VM_PROT_EXEC) == 0)
        return -1;
    uint32_t encoding;
    memcpy(&encoding, vm->memory + pc, sizeof encoding);
    uint32_t funct3 = encoding >> 12 & 7, csr = encoding >> 20;
    if ((encoding & 0x7f) != 0x73 || funct3 == 0 || funct3 == 4) return -1; /* not Zicsr */
    return csr >= CSR_CYCLE && csr < CSR_CYCLE + COUNTERS ? (int)(csr - CSR_CYCLE) : -1;
}

/* The kernel's instructions around a guest's run, measured: a fetch from the null page faults
 * before any guest instruction retires (on every hart); the signal-return page's ecall
 * (vm/memory_map.c) then shows whether the hart counts an ecall. A hart that gives anything
 * else has its count taken as an estimate. */
static void probe_trap_path(struct vm *vm) {
    sync_page_tables(vm);
    uint64_t fault_cause = 0, ecall_cause = 0;
    uint64_t fault = probe(0, &fault_cause);
    uint64_t ecall = probe(VM_SIGRETURN_PAGE + 4, &ecall_cause);
    KERNEL_ASSERT(fault_cause == CAUSE_FETCH_PAGE && ecall_cause == CAUSE_USER_ECALL);
    native.trap_path = fault;
    native.firmware_path = probe_firmware_path(vm, 0);
    for (unsigned counter = 0; counter < COUNTERS; counter += 2) /* csrrs a0, cycle|instret, zero */
        native.counter_path[counter] = probe_firmware_path(vm, (CSR_CYCLE + counter) << 20 | 0x2573);
    native.ecall_counted = ecall > fault ? ecall - fault : 0;
    bool plausible = fault >= TRAP_PATH_INSTRUCTIONS && fault <= TRAP_PATH_INSTRUCTIONS + 8 &&
                     ecall >= fault && ecall - fault <= 1;
    if (!plausible && native.kind == COUNT_EXACT) native.kind = COUNT_INSTRUCTIONS;
    if (!plausible) native.trap_path = TRAP_PATH_INSTRUCTIONS, native.ecall_counted = 0;
}

void native_init(struct vm *vm) {
    KERNEL_ASSERT(vm->state == VM_STATE_RUNNING && vm->instret == 0);
    native.disagreement_logged = false;
    native.first_entry_ticks = 0;
    native.cache_stale = false; /* vm_init emptied the interpreter's cache */
    __asm__ volatile("csrs sie, %0" : : "r"(SIE_STIE)); /* taken only in U-mode: SIE stays 0 */
    if (!native.ready) { /* the hart is measured once a boot, for its first native program */
        /* U-mode may not read cycle or instret: they trap, and the VM's count answers, as in
         * the interpreter. It reads time from the hart: OpenSBI serves a trapped read of time
         * itself, unseen by the kernel (it checks no permission for it), with its instructions
         * in the count; read directly, it costs nothing. */
        __asm__ volatile("csrw scounteren, %0" : : "r"(SCOUNTEREN_TIME));
        native.sstc = kernel_probe_stimecmp() != 0;
        timer_off();
        calibrate();
        native.trap_path = TRAP_PATH_INSTRUCTIONS;
        if (native.kind != COUNT_CLOCK) probe_trap_path(vm);
        native.ready = true;
    }
    describe(); /* for every program, so that each one's lines say how it was counted */
}

void native_stop(void) {
    if (!native.ready) return;
    __asm__ volatile("csrc sie, %0" : : "r"(SIE_STIE));
    timer_off();
}

uint64_t native_first_entry_ticks(void) { return native.first_entry_ticks; }

/* ---- the count and the budget ---- */

static bool exact(const struct vm *vm) { return native.kind == COUNT_EXACT && !vm->instret_estimated; }

/* Adds the guest's instructions of the last run to the count, never past the budget: the
 * count less the kernel's instructions and the firmware's (`firmware`, as trap_firmware says).
 * The trapping instruction is not among them: an ecall is counted once it is handled, as the
 * interpreter counts it. */
static void count_run(struct vm *vm, uint64_t cause, uint64_t firmware) {
    uint64_t delta = native.frame.count_at_trap - native.frame.count_at_entry, guest;
    if (native.kind == COUNT_CLOCK) {
        guest = q16_times(delta, native.per_count_q16);
    } else {
        bool counted_trap = cause == CAUSE_USER_ECALL || cause == CAUSE_BREAKPOINT;
        uint64_t kernel = native.trap_path + (counted_trap ? native.ecall_counted : 0) + firmware;
        guest = delta > kernel ? delta - kernel : 0;
    }
    uint64_t room = vm->budget - vm->instret;
    if (guest > room && exact(vm)) vm->instret_estimated = true; /* a slice ran long: never seen */
    vm->instret += guest < room ? guest : room;
}

/* How long the next slice may run: never longer than the poll interval or 10 ms; with an exact
 * count, never long enough to reach the budget's last HANDOFF_INSTRUCTIONS: 0 when no slice of
 * MIN_SLICE_TICKS is that short (the interpreter then runs the rest). */
static uint64_t slice_ticks(const struct vm *vm, const struct vm_host *host) {
    uint64_t hz = clock_timebase_hz(), longest = host->poll != 0 ? hz / 1000 : hz / 100;
    uint64_t remaining = vm->budget - vm->instret, ticks;
    if (longest < MIN_SLICE_TICKS) longest = MIN_SLICE_TICKS;
    if (exact(vm)) {
        if (remaining <= HANDOFF_INSTRUCTIONS) return 0;
        ticks = q16_divide(remaining - HANDOFF_INSTRUCTIONS, PACE_MARGIN * native.per_tick_q16);
        if (ticks < MIN_SLICE_TICKS) return 0;
    } else {
        ticks = q16_divide(remaining, native.per_tick_q16) + MIN_SLICE_TICKS;
    }
    return ticks < longest ? ticks : longest;
}

static enum vm_exit budget_exhausted(struct vm *vm) {
    KERNEL_ASSERT(vm->instret == vm->budget);
    vm->state = VM_STATE_BUDGET_EXHAUSTED;
    return VM_EXIT_BUDGET;
}

/* The interpreter, from where the guest is: its cache is emptied first if the guest ran here
 * since (the hart's stores did not keep it coherent). */
static void interpreter_ready(struct vm *vm) {
    if (!native.cache_stale) return;
    vm_code_forget(vm);
    native.cache_stale = false;
}

/* ---- exceptions ---- */

/* The instruction at the guest's pc as the interpreter would fetch it; false when it could not
 * (a page without execute: the interpreter then gives the fault). */
static bool fetch(const struct vm *vm, uint32_t *encoding, struct vm_insn *insn) {
    uint64_t pc = vm->pc;
    if (pc > VM_MEMORY_SIZE - 2 || (vm->map.page_prot[pc / VM_PAGE_SIZE] & VM_PROT_EXEC) == 0) return false;
    uint16_t low;
    memcpy(&low, vm->memory + pc, 2);
    if (vm_insn_length(low) == 2) {
        *encoding = low;
        vm_decode_compressed(low, insn);
        return true;
    }
    if (pc > VM_MEMORY_SIZE - 4 || (vm->map.page_prot[(pc + 2) / VM_PAGE_SIZE] & VM_PROT_EXEC) == 0)
        return false;
    memcpy(encoding, vm->memory + pc, 4);
    vm_decode(*encoding, insn);
    return true;
}


/* The hart trapped where the interpreter runs on: once per run, a line says so. */
static void log_disagreement(const struct vm *vm, uint64_t cause, uint64_t pc) {
    if (native.disagreement_logged) return;
    native.disagreement_logged = true;
    struct console_builder line;
    console_begin(&line, "kernel: native engine: the hart trapped (scause ");
    fmt_hex(&line.fmt, cause);
    fmt_str(&line.fmt, ") at pc=");
    fmt_hex(&line.fmt, pc);
    fmt_str(&line.fmt, " where the interpreter runs on; it ran that instruction (instret ");
    fmt_u64(&line.fmt, vm->instret);
    fmt_str(&line.fmt, ")");
    console_end(&line);
}

/* An exception at vm->pc: true with *exit when the run stops here; false when the interpreter
 * ran the instruction and the guest goes on. */
static bool exception(struct vm *vm, uint64_t cause, enum vm_exit *exit) {
    uint32_t encoding = 0;
    struct vm_insn insn = {0};
    bool fetched = fetch(vm, &encoding, &insn);
    const char *missing = cause == CAUSE_ILLEGAL && fetched ? vm_op_optional_extension(insn.op) : 0;
    if (missing != 0) {
        vm->fault = (struct vm_fault){.cause = VM_FAULT_ILLEGAL_INSTRUCTION, .pc = vm->pc,
                                      .insn = encoding, .hart_lacks = missing};
        vm->state = VM_STATE_ERRORED;
        *exit = VM_EXIT_FAULT;
        return true;
    }
    interpreter_ready(vm);
    uint64_t pc = vm->pc;
    *exit = vm_step(vm);
    KERNEL_ASSERT(*exit != VM_EXIT_ECALL && *exit != VM_EXIT_HALTED);
    if (*exit != VM_EXIT_STEP) return true;
    bool counter_read = cause == CAUSE_ILLEGAL && fetched && insn.op >= OP_CSRRW && insn.op <= OP_CSRRCI;
    if (!counter_read) log_disagreement(vm, cause, pc);
    return false;
}

/* ---- the run ---- */

/* The firmware's instructions the hart counted in the trap that ended the last run: none for
 * what OpenSBI delegates; a counter read's measured path (exact); else an estimate, from then
 * on (the path depends on what OpenSBI made of the instruction). */
static uint64_t trap_firmware(struct vm *vm, uint64_t cause) {
    if (!through_firmware(cause)) return 0;
    int counter = cause == CAUSE_ILLEGAL ? counter_read(vm) : -1;
    if (counter >= 0 && native.counter_path[counter] != 0) return native.counter_path[counter];
    vm->instret_estimated = true;
    return native.firmware_path;
}

/* Runs the guest once, for a slice of `ticks`, to its next trap: true with *exit when
 * native_run returns it. */
static bool run_once(struct vm *vm, const struct vm_host *host, uint64_t ticks, enum vm_exit *exit) {
    to_frame(vm);
    arm_timer(ticks);
    if (native.first_entry_ticks == 0) native.first_entry_ticks = clock_ticks();
    enter_guest(vm);
    uint64_t cause = native.frame.scause;
    from_frame(vm);
    count_run(vm, cause, trap_firmware(vm, cause));
    if ((cause & SCAUSE_INTERRUPT) != 0) {
        KERNEL_ASSERT((cause & ~SCAUSE_INTERRUPT) == INTERRUPT_SUPERVISOR_TIMER);
        /* A signal from outside: delivered here, between two instructions; the run loop goes on
         * (VM_EXIT_STEP), the guest in its handler, or ends it if the signal killed the guest. */
        if (host->poll != 0 && vm_poll_host(vm, host)) {
            *exit = VM_EXIT_STEP;
            return true;
        }
        return false;
    }
    if (cause == CAUSE_USER_ECALL) {
        if (vm->instret >= vm->budget) { /* an estimate ran out before it: it does not retire */
            *exit = budget_exhausted(vm);
            return true;
        }
        vm->pc += 4;
        vm->instret++; /* an ecall retires, as in the interpreter */
        *exit = VM_EXIT_ECALL;
        return true;
    }
    return exception(vm, cause, exit);
}

enum vm_exit native_run(struct vm *vm, const struct vm_host *host) {
    KERNEL_ASSERT(native.ready && vm->state == VM_STATE_RUNNING);
    KERNEL_ASSERT(vm->instret <= vm->budget && vm->x[0] == 0);
    if (native.kind != COUNT_EXACT) vm->instret_estimated = true;
    /* Bounded: a pass that does not return retired instructions (a slice is many ticks long; an
     * instruction the interpreter ran counts one), so at most a pass per instruction left, with
     * room for the odd slice the timer ended before the guest began. */
    uint64_t passes = 2 * (vm->budget - vm->instret) + 16;
    for (uint64_t pass = 0; pass < passes; pass++) {
        if (vm->instret >= vm->budget) return budget_exhausted(vm);
        uint64_t ticks = slice_ticks(vm, host);
        if (ticks == 0) { /* exact, and the budget's end is near: the interpreter stops there */
            interpreter_ready(vm);
            return vm_run(vm);
        }
        sync_page_tables(vm);
        enum vm_exit exit;
        if (run_once(vm, host, ticks, &exit)) return exit;
    }
    panic("native engine: no progress");
}
