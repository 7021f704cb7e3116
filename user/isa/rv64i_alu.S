/* SPDX-License-Identifier: MIT */
/* RV64I integer computation: ADD, SUB, AND, OR, XOR, SLT, SLTU, ADDW, SUBW (register-register),
 * ADDI, ANDI, ORI, XORI, SLTI, SLTIU, ADDIW (register-immediate), LUI, AUIPC.
 * Edge values: 0, -1, INT64_MIN/MAX, INT32_MIN/MAX, carries across bit 31 and bit 63; W forms
 * sign-extend bit 31 of the result and ignore the upper halves of their operands; immediates
 * are sign-extended 12-bit values (SLTIU compares against the sign-extended immediate as an
 * unsigned number); rd = rs1, rd = rs2, rd = rs1 = rs2, x0 as a source and as the destination.
 * Expected values: the RISC-V Unprivileged ISA, chapters "RV32I" and "RV64I". */

#include "isa.h"

    TEST_BEGIN

/* ---- ADD ------------------------------------------------------------------------------------- */
    TEST_RR               1, add, 0x0, 0, 0
    TEST_RR               2, add, 0x2, 1, 1
    TEST_RR               3, add, 0xa, 3, 7
    TEST_RR               4, add, 0x0, -1, 1
    TEST_RR               5, add, 0x8000000000000000, 0x7fffffffffffffff, 1
    TEST_RR               6, add, 0x7fffffffffffffff, 0x8000000000000000, -1
    TEST_RR               7, add, 0x80000000, 0x7fffffff, 1
    TEST_RR               8, add, 0x100000000, 0xffffffff, 1
    TEST_RR               9, add, 0x2222222222222211, 0x123456789abcdef0, 0xfedcba987654321
    TEST_RR               10, add, 0xfffffffffffffff4, -5, -7
    TEST_RR_SRC1_EQ_DEST  11, add, 0xfffffffffffffff4, -5, -7
    TEST_RR_SRC2_EQ_DEST  12, add, 0xfffffffffffffff4, -5, -7
    TEST_RR_SRC12_EQ_DEST 13, add, 0x18000000e, 0x80000000c0000007
    TEST_RR_ZERO_SRC1     14, add, 0xfffffffffffffff1, -15
    TEST_RR_ZERO_SRC2     15, add, 0xfffffffffffffff1, -15
    TEST_RR_ZERO_DEST     16, add, 0x12345, -1

/* ---- SUB ------------------------------------------------------------------------------------- */
    TEST_RR               17, sub, 0x0, 0, 0
    TEST_RR               18, sub, 0x0, 1, 1
    TEST_RR               19, sub, 0xfffffffffffffffc, 3, 7
    TEST_RR               20, sub, 0xffffffffffffffff, 0, 1
    TEST_RR               21, sub, 0x7fffffffffffffff, 0x8000000000000000, 1
    TEST_RR               22, sub, 0x8000000000000000, 0x7fffffffffffffff, -1
    TEST_RR               23, sub, 0xffffffff, 0x100000000, 1
    TEST_RR               24, sub, 0x2, -5, -7
    TEST_RR               25, sub, 0x2468acf13579bcf, 0x123456789abcdef0, 0xfedcba987654321
    TEST_RR_SRC1_EQ_DEST  26, sub, 0x2468acf13579bcf, 0x123456789abcdef0, 0xfedcba987654321
    TEST_RR_SRC2_EQ_DEST  27, sub, 0x2468acf13579bcf, 0x123456789abcdef0, 0xfedcba987654321
    TEST_RR_SRC12_EQ_DEST 28, sub, 0x0, 0x80000000c0000007
    TEST_RR_ZERO_SRC1     29, sub, 0xf, -15
    TEST_RR_ZERO_SRC2     30, sub, 0xfffffffffffffff1, -15
    TEST_RR_ZERO_DEST     31, sub, 0x12345, -1

