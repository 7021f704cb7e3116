/* SPDX-License-Identifier: MIT */
/* RV64F single-precision arithmetic: FADD, FSUB, FMUL, FDIV, FSQRT, FMADD, FMSUB, FNMSUB, FNMADD
 * (.S), in the default rounding mode (frm = 0, round to nearest even; rvfd_rounding covers
 * the others), with the exact fflags of every case (cleared before each instruction).
 * Signed zeros (x + -x = +0, -0 + -0 = -0, the signs of zero products and of zero fused
 * results), infinities, invalid operations (inf - inf, 0 * inf, 0 / 0, inf / inf, sqrt of a
 * negative number, fused inf * 0 + qNaN, which must raise NV), quiet and signaling NaN
 * operands (every NaN result is the canonical NaN 0x7fc00000, payloads are not propagated,
 * only sNaN raises NV),
 * division by zero (DZ only for a finite nonzero dividend), overflow, subnormal operands and
 * results (UF only when the result is tiny and inexact; tininess is detected after rounding),
 * ties to even, and the fused multiply-adds rounding once (cases where a separate multiply
 * and add would give another result, or overflow).
 * Single-precision results must be NaN-boxed: all 64 bits of the destination are checked.
 * Expected values: the RISC-V Unprivileged ISA, chapters "F" and "D", and IEEE 754-2008;
 * computed with exact rational arithmetic. */

