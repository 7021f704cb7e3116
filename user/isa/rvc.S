/* SPDX-License-Identifier: MIT */
/* The C extension on RV64: every compressed instruction except C.EBREAK (which would stop the
 * program), written with explicit c. mnemonics: C.ADDI4SPN, C.FLD, C.LW, C.LD, C.FSD, C.SW, C.SD,
 * C.NOP, C.ADDI, C.ADDIW, C.LI, C.ADDI16SP, C.LUI, C.SRLI, C.SRAI, C.ANDI, C.SUB, C.XOR, C.OR,
 * C.AND, C.SUBW, C.ADDW, C.J, C.BEQZ, C.BNEZ, C.SLLI, C.FLDSP, C.LWSP, C.LDSP, C.JR, C.MV,
 * C.JALR, C.ADD, C.FSDSP, C.SWSP, C.SDSP.
 * Immediates at their extremes (they are scattered over the encodings), sign extension (C.LW,
 * C.ADDIW, C.LUI, C.LI, C.ANDI), C.JALR's link of pc + 2, C.JALR through ra itself, branch and
 * jump offsets at both ends of their range, 32-bit instructions at addresses that are 2 mod 4
 * (including one that straddles a 4 KiB page boundary, and a 32-bit jump to such an address).
 * sp is pointed at a buffer in .data for the sp-based forms (and restored at the end).
 * Expected values: the RISC-V Unprivileged ISA, chapter "C" (RVC).  The whole file is
 * assembled with .option rvc, so the assembler may also compress the framework's own code. */

#include "isa.h"

    TEST_BEGIN
    .option rvc
    mv      s11, sp                 /* the loader's sp, restored at the end */

/* ---- C.LI, C.LUI, C.ADDI, C.ADDIW, C.ADDI16SP, C.ADDI4SPN, C.NOP ----------------------------- */
    /* c.li a0, 31 */
    CASE    1
    c.li    a0, 31
    CHECK   a0, 31

    /* c.li a5, -32 (sign-extended) */
    CASE    2
    c.li    a5, -32
    CHECK   a5, 0xffffffffffffffe0

    /* c.li t2, 0 (any register) */
    CASE    3
    li t2, -1
    c.li    t2, 0
    CHECK   t2, 0

    /* c.lui a0, 1 */
    CASE    4
    c.lui   a0, 1
    CHECK   a0, 0x1000

    /* c.lui a1, 0x1f (the largest positive) */
    CASE    5
    c.lui   a1, 0x1f
    CHECK   a1, 0x1f000

    /* c.lui s0, 0xfffe0 (-32 << 12, sign-extended) */
    CASE    6
    c.lui   s0, 0xfffe0
    CHECK   s0, 0xfffffffffffe0000

    /* c.lui t5, 0xfffff */
    CASE    7
    c.lui   t5, 0xfffff
    CHECK   t5, 0xfffffffffffff000

    /* c.addi a0, 31 */
    CASE    8
    li a0, 100
    c.addi  a0, 31
    CHECK   a0, 131

    /* c.addi a0, -32 */
    CASE    9
    li a0, 0
    c.addi  a0, -32
    CHECK   a0, 0xffffffffffffffe0

    /* c.addi wraps at 64 bits */
    CASE    10
    li s1, 0x7fffffffffffffff
    c.addi  s1, 1
    CHECK   s1, 0x8000000000000000

    /* c.addiw: sign-extends the 32-bit sum */
    CASE    11
    li a2, 0x7fffffff
    c.addiw a2, 1
    CHECK   a2, 0xffffffff80000000

    /* c.addiw a3, 0 (sext.w) ignores the upper half */
    CASE    12
    li a3, 0x12345678fedcba98
    c.addiw a3, 0
    CHECK   a3, 0xfffffffffedcba98

    /* c.addiw a4, -32 */
    CASE    13
    li a4, 0xffffffff00000010
    c.addiw a4, -32
    CHECK   a4, 0xfffffffffffffff0

    /* c.addi16sp 496 */
    CASE    14
    la sp, spbuf
    c.addi16sp sp, 496
    la t0, spbuf + 496
    CHECK_REG sp, t0

    /* c.addi16sp -512 */
    CASE    15
    la sp, spbuf + 1024
    c.addi16sp sp, -512
    la t0, spbuf + 512
    CHECK_REG sp, t0

    /* c.addi4spn a0, sp, 4 */
    CASE    16
    la sp, spbuf
    c.addi4spn a0, sp, 4
    la t0, spbuf + 4
    CHECK_REG a0, t0

    /* c.addi4spn s1, sp, 1020 */
    CASE    17
    la sp, spbuf
    c.addi4spn s1, sp, 1020
    la t0, spbuf + 1020
    CHECK_REG s1, t0

    /* c.nop changes nothing */
    CASE    18
    li a0, 7
    c.nop
    CHECK   a0, 7

