/* SPDX-License-Identifier: MIT */
/* RV64D double precision: comparisons FEQ/FLT/FLE.D (FEQ is quiet: NV only for a signaling NaN;
 * FLT/FLE are signaling: NV for any NaN; -0 == +0), FMIN/FMAX.D (IEEE 754-2019
 * minimumNumber/maximumNumber: a single NaN operand gives the other operand, two NaNs give
 * the canonical NaN, a signaling NaN raises NV, -0 < +0), FCLASS.D (each of the ten classes),
 * FSGNJ/FSGNJN/FSGNJX.D (bit operations: NaN payloads kept, no flags; rd = rs1 = rs2 as in
 * fmv/fneg/fabs), FMV.X.D / FMV.D.X (bit-exact moves),
 * FLD / FSD (bit-exact, offsets, misaligned addresses).
 * Expected values: the RISC-V Unprivileged ISA, chapters "F" and "D". */

#include "isa.h"

    TEST_BEGIN

/* ---- FEQ.D ----------------------------------------------------------------------------------- */
    TEST_FP_CMP           1, feq.d, 1, 0, d, 0x3ff0000000000000, 0x3ff0000000000000 /* feq 1.0, 1.0 = 1 */
    TEST_FP_CMP           2, feq.d, 0, 0, d, 0x3ff0000000000000, 0x4000000000000000 /* feq 1.0, 2.0 = 0 */
    TEST_FP_CMP           3, feq.d, 0, 0, d, 0x4000000000000000, 0x3ff0000000000000 /* feq 2.0, 1.0 = 0 */
    TEST_FP_CMP           4, feq.d, 0, 0, d, 0xbff0000000000000, 0xc000000000000000 /* feq -1.0, -2.0 = 0 */
    TEST_FP_CMP           5, feq.d, 0, 0, d, 0xc000000000000000, 0xbff0000000000000 /* feq -2.0, -1.0 = 0 */
    TEST_FP_CMP           6, feq.d, 1, 0, d, 0x0000000000000000, 0x8000000000000000 /* feq +0, -0 = 1 */
    TEST_FP_CMP           7, feq.d, 1, 0, d, 0x8000000000000000, 0x0000000000000000 /* feq -0, +0 = 1 */
    TEST_FP_CMP           8, feq.d, 0, 0, d, 0x0000000000000001, 0x0000000000000000 /* feq 5e-324, +0 = 0 */
    TEST_FP_CMP           9, feq.d, 0, 0, d, 0x8000000000000001, 0x0000000000000000 /* feq -5e-324, +0 = 0 */
    TEST_FP_CMP           10, feq.d, 0, 0, d, 0xfff0000000000000, 0x7ff0000000000000 /* feq -inf, +inf = 0 */
    TEST_FP_CMP           11, feq.d, 1, 0, d, 0x7ff0000000000000, 0x7ff0000000000000 /* feq +inf, +inf = 1 */
    TEST_FP_CMP           12, feq.d, 0, 0, d, 0x7ff0000000000000, 0x7fefffffffffffff /* feq +inf, max = 0 */
    TEST_FP_CMP           13, feq.d, 0, 0, d, 0xfff0000000000000, 0xffefffffffffffff /* feq -inf, -max = 0 */
    TEST_FP_CMP           14, feq.d, 0, 0, d, 0x7ff8000000000000, 0x3ff0000000000000 /* feq qNaN, 1.0 = 0 */
    TEST_FP_CMP           15, feq.d, 0, 0, d, 0x3ff0000000000000, 0x7ff8000000002345 /* feq 1.0, qNaN(payload 0x2345) = 0 */
    TEST_FP_CMP           16, feq.d, 0, 0, d, 0x7ff8000000000000, 0x7ff8000000000000 /* feq qNaN, qNaN = 0 */
    TEST_FP_CMP           17, feq.d, 0, NV, d, 0x7ff0000000000001, 0x3ff0000000000000 /* feq sNaN(payload 0x1), 1.0 = 0 NV */
    TEST_FP_CMP           18, feq.d, 0, NV, d, 0x3ff0000000000000, 0x7ff0000000003456 /* feq 1.0, sNaN(payload 0x3456) = 0 NV */
    TEST_FP_CMP           19, feq.d, 0, NV, d, 0x7ff0000000000001, 0x7ff0000000000001 /* feq sNaN(payload 0x1), sNaN(payload 0x1) = 0 NV */

    /* feq.d with rd = x0: x0 stays zero */
    CASE    20
    FP_LI   d, fa1, 0x3ff0000000000000
    feq.d   x0, fa1, fa1
    CHECK_X0

    /* feq.d of a register with itself */
    CASE    21
    FP_LI   d, fa1, 0xc008000000000000
    feq.d   a0, fa1, fa1
    CHECK   a0, 1