#include "isa.h"

    TEST_BEGIN
    TEST_FP_RR            1, fadd.s, s, 0x40400000, 0, 0x3f800000, 0x40000000    /* fadd 1.0, 2.0 = 3.0 */
    TEST_FP_RR            2, fadd.s, s, 0x3fa00000, 0, 0x3fc00000, 0xbe800000    /* fadd 1.5, -0.25 = 1.25 */
    TEST_FP_RR            3, fadd.s, s, 0x00000000, 0, 0x3f800000, 0xbf800000    /* x + -x = +0 */
    TEST_FP_RR            4, fadd.s, s, 0x80000000, 0, 0x80000000, 0x80000000    /* fadd -0, -0 = -0 */
    TEST_FP_RR            5, fadd.s, s, 0x00000000, 0, 0x00000000, 0x80000000    /* fadd +0, -0 = +0 */
    TEST_FP_RR            6, fadd.s, s, 0x00000000, 0, 0x80000000, 0x00000000    /* fadd -0, +0 = +0 */
    TEST_FP_RR            7, fadd.s, s, 0xc0400000, 0, 0xc0400000, 0x00000000    /* fadd -3.0, +0 = -3.0 */
    TEST_FP_RR            8, fadd.s, s, 0x3f800000, NX, 0x3f800000, 0x33800000   /* 1 + ulp/2: a tie, stays at even 1.0, NX */
    TEST_FP_RR            9, fadd.s, s, 0x3f800002, NX, 0x3f800001, 0x33800000   /* (1 + ulp) + ulp/2: a tie, goes up to even, NX */
    TEST_FP_RR            10, fadd.s, s, 0x3f800001, NX, 0x3f800000, 0x33c00000  /* 1 + 3/4 ulp rounds up, NX */
    TEST_FP_RR            11, fadd.s, s, 0x3f800001, 0, 0x3f800000, 0x34000000   /* 1 + ulp: exact */
    TEST_FP_RR            12, fadd.s, s, 0x7f800000, OF|NX, 0x7f7fffff, 0x7f7fffff /* fadd max, max = +inf OF|NX */
    TEST_FP_RR            13, fadd.s, s, 0x7f800000, OF|NX, 0x7f7fffff, 0x73000000 /* max + half an ulp of max: a tie to even = inf, OF */
    TEST_FP_RR            14, fadd.s, s, 0x7f7fffff, NX, 0x7f7fffff, 0x72800000  /* max + a quarter ulp stays max, NX */
    TEST_FP_RR            15, fadd.s, s, 0x7f800000, 0, 0x7f800000, 0xc0a00000   /* fadd +inf, -5.0 = +inf */
    TEST_FP_RR            16, fadd.s, s, 0xff800000, 0, 0xff800000, 0xff800000   /* fadd -inf, -inf = -inf */
    TEST_FP_RR            17, fadd.s, s, 0x7fc00000, NV, 0x7f800000, 0xff800000  /* fadd +inf, -inf = qNaN NV */
    TEST_FP_RR            18, fadd.s, s, 0x7fc00000, 0, 0x7fc00000, 0x3f800000   /* fadd qNaN, 1.0 = qNaN */
    TEST_FP_RR            19, fadd.s, s, 0x7fc00000, 0, 0x3f800000, 0x7fc01234   /* a quiet NaN with a payload gives the canonical NaN, no flag */
    TEST_FP_RR            20, fadd.s, s, 0x7fc00000, 0, 0xffc00000, 0x7f800000   /* fadd -qNaN, +inf = qNaN */
    TEST_FP_RR            21, fadd.s, s, 0x7fc00000, NV, 0x7f800001, 0x3f800000  /* fadd sNaN(payload 0x1), 1.0 = qNaN NV */
    TEST_FP_RR            22, fadd.s, s, 0x7fc00000, NV, 0x7fc00000, 0x7f805678  /* fadd qNaN, sNaN(payload 0x5678) = qNaN NV */
    TEST_FP_RR            23, fadd.s, s, 0x00000002, 0, 0x00000001, 0x00000001   /* subnormals add exactly: no UF */
    TEST_FP_RR            24, fadd.s, s, 0x00800000, 0, 0x007fffff, 0x00000001   /* largest subnormal + smallest = smallest normal */
    TEST_FP_RR            25, fadd.s, s, 0x007fffff, 0, 0x00800000, 0x80000001   /* smallest normal - smallest subnormal = largest subnormal, exact */
    TEST_FP_RR            26, fadd.s, s, 0x3f800000, NX, 0x3f800000, 0x00000001  /* 1 + the smallest subnormal: NX only */
    TEST_FP_RR            27, fsub.s, s, 0x40000000, 0, 0x40400000, 0x3f800000   /* fsub 3.0, 1.0 = 2.0 */
    TEST_FP_RR            28, fsub.s, s, 0xc0000000, 0, 0x3f800000, 0x40400000   /* fsub 1.0, 3.0 = -2.0 */
    TEST_FP_RR            29, fsub.s, s, 0x00000000, 0, 0x40200000, 0x40200000   /* x - x = +0 */
    TEST_FP_RR            30, fsub.s, s, 0x80000000, 0, 0x80000000, 0x00000000   /* fsub -0, +0 = -0 */
    TEST_FP_RR            31, fsub.s, s, 0x00000000, 0, 0x00000000, 0x00000000   /* fsub +0, +0 = +0 */
    TEST_FP_RR            32, fsub.s, s, 0x00000000, 0, 0x80000000, 0x80000000   /* fsub -0, -0 = +0 */
    TEST_FP_RR            33, fsub.s, s, 0x3f800000, NX, 0x3f800000, 0x33000000  /* 1 - ulp/4: a tie between 1 - ulp/2 and 1, to even 1.0, NX */
    TEST_FP_RR            34, fsub.s, s, 0x3f7fffff, 0, 0x3f800000, 0x33800000   /* 1 - ulp/2 is exact (the spacing below 1 is ulp/2) */
    TEST_FP_RR            35, fsub.s, s, 0x3f7fffff, NX, 0x3f800000, 0x33400000  /* 1 - 3/8 ulp: nearer 1 - ulp/2, NX */
    TEST_FP_RR            36, fsub.s, s, 0x7fc00000, NV, 0x7f800000, 0x7f800000  /* fsub +inf, +inf = qNaN NV */
    TEST_FP_RR            37, fsub.s, s, 0xff800000, 0, 0xff800000, 0x7f800000   /* fsub -inf, +inf = -inf */
    TEST_FP_RR            38, fsub.s, s, 0xff800000, OF|NX, 0xff7fffff, 0x7f7fffff /* fsub -max, max = -inf OF|NX */
    TEST_FP_RR            39, fsub.s, s, 0x7fc00000, NV, 0xff800001, 0x7fc00000  /* fsub -sNaN(payload 0x1), qNaN = qNaN NV */
    TEST_FP_RR            40, fsub.s, s, 0x80000001, 0, 0x00800000, 0x00800001   /* a result in the subnormal range, exact: no UF */
    TEST_FP_RR            41, fmul.s, s, 0x40c00000, 0, 0x40000000, 0x40400000   /* fmul 2.0, 3.0 = 6.0 */
    TEST_FP_RR            42, fmul.s, s, 0xc0c00000, 0, 0xc0000000, 0x40400000   /* fmul -2.0, 3.0 = -6.0 */
    TEST_FP_RR            43, fmul.s, s, 0x3f800000, 0, 0xc0000000, 0xbf000000   /* fmul -2.0, -0.5 = 1.0 */
    TEST_FP_RR            44, fmul.s, s, 0x80000000, 0, 0x00000000, 0xc0a00000   /* fmul +0, -5.0 = -0 */
    TEST_FP_RR            45, fmul.s, s, 0x00000000, 0, 0x80000000, 0x80000000   /* fmul -0, -0 = +0 */
    TEST_FP_RR            46, fmul.s, s, 0x7fc00000, NV, 0x7f800000, 0x00000000  /* fmul +inf, +0 = qNaN NV */
    TEST_FP_RR            47, fmul.s, s, 0x7fc00000, NV, 0x80000000, 0xff800000  /* fmul -0, -inf = qNaN NV */
    TEST_FP_RR            48, fmul.s, s, 0xff800000, 0, 0x7f800000, 0xc0000000   /* fmul +inf, -2.0 = -inf */
    TEST_FP_RR            49, fmul.s, s, 0x7f800000, OF|NX, 0x7f7fffff, 0x40000000 /* fmul max, 2.0 = +inf OF|NX */
    TEST_FP_RR            50, fmul.s, s, 0xff800000, OF|NX, 0xff7fffff, 0x3f800001 /* fmul -max, 0x1.000002p+0 = -inf OF|NX */
    TEST_FP_RR            51, fmul.s, s, 0x3f800002, NX, 0x3f800001, 0x3f800001  /* (1 + ulp)^2 = 1 + 2 ulp + ulp^2: NX */
    TEST_FP_RR            52, fmul.s, s, 0x00400000, 0, 0x00800000, 0x3f000000   /* a subnormal result, exact: no UF */
    TEST_FP_RR            53, fmul.s, s, 0x00400000, UF|NX, 0x00800001, 0x3f000000 /* a subnormal result, inexact: UF NX */
    TEST_FP_RR            54, fmul.s, s, 0x00800000, NX, 0x3f7ffffe, 0x00800001  /* min normal * (1 - ulp^2 / 2): tiny before rounding but not after: NX only */
    TEST_FP_RR            55, fmul.s, s, 0x00000000, UF|NX, 0x00000001, 0x00000001 /* underflow to +0: UF NX */
    TEST_FP_RR            56, fmul.s, s, 0x80000000, UF|NX, 0x80000001, 0x3f000000 /* -2^-149 / 2: a tie between -0 and the smallest, to even: -0, UF NX */
    TEST_FP_RR            57, fmul.s, s, 0x00000001, UF|NX, 0x00000001, 0x3f400000 /* 0.75 of the smallest subnormal rounds up to it: UF NX */
    TEST_FP_RR            58, fmul.s, s, 0x7fc00000, 0, 0x7fc00000, 0x7f800000   /* qNaN * inf: NaN, no flag */
    TEST_FP_RR            59, fmul.s, s, 0x7fc00000, NV, 0x7f800001, 0x00000000  /* fmul sNaN(payload 0x1), +0 = qNaN NV */
    TEST_FP_RR            60, fmul.s, s, 0x00fffffe, 0, 0x007fffff, 0x40000000   /* a subnormal times 2 becomes normal, exact */
    TEST_FP_RR            61, fdiv.s, s, 0x40000000, 0, 0x40c00000, 0x40400000   /* fdiv 6.0, 3.0 = 2.0 */
    TEST_FP_RR            62, fdiv.s, s, 0x3eaaaaab, NX, 0x3f800000, 0x40400000  /* fdiv 1.0, 3.0 = 0x1.555556p-2 NX */
    TEST_FP_RR            63, fdiv.s, s, 0xbeaaaaab, NX, 0xbf800000, 0x40400000  /* fdiv -1.0, 3.0 = -0x1.555556p-2 NX */
    TEST_FP_RR            64, fdiv.s, s, 0x3f2aaaab, NX, 0x40000000, 0x40400000  /* fdiv 2.0, 3.0 = 0x1.555556p-1 NX */
    TEST_FP_RR            65, fdiv.s, s, 0x7f800000, DZ, 0x3f800000, 0x00000000  /* fdiv 1.0, +0 = +inf DZ */
    TEST_FP_RR            66, fdiv.s, s, 0xff800000, DZ, 0xbf800000, 0x00000000  /* fdiv -1.0, +0 = -inf DZ */
    TEST_FP_RR            67, fdiv.s, s, 0xff800000, DZ, 0x3f800000, 0x80000000  /* fdiv 1.0, -0 = -inf DZ */
    TEST_FP_RR            68, fdiv.s, s, 0x7fc00000, NV, 0x00000000, 0x00000000  /* fdiv +0, +0 = qNaN NV */
    TEST_FP_RR            69, fdiv.s, s, 0x80000000, 0, 0x80000000, 0x40400000   /* fdiv -0, 3.0 = -0 */
    TEST_FP_RR            70, fdiv.s, s, 0x7fc00000, NV, 0x7f800000, 0x7f800000  /* fdiv +inf, +inf = qNaN NV */
    TEST_FP_RR            71, fdiv.s, s, 0x7f800000, 0, 0x7f800000, 0x00000000   /* inf / 0 = inf exactly: no DZ */
    TEST_FP_RR            72, fdiv.s, s, 0xff800000, 0, 0xff800000, 0x40000000   /* fdiv -inf, 2.0 = -inf */
    TEST_FP_RR            73, fdiv.s, s, 0x80000000, 0, 0x3f800000, 0xff800000   /* fdiv 1.0, -inf = -0 */
    TEST_FP_RR            74, fdiv.s, s, 0x7f800000, OF|NX, 0x7f7fffff, 0x3f000000 /* fdiv max, 0.5 = +inf OF|NX */
    TEST_FP_RR            75, fdiv.s, s, 0x00000000, UF|NX, 0x00000001, 0x40000000 /* a tie between 0 and the smallest subnormal: +0, UF NX */
    TEST_FP_RR            76, fdiv.s, s, 0x00000002, UF|NX, 0x00000003, 0x40000000 /* 1.5 * smallest, a tie, to even: 2 * smallest, UF NX */
    TEST_FP_RR            77, fdiv.s, s, 0x00200000, 0, 0x00800000, 0x40800000   /* a subnormal quotient, exact: no UF */
    TEST_FP_RR            78, fdiv.s, s, 0x7fc00000, NV, 0x7f800001, 0x3f800000  /* fdiv sNaN(payload 0x1), 1.0 = qNaN NV */
    TEST_FP_RR            79, fdiv.s, s, 0x7fc00000, 0, 0x7fc00000, 0x00000000   /* qNaN / 0: NaN, no DZ */
    TEST_FP_RR            80, fdiv.s, s, 0x7f800000, OF|NX, 0x3f800000, 0x00000001 /* 1 / the smallest subnormal overflows */
    TEST_FP_R             81, fsqrt.s, s, 0x40000000, 0, 0x40800000              /* fsqrt 4.0 = 2.0 */
    TEST_FP_R             82, fsqrt.s, s, 0x3f000000, 0, 0x3e800000              /* fsqrt 0.25 = 0.5 */
    TEST_FP_R             83, fsqrt.s, s, 0x3fb504f3, NX, 0x40000000             /* fsqrt 2.0 = 0x1.6a09e6p+0 NX */
    TEST_FP_R             84, fsqrt.s, s, 0x3fddb3d7, NX, 0x40400000             /* fsqrt 3.0 = 0x1.bb67aep+0 NX */
    TEST_FP_R             85, fsqrt.s, s, 0x00000000, 0, 0x00000000              /* fsqrt +0 = +0 */
    TEST_FP_R             86, fsqrt.s, s, 0x80000000, 0, 0x80000000              /* sqrt(-0) = -0 */
    TEST_FP_R             87, fsqrt.s, s, 0x7f800000, 0, 0x7f800000              /* fsqrt +inf = +inf */
    TEST_FP_R             88, fsqrt.s, s, 0x7fc00000, NV, 0xff800000             /* fsqrt -inf = qNaN NV */
    TEST_FP_R             89, fsqrt.s, s, 0x7fc00000, NV, 0xbf800000             /* fsqrt -1.0 = qNaN NV */
    TEST_FP_R             90, fsqrt.s, s, 0x7fc00000, NV, 0x80000001             /* the square root of a negative subnormal is invalid */
    TEST_FP_R             91, fsqrt.s, s, 0x7fc00000, 0, 0x7fc01234              /* fsqrt qNaN(payload 0x1234) = qNaN */
    TEST_FP_R             92, fsqrt.s, s, 0x7fc00000, NV, 0x7f800001             /* fsqrt sNaN(payload 0x1) = qNaN NV */
    TEST_FP_R             93, fsqrt.s, s, 0x1a3504f3, NX, 0x00000001             /* sqrt of the smallest subnormal */
    TEST_FP_R             94, fsqrt.s, s, 0x1a800000, 0, 0x00000002              /* sqrt(2^-148) = 2^-74: a subnormal operand, exact */
    TEST_FP_R             95, fsqrt.s, s, 0x5f7fffff, NX, 0x7f7fffff             /* fsqrt max = 0x1.fffffep+63 NX */

