/* SPDX-License-Identifier: MIT */
/* RV64D conversions of double precision: FCVT.{W,WU,L,LU}.D (to integers) and
 * FCVT.D.{W,WU,L,LU} (from integers), FCVT.S.D and FCVT.D.S,
 * in the default rounding mode (frm = 0, nearest even) and with a static rtz (C's truncation);
 * rvfd_rounding_*.S cover every mode, rvfd_fcvt_invalid.S the invalid conversions in depth.
 * To integers: ties to even, NX for inexact results, results that round into range, -0 and
 * small negative values to unsigned (0, NX only when they round to 0), NaN / inf / out of range
 * (NV, saturated: NaN and +inf give the largest value, -inf the smallest); W forms
 * sign-extend their 32-bit result into the 64-bit register, WU ones too (0xffffffff becomes
 * all ones).
 * From integers: the W forms read only the low 32 bits of rs1 (signed or unsigned), 0 gives
 * +0, and integers wider than the significand round (NX).
 * Expected values: the RISC-V Unprivileged ISA, chapters "F" and "D" (the table of FCVT
 * invalid-input results), and IEEE 754-2008. */

#include "isa.h"

    TEST_BEGIN

/* ---- FCVT.W.D -------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        1, fcvt.w.d, 0x0, 0, d, 0x0000000000000000             /* +0 = 0 */
    TEST_FP_TO_INT        2, fcvt.w.d, 0x0, 0, d, 0x8000000000000000             /* -0 = 0 */
    TEST_FP_TO_INT        3, fcvt.w.d, 0x1, 0, d, 0x3ff0000000000000             /* 1.0 = 1 */
    TEST_FP_TO_INT        4, fcvt.w.d, 0xffffffffffffffff, 0, d, 0xbff0000000000000 /* -1.0 = -1 */
    TEST_FP_TO_INT        5, fcvt.w.d, 0x2, NX, d, 0x3ff8000000000000            /* 1.5 = 2 NX */
    TEST_FP_TO_INT        6, fcvt.w.d, 0x2, NX, d, 0x4004000000000000            /* 2.5 = 2 NX */
    TEST_FP_TO_INT        7, fcvt.w.d, 0xfffffffffffffffe, NX, d, 0xbff8000000000000 /* -1.5 = -2 NX */
    TEST_FP_TO_INT        8, fcvt.w.d, 0xfffffffffffffffe, NX, d, 0xc004000000000000 /* -2.5 = -2 NX */
    TEST_FP_TO_INT        9, fcvt.w.d, 0x0, NX, d, 0x3fe0000000000000            /* 0.5 = 0 NX */
    TEST_FP_TO_INT        10, fcvt.w.d, 0x0, NX, d, 0xbfe0000000000000           /* -0.5 = 0 NX */
    TEST_FP_TO_INT        11, fcvt.w.d, 0x0, NX, d, 0x3fd0000000000000           /* 0.25 = 0 NX */
    TEST_FP_TO_INT        12, fcvt.w.d, 0xffffffffffffffff, NX, d, 0xbfe8000000000000 /* -0.75 = -1 NX */
    TEST_FP_TO_INT        13, fcvt.w.d, 0x1, NX, d, 0x3ff0000000000001           /* 0x1.0000000000001p+0 = 1 NX */
    TEST_FP_TO_INT        14, fcvt.w.d, 0x1e240, 0, d, 0x40fe240000000000        /* 123456.0 = 123456 */
    TEST_FP_TO_INT        15, fcvt.w.d, 0xfffffffffffe1dc0, 0, d, 0xc0fe240000000000 /* -123456.0 = -123456 */
    TEST_FP_TO_INT        16, fcvt.w.d, 0x0, NX, d, 0x0000000000000001           /* 5e-324 = 0 NX */
    TEST_FP_TO_INT        17, fcvt.w.d, 0x0, NX, d, 0x8000000000000001           /* -5e-324 = 0 NX */
    TEST_FP_TO_INT        18, fcvt.w.d, 0x7fffffff, NV, d, 0x7fefffffffffffff    /* max = 2147483647 NV */
    TEST_FP_TO_INT        19, fcvt.w.d, 0x7fffffff, 0, d, 0x41dfffffffc00000     /* the largest double below 2^31 */
    TEST_FP_TO_INT        20, fcvt.w.d, 0x7fffffff, NV, d, 0x41e0000000000000    /* 2^31 is out of range: NV, the largest value */
    TEST_FP_TO_INT        21, fcvt.w.d, 0xffffffff80000000, 0, d, 0xc1e0000000000000 /* -2^31 is in range, exact */
    TEST_FP_TO_INT        22, fcvt.w.d, 0xffffffff80000000, NV, d, 0xc1e0000000200000 /* just below -2^31: NV, the smallest value */
    TEST_FP_TO_INT        23, fcvt.w.d, 0x7fffffff, NV, d, 0x7ff0000000000000    /* +inf = 2147483647 NV */
    TEST_FP_TO_INT        24, fcvt.w.d, 0xffffffff80000000, NV, d, 0xfff0000000000000 /* -inf = -2147483648 NV */
    TEST_FP_TO_INT        25, fcvt.w.d, 0x7fffffff, NV, d, 0x7ff8000000000000    /* qNaN = 2147483647 NV */
    TEST_FP_TO_INT        26, fcvt.w.d, 0x7fffffff, NV, d, 0xfff8000000000000    /* a negative NaN also gives the largest value */
    TEST_FP_TO_INT        27, fcvt.w.d, 0x7fffffff, NV, d, 0x7ff0000000000001    /* sNaN(payload 0x1) = 2147483647 NV */
    TEST_FP_TO_INT        28, fcvt.w.d, 0x2, NX, d, 0x4004000000000000, rtz      /* 2.5 rtz = 2 NX */
    TEST_FP_TO_INT        29, fcvt.w.d, 0xfffffffffffffffe, NX, d, 0xc006000000000000, rtz /* -2.75 rtz = -2 NX */
    TEST_FP_TO_INT        30, fcvt.w.d, 0x0, NX, d, 0xbfe8000000000000, rtz      /* -0.75 rtz = 0 NX */

