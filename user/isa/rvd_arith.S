/* SPDX-License-Identifier: MIT */
/* RV64D double-precision arithmetic: FADD, FSUB, FMUL, FDIV, FSQRT, FMADD, FMSUB, FNMSUB, FNMADD
 * (.D), in the default rounding mode (frm = 0, round to nearest even; rvfd_rounding covers
 * the others), with the exact fflags of every case (cleared before each instruction).
 * Signed zeros (x + -x = +0, -0 + -0 = -0, the signs of zero products and of zero fused
 * results), infinities, invalid operations (inf - inf, 0 * inf, 0 / 0, inf / inf, sqrt of a
 * negative number, fused inf * 0 + qNaN, which must raise NV), quiet and signaling NaN
 * operands (every NaN result is the canonical NaN 0x7ff8000000000000, payloads are not propagated,
 * only sNaN raises NV),
 * division by zero (DZ only for a finite nonzero dividend), overflow, subnormal operands and
 * results (UF only when the result is tiny and inexact; tininess is detected after rounding),
 * ties to even, and the fused multiply-adds rounding once (cases where a separate multiply
 * and add would give another result, or overflow).
 * Expected values: the RISC-V Unprivileged ISA, chapters "F" and "D", and IEEE 754-2008;
 * computed with exact rational arithmetic. */