/* ---- FLT.D ----------------------------------------------------------------------------------- */
    TEST_FP_CMP           22, flt.d, 0, 0, d, 0x3ff0000000000000, 0x3ff0000000000000 /* flt 1.0, 1.0 = 0 */
    TEST_FP_CMP           23, flt.d, 1, 0, d, 0x3ff0000000000000, 0x4000000000000000 /* flt 1.0, 2.0 = 1 */
    TEST_FP_CMP           24, flt.d, 0, 0, d, 0x4000000000000000, 0x3ff0000000000000 /* flt 2.0, 1.0 = 0 */
    TEST_FP_CMP           25, flt.d, 0, 0, d, 0xbff0000000000000, 0xc000000000000000 /* flt -1.0, -2.0 = 0 */
    TEST_FP_CMP           26, flt.d, 1, 0, d, 0xc000000000000000, 0xbff0000000000000 /* flt -2.0, -1.0 = 1 */
    TEST_FP_CMP           27, flt.d, 0, 0, d, 0x0000000000000000, 0x8000000000000000 /* flt +0, -0 = 0 */
    TEST_FP_CMP           28, flt.d, 0, 0, d, 0x8000000000000000, 0x0000000000000000 /* flt -0, +0 = 0 */
    TEST_FP_CMP           29, flt.d, 0, 0, d, 0x0000000000000001, 0x0000000000000000 /* flt 5e-324, +0 = 0 */
    TEST_FP_CMP           30, flt.d, 1, 0, d, 0x8000000000000001, 0x0000000000000000 /* flt -5e-324, +0 = 1 */
    TEST_FP_CMP           31, flt.d, 1, 0, d, 0xfff0000000000000, 0x7ff0000000000000 /* flt -inf, +inf = 1 */
    TEST_FP_CMP           32, flt.d, 0, 0, d, 0x7ff0000000000000, 0x7ff0000000000000 /* flt +inf, +inf = 0 */
    TEST_FP_CMP           33, flt.d, 0, 0, d, 0x7ff0000000000000, 0x7fefffffffffffff /* flt +inf, max = 0 */
    TEST_FP_CMP           34, flt.d, 1, 0, d, 0xfff0000000000000, 0xffefffffffffffff /* flt -inf, -max = 1 */
    TEST_FP_CMP           35, flt.d, 0, NV, d, 0x7ff8000000000000, 0x3ff0000000000000 /* flt qNaN, 1.0 = 0 NV */
    TEST_FP_CMP           36, flt.d, 0, NV, d, 0x3ff0000000000000, 0x7ff8000000002345 /* flt 1.0, qNaN(payload 0x2345) = 0 NV */
    TEST_FP_CMP           37, flt.d, 0, NV, d, 0x7ff8000000000000, 0x7ff8000000000000 /* flt qNaN, qNaN = 0 NV */
    TEST_FP_CMP           38, flt.d, 0, NV, d, 0x7ff0000000000001, 0x3ff0000000000000 /* flt sNaN(payload 0x1), 1.0 = 0 NV */
    TEST_FP_CMP           39, flt.d, 0, NV, d, 0x3ff0000000000000, 0x7ff0000000003456 /* flt 1.0, sNaN(payload 0x3456) = 0 NV */
    TEST_FP_CMP           40, flt.d, 0, NV, d, 0x7ff0000000000001, 0x7ff0000000000001 /* flt sNaN(payload 0x1), sNaN(payload 0x1) = 0 NV */

    /* flt.d with rd = x0: x0 stays zero */
    CASE    41
    FP_LI   d, fa1, 0x3ff0000000000000
    flt.d   x0, fa1, fa1
    CHECK_X0

    /* flt.d of a register with itself */
    CASE    42
    FP_LI   d, fa1, 0xc008000000000000
    flt.d   a0, fa1, fa1
    CHECK   a0, 0

