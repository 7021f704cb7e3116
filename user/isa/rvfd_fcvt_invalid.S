/* SPDX-License-Identifier: MIT */
/* RV64FD invalid conversions to integers: FCVT.{W,WU,L,LU}.{S,D} of NaN (quiet and signaling,
 * either sign), +inf, -inf, the first value above the range, a value below it, the largest
 * finite values, and values that are in range or out of it depending on the rounding mode
 * (-0.5 to unsigned, 2^31 - 0.5, -2^31 - 0.5 and 2^32 - 0.5 from double). An invalid conversion
 * raises NV only (never NX) and gives the value of the table in the F chapter: NaN and +inf give
 * the largest value of the integer type, -inf the smallest; out-of-range values saturate the
 * same way, whatever the rounding mode. 32-bit results are sign-extended into the register (so
 * WU's 2^32 - 1 reads as all ones).
 * Expected values: the RISC-V Unprivileged ISA, chapter "F" (the table of FCVT invalid-input
 * results) and chapter "D". */

#include "isa.h"

    TEST_BEGIN

/* ---- FCVT.W.S -------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        1, fcvt.w.s, 0x7fffffff, NV, s, 0x7fc00000, rtz        /* qNaN rtz = 2147483647 NV */
    TEST_FP_TO_INT        2, fcvt.w.s, 0x7fffffff, NV, s, 0xffc00055, rne        /* -qNaN(payload 0x55) rne = 2147483647 NV */
    TEST_FP_TO_INT        3, fcvt.w.s, 0x7fffffff, NV, s, 0x7f800001, rdn        /* sNaN(payload 0x1) rdn = 2147483647 NV */
    TEST_FP_TO_INT        4, fcvt.w.s, 0x7fffffff, NV, s, 0xff800001, rup        /* -sNaN(payload 0x1) rup = 2147483647 NV */
    TEST_FP_TO_INT        5, fcvt.w.s, 0x7fffffff, NV, s, 0x7f800000, rtz        /* +inf rtz = 2147483647 NV */
    TEST_FP_TO_INT        6, fcvt.w.s, 0x7fffffff, NV, s, 0x7f800000, rdn        /* +inf rdn = 2147483647 NV */
    TEST_FP_TO_INT        7, fcvt.w.s, 0xffffffff80000000, NV, s, 0xff800000, rtz /* -inf rtz = -2147483648 NV */
    TEST_FP_TO_INT        8, fcvt.w.s, 0xffffffff80000000, NV, s, 0xff800000, rup /* -inf rup = -2147483648 NV */
    TEST_FP_TO_INT        9, fcvt.w.s, 0x7fffffff, NV, s, 0x4f000000, rtz        /* 2^31: the first value above the range */
    TEST_FP_TO_INT        10, fcvt.w.s, 0x7fffffff, NV, s, 0x4f000000, rdn       /* 2^31 rdn: still above the range */
    TEST_FP_TO_INT        11, fcvt.w.s, 0xffffffff80000000, NV, s, 0xcf800000, rtz /* below the range */
    TEST_FP_TO_INT        12, fcvt.w.s, 0x7fffffff, NV, s, 0x7f7fffff, rmm       /* max rmm = 2147483647 NV */
    TEST_FP_TO_INT        13, fcvt.w.s, 0xffffffff80000000, NV, s, 0xff7fffff, rne /* -max rne = -2147483648 NV */
    TEST_FP_TO_INT        14, fcvt.w.s, 0xffffffff80000000, 0, s, 0xcf000000, rdn /* -2^31 is the smallest value, exact */

