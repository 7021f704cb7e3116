/* SPDX-License-Identifier: MIT */
/* RV64I unconditional jumps: JAL and JALR.
 * The link register receives the address of the next instruction (compared with lla, which is
 * auipc + addi); JALR's target is (rs1 + imm) with bit 0 cleared, computed before rd is
 * written (rd = rs1); immediates -2048 and 2047; rd = x0 (no link, x0 stays zero). JAL offsets
 * far enough to set every bit of its 20-bit immediate between them: +0xaaaa8 (bits 3, 5, ..., 19)
 * and -0x2aaac (bits 2, 4, ..., 18 and the sign), across a gap of zeros (jumping short of a
 * target runs into all-zero words, which are illegal instructions).
 * Expected values: the RISC-V Unprivileged ISA, "Unconditional Jumps". */

#include "isa.h"

    TEST_BEGIN

/* ---- JAL ------------------------------------------------------------------------------------- */
    /* jal forward: ra = the next instruction */
    CASE    1
    jal     ra, .Ljal_fwd_1
.Ljal_fwd_link_1:
    j       fail
.Ljal_fwd_1:
    lla     t0, .Ljal_fwd_link_1
    CHECK_REG ra, t0

    /* jal backward, link in t1 */
    CASE    2
    j       .Ljal_back_start_2
.Ljal_back_2:
    lla     t0, .Ljal_back_link_2
    CHECK_REG t1, t0
    j       .Ljal_back_done_2
.Ljal_back_start_2:
    jal     t1, .Ljal_back_2
.Ljal_back_link_2:
    j       fail
.Ljal_back_done_2:

    /* jal with rd = x0 (j): no link, x0 stays zero */
    CASE    3
    li      a0, 1
    jal     x0, .Ljal_x0_3
    j       fail
.Ljal_x0_3:
    CHECK_X0

    /* jal to the next instruction (offset 4) */
    CASE    4
    jal     a5, .Ljal_next_4
.Ljal_next_4:
    lla     t0, .Ljal_next_4
    CHECK_REG a5, t0

/* ---- JALR ------------------------------------------------------------------------------------ */
    /* jalr ra, 0(a1) */
    CASE    5
    lla     a1, .Ljalr_target_5
    jalr    ra, 0(a1)
.Ljalr_link_5:
    j       fail
    j       fail
.Ljalr_target_5:
    lla     t0, .Ljalr_link_5
    CHECK_REG ra, t0

    /* jalr with a positive immediate: 8(target - 8) */
    CASE    6
    lla     a1, .Ljalr_target_6
    addi    a1, a1, -8
    jalr    ra, 8(a1)
.Ljalr_link_6:
    j       fail
    j       fail
.Ljalr_target_6:
    lla     t0, .Ljalr_link_6
    CHECK_REG ra, t0

    /* jalr with a negative immediate: -12(target + 12) */
    CASE    7
    lla     a1, .Ljalr_target_7
    addi    a1, a1, 12
    jalr    ra, -12(a1)
.Ljalr_link_7:
    j       fail
    j       fail
.Ljalr_target_7:
    lla     t0, .Ljalr_link_7
    CHECK_REG ra, t0

    /* jalr with imm 2047: 2047(target - 2047) */
    CASE    8
    lla     a1, .Ljalr_target_8
    addi    a1, a1, -2047
    jalr    ra, 2047(a1)
.Ljalr_link_8:
    j       fail
    j       fail
.Ljalr_target_8:
    lla     t0, .Ljalr_link_8
    CHECK_REG ra, t0

    /* jalr with imm -2048: -2048(target + 2048) */
    CASE    9
    lla     a1, .Ljalr_target_9
    li      t0, 2048
    add     a1, a1, t0
    jalr    ra, -2048(a1)
.Ljalr_link_9:
    j       fail
.Ljalr_target_9:
    lla     t0, .Ljalr_link_9
    CHECK_REG ra, t0

    /* jalr clears bit 0 of the target: 0(target + 1) */
    CASE    10
    lla     a1, .Ljalr_target_10
    addi    a1, a1, 1
    jalr    ra, 0(a1)
.Ljalr_link_10:
    j       fail
    j       fail
.Ljalr_target_10:
    lla     t0, .Ljalr_link_10
    CHECK_REG ra, t0

    /* jalr clears bit 0 after the addition: 2(target - 1) */
    CASE    11
    lla     a1, .Ljalr_target_11
    addi    a1, a1, -1
    jalr    ra, 2(a1)
.Ljalr_link_11:
    j       fail
    j       fail
.Ljalr_target_11:
    lla     t0, .Ljalr_link_11
    CHECK_REG ra, t0

    /* jalr: 1(target) lands on target */
    CASE    12
    lla     a1, .Ljalr_target_12
    jalr    ra, 1(a1)
.Ljalr_link_12:
    j       fail
    j       fail
.Ljalr_target_12:
    lla     t0, .Ljalr_link_12
    CHECK_REG ra, t0

    /* jalr with rd = rs1: target from the old rs1, then the link */
    CASE    13
    lla     a1, .Ljalr_target_13
    jalr    a1, 0(a1)
.Ljalr_link_13:
    j       fail
    j       fail
.Ljalr_target_13:
    lla     t0, .Ljalr_link_13
    CHECK_REG a1, t0

    /* jalr with rd = rs1 and an immediate */
    CASE    14
    lla     t2, .Ljalr_target_14
    addi    t2, t2, -4
    jalr    t2, 4(t2)
.Ljalr_link_14:
    j       fail
    j       fail
.Ljalr_target_14:
    lla     t0, .Ljalr_link_14
    CHECK_REG t2, t0

    /* jalr with rd = x0 (jr): x0 stays zero */
    CASE    15
    lla     a1, .Ljalr_target_15
    jalr    x0, 0(a1)
.Ljalr_link_15:
    j       fail
    j       fail
.Ljalr_target_15:
    CHECK_X0

    /* jalr in a6 (an upper register) */
    CASE    16
    lla     a6, .Ljalr_target_16
    jalr    s11, 0(a6)
.Ljalr_link_16:
    j       fail
    j       fail
.Ljalr_target_16:
    lla     t0, .Ljalr_link_16
    CHECK_REG s11, t0

    /* jalr as a call and ret (jalr x0, 0(ra)) back to the caller */
    CASE    17
    li      a0, 0
    call    .Lcallee_17
    CHECK   a0, 77
    j       .Lcallee_done_17
.Lcallee_17:
    li      a0, 77
    ret
.Lcallee_done_17:

/* ---- JAL offsets that set every immediate bit ------------------------------------------------ */
    /* jal +0xaaaa8, then jal -0x2aaac back into the gap, then j forward out */
    CASE    18
.Lfar_a:
    jal     t1, .Lfar_b             /* +0xaaaa8: immediate bits 3, 5, 7, ..., 19 */
.Lfar_a_link:
    j       fail
    .skip   0x7fffc - 8             /* zeros (illegal instructions) */
.Lfar_c:                            /* .Lfar_a + 0x7fffc */
    lla     t0, .Lfar_a_link
    CHECK_REG t1, t0
    lla     t0, .Lfar_b_link
    CHECK_REG t2, t0
    j       .Lfar_done
    .balign 4
    .skip   .Lfar_c + (0xaaaa8 - 0x7fffc) - .    /* more zeros up to .Lfar_a + 0xaaaa8 */
.Lfar_b:
    jal     t2, .Lfar_c             /* -0x2aaac: bits 2, 4, 6, ..., 18 and 20 (the sign) */
.Lfar_b_link:
    j       fail
.Lfar_done:

    TEST_END