/* ---- FLE.D ----------------------------------------------------------------------------------- */
    TEST_FP_CMP           43, fle.d, 1, 0, d, 0x3ff0000000000000, 0x3ff0000000000000 /* fle 1.0, 1.0 = 1 */
    TEST_FP_CMP           44, fle.d, 1, 0, d, 0x3ff0000000000000, 0x4000000000000000 /* fle 1.0, 2.0 = 1 */
    TEST_FP_CMP           45, fle.d, 0, 0, d, 0x4000000000000000, 0x3ff0000000000000 /* fle 2.0, 1.0 = 0 */
    TEST_FP_CMP           46, fle.d, 0, 0, d, 0xbff0000000000000, 0xc000000000000000 /* fle -1.0, -2.0 = 0 */
    TEST_FP_CMP           47, fle.d, 1, 0, d, 0xc000000000000000, 0xbff0000000000000 /* fle -2.0, -1.0 = 1 */
    TEST_FP_CMP           48, fle.d, 1, 0, d, 0x0000000000000000, 0x8000000000000000 /* fle +0, -0 = 1 */
    TEST_FP_CMP           49, fle.d, 1, 0, d, 0x8000000000000000, 0x0000000000000000 /* fle -0, +0 = 1 */
    TEST_FP_CMP           50, fle.d, 0, 0, d, 0x0000000000000001, 0x0000000000000000 /* fle 5e-324, +0 = 0 */
    TEST_FP_CMP           51, fle.d, 1, 0, d, 0x8000000000000001, 0x0000000000000000 /* fle -5e-324, +0 = 1 */
    TEST_FP_CMP           52, fle.d, 1, 0, d, 0xfff0000000000000, 0x7ff0000000000000 /* fle -inf, +inf = 1 */
    TEST_FP_CMP           53, fle.d, 1, 0, d, 0x7ff0000000000000, 0x7ff0000000000000 /* fle +inf, +inf = 1 */
    TEST_FP_CMP           54, fle.d, 0, 0, d, 0x7ff0000000000000, 0x7fefffffffffffff /* fle +inf, max = 0 */
    TEST_FP_CMP           55, fle.d, 1, 0, d, 0xfff0000000000000, 0xffefffffffffffff /* fle -inf, -max = 1 */
    TEST_FP_CMP           56, fle.d, 0, NV, d, 0x7ff8000000000000, 0x3ff0000000000000 /* fle qNaN, 1.0 = 0 NV */
    TEST_FP_CMP           57, fle.d, 0, NV, d, 0x3ff0000000000000, 0x7ff8000000002345 /* fle 1.0, qNaN(payload 0x2345) = 0 NV */
    TEST_FP_CMP           58, fle.d, 0, NV, d, 0x7ff8000000000000, 0x7ff8000000000000 /* fle qNaN, qNaN = 0 NV */
    TEST_FP_CMP           59, fle.d, 0, NV, d, 0x7ff0000000000001, 0x3ff0000000000000 /* fle sNaN(payload 0x1), 1.0 = 0 NV */
    TEST_FP_CMP           60, fle.d, 0, NV, d, 0x3ff0000000000000, 0x7ff0000000003456 /* fle 1.0, sNaN(payload 0x3456) = 0 NV */
    TEST_FP_CMP           61, fle.d, 0, NV, d, 0x7ff0000000000001, 0x7ff0000000000001 /* fle sNaN(payload 0x1), sNaN(payload 0x1) = 0 NV */

    /* fle.d with rd = x0: x0 stays zero */
    CASE    62
    FP_LI   d, fa1, 0x3ff0000000000000
    fle.d   x0, fa1, fa1
    CHECK_X0

    /* fle.d of a register with itself */
    CASE    63
    FP_LI   d, fa1, 0xc008000000000000
    fle.d   a0, fa1, fa1
    CHECK   a0, 1

