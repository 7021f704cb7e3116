/* SPDX-License-Identifier: MIT */
/* The kernel checks that no guest, however hostile, touched its memory: a checksum of its code
 * and read-only data taken at boot, and its page tables: every guard page (around guest memory,
 * below every stack) still unmapped, so that a stray access or a stack overflow traps at once
 * (kernel/sv39.c), and no kernel page user-accessible. */
#ifndef BASIN_INTEGRITY_H
#define BASIN_INTEGRITY_H

#include <stdint.h>

/* Takes the checksum; call once, at boot. */
void integrity_init(void);

/* Checks everything again; prints "kernel: integrity ok ..." or panics naming what changed. */
void integrity_verify(void);

#endif
