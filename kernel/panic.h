/* SPDX-License-Identifier: MIT */
/* Stopping the kernel when something is wrong with the kernel itself. */
#ifndef BASIN_PANIC_H
#define BASIN_PANIC_H

#include <stdint.h>

/* Prints "kernel panic: <reason>" and powers off with POWER_STATUS_PANIC. */
_Noreturn void panic(const char *reason);

/* The trap handler boot/entry.S calls for any trap taken in the kernel. */
_Noreturn void kernel_trap(uint64_t scause, uint64_t sepc, uint64_t stval);

#define KERNEL_ASSERT(expression) \
    ((expression) ? (void)0 : panic_assert(#expression, __FILE__, __LINE__))
_Noreturn void panic_assert(const char *expression, const char *file, int line);

#endif