/* ---- C.SRLI, C.SRAI, C.ANDI, C.SLLI ---------------------------------------------------------- */
    /* c.srli a0, 1 */
    CASE    19
    li a0, 0x8000000000000f0f
    c.srli  a0, 1
    CHECK   a0, 0x4000000000000787

    /* c.srli a1, 63 */
    CASE    20
    li a1, 0x8000000000000f0f
    c.srli  a1, 63
    CHECK   a1, 1

    /* c.srli a2, 32 */
    CASE    21
    li a2, 0x8000000000000f0f
    c.srli  a2, 32
    CHECK   a2, 0x80000000

    /* c.srai s0, 1 */
    CASE    22
    li s0, 0x8000000000000f0f
    c.srai  s0, 1
    CHECK   s0, 0xc000000000000787

    /* c.srai s1, 63 */
    CASE    23
    li s1, 0x8000000000000f0f
    c.srai  s1, 63
    CHECK   s1, 0xffffffffffffffff

    /* c.srai a5, 32 */
    CASE    24
    li a5, 0x8000000000000f0f
    c.srai  a5, 32
    CHECK   a5, 0xffffffff80000000

    /* c.andi a0, 31 */
    CASE    25
    li a0, -1
    c.andi  a0, 31
    CHECK   a0, 31

    /* c.andi a3, -32 (sign-extended) */
    CASE    26
    li a3, 0x8000000000000f0f
    c.andi  a3, -32
    CHECK   a3, 0x8000000000000f00

    /* c.andi a4, 0 */
    CASE    27
    li a4, -1
    c.andi  a4, 0
    CHECK   a4, 0

    /* c.slli a0, 1 */
    CASE    28
    li a0, 0x8000000000000f0f
    c.slli  a0, 1
    CHECK   a0, 0x1e1e

    /* c.slli t1, 63 (any register) */
    CASE    29
    li t1, 3
    c.slli  t1, 63
    CHECK   t1, 0x8000000000000000

    /* c.slli s2, 32 */
    CASE    30
    li s2, 0x8000000000000f0f
    c.slli  s2, 32
    CHECK   s2, 0xf0f00000000