/* ---- FCVT.WU.D ------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        31, fcvt.wu.d, 0x0, 0, d, 0x0000000000000000           /* +0 = 0 */
    TEST_FP_TO_INT        32, fcvt.wu.d, 0x0, 0, d, 0x8000000000000000           /* -0 = 0 */
    TEST_FP_TO_INT        33, fcvt.wu.d, 0x1, 0, d, 0x3ff0000000000000           /* 1.0 = 1 */
    TEST_FP_TO_INT        34, fcvt.wu.d, 0x0, NV, d, 0xbff0000000000000          /* -1.0 = 0 NV */
    TEST_FP_TO_INT        35, fcvt.wu.d, 0x2, NX, d, 0x3ff8000000000000          /* 1.5 = 2 NX */
    TEST_FP_TO_INT        36, fcvt.wu.d, 0x2, NX, d, 0x4004000000000000          /* 2.5 = 2 NX */
    TEST_FP_TO_INT        37, fcvt.wu.d, 0x0, NV, d, 0xbff8000000000000          /* -1.5 = 0 NV */
    TEST_FP_TO_INT        38, fcvt.wu.d, 0x0, NV, d, 0xc004000000000000          /* -2.5 = 0 NV */
    TEST_FP_TO_INT        39, fcvt.wu.d, 0x0, NX, d, 0x3fe0000000000000          /* 0.5 = 0 NX */
    TEST_FP_TO_INT        40, fcvt.wu.d, 0x0, NX, d, 0xbfe0000000000000          /* -0.5 = 0 NX */
    TEST_FP_TO_INT        41, fcvt.wu.d, 0x0, NX, d, 0x3fd0000000000000          /* 0.25 = 0 NX */
    TEST_FP_TO_INT        42, fcvt.wu.d, 0x0, NV, d, 0xbfe8000000000000          /* -0.75 = 0 NV */
    TEST_FP_TO_INT        43, fcvt.wu.d, 0x1, NX, d, 0x3ff0000000000001          /* 0x1.0000000000001p+0 = 1 NX */
    TEST_FP_TO_INT        44, fcvt.wu.d, 0x1e240, 0, d, 0x40fe240000000000       /* 123456.0 = 123456 */
    TEST_FP_TO_INT        45, fcvt.wu.d, 0x0, NV, d, 0xc0fe240000000000          /* -123456.0 = 0 NV */
    TEST_FP_TO_INT        46, fcvt.wu.d, 0x0, NX, d, 0x0000000000000001          /* 5e-324 = 0 NX */
    TEST_FP_TO_INT        47, fcvt.wu.d, 0x0, NX, d, 0x8000000000000001          /* -5e-324 = 0 NX */
    TEST_FP_TO_INT        48, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x7fefffffffffffff /* max = -1 NV */
    TEST_FP_TO_INT        49, fcvt.wu.d, 0xffffffffffffffff, 0, d, 0x41efffffffe00000 /* the largest double below 2^32 */
    TEST_FP_TO_INT        50, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x41f0000000000000 /* 2^32 is out of range: NV, all ones */
    TEST_FP_TO_INT        51, fcvt.wu.d, 0x0, NV, d, 0xbff0000000000000          /* -1 is out of range: NV, 0 */
    TEST_FP_TO_INT        52, fcvt.wu.d, 0xffffffffb2d05e00, 0, d, 0x41e65a0bc0000000 /* 3e9 fits in 32 unsigned bits */
    TEST_FP_TO_INT        53, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x7ff0000000000000 /* +inf = -1 NV */
    TEST_FP_TO_INT        54, fcvt.wu.d, 0x0, NV, d, 0xfff0000000000000          /* -inf = 0 NV */
    TEST_FP_TO_INT        55, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x7ff8000000000000 /* qNaN = -1 NV */
    TEST_FP_TO_INT        56, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0xfff8000000000000 /* a negative NaN also gives the largest value */
    TEST_FP_TO_INT        57, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x7ff0000000000001 /* sNaN(payload 0x1) = -1 NV */
    TEST_FP_TO_INT        58, fcvt.wu.d, 0x2, NX, d, 0x4004000000000000, rtz     /* 2.5 rtz = 2 NX */
    TEST_FP_TO_INT        59, fcvt.wu.d, 0x0, NV, d, 0xc006000000000000, rtz     /* -2.75 rtz = 0 NV */
    TEST_FP_TO_INT        60, fcvt.wu.d, 0x0, NX, d, 0xbfe8000000000000, rtz     /* -0.75 rtz = 0 NX */