#include "isa.h"

    TEST_BEGIN
    TEST_FP_RR            1, fadd.d, d, 0x4008000000000000, 0, 0x3ff0000000000000, 0x4000000000000000 /* fadd 1.0, 2.0 = 3.0 */
    TEST_FP_RR            2, fadd.d, d, 0x3ff4000000000000, 0, 0x3ff8000000000000, 0xbfd0000000000000 /* fadd 1.5, -0.25 = 1.25 */
    TEST_FP_RR            3, fadd.d, d, 0x0000000000000000, 0, 0x3ff0000000000000, 0xbff0000000000000 /* x + -x = +0 */
    TEST_FP_RR            4, fadd.d, d, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000 /* fadd -0, -0 = -0 */
    TEST_FP_RR            5, fadd.d, d, 0x0000000000000000, 0, 0x0000000000000000, 0x8000000000000000 /* fadd +0, -0 = +0 */
    TEST_FP_RR            6, fadd.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x0000000000000000 /* fadd -0, +0 = +0 */
    TEST_FP_RR            7, fadd.d, d, 0xc008000000000000, 0, 0xc008000000000000, 0x0000000000000000 /* fadd -3.0, +0 = -3.0 */
    TEST_FP_RR            8, fadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000000, 0x3ca0000000000000 /* 1 + ulp/2: a tie, stays at even 1.0, NX */
    TEST_FP_RR            9, fadd.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ca0000000000000 /* (1 + ulp) + ulp/2: a tie, goes up to even, NX */
    TEST_FP_RR            10, fadd.d, d, 0x3ff0000000000001, NX, 0x3ff0000000000000, 0x3ca8000000000000 /* 1 + 3/4 ulp rounds up, NX */
    TEST_FP_RR            11, fadd.d, d, 0x3ff0000000000001, 0, 0x3ff0000000000000, 0x3cb0000000000000 /* 1 + ulp: exact */
    TEST_FP_RR            12, fadd.d, d, 0x7ff0000000000000, OF|NX, 0x7fefffffffffffff, 0x7fefffffffffffff /* fadd max, max = +inf OF|NX */
    TEST_FP_RR            13, fadd.d, d, 0x7ff0000000000000, OF|NX, 0x7fefffffffffffff, 0x7c90000000000000 /* max + half an ulp of max: a tie to even = inf, OF */
    TEST_FP_RR            14, fadd.d, d, 0x7fefffffffffffff, NX, 0x7fefffffffffffff, 0x7c80000000000000 /* max + a quarter ulp stays max, NX */
    TEST_FP_RR            15, fadd.d, d, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0xc014000000000000 /* fadd +inf, -5.0 = +inf */
    TEST_FP_RR            16, fadd.d, d, 0xfff0000000000000, 0, 0xfff0000000000000, 0xfff0000000000000 /* fadd -inf, -inf = -inf */
    TEST_FP_RR            17, fadd.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000000, 0xfff0000000000000 /* fadd +inf, -inf = qNaN NV */
    TEST_FP_RR            18, fadd.d, d, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000 /* fadd qNaN, 1.0 = qNaN */
    TEST_FP_RR            19, fadd.d, d, 0x7ff8000000000000, 0, 0x3ff0000000000000, 0x7ff8000000001234 /* a quiet NaN with a payload gives the canonical NaN, no flag */
    TEST_FP_RR            20, fadd.d, d, 0x7ff8000000000000, 0, 0xfff8000000000000, 0x7ff0000000000000 /* fadd -qNaN, +inf = qNaN */
    TEST_FP_RR            21, fadd.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000001, 0x3ff0000000000000 /* fadd sNaN(payload 0x1), 1.0 = qNaN NV */
    TEST_FP_RR            22, fadd.d, d, 0x7ff8000000000000, NV, 0x7ff8000000000000, 0x7ff0000000005678 /* fadd qNaN, sNaN(payload 0x5678) = qNaN NV */
    TEST_FP_RR            23, fadd.d, d, 0x0000000000000002, 0, 0x0000000000000001, 0x0000000000000001 /* subnormals add exactly: no UF */
    TEST_FP_RR            24, fadd.d, d, 0x0010000000000000, 0, 0x000fffffffffffff, 0x0000000000000001 /* largest subnormal + smallest = smallest normal */
    TEST_FP_RR            25, fadd.d, d, 0x000fffffffffffff, 0, 0x0010000000000000, 0x8000000000000001 /* smallest normal - smallest subnormal = largest subnormal, exact */
    TEST_FP_RR            26, fadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000000, 0x0000000000000001 /* 1 + the smallest subnormal: NX only */
    TEST_FP_RR            27, fsub.d, d, 0x4000000000000000, 0, 0x4008000000000000, 0x3ff0000000000000 /* fsub 3.0, 1.0 = 2.0 */
    TEST_FP_RR            28, fsub.d, d, 0xc000000000000000, 0, 0x3ff0000000000000, 0x4008000000000000 /* fsub 1.0, 3.0 = -2.0 */
    TEST_FP_RR            29, fsub.d, d, 0x0000000000000000, 0, 0x4004000000000000, 0x4004000000000000 /* x - x = +0 */
    TEST_FP_RR            30, fsub.d, d, 0x8000000000000000, 0, 0x8000000000000000, 0x0000000000000000 /* fsub -0, +0 = -0 */
    TEST_FP_RR            31, fsub.d, d, 0x0000000000000000, 0, 0x0000000000000000, 0x0000000000000000 /* fsub +0, +0 = +0 */
    TEST_FP_RR            32, fsub.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x8000000000000000 /* fsub -0, -0 = +0 */
    TEST_FP_RR            33, fsub.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000000, 0x3c90000000000000 /* 1 - ulp/4: a tie between 1 - ulp/2 and 1, to even 1.0, NX */
    TEST_FP_RR            34, fsub.d, d, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ca0000000000000 /* 1 - ulp/2 is exact (the spacing below 1 is ulp/2) */
    TEST_FP_RR            35, fsub.d, d, 0x3fefffffffffffff, NX, 0x3ff0000000000000, 0x3c98000000000000 /* 1 - 3/8 ulp: nearer 1 - ulp/2, NX */
    TEST_FP_RR            36, fsub.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000000, 0x7ff0000000000000 /* fsub +inf, +inf = qNaN NV */
    TEST_FP_RR            37, fsub.d, d, 0xfff0000000000000, 0, 0xfff0000000000000, 0x7ff0000000000000 /* fsub -inf, +inf = -inf */
    TEST_FP_RR            38, fsub.d, d, 0xfff0000000000000, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff /* fsub -max, max = -inf OF|NX */
    TEST_FP_RR            39, fsub.d, d, 0x7ff8000000000000, NV, 0xfff0000000000001, 0x7ff8000000000000 /* fsub -sNaN(payload 0x1), qNaN = qNaN NV */
    TEST_FP_RR            40, fsub.d, d, 0x8000000000000001, 0, 0x0010000000000000, 0x0010000000000001 /* a result in the subnormal range, exact: no UF */
    TEST_FP_RR            41, fmul.d, d, 0x4018000000000000, 0, 0x4000000000000000, 0x4008000000000000 /* fmul 2.0, 3.0 = 6.0 */
    TEST_FP_RR            42, fmul.d, d, 0xc018000000000000, 0, 0xc000000000000000, 0x4008000000000000 /* fmul -2.0, 3.0 = -6.0 */
    TEST_FP_RR            43, fmul.d, d, 0x3ff0000000000000, 0, 0xc000000000000000, 0xbfe0000000000000 /* fmul -2.0, -0.5 = 1.0 */
    TEST_FP_RR            44, fmul.d, d, 0x8000000000000000, 0, 0x0000000000000000, 0xc014000000000000 /* fmul +0, -5.0 = -0 */
    TEST_FP_RR            45, fmul.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x8000000000000000 /* fmul -0, -0 = +0 */
    TEST_FP_RR            46, fmul.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000000, 0x0000000000000000 /* fmul +inf, +0 = qNaN NV */
    TEST_FP_RR            47, fmul.d, d, 0x7ff8000000000000, NV, 0x8000000000000000, 0xfff0000000000000 /* fmul -0, -inf = qNaN NV */
    TEST_FP_RR            48, fmul.d, d, 0xfff0000000000000, 0, 0x7ff0000000000000, 0xc000000000000000 /* fmul +inf, -2.0 = -inf */
    TEST_FP_RR            49, fmul.d, d, 0x7ff0000000000000, OF|NX, 0x7fefffffffffffff, 0x4000000000000000 /* fmul max, 2.0 = +inf OF|NX */
    TEST_FP_RR            50, fmul.d, d, 0xfff0000000000000, OF|NX, 0xffefffffffffffff, 0x3ff0000000000001 /* fmul -max, 0x1.0000000000001p+0 = -inf OF|NX */
    TEST_FP_RR            51, fmul.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ff0000000000001 /* (1 + ulp)^2 = 1 + 2 ulp + ulp^2: NX */
    TEST_FP_RR            52, fmul.d, d, 0x0008000000000000, 0, 0x0010000000000000, 0x3fe0000000000000 /* a subnormal result, exact: no UF */
    TEST_FP_RR            53, fmul.d, d, 0x0008000000000000, UF|NX, 0x0010000000000001, 0x3fe0000000000000 /* a subnormal result, inexact: UF NX */
    TEST_FP_RR            54, fmul.d, d, 0x0010000000000000, NX, 0x3feffffffffffffe, 0x0010000000000001 /* min normal * (1 - ulp^2 / 2): tiny before rounding but not after: NX only */
    TEST_FP_RR            55, fmul.d, d, 0x0000000000000000, UF|NX, 0x0000000000000001, 0x0000000000000001 /* underflow to +0: UF NX */
    TEST_FP_RR            56, fmul.d, d, 0x8000000000000000, UF|NX, 0x8000000000000001, 0x3fe0000000000000 /* -2^-1074 / 2: a tie between -0 and the smallest, to even: -0, UF NX */
    TEST_FP_RR            57, fmul.d, d, 0x0000000000000001, UF|NX, 0x0000000000000001, 0x3fe8000000000000 /* 0.75 of the smallest subnormal rounds up to it: UF NX */
    TEST_FP_RR            58, fmul.d, d, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x7ff0000000000000 /* qNaN * inf: NaN, no flag */
    TEST_FP_RR            59, fmul.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000001, 0x0000000000000000 /* fmul sNaN(payload 0x1), +0 = qNaN NV */
    TEST_FP_RR            60, fmul.d, d, 0x001ffffffffffffe, 0, 0x000fffffffffffff, 0x4000000000000000 /* a subnormal times 2 becomes normal, exact */
    TEST_FP_RR            61, fdiv.d, d, 0x4000000000000000, 0, 0x4018000000000000, 0x4008000000000000 /* fdiv 6.0, 3.0 = 2.0 */
    TEST_FP_RR            62, fdiv.d, d, 0x3fd5555555555555, NX, 0x3ff0000000000000, 0x4008000000000000 /* fdiv 1.0, 3.0 = 0x1.5555555555555p-2 NX */
    TEST_FP_RR            63, fdiv.d, d, 0xbfd5555555555555, NX, 0xbff0000000000000, 0x4008000000000000 /* fdiv -1.0, 3.0 = -0x1.5555555555555p-2 NX */
    TEST_FP_RR            64, fdiv.d, d, 0x3fe5555555555555, NX, 0x4000000000000000, 0x4008000000000000 /* fdiv 2.0, 3.0 = 0x1.5555555555555p-1 NX */
    TEST_FP_RR            65, fdiv.d, d, 0x7ff0000000000000, DZ, 0x3ff0000000000000, 0x0000000000000000 /* fdiv 1.0, +0 = +inf DZ */
    TEST_FP_RR            66, fdiv.d, d, 0xfff0000000000000, DZ, 0xbff0000000000000, 0x0000000000000000 /* fdiv -1.0, +0 = -inf DZ */
    TEST_FP_RR            67, fdiv.d, d, 0xfff0000000000000, DZ, 0x3ff0000000000000, 0x8000000000000000 /* fdiv 1.0, -0 = -inf DZ */
    TEST_FP_RR            68, fdiv.d, d, 0x7ff8000000000000, NV, 0x0000000000000000, 0x0000000000000000 /* fdiv +0, +0 = qNaN NV */
    TEST_FP_RR            69, fdiv.d, d, 0x8000000000000000, 0, 0x8000000000000000, 0x4008000000000000 /* fdiv -0, 3.0 = -0 */
    TEST_FP_RR            70, fdiv.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000000, 0x7ff0000000000000 /* fdiv +inf, +inf = qNaN NV */
    TEST_FP_RR            71, fdiv.d, d, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x0000000000000000 /* inf / 0 = inf exactly: no DZ */
    TEST_FP_RR            72, fdiv.d, d, 0xfff0000000000000, 0, 0xfff0000000000000, 0x4000000000000000 /* fdiv -inf, 2.0 = -inf */
    TEST_FP_RR            73, fdiv.d, d, 0x8000000000000000, 0, 0x3ff0000000000000, 0xfff0000000000000 /* fdiv 1.0, -inf = -0 */
    TEST_FP_RR            74, fdiv.d, d, 0x7ff0000000000000, OF|NX, 0x7fefffffffffffff, 0x3fe0000000000000 /* fdiv max, 0.5 = +inf OF|NX */
    TEST_FP_RR            75, fdiv.d, d, 0x0000000000000000, UF|NX, 0x0000000000000001, 0x4000000000000000 /* a tie between 0 and the smallest subnormal: +0, UF NX */
    TEST_FP_RR            76, fdiv.d, d, 0x0000000000000002, UF|NX, 0x0000000000000003, 0x4000000000000000 /* 1.5 * smallest, a tie, to even: 2 * smallest, UF NX */
    TEST_FP_RR            77, fdiv.d, d, 0x0004000000000000, 0, 0x0010000000000000, 0x4010000000000000 /* a subnormal quotient, exact: no UF */
    TEST_FP_RR            78, fdiv.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000001, 0x3ff0000000000000 /* fdiv sNaN(payload 0x1), 1.0 = qNaN NV */
    TEST_FP_RR            79, fdiv.d, d, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x0000000000000000 /* qNaN / 0: NaN, no DZ */
    TEST_FP_RR            80, fdiv.d, d, 0x7ff0000000000000, OF|NX, 0x3ff0000000000000, 0x0000000000000001 /* 1 / the smallest subnormal overflows */
    TEST_FP_R             81, fsqrt.d, d, 0x4000000000000000, 0, 0x4010000000000000 /* fsqrt 4.0 = 2.0 */
    TEST_FP_R             82, fsqrt.d, d, 0x3fe0000000000000, 0, 0x3fd0000000000000 /* fsqrt 0.25 = 0.5 */
    TEST_FP_R             83, fsqrt.d, d, 0x3ff6a09e667f3bcd, NX, 0x4000000000000000 /* fsqrt 2.0 = 0x1.6a09e667f3bcdp+0 NX */
    TEST_FP_R             84, fsqrt.d, d, 0x3ffbb67ae8584caa, NX, 0x4008000000000000 /* fsqrt 3.0 = 0x1.bb67ae8584caap+0 NX */
    TEST_FP_R             85, fsqrt.d, d, 0x0000000000000000, 0, 0x0000000000000000 /* fsqrt +0 = +0 */
    TEST_FP_R             86, fsqrt.d, d, 0x8000000000000000, 0, 0x8000000000000000 /* sqrt(-0) = -0 */
    TEST_FP_R             87, fsqrt.d, d, 0x7ff0000000000000, 0, 0x7ff0000000000000 /* fsqrt +inf = +inf */
    TEST_FP_R             88, fsqrt.d, d, 0x7ff8000000000000, NV, 0xfff0000000000000 /* fsqrt -inf = qNaN NV */
    TEST_FP_R             89, fsqrt.d, d, 0x7ff8000000000000, NV, 0xbff0000000000000 /* fsqrt -1.0 = qNaN NV */
    TEST_FP_R             90, fsqrt.d, d, 0x7ff8000000000000, NV, 0x8000000000000001 /* the square root of a negative subnormal is invalid */
    TEST_FP_R             91, fsqrt.d, d, 0x7ff8000000000000, 0, 0x7ff8000000001234 /* fsqrt qNaN(payload 0x1234) = qNaN */
    TEST_FP_R             92, fsqrt.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000001 /* fsqrt sNaN(payload 0x1) = qNaN NV */
    TEST_FP_R             93, fsqrt.d, d, 0x1e60000000000000, 0, 0x0000000000000001 /* sqrt of the smallest subnormal */
    TEST_FP_R             94, fsqrt.d, d, 0x1e70000000000000, 0, 0x0000000000000004 /* sqrt(2^-1072) = 2^-536: a subnormal operand, exact */
    TEST_FP_R             95, fsqrt.d, d, 0x5fefffffffffffff, NX, 0x7fefffffffffffff /* fsqrt max = 0x1.fffffffffffffp+511 NX */

