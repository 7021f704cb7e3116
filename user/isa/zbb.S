/* SPDX-License-Identifier: MIT */
/* Zbb (basic bit manipulation), RV64: ANDN, ORN, XNOR, CLZ, CLZW, CTZ, CTZW, CPOP, CPOPW, MAX,
 * MAXU, MIN, MINU, SEXT.B, SEXT.H, ZEXT.H, ROL, ROLW, ROR, RORI, RORIW, RORW, ORC.B, REV8.
 * Counts of zero operands (64, or 32 for the W forms, which look only at the low 32 bits);
 * signed against unsigned MIN/MAX; rotations by 0, by more than the width (only the low 6 or 5
 * bits of rs2 count) and the W forms' sign extension of bit 31 of the rotated word; rd = rs1,
 * rd = rs2, x0 operands.
 * Expected values: the RISC-V Bit-Manipulation ISA-extensions (Zbb), version 1.0. */

#include "isa.h"

    TEST_BEGIN

/* ---- ANDN ------------------------------------------------------------------------------------ */
    TEST_RR               1, andn, 0xfedcba9876543210, 0xfedcba9876543210, 0x123456789abcdef
    TEST_RR               2, andn, 0xffffffffffffffff, -1, 0
    TEST_RR               3, andn, 0x0, 0, -1
    TEST_RR               4, andn, 0xf000f000f000f000, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0
    TEST_RR_SRC1_EQ_DEST  5, andn, 0xfedcba9876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  6, andn, 0xfedcba9876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 7, andn, 0x0, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     8, andn, 0x0, 37
    TEST_RR_ZERO_SRC2     9, andn, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     10, andn, 0xfedcba9876543210, 37

/* ---- ORN ------------------------------------------------------------------------------------- */
    TEST_RR               11, orn, 0xfedcba9876543210, 0xfedcba9876543210, 0x123456789abcdef
    TEST_RR               12, orn, 0xffffffffffffffff, 0, 0
    TEST_RR               13, orn, 0x0, 0, -1
    TEST_RR               14, orn, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0
    TEST_RR_SRC1_EQ_DEST  15, orn, 0xffffffffffffffda, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  16, orn, 0xffffffffffffffda, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 17, orn, 0xffffffffffffffff, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     18, orn, 0xffffffffffffffda, 37
    TEST_RR_ZERO_SRC2     19, orn, 0xffffffffffffffff, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     20, orn, 0xfedcba9876543210, 37

/* ---- XNOR ------------------------------------------------------------------------------------ */
    TEST_RR               21, xnor, 0x0, 0xfedcba9876543210, 0x123456789abcdef
    TEST_RR               22, xnor, 0xffffffffffffffff, 0, 0
    TEST_RR               23, xnor, 0x0, -1, 0
    TEST_RR               24, xnor, 0xf0f0f0f0f0f0f0f, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0
    TEST_RR_SRC1_EQ_DEST  25, xnor, 0x123456789abcdca, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  26, xnor, 0x123456789abcdca, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 27, xnor, 0xffffffffffffffff, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     28, xnor, 0xffffffffffffffda, 37
    TEST_RR_ZERO_SRC2     29, xnor, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     30, xnor, 0xfedcba9876543210, 37

/* ---- MAX ------------------------------------------------------------------------------------- */
    TEST_RR               31, max, 0x2, 1, 2
    TEST_RR               32, max, 0x1, -1, 1
    TEST_RR               33, max, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR               34, max, 0xffffffffffffffff, 0x8000000000000000, -1
    TEST_RR               35, max, 0x5, 5, 5
    TEST_RR               36, max, 0x80000000, 0x80000000, 0x7fffffff
    TEST_RR_SRC1_EQ_DEST  37, max, 0x25, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  38, max, 0x25, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 39, max, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     40, max, 0x25, 37
    TEST_RR_ZERO_SRC2     41, max, 0x0, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     42, max, 0xfedcba9876543210, 37

