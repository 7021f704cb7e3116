/* SPDX-License-Identifier: MIT */
/* RV64F single precision: comparisons FEQ/FLT/FLE.S (FEQ is quiet: NV only for a signaling NaN;
 * FLT/FLE are signaling: NV for any NaN; -0 == +0), FMIN/FMAX.S (IEEE 754-2019
 * minimumNumber/maximumNumber: a single NaN operand gives the other operand, two NaNs give
 * the canonical NaN, a signaling NaN raises NV, -0 < +0), FCLASS.S (each of the ten classes),
 * FSGNJ/FSGNJN/FSGNJX.S (bit operations: NaN payloads kept, no flags; rd = rs1 = rs2 as in
 * fmv/fneg/fabs), FMV.X.W / FMV.W.X (bit-exact moves; FMV.X.W sign-extends bit 31),
 * FLW / FSW (bit-exact, offsets, misaligned addresses).
 * NaN-boxing: FLW and FMV.W.X write the upper 32 bits as ones; an operation reading a single
 * from a register whose upper 32 bits are not all ones (written with fmv.d.x or fld) sees the
 * canonical NaN: arithmetic, comparisons, FMIN/FMAX, FCLASS, FSGNJ*, FCVT; only FSW and
 * FMV.X.W ignore the upper bits and move the low 32 bits as they are.
 * Expected values: the RISC-V Unprivileged ISA, chapters "F" and "D". */

#include "isa.h"

    TEST_BEGIN

/* ---- FEQ.S ----------------------------------------------------------------------------------- */
    TEST_FP_CMP           1, feq.s, 1, 0, s, 0x3f800000, 0x3f800000              /* feq 1.0, 1.0 = 1 */
    TEST_FP_CMP           2, feq.s, 0, 0, s, 0x3f800000, 0x40000000              /* feq 1.0, 2.0 = 0 */
    TEST_FP_CMP           3, feq.s, 0, 0, s, 0x40000000, 0x3f800000              /* feq 2.0, 1.0 = 0 */
    TEST_FP_CMP           4, feq.s, 0, 0, s, 0xbf800000, 0xc0000000              /* feq -1.0, -2.0 = 0 */
    TEST_FP_CMP           5, feq.s, 0, 0, s, 0xc0000000, 0xbf800000              /* feq -2.0, -1.0 = 0 */
    TEST_FP_CMP           6, feq.s, 1, 0, s, 0x00000000, 0x80000000              /* feq +0, -0 = 1 */
    TEST_FP_CMP           7, feq.s, 1, 0, s, 0x80000000, 0x00000000              /* feq -0, +0 = 1 */
    TEST_FP_CMP           8, feq.s, 0, 0, s, 0x00000001, 0x00000000              /* feq 0x1p-149, +0 = 0 */
    TEST_FP_CMP           9, feq.s, 0, 0, s, 0x80000001, 0x00000000              /* feq -0x1p-149, +0 = 0 */
    TEST_FP_CMP           10, feq.s, 0, 0, s, 0xff800000, 0x7f800000             /* feq -inf, +inf = 0 */
    TEST_FP_CMP           11, feq.s, 1, 0, s, 0x7f800000, 0x7f800000             /* feq +inf, +inf = 1 */
    TEST_FP_CMP           12, feq.s, 0, 0, s, 0x7f800000, 0x7f7fffff             /* feq +inf, max = 0 */
    TEST_FP_CMP           13, feq.s, 0, 0, s, 0xff800000, 0xff7fffff             /* feq -inf, -max = 0 */
    TEST_FP_CMP           14, feq.s, 0, 0, s, 0x7fc00000, 0x3f800000             /* feq qNaN, 1.0 = 0 */
    TEST_FP_CMP           15, feq.s, 0, 0, s, 0x3f800000, 0x7fc02345             /* feq 1.0, qNaN(payload 0x2345) = 0 */
    TEST_FP_CMP           16, feq.s, 0, 0, s, 0x7fc00000, 0x7fc00000             /* feq qNaN, qNaN = 0 */
    TEST_FP_CMP           17, feq.s, 0, NV, s, 0x7f800001, 0x3f800000            /* feq sNaN(payload 0x1), 1.0 = 0 NV */
    TEST_FP_CMP           18, feq.s, 0, NV, s, 0x3f800000, 0x7f803456            /* feq 1.0, sNaN(payload 0x3456) = 0 NV */
    TEST_FP_CMP           19, feq.s, 0, NV, s, 0x7f800001, 0x7f800001            /* feq sNaN(payload 0x1), sNaN(payload 0x1) = 0 NV */

    /* feq.s with rd = x0: x0 stays zero */
    CASE    20
    FP_LI   s, fa1, 0x3f800000
    feq.s   x0, fa1, fa1
    CHECK_X0

    /* feq.s of a register with itself */
    CASE    21
    FP_LI   s, fa1, 0xc0400000
    feq.s   a0, fa1, fa1
    CHECK   a0, 1