/* ---- FMADD ----------------------------------------------------------------------------------- */
    TEST_FP_RRR           96, fmadd.d, d, 0x4024000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4010000000000000 /* fmadd 2.0, 3.0, 4.0 = 10.0 */
    TEST_FP_RRR           97, fmadd.d, d, 0xc016000000000000, 0, 0xc000000000000000, 0x4008000000000000, 0x3fe0000000000000 /* fmadd -2.0, 3.0, 0.5 = -5.5 */
    TEST_FP_RRR           98, fmadd.d, d, 0xb970000000000000, 0, 0x3ff0000000000001, 0x3feffffffffffffe, 0xbff0000000000000 /* (1 + ulp)(1 - ulp) + -1 = -ulp^2 exactly (separately rounded: 0) */
    TEST_FP_RRR           99, fmadd.d, d, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 0x4000000000000000, 0xffefffffffffffff /* max * 2 and max cancel to +-max: no overflow once fused */
    TEST_FP_RRR           100, fmadd.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000000, 0x0000000000000000, 0x7ff8000000000000 /* inf * 0 + qNaN: NV even with a quiet NaN addend */
    TEST_FP_RRR           101, fmadd.d, d, 0x7ff8000000000000, NV, 0x0000000000000000, 0x7ff0000000000000, 0x3ff0000000000000 /* fmadd +0, +inf, 1.0 = qNaN NV */
    TEST_FP_RRR           102, fmadd.d, d, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000 /* fmadd +inf, 1.0, +inf = +inf */
    TEST_FP_RRR           103, fmadd.d, d, 0x7ff8000000000000, NV, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff0000000000001 /* fmadd qNaN, 1.0, sNaN(payload 0x1) = qNaN NV */
    TEST_FP_RRR           104, fmadd.d, d, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000 /* fmadd qNaN, 1.0, 1.0 = qNaN */
    TEST_FP_RRR           105, fmadd.d, d, 0x0000000000000000, 0, 0x0000000000000000, 0x3ff0000000000000, 0x0000000000000000 /* fmadd +0, 1.0, +0 = +0 */
    TEST_FP_RRR           106, fmadd.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x0000000000000000 /* fmadd -0, 1.0, +0 = +0 */
    TEST_FP_RRR           107, fmadd.d, d, 0x8000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000 /* fmadd -0, 1.0, -0 = -0 */
    TEST_FP_RRR           108, fmadd.d, d, 0x0000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000 /* an exact zero from nonzero operands: +0 */
    TEST_FP_RRR           109, fmadd.d, d, 0x0008000000000000, 0, 0x0010000000000000, 0x3fe0000000000000, 0x0000000000000000 /* a subnormal fused result, exact */
    TEST_FP_RRR           110, fmadd.d, d, 0x0008000000000000, UF|NX, 0x0010000000000001, 0x3fe0000000000000, 0x0000000000000000 /* a subnormal fused result, inexact: UF NX */

