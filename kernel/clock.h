/* SPDX-License-Identifier: MIT */
/* Time for the guest's clocks: the hart's time CSR at the device tree's timebase-frequency, and
 * the wall clock from QEMU's Goldfish RTC when the tree has one. */
#ifndef BASIN_CLOCK_H
#define BASIN_CLOCK_H

#include <stdbool.h>
#include <stdint.h>

/* Reads the timebase and the RTC; returns the timebase in Hz (0 when the tree has none: then
 * the clocks read 0). */
uint64_t clock_init(uintptr_t dtb);

/* Nanoseconds since boot (monotonic) or since the epoch (realtime; since boot without an RTC). */
uint64_t clock_ns(bool monotonic);

/* Nanoseconds since boot for bounding waits: the time CSR, at an assumed 10 MHz when the tree
 * gives no timebase (clock_ns then reads 0). */
uint64_t clock_wait_ns(void);

/* The time CSR's frequency in Hz: the device tree's, or the assumed 10 MHz without one. */
uint64_t clock_timebase_hz(void);

/* The time CSR itself. */
uint64_t clock_ticks(void);

#endif
