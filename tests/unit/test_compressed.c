/* SPDX-License-Identifier: MIT */
/* The compressed decoder: every RV64C instruction expands to the right operation and operands
 * (encodings from GNU as, expectations from the C chapter's expansion rules), reserved encodings
 * are illegal, and compressed code runs with 2-byte instruction lengths. */
#include "check.h"
#include "decode.h"
#include "harness.h"

struct compressed_case {
    uint16_t encoding;
    enum vm_op op;
    uint8_t rd, rs1, rs2;
    int64_t imm;
};

static const struct compressed_case compressed_cases[] = {
    {0x1fe8, OP_ADDI, 10, 2, 0, 1020}, /* c.addi4spn a0, sp, 1020 */
    {0x0044, OP_ADDI, 9, 2, 0, 4}, /* c.addi4spn s1, sp, 4 */
    {0x3de8, OP_FLD, 10, 11, 0, 248}, /* c.fld fa0, 248(a1) */
    {0x5c7c, OP_LW, 15, 8, 0, 124}, /* c.lw a5, 124(s0) */
    {0x42d0, OP_LW, 12, 13, 0, 4}, /* c.lw a2, 4(a3) */
    {0x7ff8, OP_LD, 14, 15, 0, 248}, /* c.ld a4, 248(a5) */
    {0xa484, OP_FSD, 0, 9, 9, 8}, /* c.fsd fs1, 8(s1) */
    {0xc1a8, OP_SW, 0, 11, 10, 64}, /* c.sw a0, 64(a1) */
    {0xe3c0, OP_SD, 0, 15, 8, 128}, /* c.sd s0, 128(a5) */
    {0x0001, OP_ADDI, 0, 0, 0, 0}, /* c.nop */
    {0x1501, OP_ADDI, 10, 10, 0, -32}, /* c.addi a0, -32 */
    {0x0ffd, OP_ADDI, 31, 31, 0, 31}, /* c.addi t6, 31 */
    {0x35fd, OP_ADDIW, 11, 11, 0, -1}, /* c.addiw a1, -1 */
    {0x2901, OP_ADDIW, 18, 18, 0, 0}, /* c.addiw s2, 0 */
    {0x5781, OP_ADDI, 15, 0, 0, -32}, /* c.li a5, -32 */
    {0x42c5, OP_ADDI, 5, 0, 0, 17}, /* c.li t0, 17 */
    {0x7101, OP_ADDI, 2, 2, 0, -512}, /* c.addi16sp sp, -512 */
    {0x617d, OP_ADDI, 2, 2, 0, 496}, /* c.addi16sp sp, 496 */
    {0x7501, OP_LUI, 10, 0, 0, -131072}, /* c.lui a0, 0xfffe0 */
    {0x6dfd, OP_LUI, 27, 0, 0, 126976}, /* c.lui s11, 0x1f */
    {0x917d, OP_SRLI, 10, 10, 0, 63}, /* c.srli a0, 63 */
    {0x8485, OP_SRAI, 9, 9, 0, 1}, /* c.srai s1, 1 */
    {0x9781, OP_SRAI, 15, 15, 0, 32}, /* c.srai a5, 32 */
    {0x9a7d, OP_ANDI, 12, 12, 0, -1}, /* c.andi a2, -1 */
    {0x8abd, OP_ANDI, 13, 13, 0, 15}, /* c.andi a3, 15 */
    {0x8d0d, OP_SUB, 10, 10, 11, 0}, /* c.sub a0, a1 */
    {0x8c3d, OP_XOR, 8, 8, 15, 0}, /* c.xor s0, a5 */
    {0x8f45, OP_OR, 14, 14, 9, 0}, /* c.or a4, s1 */
    {0x8ef1, OP_AND, 13, 13, 12, 0}, /* c.and a3, a2 */
    {0x9d1d, OP_SUBW, 10, 10, 15, 0}, /* c.subw a0, a5 */
    {0x9ca1, OP_ADDW, 9, 9, 8, 0}, /* c.addw s1, s0 */
    {0xaffd, OP_JAL, 0, 0, 0, 2046}, /* c.j .+2046 */
    {0xb001, OP_JAL, 0, 0, 0, -2048}, /* c.j .-2048 */
    {0xcd7d, OP_BEQ, 0, 10, 0, 254}, /* c.beqz a0, .+254 */
    {0xf081, OP_BNE, 0, 9, 0, -256}, /* c.bnez s1, .-256 */
    {0x1e7e, OP_SLLI, 28, 28, 0, 63}, /* c.slli t3, 63 */
    {0x0506, OP_SLLI, 10, 10, 0, 1}, /* c.slli a0, 1 */
    {0x32fe, OP_FLD, 5, 2, 0, 504}, /* c.fldsp ft5, 504(sp) */
    {0x50fe, OP_LW, 1, 2, 0, 252}, /* c.lwsp ra, 252(sp) */
    {0x7afe, OP_LD, 21, 2, 0, 504}, /* c.ldsp s5, 504(sp) */
    {0x6522, OP_LD, 10, 2, 0, 8}, /* c.ldsp a0, 8(sp) */
    {0x8082, OP_JALR, 0, 1, 0, 0}, /* c.jr ra */
    {0x857e, OP_ADD, 10, 0, 31, 0}, /* c.mv a0, t6 */
    {0x9002, OP_EBREAK, 0, 0, 0, 0}, /* c.ebreak */
    {0x9782, OP_JALR, 1, 15, 0, 0}, /* c.jalr a5 */
    {0x941e, OP_ADD, 8, 8, 7, 0}, /* c.add s0, t2 */
    {0xbfee, OP_FSD, 0, 2, 27, 504}, /* c.fsdsp fs11, 504(sp) */
    {0xdfc6, OP_SW, 0, 2, 17, 252}, /* c.swsp a7, 252(sp) */
    {0xfff6, OP_SD, 0, 2, 29, 504}, /* c.sdsp t4, 504(sp) */
    {0xe002, OP_SD, 0, 2, 0, 0}, /* c.sdsp zero, 0(sp) */
};