/* ---- MAXU ------------------------------------------------------------------------------------ */
    TEST_RR               43, maxu, 0x2, 1, 2
    TEST_RR               44, maxu, 0xffffffffffffffff, -1, 1
    TEST_RR               45, maxu, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR               46, maxu, 0xffffffffffffffff, 0x8000000000000000, -1
    TEST_RR               47, maxu, 0x5, 5, 5
    TEST_RR               48, maxu, 0x80000000, 0x80000000, 0x7fffffff
    TEST_RR_SRC1_EQ_DEST  49, maxu, 0xfedcba9876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  50, maxu, 0xfedcba9876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 51, maxu, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     52, maxu, 0x25, 37
    TEST_RR_ZERO_SRC2     53, maxu, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     54, maxu, 0xfedcba9876543210, 37

/* ---- MIN ------------------------------------------------------------------------------------- */
    TEST_RR               55, min, 0x1, 1, 2
    TEST_RR               56, min, 0xffffffffffffffff, -1, 1
    TEST_RR               57, min, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR               58, min, 0x8000000000000000, 0x8000000000000000, -1
    TEST_RR               59, min, 0x5, 5, 5
    TEST_RR               60, min, 0x7fffffff, 0x80000000, 0x7fffffff
    TEST_RR_SRC1_EQ_DEST  61, min, 0xfedcba9876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  62, min, 0xfedcba9876543210, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 63, min, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     64, min, 0x0, 37
    TEST_RR_ZERO_SRC2     65, min, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     66, min, 0xfedcba9876543210, 37

/* ---- MINU ------------------------------------------------------------------------------------ */
    TEST_RR               67, minu, 0x1, 1, 2
    TEST_RR               68, minu, 0x1, -1, 1
    TEST_RR               69, minu, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR               70, minu, 0x8000000000000000, 0x8000000000000000, -1
    TEST_RR               71, minu, 0x5, 5, 5
    TEST_RR               72, minu, 0x7fffffff, 0x80000000, 0x7fffffff
    TEST_RR_SRC1_EQ_DEST  73, minu, 0x25, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  74, minu, 0x25, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 75, minu, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     76, minu, 0x0, 37
    TEST_RR_ZERO_SRC2     77, minu, 0x0, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     78, minu, 0xfedcba9876543210, 37

/* ---- ROL ------------------------------------------------------------------------------------- */
    TEST_RR               79, rol, 0x123456789abcdef, 0x123456789abcdef, 0
    TEST_RR               80, rol, 0x123456789abcdef0, 0x123456789abcdef, 4
    TEST_RR               81, rol, 0x300000003, 0x8000000180000001, 1
    TEST_RR               82, rol, 0xc0000000c0000000, 0x8000000180000001, 63
    TEST_RR               83, rol, 0x123456789abcdef, 0x123456789abcdef, 64
    TEST_RR               84, rol, 0x123456789abcdef0, 0x123456789abcdef, 68
    TEST_RR               85, rol, 0xf0123456789abcde, 0x123456789abcdef, -4
    TEST_RR_SRC1_EQ_DEST  86, rol, 0xca86421fdb97530e, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  87, rol, 0xca86421fdb97530e, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 88, rol, 0xba9876543210fedc, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     89, rol, 0x0, 37
    TEST_RR_ZERO_SRC2     90, rol, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     91, rol, 0xfedcba9876543210, 37

/* ---- ROR ------------------------------------------------------------------------------------- */
    TEST_RR               92, ror, 0x123456789abcdef, 0x123456789abcdef, 0
    TEST_RR               93, ror, 0xf0123456789abcde, 0x123456789abcdef, 4
    TEST_RR               94, ror, 0xc0000000c0000000, 0x8000000180000001, 1
    TEST_RR               95, ror, 0x300000003, 0x8000000180000001, 63
    TEST_RR               96, ror, 0x123456789abcdef, 0x123456789abcdef, 64
    TEST_RR               97, ror, 0xf0123456789abcde, 0x123456789abcdef, 68
    TEST_RR               98, ror, 0x123456789abcdef0, 0x123456789abcdef, -4
    TEST_RR_SRC1_EQ_DEST  99, ror, 0xc3b2a19087f6e5d4, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  100, ror, 0xc3b2a19087f6e5d4, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 101, ror, 0x3210fedcba987654, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     102, ror, 0x0, 37
    TEST_RR_ZERO_SRC2     103, ror, 0xfedcba9876543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     104, ror, 0xfedcba9876543210, 37

