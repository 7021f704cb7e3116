/* SPDX-License-Identifier: MIT */
/* Stops at a breakpoint. */
    .section .text.start, "ax", @progbits
    .globl _start, fault_pc
_start:
    li      a0, 7
fault_pc:
    ebreak