static void test_expansions(void) {
    for (size_t i = 0; i < sizeof compressed_cases / sizeof compressed_cases[0]; i++) {
        const struct compressed_case *c = &compressed_cases[i];
        struct vm_insn d;
        vm_decode_compressed(c->encoding, &d);
        /* Every check runs (no short circuit), so a failure reports all that differ. */
        bool ok = CHECK(d.op == c->op);
        ok &= CHECK_EQ(d.rd, c->rd);
        ok &= CHECK_EQ(d.rs1, c->rs1);
        ok &= CHECK_EQ(d.rs2, c->rs2);
        ok &= CHECK_EQ((uint64_t)d.imm, (uint64_t)c->imm);
        ok &= CHECK_EQ(d.length, 2);
        if (!ok) printf("  encoding 0x%04x decoded as %s\n", c->encoding, vm_op_name(d.op));
    }
}

/* Reserved compressed encodings (C chapter, "RVC opcode map"). */
static const uint16_t reserved[] = {
    0x0000, /* all zero: c.addi4spn with a zero immediate, the defined illegal instruction */
    0x0010, /* c.addi4spn a2, sp, 0 */
    0x8000, /* quadrant 0, funct3 4 */
    0x2001, /* c.addiw with rd = x0 */
    0x6101, /* c.addi16sp with a zero immediate */
    0x6081, /* c.lui ra, 0 */
    0x9c41, /* quadrant 1 funct3 4, bit 12 set, funct2 2 */
    0x9c61, /* quadrant 1 funct3 4, bit 12 set, funct2 3 */
    0x4002, /* c.lwsp with rd = x0 */
    0x6002, /* c.ldsp with rd = x0 */
    0x8002, /* c.jr with rs1 = x0 */
};

static void test_reserved(void) {
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++) {
        struct vm_insn d;
        vm_decode_compressed(reserved[i], &d);
        if (!CHECK(d.op == OP_ILLEGAL)) printf("  0x%04x decoded as %s\n", reserved[i], vm_op_name(d.op));
        uint32_t code[1] = {reserved[i]};
        harness_start(code, 1, 10);
        CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
        CHECK(test_vm.fault.cause == VM_FAULT_ILLEGAL_INSTRUCTION);
        CHECK_EQ(test_vm.fault.insn, reserved[i]);
    }
}

/* c.li a0, 5; c.addi a0, 3; c.j +6 (over a 32-bit addi); c.mv a1, a0: lengths and pc. */
static void test_mixed_lengths(void) {
    static const uint16_t code[] = {0x4515, 0x050d, 0xa019, 0x0513, 0x0645, 0x85aa};
    harness_start(0, 0, 4);
    for (size_t i = 0; i < sizeof code / sizeof code[0]; i++) {
        test_memory[CODE_BASE + 2 * i] = (uint8_t)code[i];
        test_memory[CODE_BASE + 2 * i + 1] = (uint8_t)(code[i] >> 8);
    }
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[10], 8);
    CHECK_EQ(test_vm.x[11], 8);
    CHECK_EQ(test_vm.pc, CODE_BASE + 12);
    CHECK_EQ(test_vm.instret, 4);
}

/* c.jalr links pc + 2, and a jump to a 2-aligned address is fine with C. */
static void test_compressed_link(void) {
    static const uint16_t code[] = {0x9782}; /* c.jalr a5 */
    harness_start(0, 0, 1);
    test_memory[CODE_BASE] = (uint8_t)code[0];
    test_memory[CODE_BASE + 1] = (uint8_t)(code[0] >> 8);
    test_vm.x[15] = 0x2002;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[1], CODE_BASE + 2);
    CHECK_EQ(test_vm.pc, 0x2002);
}

const struct test compressed_tests[] = {
    {"rvc: every compressed instruction expands correctly", test_expansions},
    {"rvc: reserved encodings are illegal", test_reserved},
    {"rvc: 16- and 32-bit instructions mix", test_mixed_lengths},
    {"rvc: c.jalr links pc+2; 2-aligned targets run", test_compressed_link},
    {0, 0},
};