/* ---- ROLW ------------------------------------------------------------------------------------ */
    TEST_RR               105, rolw, 0x12345678, 0x12345678, 0
    TEST_RR               106, rolw, 0x23456781, 0x12345678, 4
    TEST_RR               107, rolw, 0x3, 0x80000001, 1
    TEST_RR               108, rolw, 0xffffffff80000000, 0x40000000, 1
    TEST_RR               109, rolw, 0xffffffff80000000, 0xffffffff00000001, 31
    TEST_RR               110, rolw, 0x12345678, 0x12345678, 32
    TEST_RR               111, rolw, 0x23456781, 0x12345678, 36
    TEST_RR               112, rolw, 0xffffffff87654321, 0x87654321, 0
    TEST_RR_SRC1_EQ_DEST  113, rolw, 0xffffffffca86420e, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  114, rolw, 0xffffffffca86420e, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 115, rolw, 0x32107654, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     116, rolw, 0x0, 37
    TEST_RR_ZERO_SRC2     117, rolw, 0x76543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     118, rolw, 0xfedcba9876543210, 37

/* ---- RORW ------------------------------------------------------------------------------------ */
    TEST_RR               119, rorw, 0x12345678, 0x12345678, 0
    TEST_RR               120, rorw, 0xffffffff81234567, 0x12345678, 4
    TEST_RR               121, rorw, 0xffffffffc0000000, 0x80000001, 1
    TEST_RR               122, rorw, 0xffffffff80000000, 1, 1
    TEST_RR               123, rorw, 0x4, 0xffffffff00000002, 31
    TEST_RR               124, rorw, 0x12345678, 0x12345678, 32
    TEST_RR               125, rorw, 0xffffffff81234567, 0x12345678, 36
    TEST_RR               126, rorw, 0xffffffff87654321, 0x87654321, 0
    TEST_RR_SRC1_EQ_DEST  127, rorw, 0xffffffff83b2a190, 0xfedcba9876543210, 37
    TEST_RR_SRC2_EQ_DEST  128, rorw, 0xffffffff83b2a190, 0xfedcba9876543210, 37
    TEST_RR_SRC12_EQ_DEST 129, rorw, 0x32107654, 0xfedcba9876543210
    TEST_RR_ZERO_SRC1     130, rorw, 0x0, 37
    TEST_RR_ZERO_SRC2     131, rorw, 0x76543210, 0xfedcba9876543210
    TEST_RR_ZERO_DEST     132, rorw, 0xfedcba9876543210, 37

/* ---- CLZ ------------------------------------------------------------------------------------- */
    TEST_R                133, clz, 0x40, 0
    TEST_R                134, clz, 0x3f, 1
    TEST_R                135, clz, 0x0, -1
    TEST_R                136, clz, 0x0, 0x8000000000000000
    TEST_R                137, clz, 0x1, 0x7fffffffffffffff
    TEST_R                138, clz, 0x20, 0xffffffff
    TEST_R                139, clz, 0x10, 0x800000000000
    TEST_R_SRC1_EQ_DEST   140, clz, 0x0, 0xfedcba9876543210
    TEST_R_ZERO_DEST      141, clz, 0xfedcba9876543210

/* ---- CLZW ------------------------------------------------------------------------------------ */
    TEST_R                142, clzw, 0x20, 0
    TEST_R                143, clzw, 0x1f, 1
    TEST_R                144, clzw, 0x0, -1
    TEST_R                145, clzw, 0x0, 0x80000000
    TEST_R                146, clzw, 0x20, 0xffffffff00000000
    TEST_R                147, clzw, 0xf, 0xffffffff00010000
    TEST_R                148, clzw, 0x1, 0x7fffffff
    TEST_R_SRC1_EQ_DEST   149, clzw, 0x1, 0xfedcba9876543210
    TEST_R_ZERO_DEST      150, clzw, 0xfedcba9876543210