/* ---- FMADD ----------------------------------------------------------------------------------- */
    TEST_FP_RRR           96, fmadd.s, s, 0x41200000, 0, 0x40000000, 0x40400000, 0x40800000 /* fmadd 2.0, 3.0, 4.0 = 10.0 */
    TEST_FP_RRR           97, fmadd.s, s, 0xc0b00000, 0, 0xc0000000, 0x40400000, 0x3f000000 /* fmadd -2.0, 3.0, 0.5 = -5.5 */
    TEST_FP_RRR           98, fmadd.s, s, 0xa8800000, 0, 0x3f800001, 0x3f7ffffe, 0xbf800000 /* (1 + ulp)(1 - ulp) + -1 = -ulp^2 exactly (separately rounded: 0) */
    TEST_FP_RRR           99, fmadd.s, s, 0x7f7fffff, 0, 0x7f7fffff, 0x40000000, 0xff7fffff /* max * 2 and max cancel to +-max: no overflow once fused */
    TEST_FP_RRR           100, fmadd.s, s, 0x7fc00000, NV, 0x7f800000, 0x00000000, 0x7fc00000 /* inf * 0 + qNaN: NV even with a quiet NaN addend */
    TEST_FP_RRR           101, fmadd.s, s, 0x7fc00000, NV, 0x00000000, 0x7f800000, 0x3f800000 /* fmadd +0, +inf, 1.0 = qNaN NV */
    TEST_FP_RRR           102, fmadd.s, s, 0x7f800000, 0, 0x7f800000, 0x3f800000, 0x7f800000 /* fmadd +inf, 1.0, +inf = +inf */
    TEST_FP_RRR           103, fmadd.s, s, 0x7fc00000, NV, 0x7fc00000, 0x3f800000, 0x7f800001 /* fmadd qNaN, 1.0, sNaN(payload 0x1) = qNaN NV */
    TEST_FP_RRR           104, fmadd.s, s, 0x7fc00000, 0, 0x7fc00000, 0x3f800000, 0x3f800000 /* fmadd qNaN, 1.0, 1.0 = qNaN */
    TEST_FP_RRR           105, fmadd.s, s, 0x00000000, 0, 0x00000000, 0x3f800000, 0x00000000 /* fmadd +0, 1.0, +0 = +0 */
    TEST_FP_RRR           106, fmadd.s, s, 0x00000000, 0, 0x80000000, 0x3f800000, 0x00000000 /* fmadd -0, 1.0, +0 = +0 */
    TEST_FP_RRR           107, fmadd.s, s, 0x80000000, 0, 0x80000000, 0x3f800000, 0x80000000 /* fmadd -0, 1.0, -0 = -0 */
    TEST_FP_RRR           108, fmadd.s, s, 0x00000000, 0, 0x3f800000, 0x3f800000, 0xbf800000 /* an exact zero from nonzero operands: +0 */
    TEST_FP_RRR           109, fmadd.s, s, 0x00400000, 0, 0x00800000, 0x3f000000, 0x00000000 /* a subnormal fused result, exact */
    TEST_FP_RRR           110, fmadd.s, s, 0x00400000, UF|NX, 0x00800001, 0x3f000000, 0x00000000 /* a subnormal fused result, inexact: UF NX */