/* ---- C.SUB, C.XOR, C.OR, C.AND, C.SUBW, C.ADDW, C.MV, C.ADD ---------------------------------- */
    /* c.sub a0, a1 */
    CASE    31
    li a0, 0x123456789abcdef
    li a1, 0xf0f0f0f00f0f0f0f
    c.sub   a0, a1
    CHECK   a0, 0x103254777a9cbee0
    CHECK   a1, 0xf0f0f0f00f0f0f0f

    /* c.sub s1, s1 */
    CASE    32
    li s1, 0xf0f0f0f00f0f0f0f
    c.sub   s1, s1
    CHECK   s1, 0x0

    /* c.xor a0, a1 */
    CASE    33
    li a0, 0x123456789abcdef
    li a1, 0xf0f0f0f00f0f0f0f
    c.xor   a0, a1
    CHECK   a0, 0xf1d3b59786a4c2e0
    CHECK   a1, 0xf0f0f0f00f0f0f0f

    /* c.xor s1, s1 */
    CASE    34
    li s1, 0xf0f0f0f00f0f0f0f
    c.xor   s1, s1
    CHECK   s1, 0x0

    /* c.or a0, a1 */
    CASE    35
    li a0, 0x123456789abcdef
    li a1, 0xf0f0f0f00f0f0f0f
    c.or    a0, a1
    CHECK   a0, 0xf1f3f5f78fafcfef
    CHECK   a1, 0xf0f0f0f00f0f0f0f

    /* c.or s1, s1 */
    CASE    36
    li s1, 0xf0f0f0f00f0f0f0f
    c.or    s1, s1
    CHECK   s1, 0xf0f0f0f00f0f0f0f

    /* c.and a0, a1 */
    CASE    37
    li a0, 0x123456789abcdef
    li a1, 0xf0f0f0f00f0f0f0f
    c.and   a0, a1
    CHECK   a0, 0x204060090b0d0f
    CHECK   a1, 0xf0f0f0f00f0f0f0f

    /* c.and s1, s1 */
    CASE    38
    li s1, 0xf0f0f0f00f0f0f0f
    c.and   s1, s1
    CHECK   s1, 0xf0f0f0f00f0f0f0f

    /* c.subw a0, a1 */
    CASE    39
    li a0, 0x123456789abcdef
    li a1, 0xf0f0f0f00f0f0f0f
    c.subw  a0, a1
    CHECK   a0, 0x7a9cbee0
    CHECK   a1, 0xf0f0f0f00f0f0f0f

    /* c.subw s1, s1 */
    CASE    40
    li s1, 0xf0f0f0f00f0f0f0f
    c.subw  s1, s1
    CHECK   s1, 0x0

    /* c.addw a0, a1 */
    CASE    41
    li a0, 0x123456789abcdef
    li a1, 0xf0f0f0f00f0f0f0f
    c.addw  a0, a1
    CHECK   a0, 0xffffffff98badcfe
    CHECK   a1, 0xf0f0f0f00f0f0f0f

    /* c.addw s1, s1 */
    CASE    42
    li s1, 0xf0f0f0f00f0f0f0f
    c.addw  s1, s1
    CHECK   s1, 0x1e1e1e1e

    /* c.addw: 0x7fffffff + 1 sign-extends */
    CASE    43
    li a2, 0x7fffffff
    li a3, 1
    c.addw  a2, a3
    CHECK   a2, 0xffffffff80000000

    /* c.subw ignores the upper halves */
    CASE    44
    li a4, 0x1111111100000005
    li a5, 0x2222222200000007
    c.subw  a4, a5
    CHECK   a4, 0xfffffffffffffffe

    /* c.mv t3, a1 (any registers) */
    CASE    45
    li a1, 0x123456789abcdef
    li t3, 0
    c.mv    t3, a1
    CHECK   t3, 0x123456789abcdef
    CHECK   a1, 0x123456789abcdef

    /* c.mv ra, t5 */
    CASE    46
    li t5, 0x55
    c.mv    ra, t5
    CHECK   ra, 0x55

    /* c.add s3, t4 */
    CASE    47
    li s3, 0x123456789abcdef
    li t4, 0xf0f0f0f00f0f0f0f
    c.add   s3, t4
    CHECK   s3, 0xf214365798badcfe

    /* c.add a0, a0 */
    CASE    48
    li a0, 0x123456789abcdef
    c.add   a0, a0
    CHECK   a0, 0x2468acf13579bde