/* ---- FCVT.L.D -------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        61, fcvt.l.d, 0x0, 0, d, 0x0000000000000000            /* +0 = 0 */
    TEST_FP_TO_INT        62, fcvt.l.d, 0x0, 0, d, 0x8000000000000000            /* -0 = 0 */
    TEST_FP_TO_INT        63, fcvt.l.d, 0x1, 0, d, 0x3ff0000000000000            /* 1.0 = 1 */
    TEST_FP_TO_INT        64, fcvt.l.d, 0xffffffffffffffff, 0, d, 0xbff0000000000000 /* -1.0 = -1 */
    TEST_FP_TO_INT        65, fcvt.l.d, 0x2, NX, d, 0x3ff8000000000000           /* 1.5 = 2 NX */
    TEST_FP_TO_INT        66, fcvt.l.d, 0x2, NX, d, 0x4004000000000000           /* 2.5 = 2 NX */
    TEST_FP_TO_INT        67, fcvt.l.d, 0xfffffffffffffffe, NX, d, 0xbff8000000000000 /* -1.5 = -2 NX */
    TEST_FP_TO_INT        68, fcvt.l.d, 0xfffffffffffffffe, NX, d, 0xc004000000000000 /* -2.5 = -2 NX */
    TEST_FP_TO_INT        69, fcvt.l.d, 0x0, NX, d, 0x3fe0000000000000           /* 0.5 = 0 NX */
    TEST_FP_TO_INT        70, fcvt.l.d, 0x0, NX, d, 0xbfe0000000000000           /* -0.5 = 0 NX */
    TEST_FP_TO_INT        71, fcvt.l.d, 0x0, NX, d, 0x3fd0000000000000           /* 0.25 = 0 NX */
    TEST_FP_TO_INT        72, fcvt.l.d, 0xffffffffffffffff, NX, d, 0xbfe8000000000000 /* -0.75 = -1 NX */
    TEST_FP_TO_INT        73, fcvt.l.d, 0x1, NX, d, 0x3ff0000000000001           /* 0x1.0000000000001p+0 = 1 NX */
    TEST_FP_TO_INT        74, fcvt.l.d, 0x1e240, 0, d, 0x40fe240000000000        /* 123456.0 = 123456 */
    TEST_FP_TO_INT        75, fcvt.l.d, 0xfffffffffffe1dc0, 0, d, 0xc0fe240000000000 /* -123456.0 = -123456 */
    TEST_FP_TO_INT        76, fcvt.l.d, 0x0, NX, d, 0x0000000000000001           /* 5e-324 = 0 NX */
    TEST_FP_TO_INT        77, fcvt.l.d, 0x0, NX, d, 0x8000000000000001           /* -5e-324 = 0 NX */
    TEST_FP_TO_INT        78, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x7fefffffffffffff /* max = 9223372036854775807 NV */
    TEST_FP_TO_INT        79, fcvt.l.d, 0x7ffffffffffffc00, 0, d, 0x43dfffffffffffff /* the largest double below 2^63 */
    TEST_FP_TO_INT        80, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x43e0000000000000 /* 2^63 is out of range: NV, the largest value */
    TEST_FP_TO_INT        81, fcvt.l.d, 0x8000000000000000, 0, d, 0xc3e0000000000000 /* -2^63 is in range, exact */
    TEST_FP_TO_INT        82, fcvt.l.d, 0x8000000000000000, NV, d, 0xc3e0000000000001 /* just below -2^63: NV, the smallest value */
    TEST_FP_TO_INT        83, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x7ff0000000000000 /* +inf = 9223372036854775807 NV */
    TEST_FP_TO_INT        84, fcvt.l.d, 0x8000000000000000, NV, d, 0xfff0000000000000 /* -inf = -9223372036854775808 NV */
    TEST_FP_TO_INT        85, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x7ff8000000000000 /* qNaN = 9223372036854775807 NV */
    TEST_FP_TO_INT        86, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0xfff8000000000000 /* a negative NaN also gives the largest value */
    TEST_FP_TO_INT        87, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x7ff0000000000001 /* sNaN(payload 0x1) = 9223372036854775807 NV */
    TEST_FP_TO_INT        88, fcvt.l.d, 0x2, NX, d, 0x4004000000000000, rtz      /* 2.5 rtz = 2 NX */
    TEST_FP_TO_INT        89, fcvt.l.d, 0xfffffffffffffffe, NX, d, 0xc006000000000000, rtz /* -2.75 rtz = -2 NX */
    TEST_FP_TO_INT        90, fcvt.l.d, 0x0, NX, d, 0xbfe8000000000000, rtz      /* -0.75 rtz = 0 NX */