/* ---- FMSUB ----------------------------------------------------------------------------------- */
    TEST_FP_RRR           111, fmsub.s, s, 0x40000000, 0, 0x40000000, 0x40400000, 0x40800000 /* fmsub 2.0, 3.0, 4.0 = 2.0 */
    TEST_FP_RRR           112, fmsub.s, s, 0xc0d00000, 0, 0xc0000000, 0x40400000, 0x3f000000 /* fmsub -2.0, 3.0, 0.5 = -6.5 */
    TEST_FP_RRR           113, fmsub.s, s, 0xa8800000, 0, 0x3f800001, 0x3f7ffffe, 0x3f800000 /* (1 + ulp)(1 - ulp) - 1 = -ulp^2 exactly (separately rounded: 0) */
    TEST_FP_RRR           114, fmsub.s, s, 0x7f7fffff, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff /* max * 2 and max cancel to +-max: no overflow once fused */
    TEST_FP_RRR           115, fmsub.s, s, 0x7fc00000, NV, 0x7f800000, 0x00000000, 0x7fc00000 /* inf * 0 + qNaN: NV even with a quiet NaN addend */
    TEST_FP_RRR           116, fmsub.s, s, 0x7fc00000, NV, 0x00000000, 0x7f800000, 0x3f800000 /* fmsub +0, +inf, 1.0 = qNaN NV */
    TEST_FP_RRR           117, fmsub.s, s, 0x7fc00000, NV, 0x7f800000, 0x3f800000, 0x7f800000 /* fmsub +inf, 1.0, +inf = qNaN NV */
    TEST_FP_RRR           118, fmsub.s, s, 0x7fc00000, NV, 0x7fc00000, 0x3f800000, 0x7f800001 /* fmsub qNaN, 1.0, sNaN(payload 0x1) = qNaN NV */
    TEST_FP_RRR           119, fmsub.s, s, 0x7fc00000, 0, 0x7fc00000, 0x3f800000, 0x3f800000 /* fmsub qNaN, 1.0, 1.0 = qNaN */
    TEST_FP_RRR           120, fmsub.s, s, 0x00000000, 0, 0x00000000, 0x3f800000, 0x00000000 /* fmsub +0, 1.0, +0 = +0 */
    TEST_FP_RRR           121, fmsub.s, s, 0x80000000, 0, 0x80000000, 0x3f800000, 0x00000000 /* fmsub -0, 1.0, +0 = -0 */
    TEST_FP_RRR           122, fmsub.s, s, 0x00000000, 0, 0x80000000, 0x3f800000, 0x80000000 /* fmsub -0, 1.0, -0 = +0 */
    TEST_FP_RRR           123, fmsub.s, s, 0x00000000, 0, 0x3f800000, 0x3f800000, 0x3f800000 /* an exact zero from nonzero operands: +0 */
    TEST_FP_RRR           124, fmsub.s, s, 0x00400000, 0, 0x00800000, 0x3f000000, 0x00000000 /* a subnormal fused result, exact */
    TEST_FP_RRR           125, fmsub.s, s, 0x00400000, UF|NX, 0x00800001, 0x3f000000, 0x00000000 /* a subnormal fused result, inexact: UF NX */