/* ---- FMIN.D ---------------------------------------------------------------------------------- */
    TEST_FP_RR            64, fmin.d, d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000 /* fmin 1.0, 2.0 = 1.0 */
    TEST_FP_RR            65, fmin.d, d, 0x3ff0000000000000, 0, 0x4000000000000000, 0x3ff0000000000000 /* fmin 2.0, 1.0 = 1.0 */
    TEST_FP_RR            66, fmin.d, d, 0xc000000000000000, 0, 0xbff0000000000000, 0xc000000000000000 /* fmin -1.0, -2.0 = -2.0 */
    TEST_FP_RR            67, fmin.d, d, 0x8000000000000000, 0, 0x0000000000000000, 0x8000000000000000 /* fmin +0, -0 = -0 */
    TEST_FP_RR            68, fmin.d, d, 0x8000000000000000, 0, 0x8000000000000000, 0x0000000000000000 /* fmin -0, +0 = -0 */
    TEST_FP_RR            69, fmin.d, d, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000 /* fmin -0, -0 = -0 */
    TEST_FP_RR            70, fmin.d, d, 0xfff0000000000000, 0, 0xfff0000000000000, 0x4014000000000000 /* fmin -inf, 5.0 = -inf */
    TEST_FP_RR            71, fmin.d, d, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 0x7fefffffffffffff /* fmin +inf, max = max */
    TEST_FP_RR            72, fmin.d, d, 0x8000000000000001, 0, 0x8000000000000001, 0x0000000000000001 /* fmin -5e-324, 5e-324 = -5e-324 */
    TEST_FP_RR            73, fmin.d, d, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000 /* fmin qNaN, 1.0 = 1.0 */
    TEST_FP_RR            74, fmin.d, d, 0xbff0000000000000, 0, 0xbff0000000000000, 0x7ff8000000002345 /* fmin -1.0, qNaN(payload 0x2345) = -1.0 */
    TEST_FP_RR            75, fmin.d, d, 0xfff0000000000000, 0, 0x7ff8000000002345, 0xfff0000000000000 /* fmin qNaN(payload 0x2345), -inf = -inf */
    TEST_FP_RR            76, fmin.d, d, 0x3ff0000000000000, NV, 0x7ff0000000000001, 0x3ff0000000000000 /* fmin sNaN(payload 0x1), 1.0 = 1.0 NV */
    TEST_FP_RR            77, fmin.d, d, 0x3ff0000000000000, NV, 0x3ff0000000000000, 0x7ff0000000003456 /* fmin 1.0, sNaN(payload 0x3456) = 1.0 NV */
    TEST_FP_RR            78, fmin.d, d, 0x7ff8000000000000, 0, 0x7ff8000000002345, 0xfff8000000000000 /* fmin qNaN(payload 0x2345), -qNaN = qNaN */
    TEST_FP_RR            79, fmin.d, d, 0x7ff8000000000000, NV, 0x7ff8000000002345, 0x7ff0000000003456 /* fmin qNaN(payload 0x2345), sNaN(payload 0x3456) = qNaN NV */
    TEST_FP_RR            80, fmin.d, d, 0x7ff8000000000000, NV, 0xfff0000000000001, 0xfff8000000000000 /* fmin -sNaN(payload 0x1), -qNaN = qNaN NV */

/* ---- FMAX.D ---------------------------------------------------------------------------------- */
    TEST_FP_RR            81, fmax.d, d, 0x4000000000000000, 0, 0x3ff0000000000000, 0x4000000000000000 /* fmax 1.0, 2.0 = 2.0 */
    TEST_FP_RR            82, fmax.d, d, 0x4000000000000000, 0, 0x4000000000000000, 0x3ff0000000000000 /* fmax 2.0, 1.0 = 2.0 */
    TEST_FP_RR            83, fmax.d, d, 0xbff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000 /* fmax -1.0, -2.0 = -1.0 */
    TEST_FP_RR            84, fmax.d, d, 0x0000000000000000, 0, 0x0000000000000000, 0x8000000000000000 /* fmax +0, -0 = +0 */
    TEST_FP_RR            85, fmax.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x0000000000000000 /* fmax -0, +0 = +0 */
    TEST_FP_RR            86, fmax.d, d, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000 /* fmax -0, -0 = -0 */
    TEST_FP_RR            87, fmax.d, d, 0x4014000000000000, 0, 0xfff0000000000000, 0x4014000000000000 /* fmax -inf, 5.0 = 5.0 */
    TEST_FP_RR            88, fmax.d, d, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x7fefffffffffffff /* fmax +inf, max = +inf */
    TEST_FP_RR            89, fmax.d, d, 0x0000000000000001, 0, 0x8000000000000001, 0x0000000000000001 /* fmax -5e-324, 5e-324 = 5e-324 */
    TEST_FP_RR            90, fmax.d, d, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000 /* fmax qNaN, 1.0 = 1.0 */
    TEST_FP_RR            91, fmax.d, d, 0xbff0000000000000, 0, 0xbff0000000000000, 0x7ff8000000002345 /* fmax -1.0, qNaN(payload 0x2345) = -1.0 */
    TEST_FP_RR            92, fmax.d, d, 0xfff0000000000000, 0, 0x7ff8000000002345, 0xfff0000000000000 /* fmax qNaN(payload 0x2345), -inf = -inf */
    TEST_FP_RR            93, fmax.d, d, 0x3ff0000000000000, NV, 0x7ff0000000000001, 0x3ff0000000000000 /* fmax sNaN(payload 0x1), 1.0 = 1.0 NV */
    TEST_FP_RR            94, fmax.d, d, 0x3ff0000000000000, NV, 0x3ff0000000000000, 0x7ff0000000003456 /* fmax 1.0, sNaN(payload 0x3456) = 1.0 NV */
    TEST_FP_RR            95, fmax.d, d, 0x7ff8000000000000, 0, 0x7ff8000000002345, 0xfff8000000000000 /* fmax qNaN(payload 0x2345), -qNaN = qNaN */
    TEST_FP_RR            96, fmax.d, d, 0x7ff8000000000000, NV, 0x7ff8000000002345, 0x7ff0000000003456 /* fmax qNaN(payload 0x2345), sNaN(payload 0x3456) = qNaN NV */
    TEST_FP_RR            97, fmax.d, d, 0x7ff8000000000000, NV, 0xfff0000000000001, 0xfff8000000000000 /* fmax -sNaN(payload 0x1), -qNaN = qNaN NV */

