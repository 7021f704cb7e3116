/* SPDX-License-Identifier: MIT */
/* RV64A: LR.W/D, SC.W/D and every AMO in .W and .D (AMOSWAP, AMOADD, AMOXOR, AMOAND, AMOOR,
 * AMOMIN, AMOMAX, AMOMINU, AMOMAXU), with and without the aq/rl bits.
 * AMOs: rd receives the old memory value (sign-extended from 32 bits for .W), memory receives
 * op(old, rs2); .W operations use only the low 32 bits of rs2 and leave the other half of the
 * doubleword alone; MIN/MAX compare signed, MINU/MAXU unsigned, at the width of the operation;
 * rd = x0, rd = rs2, rd = rs1 (the address is read before rd is written), rs2 = x0.
 * LR/SC: LR.W sign-extends; a successful SC writes 0 to rd and stores (SC.W only 32 bits); a
 * failed SC writes a nonzero value to rd and does not store. Failure is required by the
 * specification for an SC without any LR before it, an SC after another SC (even a failed
 * one), and an SC to an address other than the LR's, including after a second LR elsewhere
 * (this assumes, as QEMU does, that the reservation set is the LR's own bytes: the
 * specification would let an implementation reserve more, 256 bytes away being unusual).
 * Straight-line LR/SC pairs with nothing stored in between must succeed at once (the
 * specification only promises eventual success to retry loops, but neither QEMU nor Basin
 * fails an SC spuriously); one case is such a retry loop.
 * A store by the same hart between LR and SC is outside the specification's rules (they speak
 * of stores from other harts), so the SC may succeed or fail:
 * - to the reserved address: QEMU and Basin both fail the SC when the stored value differs
 *   (QEMU compares the value, so it must differ); cases 90 and 91 require the failure;
 * - to another address: QEMU lets the SC succeed, Basin (which drops the reservation on any
 *   store) fails it; cases 92 and 93 accept either outcome but check that rd and memory agree.
 *   Built with -DSC_FAILS_AFTER_ANY_STORE they require the failure (Basin's rule; QEMU then
 *   fails the first of them).
 * Expected values: the RISC-V Unprivileged ISA, chapter "A". */

#include "isa.h"

    TEST_BEGIN

/* ---- SC without a reservation (the first LR/SC instruction of the program) ------------------- */
    /* sc.w with no LR before it fails and does not store */
    CASE    1
    la      a1, lrbuf
    li      a2, 0x11111111
    li      a0, 0
    sc.w    a0, a2, (a1)
    CHECK_NONZERO a0
    ld      t0, 0(a1)
    CHECK   t0, 0x0123456789abcdef

/* ---- AMOSWAP.W ------------------------------------------------------------------------------- */
    /* amoswap.w: old 0x80000001, rs2 0xdeadbeef7ffffffe */
    CASE    2
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000001
    sd      t0, 0(a1)
    li      a2, 0xdeadbeef7ffffffe
    amoswap.w   a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a7ffffffe

    /* amoswap.w: old 0x7fffffff, rs2 0x80000000 */
    CASE    3
    la      a1, amobuf
    li      t0, 0x5a5a5a5a7fffffff
    sd      t0, 0(a1)
    li      a2, 0x80000000
    amoswap.w   a0, a2, (a1)
    CHECK   a0, 0x7fffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a80000000

    /* amoswap.w: old 0xfffffff0, rs2 0x100000003 */
    CASE    4
    la      a1, amobuf
    li      t0, 0x5a5a5a5afffffff0
    sd      t0, 0(a1)
    li      a2, 0x100000003
    amoswap.w   a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a00000003

    /* amoswap.w on the upper word of the doubleword */
    CASE    5
    la      a1, amobuf
    li      t0, 0x800000015a5a5a5a
    sd      t0, 0(a1)
    addi    a1, a1, 4
    li      a2, 0xdeadbeef7ffffffe
    amoswap.w   a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x7ffffffe5a5a5a5a

/* ---- AMOADD.W -------------------------------------------------------------------------------- */
    /* amoadd.w: old 0x80000001, rs2 0xdeadbeef7ffffffe */
    CASE    6
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000001
    sd      t0, 0(a1)
    li      a2, 0xdeadbeef7ffffffe
    amoadd.w    a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5affffffff

    /* amoadd.w: old 0x7fffffff, rs2 0x80000000 */
    CASE    7
    la      a1, amobuf
    li      t0, 0x5a5a5a5a7fffffff
    sd      t0, 0(a1)
    li      a2, 0x80000000
    amoadd.w    a0, a2, (a1)
    CHECK   a0, 0x7fffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5affffffff

    /* amoadd.w: old 0xfffffff0, rs2 0x100000003 */
    CASE    8
    la      a1, amobuf
    li      t0, 0x5a5a5a5afffffff0
    sd      t0, 0(a1)
    li      a2, 0x100000003
    amoadd.w    a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5afffffff3

    /* amoadd.w on the upper word of the doubleword */
    CASE    9
    la      a1, amobuf
    li      t0, 0x800000015a5a5a5a
    sd      t0, 0(a1)
    addi    a1, a1, 4
    li      a2, 0xdeadbeef7ffffffe
    amoadd.w    a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xffffffff5a5a5a5a

