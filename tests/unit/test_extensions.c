/* SPDX-License-Identifier: MIT */
/* Zba, Zbb, Zbs, A and Zicsr: every instruction with normal values and edge cases. Expected
 * values from the instruction definitions in the RISC-V bit-manipulation and Unprivileged specs. */
#include <string.h>

#include "alu.h"
#include "check.h"
#include "harness.h"

enum { RD = 5, RS1 = 6, RS2 = 7, OP = 0x33, OP_32 = 0x3b, OP_IMM = 0x13, OP_IMM_32 = 0x1b };

#define ALL 0xffffffffffffffffull

struct bit_case {
    const char *name;
    uint32_t encoding;
    uint64_t rs1, rs2, expected;
};

#define RR(f7, f3) enc_r(f7, RS2, RS1, f3, RD, OP)
#define RR32(f7, f3) enc_r(f7, RS2, RS1, f3, RD, OP_32)
#define RI(imm12, f3) enc_i(imm12, RS1, f3, RD, OP_IMM)
#define RI32(imm12, f3) enc_i(imm12, RS1, f3, RD, OP_IMM_32)

static const struct bit_case bit_cases[] = {
    /* Zba */
    {"add.uw", RR32(0x04, 0), 0xffffffff80000000ull, 1, 0x80000001ull},
    {"sh1add", RR(0x10, 2), 3, 100, 106},
    {"sh2add", RR(0x10, 4), 3, 100, 112},
    {"sh3add", RR(0x10, 6), ALL, 8, 0},
    {"sh1add.uw", RR32(0x10, 2), 0xf00000001ull, 0, 2},
    {"sh2add.uw", RR32(0x10, 4), 0x80000000ull, 1, 0x200000001ull},
    {"sh3add.uw", RR32(0x10, 6), ALL, 0, 0x7fffffff8ull},
    {"slli.uw", RI32(0x080 | 4, 1), 0xfffffffff0000001ull, 0, 0xf00000010ull},
    {"slli.uw by 63", RI32(0x080 | 63, 1), 1, 0, 0x8000000000000000ull},
    /* Zbb */
    {"andn", RR(0x20, 7), 0xff, 0x0f, 0xf0},
    {"orn", RR(0x20, 6), 0, ALL - 1, 1},
    {"xnor", RR(0x20, 4), 0xf0, 0xff, ~0x0full},
    {"clz", RI(0x600, 1), 1, 0, 63},
    {"clz of 0", RI(0x600, 1), 0, 0, 64},
    {"clz of top bit", RI(0x600, 1), 0x8000000000000000ull, 0, 0},
    {"clzw", RI32(0x600, 1), 0xffffffff00010000ull, 0, 15},
    {"clzw of 0", RI32(0x600, 1), 0xffffffff00000000ull, 0, 32},
    {"ctz", RI(0x601, 1), 0x8000000000000000ull, 0, 63},
    {"ctz of 0", RI(0x601, 1), 0, 0, 64},
    {"ctzw of 0", RI32(0x601, 1), 0xffffffff00000000ull, 0, 32},
    {"ctzw", RI32(0x601, 1), 0x80ull, 0, 7},
    {"cpop", RI(0x602, 1), ALL, 0, 64},
    {"cpop", RI(0x602, 1), 0x8000000000000001ull, 0, 2},
    {"cpopw", RI32(0x602, 1), ALL, 0, 32},
    {"max", RR(0x05, 6), ALL, 1, 1},
    {"maxu", RR(0x05, 7), ALL, 1, ALL},
    {"min", RR(0x05, 4), ALL, 1, ALL},
    {"minu", RR(0x05, 5), ALL, 1, 1},
    {"sext.b", RI(0x604, 1), 0x80, 0, 0xffffffffffffff80ull},
    {"sext.b positive", RI(0x604, 1), 0x17f, 0, 0x7f},
    {"sext.h", RI(0x605, 1), 0x8000, 0, 0xffffffffffff8000ull},
    {"zext.h", enc_r(0x04, 0, RS1, 4, RD, OP_32), ALL, 0, 0xffff},
    {"rol", RR(0x30, 1), 0x8000000000000001ull, 1, 3},
    {"rol by 64 is by 0", RR(0x30, 1), 0x1234, 64, 0x1234},
    {"ror", RR(0x30, 5), 1, 1, 0x8000000000000000ull},
    {"rori", RI(0x600 | 4, 5), 0x1f, 0, 0xf000000000000001ull},
    {"rolw", RR32(0x30, 1), 0x80000001ull, 1, 3},
    {"rolw sign-extends", RR32(0x30, 1), 0x40000000ull, 1, 0xffffffff80000000ull},
    {"rorw", RR32(0x30, 5), 1, 1, 0xffffffff80000000ull},
    {"roriw", RI32(0x600 | 8, 5), 0x12345678ull, 0, 0x78123456ull},
    {"roriw by 0 sign-extends", RI32(0x600, 5), 0x80000000ull, 0, 0xffffffff80000000ull},
    {"orc.b", RI(0x287, 5), 0x0100200030004000ull, 0, 0xff00ff00ff00ff00ull},
    {"rev8", RI(0x6b8, 5), 0x0102030405060708ull, 0, 0x0807060504030201ull},
    /* Zbs */
    {"bclr", RR(0x24, 1), ALL, 63, 0x7fffffffffffffffull},
    {"bclr uses 6 bits", RR(0x24, 1), ALL, 64, ALL - 1},
    {"bclri", RI(0x480 | 3, 1), 0xff, 0, 0xf7},
    {"bext", RR(0x24, 5), 0x8000000000000000ull, 63, 1},
    {"bexti", RI(0x480 | 1, 5), 2, 0, 1},
    {"binv", RR(0x34, 1), 0, 63, 0x8000000000000000ull},
    {"binvi", RI(0x680 | 0, 1), 1, 0, 0},
    {"bset", RR(0x14, 1), 0, 5, 32},
    {"bseti", RI(0x280 | 40, 1), 0, 0, 1ull << 40},
};

