/* SPDX-License-Identifier: MIT */
/* Every address and size the kernel relies on, in one place. linker.ld defines the regions;
 * the constants here must match it (kernel/main.c checks the guest memory size at boot). */
#ifndef BASIN_MEMLAYOUT_H
#define BASIN_MEMLAYOUT_H

/* The image's base address depends on the board (boot/boards/BOARD.mk, linker.ld): the kernel
 * finds where it runs from the linker's symbols and where RAM is from the device tree. */
#define MAX_HARTS 8
#define HART_STACK_SIZE 0x4000       /* 16 KiB, per hart */
#define GUARD_SIZE 0x1000            /* a guard page below each stack and around guest memory */
#define HART_SLOT_SIZE (GUARD_SIZE + HART_STACK_SIZE) /* one hart's guard and stack */

#ifndef __ASSEMBLER__
#include <stdint.h>

/* Symbols from linker.ld: only their addresses mean anything. */
extern uint8_t __image_start[], __image_end[], __bss_start[], __bss_end[];
extern uint8_t __guest_memory_start[], __guest_memory_end[];
extern uint8_t __hart_stacks_start[], __hart_stacks_end[];
extern uint8_t __guest_guard_below[], __guest_guard_above[], __trap_guard[];
extern uint8_t __text_start[], __rodata_end[];
#endif

#endif
