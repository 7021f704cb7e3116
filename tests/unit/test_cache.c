/* SPDX-License-Identifier: MIT */
/* The decoded-instruction cache (vm/code_cache.c) and the dispatch loop that runs it
 * (vm/dispatch.c): code that changes under it (stores of every kind, with and without fence.i,
 * system calls, mprotect, munmap, mmap, mremap, an embedder's own writes), more code pages than
 * the cache holds, and vm_run stopping exactly where vm_step, which decodes every instruction
 * from memory, stops: at every budget, at faults and at ecalls, and when the two alternate. */
#include <string.h>

#include "check.h"
#include "code_cache.h"
#include "harness.h"
#include "memory_map.h"

enum { PAGE = VM_PAGE_SIZE, DATA = 0x30000, BIG = 1000000 };
enum { RA = 1, T0 = 5, T1 = 6, T2 = 7, S0 = 8, S1 = 9, A0 = 10, A1 = 11, A2 = 12, A7 = 17,
       T4 = 29, T5 = 30 };
enum { R = VM_PROT_READ, W = VM_PROT_WRITE, X = VM_PROT_EXEC };

#define insn_sh(rs2, rs1, imm) enc_s(imm, rs2, rs1, 1, 0x23)
#define insn_sw(rs2, rs1, imm) enc_s(imm, rs2, rs1, 2, 0x23)
#define insn_sd(rs2, rs1, imm) enc_s(imm, rs2, rs1, 3, 0x23)
#define insn_fsw(rs2, rs1, imm) enc_s(imm, rs2, rs1, 2, 0x27)
#define insn_ld(rd, rs1, imm) enc_i(imm, rs1, 3, rd, 0x03)
#define insn_jal(rd, offset) enc_j(offset, rd)
#define insn_jalr(rd, rs1, imm) enc_i(imm, rs1, 0, rd, 0x67)
#define insn_bne(rs1, rs2, offset) enc_b(offset, rs2, rs1, 1)
#define insn_amoswap_w(rd, rs1, rs2) enc_r(0x01 << 2, rs2, rs1, 2, rd, 0x2f)
#define insn_csrr_instret(rd) enc_i(0xc02, 0, 2, rd, 0x73)
#define INSN_FENCE_I 0x0000100fu
#define INSN_NOP insn_addi(0, 0, 0)
#define C_NOP 0x0001u
#define C_ADDI_A0_1 0x0505u /* c.addi a0, 1 */

static void put32(uint64_t addr, uint32_t insn) { memcpy(test_memory + addr, &insn, 4); }
static void put16(uint64_t addr, uint16_t insn) { memcpy(test_memory + addr, &insn, 2); }

/* Runs to the next ecall; true when it got there. */
static bool runs_to_ecall(void) { return vm_run(&test_vm) == VM_EXIT_ECALL; }

/* F at FUNC: a0 = 1; ret. The caller at CODE_BASE calls it, patches its first instruction to
 * a0 = 2 with `store` (t0 = FUNC, t1 = the new encoding), executes `between` (fence.i or a
 * nop), calls it again and stops at an ecall: s0 holds the first result, a0 the second. */
enum { FUNC = CODE_BASE + 0x100 };
static void run_patched_call(uint32_t store, uint32_t between) {
    const uint32_t code[6] = {insn_jal(RA, FUNC - CODE_BASE), insn_addi(S0, A0, 0), store,
                              between, insn_jal(RA, FUNC - (CODE_BASE + 16)), insn_ecall()};
    harness_start(code, 6, BIG);
    put32(FUNC, insn_addi(A0, 0, 1));
    put32(FUNC + 4, insn_jalr(0, RA, 0));
    test_vm.x[T0] = FUNC;
    test_vm.x[T1] = insn_addi(A0, 0, 2);
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[S0], 1);
    CHECK_EQ(test_vm.x[A0], 2);
    CHECK_EQ(test_vm.instret, 10);
}

/* Code that already ran (so is decoded) is stored over, then runs again: every kind of store
 * makes the new instruction run, with or without fence.i. */
static void test_store_over_cached_code(void) {
    run_patched_call(insn_sw(T1, T0, 0), INSN_FENCE_I);
    run_patched_call(insn_sw(T1, T0, 0), INSN_NOP);
}

/* Other stores: sd (which writes the ret too, so it stores it unchanged in its upper half), an
 * AMO, an FP store, and sh of the upper half of an instruction that starts in the parcel
 * before. */
