/* SPDX-License-Identifier: MIT */
/* RV64M, division. rv64m_mul.S: MUL, MULH, MULHSU, MULHU, MULW; rv64m_div.S: DIV, DIVU, REM,
 * REMU, DIVW, DIVUW, REMW, REMUW.
 * High products of every sign combination (MULHSU: rs1 signed, rs2 unsigned); division rounds
 * toward zero and the remainder takes the dividend's sign; division by zero gives -1 (all ones)
 * for DIV/DIVU/DIVW/DIVUW and the dividend for REM/REMU/REMW/REMUW; overflow (INT64_MIN / -1,
 * INT32_MIN / -1 for the W forms) gives the dividend and remainder 0; W forms read only the low
 * 32 bits of their operands and sign-extend the 32-bit result (also for DIVUW/REMUW);
 * rd = rs1, rd = rs2, x0 as a source and as the destination.
 * Expected values: the RISC-V Unprivileged ISA, chapter "M" (including its table of division
 * by zero and overflow). */

#include "isa.h"

    TEST_BEGIN

/* ---- DIV ------------------------------------------------------------------------------------- */
    TEST_RR               1, div, 0x3, 20, 6
    TEST_RR               2, div, 0xfffffffffffffffd, -20, 6
    TEST_RR               3, div, 0xfffffffffffffffd, 20, -6
    TEST_RR               4, div, 0x3, -20, -6
    TEST_RR               5, div, 0x1, 7, 7
    TEST_RR               6, div, 0x0, 3, 5
    TEST_RR               7, div, 0x0, -3, 5
    TEST_RR               8, div, 0x8000000000000000, 0x8000000000000000, 1
    TEST_RR               9, div, 0x8000000000000000, 0x8000000000000000, -1
    TEST_RR               10, div, 0xc000000000000000, 0x8000000000000000, 2
    TEST_RR               11, div, 0x8000000000000001, 0x7fffffffffffffff, -1
    TEST_RR               12, div, 0xffffffffffffffff, -1, 1
    TEST_RR               13, div, 0x0, 0, 5
    TEST_RR               14, div, 0xffffffffffffffff, 20, 0
    TEST_RR               15, div, 0xffffffffffffffff, -20, 0
    TEST_RR               16, div, 0xffffffffffffffff, 0, 0
    TEST_RR               17, div, 0xffffffffffffffff, 0x8000000000000000, 0
    TEST_RR               18, div, 0xffffffffffffffff, -1, 0
    TEST_RR               19, div, 0x123456789abcd, 0x123456789abcdef0, 0x1000
    TEST_RR               20, div, 0x1, -1, -1
    TEST_RR               21, div, 0x0, -1, 0x8000000000000000
    TEST_RR               22, div, 0x0, 1, 0x8000000000000000
    TEST_RR_SRC1_EQ_DEST  23, div, 0xfffffffffffffffd, -20, 6
    TEST_RR_SRC2_EQ_DEST  24, div, 0xfffffffffffffffd, -20, 6
    TEST_RR_SRC12_EQ_DEST 25, div, 0x1, -13
    TEST_RR_ZERO_SRC1     26, div, 0x0, 9
    TEST_RR_ZERO_SRC2     27, div, 0xffffffffffffffff, -9                        /* x0 as the divisor */
    TEST_RR_ZERO_DEST     28, div, -20, 6

/* ---- DIVU ------------------------------------------------------------------------------------ */
    TEST_RR               29, divu, 0x3, 20, 6
    TEST_RR               30, divu, 0x2aaaaaaaaaaaaaa7, -20, 6
    TEST_RR               31, divu, 0x0, 20, -6
    TEST_RR               32, divu, 0x0, -20, -6
    TEST_RR               33, divu, 0x1, 7, 7
    TEST_RR               34, divu, 0x0, 3, 5
    TEST_RR               35, divu, 0x3333333333333332, -3, 5
    TEST_RR               36, divu, 0x8000000000000000, 0x8000000000000000, 1
    TEST_RR               37, divu, 0x0, 0x8000000000000000, -1
    TEST_RR               38, divu, 0x4000000000000000, 0x8000000000000000, 2
    TEST_RR               39, divu, 0x0, 0x7fffffffffffffff, -1
    TEST_RR               40, divu, 0xffffffffffffffff, -1, 1
    TEST_RR               41, divu, 0x0, 0, 5
    TEST_RR               42, divu, 0xffffffffffffffff, 20, 0
    TEST_RR               43, divu, 0xffffffffffffffff, -20, 0
    TEST_RR               44, divu, 0xffffffffffffffff, 0, 0
    TEST_RR               45, divu, 0xffffffffffffffff, 0x8000000000000000, 0
    TEST_RR               46, divu, 0xffffffffffffffff, -1, 0
    TEST_RR               47, divu, 0x123456789abcd, 0x123456789abcdef0, 0x1000
    TEST_RR               48, divu, 0x1, -1, -1
    TEST_RR               49, divu, 0x1, -1, 0x8000000000000000
    TEST_RR               50, divu, 0x0, 1, 0x8000000000000000
    TEST_RR_SRC1_EQ_DEST  51, divu, 0x2aaaaaaaaaaaaaa7, -20, 6
    TEST_RR_SRC2_EQ_DEST  52, divu, 0x2aaaaaaaaaaaaaa7, -20, 6
    TEST_RR_SRC12_EQ_DEST 53, divu, 0x1, -13
    TEST_RR_ZERO_SRC1     54, divu, 0x0, 9
    TEST_RR_ZERO_SRC2     55, divu, 0xffffffffffffffff, -9                       /* x0 as the divisor */
    TEST_RR_ZERO_DEST     56, divu, -20, 6