/* ---- FLT.S ----------------------------------------------------------------------------------- */
    TEST_FP_CMP           22, flt.s, 0, 0, s, 0x3f800000, 0x3f800000             /* flt 1.0, 1.0 = 0 */
    TEST_FP_CMP           23, flt.s, 1, 0, s, 0x3f800000, 0x40000000             /* flt 1.0, 2.0 = 1 */
    TEST_FP_CMP           24, flt.s, 0, 0, s, 0x40000000, 0x3f800000             /* flt 2.0, 1.0 = 0 */
    TEST_FP_CMP           25, flt.s, 0, 0, s, 0xbf800000, 0xc0000000             /* flt -1.0, -2.0 = 0 */
    TEST_FP_CMP           26, flt.s, 1, 0, s, 0xc0000000, 0xbf800000             /* flt -2.0, -1.0 = 1 */
    TEST_FP_CMP           27, flt.s, 0, 0, s, 0x00000000, 0x80000000             /* flt +0, -0 = 0 */
    TEST_FP_CMP           28, flt.s, 0, 0, s, 0x80000000, 0x00000000             /* flt -0, +0 = 0 */
    TEST_FP_CMP           29, flt.s, 0, 0, s, 0x00000001, 0x00000000             /* flt 0x1p-149, +0 = 0 */
    TEST_FP_CMP           30, flt.s, 1, 0, s, 0x80000001, 0x00000000             /* flt -0x1p-149, +0 = 1 */
    TEST_FP_CMP           31, flt.s, 1, 0, s, 0xff800000, 0x7f800000             /* flt -inf, +inf = 1 */
    TEST_FP_CMP           32, flt.s, 0, 0, s, 0x7f800000, 0x7f800000             /* flt +inf, +inf = 0 */
    TEST_FP_CMP           33, flt.s, 0, 0, s, 0x7f800000, 0x7f7fffff             /* flt +inf, max = 0 */
    TEST_FP_CMP           34, flt.s, 1, 0, s, 0xff800000, 0xff7fffff             /* flt -inf, -max = 1 */
    TEST_FP_CMP           35, flt.s, 0, NV, s, 0x7fc00000, 0x3f800000            /* flt qNaN, 1.0 = 0 NV */
    TEST_FP_CMP           36, flt.s, 0, NV, s, 0x3f800000, 0x7fc02345            /* flt 1.0, qNaN(payload 0x2345) = 0 NV */
    TEST_FP_CMP           37, flt.s, 0, NV, s, 0x7fc00000, 0x7fc00000            /* flt qNaN, qNaN = 0 NV */
    TEST_FP_CMP           38, flt.s, 0, NV, s, 0x7f800001, 0x3f800000            /* flt sNaN(payload 0x1), 1.0 = 0 NV */
    TEST_FP_CMP           39, flt.s, 0, NV, s, 0x3f800000, 0x7f803456            /* flt 1.0, sNaN(payload 0x3456) = 0 NV */
    TEST_FP_CMP           40, flt.s, 0, NV, s, 0x7f800001, 0x7f800001            /* flt sNaN(payload 0x1), sNaN(payload 0x1) = 0 NV */

    /* flt.s with rd = x0: x0 stays zero */
    CASE    41
    FP_LI   s, fa1, 0x3f800000
    flt.s   x0, fa1, fa1
    CHECK_X0

    /* flt.s of a register with itself */
    CASE    42
    FP_LI   s, fa1, 0xc0400000
    flt.s   a0, fa1, fa1
    CHECK   a0, 0

/* ---- FLE.S ----------------------------------------------------------------------------------- */
    TEST_FP_CMP           43, fle.s, 1, 0, s, 0x3f800000, 0x3f800000             /* fle 1.0, 1.0 = 1 */
    TEST_FP_CMP           44, fle.s, 1, 0, s, 0x3f800000, 0x40000000             /* fle 1.0, 2.0 = 1 */
    TEST_FP_CMP           45, fle.s, 0, 0, s, 0x40000000, 0x3f800000             /* fle 2.0, 1.0 = 0 */
    TEST_FP_CMP           46, fle.s, 0, 0, s, 0xbf800000, 0xc0000000             /* fle -1.0, -2.0 = 0 */
    TEST_FP_CMP           47, fle.s, 1, 0, s, 0xc0000000, 0xbf800000             /* fle -2.0, -1.0 = 1 */
    TEST_FP_CMP           48, fle.s, 1, 0, s, 0x00000000, 0x80000000             /* fle +0, -0 = 1 */
    TEST_FP_CMP           49, fle.s, 1, 0, s, 0x80000000, 0x00000000             /* fle -0, +0 = 1 */
    TEST_FP_CMP           50, fle.s, 0, 0, s, 0x00000001, 0x00000000             /* fle 0x1p-149, +0 = 0 */
    TEST_FP_CMP           51, fle.s, 1, 0, s, 0x80000001, 0x00000000             /* fle -0x1p-149, +0 = 1 */
    TEST_FP_CMP           52, fle.s, 1, 0, s, 0xff800000, 0x7f800000             /* fle -inf, +inf = 1 */
    TEST_FP_CMP           53, fle.s, 1, 0, s, 0x7f800000, 0x7f800000             /* fle +inf, +inf = 1 */
    TEST_FP_CMP           54, fle.s, 0, 0, s, 0x7f800000, 0x7f7fffff             /* fle +inf, max = 0 */
    TEST_FP_CMP           55, fle.s, 1, 0, s, 0xff800000, 0xff7fffff             /* fle -inf, -max = 1 */
    TEST_FP_CMP           56, fle.s, 0, NV, s, 0x7fc00000, 0x3f800000            /* fle qNaN, 1.0 = 0 NV */
    TEST_FP_CMP           57, fle.s, 0, NV, s, 0x3f800000, 0x7fc02345            /* fle 1.0, qNaN(payload 0x2345) = 0 NV */
    TEST_FP_CMP           58, fle.s, 0, NV, s, 0x7fc00000, 0x7fc00000            /* fle qNaN, qNaN = 0 NV */
    TEST_FP_CMP           59, fle.s, 0, NV, s, 0x7f800001, 0x3f800000            /* fle sNaN(payload 0x1), 1.0 = 0 NV */
    TEST_FP_CMP           60, fle.s, 0, NV, s, 0x3f800000, 0x7f803456            /* fle 1.0, sNaN(payload 0x3456) = 0 NV */
    TEST_FP_CMP           61, fle.s, 0, NV, s, 0x7f800001, 0x7f800001            /* fle sNaN(payload 0x1), sNaN(payload 0x1) = 0 NV */

    /* fle.s with rd = x0: x0 stays zero */
    CASE    62
    FP_LI   s, fa1, 0x3f800000
    fle.s   x0, fa1, fa1
    CHECK_X0

    /* fle.s of a register with itself */
    CASE    63
    FP_LI   s, fa1, 0xc0400000
    fle.s   a0, fa1, fa1
    CHECK   a0, 1