/* ---- AND ------------------------------------------------------------------------------------- */
    TEST_RR               32, and, 0xf000f000f000f00, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0
    TEST_RR               33, and, 0x123456789abcdef0, -1, 0x123456789abcdef0
    TEST_RR               34, and, 0x0, 0, -1
    TEST_RR               35, and, 0x0, 0xf0f0f0f0f0f0f0f0, 0xf0f0f0f0f0f0f0f
    TEST_RR_SRC1_EQ_DEST  36, and, 0x0, 0xf0f0f0f0f0f0f0f0, 0xf0f0f0f0f0f0f0f
    TEST_RR_SRC2_EQ_DEST  37, and, 0x0, 0xf0f0f0f0f0f0f0f0, 0xf0f0f0f0f0f0f0f
    TEST_RR_SRC12_EQ_DEST 38, and, 0x80000000c0000007, 0x80000000c0000007
    TEST_RR_ZERO_SRC1     39, and, 0x0, -15
    TEST_RR_ZERO_SRC2     40, and, 0x0, -15
    TEST_RR_ZERO_DEST     41, and, 0x12345, -1

/* ---- OR -------------------------------------------------------------------------------------- */
    TEST_RR               42, or, 0xfff0fff0fff0fff0, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0
    TEST_RR               43, or, 0x0, 0, 0
    TEST_RR               44, or, 0x8000000000000001, 0, 0x8000000000000001
    TEST_RR               45, or, 0xffffffffffffffff, 0xf0f0f0f0f0f0f0f0, 0xf0f0f0f0f0f0f0f
    TEST_RR_SRC1_EQ_DEST  46, or, 0xffffffffffffffff, 0xf0f0f0f0f0f0f0f0, 0xf0f0f0f0f0f0f0f
    TEST_RR_SRC2_EQ_DEST  47, or, 0xffffffffffffffff, 0xf0f0f0f0f0f0f0f0, 0xf0f0f0f0f0f0f0f
    TEST_RR_SRC12_EQ_DEST 48, or, 0x80000000c0000007, 0x80000000c0000007
    TEST_RR_ZERO_SRC1     49, or, 0xfffffffffffffff1, -15
    TEST_RR_ZERO_SRC2     50, or, 0xfffffffffffffff1, -15
    TEST_RR_ZERO_DEST     51, or, 0x12345, -1

/* ---- XOR ------------------------------------------------------------------------------------- */
    TEST_RR               52, xor, 0xf0f0f0f0f0f0f0f0, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0
    TEST_RR               53, xor, 0xedcba9876543210f, -1, 0x123456789abcdef0
    TEST_RR               54, xor, 0x0, 5, 5
    TEST_RR               55, xor, 0xffffffffffffffff, 0xf0f0f0f0f0f0f0f0, 0xf0f0f0f0f0f0f0f
    TEST_RR_SRC1_EQ_DEST  56, xor, 0xffffffffffffffff, 0xf0f0f0f0f0f0f0f0, 0xf0f0f0f0f0f0f0f
    TEST_RR_SRC2_EQ_DEST  57, xor, 0xffffffffffffffff, 0xf0f0f0f0f0f0f0f0, 0xf0f0f0f0f0f0f0f
    TEST_RR_SRC12_EQ_DEST 58, xor, 0x0, 0x80000000c0000007
    TEST_RR_ZERO_SRC1     59, xor, 0xfffffffffffffff1, -15
    TEST_RR_ZERO_SRC2     60, xor, 0xfffffffffffffff1, -15
    TEST_RR_ZERO_DEST     61, xor, 0x12345, -1

/* ---- SLT ------------------------------------------------------------------------------------- */
    TEST_RR               62, slt, 0x0, 0, 0
    TEST_RR               63, slt, 0x1, 0, 1
    TEST_RR               64, slt, 0x0, 1, 0
    TEST_RR               65, slt, 0x1, -1, 0
    TEST_RR               66, slt, 0x0, 0, -1
    TEST_RR               67, slt, 0x1, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR               68, slt, 0x0, 0x7fffffffffffffff, 0x8000000000000000
    TEST_RR               69, slt, 0x1, -2, -1
    TEST_RR               70, slt, 0x0, -1, -2
    TEST_RR               71, slt, 0x0, 0x80000000, 0x7fffffff
    TEST_RR_SRC1_EQ_DEST  72, slt, 0x1, -1, 0
    TEST_RR_SRC2_EQ_DEST  73, slt, 0x1, -1, 0
    TEST_RR_SRC12_EQ_DEST 74, slt, 0x0, 0x80000000c0000007
    TEST_RR_ZERO_SRC1     75, slt, 0x0, -15
    TEST_RR_ZERO_SRC2     76, slt, 0x1, -15
    TEST_RR_ZERO_DEST     77, slt, 0x12345, -1