/* ---- AMOXOR.W -------------------------------------------------------------------------------- */
    /* amoxor.w: old 0x80000001, rs2 0xdeadbeef7ffffffe */
    CASE    10
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000001
    sd      t0, 0(a1)
    li      a2, 0xdeadbeef7ffffffe
    amoxor.w    a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5affffffff

    /* amoxor.w: old 0x7fffffff, rs2 0x80000000 */
    CASE    11
    la      a1, amobuf
    li      t0, 0x5a5a5a5a7fffffff
    sd      t0, 0(a1)
    li      a2, 0x80000000
    amoxor.w    a0, a2, (a1)
    CHECK   a0, 0x7fffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5affffffff

    /* amoxor.w: old 0xfffffff0, rs2 0x100000003 */
    CASE    12
    la      a1, amobuf
    li      t0, 0x5a5a5a5afffffff0
    sd      t0, 0(a1)
    li      a2, 0x100000003
    amoxor.w    a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5afffffff3

    /* amoxor.w on the upper word of the doubleword */
    CASE    13
    la      a1, amobuf
    li      t0, 0x800000015a5a5a5a
    sd      t0, 0(a1)
    addi    a1, a1, 4
    li      a2, 0xdeadbeef7ffffffe
    amoxor.w    a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xffffffff5a5a5a5a

/* ---- AMOAND.W -------------------------------------------------------------------------------- */
    /* amoand.w: old 0x80000001, rs2 0xdeadbeef7ffffffe */
    CASE    14
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000001
    sd      t0, 0(a1)
    li      a2, 0xdeadbeef7ffffffe
    amoand.w    a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a00000000

    /* amoand.w: old 0x7fffffff, rs2 0x80000000 */
    CASE    15
    la      a1, amobuf
    li      t0, 0x5a5a5a5a7fffffff
    sd      t0, 0(a1)
    li      a2, 0x80000000
    amoand.w    a0, a2, (a1)
    CHECK   a0, 0x7fffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a00000000

    /* amoand.w: old 0xfffffff0, rs2 0x100000003 */
    CASE    16
    la      a1, amobuf
    li      t0, 0x5a5a5a5afffffff0
    sd      t0, 0(a1)
    li      a2, 0x100000003
    amoand.w    a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a00000000

    /* amoand.w on the upper word of the doubleword */
    CASE    17
    la      a1, amobuf
    li      t0, 0x800000015a5a5a5a
    sd      t0, 0(a1)
    addi    a1, a1, 4
    li      a2, 0xdeadbeef7ffffffe
    amoand.w    a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a

/* ---- AMOOR.W --------------------------------------------------------------------------------- */
    /* amoor.w: old 0x80000001, rs2 0xdeadbeef7ffffffe */
    CASE    18
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000001
    sd      t0, 0(a1)
    li      a2, 0xdeadbeef7ffffffe
    amoor.w     a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5affffffff

    /* amoor.w: old 0x7fffffff, rs2 0x80000000 */
    CASE    19
    la      a1, amobuf
    li      t0, 0x5a5a5a5a7fffffff
    sd      t0, 0(a1)
    li      a2, 0x80000000
    amoor.w     a0, a2, (a1)
    CHECK   a0, 0x7fffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5affffffff

    /* amoor.w: old 0xfffffff0, rs2 0x100000003 */
    CASE    20
    la      a1, amobuf
    li      t0, 0x5a5a5a5afffffff0
    sd      t0, 0(a1)
    li      a2, 0x100000003
    amoor.w     a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5afffffff3

    /* amoor.w on the upper word of the doubleword */
    CASE    21
    la      a1, amobuf
    li      t0, 0x800000015a5a5a5a
    sd      t0, 0(a1)
    addi    a1, a1, 4
    li      a2, 0xdeadbeef7ffffffe
    amoor.w     a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xffffffff5a5a5a5a

