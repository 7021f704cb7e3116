/* SPDX-License-Identifier: MIT */
/* Zicsr on the user-level CSRs of RV64GC: CSRRW, CSRRS, CSRRC, CSRRWI, CSRRSI, CSRRCI on
 * fflags (0x001), frm (0x002) and fcsr (0x003), and reads of cycle (0xc00), time (0xc01) and
 * instret (0xc02).
 * fcsr = frm << 5 | fflags: a write to one is seen through the others; fflags keeps 5 bits, frm
 * 3 bits, fcsr 8 (the bits above are reserved: writes ignored, read as zero); rd receives the
 * old value; CSRRS/CSRRC with rs1 = x0 and the immediate forms with 0 do not write (so they
 * may read the read-only counters); rd = x0 writes without reading; rd = rs1; frm holds the
 * reserved values 5-7 (no floating-point instruction with a dynamic rounding mode runs while it
 * does, which would be an illegal instruction); a floating-point instruction ORs its flags
 * into fflags (they accrue). cycle, time and instret are readable; two consecutive reads of
 * instret strictly increase (the first one retires in between), cycle and time never go
 * backwards.
 * Expected values: the RISC-V Unprivileged ISA, chapters "Zicsr", "Counters" and "F" (fcsr). */

#include "isa.h"

    TEST_BEGIN
    /* fcsr is 0 at program start (Linux starts a program with frm = rne, no flags) */
    CASE    1
    csrr    a0, fcsr
    CHECK   a0, 0

    /* csrrw fcsr: returns the old value; 8 bits are kept */
    CASE    2
    li      a1, 0xffffffffffffffff
    csrrw   a0, fcsr, a1
    CHECK   a0, 0
    csrr    a0, fcsr
    CHECK   a0, 0xff

    /* fcsr = 0xe5: frm reads 7, fflags reads 5 */
    CASE    3
    li      a1, 0xe5
    csrw    fcsr, a1
    csrr    a0, frm
    CHECK   a0, 7
    csrr    a0, fflags
    CHECK   a0, 5

    /* csrrw frm: returns the old frm, fflags untouched, fcsr = frm << 5 | fflags */
    CASE    4
    li      a1, 3
    csrrw   a0, frm, a1
    CHECK   a0, 7
    csrr    a0, fcsr
    CHECK   a0, 0x65
    csrr    a0, fflags
    CHECK   a0, 5

    /* csrrw fflags: 5 bits kept, frm untouched */
    CASE    5
    li      a1, 0xffffffffffffffea
    csrrw   a0, fflags, a1
    CHECK   a0, 5
    csrr    a0, fflags
    CHECK   a0, 0x0a
    csrr    a0, fcsr
    CHECK   a0, 0x6a

    /* csrrw frm with a wide value: 3 bits kept */
    CASE    6
    li      a1, 0x1234567d
    csrrw   a0, frm, a1
    CHECK   a0, 3
    csrr    a0, frm
    CHECK   a0, 5
    csrr    a0, fcsr
    CHECK   a0, 0xaa

    /* frm holds 5, 6 and 7 (reserved modes) when written */
    CASE    7
    csrwi   frm, 6
    csrr    a0, frm
    CHECK   a0, 6
    csrwi   frm, 7
    csrr    a0, fcsr
    CHECK   a0, 0xea
    csrwi   frm, 0
    csrr    a0, fcsr
    CHECK   a0, 0x0a

    /* csrrs fflags: sets bits, returns the old value */
    CASE    8
    li      a1, 0x11
    csrrs   a0, fflags, a1
    CHECK   a0, 0x0a
    csrr    a0, fflags
    CHECK   a0, 0x1b

    /* csrrc fflags: clears bits, returns the old value */
    CASE    9
    li      a1, 0x0b
    csrrc   a0, fflags, a1
    CHECK   a0, 0x1b
    csrr    a0, fflags
    CHECK   a0, 0x10

    /* csrrs fcsr sets frm bits through fcsr */
    CASE    10
    li      a1, 0x40
    csrrs   a0, fcsr, a1
    CHECK   a0, 0x10
    csrr    a0, frm
    CHECK   a0, 2

    /* csrrc frm with bits beyond the field */
    CASE    11
    li      a1, 0xfffffffffffffffe
    csrrc   a0, frm, a1
    CHECK   a0, 2
    csrr    a0, frm
    CHECK   a0, 0
    csrr    a0, fcsr
    CHECK   a0, 0x10

    /* csrrs and csrrc with rs1 = x0 only read */
    CASE    12
    csrrs   a0, fcsr, x0
    CHECK   a0, 0x10
    csrrc   a0, fflags, x0
    CHECK   a0, 0x10
    csrr    a0, fcsr
    CHECK   a0, 0x10

    /* csrrs with a register holding 0 writes nothing visible */
    CASE    13
    li      a1, 0
    csrrs   a0, fcsr, a1
    CHECK   a0, 0x10
    csrr    a0, fcsr
    CHECK   a0, 0x10

    /* csrrwi fflags, 31 then csrrwi frm, 4 */
    CASE    14
    csrrwi  a0, fflags, 31
    CHECK   a0, 0x10
    csrrwi  a0, frm, 4
    CHECK   a0, 0
    csrr    a0, fcsr
    CHECK   a0, 0x9f

    /* csrrwi frm, 31: 3 bits kept */
    CASE    15
    csrrwi  a0, frm, 31
    CHECK   a0, 4
    csrr    a0, fcsr
    CHECK   a0, 0xff

    /* csrrci fcsr, 31 clears the flags only (the immediate has 5 bits) */
    CASE    16
    csrrci  a0, fcsr, 31
    CHECK   a0, 0xff
    csrr    a0, fcsr
    CHECK   a0, 0xe0

    /* csrrsi fflags, 0x14 */
    CASE    17
    csrrsi  a0, fflags, 0x14
    CHECK   a0, 0
    csrr    a0, fcsr
    CHECK   a0, 0xf4

    /* csrrci frm, 5 */
    CASE    18
    csrrci  a0, frm, 5
    CHECK   a0, 7
    csrr    a0, frm
    CHECK   a0, 2

    /* csrrsi / csrrci with 0 only read */
    CASE    19
    csrrsi  a0, fcsr, 0
    CHECK   a0, 0x54
    csrrci  a0, fflags, 0
    CHECK   a0, 0x14
    csrr    a0, fcsr
    CHECK   a0, 0x54

    /* csrrw with rd = x0 (csrw) writes without reading */
    CASE    20
    li      a1, 0x21
    csrrw   x0, fcsr, a1
    CHECK_X0
    csrr    a0, fcsr
    CHECK   a0, 0x21

    /* csrrwi with rd = x0 (csrwi) */
    CASE    21
    csrrwi  x0, fflags, 3
    csrr    a0, fcsr
    CHECK   a0, 0x23

    /* csrrs with rd = x0 still writes */
    CASE    22
    li      a1, 0x08
    csrrs   x0, fflags, a1
    CHECK_X0
    csrr    a0, fflags
    CHECK   a0, 0x0b

    /* csrrw with rd = rs1 swaps */
    CASE    23
    li      a0, 0x42
    csrrw   a0, fcsr, a0
    CHECK   a0, 0x2b
    csrr    a0, fcsr
    CHECK   a0, 0x42

    /* the CSR numbers 0x001, 0x002, 0x003 written as numbers */
    CASE    24
    csrr    a0, 0x003
    CHECK   a0, 0x42
    csrr    a0, 0x002
    CHECK   a0, 2
    csrr    a0, 0x001
    CHECK   a0, 2

    /* frflags / fsflags / frrm / fsrm / frcsr / fscsr (the assembler aliases) */
    CASE    25
    li      a1, 0x1f
    fsflags a0, a1
    CHECK   a0, 2
    frflags a0
    CHECK   a0, 0x1f
    li      a1, 1
    fsrm    a0, a1
    CHECK   a0, 2
    frrm    a0
    CHECK   a0, 1
    frcsr   a0
    CHECK   a0, 0x3f
    fscsr   a0, x0
    CHECK   a0, 0x3f
    frcsr   a0
    CHECK   a0, 0

    /* floating-point flags accrue: NX set before, DZ from fdiv.d added */
    CASE    26
    csrwi   fflags, 1
    li      t0, 0x3ff0000000000000
    fmv.d.x fa1, t0
    fmv.d.x fa2, x0
    fdiv.d  fa0, fa1, fa2
    csrr    a0, fflags
    CHECK   a0, 0x09

    /* an exact operation leaves the accrued flags alone */
    CASE    27
    fadd.d  fa0, fa1, fa1
    csrr    a0, fflags
    CHECK   a0, 0x09
    csrwi   fflags, 0

    /* an operation with frm = rdn (dyn) rounds down: frm is used */
    CASE    28
    csrwi   frm, 2
    li      t0, 0x3ff0000000000000
    fmv.d.x fa1, t0
    li      t0, 0x4008000000000000
    fmv.d.x fa2, t0
    fdiv.d  fa0, fa1, fa2, dyn
    fmv.x.d a0, fa0
    CHECK   a0, 0x3fd5555555555555
    csrr    a0, fcsr
    CHECK   a0, 0x41
    csrwi   fcsr, 0