static void test_bit_manipulation(void) {
    for (size_t i = 0; i < sizeof bit_cases / sizeof bit_cases[0]; i++) {
        const struct bit_case *c = &bit_cases[i];
        harness_start(&c->encoding, 1, 1);
        test_vm.x[RS1] = c->rs1;
        test_vm.x[RS2] = c->rs2;
        bool ran = CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
        if (!CHECK_EQ(test_vm.x[RD], c->expected) || !ran) printf("  in \"%s\"\n", c->name);
    }
}

#define AMO(funct5, funct3, rd, rs1, rs2) enc_r((funct5) << 2, rs2, rs1, funct3, rd, 0x2f)

struct amo_case {
    const char *name;
    uint32_t funct5, funct3;
    uint64_t memory, source, expected_rd, expected_memory;
};

static const struct amo_case amo_cases[] = {
    {"amoswap.w", 0x01, 2, 0x80000000ull, 7, 0xffffffff80000000ull, 7},
    {"amoadd.w wraps", 0x00, 2, 0xffffffffull, 1, ALL, 0},
    {"amoxor.w", 0x04, 2, 0xf0, 0xff, 0xf0, 0x0f},
    {"amoand.w", 0x0c, 2, 0xf0, 0x3c, 0xf0, 0x30},
    {"amoor.w", 0x08, 2, 0xf0, 0x0f, 0xf0, 0xff},
    {"amomin.w signed", 0x10, 2, 0xffffffffull, 1, ALL, 0xffffffffull},
    {"amomax.w signed", 0x14, 2, 0xffffffffull, 1, ALL, 1},
    {"amominu.w", 0x18, 2, 0xffffffffull, 1, ALL, 1},
    {"amomaxu.w", 0x1c, 2, 0xffffffffull, 1, ALL, 0xffffffffull},
    {"amomin.w uses 32 bits", 0x10, 2, 5, 0x1fffffffeull, 5, 0xfffffffeull},
    {"amoswap.d", 0x01, 3, ALL, 9, ALL, 9},
    {"amoadd.d", 0x00, 3, ALL, 2, ALL, 1},
    {"amoxor.d", 0x04, 3, 1, 3, 1, 2},
    {"amoand.d", 0x0c, 3, 6, 3, 6, 2},
    {"amoor.d", 0x08, 3, 6, 3, 6, 7},
    {"amomin.d", 0x10, 3, ALL, 0, ALL, ALL},
    {"amomax.d", 0x14, 3, ALL, 0, ALL, 0},
    {"amominu.d", 0x18, 3, ALL, 0, ALL, 0},
    {"amomaxu.d", 0x1c, 3, ALL, 0, ALL, ALL},
};