/* ---- AMOMIN.W -------------------------------------------------------------------------------- */
    /* amomin.w: old 0x80000001, rs2 0xdeadbeef7ffffffe */
    CASE    22
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000001
    sd      t0, 0(a1)
    li      a2, 0xdeadbeef7ffffffe
    amomin.w    a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a80000001

    /* amomin.w: old 0x7fffffff, rs2 0x80000000 */
    CASE    23
    la      a1, amobuf
    li      t0, 0x5a5a5a5a7fffffff
    sd      t0, 0(a1)
    li      a2, 0x80000000
    amomin.w    a0, a2, (a1)
    CHECK   a0, 0x7fffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a80000000

    /* amomin.w: old 0xfffffff0, rs2 0x100000003 */
    CASE    24
    la      a1, amobuf
    li      t0, 0x5a5a5a5afffffff0
    sd      t0, 0(a1)
    li      a2, 0x100000003
    amomin.w    a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5afffffff0

    /* amomin.w on the upper word of the doubleword */
    CASE    25
    la      a1, amobuf
    li      t0, 0x800000015a5a5a5a
    sd      t0, 0(a1)
    addi    a1, a1, 4
    li      a2, 0xdeadbeef7ffffffe
    amomin.w    a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x800000015a5a5a5a

/* ---- AMOMAX.W -------------------------------------------------------------------------------- */
    /* amomax.w: old 0x80000001, rs2 0xdeadbeef7ffffffe */
    CASE    26
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000001
    sd      t0, 0(a1)
    li      a2, 0xdeadbeef7ffffffe
    amomax.w    a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a7ffffffe

    /* amomax.w: old 0x7fffffff, rs2 0x80000000 */
    CASE    27
    la      a1, amobuf
    li      t0, 0x5a5a5a5a7fffffff
    sd      t0, 0(a1)
    li      a2, 0x80000000
    amomax.w    a0, a2, (a1)
    CHECK   a0, 0x7fffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a7fffffff

    /* amomax.w: old 0xfffffff0, rs2 0x100000003 */
    CASE    28
    la      a1, amobuf
    li      t0, 0x5a5a5a5afffffff0
    sd      t0, 0(a1)
    li      a2, 0x100000003
    amomax.w    a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a00000003

    /* amomax.w on the upper word of the doubleword */
    CASE    29
    la      a1, amobuf
    li      t0, 0x800000015a5a5a5a
    sd      t0, 0(a1)
    addi    a1, a1, 4
    li      a2, 0xdeadbeef7ffffffe
    amomax.w    a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x7ffffffe5a5a5a5a

/* ---- AMOMINU.W ------------------------------------------------------------------------------- */
    /* amominu.w: old 0x80000001, rs2 0xdeadbeef7ffffffe */
    CASE    30
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000001
    sd      t0, 0(a1)
    li      a2, 0xdeadbeef7ffffffe
    amominu.w   a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a7ffffffe

    /* amominu.w: old 0x7fffffff, rs2 0x80000000 */
    CASE    31
    la      a1, amobuf
    li      t0, 0x5a5a5a5a7fffffff
    sd      t0, 0(a1)
    li      a2, 0x80000000
    amominu.w   a0, a2, (a1)
    CHECK   a0, 0x7fffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a7fffffff

    /* amominu.w: old 0xfffffff0, rs2 0x100000003 */
    CASE    32
    la      a1, amobuf
    li      t0, 0x5a5a5a5afffffff0
    sd      t0, 0(a1)
    li      a2, 0x100000003
    amominu.w   a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a00000003

    /* amominu.w on the upper word of the doubleword */
    CASE    33
    la      a1, amobuf
    li      t0, 0x800000015a5a5a5a
    sd      t0, 0(a1)
    addi    a1, a1, 4
    li      a2, 0xdeadbeef7ffffffe
    amominu.w   a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x7ffffffe5a5a5a5a

/* ---- AMOMAXU.W ------------------------------------------------------------------------------- */
    /* amomaxu.w: old 0x80000001, rs2 0xdeadbeef7ffffffe */
    CASE    34
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000001
    sd      t0, 0(a1)
    li      a2, 0xdeadbeef7ffffffe
    amomaxu.w   a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a80000001

    /* amomaxu.w: old 0x7fffffff, rs2 0x80000000 */
    CASE    35
    la      a1, amobuf
    li      t0, 0x5a5a5a5a7fffffff
    sd      t0, 0(a1)
    li      a2, 0x80000000
    amomaxu.w   a0, a2, (a1)
    CHECK   a0, 0x7fffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a80000000

    /* amomaxu.w: old 0xfffffff0, rs2 0x100000003 */
    CASE    36
    la      a1, amobuf
    li      t0, 0x5a5a5a5afffffff0
    sd      t0, 0(a1)
    li      a2, 0x100000003
    amomaxu.w   a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5afffffff0

    /* amomaxu.w on the upper word of the doubleword */
    CASE    37
    la      a1, amobuf
    li      t0, 0x800000015a5a5a5a
    sd      t0, 0(a1)
    addi    a1, a1, 4
    li      a2, 0xdeadbeef7ffffffe
    amomaxu.w   a0, a2, (a1)
    CHECK   a0, 0xffffffff80000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x800000015a5a5a5a

