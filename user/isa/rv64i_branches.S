/* SPDX-License-Identifier: MIT */
/* RV64I conditional branches: BEQ, BNE, BLT, BGE, BLTU, BGEU.
 * Each pair of operands is tried with a forward and a backward target (isa.h: TEST_BR_TAKEN,
 * TEST_BR_NOT_TAKEN): a taken branch must reach its target, a not-taken one must fall through.
 * Signed against unsigned order at INT64_MIN/MAX, -1/0 and values differing only in the upper
 * 32 bits (branches compare all 64 bits); BGE/BGEU are taken on equality; x0 and the same
 * register as both operands; the largest backward (-4096) and forward (+4092 with 4-byte
 * instructions) offsets.
 * Expected values: the RISC-V Unprivileged ISA, "Conditional Branches". */

#include "isa.h"

    TEST_BEGIN

/* ---- BEQ ------------------------------------------------------------------------------------- */
    TEST_BR_TAKEN         1, beq, 0, 0
    TEST_BR_TAKEN         2, beq, 1, 1
    TEST_BR_TAKEN         3, beq, -1, -1
    TEST_BR_NOT_TAKEN     4, beq, 0, 1
    TEST_BR_NOT_TAKEN     5, beq, 1, 0
    TEST_BR_NOT_TAKEN     6, beq, -1, 0
    TEST_BR_NOT_TAKEN     7, beq, 0, -1
    TEST_BR_NOT_TAKEN     8, beq, -2, -1
    TEST_BR_NOT_TAKEN     9, beq, -1, -2
    TEST_BR_NOT_TAKEN     10, beq, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_NOT_TAKEN     11, beq, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_NOT_TAKEN     12, beq, 0x100000000, 0
    TEST_BR_NOT_TAKEN     13, beq, 0x100000000, 0x200000000
    TEST_BR_NOT_TAKEN     14, beq, 0x80000000, 0x7fffffff

    /* beq a1, a1: taken */
    CASE    15
    li      a1, 5
    beq     a1, a1, .Lsame_15
    j       fail
.Lsame_15:
.Lsame_done_15:

    /* beq x0, a2 with the other = -1: not taken */
    CASE    16
    li      a1, -1
    li      a2, -1
    beq     x0, a2, .Lx0_16
    j       .Lx0_done_16
.Lx0_16:
    j       fail
.Lx0_done_16:

    /* beq a1, x0 with the other = -1: not taken */
    CASE    17
    li      a1, -1
    li      a2, -1
    beq     a1, x0, .Lx0_17
    j       .Lx0_done_17
.Lx0_17:
    j       fail
.Lx0_done_17:

/* ---- BNE ------------------------------------------------------------------------------------- */
    TEST_BR_NOT_TAKEN     18, bne, 0, 0
    TEST_BR_NOT_TAKEN     19, bne, 1, 1
    TEST_BR_NOT_TAKEN     20, bne, -1, -1
    TEST_BR_TAKEN         21, bne, 0, 1
    TEST_BR_TAKEN         22, bne, 1, 0
    TEST_BR_TAKEN         23, bne, -1, 0
    TEST_BR_TAKEN         24, bne, 0, -1
    TEST_BR_TAKEN         25, bne, -2, -1
    TEST_BR_TAKEN         26, bne, -1, -2
    TEST_BR_TAKEN         27, bne, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_TAKEN         28, bne, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_TAKEN         29, bne, 0x100000000, 0
    TEST_BR_TAKEN         30, bne, 0x100000000, 0x200000000
    TEST_BR_TAKEN         31, bne, 0x80000000, 0x7fffffff

    /* bne a1, a1: not taken */
    CASE    32
    li      a1, 5
    bne     a1, a1, .Lsame_32
    j       .Lsame_done_32
.Lsame_32:
    j       fail
.Lsame_done_32:

    /* bne x0, a2 with the other = -1: taken */
    CASE    33
    li      a1, -1
    li      a2, -1
    bne     x0, a2, .Lx0_33
    j       fail
