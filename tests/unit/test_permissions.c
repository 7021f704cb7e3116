/* SPDX-License-Identifier: MIT */
/* Page permissions (W^X): what each kind of access needs, at page edges too, and how mmap,
 * mprotect, munmap, brk and system-call buffers honour them. The ELF side (segment flags,
 * PT_GNU_STACK) is in test_elf.c. */
#include <string.h>

#include "check.h"
#include "harness.h"
#include "memory_map.h"

enum { R = VM_PROT_READ, W = VM_PROT_WRITE, X = VM_PROT_EXEC, NONE = 0 };
enum { PAGE = VM_PAGE_SIZE, DATA = 0x20000, T0 = 5, T1 = 6, A0 = 10, A1 = 11, A2 = 12, A7 = 17 };

#define insn_ld(rd, rs1) enc_i(0, rs1, 3, rd, 0x03)
#define insn_sd(rs2, rs1) enc_s(0, rs2, rs1, 3, 0x23)
#define insn_jalr(rs1) enc_i(0, rs1, 0, 0, 0x67)
#define insn_amo_w(funct5, rd, rs1, rs2) enc_r((funct5) << 2, rs2, rs1, 2, rd, 0x2f)
#define insn_flw(rd, rs1) enc_i(0, rs1, 2, rd, 0x07)
#define insn_fsw(rs2, rs1) enc_s(0, rs2, rs1, 2, 0x27)
#define INSN_FENCE_I 0x0000100fu
enum { AMO_ADD = 0x00, AMO_LR = 0x02, AMO_SC = 0x03 };

/* A process-like map: one code page at CODE_BASE with `code_prot` holding `code`, every other
 * page as vm_init leaves it (free pages inaccessible, the stack read-write). */
static void start(const uint32_t *code, size_t count, unsigned code_prot) {
    harness_start(code, count, 100);
    vm_map_init(&test_vm);
    CHECK(vm_map_set_image(&test_vm, CODE_BASE, CODE_BASE + PAGE));
    vm_map_grant(&test_vm, CODE_BASE, CODE_BASE + PAGE, code_prot);
}

/* `pages` pages at `addr` mapped with `prot`. */
static void map(uint64_t addr, uint64_t pages, unsigned prot) {
    CHECK_EQ(vm_map_mmap(&test_vm, addr, pages * PAGE, prot, true), addr);
}

static void expect_fault(enum vm_fault_cause cause, uint64_t pc, uint64_t addr) {
    CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
    CHECK(test_vm.fault.cause == cause);
    CHECK_EQ(test_vm.fault.pc, pc);
    CHECK_EQ(test_vm.fault.addr, addr);
}

/* Runs until the ecall the tests end with; true when it got there without a fault. */
static bool runs_to_ecall(void) { return vm_run(&test_vm) == VM_EXIT_ECALL; }

static void test_store_to_code(void) {
    const uint32_t code[2] = {insn_sd(T1, T0), insn_ecall()};
    start(code, 2, R | X);
    test_vm.x[T0] = CODE_BASE + 4;
    test_vm.x[T1] = 0x1122334455667788ull;
    expect_fault(VM_FAULT_STORE_ACCESS, CODE_BASE, CODE_BASE + 4);
    CHECK(memcmp(test_memory + CODE_BASE, code, sizeof code) == 0); /* nothing written */
}

static void test_jump_to_data(void) {
    const uint32_t code[1] = {insn_jalr(T0)};
    start(code, 1, R | X);
    map(DATA, 1, R | W);
    const uint32_t data_code = insn_ecall();
    memcpy(test_memory + DATA, &data_code, 4);
    test_vm.x[T0] = DATA;
    expect_fault(VM_FAULT_FETCH_ACCESS, DATA, DATA);
    /* The stack is not executable either. */
    start(code, 1, R | X);
    test_vm.x[T0] = VM_STACK_BOTTOM;
    expect_fault(VM_FAULT_FETCH_ACCESS, VM_STACK_BOTTOM, VM_STACK_BOTTOM);
}

/* Load, store and fetch against a page of each protection: each faults exactly when its
 * permission is missing. */