/* ---- REM ------------------------------------------------------------------------------------- */
    TEST_RR               57, rem, 0x2, 20, 6
    TEST_RR               58, rem, 0xfffffffffffffffe, -20, 6
    TEST_RR               59, rem, 0x2, 20, -6
    TEST_RR               60, rem, 0xfffffffffffffffe, -20, -6
    TEST_RR               61, rem, 0x0, 7, 7
    TEST_RR               62, rem, 0x3, 3, 5
    TEST_RR               63, rem, 0xfffffffffffffffd, -3, 5
    TEST_RR               64, rem, 0x0, 0x8000000000000000, 1
    TEST_RR               65, rem, 0x0, 0x8000000000000000, -1
    TEST_RR               66, rem, 0x0, 0x8000000000000000, 2
    TEST_RR               67, rem, 0x0, 0x7fffffffffffffff, -1
    TEST_RR               68, rem, 0x0, -1, 1
    TEST_RR               69, rem, 0x0, 0, 5
    TEST_RR               70, rem, 0x14, 20, 0
    TEST_RR               71, rem, 0xffffffffffffffec, -20, 0
    TEST_RR               72, rem, 0x0, 0, 0
    TEST_RR               73, rem, 0x8000000000000000, 0x8000000000000000, 0
    TEST_RR               74, rem, 0xffffffffffffffff, -1, 0
    TEST_RR               75, rem, 0xef0, 0x123456789abcdef0, 0x1000
    TEST_RR               76, rem, 0x0, -1, -1
    TEST_RR               77, rem, 0xffffffffffffffff, -1, 0x8000000000000000
    TEST_RR               78, rem, 0x1, 1, 0x8000000000000000
    TEST_RR_SRC1_EQ_DEST  79, rem, 0xfffffffffffffffe, -20, 6
    TEST_RR_SRC2_EQ_DEST  80, rem, 0xfffffffffffffffe, -20, 6
    TEST_RR_SRC12_EQ_DEST 81, rem, 0x0, -13
    TEST_RR_ZERO_SRC1     82, rem, 0x0, 9
    TEST_RR_ZERO_SRC2     83, rem, 0xfffffffffffffff7, -9                        /* x0 as the divisor */
    TEST_RR_ZERO_DEST     84, rem, -20, 6

/* ---- REMU ------------------------------------------------------------------------------------ */
    TEST_RR               85, remu, 0x2, 20, 6
    TEST_RR               86, remu, 0x2, -20, 6
    TEST_RR               87, remu, 0x14, 20, -6
    TEST_RR               88, remu, 0xffffffffffffffec, -20, -6
    TEST_RR               89, remu, 0x0, 7, 7
    TEST_RR               90, remu, 0x3, 3, 5
    TEST_RR               91, remu, 0x3, -3, 5
    TEST_RR               92, remu, 0x0, 0x8000000000000000, 1
    TEST_RR               93, remu, 0x8000000000000000, 0x8000000000000000, -1
    TEST_RR               94, remu, 0x0, 0x8000000000000000, 2
    TEST_RR               95, remu, 0x7fffffffffffffff, 0x7fffffffffffffff, -1
    TEST_RR               96, remu, 0x0, -1, 1
    TEST_RR               97, remu, 0x0, 0, 5
    TEST_RR               98, remu, 0x14, 20, 0
    TEST_RR               99, remu, 0xffffffffffffffec, -20, 0
    TEST_RR               100, remu, 0x0, 0, 0
    TEST_RR               101, remu, 0x8000000000000000, 0x8000000000000000, 0
    TEST_RR               102, remu, 0xffffffffffffffff, -1, 0
    TEST_RR               103, remu, 0xef0, 0x123456789abcdef0, 0x1000
    TEST_RR               104, remu, 0x0, -1, -1
    TEST_RR               105, remu, 0x7fffffffffffffff, -1, 0x8000000000000000
    TEST_RR               106, remu, 0x1, 1, 0x8000000000000000
    TEST_RR_SRC1_EQ_DEST  107, remu, 0x2, -20, 6
    TEST_RR_SRC2_EQ_DEST  108, remu, 0x2, -20, 6
    TEST_RR_SRC12_EQ_DEST 109, remu, 0x0, -13
    TEST_RR_ZERO_SRC1     110, remu, 0x0, 9
    TEST_RR_ZERO_SRC2     111, remu, 0xfffffffffffffff7, -9                      /* x0 as the divisor */
    TEST_RR_ZERO_DEST     112, remu, -20, 6

