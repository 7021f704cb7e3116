/* SPDX-License-Identifier: MIT */
/* isa.h: macros shared by Basin's self-checking ISA tests (user/isa/*.S).
 *
 * A test program is
 *
 *     #include "isa.h"
 *         TEST_BEGIN
 *         TEST_RR  1, add, 3, 1, 2          # case 1: add of 1 and 2 must give 3
 *         ...
 *         TEST_END
 *
 * Cases run in order. The first case whose check fails ends the program with
 * exit(case number), after writing "isa: failed case NNN" to stderr; if every case passes, the
 * program ends with exit(0). Case numbers are 1..255 (the exit status has 8 bits) and must
 * increase within a file: CASE refuses anything else at assembly time, so a number cannot be
 * used twice.
 *
 * Registers the macros reserve: gp (x3) holds the current case number, t6 (x31) holds the
 * expected value of a check. The macros load operands into a1-a3 / fa1-fa3, put results in
 * a0 / fa0, use t0 to load floating-point bit patterns and a1 to read fflags after the
 * instruction under test. Any other register is free for hand-written cases.
 *
 * Only two Linux system calls are used: write (64) and exit (93), both in TEST_END.
 *
 * Linker relaxation is off (gp holds the case number, so gp-relative addressing must never be
 * introduced) and so is compression (only rvc.S, which says `.option rvc`, contains compressed
 * instructions). */

#ifndef BASIN_ISA_H
#define BASIN_ISA_H

    .option norelax
    .option norvc

/* fflags bits (the accrued exception flags, fcsr[4:0]) */
    .equ NX, 0x01     /* inexact */
    .equ UF, 0x02     /* underflow */
    .equ OF, 0x04     /* overflow */
    .equ DZ, 0x08     /* divide by zero */
    .equ NV, 0x10     /* invalid operation */

    .set .Lisa_last_case, 0

/* ---- framework -------------------------------------------------------------------------- */

/* The entry point. Cases follow it, then TEST_END. */
.macro TEST_BEGIN
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    li      gp, 0
.endm

/* exit(0) when every case passed. `fail` writes "isa: failed case NNN" to stderr (so that a
 * failed case can be told from a crash with the same exit status), then exits with the case
 * number held in gp. */
.macro TEST_END
    .globl pass, fail
pass:
    li      a0, 0
    li      a7, 93
    ecall
fail:
    la      s1, .Lisa_fail_msg
    mv      s0, gp
    li      t0, 100
    addi    s2, s1, 17              /* the hundreds digit */
.Lisa_digit:
    li      t2, '0'
.Lisa_count:
    blt     s0, t0, .Lisa_store
    sub     s0, s0, t0
    addi    t2, t2, 1
    j       .Lisa_count
.Lisa_store:
    sb      t2, 0(s2)
    addi    s2, s2, 1
    li      t1, 10
    beq     t0, t1, .Lisa_ones
    li      t0, 10
    j       .Lisa_digit
.Lisa_ones:
    addi    t2, s0, '0'
    sb      t2, 0(s2)
    li      a0, 2                   /* write(2, msg, 21) */
    mv      a1, s1
    li      a2, 21
    li      a7, 64
    ecall
    mv      a0, gp                  /* exit(case number) */
    li      a7, 93
    ecall
.Lisa_hang:
    j       .Lisa_hang
    .pushsection .data
.Lisa_fail_msg:
    .ascii  "isa: failed case 000\n"
    .popsection
.endm

/* Starts case n: checks the number, records it in gp. */
.macro CASE n
    .if (\n) < 1 || (\n) > 255
    .error "isa.h: a case number must be 1..255"
    .endif
    .if (\n) <= .Lisa_last_case
    .error "isa.h: case numbers must increase within a file"
    .endif
    .set .Lisa_last_case, (\n)
    li      gp, \n
.endm

/* Fails the current case unless register r equals the constant exp (uses t6). */
.macro CHECK r, exp
    li      t6, \exp
    CHECK_REG \r, t6
.endm

/* Fails the current case unless registers r1 and r2 are equal. Written as a short branch over
 * a jump so that `fail` may be any distance away. */
.macro CHECK_REG r1, r2
    beq     \r1, \r2, .Lisa_ok\@
    j       fail
.Lisa_ok\@:
.endm

/* Fails the current case unless register r is not zero. */
.macro CHECK_NONZERO r
    bnez    \r, .Lisa_ok\@
    j       fail
.Lisa_ok\@:
.endm

/* Fails the current case unless r1 < r2 (CHECK_LTU) or r1 <= r2 (CHECK_LEU), unsigned. */
.macro CHECK_LTU r1, r2
    bltu    \r1, \r2, .Lisa_ok\@
    j       fail
.Lisa_ok\@:
.endm

.macro CHECK_LEU r1, r2
    bgeu    \r2, \r1, .Lisa_ok\@
    j       fail
.Lisa_ok\@:
.endm

/* Fails the current case unless x0 still reads as zero (after an instruction wrote to it).
 * Uses a0. */
.macro CHECK_X0
    add     a0, x0, x0
    CHECK   a0, 0