/* ---- AMOSWAP.D ------------------------------------------------------------------------------- */
    /* amoswap.d: old 0x8000000000000001, rs2 0x7ffffffffffffffe */
    CASE    38
    la      a1, amobuf
    li      t0, 0x8000000000000001
    sd      t0, 0(a1)
    li      a2, 0x7ffffffffffffffe
    amoswap.d   a0, a2, (a1)
    CHECK   a0, 0x8000000000000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x7ffffffffffffffe

    /* amoswap.d: old 0x7fffffffffffffff, rs2 0xffffffff00000000 */
    CASE    39
    la      a1, amobuf
    li      t0, 0x7fffffffffffffff
    sd      t0, 0(a1)
    li      a2, 0xffffffff00000000
    amoswap.d   a0, a2, (a1)
    CHECK   a0, 0x7fffffffffffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xffffffff00000000

    /* amoswap.d: old 0xfffffffffffffff0, rs2 0x3 */
    CASE    40
    la      a1, amobuf
    li      t0, 0xfffffffffffffff0
    sd      t0, 0(a1)
    li      a2, 3
    amoswap.d   a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x3

/* ---- AMOADD.D -------------------------------------------------------------------------------- */
    /* amoadd.d: old 0x8000000000000001, rs2 0x7ffffffffffffffe */
    CASE    41
    la      a1, amobuf
    li      t0, 0x8000000000000001
    sd      t0, 0(a1)
    li      a2, 0x7ffffffffffffffe
    amoadd.d    a0, a2, (a1)
    CHECK   a0, 0x8000000000000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xffffffffffffffff

    /* amoadd.d: old 0x7fffffffffffffff, rs2 0xffffffff00000000 */
    CASE    42
    la      a1, amobuf
    li      t0, 0x7fffffffffffffff
    sd      t0, 0(a1)
    li      a2, 0xffffffff00000000
    amoadd.d    a0, a2, (a1)
    CHECK   a0, 0x7fffffffffffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x7ffffffeffffffff

    /* amoadd.d: old 0xfffffffffffffff0, rs2 0x3 */
    CASE    43
    la      a1, amobuf
    li      t0, 0xfffffffffffffff0
    sd      t0, 0(a1)
    li      a2, 3
    amoadd.d    a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xfffffffffffffff3

/* ---- AMOXOR.D -------------------------------------------------------------------------------- */
    /* amoxor.d: old 0x8000000000000001, rs2 0x7ffffffffffffffe */
    CASE    44
    la      a1, amobuf
    li      t0, 0x8000000000000001
    sd      t0, 0(a1)
    li      a2, 0x7ffffffffffffffe
    amoxor.d    a0, a2, (a1)
    CHECK   a0, 0x8000000000000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xffffffffffffffff

    /* amoxor.d: old 0x7fffffffffffffff, rs2 0xffffffff00000000 */
    CASE    45
    la      a1, amobuf
    li      t0, 0x7fffffffffffffff
    sd      t0, 0(a1)
    li      a2, 0xffffffff00000000
    amoxor.d    a0, a2, (a1)
    CHECK   a0, 0x7fffffffffffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x80000000ffffffff

    /* amoxor.d: old 0xfffffffffffffff0, rs2 0x3 */
    CASE    46
    la      a1, amobuf
    li      t0, 0xfffffffffffffff0
    sd      t0, 0(a1)
    li      a2, 3
    amoxor.d    a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xfffffffffffffff3

/* ---- AMOAND.D -------------------------------------------------------------------------------- */
    /* amoand.d: old 0x8000000000000001, rs2 0x7ffffffffffffffe */
    CASE    47
    la      a1, amobuf
    li      t0, 0x8000000000000001
    sd      t0, 0(a1)
    li      a2, 0x7ffffffffffffffe
    amoand.d    a0, a2, (a1)
    CHECK   a0, 0x8000000000000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x0

    /* amoand.d: old 0x7fffffffffffffff, rs2 0xffffffff00000000 */
    CASE    48
    la      a1, amobuf
    li      t0, 0x7fffffffffffffff
    sd      t0, 0(a1)
    li      a2, 0xffffffff00000000
    amoand.d    a0, a2, (a1)
    CHECK   a0, 0x7fffffffffffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x7fffffff00000000

    /* amoand.d: old 0xfffffffffffffff0, rs2 0x3 */
    CASE    49
    la      a1, amobuf
    li      t0, 0xfffffffffffffff0
    sd      t0, 0(a1)
    li      a2, 3
    amoand.d    a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x0

