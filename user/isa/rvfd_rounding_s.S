/* SPDX-License-Identifier: MIT */
/* RV64FD rounding modes and exception flags, single precision (rvfd_rounding_d.S holds
 * the other precision): FADD, FSUB, FMUL, FDIV, FSQRT, FMADD/FNMADD, FCVT to and from
 * integers,
 * in each static rounding mode (rne, rtz, rdn, rup, rmm), then in each mode again as the
 * dynamic mode (frm written with fsrmi, instruction rm = dyn), and a static mode overriding frm.
 * The operands are picked so that the modes disagree: ties with an even and with an odd
 * neighbour, values just above a tie, negative values, overflow (to inf or to the largest
 * finite value, depending on the mode and sign), underflow (UF with NX, tininess after
 * rounding), the sign of an exact zero sum (-0 only in rdn). fflags is checked exactly.
 * Invalid conversions to integers (saturation) are in rvfd_fcvt_invalid.S.
 * Expected values: the RISC-V Unprivileged ISA, chapters "F" and "D", and IEEE 754-2008;
 * computed with exact rational arithmetic. */

#include "isa.h"

    TEST_BEGIN

/* ---- fadd: 1 + ulp/2: a tie, even below ------------------------------------------------------ */
    TEST_FP_RR            1, fadd.s, s, 0x3f800000, NX, 0x3f800000, 0x33800000, rne /* fadd 1.0, 0x1p-24 rne = 1.0 NX */
    TEST_FP_RR            2, fadd.s, s, 0x3f800000, NX, 0x3f800000, 0x33800000, rtz /* fadd 1.0, 0x1p-24 rtz = 1.0 NX */
    TEST_FP_RR            3, fadd.s, s, 0x3f800000, NX, 0x3f800000, 0x33800000, rdn /* fadd 1.0, 0x1p-24 rdn = 1.0 NX */
    TEST_FP_RR            4, fadd.s, s, 0x3f800001, NX, 0x3f800000, 0x33800000, rup /* fadd 1.0, 0x1p-24 rup = 0x1.000002p+0 NX */
    TEST_FP_RR            5, fadd.s, s, 0x3f800001, NX, 0x3f800000, 0x33800000, rmm /* fadd 1.0, 0x1p-24 rmm = 0x1.000002p+0 NX */

/* ---- fadd: (1 + ulp) + ulp/2: a tie, even above ---------------------------------------------- */
    TEST_FP_RR            6, fadd.s, s, 0x3f800002, NX, 0x3f800001, 0x33800000, rne /* fadd 0x1.000002p+0, 0x1p-24 rne = 0x1.000004p+0 NX */
    TEST_FP_RR            7, fadd.s, s, 0x3f800001, NX, 0x3f800001, 0x33800000, rtz /* fadd 0x1.000002p+0, 0x1p-24 rtz = 0x1.000002p+0 NX */
    TEST_FP_RR            8, fadd.s, s, 0x3f800001, NX, 0x3f800001, 0x33800000, rdn /* fadd 0x1.000002p+0, 0x1p-24 rdn = 0x1.000002p+0 NX */
    TEST_FP_RR            9, fadd.s, s, 0x3f800002, NX, 0x3f800001, 0x33800000, rup /* fadd 0x1.000002p+0, 0x1p-24 rup = 0x1.000004p+0 NX */
    TEST_FP_RR            10, fadd.s, s, 0x3f800002, NX, 0x3f800001, 0x33800000, rmm /* fadd 0x1.000002p+0, 0x1p-24 rmm = 0x1.000004p+0 NX */

/* ---- fadd: -1 - 3/4 ulp ---------------------------------------------------------------------- */
    TEST_FP_RR            11, fadd.s, s, 0xbf800001, NX, 0xbf800000, 0xb3c00000, rne /* fadd -1.0, -0x1.8p-24 rne = -0x1.000002p+0 NX */
    TEST_FP_RR            12, fadd.s, s, 0xbf800000, NX, 0xbf800000, 0xb3c00000, rtz /* fadd -1.0, -0x1.8p-24 rtz = -1.0 NX */
    TEST_FP_RR            13, fadd.s, s, 0xbf800001, NX, 0xbf800000, 0xb3c00000, rdn /* fadd -1.0, -0x1.8p-24 rdn = -0x1.000002p+0 NX */
    TEST_FP_RR            14, fadd.s, s, 0xbf800000, NX, 0xbf800000, 0xb3c00000, rup /* fadd -1.0, -0x1.8p-24 rup = -1.0 NX */
    TEST_FP_RR            15, fadd.s, s, 0xbf800001, NX, 0xbf800000, 0xb3c00000, rmm /* fadd -1.0, -0x1.8p-24 rmm = -0x1.000002p+0 NX */

/* ---- fsub: -(1 + ulp) - ulp/2: a negative tie ------------------------------------------------ */
    TEST_FP_RR            16, fsub.s, s, 0xbf800002, NX, 0xbf800001, 0x33800000, rne /* fsub -0x1.000002p+0, 0x1p-24 rne = -0x1.000004p+0 NX */
    TEST_FP_RR            17, fsub.s, s, 0xbf800001, NX, 0xbf800001, 0x33800000, rtz /* fsub -0x1.000002p+0, 0x1p-24 rtz = -0x1.000002p+0 NX */
    TEST_FP_RR            18, fsub.s, s, 0xbf800002, NX, 0xbf800001, 0x33800000, rdn /* fsub -0x1.000002p+0, 0x1p-24 rdn = -0x1.000004p+0 NX */
    TEST_FP_RR            19, fsub.s, s, 0xbf800001, NX, 0xbf800001, 0x33800000, rup /* fsub -0x1.000002p+0, 0x1p-24 rup = -0x1.000002p+0 NX */
    TEST_FP_RR            20, fsub.s, s, 0xbf800002, NX, 0xbf800001, 0x33800000, rmm /* fsub -0x1.000002p+0, 0x1p-24 rmm = -0x1.000004p+0 NX */

