/* SPDX-License-Identifier: MIT */
/* The guest system-call layer (Linux riscv64 ABI) and the one run loop that the kernel and the
 * host runner share, so both behave identically. The embedder supplies only its input, output
 * and clock. The table of calls and what Basin does for each: README.md ("System calls"); the
 * design: vm/README.md. */
#ifndef BASIN_SYSCALL_H
#define BASIN_SYSCALL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm.h"

struct gdb_stub;

/* In what vm_host.poll returns: the signal came from a terminal (si_code SI_KERNEL, as Linux's
 * tty sends Ctrl-C's SIGINT), not from a process (SI_USER, si_pid 0: outside the guest's world). */
#define VM_SIGNAL_FROM_TERMINAL 0x100u

struct vm_host {
    void *context;
    /* Guest output on fd 1 or 2; bytes are valid guest memory. */
    void (*write)(void *context, int fd, const uint8_t *bytes, size_t length);
    /* Optional: reads guest fd 0 into bytes (at most length, at least 1): the count, 0 at the end
     * of input, or a negative errno; -LINUX_ERESTARTSYS when a signal from outside interrupted
     * it before any byte came (poll then returns that signal). Without it fd 0 is always at its
     * end. */
    int64_t (*read)(void *context, uint8_t *bytes, size_t length);
    /* Optional: nanoseconds since the epoch (realtime) or since an arbitrary start (monotonic).
     * Without it the clocks are deterministic: one nanosecond per retired instruction. */
    uint64_t (*clock_ns)(void *context, bool monotonic);
    /* One diagnostic line, without its newline. */
    void (*log)(void *context, const char *line);
    /* Optional: called before each instruction with "pc: encoding  disassembly"; when set, the
     * guest runs one instruction at a time. */
    void (*trace)(void *context, const char *line);
    /* Optional: called after every poll_interval retired instructions of a long stretch without
     * system calls (the kernel drains typed console input then, so that none is lost), and when
     * read was interrupted (it returned -LINUX_ERESTARTSYS). Returns a signal sent to the guest
     * from outside it since the last call (basin-run passes on its own SIGINT, SIGTERM, SIGHUP,
     * SIGQUIT), with VM_SIGNAL_FROM_TERMINAL when a terminal sent it (Ctrl-C), else 0: the run
     * loop delivers it there, between two instructions, as Linux delivers an asynchronous signal
     * (vm_poll_host). */
    uint32_t (*poll)(void *context);
    uint64_t poll_interval;
    /* Optional: the engine that runs the guest until its next exit reason, with vm_run's
     * contract (an ecall retired and pc past it, a fault recorded, the budget reached, state set
     * as vm_run sets it; or VM_EXIT_STEP after vm_poll_host took a signal), instead of the
     * interpreter: the kernel's native engine (kernel/native.c), which runs the guest on the hart
     * and polls itself. Never with
     * trace or debugger, which step the interpreter. */
    enum vm_exit (*run)(struct vm *vm, const struct vm_host *host);
    /* Optional: a GDB stub (gdbstub.h). The guest then runs under the debugger: the stub stops
     * it at its entry, breakpoints, watchpoints, steps, Ctrl-C, faults and fatal signals, and
     * serves gdb meanwhile; the interpreter runs it (vm_step, or vm_run in slices when nothing
     * is watched), whatever else is set here (trace and poll are not used). */
    struct gdb_stub *debugger;
};

/* Handles the system call the guest just made (after VM_EXIT_ECALL): result in a0. */
void vm_syscall(struct vm *vm, const struct vm_host *host);

/* Calls host->poll and delivers the signal it returns, if any (the guest then runs on in its
 * handler, or was killed, or ignores it): true when there was one. Only between instructions, with
 * the guest running; the kernel's native engine calls it as the run loop does. */
bool vm_poll_host(struct vm *vm, const struct vm_host *host);

/* Runs the guest until it halts, faults or exhausts its budget; returns the final state. */
enum vm_state vm_run_guest(struct vm *vm, const struct vm_host *host);

/* The name of a system call Basin implements, or NULL. */
const char *vm_syscall_name(uint64_t number);

#endif