/* ---- FCVT.WU.S ------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        15, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x7fc00000, rtz /* qNaN rtz = -1 NV */
    TEST_FP_TO_INT        16, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0xffc00055, rne /* -qNaN(payload 0x55) rne = -1 NV */
    TEST_FP_TO_INT        17, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x7f800001, rdn /* sNaN(payload 0x1) rdn = -1 NV */
    TEST_FP_TO_INT        18, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0xff800001, rup /* -sNaN(payload 0x1) rup = -1 NV */
    TEST_FP_TO_INT        19, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x7f800000, rtz /* +inf rtz = -1 NV */
    TEST_FP_TO_INT        20, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x7f800000, rdn /* +inf rdn = -1 NV */
    TEST_FP_TO_INT        21, fcvt.wu.s, 0x0, NV, s, 0xff800000, rtz             /* -inf rtz = 0 NV */
    TEST_FP_TO_INT        22, fcvt.wu.s, 0x0, NV, s, 0xff800000, rup             /* -inf rup = 0 NV */
    TEST_FP_TO_INT        23, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x4f800000, rtz /* 2^32: the first value above the range */
    TEST_FP_TO_INT        24, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x4f800000, rdn /* 2^32 rdn: still above the range */
    TEST_FP_TO_INT        25, fcvt.wu.s, 0x0, NV, s, 0xbf800000, rtz             /* below the range */
    TEST_FP_TO_INT        26, fcvt.wu.s, 0xffffffffffffffff, NV, s, 0x7f7fffff, rmm /* max rmm = -1 NV */
    TEST_FP_TO_INT        27, fcvt.wu.s, 0x0, NV, s, 0xff7fffff, rne             /* -max rne = 0 NV */
    TEST_FP_TO_INT        28, fcvt.wu.s, 0x0, NV, s, 0xbf000000, rdn             /* -0.5 rdn = -1: out of range for unsigned, NV, 0 */
    TEST_FP_TO_INT        29, fcvt.wu.s, 0x0, NX, s, 0xbf000000, rup             /* -0.5 rup = -0: in range, 0 with NX only */
    TEST_FP_TO_INT        30, fcvt.wu.s, 0x0, NV, s, 0xbf000000, rmm             /* -0.5 rmm = -1: NV, 0 */
    TEST_FP_TO_INT        31, fcvt.wu.s, 0x0, NX, s, 0xbf000000, rne             /* -0.5 rne = -0 (tie to even): 0 with NX only */

/* ---- FCVT.L.S -------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        32, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x7fc00000, rtz /* qNaN rtz = 9223372036854775807 NV */
    TEST_FP_TO_INT        33, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0xffc00055, rne /* -qNaN(payload 0x55) rne = 9223372036854775807 NV */
    TEST_FP_TO_INT        34, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x7f800001, rdn /* sNaN(payload 0x1) rdn = 9223372036854775807 NV */
    TEST_FP_TO_INT        35, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0xff800001, rup /* -sNaN(payload 0x1) rup = 9223372036854775807 NV */
    TEST_FP_TO_INT        36, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x7f800000, rtz /* +inf rtz = 9223372036854775807 NV */
    TEST_FP_TO_INT        37, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x7f800000, rdn /* +inf rdn = 9223372036854775807 NV */
    TEST_FP_TO_INT        38, fcvt.l.s, 0x8000000000000000, NV, s, 0xff800000, rtz /* -inf rtz = -9223372036854775808 NV */
    TEST_FP_TO_INT        39, fcvt.l.s, 0x8000000000000000, NV, s, 0xff800000, rup /* -inf rup = -9223372036854775808 NV */
    TEST_FP_TO_INT        40, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x5f000000, rtz /* 2^63: the first value above the range */
    TEST_FP_TO_INT        41, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x5f000000, rdn /* 2^63 rdn: still above the range */
    TEST_FP_TO_INT        42, fcvt.l.s, 0x8000000000000000, NV, s, 0xdf800000, rtz /* below the range */
    TEST_FP_TO_INT        43, fcvt.l.s, 0x7fffffffffffffff, NV, s, 0x7f7fffff, rmm /* max rmm = 9223372036854775807 NV */
    TEST_FP_TO_INT        44, fcvt.l.s, 0x8000000000000000, NV, s, 0xff7fffff, rne /* -max rne = -9223372036854775808 NV */
    TEST_FP_TO_INT        45, fcvt.l.s, 0x8000000000000000, 0, s, 0xdf000000, rdn /* -2^63 is the smallest value, exact */
    TEST_FP_TO_INT        46, fcvt.l.s, 0x7fffff8000000000, 0, s, 0x5effffff, rup /* the largest single below the bound: in range, exact */

