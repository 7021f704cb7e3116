/* SPDX-License-Identifier: MIT */
/* An mmap/munmap storm: 3 MiB mapped (found, marked and zeroed) and unmapped, over and over,
 * until the budget ends it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    li      s1, 3 << 20
storm:
    li      a0, 0
    mv      a1, s1
    li      a2, 3               /* PROT_READ | PROT_WRITE */
    li      a3, 0x22            /* MAP_PRIVATE | MAP_ANONYMOUS */
    li      a4, -1
    li      a5, 0
    li      a7, 222             /* mmap */
    ecall
    mv      a1, s1
    li      a7, 215             /* munmap(a0, 3 MiB) */
    ecall
    j       storm