/* ---- FMSUB ----------------------------------------------------------------------------------- */
    TEST_FP_RRR           111, fmsub.d, d, 0x4000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4010000000000000 /* fmsub 2.0, 3.0, 4.0 = 2.0 */
    TEST_FP_RRR           112, fmsub.d, d, 0xc01a000000000000, 0, 0xc000000000000000, 0x4008000000000000, 0x3fe0000000000000 /* fmsub -2.0, 3.0, 0.5 = -6.5 */
    TEST_FP_RRR           113, fmsub.d, d, 0xb970000000000000, 0, 0x3ff0000000000001, 0x3feffffffffffffe, 0x3ff0000000000000 /* (1 + ulp)(1 - ulp) - 1 = -ulp^2 exactly (separately rounded: 0) */
    TEST_FP_RRR           114, fmsub.d, d, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff /* max * 2 and max cancel to +-max: no overflow once fused */
    TEST_FP_RRR           115, fmsub.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000000, 0x0000000000000000, 0x7ff8000000000000 /* inf * 0 + qNaN: NV even with a quiet NaN addend */
    TEST_FP_RRR           116, fmsub.d, d, 0x7ff8000000000000, NV, 0x0000000000000000, 0x7ff0000000000000, 0x3ff0000000000000 /* fmsub +0, +inf, 1.0 = qNaN NV */
    TEST_FP_RRR           117, fmsub.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000 /* fmsub +inf, 1.0, +inf = qNaN NV */
    TEST_FP_RRR           118, fmsub.d, d, 0x7ff8000000000000, NV, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff0000000000001 /* fmsub qNaN, 1.0, sNaN(payload 0x1) = qNaN NV */
    TEST_FP_RRR           119, fmsub.d, d, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000 /* fmsub qNaN, 1.0, 1.0 = qNaN */
    TEST_FP_RRR           120, fmsub.d, d, 0x0000000000000000, 0, 0x0000000000000000, 0x3ff0000000000000, 0x0000000000000000 /* fmsub +0, 1.0, +0 = +0 */
    TEST_FP_RRR           121, fmsub.d, d, 0x8000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x0000000000000000 /* fmsub -0, 1.0, +0 = -0 */
    TEST_FP_RRR           122, fmsub.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000 /* fmsub -0, 1.0, -0 = +0 */
    TEST_FP_RRR           123, fmsub.d, d, 0x0000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000 /* an exact zero from nonzero operands: +0 */
    TEST_FP_RRR           124, fmsub.d, d, 0x0008000000000000, 0, 0x0010000000000000, 0x3fe0000000000000, 0x0000000000000000 /* a subnormal fused result, exact */
    TEST_FP_RRR           125, fmsub.d, d, 0x0008000000000000, UF|NX, 0x0010000000000001, 0x3fe0000000000000, 0x0000000000000000 /* a subnormal fused result, inexact: UF NX */

