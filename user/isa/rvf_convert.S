/* SPDX-License-Identifier: MIT */
/* RV64F conversions of single precision: FCVT.{W,WU,L,LU}.S (to integers) and
 * FCVT.S.{W,WU,L,LU} (from integers),
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

/* ---- FCVT.W.S -------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        1, fcvt.w.s, 0x0, 0, s, 0x00000000                     /* +0 = 0 */
    TEST_FP_TO_INT        2, fcvt.w.s, 0x0, 0, s, 0x80000000                     /* -0 = 0 */
    TEST_FP_TO_INT        3, fcvt.w.s, 0x1, 0, s, 0x3f800000                     /* 1.0 = 1 */
    TEST_FP_TO_INT        4, fcvt.w.s, 0xffffffffffffffff, 0, s, 0xbf800000      /* -1.0 = -1 */
    TEST_FP_TO_INT        5, fcvt.w.s, 0x2, NX, s, 0x3fc00000                    /* 1.5 = 2 NX */
    TEST_FP_TO_INT        6, fcvt.w.s, 0x2, NX, s, 0x40200000                    /* 2.5 = 2 NX */
    TEST_FP_TO_INT        7, fcvt.w.s, 0xfffffffffffffffe, NX, s, 0xbfc00000     /* -1.5 = -2 NX */
    TEST_FP_TO_INT        8, fcvt.w.s, 0xfffffffffffffffe, NX, s, 0xc0200000     /* -2.5 = -2 NX */
    TEST_FP_TO_INT        9, fcvt.w.s, 0x0, NX, s, 0x3f000000                    /* 0.5 = 0 NX */
    TEST_FP_TO_INT        10, fcvt.w.s, 0x0, NX, s, 0xbf000000                   /* -0.5 = 0 NX */
    TEST_FP_TO_INT        11, fcvt.w.s, 0x0, NX, s, 0x3e800000                   /* 0.25 = 0 NX */
    TEST_FP_TO_INT        12, fcvt.w.s, 0xffffffffffffffff, NX, s, 0xbf400000    /* -0.75 = -1 NX */
    TEST_FP_TO_INT        13, fcvt.w.s, 0x1, NX, s, 0x3f800001                   /* 0x1.000002p+0 = 1 NX */
    TEST_FP_TO_INT        14, fcvt.w.s, 0x1e240, 0, s, 0x47f12000                /* 123456.0 = 123456 */
    TEST_FP_TO_INT        15, fcvt.w.s, 0xfffffffffffe1dc0, 0, s, 0xc7f12000     /* -123456.0 = -123456 */
    TEST_FP_TO_INT        16, fcvt.w.s, 0x0, NX, s, 0x00000001                   /* 0x1p-149 = 0 NX */
    TEST_FP_TO_INT        17, fcvt.w.s, 0x0, NX, s, 0x80000001                   /* -0x1p-149 = 0 NX */
    TEST_FP_TO_INT        18, fcvt.w.s, 0x7fffffff, NV, s, 0x7f7fffff            /* max = 2147483647 NV */
    TEST_FP_TO_INT        19, fcvt.w.s, 0x7fffff80, 0, s, 0x4effffff             /* the largest single below 2^31 */
    TEST_FP_TO_INT        20, fcvt.w.s, 0x7fffffff, NV, s, 0x4f000000            /* 2^31 is out of range: NV, the largest value */
    TEST_FP_TO_INT        21, fcvt.w.s, 0xffffffff80000000, 0, s, 0xcf000000     /* -2^31 is in range, exact */
    TEST_FP_TO_INT        22, fcvt.w.s, 0xffffffff80000000, NV, s, 0xcf000001    /* just below -2^31: NV, the smallest value */
    TEST_FP_TO_INT        23, fcvt.w.s, 0x7fffffff, NV, s, 0x7f800000            /* +inf = 2147483647 NV */
    TEST_FP_TO_INT        24, fcvt.w.s, 0xffffffff80000000, NV, s, 0xff800000    /* -inf = -2147483648 NV */
    TEST_FP_TO_INT        25, fcvt.w.s, 0x7fffffff, NV, s, 0x7fc00000            /* qNaN = 2147483647 NV */
    TEST_FP_TO_INT        26, fcvt.w.s, 0x7fffffff, NV, s, 0xffc00000            /* a negative NaN also gives the largest value */
    TEST_FP_TO_INT        27, fcvt.w.s, 0x7fffffff, NV, s, 0x7f800001            /* sNaN(payload 0x1) = 2147483647 NV */
    TEST_FP_TO_INT        28, fcvt.w.s, 0x2, NX, s, 0x40200000, rtz              /* 2.5 rtz = 2 NX */
    TEST_FP_TO_INT        29, fcvt.w.s, 0xfffffffffffffffe, NX, s, 0xc0300000, rtz /* -2.75 rtz = -2 NX */
    TEST_FP_TO_INT        30, fcvt.w.s, 0x0, NX, s, 0xbf400000, rtz              /* -0.75 rtz = 0 NX */

