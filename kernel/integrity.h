/* SPDX-License-Identifier: MIT */
/* The kernel checks that no guest, however hostile, touched its memory: a checksum of its code
 * and read-only data taken at boot, and guard pages around guest memory and below every stack
 * (a stack overflow lands in its guard page). */
#ifndef BASIN_INTEGRITY_H
#define BASIN_INTEGRITY_H

#include <stdint.h>

/* Fills the guard pages and takes the checksum; call once, after .bss is zeroed. */
void integrity_init(void);

/* Checks everything again; prints "kernel: integrity ok ..." or panics naming what changed. */
void integrity_verify(void);

#endif