/* ---- FCVT.LU.D ------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        91, fcvt.lu.d, 0x0, 0, d, 0x0000000000000000           /* +0 = 0 */
    TEST_FP_TO_INT        92, fcvt.lu.d, 0x0, 0, d, 0x8000000000000000           /* -0 = 0 */
    TEST_FP_TO_INT        93, fcvt.lu.d, 0x1, 0, d, 0x3ff0000000000000           /* 1.0 = 1 */
    TEST_FP_TO_INT        94, fcvt.lu.d, 0x0, NV, d, 0xbff0000000000000          /* -1.0 = 0 NV */
    TEST_FP_TO_INT        95, fcvt.lu.d, 0x2, NX, d, 0x3ff8000000000000          /* 1.5 = 2 NX */
    TEST_FP_TO_INT        96, fcvt.lu.d, 0x2, NX, d, 0x4004000000000000          /* 2.5 = 2 NX */
    TEST_FP_TO_INT        97, fcvt.lu.d, 0x0, NV, d, 0xbff8000000000000          /* -1.5 = 0 NV */
    TEST_FP_TO_INT        98, fcvt.lu.d, 0x0, NV, d, 0xc004000000000000          /* -2.5 = 0 NV */
    TEST_FP_TO_INT        99, fcvt.lu.d, 0x0, NX, d, 0x3fe0000000000000          /* 0.5 = 0 NX */
    TEST_FP_TO_INT        100, fcvt.lu.d, 0x0, NX, d, 0xbfe0000000000000         /* -0.5 = 0 NX */
    TEST_FP_TO_INT        101, fcvt.lu.d, 0x0, NX, d, 0x3fd0000000000000         /* 0.25 = 0 NX */
    TEST_FP_TO_INT        102, fcvt.lu.d, 0x0, NV, d, 0xbfe8000000000000         /* -0.75 = 0 NV */
    TEST_FP_TO_INT        103, fcvt.lu.d, 0x1, NX, d, 0x3ff0000000000001         /* 0x1.0000000000001p+0 = 1 NX */
    TEST_FP_TO_INT        104, fcvt.lu.d, 0x1e240, 0, d, 0x40fe240000000000      /* 123456.0 = 123456 */
    TEST_FP_TO_INT        105, fcvt.lu.d, 0x0, NV, d, 0xc0fe240000000000         /* -123456.0 = 0 NV */
    TEST_FP_TO_INT        106, fcvt.lu.d, 0x0, NX, d, 0x0000000000000001         /* 5e-324 = 0 NX */
    TEST_FP_TO_INT        107, fcvt.lu.d, 0x0, NX, d, 0x8000000000000001         /* -5e-324 = 0 NX */
    TEST_FP_TO_INT        108, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x7fefffffffffffff /* max = 18446744073709551615 NV */
    TEST_FP_TO_INT        109, fcvt.lu.d, 0xfffffffffffff800, 0, d, 0x43efffffffffffff /* the largest double below 2^64 */
    TEST_FP_TO_INT        110, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x43f0000000000000 /* 2^64 is out of range: NV, all ones */
    TEST_FP_TO_INT        111, fcvt.lu.d, 0x0, NV, d, 0xbff0000000000000         /* -1 is out of range: NV, 0 */
    TEST_FP_TO_INT        112, fcvt.lu.d, 0xb2d05e00, 0, d, 0x41e65a0bc0000000   /* 3e9 fits in 32 unsigned bits */
    TEST_FP_TO_INT        113, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x7ff0000000000000 /* +inf = 18446744073709551615 NV */
    TEST_FP_TO_INT        114, fcvt.lu.d, 0x0, NV, d, 0xfff0000000000000         /* -inf = 0 NV */
    TEST_FP_TO_INT        115, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x7ff8000000000000 /* qNaN = 18446744073709551615 NV */
    TEST_FP_TO_INT        116, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0xfff8000000000000 /* a negative NaN also gives the largest value */
    TEST_FP_TO_INT        117, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x7ff0000000000001 /* sNaN(payload 0x1) = 18446744073709551615 NV */
    TEST_FP_TO_INT        118, fcvt.lu.d, 0x2, NX, d, 0x4004000000000000, rtz    /* 2.5 rtz = 2 NX */
    TEST_FP_TO_INT        119, fcvt.lu.d, 0x0, NV, d, 0xc006000000000000, rtz    /* -2.75 rtz = 0 NV */
    TEST_FP_TO_INT        120, fcvt.lu.d, 0x0, NX, d, 0xbfe8000000000000, rtz    /* -0.75 rtz = 0 NX */