static void test_access_matrix(void) {
    static const unsigned prots[] = {NONE, R, R | W, R | X, R | W | X};
    const uint32_t load[2] = {insn_ld(T1, T0), insn_ecall()};
    const uint32_t store[2] = {insn_sd(T1, T0), insn_ecall()};
    const uint32_t jump[1] = {insn_jalr(T0)};
    const uint32_t ecall = insn_ecall();
    for (size_t i = 0; i < sizeof prots / sizeof prots[0]; i++) {
        unsigned prot = prots[i];
        start(load, 2, R | X);
        map(DATA, 1, prot);
        test_vm.x[T0] = DATA + 8;
        if (prot & R) CHECK(runs_to_ecall());
        else expect_fault(VM_FAULT_LOAD_ACCESS, CODE_BASE, DATA + 8);

        start(store, 2, R | X);
        map(DATA, 1, prot);
        test_vm.x[T0] = DATA + 8;
        if (prot & W) CHECK(runs_to_ecall());
        else expect_fault(VM_FAULT_STORE_ACCESS, CODE_BASE, DATA + 8);

        start(jump, 1, R | X);
        map(DATA, 1, prot);
        memcpy(test_memory + DATA, &ecall, 4);
        test_vm.x[T0] = DATA;
        if (prot & X) CHECK(runs_to_ecall());
        else expect_fault(VM_FAULT_FETCH_ACCESS, DATA, DATA);
    }
}

static void test_free_and_null_pages(void) {
    const uint32_t load[2] = {insn_ld(T1, T0), insn_ecall()};
    const uint32_t store[2] = {insn_sd(T1, T0), insn_ecall()};
    const uint64_t addrs[] = {DATA, VM_STACK_BOTTOM - 8, 0, 8};
    for (size_t i = 0; i < sizeof addrs / sizeof addrs[0]; i++) {
        start(load, 2, R | X);
        test_vm.x[T0] = addrs[i];
        expect_fault(VM_FAULT_LOAD_ACCESS, CODE_BASE, addrs[i]);
        start(store, 2, R | X);
        test_vm.x[T0] = addrs[i];
        expect_fault(VM_FAULT_STORE_ACCESS, CODE_BASE, addrs[i]);
    }
}

/* An access that straddles two pages needs the permission on both. */
static void test_straddling_data(void) {
    const uint32_t load[2] = {insn_ld(T1, T0), insn_ecall()};
    const uint32_t store[2] = {insn_sd(T1, T0), insn_ecall()};
    const uint64_t edge = DATA + PAGE - 4;
    start(load, 2, R | X);
    map(DATA, 1, R | W);
    map(DATA + PAGE, 1, R);
    test_vm.x[T0] = edge;
    CHECK(runs_to_ecall());
    start(store, 2, R | X);
    map(DATA, 1, R | W);
    map(DATA + PAGE, 1, R);
    test_vm.x[T0] = edge;
    expect_fault(VM_FAULT_STORE_ACCESS, CODE_BASE, edge);
    start(load, 2, R | X);
    map(DATA, 1, R | W); /* the page above stays free */
    test_vm.x[T0] = edge;
    expect_fault(VM_FAULT_LOAD_ACCESS, CODE_BASE, edge);
}

/* A 32-bit instruction in the last two bytes of an executable page needs the next page
 * executable too; the fault names the second half. A compressed one there runs. */
static void test_straddling_fetch(void) {
    const uint64_t last = CODE_BASE + PAGE - 2;
    start(0, 0, R | X);
    map(CODE_BASE + PAGE, 1, R | W);
    test_memory[last] = 0x13; /* low bits 11: a 32-bit addi */
    test_vm.pc = last;
    expect_fault(VM_FAULT_FETCH_ACCESS, last, last + 2);
    start(0, 0, R | X);
    map(CODE_BASE + PAGE, 1, R | X);
    const uint32_t addi_ecall[2] = {insn_addi(A0, 0, 42), insn_ecall()};
    memcpy(test_memory + last, addi_ecall, sizeof addi_ecall);
    test_vm.pc = last;
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 42);
    start(0, 0, R | X);
    test_memory[last] = 0x01; /* c.nop */
    test_vm.pc = last;
    expect_fault(VM_FAULT_FETCH_ACCESS, CODE_BASE + PAGE, CODE_BASE + PAGE);
    CHECK_EQ(test_vm.instret, 1);
}

/* LR reads; SC and the AMOs write, so a read-only page faults them as stores. FP loads and
 * stores follow the integer ones. */