/* ---- FCVT.LU.S ------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        47, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x7fc00000, rtz /* qNaN rtz = 18446744073709551615 NV */
    TEST_FP_TO_INT        48, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0xffc00055, rne /* -qNaN(payload 0x55) rne = 18446744073709551615 NV */
    TEST_FP_TO_INT        49, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x7f800001, rdn /* sNaN(payload 0x1) rdn = 18446744073709551615 NV */
    TEST_FP_TO_INT        50, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0xff800001, rup /* -sNaN(payload 0x1) rup = 18446744073709551615 NV */
    TEST_FP_TO_INT        51, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x7f800000, rtz /* +inf rtz = 18446744073709551615 NV */
    TEST_FP_TO_INT        52, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x7f800000, rdn /* +inf rdn = 18446744073709551615 NV */
    TEST_FP_TO_INT        53, fcvt.lu.s, 0x0, NV, s, 0xff800000, rtz             /* -inf rtz = 0 NV */
    TEST_FP_TO_INT        54, fcvt.lu.s, 0x0, NV, s, 0xff800000, rup             /* -inf rup = 0 NV */
    TEST_FP_TO_INT        55, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x5f800000, rtz /* 2^64: the first value above the range */
    TEST_FP_TO_INT        56, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x5f800000, rdn /* 2^64 rdn: still above the range */
    TEST_FP_TO_INT        57, fcvt.lu.s, 0x0, NV, s, 0xbf800000, rtz             /* below the range */
    TEST_FP_TO_INT        58, fcvt.lu.s, 0xffffffffffffffff, NV, s, 0x7f7fffff, rmm /* max rmm = 18446744073709551615 NV */
    TEST_FP_TO_INT        59, fcvt.lu.s, 0x0, NV, s, 0xff7fffff, rne             /* -max rne = 0 NV */
    TEST_FP_TO_INT        60, fcvt.lu.s, 0x0, NV, s, 0xbf000000, rdn             /* -0.5 rdn = -1: out of range for unsigned, NV, 0 */
    TEST_FP_TO_INT        61, fcvt.lu.s, 0x0, NX, s, 0xbf000000, rup             /* -0.5 rup = -0: in range, 0 with NX only */
    TEST_FP_TO_INT        62, fcvt.lu.s, 0x0, NV, s, 0xbf000000, rmm             /* -0.5 rmm = -1: NV, 0 */
    TEST_FP_TO_INT        63, fcvt.lu.s, 0x0, NX, s, 0xbf000000, rne             /* -0.5 rne = -0 (tie to even): 0 with NX only */
    TEST_FP_TO_INT        64, fcvt.lu.s, 0xffffff0000000000, 0, s, 0x5f7fffff, rup /* the largest single below the bound: in range, exact */

/* ---- FCVT.W.D -------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        65, fcvt.w.d, 0x7fffffff, NV, d, 0x7ff8000000000000, rtz /* qNaN rtz = 2147483647 NV */
    TEST_FP_TO_INT        66, fcvt.w.d, 0x7fffffff, NV, d, 0xfff8000000000055, rne /* -qNaN(payload 0x55) rne = 2147483647 NV */
    TEST_FP_TO_INT        67, fcvt.w.d, 0x7fffffff, NV, d, 0x7ff0000000000001, rdn /* sNaN(payload 0x1) rdn = 2147483647 NV */
    TEST_FP_TO_INT        68, fcvt.w.d, 0x7fffffff, NV, d, 0xfff0000000000001, rup /* -sNaN(payload 0x1) rup = 2147483647 NV */
    TEST_FP_TO_INT        69, fcvt.w.d, 0x7fffffff, NV, d, 0x7ff0000000000000, rtz /* +inf rtz = 2147483647 NV */
    TEST_FP_TO_INT        70, fcvt.w.d, 0x7fffffff, NV, d, 0x7ff0000000000000, rdn /* +inf rdn = 2147483647 NV */
    TEST_FP_TO_INT        71, fcvt.w.d, 0xffffffff80000000, NV, d, 0xfff0000000000000, rtz /* -inf rtz = -2147483648 NV */
    TEST_FP_TO_INT        72, fcvt.w.d, 0xffffffff80000000, NV, d, 0xfff0000000000000, rup /* -inf rup = -2147483648 NV */
    TEST_FP_TO_INT        73, fcvt.w.d, 0x7fffffff, NV, d, 0x41e0000000000000, rtz /* 2^31: the first value above the range */
    TEST_FP_TO_INT        74, fcvt.w.d, 0x7fffffff, NV, d, 0x41e0000000000000, rdn /* 2^31 rdn: still above the range */
    TEST_FP_TO_INT        75, fcvt.w.d, 0xffffffff80000000, NV, d, 0xc1f0000000000000, rtz /* below the range */
    TEST_FP_TO_INT        76, fcvt.w.d, 0x7fffffff, NV, d, 0x7fefffffffffffff, rmm /* max rmm = 2147483647 NV */
    TEST_FP_TO_INT        77, fcvt.w.d, 0xffffffff80000000, NV, d, 0xffefffffffffffff, rne /* -max rne = -2147483648 NV */
    TEST_FP_TO_INT        78, fcvt.w.d, 0xffffffff80000000, 0, d, 0xc1e0000000000000, rdn /* -2^31 is the smallest value, exact */
    TEST_FP_TO_INT        79, fcvt.w.d, 0x7fffffff, NV, d, 0x41dfffffffe00000, rup /* 2^31 - 0.5 rup: out of range only after rounding, NV */
    TEST_FP_TO_INT        80, fcvt.w.d, 0x7fffffff, NV, d, 0x41dfffffffe00000, rne /* 2^31 - 0.5 rne: a tie, to even = 2^31, NV */
    TEST_FP_TO_INT        81, fcvt.w.d, 0x7fffffff, NX, d, 0x41dfffffffe00000, rdn /* 2^31 - 0.5 rdn: in range, NX */
    TEST_FP_TO_INT        82, fcvt.w.d, 0xffffffff80000000, NX, d, 0xc1e0000000100000, rup /* -2^31 - 0.5 rup: in range, NX */
    TEST_FP_TO_INT        83, fcvt.w.d, 0xffffffff80000000, NV, d, 0xc1e0000000100000, rmm /* -2^31 - 0.5 rmm: away from zero, out of range, NV */

