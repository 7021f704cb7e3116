/* SPDX-License-Identifier: MIT */
/* Every implemented RV64IM instruction, with normal values and edge cases. Expected values come
 * from the instruction definitions in the RISC-V Unprivileged ISA (RV32I, RV64I, M chapters). */
#include <string.h>

#include "check.h"
#include "harness.h"

enum { RD = 5, RS1 = 6, RS2 = 7 };
enum { OP = 0x33, OP_32 = 0x3b, OP_IMM = 0x13, OP_IMM_32 = 0x1b, LOAD = 0x03, STORE = 0x23 };

#define MIN64 0x8000000000000000ull
#define ALL 0xffffffffffffffffull

struct alu_case {
    const char *name;
    uint32_t encoding;
    uint64_t rs1, rs2, expected;
};

/* Register-register forms: rd = x5, rs1 = x6, rs2 = x7. */
#define RR(f7, f3) enc_r(f7, RS2, RS1, f3, RD, OP)
#define RR32(f7, f3) enc_r(f7, RS2, RS1, f3, RD, OP_32)
/* Register-immediate forms: the immediate is in the encoding, rs2 is unused. */
#define RI(imm, f3) enc_i(imm, RS1, f3, RD, OP_IMM)
#define RI32(imm, f3) enc_i(imm, RS1, f3, RD, OP_IMM_32)

