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
    CHECK(strcmp(vm_op_name(OP_FENCE_I), "fence.i") == 0);
}

/* Encodings that are not RV64IM (or are reserved) must decode as illegal. */
static const uint32_t illegal_encodings[] = {
    0x00000000u,                       /* defined illegal */
    0xffffffffu,                       /* defined illegal */
    0x00004501u,                       /* c.li: compressed, not supported yet */
    0x00000001u,                       /* c.nop */
    0x04c58533u,                       /* OP with funct7 0x02 */
    0x40c59533u,                       /* OP funct7 0x20 with sll's funct3 */
    0x0605951bu,                       /* slliw with shamt[5] set (reserved on RV64) */
    0x4205d51bu,                       /* sraiw with shamt[5] set */
    0x0205951bu | (1u << 26),          /* slliw with a bad funct7 */
    0x80051513u,                       /* slli with funct6 0x20 */
    0x00007503u,                       /* load with funct3 7 */
    0x00004023u,                       /* store with funct3 4 */
    0x00002063u,                       /* branch with funct3 2 */
    0x00003063u,                       /* branch with funct3 3 */
    0x00001067u,                       /* jalr with funct3 1 */
    0x0000253bu,                       /* OP-32 with funct3 2 */
    0x02c5953bu,                       /* OP-32 M with funct3 1 */
    0x000010f3u,                       /* csrrw: Zicsr not implemented yet */
    0xc0002573u,                       /* rdcycle */
    0x30200073u,                       /* mret */
    0x10500073u,                       /* wfi */
    0x000000f3u,                       /* ecall with rd set */
    0x00200073u,                       /* uret-like reserved SYSTEM */
    0x0000200fu,                       /* MISC-MEM funct3 2 */
    0x00052507u,                       /* flw: F not implemented yet */
    0x0005302fu,                       /* amoadd: A not implemented yet */
    0x0000000bu,                       /* custom-0 */
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
