/* SPDX-License-Identifier: MIT */
/* Never stops: only the instruction budget ends it. */
    .section .text.start, "ax", @progbits
    .globl _start, loop_pc, loop_jump
_start:
    li      t0, 0
loop_pc:
    addi    t0, t0, 1
loop_jump:
    j       loop_pc
