/* SPDX-License-Identifier: MIT */
/* mremap ping-pong: a 1 MiB mapping grows by a page with a page mapped just above it, so that
 * it must move (1 MiB copied, 1 MiB zeroed at the new place), then the blocking page goes and
 * the mapping shrinks back; the next round blocks and moves it again, between two places in
 * guest memory. Errors are ignored. The budget ends it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    li      s1, 1 << 20         /* the mapping's size */
    li      s2, (1 << 20) + 4096
    li      a0, 0
    mv      a1, s1
    li      a2, 3               /* PROT_READ | PROT_WRITE */
    li      a3, 0x22            /* MAP_PRIVATE | MAP_ANONYMOUS */
    li      a4, -1
    li      a5, 0
    li      a7, 222             /* mmap */
    ecall
    mv      s0, a0              /* the mapping */
round:
    add     a0, s0, s1          /* a page just above it */
    li      a1, 4096
    li      a2, 3
    li      a3, 0x32            /* MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED */
    li      a4, -1
    li      a5, 0
    li      a7, 222             /* mmap */
    ecall
    mv      s3, a0              /* the blocking page, or an error */
    mv      a0, s0
    mv      a1, s1
    mv      a2, s2
    li      a3, 1               /* MREMAP_MAYMOVE */
    li      a7, 216             /* mremap: grows, so moves */
    ecall
    bltz    a0, 1f
    mv      s0, a0
1:
    mv      a0, s3
    li      a1, 4096
    li      a7, 215             /* munmap the blocking page (an error when it failed) */
    ecall
    mv      a0, s0
    mv      a1, s2
    mv      a2, s1
    li      a3, 0
    li      a7, 216             /* mremap: shrinks back in place */
    ecall
    j       round