/* ---- fadd: overflow -------------------------------------------------------------------------- */
    TEST_FP_RR            21, fadd.s, s, 0x7f800000, OF|NX, 0x7f7fffff, 0x7f7fffff, rne /* fadd max, max rne = +inf OF|NX */
    TEST_FP_RR            22, fadd.s, s, 0x7f7fffff, OF|NX, 0x7f7fffff, 0x7f7fffff, rtz /* fadd max, max rtz = max OF|NX */
    TEST_FP_RR            23, fadd.s, s, 0x7f7fffff, OF|NX, 0x7f7fffff, 0x7f7fffff, rdn /* fadd max, max rdn = max OF|NX */
    TEST_FP_RR            24, fadd.s, s, 0x7f800000, OF|NX, 0x7f7fffff, 0x7f7fffff, rup /* fadd max, max rup = +inf OF|NX */
    TEST_FP_RR            25, fadd.s, s, 0x7f800000, OF|NX, 0x7f7fffff, 0x7f7fffff, rmm /* fadd max, max rmm = +inf OF|NX */

/* ---- fsub: negative overflow ----------------------------------------------------------------- */
    TEST_FP_RR            26, fsub.s, s, 0xff800000, OF|NX, 0xff7fffff, 0x7f7fffff, rne /* fsub -max, max rne = -inf OF|NX */
    TEST_FP_RR            27, fsub.s, s, 0xff7fffff, OF|NX, 0xff7fffff, 0x7f7fffff, rtz /* fsub -max, max rtz = -max OF|NX */
    TEST_FP_RR            28, fsub.s, s, 0xff800000, OF|NX, 0xff7fffff, 0x7f7fffff, rdn /* fsub -max, max rdn = -inf OF|NX */
    TEST_FP_RR            29, fsub.s, s, 0xff7fffff, OF|NX, 0xff7fffff, 0x7f7fffff, rup /* fsub -max, max rup = -max OF|NX */
    TEST_FP_RR            30, fsub.s, s, 0xff800000, OF|NX, 0xff7fffff, 0x7f7fffff, rmm /* fsub -max, max rmm = -inf OF|NX */

/* ---- fsub: an exact zero: -0 only in rdn ----------------------------------------------------- */
    TEST_FP_RR            31, fsub.s, s, 0x00000000, 0, 0x3fc00000, 0x3fc00000, rne /* fsub 1.5, 1.5 rne = +0 */
    TEST_FP_RR            32, fsub.s, s, 0x00000000, 0, 0x3fc00000, 0x3fc00000, rtz /* fsub 1.5, 1.5 rtz = +0 */
    TEST_FP_RR            33, fsub.s, s, 0x80000000, 0, 0x3fc00000, 0x3fc00000, rdn /* fsub 1.5, 1.5 rdn = -0 */
    TEST_FP_RR            34, fsub.s, s, 0x00000000, 0, 0x3fc00000, 0x3fc00000, rup /* fsub 1.5, 1.5 rup = +0 */
    TEST_FP_RR            35, fsub.s, s, 0x00000000, 0, 0x3fc00000, 0x3fc00000, rmm /* fsub 1.5, 1.5 rmm = +0 */

/* ---- fmul: (1 + ulp)^2 = 1 + 2 ulp + ulp^2 --------------------------------------------------- */
    TEST_FP_RR            36, fmul.s, s, 0x3f800002, NX, 0x3f800001, 0x3f800001, rne /* fmul 0x1.000002p+0, 0x1.000002p+0 rne = 0x1.000004p+0 NX */
    TEST_FP_RR            37, fmul.s, s, 0x3f800002, NX, 0x3f800001, 0x3f800001, rtz /* fmul 0x1.000002p+0, 0x1.000002p+0 rtz = 0x1.000004p+0 NX */
    TEST_FP_RR            38, fmul.s, s, 0x3f800002, NX, 0x3f800001, 0x3f800001, rdn /* fmul 0x1.000002p+0, 0x1.000002p+0 rdn = 0x1.000004p+0 NX */
    TEST_FP_RR            39, fmul.s, s, 0x3f800003, NX, 0x3f800001, 0x3f800001, rup /* fmul 0x1.000002p+0, 0x1.000002p+0 rup = 0x1.000006p+0 NX */
    TEST_FP_RR            40, fmul.s, s, 0x3f800002, NX, 0x3f800001, 0x3f800001, rmm /* fmul 0x1.000002p+0, 0x1.000002p+0 rmm = 0x1.000004p+0 NX */

/* ---- fmul: -(1 + ulp)(1 + 2 ulp) ------------------------------------------------------------- */
    TEST_FP_RR            41, fmul.s, s, 0xbf800003, NX, 0xbf800001, 0x3f800002, rne /* fmul -0x1.000002p+0, 0x1.000004p+0 rne = -0x1.000006p+0 NX */
    TEST_FP_RR            42, fmul.s, s, 0xbf800003, NX, 0xbf800001, 0x3f800002, rtz /* fmul -0x1.000002p+0, 0x1.000004p+0 rtz = -0x1.000006p+0 NX */
    TEST_FP_RR            43, fmul.s, s, 0xbf800004, NX, 0xbf800001, 0x3f800002, rdn /* fmul -0x1.000002p+0, 0x1.000004p+0 rdn = -0x1.000008p+0 NX */
    TEST_FP_RR            44, fmul.s, s, 0xbf800003, NX, 0xbf800001, 0x3f800002, rup /* fmul -0x1.000002p+0, 0x1.000004p+0 rup = -0x1.000006p+0 NX */
    TEST_FP_RR            45, fmul.s, s, 0xbf800003, NX, 0xbf800001, 0x3f800002, rmm /* fmul -0x1.000002p+0, 0x1.000004p+0 rmm = -0x1.000006p+0 NX */