/* ---- FCVT.WU.S ------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        31, fcvt.wu.s, 0x0, 0, s, 0x00000000                   /* +0 = 0 */
    TEST_FP_TO_INT        32, fcvt.wu.s, 0x0, 0, s, 0x80000000                   /* -0 = 0 */
    TEST_FP_TO_INT        33, fcvt.wu.s, 0x1, 0, s, 0x3f800000                   /* 1.0 = 1 */
    TEST_FP_TO_INT        34, fcvt.wu.s, 0x0, NV, s, 0xbf800000                  /* -1.0 = 0 NV */
    TEST_FP_TO_INT        35, fcvt.wu.s, 0x2, NX, s, 0x3fc00000                  /* 1.5 = 2 NX */
    TEST_FP_TO_INT        36, fcvt.wu.s, 0x2, NX, s, 0x40200000                  /* 2.5 = 2 NX */
    TEST_FP_TO_INT        37, fcvt.wu.s, 0x0, NV, s, 0xbfc00000                  /* -1.5 = 0 NV */
    TEST_FP_TO_INT        38, fcvt.wu.s, 0x0, NV, s, 0xc0200000                  /* -2.5 = 0 NV */
    TEST_FP_TO_INT        39, fcvt.wu.s, 0x0, NX, s, 0x3f000000                  /* 0.5 = 0 NX */
    TEST_FP_TO_INT        40, fcvt.wu.s, 0x0, NX, s, 0xbf000000                  /* -0.5 = 0 NX */
    TEST_FP_TO_INT        41, fcvt.wu.s, 0x0, NX, s, 0x3e800000                  /* 0.25 = 0 NX */
    TEST_FP_TO_INT        42, fcvt.wu.s, 0x0, NV, s, 0xbf400000                  /* -0.75 = 0 NV */
    TEST_FP_TO_INT        43, fcvt.wu.s, 0x1, NX, s, 0x3f800001                  /* 0x1.000002p+0 = 1 NX */
    TEST_FP_TO_INT        44, fcvt.wu.s, 0x1e240, 0, s, 0x47f12000               /* 123456.0 = 123456 */
    TEST_FP_TO_INT        45, fcvt.wu.s, 0x0, NV, s, 0xc7f12000                  /* -123456.0 = 0 NV */
    TEST_FP_TO_INT        46, fcvt.wu.s, 0x0, NX, s, 0x00000001                  /* 0x1p-149 = 0 NX */
    TEST_FP_TO_INT        47, fcvt.wu.s, 0x0, NX, s, 0x80000001                  /* -0x1p-149 = 0 NX */
    TEST_FP_TO_INT        48, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x7f7fffff   /* max = -1 NV */
    TEST_FP_TO_INT        49, fcvt.wu.s, 0xffffffffffffff00, 0, s, 0x4f7fffff    /* the largest single below 2^32 */
    TEST_FP_TO_INT        50, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x4f800000   /* 2^32 is out of range: NV, all ones */
    TEST_FP_TO_INT        51, fcvt.wu.s, 0x0, NV, s, 0xbf800000                  /* -1 is out of range: NV, 0 */
    TEST_FP_TO_INT        52, fcvt.wu.s, 0xffffffffb2d05e00, 0, s, 0x4f32d05e    /* 3e9 fits in 32 unsigned bits */
    TEST_FP_TO_INT        53, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x7f800000   /* +inf = -1 NV */
    TEST_FP_TO_INT        54, fcvt.wu.s, 0x0, NV, s, 0xff800000                  /* -inf = 0 NV */
    TEST_FP_TO_INT        55, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x7fc00000   /* qNaN = -1 NV */
    TEST_FP_TO_INT        56, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0xffc00000   /* a negative NaN also gives the largest value */
    TEST_FP_TO_INT        57, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x7f800001   /* sNaN(payload 0x1) = -1 NV */
    TEST_FP_TO_INT        58, fcvt.wu.s, 0x2, NX, s, 0x40200000, rtz             /* 2.5 rtz = 2 NX */
    TEST_FP_TO_INT        59, fcvt.wu.s, 0x0, NV, s, 0xc0300000, rtz             /* -2.75 rtz = 0 NV */
    TEST_FP_TO_INT        60, fcvt.wu.s, 0x0, NX, s, 0xbf400000, rtz             /* -0.75 rtz = 0 NX */

