/* SPDX-License-Identifier: MIT */
/* One of the 150 small programs of tests/many-programs/ (the suite harness's speed test): adds
 * the numbers below ROUNDS (a few thousand instructions), writes "program NUMBER: SUM\n" and
 * exits with NUMBER % 256. The Makefile assembles it 150 times, NUMBER and ROUNDS given with
 * --defsym. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    li      t0, 0               /* i */
    li      t1, 0               /* the sum */
    li      t2, ROUNDS
1:  add     t1, t1, t0
    addi    t0, t0, 1
    blt     t0, t2, 1b
    lla     a1, end             /* the line is built backwards from its end */
    li      a2, 1               /* its newline */
    mv      a0, t1
    call    digits
    li      t4, ' '
    addi    a1, a1, -1
    sb      t4, 0(a1)
    li      t4, ':'
    addi    a1, a1, -1
    sb      t4, 0(a1)
    addi    a2, a2, 2
    li      a0, NUMBER
    call    digits
    lla     t5, prefix_end      /* "program " before it */
    li      t6, 8
2:  addi    t5, t5, -1
    lbu     t4, 0(t5)
    addi    a1, a1, -1
    sb      t4, 0(a1)
    addi    a2, a2, 1
    addi    t6, t6, -1
    bnez    t6, 2b
    li      a0, 1
    li      a7, 64              /* write(1, a1, a2) */
    ecall
    li      a0, NUMBER % 256
    li      a7, 93              /* exit */
    ecall

/* a0 in decimal, written backwards below a1; a1 moves down, a2 counts the bytes. */
digits:
    li      t3, 10
3:  remu    t4, a0, t3
    divu    a0, a0, t3
    addi    t4, t4, '0'
    addi    a1, a1, -1
    sb      t4, 0(a1)
    addi    a2, a2, 1
    bnez    a0, 3b
    ret

    .section .rodata
prefix:
    .ascii  "program "
prefix_end:
    .data
    .space  64
end:
    .byte   '\n'
