/* SPDX-License-Identifier: MIT */
/* A brk storm: the program break moved up by 3 MiB (the new memory zeroed) and back down, over
 * and over. The budget ends it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    li      a0, 0
    li      a7, 214             /* brk(0): the current break */
    ecall
    mv      s0, a0
    li      t0, 3 << 20
    add     s1, s0, t0
storm:
    mv      a0, s1
    li      a7, 214             /* up */
    ecall
    mv      a0, s0
    li      a7, 214             /* down */
    ecall
    j       storm
