/* SPDX-License-Identifier: MIT */
/* The halting line and the exit status for every way a guest stops, and the lines
 * vm_report_stop prints after it. */
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

/* vm_report_stop's lines, as captured through host->log. */
static struct capture capture;

static void report(void) {
    struct vm_host host;
    capture_host(&capture, &host);
    vm_report_stop(&test_vm, &host);
}

static void expect_report(const char *expected) {
    report();
    if (!CHECK(strcmp(capture.log, expected) == 0))
        printf("  got:\n%s  expected:\n%s", capture.log, expected);
}

/* xN = N in every byte, so that each value shows the register it came from. */
static void set_registers(void) {
    for (unsigned r = 1; r < 32; r++) test_vm.x[r] = 0x0101010101010101ull * r;
    test_vm.x[VM_REG_SP] = 0x3bff80;
}

static const char registers_with_pc_0x10074[] =
    "regs: pc=0x0000000000010074 ra=0x0101010101010101 sp=0x00000000003bff80 gp=0x0303030303030303\n"
    "regs: tp=0x0404040404040404 t0=0x0505050505050505 t1=0x0606060606060606 t2=0x0707070707070707\n"
    "regs: s0=0x0808080808080808 s1=0x0909090909090909 a0=0x0a0a0a0a0a0a0a0a a1=0x0b0b0b0b0b0b0b0b\n"
    "regs: a2=0x0c0c0c0c0c0c0c0c a3=0x0d0d0d0d0d0d0d0d a4=0x0e0e0e0e0e0e0e0e a5=0x0f0f0f0f0f0f0f0f\n"
    "regs: a6=0x1010101010101010 a7=0x1111111111111111 s2=0x1212121212121212 s3=0x1313131313131313\n"
    "regs: s4=0x1414141414141414 s5=0x1515151515151515 s6=0x1616161616161616 s7=0x1717171717171717\n"
    "regs: s8=0x1818181818181818 s9=0x1919191919191919 s10=0x1a1a1a1a1a1a1a1a s11=0x1b1b1b1b1b1b1b1b\n"
    "regs: t3=0x1c1c1c1c1c1c1c1c t4=0x1d1d1d1d1d1d1d1d t5=0x1e1e1e1e1e1e1e1e t6=0x1f1f1f1f1f1f1f1f\n";

/* An exit gives the halting line alone; a fault or an exhausted budget adds the registers. */
static void test_report_stop(void) {
    stopped(VM_STATE_HALTED, VM_FAULT_NONE);
    set_registers();
    expect_report("vm: halted exit=0 instret=17\n");

    stopped(VM_STATE_ERRORED, VM_FAULT_LOAD_ACCESS);
    set_registers();
    test_vm.pc = 0x10074;
    static char expected[2048];
    strcpy(expected, "vm: errored cause=load-access-fault addr=0x400000 pc=0x10074 instret=17\n");
    strcat(expected, registers_with_pc_0x10074);
    expect_report(expected);
    CHECK_EQ(capture.log_lines, 9);

    stopped(VM_STATE_BUDGET_EXHAUSTED, VM_FAULT_NONE);
    set_registers();
    test_vm.pc = 0x10074;
    strcpy(expected, "vm: budget-exhausted pc=0x10074 instret=17\n");
    strcat(expected, registers_with_pc_0x10074);
    expect_report(expected);
}

/* A load, store or atomic access fault in [VM_STACK_GUARD_BOTTOM, VM_STACK_BOTTOM) is a stack
 * overflow, said on the line after the halting line; nothing else is. */
static void test_stack_overflow_line(void) {
    stopped(VM_STATE_ERRORED, VM_FAULT_STORE_ACCESS);
    set_registers();
    test_vm.pc = 0x10074;
    test_vm.fault.addr = 0x3bfff8;
    static char expected[2048];
    strcpy(expected,
           "vm: errored cause=store-access-fault addr=0x3bfff8 pc=0x10074 instret=17\n"
           "fault: stack overflow: addr 0x3bfff8 is below the stack (0x3c0000-0x3fffff), sp=0x3bff80\n");
    strcat(expected, registers_with_pc_0x10074);
    expect_report(expected);
    CHECK_EQ(capture.log_lines, 10);

    const struct { enum vm_fault_cause cause; uint64_t addr; bool overflow; } cases[] = {
        {VM_FAULT_LOAD_ACCESS, VM_STACK_BOTTOM - 1, true},
        {VM_FAULT_STORE_ACCESS, VM_STACK_GUARD_BOTTOM, true},
        {VM_FAULT_LOAD_ACCESS, VM_STACK_GUARD_BOTTOM, true},
        {VM_FAULT_STORE_ACCESS, VM_STACK_BOTTOM, false},
        {VM_FAULT_STORE_ACCESS, VM_STACK_GUARD_BOTTOM - 1, false},
        {VM_FAULT_LOAD_ACCESS, 0, false},
        {VM_FAULT_FETCH_ACCESS, VM_STACK_BOTTOM - 8, false},     /* a jump, not the stack */
        {VM_FAULT_MISALIGNED_STORE, VM_STACK_BOTTOM - 6, false}, /* misaligned, not outside */
        {VM_FAULT_BREAKPOINT, VM_STACK_BOTTOM - 8, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        stopped(VM_STATE_ERRORED, cases[i].cause);
        test_vm.fault.addr = cases[i].addr;
        report();
        bool said = strstr(capture.log, "\nfault: stack overflow: addr ") != 0;
        if (!CHECK(said == cases[i].overflow)) printf("  case %zu:\n%s", i, capture.log);
        CHECK_EQ(capture.log_lines, cases[i].overflow ? 10 : 9);
    }
}

/* A guest that pushes below the stack region, with the guard gap unmapped as Linux leaves it:
 * the fault, the line that names it, and the registers as the faulting instruction found them. */
static void test_stack_overflow_run(void) {
    const uint32_t code[] = {
        insn_addi(VM_REG_SP, VM_REG_SP, -16),
        enc_s(8, 1, VM_REG_SP, 3, 0x23), /* sd ra, 8(sp) */
    };
    harness_start(code, 2, 1000);
    for (uint64_t page = VM_STACK_GUARD_BOTTOM / VM_PAGE_SIZE; page < VM_STACK_BOTTOM / VM_PAGE_SIZE; page++)
        test_vm.map.page_prot[page] = 0;
    test_vm.x[VM_REG_SP] = VM_STACK_BOTTOM;
    test_vm.x[1] = 0x1234;
    struct vm_host host;
    capture_host(&capture, &host);
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_ERRORED);
    CHECK_EQ(test_vm.fault.addr, VM_STACK_BOTTOM - 8);
    report();
    const char *expected =
        "vm: errored cause=store-access-fault addr=0x3bfff8 pc=0x1004 instret=1\n"
        "fault: stack overflow: addr 0x3bfff8 is below the stack (0x3c0000-0x3fffff), sp=0x3bfff0\n"
        "regs: pc=0x0000000000001004 ra=0x0000000000001234 sp=0x00000000003bfff0 gp=0x0000000000000000\n";
    if (!CHECK(strncmp(capture.log, expected, strlen(expected)) == 0)) printf("  got:\n%s", capture.log);
}

const struct test report_tests[] = {
    {"halting line and exit status for every outcome", test_lines},
    {"the longest halting line fits", test_longest_line_fits},
    {"vm_report_stop: the halting line, then the registers unless the guest exited", test_report_stop},
    {"vm_report_stop: a stack overflow is named, nothing else is", test_stack_overflow_line},
    {"vm_report_stop: a guest overflowing its stack", test_stack_overflow_run},
    {0, 0},
};
