/* SPDX-License-Identifier: MIT */
/* RV64M, multiplication. rv64m_mul.S: MUL, MULH, MULHSU, MULHU, MULW; rv64m_div.S: DIV, DIVU, REM,
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

/* ---- MUL ------------------------------------------------------------------------------------- */
    TEST_RR               1, mul, 0x0, 0, 0
    TEST_RR               2, mul, 0x2a, 7, 6
    TEST_RR               3, mul, 0xffffffffffffffd6, -7, 6
    TEST_RR               4, mul, 0x2a, -7, -6
    TEST_RR               5, mul, 0x1, -1, -1
    TEST_RR               6, mul, 0x0, 0x8000000000000000, 0x8000000000000000
    TEST_RR               7, mul, 0x8000000000000000, 0x8000000000000000, -1
    TEST_RR               8, mul, 0x1, 0x7fffffffffffffff, 0x7fffffffffffffff
    TEST_RR               9, mul, 0x8000000000000001, 0x7fffffffffffffff, -1
    TEST_RR               10, mul, 0xfffffffffffffffe, -1, 2
    TEST_RR               11, mul, 0x236d88fe5618cf00, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR               12, mul, 0xfffffffe00000001, 0xffffffff, 0xffffffff
    TEST_RR               13, mul, 0x0, 0x100000000, 0x100000000
    TEST_RR_SRC1_EQ_DEST  14, mul, 0x236d88fe5618cf00, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR_SRC2_EQ_DEST  15, mul, 0x236d88fe5618cf00, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR_SRC12_EQ_DEST 16, mul, 0xa9, -13
    TEST_RR_ZERO_SRC1     17, mul, 0x0, 9
    TEST_RR_ZERO_SRC2     18, mul, 0x0, -9
    TEST_RR_ZERO_DEST     19, mul, -20, 6

/* ---- MULH ------------------------------------------------------------------------------------ */
    TEST_RR               20, mulh, 0x0, 0, 0
    TEST_RR               21, mulh, 0x0, 7, 6
    TEST_RR               22, mulh, 0xffffffffffffffff, -7, 6
    TEST_RR               23, mulh, 0x0, -7, -6
    TEST_RR               24, mulh, 0x0, -1, -1
    TEST_RR               25, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000
    TEST_RR               26, mulh, 0x0, 0x8000000000000000, -1
    TEST_RR               27, mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff
    TEST_RR               28, mulh, 0xffffffffffffffff, 0x7fffffffffffffff, -1
    TEST_RR               29, mulh, 0xffffffffffffffff, -1, 2
    TEST_RR               30, mulh, 0xffeb49923cc09532, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR               31, mulh, 0x0, 0xffffffff, 0xffffffff
    TEST_RR               32, mulh, 0x1, 0x100000000, 0x100000000
    TEST_RR_SRC1_EQ_DEST  33, mulh, 0xffeb49923cc09532, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR_SRC2_EQ_DEST  34, mulh, 0xffeb49923cc09532, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR_SRC12_EQ_DEST 35, mulh, 0x0, -13
    TEST_RR_ZERO_SRC1     36, mulh, 0x0, 9
    TEST_RR_ZERO_SRC2     37, mulh, 0x0, -9
    TEST_RR_ZERO_DEST     38, mulh, -20, 6