static void test_other_stores_over_cached_code(void) {
    const uint64_t both = (uint64_t)insn_jalr(0, RA, 0) << 32 | insn_addi(A0, 0, 2);
    const uint32_t code[6] = {insn_jal(RA, FUNC - CODE_BASE), insn_addi(S0, A0, 0),
                              insn_sd(T1, T0, 0), INSN_NOP,
                              insn_jal(RA, FUNC - (CODE_BASE + 16)), insn_ecall()};
    harness_start(code, 6, BIG);
    put32(FUNC, insn_addi(A0, 0, 1));
    put32(FUNC + 4, insn_jalr(0, RA, 0));
    test_vm.x[T0] = FUNC;
    test_vm.x[T1] = both;
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[S0], 1);
    CHECK_EQ(test_vm.x[A0], 2);

    run_patched_call(insn_amoswap_w(T2, T0, T1), INSN_NOP);
    CHECK_EQ(test_vm.x[T2], insn_addi(A0, 0, 1)); /* the old word */

    /* fsw stores f1's low 32 bits. */
    const uint32_t fsw = insn_fsw(1, T0, 0);
    harness_start(0, 0, BIG);
    test_vm.f[1] = 0xffffffff00000000ull | insn_addi(A0, 0, 2);
    const uint32_t code2[6] = {insn_jal(RA, FUNC - CODE_BASE), insn_addi(S0, A0, 0), fsw,
                               INSN_NOP, insn_jal(RA, FUNC - (CODE_BASE + 16)), insn_ecall()};
    memcpy(test_memory + CODE_BASE, code2, sizeof code2);
    put32(FUNC, insn_addi(A0, 0, 1));
    put32(FUNC + 4, insn_jalr(0, RA, 0));
    test_vm.x[T0] = FUNC;
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[S0], 1);
    CHECK_EQ(test_vm.x[A0], 2);

    /* addi's immediate is in its upper half: storing that half of a0 = 5 over a0 = 1 makes
     * it a0 = 5 (the lower halves are equal). */
    const uint32_t addi5 = insn_addi(A0, 0, 5);
    const uint32_t sh_code[6] = {insn_jal(RA, FUNC - CODE_BASE), insn_addi(S0, A0, 0),
                                 insn_sh(T1, T0, 2), INSN_NOP,
                                 insn_jal(RA, FUNC - (CODE_BASE + 16)), insn_ecall()};
    harness_start(sh_code, 6, BIG);
    put32(FUNC, insn_addi(A0, 0, 1));
    put32(FUNC + 4, insn_jalr(0, RA, 0));
    test_vm.x[T0] = FUNC;
    test_vm.x[T1] = addi5 >> 16;
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[S0], 1);
    CHECK_EQ(test_vm.x[A0], 5);
}

/* A store to the very next instruction, which is already decoded: the new one runs, without
 * fence.i. Then a store that overwrites the storing instruction itself, and one across the
 * boundary of two code pages. */
static void test_store_ahead_in_straight_line(void) {
    const uint32_t code[3] = {insn_sw(T1, T0, 4), insn_addi(A0, 0, 1), insn_ecall()};
    harness_start(code, 3, BIG);
    test_vm.pc = CODE_BASE + 4; /* decode the addi and the ecall first */
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 1);
    test_vm.pc = CODE_BASE;
    test_vm.x[T0] = CODE_BASE;
    test_vm.x[T1] = insn_addi(A0, 0, 9);
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 9);
    CHECK_EQ(test_vm.instret, 5);

    /* The store replaces itself with a nop; running it again changes nothing more. */
    const uint32_t self[4] = {insn_sw(T1, T0, 0), insn_addi(A0, A0, 1),
                              insn_jal(0, -8), insn_ecall()};
    harness_start(self, 4, 7);
    test_vm.x[T0] = CODE_BASE;
    test_vm.x[T1] = INSN_NOP;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[A0], 2); /* sw, addi, j, nop, addi, j, nop */
    CHECK_EQ(test_vm.pc, CODE_BASE + 4);

    /* sd across two code pages: the last instruction of one, the first of the next. */
    const uint64_t edge = CODE_BASE + PAGE - 4;
    harness_start(0, 0, BIG);
    put32(edge - 4, insn_sd(T1, T0, 0));
    put32(edge, insn_addi(A0, 0, 1));
    put32(edge + 4, insn_addi(A1, 0, 1));
    put32(edge + 8, insn_ecall());
    test_vm.pc = edge;
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0] + test_vm.x[A1], 2);
    test_vm.pc = edge - 4;
    test_vm.x[T0] = edge;
    test_vm.x[T1] = (uint64_t)insn_addi(A1, 0, 4) << 32 | insn_addi(A0, 0, 3);
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 3);
    CHECK_EQ(test_vm.x[A1], 4);
}

/* Code on its own page DATA, called from CODE_BASE and returning to an ecall there. */
static void call_data_page(void) {
    const uint32_t code[2] = {insn_jalr(RA, T0, 0), insn_ecall()};
    memcpy(test_memory + CODE_BASE, code, sizeof code);
    test_vm.pc = CODE_BASE;
    test_vm.x[T0] = DATA;
    test_vm.x[A0] = 0;
}

static void put_function(uint64_t addr, int32_t result) {
    put32(addr, insn_addi(A0, 0, result));
    put32(addr + 4, insn_jalr(0, RA, 0));
}

static struct capture capture; /* static: too large for a 1 KiB frame */
static struct vm_host host;

/* A process-like map: code at CODE_BASE read-execute, one page mapped at DATA with `prot`, the
 * rest as vm_init leaves it. */
static void process_map(unsigned prot) {
    harness_start(0, 0, BIG);
    vm_map_init(&test_vm);
    CHECK(vm_map_set_image(&test_vm, CODE_BASE, CODE_BASE + PAGE));
    vm_map_grant(&test_vm, CODE_BASE, CODE_BASE + PAGE, R | X);
    CHECK_EQ(vm_map_mmap(&test_vm, DATA, PAGE, prot, true), DATA);
}

/* A page that ran and then lost execute faults on fetch; given it back, it runs again. */
static void test_mprotect_takes_exec_from_cached_code(void) {
    process_map(R | W);
    put_function(DATA, 42);
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, R | X), 0);
    call_data_page();
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 42);
    CHECK(test_vm.code.page_slots[DATA / PAGE] != 0);

    for (unsigned prot = 0; prot <= (R | W); prot++) {
        CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, prot), 0);
        call_data_page();
        CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
        CHECK(test_vm.fault.cause == VM_FAULT_FETCH_ACCESS);
        CHECK_EQ(test_vm.fault.pc, DATA);
        CHECK_EQ(test_vm.fault.addr, DATA);
        test_vm.state = VM_STATE_RUNNING;
    }
    CHECK_EQ(vm_map_mprotect(&test_vm, DATA, PAGE, R | X), 0);
    call_data_page();
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 42);
}