/* ---- AMOOR.D --------------------------------------------------------------------------------- */
    /* amoor.d: old 0x8000000000000001, rs2 0x7ffffffffffffffe */
    CASE    50
    la      a1, amobuf
    li      t0, 0x8000000000000001
    sd      t0, 0(a1)
    li      a2, 0x7ffffffffffffffe
    amoor.d     a0, a2, (a1)
    CHECK   a0, 0x8000000000000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xffffffffffffffff

    /* amoor.d: old 0x7fffffffffffffff, rs2 0xffffffff00000000 */
    CASE    51
    la      a1, amobuf
    li      t0, 0x7fffffffffffffff
    sd      t0, 0(a1)
    li      a2, 0xffffffff00000000
    amoor.d     a0, a2, (a1)
    CHECK   a0, 0x7fffffffffffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xffffffffffffffff

    /* amoor.d: old 0xfffffffffffffff0, rs2 0x3 */
    CASE    52
    la      a1, amobuf
    li      t0, 0xfffffffffffffff0
    sd      t0, 0(a1)
    li      a2, 3
    amoor.d     a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xfffffffffffffff3

/* ---- AMOMIN.D -------------------------------------------------------------------------------- */
    /* amomin.d: old 0x8000000000000001, rs2 0x7ffffffffffffffe */
    CASE    53
    la      a1, amobuf
    li      t0, 0x8000000000000001
    sd      t0, 0(a1)
    li      a2, 0x7ffffffffffffffe
    amomin.d    a0, a2, (a1)
    CHECK   a0, 0x8000000000000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x8000000000000001

    /* amomin.d: old 0x7fffffffffffffff, rs2 0xffffffff00000000 */
    CASE    54
    la      a1, amobuf
    li      t0, 0x7fffffffffffffff
    sd      t0, 0(a1)
    li      a2, 0xffffffff00000000
    amomin.d    a0, a2, (a1)
    CHECK   a0, 0x7fffffffffffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xffffffff00000000

    /* amomin.d: old 0xfffffffffffffff0, rs2 0x3 */
    CASE    55
    la      a1, amobuf
    li      t0, 0xfffffffffffffff0
    sd      t0, 0(a1)
    li      a2, 3
    amomin.d    a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xfffffffffffffff0

/* ---- AMOMAX.D -------------------------------------------------------------------------------- */
    /* amomax.d: old 0x8000000000000001, rs2 0x7ffffffffffffffe */
    CASE    56
    la      a1, amobuf
    li      t0, 0x8000000000000001
    sd      t0, 0(a1)
    li      a2, 0x7ffffffffffffffe
    amomax.d    a0, a2, (a1)
    CHECK   a0, 0x8000000000000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x7ffffffffffffffe

    /* amomax.d: old 0x7fffffffffffffff, rs2 0xffffffff00000000 */
    CASE    57
    la      a1, amobuf
    li      t0, 0x7fffffffffffffff
    sd      t0, 0(a1)
    li      a2, 0xffffffff00000000
    amomax.d    a0, a2, (a1)
    CHECK   a0, 0x7fffffffffffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x7fffffffffffffff

    /* amomax.d: old 0xfffffffffffffff0, rs2 0x3 */
    CASE    58
    la      a1, amobuf
    li      t0, 0xfffffffffffffff0
    sd      t0, 0(a1)
    li      a2, 3
    amomax.d    a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x3

/* ---- AMOMINU.D ------------------------------------------------------------------------------- */
    /* amominu.d: old 0x8000000000000001, rs2 0x7ffffffffffffffe */
    CASE    59
    la      a1, amobuf
    li      t0, 0x8000000000000001
    sd      t0, 0(a1)
    li      a2, 0x7ffffffffffffffe
    amominu.d   a0, a2, (a1)
    CHECK   a0, 0x8000000000000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x7ffffffffffffffe

    /* amominu.d: old 0x7fffffffffffffff, rs2 0xffffffff00000000 */
    CASE    60
    la      a1, amobuf
    li      t0, 0x7fffffffffffffff
    sd      t0, 0(a1)
    li      a2, 0xffffffff00000000
    amominu.d   a0, a2, (a1)
    CHECK   a0, 0x7fffffffffffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x7fffffffffffffff

    /* amominu.d: old 0xfffffffffffffff0, rs2 0x3 */
    CASE    61
    la      a1, amobuf
    li      t0, 0xfffffffffffffff0
    sd      t0, 0(a1)
    li      a2, 3
    amominu.d   a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x3

/* ---- AMOMAXU.D ------------------------------------------------------------------------------- */
    /* amomaxu.d: old 0x8000000000000001, rs2 0x7ffffffffffffffe */
    CASE    62
    la      a1, amobuf
    li      t0, 0x8000000000000001
    sd      t0, 0(a1)
    li      a2, 0x7ffffffffffffffe
    amomaxu.d   a0, a2, (a1)
    CHECK   a0, 0x8000000000000001
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x8000000000000001

    /* amomaxu.d: old 0x7fffffffffffffff, rs2 0xffffffff00000000 */
    CASE    63
    la      a1, amobuf
    li      t0, 0x7fffffffffffffff
    sd      t0, 0(a1)
    li      a2, 0xffffffff00000000
    amomaxu.d   a0, a2, (a1)
    CHECK   a0, 0x7fffffffffffffff
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xffffffff00000000

    /* amomaxu.d: old 0xfffffffffffffff0, rs2 0x3 */
    CASE    64
    la      a1, amobuf
    li      t0, 0xfffffffffffffff0
    sd      t0, 0(a1)
    li      a2, 3
    amomaxu.d   a0, a2, (a1)
    CHECK   a0, 0xfffffffffffffff0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0xfffffffffffffff0