/* ---- FMIN.S ---------------------------------------------------------------------------------- */
    TEST_FP_RR            64, fmin.s, s, 0x3f800000, 0, 0x3f800000, 0x40000000   /* fmin 1.0, 2.0 = 1.0 */
    TEST_FP_RR            65, fmin.s, s, 0x3f800000, 0, 0x40000000, 0x3f800000   /* fmin 2.0, 1.0 = 1.0 */
    TEST_FP_RR            66, fmin.s, s, 0xc0000000, 0, 0xbf800000, 0xc0000000   /* fmin -1.0, -2.0 = -2.0 */
    TEST_FP_RR            67, fmin.s, s, 0x80000000, 0, 0x00000000, 0x80000000   /* fmin +0, -0 = -0 */
    TEST_FP_RR            68, fmin.s, s, 0x80000000, 0, 0x80000000, 0x00000000   /* fmin -0, +0 = -0 */
    TEST_FP_RR            69, fmin.s, s, 0x80000000, 0, 0x80000000, 0x80000000   /* fmin -0, -0 = -0 */
    TEST_FP_RR            70, fmin.s, s, 0xff800000, 0, 0xff800000, 0x40a00000   /* fmin -inf, 5.0 = -inf */
    TEST_FP_RR            71, fmin.s, s, 0x7f7fffff, 0, 0x7f800000, 0x7f7fffff   /* fmin +inf, max = max */
    TEST_FP_RR            72, fmin.s, s, 0x80000001, 0, 0x80000001, 0x00000001   /* fmin -0x1p-149, 0x1p-149 = -0x1p-149 */
    TEST_FP_RR            73, fmin.s, s, 0x3f800000, 0, 0x7fc00000, 0x3f800000   /* fmin qNaN, 1.0 = 1.0 */
    TEST_FP_RR            74, fmin.s, s, 0xbf800000, 0, 0xbf800000, 0x7fc02345   /* fmin -1.0, qNaN(payload 0x2345) = -1.0 */
    TEST_FP_RR            75, fmin.s, s, 0xff800000, 0, 0x7fc02345, 0xff800000   /* fmin qNaN(payload 0x2345), -inf = -inf */
    TEST_FP_RR            76, fmin.s, s, 0x3f800000, NV, 0x7f800001, 0x3f800000  /* fmin sNaN(payload 0x1), 1.0 = 1.0 NV */
    TEST_FP_RR            77, fmin.s, s, 0x3f800000, NV, 0x3f800000, 0x7f803456  /* fmin 1.0, sNaN(payload 0x3456) = 1.0 NV */
    TEST_FP_RR            78, fmin.s, s, 0x7fc00000, 0, 0x7fc02345, 0xffc00000   /* fmin qNaN(payload 0x2345), -qNaN = qNaN */
    TEST_FP_RR            79, fmin.s, s, 0x7fc00000, NV, 0x7fc02345, 0x7f803456  /* fmin qNaN(payload 0x2345), sNaN(payload 0x3456) = qNaN NV */
    TEST_FP_RR            80, fmin.s, s, 0x7fc00000, NV, 0xff800001, 0xffc00000  /* fmin -sNaN(payload 0x1), -qNaN = qNaN NV */

