/* SPDX-License-Identifier: MIT */
/* Each exit reason of vm_run, with the state it leaves. */
#include "check.h"
#include "harness.h"

enum { LOAD = 0x03, STORE = 0x23 };

static void expect_fault(enum vm_fault_cause cause, uint64_t pc, uint64_t addr) {
    CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
    CHECK(test_vm.state == VM_STATE_ERRORED);
    CHECK(test_vm.fault.cause == cause);
    CHECK_EQ(test_vm.fault.pc, pc);
    CHECK_EQ(test_vm.fault.addr, addr);
}

static void test_fetch_faults(void) {
    const uint64_t bad_pcs[] = {0, 0xffe, VM_MEMORY_SIZE, 0xffffffffffff0000ull};
    for (size_t i = 0; i < sizeof bad_pcs / sizeof bad_pcs[0]; i++) {
        harness_start(0, 0, 10);
        test_vm.pc = bad_pcs[i];
        expect_fault(VM_FAULT_FETCH_ACCESS, bad_pcs[i], bad_pcs[i]);
        CHECK_EQ(test_vm.instret, 0);
    }
    /* A 32-bit instruction whose second half lies past the end faults there... */
    harness_start(0, 0, 10);
    test_vm.pc = VM_MEMORY_SIZE - 2;
    test_memory[VM_MEMORY_SIZE - 2] = 0x13; /* low bits 11: a 32-bit encoding */
    expect_fault(VM_FAULT_FETCH_ACCESS, VM_MEMORY_SIZE - 2, VM_MEMORY_SIZE);
    /* ...while a compressed one there runs, and the next fetch faults. */
    harness_start(0, 0, 10);
    test_vm.pc = VM_MEMORY_SIZE - 2;
    test_memory[VM_MEMORY_SIZE - 2] = 0x01; /* c.nop */
    expect_fault(VM_FAULT_FETCH_ACCESS, VM_MEMORY_SIZE, VM_MEMORY_SIZE);
    CHECK_EQ(test_vm.instret, 1);
}

static void test_load_faults(void) {
    const uint64_t bad[] = {0, 8, 0xfff, VM_MEMORY_SIZE, VM_MEMORY_SIZE - 7,
                            0xfffffffffffffff8ull, 0x8000000000000000ull};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint32_t code[1] = {enc_i(0, 6, 3, 5, LOAD)}; /* ld x5, 0(x6) */
        harness_start(code, 1, 10);
        test_vm.x[6] = bad[i];
        test_vm.x[5] = 0x77;
        expect_fault(VM_FAULT_LOAD_ACCESS, CODE_BASE, bad[i]);
        CHECK_EQ(test_vm.x[5], 0x77); /* a faulting load writes nothing */
    }
    /* The same load at the last 8 bytes is fine. */
    uint32_t code[1] = {enc_i(0, 6, 3, 5, LOAD)};
    harness_start(code, 1, 1);
    test_vm.x[6] = VM_MEMORY_SIZE - 8;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
}

static void test_store_faults(void) {
    const uint64_t bad[] = {0, 0xff8, VM_MEMORY_SIZE - 4, VM_MEMORY_SIZE, 0xfffffffffffffffcull};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint32_t code[1] = {enc_s(0, 7, 6, 3, STORE)}; /* sd x7, 0(x6) */
        harness_start(code, 1, 10);
        test_vm.x[6] = bad[i];
        test_vm.x[7] = ~0ull;
        expect_fault(VM_FAULT_STORE_ACCESS, CODE_BASE, bad[i]);
    }
    /* The partial store at the end wrote nothing. */
    for (uint32_t b = VM_MEMORY_SIZE - 8; b < VM_MEMORY_SIZE; b++) CHECK(test_memory[b] == 0);
}

/* With the C extension a jump needs only 2-byte alignment, and it links pc + 4 for a 32-bit
 * jump. */
static void test_two_aligned_jumps(void) {
    uint32_t jal[1] = {enc_j(6, 1)};
    harness_start(jal, 1, 1);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.pc, CODE_BASE + 6);
    CHECK_EQ(test_vm.x[1], CODE_BASE + 4);

    uint32_t jalr[1] = {enc_i(3, 6, 0, 1, 0x67)}; /* target 0x2003 & ~1 */
    harness_start(jalr, 1, 1);
    test_vm.x[6] = 0x2000;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.pc, 0x2002);
}

static void test_breakpoint(void) {
    uint32_t code[2] = {0x13, 0x00100073};
    harness_start(code, 2, 10);
    expect_fault(VM_FAULT_BREAKPOINT, CODE_BASE + 4, CODE_BASE + 4);
    CHECK_EQ(test_vm.instret, 1);
}

static void test_budget(void) {
    uint32_t code[2] = {insn_addi(5, 5, 1), enc_j(-4, 0)};
    harness_start(code, 2, 1001);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK(test_vm.state == VM_STATE_BUDGET_EXHAUSTED);
    CHECK_EQ(test_vm.instret, 1001);
    CHECK_EQ(test_vm.x[5], 501);
    CHECK_EQ(test_vm.pc, CODE_BASE + 4);

    /* A budget of zero runs nothing. */
    harness_start(code, 2, 0);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.instret, 0);
    CHECK_EQ(test_vm.pc, CODE_BASE);
}

static void test_budget_resumes_after_ecall(void) {
    uint32_t code[3] = {insn_ecall(), insn_addi(5, 0, 9), insn_ecall()};
    harness_start(code, 3, 3);
    CHECK(vm_run(&test_vm) == VM_EXIT_ECALL);
    CHECK_EQ(test_vm.instret, 1);
    CHECK(vm_run(&test_vm) == VM_EXIT_ECALL);
    CHECK_EQ(test_vm.instret, 3);
    CHECK_EQ(test_vm.x[5], 9);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
}

static void test_range_check(void) {
    harness_start(0, 0, 1);
    CHECK(vm_range_ok(&test_vm, VM_NULL_PAGE_SIZE, 1));
    CHECK(vm_range_ok(&test_vm, VM_MEMORY_SIZE - 1, 1));
    CHECK(vm_range_ok(&test_vm, VM_NULL_PAGE_SIZE, VM_MEMORY_SIZE - VM_NULL_PAGE_SIZE));
    CHECK(vm_range_ok(&test_vm, VM_MEMORY_SIZE, 0));
    CHECK(!vm_range_ok(&test_vm, VM_NULL_PAGE_SIZE - 1, 1));
    CHECK(!vm_range_ok(&test_vm, VM_MEMORY_SIZE, 1));
    CHECK(!vm_range_ok(&test_vm, VM_MEMORY_SIZE - 1, 2));
    CHECK(!vm_range_ok(&test_vm, 0x2000, ~0ull));
    CHECK(!vm_range_ok(&test_vm, ~0ull, 2));
    CHECK(vm_guest_bytes(&test_vm, 0x2000, 4, VM_PROT_RWX) == test_memory + 0x2000);
    CHECK(vm_guest_bytes(&test_vm, 0, 4, VM_PROT_READ) == 0);
}

const struct test exit_tests[] = {
    {"fetch-access-fault", test_fetch_faults},
    {"load-access-fault", test_load_faults},
    {"store-access-fault", test_store_faults},
    {"jumps need only 2-byte alignment", test_two_aligned_jumps},
    {"breakpoint", test_breakpoint},
    {"budget-exhausted", test_budget},
    {"budget counts across ecalls", test_budget_resumes_after_ecall},
    {"guest range checks", test_range_check},
    {0, 0},
};