/* ---- cycle, time, instret -------------------------------------------------------------------- */
    /* rdinstret twice: strictly increasing */
    CASE    29
    rdinstret a0
    rdinstret a1
    CHECK_LTU a0, a1

    /* instret after a loop of 100 iterations: strictly greater */
    CASE    30
    rdinstret a0
    li      t0, 100
.Lloop_instret:
    addi    t0, t0, -1
    bnez    t0, .Lloop_instret
    rdinstret a1
    CHECK_LTU a0, a1

    /* rdcycle twice: never backwards */
    CASE    31
    rdcycle a0
    rdcycle a1
    CHECK_LEU a0, a1

    /* rdtime twice: never backwards */
    CASE    32
    rdtime  a0
    rdtime  a1
    CHECK_LEU a0, a1

    /* the counters read with csrrs / csrrc (rs1 = x0) and csrrsi (0): no write, legal */
    CASE    33
    csrrs   a0, instret, x0
    csrrc   a1, instret, x0
    CHECK_LTU a0, a1
    csrrsi  a2, instret, 0
    CHECK_LTU a1, a2
    csrrci  a3, cycle, 0
    csrrs   a4, time, x0
    csrr    a5, 0xc02
    CHECK_LTU a2, a5

    /* rdinstret into x0 is a legal read; x0 stays zero */
    CASE    34
    csrrs   x0, instret, x0
    CHECK_X0

    TEST_END