/* ---- FCLASS.D -------------------------------------------------------------------------------- */
    /* bit 0 -inf, 1 negative normal, 2 negative subnormal, 3 -0, 4 +0, 5 positive subnormal, */
    /* 6 positive normal, 7 +inf, 8 signaling NaN, 9 quiet NaN */
    TEST_FP_TO_INT        98, fclass.d, 0x1, 0, d, 0xfff0000000000000            /* fclass -inf = bit 0 */
    TEST_FP_TO_INT        99, fclass.d, 0x2, 0, d, 0xbff0000000000000            /* fclass -1.0 = bit 1 */
    TEST_FP_TO_INT        100, fclass.d, 0x2, 0, d, 0xffefffffffffffff           /* fclass -max = bit 1 */
    TEST_FP_TO_INT        101, fclass.d, 0x2, 0, d, 0x8010000000000000           /* fclass -0x1p-1022 = bit 1 */
    TEST_FP_TO_INT        102, fclass.d, 0x4, 0, d, 0x8000000000000001           /* fclass -5e-324 = bit 2 */
    TEST_FP_TO_INT        103, fclass.d, 0x4, 0, d, 0x800fffffffffffff           /* fclass -0x0.fffffffffffffp-1022 = bit 2 */
    TEST_FP_TO_INT        104, fclass.d, 0x8, 0, d, 0x8000000000000000           /* fclass -0 = bit 3 */
    TEST_FP_TO_INT        105, fclass.d, 0x10, 0, d, 0x0000000000000000          /* fclass +0 = bit 4 */
    TEST_FP_TO_INT        106, fclass.d, 0x20, 0, d, 0x0000000000000001          /* fclass 5e-324 = bit 5 */
    TEST_FP_TO_INT        107, fclass.d, 0x20, 0, d, 0x000fffffffffffff          /* fclass 0x0.fffffffffffffp-1022 = bit 5 */
    TEST_FP_TO_INT        108, fclass.d, 0x40, 0, d, 0x0010000000000000          /* fclass 0x1p-1022 = bit 6 */
    TEST_FP_TO_INT        109, fclass.d, 0x40, 0, d, 0x3ff0000000000000          /* fclass 1.0 = bit 6 */
    TEST_FP_TO_INT        110, fclass.d, 0x40, 0, d, 0x7fefffffffffffff          /* fclass max = bit 6 */
    TEST_FP_TO_INT        111, fclass.d, 0x80, 0, d, 0x7ff0000000000000          /* fclass +inf = bit 7 */
    TEST_FP_TO_INT        112, fclass.d, 0x100, 0, d, 0x7ff0000000000001         /* fclass sNaN(payload 0x1) = bit 8 */
    TEST_FP_TO_INT        113, fclass.d, 0x100, 0, d, 0xfff0000000003456         /* fclass -sNaN(payload 0x3456) = bit 8 */
    TEST_FP_TO_INT        114, fclass.d, 0x100, 0, d, 0x7ff7ffffffffffff         /* fclass sNaN(payload 0x7ffffffffffff) = bit 8 */
    TEST_FP_TO_INT        115, fclass.d, 0x200, 0, d, 0x7ff8000000000000         /* fclass qNaN = bit 9 */
    TEST_FP_TO_INT        116, fclass.d, 0x200, 0, d, 0xfff8000000002345         /* fclass -qNaN(payload 0x2345) = bit 9 */

    /* fclass.d with rd = x0 */
    CASE    117
    FP_LI   d, fa1, 0x3ff0000000000000
    fclass.d x0, fa1
    CHECK_X0