/* ---- FCVT.L.S -------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        61, fcvt.l.s, 0x0, 0, s, 0x00000000                    /* +0 = 0 */
    TEST_FP_TO_INT        62, fcvt.l.s, 0x0, 0, s, 0x80000000                    /* -0 = 0 */
    TEST_FP_TO_INT        63, fcvt.l.s, 0x1, 0, s, 0x3f800000                    /* 1.0 = 1 */
    TEST_FP_TO_INT        64, fcvt.l.s, 0xffffffffffffffff, 0, s, 0xbf800000     /* -1.0 = -1 */
    TEST_FP_TO_INT        65, fcvt.l.s, 0x2, NX, s, 0x3fc00000                   /* 1.5 = 2 NX */
    TEST_FP_TO_INT        66, fcvt.l.s, 0x2, NX, s, 0x40200000                   /* 2.5 = 2 NX */
    TEST_FP_TO_INT        67, fcvt.l.s, 0xfffffffffffffffe, NX, s, 0xbfc00000    /* -1.5 = -2 NX */
    TEST_FP_TO_INT        68, fcvt.l.s, 0xfffffffffffffffe, NX, s, 0xc0200000    /* -2.5 = -2 NX */
    TEST_FP_TO_INT        69, fcvt.l.s, 0x0, NX, s, 0x3f000000                   /* 0.5 = 0 NX */
    TEST_FP_TO_INT        70, fcvt.l.s, 0x0, NX, s, 0xbf000000                   /* -0.5 = 0 NX */
    TEST_FP_TO_INT        71, fcvt.l.s, 0x0, NX, s, 0x3e800000                   /* 0.25 = 0 NX */
    TEST_FP_TO_INT        72, fcvt.l.s, 0xffffffffffffffff, NX, s, 0xbf400000    /* -0.75 = -1 NX */
    TEST_FP_TO_INT        73, fcvt.l.s, 0x1, NX, s, 0x3f800001                   /* 0x1.000002p+0 = 1 NX */
    TEST_FP_TO_INT        74, fcvt.l.s, 0x1e240, 0, s, 0x47f12000                /* 123456.0 = 123456 */
    TEST_FP_TO_INT        75, fcvt.l.s, 0xfffffffffffe1dc0, 0, s, 0xc7f12000     /* -123456.0 = -123456 */
    TEST_FP_TO_INT        76, fcvt.l.s, 0x0, NX, s, 0x00000001                   /* 0x1p-149 = 0 NX */
    TEST_FP_TO_INT        77, fcvt.l.s, 0x0, NX, s, 0x80000001                   /* -0x1p-149 = 0 NX */
    TEST_FP_TO_INT        78, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x7f7fffff    /* max = 9223372036854775807 NV */
    TEST_FP_TO_INT        79, fcvt.l.s, 0x7fffff8000000000, 0, s, 0x5effffff     /* the largest single below 2^63 */
    TEST_FP_TO_INT        80, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x5f000000    /* 2^63 is out of range: NV, the largest value */
    TEST_FP_TO_INT        81, fcvt.l.s, 0x8000000000000000, 0, s, 0xdf000000     /* -2^63 is in range, exact */
    TEST_FP_TO_INT        82, fcvt.l.s, 0x8000000000000000, NV, s, 0xdf000001    /* just below -2^63: NV, the smallest value */
    TEST_FP_TO_INT        83, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x7f800000    /* +inf = 9223372036854775807 NV */
    TEST_FP_TO_INT        84, fcvt.l.s, 0x8000000000000000, NV, s, 0xff800000    /* -inf = -9223372036854775808 NV */
    TEST_FP_TO_INT        85, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x7fc00000    /* qNaN = 9223372036854775807 NV */
    TEST_FP_TO_INT        86, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0xffc00000    /* a negative NaN also gives the largest value */
    TEST_FP_TO_INT        87, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x7f800001    /* sNaN(payload 0x1) = 9223372036854775807 NV */
    TEST_FP_TO_INT        88, fcvt.l.s, 0x2, NX, s, 0x40200000, rtz              /* 2.5 rtz = 2 NX */
    TEST_FP_TO_INT        89, fcvt.l.s, 0xfffffffffffffffe, NX, s, 0xc0300000, rtz /* -2.75 rtz = -2 NX */
    TEST_FP_TO_INT        90, fcvt.l.s, 0x0, NX, s, 0xbf400000, rtz              /* -0.75 rtz = 0 NX */

