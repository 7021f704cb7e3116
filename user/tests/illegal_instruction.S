/* SPDX-License-Identifier: MIT */
/* Executes the all-zero encoding, which the ISA defines as illegal. */
    .section .text.start, "ax", @progbits
    .globl _start, fault_pc
_start:
    li      a0, 1
fault_pc:
    .word   0x00000000