/* ---- C.LW, C.LD, C.SW, C.SD, C.FLD, C.FSD (offsets to the largest) --------------------------- */
    /* c.lw: offset 0 and 124, sign-extended */
    CASE    49
    la      a1, cdata
    c.lw    a0, 0(a1)
    CHECK   a0, 0xffffffff80000001
    c.lw    s0, 124(a1)
    CHECK   s0, 0x7ffffffe

    /* c.ld: offset 8 and 248 */
    CASE    50
    la      s1, cdata
    c.ld    a5, 8(s1)
    CHECK   a5, 0x8877665544332211
    c.ld    a4, 248(s1)
    CHECK   a4, 0x0102030405060708

    /* c.ld with rd = rs1 */
    CASE    51
    la      a2, cdata
    c.ld    a2, 8(a2)
    CHECK   a2, 0x8877665544332211

    /* c.sw: offset 124, only 4 bytes */
    CASE    52
    la      a1, cstore
    li      t0, -1
    sd      t0, 120(a1)
    li      a2, 0x123456789
    c.sw    a2, 124(a1)
    ld      a0, 120(a1)
    CHECK   a0, 0x23456789ffffffff

    /* c.sd: offset 248, and 0 */
    CASE    53
    la      a3, cstore
    li      a4, 0x0f1e2d3c4b5a6978
    c.sd    a4, 248(a3)
    c.sd    a4, 0(a3)
    ld      a0, 248(a3)
    CHECK   a0, 0x0f1e2d3c4b5a6978
    ld      a0, 0(a3)
    CHECK   a0, 0x0f1e2d3c4b5a6978

    /* c.fld / c.fsd: offset 248 and 8, bits unchanged */
    CASE    54
    la      a5, cdata
    c.fld   fa0, 16(a5)
    fmv.x.d a0, fa0
    CHECK   a0, 0x7ff4000000000001
    la      a1, cstore
    c.fsd   fa0, 248(a1)
    c.fsd   fa0, 8(a1)
    ld      a0, 248(a1)
    CHECK   a0, 0x7ff4000000000001
    c.fld   fa5, 8(a1)
    fmv.x.d a0, fa5
    CHECK   a0, 0x7ff4000000000001

/* ---- C.LWSP, C.LDSP, C.FLDSP, C.SWSP, C.SDSP, C.FSDSP (sp = spbuf) --------------------------- */
    /* c.swsp / c.lwsp at 0 and 252 */
    CASE    55
    la      sp, spbuf
    li      t0, 0xfedcba9880000000
    c.swsp  t0, 252(sp)
    c.swsp  t0, 0(sp)
    c.lwsp  t1, 252(sp)
    CHECK   t1, 0xffffffff80000000
    c.lwsp  s4, 0(sp)
    CHECK   s4, 0xffffffff80000000
    la      a1, spbuf
    lwu     a0, 252(a1)
    CHECK   a0, 0x80000000

    /* c.sdsp / c.ldsp at 504 and 8 */
    CASE    56
    la      sp, spbuf
    li      t2, 0x1122334455667788
    c.sdsp  t2, 504(sp)
    c.sdsp  t2, 8(sp)
    c.ldsp  ra, 504(sp)
    CHECK   ra, 0x1122334455667788
    c.ldsp  t3, 8(sp)
    CHECK   t3, 0x1122334455667788
    la      a1, spbuf
    ld      a0, 504(a1)
    CHECK   a0, 0x1122334455667788

    /* c.fsdsp / c.fldsp at 504 and 16 */
    CASE    57
    la      sp, spbuf
    li      t0, 0xc00921fb54442d18
    fmv.d.x ft3, t0
    c.fsdsp ft3, 504(sp)
    c.fsdsp ft3, 16(sp)
    c.fldsp fs7, 504(sp)
    fmv.x.d a0, fs7
    CHECK   a0, 0xc00921fb54442d18
    c.fldsp ft11, 16(sp)
    fmv.x.d a0, ft11
    CHECK   a0, 0xc00921fb54442d18

/* ---- C.J, C.BEQZ, C.BNEZ --------------------------------------------------------------------- */
    /* c.j forward and backward */
    CASE    58
    c.j     .Lcj_fwd_58
    j       fail
.Lcj_back_58:
    c.j     .Lcj_done_58
    j       fail
