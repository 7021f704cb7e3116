/* SPDX-License-Identifier: MIT */
/* RV64FD rounding modes and exception flags, double precision (rvfd_rounding_s.S holds
 * the other precision): FADD, FSUB, FMUL, FDIV, FSQRT, FMADD/FNMADD, FCVT to and from
 * integers, FCVT.S.D,
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
    TEST_FP_RR            1, fadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000000, 0x3ca0000000000000, rne /* fadd 1.0, 0x1p-53 rne = 1.0 NX */
    TEST_FP_RR            2, fadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000000, 0x3ca0000000000000, rtz /* fadd 1.0, 0x1p-53 rtz = 1.0 NX */
    TEST_FP_RR            3, fadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000000, 0x3ca0000000000000, rdn /* fadd 1.0, 0x1p-53 rdn = 1.0 NX */
    TEST_FP_RR            4, fadd.d, d, 0x3ff0000000000001, NX, 0x3ff0000000000000, 0x3ca0000000000000, rup /* fadd 1.0, 0x1p-53 rup = 0x1.0000000000001p+0 NX */
    TEST_FP_RR            5, fadd.d, d, 0x3ff0000000000001, NX, 0x3ff0000000000000, 0x3ca0000000000000, rmm /* fadd 1.0, 0x1p-53 rmm = 0x1.0000000000001p+0 NX */

/* ---- fadd: (1 + ulp) + ulp/2: a tie, even above ---------------------------------------------- */
    TEST_FP_RR            6, fadd.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ca0000000000000, rne /* fadd 0x1.0000000000001p+0, 0x1p-53 rne = 0x1.0000000000002p+0 NX */
    TEST_FP_RR            7, fadd.d, d, 0x3ff0000000000001, NX, 0x3ff0000000000001, 0x3ca0000000000000, rtz /* fadd 0x1.0000000000001p+0, 0x1p-53 rtz = 0x1.0000000000001p+0 NX */
    TEST_FP_RR            8, fadd.d, d, 0x3ff0000000000001, NX, 0x3ff0000000000001, 0x3ca0000000000000, rdn /* fadd 0x1.0000000000001p+0, 0x1p-53 rdn = 0x1.0000000000001p+0 NX */
    TEST_FP_RR            9, fadd.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ca0000000000000, rup /* fadd 0x1.0000000000001p+0, 0x1p-53 rup = 0x1.0000000000002p+0 NX */
    TEST_FP_RR            10, fadd.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ca0000000000000, rmm /* fadd 0x1.0000000000001p+0, 0x1p-53 rmm = 0x1.0000000000002p+0 NX */

/* ---- fadd: -1 - 3/4 ulp ---------------------------------------------------------------------- */
    TEST_FP_RR            11, fadd.d, d, 0xbff0000000000001, NX, 0xbff0000000000000, 0xbca8000000000000, rne /* fadd -1.0, -0x1.8p-53 rne = -0x1.0000000000001p+0 NX */
    TEST_FP_RR            12, fadd.d, d, 0xbff0000000000000, NX, 0xbff0000000000000, 0xbca8000000000000, rtz /* fadd -1.0, -0x1.8p-53 rtz = -1.0 NX */
    TEST_FP_RR            13, fadd.d, d, 0xbff0000000000001, NX, 0xbff0000000000000, 0xbca8000000000000, rdn /* fadd -1.0, -0x1.8p-53 rdn = -0x1.0000000000001p+0 NX */
    TEST_FP_RR            14, fadd.d, d, 0xbff0000000000000, NX, 0xbff0000000000000, 0xbca8000000000000, rup /* fadd -1.0, -0x1.8p-53 rup = -1.0 NX */
    TEST_FP_RR            15, fadd.d, d, 0xbff0000000000001, NX, 0xbff0000000000000, 0xbca8000000000000, rmm /* fadd -1.0, -0x1.8p-53 rmm = -0x1.0000000000001p+0 NX */

/* ---- fsub: -(1 + ulp) - ulp/2: a negative tie ------------------------------------------------ */
    TEST_FP_RR            16, fsub.d, d, 0xbff0000000000002, NX, 0xbff0000000000001, 0x3ca0000000000000, rne /* fsub -0x1.0000000000001p+0, 0x1p-53 rne = -0x1.0000000000002p+0 NX */
    TEST_FP_RR            17, fsub.d, d, 0xbff0000000000001, NX, 0xbff0000000000001, 0x3ca0000000000000, rtz /* fsub -0x1.0000000000001p+0, 0x1p-53 rtz = -0x1.0000000000001p+0 NX */
    TEST_FP_RR            18, fsub.d, d, 0xbff0000000000002, NX, 0xbff0000000000001, 0x3ca0000000000000, rdn /* fsub -0x1.0000000000001p+0, 0x1p-53 rdn = -0x1.0000000000002p+0 NX */
    TEST_FP_RR            19, fsub.d, d, 0xbff0000000000001, NX, 0xbff0000000000001, 0x3ca0000000000000, rup /* fsub -0x1.0000000000001p+0, 0x1p-53 rup = -0x1.0000000000001p+0 NX */
    TEST_FP_RR            20, fsub.d, d, 0xbff0000000000002, NX, 0xbff0000000000001, 0x3ca0000000000000, rmm /* fsub -0x1.0000000000001p+0, 0x1p-53 rmm = -0x1.0000000000002p+0 NX */

/* ---- fadd: overflow -------------------------------------------------------------------------- */
    TEST_FP_RR            21, fadd.d, d, 0x7ff0000000000000, OF|NX, 0x7fefffffffffffff, 0x7fefffffffffffff, rne /* fadd max, max rne = +inf OF|NX */
    TEST_FP_RR            22, fadd.d, d, 0x7fefffffffffffff, OF|NX, 0x7fefffffffffffff, 0x7fefffffffffffff, rtz /* fadd max, max rtz = max OF|NX */
    TEST_FP_RR            23, fadd.d, d, 0x7fefffffffffffff, OF|NX, 0x7fefffffffffffff, 0x7fefffffffffffff, rdn /* fadd max, max rdn = max OF|NX */
    TEST_FP_RR            24, fadd.d, d, 0x7ff0000000000000, OF|NX, 0x7fefffffffffffff, 0x7fefffffffffffff, rup /* fadd max, max rup = +inf OF|NX */
    TEST_FP_RR            25, fadd.d, d, 0x7ff0000000000000, OF|NX, 0x7fefffffffffffff, 0x7fefffffffffffff, rmm /* fadd max, max rmm = +inf OF|NX */

