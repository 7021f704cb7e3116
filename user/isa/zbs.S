/* SPDX-License-Identifier: MIT */
/* Zbs (single-bit instructions), RV64: BCLR, BCLRI, BEXT, BEXTI, BINV, BINVI, BSET, BSETI.
 * Bit indices 0, 31, 32, 63; register forms use only the low 6 bits of rs2 (64 acts as 0, -1 as
 * 63); bits already set or clear; rd = rs1, rd = rs2, x0 operands.
 * Expected values: the RISC-V Bit-Manipulation ISA-extensions (Zbs), version 1.0. */

#include "isa.h"

    TEST_BEGIN

/* ---- BCLR ------------------------------------------------------------------------------------ */
    TEST_RR               1, bclr, 0xfffffffffffffffe, -1, 0
    TEST_RR               2, bclr, 0xffffffff7fffffff, -1, 31
    TEST_RR               3, bclr, 0xfffffffeffffffff, -1, 32
    TEST_RR               4, bclr, 0x7fffffffffffffff, -1, 63
    TEST_RR               5, bclr, 0x0, 0, 0
    TEST_RR               6, bclr, 0x0, 0, 63
    TEST_RR               7, bclr, 0x0, 0, 31
    TEST_RR               8, bclr, 0x123456789abcded, 0x123456789abcdef, 1
    TEST_RR               9, bclr, 0x123456789abcdeb, 0x123456789abcdef, 2
    TEST_RR               10, bclr, 0xfedcba9876543210, 0xfedcba9876543210, 64
    TEST_RR               11, bclr, 0xfedcba9876543210, 0xfedcba9876543210, 65
    TEST_RR               12, bclr, 0x0, 0x8000000000000000, -1
    TEST_RR               13, bclr, 0x0, 0x80000000, -33
    TEST_RR_SRC1_EQ_DEST  14, bclr, 0xfedcba9876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  15, bclr, 0xfedcba9876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 16, bclr, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     17, bclr, 0x0, 37
    TEST_RR_ZERO_SRC2     18, bclr, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     19, bclr, 0xfedcba9876543210, 37

/* ---- BCLRI ----------------------------------------------------------------------------------- */
    TEST_RI               20, bclri, 0xfffffffffffffffe, -1, 0
    TEST_RI               21, bclri, 0xffffffff7fffffff, -1, 31
    TEST_RI               22, bclri, 0xfffffffeffffffff, -1, 32
    TEST_RI               23, bclri, 0x7fffffffffffffff, -1, 63
    TEST_RI               24, bclri, 0x0, 0, 0
    TEST_RI               25, bclri, 0x0, 0, 63
    TEST_RI               26, bclri, 0x123456789abcded, 0x123456789abcdef, 1
    TEST_RI               27, bclri, 0x123456789abcdeb, 0x123456789abcdef, 2
    TEST_RI_SRC1_EQ_DEST  28, bclri, 0xfedcba9876543210, 0xfedcba9876543210, 37
    TEST_RI_ZERO_SRC1     29, bclri, 0x0, 37
    TEST_RI_ZERO_DEST     30, bclri, 0xfedcba9876543210, 37

/* ---- BEXT ------------------------------------------------------------------------------------ */
    TEST_RR               31, bext, 0x1, -1, 0
    TEST_RR               32, bext, 0x1, -1, 31
    TEST_RR               33, bext, 0x1, -1, 32
    TEST_RR               34, bext, 0x1, -1, 63
    TEST_RR               35, bext, 0x0, 0, 0
    TEST_RR               36, bext, 0x0, 0, 63
    TEST_RR               37, bext, 0x0, 0, 31
    TEST_RR               38, bext, 0x1, 0x123456789abcdef, 1
    TEST_RR               39, bext, 0x1, 0x123456789abcdef, 2
    TEST_RR               40, bext, 0x0, 0xfedcba9876543210, 64
    TEST_RR               41, bext, 0x0, 0xfedcba9876543210, 65
    TEST_RR               42, bext, 0x1, 0x8000000000000000, -1
    TEST_RR               43, bext, 0x1, 0x80000000, -33
    TEST_RR_SRC1_EQ_DEST  44, bext, 0x0, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  45, bext, 0x0, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 46, bext, 0x0, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     47, bext, 0x0, 37
    TEST_RR_ZERO_SRC2     48, bext, 0x0, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     49, bext, 0xfedcba9876543210, 37

/* ---- BEXTI ----------------------------------------------------------------------------------- */
    TEST_RI               50, bexti, 0x1, -1, 0
    TEST_RI               51, bexti, 0x1, -1, 31
    TEST_RI               52, bexti, 0x1, -1, 32
    TEST_RI               53, bexti, 0x1, -1, 63
    TEST_RI               54, bexti, 0x0, 0, 0
    TEST_RI               55, bexti, 0x0, 0, 63
    TEST_RI               56, bexti, 0x1, 0x123456789abcdef, 1
    TEST_RI               57, bexti, 0x1, 0x123456789abcdef, 2
    TEST_RI_SRC1_EQ_DEST  58, bexti, 0x0, 0xfedcba9876543210, 37
    TEST_RI_ZERO_SRC1     59, bexti, 0x0, 37
    TEST_RI_ZERO_DEST     60, bexti, 0xfedcba9876543210, 37

