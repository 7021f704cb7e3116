/* SPDX-License-Identifier: MIT */
/* Writes one byte at a time forever: only the instruction budget ends it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    li      a7, 64
flood:
    li      a0, 1
    lla     a1, byte
    li      a2, 1
    ecall
    j       flood
    .data
byte:
    .byte   '.'
