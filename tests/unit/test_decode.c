/* SPDX-License-Identifier: MIT */
/* The decoder layer on its own: operand fields, immediates, and encodings it must refuse. */
#include <string.h>

#include "check.h"
#include "decode.h"
#include "harness.h"

static void test_fields_and_immediates(void) {
    struct vm_insn d;
    vm_decode(enc_i(-2048, 31, 0, 1, 0x13), &d);
    CHECK(d.op == OP_ADDI);
    CHECK_EQ(d.rd, 1);
    CHECK_EQ(d.rs1, 31);
    CHECK_EQ((uint64_t)d.imm, (uint64_t)-2048);
    vm_decode(enc_s(-1, 9, 8, 3, 0x23), &d);
    CHECK(d.op == OP_SD);
    CHECK_EQ(d.rs1, 8);
    CHECK_EQ(d.rs2, 9);
    CHECK_EQ((uint64_t)d.imm, (uint64_t)-1);
    vm_decode(enc_b(-4096, 2, 1, 1), &d);
    CHECK(d.op == OP_BNE);
    CHECK_EQ((uint64_t)d.imm, (uint64_t)-4096);
    vm_decode(enc_b(4094, 2, 1, 0), &d);
    CHECK_EQ(d.imm, 4094);
    vm_decode(enc_j(-1048576, 0), &d);
    CHECK(d.op == OP_JAL);
    CHECK_EQ((uint64_t)d.imm, (uint64_t)-1048576);
    vm_decode(enc_j(1048574, 0), &d);
    CHECK_EQ(d.imm, 1048574);
    vm_decode(enc_u(0xfffff, 3, 0x37), &d);
    CHECK(d.op == OP_LUI);
    CHECK_EQ((uint64_t)d.imm, 0xfffffffffffff000ull);
    vm_decode(enc_i(0x400 | 33, 4, 5, 4, 0x13), &d);
    CHECK(d.op == OP_SRAI);
    CHECK_EQ(d.imm, 33);
}

static void test_every_op_has_a_name(void) {
    for (int op = 0; op < OP_COUNT; op++) {
        const char *name = vm_op_name((enum vm_op)op);
        CHECK(name != 0 && strlen(name) > 0);
    }
    CHECK(strcmp(vm_op_name(OP_REMUW), "remuw") == 0);
    CHECK(strcmp(vm_op_name(OP_FCVT_D_S), "fcvt.d.s") == 0);
    CHECK(strcmp(vm_op_name(OP_BSETI), "bseti") == 0);
    CHECK(strcmp(vm_op_name(OP_FENCE_I), "fence.i") == 0);
}

/* 32-bit encodings outside RV64GC + Zba/Zbb/Zbs (or reserved) must decode as illegal. */
static const uint32_t illegal_encodings[] = {
    0xffffffffu,                       /* defined illegal */
    0x04c58533u,                       /* OP with funct7 0x02 */
    0x40c59533u,                       /* OP funct7 0x20 with sll's funct3 */
    0x0ac58533u,                       /* OP funct7 0x05 (min/max) with funct3 0 */
    0x60c5a533u,                       /* OP funct7 0x30 (rotates) with funct3 2 */
    0x0605951bu,                       /* slliw with shamt[5] set (reserved on RV64) */
    0x4205d51bu,                       /* sraiw with shamt[5] set */
    0x80051513u,                       /* slli with funct6 0x20 */
    0x60359513u,                       /* Zbb unary group, unallocated immediate 0x603 */
    0x2865d513u,                       /* orc.b's group with the wrong immediate */
    0x6035951bu,                       /* Zbb word unary group, unallocated 0x603 */
    0x0815c53bu,                       /* zext.h with rs2 != 0 */
    0x00007503u,                       /* load with funct3 7 */
    0x00004023u,                       /* store with funct3 4 */
    0x00002063u,                       /* branch with funct3 2 */
    0x00003063u,                       /* branch with funct3 3 */
    0x00001067u,                       /* jalr with funct3 1 */
    0x0000253bu,                       /* OP-32 with funct3 2 */
    0x02c5953bu,                       /* OP-32 M with funct3 1 */
    0x30200073u,                       /* mret */
    0x10500073u,                       /* wfi */
    0x000000f3u,                       /* ecall with rd set */
    0x00200073u,                       /* uret-like reserved SYSTEM */
    0x00004073u,                       /* SYSTEM funct3 4 */
    0x0000200fu,                       /* MISC-MEM funct3 2 */
    0x00051507u,                       /* LOAD-FP funct3 1 (half precision) */
    0x0000002fu,                       /* AMO with funct3 0 */
    0x2800202fu,                       /* AMO funct5 0x05 */
    0x1015202fu,                       /* lr.w with rs2 != 0 */
    0x00005053u,                       /* fadd.s with rm 5 */
    0x00006053u,                       /* fadd.s with rm 6 */
    0x04000053u,                       /* fadd.h: half precision */
    0x58100053u,                       /* fsqrt.s with rs2 = 1 */
    0xc0400053u,                       /* fcvt.w.s with rs2 = 4 */
    0x40000053u,                       /* fcvt.s.s (rs2 = 0) */
    0x42100053u,                       /* fcvt.d.d (rs2 = 1) */
    0x20003053u,                       /* fsgnj.s with funct3 3 */
    0xa0003053u,                       /* fcmp.s with funct3 3 */
    0xe0002053u,                       /* fmv.x.w group with funct3 2 */
    0xf0001053u,                       /* fmv.w.x with funct3 1 */
    0x04000043u,                       /* fmadd.h */
    0x00005043u,                       /* fmadd.s with rm 5 */
    0x0000000bu,                       /* custom-0 */
    0x0000007fu,                       /* 64-bit encoding prefix */
};

static void test_illegal_encodings(void) {
    for (size_t i = 0; i < sizeof illegal_encodings / sizeof illegal_encodings[0]; i++) {
        struct vm_insn d;
        vm_decode(illegal_encodings[i], &d);
        if (!CHECK(d.op == OP_ILLEGAL)) printf("  encoding 0x%08x decoded as %s\n",
                                               illegal_encodings[i], vm_op_name(d.op));
        /* And executing it raises illegal-instruction with the encoding. */
        harness_start(&illegal_encodings[i], 1, 10);
        CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
        CHECK(test_vm.fault.cause == VM_FAULT_ILLEGAL_INSTRUCTION);
        CHECK_EQ(test_vm.fault.insn, illegal_encodings[i]);
        CHECK_EQ(test_vm.fault.pc, CODE_BASE);
        CHECK_EQ(test_vm.instret, 0);
    }
}

const struct test decode_tests[] = {
    {"decode fields and immediates", test_fields_and_immediates},
    {"every operation has a name", test_every_op_has_a_name},
    {"illegal encodings fault", test_illegal_encodings},
    {0, 0},
};
