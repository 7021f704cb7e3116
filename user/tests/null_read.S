/* SPDX-License-Identifier: MIT */
/* Reads through a null pointer: the first page is never accessible. */
    .section .text.start, "ax", @progbits
    .globl _start, fault_pc
_start:
    li      t0, 0
fault_pc:
    lw      t1, 0(t0)
