/* SPDX-License-Identifier: MIT */
/* Loads from the first byte past the 4 MiB of guest memory. */
    .section .text.start, "ax", @progbits
    .globl _start, fault_pc
_start:
    li      t0, 0x400000
fault_pc:
    ld      t1, 0(t0)