/* ---- fsub: negative overflow ----------------------------------------------------------------- */
    TEST_FP_RR            26, fsub.d, d, 0xfff0000000000000, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff, rne /* fsub -max, max rne = -inf OF|NX */
    TEST_FP_RR            27, fsub.d, d, 0xffefffffffffffff, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff, rtz /* fsub -max, max rtz = -max OF|NX */
    TEST_FP_RR            28, fsub.d, d, 0xfff0000000000000, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff, rdn /* fsub -max, max rdn = -inf OF|NX */
    TEST_FP_RR            29, fsub.d, d, 0xffefffffffffffff, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff, rup /* fsub -max, max rup = -max OF|NX */
    TEST_FP_RR            30, fsub.d, d, 0xfff0000000000000, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff, rmm /* fsub -max, max rmm = -inf OF|NX */

/* ---- fsub: an exact zero: -0 only in rdn ----------------------------------------------------- */
    TEST_FP_RR            31, fsub.d, d, 0x0000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000, rne /* fsub 1.5, 1.5 rne = +0 */
    TEST_FP_RR            32, fsub.d, d, 0x0000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000, rtz /* fsub 1.5, 1.5 rtz = +0 */
    TEST_FP_RR            33, fsub.d, d, 0x8000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000, rdn /* fsub 1.5, 1.5 rdn = -0 */
    TEST_FP_RR            34, fsub.d, d, 0x0000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000, rup /* fsub 1.5, 1.5 rup = +0 */
    TEST_FP_RR            35, fsub.d, d, 0x0000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000, rmm /* fsub 1.5, 1.5 rmm = +0 */

/* ---- fmul: (1 + ulp)^2 = 1 + 2 ulp + ulp^2 --------------------------------------------------- */
    TEST_FP_RR            36, fmul.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ff0000000000001, rne /* fmul 0x1.0000000000001p+0, 0x1.0000000000001p+0 rne = 0x1.0000000000002p+0 NX */
    TEST_FP_RR            37, fmul.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ff0000000000001, rtz /* fmul 0x1.0000000000001p+0, 0x1.0000000000001p+0 rtz = 0x1.0000000000002p+0 NX */
    TEST_FP_RR            38, fmul.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ff0000000000001, rdn /* fmul 0x1.0000000000001p+0, 0x1.0000000000001p+0 rdn = 0x1.0000000000002p+0 NX */
    TEST_FP_RR            39, fmul.d, d, 0x3ff0000000000003, NX, 0x3ff0000000000001, 0x3ff0000000000001, rup /* fmul 0x1.0000000000001p+0, 0x1.0000000000001p+0 rup = 0x1.0000000000003p+0 NX */
    TEST_FP_RR            40, fmul.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ff0000000000001, rmm /* fmul 0x1.0000000000001p+0, 0x1.0000000000001p+0 rmm = 0x1.0000000000002p+0 NX */

/* ---- fmul: -(1 + ulp)(1 + 2 ulp) ------------------------------------------------------------- */
    TEST_FP_RR            41, fmul.d, d, 0xbff0000000000003, NX, 0xbff0000000000001, 0x3ff0000000000002, rne /* fmul -0x1.0000000000001p+0, 0x1.0000000000002p+0 rne = -0x1.0000000000003p+0 NX */
    TEST_FP_RR            42, fmul.d, d, 0xbff0000000000003, NX, 0xbff0000000000001, 0x3ff0000000000002, rtz /* fmul -0x1.0000000000001p+0, 0x1.0000000000002p+0 rtz = -0x1.0000000000003p+0 NX */
    TEST_FP_RR            43, fmul.d, d, 0xbff0000000000004, NX, 0xbff0000000000001, 0x3ff0000000000002, rdn /* fmul -0x1.0000000000001p+0, 0x1.0000000000002p+0 rdn = -0x1.0000000000004p+0 NX */
    TEST_FP_RR            44, fmul.d, d, 0xbff0000000000003, NX, 0xbff0000000000001, 0x3ff0000000000002, rup /* fmul -0x1.0000000000001p+0, 0x1.0000000000002p+0 rup = -0x1.0000000000003p+0 NX */
    TEST_FP_RR            45, fmul.d, d, 0xbff0000000000003, NX, 0xbff0000000000001, 0x3ff0000000000002, rmm /* fmul -0x1.0000000000001p+0, 0x1.0000000000002p+0 rmm = -0x1.0000000000003p+0 NX */

/* ---- fmul: half the smallest subnormal: underflow -------------------------------------------- */
    TEST_FP_RR            46, fmul.d, d, 0x0000000000000000, UF|NX, 0x0000000000000001, 0x3fe0000000000000, rne /* fmul 5e-324, 0.5 rne = +0 UF|NX */
    TEST_FP_RR            47, fmul.d, d, 0x0000000000000000, UF|NX, 0x0000000000000001, 0x3fe0000000000000, rtz /* fmul 5e-324, 0.5 rtz = +0 UF|NX */
    TEST_FP_RR            48, fmul.d, d, 0x0000000000000000, UF|NX, 0x0000000000000001, 0x3fe0000000000000, rdn /* fmul 5e-324, 0.5 rdn = +0 UF|NX */
    TEST_FP_RR            49, fmul.d, d, 0x0000000000000001, UF|NX, 0x0000000000000001, 0x3fe0000000000000, rup /* fmul 5e-324, 0.5 rup = 5e-324 UF|NX */
    TEST_FP_RR            50, fmul.d, d, 0x0000000000000001, UF|NX, 0x0000000000000001, 0x3fe0000000000000, rmm /* fmul 5e-324, 0.5 rmm = 5e-324 UF|NX */

