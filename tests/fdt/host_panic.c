/* SPDX-License-Identifier: MIT */
/* panic.h's functions for host builds of kernel code (the fdt unit tests and the fdt fuzzer): a
 * failed KERNEL_ASSERT or a panic prints what the kernel would print and aborts, so that the test
 * run fails loudly and libFuzzer keeps the input. */
#include <stdio.h>
#include <stdlib.h>

#include "panic.h"

_Noreturn void panic(const char *reason) {
    fprintf(stderr, "kernel panic: %s\n", reason);
    fflush(stderr);
    abort();
}

_Noreturn void panic_assert(const char *expression, const char *file, int line) {
    fprintf(stderr, "kernel panic: assertion failed: %s at %s:%d\n", expression, file, line);
    fflush(stderr);
    abort();
}