/* ---- FNMSUB ---------------------------------------------------------------------------------- */
    TEST_FP_RRR           126, fnmsub.s, s, 0xc0000000, 0, 0x40000000, 0x40400000, 0x40800000 /* fnmsub 2.0, 3.0, 4.0 = -2.0 */
    TEST_FP_RRR           127, fnmsub.s, s, 0x40d00000, 0, 0xc0000000, 0x40400000, 0x3f000000 /* fnmsub -2.0, 3.0, 0.5 = 6.5 */
    TEST_FP_RRR           128, fnmsub.s, s, 0x28800000, 0, 0x3f800001, 0x3f7ffffe, 0x3f800000 /* -(1 + ulp)(1 - ulp) + 1 = ulp^2 exactly (separately rounded: 0) */
    TEST_FP_RRR           129, fnmsub.s, s, 0xff7fffff, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff /* max * 2 and max cancel to +-max: no overflow once fused */
    TEST_FP_RRR           130, fnmsub.s, s, 0x7fc00000, NV, 0x7f800000, 0x00000000, 0x7fc00000 /* inf * 0 + qNaN: NV even with a quiet NaN addend */
    TEST_FP_RRR           131, fnmsub.s, s, 0x7fc00000, NV, 0x00000000, 0x7f800000, 0x3f800000 /* fnmsub +0, +inf, 1.0 = qNaN NV */
    TEST_FP_RRR           132, fnmsub.s, s, 0x7fc00000, NV, 0x7f800000, 0x3f800000, 0x7f800000 /* fnmsub +inf, 1.0, +inf = qNaN NV */
    TEST_FP_RRR           133, fnmsub.s, s, 0x7fc00000, NV, 0x7fc00000, 0x3f800000, 0x7f800001 /* fnmsub qNaN, 1.0, sNaN(payload 0x1) = qNaN NV */
    TEST_FP_RRR           134, fnmsub.s, s, 0x7fc00000, 0, 0x7fc00000, 0x3f800000, 0x3f800000 /* fnmsub qNaN, 1.0, 1.0 = qNaN */
    TEST_FP_RRR           135, fnmsub.s, s, 0x00000000, 0, 0x00000000, 0x3f800000, 0x00000000 /* fnmsub +0, 1.0, +0 = +0 */
    TEST_FP_RRR           136, fnmsub.s, s, 0x00000000, 0, 0x80000000, 0x3f800000, 0x00000000 /* fnmsub -0, 1.0, +0 = +0 */
    TEST_FP_RRR           137, fnmsub.s, s, 0x00000000, 0, 0x80000000, 0x3f800000, 0x80000000 /* fnmsub -0, 1.0, -0 = +0 */
    TEST_FP_RRR           138, fnmsub.s, s, 0x00000000, 0, 0x3f800000, 0x3f800000, 0x3f800000 /* an exact zero from nonzero operands: +0 */
    TEST_FP_RRR           139, fnmsub.s, s, 0x80400000, 0, 0x00800000, 0x3f000000, 0x00000000 /* a subnormal fused result, exact */
    TEST_FP_RRR           140, fnmsub.s, s, 0x80400000, UF|NX, 0x00800001, 0x3f000000, 0x00000000 /* a subnormal fused result, inexact: UF NX */