static const struct alu_case alu_cases[] = {
    {"add", RR(0, 0), 1, 2, 3},
    {"add wraps", RR(0, 0), ALL, 1, 0},
    {"sub", RR(0x20, 0), 0, 1, ALL},
    {"sub overflow", RR(0x20, 0), MIN64, 1, MIN64 - 1},
    {"sll", RR(0, 1), 1, 63, MIN64},
    {"sll uses 6 bits", RR(0, 1), 1, 64, 1},
    {"slt signed", RR(0, 2), ALL, 1, 1},
    {"slt false", RR(0, 2), 1, ALL, 0},
    {"sltu", RR(0, 3), 1, ALL, 1},
    {"sltu false", RR(0, 3), ALL, 1, 0},
    {"xor", RR(0, 4), 0xff00, 0x0ff0, 0xf0f0},
    {"srl", RR(0, 5), MIN64, 63, 1},
    {"srl uses 6 bits", RR(0, 5), 4, 65, 2},
    {"sra", RR(0x20, 5), MIN64, 63, ALL},
    {"sra positive", RR(0x20, 5), 0x40, 3, 8},
    {"or", RR(0, 6), 0xf0, 0x0f, 0xff},
    {"and", RR(0, 7), 0xf0f0, 0xff00, 0xf000},
    {"addw", RR32(0, 0), 0x7fffffff, 1, 0xffffffff80000000ull},
    {"addw ignores high bits", RR32(0, 0), 0x100000001ull, 0, 1},
    {"subw", RR32(0x20, 0), 0, 1, ALL},
    {"subw", RR32(0x20, 0), 0x80000000ull, 1, 0x7fffffff},
    {"sllw", RR32(0, 1), 1, 31, 0xffffffff80000000ull},
    {"sllw uses 5 bits", RR32(0, 1), 1, 32, 1},
    {"srlw", RR32(0, 5), 0xffffffff80000000ull, 31, 1},
    {"srlw ignores high bits", RR32(0, 5), 0xffffffff00000010ull, 4, 1},
    {"srlw shift 0 sign-extends", RR32(0, 5), 0x80000000ull, 0, 0xffffffff80000000ull},
    {"sraw", RR32(0x20, 5), 0x80000000ull, 31, ALL},
    {"sraw", RR32(0x20, 5), 0x80000000ull, 4, 0xfffffffff8000000ull},
    {"mul", RR(1, 0), 3, (uint64_t)-2, (uint64_t)-6},
    {"mul wraps", RR(1, 0), 0x100000000ull, 0x100000000ull, 0},
    {"mulh -1*-1", RR(1, 1), ALL, ALL, 0},
    {"mulh min*min", RR(1, 1), MIN64, MIN64, 0x4000000000000000ull},
    {"mulh -1*1", RR(1, 1), ALL, 1, ALL},
    {"mulhsu -1*max", RR(1, 2), ALL, ALL, ALL},
    {"mulhsu 2*max", RR(1, 2), 2, ALL, 1},
    {"mulhu max*max", RR(1, 3), ALL, ALL, 0xfffffffffffffffeull},
    {"mulhu 2^32*2^32", RR(1, 3), 0x100000000ull, 0x100000000ull, 1},
    {"div truncates", RR(1, 4), 7, (uint64_t)-2, (uint64_t)-3},
    {"div negative", RR(1, 4), (uint64_t)-7, 2, (uint64_t)-3},
    {"div by zero", RR(1, 4), 5, 0, ALL},
    {"div overflow", RR(1, 4), MIN64, ALL, MIN64},
    {"divu", RR(1, 5), 7, 2, 3},
    {"divu by zero", RR(1, 5), 7, 0, ALL},
    {"divu large", RR(1, 5), ALL, 2, 0x7fffffffffffffffull},
    {"rem", RR(1, 6), 7, (uint64_t)-2, 1},
    {"rem negative", RR(1, 6), (uint64_t)-7, 2, ALL},
    {"rem by zero", RR(1, 6), 9, 0, 9},
    {"rem overflow", RR(1, 6), MIN64, ALL, 0},
    {"remu", RR(1, 7), 7, 2, 1},
    {"remu by zero", RR(1, 7), ALL, 0, ALL},
    {"mulw", RR32(1, 0), 0x7fffffff, 2, 0xfffffffffffffffeull},
    {"mulw ignores high bits", RR32(1, 0), 0x100000003ull, 2, 6},
    {"divw", RR32(1, 4), (uint64_t)-7, 2, (uint64_t)-3},
    {"divw overflow", RR32(1, 4), 0x80000000ull, ALL, 0xffffffff80000000ull},
    {"divw by zero", RR32(1, 4), 5, 0, ALL},
    {"divw ignores high bits", RR32(1, 4), 0x100000006ull, 3, 2},
    {"divuw", RR32(1, 5), 0xffffffffull, 2, 0x7fffffff},
    {"divuw by zero", RR32(1, 5), 5, 0, ALL},
    {"divuw sign-extends", RR32(1, 5), 0x80000000ull, 1, 0xffffffff80000000ull},
    {"remw", RR32(1, 6), (uint64_t)-7, 2, ALL},
    {"remw overflow", RR32(1, 6), 0x80000000ull, ALL, 0},
    {"remw by zero", RR32(1, 6), 0x180000000ull, 0, 0xffffffff80000000ull},
    {"remuw", RR32(1, 7), 0xffffffffull, 0x10, 0xf},
    {"remuw by zero", RR32(1, 7), 0x80000001ull, 0, 0xffffffff80000001ull},
    {"addi", RI(-1, 0), 5, 0, 4},
    {"addi min immediate", RI(-2048, 0), 0, 0, (uint64_t)-2048},
    {"addi max immediate", RI(2047, 0), 0, 0, 2047},
    {"slti", RI(0, 2), ALL, 0, 1},
    {"slti false", RI(-1, 2), 5, 0, 0},
    {"sltiu immediate is sign-extended", RI(-1, 3), 5, 0, 1},
    {"sltiu seqz", RI(1, 3), 0, 0, 1},
    {"xori not", RI(-1, 4), 0x1234, 0, ~0x1234ull},
    {"ori", RI(0x0f0, 6), 0x00f, 0, 0x0ff},
    {"andi sign-extended", RI(-16, 7), 0x12345, 0, 0x12340},
    {"slli", RI(63, 1), 1, 0, MIN64},
    {"srli", RI(60, 5), ALL, 0, 0xf},
    {"srai", RI(0x400 | 60, 5), MIN64, 0, 0xfffffffffffffff8ull},
    {"addiw", RI32(1, 0), 0x7fffffff, 0, 0xffffffff80000000ull},
    {"addiw sext.w", RI32(0, 0), 0xffffffffull, 0, ALL},
    {"slliw", RI32(31, 1), 1, 0, 0xffffffff80000000ull},
    {"srliw", RI32(31, 5), 0xffffffff80000000ull, 0, 1},
    {"sraiw", RI32(0x400 | 4, 5), 0x80000000ull, 0, 0xfffffffff8000000ull},
    {"lui", enc_u(0x80000, RD, 0x37), 0, 0, 0xffffffff80000000ull},
    {"lui small", enc_u(0x12345, RD, 0x37), 0, 0, 0x12345000},
    {"auipc", enc_u(1, RD, 0x17), 0, 0, CODE_BASE + 0x1000},
    {"auipc negative", enc_u(0xfffff, RD, 0x17), 0, 0, CODE_BASE - 0x1000},
};