.Lx0_33:
.Lx0_done_33:

    /* bne a1, x0 with the other = -1: taken */
    CASE    34
    li      a1, -1
    li      a2, -1
    bne     a1, x0, .Lx0_34
    j       fail
.Lx0_34:
.Lx0_done_34:

/* ---- BLT ------------------------------------------------------------------------------------- */
    TEST_BR_NOT_TAKEN     35, blt, 0, 0
    TEST_BR_NOT_TAKEN     36, blt, 1, 1
    TEST_BR_NOT_TAKEN     37, blt, -1, -1
    TEST_BR_TAKEN         38, blt, 0, 1
    TEST_BR_NOT_TAKEN     39, blt, 1, 0
    TEST_BR_TAKEN         40, blt, -1, 0
    TEST_BR_NOT_TAKEN     41, blt, 0, -1
    TEST_BR_TAKEN         42, blt, -2, -1
    TEST_BR_NOT_TAKEN     43, blt, -1, -2
    TEST_BR_TAKEN         44, blt, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_NOT_TAKEN     45, blt, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_NOT_TAKEN     46, blt, 0x100000000, 0
    TEST_BR_TAKEN         47, blt, 0x100000000, 0x200000000
    TEST_BR_NOT_TAKEN     48, blt, 0x80000000, 0x7fffffff

    /* blt a1, a1: not taken */
    CASE    49
    li      a1, 5
    blt     a1, a1, .Lsame_49
    j       .Lsame_done_49
.Lsame_49:
    j       fail
.Lsame_done_49:

    /* blt x0, a2 with the other = -1: not taken */
    CASE    50
    li      a1, -1
    li      a2, -1
    blt     x0, a2, .Lx0_50
    j       .Lx0_done_50
.Lx0_50:
    j       fail
.Lx0_done_50:

    /* blt a1, x0 with the other = -1: taken */
    CASE    51
    li      a1, -1
    li      a2, -1
    blt     a1, x0, .Lx0_51
    j       fail
.Lx0_51:
.Lx0_done_51:

/* ---- BGE ------------------------------------------------------------------------------------- */
    TEST_BR_TAKEN         52, bge, 0, 0
    TEST_BR_TAKEN         53, bge, 1, 1
    TEST_BR_TAKEN         54, bge, -1, -1
    TEST_BR_NOT_TAKEN     55, bge, 0, 1
    TEST_BR_TAKEN         56, bge, 1, 0
    TEST_BR_NOT_TAKEN     57, bge, -1, 0
    TEST_BR_TAKEN         58, bge, 0, -1
    TEST_BR_NOT_TAKEN     59, bge, -2, -1
    TEST_BR_TAKEN         60, bge, -1, -2
    TEST_BR_NOT_TAKEN     61, bge, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_TAKEN         62, bge, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_TAKEN         63, bge, 0x100000000, 0
    TEST_BR_NOT_TAKEN     64, bge, 0x100000000, 0x200000000
    TEST_BR_TAKEN         65, bge, 0x80000000, 0x7fffffff

    /* bge a1, a1: taken */
    CASE    66
    li      a1, 5
    bge     a1, a1, .Lsame_66
    j       fail
.Lsame_66:
.Lsame_done_66:

    /* bge x0, a2 with the other = -1: taken */
    CASE    67
    li      a1, -1
    li      a2, -1
    bge     x0, a2, .Lx0_67
    j       fail
.Lx0_67:
.Lx0_done_67:

    /* bge a1, x0 with the other = -1: not taken */
    CASE    68
    li      a1, -1
    li      a2, -1
    bge     a1, x0, .Lx0_68
    j       .Lx0_done_68
.Lx0_68:
    j       fail
.Lx0_done_68:

