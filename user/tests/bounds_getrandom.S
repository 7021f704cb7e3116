/* SPDX-License-Identifier: MIT */
/* A getrandom storm: 3 MiB of random bytes a call, over and over, until the budget ends it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    lla     s0, buffer
    li      s1, 3 << 20
storm:
    mv      a0, s0
    mv      a1, s1
    li      a2, 0
    li      a7, 278             /* getrandom */
    ecall
    j       storm

    .bss
    .balign 4096
buffer:
    .space  3 << 20