/* ---- fmul: half the smallest subnormal: underflow -------------------------------------------- */
    TEST_FP_RR            46, fmul.s, s, 0x00000000, UF|NX, 0x00000001, 0x3f000000, rne /* fmul 0x1p-149, 0.5 rne = +0 UF|NX */
    TEST_FP_RR            47, fmul.s, s, 0x00000000, UF|NX, 0x00000001, 0x3f000000, rtz /* fmul 0x1p-149, 0.5 rtz = +0 UF|NX */
    TEST_FP_RR            48, fmul.s, s, 0x00000000, UF|NX, 0x00000001, 0x3f000000, rdn /* fmul 0x1p-149, 0.5 rdn = +0 UF|NX */
    TEST_FP_RR            49, fmul.s, s, 0x00000001, UF|NX, 0x00000001, 0x3f000000, rup /* fmul 0x1p-149, 0.5 rup = 0x1p-149 UF|NX */
    TEST_FP_RR            50, fmul.s, s, 0x00000001, UF|NX, 0x00000001, 0x3f000000, rmm /* fmul 0x1p-149, 0.5 rmm = 0x1p-149 UF|NX */

/* ---- fmul: -3/4 of the smallest subnormal ---------------------------------------------------- */
    TEST_FP_RR            51, fmul.s, s, 0x80000001, UF|NX, 0x80000001, 0x3f400000, rne /* fmul -0x1p-149, 0.75 rne = -0x1p-149 UF|NX */
    TEST_FP_RR            52, fmul.s, s, 0x80000000, UF|NX, 0x80000001, 0x3f400000, rtz /* fmul -0x1p-149, 0.75 rtz = -0 UF|NX */
    TEST_FP_RR            53, fmul.s, s, 0x80000001, UF|NX, 0x80000001, 0x3f400000, rdn /* fmul -0x1p-149, 0.75 rdn = -0x1p-149 UF|NX */
    TEST_FP_RR            54, fmul.s, s, 0x80000000, UF|NX, 0x80000001, 0x3f400000, rup /* fmul -0x1p-149, 0.75 rup = -0 UF|NX */
    TEST_FP_RR            55, fmul.s, s, 0x80000001, UF|NX, 0x80000001, 0x3f400000, rmm /* fmul -0x1p-149, 0.75 rmm = -0x1p-149 UF|NX */

/* ---- fmul: tiny before rounding, not tiny after (except downwards) --------------------------- */
    TEST_FP_RR            56, fmul.s, s, 0x00800000, NX, 0x3f7ffffe, 0x00800001, rne /* fmul 0x1.fffffcp-1, 0x1.000002p-126 rne = 0x1p-126 NX */
    TEST_FP_RR            57, fmul.s, s, 0x007fffff, UF|NX, 0x3f7ffffe, 0x00800001, rtz /* fmul 0x1.fffffcp-1, 0x1.000002p-126 rtz = 0x1.fffffcp-127 UF|NX */
    TEST_FP_RR            58, fmul.s, s, 0x007fffff, UF|NX, 0x3f7ffffe, 0x00800001, rdn /* fmul 0x1.fffffcp-1, 0x1.000002p-126 rdn = 0x1.fffffcp-127 UF|NX */
    TEST_FP_RR            59, fmul.s, s, 0x00800000, NX, 0x3f7ffffe, 0x00800001, rup /* fmul 0x1.fffffcp-1, 0x1.000002p-126 rup = 0x1p-126 NX */
    TEST_FP_RR            60, fmul.s, s, 0x00800000, NX, 0x3f7ffffe, 0x00800001, rmm /* fmul 0x1.fffffcp-1, 0x1.000002p-126 rmm = 0x1p-126 NX */

/* ---- fmul: overflow -------------------------------------------------------------------------- */
    TEST_FP_RR            61, fmul.s, s, 0x7f800000, OF|NX, 0x7f7fffff, 0x3fc00000, rne /* fmul max, 1.5 rne = +inf OF|NX */
    TEST_FP_RR            62, fmul.s, s, 0x7f7fffff, OF|NX, 0x7f7fffff, 0x3fc00000, rtz /* fmul max, 1.5 rtz = max OF|NX */
    TEST_FP_RR            63, fmul.s, s, 0x7f7fffff, OF|NX, 0x7f7fffff, 0x3fc00000, rdn /* fmul max, 1.5 rdn = max OF|NX */
    TEST_FP_RR            64, fmul.s, s, 0x7f800000, OF|NX, 0x7f7fffff, 0x3fc00000, rup /* fmul max, 1.5 rup = +inf OF|NX */
    TEST_FP_RR            65, fmul.s, s, 0x7f800000, OF|NX, 0x7f7fffff, 0x3fc00000, rmm /* fmul max, 1.5 rmm = +inf OF|NX */

