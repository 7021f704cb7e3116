/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the interpreter on arbitrary instruction streams and register states.
 *
 * Input layout (every field reads as zero past the end of the input):
 *   mode (1 byte)       bits 0-1: 0 vm_run_guest, 1 vm_run_guest with a trace host,
 *                       2 a vm_step loop, 3 both vm_run_guest and the vm_step loop, which
 *                       must end in the same state (the dispatch loop over decoded
 *                       instructions against the reference path, which decodes every
 *                       instruction from memory); bit 2: give the host a clock; bit 3: a process's
 *                       permissions (code pages R+X, DATA_PAGES above them R+W, the rest as
 *                       vm_init leaves it) instead of flat memory (every page but null RWX)
 *   code length (2)     bytes of code that follow, capped by what the input holds
 *   code                copied to guest CODE_BASE (the rest of memory stays zero)
 *   pc offset (2)       pc = CODE_BASE + 2 * offset (even, may lie past the code)
 *   fcsr (1)            fflags and frm, reserved rounding modes included
 *   x1..x31, f0..f31    one tag byte each, then the value it asks for (see read_x, read_f)
 * The registers come last so that short inputs are mostly code. */
#include "fuzz_common.h"
#include "memory_map.h"
#include "report.h"
#include "process.h"
#include "signals.h"

enum {
    CODE_BASE = 0x10000,
    RUN_BUDGET = 10000,  /* instructions per input: keeps every input fast */
    TRACE_BUDGET = 2000, /* tracing formats a line per instruction */
    DATA_PAGES = 16,
};

/* Integer registers are biased toward what makes loads, stores and jumps interesting: guest
 * addresses (near the code, anywhere, at the edges) and small numbers, not only raw values
 * that would almost always fault. */
static uint64_t read_x(struct fuzz_reader *r) {
    static const uint64_t edges[] = {0, 0xfff, 0x1000, 0x3ffff8, 0x3fffff, 0x400000,
                                     VM_STACK_BOTTOM, 0xfffffffffffffff8ull,
                                     0x8000000000000000ull, 0x7fffffffffffffffull};
    uint8_t tag = fuzz_u8(r);
    switch (tag % 6) {
    case 0: return 0;
    case 1: return (uint64_t)(int64_t)(int8_t)fuzz_u8(r);
    case 2: return CODE_BASE + (fuzz_bytes(r, 2) & ~(uint64_t)7);
    case 3: return VM_NULL_PAGE_SIZE + fuzz_bytes(r, 4) % (VM_MEMORY_SIZE - VM_NULL_PAGE_SIZE);
    case 4: return edges[(tag / 6) % (sizeof edges / sizeof edges[0])];
    default: return fuzz_u64(r);
    }
}

/* FP registers: a NaN-boxed single, an unboxed value, or a raw double. */
static uint64_t read_f(struct fuzz_reader *r) {
    uint8_t tag = fuzz_u8(r);
    switch (tag % 3) {
    case 0: return 0xffffffff00000000ull | fuzz_bytes(r, 4);
    case 1: return fuzz_bytes(r, 4);
    default: return fuzz_u64(r);
    }
}

/* Flat memory, or code read-execute with read-write data above it. */
static void set_permissions(struct vm *vm, size_t code_length, bool process) {
    if (!process) {
        vm_map_grant(vm, VM_NULL_PAGE_SIZE, VM_MEMORY_SIZE, VM_PROT_RWX);
        return;
    }
    uint64_t code_end = CODE_BASE + (code_length > 0 ? code_length : 1);
    uint64_t data_start = (code_end + VM_PAGE_SIZE - 1) & ~(uint64_t)(VM_PAGE_SIZE - 1);
    FUZZ_CHECK(vm_map_set_image(vm, CODE_BASE, data_start + DATA_PAGES * VM_PAGE_SIZE));
    vm_map_grant(vm, CODE_BASE, code_end, VM_PROT_READ | VM_PROT_EXEC);
    vm_map_grant(vm, data_start, data_start + DATA_PAGES * VM_PAGE_SIZE, VM_PROT_RW);
}

static void load_state(struct vm *vm, struct fuzz_reader *r, bool process) {
    size_t length = (size_t)fuzz_bytes(r, 2);
    if (length > r->size - r->at) length = r->size - r->at;
    memcpy(vm->memory + CODE_BASE, r->data + r->at, length);
    r->at += length;
    set_permissions(vm, length, process);
    vm->pc = CODE_BASE + 2 * fuzz_bytes(r, 2);
    uint8_t fcsr = fuzz_u8(r);
    vm->fflags = fcsr & 0x1f;
    vm->frm = fcsr >> 5;
    for (int i = 1; i < 32; i++) vm->x[i] = read_x(r);
    for (int i = 0; i < 32; i++) vm->f[i] = read_f(r);
}