/* ---- CTZ ------------------------------------------------------------------------------------- */
    TEST_R                151, ctz, 0x40, 0
    TEST_R                152, ctz, 0x0, 1
    TEST_R                153, ctz, 0x0, -1
    TEST_R                154, ctz, 0x3f, 0x8000000000000000
    TEST_R                155, ctz, 0x20, 0xffffffff00000000
    TEST_R                156, ctz, 0x10, 0x10000
    TEST_R_SRC1_EQ_DEST   157, ctz, 0x4, 0xfedcba9876543210
    TEST_R_ZERO_DEST      158, ctz, 0xfedcba9876543210

/* ---- CTZW ------------------------------------------------------------------------------------ */
    TEST_R                159, ctzw, 0x20, 0
    TEST_R                160, ctzw, 0x0, 1
    TEST_R                161, ctzw, 0x1f, 0x80000000
    TEST_R                162, ctzw, 0x20, 0xffffffff00000000
    TEST_R                163, ctzw, 0x8, 0x1234567800000100
    TEST_R                164, ctzw, 0x0, -1
    TEST_R_SRC1_EQ_DEST   165, ctzw, 0x4, 0xfedcba9876543210
    TEST_R_ZERO_DEST      166, ctzw, 0xfedcba9876543210

/* ---- CPOP ------------------------------------------------------------------------------------ */
    TEST_R                167, cpop, 0x0, 0
    TEST_R                168, cpop, 0x1, 1
    TEST_R                169, cpop, 0x40, -1
    TEST_R                170, cpop, 0x1, 0x8000000000000000
    TEST_R                171, cpop, 0x20, 0x123456789abcdef
    TEST_R                172, cpop, 0x20, 0xfedcba9876543210
    TEST_R_SRC1_EQ_DEST   173, cpop, 0x20, 0xfedcba9876543210
    TEST_R_ZERO_DEST      174, cpop, 0xfedcba9876543210

/* ---- CPOPW ----------------------------------------------------------------------------------- */
    TEST_R                175, cpopw, 0x0, 0
    TEST_R                176, cpopw, 0x1, 1
    TEST_R                177, cpopw, 0x20, -1
    TEST_R                178, cpopw, 0x0, 0xffffffff00000000
    TEST_R                179, cpopw, 0x14, 0x123456789abcdef
    TEST_R                180, cpopw, 0x2, 0x80000001
    TEST_R_SRC1_EQ_DEST   181, cpopw, 0xc, 0xfedcba9876543210
    TEST_R_ZERO_DEST      182, cpopw, 0xfedcba9876543210

/* ---- SEXT.B ---------------------------------------------------------------------------------- */
    TEST_R                183, sext.b, 0x0, 0
    TEST_R                184, sext.b, 0x7f, 127
    TEST_R                185, sext.b, 0xffffffffffffff80, 128
    TEST_R                186, sext.b, 0xffffffffffffffff, 255
    TEST_R                187, sext.b, 0x1, 0x123456789abcde01
    TEST_R                188, sext.b, 0x7f, -129
    TEST_R_SRC1_EQ_DEST   189, sext.b, 0x10, 0xfedcba9876543210
    TEST_R_ZERO_DEST      190, sext.b, 0xfedcba9876543210

/* ---- SEXT.H ---------------------------------------------------------------------------------- */
    TEST_R                191, sext.h, 0x0, 0
    TEST_R                192, sext.h, 0x7fff, 0x7fff
    TEST_R                193, sext.h, 0xffffffffffff8000, 0x8000
    TEST_R                194, sext.h, 0xffffffffffffffff, 0xffff
    TEST_R                195, sext.h, 0x1234, 0x123456789abc1234
    TEST_R                196, sext.h, 0xffffffffffff8000, 0x18000
    TEST_R_SRC1_EQ_DEST   197, sext.h, 0x3210, 0xfedcba9876543210
    TEST_R_ZERO_DEST      198, sext.h, 0xfedcba9876543210