static void test_atomics_and_fp(void) {
    const struct {
        uint32_t insn;
        enum vm_fault_cause on_read_only;
    } cases[] = {
        {insn_amo_w(AMO_LR, T1, T0, 0), VM_FAULT_NONE},
        {insn_amo_w(AMO_SC, T1, T0, T1), VM_FAULT_STORE_ACCESS},
        {insn_amo_w(AMO_ADD, T1, T0, T1), VM_FAULT_STORE_ACCESS},
        {insn_flw(1, T0), VM_FAULT_NONE},
        {insn_fsw(1, T0), VM_FAULT_STORE_ACCESS},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const uint32_t code[2] = {cases[i].insn, insn_ecall()};
        start(code, 2, R | X);
        map(DATA, 1, R);
        test_vm.x[T0] = DATA;
        if (cases[i].on_read_only == VM_FAULT_NONE) CHECK(runs_to_ecall());
        else expect_fault(cases[i].on_read_only, CODE_BASE, DATA);
        start(code, 1, R | X);
        test_vm.x[T0] = DATA; /* a free page */
        bool reads = cases[i].on_read_only == VM_FAULT_NONE;
        expect_fault(reads ? VM_FAULT_LOAD_ACCESS : VM_FAULT_STORE_ACCESS, CODE_BASE, DATA);
    }
}

/* An RWX page keeps self-modifying code working: store an instruction, fence.i, run it. */
static void test_rwx_self_modifying(void) {
    const uint32_t patched = insn_addi(A0, 0, 7);
    const uint32_t code[4] = {enc_s(12, T1, T0, 2, 0x23) /* sw t1, 12(t0) */, INSN_FENCE_I,
                              insn_addi(A0, 0, 1), 0};
    start(code, 4, R | W | X);
    memcpy(test_memory + CODE_BASE + 12, (const uint32_t[]){insn_ecall()}, 4);
    /* sw patches the third instruction (offset 8): point t0 4 bytes lower. */
    test_vm.x[T0] = CODE_BASE - 4;
    test_vm.x[T1] = patched;
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 7);
}

/* A JIT's sequence: write code into a read-write mapping, make it read-execute, jump to it;
 * after that, stores fault. munmap takes every permission away. */
static void test_mprotect_for_jit(void) {
    const uint32_t code[2] = {insn_jalr(T0), insn_ecall()};
    start(code, 2, R | X);
    map(DATA, 1, R | W);
    const uint32_t generated[2] = {insn_addi(A0, 0, 99), insn_ecall()};
    memcpy(test_memory + DATA, generated, sizeof generated);
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, R | X), 0);
    CHECK_EQ(test_vm.map.page_prot[DATA / PAGE], R | X);
    test_vm.x[T0] = DATA;
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 99);
    const uint32_t store[2] = {insn_sd(T1, T0), insn_ecall()};
    start(store, 2, R | X);
    map(DATA, 1, R | W);
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, R | X), 0);
    test_vm.x[T0] = DATA;
    expect_fault(VM_FAULT_STORE_ACCESS, CODE_BASE, DATA);
    /* Write or execute alone come with read; unknown bits are refused; PROT_NONE is nothing. */
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, W), 0);
    CHECK_EQ(test_vm.map.page_prot[DATA / PAGE], R | W);
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, X), 0);
    CHECK_EQ(test_vm.map.page_prot[DATA / PAGE], R | X);
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, 0x10), -22);
    CHECK_EQ(test_vm.map.page_prot[DATA / PAGE], R | X);
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, X | 8), 0); /* PROT_SEM means nothing */
    CHECK_EQ(test_vm.map.page_prot[DATA / PAGE], R | X);
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, NONE), 0);
    CHECK_EQ(test_vm.map.page_prot[DATA / PAGE], NONE);
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, R | W), 0);
    CHECK_EQ(vm_map_munmap(&test_vm, DATA, PAGE), 0);
    CHECK_EQ(test_vm.map.page_prot[DATA / PAGE], NONE);
}

/* The break's pages are read-write and never executable; given back, they are nothing. */
static void test_brk_pages(void) {
    start(0, 0, R | X);
    uint64_t start_of_break = test_vm.map.break_start;
    CHECK_EQ(vm_map_brk(&test_vm, start_of_break + 2 * PAGE), start_of_break + 2 * PAGE);
    CHECK_EQ(test_vm.map.page_prot[start_of_break / PAGE], R | W);
    CHECK_EQ(test_vm.map.page_prot[start_of_break / PAGE + 1], R | W);
    CHECK_EQ(vm_map_brk(&test_vm, start_of_break), start_of_break);
    CHECK_EQ(test_vm.map.page_prot[start_of_break / PAGE], NONE);
}