static uint64_t memory_at(uint64_t addr, unsigned bytes) {
    uint64_t value = 0;
    memcpy(&value, test_memory + addr, bytes);
    return value;
}

static void test_amos(void) {
    for (size_t i = 0; i < sizeof amo_cases / sizeof amo_cases[0]; i++) {
        const struct amo_case *c = &amo_cases[i];
        unsigned bytes = c->funct3 == 2 ? 4 : 8;
        uint32_t code[1] = {AMO(c->funct5, c->funct3, RD, RS1, RS2)};
        harness_start(code, 1, 1);
        memcpy(test_memory + 0x2000, &c->memory, 8);
        memset(test_memory + 0x2000 + bytes, 0xaa, 8 - bytes + 8);
        test_vm.x[RS1] = 0x2000;
        test_vm.x[RS2] = c->source;
        CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
        bool ok = CHECK_EQ(test_vm.x[RD], c->expected_rd); /* every check runs */
        ok &= CHECK_EQ(memory_at(0x2000, bytes), c->expected_memory);
        ok &= CHECK(test_memory[0x2000 + bytes] == 0xaa);
        if (!ok) printf("  in \"%s\"\n", c->name);
    }
}

static void test_lr_sc(void) {
    /* lr.d a0, (a1); sc.d a2, a3, (a1): succeeds, 0 in a2. */
    uint32_t pair[2] = {AMO(0x02, 3, 10, 11, 0), AMO(0x03, 3, 12, 11, 13)};
    harness_start(pair, 2, 2);
    test_memory[0x2000] = 0x11;
    test_vm.x[11] = 0x2000;
    test_vm.x[13] = 0x99;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[10], 0x11);
    CHECK_EQ(test_vm.x[12], 0);
    CHECK_EQ(memory_at(0x2000, 8), 0x99);

    /* A second sc without a new lr fails and stores nothing. */
    uint32_t twice[3] = {AMO(0x02, 2, 10, 11, 0), AMO(0x03, 2, 12, 11, 13), AMO(0x03, 2, 14, 11, 15)};
    harness_start(twice, 3, 3);
    test_vm.x[11] = 0x2000;
    test_vm.x[13] = 1;
    test_vm.x[15] = 2;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[12], 0);
    CHECK_EQ(test_vm.x[14], 1);
    CHECK_EQ(memory_at(0x2000, 4), 1);

    /* An intervening store anywhere clears the reservation. */
    uint32_t broken[3] = {AMO(0x02, 3, 10, 11, 0), enc_s(0, 0, 16, 0, 0x23), AMO(0x03, 3, 12, 11, 13)};
    harness_start(broken, 3, 3);
    test_vm.x[11] = 0x2000;
    test_vm.x[16] = 0x3000; /* sb zero, 0(a6): another address */
    test_vm.x[13] = 5;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[12], 1);
    CHECK_EQ(memory_at(0x2000, 8), 0);

    /* sc to another address than the reservation fails. */
    uint32_t elsewhere[2] = {AMO(0x02, 3, 10, 11, 0), AMO(0x03, 3, 12, 14, 13)};
    harness_start(elsewhere, 2, 2);
    test_vm.x[11] = 0x2000;
    test_vm.x[14] = 0x2008;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[12], 1);
    /* lr.w sign-extends. */
    uint32_t lr_w[1] = {AMO(0x02, 2, 10, 11, 0)};
    harness_start(lr_w, 1, 1);
    test_vm.x[11] = 0x2000;
    memset(test_memory + 0x2000, 0xff, 4);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[10], ALL);
}

