/* SPDX-License-Identifier: MIT */
/* Stopping the machine with a status QEMU passes on as its own exit status. */
#ifndef BASIN_POWER_H
#define BASIN_POWER_H

#include <stdint.h>

enum {
    POWER_STATUS_PANIC = 125,      /* the kernel itself failed */
    POWER_STATUS_LOAD_FAILED = 126, /* the embedded program could not be loaded ("cannot execute") */
};

/* Finds QEMU's test finisher in the device tree; without one, power_exit falls back to SRST.
 * Returns the finisher's address, or 0. */
uint64_t power_init(uintptr_t dtb);

/* Powers off with status 0-255 (0 = success). Never returns. */
_Noreturn void power_exit(int status);

#endif