/* ---- fdiv: 1/3 ------------------------------------------------------------------------------- */
    TEST_FP_RR            66, fdiv.s, s, 0x3eaaaaab, NX, 0x3f800000, 0x40400000, rne /* fdiv 1.0, 3.0 rne = 0x1.555556p-2 NX */
    TEST_FP_RR            67, fdiv.s, s, 0x3eaaaaaa, NX, 0x3f800000, 0x40400000, rtz /* fdiv 1.0, 3.0 rtz = 0x1.555554p-2 NX */
    TEST_FP_RR            68, fdiv.s, s, 0x3eaaaaaa, NX, 0x3f800000, 0x40400000, rdn /* fdiv 1.0, 3.0 rdn = 0x1.555554p-2 NX */
    TEST_FP_RR            69, fdiv.s, s, 0x3eaaaaab, NX, 0x3f800000, 0x40400000, rup /* fdiv 1.0, 3.0 rup = 0x1.555556p-2 NX */
    TEST_FP_RR            70, fdiv.s, s, 0x3eaaaaab, NX, 0x3f800000, 0x40400000, rmm /* fdiv 1.0, 3.0 rmm = 0x1.555556p-2 NX */

/* ---- fdiv: -2/3 ------------------------------------------------------------------------------ */
    TEST_FP_RR            71, fdiv.s, s, 0xbf2aaaab, NX, 0xc0000000, 0x40400000, rne /* fdiv -2.0, 3.0 rne = -0x1.555556p-1 NX */
    TEST_FP_RR            72, fdiv.s, s, 0xbf2aaaaa, NX, 0xc0000000, 0x40400000, rtz /* fdiv -2.0, 3.0 rtz = -0x1.555554p-1 NX */
    TEST_FP_RR            73, fdiv.s, s, 0xbf2aaaab, NX, 0xc0000000, 0x40400000, rdn /* fdiv -2.0, 3.0 rdn = -0x1.555556p-1 NX */
    TEST_FP_RR            74, fdiv.s, s, 0xbf2aaaaa, NX, 0xc0000000, 0x40400000, rup /* fdiv -2.0, 3.0 rup = -0x1.555554p-1 NX */
    TEST_FP_RR            75, fdiv.s, s, 0xbf2aaaab, NX, 0xc0000000, 0x40400000, rmm /* fdiv -2.0, 3.0 rmm = -0x1.555556p-1 NX */

/* ---- fsqrt: sqrt 2 --------------------------------------------------------------------------- */
    TEST_FP_R             76, fsqrt.s, s, 0x3fb504f3, NX, 0x40000000, rne        /* fsqrt 2.0 rne = 0x1.6a09e6p+0 NX */
    TEST_FP_R             77, fsqrt.s, s, 0x3fb504f3, NX, 0x40000000, rtz        /* fsqrt 2.0 rtz = 0x1.6a09e6p+0 NX */
    TEST_FP_R             78, fsqrt.s, s, 0x3fb504f3, NX, 0x40000000, rdn        /* fsqrt 2.0 rdn = 0x1.6a09e6p+0 NX */
    TEST_FP_R             79, fsqrt.s, s, 0x3fb504f4, NX, 0x40000000, rup        /* fsqrt 2.0 rup = 0x1.6a09e8p+0 NX */
    TEST_FP_R             80, fsqrt.s, s, 0x3fb504f3, NX, 0x40000000, rmm        /* fsqrt 2.0 rmm = 0x1.6a09e6p+0 NX */

/* ---- fsqrt: sqrt 3 --------------------------------------------------------------------------- */
    TEST_FP_R             81, fsqrt.s, s, 0x3fddb3d7, NX, 0x40400000, rne        /* fsqrt 3.0 rne = 0x1.bb67aep+0 NX */
    TEST_FP_R             82, fsqrt.s, s, 0x3fddb3d7, NX, 0x40400000, rtz        /* fsqrt 3.0 rtz = 0x1.bb67aep+0 NX */
    TEST_FP_R             83, fsqrt.s, s, 0x3fddb3d7, NX, 0x40400000, rdn        /* fsqrt 3.0 rdn = 0x1.bb67aep+0 NX */
    TEST_FP_R             84, fsqrt.s, s, 0x3fddb3d8, NX, 0x40400000, rup        /* fsqrt 3.0 rup = 0x1.bb67bp+0 NX */
    TEST_FP_R             85, fsqrt.s, s, 0x3fddb3d7, NX, 0x40400000, rmm        /* fsqrt 3.0 rmm = 0x1.bb67aep+0 NX */

/* ---- fmadd: (1 + ulp)(1 - ulp) + 0 = 1 - ulp^2, rounded once --------------------------------- */
    TEST_FP_RRR           86, fmadd.s, s, 0x3f800000, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, rne /* fmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 rne = 1.0 NX */
    TEST_FP_RRR           87, fmadd.s, s, 0x3f7fffff, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, rtz /* fmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 rtz = 0x1.fffffep-1 NX */
    TEST_FP_RRR           88, fmadd.s, s, 0x3f7fffff, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, rdn /* fmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 rdn = 0x1.fffffep-1 NX */
    TEST_FP_RRR           89, fmadd.s, s, 0x3f800000, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, rup /* fmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 rup = 1.0 NX */
    TEST_FP_RRR           90, fmadd.s, s, 0x3f800000, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, rmm /* fmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 rmm = 1.0 NX */

/* ---- fnmadd: -((1 + ulp)(1 - ulp)) - 0 ------------------------------------------------------- */
    TEST_FP_RRR           91, fnmadd.s, s, 0xbf800000, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, rne /* fnmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 rne = -1.0 NX */
    TEST_FP_RRR           92, fnmadd.s, s, 0xbf7fffff, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, rtz /* fnmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 rtz = -0x1.fffffep-1 NX */
    TEST_FP_RRR           93, fnmadd.s, s, 0xbf800000, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, rdn /* fnmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 rdn = -1.0 NX */
    TEST_FP_RRR           94, fnmadd.s, s, 0xbf7fffff, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, rup /* fnmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 rup = -0x1.fffffep-1 NX */
    TEST_FP_RRR           95, fnmadd.s, s, 0xbf800000, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, rmm /* fnmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 rmm = -1.0 NX */