/* ---- DIVW ------------------------------------------------------------------------------------ */
    TEST_RR               113, divw, 0x3, 20, 6
    TEST_RR               114, divw, 0xfffffffffffffffd, -20, 6
    TEST_RR               115, divw, 0xfffffffffffffffd, 20, -6
    TEST_RR               116, divw, 0x3, -20, -6
    TEST_RR               117, divw, 0xffffffff80000000, 0x80000000, -1
    TEST_RR               118, divw, 0xffffffff80000000, 0x80000000, 1
    TEST_RR               119, divw, 0xffffffff80000000, 0x80000000, -1
    TEST_RR               120, divw, 0xffffffff80000001, 0x7fffffff, -1
    TEST_RR               121, divw, 0xffffffffffffffff, 20, 0
    TEST_RR               122, divw, 0xffffffffffffffff, -20, 0
    TEST_RR               123, divw, 0xffffffffffffffff, 0x80000000, 0
    TEST_RR               124, divw, 0x3, 0x1234567800000014, 0x500000006
    TEST_RR               125, divw, 0xfffffffffffffffd, 0xffffffff00000014, -6
    TEST_RR               126, divw, 0xffffffffffffffff, 0xfffffffe, 2
    TEST_RR               127, divw, 0xffffffffffffffff, 0xffffffff, 0x100000000
    TEST_RR               128, divw, 0xffffffffffffffff, 0xffffffff, 1
    TEST_RR               129, divw, 0x0, 0x7fffffff00000000, 1
    TEST_RR_SRC1_EQ_DEST  130, divw, 0xfffffffffffffffd, -20, 6
    TEST_RR_SRC2_EQ_DEST  131, divw, 0xfffffffffffffffd, -20, 6
    TEST_RR_SRC12_EQ_DEST 132, divw, 0x1, -13
    TEST_RR_ZERO_SRC1     133, divw, 0x0, 9
    TEST_RR_ZERO_SRC2     134, divw, 0xffffffffffffffff, -9                      /* x0 as the divisor */
    TEST_RR_ZERO_DEST     135, divw, -20, 6

/* ---- DIVUW ----------------------------------------------------------------------------------- */
    TEST_RR               136, divuw, 0x3, 20, 6
    TEST_RR               137, divuw, 0x2aaaaaa7, -20, 6
    TEST_RR               138, divuw, 0x0, 20, -6
    TEST_RR               139, divuw, 0x0, -20, -6
    TEST_RR               140, divuw, 0x0, 0x80000000, -1
    TEST_RR               141, divuw, 0xffffffff80000000, 0x80000000, 1
    TEST_RR               142, divuw, 0x0, 0x80000000, -1
    TEST_RR               143, divuw, 0x0, 0x7fffffff, -1
    TEST_RR               144, divuw, 0xffffffffffffffff, 20, 0
    TEST_RR               145, divuw, 0xffffffffffffffff, -20, 0
    TEST_RR               146, divuw, 0xffffffffffffffff, 0x80000000, 0
    TEST_RR               147, divuw, 0x3, 0x1234567800000014, 0x500000006
    TEST_RR               148, divuw, 0x0, 0xffffffff00000014, -6
    TEST_RR               149, divuw, 0x7fffffff, 0xfffffffe, 2
    TEST_RR               150, divuw, 0xffffffffffffffff, 0xffffffff, 0x100000000
    TEST_RR               151, divuw, 0xffffffffffffffff, 0xffffffff, 1
    TEST_RR               152, divuw, 0x0, 0x7fffffff00000000, 1
    TEST_RR_SRC1_EQ_DEST  153, divuw, 0x2aaaaaa7, -20, 6
    TEST_RR_SRC2_EQ_DEST  154, divuw, 0x2aaaaaa7, -20, 6
    TEST_RR_SRC12_EQ_DEST 155, divuw, 0x1, -13
    TEST_RR_ZERO_SRC1     156, divuw, 0x0, 9
    TEST_RR_ZERO_SRC2     157, divuw, 0xffffffffffffffff, -9                     /* x0 as the divisor */
    TEST_RR_ZERO_DEST     158, divuw, -20, 6

