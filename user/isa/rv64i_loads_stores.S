/* SPDX-License-Identifier: MIT */
/* RV64I loads and stores: LB, LH, LW, LD, LBU, LHU, LWU, SB, SH, SW, SD, and FENCE.
 * Loads: sign extension (LB/LH/LW) against zero extension (LBU/LHU/LWU) of values with and
 * without their top bit set, positive and negative offsets including 2047 and -2048, rd = rs1,
 * rd = x0 (the loaded value is discarded). Stores: only the bytes of the store's width change
 * (the doublewords holding the stored bytes are read back whole), rs2 = x0, rs2 = rs1.
 * Misaligned loads and stores of every width at every offset within a doubleword, across a
 * doubleword boundary and across a 4 KiB page boundary (Linux and Basin allow them; checked on
 * qemu-riscv64). FENCE in several forms, including reserved ones that must behave as ordinary
 * fences, and the rd/rs1 fields it must ignore (rd is not written).
 * Expected values: the RISC-V Unprivileged ISA, "Load and Store Instructions"; a byte model of
 * the buffers computed them. */

#include "isa.h"

    TEST_BEGIN

/* ---- aligned loads from ldbuf (88 97 a6 b5 c4 d3 e2 f1 | 78 69 5a 4b 3c 2d 1e 0f | ...) ------ */
    TEST_LOAD             1, lb, 0xffffffffffffff88, ldbuf, 0
    TEST_LOAD             2, lb, 0x78, ldbuf, 8
    TEST_LOAD             3, lb, 0xfffffffffffffffe, ldbuf, 16
    TEST_LOAD             4, lb, 0x7f, ldbuf, 23
    TEST_LOAD             5, lb, 0xfffffffffffffffe, ldbuf+32, -16
    TEST_LOAD             6, lbu, 0x88, ldbuf, 0
    TEST_LOAD             7, lbu, 0x78, ldbuf, 8
    TEST_LOAD             8, lbu, 0xfe, ldbuf, 16
    TEST_LOAD             9, lbu, 0x7f, ldbuf, 23
    TEST_LOAD             10, lbu, 0xfe, ldbuf+32, -16
    TEST_LOAD             11, lh, 0xffffffffffff9788, ldbuf, 0
    TEST_LOAD             12, lh, 0x6978, ldbuf, 8
    TEST_LOAD             13, lh, 0x1fe, ldbuf, 16
    TEST_LOAD             14, lh, 0x7fff, ldbuf, 22
    TEST_LOAD             15, lh, 0x1fe, ldbuf+32, -16
    TEST_LOAD             16, lhu, 0x9788, ldbuf, 0
    TEST_LOAD             17, lhu, 0x6978, ldbuf, 8
    TEST_LOAD             18, lhu, 0x1fe, ldbuf, 16
    TEST_LOAD             19, lhu, 0x7fff, ldbuf, 22
    TEST_LOAD             20, lhu, 0x1fe, ldbuf+32, -16
    TEST_LOAD             21, lw, 0xffffffffb5a69788, ldbuf, 0
    TEST_LOAD             22, lw, 0x4b5a6978, ldbuf, 8
    TEST_LOAD             23, lw, 0xffffffff80ff01fe, ldbuf, 16
    TEST_LOAD             24, lw, 0x7fff007f, ldbuf, 20
    TEST_LOAD             25, lw, 0xffffffff80ff01fe, ldbuf+32, -16
    TEST_LOAD             26, lwu, 0xb5a69788, ldbuf, 0
    TEST_LOAD             27, lwu, 0x4b5a6978, ldbuf, 8
    TEST_LOAD             28, lwu, 0x80ff01fe, ldbuf, 16
    TEST_LOAD             29, lwu, 0x7fff007f, ldbuf, 20
    TEST_LOAD             30, lwu, 0x80ff01fe, ldbuf+32, -16
    TEST_LOAD             31, ld, 0xf1e2d3c4b5a69788, ldbuf, 0
    TEST_LOAD             32, ld, 0xf1e2d3c4b5a6978, ldbuf, 8
    TEST_LOAD             33, ld, 0x7fff007f80ff01fe, ldbuf, 16
    TEST_LOAD             34, ld, 0x7fff007f80ff01fe, ldbuf+32, -16

