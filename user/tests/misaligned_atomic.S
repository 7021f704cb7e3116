/* SPDX-License-Identifier: MIT */
/* An atomic on an address that is not naturally aligned: Linux gives user programs misaligned
 * loads and stores, but not misaligned atomics (SIGBUS), and neither does Basin. */
    .section .text.start, "ax", @progbits
    .globl _start, fault_pc
_start:
    lla     t0, word
    addi    t0, t0, 2
    li      t1, 1
fault_pc:
    amoadd.w t2, t1, (t0)
    .data
    .balign 8
word:
    .dword  0