/* ---- FNMSUB ---------------------------------------------------------------------------------- */
    TEST_FP_RRR           126, fnmsub.d, d, 0xc000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4010000000000000 /* fnmsub 2.0, 3.0, 4.0 = -2.0 */
    TEST_FP_RRR           127, fnmsub.d, d, 0x401a000000000000, 0, 0xc000000000000000, 0x4008000000000000, 0x3fe0000000000000 /* fnmsub -2.0, 3.0, 0.5 = 6.5 */
    TEST_FP_RRR           128, fnmsub.d, d, 0x3970000000000000, 0, 0x3ff0000000000001, 0x3feffffffffffffe, 0x3ff0000000000000 /* -(1 + ulp)(1 - ulp) + 1 = ulp^2 exactly (separately rounded: 0) */
    TEST_FP_RRR           129, fnmsub.d, d, 0xffefffffffffffff, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff /* max * 2 and max cancel to +-max: no overflow once fused */
    TEST_FP_RRR           130, fnmsub.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000000, 0x0000000000000000, 0x7ff8000000000000 /* inf * 0 + qNaN: NV even with a quiet NaN addend */
    TEST_FP_RRR           131, fnmsub.d, d, 0x7ff8000000000000, NV, 0x0000000000000000, 0x7ff0000000000000, 0x3ff0000000000000 /* fnmsub +0, +inf, 1.0 = qNaN NV */
    TEST_FP_RRR           132, fnmsub.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000 /* fnmsub +inf, 1.0, +inf = qNaN NV */
    TEST_FP_RRR           133, fnmsub.d, d, 0x7ff8000000000000, NV, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff0000000000001 /* fnmsub qNaN, 1.0, sNaN(payload 0x1) = qNaN NV */
    TEST_FP_RRR           134, fnmsub.d, d, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000 /* fnmsub qNaN, 1.0, 1.0 = qNaN */
    TEST_FP_RRR           135, fnmsub.d, d, 0x0000000000000000, 0, 0x0000000000000000, 0x3ff0000000000000, 0x0000000000000000 /* fnmsub +0, 1.0, +0 = +0 */
    TEST_FP_RRR           136, fnmsub.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x0000000000000000 /* fnmsub -0, 1.0, +0 = +0 */
    TEST_FP_RRR           137, fnmsub.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000 /* fnmsub -0, 1.0, -0 = +0 */
    TEST_FP_RRR           138, fnmsub.d, d, 0x0000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000 /* an exact zero from nonzero operands: +0 */
    TEST_FP_RRR           139, fnmsub.d, d, 0x8008000000000000, 0, 0x0010000000000000, 0x3fe0000000000000, 0x0000000000000000 /* a subnormal fused result, exact */
    TEST_FP_RRR           140, fnmsub.d, d, 0x8008000000000000, UF|NX, 0x0010000000000001, 0x3fe0000000000000, 0x0000000000000000 /* a subnormal fused result, inexact: UF NX */

