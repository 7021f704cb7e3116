/* SPDX-License-Identifier: MIT */
/* Decoded-code thrashing: every instruction jumps to the next of 200 pages, more than the
 * decoded-instruction cache holds (128), so each one makes the VM take a page of slots back
 * from other code and decode afresh. Only the budget ends it; tests/bounds.sh times it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    .rept 200
    j       1f
    .balign 4096
1:
    .endr
    j       _start
