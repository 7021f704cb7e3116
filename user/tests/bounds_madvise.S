/* SPDX-License-Identifier: MIT */
/* A madvise(MADV_DONTNEED) storm: 3 MiB of mapped memory discarded (zeroed, as Linux's private
 * anonymous memory reads after it) every call. The budget ends it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    li      s1, 3 << 20
    li      a0, 0
    mv      a1, s1
    li      a2, 3               /* PROT_READ | PROT_WRITE */
    li      a3, 0x22            /* MAP_PRIVATE | MAP_ANONYMOUS */
    li      a4, -1
    li      a5, 0
    li      a7, 222             /* mmap */
    ecall
    mv      s0, a0
storm:
    mv      a0, s0
    mv      a1, s1
    li      a2, 4               /* MADV_DONTNEED */
    li      a7, 233             /* madvise */
    ecall
    j       storm