.endm

/* ---- integer register-register and register-immediate ---------------------------------- */

/* rd = a0, rs1 = a1 = v1, rs2 = a2 = v2 */
.macro TEST_RR n, inst, exp, v1, v2
    CASE    \n
    li      a1, \v1
    li      a2, \v2
    \inst   a0, a1, a2
    CHECK   a0, \exp
.endm

/* rd is rs1 */
.macro TEST_RR_SRC1_EQ_DEST n, inst, exp, v1, v2
    CASE    \n
    li      a1, \v1
    li      a2, \v2
    \inst   a1, a1, a2
    CHECK   a1, \exp
.endm

/* rd is rs2 */
.macro TEST_RR_SRC2_EQ_DEST n, inst, exp, v1, v2
    CASE    \n
    li      a1, \v1
    li      a2, \v2
    \inst   a2, a1, a2
    CHECK   a2, \exp
.endm

/* rd, rs1 and rs2 are one register */
.macro TEST_RR_SRC12_EQ_DEST n, inst, exp, v
    CASE    \n
    li      a1, \v
    \inst   a1, a1, a1
    CHECK   a1, \exp
.endm

/* rs1 is x0 */
.macro TEST_RR_ZERO_SRC1 n, inst, exp, v2
    CASE    \n
    li      a2, \v2
    \inst   a0, x0, a2
    CHECK   a0, \exp
.endm

/* rs2 is x0 */
.macro TEST_RR_ZERO_SRC2 n, inst, exp, v1
    CASE    \n
    li      a1, \v1
    \inst   a0, a1, x0
    CHECK   a0, \exp
.endm

/* rd is x0: the result is discarded, x0 stays zero */
.macro TEST_RR_ZERO_DEST n, inst, v1, v2
    CASE    \n
    li      a1, \v1
    li      a2, \v2
    \inst   x0, a1, a2
    CHECK_X0
.endm

/* rd = a0, rs1 = a1 = v1, immediate imm */
.macro TEST_RI n, inst, exp, v1, imm
    CASE    \n
    li      a1, \v1
    \inst   a0, a1, \imm
    CHECK   a0, \exp
.endm

.macro TEST_RI_SRC1_EQ_DEST n, inst, exp, v1, imm
    CASE    \n
    li      a1, \v1
    \inst   a1, a1, \imm
    CHECK   a1, \exp
.endm

.macro TEST_RI_ZERO_SRC1 n, inst, exp, imm
    CASE    \n
    \inst   a0, x0, \imm
    CHECK   a0, \exp
.endm

.macro TEST_RI_ZERO_DEST n, inst, v1, imm
    CASE    \n
    li      a1, \v1
    \inst   x0, a1, \imm
    CHECK_X0
.endm

/* one source register: rd = a0, rs1 = a1 = v1 (clz, sext.b, ...) */
.macro TEST_R n, inst, exp, v1
    CASE    \n
    li      a1, \v1
    \inst   a0, a1
    CHECK   a0, \exp
.endm

.macro TEST_R_SRC1_EQ_DEST n, inst, exp, v1
    CASE    \n
    li      a1, \v1
    \inst   a1, a1
    CHECK   a1, \exp
.endm

.macro TEST_R_ZERO_DEST n, inst, v1
    CASE    \n
    li      a1, \v1
    \inst   x0, a1
    CHECK_X0
.endm

/* ---- loads and stores ------------------------------------------------------------------- */

/* a0 = inst off(a1), a1 = the address `base` (a symbol or symbol+constant) */
.macro TEST_LOAD n, inst, exp, base, off
    CASE    \n
    la      a1, \base
    \inst   a0, \off(a1)
    CHECK   a0, \exp
.endm

/* stores v with sinst at off(base), reads it back with linst and checks the value read */
.macro TEST_STORE n, sinst, linst, exp, v, base, off
    CASE    \n
    la      a1, \base
    li      a2, \v
    \sinst  a2, \off(a1)
    \linst  a0, \off(a1)
    CHECK   a0, \exp
.endm

/* ---- branches --------------------------------------------------------------------------- */

/* The branch must be taken, both forwards and backwards. */
.macro TEST_BR_TAKEN n, inst, v1, v2
    CASE    \n
    li      a1, \v1
    li      a2, \v2
    j       .Lisa_br_fwd\@
.Lisa_br_back\@:
    j       .Lisa_br_done\@
.Lisa_br_fwd\@:
    \inst   a1, a2, .Lisa_br_fwd_taken\@
    j       fail
.Lisa_br_fwd_taken\@:
    \inst   a1, a2, .Lisa_br_back\@
    j       fail
.Lisa_br_done\@:
.endm

/* The branch must fall through, both with a forward and with a backward target. */
.macro TEST_BR_NOT_TAKEN n, inst, v1, v2
    CASE    \n
    li      a1, \v1
    li      a2, \v2
    j       .Lisa_br_start\@
.Lisa_br_back\@:
    j       fail
