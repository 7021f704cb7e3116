/* SPDX-License-Identifier: MIT */
/* The kernel's Sv39 page tables: static, reserved in linker.ld (.page_tables), no allocator.
 * The kernel runs translated with identity mappings, page by page over its image (code
 * read-execute, read-only data read-only, the rest read-write, every guard page unmapped), and
 * never with U=1: SUM stays clear, so the kernel cannot touch a user page by mistake either. The
 * guest's window, virtual 0 to GUEST_MEMORY_SIZE, is unmapped until the native engine opens it
 * and fills it from the VM's page map. */
#ifndef BASIN_SV39_H
#define BASIN_SV39_H

#include <stdbool.h>
#include <stdint.h>

/* Builds the kernel's tables and turns translation on (panics on a hart without Sv39). */
void sv39_init(void);

/* Turns translation off, for the last steps of power-off (devices may lie in the guest's window). */
void sv39_off(void);

/* The guard page `address` lies in, named ("the guard page above guest memory", "hart 2's stack
 * guard page"), or 0. */
const char *sv39_guard_name(uint64_t address);

/* Walks the tables: true when every guard page is unmapped, no kernel page is U=1 and
 * sstatus.SUM is clear. */
bool sv39_verify(void);

/* The guest's window: opened (every page unmapped until set), its pages set from VM_PROT_* bits
 * (U=1 with R, W, X as given; 0 unmaps), then sv39_guest_fence before the guest runs again. */
void sv39_guest_open(void);
void sv39_guest_set(uint64_t page, unsigned prot);
void sv39_guest_fence(void);

#endif