/* ---- FMAX.S ---------------------------------------------------------------------------------- */
    TEST_FP_RR            81, fmax.s, s, 0x40000000, 0, 0x3f800000, 0x40000000   /* fmax 1.0, 2.0 = 2.0 */
    TEST_FP_RR            82, fmax.s, s, 0x40000000, 0, 0x40000000, 0x3f800000   /* fmax 2.0, 1.0 = 2.0 */
    TEST_FP_RR            83, fmax.s, s, 0xbf800000, 0, 0xbf800000, 0xc0000000   /* fmax -1.0, -2.0 = -1.0 */
    TEST_FP_RR            84, fmax.s, s, 0x00000000, 0, 0x00000000, 0x80000000   /* fmax +0, -0 = +0 */
    TEST_FP_RR            85, fmax.s, s, 0x00000000, 0, 0x80000000, 0x00000000   /* fmax -0, +0 = +0 */
    TEST_FP_RR            86, fmax.s, s, 0x80000000, 0, 0x80000000, 0x80000000   /* fmax -0, -0 = -0 */
    TEST_FP_RR            87, fmax.s, s, 0x40a00000, 0, 0xff800000, 0x40a00000   /* fmax -inf, 5.0 = 5.0 */
    TEST_FP_RR            88, fmax.s, s, 0x7f800000, 0, 0x7f800000, 0x7f7fffff   /* fmax +inf, max = +inf */
    TEST_FP_RR            89, fmax.s, s, 0x00000001, 0, 0x80000001, 0x00000001   /* fmax -0x1p-149, 0x1p-149 = 0x1p-149 */
    TEST_FP_RR            90, fmax.s, s, 0x3f800000, 0, 0x7fc00000, 0x3f800000   /* fmax qNaN, 1.0 = 1.0 */
    TEST_FP_RR            91, fmax.s, s, 0xbf800000, 0, 0xbf800000, 0x7fc02345   /* fmax -1.0, qNaN(payload 0x2345) = -1.0 */
    TEST_FP_RR            92, fmax.s, s, 0xff800000, 0, 0x7fc02345, 0xff800000   /* fmax qNaN(payload 0x2345), -inf = -inf */
    TEST_FP_RR            93, fmax.s, s, 0x3f800000, NV, 0x7f800001, 0x3f800000  /* fmax sNaN(payload 0x1), 1.0 = 1.0 NV */
    TEST_FP_RR            94, fmax.s, s, 0x3f800000, NV, 0x3f800000, 0x7f803456  /* fmax 1.0, sNaN(payload 0x3456) = 1.0 NV */
    TEST_FP_RR            95, fmax.s, s, 0x7fc00000, 0, 0x7fc02345, 0xffc00000   /* fmax qNaN(payload 0x2345), -qNaN = qNaN */
    TEST_FP_RR            96, fmax.s, s, 0x7fc00000, NV, 0x7fc02345, 0x7f803456  /* fmax qNaN(payload 0x2345), sNaN(payload 0x3456) = qNaN NV */
    TEST_FP_RR            97, fmax.s, s, 0x7fc00000, NV, 0xff800001, 0xffc00000  /* fmax -sNaN(payload 0x1), -qNaN = qNaN NV */

/* ---- FCLASS.S -------------------------------------------------------------------------------- */
    /* bit 0 -inf, 1 negative normal, 2 negative subnormal, 3 -0, 4 +0, 5 positive subnormal, */
    /* 6 positive normal, 7 +inf, 8 signaling NaN, 9 quiet NaN */
    TEST_FP_TO_INT        98, fclass.s, 0x1, 0, s, 0xff800000                    /* fclass -inf = bit 0 */
    TEST_FP_TO_INT        99, fclass.s, 0x2, 0, s, 0xbf800000                    /* fclass -1.0 = bit 1 */
    TEST_FP_TO_INT        100, fclass.s, 0x2, 0, s, 0xff7fffff                   /* fclass -max = bit 1 */
    TEST_FP_TO_INT        101, fclass.s, 0x2, 0, s, 0x80800000                   /* fclass -0x1p-126 = bit 1 */
    TEST_FP_TO_INT        102, fclass.s, 0x4, 0, s, 0x80000001                   /* fclass -0x1p-149 = bit 2 */
    TEST_FP_TO_INT        103, fclass.s, 0x4, 0, s, 0x807fffff                   /* fclass -0x1.fffffcp-127 = bit 2 */
    TEST_FP_TO_INT        104, fclass.s, 0x8, 0, s, 0x80000000                   /* fclass -0 = bit 3 */
    TEST_FP_TO_INT        105, fclass.s, 0x10, 0, s, 0x00000000                  /* fclass +0 = bit 4 */
    TEST_FP_TO_INT        106, fclass.s, 0x20, 0, s, 0x00000001                  /* fclass 0x1p-149 = bit 5 */
    TEST_FP_TO_INT        107, fclass.s, 0x20, 0, s, 0x007fffff                  /* fclass 0x1.fffffcp-127 = bit 5 */
    TEST_FP_TO_INT        108, fclass.s, 0x40, 0, s, 0x00800000                  /* fclass 0x1p-126 = bit 6 */
    TEST_FP_TO_INT        109, fclass.s, 0x40, 0, s, 0x3f800000                  /* fclass 1.0 = bit 6 */
    TEST_FP_TO_INT        110, fclass.s, 0x40, 0, s, 0x7f7fffff                  /* fclass max = bit 6 */
    TEST_FP_TO_INT        111, fclass.s, 0x80, 0, s, 0x7f800000                  /* fclass +inf = bit 7 */
    TEST_FP_TO_INT        112, fclass.s, 0x100, 0, s, 0x7f800001                 /* fclass sNaN(payload 0x1) = bit 8 */
    TEST_FP_TO_INT        113, fclass.s, 0x100, 0, s, 0xff803456                 /* fclass -sNaN(payload 0x3456) = bit 8 */
    TEST_FP_TO_INT        114, fclass.s, 0x100, 0, s, 0x7fbfffff                 /* fclass sNaN(payload 0x3fffff) = bit 8 */
    TEST_FP_TO_INT        115, fclass.s, 0x200, 0, s, 0x7fc00000                 /* fclass qNaN = bit 9 */
    TEST_FP_TO_INT        116, fclass.s, 0x200, 0, s, 0xffc02345                 /* fclass -qNaN(payload 0x2345) = bit 9 */

    /* fclass.s with rd = x0 */
    CASE    117
    FP_LI   s, fa1, 0x3f800000
    fclass.s x0, fa1
    CHECK_X0