.Lisa_br_start\@:
    \inst   a1, a2, .Lisa_br_back\@
    \inst   a1, a2, .Lisa_br_fwd\@
    j       .Lisa_br_done\@
.Lisa_br_fwd\@:
    j       fail
.Lisa_br_done\@:
.endm

/* ---- floating point --------------------------------------------------------------------
 * Operands and results are IEEE bit patterns. `fmt` says how they are held:
 *   s     single precision: an operand is written with fmv.w.x (so it is NaN-boxed), the
 *         result must be NaN-boxed: all 64 bits of the register are checked (fmv.x.d), the
 *         upper 32 must be ones
 *   d     double precision
 *   sraw  single-precision operation, but every operand is a raw 64-bit register image
 *         written with fmv.d.x (to test NaN-boxing); the result is checked like s
 * `flags` is the exact value fflags must hold after the instruction (fflags is cleared just
 * before it). `rm` is an optional rounding-mode operand (rne, rtz, rdn, rup, rmm, dyn).
 */

.macro FP_LI fmt, freg, bits
    li      t0, \bits
    .ifc \fmt, s
    fmv.w.x \freg, t0
    .else
    fmv.d.x \freg, t0
    .endif
.endm

.macro FP_CHECK fmt, freg, exp
    fmv.x.d a0, \freg
    .ifc \fmt, d
    CHECK   a0, \exp
    .else
    CHECK   a0, (0xffffffff00000000 | (\exp))
    .endif
.endm

.macro FLAGS_CHECK flags
    frflags a1
    CHECK   a1, \flags
.endm

/* fa0 = inst fa1 [, rm] (fsqrt) */
.macro TEST_FP_R n, inst, fmt, exp, flags, a, rm
    CASE    \n
    FP_LI   \fmt, fa1, \a
    fsflags x0
    .ifb \rm
    \inst   fa0, fa1
    .else
    \inst   fa0, fa1, \rm
    .endif
    FP_CHECK \fmt, fa0, \exp
    FLAGS_CHECK \flags
.endm

/* fa0 = inst fa1 [, rm] between formats (fcvt.s.d, fcvt.d.s) */
.macro TEST_FP_CVT n, inst, ofmt, exp, flags, ifmt, a, rm
    CASE    \n
    FP_LI   \ifmt, fa1, \a
    fsflags x0
    .ifb \rm
    \inst   fa0, fa1
    .else
    \inst   fa0, fa1, \rm
    .endif
    FP_CHECK \ofmt, fa0, \exp
    FLAGS_CHECK \flags
.endm

/* fa0 = inst fa1, fa2 [, rm] */
.macro TEST_FP_RR n, inst, fmt, exp, flags, a, b, rm
    CASE    \n
    FP_LI   \fmt, fa1, \a
    FP_LI   \fmt, fa2, \b
    fsflags x0
    .ifb \rm
    \inst   fa0, fa1, fa2
    .else
    \inst   fa0, fa1, fa2, \rm
    .endif
    FP_CHECK \fmt, fa0, \exp
    FLAGS_CHECK \flags
.endm

/* fa0 = inst fa1, fa2, fa3 [, rm] (the fused multiply-adds) */
.macro TEST_FP_RRR n, inst, fmt, exp, flags, a, b, c, rm
    CASE    \n
    FP_LI   \fmt, fa1, \a
    FP_LI   \fmt, fa2, \b
    FP_LI   \fmt, fa3, \c
    fsflags x0
    .ifb \rm
    \inst   fa0, fa1, fa2, fa3
    .else
    \inst   fa0, fa1, fa2, fa3, \rm
    .endif
    FP_CHECK \fmt, fa0, \exp
    FLAGS_CHECK \flags
.endm

/* a0 = inst fa1 [, rm]: fcvt to an integer, fclass, fmv.x.w / fmv.x.d; all 64 bits of a0 are
 * checked */
.macro TEST_FP_TO_INT n, inst, exp, flags, ifmt, a, rm
    CASE    \n
    FP_LI   \ifmt, fa1, \a
    fsflags x0
    .ifb \rm
    \inst   a0, fa1
    .else
    \inst   a0, fa1, \rm
    .endif
    CHECK   a0, \exp
    FLAGS_CHECK \flags
.endm

/* a0 = inst fa1, fa2 (feq, flt, fle) */
.macro TEST_FP_CMP n, inst, exp, flags, ifmt, a, b
    CASE    \n
    FP_LI   \ifmt, fa1, \a
    FP_LI   \ifmt, fa2, \b
    fsflags x0
    \inst   a0, fa1, fa2
    CHECK   a0, \exp
    FLAGS_CHECK \flags
.endm

/* fa0 = inst a1 [, rm]: fcvt from an integer, fmv.w.x / fmv.d.x */
.macro TEST_INT_TO_FP n, inst, ofmt, exp, flags, v, rm
    CASE    \n
    li      a1, \v
    fsflags x0
    .ifb \rm
    \inst   fa0, a1
    .else
    \inst   fa0, a1, \rm
    .endif
    FP_CHECK \ofmt, fa0, \exp
    FLAGS_CHECK \flags
.endm

#endif