/* ---- AMO register variants and ordering bits ------------------------------------------------- */
    /* amoadd.w x0: memory updated, x0 stays zero */
    CASE    65
    la      a1, amobuf
    li      t0, 0x5a5a5a5a7fffffff
    sd      t0, 0(a1)
    li      a2, 1
    amoadd.w    x0, a2, (a1)
    CHECK_X0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a80000000

    /* amoswap.d x0 (an atomic store) */
    CASE    66
    la      a1, amobuf
    li      t0, 0x1122334455667788
    sd      t0, 0(a1)
    li      a2, 153
    amoswap.d   x0, a2, (a1)
    CHECK_X0
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x99

    /* amoor.d with rs2 = x0 (an atomic load) */
    CASE    67
    la      a1, amobuf
    li      t0, 0x8877665544332211
    sd      t0, 0(a1)
    amoor.d     a0, x0, (a1)
    CHECK   a0, 0x8877665544332211
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x8877665544332211

    /* amoswap.w with rd = rs2 */
    CASE    68
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000000
    sd      t0, 0(a1)
    li      a2, 0x12345678
    amoswap.w   a2, a2, (a1)
    CHECK   a2, 0xffffffff80000000
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a12345678

    /* amoadd.d with rd = rs1 */
    CASE    69
    la      a1, amobuf
    li      t0, 0x28
    sd      t0, 0(a1)
    li      a2, 2
    amoadd.d    a1, a2, (a1)
    CHECK   a1, 0x28
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x2a

    /* amomaxu.w through a4 on the upper word */
    CASE    70
    la      a1, amobuf
    li      t0, 0x800000005a5a5a5a
    sd      t0, 0(a1)
    addi    a4, a1, 4
    li      a2, 0x7fffffff
    amomaxu.w   a3, a2, (a4)
    CHECK   a3, 0xffffffff80000000
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x800000005a5a5a5a

    /* amoadd.d.aq: old 0x64, rs2 0xffffffffffffffff */
    CASE    71
    la      a1, amobuf
    li      t0, 0x64
    sd      t0, 0(a1)
    li      a2, -1
    amoadd.d.aq a0, a2, (a1)
    CHECK   a0, 0x64
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x63

    /* amoswap.w.aq: old 0x80000000, rs2 0x7fffffff */
    CASE    72
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000000
    sd      t0, 0(a1)
    li      a2, 0x7fffffff
    amoswap.w.aq a0, a2, (a1)
    CHECK   a0, 0xffffffff80000000
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a7fffffff

    /* amoadd.d.rl: old 0x64, rs2 0xffffffffffffffff */
    CASE    73
    la      a1, amobuf
    li      t0, 0x64
    sd      t0, 0(a1)
    li      a2, -1
    amoadd.d.rl a0, a2, (a1)
    CHECK   a0, 0x64
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x63

    /* amoswap.w.rl: old 0x80000000, rs2 0x7fffffff */
    CASE    74
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000000
    sd      t0, 0(a1)
    li      a2, 0x7fffffff
    amoswap.w.rl a0, a2, (a1)
    CHECK   a0, 0xffffffff80000000
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a7fffffff

    /* amoadd.d.aqrl: old 0x64, rs2 0xffffffffffffffff */
    CASE    75
    la      a1, amobuf
    li      t0, 0x64
    sd      t0, 0(a1)
    li      a2, -1
    amoadd.d.aqrl a0, a2, (a1)
    CHECK   a0, 0x64
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x63

    /* amoswap.w.aqrl: old 0x80000000, rs2 0x7fffffff */
    CASE    76
    la      a1, amobuf
    li      t0, 0x5a5a5a5a80000000
    sd      t0, 0(a1)
    li      a2, 0x7fffffff
    amoswap.w.aqrl a0, a2, (a1)
    CHECK   a0, 0xffffffff80000000
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5a7fffffff

    /* amominu.d.aqrl: old 0x5, rs2 0xffffffffffffffff */
    CASE    77
    la      a1, amobuf
    li      t0, 0x5
    sd      t0, 0(a1)
    li      a2, -1
    amominu.d.aqrl a0, a2, (a1)
    CHECK   a0, 0x5
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5

    /* amomin.w.aq: old 0x5, rs2 0xffffffffffffffff */
    CASE    78
    la      a1, amobuf
    li      t0, 0x5a5a5a5a00000005
    sd      t0, 0(a1)
    li      a2, -1
    amomin.w.aq a0, a2, (a1)
    CHECK   a0, 0x5
    la      t1, amobuf
    ld      t0, 0(t1)
    CHECK   t0, 0x5a5a5a5affffffff