/* ---- fmadd: 1 * 1 - 1: an exact zero, -0 only in rdn ----------------------------------------- */
    TEST_FP_RRR           96, fmadd.s, s, 0x00000000, 0, 0x3f800000, 0x3f800000, 0xbf800000, rne /* fmadd 1.0, 1.0, -1.0 rne = +0 */
    TEST_FP_RRR           97, fmadd.s, s, 0x00000000, 0, 0x3f800000, 0x3f800000, 0xbf800000, rtz /* fmadd 1.0, 1.0, -1.0 rtz = +0 */
    TEST_FP_RRR           98, fmadd.s, s, 0x80000000, 0, 0x3f800000, 0x3f800000, 0xbf800000, rdn /* fmadd 1.0, 1.0, -1.0 rdn = -0 */
    TEST_FP_RRR           99, fmadd.s, s, 0x00000000, 0, 0x3f800000, 0x3f800000, 0xbf800000, rup /* fmadd 1.0, 1.0, -1.0 rup = +0 */
    TEST_FP_RRR           100, fmadd.s, s, 0x00000000, 0, 0x3f800000, 0x3f800000, 0xbf800000, rmm /* fmadd 1.0, 1.0, -1.0 rmm = +0 */

/* ---- fcvt.w: 2.5 ----------------------------------------------------------------------------- */
    TEST_FP_TO_INT        101, fcvt.w.s, 0x2, NX, s, 0x40200000, rne             /* 2.5 rne = 2 NX */
    TEST_FP_TO_INT        102, fcvt.w.s, 0x2, NX, s, 0x40200000, rtz             /* 2.5 rtz = 2 NX */
    TEST_FP_TO_INT        103, fcvt.w.s, 0x2, NX, s, 0x40200000, rdn             /* 2.5 rdn = 2 NX */
    TEST_FP_TO_INT        104, fcvt.w.s, 0x3, NX, s, 0x40200000, rup             /* 2.5 rup = 3 NX */
    TEST_FP_TO_INT        105, fcvt.w.s, 0x3, NX, s, 0x40200000, rmm             /* 2.5 rmm = 3 NX */

/* ---- fcvt.w: -2.5 ---------------------------------------------------------------------------- */
    TEST_FP_TO_INT        106, fcvt.w.s, 0xfffffffffffffffe, NX, s, 0xc0200000, rne /* -2.5 rne = -2 NX */
    TEST_FP_TO_INT        107, fcvt.w.s, 0xfffffffffffffffe, NX, s, 0xc0200000, rtz /* -2.5 rtz = -2 NX */
    TEST_FP_TO_INT        108, fcvt.w.s, 0xfffffffffffffffd, NX, s, 0xc0200000, rdn /* -2.5 rdn = -3 NX */
    TEST_FP_TO_INT        109, fcvt.w.s, 0xfffffffffffffffe, NX, s, 0xc0200000, rup /* -2.5 rup = -2 NX */
    TEST_FP_TO_INT        110, fcvt.w.s, 0xfffffffffffffffd, NX, s, 0xc0200000, rmm /* -2.5 rmm = -3 NX */

/* ---- fcvt.l: -1.25 --------------------------------------------------------------------------- */
    TEST_FP_TO_INT        111, fcvt.l.s, 0xffffffffffffffff, NX, s, 0xbfa00000, rne /* -1.25 rne = -1 NX */
    TEST_FP_TO_INT        112, fcvt.l.s, 0xffffffffffffffff, NX, s, 0xbfa00000, rtz /* -1.25 rtz = -1 NX */
    TEST_FP_TO_INT        113, fcvt.l.s, 0xfffffffffffffffe, NX, s, 0xbfa00000, rdn /* -1.25 rdn = -2 NX */
    TEST_FP_TO_INT        114, fcvt.l.s, 0xffffffffffffffff, NX, s, 0xbfa00000, rup /* -1.25 rup = -1 NX */
    TEST_FP_TO_INT        115, fcvt.l.s, 0xffffffffffffffff, NX, s, 0xbfa00000, rmm /* -1.25 rmm = -1 NX */

/* ---- fcvt.wu: -0.5 to unsigned: 0 with NX, or -1 (NV) rounding down -------------------------- */
    TEST_FP_TO_INT        116, fcvt.wu.s, 0x0, NX, s, 0xbf000000, rne            /* -0.5 rne = 0 NX */
    TEST_FP_TO_INT        117, fcvt.wu.s, 0x0, NX, s, 0xbf000000, rtz            /* -0.5 rtz = 0 NX */
    TEST_FP_TO_INT        118, fcvt.wu.s, 0x0, NV, s, 0xbf000000, rdn            /* -0.5 rdn = 0 NV */
    TEST_FP_TO_INT        119, fcvt.wu.s, 0x0, NX, s, 0xbf000000, rup            /* -0.5 rup = 0 NX */
    TEST_FP_TO_INT        120, fcvt.wu.s, 0x0, NV, s, 0xbf000000, rmm            /* -0.5 rmm = 0 NV */

