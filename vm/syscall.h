/* The guest system-call layer (Linux riscv64 ABI) and the one run loop that the kernel and the
 * host runner share, so both behave identically. The embedder supplies only its output. */
#ifndef BASIN_SYSCALL_H
#define BASIN_SYSCALL_H

#include <stddef.h>
#include <stdint.h>

#include "vm.h"

/* Linux riscv64 numbers (asm-generic/unistd.h) and errno values. */
enum {
    SYS_WRITE = 64, SYS_EXIT = 93, SYS_EXIT_GROUP = 94,
    VM_EBADF = 9, VM_EFAULT = 14, VM_ENOSYS = 38,
};

struct vm_host {
    void *context;
    /* Guest output on fd 1 or 2; bytes are valid guest memory. */
    void (*write)(void *context, int fd, const uint8_t *bytes, size_t length);
    /* One diagnostic line, without its newline. */
    void (*log)(void *context, const char *line);
    /* Optional: called before each instruction with "pc: encoding  disassembly"; when set, the
     * guest runs one instruction at a time. */
    void (*trace)(void *context, const char *line);
};

/* Handles the system call the guest just made (after VM_EXIT_ECALL): result in a0. */
void vm_syscall(struct vm *vm, const struct vm_host *host);

/* Runs the guest until it halts, faults or exhausts its budget; returns the final state. */
enum vm_state vm_run_guest(struct vm *vm, const struct vm_host *host);

#endif
