/* SPDX-License-Identifier: MIT */
/* RV64I shifts: SLL, SRL, SRA, SLLI, SRLI, SRAI and the W forms SLLW, SRLW, SRAW, SLLIW, SRLIW,
 * SRAIW.
 * Register shifts use only the low 6 bits of rs2 (low 5 bits for the W forms): amounts 63, 64
 * (= 0), 65 (= 1), -1 (= 63 or 31), 32 for a W form (= 0). Immediate shifts from 0 to 63 (0 to 31
 * for the W forms). W forms read only the low 32 bits of rs1 and sign-extend bit 31 of the
 * 32-bit result (so SRLIW by 0 of 0x80000000 gives 0xffffffff80000000). rd = rs1, rd = rs2,
 * x0 as a source and as the destination.
 * Expected values: the RISC-V Unprivileged ISA, "Integer Computational Instructions" (RV32I and
 * RV64I). */

#include "isa.h"

    TEST_BEGIN

/* ---- SLL (shift amount = rs2[5:0]) ----------------------------------------------------------- */
    TEST_RR               1, sll, 0x1, 1, 0
    TEST_RR               2, sll, 0x2, 1, 1
    TEST_RR               3, sll, 0x8000000000000000, 1, 63
    TEST_RR               4, sll, 0x100000002, 0x8000000080000001, 1
    TEST_RR               5, sll, 0x123456789abcdef0, 0x123456789abcdef, 4
    TEST_RR               6, sll, 0xc4d5e6f780000000, 0x123456789abcdef, 31
    TEST_RR               7, sll, 0x89abcdef00000000, 0x123456789abcdef, 32
    TEST_RR               8, sll, 0x1, 1, 64
    TEST_RR               9, sll, 0x2, 1, 65
    TEST_RR               10, sll, 0x8000000000000000, 1, -1
    TEST_RR               11, sll, 0x123456789abcdef0, 0x123456789abcdef, -60
    TEST_RR_SRC1_EQ_DEST  12, sll, 0x6e5d4c3b2a190800, 0xfedcba9876543210, 7
    TEST_RR_SRC2_EQ_DEST  13, sll, 0x6e5d4c3b2a190800, 0xfedcba9876543210, 7
    TEST_RR_SRC12_EQ_DEST 14, sll, 0x8a0, 69
    TEST_RR_ZERO_SRC1     15, sll, 0x0, 3
    TEST_RR_ZERO_SRC2     16, sll, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     17, sll, 0xfedcba9876543210, 3

/* ---- SRL (shift amount = rs2[5:0]) ----------------------------------------------------------- */
    TEST_RR               18, srl, 0x8000000080000001, 0x8000000080000001, 0
    TEST_RR               19, srl, 0x4000000040000000, 0x8000000080000001, 1
    TEST_RR               20, srl, 0x1, 0x8000000080000001, 63
    TEST_RR               21, srl, 0xfedcba987654321, 0xfedcba9876543210, 4
    TEST_RR               22, srl, 0x1fdb97530, 0xfedcba9876543210, 31
    TEST_RR               23, srl, 0xfedcba98, 0xfedcba9876543210, 32
    TEST_RR               24, srl, 0xfedcba9876543210, 0xfedcba9876543210, 64
    TEST_RR               25, srl, 0x7f6e5d4c3b2a1908, 0xfedcba9876543210, 65
    TEST_RR               26, srl, 0x1, 0xfedcba9876543210, -1
    TEST_RR               27, srl, 0xfedcba987654321, 0xfedcba9876543210, 1988
    TEST_RR_SRC1_EQ_DEST  28, srl, 0x1fdb97530eca864, 0xfedcba9876543210, 7
    TEST_RR_SRC2_EQ_DEST  29, srl, 0x1fdb97530eca864, 0xfedcba9876543210, 7
    TEST_RR_SRC12_EQ_DEST 30, srl, 0x2, 69
    TEST_RR_ZERO_SRC1     31, srl, 0x0, 3
    TEST_RR_ZERO_SRC2     32, srl, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     33, srl, 0xfedcba9876543210, 3

