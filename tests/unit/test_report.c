/* SPDX-License-Identifier: MIT */
/* The halting line and the exit status for every way a guest stops. */
#include <string.h>

#include "check.h"
#include "harness.h"
#include "report.h"

static void expect_line(const char *expected) {
    char line[VM_HALTING_LINE_MAX];
    vm_halting_line(&test_vm, line, sizeof line);
    if (!CHECK(strcmp(line, expected) == 0)) printf("  got \"%s\"\n  expected \"%s\"\n", line, expected);
}

static void stopped(enum vm_state state, enum vm_fault_cause cause) {
    harness_start(0, 0, 100000000);
    test_vm.state = state;
    test_vm.fault.cause = cause;
    test_vm.fault.pc = 0x10074;
    test_vm.fault.addr = 0x400000;
    test_vm.instret = 17;
}

static void test_lines(void) {
    stopped(VM_STATE_HALTED, VM_FAULT_NONE);
    test_vm.instret = 48211;
    expect_line("vm: halted exit=0 instret=48211");
    CHECK_EQ(vm_exit_status(&test_vm), 0);
    test_vm.exit_status = 255;
    expect_line("vm: halted exit=255 instret=48211");
    CHECK_EQ(vm_exit_status(&test_vm), 255);

    stopped(VM_STATE_ERRORED, VM_FAULT_ILLEGAL_INSTRUCTION);
    test_vm.fault.insn = 0;
    expect_line("vm: errored cause=illegal-instruction insn=0x00000000 pc=0x10074 instret=17");
    CHECK_EQ(vm_exit_status(&test_vm), 132);
    test_vm.fault.insn = 0xffffffffu;
    expect_line("vm: errored cause=illegal-instruction insn=0xffffffff pc=0x10074 instret=17");

    stopped(VM_STATE_ERRORED, VM_FAULT_LOAD_ACCESS);
    expect_line("vm: errored cause=load-access-fault addr=0x400000 pc=0x10074 instret=17");
    CHECK_EQ(vm_exit_status(&test_vm), 139);
    stopped(VM_STATE_ERRORED, VM_FAULT_STORE_ACCESS);
    expect_line("vm: errored cause=store-access-fault addr=0x400000 pc=0x10074 instret=17");
    CHECK_EQ(vm_exit_status(&test_vm), 139);
    stopped(VM_STATE_ERRORED, VM_FAULT_FETCH_ACCESS);
    expect_line("vm: errored cause=fetch-access-fault addr=0x400000 pc=0x10074 instret=17");
    CHECK_EQ(vm_exit_status(&test_vm), 139);
    stopped(VM_STATE_ERRORED, VM_FAULT_MISALIGNED_LOAD);
    expect_line("vm: errored cause=misaligned-load addr=0x400000 pc=0x10074 instret=17");
    CHECK_EQ(vm_exit_status(&test_vm), 135);
    stopped(VM_STATE_ERRORED, VM_FAULT_MISALIGNED_STORE);
    expect_line("vm: errored cause=misaligned-store addr=0x400000 pc=0x10074 instret=17");
    CHECK_EQ(vm_exit_status(&test_vm), 135);
    stopped(VM_STATE_ERRORED, VM_FAULT_BREAKPOINT);
    test_vm.fault.addr = 0x10074;
    expect_line("vm: errored cause=breakpoint addr=0x10074 pc=0x10074 instret=17");
    CHECK_EQ(vm_exit_status(&test_vm), 133);

    stopped(VM_STATE_BUDGET_EXHAUSTED, VM_FAULT_NONE);
    test_vm.pc = 0x10080;
    test_vm.instret = 100000000;
    expect_line("vm: budget-exhausted pc=0x10080 instret=100000000");
    CHECK_EQ(vm_exit_status(&test_vm), 152);
}

/* The longest possible line still fits the documented maximum. */
static void test_longest_line_fits(void) {
    stopped(VM_STATE_ERRORED, VM_FAULT_FETCH_ACCESS);
    test_vm.fault.addr = ~0ull;
    test_vm.fault.pc = ~0ull;
    test_vm.instret = ~0ull;
    char line[VM_HALTING_LINE_MAX];
    vm_halting_line(&test_vm, line, sizeof line);
    CHECK(strstr(line, "instret=18446744073709551615") != 0);
    CHECK(strlen(line) < VM_HALTING_LINE_MAX - 1);
}

const struct test report_tests[] = {
    {"halting line and exit status for every outcome", test_lines},
    {"the longest halting line fits", test_longest_line_fits},
    {0, 0},
};