/* ---- BINV ------------------------------------------------------------------------------------ */
    TEST_RR               61, binv, 0xfffffffffffffffe, -1, 0
    TEST_RR               62, binv, 0xffffffff7fffffff, -1, 31
    TEST_RR               63, binv, 0xfffffffeffffffff, -1, 32
    TEST_RR               64, binv, 0x7fffffffffffffff, -1, 63
    TEST_RR               65, binv, 0x1, 0, 0
    TEST_RR               66, binv, 0x8000000000000000, 0, 63
    TEST_RR               67, binv, 0x80000000, 0, 31
    TEST_RR               68, binv, 0x123456789abcded, 0x123456789abcdef, 1
    TEST_RR               69, binv, 0x123456789abcdeb, 0x123456789abcdef, 2
    TEST_RR               70, binv, 0xfedcba9876543211, 0xfedcba9876543210, 64
    TEST_RR               71, binv, 0xfedcba9876543212, 0xfedcba9876543210, 65
    TEST_RR               72, binv, 0x0, 0x8000000000000000, -1
    TEST_RR               73, binv, 0x0, 0x80000000, -33
    TEST_RR_SRC1_EQ_DEST  74, binv, 0xfedcbab876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  75, binv, 0xfedcbab876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 76, binv, 0xfedcba9876553210, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     77, binv, 0x2000000000, 37
    TEST_RR_ZERO_SRC2     78, binv, 0xfedcba9876543211, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     79, binv, 0xfedcba9876543210, 37

/* ---- BINVI ----------------------------------------------------------------------------------- */
    TEST_RI               80, binvi, 0xfffffffffffffffe, -1, 0
    TEST_RI               81, binvi, 0xffffffff7fffffff, -1, 31
    TEST_RI               82, binvi, 0xfffffffeffffffff, -1, 32
    TEST_RI               83, binvi, 0x7fffffffffffffff, -1, 63
    TEST_RI               84, binvi, 0x1, 0, 0
    TEST_RI               85, binvi, 0x8000000000000000, 0, 63
    TEST_RI               86, binvi, 0x123456789abcded, 0x123456789abcdef, 1
    TEST_RI               87, binvi, 0x123456789abcdeb, 0x123456789abcdef, 2
    TEST_RI_SRC1_EQ_DEST  88, binvi, 0xfedcbab876543210, 0xfedcba9876543210, 37
    TEST_RI_ZERO_SRC1     89, binvi, 0x2000000000, 37
    TEST_RI_ZERO_DEST     90, binvi, 0xfedcba9876543210, 37

/* ---- BSET ------------------------------------------------------------------------------------ */
    TEST_RR               91, bset, 0xffffffffffffffff, -1, 0
    TEST_RR               92, bset, 0xffffffffffffffff, -1, 31
    TEST_RR               93, bset, 0xffffffffffffffff, -1, 32
    TEST_RR               94, bset, 0xffffffffffffffff, -1, 63
    TEST_RR               95, bset, 0x1, 0, 0
    TEST_RR               96, bset, 0x8000000000000000, 0, 63
    TEST_RR               97, bset, 0x80000000, 0, 31
    TEST_RR               98, bset, 0x123456789abcdef, 0x123456789abcdef, 1
    TEST_RR               99, bset, 0x123456789abcdef, 0x123456789abcdef, 2
    TEST_RR               100, bset, 0xfedcba9876543211, 0xfedcba9876543210, 64
    TEST_RR               101, bset, 0xfedcba9876543212, 0xfedcba9876543210, 65
    TEST_RR               102, bset, 0x8000000000000000, 0x8000000000000000, -1
    TEST_RR               103, bset, 0x80000000, 0x80000000, -33
    TEST_RR_SRC1_EQ_DEST  104, bset, 0xfedcbab876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  105, bset, 0xfedcbab876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 106, bset, 0xfedcba9876553210, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     107, bset, 0x2000000000, 37
    TEST_RR_ZERO_SRC2     108, bset, 0xfedcba9876543211, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     109, bset, 0xfedcba9876543210, 37

/* ---- BSETI ----------------------------------------------------------------------------------- */
    TEST_RI               110, bseti, 0xffffffffffffffff, -1, 0
    TEST_RI               111, bseti, 0xffffffffffffffff, -1, 31
    TEST_RI               112, bseti, 0xffffffffffffffff, -1, 32
    TEST_RI               113, bseti, 0xffffffffffffffff, -1, 63
    TEST_RI               114, bseti, 0x1, 0, 0
    TEST_RI               115, bseti, 0x8000000000000000, 0, 63
    TEST_RI               116, bseti, 0x123456789abcdef, 0x123456789abcdef, 1
    TEST_RI               117, bseti, 0x123456789abcdef, 0x123456789abcdef, 2
    TEST_RI_SRC1_EQ_DEST  118, bseti, 0xfedcbab876543210, 0xfedcba9876543210, 37
    TEST_RI_ZERO_SRC1     119, bseti, 0x2000000000, 37
    TEST_RI_ZERO_DEST     120, bseti, 0xfedcba9876543210, 37

    TEST_END