/* ---- FCVT.LU.S ------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        91, fcvt.lu.s, 0x0, 0, s, 0x00000000                   /* +0 = 0 */
    TEST_FP_TO_INT        92, fcvt.lu.s, 0x0, 0, s, 0x80000000                   /* -0 = 0 */
    TEST_FP_TO_INT        93, fcvt.lu.s, 0x1, 0, s, 0x3f800000                   /* 1.0 = 1 */
    TEST_FP_TO_INT        94, fcvt.lu.s, 0x0, NV, s, 0xbf800000                  /* -1.0 = 0 NV */
    TEST_FP_TO_INT        95, fcvt.lu.s, 0x2, NX, s, 0x3fc00000                  /* 1.5 = 2 NX */
    TEST_FP_TO_INT        96, fcvt.lu.s, 0x2, NX, s, 0x40200000                  /* 2.5 = 2 NX */
    TEST_FP_TO_INT        97, fcvt.lu.s, 0x0, NV, s, 0xbfc00000                  /* -1.5 = 0 NV */
    TEST_FP_TO_INT        98, fcvt.lu.s, 0x0, NV, s, 0xc0200000                  /* -2.5 = 0 NV */
    TEST_FP_TO_INT        99, fcvt.lu.s, 0x0, NX, s, 0x3f000000                  /* 0.5 = 0 NX */
    TEST_FP_TO_INT        100, fcvt.lu.s, 0x0, NX, s, 0xbf000000                 /* -0.5 = 0 NX */
    TEST_FP_TO_INT        101, fcvt.lu.s, 0x0, NX, s, 0x3e800000                 /* 0.25 = 0 NX */
    TEST_FP_TO_INT        102, fcvt.lu.s, 0x0, NV, s, 0xbf400000                 /* -0.75 = 0 NV */
    TEST_FP_TO_INT        103, fcvt.lu.s, 0x1, NX, s, 0x3f800001                 /* 0x1.000002p+0 = 1 NX */
    TEST_FP_TO_INT        104, fcvt.lu.s, 0x1e240, 0, s, 0x47f12000              /* 123456.0 = 123456 */
    TEST_FP_TO_INT        105, fcvt.lu.s, 0x0, NV, s, 0xc7f12000                 /* -123456.0 = 0 NV */
    TEST_FP_TO_INT        106, fcvt.lu.s, 0x0, NX, s, 0x00000001                 /* 0x1p-149 = 0 NX */
    TEST_FP_TO_INT        107, fcvt.lu.s, 0x0, NX, s, 0x80000001                 /* -0x1p-149 = 0 NX */
    TEST_FP_TO_INT        108, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x7f7fffff  /* max = 18446744073709551615 NV */
    TEST_FP_TO_INT        109, fcvt.lu.s, 0xffffff0000000000, 0, s, 0x5f7fffff   /* the largest single below 2^64 */
    TEST_FP_TO_INT        110, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x5f800000  /* 2^64 is out of range: NV, all ones */
    TEST_FP_TO_INT        111, fcvt.lu.s, 0x0, NV, s, 0xbf800000                 /* -1 is out of range: NV, 0 */
    TEST_FP_TO_INT        112, fcvt.lu.s, 0xb2d05e00, 0, s, 0x4f32d05e           /* 3e9 fits in 32 unsigned bits */
    TEST_FP_TO_INT        113, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x7f800000  /* +inf = 18446744073709551615 NV */
    TEST_FP_TO_INT        114, fcvt.lu.s, 0x0, NV, s, 0xff800000                 /* -inf = 0 NV */
    TEST_FP_TO_INT        115, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x7fc00000  /* qNaN = 18446744073709551615 NV */
    TEST_FP_TO_INT        116, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0xffc00000  /* a negative NaN also gives the largest value */
    TEST_FP_TO_INT        117, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x7f800001  /* sNaN(payload 0x1) = 18446744073709551615 NV */
    TEST_FP_TO_INT        118, fcvt.lu.s, 0x2, NX, s, 0x40200000, rtz            /* 2.5 rtz = 2 NX */
    TEST_FP_TO_INT        119, fcvt.lu.s, 0x0, NV, s, 0xc0300000, rtz            /* -2.75 rtz = 0 NV */
    TEST_FP_TO_INT        120, fcvt.lu.s, 0x0, NX, s, 0xbf400000, rtz            /* -0.75 rtz = 0 NX */