static void test_alu(void) {
    for (size_t i = 0; i < sizeof alu_cases / sizeof alu_cases[0]; i++) {
        const struct alu_case *c = &alu_cases[i];
        harness_start(&c->encoding, 1, 1);
        test_vm.x[RS1] = c->rs1;
        test_vm.x[RS2] = c->rs2;
        CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
        if (!CHECK_EQ(test_vm.x[RD], c->expected)) printf("  in case \"%s\"\n", c->name);
        CHECK_EQ(test_vm.pc, CODE_BASE + 4);
        CHECK_EQ(test_vm.instret, 1);
    }
}

struct branch_case {
    const char *name;
    uint32_t funct3;
    uint64_t rs1, rs2;
    int taken;
};

static const struct branch_case branch_cases[] = {
    {"beq taken", 0, 5, 5, 1},       {"beq not taken", 0, 5, 6, 0},
    {"bne taken", 1, 5, 6, 1},       {"bne not taken", 1, 5, 5, 0},
    {"blt signed", 4, ALL, 1, 1},    {"blt not taken", 4, 1, ALL, 0},
    {"bge equal", 5, 3, 3, 1},       {"bge signed", 5, ALL, 1, 0},
    {"bltu unsigned", 6, 1, ALL, 1}, {"bltu not taken", 6, ALL, 1, 0},
    {"bgeu unsigned", 7, ALL, 1, 1}, {"bgeu not taken", 7, 1, 2, 0},
};

static void test_branches(void) {
    for (size_t i = 0; i < sizeof branch_cases / sizeof branch_cases[0]; i++) {
        const struct branch_case *c = &branch_cases[i];
        uint32_t code[2] = {enc_b(16, RS2, RS1, c->funct3), 0};
        harness_start(code, 1, 1);
        test_vm.x[RS1] = c->rs1;
        test_vm.x[RS2] = c->rs2;
        CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
        if (!CHECK_EQ(test_vm.pc, CODE_BASE + (c->taken ? 16 : 4))) printf("  in \"%s\"\n", c->name);
    }
    /* A backward branch. */
    uint32_t code[3] = {0x13, 0x13, enc_b(-8, 0, 0, 0)};
    harness_start(code, 3, 3);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.pc, CODE_BASE);
}

static void test_jumps(void) {
    uint32_t jal[1] = {enc_j(0x100, RD)};
    harness_start(jal, 1, 1);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.pc, CODE_BASE + 0x100);
    CHECK_EQ(test_vm.x[RD], CODE_BASE + 4);

    uint32_t jal_back[2] = {0x13, enc_j(-4, RD)};
    harness_start(jal_back, 2, 2);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.pc, CODE_BASE);

    /* jalr clears bit 0 of the target. */
    uint32_t jalr[1] = {enc_i(4, RS1, 0, RD, 0x67)};
    harness_start(jalr, 1, 1);
    test_vm.x[RS1] = 0x2001;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.pc, 0x2004);
    CHECK_EQ(test_vm.x[RD], CODE_BASE + 4);

    /* jalr with rd == rs1 uses the old value for the target. */
    uint32_t jalr_same[1] = {enc_i(-8, RS1, 0, RS1, 0x67)};
    harness_start(jalr_same, 1, 1);
    test_vm.x[RS1] = 0x3008;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.pc, 0x3000);
    CHECK_EQ(test_vm.x[RS1], CODE_BASE + 4);
}

struct load_case {
    const char *name;
    uint32_t funct3;
    int32_t offset;
    uint64_t expected;
};

/* Memory at 0x2000 holds 80 81 82 ... 8f. */
static const struct load_case load_cases[] = {
    {"lb sign-extends", 0, 0, 0xffffffffffffff80ull},
    {"lh sign-extends", 1, 0, 0xffffffffffff8180ull},
    {"lw sign-extends", 2, 0, 0xffffffff83828180ull},
    {"ld", 3, 0, 0x8786858483828180ull},
    {"lbu", 4, 1, 0x81},
    {"lhu", 5, 2, 0x8382},
    {"lwu", 6, 4, 0x87868584ull},
    {"ld misaligned", 3, 1, 0x8887868584838281ull},
    {"lw negative offset", 2, -4, 0},
};