/* ---- offsets 2047 and -2048 (ldbuf2 lies 2048 bytes after ldbuf) ----------------------------- */
    TEST_LOAD             35, lb, 0xffffffffffffff88, ldbuf2+2048, -2048         /* ldbuf2 + 2048 - 2048 = ldbuf2 */
    TEST_LOAD             36, lbu, 0x88, ldbuf2+2048, -2048                      /* ldbuf2 + 2048 - 2048 = ldbuf2 */
    TEST_LOAD             37, lh, 0xffffffffffff9788, ldbuf2+2048, -2048         /* ldbuf2 + 2048 - 2048 = ldbuf2 */
    TEST_LOAD             38, lhu, 0x9788, ldbuf2+2048, -2048                    /* ldbuf2 + 2048 - 2048 = ldbuf2 */
    TEST_LOAD             39, lw, 0xffffffffb5a69788, ldbuf2+2048, -2048         /* ldbuf2 + 2048 - 2048 = ldbuf2 */
    TEST_LOAD             40, lwu, 0xb5a69788, ldbuf2+2048, -2048                /* ldbuf2 + 2048 - 2048 = ldbuf2 */
    TEST_LOAD             41, ld, 0xf1e2d3c4b5a69788, ldbuf2+2048, -2048         /* ldbuf2 + 2048 - 2048 = ldbuf2 */
    TEST_LOAD             42, lbu, 0x97, ldbuf2+1-2047, 2047                     /* byte 1 of ldbuf2 */
    TEST_LOAD             43, ld, 0xf1e2d3c4b5a69788, ldbuf2-2047, 2047          /* misaligned base, aligned sum */

/* ---- rd = rs1, rd = x0 ----------------------------------------------------------------------- */
    /* ld a1, 8(a1) */
    CASE    44
    la      a1, ldbuf
    ld      a1, 8(a1)
    CHECK   a1, 0xf1e2d3c4b5a6978

    /* lw a1, 8(a1) */
    CASE    45
    la      a1, ldbuf
    lw      a1, 8(a1)
    CHECK   a1, 0x4b5a6978

    /* lbu a1, 8(a1) */
    CASE    46
    la      a1, ldbuf
    lbu     a1, 8(a1)
    CHECK   a1, 0x78

    /* lb x0, 0(a1) */
    CASE    47
    la      a1, ldbuf
    lb      x0, 0(a1)
    CHECK_X0

    /* lh x0, 0(a1) */
    CASE    48
    la      a1, ldbuf
    lh      x0, 0(a1)
    CHECK_X0

    /* lw x0, 0(a1) */
    CASE    49
    la      a1, ldbuf
    lw      x0, 0(a1)
    CHECK_X0

    /* ld x0, 0(a1) */
    CASE    50
    la      a1, ldbuf
    ld      x0, 0(a1)
    CHECK_X0

    /* lbu x0, 0(a1) */
    CASE    51
    la      a1, ldbuf
    lbu     x0, 0(a1)
    CHECK_X0

    /* lhu x0, 0(a1) */
    CASE    52
    la      a1, ldbuf
    lhu     x0, 0(a1)
    CHECK_X0

    /* lwu x0, 0(a1) */
    CASE    53
    la      a1, ldbuf
    lwu     x0, 0(a1)
    CHECK_X0