/* ---- fmul: -3/4 of the smallest subnormal ---------------------------------------------------- */
    TEST_FP_RR            51, fmul.d, d, 0x8000000000000001, UF|NX, 0x8000000000000001, 0x3fe8000000000000, rne /* fmul -5e-324, 0.75 rne = -5e-324 UF|NX */
    TEST_FP_RR            52, fmul.d, d, 0x8000000000000000, UF|NX, 0x8000000000000001, 0x3fe8000000000000, rtz /* fmul -5e-324, 0.75 rtz = -0 UF|NX */
    TEST_FP_RR            53, fmul.d, d, 0x8000000000000001, UF|NX, 0x8000000000000001, 0x3fe8000000000000, rdn /* fmul -5e-324, 0.75 rdn = -5e-324 UF|NX */
    TEST_FP_RR            54, fmul.d, d, 0x8000000000000000, UF|NX, 0x8000000000000001, 0x3fe8000000000000, rup /* fmul -5e-324, 0.75 rup = -0 UF|NX */
    TEST_FP_RR            55, fmul.d, d, 0x8000000000000001, UF|NX, 0x8000000000000001, 0x3fe8000000000000, rmm /* fmul -5e-324, 0.75 rmm = -5e-324 UF|NX */

/* ---- fmul: tiny before rounding, not tiny after (except downwards) --------------------------- */
    TEST_FP_RR            56, fmul.d, d, 0x0010000000000000, NX, 0x3feffffffffffffe, 0x0010000000000001, rne /* fmul 0x1.ffffffffffffep-1, 0x1.0000000000001p-1022 rne = 0x1p-1022 NX */
    TEST_FP_RR            57, fmul.d, d, 0x000fffffffffffff, UF|NX, 0x3feffffffffffffe, 0x0010000000000001, rtz /* fmul 0x1.ffffffffffffep-1, 0x1.0000000000001p-1022 rtz = 0x0.fffffffffffffp-1022 UF|NX */
    TEST_FP_RR            58, fmul.d, d, 0x000fffffffffffff, UF|NX, 0x3feffffffffffffe, 0x0010000000000001, rdn /* fmul 0x1.ffffffffffffep-1, 0x1.0000000000001p-1022 rdn = 0x0.fffffffffffffp-1022 UF|NX */
    TEST_FP_RR            59, fmul.d, d, 0x0010000000000000, NX, 0x3feffffffffffffe, 0x0010000000000001, rup /* fmul 0x1.ffffffffffffep-1, 0x1.0000000000001p-1022 rup = 0x1p-1022 NX */
    TEST_FP_RR            60, fmul.d, d, 0x0010000000000000, NX, 0x3feffffffffffffe, 0x0010000000000001, rmm /* fmul 0x1.ffffffffffffep-1, 0x1.0000000000001p-1022 rmm = 0x1p-1022 NX */

/* ---- fmul: overflow -------------------------------------------------------------------------- */
    TEST_FP_RR            61, fmul.d, d, 0x7ff0000000000000, OF|NX, 0x7fefffffffffffff, 0x3ff8000000000000, rne /* fmul max, 1.5 rne = +inf OF|NX */
    TEST_FP_RR            62, fmul.d, d, 0x7fefffffffffffff, OF|NX, 0x7fefffffffffffff, 0x3ff8000000000000, rtz /* fmul max, 1.5 rtz = max OF|NX */
    TEST_FP_RR            63, fmul.d, d, 0x7fefffffffffffff, OF|NX, 0x7fefffffffffffff, 0x3ff8000000000000, rdn /* fmul max, 1.5 rdn = max OF|NX */
    TEST_FP_RR            64, fmul.d, d, 0x7ff0000000000000, OF|NX, 0x7fefffffffffffff, 0x3ff8000000000000, rup /* fmul max, 1.5 rup = +inf OF|NX */
    TEST_FP_RR            65, fmul.d, d, 0x7ff0000000000000, OF|NX, 0x7fefffffffffffff, 0x3ff8000000000000, rmm /* fmul max, 1.5 rmm = +inf OF|NX */

/* ---- fdiv: 1/3 ------------------------------------------------------------------------------- */
    TEST_FP_RR            66, fdiv.d, d, 0x3fd5555555555555, NX, 0x3ff0000000000000, 0x4008000000000000, rne /* fdiv 1.0, 3.0 rne = 0x1.5555555555555p-2 NX */
    TEST_FP_RR            67, fdiv.d, d, 0x3fd5555555555555, NX, 0x3ff0000000000000, 0x4008000000000000, rtz /* fdiv 1.0, 3.0 rtz = 0x1.5555555555555p-2 NX */
    TEST_FP_RR            68, fdiv.d, d, 0x3fd5555555555555, NX, 0x3ff0000000000000, 0x4008000000000000, rdn /* fdiv 1.0, 3.0 rdn = 0x1.5555555555555p-2 NX */
    TEST_FP_RR            69, fdiv.d, d, 0x3fd5555555555556, NX, 0x3ff0000000000000, 0x4008000000000000, rup /* fdiv 1.0, 3.0 rup = 0x1.5555555555556p-2 NX */
    TEST_FP_RR            70, fdiv.d, d, 0x3fd5555555555555, NX, 0x3ff0000000000000, 0x4008000000000000, rmm /* fdiv 1.0, 3.0 rmm = 0x1.5555555555555p-2 NX */

/* ---- fdiv: -2/3 ------------------------------------------------------------------------------ */
    TEST_FP_RR            71, fdiv.d, d, 0xbfe5555555555555, NX, 0xc000000000000000, 0x4008000000000000, rne /* fdiv -2.0, 3.0 rne = -0x1.5555555555555p-1 NX */
    TEST_FP_RR            72, fdiv.d, d, 0xbfe5555555555555, NX, 0xc000000000000000, 0x4008000000000000, rtz /* fdiv -2.0, 3.0 rtz = -0x1.5555555555555p-1 NX */
    TEST_FP_RR            73, fdiv.d, d, 0xbfe5555555555556, NX, 0xc000000000000000, 0x4008000000000000, rdn /* fdiv -2.0, 3.0 rdn = -0x1.5555555555556p-1 NX */
    TEST_FP_RR            74, fdiv.d, d, 0xbfe5555555555555, NX, 0xc000000000000000, 0x4008000000000000, rup /* fdiv -2.0, 3.0 rup = -0x1.5555555555555p-1 NX */
    TEST_FP_RR            75, fdiv.d, d, 0xbfe5555555555555, NX, 0xc000000000000000, 0x4008000000000000, rmm /* fdiv -2.0, 3.0 rmm = -0x1.5555555555555p-1 NX */