static void test_loads(void) {
    for (size_t i = 0; i < sizeof load_cases / sizeof load_cases[0]; i++) {
        const struct load_case *c = &load_cases[i];
        uint32_t code[1] = {enc_i(c->offset, RS1, c->funct3, RD, LOAD)};
        harness_start(code, 1, 1);
        for (unsigned b = 0; b < 16; b++) test_memory[0x2000 + b] = (uint8_t)(0x80 + b);
        test_vm.x[RS1] = 0x2000;
        test_vm.x[RD] = 0x5555;
        CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
        if (!CHECK_EQ(test_vm.x[RD], c->expected)) printf("  in \"%s\"\n", c->name);
    }
}

static void test_stores(void) {
    static const uint8_t expected[4][9] = {
        {0xef, 0, 0, 0, 0, 0, 0, 0, 0},
        {0xef, 0xcd, 0, 0, 0, 0, 0, 0, 0},
        {0xef, 0xcd, 0xab, 0x89, 0, 0, 0, 0, 0},
        {0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01, 0},
    };
    for (uint32_t width = 0; width < 4; width++) {
        /* Stored at 0x2001: misaligned for every width above a byte, and allowed. */
        uint32_t code[1] = {enc_s(1, RS2, RS1, width, STORE)};
        harness_start(code, 1, 1);
        test_vm.x[RS1] = 0x2000;
        test_vm.x[RS2] = 0x0123456789abcdefull;
        CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
        CHECK(test_memory[0x2000] == 0);
        CHECK(memcmp(test_memory + 0x2001, expected[width], 9) == 0);
    }
    /* A store at the last bytes of guest memory is fine. */
    uint32_t last[1] = {enc_s(-8, RS2, RS1, 3, STORE)};
    harness_start(last, 1, 1);
    test_vm.x[RS1] = VM_MEMORY_SIZE;
    test_vm.x[RS2] = 0x1122334455667788ull;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK(test_memory[VM_MEMORY_SIZE - 1] == 0x11);
}

/* Every instruction form that writes rd leaves x0 zero when rd is x0. */
static void test_x0_destination(void) {
    const uint32_t writes_x0[] = {
        insn_addi(0, 0, 5),           enc_r(0, RS2, RS1, 0, 0, OP),
        enc_r(1, RS2, RS1, 0, 0, OP), enc_r(0, RS2, RS1, 0, 0, OP_32),
        enc_u(0x12345, 0, 0x37),      enc_u(0x12345, 0, 0x17),
        enc_i(0, RS1, 3, 0, LOAD),    enc_i(1, RS1, 0, 0, OP_IMM_32),
    };
    for (size_t i = 0; i < sizeof writes_x0 / sizeof writes_x0[0]; i++) {
        harness_start(&writes_x0[i], 1, 1);
        test_vm.x[RS1] = 0x2000;
        test_vm.x[RS2] = 7;
        test_memory[0x2000] = 0x42;
        CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
        CHECK_EQ(test_vm.x[0], 0);
    }
    uint32_t jal_x0[1] = {enc_j(8, 0)};
    harness_start(jal_x0, 1, 1);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[0], 0);
    CHECK_EQ(test_vm.pc, CODE_BASE + 8);
}

static void test_fences(void) {
    const uint32_t code[3] = {0x0ff0000f /* fence */, 0x8330000f /* fence.tso */,
                              0x0000100f /* fence.i */};
    harness_start(code, 3, 3);
    uint64_t before[32];
    memcpy(before, test_vm.x, sizeof before);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.pc, CODE_BASE + 12);
    CHECK(memcmp(before, test_vm.x, sizeof before) == 0);
}

static void test_ecall_exit(void) {
    uint32_t code[2] = {insn_addi(17, 0, 93), insn_ecall()};
    harness_start(code, 2, 100);
    CHECK(vm_run(&test_vm) == VM_EXIT_ECALL);
    CHECK_EQ(test_vm.pc, CODE_BASE + 8);
    CHECK_EQ(test_vm.instret, 2);
    CHECK_EQ(test_vm.x[17], 93);
    CHECK(test_vm.state == VM_STATE_RUNNING);
}

const struct test instruction_tests[] = {
    {"alu (every OP, OP-32, OP-IMM, OP-IMM-32, LUI, AUIPC form)", test_alu},
    {"branches", test_branches},
    {"jal and jalr", test_jumps},
    {"loads", test_loads},
    {"stores", test_stores},
    {"x0 as destination", test_x0_destination},
    {"fence, fence.tso, fence.i", test_fences},
    {"ecall leaves the run loop", test_ecall_exit},
    {0, 0},
};