/* ---- fcvt.lu: 1.5 ---------------------------------------------------------------------------- */
    TEST_FP_TO_INT        121, fcvt.lu.s, 0x2, NX, s, 0x3fc00000, rne            /* 1.5 rne = 2 NX */
    TEST_FP_TO_INT        122, fcvt.lu.s, 0x1, NX, s, 0x3fc00000, rtz            /* 1.5 rtz = 1 NX */
    TEST_FP_TO_INT        123, fcvt.lu.s, 0x1, NX, s, 0x3fc00000, rdn            /* 1.5 rdn = 1 NX */
    TEST_FP_TO_INT        124, fcvt.lu.s, 0x2, NX, s, 0x3fc00000, rup            /* 1.5 rup = 2 NX */
    TEST_FP_TO_INT        125, fcvt.lu.s, 0x2, NX, s, 0x3fc00000, rmm            /* 1.5 rmm = 2 NX */

/* ---- fcvt.from.w: 2^24 + 1: a tie ------------------------------------------------------------ */
    TEST_INT_TO_FP        126, fcvt.s.w, s, 0x4b800000, NX, 0x1000001, rne       /* 16777217 rne = 16777216.0 NX */
    TEST_INT_TO_FP        127, fcvt.s.w, s, 0x4b800000, NX, 0x1000001, rtz       /* 16777217 rtz = 16777216.0 NX */
    TEST_INT_TO_FP        128, fcvt.s.w, s, 0x4b800000, NX, 0x1000001, rdn       /* 16777217 rdn = 16777216.0 NX */
    TEST_INT_TO_FP        129, fcvt.s.w, s, 0x4b800001, NX, 0x1000001, rup       /* 16777217 rup = 16777218.0 NX */
    TEST_INT_TO_FP        130, fcvt.s.w, s, 0x4b800001, NX, 0x1000001, rmm       /* 16777217 rmm = 16777218.0 NX */

/* ---- fcvt.from.l: -(2^24 + 3): a negative tie ------------------------------------------------ */
    TEST_INT_TO_FP        131, fcvt.s.l, s, 0xcb800002, NX, 0xfffffffffefffffd, rne /* -16777219 rne = -0x1.000004p+24 NX */
    TEST_INT_TO_FP        132, fcvt.s.l, s, 0xcb800001, NX, 0xfffffffffefffffd, rtz /* -16777219 rtz = -0x1.000002p+24 NX */
    TEST_INT_TO_FP        133, fcvt.s.l, s, 0xcb800002, NX, 0xfffffffffefffffd, rdn /* -16777219 rdn = -0x1.000004p+24 NX */
    TEST_INT_TO_FP        134, fcvt.s.l, s, 0xcb800001, NX, 0xfffffffffefffffd, rup /* -16777219 rup = -0x1.000002p+24 NX */
    TEST_INT_TO_FP        135, fcvt.s.l, s, 0xcb800002, NX, 0xfffffffffefffffd, rmm /* -16777219 rmm = -0x1.000004p+24 NX */

/* ---- fcvt.from.wu: 2^32 - 1 ------------------------------------------------------------------ */
    TEST_INT_TO_FP        136, fcvt.s.wu, s, 0x4f800000, NX, 0xffffffff, rne     /* 4294967295 rne = 0x1p+32 NX */
    TEST_INT_TO_FP        137, fcvt.s.wu, s, 0x4f7fffff, NX, 0xffffffff, rtz     /* 4294967295 rtz = 0x1.fffffep+31 NX */
    TEST_INT_TO_FP        138, fcvt.s.wu, s, 0x4f7fffff, NX, 0xffffffff, rdn     /* 4294967295 rdn = 0x1.fffffep+31 NX */
    TEST_INT_TO_FP        139, fcvt.s.wu, s, 0x4f800000, NX, 0xffffffff, rup     /* 4294967295 rup = 0x1p+32 NX */
    TEST_INT_TO_FP        140, fcvt.s.wu, s, 0x4f800000, NX, 0xffffffff, rmm     /* 4294967295 rmm = 0x1p+32 NX */

/* ---- dynamic rounding: frm = 0 (rne), instructions with rm = dyn ----------------------------- */
    fsrmi   0
    TEST_FP_RR            141, fadd.s, s, 0x3f800002, NX, 0x3f800001, 0x33800000, dyn /* fadd 0x1.000002p+0, 0x1p-24 dyn = 0x1.000004p+0 NX */
    TEST_FP_RR            142, fsub.s, s, 0xff800000, OF|NX, 0xff7fffff, 0x7f7fffff, dyn /* fsub -max, max dyn = -inf OF|NX */
    TEST_FP_RR            143, fsub.s, s, 0x00000000, 0, 0x3fc00000, 0x3fc00000, dyn /* fsub 1.5, 1.5 dyn = +0 */
    TEST_FP_RR            144, fmul.s, s, 0xbf800003, NX, 0xbf800001, 0x3f800002, dyn /* fmul -0x1.000002p+0, 0x1.000004p+0 dyn = -0x1.000006p+0 NX */
    TEST_FP_RR            145, fmul.s, s, 0x80000001, UF|NX, 0x80000001, 0x3f400000, dyn /* fmul -0x1p-149, 0.75 dyn = -0x1p-149 UF|NX */
    TEST_FP_RR            146, fdiv.s, s, 0xbf2aaaab, NX, 0xc0000000, 0x40400000, dyn /* fdiv -2.0, 3.0 dyn = -0x1.555556p-1 NX */
    TEST_FP_R             147, fsqrt.s, s, 0x3fddb3d7, NX, 0x40400000, dyn       /* fsqrt 3.0 dyn = 0x1.bb67aep+0 NX */
    TEST_FP_RRR           148, fmadd.s, s, 0x3f800000, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, dyn /* fmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 dyn = 1.0 NX */
    TEST_FP_TO_INT        149, fcvt.w.s, 0xfffffffffffffffe, NX, s, 0xc0200000, dyn /* -2.5 dyn = -2 NX */
    TEST_FP_TO_INT        150, fcvt.wu.s, 0x0, NX, s, 0xbf000000, dyn            /* -0.5 dyn = 0 NX */
    TEST_INT_TO_FP        151, fcvt.s.l, s, 0xcb800002, NX, 0xfffffffffefffffd, dyn /* -16777219 dyn = -0x1.000004p+24 NX */