/* ---- FSGNJ.S --------------------------------------------------------------------------------- */
    TEST_FP_RR            118, fsgnj.s, s, 0x3f800000, 0, 0x3f800000, 0x40000000 /* fsgnj 1.0, 2.0 = 1.0 */
    TEST_FP_RR            119, fsgnj.s, s, 0xbf800000, 0, 0x3f800000, 0xc0000000 /* fsgnj 1.0, -2.0 = -1.0 */
    TEST_FP_RR            120, fsgnj.s, s, 0x3f800000, 0, 0xbf800000, 0x40000000 /* fsgnj -1.0, 2.0 = 1.0 */
    TEST_FP_RR            121, fsgnj.s, s, 0xbf800000, 0, 0xbf800000, 0xc0000000 /* fsgnj -1.0, -2.0 = -1.0 */
    TEST_FP_RR            122, fsgnj.s, s, 0x80000000, 0, 0x00000000, 0x80000000 /* fsgnj +0, -0 = -0 */
    TEST_FP_RR            123, fsgnj.s, s, 0x80000000, 0, 0x80000000, 0x80000000 /* fsgnj -0, -0 = -0 */
    TEST_FP_RR            124, fsgnj.s, s, 0xff800000, 0, 0x7f800000, 0x80000000 /* fsgnj +inf, -0 = -inf */
    TEST_FP_RR            125, fsgnj.s, s, 0xffc02345, 0, 0x7fc02345, 0x80000000 /* fsgnj qNaN(payload 0x2345), -0 = -qNaN(payload 0x2345) */
    TEST_FP_RR            126, fsgnj.s, s, 0x7f803456, 0, 0xff803456, 0x00000000 /* fsgnj -sNaN(payload 0x3456), +0 = sNaN(payload 0x3456) */
    TEST_FP_RR            127, fsgnj.s, s, 0xc0400000, 0, 0x40400000, 0xffc00000 /* fsgnj 3.0, -qNaN = -3.0 */
    TEST_FP_RR            128, fsgnj.s, s, 0x00000001, 0, 0x80000001, 0x7f800001 /* fsgnj -0x1p-149, sNaN(payload 0x1) = 0x1p-149 */

    /* fsgnj.s with rd = rs1 = rs2 (fmv) of -5.0 */
    CASE    129
    FP_LI   s, fa1, 0xc0a00000
    fsflags x0
    fsgnj.s   fa1, fa1, fa1
    FP_CHECK s, fa1, 0xc0a00000
    FLAGS_CHECK 0

    /* fsgnj.s with rd = rs1 = rs2 (fmv) of sNaN(payload 0x3456) */
    CASE    130
    FP_LI   s, fa1, 0x7f803456
    fsflags x0
    fsgnj.s   fa1, fa1, fa1
    FP_CHECK s, fa1, 0x7f803456
    FLAGS_CHECK 0

/* ---- FSGNJN.S -------------------------------------------------------------------------------- */
    TEST_FP_RR            131, fsgnjn.s, s, 0xbf800000, 0, 0x3f800000, 0x40000000 /* fsgnjn 1.0, 2.0 = -1.0 */
    TEST_FP_RR            132, fsgnjn.s, s, 0x3f800000, 0, 0x3f800000, 0xc0000000 /* fsgnjn 1.0, -2.0 = 1.0 */
    TEST_FP_RR            133, fsgnjn.s, s, 0xbf800000, 0, 0xbf800000, 0x40000000 /* fsgnjn -1.0, 2.0 = -1.0 */
    TEST_FP_RR            134, fsgnjn.s, s, 0x3f800000, 0, 0xbf800000, 0xc0000000 /* fsgnjn -1.0, -2.0 = 1.0 */
    TEST_FP_RR            135, fsgnjn.s, s, 0x00000000, 0, 0x00000000, 0x80000000 /* fsgnjn +0, -0 = +0 */
    TEST_FP_RR            136, fsgnjn.s, s, 0x00000000, 0, 0x80000000, 0x80000000 /* fsgnjn -0, -0 = +0 */
    TEST_FP_RR            137, fsgnjn.s, s, 0x7f800000, 0, 0x7f800000, 0x80000000 /* fsgnjn +inf, -0 = +inf */
    TEST_FP_RR            138, fsgnjn.s, s, 0x7fc02345, 0, 0x7fc02345, 0x80000000 /* fsgnjn qNaN(payload 0x2345), -0 = qNaN(payload 0x2345) */
    TEST_FP_RR            139, fsgnjn.s, s, 0xff803456, 0, 0xff803456, 0x00000000 /* fsgnjn -sNaN(payload 0x3456), +0 = -sNaN(payload 0x3456) */
    TEST_FP_RR            140, fsgnjn.s, s, 0x40400000, 0, 0x40400000, 0xffc00000 /* fsgnjn 3.0, -qNaN = 3.0 */
    TEST_FP_RR            141, fsgnjn.s, s, 0x80000001, 0, 0x80000001, 0x7f800001 /* fsgnjn -0x1p-149, sNaN(payload 0x1) = -0x1p-149 */

    /* fsgnjn.s with rd = rs1 = rs2 (fneg) of -5.0 */
    CASE    142
    FP_LI   s, fa1, 0xc0a00000
    fsflags x0
    fsgnjn.s  fa1, fa1, fa1
    FP_CHECK s, fa1, 0x40a00000
    FLAGS_CHECK 0

    /* fsgnjn.s with rd = rs1 = rs2 (fneg) of sNaN(payload 0x3456) */
    CASE    143
    FP_LI   s, fa1, 0x7f803456
    fsflags x0
    fsgnjn.s  fa1, fa1, fa1
    FP_CHECK s, fa1, 0xff803456
    FLAGS_CHECK 0

