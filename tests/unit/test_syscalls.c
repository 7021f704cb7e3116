/* SPDX-License-Identifier: MIT */
/* The system-call layer and the shared run loop, driven by small guest programs. */
#include <string.h>

#include "check.h"
#include "harness.h"

enum { A0 = 10, A1 = 11, A2 = 12, A7 = 17 };

static struct capture capture;
static struct vm_host host;

/* Runs a guest whose registers are preset: one ecall, then exit(0) via exit_group. `text`, if
 * given, is placed at 0x3000 first. Returns the first call's result. */
static uint64_t syscall_with_text(const char *text, uint64_t number, uint64_t a0, uint64_t a1,
                                  uint64_t a2) {
    static const uint32_t code[5] = {
        0x00000073u,                  /* ecall */
        0x00050493u,                  /* mv s1, a0 (keep the result) */
        0x00000513u,                  /* li a0, 0 */
        0x05e00893u,                  /* li a7, 94 */
        0x00000073u,                  /* ecall */
    };
    harness_start(code, 5, 1000);
    if (text != 0) memcpy(test_memory + 0x3000, text, strlen(text));
    capture_host(&capture, &host);
    test_vm.x[A7] = number;
    test_vm.x[A0] = a0;
    test_vm.x[A1] = a1;
    test_vm.x[A2] = a2;
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_HALTED);
    CHECK_EQ(test_vm.exit_status, 0);
    /* Five instructions, plus the call's work: a write of N bytes from 0x3000 (page-aligned)
     * checks ceil(N / 4096) pages; a refused buffer is not looked at page by page. */
    uint64_t pages = test_vm.x[9] <= 0x1000 ? (test_vm.x[9] + 0xfff) / 0x1000 : 0;
    CHECK_EQ(test_vm.instret, 5 + pages);
    return test_vm.x[9];
}

static uint64_t one_syscall(uint64_t number, uint64_t a0, uint64_t a1, uint64_t a2) {
    return syscall_with_text(0, number, a0, a1, a2);
}

static void test_write(void) {
    CHECK_EQ(syscall_with_text("hello", 64, 1, 0x3000, 5), 5);
    CHECK(strcmp(capture.out, "hello") == 0);
    CHECK_EQ(capture.last_fd, 1);
    CHECK_EQ(syscall_with_text("to stderr", 64, 2, 0x3000, 9), 9);
    CHECK(strcmp(capture.out, "to stderr") == 0);
    CHECK_EQ(capture.last_fd, 2);
    /* The last byte of guest memory can be written. */
    CHECK_EQ(syscall_with_text(0, 64, 1, VM_MEMORY_SIZE - 1, 1), 1);
    CHECK_EQ(capture.out_length, 1);
}

static void test_write_faults(void) {
    const uint64_t bad[][2] = {
        {0, 5},                            /* null */
        {0xff0, 0x20},                     /* starts in the null page */
        {VM_MEMORY_SIZE, 1},               /* past the end */
        {VM_MEMORY_SIZE - 4, 8},           /* straddles the end */
        {0xfffffffffffffff0ull, 0x20},     /* wraps */
        {0x2000, 0x8000000000000000ull},   /* absurd length */
        {0x2000, ~0ull},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_EQ(one_syscall(64, 1, bad[i][0], bad[i][1]), (uint64_t)-14);
        CHECK_EQ(capture.out_length, 0);
    }
    CHECK_EQ(one_syscall(64, 3, 0x2000, 4), (uint64_t)-9);  /* EBADF */
    CHECK_EQ(one_syscall(64, 0, 0x2000, 4), (uint64_t)-9);
    CHECK_EQ(one_syscall(64, 1, 0x2000, 0), 0);
    CHECK_EQ(capture.out_length, 0);
}

static void test_unknown_syscall(void) {
    CHECK_EQ(one_syscall(999, 0, 0, 0), (uint64_t)-38);
    CHECK_EQ(capture.log_lines, 1);
    CHECK(strstr(capture.log, "unknown number 999") != 0);
    CHECK(strstr(capture.log, "-ENOSYS") != 0);
    CHECK_EQ(one_syscall(~0ull, 0, 0, 0), (uint64_t)-38);
    CHECK(strstr(capture.log, "18446744073709551615") != 0);
}

static void test_exit_status(void) {
    const uint64_t arguments[][2] = {{0, 0}, {42, 42}, {256 + 7, 7}, {~0ull, 255}};
    const uint64_t numbers[2] = {93, 94};
    for (size_t n = 0; n < 2; n++) {
        for (size_t i = 0; i < sizeof arguments / sizeof arguments[0]; i++) {
            uint32_t code[1] = {0x00000073u};
            harness_start(code, 1, 10);
            capture_host(&capture, &host);
            test_vm.x[A7] = numbers[n];
            test_vm.x[A0] = arguments[i][0];
            CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_HALTED);
            CHECK_EQ(test_vm.exit_status, arguments[i][1]);
            CHECK_EQ(test_vm.instret, 1);
        }
    }
}

static void test_run_guest_stops_on_fault_and_budget(void) {
    uint32_t fault[1] = {0};
    harness_start(fault, 1, 10);
    capture_host(&capture, &host);
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_ERRORED);

    /* A storm of unknown system calls still ends at the budget. */
    uint32_t storm[2] = {insn_ecall(), enc_j(-4, 0)};
    harness_start(storm, 2, 1000);
    test_vm.x[A7] = 500;
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_BUDGET_EXHAUSTED);
    CHECK_EQ(test_vm.instret, 1000);
}

const struct test syscall_tests[] = {
    {"syscall: write to stdout and stderr", test_write},
    {"syscall: write with bad pointers gives -EFAULT, bad fd -EBADF", test_write_faults},
    {"syscall: unknown numbers give -ENOSYS and one log line", test_unknown_syscall},
    {"syscall: exit and exit_group keep the low 8 bits", test_exit_status},
    {"syscall: the run loop stops on fault and budget", test_run_guest_stops_on_fault_and_budget},
    {0, 0},
};
