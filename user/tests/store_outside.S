/* SPDX-License-Identifier: MIT */
/* Stores 8 bytes at 0x3ffffc: the first four are guest memory, the rest are not. */
    .section .text.start, "ax", @progbits
    .globl _start, fault_pc
_start:
    li      t0, 0x3ffffc
    li      t1, -1
fault_pc:
    sd      t1, 0(t0)