/* ---- fsqrt: sqrt 2 --------------------------------------------------------------------------- */
    TEST_FP_R             76, fsqrt.d, d, 0x3ff6a09e667f3bcd, NX, 0x4000000000000000, rne /* fsqrt 2.0 rne = 0x1.6a09e667f3bcdp+0 NX */
    TEST_FP_R             77, fsqrt.d, d, 0x3ff6a09e667f3bcc, NX, 0x4000000000000000, rtz /* fsqrt 2.0 rtz = 0x1.6a09e667f3bccp+0 NX */
    TEST_FP_R             78, fsqrt.d, d, 0x3ff6a09e667f3bcc, NX, 0x4000000000000000, rdn /* fsqrt 2.0 rdn = 0x1.6a09e667f3bccp+0 NX */
    TEST_FP_R             79, fsqrt.d, d, 0x3ff6a09e667f3bcd, NX, 0x4000000000000000, rup /* fsqrt 2.0 rup = 0x1.6a09e667f3bcdp+0 NX */
    TEST_FP_R             80, fsqrt.d, d, 0x3ff6a09e667f3bcd, NX, 0x4000000000000000, rmm /* fsqrt 2.0 rmm = 0x1.6a09e667f3bcdp+0 NX */

/* ---- fsqrt: sqrt 3 --------------------------------------------------------------------------- */
    TEST_FP_R             81, fsqrt.d, d, 0x3ffbb67ae8584caa, NX, 0x4008000000000000, rne /* fsqrt 3.0 rne = 0x1.bb67ae8584caap+0 NX */
    TEST_FP_R             82, fsqrt.d, d, 0x3ffbb67ae8584caa, NX, 0x4008000000000000, rtz /* fsqrt 3.0 rtz = 0x1.bb67ae8584caap+0 NX */
    TEST_FP_R             83, fsqrt.d, d, 0x3ffbb67ae8584caa, NX, 0x4008000000000000, rdn /* fsqrt 3.0 rdn = 0x1.bb67ae8584caap+0 NX */
    TEST_FP_R             84, fsqrt.d, d, 0x3ffbb67ae8584cab, NX, 0x4008000000000000, rup /* fsqrt 3.0 rup = 0x1.bb67ae8584cabp+0 NX */
    TEST_FP_R             85, fsqrt.d, d, 0x3ffbb67ae8584caa, NX, 0x4008000000000000, rmm /* fsqrt 3.0 rmm = 0x1.bb67ae8584caap+0 NX */

/* ---- fmadd: (1 + ulp)(1 - ulp) + 0 = 1 - ulp^2, rounded once --------------------------------- */
    TEST_FP_RRR           86, fmadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, rne /* fmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 rne = 1.0 NX */
    TEST_FP_RRR           87, fmadd.d, d, 0x3fefffffffffffff, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, rtz /* fmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 rtz = 0x1.fffffffffffffp-1 NX */
    TEST_FP_RRR           88, fmadd.d, d, 0x3fefffffffffffff, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, rdn /* fmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 rdn = 0x1.fffffffffffffp-1 NX */
    TEST_FP_RRR           89, fmadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, rup /* fmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 rup = 1.0 NX */
    TEST_FP_RRR           90, fmadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, rmm /* fmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 rmm = 1.0 NX */

/* ---- fnmadd: -((1 + ulp)(1 - ulp)) - 0 ------------------------------------------------------- */
    TEST_FP_RRR           91, fnmadd.d, d, 0xbff0000000000000, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, rne /* fnmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 rne = -1.0 NX */
    TEST_FP_RRR           92, fnmadd.d, d, 0xbfefffffffffffff, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, rtz /* fnmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 rtz = -0x1.fffffffffffffp-1 NX */
    TEST_FP_RRR           93, fnmadd.d, d, 0xbff0000000000000, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, rdn /* fnmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 rdn = -1.0 NX */
    TEST_FP_RRR           94, fnmadd.d, d, 0xbfefffffffffffff, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, rup /* fnmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 rup = -0x1.fffffffffffffp-1 NX */
    TEST_FP_RRR           95, fnmadd.d, d, 0xbff0000000000000, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, rmm /* fnmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 rmm = -1.0 NX */

/* ---- fmadd: 1 * 1 - 1: an exact zero, -0 only in rdn ----------------------------------------- */
    TEST_FP_RRR           96, fmadd.d, d, 0x0000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, rne /* fmadd 1.0, 1.0, -1.0 rne = +0 */
    TEST_FP_RRR           97, fmadd.d, d, 0x0000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, rtz /* fmadd 1.0, 1.0, -1.0 rtz = +0 */
    TEST_FP_RRR           98, fmadd.d, d, 0x8000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, rdn /* fmadd 1.0, 1.0, -1.0 rdn = -0 */
    TEST_FP_RRR           99, fmadd.d, d, 0x0000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, rup /* fmadd 1.0, 1.0, -1.0 rup = +0 */
    TEST_FP_RRR           100, fmadd.d, d, 0x0000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, rmm /* fmadd 1.0, 1.0, -1.0 rmm = +0 */

/* ---- fcvt.w: 2.5 ----------------------------------------------------------------------------- */
    TEST_FP_TO_INT        101, fcvt.w.d, 0x2, NX, d, 0x4004000000000000, rne     /* 2.5 rne = 2 NX */
    TEST_FP_TO_INT        102, fcvt.w.d, 0x2, NX, d, 0x4004000000000000, rtz     /* 2.5 rtz = 2 NX */
    TEST_FP_TO_INT        103, fcvt.w.d, 0x2, NX, d, 0x4004000000000000, rdn     /* 2.5 rdn = 2 NX */
    TEST_FP_TO_INT        104, fcvt.w.d, 0x3, NX, d, 0x4004000000000000, rup     /* 2.5 rup = 3 NX */
    TEST_FP_TO_INT        105, fcvt.w.d, 0x3, NX, d, 0x4004000000000000, rmm     /* 2.5 rmm = 3 NX */