/* ---- FSGNJX.S -------------------------------------------------------------------------------- */
    TEST_FP_RR            144, fsgnjx.s, s, 0x3f800000, 0, 0x3f800000, 0x40000000 /* fsgnjx 1.0, 2.0 = 1.0 */
    TEST_FP_RR            145, fsgnjx.s, s, 0xbf800000, 0, 0x3f800000, 0xc0000000 /* fsgnjx 1.0, -2.0 = -1.0 */
    TEST_FP_RR            146, fsgnjx.s, s, 0xbf800000, 0, 0xbf800000, 0x40000000 /* fsgnjx -1.0, 2.0 = -1.0 */
    TEST_FP_RR            147, fsgnjx.s, s, 0x3f800000, 0, 0xbf800000, 0xc0000000 /* fsgnjx -1.0, -2.0 = 1.0 */
    TEST_FP_RR            148, fsgnjx.s, s, 0x80000000, 0, 0x00000000, 0x80000000 /* fsgnjx +0, -0 = -0 */
    TEST_FP_RR            149, fsgnjx.s, s, 0x00000000, 0, 0x80000000, 0x80000000 /* fsgnjx -0, -0 = +0 */
    TEST_FP_RR            150, fsgnjx.s, s, 0xff800000, 0, 0x7f800000, 0x80000000 /* fsgnjx +inf, -0 = -inf */
    TEST_FP_RR            151, fsgnjx.s, s, 0xffc02345, 0, 0x7fc02345, 0x80000000 /* fsgnjx qNaN(payload 0x2345), -0 = -qNaN(payload 0x2345) */
    TEST_FP_RR            152, fsgnjx.s, s, 0xff803456, 0, 0xff803456, 0x00000000 /* fsgnjx -sNaN(payload 0x3456), +0 = -sNaN(payload 0x3456) */
    TEST_FP_RR            153, fsgnjx.s, s, 0xc0400000, 0, 0x40400000, 0xffc00000 /* fsgnjx 3.0, -qNaN = -3.0 */
    TEST_FP_RR            154, fsgnjx.s, s, 0x80000001, 0, 0x80000001, 0x7f800001 /* fsgnjx -0x1p-149, sNaN(payload 0x1) = -0x1p-149 */

    /* fsgnjx.s with rd = rs1 = rs2 (fabs) of -5.0 */
    CASE    155
    FP_LI   s, fa1, 0xc0a00000
    fsflags x0
    fsgnjx.s  fa1, fa1, fa1
    FP_CHECK s, fa1, 0x40a00000
    FLAGS_CHECK 0

    /* fsgnjx.s with rd = rs1 = rs2 (fabs) of sNaN(payload 0x3456) */
    CASE    156
    FP_LI   s, fa1, 0x7f803456
    fsflags x0
    fsgnjx.s  fa1, fa1, fa1
    FP_CHECK s, fa1, 0x7f803456
    FLAGS_CHECK 0

