/* SPDX-License-Identifier: MIT */
/* How a guest stopped, in the one halting line both the kernel and the host runner print (and
 * the detail lines after it), and as a process exit status. */
#ifndef BASIN_REPORT_H
#define BASIN_REPORT_H

#include <stddef.h>

#include "vm.h"

/* Room for the longest line: a 64-bit pc with a symbol name cut at VM_SYMBOL_NAME_SHOWN. */
#define VM_HALTING_LINE_MAX 256u

/* Process statuses for runs that end without exit(): 128 + the signal Linux would deliver. */
enum {
    VM_STATUS_SIGILL = 128 + 4,
    VM_STATUS_SIGTRAP = 128 + 5,
    VM_STATUS_SIGBUS = 128 + 7,
    VM_STATUS_SIGSEGV = 128 + 11,
    VM_STATUS_SIGXCPU = 128 + 24,
    VM_STATUS_LOAD_FAILED = 126, /* as a shell reports a file it cannot execute */
};

/* Writes e.g. "vm: halted exit=0 instret=48211" (no newline) into buffer. */
void vm_halting_line(const struct vm *vm, char *buffer, size_t capacity);

struct vm_host;

/* Everything the kernel and basin-run print when a guest has stopped, each line through
 * host->log: the halting line; then, unless the guest exited, a "fault: stack overflow: ..."
 * line when it faulted just below the stack, and the registers on 8 lines starting "regs: "
 * (pc and x1-x31 by ABI name, 16 hex digits, 4 to a line). Only the halting line starts with
 * "vm: ". */
void vm_report_stop(const struct vm *vm, const struct vm_host *host);

/* Writes the halting line of a program the loader refused, e.g. "vm: load-failed
 * error=bad-magic (not an ELF file)" (no newline): error is the loader's error name
 * (vm_elf_error_name, or "no-stack-room"), message says it in words. The status is
 * VM_STATUS_LOAD_FAILED. */
void vm_load_failed_line(const char *error, const char *message, char *buffer, size_t capacity);

/* 0-255: the exit status for a halted guest, 128 + signal otherwise. */
int vm_exit_status(const struct vm *vm);

const char *vm_fault_name(enum vm_fault_cause cause);

/* Appends a signal's name: SIGHUP to SIGSYS for 1-31, SIGRTMIN+n for 32 + n (the kernel's
 * SIGRTMIN, 32). */
struct fmt;
void vm_format_signal(struct fmt *f, unsigned signal);

#endif