/* ---- fcvt.w: -2.5 ---------------------------------------------------------------------------- */
    TEST_FP_TO_INT        106, fcvt.w.d, 0xfffffffffffffffe, NX, d, 0xc004000000000000, rne /* -2.5 rne = -2 NX */
    TEST_FP_TO_INT        107, fcvt.w.d, 0xfffffffffffffffe, NX, d, 0xc004000000000000, rtz /* -2.5 rtz = -2 NX */
    TEST_FP_TO_INT        108, fcvt.w.d, 0xfffffffffffffffd, NX, d, 0xc004000000000000, rdn /* -2.5 rdn = -3 NX */
    TEST_FP_TO_INT        109, fcvt.w.d, 0xfffffffffffffffe, NX, d, 0xc004000000000000, rup /* -2.5 rup = -2 NX */
    TEST_FP_TO_INT        110, fcvt.w.d, 0xfffffffffffffffd, NX, d, 0xc004000000000000, rmm /* -2.5 rmm = -3 NX */

/* ---- fcvt.l: -1.25 --------------------------------------------------------------------------- */
    TEST_FP_TO_INT        111, fcvt.l.d, 0xffffffffffffffff, NX, d, 0xbff4000000000000, rne /* -1.25 rne = -1 NX */
    TEST_FP_TO_INT        112, fcvt.l.d, 0xffffffffffffffff, NX, d, 0xbff4000000000000, rtz /* -1.25 rtz = -1 NX */
    TEST_FP_TO_INT        113, fcvt.l.d, 0xfffffffffffffffe, NX, d, 0xbff4000000000000, rdn /* -1.25 rdn = -2 NX */
    TEST_FP_TO_INT        114, fcvt.l.d, 0xffffffffffffffff, NX, d, 0xbff4000000000000, rup /* -1.25 rup = -1 NX */
    TEST_FP_TO_INT        115, fcvt.l.d, 0xffffffffffffffff, NX, d, 0xbff4000000000000, rmm /* -1.25 rmm = -1 NX */

/* ---- fcvt.wu: -0.5 to unsigned: 0 with NX, or -1 (NV) rounding down -------------------------- */
    TEST_FP_TO_INT        116, fcvt.wu.d, 0x0, NX, d, 0xbfe0000000000000, rne    /* -0.5 rne = 0 NX */
    TEST_FP_TO_INT        117, fcvt.wu.d, 0x0, NX, d, 0xbfe0000000000000, rtz    /* -0.5 rtz = 0 NX */
    TEST_FP_TO_INT        118, fcvt.wu.d, 0x0, NV, d, 0xbfe0000000000000, rdn    /* -0.5 rdn = 0 NV */
    TEST_FP_TO_INT        119, fcvt.wu.d, 0x0, NX, d, 0xbfe0000000000000, rup    /* -0.5 rup = 0 NX */
    TEST_FP_TO_INT        120, fcvt.wu.d, 0x0, NV, d, 0xbfe0000000000000, rmm    /* -0.5 rmm = 0 NV */

/* ---- fcvt.lu: 1.5 ---------------------------------------------------------------------------- */
    TEST_FP_TO_INT        121, fcvt.lu.d, 0x2, NX, d, 0x3ff8000000000000, rne    /* 1.5 rne = 2 NX */
    TEST_FP_TO_INT        122, fcvt.lu.d, 0x1, NX, d, 0x3ff8000000000000, rtz    /* 1.5 rtz = 1 NX */
    TEST_FP_TO_INT        123, fcvt.lu.d, 0x1, NX, d, 0x3ff8000000000000, rdn    /* 1.5 rdn = 1 NX */
    TEST_FP_TO_INT        124, fcvt.lu.d, 0x2, NX, d, 0x3ff8000000000000, rup    /* 1.5 rup = 2 NX */
    TEST_FP_TO_INT        125, fcvt.lu.d, 0x2, NX, d, 0x3ff8000000000000, rmm    /* 1.5 rmm = 2 NX */

/* ---- fcvt.from.lu: 2^53 + 1: a tie ----------------------------------------------------------- */
    TEST_INT_TO_FP        126, fcvt.d.lu, d, 0x4340000000000000, NX, 0x20000000000001, rne /* 9007199254740993 rne = 0x1p+53 NX */
    TEST_INT_TO_FP        127, fcvt.d.lu, d, 0x4340000000000000, NX, 0x20000000000001, rtz /* 9007199254740993 rtz = 0x1p+53 NX */
    TEST_INT_TO_FP        128, fcvt.d.lu, d, 0x4340000000000000, NX, 0x20000000000001, rdn /* 9007199254740993 rdn = 0x1p+53 NX */
    TEST_INT_TO_FP        129, fcvt.d.lu, d, 0x4340000000000001, NX, 0x20000000000001, rup /* 9007199254740993 rup = 0x1.0000000000001p+53 NX */
    TEST_INT_TO_FP        130, fcvt.d.lu, d, 0x4340000000000001, NX, 0x20000000000001, rmm /* 9007199254740993 rmm = 0x1.0000000000001p+53 NX */

/* ---- fcvt.from.l: -(2^53 + 3): a negative tie ------------------------------------------------ */
    TEST_INT_TO_FP        131, fcvt.d.l, d, 0xc340000000000002, NX, 0xffdffffffffffffd, rne /* -9007199254740995 rne = -0x1.0000000000002p+53 NX */
    TEST_INT_TO_FP        132, fcvt.d.l, d, 0xc340000000000001, NX, 0xffdffffffffffffd, rtz /* -9007199254740995 rtz = -0x1.0000000000001p+53 NX */
    TEST_INT_TO_FP        133, fcvt.d.l, d, 0xc340000000000002, NX, 0xffdffffffffffffd, rdn /* -9007199254740995 rdn = -0x1.0000000000002p+53 NX */
    TEST_INT_TO_FP        134, fcvt.d.l, d, 0xc340000000000001, NX, 0xffdffffffffffffd, rup /* -9007199254740995 rup = -0x1.0000000000001p+53 NX */
    TEST_INT_TO_FP        135, fcvt.d.l, d, 0xc340000000000002, NX, 0xffdffffffffffffd, rmm /* -9007199254740995 rmm = -0x1.0000000000002p+53 NX */