/* ---- FMV.X.W and FMV.W.X --------------------------------------------------------------------- */
    TEST_FP_TO_INT        157, fmv.x.w, 0x3f800000, 0, s, 0x3f800000             /* 1.0: bits, sign-extended */
    TEST_FP_TO_INT        158, fmv.x.w, 0xffffffffbf800000, 0, s, 0xbf800000     /* -1.0: bits, sign-extended */
    TEST_FP_TO_INT        159, fmv.x.w, 0x7fc02345, 0, s, 0x7fc02345             /* qNaN(payload 0x2345): bits, sign-extended */
    TEST_FP_TO_INT        160, fmv.x.w, 0xffffffffff803456, 0, s, 0xff803456     /* -sNaN(payload 0x3456): bits, sign-extended */
    TEST_FP_TO_INT        161, fmv.x.w, 0xffffffff80000000, 0, s, 0x80000000     /* -0: bits, sign-extended */
    TEST_FP_TO_INT        162, fmv.x.w, 0x7fffffff, 0, s, 0x7fffffff             /* qNaN(payload 0x3fffff): bits, sign-extended */
    TEST_FP_TO_INT        163, fmv.x.w, 0x0, 0, s, 0x00000000                    /* +0: bits, sign-extended */
    TEST_INT_TO_FP        164, fmv.w.x, s, 0x3f800000, 0, 0x3f800000             /* low 32 bits of 0x3f800000, NaN-boxed */
    TEST_INT_TO_FP        165, fmv.w.x, s, 0xffc00000, 0, 0xffc00000             /* low 32 bits of 0xffc00000, NaN-boxed */
    TEST_INT_TO_FP        166, fmv.w.x, s, 0x7f800001, 0, 0x7f800001             /* low 32 bits of 0x7f800001, NaN-boxed */
    TEST_INT_TO_FP        167, fmv.w.x, s, 0xffc00001, 0, 0x12345678ffc00001     /* low 32 bits of 0x12345678ffc00001, NaN-boxed */
    TEST_INT_TO_FP        168, fmv.w.x, s, 0x00000000, 0, 0xffffffff00000000     /* low 32 bits of 0xffffffff00000000, NaN-boxed */
    TEST_INT_TO_FP        169, fmv.w.x, s, 0xffffffff, 0, 0xffffffff             /* low 32 bits of 0xffffffff, NaN-boxed */

    /* fmv.x.w with rd = x0 */
    CASE    170
    FP_LI   s, fa1, 0xbf800000
    fmv.x.w x0, fa1
    CHECK_X0

    /* fmv.w.x from x0 gives +0 */
    CASE    171
    FP_LI   s, fa0, 0xbf800000
    fmv.w.x fa0, x0
    FP_CHECK s, fa0, 0

