/* SPDX-License-Identifier: MIT */
/* Zba (address generation), RV64: ADD.UW, SH1ADD, SH2ADD, SH3ADD, SH1ADD.UW, SH2ADD.UW,
 * SH3ADD.UW, SLLI.UW (and zext.w, which is add.uw rd, rs, x0).
 * The .UW forms zero-extend the low 32 bits of rs1 before shifting and adding (the upper bits of
 * rs1 are ignored, bit 31 is not a sign); sums wrap at 64 bits; SLLI.UW shifts by 0 to 63 (so
 * bits of the zero-extended word can leave the register); rd = rs1, rd = rs2, x0 operands.
 * Expected values: the RISC-V Bit-Manipulation ISA-extensions (Zba), version 1.0. */

#include "isa.h"

    TEST_BEGIN

/* ---- ADD.UW ---------------------------------------------------------------------------------- */
    TEST_RR               1, add.uw, 0x0, 0, 0
    TEST_RR               2, add.uw, 0x3, 1, 2
    TEST_RR               3, add.uw, 0xffffffff, -1, 0
    TEST_RR               4, add.uw, 0x100000000, -1, 1
    TEST_RR               5, add.uw, 0x80000000, 0x80000000, 0
    TEST_RR               6, add.uw, 0x80001000, 0xffffffff80000000, 0x1000
    TEST_RR               7, add.uw, 0xfedcba98ffffffff, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR               8, add.uw, 0x8000000000000001, 0x8000000000000001, 0x8000000000000000
    TEST_RR               9, add.uw, 0x7ffffffe, 0x7fffffff, -1
    TEST_RR               10, add.uw, 0x100000003, -2, 5
    TEST_RR_SRC1_EQ_DEST  11, add.uw, 0x87654331, 0xdeadbeef87654321, 16
    TEST_RR_SRC2_EQ_DEST  12, add.uw, 0x87654331, 0xdeadbeef87654321, 16
    TEST_RR_SRC12_EQ_DEST 13, add.uw, 0xdeadbef00eca8642, 0xdeadbeef87654321
    TEST_RR_ZERO_SRC1     14, add.uw, 0x10, 16
    TEST_RR_ZERO_SRC2     15, add.uw, 0x87654321, 0xdeadbeef87654321
    TEST_RR_ZERO_DEST     16, add.uw, 0xdeadbeef87654321, 16

/* ---- SH1ADD ---------------------------------------------------------------------------------- */
    TEST_RR               17, sh1add, 0x0, 0, 0
    TEST_RR               18, sh1add, 0x4, 1, 2
    TEST_RR               19, sh1add, 0xfffffffffffffffe, -1, 0
    TEST_RR               20, sh1add, 0xffffffffffffffff, -1, 1
    TEST_RR               21, sh1add, 0x100000000, 0x80000000, 0
    TEST_RR               22, sh1add, 0xffffffff00001000, 0xffffffff80000000, 0x1000
    TEST_RR               23, sh1add, 0x123456789abcdee, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR               24, sh1add, 0x8000000000000002, 0x8000000000000001, 0x8000000000000000
    TEST_RR               25, sh1add, 0xfffffffd, 0x7fffffff, -1
    TEST_RR               26, sh1add, 0x1, -2, 5
    TEST_RR_SRC1_EQ_DEST  27, sh1add, 0xbd5b7ddf0eca8652, 0xdeadbeef87654321, 16
    TEST_RR_SRC2_EQ_DEST  28, sh1add, 0xbd5b7ddf0eca8652, 0xdeadbeef87654321, 16
    TEST_RR_SRC12_EQ_DEST 29, sh1add, 0x9c093cce962fc963, 0xdeadbeef87654321
    TEST_RR_ZERO_SRC1     30, sh1add, 0x10, 16
    TEST_RR_ZERO_SRC2     31, sh1add, 0xbd5b7ddf0eca8642, 0xdeadbeef87654321
    TEST_RR_ZERO_DEST     32, sh1add, 0xdeadbeef87654321, 16