/* ---- SLTU ------------------------------------------------------------------------------------ */
    TEST_RR               78, sltu, 0x0, 0, 0
    TEST_RR               79, sltu, 0x1, 0, 1
    TEST_RR               80, sltu, 0x0, 1, 0
    TEST_RR               81, sltu, 0x0, -1, 0
    TEST_RR               82, sltu, 0x1, 0, -1
    TEST_RR               83, sltu, 0x0, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR               84, sltu, 0x1, 0x7fffffffffffffff, 0x8000000000000000
    TEST_RR               85, sltu, 0x1, -2, -1
    TEST_RR               86, sltu, 0x0, -1, -2
    TEST_RR               87, sltu, 0x0, 0x80000000, 0x7fffffff
    TEST_RR_SRC1_EQ_DEST  88, sltu, 0x0, -1, 0
    TEST_RR_SRC2_EQ_DEST  89, sltu, 0x0, -1, 0
    TEST_RR_SRC12_EQ_DEST 90, sltu, 0x0, 0x80000000c0000007
    TEST_RR_ZERO_SRC1     91, sltu, 0x1, -15
    TEST_RR_ZERO_SRC2     92, sltu, 0x0, -15
    TEST_RR_ZERO_DEST     93, sltu, 0x12345, -1

/* ---- ADDW ------------------------------------------------------------------------------------ */
    TEST_RR               94, addw, 0x0, 0, 0
    TEST_RR               95, addw, 0x2, 1, 1
    TEST_RR               96, addw, 0xffffffff80000000, 0x7fffffff, 1
    TEST_RR               97, addw, 0x0, 0xffffffff, 1
    TEST_RR               98, addw, 0x7fffffff, 0x80000000, -1
    TEST_RR               99, addw, 0xffffffff9abcdef1, 0x123456789abcdef0, 1
    TEST_RR               100, addw, 0x4, 0xffffffff00000005, 0xffffffff
    TEST_RR               101, addw, 0xfffffffffffffffe, 0x7fffffff, 0x7fffffff
    TEST_RR               102, addw, 0xfffffffffffffffe, -1, -1
    TEST_RR_SRC1_EQ_DEST  103, addw, 0xfffffffffffffffe, -1, -1
    TEST_RR_SRC2_EQ_DEST  104, addw, 0xfffffffffffffffe, -1, -1
    TEST_RR_SRC12_EQ_DEST 105, addw, 0xffffffff8000000e, 0x80000000c0000007
    TEST_RR_ZERO_SRC1     106, addw, 0xfffffffffffffff1, -15
    TEST_RR_ZERO_SRC2     107, addw, 0xfffffffffffffff1, -15
    TEST_RR_ZERO_DEST     108, addw, 0x12345, -1

/* ---- SUBW ------------------------------------------------------------------------------------ */
    TEST_RR               109, subw, 0x0, 0, 0
    TEST_RR               110, subw, 0xffffffffffffffff, 0, 1
    TEST_RR               111, subw, 0x7fffffff, 0x80000000, 1
    TEST_RR               112, subw, 0xffffffff80000000, 0x7fffffff, -1
    TEST_RR               113, subw, 0xffffffffffffffff, 0x100000000, 1
    TEST_RR               114, subw, 0xfffffffffffffffc, 0xaaaaaaaa00000003, 0x5555555500000007
    TEST_RR               115, subw, 0x0, -1, 0xffffffff
    TEST_RR_SRC1_EQ_DEST  116, subw, 0x0, -1, 0xffffffff
    TEST_RR_SRC2_EQ_DEST  117, subw, 0x0, -1, 0xffffffff
    TEST_RR_SRC12_EQ_DEST 118, subw, 0x0, 0x80000000c0000007
    TEST_RR_ZERO_SRC1     119, subw, 0xf, -15
    TEST_RR_ZERO_SRC2     120, subw, 0xfffffffffffffff1, -15
    TEST_RR_ZERO_DEST     121, subw, 0x12345, -1