/* ---- misaligned loads ------------------------------------------------------------------------ */
    TEST_LOAD             54, lh, 0x5a69, ldbuf, 9
    TEST_LOAD             55, lh, 0x3c4b, ldbuf, 11
    TEST_LOAD             56, lh, 0xfffffffffffffe0f, ldbuf, 15
    TEST_LOAD             57, lhu, 0x5a69, ldbuf, 9
    TEST_LOAD             58, lhu, 0x3c4b, ldbuf, 11
    TEST_LOAD             59, lhu, 0xfe0f, ldbuf, 15
    TEST_LOAD             60, lw, 0x3c4b5a69, ldbuf, 9
    TEST_LOAD             61, lw, 0x2d3c4b5a, ldbuf, 10
    TEST_LOAD             62, lw, 0x1e2d3c4b, ldbuf, 11
    TEST_LOAD             63, lw, 0xfffffffffe0f1e2d, ldbuf, 13
    TEST_LOAD             64, lw, 0x1fe0f1e, ldbuf, 14
    TEST_LOAD             65, lw, 0xffffffffff01fe0f, ldbuf, 15
    TEST_LOAD             66, lwu, 0x3c4b5a69, ldbuf, 9
    TEST_LOAD             67, lwu, 0x2d3c4b5a, ldbuf, 10
    TEST_LOAD             68, lwu, 0x1e2d3c4b, ldbuf, 11
    TEST_LOAD             69, lwu, 0xfe0f1e2d, ldbuf, 13
    TEST_LOAD             70, lwu, 0x1fe0f1e, ldbuf, 14
    TEST_LOAD             71, lwu, 0xff01fe0f, ldbuf, 15
    TEST_LOAD             72, ld, 0xfe0f1e2d3c4b5a69, ldbuf, 9
    TEST_LOAD             73, ld, 0x1fe0f1e2d3c4b5a, ldbuf, 10
    TEST_LOAD             74, ld, 0xff01fe0f1e2d3c4b, ldbuf, 11
    TEST_LOAD             75, ld, 0x80ff01fe0f1e2d3c, ldbuf, 12
    TEST_LOAD             76, ld, 0x7f80ff01fe0f1e2d, ldbuf, 13
    TEST_LOAD             77, ld, 0x7f80ff01fe0f1e, ldbuf, 14
    TEST_LOAD             78, ld, 0xff007f80ff01fe0f, ldbuf, 15

/* ---- misaligned loads across a page boundary (pagebuf + 8 is 4 KiB-aligned) ------------------ */
    TEST_LOAD             79, lh, 0xffffffffffff8776, pagebuf, 6
    TEST_LOAD             80, lhu, 0x8776, pagebuf, 6
    TEST_LOAD             81, lw, 0xffffffffa9988776, pagebuf, 6
    TEST_LOAD             82, lwu, 0xa9988776, pagebuf, 6
    TEST_LOAD             83, ld, 0xcbbaa99887766554, pagebuf, 4
    TEST_LOAD             84, ld, 0x9887766554433221, pagebuf, 1
    TEST_LOAD             85, ld, 0xfeeddccbbaa99887, pagebuf, 7