/* ---- SH2ADD ---------------------------------------------------------------------------------- */
    TEST_RR               33, sh2add, 0x0, 0, 0
    TEST_RR               34, sh2add, 0x6, 1, 2
    TEST_RR               35, sh2add, 0xfffffffffffffffc, -1, 0
    TEST_RR               36, sh2add, 0xfffffffffffffffd, -1, 1
    TEST_RR               37, sh2add, 0x200000000, 0x80000000, 0
    TEST_RR               38, sh2add, 0xfffffffe00001000, 0xffffffff80000000, 0x1000
    TEST_RR               39, sh2add, 0x369d0369d0369cc, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR               40, sh2add, 0x8000000000000004, 0x8000000000000001, 0x8000000000000000
    TEST_RR               41, sh2add, 0x1fffffffb, 0x7fffffff, -1
    TEST_RR               42, sh2add, 0xfffffffffffffffd, -2, 5
    TEST_RR_SRC1_EQ_DEST  43, sh2add, 0x7ab6fbbe1d950c94, 0xdeadbeef87654321, 16
    TEST_RR_SRC2_EQ_DEST  44, sh2add, 0x7ab6fbbe1d950c94, 0xdeadbeef87654321, 16
    TEST_RR_SRC12_EQ_DEST 45, sh2add, 0x5964baada4fa4fa5, 0xdeadbeef87654321
    TEST_RR_ZERO_SRC1     46, sh2add, 0x10, 16
    TEST_RR_ZERO_SRC2     47, sh2add, 0x7ab6fbbe1d950c84, 0xdeadbeef87654321
    TEST_RR_ZERO_DEST     48, sh2add, 0xdeadbeef87654321, 16

/* ---- SH3ADD ---------------------------------------------------------------------------------- */
    TEST_RR               49, sh3add, 0x0, 0, 0
    TEST_RR               50, sh3add, 0xa, 1, 2
    TEST_RR               51, sh3add, 0xfffffffffffffff8, -1, 0
    TEST_RR               52, sh3add, 0xfffffffffffffff9, -1, 1
    TEST_RR               53, sh3add, 0x400000000, 0x80000000, 0
    TEST_RR               54, sh3add, 0xfffffffc00001000, 0xffffffff80000000, 0x1000
    TEST_RR               55, sh3add, 0x7f6e5d4c3b2a188, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR               56, sh3add, 0x8000000000000008, 0x8000000000000001, 0x8000000000000000
    TEST_RR               57, sh3add, 0x3fffffff7, 0x7fffffff, -1
    TEST_RR               58, sh3add, 0xfffffffffffffff5, -2, 5
    TEST_RR_SRC1_EQ_DEST  59, sh3add, 0xf56df77c3b2a1918, 0xdeadbeef87654321, 16
    TEST_RR_SRC2_EQ_DEST  60, sh3add, 0xf56df77c3b2a1918, 0xdeadbeef87654321, 16
    TEST_RR_SRC12_EQ_DEST 61, sh3add, 0xd41bb66bc28f5c29, 0xdeadbeef87654321
    TEST_RR_ZERO_SRC1     62, sh3add, 0x10, 16
    TEST_RR_ZERO_SRC2     63, sh3add, 0xf56df77c3b2a1908, 0xdeadbeef87654321
    TEST_RR_ZERO_DEST     64, sh3add, 0xdeadbeef87654321, 16

/* ---- SH1ADD.UW ------------------------------------------------------------------------------- */
    TEST_RR               65, sh1add.uw, 0x0, 0, 0
    TEST_RR               66, sh1add.uw, 0x4, 1, 2
    TEST_RR               67, sh1add.uw, 0x1fffffffe, -1, 0
    TEST_RR               68, sh1add.uw, 0x1ffffffff, -1, 1
    TEST_RR               69, sh1add.uw, 0x100000000, 0x80000000, 0
    TEST_RR               70, sh1add.uw, 0x100001000, 0xffffffff80000000, 0x1000
    TEST_RR               71, sh1add.uw, 0xfedcba9989abcdee, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR               72, sh1add.uw, 0x8000000000000002, 0x8000000000000001, 0x8000000000000000
    TEST_RR               73, sh1add.uw, 0xfffffffd, 0x7fffffff, -1
    TEST_RR               74, sh1add.uw, 0x200000001, -2, 5
    TEST_RR_SRC1_EQ_DEST  75, sh1add.uw, 0x10eca8652, 0xdeadbeef87654321, 16
    TEST_RR_SRC2_EQ_DEST  76, sh1add.uw, 0x10eca8652, 0xdeadbeef87654321, 16
    TEST_RR_SRC12_EQ_DEST 77, sh1add.uw, 0xdeadbef0962fc963, 0xdeadbeef87654321
    TEST_RR_ZERO_SRC1     78, sh1add.uw, 0x10, 16
    TEST_RR_ZERO_SRC2     79, sh1add.uw, 0x10eca8642, 0xdeadbeef87654321
    TEST_RR_ZERO_DEST     80, sh1add.uw, 0xdeadbeef87654321, 16