/* What vm_run_guest does, one vm_step at a time: each step retires at most one instruction,
 * and may pay for taking a page of decoded slots back from other code; a fault whose signal has
 * a handler (installed by the guest's own rt_sigaction) is delivered and the guest runs on, as
 * in vm_run_guest. */
static void step_loop(struct vm *vm, const struct vm_host *host) {
    for (unsigned steps = 0; steps < RUN_BUDGET + 1; steps++) {
        uint64_t before = vm->instret;
        enum vm_exit exit = vm_step(vm);
        FUZZ_CHECK(vm->instret <= before + 1 + VM_CODE_EVICTION_COST);
        if (exit == VM_EXIT_STEP) continue;
        if (exit == VM_EXIT_FAULT && vm_signal_fault(vm)) continue;
        if (exit != VM_EXIT_ECALL) break;
        vm_syscall(vm, host);
        if (vm->state != VM_STATE_RUNNING) break;
    }
}

/* After any run: x0 is zero, the guest stopped for a reason that matches its state, and the
 * halting line fits. */
static void check_stopped(const struct vm *vm, bool stepped) {
    FUZZ_CHECK(vm->x[0] == 0);
    FUZZ_CHECK(vm->instret <= vm->budget);
    FUZZ_CHECK(vm->pc % 2 == 0);
    FUZZ_CHECK(vm->fflags <= 0x1f && vm->frm <= 7);
    if (!stepped) FUZZ_CHECK(vm->state != VM_STATE_RUNNING);
    if (vm->state == VM_STATE_ERRORED) FUZZ_CHECK(vm->fault.cause != VM_FAULT_NONE);
    if (vm->state == VM_STATE_BUDGET_EXHAUSTED) FUZZ_CHECK(vm->instret == vm->budget);
    char line[VM_HALTING_LINE_MAX];
    vm_halting_line(vm, line, sizeof line);
    FUZZ_CHECK(strlen(line) < sizeof line);
    int status = vm_exit_status(vm);
    FUZZ_CHECK(status >= 0 && status <= 255);
}

/* What mode 3 compares: everything an instruction can change. */
struct outcome {
    uint64_t x[32], f[32], pc, instret;
    uint32_t fflags, frm, exit_status;
    enum vm_state state;
    struct vm_fault fault;
};
static uint8_t memory_after_run[VM_MEMORY_SIZE];

static void record(const struct vm *vm, struct outcome *out) {
    memset(out, 0, sizeof *out);
    memcpy(out->x, vm->x, sizeof out->x);
    memcpy(out->f, vm->f, sizeof out->f);
    out->pc = vm->pc;
    out->instret = vm->instret;
    out->fflags = vm->fflags;
    out->frm = vm->frm;
    out->exit_status = vm->exit_status;
    out->state = vm->state;
    out->fault = vm->fault;
}

/* Sets up the input's state; true when vm_step is to run it. */
static bool start(const uint8_t *data, size_t size, struct vm_host *host, uint64_t *clock,
                  bool stepped) {
    struct fuzz_reader r = {data, size, 0};
    uint8_t mode = fuzz_u8(&r);
    bool trace = (mode & 3) == 1;
    struct vm *vm = &fuzz_vm;
    vm_init(vm, fuzz_memory, sizeof fuzz_memory, trace ? TRACE_BUDGET : RUN_BUDGET);
    vm_process_init(vm, VM_DEFAULT_SEED, VM_DEFAULT_OUTPUT_LIMIT);
    load_state(vm, &r, (mode & 8) != 0);
    *clock = 0x123456789ull;
    *host = (struct vm_host){.context = clock, .write = fuzz_host_write, .read = fuzz_host_read,
                             .clock_ns = (mode & 4) ? fuzz_host_clock : 0,
                             .log = fuzz_host_log, .trace = trace ? fuzz_host_trace : 0};
    return stepped || (mode & 3) == 2;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct vm *vm = &fuzz_vm;
    struct vm_host host;
    uint64_t clock;
    bool both = size > 0 && (data[0] & 3) == 3;
    bool stepped = start(data, size, &host, &clock, false);
    if (stepped)
        step_loop(vm, &host);
    else
        vm_run_guest(vm, &host);
    check_stopped(vm, stepped);
    if (!both) return 0;
    struct outcome run, step;
    record(vm, &run);
    memcpy(memory_after_run, fuzz_memory, sizeof memory_after_run);
    start(data, size, &host, &clock, true);
    step_loop(vm, &host);
    record(vm, &step);
    FUZZ_CHECK(memcmp(&run, &step, sizeof run) == 0);
    FUZZ_CHECK(memcmp(memory_after_run, fuzz_memory, sizeof memory_after_run) == 0);
    return 0;
}