/* ---- LR/SC ----------------------------------------------------------------------------------- */
    /* lr.w sign-extends; sc.w succeeds (rd = 0) and stores 32 bits */
    CASE    79
    la      a1, lrbuf
    li      t0, 0x1234567880000001
    sd      t0, 0(a1)
    lr.w    a0, (a1)
    CHECK   a0, 0xffffffff80000001
    li      a2, 0x99999999fffffffe
    sc.w    a3, a2, (a1)
    CHECK   a3, 0
    ld      t0, 0(a1)
    CHECK   t0, 0x12345678fffffffe

    /* lr.w/sc.w on the upper word */
    CASE    80
    la      a1, lrbuf
    li      t0, 0x7fffffff00000000
    sd      t0, 0(a1)
    addi    a1, a1, 4
    lr.w    a0, (a1)
    CHECK   a0, 0x7fffffff
    li      a2, 0x5
    sc.w    a3, a2, (a1)
    CHECK   a3, 0
    ld      t0, -4(a1)
    CHECK   t0, 0x0000000500000000

    /* lr.d / sc.d succeed */
    CASE    81
    la      a1, lrbuf
    li      t0, 0x8000000000000001
    sd      t0, 0(a1)
    lr.d    a0, (a1)
    CHECK   a0, 0x8000000000000001
    li      a2, 0x0123456789abcdef
    sc.d    a3, a2, (a1)
    CHECK   a3, 0
    ld      t0, 0(a1)
    CHECK   t0, 0x0123456789abcdef

    /* lr.d.aq / sc.d.aqrl succeed, rd = rs2 on the SC */
    CASE    82
    la      a1, lrbuf
    li      t0, 0x42
    sd      t0, 0(a1)
    lr.d.aq a0, (a1)
    CHECK   a0, 0x42
    li      a2, 0x43
    sc.d.aqrl a2, a2, (a1)
    CHECK   a2, 0
    ld      t0, 0(a1)
    CHECK   t0, 0x43

    /* lr.w.aqrl / sc.w.rl succeed; lr.d with rd = rs1 */
    CASE    83
    la      a1, lrbuf
    li      t0, 0xffffffffffffffff
    sd      t0, 0(a1)
    lr.w.aqrl a0, (a1)
    CHECK   a0, 0xffffffffffffffff
    sc.w.rl a3, x0, (a1)
    CHECK   a3, 0
    lr.d    a1, (a1)
    CHECK   a1, 0xffffffff00000000

    /* an LR/SC increment loop (retries until the SC succeeds) */
    CASE    84
    la      a1, lrbuf
    li      t0, 0x29
    sd      t0, 0(a1)
    li      t1, 0
