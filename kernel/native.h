/* SPDX-License-Identifier: MIT */
/* The native engine: the guest runs on the hart itself, in U-mode, under the Sv39 window that
 * maps its 4 MiB exactly as the VM's page map says (sv39.c), and the kernel takes every trap
 * (trap.S). It keeps the interpreter's contract (vm_run: run until an exit reason) and serves
 * the same struct vm, so vm_run_guest's system calls, signals, halting line and work charging
 * are shared; it is vm_host.run. */
#ifndef BASIN_NATIVE_H
#define BASIN_NATIVE_H

#include <stddef.h>
#include <stdint.h>

#include "../vm/syscall.h"
#include "../vm/vm.h"

/* What trap.S saves and loads: the guest's registers while the kernel runs, the kernel's sp
 * while the guest runs, and the counter read at both ends of the guest's run. */
struct native_frame {
    uint64_t x[32];          /* the guest's x1-x31 (x[0] unused) */
    uint64_t pc;             /* where the guest resumes; after a trap, sepc */
    uint64_t kernel_sp;
    uint64_t count_at_entry; /* instret just before sret */
    uint64_t count_at_trap;  /* instret just after the trap */
    uint64_t scause;
    uint64_t stval;
};
_Static_assert(offsetof(struct native_frame, pc) == 256 && offsetof(struct native_frame, kernel_sp) == 264 &&
               offsetof(struct native_frame, count_at_entry) == 272 &&
               offsetof(struct native_frame, count_at_trap) == 280 &&
               offsetof(struct native_frame, scause) == 288 && offsetof(struct native_frame, stval) == 296,
               "trap.S's FRAME_* offsets");

/* trap.S */
void native_enter(struct native_frame *frame);
int kernel_probe_stimecmp(void);
uint64_t native_count_loop(uint64_t iterations, uint64_t *ticks);
uint64_t native_count_flush_loop(uint64_t iterations, uint64_t *ticks);
void native_fp_load(const uint64_t f[32], uint64_t fcsr);
uint64_t native_fp_save(uint64_t f[32]);

/* Sets the engine up on this hart for the loaded guest (after sv39_init): which timer (Sstc or
 * SBI), whether the hart's instret counts instructions exactly (a loop) and the kernel's
 * instructions around a trap (two probes into the guest's window: the null page, the
 * signal-return page's ecall), once a boot; prints, for every program it runs, one "kernel:
 * native engine: ..." line saying what it found. */
void native_init(struct vm *vm);

/* vm_host.run: runs the guest until its next exit reason, as vm_run does. */
enum vm_exit native_run(struct vm *vm, const struct vm_host *host);

/* After the run: the timer and its interrupt off. */
void native_stop(void);

/* The time CSR when the guest's first instruction ran (0 before). */
uint64_t native_first_entry_ticks(void);

#endif