/* ---- ADDI ------------------------------------------------------------------------------------ */
    TEST_RI               122, addi, 0x0, 0, 0
    TEST_RI               123, addi, 0x2, 1, 1
    TEST_RI               124, addi, 0x802, 3, 2047
    TEST_RI               125, addi, 0xfffffffffffff800, 0, -2048
    TEST_RI               126, addi, 0x0, -1, 1
    TEST_RI               127, addi, 0x8000000000000000, 0x7fffffffffffffff, 1
    TEST_RI               128, addi, 0x7fffffffffffffff, 0x8000000000000000, -1
    TEST_RI               129, addi, 0x80000000, 0x7fffffff, 1
    TEST_RI               130, addi, 0x100000000, 0xffffffff, 1
    TEST_RI_SRC1_EQ_DEST  131, addi, 0x80000000ffffefff, 0x80000000fffff000, -1
    TEST_RI_ZERO_SRC1     132, addi, 0x5a5, 1445
    TEST_RI_ZERO_DEST     133, addi, 0x12345, -1

/* ---- ANDI ------------------------------------------------------------------------------------ */
    TEST_RI               134, andi, 0x0, 0xff00ff00ff00ff00, 240
    TEST_RI               135, andi, 0x123456789abcdef0, 0x123456789abcdef0, -1
    TEST_RI               136, andi, 0x123456789abcd800, 0x123456789abcdef0, -2048
    TEST_RI               137, andi, 0x6f0, 0x123456789abcdef0, 2047
    TEST_RI_SRC1_EQ_DEST  138, andi, 0x80000000fffff000, 0x80000000fffff000, -1
    TEST_RI_ZERO_SRC1     139, andi, 0x0, 1445
    TEST_RI_ZERO_DEST     140, andi, 0x12345, -1

/* ---- ORI ------------------------------------------------------------------------------------- */
    TEST_RI               141, ori, 0xff00ff00ff00fff0, 0xff00ff00ff00ff00, 240
    TEST_RI               142, ori, 0xfffffffffffff800, 0, -2048
    TEST_RI               143, ori, 0x123456789abcdfff, 0x123456789abcdef0, 2047
    TEST_RI               144, ori, 0x0, 0, 0
    TEST_RI_SRC1_EQ_DEST  145, ori, 0xffffffffffffffff, 0x80000000fffff000, -1
    TEST_RI_ZERO_SRC1     146, ori, 0x5a5, 1445
    TEST_RI_ZERO_DEST     147, ori, 0x12345, -1

/* ---- XORI ------------------------------------------------------------------------------------ */
    TEST_RI               148, xori, 0xff00ff00ff00fff0, 0xff00ff00ff00ff00, 240
    TEST_RI               149, xori, 0xedcba9876543210f, 0x123456789abcdef0, -1
    TEST_RI               150, xori, 0xff00ff00ff00f8ff, 0xff00ff00ff00ff, -2048
    TEST_RI               151, xori, 0x0, 5, 5
    TEST_RI_SRC1_EQ_DEST  152, xori, 0x7fffffff00000fff, 0x80000000fffff000, -1
    TEST_RI_ZERO_SRC1     153, xori, 0x5a5, 1445
    TEST_RI_ZERO_DEST     154, xori, 0x12345, -1

/* ---- SLTI ------------------------------------------------------------------------------------ */
    TEST_RI               155, slti, 0x0, 0, 0
    TEST_RI               156, slti, 0x1, 0, 1
    TEST_RI               157, slti, 0x0, 1, 0
    TEST_RI               158, slti, 0x1, -1, 0
    TEST_RI               159, slti, 0x0, 0, -1
    TEST_RI               160, slti, 0x1, -2048, -2047
    TEST_RI               161, slti, 0x0, -2047, -2048
    TEST_RI               162, slti, 0x1, 0x8000000000000000, -2048
    TEST_RI               163, slti, 0x0, 0x7fffffffffffffff, 2047
    TEST_RI_SRC1_EQ_DEST  164, slti, 0x1, 0x80000000fffff000, -1
    TEST_RI_ZERO_SRC1     165, slti, 0x1, 1445
    TEST_RI_ZERO_DEST     166, slti, 0x12345, -1

