/* SPDX-License-Identifier: MIT */
/* Linux signals for the one guest process (signal.c): the system calls that set actions, masks
 * and the alternate stack, send signals to the process itself and return from handlers, signals
 * from outside (the host's, vm_poll_host), and the points where signals are delivered, all at
 * exits of vm_run: when a system call returns (vm_syscall), when an instruction faults
 * (vm_run_guest), and when the run loop polls the host. vm/README.md, "Signals",
 * says what is delivered when. */
#ifndef BASIN_SIGNALS_H
#define BASIN_SIGNALS_H

#include <stdbool.h>
#include <stdint.h>

#include "syscall.h"
#include "vm.h"

/* Every action SIG_DFL, nothing blocked or pending, no alternate stack (vm_init calls it). */
void vm_signals_init(struct vm *vm);

/* What vm_host.poll returned (a signal, maybe with VM_SIGNAL_FROM_TERMINAL) becomes pending:
 * si_code SI_KERNEL from a terminal, else SI_USER with si_pid 0. Delivered where the caller
 * delivers (vm_poll_host at once, vm_syscall as the interrupted call returns). */
void vm_signal_post_outside(struct vm *vm, uint32_t polled);

/* Delivers the pending signals that are not blocked, as Linux does on the way back to user
 * mode: a handler gets a frame (several nest, the last one delivered runs first), an ignored
 * signal is dropped, a fatal default action ends the run (VM_STATE_KILLED). */
void vm_signal_deliver(struct vm *vm);

/* After VM_EXIT_FAULT: when the fault's signal has a handler and is neither blocked nor
 * ignored, the guest runs on in that handler (true); its frame holds the faulting pc. Otherwise
 * false: the guest stays stopped by the fault, or was killed because its frame could not be
 * written. Charges the delivery's work to the budget, at least one unit. */
bool vm_signal_fault(struct vm *vm);

/* The system calls, as vm_syscall's table calls them. */
int64_t vm_sys_kill(struct vm *vm, const struct vm_host *host, const uint64_t *arg);
int64_t vm_sys_tkill(struct vm *vm, const struct vm_host *host, const uint64_t *arg);
int64_t vm_sys_tgkill(struct vm *vm, const struct vm_host *host, const uint64_t *arg);
int64_t vm_sys_sigaltstack(struct vm *vm, const struct vm_host *host, const uint64_t *arg);
int64_t vm_sys_rt_sigaction(struct vm *vm, const struct vm_host *host, const uint64_t *arg);
int64_t vm_sys_rt_sigprocmask(struct vm *vm, const struct vm_host *host, const uint64_t *arg);
int64_t vm_sys_rt_sigpending(struct vm *vm, const struct vm_host *host, const uint64_t *arg);
int64_t vm_sys_rt_sigreturn(struct vm *vm, const struct vm_host *host, const uint64_t *arg);

#endif