.Llrsc_retry_84:
    addi    t1, t1, 1
    li      t2, 100
    CHECK_LTU t1, t2
    lr.d    a0, (a1)
    addi    a0, a0, 1
    sc.d    a3, a0, (a1)
    bnez    a3, .Llrsc_retry_84
    ld      t0, 0(a1)
    CHECK   t0, 42

    /* sc.d after a successful sc.d (no reservation left) fails and does not store */
    CASE    85
    la      a1, lrbuf
    li      t0, 0x1
    sd      t0, 0(a1)
    lr.d    a0, (a1)
    li      a2, 2
    sc.d    a3, a2, (a1)
    CHECK   a3, 0
    li      a2, 3
    sc.d    a3, a2, (a1)
    CHECK_NONZERO a3
    ld      t0, 0(a1)
    CHECK   t0, 2

    /* sc.w after a failed sc.w (to another address) fails */
    CASE    86
    la      a1, lrbuf
    li      t0, 0x1
    sd      t0, 0(a1)
    la      a4, lrbuf2
    lr.w    a0, (a1)
    li      a2, 7
    sc.w    a3, a2, (a4)
    CHECK_NONZERO a3
    sc.w    a3, a2, (a1)
    CHECK_NONZERO a3
    ld      t0, 0(a1)
    CHECK   t0, 1
    ld      t0, 0(a4)
    CHECK   t0, 0

    /* sc.d to an address other than the lr.d's fails */
    CASE    87
    la      a1, lrbuf
    li      t0, 0x1
    sd      t0, 0(a1)
    la      a4, lrbuf2
    lr.d    a0, (a1)
    li      a2, 9
    sc.d    a3, a2, (a4)
    CHECK_NONZERO a3
    ld      t0, 0(a4)
    CHECK   t0, 0

    /* lr.d A, lr.d B, sc.d A: the SC pairs with the latest LR and fails */
    CASE    88
    la      a1, lrbuf
    li      t0, 0x1
    sd      t0, 0(a1)
    la      a4, lrbuf2
    lr.d    a0, (a1)
    lr.d    a0, (a4)
    li      a2, 9
    sc.d    a3, a2, (a1)
    CHECK_NONZERO a3
    ld      t0, 0(a1)
    CHECK   t0, 1

    /* lr.d A, lr.d B, sc.d B succeeds */
    CASE    89
    la      a1, lrbuf
    la      a4, lrbuf2
    lr.d    a0, (a1)
    lr.d    a0, (a4)
    li      a2, 9
    sc.d    a3, a2, (a4)
    CHECK   a3, 0
    ld      t0, 0(a4)
    CHECK   t0, 9
    sd      x0, 0(a4)

    /* sc.w after a store of another value to the reserved word fails (QEMU, Basin) */
    CASE    90
    la      a1, lrbuf
    li      t0, 0x1
    sd      t0, 0(a1)
    lr.w    a0, (a1)
    li      t0, 5
    sw      t0, 0(a1)
    li      a2, 6
    sc.w    a3, a2, (a1)
    CHECK_NONZERO a3
    ld      t0, 0(a1)
    CHECK   t0, 5

    /* sc.d after a store of another value to the reserved doubleword fails (QEMU, Basin) */
    CASE    91
    la      a1, lrbuf
    li      t0, 0x1
    sd      t0, 0(a1)
    lr.d    a0, (a1)
    li      t0, 0x500000000
    sd      t0, 0(a1)
    li      a2, 6
    sc.d    a3, a2, (a1)
    CHECK_NONZERO a3
    ld      t0, 0(a1)
    CHECK   t0, 0x500000000

    /* sc.d after a store to another address: QEMU succeeds, Basin fails (see the top) */
    CASE    92
    la      a1, lrbuf
    li      t0, 0x1
    sd      t0, 0(a1)
    la      a4, lrbuf2
    lr.d    a0, (a1)
    li      t0, 0x77
    sd      t0, 0(a4)
    li      a2, 6
    sc.d    a3, a2, (a1)
    ld      t0, 0(a4)
    CHECK   t0, 0x77            /* the plain store happened */
    ld      t0, 0(a1)
#ifdef SC_FAILS_AFTER_ANY_STORE
    CHECK_NONZERO a3
    CHECK   t0, 1
#else
    bnez    a3, .Lsc_failed_92
    CHECK   t0, 6               /* succeeded: the SC stored */
    j       .Lsc_checked_92
.Lsc_failed_92:
    CHECK   t0, 1               /* failed: memory unchanged */
.Lsc_checked_92:
#endif
    sd      x0, 0(a4)

    /* sc.w after a store to another address (as above, .W) */
    CASE    93
    la      a1, lrbuf
    li      t0, 0x1
    sd      t0, 0(a1)
    la      a4, lrbuf2
    lr.w    a0, (a1)
    sw      a0, 4(a4)
    li      a2, 6
    sc.w    a3, a2, (a1)
    ld      t0, 0(a1)
#ifdef SC_FAILS_AFTER_ANY_STORE
    CHECK_NONZERO a3
    CHECK   t0, 1
#else
    bnez    a3, .Lsc_failed_93
    CHECK   t0, 6
    j       .Lsc_checked_93
.Lsc_failed_93:
    CHECK   t0, 1
.Lsc_checked_93:
#endif
    sd      x0, 0(a4)

    /* a failed SC leaves no reservation behind: a new LR/SC pair succeeds */
    CASE    94
    la      a1, lrbuf
    li      t0, 0x8
    sd      t0, 0(a1)
    lr.d    a0, (a1)
    addi    a0, a0, 1
    sc.d    a3, a0, (a1)
    CHECK   a3, 0
    ld      t0, 0(a1)
    CHECK   t0, 9

    /* sc.w with rd = x0 after lr.w: stores, x0 stays zero */
    CASE    95
    la      a1, lrbuf
    li      t0, 0x0
    sd      t0, 0(a1)
    lr.w    a0, (a1)
    li      a2, -3
    sc.w    x0, a2, (a1)
    CHECK_X0
    ld      t0, 0(a1)
    CHECK   t0, 0xfffffffd

    /* lr.w with rd = x0 still reserves: the following sc.w succeeds */
    CASE    96
    la      a1, lrbuf
    li      t0, 0x0
    sd      t0, 0(a1)
    lr.w    x0, (a1)
    CHECK_X0
    li      a2, 12
    sc.w    a3, a2, (a1)
    CHECK   a3, 0
    ld      t0, 0(a1)
    CHECK   t0, 12

    TEST_END

    .data
    .balign 64
amobuf:
    .dword  0
    .balign 64
lrbuf:
    .dword  0x0123456789abcdef
    .balign 256
lrbuf2:                     /* another doubleword, 256 bytes away */
    .dword  0