/* ---- FLW / FSW ------------------------------------------------------------------------------- */
    /* flw at fpdata+0: 1.5, bits kept, NaN-boxed */
    CASE    172
    la      a1, fpdata
    flw     fa0, 0(a1)
    FP_CHECK s, fa0, 0x3fc00000

    /* flw at fpdata+4: -sNaN(payload 0x3456), bits kept, NaN-boxed */
    CASE    173
    la      a1, fpdata
    flw     fa0, 4(a1)
    FP_CHECK s, fa0, 0xff803456

    /* flw at fpdata+8: qNaN(payload 0x2345), bits kept, NaN-boxed */
    CASE    174
    la      a1, fpdata
    flw     fa0, 8(a1)
    FP_CHECK s, fa0, 0x7fc02345

    /* flw at fpdata+12: -0x1p-149, bits kept, NaN-boxed */
    CASE    175
    la      a1, fpdata
    flw     fa0, 12(a1)
    FP_CHECK s, fa0, 0x80000001

    /* flw with a negative offset */
    CASE    176
    la      a1, fpdata+16
    flw     fa0, -4(a1)
    FP_CHECK s, fa0, 0x80000001

    /* misaligned flw at fpdata+1 */
    CASE    177
    la      a1, fpdata
    flw     fa0, 1(a1)
    FP_CHECK s, fa0, 0x563fc000

    /* misaligned flw at fpdata+2 */
    CASE    178
    la      a1, fpdata
    flw     fa0, 2(a1)
    FP_CHECK s, fa0, 0x34563fc0

    /* misaligned flw at fpdata+3 */
    CASE    179
    la      a1, fpdata
    flw     fa0, 3(a1)
    FP_CHECK s, fa0, 0x8034563f

    /* misaligned flw at fpdata+6 */
    CASE    180
    la      a1, fpdata
    flw     fa0, 6(a1)
    FP_CHECK s, fa0, 0x2345ff80

    /* fsw of sNaN(payload 0x3456): stored as it is */
    CASE    181
    FP_LI   s, fa1, 0x7f803456
    la      a1, fpstore
    fsw     fa1, 0(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0x7f803456

    /* fsw next to it: only 4 bytes change */
    CASE    182
    FP_LI   s, fa1, 0xc0200000
    la      a1, fpstore
    fsw     fa1, 4(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0xc02000007f803456

    /* misaligned fsw at fpstore+17 */
    CASE    183
    FP_LI   s, fa1, 0xffc02345
    la      a1, fpstore
    fsw     fa1, 17(a1)
    ld      a0, 16(a1)
    CHECK   a0, 0xffc0234500

    /* misaligned fsw at fpstore+22 */
    CASE    184
    FP_LI   s, fa1, 0xffc02345
    la      a1, fpstore
    fsw     fa1, 22(a1)
    ld      a0, 16(a1)
    CHECK   a0, 0x234500ffc0234500
    ld      a0, 24(a1)
    CHECK   a0, 0xffc0

/* ---- NaN-boxing: single-precision operations on registers that do not hold a boxed single ---- */
    TEST_FP_RR            185, fadd.s, sraw, 0x7fc00000, 0, 0x000000003f800000, 0xffffffff3f800000 /* fadd.s: 1.0 not boxed (upper bits 0) is the canonical NaN, no NV */
    TEST_FP_RR            186, fadd.s, sraw, 0x7fc00000, 0, 0xffffffff3f800000, 0xfffffffe3f800000 /* upper bits 0xfffffffe: not boxed either */
    TEST_FP_RR            187, fmul.s, sraw, 0x7fc00000, 0, 0x3ff0000000000000, 0xffffffff3f800000 /* the double 1.0 read as a single: canonical NaN */
    TEST_FP_RR            188, fadd.s, sraw, 0x40000000, 0, 0xffffffff3f800000, 0xffffffff3f800000 /* a properly boxed 1.0 given as a raw image: 2.0 */
    TEST_FP_R             189, fsqrt.s, sraw, 0x7fc00000, 0, 0x7fffffffbf800000  /* fsqrt unboxed 0x7fffffffbf800000 = qNaN */
    TEST_FP_RRR           190, fmadd.s, sraw, 0x7fc00000, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0x000000003f800000 /* fmadd 1.0, 1.0, unboxed 0x000000003f800000 = qNaN */
    TEST_FP_CMP           191, feq.s, 0, 0, sraw, 0x000000003f800000, 0x000000003f800000 /* feq.s: NaN operands compare unequal, quietly */
    TEST_FP_CMP           192, flt.s, 0, NV, sraw, 0x000000003f800000, 0xffffffff3f800000 /* flt.s on an unboxed value: NV */
    TEST_FP_CMP           193, fle.s, 0, NV, sraw, 0xffffffff3f800000, 0xfffffffe3f800000 /* fle 1.0, unboxed 0xfffffffe3f800000 = 0 NV */
    TEST_FP_RR            194, fmin.s, sraw, 0xc0000000, 0, 0x000000003f800000, 0xffffffffc0000000 /* fmin.s: the unboxed operand is a NaN, the other one wins */
    TEST_FP_RR            195, fmax.s, sraw, 0xc0000000, 0, 0xffffffffc0000000, 0x7fffffffbf800000 /* fmax -2.0, unboxed 0x7fffffffbf800000 = -2.0 */
    TEST_FP_RR            196, fmin.s, sraw, 0x7fc00000, 0, 0x000000003f800000, 0xfffffffe3f800000 /* both unboxed: canonical NaN */
    TEST_FP_TO_INT        197, fclass.s, 0x200, 0, sraw, 0x000000003f800000      /* fclass.s of an unboxed value: quiet NaN (bit 9) */
    TEST_FP_TO_INT        198, fclass.s, 0x100, 0, sraw, 0xffffffff7f800001      /* a boxed sNaN given as a raw image: bit 8 */
    TEST_FP_RR            199, fsgnj.s, sraw, 0xffc00000, 0, 0x000000003f800000, 0xffffffffbf800000 /* fsgnj.s: rs1 unboxed = canonical NaN, with the sign of -1.0 */
    TEST_FP_RR            200, fsgnjn.s, sraw, 0xffc00000, 0, 0x7fffffffbf800000, 0xffffffff3f800000 /* fsgnjn unboxed 0x7fffffffbf800000, 1.0 = -qNaN */
    TEST_FP_RR            201, fsgnjx.s, sraw, 0xbf800000, 0, 0xffffffffbf800000, 0xfffffffe3f800000 /* fsgnjx.s: rs2 unboxed is a positive NaN: -1.0 keeps its sign */
    TEST_FP_RR            202, fsgnj.s, sraw, 0x40000000, 0, 0xffffffff40000000, 0x7fffffffbf800000 /* fsgnj.s: rs2 unboxed (sign bit 0 of the canonical NaN, although bit 31 is 1) */
    TEST_FP_TO_INT        203, fcvt.w.s, 0x7fffffff, NV, sraw, 0x000000003f800000 /* fcvt.w.s of an unboxed value: NaN, NV, the largest value */
    TEST_FP_TO_INT        204, fcvt.lu.s, 0xffffffffffffffff, NV, sraw, 0xfffffffe3f800000 /* unboxed 0xfffffffe3f800000 = 18446744073709551615 NV */
    TEST_FP_CVT           205, fcvt.d.s, d, 0x7ff8000000000000, 0, sraw, 0x000000003f800000 /* fcvt.d.s of an unboxed value: the canonical double NaN, no NV */
    TEST_FP_TO_INT        206, fmv.x.w, 0x3f800000, 0, sraw, 0x000000003f800000  /* fmv.x.w ignores the upper bits: 1.0 */
    TEST_FP_TO_INT        207, fmv.x.w, 0xffffffffbf800000, 0, sraw, 0x7fffffffbf800000 /* fmv.x.w: low bits, sign-extended */
    TEST_FP_TO_INT        208, fmv.x.d, 0xffffffff7fc00001, 0, s, 0x7fc00001     /* fmv.w.x boxes: fmv.x.d sees ones above a NaN payload */

    /* fsw of an unboxed register stores its low 32 bits as they are */
    CASE    209
    li      t0, 0x0123456789abcdef
    fmv.d.x fa1, t0
    la      a1, fpstore
    sd      x0, 0(a1)
    fsw     fa1, 0(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0x89abcdef

    /* flw boxes what it loads: fmv.x.d sees the ones */
    CASE    210
    la      a1, fpdata
    flw     fa0, 4(a1)
    fmv.x.d a0, fa0
    CHECK   a0, 0xffffffffff803456

    /* fld of a doubleword then fadd.s: not boxed, canonical NaN */
    CASE    211
    la      a1, fpdata
    fld     fa1, 0(a1)
    fsflags x0
    fadd.s  fa0, fa1, fa1
    FP_CHECK s, fa0, 0x7fc00000
    FLAGS_CHECK 0

    TEST_END

    .data
    .balign 8
fpdata:
    .word   0x3fc00000
    .word   0xff803456
    .word   0x7fc02345
    .word   0x80000001
    .skip   16
fpstore:
    .skip   32
