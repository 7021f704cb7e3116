/* SPDX-License-Identifier: MIT */
/* The other harts: the kernel runs on the one that won OpenSBI's lottery; every other hart the
 * device tree lists is started through SBI HSM into a parking loop (boot/entry.S), so the
 * machine's state is known and no hart is left running firmware code it was not meant to. */
#ifndef BASIN_HARTS_H
#define BASIN_HARTS_H

#include <stdint.h>

/* Parks every other hart and prints one line saying what happened. */
void harts_park_others(uint64_t boot_hart, uintptr_t dtb);

#endif
