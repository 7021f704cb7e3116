/* SPDX-License-Identifier: MIT */
/* Jumps to an address that is 2- but not 4-byte aligned. With the C extension that is a valid
 * instruction boundary (every jump target is 2-aligned), so, as on hardware, the 16-bit parcel
 * found there runs: here the upper half of a 32-bit word, which encodes c.li a0, 7. */
    .section .text.start, "ax", @progbits
    .globl _start, jump_target
_start:
    lla     t0, jump_target
    addi    t0, t0, 2
    jalr    t0
jump_target:
    .word   0x451d0001      /* low half: c.nop; high half: c.li a0, 7 */
    li      a7, 93          /* exit(a0) */
    ecall