/* ---- SRA (shift amount = rs2[5:0]) ----------------------------------------------------------- */
    TEST_RR               34, sra, 0x8000000080000001, 0x8000000080000001, 0
    TEST_RR               35, sra, 0xc000000040000000, 0x8000000080000001, 1
    TEST_RR               36, sra, 0xffffffffffffffff, 0x8000000080000001, 63
    TEST_RR               37, sra, 0xffedcba987654321, 0xfedcba9876543210, 4
    TEST_RR               38, sra, 0xfffffffffdb97530, 0xfedcba9876543210, 31
    TEST_RR               39, sra, 0xfffffffffedcba98, 0xfedcba9876543210, 32
    TEST_RR               40, sra, 0x0, 0x123456789abcdef, 60
    TEST_RR               41, sra, 0xfedcba9876543210, 0xfedcba9876543210, 64
    TEST_RR               42, sra, 0xff6e5d4c3b2a1908, 0xfedcba9876543210, 65
    TEST_RR               43, sra, 0xffffffffffffffff, 0xfedcba9876543210, -1
    TEST_RR               44, sra, 0x0, 0x7fffffffffffffff, 63
    TEST_RR_SRC1_EQ_DEST  45, sra, 0xfffdb97530eca864, 0xfedcba9876543210, 7
    TEST_RR_SRC2_EQ_DEST  46, sra, 0xfffdb97530eca864, 0xfedcba9876543210, 7
    TEST_RR_SRC12_EQ_DEST 47, sra, 0x2, 69
    TEST_RR_ZERO_SRC1     48, sra, 0x0, 3
    TEST_RR_ZERO_SRC2     49, sra, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     50, sra, 0xfedcba9876543210, 3

/* ---- SLLW (shift amount = rs2[4:0]) ---------------------------------------------------------- */
    TEST_RR               51, sllw, 0x1, 1, 0
    TEST_RR               52, sllw, 0xffffffff80000000, 1, 31
    TEST_RR               53, sllw, 0x40000000, 1, 30
    TEST_RR               54, sllw, 0x2, 0x8000000080000001, 1
    TEST_RR               55, sllw, 0x23456780, 0x12345678, 4
    TEST_RR               56, sllw, 0x12345678, 0xffffffff12345678, 0
    TEST_RR               57, sllw, 0x1, 1, 32
    TEST_RR               58, sllw, 0x2, 1, 33
    TEST_RR               59, sllw, 0xffffffff80000000, 1, -1
    TEST_RR               60, sllw, 0xffffffff80000000, 3, 0xffffffff0000001f
    TEST_RR_SRC1_EQ_DEST  61, sllw, 0x2a190800, 0xfedcba9876543210, 7
    TEST_RR_SRC2_EQ_DEST  62, sllw, 0x2a190800, 0xfedcba9876543210, 7
    TEST_RR_SRC12_EQ_DEST 63, sllw, 0x8a0, 69
    TEST_RR_ZERO_SRC1     64, sllw, 0x0, 3
    TEST_RR_ZERO_SRC2     65, sllw, 0x76543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     66, sllw, 0xfedcba9876543210, 3