/* ---- ZEXT.H ---------------------------------------------------------------------------------- */
    TEST_R                199, zext.h, 0x0, 0
    TEST_R                200, zext.h, 0x7fff, 0x7fff
    TEST_R                201, zext.h, 0x8000, 0x8000
    TEST_R                202, zext.h, 0xffff, -1
    TEST_R                203, zext.h, 0xdef0, 0x123456789abcdef0
    TEST_R_SRC1_EQ_DEST   204, zext.h, 0x3210, 0xfedcba9876543210
    TEST_R_ZERO_DEST      205, zext.h, 0xfedcba9876543210

/* ---- ORC.B ----------------------------------------------------------------------------------- */
    TEST_R                206, orc.b, 0x0, 0
    TEST_R                207, orc.b, 0xff, 1
    TEST_R                208, orc.b, 0xff000000000000ff, 0x100000000000080
    TEST_R                209, orc.b, 0xffffffffffffffff, -1
    TEST_R                210, orc.b, 0xffff0000ff0000, 0x1020000300000
    TEST_R                211, orc.b, 0xff00000000000000, 0x8000000000000000
    TEST_R_SRC1_EQ_DEST   212, orc.b, 0xffffffffffffffff, 0xfedcba9876543210
    TEST_R_ZERO_DEST      213, orc.b, 0xfedcba9876543210

/* ---- REV8 ------------------------------------------------------------------------------------ */
    TEST_R                214, rev8, 0x0, 0
    TEST_R                215, rev8, 0x100000000000000, 1
    TEST_R                216, rev8, 0xefcdab8967452301, 0x123456789abcdef
    TEST_R                217, rev8, 0x1032547698badcfe, 0xfedcba9876543210
    TEST_R                218, rev8, 0x80, 0x8000000000000000
    TEST_R                219, rev8, 0xff00000000000000, 255
    TEST_R_SRC1_EQ_DEST   220, rev8, 0x1032547698badcfe, 0xfedcba9876543210
    TEST_R_ZERO_DEST      221, rev8, 0xfedcba9876543210

/* ---- RORI, RORIW ----------------------------------------------------------------------------- */
    TEST_RI               222, rori, 0x123456789abcdef, 0x123456789abcdef, 0
    TEST_RI               223, rori, 0xf0123456789abcde, 0x123456789abcdef, 4
    TEST_RI               224, rori, 0xc0000000c0000000, 0x8000000180000001, 1
    TEST_RI               225, rori, 0x300000003, 0x8000000180000001, 63
    TEST_RI               226, rori, 0x89abcdef01234567, 0x123456789abcdef, 32
    TEST_RI               227, roriw, 0x12345678, 0x12345678, 0
    TEST_RI               228, roriw, 0xffffffff81234567, 0x12345678, 4
    TEST_RI               229, roriw, 0xffffffffc0000000, 0x80000001, 1
    TEST_RI               230, roriw, 0xffffffff80000000, 1, 1
    TEST_RI               231, roriw, 0x4, 0xffffffff00000002, 31
    TEST_RI               232, roriw, 0xffffffff87654321, 0x87654321, 0
    TEST_RI_SRC1_EQ_DEST  233, rori, 0x10fedcba98765432, 0xfedcba9876543210, 8
    TEST_RI_ZERO_SRC1     234, rori, 0, 8
    TEST_RI_ZERO_DEST     235, rori, 0xfedcba9876543210, 8
    TEST_RI_SRC1_EQ_DEST  236, roriw, 0x10765432, 0xfedcba9876543210, 8
    TEST_RI_ZERO_SRC1     237, roriw, 0, 8
    TEST_RI_ZERO_DEST     238, roriw, 0xfedcba9876543210, 8

    TEST_END
