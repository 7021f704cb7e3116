/* SPDX-License-Identifier: MIT */
/* Floods stdout with writev: 1024 iovecs of one 64-byte line, 64 KiB a call, over and over,
 * ignoring every error. The output limit cuts the flood off (the call that crosses it is cut
 * short, later ones return -EFBIG) and the budget ends the run. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    lla     t0, iovecs
    lla     t1, line
    li      t2, 64
    li      t3, 1024
fill:
    sd      t1, 0(t0)
    sd      t2, 8(t0)
    addi    t0, t0, 16
    addi    t3, t3, -1
    bnez    t3, fill
    li      a7, 66
flood:
    li      a0, 1
    lla     a1, iovecs
    li      a2, 1024
    ecall
    j       flood

    .section .rodata
line:
    .ascii  "output flood: 64 bytes a line, 1024 lines a writev, no end.....\n"
line_end:
    .if line_end - line != 64
    .error "the flood line must be 64 bytes"
    .endif

    .bss
    .balign 8
iovecs:
    .space  1024 * 16