/* ---- FCVT.S.W (only rs1[31:0] is read) ------------------------------------------------------- */
    TEST_INT_TO_FP        121, fcvt.s.w, s, 0x00000000, 0, 0                     /* 0 = +0 */
    TEST_INT_TO_FP        122, fcvt.s.w, s, 0x3f800000, 0, 1                     /* 1 = 1.0 */
    TEST_INT_TO_FP        123, fcvt.s.w, s, 0xbf800000, 0, -1                    /* -1 = -1.0 */
    TEST_INT_TO_FP        124, fcvt.s.w, s, 0x40e00000, 0, 7                     /* 7 = 7.0 */
    TEST_INT_TO_FP        125, fcvt.s.w, s, 0x4f000000, NX, 0x7fffffff           /* 2147483647 = 0x1p+31 NX */
    TEST_INT_TO_FP        126, fcvt.s.w, s, 0xcf000000, 0, 0xffffffff80000000    /* -2147483648 = -0x1p+31 */
    TEST_INT_TO_FP        127, fcvt.s.w, s, 0x4b800000, NX, 0x1000001            /* 16777217 = 16777216.0 NX */
    TEST_INT_TO_FP        128, fcvt.s.w, s, 0x4b800002, NX, 0x1000003            /* 16777219 = 16777220.0 NX */
    TEST_INT_TO_FP        129, fcvt.s.w, s, 0xbf800000, 0, 0x1ffffffff           /* -1 = -1.0 */
    TEST_INT_TO_FP        130, fcvt.s.w, s, 0x4f000000, NX, 0xffffffff7fffffff   /* 2147483647 = 0x1p+31 NX */
    TEST_INT_TO_FP        131, fcvt.s.w, s, 0xcf000000, NX, 0x80000001           /* -2147483647 = -0x1p+31 NX */
    TEST_INT_TO_FP        132, fcvt.s.w, s, 0x4effffff, NX, 0x7fffffff, rtz      /* 2147483647 rtz = 0x1.fffffep+30 NX */

    /* fcvt.s.w with rs1 = x0 gives +0 */
    CASE    133
    fsflags x0
    fcvt.s.w fa0, x0
    FP_CHECK s, fa0, 0
    FLAGS_CHECK 0

/* ---- FCVT.S.WU (only rs1[31:0] is read) ------------------------------------------------------ */
    TEST_INT_TO_FP        134, fcvt.s.wu, s, 0x00000000, 0, 0                    /* 0 = +0 */
    TEST_INT_TO_FP        135, fcvt.s.wu, s, 0x3f800000, 0, 1                    /* 1 = 1.0 */
    TEST_INT_TO_FP        136, fcvt.s.wu, s, 0x4f800000, NX, 0xffffffff          /* 4294967295 = 0x1p+32 NX */
    TEST_INT_TO_FP        137, fcvt.s.wu, s, 0x4f000000, 0, 0x80000000           /* 2147483648 = 0x1p+31 */
    TEST_INT_TO_FP        138, fcvt.s.wu, s, 0x4b800000, NX, 0x1000001           /* 16777217 = 16777216.0 NX */
    TEST_INT_TO_FP        139, fcvt.s.wu, s, 0x40a00000, 0, 0xffffffff00000005   /* 5 = 5.0 */
    TEST_INT_TO_FP        140, fcvt.s.wu, s, 0x4f000000, NX, 0x7fffffff          /* 2147483647 = 0x1p+31 NX */
    TEST_INT_TO_FP        141, fcvt.s.wu, s, 0x00000000, 0, 0x100000000          /* 0 = +0 */
    TEST_INT_TO_FP        142, fcvt.s.wu, s, 0x4effffff, NX, 0x7fffffff, rtz     /* 2147483647 rtz = 0x1.fffffep+30 NX */

    /* fcvt.s.wu with rs1 = x0 gives +0 */
    CASE    143
    fsflags x0
    fcvt.s.wu fa0, x0
    FP_CHECK s, fa0, 0
    FLAGS_CHECK 0