/* ---- FCVT.D.W (only rs1[31:0] is read) ------------------------------------------------------- */
    TEST_INT_TO_FP        121, fcvt.d.w, d, 0x0000000000000000, 0, 0             /* 0 = +0 */
    TEST_INT_TO_FP        122, fcvt.d.w, d, 0x3ff0000000000000, 0, 1             /* 1 = 1.0 */
    TEST_INT_TO_FP        123, fcvt.d.w, d, 0xbff0000000000000, 0, -1            /* -1 = -1.0 */
    TEST_INT_TO_FP        124, fcvt.d.w, d, 0x401c000000000000, 0, 7             /* 7 = 7.0 */
    TEST_INT_TO_FP        125, fcvt.d.w, d, 0x41dfffffffc00000, 0, 0x7fffffff    /* 2147483647 = 0x1.fffffffcp+30 */
    TEST_INT_TO_FP        126, fcvt.d.w, d, 0xc1e0000000000000, 0, 0xffffffff80000000 /* -2147483648 = -0x1p+31 */
    TEST_INT_TO_FP        127, fcvt.d.w, d, 0x4170000010000000, 0, 0x1000001     /* 16777217 = 16777217.0 */
    TEST_INT_TO_FP        128, fcvt.d.w, d, 0x4170000030000000, 0, 0x1000003     /* 16777219 = 16777219.0 */
    TEST_INT_TO_FP        129, fcvt.d.w, d, 0xbff0000000000000, 0, 0x1ffffffff   /* -1 = -1.0 */
    TEST_INT_TO_FP        130, fcvt.d.w, d, 0x41dfffffffc00000, 0, 0xffffffff7fffffff /* 2147483647 = 0x1.fffffffcp+30 */
    TEST_INT_TO_FP        131, fcvt.d.w, d, 0xc1dfffffffc00000, 0, 0x80000001    /* -2147483647 = -0x1.fffffffcp+30 */

    /* fcvt.d.w with rs1 = x0 gives +0 */
    CASE    132
    fsflags x0
    fcvt.d.w fa0, x0
    FP_CHECK d, fa0, 0
    FLAGS_CHECK 0