/* ---- FSGNJ.D --------------------------------------------------------------------------------- */
    TEST_FP_RR            118, fsgnj.d, d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000 /* fsgnj 1.0, 2.0 = 1.0 */
    TEST_FP_RR            119, fsgnj.d, d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xc000000000000000 /* fsgnj 1.0, -2.0 = -1.0 */
    TEST_FP_RR            120, fsgnj.d, d, 0x3ff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000 /* fsgnj -1.0, 2.0 = 1.0 */
    TEST_FP_RR            121, fsgnj.d, d, 0xbff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000 /* fsgnj -1.0, -2.0 = -1.0 */
    TEST_FP_RR            122, fsgnj.d, d, 0x8000000000000000, 0, 0x0000000000000000, 0x8000000000000000 /* fsgnj +0, -0 = -0 */
    TEST_FP_RR            123, fsgnj.d, d, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000 /* fsgnj -0, -0 = -0 */
    TEST_FP_RR            124, fsgnj.d, d, 0xfff0000000000000, 0, 0x7ff0000000000000, 0x8000000000000000 /* fsgnj +inf, -0 = -inf */
    TEST_FP_RR            125, fsgnj.d, d, 0xfff8000000002345, 0, 0x7ff8000000002345, 0x8000000000000000 /* fsgnj qNaN(payload 0x2345), -0 = -qNaN(payload 0x2345) */
    TEST_FP_RR            126, fsgnj.d, d, 0x7ff0000000003456, 0, 0xfff0000000003456, 0x0000000000000000 /* fsgnj -sNaN(payload 0x3456), +0 = sNaN(payload 0x3456) */
    TEST_FP_RR            127, fsgnj.d, d, 0xc008000000000000, 0, 0x4008000000000000, 0xfff8000000000000 /* fsgnj 3.0, -qNaN = -3.0 */
    TEST_FP_RR            128, fsgnj.d, d, 0x0000000000000001, 0, 0x8000000000000001, 0x7ff0000000000001 /* fsgnj -5e-324, sNaN(payload 0x1) = 5e-324 */

    /* fsgnj.d with rd = rs1 = rs2 (fmv) of -5.0 */
    CASE    129
    FP_LI   d, fa1, 0xc014000000000000
    fsflags x0
    fsgnj.d   fa1, fa1, fa1
    FP_CHECK d, fa1, 0xc014000000000000
    FLAGS_CHECK 0

    /* fsgnj.d with rd = rs1 = rs2 (fmv) of sNaN(payload 0x3456) */
    CASE    130
    FP_LI   d, fa1, 0x7ff0000000003456
    fsflags x0
    fsgnj.d   fa1, fa1, fa1
    FP_CHECK d, fa1, 0x7ff0000000003456
    FLAGS_CHECK 0

/* ---- FSGNJN.D -------------------------------------------------------------------------------- */
    TEST_FP_RR            131, fsgnjn.d, d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000 /* fsgnjn 1.0, 2.0 = -1.0 */
    TEST_FP_RR            132, fsgnjn.d, d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0xc000000000000000 /* fsgnjn 1.0, -2.0 = 1.0 */
    TEST_FP_RR            133, fsgnjn.d, d, 0xbff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000 /* fsgnjn -1.0, 2.0 = -1.0 */
    TEST_FP_RR            134, fsgnjn.d, d, 0x3ff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000 /* fsgnjn -1.0, -2.0 = 1.0 */
    TEST_FP_RR            135, fsgnjn.d, d, 0x0000000000000000, 0, 0x0000000000000000, 0x8000000000000000 /* fsgnjn +0, -0 = +0 */
    TEST_FP_RR            136, fsgnjn.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x8000000000000000 /* fsgnjn -0, -0 = +0 */
    TEST_FP_RR            137, fsgnjn.d, d, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x8000000000000000 /* fsgnjn +inf, -0 = +inf */
    TEST_FP_RR            138, fsgnjn.d, d, 0x7ff8000000002345, 0, 0x7ff8000000002345, 0x8000000000000000 /* fsgnjn qNaN(payload 0x2345), -0 = qNaN(payload 0x2345) */
    TEST_FP_RR            139, fsgnjn.d, d, 0xfff0000000003456, 0, 0xfff0000000003456, 0x0000000000000000 /* fsgnjn -sNaN(payload 0x3456), +0 = -sNaN(payload 0x3456) */
    TEST_FP_RR            140, fsgnjn.d, d, 0x4008000000000000, 0, 0x4008000000000000, 0xfff8000000000000 /* fsgnjn 3.0, -qNaN = 3.0 */
    TEST_FP_RR            141, fsgnjn.d, d, 0x8000000000000001, 0, 0x8000000000000001, 0x7ff0000000000001 /* fsgnjn -5e-324, sNaN(payload 0x1) = -5e-324 */

    /* fsgnjn.d with rd = rs1 = rs2 (fneg) of -5.0 */
    CASE    142
    FP_LI   d, fa1, 0xc014000000000000
    fsflags x0
    fsgnjn.d  fa1, fa1, fa1
    FP_CHECK d, fa1, 0x4014000000000000
    FLAGS_CHECK 0

    /* fsgnjn.d with rd = rs1 = rs2 (fneg) of sNaN(payload 0x3456) */
    CASE    143
    FP_LI   d, fa1, 0x7ff0000000003456
    fsflags x0
    fsgnjn.d  fa1, fa1, fa1
    FP_CHECK d, fa1, 0xfff0000000003456
    FLAGS_CHECK 0