/* ---- fcvt.w: 2^31 - 0.5: out of range after rounding up -------------------------------------- */
    TEST_FP_TO_INT        136, fcvt.w.d, 0x7fffffff, NV, d, 0x41dfffffffe00000, rne /* 0x1.fffffffep+30 rne = 2147483647 NV */
    TEST_FP_TO_INT        137, fcvt.w.d, 0x7fffffff, NX, d, 0x41dfffffffe00000, rtz /* 0x1.fffffffep+30 rtz = 2147483647 NX */
    TEST_FP_TO_INT        138, fcvt.w.d, 0x7fffffff, NX, d, 0x41dfffffffe00000, rdn /* 0x1.fffffffep+30 rdn = 2147483647 NX */
    TEST_FP_TO_INT        139, fcvt.w.d, 0x7fffffff, NV, d, 0x41dfffffffe00000, rup /* 0x1.fffffffep+30 rup = 2147483647 NV */
    TEST_FP_TO_INT        140, fcvt.w.d, 0x7fffffff, NV, d, 0x41dfffffffe00000, rmm /* 0x1.fffffffep+30 rmm = 2147483647 NV */

/* ---- fcvt.w: -2^31 - 0.5: out of range after rounding down ----------------------------------- */
    TEST_FP_TO_INT        141, fcvt.w.d, 0xffffffff80000000, NX, d, 0xc1e0000000100000, rne /* -0x1.00000001p+31 rne = -2147483648 NX */
    TEST_FP_TO_INT        142, fcvt.w.d, 0xffffffff80000000, NX, d, 0xc1e0000000100000, rtz /* -0x1.00000001p+31 rtz = -2147483648 NX */
    TEST_FP_TO_INT        143, fcvt.w.d, 0xffffffff80000000, NV, d, 0xc1e0000000100000, rdn /* -0x1.00000001p+31 rdn = -2147483648 NV */
    TEST_FP_TO_INT        144, fcvt.w.d, 0xffffffff80000000, NX, d, 0xc1e0000000100000, rup /* -0x1.00000001p+31 rup = -2147483648 NX */
    TEST_FP_TO_INT        145, fcvt.w.d, 0xffffffff80000000, NV, d, 0xc1e0000000100000, rmm /* -0x1.00000001p+31 rmm = -2147483648 NV */

/* ---- fcvt.s.d: a tie in single --------------------------------------------------------------- */
    TEST_FP_CVT           146, fcvt.s.d, s, 0x3f800000, NX, d, 0x3ff0000010000000, rne /* 0x1.000001p+0 rne = 1.0 NX */
    TEST_FP_CVT           147, fcvt.s.d, s, 0x3f800000, NX, d, 0x3ff0000010000000, rtz /* 0x1.000001p+0 rtz = 1.0 NX */
    TEST_FP_CVT           148, fcvt.s.d, s, 0x3f800000, NX, d, 0x3ff0000010000000, rdn /* 0x1.000001p+0 rdn = 1.0 NX */
    TEST_FP_CVT           149, fcvt.s.d, s, 0x3f800001, NX, d, 0x3ff0000010000000, rup /* 0x1.000001p+0 rup = 0x1.000002p+0 NX */
    TEST_FP_CVT           150, fcvt.s.d, s, 0x3f800001, NX, d, 0x3ff0000010000000, rmm /* 0x1.000001p+0 rmm = 0x1.000002p+0 NX */

/* ---- fcvt.s.d: -(1 + 3 ulp/4) in single ------------------------------------------------------ */
    TEST_FP_CVT           151, fcvt.s.d, s, 0xbf800001, NX, d, 0xbff0000018000000, rne /* -0x1.0000018p+0 rne = -0x1.000002p+0 NX */
    TEST_FP_CVT           152, fcvt.s.d, s, 0xbf800000, NX, d, 0xbff0000018000000, rtz /* -0x1.0000018p+0 rtz = -1.0 NX */
    TEST_FP_CVT           153, fcvt.s.d, s, 0xbf800001, NX, d, 0xbff0000018000000, rdn /* -0x1.0000018p+0 rdn = -0x1.000002p+0 NX */
    TEST_FP_CVT           154, fcvt.s.d, s, 0xbf800000, NX, d, 0xbff0000018000000, rup /* -0x1.0000018p+0 rup = -1.0 NX */
    TEST_FP_CVT           155, fcvt.s.d, s, 0xbf800001, NX, d, 0xbff0000018000000, rmm /* -0x1.0000018p+0 rmm = -0x1.000002p+0 NX */

/* ---- fcvt.s.d: overflow in single after rounding --------------------------------------------- */
    TEST_FP_CVT           156, fcvt.s.d, s, 0x7f800000, OF|NX, d, 0x47effffff0000000, rne /* 0x1.ffffffp+127 rne = +inf OF|NX */
    TEST_FP_CVT           157, fcvt.s.d, s, 0x7f7fffff, NX, d, 0x47effffff0000000, rtz /* 0x1.ffffffp+127 rtz = max NX */
    TEST_FP_CVT           158, fcvt.s.d, s, 0x7f7fffff, NX, d, 0x47effffff0000000, rdn /* 0x1.ffffffp+127 rdn = max NX */
    TEST_FP_CVT           159, fcvt.s.d, s, 0x7f800000, OF|NX, d, 0x47effffff0000000, rup /* 0x1.ffffffp+127 rup = +inf OF|NX */
    TEST_FP_CVT           160, fcvt.s.d, s, 0x7f800000, OF|NX, d, 0x47effffff0000000, rmm /* 0x1.ffffffp+127 rmm = +inf OF|NX */