/* ---- FCVT.D.WU (only rs1[31:0] is read) ------------------------------------------------------ */
    TEST_INT_TO_FP        133, fcvt.d.wu, d, 0x0000000000000000, 0, 0            /* 0 = +0 */
    TEST_INT_TO_FP        134, fcvt.d.wu, d, 0x3ff0000000000000, 0, 1            /* 1 = 1.0 */
    TEST_INT_TO_FP        135, fcvt.d.wu, d, 0x41efffffffe00000, 0, 0xffffffff   /* 4294967295 = 0x1.fffffffep+31 */
    TEST_INT_TO_FP        136, fcvt.d.wu, d, 0x41e0000000000000, 0, 0x80000000   /* 2147483648 = 0x1p+31 */
    TEST_INT_TO_FP        137, fcvt.d.wu, d, 0x4170000010000000, 0, 0x1000001    /* 16777217 = 16777217.0 */
    TEST_INT_TO_FP        138, fcvt.d.wu, d, 0x4014000000000000, 0, 0xffffffff00000005 /* 5 = 5.0 */
    TEST_INT_TO_FP        139, fcvt.d.wu, d, 0x41dfffffffc00000, 0, 0x7fffffff   /* 2147483647 = 0x1.fffffffcp+30 */
    TEST_INT_TO_FP        140, fcvt.d.wu, d, 0x0000000000000000, 0, 0x100000000  /* 0 = +0 */

    /* fcvt.d.wu with rs1 = x0 gives +0 */
    CASE    141
    fsflags x0
    fcvt.d.wu fa0, x0
    FP_CHECK d, fa0, 0
    FLAGS_CHECK 0

/* ---- FCVT.D.L -------------------------------------------------------------------------------- */
    TEST_INT_TO_FP        142, fcvt.d.l, d, 0x0000000000000000, 0, 0             /* 0 = +0 */
    TEST_INT_TO_FP        143, fcvt.d.l, d, 0x3ff0000000000000, 0, 1             /* 1 = 1.0 */
    TEST_INT_TO_FP        144, fcvt.d.l, d, 0xbff0000000000000, 0, -1            /* -1 = -1.0 */
    TEST_INT_TO_FP        145, fcvt.d.l, d, 0x43d0000000000000, 0, 0x4000000000000000 /* 4611686018427387904 = 0x1p+62 */
    TEST_INT_TO_FP        146, fcvt.d.l, d, 0xc3e0000000000000, 0, 0x8000000000000000 /* -9223372036854775808 = -0x1p+63 */
    TEST_INT_TO_FP        147, fcvt.d.l, d, 0x43e0000000000000, NX, 0x7fffffffffffffff /* 9223372036854775807 = 0x1p+63 NX */
    TEST_INT_TO_FP        148, fcvt.d.l, d, 0x4340000000000000, NX, 0x20000000000001 /* 9007199254740993 = 0x1p+53 NX */
    TEST_INT_TO_FP        149, fcvt.d.l, d, 0x4340000000000002, NX, 0x20000000000003 /* 9007199254740995 = 0x1.0000000000002p+53 NX */
    TEST_INT_TO_FP        150, fcvt.d.l, d, 0xc170000010000000, 0, 0xfffffffffeffffff /* -16777217 = -0x1.000001p+24 */
    TEST_INT_TO_FP        151, fcvt.d.l, d, 0x43723456789abcdf, NX, 0x123456789abcdef /* 81985529216486895 = 0x1.23456789abcdfp+56 NX */
    TEST_INT_TO_FP        152, fcvt.d.l, d, 0x43dfffffffffffff, NX, 0x7fffffffffffffff, rtz /* 9223372036854775807 rtz = 0x1.fffffffffffffp+62 NX */

    /* fcvt.d.l with rs1 = x0 gives +0 */
    CASE    153
    fsflags x0
    fcvt.d.l fa0, x0
    FP_CHECK d, fa0, 0
    FLAGS_CHECK 0