static void test_atomic_faults(void) {
    const struct { uint32_t encoding; uint64_t addr; enum vm_fault_cause cause; } cases[] = {
        {AMO(0x02, 2, 10, 11, 0), 0x2002, VM_FAULT_MISALIGNED_LOAD},   /* lr.w */
        {AMO(0x03, 3, 10, 11, 12), 0x2004, VM_FAULT_MISALIGNED_STORE}, /* sc.d */
        {AMO(0x00, 3, 10, 11, 12), 0x2001, VM_FAULT_MISALIGNED_STORE}, /* amoadd.d */
        {AMO(0x02, 3, 10, 11, 0), 0x400000, VM_FAULT_LOAD_ACCESS},     /* lr.d */
        {AMO(0x01, 2, 10, 11, 12), 0, VM_FAULT_STORE_ACCESS},          /* amoswap.w */
        {AMO(0x03, 2, 10, 11, 12), 0x3ffffffcull + 0x100000000ull, VM_FAULT_STORE_ACCESS},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        harness_start(&cases[i].encoding, 1, 10);
        test_vm.x[11] = cases[i].addr;
        test_vm.x[10] = 0x5a;
        CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
        CHECK(test_vm.fault.cause == cases[i].cause);
        CHECK_EQ(test_vm.fault.addr, cases[i].addr);
        CHECK_EQ(test_vm.x[10], 0x5a);
    }
}

#define CSR(f3, csr, rs1, rd) enc_i(csr, rs1, f3, rd, 0x73)

static void test_csrs(void) {
    /* csrrwi fflags, 0x1f; csrrs t0, fcsr, x0; csrrwi t1, frm, 3; csrrc t2, fcsr, a0 */
    uint32_t code[4] = {CSR(5, 0x001, 0x1f, 0), CSR(2, 0x003, 0, 5), CSR(5, 0x002, 3, 6),
                        CSR(3, 0x003, 10, 7)};
    harness_start(code, 4, 4);
    test_vm.x[10] = 0x01;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[5], 0x1f);
    CHECK_EQ(test_vm.x[6], 0);
    CHECK_EQ(test_vm.x[7], 3 << 5 | 0x1f);
    CHECK_EQ(test_vm.fflags, 0x1e);
    CHECK_EQ(test_vm.frm, 3);
    /* Writes keep only the field's bits. */
    uint32_t wide[2] = {CSR(1, 0x003, 10, 0), CSR(1, 0x002, 11, 0)};
    harness_start(wide, 2, 2);
    test_vm.x[10] = ALL;
    test_vm.x[11] = 0xfd;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.fflags, 0x1f);
    CHECK_EQ(test_vm.frm, 5);
    /* The counters read retired instructions. */
    uint32_t counters[4] = {0x13, CSR(2, 0xc00, 0, 5), CSR(2, 0xc01, 0, 6), CSR(2, 0xc02, 0, 7)};
    harness_start(counters, 4, 4);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[5], 1);
    CHECK_EQ(test_vm.x[6], 2);
    CHECK_EQ(test_vm.x[7], 3);
}

/* CSR accesses that are illegal when executed (they decode, but the CSR does not exist or is
 * read-only). */
static void test_illegal_csr_accesses(void) {
    const uint32_t illegal[] = {
        CSR(1, 0x000, 10, 5), /* csrrw t0, ustatus: no such CSR in user mode */
        CSR(2, 0x300, 0, 5),  /* csrr mstatus */
        CSR(2, 0x100, 0, 5),  /* csrr sstatus */
        CSR(1, 0xc00, 10, 0), /* csrw cycle: read-only */
        CSR(2, 0xc02, 10, 5), /* csrrs t0, instret, a0 (a0 != x0 writes) */
        CSR(7, 0xc01, 1, 5),  /* csrrci t0, time, 1 */
        CSR(2, 0xc80, 0, 5),  /* cycleh: RV32 only */
        CSR(2, 0x004, 0, 5),  /* unallocated */
    };
    for (size_t i = 0; i < sizeof illegal / sizeof illegal[0]; i++) {
        harness_start(&illegal[i], 1, 10);
        test_vm.x[5] = 0x77;
        CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
        CHECK(test_vm.fault.cause == VM_FAULT_ILLEGAL_INSTRUCTION);
        CHECK_EQ(test_vm.fault.insn, illegal[i]);
        CHECK_EQ(test_vm.x[5], 0x77);
    }
}

const struct test extension_tests[] = {
    {"zba, zbb, zbs: every instruction", test_bit_manipulation},
    {"a: every amo in .w and .d", test_amos},
    {"a: lr/sc reservations", test_lr_sc},
    {"a: misaligned and out-of-range atomics fault", test_atomic_faults},
    {"zicsr: fflags, frm, fcsr and the counters", test_csrs},
    {"zicsr: missing and read-only CSRs are illegal", test_illegal_csr_accesses},
    {0, 0},
};