/* ---- FCVT.WU.D ------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        84, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x7ff8000000000000, rtz /* qNaN rtz = -1 NV */
    TEST_FP_TO_INT        85, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0xfff8000000000055, rne /* -qNaN(payload 0x55) rne = -1 NV */
    TEST_FP_TO_INT        86, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x7ff0000000000001, rdn /* sNaN(payload 0x1) rdn = -1 NV */
    TEST_FP_TO_INT        87, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0xfff0000000000001, rup /* -sNaN(payload 0x1) rup = -1 NV */
    TEST_FP_TO_INT        88, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x7ff0000000000000, rtz /* +inf rtz = -1 NV */
    TEST_FP_TO_INT        89, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x7ff0000000000000, rdn /* +inf rdn = -1 NV */
    TEST_FP_TO_INT        90, fcvt.wu.d, 0x0, NV, d, 0xfff0000000000000, rtz     /* -inf rtz = 0 NV */
    TEST_FP_TO_INT        91, fcvt.wu.d, 0x0, NV, d, 0xfff0000000000000, rup     /* -inf rup = 0 NV */
    TEST_FP_TO_INT        92, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x41f0000000000000, rtz /* 2^32: the first value above the range */
    TEST_FP_TO_INT        93, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x41f0000000000000, rdn /* 2^32 rdn: still above the range */
    TEST_FP_TO_INT        94, fcvt.wu.d, 0x0, NV, d, 0xbff0000000000000, rtz     /* below the range */
    TEST_FP_TO_INT        95, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x7fefffffffffffff, rmm /* max rmm = -1 NV */
    TEST_FP_TO_INT        96, fcvt.wu.d, 0x0, NV, d, 0xffefffffffffffff, rne     /* -max rne = 0 NV */
    TEST_FP_TO_INT        97, fcvt.wu.d, 0x0, NV, d, 0xbfe0000000000000, rdn     /* -0.5 rdn = -1: out of range for unsigned, NV, 0 */
    TEST_FP_TO_INT        98, fcvt.wu.d, 0x0, NX, d, 0xbfe0000000000000, rup     /* -0.5 rup = -0: in range, 0 with NX only */
    TEST_FP_TO_INT        99, fcvt.wu.d, 0x0, NV, d, 0xbfe0000000000000, rmm     /* -0.5 rmm = -1: NV, 0 */
    TEST_FP_TO_INT        100, fcvt.wu.d, 0x0, NX, d, 0xbfe0000000000000, rne    /* -0.5 rne = -0 (tie to even): 0 with NX only */
    TEST_FP_TO_INT        101, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x41effffffff00000, rup /* 2^32 - 0.5 rup: out of range only after rounding, NV */
    TEST_FP_TO_INT        102, fcvt.wu.d, 0xffffffffffffffff, NV, d, 0x41effffffff00000, rne /* 2^32 - 0.5 rne: a tie, to even = 2^32, NV */
    TEST_FP_TO_INT        103, fcvt.wu.d, 0xffffffffffffffff, NX, d, 0x41effffffff00000, rdn /* 2^32 - 0.5 rdn: in range, NX */