.Lcj_fwd_58:
    c.j     .Lcj_back_58
    j       fail
.Lcj_done_58:

    /* c.beqz with 0x0: taken */
    CASE    59
    li      s0, 0
    c.j     .Lcb_start_59
.Lcb_back_59:
    c.j     .Lcb_done_59
.Lcb_start_59:
    c.beqz  s0, .Lcb_fwd_59
    j       fail
.Lcb_fwd_59:
    c.beqz  s0, .Lcb_back_59
    j       fail
.Lcb_done_59:

    /* c.beqz with 0x1: not taken */
    CASE    60
    li      s0, 1
    c.j     .Lcb_start_60
.Lcb_back_60:
    j       fail
.Lcb_start_60:
    c.beqz  s0, .Lcb_back_60
    c.beqz  s0, .Lcb_fwd_60
    c.j     .Lcb_done_60
.Lcb_fwd_60:
    j       fail
.Lcb_done_60:

    /* c.beqz with 0x100000000: not taken */
    CASE    61
    li      s0, 0x100000000
    c.j     .Lcb_start_61
.Lcb_back_61:
    j       fail
.Lcb_start_61:
    c.beqz  s0, .Lcb_back_61
    c.beqz  s0, .Lcb_fwd_61
    c.j     .Lcb_done_61
.Lcb_fwd_61:
    j       fail
.Lcb_done_61:

    /* c.bnez with 0x0: not taken */
    CASE    62
    li      s0, 0
    c.j     .Lcb_start_62
.Lcb_back_62:
    j       fail
.Lcb_start_62:
    c.bnez  s0, .Lcb_back_62
    c.bnez  s0, .Lcb_fwd_62
    c.j     .Lcb_done_62
.Lcb_fwd_62:
    j       fail
.Lcb_done_62:

    /* c.bnez with 0xffffffffffffffff: taken */
    CASE    63
    li      s0, -1
    c.j     .Lcb_start_63
.Lcb_back_63:
    c.j     .Lcb_done_63
.Lcb_start_63:
    c.bnez  s0, .Lcb_fwd_63
    j       fail
.Lcb_fwd_63:
    c.bnez  s0, .Lcb_back_63
    j       fail
.Lcb_done_63:

    /* c.bnez with 0x8000000000000000: taken */
    CASE    64
    li      s0, 0x8000000000000000
    c.j     .Lcb_start_64
.Lcb_back_64:
    c.j     .Lcb_done_64
.Lcb_start_64:
    c.bnez  s0, .Lcb_fwd_64
    j       fail
.Lcb_fwd_64:
    c.bnez  s0, .Lcb_back_64
    j       fail
.Lcb_done_64:

    /* c.j +2046, c.beqz +254, c.bnez -256, c.j -2048 (each gap: a c.nop sled into j fail) */
    CASE    65
    .option push
    .option norvc             /* exact sizes below: no automatic compression */
    li      a1, 0
    .option rvc
    c.j     .Lfar_a                 /* +2046 */
    .option norvc
    .fill   1020, 2, 0x0001         /* c.nop */
    j       fail
.Lfar_a:
    .option rvc
    c.beqz  a1, .Lfar_b             /* +254 */
    .option norvc
    .fill   124, 2, 0x0001
    j       fail
.Lfar_b:
    li      a1, 1
    j       .Lfar_bnez
.Lfar_bnez_target:
    j       .Lfar_next
    .fill   124, 2, 0x0001
    j       fail
.Lfar_bnez:                         /* .Lfar_bnez_target + 4 + 248 + 4 */
    .option rvc
    c.bnez  a1, .Lfar_bnez_target   /* -256 */
    .option norvc
    j       fail
.Lfar_next:
    j       .Lfar_cj
.Lfar_cj_target:
    j       .Lfar_done
    .fill   1020, 2, 0x0001
    j       fail