/* The same through the guest's own mprotect call: it runs, makes its page read-write, and the
 * next instruction (on that page) faults. */
static void test_guest_mprotect_of_its_own_page(void) {
    enum { NR_MPROTECT = 226 };
    capture_host(&capture, &host);
    process_map(R | W | X);
    const uint32_t code[5] = {insn_addi(A0, T0, 0), enc_u(PAGE >> 12, A1, 0x37) /* lui a1, 1 */,
                              insn_addi(A2, 0, R | W), insn_ecall(), insn_addi(S0, 0, 1)};
    memcpy(test_memory + DATA, code, sizeof code);
    test_vm.x[A7] = NR_MPROTECT;
    test_vm.x[T0] = DATA;
    test_vm.pc = DATA;
    CHECK_EQ(vm_run_guest(&test_vm, &host), VM_STATE_ERRORED);
    CHECK_EQ(test_vm.x[A0], 0); /* mprotect succeeded */
    CHECK(test_vm.fault.cause == VM_FAULT_FETCH_ACCESS);
    CHECK_EQ(test_vm.fault.pc, DATA + 16);
    CHECK_EQ(test_vm.x[S0], 0);
    CHECK_EQ(test_vm.instret, 4 + 2); /* 4 instructions, and mprotect's work on its page */
}

/* munmap takes a page of code away; mmap at the same address gives a fresh (zero) page, and
 * code written there runs, not what was decoded before; mremap moves code, which runs at the
 * new address and faults at the old one. */
static void test_unmap_and_remap_code(void) {
    process_map(R | W | X);
    put_function(DATA, 1);
    call_data_page();
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 1);

    CHECK_EQ(vm_map_munmap(&test_vm, DATA, PAGE), 0);
    CHECK(test_vm.code.page_slots[DATA / PAGE] == 0);
    call_data_page();
    CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
    CHECK(test_vm.fault.cause == VM_FAULT_FETCH_ACCESS);
    CHECK_EQ(test_vm.fault.pc, DATA);
    test_vm.state = VM_STATE_RUNNING;

    CHECK_EQ(vm_map_mmap(&test_vm, DATA, PAGE, R | W | X, true), DATA);
    put_function(DATA, 2);
    call_data_page();
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 2);

    /* MAP_FIXED over it: zero-filled, so the first instruction is the illegal all-zero one. */
    CHECK_EQ(vm_map_mmap(&test_vm, DATA, PAGE, R | W | X, true), DATA);
    call_data_page();
    CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
    CHECK(test_vm.fault.cause == VM_FAULT_ILLEGAL_INSTRUCTION);
    CHECK_EQ(test_vm.fault.pc, DATA);
    test_vm.state = VM_STATE_RUNNING;

    put_function(DATA, 3);
    call_data_page();
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 3);
    CHECK_EQ(vm_map_mmap(&test_vm, DATA + PAGE, PAGE, R, true), DATA + PAGE); /* no room above */
    int64_t moved = vm_map_mremap(&test_vm, DATA, PAGE, 2 * PAGE, true);
    CHECK(moved > 0 && (uint64_t)moved != DATA);
    call_data_page();
    CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
    CHECK_EQ(test_vm.fault.pc, DATA);
    test_vm.state = VM_STATE_RUNNING;
    call_data_page();
    test_vm.x[T0] = (uint64_t)moved;
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 3);
}

/* A system call that writes into executable memory (read(2) into RWX code) replaces the code
 * that runs next. */
static int64_t read_addi_a0_7(void *context, uint8_t *bytes, size_t length) {
    (void)context;
    const uint32_t insn = insn_addi(A0, 0, 7);
    if (length < 4) return 0;
    memcpy(bytes, &insn, 4);
    return 4;
}

static void test_system_call_writes_code(void) {
    enum { NR_READ = 63, NR_EXIT = 93 };
    capture_host(&capture, &host);
    host.read = read_addi_a0_7;
    const uint32_t code[10] = {
        insn_jal(RA, FUNC - CODE_BASE),            /* a0 = 1 */
        insn_addi(S0, A0, 0),
        insn_addi(A0, 0, 0), insn_addi(A1, T0, 0), insn_addi(A2, 0, 4),
        insn_addi(A7, 0, NR_READ), insn_ecall(),   /* read(0, FUNC, 4) */
        insn_jal(RA, FUNC - (CODE_BASE + 28)),     /* a0 = 7 */
        insn_addi(A7, 0, NR_EXIT), insn_ecall(),   /* exit(a0) */
    };
    harness_start(code, 10, BIG);
    put_function(FUNC, 1);
    test_vm.x[T0] = FUNC;
    CHECK_EQ(vm_run_guest(&test_vm, &host), VM_STATE_HALTED);
    CHECK_EQ(test_vm.x[S0], 1);
    CHECK_EQ(test_vm.exit_status, 7);
}