/* ---- FCVT.L.D -------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        104, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x7ff8000000000000, rtz /* qNaN rtz = 9223372036854775807 NV */
    TEST_FP_TO_INT        105, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0xfff8000000000055, rne /* -qNaN(payload 0x55) rne = 9223372036854775807 NV */
    TEST_FP_TO_INT        106, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x7ff0000000000001, rdn /* sNaN(payload 0x1) rdn = 9223372036854775807 NV */
    TEST_FP_TO_INT        107, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0xfff0000000000001, rup /* -sNaN(payload 0x1) rup = 9223372036854775807 NV */
    TEST_FP_TO_INT        108, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x7ff0000000000000, rtz /* +inf rtz = 9223372036854775807 NV */
    TEST_FP_TO_INT        109, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x7ff0000000000000, rdn /* +inf rdn = 9223372036854775807 NV */
    TEST_FP_TO_INT        110, fcvt.l.d, 0x8000000000000000, NV, d, 0xfff0000000000000, rtz /* -inf rtz = -9223372036854775808 NV */
    TEST_FP_TO_INT        111, fcvt.l.d, 0x8000000000000000, NV, d, 0xfff0000000000000, rup /* -inf rup = -9223372036854775808 NV */
    TEST_FP_TO_INT        112, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x43e0000000000000, rtz /* 2^63: the first value above the range */
    TEST_FP_TO_INT        113, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x43e0000000000000, rdn /* 2^63 rdn: still above the range */
    TEST_FP_TO_INT        114, fcvt.l.d, 0x8000000000000000, NV, d, 0xc3f0000000000000, rtz /* below the range */
    TEST_FP_TO_INT        115, fcvt.l.d, 0x7fffffffffffffff, NV, d, 0x7fefffffffffffff, rmm /* max rmm = 9223372036854775807 NV */
    TEST_FP_TO_INT        116, fcvt.l.d, 0x8000000000000000, NV, d, 0xffefffffffffffff, rne /* -max rne = -9223372036854775808 NV */
    TEST_FP_TO_INT        117, fcvt.l.d, 0x8000000000000000, 0, d, 0xc3e0000000000000, rdn /* -2^63 is the smallest value, exact */

/* ---- FCVT.LU.D ------------------------------------------------------------------------------- */
    TEST_FP_TO_INT        118, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x7ff8000000000000, rtz /* qNaN rtz = 18446744073709551615 NV */
    TEST_FP_TO_INT        119, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0xfff8000000000055, rne /* -qNaN(payload 0x55) rne = 18446744073709551615 NV */
    TEST_FP_TO_INT        120, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x7ff0000000000001, rdn /* sNaN(payload 0x1) rdn = 18446744073709551615 NV */
    TEST_FP_TO_INT        121, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0xfff0000000000001, rup /* -sNaN(payload 0x1) rup = 18446744073709551615 NV */
    TEST_FP_TO_INT        122, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x7ff0000000000000, rtz /* +inf rtz = 18446744073709551615 NV */
    TEST_FP_TO_INT        123, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x7ff0000000000000, rdn /* +inf rdn = 18446744073709551615 NV */
    TEST_FP_TO_INT        124, fcvt.lu.d, 0x0, NV, d, 0xfff0000000000000, rtz    /* -inf rtz = 0 NV */
    TEST_FP_TO_INT        125, fcvt.lu.d, 0x0, NV, d, 0xfff0000000000000, rup    /* -inf rup = 0 NV */
    TEST_FP_TO_INT        126, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x43f0000000000000, rtz /* 2^64: the first value above the range */
    TEST_FP_TO_INT        127, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x43f0000000000000, rdn /* 2^64 rdn: still above the range */
    TEST_FP_TO_INT        128, fcvt.lu.d, 0x0, NV, d, 0xbff0000000000000, rtz    /* below the range */
    TEST_FP_TO_INT        129, fcvt.lu.d, 0xffffffffffffffff, NV, d, 0x7fefffffffffffff, rmm /* max rmm = 18446744073709551615 NV */
    TEST_FP_TO_INT        130, fcvt.lu.d, 0x0, NV, d, 0xffefffffffffffff, rne    /* -max rne = 0 NV */
    TEST_FP_TO_INT        131, fcvt.lu.d, 0x0, NV, d, 0xbfe0000000000000, rdn    /* -0.5 rdn = -1: out of range for unsigned, NV, 0 */
    TEST_FP_TO_INT        132, fcvt.lu.d, 0x0, NX, d, 0xbfe0000000000000, rup    /* -0.5 rup = -0: in range, 0 with NX only */
    TEST_FP_TO_INT        133, fcvt.lu.d, 0x0, NV, d, 0xbfe0000000000000, rmm    /* -0.5 rmm = -1: NV, 0 */
    TEST_FP_TO_INT        134, fcvt.lu.d, 0x0, NX, d, 0xbfe0000000000000, rne    /* -0.5 rne = -0 (tie to even): 0 with NX only */

    TEST_END