/* ---- FSGNJX.D -------------------------------------------------------------------------------- */
    TEST_FP_RR            144, fsgnjx.d, d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000 /* fsgnjx 1.0, 2.0 = 1.0 */
    TEST_FP_RR            145, fsgnjx.d, d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xc000000000000000 /* fsgnjx 1.0, -2.0 = -1.0 */
    TEST_FP_RR            146, fsgnjx.d, d, 0xbff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000 /* fsgnjx -1.0, 2.0 = -1.0 */
    TEST_FP_RR            147, fsgnjx.d, d, 0x3ff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000 /* fsgnjx -1.0, -2.0 = 1.0 */
    TEST_FP_RR            148, fsgnjx.d, d, 0x8000000000000000, 0, 0x0000000000000000, 0x8000000000000000 /* fsgnjx +0, -0 = -0 */
    TEST_FP_RR            149, fsgnjx.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x8000000000000000 /* fsgnjx -0, -0 = +0 */
    TEST_FP_RR            150, fsgnjx.d, d, 0xfff0000000000000, 0, 0x7ff0000000000000, 0x8000000000000000 /* fsgnjx +inf, -0 = -inf */
    TEST_FP_RR            151, fsgnjx.d, d, 0xfff8000000002345, 0, 0x7ff8000000002345, 0x8000000000000000 /* fsgnjx qNaN(payload 0x2345), -0 = -qNaN(payload 0x2345) */
    TEST_FP_RR            152, fsgnjx.d, d, 0xfff0000000003456, 0, 0xfff0000000003456, 0x0000000000000000 /* fsgnjx -sNaN(payload 0x3456), +0 = -sNaN(payload 0x3456) */
    TEST_FP_RR            153, fsgnjx.d, d, 0xc008000000000000, 0, 0x4008000000000000, 0xfff8000000000000 /* fsgnjx 3.0, -qNaN = -3.0 */
    TEST_FP_RR            154, fsgnjx.d, d, 0x8000000000000001, 0, 0x8000000000000001, 0x7ff0000000000001 /* fsgnjx -5e-324, sNaN(payload 0x1) = -5e-324 */

    /* fsgnjx.d with rd = rs1 = rs2 (fabs) of -5.0 */
    CASE    155
    FP_LI   d, fa1, 0xc014000000000000
    fsflags x0
    fsgnjx.d  fa1, fa1, fa1
    FP_CHECK d, fa1, 0x4014000000000000
    FLAGS_CHECK 0

    /* fsgnjx.d with rd = rs1 = rs2 (fabs) of sNaN(payload 0x3456) */
    CASE    156
    FP_LI   d, fa1, 0x7ff0000000003456
    fsflags x0
    fsgnjx.d  fa1, fa1, fa1
    FP_CHECK d, fa1, 0x7ff0000000003456
    FLAGS_CHECK 0

/* ---- FMV.X.D and FMV.D.X --------------------------------------------------------------------- */
    TEST_FP_TO_INT        157, fmv.x.d, 0x3ff0000000000000, 0, d, 0x3ff0000000000000 /* 1.0: all 64 bits */
    TEST_FP_TO_INT        158, fmv.x.d, 0xbff0000000000000, 0, d, 0xbff0000000000000 /* -1.0: all 64 bits */
    TEST_FP_TO_INT        159, fmv.x.d, 0x7ff8000000002345, 0, d, 0x7ff8000000002345 /* qNaN(payload 0x2345): all 64 bits */
    TEST_FP_TO_INT        160, fmv.x.d, 0xfff0000000003456, 0, d, 0xfff0000000003456 /* -sNaN(payload 0x3456): all 64 bits */
    TEST_FP_TO_INT        161, fmv.x.d, 0x8000000000000000, 0, d, 0x8000000000000000 /* -0: all 64 bits */
    TEST_FP_TO_INT        162, fmv.x.d, 0xffffffff3f800000, 0, d, 0xffffffff3f800000 /* -qNaN(payload 0x7ffff3f800000): all 64 bits */
    TEST_FP_TO_INT        163, fmv.x.d, 0x0, 0, d, 0x0000000000000000            /* +0: all 64 bits */
    TEST_INT_TO_FP        164, fmv.d.x, d, 0x3ff0000000000000, 0, 0x3ff0000000000000 /* 0x3ff0000000000000 unchanged */
    TEST_INT_TO_FP        165, fmv.d.x, d, 0xfff8000000000000, 0, 0xfff8000000000000 /* 0xfff8000000000000 unchanged */
    TEST_INT_TO_FP        166, fmv.d.x, d, 0x7ff0000000000001, 0, 0x7ff0000000000001 /* 0x7ff0000000000001 unchanged */
    TEST_INT_TO_FP        167, fmv.d.x, d, 0x123456789abcdef0, 0, 0x123456789abcdef0 /* 0x123456789abcdef0 unchanged */
    TEST_INT_TO_FP        168, fmv.d.x, d, 0xffffffff3f800000, 0, 0xffffffff3f800000 /* 0xffffffff3f800000 unchanged */

    /* fmv.x.d with rd = x0 */
    CASE    169
    FP_LI   d, fa1, 0xbff0000000000000
    fmv.x.d x0, fa1
    CHECK_X0

    /* fmv.d.x from x0 gives +0 */
    CASE    170
    FP_LI   d, fa0, 0xbff0000000000000
    fmv.d.x fa0, x0
    FP_CHECK d, fa0, 0