/* ---- SH2ADD.UW ------------------------------------------------------------------------------- */
    TEST_RR               81, sh2add.uw, 0x0, 0, 0
    TEST_RR               82, sh2add.uw, 0x6, 1, 2
    TEST_RR               83, sh2add.uw, 0x3fffffffc, -1, 0
    TEST_RR               84, sh2add.uw, 0x3fffffffd, -1, 1
    TEST_RR               85, sh2add.uw, 0x200000000, 0x80000000, 0
    TEST_RR               86, sh2add.uw, 0x200001000, 0xffffffff80000000, 0x1000
    TEST_RR               87, sh2add.uw, 0xfedcba9a9d0369cc, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR               88, sh2add.uw, 0x8000000000000004, 0x8000000000000001, 0x8000000000000000
    TEST_RR               89, sh2add.uw, 0x1fffffffb, 0x7fffffff, -1
    TEST_RR               90, sh2add.uw, 0x3fffffffd, -2, 5
    TEST_RR_SRC1_EQ_DEST  91, sh2add.uw, 0x21d950c94, 0xdeadbeef87654321, 16
    TEST_RR_SRC2_EQ_DEST  92, sh2add.uw, 0x21d950c94, 0xdeadbeef87654321, 16
    TEST_RR_SRC12_EQ_DEST 93, sh2add.uw, 0xdeadbef1a4fa4fa5, 0xdeadbeef87654321
    TEST_RR_ZERO_SRC1     94, sh2add.uw, 0x10, 16
    TEST_RR_ZERO_SRC2     95, sh2add.uw, 0x21d950c84, 0xdeadbeef87654321
    TEST_RR_ZERO_DEST     96, sh2add.uw, 0xdeadbeef87654321, 16

/* ---- SH3ADD.UW ------------------------------------------------------------------------------- */
    TEST_RR               97, sh3add.uw, 0x0, 0, 0
    TEST_RR               98, sh3add.uw, 0xa, 1, 2
    TEST_RR               99, sh3add.uw, 0x7fffffff8, -1, 0
    TEST_RR               100, sh3add.uw, 0x7fffffff9, -1, 1
    TEST_RR               101, sh3add.uw, 0x400000000, 0x80000000, 0
    TEST_RR               102, sh3add.uw, 0x400001000, 0xffffffff80000000, 0x1000
    TEST_RR               103, sh3add.uw, 0xfedcba9cc3b2a188, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR               104, sh3add.uw, 0x8000000000000008, 0x8000000000000001, 0x8000000000000000
    TEST_RR               105, sh3add.uw, 0x3fffffff7, 0x7fffffff, -1
    TEST_RR               106, sh3add.uw, 0x7fffffff5, -2, 5
    TEST_RR_SRC1_EQ_DEST  107, sh3add.uw, 0x43b2a1918, 0xdeadbeef87654321, 16
    TEST_RR_SRC2_EQ_DEST  108, sh3add.uw, 0x43b2a1918, 0xdeadbeef87654321, 16
    TEST_RR_SRC12_EQ_DEST 109, sh3add.uw, 0xdeadbef3c28f5c29, 0xdeadbeef87654321
    TEST_RR_ZERO_SRC1     110, sh3add.uw, 0x10, 16
    TEST_RR_ZERO_SRC2     111, sh3add.uw, 0x43b2a1908, 0xdeadbeef87654321
    TEST_RR_ZERO_DEST     112, sh3add.uw, 0xdeadbeef87654321, 16

/* ---- SLLI.UW --------------------------------------------------------------------------------- */
    TEST_RI               113, slli.uw, 0xffffffff, 0xffffffff, 0
    TEST_RI               114, slli.uw, 0xffffffff, -1, 0
    TEST_RI               115, slli.uw, 0x100000000, 0x80000000, 1
    TEST_RI               116, slli.uw, 0x89abcdef0, 0x123456789abcdef, 4
    TEST_RI               117, slli.uw, 0x3b2a190800000000, 0xfedcba9876543210, 31
    TEST_RI               118, slli.uw, 0x7654321000000000, 0xfedcba9876543210, 32
    TEST_RI               119, slli.uw, 0x8000000000000000, 0xffffffff, 63
    TEST_RI               120, slli.uw, 0x8000000000000000, 0x80000001, 63
    TEST_RI               121, slli.uw, 0x3456780000000000, 0x12345678, 40
    TEST_RI               122, slli.uw, 0x800000000000, 0x8000000080000000, 16
    TEST_RI_SRC1_EQ_DEST  123, slli.uw, 0x3b2a19080, 0xfedcba9876543210, 3
    TEST_RI_ZERO_SRC1     124, slli.uw, 0, 5
    TEST_RI_ZERO_DEST     125, slli.uw, 0xfedcba9876543210, 5

/* ---- zext.w (add.uw rd, rs, x0) -------------------------------------------------------------- */
    TEST_R                126, zext.w, 0x76543210, 0xfedcba9876543210
    TEST_R                127, zext.w, 0x80000000, 0xffffffff80000000
    TEST_R                128, zext.w, 0x7fffffff, 0x7fffffff

    TEST_END
