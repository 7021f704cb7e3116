/* SPDX-License-Identifier: MIT */
/* Zifencei: FENCE.I after self-modifying code. The code being modified lives in the section
 * .smc, flagged "awx": GNU ld makes it a writable and executable segment (and warns about
 * that: -Wl,--no-warn-rwx-segments silences it). New instructions are copied from templates
 * assembled in .rodata, stored over old ones (whole words, a single byte, a compressed pair),
 * FENCE.I is executed, then the code runs and must behave the new way: code that already ran
 * (maybe many times), and an instruction stored by the very routine that then executes it.
 * FENCE.I's unused fields (rd, rs1, imm) must be ignored: a FENCE.I with rd = a0 leaves a0 alone.
 * Expected values: the RISC-V Unprivileged ISA, chapter "Zifencei". */

#include "isa.h"

    TEST_BEGIN
    /* smc_const runs as assembled: a0 = 3 */
    CASE    1
    li      a0, 0
    call    smc_const
    CHECK   a0, 3

    /* store addi a0, x0, 7 over it, fence.i: a0 = 7 */
    CASE    2
    la      t1, tpl_li7
    lw      t0, 0(t1)
    la      t1, smc_const
    sw      t0, 0(t1)
    fence.i
    call    smc_const
    CHECK   a0, 7

    /* and again with addi a0, x0, 11: a0 = 11 */
    CASE    3
    la      t1, tpl_li11
    lw      t0, 0(t1)
    la      t1, smc_const
    sw      t0, 0(t1)
    fence.i
    call    smc_const
    CHECK   a0, 11

    /* a single sb changing the immediate: byte 2 of addi a0, x0, 11 becomes 0x90 (imm 9) */
    CASE    4
    la      t1, smc_const
    li      t0, 0x90
    sb      t0, 2(t1)
    fence.i
    call    smc_const
    CHECK   a0, 9

    /* a compressed pair (c.li a0, 5; c.nop) over the 32-bit instruction */
    CASE    5
    la      t1, tpl_cli5
    lw      t0, 0(t1)
    la      t1, smc_const
    sw      t0, 0(t1)
    fence.i
    call    smc_const
    CHECK   a0, 5

    /* hot code: smc_inc called 50 times (a0 += 1), patched to a0 += 2, 50 more calls */
    CASE    6
    li      a0, 0
    li      s2, 50
.Lhot1:
    call    smc_inc
    addi    s2, s2, -1
    bnez    s2, .Lhot1
    CHECK   a0, 50
    la      t1, tpl_inc2
    lw      t0, 0(t1)
    la      t1, smc_inc
    sw      t0, 0(t1)
    fence.i
    li      s2, 50
.Lhot2:
    call    smc_inc
    addi    s2, s2, -1
    bnez    s2, .Lhot2
    CHECK   a0, 150

    /* a routine that stores over its own next instructions, then fence.i, then runs them */
    CASE    7
    la      t1, tpl_li13
    lw      t0, 0(t1)
    li      a0, 0
    call    smc_self
    CHECK   a0, 13

    /* the same routine again, now storing addi a0, x0, 7 over the 13 it ran last time */
    CASE    8
    la      t1, tpl_li7
    lw      t0, 0(t1)
    li      a0, 0
    call    smc_self
    CHECK   a0, 7

    /* fence.i with rd = a0, rs1 = a1, imm = 0x123 (fields to ignore) as the fence */
    CASE    9
    la      t1, tpl_li7
    lw      t0, 0(t1)
    la      t1, smc_const
    sw      t0, 0(t1)
    li      a0, 0x77
    li      a1, 0x88
    .word   0x1235950f          /* fence.i with rd = a0, rs1 = a1, imm = 0x123 */
    CHECK   a0, 0x77
    CHECK   a1, 0x88
    call    smc_const
    CHECK   a0, 7

    TEST_END

    .section .rodata
    .balign 4
tpl_li7:
    addi    a0, x0, 7
tpl_li11:
    addi    a0, x0, 11
tpl_li13:
    addi    a0, x0, 13
tpl_inc2:
    addi    a0, a0, 2
tpl_cli5:
    .option push
    .option rvc
    c.li    a0, 5
    c.nop
    .option pop

    /* the code that is modified: writable and executable */
    .section .smc, "awx", @progbits
    .balign 4
smc_const:
    addi    a0, x0, 3
    ret
smc_inc:
    addi    a0, a0, 1
    ret
smc_self:                       /* t0 = the instruction to store at .Lsmc_self_slot */
    la      t1, .Lsmc_self_slot
    sw      t0, 0(t1)
    fence.i
    nop
.Lsmc_self_slot:
    addi    a0, x0, 1
    ret