/* An embedder that writes guest memory itself says so with vm_code_changed. */
static void test_embedder_writes_code(void) {
    harness_start(0, 0, BIG);
    put_function(DATA, 1);
    call_data_page();
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 1);
    put_function(DATA, 2);
    vm_code_changed(&test_vm, DATA, 4);
    call_data_page();
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 2);
    vm_code_changed(&test_vm, VM_MEMORY_SIZE - 1, ~0ull); /* any range is fine */
    vm_code_changed(&test_vm, ~0ull, 1);
}

/* More code pages than the cache keeps, each run twice in a chain: the code of page i at
 * `offset` in it (a0 += 1, then a jump to the next page's), then a page that loops back once
 * and stops at an ecall (a7 = exit). Every page's slots are taken back and decoded again. */
enum { CHAIN_PAGES = VM_CODE_CACHE_PAGES + 20 };
/* The first round takes the chain's pages and the last one: all but the cache's size evict;
 * the second round finds none of them (round-robin took each just before it was needed). */
enum { CHAIN_EVICTIONS = (CHAIN_PAGES + 1 - VM_CODE_CACHE_PAGES) + (CHAIN_PAGES + 1) };
enum { CHAIN_INSTRUCTIONS = 2 * (2 * CHAIN_PAGES + 3) };

/* Makes chain page `from` (code at `offset`) jump to the last page's code. */
static void jump_to_chain_end(uint64_t from, uint64_t offset) {
    uint64_t jal = CODE_BASE + from * PAGE + offset + 4, end = CODE_BASE + CHAIN_PAGES * PAGE;
    put32(jal, insn_jal(0, (int32_t)(end - jal)));
}

static uint64_t load_chain(uint64_t offset, uint64_t budget) {
    harness_start(0, 0, budget);
    for (uint64_t i = 0; i < CHAIN_PAGES; i++) {
        uint64_t at = CODE_BASE + i * PAGE + offset;
        put32(at, insn_addi(A0, A0, 1));
        put32(at + 4, insn_jal(0, PAGE - 4)); /* to the next page's code */
    }
    jump_to_chain_end(CHAIN_PAGES - 1, offset);
    uint64_t end = CODE_BASE + CHAIN_PAGES * PAGE; /* at the start of its page, whole */
    put32(end, insn_addi(S1, S1, -1));
    put32(end + 4, insn_bne(S1, 0, 8));
    put32(end + 8, insn_ecall());
    put32(end + 12, insn_jalr(0, T0, 0)); /* back to the first page */
    test_vm.x[S1] = 2;
    test_vm.x[T0] = CODE_BASE + offset;
    test_vm.x[A7] = 93; /* exit, for vm_run_guest */
    test_vm.pc = CODE_BASE + offset;
    return end;
}

/* Each eviction costs VM_CODE_EVICTION_COST units besides the instructions; the code runs as
 * written, wherever on its page it is (the first and last lines of slots, one in between), so
 * no slot decoded for one page runs for another. */
static void test_more_pages_than_the_cache(void) {
    const uint64_t offsets[3] = {0, PAGE - 8, 0x7a4};
    for (unsigned i = 0; i < 3; i++) {
        uint64_t end = load_chain(offsets[i], BIG);
        CHECK(runs_to_ecall());
        CHECK_EQ(test_vm.x[A0], 2 * CHAIN_PAGES);
        CHECK_EQ(test_vm.instret,
                 CHAIN_INSTRUCTIONS + (uint64_t)CHAIN_EVICTIONS * VM_CODE_EVICTION_COST);
        CHECK_EQ(test_vm.pc, end + 12);
    }
    /* Code that fits pays nothing: the chain cut to the cache's size, run twice. */
    load_chain(0, BIG);
    jump_to_chain_end(VM_CODE_CACHE_PAGES - 2, 0);
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 2 * (VM_CODE_CACHE_PAGES - 1));
    CHECK_EQ(test_vm.instret, 2 * (2 * (VM_CODE_CACHE_PAGES - 1) + 3));
}

/* Evictions are charged at the same points by vm_run, by vm_step, and by vm_run_guest in slices
 * (the kernel's poll): a budget that ends inside an eviction's units stops before the
 * instruction that needed it, and a slice that ends there leaves the rest to pay first. */
struct chain_outcome {
    enum vm_state state;
    uint64_t pc, instret, a0;
};

static uint32_t ignore_poll(void *context) {
    (void)context;
    return 0;
}

static void run_chain(int mode, uint64_t budget, struct chain_outcome *out) {
    struct vm_host host_for_chain = {0};
    capture_host(&capture, &host_for_chain);
    if (mode == 2) {
        host_for_chain.poll = ignore_poll;
        host_for_chain.poll_interval = 5; /* slices that end anywhere, in charges too */
    }
    load_chain(0x40, budget);
    if (mode == 1) { /* vm_step to the end, then the exit as vm_run_guest makes it */
        enum vm_exit exit = VM_EXIT_STEP;
        for (uint64_t i = 0; i <= budget && exit == VM_EXIT_STEP; i++) exit = vm_step(&test_vm);
        if (exit == VM_EXIT_ECALL) vm_syscall(&test_vm, &host_for_chain);
    } else {
        vm_run_guest(&test_vm, &host_for_chain);
    }
    *out = (struct chain_outcome){test_vm.state, test_vm.pc, test_vm.instret, test_vm.x[A0]};
}

