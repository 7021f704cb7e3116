/* SPDX-License-Identifier: MIT */
/* A clock storm: clock_gettime(CLOCK_MONOTONIC) over and over, each call a read of the host's
 * clock (in the kernel the time CSR, which OpenSBI may emulate). The budget ends it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    lla     s0, timespec
storm:
    li      a0, 1               /* CLOCK_MONOTONIC */
    mv      a1, s0
    li      a7, 113             /* clock_gettime */
    ecall
    j       storm

    .bss
    .balign 8
timespec:
    .space  16