.Lfar_cj:                           /* .Lfar_cj_target + 4 + 2040 + 4 */
    .option rvc
    c.j     .Lfar_cj_target         /* -2048 */
    .option norvc
    j       fail
.Lfar_done:
    .option pop

/* ---- C.JR, C.JALR ---------------------------------------------------------------------------- */
    /* c.jr a1 */
    CASE    66
    lla     a1, .Lcjr_66
    c.jr    a1
    j       fail
.Lcjr_66:

    /* c.jr ra (ret) */
    CASE    67
    lla     ra, .Lcjr_67
    c.jr    ra
    j       fail
.Lcjr_67:

    /* c.jalr t0: ra = the c.jalr + 2 */
    CASE    68
    lla     t0, .Lcjalr_68
    c.jalr  t0
.Lcjalr_link_68:
    j       fail
.Lcjalr_68:
    lla     t1, .Lcjalr_link_68
    CHECK_REG ra, t1

    /* c.jalr ra: the target comes from ra before it is overwritten */
    CASE    69
    lla     ra, .Lcjalr_69
    c.jalr  ra
.Lcjalr_link_69:
    j       fail
.Lcjalr_69:
    lla     t1, .Lcjalr_link_69
    CHECK_REG ra, t1

    /* c.jalr a5 as a call, c.jr ra as the return */
    CASE    70
    li      a0, 0
    lla     a5, .Lcfunc_70
    c.jalr  a5
    CHECK   a0, 42
    j       .Lcfunc_done_70
.Lcfunc_70:
    c.li    a0, 21
    c.add   a0, a0
    c.jr    ra
.Lcfunc_done_70:

/* ---- 32-bit instructions at addresses that are 2 mod 4 --------------------------------------- */
    /* a 32-bit addi after a c.nop */
    CASE    71
    .option push
    .option norvc             /* exact sizes below: no automatic compression */
    .option rvc
    .balign 4
    .option norvc
    .option rvc
    c.nop
    .option norvc
    addi    a0, x0, 5               /* at 2 mod 4 */
    .option pop
    CHECK   a0, 5

    /* jalr, jal and beq to targets that are 2 mod 4 (legal with C: IALIGN = 16) */
    CASE    72
    .option push
    .option norvc             /* exact sizes below: no automatic compression */
    .option rvc
    .balign 4
    .option norvc
    lla     t0, .Lodd_1_72
    jalr    ra, 0(t0)
.Lodd_link_72:
    j       fail
    .option rvc
    c.nop
    .option norvc
.Lodd_1_72:                          /* 2 mod 4 */
    lla     t1, .Lodd_link_72
    CHECK_REG ra, t1
    .option rvc
    .balign 4
    .option norvc
    jal     ra, .Lodd_2_72
    j       fail
    .option rvc
    c.nop
    .option norvc
.Lodd_2_72:                          /* 2 mod 4 */
    .option rvc
    c.nop
    .option norvc
    beq     x0, x0, .Lodd_3_72      /* at 0 mod 4, its target at 2 mod 4 */
    j       fail
    .option rvc
    c.nop
    .option norvc
.Lodd_3_72:                          /* 2 mod 4 */
    .option pop

    /* a 32-bit instruction straddling a 4 KiB page boundary */
    CASE    73
    j       .Lpage_cross
    .balign 4096
    .skip   4094
.Lpage_cross:                       /* page end - 2 */
    .option push
    .option norvc
    addi    a0, x0, 9
    .option pop
    CHECK   a0, 9

    mv      sp, s11

    TEST_END

    .data
    .balign 8
cdata:
    .word   0x80000001, 0               /* +0 */
    .dword  0x8877665544332211          /* +8 */
    .dword  0x7ff4000000000001          /* +16 */
    .skip   124 - 24
    .word   0x7ffffffe                  /* +124 */
    .skip   248 - 128
    .dword  0x0102030405060708          /* +248 */
    .balign 8
cstore:
    .skip   256
    .balign 16
spbuf:
    .skip   1024