static void test_evictions_charged_alike(void) {
    const uint64_t total = CHAIN_INSTRUCTIONS + (uint64_t)CHAIN_EVICTIONS * VM_CODE_EVICTION_COST;
    /* The first eviction: after 128 pages of two instructions, the 129th page's first. */
    const uint64_t first = 2 * VM_CODE_CACHE_PAGES;
    const uint64_t around[4] = {first, first + 7 * (2 + VM_CODE_EVICTION_COST), total / 2, total};
    struct chain_outcome run, step, sliced;
    for (unsigned a = 0; a < 4; a++) {
        for (uint64_t budget = around[a] - 2; budget <= around[a] + VM_CODE_EVICTION_COST + 3; budget++) {
            run_chain(0, budget, &run);
            run_chain(1, budget, &step);
            run_chain(2, budget, &sliced);
            CHECK(run.state == step.state && run.state == sliced.state);
            CHECK_EQ(run.pc, step.pc);
            CHECK_EQ(run.pc, sliced.pc);
            CHECK_EQ(run.instret, step.instret);
            CHECK_EQ(run.instret, sliced.instret);
            CHECK_EQ(run.a0, step.a0);
            CHECK_EQ(run.a0, sliced.a0);
            CHECK_EQ(run.instret, budget < total ? budget : total);
            if (check_failures != 0) {
                printf("  (at budget %llu)\n", (unsigned long long)budget);
                return;
            }
        }
    }
    /* At the first eviction's budgets: the instruction that needed it has not run. */
    run_chain(0, first + VM_CODE_EVICTION_COST, &run);
    CHECK_EQ(run.a0, VM_CODE_CACHE_PAGES);
    CHECK_EQ(run.pc, CODE_BASE + VM_CODE_CACHE_PAGES * PAGE + 0x40);
    run_chain(0, first + VM_CODE_EVICTION_COST + 1, &run);
    CHECK_EQ(run.a0, VM_CODE_CACHE_PAGES + 1);
}

/* A 4-byte instruction across two pages is decoded once, and goes stale with either page: a
 * store to its second half changes it, and the second page losing execute faults its fetch
 * there (addr = pc + 2). */
static void test_instruction_across_pages(void) {
    enum { EDGE = CODE_BASE + PAGE - 2 };
    harness_start(0, 0, BIG);
    vm_map_init(&test_vm);
    CHECK(vm_map_set_image(&test_vm, CODE_BASE, CODE_BASE + 2 * PAGE));
    vm_map_grant(&test_vm, CODE_BASE, CODE_BASE + 2 * PAGE, R | W | X);
    const uint32_t code[4] = {insn_jal(RA, EDGE - CODE_BASE), insn_sh(T1, T0, 0),
                              insn_jal(RA, EDGE - (CODE_BASE + 8)), insn_ecall()};
    memcpy(test_memory + CODE_BASE, code, sizeof code);
    put32(EDGE, insn_addi(A0, A0, 1));
    put32(EDGE + 4, insn_jalr(0, RA, 0));
    test_vm.pc = CODE_BASE;
    test_vm.x[T0] = EDGE + 2;
    test_vm.x[T1] = insn_addi(A0, A0, 5) >> 16; /* the upper half: the immediate */
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 1 + 5);
    CHECK_EQ(test_vm.instret, 8);

    CHECK_EQ(vm_map_mprotect(&test_vm, CODE_BASE + PAGE, PAGE, R | W), 0);
    test_vm.pc = CODE_BASE + 8;
    CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
    CHECK(test_vm.fault.cause == VM_FAULT_FETCH_ACCESS);
    CHECK_EQ(test_vm.fault.pc, EDGE);
    CHECK_EQ(test_vm.fault.addr, EDGE + 2);
    test_vm.state = VM_STATE_RUNNING;
    CHECK_EQ(vm_map_mprotect(&test_vm, CODE_BASE + PAGE, PAGE, R | X), 0);
    test_vm.pc = CODE_BASE + 8;
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[A0], 1 + 5 + 5);
}

/* x0 stays zero whatever writes it, and a load into x0 still faults. */
static void test_x0_forms(void) {
    const uint32_t code[6] = {insn_addi(0, 0, 5), enc_u(0x12345, 0, 0x37) /* lui x0 */,
                              enc_u(0x1, 0, 0x17) /* auipc x0 */, insn_jal(0, 4),
                              insn_ld(0, T0, 0), insn_ecall()};
    harness_start(code, 6, BIG);
    test_vm.x[T0] = DATA;
    CHECK(runs_to_ecall());
    CHECK_EQ(test_vm.x[0], 0);
    harness_start(code, 6, BIG);
    test_vm.x[T0] = VM_MEMORY_SIZE;
    CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
    CHECK(test_vm.fault.cause == VM_FAULT_LOAD_ACCESS);
    CHECK_EQ(test_vm.fault.pc, CODE_BASE + 16);
    CHECK_EQ(test_vm.instret, 4);
    CHECK_EQ(test_vm.x[0], 0);
}

/* --- vm_run against vm_step ------------------------------------------------------------------
 * One program, run at every budget from 0 to past its end by vm_run alone, by vm_step alone,
 * and by the two taking turns (vm_run to an ecall, then one vm_step, ...): each must stop in
 * the same state. It crosses a page boundary in straight-line code, with a 4-byte instruction
 * across it, loops back across it, calls a function on another page, reads
 * instret, stores over an instruction that already ran (no fence.i), makes ecalls, and ends in
 * a load fault. */
enum { LOOP = CODE_BASE + PAGE - 8, OTHER = CODE_BASE + 4 * PAGE };

