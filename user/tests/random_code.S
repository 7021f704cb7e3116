/* SPDX-License-Identifier: MIT */
/* A hostile guest: fills a page with pseudo-random bytes and jumps into it. Whatever those bytes
 * decode to, the run must end with one halting line, the same under basin-run as in the kernel,
 * and the kernel's memory intact. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    lla     t0, code
    li      t1, 4096
    li      t2, 0x2545f4914f6cdd1d      /* xorshift state */
fill:
    slli    t3, t2, 13
    xor     t2, t2, t3
    srli    t3, t2, 7
    xor     t2, t2, t3
    slli    t3, t2, 17
    xor     t2, t2, t3
    sd      t2, 0(t0)
    addi    t0, t0, 8
    addi    t1, t1, -8
    bnez    t1, fill
    fence.i
    lla     t0, code
    jr      t0
    /* Writable and executable on purpose: no page permissions yet (issue 5). */
    .section .randomcode, "awx", @progbits
    .balign 4096
code:
    .space  4096