/* ---- FLD / FSD ------------------------------------------------------------------------------- */
    /* fld at fpdata+0: 1.5, bits kept */
    CASE    171
    la      a1, fpdata
    fld     fa0, 0(a1)
    FP_CHECK d, fa0, 0x3ff8000000000000

    /* fld at fpdata+8: -sNaN(payload 0x3456), bits kept */
    CASE    172
    la      a1, fpdata
    fld     fa0, 8(a1)
    FP_CHECK d, fa0, 0xfff0000000003456

    /* fld at fpdata+16: qNaN(payload 0x2345), bits kept */
    CASE    173
    la      a1, fpdata
    fld     fa0, 16(a1)
    FP_CHECK d, fa0, 0x7ff8000000002345

    /* fld at fpdata+24: -5e-324, bits kept */
    CASE    174
    la      a1, fpdata
    fld     fa0, 24(a1)
    FP_CHECK d, fa0, 0x8000000000000001

    /* fld with a negative offset */
    CASE    175
    la      a1, fpdata+32
    fld     fa0, -8(a1)
    FP_CHECK d, fa0, 0x8000000000000001

    /* misaligned fld at fpdata+1 */
    CASE    176
    la      a1, fpdata
    fld     fa0, 1(a1)
    FP_CHECK d, fa0, 0x563ff80000000000

    /* misaligned fld at fpdata+3 */
    CASE    177
    la      a1, fpdata
    fld     fa0, 3(a1)
    FP_CHECK d, fa0, 0x34563ff8000000

    /* misaligned fld at fpdata+4 */
    CASE    178
    la      a1, fpdata
    fld     fa0, 4(a1)
    FP_CHECK d, fa0, 0x34563ff80000

    /* misaligned fld at fpdata+7 */
    CASE    179
    la      a1, fpdata
    fld     fa0, 7(a1)
    FP_CHECK d, fa0, 0xf00000000034563f

    /* fsd of sNaN(payload 0x3456): stored as it is */
    CASE    180
    FP_LI   d, fa1, 0x7ff0000000003456
    la      a1, fpstore
    fsd     fa1, 0(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0x7ff0000000003456

    /* fsd next to it: only 8 bytes change */
    CASE    181
    FP_LI   d, fa1, 0xc004000000000000
    la      a1, fpstore
    fsd     fa1, 8(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0xc004000000000000

    /* misaligned fsd at fpstore+17 */
    CASE    182
    FP_LI   d, fa1, 0xfff8000000002345
    la      a1, fpstore
    fsd     fa1, 17(a1)
    ld      a0, 16(a1)
    CHECK   a0, 0xf800000000234500
    ld      a0, 24(a1)
    CHECK   a0, 0xff

    /* misaligned fsd at fpstore+21 */
    CASE    183
    FP_LI   d, fa1, 0xfff8000000002345
    la      a1, fpstore
    fsd     fa1, 21(a1)
    ld      a0, 16(a1)
    CHECK   a0, 0x23450000234500
    ld      a0, 24(a1)
    CHECK   a0, 0xfff8000000

    TEST_END

    .data
    .balign 8
fpdata:
    .dword   0x3ff8000000000000
    .dword   0xfff0000000003456
    .dword   0x7ff8000000002345
    .dword   0x8000000000000001
    .skip   16
fpstore:
    .skip   32