/* ---- dynamic rounding: frm = 1 (rtz), instructions with rm = dyn ----------------------------- */
    fsrmi   1
    TEST_FP_RR            152, fadd.s, s, 0x3f800001, NX, 0x3f800001, 0x33800000, dyn /* fadd 0x1.000002p+0, 0x1p-24 dyn = 0x1.000002p+0 NX */
    TEST_FP_RR            153, fsub.s, s, 0xff7fffff, OF|NX, 0xff7fffff, 0x7f7fffff, dyn /* fsub -max, max dyn = -max OF|NX */
    TEST_FP_RR            154, fsub.s, s, 0x00000000, 0, 0x3fc00000, 0x3fc00000, dyn /* fsub 1.5, 1.5 dyn = +0 */
    TEST_FP_RR            155, fmul.s, s, 0xbf800003, NX, 0xbf800001, 0x3f800002, dyn /* fmul -0x1.000002p+0, 0x1.000004p+0 dyn = -0x1.000006p+0 NX */
    TEST_FP_RR            156, fmul.s, s, 0x80000000, UF|NX, 0x80000001, 0x3f400000, dyn /* fmul -0x1p-149, 0.75 dyn = -0 UF|NX */
    TEST_FP_RR            157, fdiv.s, s, 0xbf2aaaaa, NX, 0xc0000000, 0x40400000, dyn /* fdiv -2.0, 3.0 dyn = -0x1.555554p-1 NX */
    TEST_FP_R             158, fsqrt.s, s, 0x3fddb3d7, NX, 0x40400000, dyn       /* fsqrt 3.0 dyn = 0x1.bb67aep+0 NX */
    TEST_FP_RRR           159, fmadd.s, s, 0x3f7fffff, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, dyn /* fmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 dyn = 0x1.fffffep-1 NX */
    TEST_FP_TO_INT        160, fcvt.w.s, 0xfffffffffffffffe, NX, s, 0xc0200000, dyn /* -2.5 dyn = -2 NX */
    TEST_FP_TO_INT        161, fcvt.wu.s, 0x0, NX, s, 0xbf000000, dyn            /* -0.5 dyn = 0 NX */
    TEST_INT_TO_FP        162, fcvt.s.l, s, 0xcb800001, NX, 0xfffffffffefffffd, dyn /* -16777219 dyn = -0x1.000002p+24 NX */

/* ---- dynamic rounding: frm = 2 (rdn), instructions with rm = dyn ----------------------------- */
    fsrmi   2
    TEST_FP_RR            163, fadd.s, s, 0x3f800001, NX, 0x3f800001, 0x33800000, dyn /* fadd 0x1.000002p+0, 0x1p-24 dyn = 0x1.000002p+0 NX */
    TEST_FP_RR            164, fsub.s, s, 0xff800000, OF|NX, 0xff7fffff, 0x7f7fffff, dyn /* fsub -max, max dyn = -inf OF|NX */
    TEST_FP_RR            165, fsub.s, s, 0x80000000, 0, 0x3fc00000, 0x3fc00000, dyn /* fsub 1.5, 1.5 dyn = -0 */
    TEST_FP_RR            166, fmul.s, s, 0xbf800004, NX, 0xbf800001, 0x3f800002, dyn /* fmul -0x1.000002p+0, 0x1.000004p+0 dyn = -0x1.000008p+0 NX */
    TEST_FP_RR            167, fmul.s, s, 0x80000001, UF|NX, 0x80000001, 0x3f400000, dyn /* fmul -0x1p-149, 0.75 dyn = -0x1p-149 UF|NX */
    TEST_FP_RR            168, fdiv.s, s, 0xbf2aaaab, NX, 0xc0000000, 0x40400000, dyn /* fdiv -2.0, 3.0 dyn = -0x1.555556p-1 NX */
    TEST_FP_R             169, fsqrt.s, s, 0x3fddb3d7, NX, 0x40400000, dyn       /* fsqrt 3.0 dyn = 0x1.bb67aep+0 NX */
    TEST_FP_RRR           170, fmadd.s, s, 0x3f7fffff, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, dyn /* fmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 dyn = 0x1.fffffep-1 NX */
    TEST_FP_TO_INT        171, fcvt.w.s, 0xfffffffffffffffd, NX, s, 0xc0200000, dyn /* -2.5 dyn = -3 NX */
    TEST_FP_TO_INT        172, fcvt.wu.s, 0x0, NV, s, 0xbf000000, dyn            /* -0.5 dyn = 0 NV */
    TEST_INT_TO_FP        173, fcvt.s.l, s, 0xcb800002, NX, 0xfffffffffefffffd, dyn /* -16777219 dyn = -0x1.000004p+24 NX */