/* ---- BLTU ------------------------------------------------------------------------------------ */
    TEST_BR_NOT_TAKEN     69, bltu, 0, 0
    TEST_BR_NOT_TAKEN     70, bltu, 1, 1
    TEST_BR_NOT_TAKEN     71, bltu, -1, -1
    TEST_BR_TAKEN         72, bltu, 0, 1
    TEST_BR_NOT_TAKEN     73, bltu, 1, 0
    TEST_BR_NOT_TAKEN     74, bltu, -1, 0
    TEST_BR_TAKEN         75, bltu, 0, -1
    TEST_BR_TAKEN         76, bltu, -2, -1
    TEST_BR_NOT_TAKEN     77, bltu, -1, -2
    TEST_BR_NOT_TAKEN     78, bltu, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_TAKEN         79, bltu, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_NOT_TAKEN     80, bltu, 0x100000000, 0
    TEST_BR_TAKEN         81, bltu, 0x100000000, 0x200000000
    TEST_BR_NOT_TAKEN     82, bltu, 0x80000000, 0x7fffffff

    /* bltu a1, a1: not taken */
    CASE    83
    li      a1, 5
    bltu    a1, a1, .Lsame_83
    j       .Lsame_done_83
.Lsame_83:
    j       fail
.Lsame_done_83:

    /* bltu x0, a2 with the other = -1: taken */
    CASE    84
    li      a1, -1
    li      a2, -1
    bltu    x0, a2, .Lx0_84
    j       fail
.Lx0_84:
.Lx0_done_84:

    /* bltu a1, x0 with the other = -1: not taken */
    CASE    85
    li      a1, -1
    li      a2, -1
    bltu    a1, x0, .Lx0_85
    j       .Lx0_done_85
.Lx0_85:
    j       fail
.Lx0_done_85:

/* ---- BGEU ------------------------------------------------------------------------------------ */
    TEST_BR_TAKEN         86, bgeu, 0, 0
    TEST_BR_TAKEN         87, bgeu, 1, 1
    TEST_BR_TAKEN         88, bgeu, -1, -1
    TEST_BR_NOT_TAKEN     89, bgeu, 0, 1
    TEST_BR_TAKEN         90, bgeu, 1, 0
    TEST_BR_TAKEN         91, bgeu, -1, 0
    TEST_BR_NOT_TAKEN     92, bgeu, 0, -1
    TEST_BR_NOT_TAKEN     93, bgeu, -2, -1
    TEST_BR_TAKEN         94, bgeu, -1, -2
    TEST_BR_TAKEN         95, bgeu, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_NOT_TAKEN     96, bgeu, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_TAKEN         97, bgeu, 0x100000000, 0
    TEST_BR_NOT_TAKEN     98, bgeu, 0x100000000, 0x200000000
    TEST_BR_TAKEN         99, bgeu, 0x80000000, 0x7fffffff

    /* bgeu a1, a1: taken */
    CASE    100
    li      a1, 5
    bgeu    a1, a1, .Lsame_100
    j       fail
.Lsame_100:
.Lsame_done_100:

    /* bgeu x0, a2 with the other = -1: not taken */
    CASE    101
    li      a1, -1
    li      a2, -1
    bgeu    x0, a2, .Lx0_101
    j       .Lx0_done_101
.Lx0_101:
    j       fail
.Lx0_done_101:

    /* bgeu a1, x0 with the other = -1: taken */
    CASE    102
    li      a1, -1
    li      a2, -1
    bgeu    a1, x0, .Lx0_102
    j       fail
.Lx0_102:
.Lx0_done_102:

/* ---- offset extremes: -4096 backward, +4092 forward; the gaps are filled with j fail --------- */
    /* beq backward by 4096 */
    CASE    103
    j       .Lfar_back_start
.Lfar_back_target:
    j       .Lfar_back_done
    .rept   1023
    j       fail
    .endr
.Lfar_back_start:                       /* .Lfar_back_target + 4096 */
    beq     x0, x0, .Lfar_back_target
    j       fail
.Lfar_back_done:

    /* bne forward by 4092 */
    CASE    104
    li      a1, 1
.Lfar_fwd_branch:
    .word   0x7e059ee3              /* bne a1, x0, .+4092 (encoded by hand: the assembler would
                                       turn a branch this far into bne + j) */
    .rept   1022
    j       fail
    .endr
.Lfar_fwd_target:                       /* .Lfar_fwd_branch + 4092 */

    TEST_END