/* ---- FCVT.S.L -------------------------------------------------------------------------------- */
    TEST_INT_TO_FP        144, fcvt.s.l, s, 0x00000000, 0, 0                     /* 0 = +0 */
    TEST_INT_TO_FP        145, fcvt.s.l, s, 0x3f800000, 0, 1                     /* 1 = 1.0 */
    TEST_INT_TO_FP        146, fcvt.s.l, s, 0xbf800000, 0, -1                    /* -1 = -1.0 */
    TEST_INT_TO_FP        147, fcvt.s.l, s, 0x5e800000, 0, 0x4000000000000000    /* 4611686018427387904 = 0x1p+62 */
    TEST_INT_TO_FP        148, fcvt.s.l, s, 0xdf000000, 0, 0x8000000000000000    /* -9223372036854775808 = -0x1p+63 */
    TEST_INT_TO_FP        149, fcvt.s.l, s, 0x5f000000, NX, 0x7fffffffffffffff   /* 9223372036854775807 = 0x1p+63 NX */
    TEST_INT_TO_FP        150, fcvt.s.l, s, 0x5a000000, NX, 0x20000000000001     /* 9007199254740993 = 0x1p+53 NX */
    TEST_INT_TO_FP        151, fcvt.s.l, s, 0x5a000000, NX, 0x20000000000003     /* 9007199254740995 = 0x1p+53 NX */
    TEST_INT_TO_FP        152, fcvt.s.l, s, 0xcb800000, NX, 0xfffffffffeffffff   /* -16777217 = -0x1p+24 NX */
    TEST_INT_TO_FP        153, fcvt.s.l, s, 0x5b91a2b4, NX, 0x123456789abcdef    /* 81985529216486895 = 0x1.234568p+56 NX */
    TEST_INT_TO_FP        154, fcvt.s.l, s, 0x5effffff, NX, 0x7fffffffffffffff, rtz /* 9223372036854775807 rtz = 0x1.fffffep+62 NX */

    /* fcvt.s.l with rs1 = x0 gives +0 */
    CASE    155
    fsflags x0
    fcvt.s.l fa0, x0
    FP_CHECK s, fa0, 0
    FLAGS_CHECK 0

/* ---- FCVT.S.LU ------------------------------------------------------------------------------- */
    TEST_INT_TO_FP        156, fcvt.s.lu, s, 0x00000000, 0, 0                    /* 0 = +0 */
    TEST_INT_TO_FP        157, fcvt.s.lu, s, 0x3f800000, 0, 1                    /* 1 = 1.0 */
    TEST_INT_TO_FP        158, fcvt.s.lu, s, 0x5f800000, NX, -1                  /* 18446744073709551615 = 0x1p+64 NX */
    TEST_INT_TO_FP        159, fcvt.s.lu, s, 0x5f000000, 0, 0x8000000000000000   /* 9223372036854775808 = 0x1p+63 */
    TEST_INT_TO_FP        160, fcvt.s.lu, s, 0x5a000000, NX, 0x20000000000001    /* 9007199254740993 = 0x1p+53 NX */
    TEST_INT_TO_FP        161, fcvt.s.lu, s, 0x5f800000, NX, -1024               /* 18446744073709550592 = 0x1p+64 NX */
    TEST_INT_TO_FP        162, fcvt.s.lu, s, 0x5f800000, NX, -2049               /* 18446744073709549567 = 0x1p+64 NX */
    TEST_INT_TO_FP        163, fcvt.s.lu, s, 0x5f000001, NX, 0x8000008000000001  /* 9223372586610589697 = 0x1.000002p+63 NX */
    TEST_INT_TO_FP        164, fcvt.s.lu, s, 0x5effffff, NX, 0x7fffffffffffffff, rtz /* 9223372036854775807 rtz = 0x1.fffffep+62 NX */

    /* fcvt.s.lu with rs1 = x0 gives +0 */
    CASE    165
    fsflags x0
    fcvt.s.lu fa0, x0
    FP_CHECK s, fa0, 0
    FLAGS_CHECK 0

/* ---- x0 as the destination of a conversion to an integer ------------------------------------- */
    /* fcvt.w.s x0, NaN: x0 stays zero, NV still accrues */
    CASE    166
    FP_LI   s, fa1, 0x7fc00000
    fsflags x0
    fcvt.w.s x0, fa1, rtz
    CHECK_X0
    FLAGS_CHECK NV

    /* fcvt.l.s x0, NaN: x0 stays zero, NV still accrues */
    CASE    167
    FP_LI   s, fa1, 0x7fc00000
    fsflags x0
    fcvt.l.s x0, fa1, rtz
    CHECK_X0
    FLAGS_CHECK NV

    TEST_END