/* ---- SRLW (shift amount = rs2[4:0]) ---------------------------------------------------------- */
    TEST_RR               67, srlw, 0xffffffff80000000, 0x80000000, 0
    TEST_RR               68, srlw, 0x40000000, 0x80000000, 1
    TEST_RR               69, srlw, 0x1, 0x80000000, 31
    TEST_RR               70, srlw, 0x8000000, 0xffffffff80000000, 4
    TEST_RR               71, srlw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0
    TEST_RR               72, srlw, 0x0, 0x1234567800000000, 4
    TEST_RR               73, srlw, 0xffffffff80000000, 0x80000000, 32
    TEST_RR               74, srlw, 0x40000000, 0x80000000, 33
    TEST_RR               75, srlw, 0x1, 0x80000000, -1
    TEST_RR               76, srlw, 0x7fffffff, 0xffffffff, 33
    TEST_RR_SRC1_EQ_DEST  77, srlw, 0xeca864, 0xfedcba9876543210, 7
    TEST_RR_SRC2_EQ_DEST  78, srlw, 0xeca864, 0xfedcba9876543210, 7
    TEST_RR_SRC12_EQ_DEST 79, srlw, 0x2, 69
    TEST_RR_ZERO_SRC1     80, srlw, 0x0, 3
    TEST_RR_ZERO_SRC2     81, srlw, 0x76543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     82, srlw, 0xfedcba9876543210, 3

/* ---- SRAW (shift amount = rs2[4:0]) ---------------------------------------------------------- */
    TEST_RR               83, sraw, 0xffffffff80000000, 0x80000000, 0
    TEST_RR               84, sraw, 0xffffffffc0000000, 0x80000000, 1
    TEST_RR               85, sraw, 0xffffffffffffffff, 0x80000000, 31
    TEST_RR               86, sraw, 0x0, 0x7fffffff, 31
    TEST_RR               87, sraw, 0x7ffffff, 0x7fffffff, 4
    TEST_RR               88, sraw, 0xffffffffff000000, 0xf0000000, 4
    TEST_RR               89, sraw, 0xffffffff80000000, 0x80000000, 32
    TEST_RR               90, sraw, 0xffffffffc0000000, 0x80000000, 33
    TEST_RR               91, sraw, 0xffffffffffffffff, 0x80000000, -1
    TEST_RR               92, sraw, 0xfffffffffffedcba, 0x12345678fedcba98, 8
    TEST_RR_SRC1_EQ_DEST  93, sraw, 0xeca864, 0xfedcba9876543210, 7
    TEST_RR_SRC2_EQ_DEST  94, sraw, 0xeca864, 0xfedcba9876543210, 7
    TEST_RR_SRC12_EQ_DEST 95, sraw, 0x2, 69
    TEST_RR_ZERO_SRC1     96, sraw, 0x0, 3
    TEST_RR_ZERO_SRC2     97, sraw, 0x76543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     98, sraw, 0xfedcba9876543210, 3

/* ---- SLLI ------------------------------------------------------------------------------------ */
    TEST_RI               99, slli, 0x1, 1, 0
    TEST_RI               100, slli, 0x2, 1, 1
    TEST_RI               101, slli, 0x80000000, 1, 31
    TEST_RI               102, slli, 0x100000000, 1, 32
    TEST_RI               103, slli, 0x8000000000000000, 1, 63
    TEST_RI               104, slli, 0x100000002, 0x8000000080000001, 1
    TEST_RI               105, slli, 0x9abcdef000000000, 0x123456789abcdef, 36
    TEST_RI_SRC1_EQ_DEST  106, slli, 0xdb97530eca864200, 0xfedcba9876543210, 5
    TEST_RI_ZERO_SRC1     107, slli, 0x0, 5
    TEST_RI_ZERO_DEST     108, slli, 0xfedcba9876543210, 5

/* ---- SRLI ------------------------------------------------------------------------------------ */
    TEST_RI               109, srli, 0x8000000080000001, 0x8000000080000001, 0
    TEST_RI               110, srli, 0x4000000040000000, 0x8000000080000001, 1
    TEST_RI               111, srli, 0x100000001, 0x8000000080000001, 31
    TEST_RI               112, srli, 0x80000000, 0x8000000080000001, 32
    TEST_RI               113, srli, 0x1, 0x8000000080000001, 63
    TEST_RI               114, srli, 0xfedcba9, 0xfedcba9876543210, 36
    TEST_RI_SRC1_EQ_DEST  115, srli, 0x7f6e5d4c3b2a190, 0xfedcba9876543210, 5
    TEST_RI_ZERO_SRC1     116, srli, 0x0, 5
    TEST_RI_ZERO_DEST     117, srli, 0xfedcba9876543210, 5