static void load_program(uint64_t budget) {
    harness_start(0, 0, budget);
    uint64_t at = LOOP - 4;
    put32(at, insn_addi(S1, 0, 3));                   /* 0x1ff4 */
    put16(LOOP, C_ADDI_A0_1);                         /* 0x1ff8: loop */
    put16(LOOP + 2, C_NOP);                           /* patched into c.addi a0, 1 */
    put16(LOOP + 4, C_ADDI_A0_1);
    put32(LOOP + 6, insn_addi(A1, A1, 7));            /* 0x1ffe: across the page boundary */
    at = LOOP + 10;                                   /* 0x2002 */
    put32(at, insn_csrr_instret(T2));
    put32(at + 4, insn_jal(RA, (int32_t)(OTHER - (at + 4))));
    put32(at + 8, insn_sh(T4, T5, 0));                /* c.nop becomes c.addi a0, 1 */
    put32(at + 12, insn_ecall());
    put32(at + 16, insn_addi(S1, S1, -1));
    put32(at + 20, insn_bne(S1, 0, (int32_t)(LOOP - (at + 20))));
    put32(at + 24, insn_ld(A2, T1, 0));               /* faults */
    put32(OTHER, insn_addi(A0, A0, 100));
    put32(OTHER + 4, insn_sd(A0, T0, 0));
    put32(OTHER + 8, insn_jalr(0, RA, 0));
    test_vm.pc = LOOP - 4;
    test_vm.x[T0] = DATA;
    test_vm.x[T1] = VM_MEMORY_SIZE - 4;
    test_vm.x[T4] = C_ADDI_A0_1;
    test_vm.x[T5] = LOOP + 2;
}

struct outcome {
    enum vm_state state;
    uint64_t pc, instret, x[32], data;
    struct vm_fault fault;
    unsigned ecalls;
    uint16_t patched;
};

enum mode { RUN, STEP, TURNS };

static void run_loaded(void (*load)(uint64_t budget), enum mode mode, uint64_t budget,
                       struct outcome *out);

static void run_program(enum mode mode, uint64_t budget, struct outcome *out) {
    run_loaded(load_program, mode, budget, out);
}

static void run_loaded(void (*load)(uint64_t budget), enum mode mode, uint64_t budget,
                       struct outcome *out) {
    load(budget);
    memset(out, 0, sizeof *out);
    bool step = mode == STEP;
    for (unsigned pass = 0; pass < 1000 && test_vm.state == VM_STATE_RUNNING; pass++) {
        enum vm_exit exit = step ? vm_step(&test_vm) : vm_run(&test_vm);
        if (exit == VM_EXIT_ECALL) out->ecalls++;
        if (mode == TURNS) step = !step;
    }
    out->state = test_vm.state;
    out->pc = test_vm.pc;
    out->instret = test_vm.instret;
    memcpy(out->x, test_vm.x, sizeof out->x);
    memcpy(&out->data, test_memory + DATA, 8);
    out->fault = test_vm.fault;
    memcpy(&out->patched, test_memory + LOOP + 2, 2);
}

static void check_same(const struct outcome *a, const struct outcome *b) {
    CHECK(a->state == b->state);
    CHECK_EQ(a->pc, b->pc);
    CHECK_EQ(a->instret, b->instret);
    for (int i = 0; i < 32; i++) CHECK_EQ(a->x[i], b->x[i]);
    CHECK_EQ(a->data, b->data);
    CHECK(a->fault.cause == b->fault.cause);
    CHECK_EQ(a->fault.pc, b->fault.pc);
    CHECK_EQ(a->fault.addr, b->fault.addr);
    CHECK_EQ(a->ecalls, b->ecalls);
    CHECK_EQ(a->patched, b->patched);
}

static void test_run_matches_step_at_every_budget(void) {
    static struct outcome stepped, run, turns;
    run_program(STEP, BIG, &stepped);
    /* The program as designed: three rounds, then the fault. */
    CHECK(stepped.state == VM_STATE_ERRORED);
    CHECK(stepped.fault.cause == VM_FAULT_LOAD_ACCESS);
    CHECK_EQ(stepped.fault.pc, LOOP + 10 + 24);
    CHECK_EQ(stepped.fault.addr, VM_MEMORY_SIZE - 4);
    CHECK_EQ(stepped.ecalls, 3);
    CHECK_EQ(stepped.x[A0], 2 + 3 + 3 + 300);
    CHECK_EQ(stepped.x[A1], 21);
    CHECK_EQ(stepped.data, stepped.x[A0]);
    CHECK_EQ(stepped.patched, C_ADDI_A0_1);
    uint64_t total = stepped.instret;
    CHECK_EQ(total, 1 + 3 * 13);
    /* csrr in the last round read the instructions retired before it. */
    CHECK_EQ(stepped.x[T2], 1 + 2 * 13 + 4);
    for (uint64_t budget = 0; budget <= total + 1; budget++) {
        run_program(STEP, budget, &stepped);
        run_program(RUN, budget, &run);
        run_program(TURNS, budget, &turns);
        check_same(&run, &stepped);
        check_same(&turns, &stepped);
        if (budget < total) {
            CHECK(run.state == VM_STATE_BUDGET_EXHAUSTED);
            CHECK_EQ(run.instret, budget);
        }
        if (check_failures != 0) {
            printf("  (at budget %llu)\n", (unsigned long long)budget);
            return;
        }
    }
}

/* The budget ends a run at a jump, at a page's end and at a taken branch just as it does in
 * straight-line code: pc is the next instruction, which has not been fetched (so a jump to
 * an address that would fault stops cleanly when the budget ends on the jump). */