/* ---- REMW ------------------------------------------------------------------------------------ */
    TEST_RR               159, remw, 0x2, 20, 6
    TEST_RR               160, remw, 0xfffffffffffffffe, -20, 6
    TEST_RR               161, remw, 0x2, 20, -6
    TEST_RR               162, remw, 0xfffffffffffffffe, -20, -6
    TEST_RR               163, remw, 0x0, 0x80000000, -1
    TEST_RR               164, remw, 0x0, 0x80000000, 1
    TEST_RR               165, remw, 0x0, 0x80000000, -1
    TEST_RR               166, remw, 0x0, 0x7fffffff, -1
    TEST_RR               167, remw, 0x14, 20, 0
    TEST_RR               168, remw, 0xffffffffffffffec, -20, 0
    TEST_RR               169, remw, 0xffffffff80000000, 0x80000000, 0
    TEST_RR               170, remw, 0x2, 0x1234567800000014, 0x500000006
    TEST_RR               171, remw, 0x2, 0xffffffff00000014, -6
    TEST_RR               172, remw, 0x0, 0xfffffffe, 2
    TEST_RR               173, remw, 0xffffffffffffffff, 0xffffffff, 0x100000000
    TEST_RR               174, remw, 0x0, 0xffffffff, 1
    TEST_RR               175, remw, 0x0, 0x7fffffff00000000, 1
    TEST_RR_SRC1_EQ_DEST  176, remw, 0xfffffffffffffffe, -20, 6
    TEST_RR_SRC2_EQ_DEST  177, remw, 0xfffffffffffffffe, -20, 6
    TEST_RR_SRC12_EQ_DEST 178, remw, 0x0, -13
    TEST_RR_ZERO_SRC1     179, remw, 0x0, 9
    TEST_RR_ZERO_SRC2     180, remw, 0xfffffffffffffff7, -9                      /* x0 as the divisor */
    TEST_RR_ZERO_DEST     181, remw, -20, 6

/* ---- REMUW ----------------------------------------------------------------------------------- */
    TEST_RR               182, remuw, 0x2, 20, 6
    TEST_RR               183, remuw, 0x2, -20, 6
    TEST_RR               184, remuw, 0x14, 20, -6
    TEST_RR               185, remuw, 0xffffffffffffffec, -20, -6
    TEST_RR               186, remuw, 0xffffffff80000000, 0x80000000, -1
    TEST_RR               187, remuw, 0x0, 0x80000000, 1
    TEST_RR               188, remuw, 0xffffffff80000000, 0x80000000, -1
    TEST_RR               189, remuw, 0x7fffffff, 0x7fffffff, -1
    TEST_RR               190, remuw, 0x14, 20, 0
    TEST_RR               191, remuw, 0xffffffffffffffec, -20, 0
    TEST_RR               192, remuw, 0xffffffff80000000, 0x80000000, 0
    TEST_RR               193, remuw, 0x2, 0x1234567800000014, 0x500000006
    TEST_RR               194, remuw, 0x14, 0xffffffff00000014, -6
    TEST_RR               195, remuw, 0x0, 0xfffffffe, 2
    TEST_RR               196, remuw, 0xffffffffffffffff, 0xffffffff, 0x100000000
    TEST_RR               197, remuw, 0x0, 0xffffffff, 1
    TEST_RR               198, remuw, 0x0, 0x7fffffff00000000, 1
    TEST_RR_SRC1_EQ_DEST  199, remuw, 0x2, -20, 6
    TEST_RR_SRC2_EQ_DEST  200, remuw, 0x2, -20, 6
    TEST_RR_SRC12_EQ_DEST 201, remuw, 0x0, -13
    TEST_RR_ZERO_SRC1     202, remuw, 0x0, 9
    TEST_RR_ZERO_SRC2     203, remuw, 0xfffffffffffffff7, -9                     /* x0 as the divisor */
    TEST_RR_ZERO_DEST     204, remuw, -20, 6

    TEST_END