/* ---- SLTIU ----------------------------------------------------------------------------------- */
    TEST_RI               167, sltiu, 0x0, 0, 0
    TEST_RI               168, sltiu, 0x1, 0, 1
    TEST_RI               169, sltiu, 0x0, 1, 0
    TEST_RI               170, sltiu, 0x1, 0, -1
    TEST_RI               171, sltiu, 0x1, -2, -1
    TEST_RI               172, sltiu, 0x0, -1, -1
    TEST_RI               173, sltiu, 0x0, -2048, -2048
    TEST_RI               174, sltiu, 0x1, -2049, -2048
    TEST_RI               175, sltiu, 0x0, 0x7fffffffffffffff, 2047
    TEST_RI               176, sltiu, 0x0, 1, 1
    TEST_RI_SRC1_EQ_DEST  177, sltiu, 0x1, 0x80000000fffff000, -1
    TEST_RI_ZERO_SRC1     178, sltiu, 0x1, 1445
    TEST_RI_ZERO_DEST     179, sltiu, 0x12345, -1

/* ---- ADDIW ----------------------------------------------------------------------------------- */
    TEST_RI               180, addiw, 0x0, 0, 0
    TEST_RI               181, addiw, 0xffffffff80000000, 0x7fffffff, 1
    TEST_RI               182, addiw, 0x0, 0xffffffff, 1
    TEST_RI               183, addiw, 0x7fffffff, 0x80000000, -1
    TEST_RI               184, addiw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0
    TEST_RI               185, addiw, 0xffffffffffffffff, 0xffffffff00000005, -6
    TEST_RI               186, addiw, 0x7fffffff, 0x7ffff800, 2047
    TEST_RI               187, addiw, 0xfffffffffffff7ff, -1, -2048
    TEST_RI_SRC1_EQ_DEST  188, addiw, 0xffffffffffffefff, 0x80000000fffff000, -1
    TEST_RI_ZERO_SRC1     189, addiw, 0x5a5, 1445
    TEST_RI_ZERO_DEST     190, addiw, 0x12345, -1

/* ---- LUI: the 20-bit immediate to bits 31:12, sign-extended from bit 31 ---------------------- */
    /* lui 0x0 */
    CASE    191
    lui     a0, 0x0
    CHECK   a0, 0x0

    /* lui 0x1 */
    CASE    192
    lui     a0, 0x1
    CHECK   a0, 0x1000

    /* lui 0x12345 */
    CASE    193
    lui     a0, 0x12345
    CHECK   a0, 0x12345000

    /* lui 0x7ffff */
    CASE    194
    lui     a0, 0x7ffff
    CHECK   a0, 0x7ffff000

    /* lui 0x80000 */
    CASE    195
    lui     a0, 0x80000
    CHECK   a0, 0xffffffff80000000

    /* lui 0xfffff */
    CASE    196
    lui     a0, 0xfffff
    CHECK   a0, 0xfffffffffffff000

    /* lui to x0 */
    CASE    197
    lui     x0, 0x12345
    CHECK_X0

/* ---- AUIPC: pc + the sign-extended immediate << 12; the pc comes from jal's link value ------- */
    /* auipc 0x0 */
    CASE    198
    jal     t1, .Lauipc_198
.Lauipc_198:
    auipc   a0, 0x0
    sub     a0, a0, t1
    CHECK   a0, 0x0

    /* auipc 0x1 */
    CASE    199
    jal     t1, .Lauipc_199
.Lauipc_199:
    auipc   a0, 0x1
    sub     a0, a0, t1
    CHECK   a0, 0x1000

    /* auipc 0x7ffff */
    CASE    200
    jal     t1, .Lauipc_200
.Lauipc_200:
    auipc   a0, 0x7ffff
    sub     a0, a0, t1
    CHECK   a0, 0x7ffff000

    /* auipc 0x80000 */
    CASE    201
    jal     t1, .Lauipc_201
.Lauipc_201:
    auipc   a0, 0x80000
    sub     a0, a0, t1
    CHECK   a0, 0xffffffff80000000

    /* auipc 0xfffff */
    CASE    202
    jal     t1, .Lauipc_202
.Lauipc_202:
    auipc   a0, 0xfffff
    sub     a0, a0, t1
    CHECK   a0, 0xfffffffffffff000

    /* auipc to x0 */
    CASE    203
    auipc   x0, 0x12345
    CHECK_X0

    TEST_END