static void test_budget_ends_at_control_transfers(void) {
    const uint32_t jump_away[2] = {insn_jalr(0, T0, 0), insn_ecall()};
    harness_start(jump_away, 2, 1);
    test_vm.x[T0] = VM_MEMORY_SIZE + 0x100;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.pc, VM_MEMORY_SIZE + 0x100);
    CHECK_EQ(test_vm.instret, 1);

    /* Straight-line code off the end of a page: the budget ends on the last instruction. */
    harness_start(0, 0, 2);
    put32(CODE_BASE + PAGE - 8, INSN_NOP);
    put32(CODE_BASE + PAGE - 4, INSN_NOP);
    test_vm.pc = CODE_BASE + PAGE - 8;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.pc, CODE_BASE + PAGE);
    CHECK_EQ(test_vm.instret, 2);

    /* A loop: the budget ends exactly, whatever instruction that is. */
    const uint32_t loop[2] = {insn_addi(A0, A0, 1), insn_jal(0, -4)};
    for (uint64_t budget = 0; budget < 9; budget++) {
        harness_start(loop, 2, budget);
        CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
        CHECK_EQ(test_vm.instret, budget);
        CHECK_EQ(test_vm.x[A0], (budget + 1) / 2);
        CHECK_EQ(test_vm.pc, CODE_BASE + 4 * (budget % 2));
    }
    harness_start(loop, 2, 1000001);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[A0], 500001);
    CHECK_EQ(test_vm.pc, CODE_BASE + 4);
}

/* Fused pairs (code_cache.h): two instructions in a row run by one handler. A loop of pairs of
 * every kind of first (ALU, lui, load, store, in both lengths) before an ALU operation, a load,
 * a store and a branch; a store that changes the second of its own pair (an sb on its page, in
 * the same run) and one that changes another pair's second from further on (so the pair must
 * be decoded anew next time round); then a pair whose second faults, after its first retired.
 * At every budget, vm_run must stop where vm_step does, in the same state. */
enum { PAIRS = CODE_BASE + 2 * PAGE, PAIRS_LOOP = PAIRS + 4, PAIRS_PATCHED = PAIRS + 36,
       PAIRS_OWN = PAIRS + 40 };
enum { A3 = 13, A4 = 14, A5 = 15, A6 = 16, T3 = 28, T6 = 31 };
#define insn_add(rd, rs1, rs2) enc_r(0, rs2, rs1, 0, rd, 0x33)
#define insn_xor(rd, rs1, rs2) enc_r(0, rs2, rs1, 4, rd, 0x33)
#define insn_slli(rd, rs1, shamt) enc_i(shamt, rs1, 1, rd, 0x13)
#define insn_lbu(rd, rs1, imm) enc_i(imm, rs1, 4, rd, 0x03)
#define insn_sb(rs2, rs1, imm) enc_s(imm, rs2, rs1, 0, 0x23)
#define insn_lui(rd, imm20) enc_u(imm20, rd, 0x37)
#define C_ADD_A0_A1 0x952eu /* c.add a0, a1 */

static void load_pairs(uint64_t budget) {
    harness_start(0, 0, budget);
    put32(PAIRS, insn_addi(S1, 0, 3));
    put16(PAIRS_LOOP, C_ADDI_A0_1);                   /* a 2-byte first, 4-byte second */
    put32(PAIRS_LOOP + 2, insn_add(A0, A0, A1));
    put16(PAIRS_LOOP + 6, C_ADD_A0_A1);               /* a 4-byte first, 2-byte second */
    put32(PAIRS_LOOP + 8, insn_ld(A2, T0, 0));        /* load, then ALU */
    put32(PAIRS_LOOP + 12, insn_addi(A2, A2, 5));     /* ALU, then store */
    put32(PAIRS_LOOP + 16, insn_sd(A2, T0, 8));       /* store, then ALU */
    put32(PAIRS_LOOP + 20, insn_slli(A3, A2, 3));
    put32(PAIRS_LOOP + 24, insn_lui(A6, 0x12345));    /* lui, then ALU */
    put32(PAIRS_LOOP + 28, insn_xor(A4, A3, A0));     /* its second is patched below */
    put32(PAIRS_PATCHED, insn_addi(A5, A5, 1));       /* becomes a5 += 100 */
    put32(PAIRS_OWN, insn_sb(T3, T6, 4));             /* sets its second's rd to a4 */
    put32(PAIRS_OWN + 4, insn_addi(A5, A5, 1000));
    put32(PAIRS_OWN + 8, insn_sw(T4, T5, 0));         /* patches PAIRS_PATCHED */
    put32(PAIRS_OWN + 12, insn_addi(S1, S1, -1));     /* ALU, then branch */
    put32(PAIRS_OWN + 16, insn_bne(S1, 0, (int32_t)(PAIRS_LOOP - (PAIRS_OWN + 16))));
    put32(PAIRS_OWN + 20, insn_lbu(A6, T0, 8));       /* load, then a load that faults */
    put32(PAIRS_OWN + 24, insn_ld(A7, T1, 0));
    test_vm.pc = PAIRS;
    test_vm.x[A1] = 7;
    test_vm.x[T0] = DATA;
    test_vm.x[T1] = VM_MEMORY_SIZE - 4;
    test_vm.x[T3] = 0x13; /* the low byte of addi a4, ... */
    test_vm.x[T4] = insn_addi(A5, A5, 100);
    test_vm.x[T5] = PAIRS_PATCHED;
    test_vm.x[T6] = PAIRS_OWN;
    put32(DATA, 40);
}