/* ---- dynamic rounding: frm = 0 (rne), instructions with rm = dyn ----------------------------- */
    fsrmi   0
    TEST_FP_RR            161, fadd.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ca0000000000000, dyn /* fadd 0x1.0000000000001p+0, 0x1p-53 dyn = 0x1.0000000000002p+0 NX */
    TEST_FP_RR            162, fsub.d, d, 0xfff0000000000000, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff, dyn /* fsub -max, max dyn = -inf OF|NX */
    TEST_FP_RR            163, fsub.d, d, 0x0000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000, dyn /* fsub 1.5, 1.5 dyn = +0 */
    TEST_FP_RR            164, fmul.d, d, 0xbff0000000000003, NX, 0xbff0000000000001, 0x3ff0000000000002, dyn /* fmul -0x1.0000000000001p+0, 0x1.0000000000002p+0 dyn = -0x1.0000000000003p+0 NX */
    TEST_FP_RR            165, fmul.d, d, 0x8000000000000001, UF|NX, 0x8000000000000001, 0x3fe8000000000000, dyn /* fmul -5e-324, 0.75 dyn = -5e-324 UF|NX */
    TEST_FP_RR            166, fdiv.d, d, 0xbfe5555555555555, NX, 0xc000000000000000, 0x4008000000000000, dyn /* fdiv -2.0, 3.0 dyn = -0x1.5555555555555p-1 NX */
    TEST_FP_R             167, fsqrt.d, d, 0x3ffbb67ae8584caa, NX, 0x4008000000000000, dyn /* fsqrt 3.0 dyn = 0x1.bb67ae8584caap+0 NX */
    TEST_FP_RRR           168, fmadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, dyn /* fmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 dyn = 1.0 NX */
    TEST_FP_TO_INT        169, fcvt.w.d, 0xfffffffffffffffe, NX, d, 0xc004000000000000, dyn /* -2.5 dyn = -2 NX */
    TEST_FP_TO_INT        170, fcvt.wu.d, 0x0, NX, d, 0xbfe0000000000000, dyn    /* -0.5 dyn = 0 NX */
    TEST_INT_TO_FP        171, fcvt.d.l, d, 0xc340000000000002, NX, 0xffdffffffffffffd, dyn /* -9007199254740995 dyn = -0x1.0000000000002p+53 NX */

/* ---- dynamic rounding: frm = 1 (rtz), instructions with rm = dyn ----------------------------- */
    fsrmi   1
    TEST_FP_RR            172, fadd.d, d, 0x3ff0000000000001, NX, 0x3ff0000000000001, 0x3ca0000000000000, dyn /* fadd 0x1.0000000000001p+0, 0x1p-53 dyn = 0x1.0000000000001p+0 NX */
    TEST_FP_RR            173, fsub.d, d, 0xffefffffffffffff, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff, dyn /* fsub -max, max dyn = -max OF|NX */
    TEST_FP_RR            174, fsub.d, d, 0x0000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000, dyn /* fsub 1.5, 1.5 dyn = +0 */
    TEST_FP_RR            175, fmul.d, d, 0xbff0000000000003, NX, 0xbff0000000000001, 0x3ff0000000000002, dyn /* fmul -0x1.0000000000001p+0, 0x1.0000000000002p+0 dyn = -0x1.0000000000003p+0 NX */
    TEST_FP_RR            176, fmul.d, d, 0x8000000000000000, UF|NX, 0x8000000000000001, 0x3fe8000000000000, dyn /* fmul -5e-324, 0.75 dyn = -0 UF|NX */
    TEST_FP_RR            177, fdiv.d, d, 0xbfe5555555555555, NX, 0xc000000000000000, 0x4008000000000000, dyn /* fdiv -2.0, 3.0 dyn = -0x1.5555555555555p-1 NX */
    TEST_FP_R             178, fsqrt.d, d, 0x3ffbb67ae8584caa, NX, 0x4008000000000000, dyn /* fsqrt 3.0 dyn = 0x1.bb67ae8584caap+0 NX */
    TEST_FP_RRR           179, fmadd.d, d, 0x3fefffffffffffff, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, dyn /* fmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 dyn = 0x1.fffffffffffffp-1 NX */
    TEST_FP_TO_INT        180, fcvt.w.d, 0xfffffffffffffffe, NX, d, 0xc004000000000000, dyn /* -2.5 dyn = -2 NX */
    TEST_FP_TO_INT        181, fcvt.wu.d, 0x0, NX, d, 0xbfe0000000000000, dyn    /* -0.5 dyn = 0 NX */
    TEST_INT_TO_FP        182, fcvt.d.l, d, 0xc340000000000001, NX, 0xffdffffffffffffd, dyn /* -9007199254740995 dyn = -0x1.0000000000001p+53 NX */

/* ---- dynamic rounding: frm = 2 (rdn), instructions with rm = dyn ----------------------------- */
    fsrmi   2
    TEST_FP_RR            183, fadd.d, d, 0x3ff0000000000001, NX, 0x3ff0000000000001, 0x3ca0000000000000, dyn /* fadd 0x1.0000000000001p+0, 0x1p-53 dyn = 0x1.0000000000001p+0 NX */
    TEST_FP_RR            184, fsub.d, d, 0xfff0000000000000, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff, dyn /* fsub -max, max dyn = -inf OF|NX */
    TEST_FP_RR            185, fsub.d, d, 0x8000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000, dyn /* fsub 1.5, 1.5 dyn = -0 */
    TEST_FP_RR            186, fmul.d, d, 0xbff0000000000004, NX, 0xbff0000000000001, 0x3ff0000000000002, dyn /* fmul -0x1.0000000000001p+0, 0x1.0000000000002p+0 dyn = -0x1.0000000000004p+0 NX */
    TEST_FP_RR            187, fmul.d, d, 0x8000000000000001, UF|NX, 0x8000000000000001, 0x3fe8000000000000, dyn /* fmul -5e-324, 0.75 dyn = -5e-324 UF|NX */
    TEST_FP_RR            188, fdiv.d, d, 0xbfe5555555555556, NX, 0xc000000000000000, 0x4008000000000000, dyn /* fdiv -2.0, 3.0 dyn = -0x1.5555555555556p-1 NX */
    TEST_FP_R             189, fsqrt.d, d, 0x3ffbb67ae8584caa, NX, 0x4008000000000000, dyn /* fsqrt 3.0 dyn = 0x1.bb67ae8584caap+0 NX */
    TEST_FP_RRR           190, fmadd.d, d, 0x3fefffffffffffff, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, dyn /* fmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 dyn = 0x1.fffffffffffffp-1 NX */
    TEST_FP_TO_INT        191, fcvt.w.d, 0xfffffffffffffffd, NX, d, 0xc004000000000000, dyn /* -2.5 dyn = -3 NX */
    TEST_FP_TO_INT        192, fcvt.wu.d, 0x0, NV, d, 0xbfe0000000000000, dyn    /* -0.5 dyn = 0 NV */
    TEST_INT_TO_FP        193, fcvt.d.l, d, 0xc340000000000002, NX, 0xffdffffffffffffd, dyn /* -9007199254740995 dyn = -0x1.0000000000002p+53 NX */

