/* SPDX-License-Identifier: MIT */
/* What the two engines share (vm.h, "struct vm"): the page map's changed range an engine that
 * mirrors the map in page tables follows (vm_map_take_changes), the run loop with another engine
 * in place of the interpreter (vm_host.run), the process layer set up apart from vm_init
 * (vm_process_init), and the halting line of an estimated count and of an instruction the hart
 * lacks. The kernel's native engine itself runs only on a RISC-V hart: tests/run.sh boots it. */
#include <string.h>

#include "check.h"
#include "decode.h"
#include "harness.h"
#include "memory_map.h"
#include "process.h"
#include "report.h"

enum { R = VM_PROT_READ, W = VM_PROT_WRITE, X = VM_PROT_EXEC, PAGE = VM_PAGE_SIZE };
enum { DATA = 0x20000, A0 = 10, A1 = 11, A2 = 12, A7 = 17 };

/* A process-like map: the image one R+X page at CODE_BASE, the rest as vm_init leaves it; no
 * change pending. */
static void start(void) {
    harness_start(0, 0, 1000);
    vm_map_init(&test_vm);
    CHECK(vm_map_set_image(&test_vm, CODE_BASE, CODE_BASE + PAGE));
    vm_map_grant(&test_vm, CODE_BASE, CODE_BASE + PAGE, R | X);
    uint64_t first, end;
    vm_map_take_changes(&test_vm, &first, &end);
}

/* The pending change is exactly [first, end) in pages, and taking it empties it. */
static void expect_changes(uint64_t first, uint64_t end, int line) {
    uint64_t got_first = 0, got_end = 0;
    bool any = vm_map_take_changes(&test_vm, &got_first, &got_end);
    check_report(any == (first != end), "a change is pending exactly when expected", __FILE__, line);
    if (first != end) {
        check_u64(got_first, first, "first changed page", __FILE__, line);
        check_u64(got_end, end, "end of the changed pages", __FILE__, line);
    }
    check_report(!vm_map_take_changes(&test_vm, &got_first, &got_end), "taken: none left",
                 __FILE__, line);
}
#define EXPECT_CHANGES(first, end) expect_changes((first), (end), __LINE__)

/* vm_init marks every page: an engine starting on a fresh VM mirrors the whole map. */
static void test_init_changes_everything(void) {
    harness_start(0, 0, 1000);
    vm_map_init(&test_vm);
    EXPECT_CHANGES(0, VM_PAGES);
}

/* Every call that changes permissions reports its pages; calls that change nothing report none. */
static void test_map_calls_report_their_pages(void) {
    start();
    uint64_t top = VM_SIGRETURN_PAGE / PAGE;
    CHECK_EQ(vm_map_mmap(&test_vm, 0, 3 * PAGE, R | W, false), (top - 3) * PAGE);
    EXPECT_CHANGES(top - 3, top);
    CHECK_EQ(vm_map_mmap(&test_vm, DATA, 2 * PAGE, R, true), DATA);
    EXPECT_CHANGES(DATA / PAGE, DATA / PAGE + 2);
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA + PAGE, PAGE, R | X), 0);
    EXPECT_CHANGES(DATA / PAGE + 1, DATA / PAGE + 2);
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, 5 * PAGE, R), -12); /* ENOMEM: nothing changed */
    EXPECT_CHANGES(0, 0);
    CHECK_EQ(vm_map_munmap(&test_vm, DATA, PAGE), 0);
    EXPECT_CHANGES(DATA / PAGE, DATA / PAGE + 1);
    /* mremap moving: both the new pages and the old ones. */
    CHECK_EQ(vm_map_mmap(&test_vm, DATA, PAGE, R | W, true), DATA);
    CHECK_EQ(vm_map_mmap(&test_vm, DATA + 2 * PAGE, PAGE, R, true), DATA + 2 * PAGE);
    vm_map_take_changes(&test_vm, &(uint64_t){0}, &(uint64_t){0});
    int64_t moved = vm_map_mremap(&test_vm, DATA, PAGE, 2 * PAGE, true);
    CHECK(moved > 0);
    EXPECT_CHANGES(DATA / PAGE, (uint64_t)moved / PAGE + 2);
    /* brk up and down. */
    uint64_t brk = test_vm.map.break_end;
    CHECK_EQ(vm_map_brk(&test_vm, brk + 2 * PAGE), brk + 2 * PAGE);
    EXPECT_CHANGES(brk / PAGE, brk / PAGE + 2);
    CHECK_EQ(vm_map_brk(&test_vm, brk), brk);
    EXPECT_CHANGES(brk / PAGE, brk / PAGE + 2);
    /* madvise(MADV_DONTNEED) replaces bytes. */
    CHECK_EQ(vm_map_madvise(&test_vm, DATA + 2 * PAGE, PAGE, true), 0);
    EXPECT_CHANGES(DATA / PAGE + 2, DATA / PAGE + 3);
}

/* Bytes a system call writes matter only where they may be code: the hart must fetch them
 * anew. Data pages report nothing. */
static void test_written_bytes_report_code_pages(void) {
    start();
    CHECK_EQ(vm_map_mmap(&test_vm, DATA, PAGE, R | W, true), DATA);
    CHECK_EQ(vm_map_mmap(&test_vm, DATA + PAGE, PAGE, R | W | X, true), DATA + PAGE);
    vm_map_take_changes(&test_vm, &(uint64_t){0}, &(uint64_t){0});
    CHECK(vm_guest_bytes(&test_vm, DATA, 16, W) != 0);
    EXPECT_CHANGES(0, 0);
    CHECK(vm_guest_bytes(&test_vm, DATA, 16, R) != 0);
    EXPECT_CHANGES(0, 0);
    CHECK(vm_guest_bytes(&test_vm, DATA + PAGE - 8, 16, W) != 0); /* onto the RWX page */
    EXPECT_CHANGES(DATA / PAGE, DATA / PAGE + 2);
    vm_code_changed(&test_vm, DATA + 8, 1); /* the embedder's own writes */
    EXPECT_CHANGES(DATA / PAGE, DATA / PAGE + 1);
}