/* mremap carries each page's permissions, in place and when it moves. */
static void test_mremap_keeps_permissions(void) {
    start(0, 0, R | X);
    map(DATA, 1, R);
    map(DATA + PAGE, 1, R | W); /* a neighbour: growing must move */
    /* Moved to the top of free memory: below the signal-return page. */
    CHECK_EQ(vm_map_mremap(&test_vm, DATA, PAGE, 3 * PAGE, true), VM_SIGRETURN_PAGE - 3 * PAGE);
    for (uint64_t page = 0; page < 3; page++)
        CHECK_EQ(test_vm.map.page_prot[(VM_SIGRETURN_PAGE - 3 * PAGE) / PAGE + page], R);
    CHECK_EQ(test_vm.map.page_prot[DATA / PAGE], NONE);
    CHECK_EQ(vm_map_mremap(&test_vm, DATA + PAGE, PAGE, 2 * PAGE, false), DATA + PAGE);
    CHECK_EQ(test_vm.map.page_prot[DATA / PAGE + 2], R | W);
}

static struct capture capture;
static struct vm_host host;

static int64_t syscall_result(uint64_t number, uint64_t a0, uint64_t a1, uint64_t a2) {
    const uint32_t code[1] = {insn_ecall()};
    start(code, 1, R | X);
    map(DATA, 1, R);
    map(DATA + PAGE, 1, NONE);
    map(DATA + 2 * PAGE, 1, R | W);
    memcpy(test_memory + DATA, "readable", 8);
    test_vm.x[A7] = number;
    test_vm.x[A0] = a0;
    test_vm.x[A1] = a1;
    test_vm.x[A2] = a2;
    if (!CHECK(vm_run(&test_vm) == VM_EXIT_ECALL)) return 0;
    vm_syscall(&test_vm, &host);
    return (int64_t)test_vm.x[A0];
}

static int64_t stdin_read(void *context, uint8_t *bytes, size_t length) {
    (void)context;
    memset(bytes, 'x', length);
    return (int64_t)length;
}

/* A buffer the kernel reads must be readable, one it fills writable (-EFAULT otherwise, as on
 * Linux), and all of it: a buffer that runs onto a worse page fails as a whole. */
static void test_syscall_buffers(void) {
    enum { NR_READ = 63, NR_WRITE = 64, NR_GETRANDOM = 278, EFAULT = 14 };
    capture_host(&capture, &host);
    host.read = stdin_read;
    CHECK_EQ(syscall_result(NR_WRITE, 1, DATA, 8), 8);
    CHECK(strcmp(capture.out, "readable") == 0);
    CHECK_EQ(syscall_result(NR_WRITE, 1, DATA + PAGE, 8), -EFAULT);
    CHECK_EQ(syscall_result(NR_WRITE, 1, DATA + PAGE - 4, 8), -EFAULT);
    CHECK_EQ(syscall_result(NR_WRITE, 1, CODE_BASE, 4), 4); /* code is readable */
    CHECK_EQ(syscall_result(NR_READ, 0, DATA, 8), -EFAULT);
    CHECK(memcmp(test_memory + DATA, "readable", 8) == 0);
    CHECK_EQ(syscall_result(NR_READ, 0, CODE_BASE, 4), -EFAULT);
    CHECK_EQ(syscall_result(NR_READ, 0, DATA + 2 * PAGE, 8), 8);
    CHECK_EQ(syscall_result(NR_GETRANDOM, DATA, 8, 0), -EFAULT);
    CHECK_EQ(syscall_result(NR_GETRANDOM, DATA + 2 * PAGE - 4, 8, 0), -EFAULT);
    CHECK_EQ(syscall_result(NR_GETRANDOM, DATA + 2 * PAGE, 8, 0), 8);
}

const struct test permission_tests[] = {
    {"permissions: a store to code is a store-access-fault", test_store_to_code},
    {"permissions: a jump to data or the stack is a fetch-access-fault", test_jump_to_data},
    {"permissions: load, store and fetch on pages of each protection", test_access_matrix},
    {"permissions: free pages and the null page fault every access", test_free_and_null_pages},
    {"permissions: an access across two pages needs both", test_straddling_data},
    {"permissions: an instruction across two pages needs both executable", test_straddling_fetch},
    {"permissions: atomics and FP loads and stores", test_atomics_and_fp},
    {"permissions: RWX code modifies itself and runs after fence.i", test_rwx_self_modifying},
    {"permissions: mprotect for a JIT; munmap takes all", test_mprotect_for_jit},
    {"permissions: break pages are read-write", test_brk_pages},
    {"permissions: mremap keeps permissions", test_mremap_keeps_permissions},
    {"permissions: system-call buffers need read or write", test_syscall_buffers},
    {0, 0},
};
