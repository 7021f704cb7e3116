/* SPDX-License-Identifier: MIT */
/* Calls into OpenSBI (SBI v1.0 specification). */
#ifndef BASIN_SBI_H
#define BASIN_SBI_H

#include <stdbool.h>
#include <stdint.h>

void sbi_console_putchar(char c);
/* The next byte typed on the console, or -1 when none is waiting. */
int sbi_console_getchar(void);
bool sbi_probe_extension(long extension_id);
/* System Reset extension: returns only if the call failed or SRST is absent. */
void sbi_system_reset(bool failure);

/* Hart State Management: whether the extension is there; start a stopped hart at a physical
 * address (S-mode, MMU off, a0 = its hart id, a1 = opaque): 0 or a negative SBI error; a hart's
 * state (0 started, 1 stopped, 2 start pending, ...) or a negative SBI error. */
bool sbi_hsm_available(void);

/* Timer: the supervisor timer interrupt becomes pending when the time CSR reaches `when` (and
 * stops being pending as the call returns): the TIME extension, or the legacy call without it. */
void sbi_set_timer(uint64_t when);
long sbi_hart_start(uint64_t hart_id, uintptr_t start_address, uint64_t opaque);
long sbi_hart_status(uint64_t hart_id);

#endif