/* ---- stores: only the bytes of the store change (stbuf starts as bytes a0 a1 a2 ...) --------- */
    /* sb at stbuf+0 */
    CASE    86
    la      a1, stbuf
    li      a2, 0x8877665544332211
    sb      a2, 0(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0xa7a6a5a4a3a2a111

    /* sb at stbuf+8 */
    CASE    87
    la      a1, stbuf
    li      a2, 0x807f6e5d4c3b2a19
    sb      a2, 8(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0xafaeadacabaaa919

    /* sb at stbuf+15 */
    CASE    88
    la      a1, stbuf
    li      a2, 0x8778695a4b3c2d1e
    sb      a2, 15(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x1eaeadacabaaa919

    /* sh at stbuf+0 */
    CASE    89
    la      a1, stbuf
    li      a2, 0x8877665544332211
    sh      a2, 0(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0xa7a6a5a4a3a22211

    /* sh at stbuf+8 */
    CASE    90
    la      a1, stbuf
    li      a2, 0x807f6e5d4c3b2a19
    sh      a2, 8(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x1eaeadacabaa2a19

    /* sh at stbuf+14 */
    CASE    91
    la      a1, stbuf
    li      a2, 0x8679685b4a3d2c1f
    sh      a2, 14(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x2c1fadacabaa2a19

    /* sw at stbuf+0 */
    CASE    92
    la      a1, stbuf
    li      a2, 0x8877665544332211
    sw      a2, 0(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0xa7a6a5a444332211

    /* sw at stbuf+8 */
    CASE    93
    la      a1, stbuf
    li      a2, 0x807f6e5d4c3b2a19
    sw      a2, 8(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x2c1fadac4c3b2a19

    /* sw at stbuf+12 */
    CASE    94
    la      a1, stbuf
    li      a2, 0x847b6a59483f2e1d
    sw      a2, 12(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x483f2e1d4c3b2a19

    /* sd at stbuf+0 */
    CASE    95
    la      a1, stbuf
    li      a2, 0x8877665544332211
    sd      a2, 0(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0x8877665544332211

    /* sd at stbuf+8 */
    CASE    96
    la      a1, stbuf
    li      a2, 0x807f6e5d4c3b2a19
    sd      a2, 8(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x807f6e5d4c3b2a19

    /* sd at stbuf+8 */
    CASE    97
    la      a1, stbuf
    li      a2, 0x807f6e5d4c3b2a19
    sd      a2, 8(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x807f6e5d4c3b2a19

/* ---- stores with a negative offset, offsets -2048 and 2047 ----------------------------------- */
    /* sb at (stbuf + 32) - 8 */
    CASE    98
    la      a1, stbuf+32
    li      a2, 0x8877665544332211
    sb      a2, -8(a1)
    ld      a0, -8(a1)
    CHECK   a0, 0xbfbebdbcbbbab911

    /* sh at (stbuf + 32) - 8 */
    CASE    99
    la      a1, stbuf+32
    li      a2, 0x8877665544332211
    sh      a2, -8(a1)
    ld      a0, -8(a1)
    CHECK   a0, 0xbfbebdbcbbba2211

    /* sw at (stbuf + 32) - 8 */
    CASE    100
    la      a1, stbuf+32
    li      a2, 0x8877665544332211
    sw      a2, -8(a1)
    ld      a0, -8(a1)
    CHECK   a0, 0xbfbebdbc44332211

    /* sd at (stbuf + 32) - 8 */
    CASE    101
    la      a1, stbuf+32
    li      a2, 0x8877665544332211
    sd      a2, -8(a1)
    ld      a0, -8(a1)
    CHECK   a0, 0x8877665544332211

    /* sd with offset -2048 and 2047 (stbuf2 lies 2048 bytes after stbuf) */
    CASE    102
    la      a1, stbuf2+2048
    li      a2, 0x0123456789abcdef
    sd      a2, -2048(a1)
    la      a1, stbuf2-2047
    ld      a0, 2047(a1)
    CHECK   a0, 0x0123456789abcdef
    li      a2, 0x1111111111111111
    sd      a2, 2047(a1)
    la      a1, stbuf2
    ld      a0, 0(a1)
    CHECK   a0, 0x1111111111111111

/* ---- stores of x0 and of the base register itself -------------------------------------------- */
    /* sb x0 at stbuf+39 */
    CASE    103
    la      a1, stbuf
    sb      x0, 39(a1)
    ld      a0, 32(a1)
    CHECK   a0, 0xc6c5c4c3c2c1c0

    /* sh x0 at stbuf+38 */
    CASE    104
    la      a1, stbuf
    sh      x0, 38(a1)
    ld      a0, 32(a1)
    CHECK   a0, 0xc5c4c3c2c1c0

    /* sw x0 at stbuf+36 */
    CASE    105
    la      a1, stbuf
    sw      x0, 36(a1)
    ld      a0, 32(a1)
    CHECK   a0, 0xc3c2c1c0

    /* sd x0 at stbuf+40 */
    CASE    106
    la      a1, stbuf
    sd      x0, 40(a1)
    ld      a0, 40(a1)
    CHECK   a0, 0x0

    /* sd a1, 0(a1) stores the address */
    CASE    107
    la      a1, stbuf2+8
    sd      a1, 0(a1)
    ld      a0, 0(a1)
    CHECK_REG a0, a1

/* ---- misaligned stores ----------------------------------------------------------------------- */
    /* sh at stbuf+9 */
    CASE    108
    la      a1, stbuf
    li      a2, 0x669988bbaaddccff
    sh      a2, 9(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x807f6e5d4cccff19

    /* sh at stbuf+15 */
    CASE    109
    la      a1, stbuf
    li      a2, 0xffeeddccbbaa99
    sh      a2, 15(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x997f6e5d4cccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb7b6b5b4b3b2b1aa

    /* sw at stbuf+9 */
    CASE    110
    la      a1, stbuf
    li      a2, 0x669988bbaaddccff
    sw      a2, 9(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x997f6eaaddccff19

    /* sw at stbuf+10 */
    CASE    111
    la      a1, stbuf
    li      a2, 0x55aabb8899eeffcc
    sw      a2, 10(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x997f99eeffccff19

    /* sw at stbuf+11 */
    CASE    112
    la      a1, stbuf
    li      a2, 0x44bbaa9988ffeedd
    sw      a2, 11(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x9988ffeeddccff19

    /* sw at stbuf+13 */
    CASE    113
    la      a1, stbuf
    li      a2, 0x22ddccffee9988bb
    sw      a2, 13(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x9988bbeeddccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb7b6b5b4b3b2b1ee

    /* sw at stbuf+14 */
    CASE    114
    la      a1, stbuf
    li      a2, 0x11eeffccddaabb88
    sw      a2, 14(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0xbb88bbeeddccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb7b6b5b4b3b2ddaa

    /* sw at stbuf+15 */
    CASE    115
    la      a1, stbuf
    li      a2, 0xffeeddccbbaa99
    sw      a2, 15(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x9988bbeeddccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb7b6b5b4b3ccbbaa

    /* sd at stbuf+9 */
    CASE    116
    la      a1, stbuf
    li      a2, 0x669988bbaaddccff
    sd      a2, 9(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x9988bbaaddccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb7b6b5b4b3ccbb66

    /* sd at stbuf+10 */
    CASE    117
    la      a1, stbuf
    li      a2, 0x55aabb8899eeffcc
    sd      a2, 10(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0xbb8899eeffccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb7b6b5b4b3cc55aa

    /* sd at stbuf+11 */
    CASE    118
    la      a1, stbuf
    li      a2, 0x44bbaa9988ffeedd
    sd      a2, 11(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x9988ffeeddccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb7b6b5b4b344bbaa

    /* sd at stbuf+12 */
    CASE    119
    la      a1, stbuf
    li      a2, 0x33ccddeeff8899aa
    sd      a2, 12(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0xff8899aaddccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb7b6b5b433ccddee

    /* sd at stbuf+13 */
    CASE    120
    la      a1, stbuf
    li      a2, 0x22ddccffee9988bb
    sd      a2, 13(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x9988bbaaddccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb7b6b522ddccffee

    /* sd at stbuf+14 */
    CASE    121
    la      a1, stbuf
    li      a2, 0x11eeffccddaabb88
    sd      a2, 14(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0xbb88bbaaddccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb7b611eeffccddaa

    /* sd at stbuf+15 */
    CASE    122
    la      a1, stbuf
    li      a2, 0xffeeddccbbaa99
    sd      a2, 15(a1)
    ld      a0, 8(a1)
    CHECK   a0, 0x9988bbaaddccff19
    ld      a0, 16(a1)
    CHECK   a0, 0xb700ffeeddccbbaa

/* ---- misaligned stores across a page boundary ------------------------------------------------ */
    /* sh at pagebuf+7 */
    CASE    123
    la      a1, pagebuf
    li      a2, 0xf0e1d2c3b4a59680
    sh      a2, 7(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0x8076655443322110
    ld      a0, 8(a1)
    CHECK   a0, 0xffeeddccbbaa996
    ld      a0, 7(a1)
    CHECK   a0, 0xfeeddccbbaa99680

    /* sw at pagebuf+5 */
    CASE    124
    la      a1, pagebuf
    li      a2, 0xf0e1d2c3b4a59682
    sw      a2, 5(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0xa596825443322110
    ld      a0, 8(a1)
    CHECK   a0, 0xffeeddccbbaa9b4
    ld      a0, 5(a1)
    CHECK   a0, 0xdccbbaa9b4a59682

    /* sd at pagebuf+3 */
    CASE    125
    la      a1, pagebuf
    li      a2, 0xf0e1d2c3b4a59684
    sd      a2, 3(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0xc3b4a59684322110
    ld      a0, 8(a1)
    CHECK   a0, 0xffeeddccbf0e1d2
    ld      a0, 3(a1)
    CHECK   a0, 0xf0e1d2c3b4a59684

    /* sd at pagebuf+7 */
    CASE    126
    la      a1, pagebuf
    li      a2, 0xf0e1d2c3b4a59680
    sd      a2, 7(a1)
    ld      a0, 0(a1)
    CHECK   a0, 0x80b4a59684322110
    ld      a0, 8(a1)
    CHECK   a0, 0xff0e1d2c3b4a596
    ld      a0, 7(a1)
    CHECK   a0, 0xf0e1d2c3b4a59680

/* ---- FENCE: no architectural effect in a single hart; a0 must survive ------------------------ */
    /* fence */
    CASE    127
    li      a0, 0x55
    la      a1, stbuf2+16
    sd      a0, 0(a1)
    fence
    ld      a2, 0(a1)
    CHECK   a0, 0x55
    CHECK   a2, 0x55

    /* fence rw, rw */
    CASE    128
    li      a0, 0x55
    la      a1, stbuf2+16
    sd      a0, 0(a1)
    fence rw, rw
    ld      a2, 0(a1)
    CHECK   a0, 0x55
    CHECK   a2, 0x55

    /* fence iorw, iorw */
    CASE    129
    li      a0, 0x55
    la      a1, stbuf2+16
    sd      a0, 0(a1)
    fence iorw, iorw
    ld      a2, 0(a1)
    CHECK   a0, 0x55
    CHECK   a2, 0x55

    /* fence r, w */
    CASE    130
    li      a0, 0x55
    la      a1, stbuf2+16
    sd      a0, 0(a1)
    fence r, w
    ld      a2, 0(a1)
    CHECK   a0, 0x55
    CHECK   a2, 0x55

    /* fence.tso */
    CASE    131
    li      a0, 0x55
    la      a1, stbuf2+16
    sd      a0, 0(a1)
    fence.tso
    ld      a2, 0(a1)
    CHECK   a0, 0x55
    CHECK   a2, 0x55

    /* pause (fence w, 0) */
    CASE    132
    li      a0, 0x55
    la      a1, stbuf2+16
    sd      a0, 0(a1)
    .word   0x0100000f
    ld      a2, 0(a1)
    CHECK   a0, 0x55
    CHECK   a2, 0x55

    /* fence with rd = a0, rs1 = a1 (fields to ignore; a0 is not written) */
    CASE    133
    li      a0, 0x55
    la      a1, stbuf2+16
    sd      a0, 0(a1)
    .word   0x0ff5850f
    ld      a2, 0(a1)
    CHECK   a0, 0x55
    CHECK   a2, 0x55

    /* fence with a reserved fm (0b0001): a normal fence */
    CASE    134
    li      a0, 0x55
    la      a1, stbuf2+16
    sd      a0, 0(a1)
    .word   0x1ff0000f
    ld      a2, 0(a1)
    CHECK   a0, 0x55
    CHECK   a2, 0x55

    /* fence.tso form with pred/succ other than rw,rw (reserved): a normal fence */
    CASE    135
    li      a0, 0x55
    la      a1, stbuf2+16
    sd      a0, 0(a1)
    .word   0x8210000f
    ld      a2, 0(a1)
    CHECK   a0, 0x55
    CHECK   a2, 0x55

    /* fence 0, 0 */
    CASE    136
    li      a0, 0x55
    la      a1, stbuf2+16
    sd      a0, 0(a1)
    .word   0x0000000f
    ld      a2, 0(a1)
    CHECK   a0, 0x55
    CHECK   a2, 0x55

    TEST_END

    .data
    .balign 8
ldbuf:                      /* 32 bytes */
    .byte   0x88, 0x97, 0xa6, 0xb5, 0xc4, 0xd3, 0xe2, 0xf1
    .byte   0x78, 0x69, 0x5a, 0x4b, 0x3c, 0x2d, 0x1e, 0x0f
    .byte   0xfe, 0x01, 0xff, 0x80, 0x7f, 0x00, 0xff, 0x7f
    .byte   0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08
    .skip   2048 - 32
ldbuf2:                     /* ldbuf + 2048: the first 8 bytes of ldbuf again */
    .byte   0x88, 0x97, 0xa6, 0xb5, 0xc4, 0xd3, 0xe2, 0xf1
stbuf:                      /* 48 bytes: a0 a1 a2 ... cf */
    .byte   0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7
    .byte   0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf
    .byte   0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7
    .byte   0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf
    .byte   0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7
    .byte   0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf
    .skip   2048 - 48
stbuf2:
    .skip   32
    .balign 4096
    .skip   4096 - 8
pagebuf:                    /* 16 bytes across a page boundary */
    .byte   0x10, 0x21, 0x32, 0x43, 0x54, 0x65, 0x76, 0x87
    .byte   0x98, 0xa9, 0xba, 0xcb, 0xdc, 0xed, 0xfe, 0x0f