/* ---- SRAI ------------------------------------------------------------------------------------ */
    TEST_RI               118, srai, 0x8000000080000001, 0x8000000080000001, 0
    TEST_RI               119, srai, 0xc000000040000000, 0x8000000080000001, 1
    TEST_RI               120, srai, 0xffffffff00000001, 0x8000000080000001, 31
    TEST_RI               121, srai, 0xffffffff80000000, 0x8000000080000001, 32
    TEST_RI               122, srai, 0xffffffffffffffff, 0x8000000080000001, 63
    TEST_RI               123, srai, 0xffffffffffedcba9, 0xfedcba9876543210, 36
    TEST_RI               124, srai, 0x123456, 0x123456789abcdef, 36
    TEST_RI_SRC1_EQ_DEST  125, srai, 0xfff6e5d4c3b2a190, 0xfedcba9876543210, 5
    TEST_RI_ZERO_SRC1     126, srai, 0x0, 5
    TEST_RI_ZERO_DEST     127, srai, 0xfedcba9876543210, 5

/* ---- SLLIW ----------------------------------------------------------------------------------- */
    TEST_RI               128, slliw, 0x1, 1, 0
    TEST_RI               129, slliw, 0xffffffff80000000, 1, 31
    TEST_RI               130, slliw, 0x2, 0xffffffff00000001, 1
    TEST_RI               131, slliw, 0x23456780, 0x12345678, 4
    TEST_RI               132, slliw, 0x12345678, 0xabcdef0112345678, 0
    TEST_RI_SRC1_EQ_DEST  133, slliw, 0xffffffffca864200, 0xfedcba9876543210, 5
    TEST_RI_ZERO_SRC1     134, slliw, 0x0, 5
    TEST_RI_ZERO_DEST     135, slliw, 0xfedcba9876543210, 5

/* ---- SRLIW ----------------------------------------------------------------------------------- */
    TEST_RI               136, srliw, 0xffffffff80000000, 0x80000000, 0
    TEST_RI               137, srliw, 0x40000000, 0x80000000, 1
    TEST_RI               138, srliw, 0x1, 0x80000000, 31
    TEST_RI               139, srliw, 0x0, 0xffffffff00000000, 4
    TEST_RI               140, srliw, 0x9abcdef, 0x123456789abcdef0, 4
    TEST_RI_SRC1_EQ_DEST  141, srliw, 0x3b2a190, 0xfedcba9876543210, 5
    TEST_RI_ZERO_SRC1     142, srliw, 0x0, 5
    TEST_RI_ZERO_DEST     143, srliw, 0xfedcba9876543210, 5

/* ---- SRAIW ----------------------------------------------------------------------------------- */
    TEST_RI               144, sraiw, 0xffffffff80000000, 0x80000000, 0
    TEST_RI               145, sraiw, 0xffffffffc0000000, 0x80000000, 1
    TEST_RI               146, sraiw, 0xffffffffffffffff, 0x80000000, 31
    TEST_RI               147, sraiw, 0x0, 0x7fffffff, 31
    TEST_RI               148, sraiw, 0xffffffffff000000, 0xf0000000, 4
    TEST_RI               149, sraiw, 0xfffffffff9abcdef, 0x123456789abcdef0, 4
    TEST_RI_SRC1_EQ_DEST  150, sraiw, 0x3b2a190, 0xfedcba9876543210, 5
    TEST_RI_ZERO_SRC1     151, sraiw, 0x0, 5
    TEST_RI_ZERO_DEST     152, sraiw, 0xfedcba9876543210, 5

    TEST_END