static void test_pairs_stop_where_step_does(void) {
    static struct outcome stepped, run, turns;
    run_loaded(load_pairs, STEP, BIG, &stepped);
    CHECK(stepped.state == VM_STATE_ERRORED);
    CHECK(stepped.fault.cause == VM_FAULT_LOAD_ACCESS);
    CHECK_EQ(stepped.fault.pc, PAIRS_OWN + 24);
    uint64_t total = stepped.instret;
    CHECK_EQ(total, 1 + 3 * 15 + 1);
    CHECK_EQ(stepped.x[A0], 3 * (1 + 7 + 7));
    CHECK_EQ(stepped.x[A5], 1 + 100 + 100); /* patched after its first run */
    CHECK_EQ(stepped.x[A4], 201 + 1000);    /* the sb made its second write a4, not a5 */
    CHECK_EQ(stepped.x[A6], 45);            /* the lbu's, before the fault */
    CHECK_EQ(stepped.x[A2], 45);
    /* vm_run made pairs of them (white box: the slots' handlers). */
    run_loaded(load_pairs, RUN, BIG, &run);
    const struct vm_code_slot *slots = test_vm.code.page_slots[PAIRS / PAGE];
    CHECK(slots != 0);
    if (slots == 0) return;
    CHECK(slots[PAIRS_LOOP % PAGE / 2].handler >= VM_PAIR_HANDLERS);     /* c.addi, add */
    CHECK(slots[(PAIRS_LOOP + 8) % PAGE / 2].handler >= VM_PAIR_HANDLERS);  /* ld, addi */
    /* (The xor's and the sb's pairs are undecoded: the sw and the sb marked them.) */
    CHECK(slots[(PAIRS_OWN + 20) % PAGE / 2].handler >= VM_PAIR_HANDLERS); /* lbu, ld */
    for (uint64_t budget = 0; budget <= total + 1; budget++) {
        run_loaded(load_pairs, STEP, budget, &stepped);
        run_loaded(load_pairs, RUN, budget, &run);
        run_loaded(load_pairs, TURNS, budget, &turns);
        check_same(&run, &stepped);
        check_same(&turns, &stepped);
        CHECK_EQ(run.x[A4], stepped.x[A4]);
        if (check_failures != 0) {
            printf("  (at budget %llu)\n", (unsigned long long)budget);
            return;
        }
    }
}

/* vm_step after vm_run, and vm_run after vm_step, continue exactly; a page decoded by vm_run
 * and stored over by vm_step's path (which executes from memory) stays coherent. */
static void test_step_after_run(void) {
    const uint32_t code[4] = {insn_addi(A0, A0, 1), insn_sw(T1, T0, 0), insn_ecall(),
                              insn_jal(0, -12)};
    harness_start(code, 4, BIG);
    test_vm.x[T0] = CODE_BASE;
    test_vm.x[T1] = insn_addi(A0, A0, 1);
    CHECK(runs_to_ecall());               /* addi, sw (the same bytes), ecall */
    CHECK_EQ(vm_step(&test_vm), VM_EXIT_STEP); /* the jump */
    CHECK_EQ(test_vm.pc, CODE_BASE);
    test_vm.x[T1] = insn_addi(A0, A0, 10);
    CHECK_EQ(vm_step(&test_vm), VM_EXIT_STEP); /* addi a0 += 1 */
    CHECK_EQ(vm_step(&test_vm), VM_EXIT_STEP); /* sw: the addi becomes a0 += 10 */
    CHECK_EQ(test_vm.instret, 6);
    CHECK(runs_to_ecall());
    CHECK(runs_to_ecall());                /* j, addi a0 += 10, sw, ecall */
    CHECK_EQ(test_vm.x[A0], 12);
    CHECK_EQ(test_vm.instret, 11);
}

const struct test cache_tests[] = {
    {"cache: stores over code that ran, with and without fence.i", test_store_over_cached_code},
    {"cache: sd, amoswap, fsw, sh over code that ran", test_other_stores_over_cached_code},
    {"cache: a store to the next instruction, to itself, across two pages",
     test_store_ahead_in_straight_line},
    {"cache: mprotect taking exec from code that ran faults its fetch",
     test_mprotect_takes_exec_from_cached_code},
    {"cache: the guest's mprotect of its own page", test_guest_mprotect_of_its_own_page},
    {"cache: munmap, mmap and mremap of code that ran", test_unmap_and_remap_code},
    {"cache: a system call writing executable memory", test_system_call_writes_code},
    {"cache: an embedder's writes with vm_code_changed", test_embedder_writes_code},
    {"cache: more code pages than the cache holds", test_more_pages_than_the_cache},
    {"cache: evictions are charged alike by vm_run, vm_step and a run in slices",
     test_evictions_charged_alike},
    {"cache: an instruction across two pages", test_instruction_across_pages},
    {"cache: x0 stays zero", test_x0_forms},
    {"cache: vm_run stops where vm_step does, at every budget",
     test_run_matches_step_at_every_budget},
    {"cache: the budget ends a run at jumps, page ends and loops",
     test_budget_ends_at_control_transfers},
    {"cache: vm_step after vm_run and back", test_step_after_run},
    {"cache: fused pairs stop where vm_step does, and follow stores into them",
     test_pairs_stop_where_step_does},
    {0, 0},
};