/* ---- FNMADD ---------------------------------------------------------------------------------- */
    TEST_FP_RRR           141, fnmadd.d, d, 0xc024000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4010000000000000 /* fnmadd 2.0, 3.0, 4.0 = -10.0 */
    TEST_FP_RRR           142, fnmadd.d, d, 0x4016000000000000, 0, 0xc000000000000000, 0x4008000000000000, 0x3fe0000000000000 /* fnmadd -2.0, 3.0, 0.5 = 5.5 */
    TEST_FP_RRR           143, fnmadd.d, d, 0x3970000000000000, 0, 0x3ff0000000000001, 0x3feffffffffffffe, 0xbff0000000000000 /* -(1 + ulp)(1 - ulp) - -1 = ulp^2 exactly (separately rounded: 0) */
    TEST_FP_RRR           144, fnmadd.d, d, 0xffefffffffffffff, 0, 0x7fefffffffffffff, 0x4000000000000000, 0xffefffffffffffff /* max * 2 and max cancel to +-max: no overflow once fused */
    TEST_FP_RRR           145, fnmadd.d, d, 0x7ff8000000000000, NV, 0x7ff0000000000000, 0x0000000000000000, 0x7ff8000000000000 /* inf * 0 + qNaN: NV even with a quiet NaN addend */
    TEST_FP_RRR           146, fnmadd.d, d, 0x7ff8000000000000, NV, 0x0000000000000000, 0x7ff0000000000000, 0x3ff0000000000000 /* fnmadd +0, +inf, 1.0 = qNaN NV */
    TEST_FP_RRR           147, fnmadd.d, d, 0xfff0000000000000, 0, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000 /* fnmadd +inf, 1.0, +inf = -inf */
    TEST_FP_RRR           148, fnmadd.d, d, 0x7ff8000000000000, NV, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff0000000000001 /* fnmadd qNaN, 1.0, sNaN(payload 0x1) = qNaN NV */
    TEST_FP_RRR           149, fnmadd.d, d, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000 /* fnmadd qNaN, 1.0, 1.0 = qNaN */
    TEST_FP_RRR           150, fnmadd.d, d, 0x8000000000000000, 0, 0x0000000000000000, 0x3ff0000000000000, 0x0000000000000000 /* fnmadd +0, 1.0, +0 = -0 */
    TEST_FP_RRR           151, fnmadd.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x0000000000000000 /* fnmadd -0, 1.0, +0 = +0 */
    TEST_FP_RRR           152, fnmadd.d, d, 0x0000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000 /* fnmadd -0, 1.0, -0 = +0 */
    TEST_FP_RRR           153, fnmadd.d, d, 0x0000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000 /* an exact zero from nonzero operands: +0 */
    TEST_FP_RRR           154, fnmadd.d, d, 0x8008000000000000, 0, 0x0010000000000000, 0x3fe0000000000000, 0x0000000000000000 /* a subnormal fused result, exact */
    TEST_FP_RRR           155, fnmadd.d, d, 0x8008000000000000, UF|NX, 0x0010000000000001, 0x3fe0000000000000, 0x0000000000000000 /* a subnormal fused result, inexact: UF NX */
    TEST_FP_RRR           156, fmadd.d, d, 0x3cc0000000000000, NX, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000 /* (1 + ulp)^2 - 1 = 2 ulp + ulp^2: one rounding, NX */
    TEST_FP_RRR           157, fmadd.d, d, 0xb980000000000000, 0, 0x3ff0000000000002, 0x3feffffffffffffe, 0xbff0000000000001 /* (1 + 2 ulp)(1 - ulp) - (1 + ulp) = -2 ulp^2 exactly (separately rounded: 0) */

    TEST_END
