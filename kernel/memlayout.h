/* SPDX-License-Identifier: MIT */
/* Every size the kernel's image layout is made of, in one place: the C code and boot/entry.S
 * include this file, and so does linker.ld, which the Makefile runs through the C preprocessor
 * (build/linker.ld) before linking. Change a size here and the linked image, the boot code, the
 * integrity check and the image tests (tests/run.sh) all follow. So the values must be plain
 * integer expressions that C, the assembler and GNU ld all read the same way: no type suffixes,
 * no casts. */
#ifndef BASIN_MEMLAYOUT_H
#define BASIN_MEMLAYOUT_H

/* The image's base address depends on the board (boot/boards/BOARD.mk, linker.ld): the kernel
 * finds where it runs from the linker's symbols and where RAM is from the device tree. */
#define MAX_HARTS 8
#define HART_STACK_SIZE 0x4000       /* 16 KiB, per hart */
#define TRAP_STACK_SIZE 0x1000       /* used only by the panic path */
#define GUARD_SIZE 0x1000            /* a guard page below each stack and around guest memory */
#define HART_SLOT_SIZE (GUARD_SIZE + HART_STACK_SIZE) /* one hart's guard and stack */
#define GUEST_MEMORY_SIZE 0x400000   /* the VM's 4 MiB: VM_MEMORY_SIZE (checked below) */
#define IMAGE_SPAN 0x2000000         /* 32 MiB: on QEMU virt fw_jump puts the device tree after it */

/* The Sv39 page tables (kernel/sv39.c), reserved in linker.ld: the root, the level-1 tables of
 * the first GiB (devices, and the guest's window at 0) and of the GiB the image runs in, a
 * level-0 table per 2 MiB of the image's span (its pages one by one, guard pages unmapped) and
 * per 2 MiB of guest memory (the guest's view, for the native engine). */
#define MEGAPAGE_SIZE 0x200000
#define PAGE_TABLE_PAGES (3 + IMAGE_SPAN / MEGAPAGE_SIZE + GUEST_MEMORY_SIZE / MEGAPAGE_SIZE)

#ifndef __ASSEMBLER__
#include <stdint.h>

#include "../vm/vm.h"

_Static_assert(GUEST_MEMORY_SIZE == VM_MEMORY_SIZE, "linker.ld reserves the VM's guest memory");

/* Symbols from linker.ld: only their addresses mean anything. */
extern uint8_t __image_start[], __image_end[], __bss_start[], __bss_end[];
extern uint8_t __guest_memory_start[], __guest_memory_end[];
extern uint8_t __hart_stacks_start[], __hart_stacks_end[];
extern uint8_t __guest_guard_below[], __guest_guard_above[], __trap_guard[];
extern uint8_t __text_start[], __rodata_start[], __rodata_end[], __data_start[];
extern uint8_t __page_tables_start[], __page_tables_end[], __trap_stack_start[], __trap_stack_end[];
#endif

#endif