/* ---- dynamic rounding: frm = 3 (rup), instructions with rm = dyn ----------------------------- */
    fsrmi   3
    TEST_FP_RR            194, fadd.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ca0000000000000, dyn /* fadd 0x1.0000000000001p+0, 0x1p-53 dyn = 0x1.0000000000002p+0 NX */
    TEST_FP_RR            195, fsub.d, d, 0xffefffffffffffff, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff, dyn /* fsub -max, max dyn = -max OF|NX */
    TEST_FP_RR            196, fsub.d, d, 0x0000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000, dyn /* fsub 1.5, 1.5 dyn = +0 */
    TEST_FP_RR            197, fmul.d, d, 0xbff0000000000003, NX, 0xbff0000000000001, 0x3ff0000000000002, dyn /* fmul -0x1.0000000000001p+0, 0x1.0000000000002p+0 dyn = -0x1.0000000000003p+0 NX */
    TEST_FP_RR            198, fmul.d, d, 0x8000000000000000, UF|NX, 0x8000000000000001, 0x3fe8000000000000, dyn /* fmul -5e-324, 0.75 dyn = -0 UF|NX */
    TEST_FP_RR            199, fdiv.d, d, 0xbfe5555555555555, NX, 0xc000000000000000, 0x4008000000000000, dyn /* fdiv -2.0, 3.0 dyn = -0x1.5555555555555p-1 NX */
    TEST_FP_R             200, fsqrt.d, d, 0x3ffbb67ae8584cab, NX, 0x4008000000000000, dyn /* fsqrt 3.0 dyn = 0x1.bb67ae8584cabp+0 NX */
    TEST_FP_RRR           201, fmadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, dyn /* fmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 dyn = 1.0 NX */
    TEST_FP_TO_INT        202, fcvt.w.d, 0xfffffffffffffffe, NX, d, 0xc004000000000000, dyn /* -2.5 dyn = -2 NX */
    TEST_FP_TO_INT        203, fcvt.wu.d, 0x0, NX, d, 0xbfe0000000000000, dyn    /* -0.5 dyn = 0 NX */
    TEST_INT_TO_FP        204, fcvt.d.l, d, 0xc340000000000001, NX, 0xffdffffffffffffd, dyn /* -9007199254740995 dyn = -0x1.0000000000001p+53 NX */

/* ---- dynamic rounding: frm = 4 (rmm), instructions with rm = dyn ----------------------------- */
    fsrmi   4
    TEST_FP_RR            205, fadd.d, d, 0x3ff0000000000002, NX, 0x3ff0000000000001, 0x3ca0000000000000, dyn /* fadd 0x1.0000000000001p+0, 0x1p-53 dyn = 0x1.0000000000002p+0 NX */
    TEST_FP_RR            206, fsub.d, d, 0xfff0000000000000, OF|NX, 0xffefffffffffffff, 0x7fefffffffffffff, dyn /* fsub -max, max dyn = -inf OF|NX */
    TEST_FP_RR            207, fsub.d, d, 0x0000000000000000, 0, 0x3ff8000000000000, 0x3ff8000000000000, dyn /* fsub 1.5, 1.5 dyn = +0 */
    TEST_FP_RR            208, fmul.d, d, 0xbff0000000000003, NX, 0xbff0000000000001, 0x3ff0000000000002, dyn /* fmul -0x1.0000000000001p+0, 0x1.0000000000002p+0 dyn = -0x1.0000000000003p+0 NX */
    TEST_FP_RR            209, fmul.d, d, 0x8000000000000001, UF|NX, 0x8000000000000001, 0x3fe8000000000000, dyn /* fmul -5e-324, 0.75 dyn = -5e-324 UF|NX */
    TEST_FP_RR            210, fdiv.d, d, 0xbfe5555555555555, NX, 0xc000000000000000, 0x4008000000000000, dyn /* fdiv -2.0, 3.0 dyn = -0x1.5555555555555p-1 NX */
    TEST_FP_R             211, fsqrt.d, d, 0x3ffbb67ae8584caa, NX, 0x4008000000000000, dyn /* fsqrt 3.0 dyn = 0x1.bb67ae8584caap+0 NX */
    TEST_FP_RRR           212, fmadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000001, 0x3feffffffffffffe, 0x0000000000000000, dyn /* fmadd 0x1.0000000000001p+0, 0x1.ffffffffffffep-1, +0 dyn = 1.0 NX */
    TEST_FP_TO_INT        213, fcvt.w.d, 0xfffffffffffffffd, NX, d, 0xc004000000000000, dyn /* -2.5 dyn = -3 NX */
    TEST_FP_TO_INT        214, fcvt.wu.d, 0x0, NV, d, 0xbfe0000000000000, dyn    /* -0.5 dyn = 0 NV */
    TEST_INT_TO_FP        215, fcvt.d.l, d, 0xc340000000000002, NX, 0xffdffffffffffffd, dyn /* -9007199254740995 dyn = -0x1.0000000000002p+53 NX */

/* ---- a static rounding mode overrides frm (frm = rup here) ----------------------------------- */
    fsrmi   3
    TEST_FP_RR            216, fadd.d, d, 0x3ff0000000000001, NX, 0x3ff0000000000000, 0x3ca8000000000000, rne /* fadd 1.0, 0x1.8p-53 rne = 0x1.0000000000001p+0 NX */
    TEST_FP_RR            217, fadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000000, 0x3ca8000000000000, rtz /* fadd 1.0, 0x1.8p-53 rtz = 1.0 NX */
    TEST_FP_RR            218, fadd.d, d, 0x3ff0000000000000, NX, 0x3ff0000000000000, 0x3ca8000000000000, rdn /* fadd 1.0, 0x1.8p-53 rdn = 1.0 NX */
    TEST_FP_RR            219, fadd.d, d, 0x3ff0000000000001, NX, 0x3ff0000000000000, 0x3ca8000000000000, rmm /* fadd 1.0, 0x1.8p-53 rmm = 0x1.0000000000001p+0 NX */

    /* frm still reads 3 (rup) after all that; set it back to 0 */
    CASE    220
    frrm    a0
    CHECK   a0, 3
    fsrmi   0

    TEST_END