/* Another engine in vm_run_guest's place: it is called for every run to the next exit, and the
 * system calls, signals and the stop are the loop's, as with the interpreter. The stand-in
 * engine steps the interpreter, so the outcome must be what the interpreter gives. */
static int engine_calls;

static enum vm_exit stepping_engine(struct vm *vm, const struct vm_host *host) {
    (void)host;
    engine_calls++;
    for (uint64_t i = 0; i <= vm->budget; i++) {
        enum vm_exit exit = vm_step(vm);
        if (exit != VM_EXIT_STEP) return exit;
    }
    CHECK(0 && "the budget ends every run");
    return VM_EXIT_BUDGET;
}

static void test_run_loop_with_another_engine(void) {
    enum { NR_WRITE = 64, NR_EXIT = 93 };
    const uint32_t code[] = {
        insn_addi(A7, 0, NR_WRITE), insn_addi(A0, 0, 1), enc_u(0x1, A1, 0x37) /* lui a1, 0x1 */,
        insn_addi(A2, 0, 2), insn_ecall(), insn_addi(A7, 0, NR_EXIT), insn_addi(A0, 0, 9),
        insn_ecall(),
    };
    static struct capture capture;
    struct vm_host host;
    harness_start(code, sizeof code / sizeof code[0], 1000);
    capture_host(&capture, &host);
    host.run = stepping_engine;
    engine_calls = 0;
    /* lui a1, 0x1 gives 0x1000, the code page: the write reads the code's first bytes. */
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_HALTED);
    CHECK_EQ(test_vm.exit_status, 9);
    CHECK_EQ(test_vm.instret, 8 + 1); /* 8 instructions and the write's page of work */
    CHECK_EQ(engine_calls, 2);
    CHECK_EQ(capture.out_length, 2);
    CHECK(memcmp(capture.out, code, 2) == 0);
}

/* vm_init leaves the process layer to vm_process_init: signals, seed and output limit are the
 * process's, not the machine's. */
static void test_process_init_is_apart(void) {
    harness_start(0, 0, 1000);
    vm_init(&test_vm, test_memory, sizeof test_memory, 1000);
    CHECK_EQ(test_vm.process.output_limit, 0);
    CHECK_EQ(test_vm.process.random_state, 0);
    vm_process_init(&test_vm, 1234, 77);
    CHECK_EQ(test_vm.process.output_limit, 77);
    CHECK_EQ(test_vm.process.random_state, 1234);
    CHECK_EQ(test_vm.signals.blocked, 0);
    CHECK_EQ(test_vm.signals.action[0].handler, 0);
}

static void expect_line(const char *expected, int line) {
    char text[VM_HALTING_LINE_MAX];
    vm_halting_line(&test_vm, text, sizeof text);
    if (!check_report(strcmp(text, expected) == 0, expected, __FILE__, line))
        printf("  got \"%s\"\n", text);
}

/* An estimated count is written instret=~N; an instruction the hart lacks is named. */
static void test_estimated_count_and_missing_extension(void) {
    harness_start(0, 0, 100000000);
    test_vm.state = VM_STATE_BUDGET_EXHAUSTED;
    test_vm.pc = 0x10080;
    test_vm.instret = 100000000;
    test_vm.instret_estimated = true;
    expect_line("vm: budget-exhausted pc=0x10080 instret=~100000000", __LINE__);
    test_vm.state = VM_STATE_ERRORED;
    test_vm.fault = (struct vm_fault){.cause = VM_FAULT_ILLEGAL_INSTRUCTION, .pc = 0x10074,
                                      .insn = 0x20b505b3, .hart_lacks = "Zba"};
    test_vm.instret = 5;
    expect_line("vm: errored cause=illegal-instruction insn=0x20b505b3 hart-lacks=Zba pc=0x10074 "
                "instret=~5", __LINE__);
    test_vm.instret_estimated = false;
    test_vm.fault.hart_lacks = 0;
    expect_line("vm: errored cause=illegal-instruction insn=0x20b505b3 pc=0x10074 instret=5", __LINE__);
    /* The decoder names the optional extensions, and only those. */
    CHECK(strcmp(vm_op_optional_extension(OP_SH1ADD), "Zba") == 0);
    CHECK(strcmp(vm_op_optional_extension(OP_REV8), "Zbb") == 0);
    CHECK(strcmp(vm_op_optional_extension(OP_BSETI), "Zbs") == 0);
    CHECK(vm_op_optional_extension(OP_ADD) == 0 && vm_op_optional_extension(OP_FMADD_D) == 0);
}

const struct test engine_tests[] = {
    {"engines: vm_init marks the whole map changed", test_init_changes_everything},
    {"engines: mmap, mprotect, munmap, mremap, brk, madvise report their pages", test_map_calls_report_their_pages},
    {"engines: bytes written by a call report only pages that may hold code", test_written_bytes_report_code_pages},
    {"engines: vm_run_guest with another engine in the interpreter's place", test_run_loop_with_another_engine},
    {"engines: vm_process_init sets up the process apart from vm_init", test_process_init_is_apart},
    {"engines: an estimated count is instret=~N; a missing extension is named", test_estimated_count_and_missing_extension},
    {0, 0},
};