/* ---- FCVT.D.LU ------------------------------------------------------------------------------- */
    TEST_INT_TO_FP        154, fcvt.d.lu, d, 0x0000000000000000, 0, 0            /* 0 = +0 */
    TEST_INT_TO_FP        155, fcvt.d.lu, d, 0x3ff0000000000000, 0, 1            /* 1 = 1.0 */
    TEST_INT_TO_FP        156, fcvt.d.lu, d, 0x43f0000000000000, NX, -1          /* 18446744073709551615 = 0x1p+64 NX */
    TEST_INT_TO_FP        157, fcvt.d.lu, d, 0x43e0000000000000, 0, 0x8000000000000000 /* 9223372036854775808 = 0x1p+63 */
    TEST_INT_TO_FP        158, fcvt.d.lu, d, 0x4340000000000000, NX, 0x20000000000001 /* 9007199254740993 = 0x1p+53 NX */
    TEST_INT_TO_FP        159, fcvt.d.lu, d, 0x43f0000000000000, NX, -1024       /* 18446744073709550592 = 0x1p+64 NX */
    TEST_INT_TO_FP        160, fcvt.d.lu, d, 0x43efffffffffffff, NX, -2049       /* 18446744073709549567 = 0x1.fffffffffffffp+63 NX */
    TEST_INT_TO_FP        161, fcvt.d.lu, d, 0x43e0000010000000, NX, 0x8000008000000001 /* 9223372586610589697 = 0x1.000001p+63 NX */
    TEST_INT_TO_FP        162, fcvt.d.lu, d, 0x43dfffffffffffff, NX, 0x7fffffffffffffff, rtz /* 9223372036854775807 rtz = 0x1.fffffffffffffp+62 NX */

    /* fcvt.d.lu with rs1 = x0 gives +0 */
    CASE    163
    fsflags x0
    fcvt.d.lu fa0, x0
    FP_CHECK d, fa0, 0
    FLAGS_CHECK 0

/* ---- x0 as the destination of a conversion to an integer ------------------------------------- */
    /* fcvt.w.d x0, NaN: x0 stays zero, NV still accrues */
    CASE    164
    FP_LI   d, fa1, 0x7ff8000000000000
    fsflags x0
    fcvt.w.d x0, fa1, rtz
    CHECK_X0
    FLAGS_CHECK NV

    /* fcvt.l.d x0, NaN: x0 stays zero, NV still accrues */
    CASE    165
    FP_LI   d, fa1, 0x7ff8000000000000
    fsflags x0
    fcvt.l.d x0, fa1, rtz
    CHECK_X0
    FLAGS_CHECK NV

