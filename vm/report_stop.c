/* SPDX-License-Identifier: MIT */
/* vm_report_stop: the one path by which the kernel and basin-run report a stopped guest, so both
 * print the same lines: the halting line (report.c), then what helps find the cause. */
#include "fmt.h"
#include "report.h"
#include "syscall.h"
#include "vm_assert.h"

enum { REGISTERS_PER_LINE = 4, DETAIL_LINE_MAX = 128 };

/* The psABI's names; slot 0 shows pc, since x0 is always zero. */
static const char *const register_names[32] = {
    "pc", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0",
    "a1", "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5",
    "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

/* "regs: pc=0x0000000000010094 ra=0x... sp=0x... gp=0x...", then tp-t2, and so on to t3-t6. */
static void report_registers(const struct vm *vm, const struct vm_host *host) {
    char line[DETAIL_LINE_MAX];
    struct fmt f;
    for (unsigned first = 0; first < 32; first += REGISTERS_PER_LINE) {
        fmt_init(&f, line, sizeof line);
        fmt_str(&f, "regs:");
        for (unsigned r = first; r < first + REGISTERS_PER_LINE; r++) {
            fmt_str(&f, " ");
            fmt_str(&f, register_names[r]);
            fmt_str(&f, "=");
            fmt_hex_width(&f, r == 0 ? vm->pc : vm->x[r], 16);
        }
        VM_ASSERT(f.length + 1 < sizeof line); /* nothing was cut */
        host->log(host->context, line);
    }
}

/* A load, store or atomic that faulted in the gap just below the stack region: the stack grew
 * past its 256 KiB (an atomic's fault is a load or store access fault too). */
static bool stack_overflowed(const struct vm *vm) {
    if (vm->state != VM_STATE_ERRORED) return false;
    if (vm->fault.cause != VM_FAULT_LOAD_ACCESS && vm->fault.cause != VM_FAULT_STORE_ACCESS)
        return false;
    return vm->fault.addr >= VM_STACK_GUARD_BOTTOM && vm->fault.addr < VM_STACK_BOTTOM;
}

/* "fault: stack overflow: addr 0x3bfff8 is below the stack (0x3c0000-0x3fffff), sp=0x3bff80" */
static void report_stack_overflow(const struct vm *vm, const struct vm_host *host) {
    VM_ASSERT(stack_overflowed(vm));
    char line[DETAIL_LINE_MAX];
    struct fmt f;
    fmt_init(&f, line, sizeof line);
    fmt_str(&f, "fault: stack overflow: addr ");
    fmt_hex(&f, vm->fault.addr);
    fmt_str(&f, " is below the stack (");
    fmt_hex(&f, VM_STACK_BOTTOM);
    fmt_str(&f, "-");
    fmt_hex(&f, VM_MEMORY_SIZE - 1);
    fmt_str(&f, "), sp=");
    fmt_hex(&f, vm->x[VM_REG_SP]);
    VM_ASSERT(f.length + 1 < sizeof line);
    host->log(host->context, line);
}

void vm_report_stop(const struct vm *vm, const struct vm_host *host) {
    VM_ASSERT(vm->state != VM_STATE_RUNNING);
    VM_ASSERT(host != 0 && host->log != 0);
    char line[VM_HALTING_LINE_MAX];
    vm_halting_line(vm, line, sizeof line);
    host->log(host->context, line);
    /* An exit needs no explaining; a fault or a runaway loop is found from where it stood. */
    if (vm->state == VM_STATE_HALTED) return;
    if (stack_overflowed(vm)) report_stack_overflow(vm, host);
    report_registers(vm, host);
}
