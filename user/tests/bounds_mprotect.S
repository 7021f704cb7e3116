/* SPDX-License-Identifier: MIT */
/* mprotect flips of a code page: its page made read-write (its decoded code dropped), then
 * read-execute again, then called (taken and decoded afresh), over and over. The budget ends
 * it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    lla     s0, flipped
    li      s1, 4096
flip:
    mv      a0, s0
    mv      a1, s1
    li      a2, 3               /* PROT_READ | PROT_WRITE */
    li      a7, 226             /* mprotect */
    ecall
    mv      a0, s0
    mv      a1, s1
    li      a2, 5               /* PROT_READ | PROT_EXEC */
    li      a7, 226
    ecall
    jalr    s0
    j       flip

    .balign 4096
flipped:
    addi    t0, t0, 1
    ret
    .balign 4096