/* ---- FCVT.S.D (rounds) and FCVT.D.S (exact) -------------------------------------------------- */
    TEST_FP_CVT           166, fcvt.s.d, s, 0x3f800000, 0, d, 0x3ff0000000000000 /* 1.0 = 1.0 */
    TEST_FP_CVT           167, fcvt.s.d, s, 0xc0200000, 0, d, 0xc004000000000000 /* -2.5 = -2.5 */
    TEST_FP_CVT           168, fcvt.s.d, s, 0x3f800000, NX, d, 0x3ff0000000000001 /* 0x1.0000000000001p+0 = 1.0 NX */
    TEST_FP_CVT           169, fcvt.s.d, s, 0x3f800000, NX, d, 0x3ff0000010000000 /* 0x1.000001p+0 = 1.0 NX */
    TEST_FP_CVT           170, fcvt.s.d, s, 0x3f800001, NX, d, 0x3ff0000010001000 /* 0x1.0000010001p+0 = 0x1.000002p+0 NX */
    TEST_FP_CVT           171, fcvt.s.d, s, 0x3f800002, NX, d, 0x3ff0000030000000 /* 0x1.000003p+0 = 0x1.000004p+0 NX */
    TEST_FP_CVT           172, fcvt.s.d, s, 0x3dcccccd, NX, d, 0x3fb999999999999a /* 0.1 = 0x1.99999ap-4 NX */
    TEST_FP_CVT           173, fcvt.s.d, s, 0x7f800000, OF|NX, d, 0x7fefffffffffffff /* max = +inf OF|NX */
    TEST_FP_CVT           174, fcvt.s.d, s, 0x7f7fffff, 0, d, 0x47efffffe0000000 /* 0x1.fffffep+127 = max */
    TEST_FP_CVT           175, fcvt.s.d, s, 0x7f800000, OF|NX, d, 0x47effffff0000000 /* 0x1.ffffffp+127 = +inf OF|NX */
    TEST_FP_CVT           176, fcvt.s.d, s, 0x00000001, 0, d, 0x36a0000000000000 /* 0x1p-149 = 0x1p-149 */
    TEST_FP_CVT           177, fcvt.s.d, s, 0x00000000, UF|NX, d, 0x3690000000000000 /* 0x1p-150 = +0 UF|NX */
    TEST_FP_CVT           178, fcvt.s.d, s, 0x00000001, UF|NX, d, 0x3698000000000000 /* 0x1.8p-150 = 0x1p-149 UF|NX */
    TEST_FP_CVT           179, fcvt.s.d, s, 0x00800000, NX, d, 0x380ffffff0000000 /* 0x1.ffffffp-127 = 0x1p-126 NX */
    TEST_FP_CVT           180, fcvt.s.d, s, 0x00800000, UF|NX, d, 0x380fffffe0000000 /* 0x1.fffffep-127 = 0x1p-126 UF|NX */
    TEST_FP_CVT           181, fcvt.s.d, s, 0x00400000, 0, d, 0x3800000000000000 /* 0x1p-127 = 0x1p-127 */
    TEST_FP_CVT           182, fcvt.s.d, s, 0x00000000, UF|NX, d, 0x0000000000000001 /* 5e-324 = +0 UF|NX */
    TEST_FP_CVT           183, fcvt.s.d, s, 0x00000000, 0, d, 0x0000000000000000 /* +0 = +0 */
    TEST_FP_CVT           184, fcvt.s.d, s, 0x80000000, 0, d, 0x8000000000000000 /* -0 = -0 */
    TEST_FP_CVT           185, fcvt.s.d, s, 0x7f800000, 0, d, 0x7ff0000000000000 /* +inf = +inf */
    TEST_FP_CVT           186, fcvt.s.d, s, 0xff800000, 0, d, 0xfff0000000000000 /* -inf = -inf */
    TEST_FP_CVT           187, fcvt.s.d, s, 0x7fc00000, 0, d, 0x7ff8000000012345 /* qNaN(payload 0x12345) = qNaN */
    TEST_FP_CVT           188, fcvt.s.d, s, 0x7fc00000, NV, d, 0xfff0000000000001 /* -sNaN(payload 0x1) = qNaN NV */
    TEST_FP_CVT           189, fcvt.s.d, s, 0x7fc00000, 0, d, 0xfff8000000000000 /* -qNaN = qNaN */
    TEST_FP_CVT           190, fcvt.s.d, s, 0x3f800000, NX, d, 0x3ff0000010001000, rtz /* 0x1.0000010001p+0 rtz = 1.0 NX */
    TEST_FP_CVT           191, fcvt.d.s, d, 0x3ff0000000000000, 0, s, 0x3f800000 /* 1.0 = 1.0 */
    TEST_FP_CVT           192, fcvt.d.s, d, 0xc004000000000000, 0, s, 0xc0200000 /* -2.5 = -2.5 */
    TEST_FP_CVT           193, fcvt.d.s, d, 0x3fb99999a0000000, 0, s, 0x3dcccccd /* 0x1.99999ap-4 = 0x1.99999ap-4 */
    TEST_FP_CVT           194, fcvt.d.s, d, 0x47efffffe0000000, 0, s, 0x7f7fffff /* max = 0x1.fffffep+127 */
    TEST_FP_CVT           195, fcvt.d.s, d, 0x36a0000000000000, 0, s, 0x00000001 /* 0x1p-149 = 0x1p-149 */
    TEST_FP_CVT           196, fcvt.d.s, d, 0xb80fffffc0000000, 0, s, 0x807fffff /* -0x1.fffffcp-127 = -0x1.fffffcp-127 */
    TEST_FP_CVT           197, fcvt.d.s, d, 0x3810000000000000, 0, s, 0x00800000 /* 0x1p-126 = 0x1p-126 */
    TEST_FP_CVT           198, fcvt.d.s, d, 0x0000000000000000, 0, s, 0x00000000 /* +0 = +0 */
    TEST_FP_CVT           199, fcvt.d.s, d, 0x8000000000000000, 0, s, 0x80000000 /* -0 = -0 */
    TEST_FP_CVT           200, fcvt.d.s, d, 0x7ff0000000000000, 0, s, 0x7f800000 /* +inf = +inf */
    TEST_FP_CVT           201, fcvt.d.s, d, 0xfff0000000000000, 0, s, 0xff800000 /* -inf = -inf */
    TEST_FP_CVT           202, fcvt.d.s, d, 0x7ff8000000000000, 0, s, 0x7fc00000 /* qNaN = qNaN */
    TEST_FP_CVT           203, fcvt.d.s, d, 0x7ff8000000000000, 0, s, 0x7fc01234 /* qNaN(payload 0x1234) = qNaN */
    TEST_FP_CVT           204, fcvt.d.s, d, 0x7ff8000000000000, NV, s, 0x7f800001 /* sNaN(payload 0x1) = qNaN NV */
    TEST_FP_CVT           205, fcvt.d.s, d, 0x7ff8000000000000, NV, s, 0xffbfffff /* -sNaN(payload 0x3fffff) = qNaN NV */

    TEST_END