/* ---- FNMADD ---------------------------------------------------------------------------------- */
    TEST_FP_RRR           141, fnmadd.s, s, 0xc1200000, 0, 0x40000000, 0x40400000, 0x40800000 /* fnmadd 2.0, 3.0, 4.0 = -10.0 */
    TEST_FP_RRR           142, fnmadd.s, s, 0x40b00000, 0, 0xc0000000, 0x40400000, 0x3f000000 /* fnmadd -2.0, 3.0, 0.5 = 5.5 */
    TEST_FP_RRR           143, fnmadd.s, s, 0x28800000, 0, 0x3f800001, 0x3f7ffffe, 0xbf800000 /* -(1 + ulp)(1 - ulp) - -1 = ulp^2 exactly (separately rounded: 0) */
    TEST_FP_RRR           144, fnmadd.s, s, 0xff7fffff, 0, 0x7f7fffff, 0x40000000, 0xff7fffff /* max * 2 and max cancel to +-max: no overflow once fused */
    TEST_FP_RRR           145, fnmadd.s, s, 0x7fc00000, NV, 0x7f800000, 0x00000000, 0x7fc00000 /* inf * 0 + qNaN: NV even with a quiet NaN addend */
    TEST_FP_RRR           146, fnmadd.s, s, 0x7fc00000, NV, 0x00000000, 0x7f800000, 0x3f800000 /* fnmadd +0, +inf, 1.0 = qNaN NV */
    TEST_FP_RRR           147, fnmadd.s, s, 0xff800000, 0, 0x7f800000, 0x3f800000, 0x7f800000 /* fnmadd +inf, 1.0, +inf = -inf */
    TEST_FP_RRR           148, fnmadd.s, s, 0x7fc00000, NV, 0x7fc00000, 0x3f800000, 0x7f800001 /* fnmadd qNaN, 1.0, sNaN(payload 0x1) = qNaN NV */
    TEST_FP_RRR           149, fnmadd.s, s, 0x7fc00000, 0, 0x7fc00000, 0x3f800000, 0x3f800000 /* fnmadd qNaN, 1.0, 1.0 = qNaN */
    TEST_FP_RRR           150, fnmadd.s, s, 0x80000000, 0, 0x00000000, 0x3f800000, 0x00000000 /* fnmadd +0, 1.0, +0 = -0 */
    TEST_FP_RRR           151, fnmadd.s, s, 0x00000000, 0, 0x80000000, 0x3f800000, 0x00000000 /* fnmadd -0, 1.0, +0 = +0 */
    TEST_FP_RRR           152, fnmadd.s, s, 0x00000000, 0, 0x80000000, 0x3f800000, 0x80000000 /* fnmadd -0, 1.0, -0 = +0 */
    TEST_FP_RRR           153, fnmadd.s, s, 0x00000000, 0, 0x3f800000, 0x3f800000, 0xbf800000 /* an exact zero from nonzero operands: +0 */
    TEST_FP_RRR           154, fnmadd.s, s, 0x80400000, 0, 0x00800000, 0x3f000000, 0x00000000 /* a subnormal fused result, exact */
    TEST_FP_RRR           155, fnmadd.s, s, 0x80400000, UF|NX, 0x00800001, 0x3f000000, 0x00000000 /* a subnormal fused result, inexact: UF NX */
    TEST_FP_RRR           156, fmadd.s, s, 0x34800000, NX, 0x3f800001, 0x3f800001, 0xbf800000 /* (1 + ulp)^2 - 1 = 2 ulp + ulp^2: one rounding, NX */
    TEST_FP_RRR           157, fmadd.s, s, 0xa9000000, 0, 0x3f800002, 0x3f7ffffe, 0xbf800001 /* (1 + 2 ulp)(1 - ulp) - (1 + ulp) = -2 ulp^2 exactly (separately rounded: 0) */

    TEST_END