/* ---- dynamic rounding: frm = 3 (rup), instructions with rm = dyn ----------------------------- */
    fsrmi   3
    TEST_FP_RR            174, fadd.s, s, 0x3f800002, NX, 0x3f800001, 0x33800000, dyn /* fadd 0x1.000002p+0, 0x1p-24 dyn = 0x1.000004p+0 NX */
    TEST_FP_RR            175, fsub.s, s, 0xff7fffff, OF|NX, 0xff7fffff, 0x7f7fffff, dyn /* fsub -max, max dyn = -max OF|NX */
    TEST_FP_RR            176, fsub.s, s, 0x00000000, 0, 0x3fc00000, 0x3fc00000, dyn /* fsub 1.5, 1.5 dyn = +0 */
    TEST_FP_RR            177, fmul.s, s, 0xbf800003, NX, 0xbf800001, 0x3f800002, dyn /* fmul -0x1.000002p+0, 0x1.000004p+0 dyn = -0x1.000006p+0 NX */
    TEST_FP_RR            178, fmul.s, s, 0x80000000, UF|NX, 0x80000001, 0x3f400000, dyn /* fmul -0x1p-149, 0.75 dyn = -0 UF|NX */
    TEST_FP_RR            179, fdiv.s, s, 0xbf2aaaaa, NX, 0xc0000000, 0x40400000, dyn /* fdiv -2.0, 3.0 dyn = -0x1.555554p-1 NX */
    TEST_FP_R             180, fsqrt.s, s, 0x3fddb3d8, NX, 0x40400000, dyn       /* fsqrt 3.0 dyn = 0x1.bb67bp+0 NX */
    TEST_FP_RRR           181, fmadd.s, s, 0x3f800000, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, dyn /* fmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 dyn = 1.0 NX */
    TEST_FP_TO_INT        182, fcvt.w.s, 0xfffffffffffffffe, NX, s, 0xc0200000, dyn /* -2.5 dyn = -2 NX */
    TEST_FP_TO_INT        183, fcvt.wu.s, 0x0, NX, s, 0xbf000000, dyn            /* -0.5 dyn = 0 NX */
    TEST_INT_TO_FP        184, fcvt.s.l, s, 0xcb800001, NX, 0xfffffffffefffffd, dyn /* -16777219 dyn = -0x1.000002p+24 NX */

/* ---- dynamic rounding: frm = 4 (rmm), instructions with rm = dyn ----------------------------- */
    fsrmi   4
    TEST_FP_RR            185, fadd.s, s, 0x3f800002, NX, 0x3f800001, 0x33800000, dyn /* fadd 0x1.000002p+0, 0x1p-24 dyn = 0x1.000004p+0 NX */
    TEST_FP_RR            186, fsub.s, s, 0xff800000, OF|NX, 0xff7fffff, 0x7f7fffff, dyn /* fsub -max, max dyn = -inf OF|NX */
    TEST_FP_RR            187, fsub.s, s, 0x00000000, 0, 0x3fc00000, 0x3fc00000, dyn /* fsub 1.5, 1.5 dyn = +0 */
    TEST_FP_RR            188, fmul.s, s, 0xbf800003, NX, 0xbf800001, 0x3f800002, dyn /* fmul -0x1.000002p+0, 0x1.000004p+0 dyn = -0x1.000006p+0 NX */
    TEST_FP_RR            189, fmul.s, s, 0x80000001, UF|NX, 0x80000001, 0x3f400000, dyn /* fmul -0x1p-149, 0.75 dyn = -0x1p-149 UF|NX */
    TEST_FP_RR            190, fdiv.s, s, 0xbf2aaaab, NX, 0xc0000000, 0x40400000, dyn /* fdiv -2.0, 3.0 dyn = -0x1.555556p-1 NX */
    TEST_FP_R             191, fsqrt.s, s, 0x3fddb3d7, NX, 0x40400000, dyn       /* fsqrt 3.0 dyn = 0x1.bb67aep+0 NX */
    TEST_FP_RRR           192, fmadd.s, s, 0x3f800000, NX, 0x3f800001, 0x3f7ffffe, 0x00000000, dyn /* fmadd 0x1.000002p+0, 0x1.fffffcp-1, +0 dyn = 1.0 NX */
    TEST_FP_TO_INT        193, fcvt.w.s, 0xfffffffffffffffd, NX, s, 0xc0200000, dyn /* -2.5 dyn = -3 NX */
    TEST_FP_TO_INT        194, fcvt.wu.s, 0x0, NV, s, 0xbf000000, dyn            /* -0.5 dyn = 0 NV */
    TEST_INT_TO_FP        195, fcvt.s.l, s, 0xcb800002, NX, 0xfffffffffefffffd, dyn /* -16777219 dyn = -0x1.000004p+24 NX */

/* ---- a static rounding mode overrides frm (frm = rup here) ----------------------------------- */
    fsrmi   3
    TEST_FP_RR            196, fadd.s, s, 0x3f800001, NX, 0x3f800000, 0x33c00000, rne /* fadd 1.0, 0x1.8p-24 rne = 0x1.000002p+0 NX */
    TEST_FP_RR            197, fadd.s, s, 0x3f800000, NX, 0x3f800000, 0x33c00000, rtz /* fadd 1.0, 0x1.8p-24 rtz = 1.0 NX */
    TEST_FP_RR            198, fadd.s, s, 0x3f800000, NX, 0x3f800000, 0x33c00000, rdn /* fadd 1.0, 0x1.8p-24 rdn = 1.0 NX */
    TEST_FP_RR            199, fadd.s, s, 0x3f800001, NX, 0x3f800000, 0x33c00000, rmm /* fadd 1.0, 0x1.8p-24 rmm = 0x1.000002p+0 NX */

    /* frm still reads 3 (rup) after all that; set it back to 0 */
    CASE    200
    frrm    a0
    CHECK   a0, 3
    fsrmi   0

    TEST_END
