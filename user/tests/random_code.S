/* SPDX-License-Identifier: MIT */
/* A hostile guest: fills a page with pseudo-random bytes and jumps into it. Whatever those bytes
 * decode to, the run must end with one halting line, the same under basin-run as in the kernel,
 * and the kernel's memory intact. The bytes come from a fixed xorshift seed, so the outcome is
 * fixed too and tests/run.sh pins it. Random bytes rarely run long before they fault; this seed
 * runs ten of them (compressed ALU ops and branches, a jump across the page, fmadd.d, a load from
 * the stack) before `sd s1, 224(a0)` stores into the null page: store-access-fault at 0xe0, pc
 * code + 0x1d8, status 139, as qemu-riscv64 also ends it (SIGSEGV). */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    lla     t0, code
    li      t1, 4096
    li      t2, 0x40b0abbef4517c29      /* xorshift state */
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
    /* Writable and executable (the segment keeps RWX), so the fill loop can write it. */
    .section .randomcode, "awx", @progbits
    .balign 4096
code:
    .space  4096