/* ---- MULHSU ---------------------------------------------------------------------------------- */
    TEST_RR               39, mulhsu, 0x0, 0, 0
    TEST_RR               40, mulhsu, 0x0, 7, 6
    TEST_RR               41, mulhsu, 0xffffffffffffffff, -7, 6
    TEST_RR               42, mulhsu, 0xfffffffffffffff9, -7, -6
    TEST_RR               43, mulhsu, 0xffffffffffffffff, -1, -1
    TEST_RR               44, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000
    TEST_RR               45, mulhsu, 0x8000000000000000, 0x8000000000000000, -1
    TEST_RR               46, mulhsu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff
    TEST_RR               47, mulhsu, 0x7ffffffffffffffe, 0x7fffffffffffffff, -1
    TEST_RR               48, mulhsu, 0xffffffffffffffff, -1, 2
    TEST_RR               49, mulhsu, 0x121fa00ad77d7422, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR               50, mulhsu, 0x0, 0xffffffff, 0xffffffff
    TEST_RR               51, mulhsu, 0x1, 0x100000000, 0x100000000
    TEST_RR_SRC1_EQ_DEST  52, mulhsu, 0x121fa00ad77d7422, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR_SRC2_EQ_DEST  53, mulhsu, 0x121fa00ad77d7422, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR_SRC12_EQ_DEST 54, mulhsu, 0xfffffffffffffff3, -13
    TEST_RR_ZERO_SRC1     55, mulhsu, 0x0, 9
    TEST_RR_ZERO_SRC2     56, mulhsu, 0x0, -9
    TEST_RR_ZERO_DEST     57, mulhsu, -20, 6

/* ---- MULHU ----------------------------------------------------------------------------------- */
    TEST_RR               58, mulhu, 0x0, 0, 0
    TEST_RR               59, mulhu, 0x0, 7, 6
    TEST_RR               60, mulhu, 0x5, -7, 6
    TEST_RR               61, mulhu, 0xfffffffffffffff3, -7, -6
    TEST_RR               62, mulhu, 0xfffffffffffffffe, -1, -1
    TEST_RR               63, mulhu, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000
    TEST_RR               64, mulhu, 0x7fffffffffffffff, 0x8000000000000000, -1
    TEST_RR               65, mulhu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff
    TEST_RR               66, mulhu, 0x7ffffffffffffffe, 0x7fffffffffffffff, -1
    TEST_RR               67, mulhu, 0x1, -1, 2
    TEST_RR               68, mulhu, 0x121fa00ad77d7422, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR               69, mulhu, 0x0, 0xffffffff, 0xffffffff
    TEST_RR               70, mulhu, 0x1, 0x100000000, 0x100000000
    TEST_RR_SRC1_EQ_DEST  71, mulhu, 0x121fa00ad77d7422, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR_SRC2_EQ_DEST  72, mulhu, 0x121fa00ad77d7422, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR_SRC12_EQ_DEST 73, mulhu, 0xffffffffffffffe6, -13
    TEST_RR_ZERO_SRC1     74, mulhu, 0x0, 9
    TEST_RR_ZERO_SRC2     75, mulhu, 0x0, -9
    TEST_RR_ZERO_DEST     76, mulhu, -20, 6

/* ---- MULW ------------------------------------------------------------------------------------ */
    TEST_RR               77, mulw, 0x0, 0, 0
    TEST_RR               78, mulw, 0x2a, 7, 6
    TEST_RR               79, mulw, 0xffffffffffffffd6, -7, 6
    TEST_RR               80, mulw, 0xfffffffffffffffe, 0x7fffffff, 2
    TEST_RR               81, mulw, 0xffffffff80000000, 0x80000000, 1
    TEST_RR               82, mulw, 0x0, 0x10000, 0x10000
    TEST_RR               83, mulw, 0xf, 0x1234567800000003, 0x8765432100000005
    TEST_RR               84, mulw, 0x1, 0xffffffff, 0xffffffff
    TEST_RR               85, mulw, 0xffffffff80000000, 0x80000000, -1
    TEST_RR_SRC1_EQ_DEST  86, mulw, 0x5618cf00, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR_SRC2_EQ_DEST  87, mulw, 0x5618cf00, 0x123456789abcdef0, 0xfedcba9876543210
    TEST_RR_SRC12_EQ_DEST 88, mulw, 0xa9, -13
    TEST_RR_ZERO_SRC1     89, mulw, 0x0, 9
    TEST_RR_ZERO_SRC2     90, mulw, 0x0, -9
    TEST_RR_ZERO_DEST     91, mulw, -20, 6

    TEST_END
