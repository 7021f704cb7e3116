/* SPDX-License-Identifier: MIT */
/* Signals (vm/signal.c): the system calls, the frame a handler gets, rt_sigreturn, delivery at
 * system-call return and on faults, default actions, the alternate stack, and the trampoline
 * page. Expected values are Linux riscv64's, written out here rather than taken from
 * vm/linux.h: numbers from asm-generic/unistd.h, flags from asm-generic/signal*.h, and the frame
 * layout as riscv64-linux-gnu-gcc reports it for glibc's <ucontext.h> and the uapi headers
 * (sizeof(siginfo_t) 128, uc_stack at 16, uc_sigmask at 40, uc_mcontext at 176, sc_fpregs at
 * 256 in it, fcsr at 256 in that, sizeof(struct rt_sigframe) 1088). */
#include <stdbool.h>
#include <string.h>

#include "check.h"
#include "harness.h"
#include "memory_map.h"
#include "report.h"

enum {
    NR_EXIT = 93, NR_KILL = 129, NR_TKILL = 130, NR_TGKILL = 131, NR_SIGALTSTACK = 132,
    NR_RT_SIGACTION = 134, NR_RT_SIGPROCMASK = 135, NR_RT_SIGPENDING = 136, NR_RT_SIGRETURN = 139,
    NR_GETPID = 172, NR_GETTID = 178, NR_MUNMAP = 215, NR_MREMAP = 216, NR_MMAP = 222,
    NR_MPROTECT = 226,
};
enum { L_EPERM = 1, L_ESRCH = 3, L_EAGAIN = 11, L_ENOMEM = 12, L_EACCES = 13, L_EFAULT = 14, L_EINVAL = 22 };
enum {
    SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGBUS = 7, SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11,
    SIGUSR2 = 12, SIGTERM = 15, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGTSTP = 20,
    SIGURG = 23, SIGWINCH = 28, SIGRTMIN = 32,
    SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2, SIG_IGN = 1,
    SS_ONSTACK = 1, SS_DISABLE = 2,
    SI_USER = 0, SI_TKILL = -6, SI_KERNEL = 0x80, ILL_ILLOPC = 1, TRAP_BRKPT = 1,
    SEGV_MAPERR = 1, SEGV_ACCERR = 2, BUS_ADRALN = 1,
    PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4, MAP_PRIVATE = 0x02, MAP_FIXED = 0x10,
    MAP_ANONYMOUS = 0x20, MREMAP_MAYMOVE = 1,
};
#define SA_SIGINFO 0x4ull
#define SA_RESTORER 0x04000000ull /* not a riscv64 flag: Linux drops it */
#define SA_ONSTACK 0x08000000ull
#define SA_RESTART 0x10000000ull
#define SA_NODEFER 0x40000000ull
#define SA_RESETHAND 0x80000000ull
#define SS_AUTODISARM 0x80000000ull

/* struct rt_sigframe, offsets from its start. */
enum {
    FRAME_SIZE = 1088, INFO_SIGNO = 0, INFO_ERRNO = 4, INFO_CODE = 8, INFO_PID = 16, INFO_UID = 20,
    INFO_ADDR = 16, UC = 128, UC_FLAGS = UC, UC_LINK = UC + 8, UC_STACK = UC + 16,
    UC_SIGMASK = UC + 40, REGS = UC + 176, FPREGS = REGS + 256, FCSR = FPREGS + 256,
    FP_RESERVED = FPREGS + 516,
};

enum { RA = 1, SP = 2, T0 = 5, T1 = 6, T2 = 7, A0 = 10, A1 = 11, A2 = 12, A3 = 13, A4 = 14, A5 = 15, A7 = 17, T3 = 28 };

#define PAGE 0x1000u
#define MEM_END 0x400000u
#define STACK_BOTTOM 0x3c0000u
#define GUARD_BOTTOM 0x3b0000u
#define TRAMPOLINE 0x3af000u
#define STACK_TOP 0x3ff000u
#define IMAGE_END 0x12345u
#define HANDLER 0x2000u  /* handlers' code, in the image */
#define HANDLER2 0x2100u
#define HANDLER3 0x2200u
#define ACT 0x5000u      /* a struct sigaction */
#define BUF 0x5100u
#define ALT 0x8000u      /* an alternate stack, in the image */
#define ALT_SIZE 0x4000u
#define WRAPPING 0xfffffffffffffff0ull

static struct capture capture;
static struct vm_host host;

static uint64_t bit(unsigned signal) { return 1ull << (signal - 1); }

static void poke32(uint64_t at, uint32_t value) { memcpy(test_memory + at, &value, 4); }
static void poke64(uint64_t at, uint64_t value) { memcpy(test_memory + at, &value, 8); }
static uint32_t peek32(uint64_t at) {
    uint32_t value;
    memcpy(&value, test_memory + at, 4);
    return value;
}
static uint64_t peek64(uint64_t at) {
    uint64_t value;
    memcpy(&value, test_memory + at, 8);
    return value;
}
static bool zero(uint64_t at, uint64_t length) {
    for (uint64_t i = 0; i < length; i++)
        if (test_memory[at + i] != 0) return false;
    return true;
}

/* Puts code into guest memory behind the VM's back: its decoded copy must be forgotten. */
static void put_code(uint64_t at, const uint32_t *code, size_t bytes) {
    memcpy(test_memory + at, code, bytes);
    vm_code_changed(&test_vm, at, bytes);
}

/* A VM as a process has it: the image [0x1000, 0x12345) read-write-execute, the rest as
 * vm_map_init lays it out, an ecall at CODE_BASE, sp near the top of the stack. */
static void fresh(void) {
    static const uint32_t code[1] = {insn_ecall()};
    harness_start(code, 1, ~0ull);
    vm_map_init(&test_vm);
    CHECK(vm_map_set_image(&test_vm, CODE_BASE, IMAGE_END));
    vm_map_grant(&test_vm, CODE_BASE, IMAGE_END, VM_PROT_RWX);
    capture_host(&capture, &host);
    test_vm.x[SP] = STACK_TOP;
}

/* One system call made by the ecall at CODE_BASE: the result, or the value a0 holds after it
 * when a signal's delivery changed the registers (see the callers). */
static int64_t sys6(uint64_t number, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3) {
    test_vm.pc = CODE_BASE;
    test_vm.x[A7] = number;
    test_vm.x[A0] = a0;
    test_vm.x[A1] = a1;
    test_vm.x[A2] = a2;
    test_vm.x[A3] = a3;
    if (!CHECK(vm_run(&test_vm) == VM_EXIT_ECALL)) return INT64_MIN;
    vm_syscall(&test_vm, &host);
    return (int64_t)test_vm.x[A0];
}
#define SYS(...) SYS_(__VA_ARGS__, 0, 0, 0, 0, 0)
#define SYS_(n, a, b, c, d, ...) sys6((uint64_t)(n), (uint64_t)(a), (uint64_t)(b), (uint64_t)(c), (uint64_t)(d))

/* rt_sigaction with a struct sigaction built at ACT. */
static int64_t install(unsigned signal, uint64_t handler, uint64_t flags, uint64_t mask) {
    poke64(ACT, handler);
    poke64(ACT + 8, flags);
    poke64(ACT + 16, mask);
    return SYS(NR_RT_SIGACTION, signal, ACT, 0, 8);
}

static int64_t set_mask(int how, uint64_t mask) {
    poke64(BUF, mask);
    return SYS(NR_RT_SIGPROCMASK, (uint64_t)how, BUF, 0, 8);
}

/* Whether the guest is at the start of a handler with the frame Linux would give it. */
static bool in_handler(uint64_t handler, unsigned signal) {
    uint64_t frame = test_vm.x[SP];
    return CHECK_EQ(test_vm.pc, handler) && CHECK_EQ(test_vm.x[A0], signal) &&
           CHECK_EQ(test_vm.x[A1], frame) && CHECK_EQ(test_vm.x[A2], frame + UC) &&
           CHECK_EQ(test_vm.x[RA], TRAMPOLINE) && CHECK_EQ(frame % 16, 0) &&
           CHECK_EQ(peek32(frame + INFO_SIGNO), signal);
}

/* rt_sigreturn made from the current sp, as the trampoline makes it. */
static void sigreturn(void) {
    uint64_t sp = test_vm.x[SP];
    test_vm.pc = CODE_BASE;
    test_vm.x[A7] = NR_RT_SIGRETURN;
    test_vm.x[SP] = sp;
    CHECK(vm_run(&test_vm) == VM_EXIT_ECALL);
    vm_syscall(&test_vm, &host);
}

/* ---- the calls and their errors ---- */

static void test_kill_errors(void) {
    fresh();
    CHECK_EQ(SYS(NR_GETPID), 1);
    CHECK_EQ(SYS(NR_GETTID), 1);
    static const struct {
        uint64_t number, a0, a1, a2;
        int64_t result;
    } cases[] = {
        {NR_KILL, 2, SIGUSR1, 0, -L_ESRCH},
        {NR_KILL, -1ull, SIGUSR1, 0, -L_ESRCH}, /* every process but the caller: none */
        {NR_KILL, -2ull, SIGUSR1, 0, -L_ESRCH}, /* process group 2 */
        {NR_KILL, 0x80000000u, SIGUSR1, 0, -L_ESRCH}, /* INT_MIN */
        {NR_KILL, 1, 65, 0, -L_EINVAL},
        {NR_KILL, 1, -1ull, 0, -L_EINVAL},
        {NR_KILL, 0, 65, 0, -L_EINVAL},
        {NR_KILL, 2, 65, 0, -L_ESRCH}, /* no such process comes first */
        {NR_KILL, 1, 0, 0, 0},         /* signal 0: the process exists */
        {NR_KILL, 0, 0, 0, 0},
        {NR_KILL, (1ull << 32) | 1, 0, 0, 0}, /* pid is an int */
        {NR_TKILL, 0, SIGUSR1, 0, -L_EINVAL},
        {NR_TKILL, -5ull, SIGUSR1, 0, -L_EINVAL},
        {NR_TKILL, 2, SIGUSR1, 0, -L_ESRCH},
        {NR_TKILL, 1, 65, 0, -L_EINVAL},
        {NR_TKILL, 1, 0, 0, 0},
        {NR_TGKILL, 0, 1, SIGUSR1, -L_EINVAL},
        {NR_TGKILL, 1, 0, SIGUSR1, -L_EINVAL},
        {NR_TGKILL, -1ull, 1, SIGUSR1, -L_EINVAL},
        {NR_TGKILL, 2, 1, SIGUSR1, -L_ESRCH},
        {NR_TGKILL, 1, 2, SIGUSR1, -L_ESRCH},
        {NR_TGKILL, 1, 1, 65, -L_EINVAL},
        {NR_TGKILL, 1, 1, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int64_t result = SYS(cases[i].number, cases[i].a0, cases[i].a1, cases[i].a2);
        if (result != cases[i].result) printf("  case %zu\n", i);
        CHECK_EQ(result, cases[i].result);
        CHECK_EQ(test_vm.pc, CODE_BASE + 4);
    }
    CHECK(test_vm.state == VM_STATE_RUNNING);
}

static void test_sigaction_semantics(void) {
    fresh();
    CHECK_EQ(install(SIGUSR1, HANDLER, SA_SIGINFO | SA_RESTORER | 0x400 | SA_RESTART,
                     ~0ull), 0);
    memset(test_memory + BUF, 0xff, 32);
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGUSR1, 0, BUF, 8), 0);
    CHECK_EQ(peek64(BUF), HANDLER);
    CHECK_EQ(peek64(BUF + 8), SA_SIGINFO | SA_RESTART); /* unknown bits cleared, as Linux */
    CHECK_EQ(peek64(BUF + 16), ~0ull & ~bit(SIGKILL) & ~bit(SIGSTOP));
    CHECK_EQ(peek64(BUF + 24), ~0ull); /* 24 bytes, no more */
    /* The order of Linux's checks: sigsetsize, reading act, the signal number. */
    CHECK_EQ(SYS(NR_RT_SIGACTION, 0, 0, 0, 16), -L_EINVAL);
    CHECK_EQ(SYS(NR_RT_SIGACTION, 0, MEM_END - 8, 0, 8), -L_EFAULT);
    CHECK_EQ(SYS(NR_RT_SIGACTION, 0, ACT, 0, 8), -L_EINVAL);
    CHECK_EQ(SYS(NR_RT_SIGACTION, 65, 0, 0, 8), -L_EINVAL);
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGKILL, ACT, 0, 8), -L_EINVAL);
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGSTOP, ACT, 0, 8), -L_EINVAL);
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGKILL, 0, BUF, 8), 0); /* reading it is fine */
    /* A bad oldact is found after the new action is set. */
    CHECK_EQ(install(SIGUSR2, HANDLER2, 0, 0), 0);
    poke64(ACT, HANDLER3);
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGUSR2, ACT, TRAMPOLINE, 8), -L_EFAULT); /* not writable */
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGUSR2, 0, BUF, 8), 0);
    CHECK_EQ(peek64(BUF), HANDLER3);
    /* sigprocmask: SIGKILL and SIGSTOP cannot be blocked; `how` matters with a new set. */
    CHECK_EQ(set_mask(SIG_BLOCK, ~0ull), 0);
    CHECK_EQ(test_vm.signals.blocked, ~0ull & ~bit(SIGKILL) & ~bit(SIGSTOP));
    CHECK_EQ(set_mask(SIG_UNBLOCK, bit(SIGUSR1)), 0);
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, SIG_BLOCK, 0, BUF, 8), 0);
    CHECK_EQ(peek64(BUF), ~0ull & ~bit(SIGKILL) & ~bit(SIGSTOP) & ~bit(SIGUSR1));
    CHECK_EQ(set_mask(SIG_SETMASK, bit(SIGTERM)), 0);
    CHECK_EQ(test_vm.signals.blocked, bit(SIGTERM));
    CHECK_EQ(set_mask(3, 0), -L_EINVAL);
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, 3, MEM_END - 4, 0, 8), -L_EFAULT); /* reading the set first */
    CHECK_EQ(test_vm.signals.blocked, bit(SIGTERM));
}

/* Every call that takes a pointer: -EFAULT for each bad one, nothing changed. */
static void test_bad_pointers(void) {
    static const uint64_t bad[] = {0x800, 0xfff, MEM_END - 1, MEM_END, WRAPPING, GUARD_BOTTOM,
                                   0x8000000000001000ull};
    fresh();
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint64_t p = bad[i];
        CHECK_EQ(SYS(NR_RT_SIGACTION, SIGUSR1, p, 0, 8), -L_EFAULT);
        CHECK_EQ(SYS(NR_RT_SIGACTION, SIGUSR1, 0, p, 8), -L_EFAULT);
        CHECK_EQ(SYS(NR_RT_SIGPROCMASK, SIG_BLOCK, p, 0, 8), -L_EFAULT);
        CHECK_EQ(SYS(NR_RT_SIGPROCMASK, SIG_BLOCK, 0, p, 8), -L_EFAULT);
        CHECK_EQ(SYS(NR_RT_SIGPENDING, p, 8), -L_EFAULT);
        CHECK_EQ(SYS(NR_SIGALTSTACK, p, 0), -L_EFAULT);
        CHECK_EQ(SYS(NR_SIGALTSTACK, 0, p), -L_EFAULT);
    }
    /* Read-only memory is fine to read from, not to fill. */
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, SIG_BLOCK, TRAMPOLINE, 0, 8), 0);
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, SIG_BLOCK, 0, TRAMPOLINE, 8), -L_EFAULT);
    CHECK_EQ(SYS(NR_RT_SIGPENDING, TRAMPOLINE, 8), -L_EFAULT);
    CHECK_EQ(test_vm.signals.action[SIGUSR1 - 1].handler, 0);
    CHECK(test_vm.state == VM_STATE_RUNNING);
}

/* ---- the frame and rt_sigreturn ---- */

/* Distinct values in every register but x0, sp and the call's own a0, a1 and a7. */
static void fill_registers(uint64_t salt) {
    for (unsigned i = 1; i < 32; i++)
        if (i != SP && i != A0 && i != A1 && i != A7) test_vm.x[i] = salt * 0x100 + i;
    for (unsigned i = 0; i < 32; i++) test_vm.f[i] = 0xfff0000000000000ull | (salt << 8) | i;
    test_vm.frm = 3;
    test_vm.fflags = 0x15;
}

static void test_frame_layout(void) {
    fresh();
    CHECK_EQ(install(SIGUSR1, HANDLER, SA_SIGINFO, bit(SIGUSR2)), 0);
    CHECK_EQ(set_mask(SIG_SETMASK, bit(SIGTERM)), 0);
    memset(test_memory + STACK_TOP - 0x1000, 0xee, 0x1000);
    fill_registers(7);
    test_vm.x[SP] = STACK_TOP - 8; /* not 16-aligned */
    uint64_t frame = (STACK_TOP - 8 - FRAME_SIZE) & ~15ull;
    uint64_t saved[32], saved_f[32];
    memcpy(saved, test_vm.x, sizeof saved);
    memcpy(saved_f, test_vm.f, sizeof saved_f);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGUSR1); /* a0 now holds the signal number */
    if (!in_handler(HANDLER, SIGUSR1)) return;
    CHECK_EQ(test_vm.x[SP], frame);
    /* siginfo: kill's, from process 1, user 0 */
    CHECK_EQ(peek32(frame + INFO_ERRNO), 0);
    CHECK_EQ(peek32(frame + INFO_CODE), (uint32_t)SI_USER);
    CHECK_EQ(peek32(frame + INFO_PID), 1);
    CHECK_EQ(peek32(frame + INFO_UID), 0);
    CHECK(zero(frame + 24, 128 - 24));
    /* ucontext */
    CHECK_EQ(peek64(frame + UC_FLAGS), 0);
    CHECK_EQ(peek64(frame + UC_LINK), 0);
    CHECK_EQ(peek64(frame + UC_STACK), 0);
    CHECK_EQ(peek32(frame + UC_STACK + 8), SS_DISABLE);
    CHECK_EQ(peek32(frame + UC_STACK + 12), 0);
    CHECK_EQ(peek64(frame + UC_STACK + 16), 0);
    CHECK_EQ(peek64(frame + UC_SIGMASK), bit(SIGTERM));
    CHECK(zero(frame + UC_SIGMASK + 8, 120 + 8)); /* reserved, then padding to 16 */
    CHECK_EQ(peek64(frame + REGS), CODE_BASE + 4);
    for (unsigned i = 1; i < 32; i++) {
        /* kill's arguments: a0 (now its result, 0), a1, and a2, a3 (0 from sys6) */
        uint64_t expected = i == A0 || i == A2 || i == A3 ? 0 : i == A7 ? NR_KILL : i == A1 ? SIGUSR1 : saved[i];
        if (!CHECK_EQ(peek64(frame + REGS + 8 * i), expected)) printf("  x%u\n", i);
    }
    for (unsigned i = 0; i < 32; i++) CHECK_EQ(peek64(frame + FPREGS + 8 * i), saved_f[i]);
    CHECK_EQ(peek32(frame + FCSR), 3 << 5 | 0x15);
    CHECK(zero(frame + FCSR + 4, FRAME_SIZE - (FCSR + 4)));
    CHECK_EQ(test_memory[frame - 1], 0xee); /* nothing below the frame written */
    /* Registers Linux does not set keep their values. */
    for (unsigned i = 3; i < 32; i++)
        if (i != A0 && i != A1 && i != A2 && i != A3 && i != A7) CHECK_EQ(test_vm.x[i], saved[i]);
    CHECK_EQ(test_vm.signals.blocked, bit(SIGTERM) | bit(SIGUSR1) | bit(SIGUSR2));
}

static void test_sigreturn_restores(void) {
    fresh();
    CHECK_EQ(install(SIGUSR1, HANDLER, 0, 0), 0);
    CHECK_EQ(set_mask(SIG_SETMASK, bit(SIGTERM)), 0);
    fill_registers(3);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGUSR1);
    uint64_t frame = test_vm.x[SP];
    /* What the handler changed in the frame takes effect; what it did to the registers not. */
    poke64(frame + REGS, 0x3001);                  /* pc, odd: bit 0 reads as zero */
    poke64(frame + REGS + 8 * T0, 0x1234);
    poke64(frame + REGS + 8 * SP, 0x3fe000);
    poke64(frame + REGS + 8 * A0, 0xa0a0);
    poke64(frame + FPREGS + 8 * 7, 0x4004000000000000ull); /* 2.5 */
    poke32(frame + FCSR, 0xffffff40);              /* round down (2), no flags */
    poke64(frame + UC_SIGMASK, ~0ull);
    for (unsigned i = 1; i < 32; i++) test_vm.x[i] = 0xdead0000 + i;
    for (unsigned i = 0; i < 32; i++) test_vm.f[i] = 0xbad;
    test_vm.frm = 7;
    test_vm.fflags = 0x1f;
    test_vm.x[SP] = frame;
    sigreturn();
    CHECK(test_vm.state == VM_STATE_RUNNING);
    CHECK_EQ(test_vm.pc, 0x3000);
    CHECK_EQ(test_vm.x[T0], 0x1234);
    CHECK_EQ(test_vm.x[SP], 0x3fe000);
    CHECK_EQ(test_vm.x[A0], 0xa0a0); /* the call's "result" is the restored a0 */
    CHECK_EQ(test_vm.x[A7], NR_KILL);
    CHECK_EQ(test_vm.x[RA], 3 * 0x100 + RA);
    for (unsigned i = 3; i < 32; i++)
        if (i != T0 && i != A0 && i != A1 && i != A2 && i != A3 && i != A7) CHECK_EQ(test_vm.x[i], 3 * 0x100 + i);
    CHECK_EQ(test_vm.x[A1], SIGUSR1);
    CHECK_EQ(test_vm.x[0], 0);
    CHECK_EQ(test_vm.f[7], 0x4004000000000000ull);
    CHECK_EQ(test_vm.f[8], 0xfff0000000000000ull | (3 << 8) | 8);
    CHECK_EQ(test_vm.frm, 2);
    CHECK_EQ(test_vm.fflags, 0);
    CHECK_EQ(test_vm.signals.blocked, ~0ull & ~bit(SIGKILL) & ~bit(SIGSTOP));
}

/* A whole round trip on real code: the handler changes the interrupted t0 in its frame and
 * returns through the trampoline; the program goes on after its kill and exits with t0. */
static void test_round_trip(void) {
    const uint32_t program[] = {
        insn_addi(T0, 0, 5),
        insn_addi(A0, 0, 1), insn_addi(A1, 0, SIGUSR1), insn_addi(A7, 0, NR_KILL), insn_ecall(),
        insn_addi(A0, T0, 0), insn_addi(A7, 0, NR_EXIT), insn_ecall(),
    };
    const uint32_t handler[] = {
        insn_addi(T1, 0, 77),
        enc_s(REGS + 8 * T0, T1, SP, 3, 0x23), /* sd t1, t0's slot(sp) */
        insn_addi(T0, 0, 99),                  /* clobbered here, restored by rt_sigreturn */
        enc_i(0, RA, 0, 0, 0x67),              /* ret */
    };
    fresh();
    CHECK_EQ(install(SIGUSR1, HANDLER, 0, 0), 0);
    put_code(CODE_BASE, program, sizeof program);
    put_code(HANDLER, handler, sizeof handler);
    test_vm.pc = CODE_BASE;
    test_vm.instret = 0;
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_HALTED);
    CHECK_EQ(test_vm.exit_status, 77);
    CHECK_EQ(test_vm.x[SP], STACK_TOP);
    CHECK_EQ(test_vm.signals.blocked, 0);
    /* 8 + 4 instructions, 2 in the trampoline, and the work: the frame's page and one unit
     * on delivery (the frame ends at the page boundary 0x3ff000), the page of its ucontext on
     * return, and the frame's bytes, one unit per 16: the 1088-byte frame written, its 960-byte
     * ucontext read back. */
    CHECK_EQ(test_vm.instret, 8 + 4 + 2 + 2 + 1 + 1088 / 16 + 960 / 16);
}

/* ---- pending, blocked, order ---- */

static void test_blocked_pending(void) {
    fresh();
    CHECK_EQ(install(SIGUSR1, HANDLER, 0, 0), 0);
    CHECK_EQ(set_mask(SIG_BLOCK, bit(SIGUSR1)), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), 0);
    CHECK_EQ(SYS(NR_TKILL, 1, SIGUSR1), 0); /* a standard signal does not queue */
    CHECK_EQ(test_vm.pc, CODE_BASE + 4);
    memset(test_memory + BUF, 0xff, 16);
    CHECK_EQ(SYS(NR_RT_SIGPENDING, BUF, 8), 0);
    CHECK_EQ(peek64(BUF), bit(SIGUSR1));
    CHECK_EQ(peek64(BUF + 8), ~0ull);
    memset(test_memory + BUF, 0xff, 16);
    CHECK_EQ(SYS(NR_RT_SIGPENDING, BUF, 4), 0); /* sigsetsize bytes */
    CHECK_EQ(peek64(BUF), 0xffffffff00000000ull | bit(SIGUSR1));
    CHECK_EQ(SYS(NR_RT_SIGPENDING, BUF, 9), -L_EINVAL);
    CHECK_EQ(SYS(NR_RT_SIGPENDING, 0, 0), 0);
    /* Unblocked: delivered as rt_sigprocmask returns, once. */
    uint64_t sp = test_vm.x[SP];
    CHECK_EQ(set_mask(SIG_UNBLOCK, bit(SIGUSR1)), SIGUSR1);
    if (!in_handler(HANDLER, SIGUSR1)) return;
    CHECK_EQ(peek64(test_vm.x[SP] + REGS), CODE_BASE + 4);
    CHECK_EQ(peek64(test_vm.x[SP] + REGS + 8 * A0), 0); /* sigprocmask's result */
    CHECK_EQ(peek64(test_vm.x[SP] + UC_SIGMASK), 0);    /* the mask it set */
    CHECK_EQ(test_vm.signals.pending, 0);
    sigreturn();
    CHECK_EQ(test_vm.pc, CODE_BASE + 4);
    CHECK_EQ(test_vm.x[SP], sp);
    CHECK_EQ(test_vm.signals.blocked, 0);
}

static void test_realtime_queue(void) {
    const unsigned rt = SIGRTMIN + 2;
    fresh();
    CHECK_EQ(install(rt, HANDLER, 0, 0), 0);
    CHECK_EQ(set_mask(SIG_BLOCK, bit(rt)), 0);
    for (int i = 0; i < 3; i++) CHECK_EQ(SYS(NR_TGKILL, 1, 1, rt), 0);
    CHECK_EQ(set_mask(SIG_UNBLOCK, bit(rt)), rt);
    int delivered = 0;
    for (int round = 0; round < 5 && test_vm.pc == HANDLER; round++) {
        delivered++;
        CHECK_EQ(peek32(test_vm.x[SP] + INFO_CODE), (uint32_t)SI_TKILL);
        sigreturn(); /* unblocks rt: the next instance arrives at once */
    }
    CHECK_EQ(delivered, 3);
    CHECK_EQ(test_vm.signals.pending, 0);
    /* 1 + 64 instances wait at most; then tkill says -EAGAIN, kill drops it quietly. */
    CHECK_EQ(set_mask(SIG_BLOCK, bit(rt)), 0);
    for (int i = 0; i < 65; i++) CHECK_EQ(SYS(NR_TKILL, 1, rt), 0);
    CHECK_EQ(SYS(NR_TKILL, 1, rt), -L_EAGAIN);
    CHECK_EQ(SYS(NR_KILL, 1, rt), 0);
    CHECK_EQ(set_mask(SIG_UNBLOCK, bit(rt)), rt);
    delivered = 0;
    for (int round = 0; round < 100 && test_vm.pc == HANDLER; round++) {
        delivered++;
        sigreturn();
    }
    CHECK_EQ(delivered, 65);
}

/* Three pending signals unblocked at once: Linux delivers all before returning, synchronous
 * ones (SIGSEGV) first, then by number; each frame nests on the last, so the last delivered,
 * SIGUSR2, runs first and returns into SIGUSR1's handler, which returns into SIGSEGV's. */
static void test_delivery_order(void) {
    fresh();
    CHECK_EQ(install(SIGSEGV, HANDLER, 0, 0), 0);
    CHECK_EQ(install(SIGUSR1, HANDLER2, 0, 0), 0);
    CHECK_EQ(install(SIGUSR2, HANDLER3, 0, 0), 0);
    CHECK_EQ(set_mask(SIG_BLOCK, bit(SIGSEGV) | bit(SIGUSR1) | bit(SIGUSR2)), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR2), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGSEGV), 0);
    CHECK_EQ(set_mask(SIG_SETMASK, 0), SIGUSR2);
    if (!in_handler(HANDLER3, SIGUSR2)) return;
    uint64_t usr2 = test_vm.x[SP], usr1 = usr2 + FRAME_SIZE, segv = usr1 + FRAME_SIZE;
    CHECK_EQ(peek64(usr2 + REGS), HANDLER2);
    CHECK_EQ(peek64(usr1 + REGS), HANDLER);
    CHECK_EQ(peek64(segv + REGS), CODE_BASE + 4);
    CHECK_EQ(peek32(segv + INFO_SIGNO), SIGSEGV);
    CHECK_EQ(peek64(segv + UC_SIGMASK), 0);
    CHECK_EQ(peek64(usr1 + UC_SIGMASK), bit(SIGSEGV));
    CHECK_EQ(peek64(usr2 + UC_SIGMASK), bit(SIGSEGV) | bit(SIGUSR1));
    CHECK_EQ(segv + FRAME_SIZE, STACK_TOP);
}

static void test_mask_nodefer_resethand(void) {
    fresh();
    /* sa_mask: SIGUSR2 waits while SIGUSR1's handler runs, and arrives on its rt_sigreturn. */
    CHECK_EQ(install(SIGUSR1, HANDLER, 0, bit(SIGUSR2)), 0);
    CHECK_EQ(install(SIGUSR2, HANDLER2, 0, 0), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGUSR1);
    if (!in_handler(HANDLER, SIGUSR1)) return;
    uint64_t frame = test_vm.x[SP];
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR2), 0);
    CHECK_EQ(test_vm.pc, CODE_BASE + 4);
    CHECK_EQ(test_vm.signals.pending, bit(SIGUSR2));
    test_vm.x[SP] = frame;
    sigreturn(); /* returns to the program, and SIGUSR2 is delivered there */
    if (!in_handler(HANDLER2, SIGUSR2)) return;
    CHECK_EQ(test_vm.x[SP], frame);
    CHECK_EQ(peek64(frame + REGS), CODE_BASE + 4);
    /* Its own signal is blocked in a handler too, and waits for rt_sigreturn. */
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR2), 0);
    CHECK_EQ(test_vm.pc, CODE_BASE + 4);
    sigreturn();
    CHECK(in_handler(HANDLER2, SIGUSR2));

    /* SA_NODEFER: the signal is not blocked in its own handler, so it nests. */
    fresh();
    CHECK_EQ(install(SIGUSR1, HANDLER, SA_NODEFER, 0), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGUSR1);
    frame = test_vm.x[SP];
    CHECK_EQ(test_vm.signals.blocked, 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGUSR1);
    if (!in_handler(HANDLER, SIGUSR1)) return;
    CHECK_EQ(test_vm.x[SP] + FRAME_SIZE, frame);

    /* SA_RESETHAND: one delivery, then the default action (SIGUSR1's: terminate). */
    fresh();
    CHECK_EQ(install(SIGUSR1, HANDLER, SA_RESETHAND | SA_SIGINFO, 0), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGUSR1);
    CHECK(in_handler(HANDLER, SIGUSR1));
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGUSR1, 0, BUF, 8), 0);
    CHECK_EQ(peek64(BUF), 0);
    CHECK_EQ(peek64(BUF + 8), SA_RESETHAND | SA_SIGINFO); /* the flags stay, as on Linux */
    sigreturn();
    SYS(NR_KILL, 1, SIGUSR1);
    CHECK(test_vm.state == VM_STATE_KILLED);
    CHECK_EQ(test_vm.signals.fatal, SIGUSR1);
}

/* ---- default actions, SIG_IGN, the halting line ---- */

static void expect_killed(unsigned signal, const char *line_start) {
    fresh();
    uint64_t before = test_vm.instret;
    SYS(NR_TKILL, 1, signal);
    if (!CHECK(test_vm.state == VM_STATE_KILLED)) return;
    CHECK_EQ(test_vm.signals.fatal, signal);
    CHECK_EQ(vm_exit_status(&test_vm), 128 + signal);
    CHECK_EQ(test_vm.pc, CODE_BASE + 4);
    char line[VM_HALTING_LINE_MAX], expected[VM_HALTING_LINE_MAX];
    vm_halting_line(&test_vm, line, sizeof line);
    snprintf(expected, sizeof expected, "%s pc=0x1004 instret=%llu", line_start,
             (unsigned long long)(before + 2)); /* the ecall and one unit of delivery work */
    if (!CHECK(strcmp(line, expected) == 0)) printf("  got \"%s\", expected \"%s\"\n", line, expected);
}

static void test_default_actions(void) {
    expect_killed(SIGABRT, "vm: killed signal=SIGABRT");
    expect_killed(SIGTERM, "vm: killed signal=SIGTERM");
    expect_killed(SIGKILL, "vm: killed signal=SIGKILL");
    expect_killed(SIGSEGV, "vm: killed signal=SIGSEGV");
    expect_killed(SIGUSR2, "vm: killed signal=SIGUSR2");
    expect_killed(1, "vm: killed signal=SIGHUP");
    expect_killed(31, "vm: killed signal=SIGSYS");
    expect_killed(SIGSTOP, "vm: killed signal=SIGSTOP"); /* nothing could continue it */
    expect_killed(SIGTSTP, "vm: killed signal=SIGTSTP");
    expect_killed(SIGRTMIN, "vm: killed signal=SIGRTMIN");
    expect_killed(SIGRTMIN + 8, "vm: killed signal=SIGRTMIN+8");
    expect_killed(64, "vm: killed signal=SIGRTMIN+32");
    /* Ignored by default: dropped, the program goes on. */
    static const unsigned ignored[] = {SIGCHLD, SIGCONT, SIGURG, SIGWINCH};
    fresh();
    for (size_t i = 0; i < sizeof ignored / sizeof ignored[0]; i++) {
        CHECK_EQ(SYS(NR_KILL, 1, ignored[i]), 0);
        CHECK(test_vm.state == VM_STATE_RUNNING);
        CHECK_EQ(test_vm.pc, CODE_BASE + 4);
    }
    CHECK_EQ(test_vm.signals.pending, 0);
}

static void test_ignore(void) {
    fresh();
    CHECK_EQ(install(SIGTERM, SIG_IGN, 0, 0), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGTERM), 0);
    CHECK(test_vm.state == VM_STATE_RUNNING);
    CHECK_EQ(test_vm.signals.pending, 0);
    /* Blocked, an ignored signal still waits (its action may change before it is unblocked). */
    CHECK_EQ(set_mask(SIG_BLOCK, bit(SIGTERM)), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGTERM), 0);
    CHECK_EQ(test_vm.signals.pending, bit(SIGTERM));
    CHECK_EQ(install(SIGTERM, HANDLER, 0, 0), 0);
    CHECK_EQ(set_mask(SIG_SETMASK, 0), SIGTERM);
    CHECK(in_handler(HANDLER, SIGTERM));
    /* Setting SIG_IGN discards what is pending, blocked or not. */
    fresh();
    CHECK_EQ(set_mask(SIG_BLOCK, bit(SIGUSR1) | bit(SIGCHLD)), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGCHLD), 0);
    CHECK_EQ(test_vm.signals.pending, bit(SIGUSR1) | bit(SIGCHLD));
    CHECK_EQ(install(SIGUSR1, SIG_IGN, 0, 0), 0);
    CHECK_EQ(install(SIGCHLD, 0, 0, 0), 0); /* SIG_DFL, whose action is to ignore */
    CHECK_EQ(test_vm.signals.pending, 0);
    CHECK_EQ(set_mask(SIG_SETMASK, 0), 0);
    CHECK(test_vm.state == VM_STATE_RUNNING);
    /* A stop signal cancels a pending SIGCONT, and SIGCONT pending stop signals. */
    fresh();
    CHECK_EQ(set_mask(SIG_BLOCK, bit(SIGCONT) | bit(SIGTSTP)), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGCONT), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGTSTP), 0);
    CHECK_EQ(test_vm.signals.pending, bit(SIGTSTP));
    CHECK_EQ(SYS(NR_KILL, 1, SIGCONT), 0);
    CHECK_EQ(test_vm.signals.pending, bit(SIGCONT));
}

static void test_signal_names(void) {
    static const char *const names[32] = {
        0, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
        "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
        "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
        "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
    };
    for (unsigned signal = 1; signal <= 64; signal++) {
        fresh();
        test_vm.state = VM_STATE_KILLED;
        test_vm.signals.fatal = signal;
        test_vm.pc = 0x10abc;
        test_vm.instret = 42;
        char line[VM_HALTING_LINE_MAX], expected[VM_HALTING_LINE_MAX];
        vm_halting_line(&test_vm, line, sizeof line);
        if (signal < 32) snprintf(expected, sizeof expected, "vm: killed signal=%s pc=0x10abc instret=42", names[signal]);
        else if (signal == 32) snprintf(expected, sizeof expected, "vm: killed signal=SIGRTMIN pc=0x10abc instret=42");
        else snprintf(expected, sizeof expected, "vm: killed signal=SIGRTMIN+%u pc=0x10abc instret=42", signal - 32);
        if (!CHECK(strcmp(line, expected) == 0)) printf("  got \"%s\", expected \"%s\"\n", line, expected);
        CHECK_EQ(vm_exit_status(&test_vm), 128 + signal);
    }
}

/* ---- the alternate stack ---- */

static int64_t altstack(uint64_t sp, uint64_t flags, uint64_t size, uint64_t old) {
    poke64(BUF, sp);
    poke64(BUF + 8, flags); /* an int, then padding */
    poke64(BUF + 16, size);
    return SYS(NR_SIGALTSTACK, BUF, old);
}

static bool altstack_is(uint64_t sp, uint32_t flags, uint64_t size) {
    memset(test_memory + BUF + 32, 0xff, 24);
    if (!CHECK_EQ(SYS(NR_SIGALTSTACK, 0, BUF + 32), 0)) return false;
    bool ok = CHECK_EQ(peek64(BUF + 32), sp); /* every check runs */
    ok &= CHECK_EQ(peek32(BUF + 40), flags);
    ok &= CHECK_EQ(peek32(BUF + 44), 0);
    ok &= CHECK_EQ(peek64(BUF + 48), size);
    return ok;
}

static void test_sigaltstack_calls(void) {
    fresh();
    CHECK(altstack_is(0, SS_DISABLE, 0));
    CHECK_EQ(altstack(ALT, 0, 2047, 0), -L_ENOMEM);
    CHECK_EQ(altstack(ALT, 3, ALT_SIZE, 0), -L_EINVAL);
    CHECK_EQ(altstack(ALT, 4, ALT_SIZE, 0), -L_EINVAL);
    CHECK_EQ(altstack(ALT, SS_AUTODISARM | SS_DISABLE | 1, ALT_SIZE, 0), -L_EINVAL);
    CHECK(altstack_is(0, SS_DISABLE, 0));
    CHECK_EQ(altstack(ALT, 0, 2048, 0), 0); /* MINSIGSTKSZ is enough */
    CHECK(altstack_is(ALT, 0, 2048));
    CHECK_EQ(altstack(ALT, SS_ONSTACK, ALT_SIZE, 0), 0); /* accepted as 0 */
    CHECK(altstack_is(ALT, 0, ALT_SIZE));
    CHECK_EQ(altstack(ALT, SS_AUTODISARM, ALT_SIZE, 0), 0);
    CHECK(altstack_is(ALT, SS_AUTODISARM, ALT_SIZE));
    CHECK_EQ(altstack(12345, SS_DISABLE, 0, 0), 0); /* size and base are ignored */
    CHECK(altstack_is(0, SS_DISABLE, 0));
    /* The old settings are written after the new ones apply, as Linux does. */
    CHECK_EQ(altstack(ALT, 0, ALT_SIZE, TRAMPOLINE), -L_EFAULT);
    CHECK(altstack_is(ALT, 0, ALT_SIZE));
    /* On the alternate stack it cannot change: -EPERM; its flags say SS_ONSTACK. */
    test_vm.x[SP] = ALT + ALT_SIZE; /* the top counts as on it */
    CHECK(altstack_is(ALT, SS_ONSTACK, ALT_SIZE));
    CHECK_EQ(altstack(ALT, SS_DISABLE, 0, 0), -L_EPERM);
    test_vm.x[SP] = ALT; /* the base does not */
    CHECK(altstack_is(ALT, 0, ALT_SIZE));
    CHECK_EQ(altstack(ALT, SS_DISABLE, 0, 0), 0);
}

static void test_onstack_delivery(void) {
    fresh();
    CHECK_EQ(altstack(ALT, 0, ALT_SIZE, 0), 0);
    CHECK_EQ(install(SIGUSR1, HANDLER, SA_ONSTACK, 0), 0);
    CHECK_EQ(install(SIGUSR2, HANDLER2, SA_ONSTACK | SA_NODEFER, 0), 0);
    CHECK_EQ(install(SIGTERM, HANDLER3, 0, 0), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGUSR1);
    if (!in_handler(HANDLER, SIGUSR1)) return;
    uint64_t frame = test_vm.x[SP];
    CHECK_EQ(frame, (ALT + ALT_SIZE - FRAME_SIZE) & ~15ull);
    CHECK_EQ(peek64(frame + UC_STACK), ALT);
    CHECK_EQ(peek32(frame + UC_STACK + 8), 0);
    CHECK_EQ(peek64(frame + UC_STACK + 16), ALT_SIZE);
    CHECK_EQ(peek64(frame + REGS + 8 * SP), STACK_TOP);
    CHECK(altstack_is(ALT, SS_ONSTACK, ALT_SIZE));
    CHECK_EQ(altstack(ALT, 0, ALT_SIZE, 0), -L_EPERM);
    /* Already on it: the next frame goes below the current sp, with or without SA_ONSTACK. */
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR2), SIGUSR2);
    CHECK_EQ(test_vm.x[SP], (frame - FRAME_SIZE) & ~15ull);
    CHECK_EQ(SYS(NR_KILL, 1, SIGTERM), SIGTERM);
    CHECK_EQ(test_vm.pc, HANDLER3);
    CHECK_EQ(test_vm.x[SP], (frame - 2 * FRAME_SIZE) & ~15ull);
    /* Without SA_ONSTACK from the ordinary stack: the ordinary stack. */
    fresh();
    CHECK_EQ(altstack(ALT, 0, ALT_SIZE, 0), 0);
    CHECK_EQ(install(SIGTERM, HANDLER3, 0, 0), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGTERM), SIGTERM);
    CHECK_EQ(test_vm.x[SP], (STACK_TOP - FRAME_SIZE) & ~15ull);
    /* A frame that does not fit in what is left of the alternate stack: SIGSEGV, and with no
     * handler for it, the end. */
    fresh();
    CHECK_EQ(altstack(ALT, 0, ALT_SIZE, 0), 0);
    CHECK_EQ(install(SIGUSR1, HANDLER, SA_ONSTACK, 0), 0);
    test_vm.x[SP] = ALT + 1000;
    SYS(NR_KILL, 1, SIGUSR1);
    CHECK(test_vm.state == VM_STATE_KILLED);
    CHECK_EQ(test_vm.signals.fatal, SIGSEGV);
    CHECK(zero(ALT, ALT_SIZE)); /* nothing written */
}

static void test_autodisarm_and_restore(void) {
    fresh();
    CHECK_EQ(altstack(ALT, SS_AUTODISARM, ALT_SIZE, 0), 0);
    CHECK_EQ(install(SIGUSR1, HANDLER, SA_ONSTACK | SA_NODEFER, 0), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGUSR1);
    uint64_t frame = test_vm.x[SP];
    CHECK_EQ(frame, (ALT + ALT_SIZE - FRAME_SIZE) & ~15ull);
    CHECK_EQ(peek32(frame + UC_STACK + 8), (uint32_t)SS_AUTODISARM);
    CHECK(altstack_is(0, SS_DISABLE, 0)); /* disarmed while the handler runs */
    CHECK_EQ(altstack(ALT + 0x100, 0, 0x3000, 0), 0); /* and may be changed */
    test_vm.x[SP] = frame;
    sigreturn(); /* restores the one saved in the frame */
    CHECK(altstack_is(ALT, SS_AUTODISARM, ALT_SIZE));
    /* rt_sigreturn takes the alternate stack a handler writes into its frame. */
    fresh();
    CHECK_EQ(install(SIGUSR1, HANDLER, 0, 0), 0);
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGUSR1);
    frame = test_vm.x[SP];
    poke64(frame + UC_STACK, ALT);
    poke32(frame + UC_STACK + 8, 0);
    poke64(frame + UC_STACK + 16, ALT_SIZE);
    sigreturn();
    CHECK(altstack_is(ALT, 0, ALT_SIZE));
    /* ...but not one the restored sp is on (Linux ignores that error). */
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGUSR1);
    frame = test_vm.x[SP];
    poke64(frame + UC_STACK, 0);
    poke32(frame + UC_STACK + 8, SS_DISABLE);
    poke64(frame + REGS + 8 * SP, ALT + 0x100);
    sigreturn();
    CHECK_EQ(test_vm.x[SP], ALT + 0x100);
    CHECK(altstack_is(ALT, SS_ONSTACK, ALT_SIZE));
}

/* ---- faults ---- */

/* Runs `code` from CODE_BASE with a handler at HANDLER that exits with its a0, the signal
 * number; returns the frame's address (the handler's sp), or 0 when the run ends otherwise. */
static uint64_t fault_into_handler(const uint32_t *code, size_t count, unsigned signal, uint64_t flags) {
    const uint32_t exit_with_a0[] = {insn_addi(A7, 0, NR_EXIT), insn_ecall()};
    fresh();
    CHECK_EQ(install(signal, HANDLER, flags, 0), 0);
    put_code(CODE_BASE, code, count * 4);
    put_code(HANDLER, exit_with_a0, sizeof exit_with_a0);
    test_vm.pc = CODE_BASE;
    enum vm_state state = vm_run_guest(&test_vm, &host);
    if (state != VM_STATE_HALTED) return 0;
    CHECK_EQ(test_vm.exit_status, signal);
    CHECK_EQ(test_vm.fault.cause, VM_FAULT_NONE);
    return test_vm.x[SP];
}

static void expect_fault_frame(const char *what, const uint32_t *code, size_t count, unsigned signal,
                               int32_t si_code, uint64_t si_addr, uint64_t pc) {
    uint64_t frame = fault_into_handler(code, count, signal, SA_SIGINFO);
    if (!CHECK(frame != 0)) {
        printf("  %s: the handler did not run\n", what);
        return;
    }
    bool ok = CHECK_EQ(peek32(frame + INFO_SIGNO), signal); /* every check runs */
    ok &= CHECK_EQ(peek32(frame + INFO_CODE), (uint32_t)si_code);
    ok &= CHECK_EQ(peek64(frame + INFO_ADDR), si_addr);
    ok &= CHECK_EQ(peek64(frame + REGS), pc);
    if (!ok) printf("  %s\n", what);
}

/* lui+addi: t0 = value (below 2 GiB). */
#define LOAD_T0(value) \
    enc_u(((value) + 0x800u) >> 12, T0, 0x37), enc_i((value) & 0xfffu, T0, 0, T0, 0x13)

static void test_fault_signals(void) {
    const uint32_t load_unmapped[] = {LOAD_T0(0x10), enc_i(0, T0, 3, T1, 0x03)};
    expect_fault_frame("load from 0x10", load_unmapped, 3, SIGSEGV, SEGV_MAPERR, 0x10, CODE_BASE + 8);
    const uint32_t load_gap[] = {LOAD_T0(0x3b8000), enc_i(8, T0, 3, T1, 0x03)};
    expect_fault_frame("load from the guard gap", load_gap, 3, SIGSEGV, SEGV_MAPERR, 0x3b8008, CODE_BASE + 8);
    const uint32_t load_free[] = {LOAD_T0(0x200000), enc_i(0, T0, 2, T1, 0x03)};
    expect_fault_frame("load from a free page", load_free, 3, SIGSEGV, SEGV_MAPERR, 0x200000, CODE_BASE + 8);
    const uint32_t load_outside[] = {LOAD_T0(0x400000), enc_i(0, T0, 0, T1, 0x03)};
    expect_fault_frame("load outside memory", load_outside, 3, SIGSEGV, SEGV_MAPERR, 0x400000, CODE_BASE + 8);
    const uint32_t store_trampoline[] = {LOAD_T0(TRAMPOLINE), enc_s(4, 0, T0, 2, 0x23)};
    expect_fault_frame("store to the trampoline page", store_trampoline, 3, SIGSEGV, SEGV_ACCERR,
                       TRAMPOLINE + 4, CODE_BASE + 8);
    /* A doubleword from the image's last page onto the free page above it: the free page's. */
    const uint32_t load_straddle[] = {LOAD_T0(0x12ffc), enc_i(0, T0, 3, T1, 0x03)};
    expect_fault_frame("load running off the image", load_straddle, 3, SIGSEGV, SEGV_MAPERR, 0x12ffc,
                       CODE_BASE + 8);
    const uint32_t fetch_stack[] = {LOAD_T0(0x3fe000), enc_i(0, T0, 0, RA, 0x67)};
    expect_fault_frame("jump to the stack", fetch_stack, 3, SIGSEGV, SEGV_ACCERR, 0x3fe000, 0x3fe000);
    const uint32_t breakpoint[] = {insn_addi(T0, 0, 1), 0x00100073u};
    expect_fault_frame("ebreak", breakpoint, 2, SIGTRAP, TRAP_BRKPT, CODE_BASE + 4, CODE_BASE + 4);
    const uint32_t illegal[] = {insn_addi(T0, 0, 1), 0xffffffffu};
    expect_fault_frame("illegal instruction", illegal, 2, SIGILL, ILL_ILLOPC, CODE_BASE + 4, CODE_BASE + 4);
    const uint32_t misaligned[] = {LOAD_T0(0x9002), enc_r(0, T1, T0, 2, T2, 0x2f)}; /* amoadd.w */
    expect_fault_frame("misaligned amoadd.w", misaligned, 3, SIGBUS, BUS_ADRALN, 0x9002, CODE_BASE + 8);
    const uint32_t lr[] = {LOAD_T0(0x9004), enc_r(0x08, 0, T0, 3, T2, 0x2f)}; /* lr.d */
    expect_fault_frame("misaligned lr.d", lr, 3, SIGBUS, BUS_ADRALN, 0x9004, CODE_BASE + 8);
}

/* With no handler, or the signal blocked or ignored, a fault ends the run as it always did. */
static void test_fault_without_handler(void) {
    const uint32_t load_null[] = {enc_i(0, 0, 3, T1, 0x03)};
    for (int variant = 0; variant < 3; variant++) {
        fresh();
        if (variant == 1) CHECK_EQ(install(SIGSEGV, HANDLER, 0, 0) | set_mask(SIG_BLOCK, bit(SIGSEGV)), 0);
        if (variant == 2) CHECK_EQ(install(SIGSEGV, SIG_IGN, 0, 0), 0);
        put_code(CODE_BASE, load_null, sizeof load_null);
        test_vm.pc = CODE_BASE;
        test_vm.instret = 0;
        CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_ERRORED);
        char line[VM_HALTING_LINE_MAX];
        vm_halting_line(&test_vm, line, sizeof line);
        if (!CHECK(strcmp(line, "vm: errored cause=load-access-fault addr=0x0 pc=0x1000 instret=0") == 0))
            printf("  variant %d: %s\n", variant, line);
        CHECK_EQ(vm_exit_status(&test_vm), 139);
    }
}

/* A handler that skips the faulting instruction by moving the frame's pc, and reports si_code,
 * si_addr and the signal in the frame's t1, t2 and t3; the program then exits with 7. */
static void test_fault_recovered(void) {
    const uint32_t program[] = {
        LOAD_T0(0x3b0010), enc_i(0, T0, 3, 29, 0x03), /* ld t4, 0(t0): the guard gap */
        insn_addi(A0, 0, 7), insn_addi(A7, 0, NR_EXIT), insn_ecall(),
    };
    const uint32_t handler[] = {
        enc_i(REGS, SP, 3, T0, 0x03), insn_addi(T0, T0, 4), enc_s(REGS, T0, SP, 3, 0x23),
        enc_i(INFO_CODE, A1, 2, T1, 0x03), enc_s(REGS + 8 * T1, T1, SP, 3, 0x23),
        enc_i(INFO_ADDR, A1, 3, T2, 0x03), enc_s(REGS + 8 * T2, T2, SP, 3, 0x23),
        enc_s(REGS + 8 * T3, A0, SP, 3, 0x23), enc_i(0, RA, 0, 0, 0x67),
    };
    fresh();
    CHECK_EQ(install(SIGSEGV, HANDLER, SA_SIGINFO, 0), 0);
    put_code(CODE_BASE, program, sizeof program);
    put_code(HANDLER, handler, sizeof handler);
    test_vm.pc = CODE_BASE;
    test_vm.instret = 0;
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_HALTED);
    CHECK_EQ(test_vm.exit_status, 7);
    CHECK_EQ(test_vm.x[T1], SEGV_MAPERR);
    CHECK_EQ(test_vm.x[T2], 0x3b0010);
    CHECK_EQ(test_vm.x[T3], SIGSEGV);
    CHECK_EQ(test_vm.x[29], 0); /* the load never happened */
    CHECK_EQ(test_vm.signals.blocked, 0);
    /* 2 + 3 instructions (the faulting one does not retire), 9 in the handler, 2 in the
     * trampoline; work: the frame's page and one unit on delivery, a page on return, one unit
     * per 16 bytes of the frame written and of its ucontext read back. */
    CHECK_EQ(test_vm.instret, 5 + 9 + 2 + 2 + 1 + 1088 / 16 + 960 / 16);
}

/* The frame cannot be written: Linux's force_sigsegv. */
static void test_frame_not_writable(void) {
    /* A fault with a handler, on a stack that overflowed into the guard gap. */
    const uint32_t overflow[] = {enc_s(-64 & 0xfff, 0, SP, 3, 0x23)}; /* sd zero, -64(sp) */
    fresh();
    CHECK_EQ(install(SIGSEGV, HANDLER, 0, 0), 0);
    put_code(CODE_BASE, overflow, sizeof overflow);
    test_vm.x[SP] = STACK_BOTTOM + 16;
    test_vm.pc = CODE_BASE;
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_KILLED);
    CHECK_EQ(test_vm.signals.fatal, SIGSEGV);
    CHECK_EQ(test_vm.pc, CODE_BASE);
    CHECK_EQ(vm_exit_status(&test_vm), 139);
    char line[VM_HALTING_LINE_MAX];
    vm_halting_line(&test_vm, line, sizeof line);
    static const char killed[] = "vm: killed signal=SIGSEGV pc=0x1000 instret=";
    if (!CHECK(strncmp(line, killed, sizeof killed - 1) == 0)) printf("  %s\n", line);
    /* Another signal's frame fails: SIGSEGV is forced, and without a handler ends the run. */
    fresh();
    CHECK_EQ(install(SIGUSR1, HANDLER, 0, 0), 0);
    test_vm.x[SP] = GUARD_BOTTOM + 0x800;
    SYS(NR_KILL, 1, SIGUSR1);
    CHECK(test_vm.state == VM_STATE_KILLED);
    CHECK_EQ(test_vm.signals.fatal, SIGSEGV);
    /* ...even when SIGSEGV is blocked or ignored... */
    fresh();
    CHECK_EQ(install(SIGUSR1, HANDLER, 0, 0) | install(SIGSEGV, SIG_IGN, 0, 0), 0);
    CHECK_EQ(set_mask(SIG_BLOCK, bit(SIGSEGV)), 0);
    test_vm.x[SP] = 0x800;
    SYS(NR_KILL, 1, SIGUSR1);
    CHECK(test_vm.state == VM_STATE_KILLED);
    CHECK_EQ(test_vm.signals.fatal, SIGSEGV);
    /* ...but a SIGSEGV handler that can run (here on the alternate stack) gets it, SI_KERNEL. */
    fresh();
    CHECK_EQ(altstack(ALT, 0, ALT_SIZE, 0), 0);
    CHECK_EQ(install(SIGUSR1, HANDLER, 0, 0) | install(SIGSEGV, HANDLER2, SA_ONSTACK, 0), 0);
    test_vm.x[SP] = 0x800;
    CHECK_EQ(SYS(NR_KILL, 1, SIGUSR1), SIGSEGV);
    if (!in_handler(HANDLER2, SIGSEGV)) return;
    CHECK_EQ(peek32(test_vm.x[SP] + INFO_CODE), SI_KERNEL);
    CHECK_EQ(peek64(test_vm.x[SP] + INFO_ADDR), 0);
    CHECK_EQ(peek64(test_vm.x[SP] + REGS + 8 * SP), 0x800);
    CHECK_EQ(test_vm.signals.action[SIGUSR1 - 1].handler, HANDLER);
}

/* ---- hostile rt_sigreturn ---- */

static uint64_t random_state = 0x9e3779b97f4a7c15ull;
static uint64_t next_random(void) {
    random_state ^= random_state << 13;
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return random_state;
}

static void test_hostile_sigreturn(void) {
    /* Frames that cannot be read: SIGSEGV, nothing restored. */
    static const uint64_t bad_sp[] = {0, 0x800, 0xfff, MEM_END - FRAME_SIZE + 8, MEM_END, WRAPPING,
                                      ~0ull - 100, GUARD_BOTTOM + 0x100, STACK_BOTTOM - 0x200,
                                      0xfffffffffffff000ull + 0x80, 0x8000000000001000ull};
    for (size_t i = 0; i < sizeof bad_sp / sizeof bad_sp[0]; i++) {
        fresh();
        test_vm.x[T0] = 0x5555;
        test_vm.x[SP] = bad_sp[i];
        sigreturn();
        if (!CHECK(test_vm.state == VM_STATE_KILLED)) printf("  sp 0x%llx\n", (unsigned long long)bad_sp[i]);
        CHECK_EQ(test_vm.signals.fatal, SIGSEGV);
        CHECK_EQ(test_vm.x[T0], 0x5555);
        CHECK_EQ(test_vm.x[SP], bad_sp[i]);
    }
    /* A readable frame naming extension state (q.reserved, the 6.x header) is refused too. */
    for (unsigned word = 0; word < 3; word++) {
        fresh();
        uint64_t frame = 0x3f0000;
        poke32(frame + FP_RESERVED + 4 * word, 0x53465457); /* RISCV_V_MAGIC */
        test_vm.x[SP] = frame;
        sigreturn();
        CHECK(test_vm.state == VM_STATE_KILLED);
    }
    /* ...with a SIGSEGV handler, that runs instead (force_sig), on the current sp. */
    fresh();
    CHECK_EQ(install(SIGSEGV, HANDLER, 0, 0), 0);
    test_vm.x[SP] = 0x3f0000;
    poke32(0x3f0000 + FP_RESERVED, 1);
    sigreturn();
    CHECK(in_handler(HANDLER, SIGSEGV));
    /* Random frames in readable memory, then running from wherever they lead: the run ends
     * cleanly, within its budget, and SIGKILL and SIGSTOP stay unblocked. */
    for (int round = 0; round < 300; round++) {
        fresh();
        test_vm.budget = test_vm.instret + 2000;
        /* Anywhere in memory but over the ecall at CODE_BASE that makes the call. */
        uint64_t frame = (next_random() % (MEM_END - FRAME_SIZE)) & ~7ull;
        if (frame < 2 * PAGE) frame += 2 * PAGE;
        bool writable = vm_guest_bytes(&test_vm, frame, FRAME_SIZE, VM_PROT_WRITE) != 0;
        for (unsigned i = 0; writable && i < FRAME_SIZE; i += 8) poke64(frame + i, next_random());
        if (writable && (round & 1) != 0) memset(test_memory + frame + FP_RESERVED, 0, 12);
        if (writable && (round & 2) != 0) poke64(frame + REGS, HANDLER + 4 * (next_random() % 16));
        if (round % 3 == 0) CHECK_EQ(install(SIGSEGV, next_random() % 0x20000, next_random(), next_random()), 0);
        test_vm.x[SP] = frame;
        sigreturn();
        CHECK_EQ(test_vm.signals.blocked & (bit(SIGKILL) | bit(SIGSTOP)), 0);
        CHECK_EQ(test_vm.pc & 1, 0);
        if (test_vm.state == VM_STATE_RUNNING) vm_run_guest(&test_vm, &host);
        CHECK(test_vm.state != VM_STATE_RUNNING);
        CHECK(test_vm.instret <= test_vm.budget);
    }
}

/* ---- the trampoline page ---- */

static void test_trampoline_page(void) {
    fresh();
    CHECK_EQ(peek32(TRAMPOLINE), 0x08b00893u); /* li a7, 139 */
    CHECK_EQ(peek32(TRAMPOLINE + 4), 0x00000073u); /* ecall */
    CHECK(zero(TRAMPOLINE + 8, PAGE - 8));
    CHECK_EQ(test_vm.map.page_prot[TRAMPOLINE / PAGE], VM_PROT_READ | VM_PROT_EXEC);
    for (uint64_t page = GUARD_BOTTOM / PAGE; page < STACK_BOTTOM / PAGE; page++)
        CHECK_EQ(test_vm.map.page_prot[page], 0);
    /* A mapping just below it, to show that refused calls change nothing there either. */
    CHECK_EQ(SYS(NR_MMAP, 0, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1ull), TRAMPOLINE - PAGE);
    CHECK_EQ(SYS(NR_MUNMAP, TRAMPOLINE, PAGE), 0);           /* not unmapped: ignored */
    CHECK_EQ(SYS(NR_MUNMAP, GUARD_BOTTOM, 0x10000), 0);      /* nothing there to unmap */
    CHECK_EQ(SYS(NR_MPROTECT, TRAMPOLINE, PAGE, PROT_READ | PROT_WRITE), -L_EACCES);
    CHECK_EQ(SYS(NR_MPROTECT, TRAMPOLINE, PAGE, PROT_READ | PROT_EXEC), -L_EACCES);
    CHECK_EQ(SYS(NR_MPROTECT, TRAMPOLINE - PAGE, 2 * PAGE, PROT_READ), -L_EACCES);
    CHECK_EQ(SYS(NR_MPROTECT, GUARD_BOTTOM, PAGE, PROT_READ), -L_ENOMEM);
    CHECK_EQ(SYS(NR_MPROTECT, TRAMPOLINE + PAGE, PAGE, PROT_READ), -L_ENOMEM);
    CHECK_EQ(test_vm.map.page_prot[TRAMPOLINE / PAGE - 1], VM_PROT_READ | VM_PROT_WRITE);
    CHECK_EQ(SYS(NR_MMAP, TRAMPOLINE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1ull), -L_ENOMEM);
    CHECK_EQ(SYS(NR_MMAP, GUARD_BOTTOM, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1ull), -L_ENOMEM);
    CHECK_EQ(SYS(NR_MMAP, TRAMPOLINE - PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1ull), -L_ENOMEM);
    CHECK_EQ(SYS(NR_MREMAP, TRAMPOLINE, PAGE, 2 * PAGE, MREMAP_MAYMOVE), -L_EFAULT);
    CHECK_EQ(SYS(NR_MREMAP, TRAMPOLINE - PAGE, PAGE, 2 * PAGE, 0), -L_ENOMEM); /* cannot grow into it */
    CHECK_EQ(peek32(TRAMPOLINE), 0x08b00893u);
    CHECK_EQ(peek32(TRAMPOLINE + 4), 0x00000073u);
    CHECK_EQ(test_vm.map.page_prot[TRAMPOLINE / PAGE], VM_PROT_READ | VM_PROT_EXEC);
    CHECK_EQ(test_vm.map.page_use[TRAMPOLINE / PAGE], VM_PAGE_SIGRETURN);
    CHECK(vm_guest_bytes(&test_vm, TRAMPOLINE, 8, VM_PROT_WRITE) == 0);
    /* mmap hands out everything else, never it or the gap. */
    for (int i = 0; i < 2000; i++) {
        int64_t addr = SYS(NR_MMAP, 0, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1ull);
        if (addr < 0) break;
        CHECK((uint64_t)addr < TRAMPOLINE);
    }
    CHECK_EQ(test_vm.map.page_use[TRAMPOLINE / PAGE], VM_PAGE_SIGRETURN);
    CHECK_EQ(test_vm.map.page_use[GUARD_BOTTOM / PAGE], VM_PAGE_GUARD);
}

/* The table of calls is searched by halving: every implemented number is found, no other. */
/* ---- signals from outside: vm_host.poll ---- */

/* The host of these tests: its poll gives `signal` at call number `at` (from 1), else 0; its
 * read is interrupted (-ERESTARTSYS) on its first call when `interrupt_read` is set, then reads
 * one byte 'x'. */
static struct {
    uint32_t signal;
    unsigned at;
    unsigned polls;
    bool interrupt_read;
    unsigned reads;
} outside;
enum { NR_READ = 63, ERESTARTSYS = 512, EINTR = 4, SIGINT = 2, FROM_TERMINAL = 0x100 };

static uint32_t outside_poll(void *context) {
    (void)context;
    outside.polls++;
    return outside.polls == outside.at ? outside.signal : 0;
}

static int64_t outside_read(void *context, uint8_t *bytes, size_t length) {
    (void)context;
    CHECK(length >= 1);
    if (outside.reads++ == 0 && outside.interrupt_read) return -ERESTARTSYS;
    bytes[0] = 'x';
    return 1;
}

/* fresh(), with a loop at CODE_BASE (j .), the test host, and a handler at HANDLER that exits
 * with its siginfo's si_code (lw a0, 8(a1); li a7, 93; ecall). */
static void fresh_outside(uint32_t signal, unsigned at, uint64_t interval) {
    fresh();
    static const uint32_t handler[3] = {enc_i(8, A1, 2, A0, 0x03), insn_addi(A7, 0, NR_EXIT),
                                        insn_ecall()};
    put_code(HANDLER, handler, sizeof handler);
    outside = (__typeof__(outside)){.signal = signal, .at = at};
    host.poll = outside_poll;
    host.poll_interval = interval;
    host.read = outside_read;
    test_vm.budget = 100000;
}

static void run_loop(void) {
    static const uint32_t loop[1] = {enc_j(0, 0)};
    put_code(CODE_BASE, loop, sizeof loop);
    test_vm.pc = CODE_BASE;
    vm_run_guest(&test_vm, &host);
}

static void test_outside_handler(void) {
    /* From a process: SI_USER, si_pid 0; the third poll, after 3 slices of 100 instructions. */
    fresh_outside(SIGINT, 3, 100);
    CHECK_EQ(install(SIGINT, HANDLER, SA_SIGINFO, 0), 0);
    uint64_t start = test_vm.instret;
    run_loop();
    if (!CHECK(test_vm.state == VM_STATE_HALTED)) return;
    CHECK_EQ(test_vm.exit_status, SI_USER);
    uint64_t frame = test_vm.x[SP];
    CHECK_EQ(peek32(frame + INFO_SIGNO), SIGINT);
    CHECK_EQ(peek32(frame + INFO_PID), 0);
    CHECK_EQ(peek64(frame + REGS), CODE_BASE); /* interrupted in the loop, which it resumes */
    /* 300 loop instructions, a unit for taking the signal, the delivery's work (its frame's
     * bytes too), the handler's 3 */
    CHECK(test_vm.instret - start > 300 + 2 + 3 && test_vm.instret - start < 300 + 2 + 3 + 200);
    CHECK_EQ(outside.polls, 3);
    /* From a terminal: SI_KERNEL. */
    fresh_outside(SIGINT | FROM_TERMINAL, 1, 50);
    CHECK_EQ(install(SIGINT, HANDLER, SA_SIGINFO, 0), 0);
    run_loop();
    CHECK(test_vm.state == VM_STATE_HALTED && test_vm.exit_status == SI_KERNEL);
}

static void test_outside_default_and_ignored(void) {
    /* No handler: SIGTERM's default action, at the poll, with the loop's pc in the line. */
    fresh_outside(SIGTERM, 2, 100);
    uint64_t start = test_vm.instret;
    run_loop();
    if (!CHECK(test_vm.state == VM_STATE_KILLED)) return;
    CHECK_EQ(test_vm.signals.fatal, SIGTERM);
    CHECK_EQ(vm_exit_status(&test_vm), 128 + SIGTERM);
    char line[VM_HALTING_LINE_MAX], expected[VM_HALTING_LINE_MAX];
    vm_halting_line(&test_vm, line, sizeof line);
    snprintf(expected, sizeof expected, "vm: killed signal=SIGTERM pc=0x1000 instret=%llu",
             (unsigned long long)(start + 200 + 2));
    if (!CHECK(strcmp(line, expected) == 0)) printf("  got \"%s\", expected \"%s\"\n", line, expected);
    /* Ignored: dropped, the loop runs on to its budget; taking it still cost a unit. */
    fresh_outside(SIGINT, 1, 100);
    CHECK_EQ(install(SIGINT, SIG_IGN, 0, 0), 0);
    run_loop();
    CHECK(test_vm.state == VM_STATE_BUDGET_EXHAUSTED);
    CHECK_EQ(test_vm.signals.pending, 0);
    /* Blocked: pending, and delivered (here: fatal) when the guest unblocks it. */
    fresh_outside(SIGINT, 1, 100);
    CHECK_EQ(set_mask(SIG_BLOCK, bit(SIGINT)), 0);
    run_loop();
    CHECK(test_vm.state == VM_STATE_BUDGET_EXHAUSTED);
    CHECK_EQ(test_vm.signals.pending, bit(SIGINT));
}

/* A read the signal interrupted, with the action `handler`/`flags` for SIGINT: what the guest
 * sees after the call. */
static void interrupted_read(uint64_t handler, uint64_t flags) {
    fresh_outside(SIGINT, 1, 1000);
    outside.interrupt_read = true;
    CHECK_EQ(install(SIGINT, handler, flags, 0), 0);
    outside.polls = 0;
    SYS(NR_READ, 0, BUF, 16);
    CHECK_EQ(outside.polls, 1); /* the interrupted read asked the host for its signal */
}

static void test_outside_interrupts_read(void) {
    /* SA_RESTART: the handler's frame returns to the ecall, with read's first argument. */
    interrupted_read(HANDLER, SA_RESTART);
    if (!in_handler(HANDLER, SIGINT)) return;
    uint64_t frame = test_vm.x[SP];
    CHECK_EQ(peek64(frame + REGS), CODE_BASE);
    CHECK_EQ(peek64(frame + REGS + 8 * A0), 0);
    /* Without it: read returns -EINTR to the code after the ecall. */
    interrupted_read(HANDLER, 0);
    if (!in_handler(HANDLER, SIGINT)) return;
    frame = test_vm.x[SP];
    CHECK_EQ(peek64(frame + REGS), CODE_BASE + 4);
    CHECK_EQ(peek64(frame + REGS + 8 * A0), (uint64_t)-EINTR);
    /* Ignored: no handler runs and the call restarts, then reads. */
    interrupted_read(SIG_IGN, 0);
    CHECK(test_vm.state == VM_STATE_RUNNING);
    CHECK_EQ(test_vm.pc, CODE_BASE);
    CHECK_EQ(test_vm.x[A0], 0);
    CHECK_EQ(test_vm.x[A7], NR_READ);
    CHECK(vm_run(&test_vm) == VM_EXIT_ECALL);
    vm_syscall(&test_vm, &host);
    CHECK_EQ(test_vm.x[A0], 1);
    CHECK_EQ(test_memory[BUF], 'x');
    /* The default action: killed in the call. */
    interrupted_read(0, 0);
    CHECK(test_vm.state == VM_STATE_KILLED && test_vm.signals.fatal == SIGINT);
    CHECK_EQ(test_vm.signals.interrupted, false);
}

static void test_syscall_names(void) {
    static const uint16_t implemented[] = {
        29, 56, 57, 62, 63, 64, 66, 78, 79, 80, 93, 94, 96, 98, 99, 113, 124, 129, 130, 131, 132,
        134, 135, 136, 139, 160, 169, 172, 173, 174, 175, 176, 177, 178, 179, 214, 215, 216, 222,
        226, 233, 261, 278, 293,
    };
    size_t next = 0;
    for (uint64_t number = 0; number < 1100; number++) {
        bool expected = next < sizeof implemented / sizeof implemented[0] && implemented[next] == number;
        if (!CHECK((vm_syscall_name(number) != 0) == expected)) printf("  number %llu\n", (unsigned long long)number);
        next += expected;
    }
    CHECK_EQ(next, sizeof implemented / sizeof implemented[0]);
    static const struct {
        uint64_t number;
        const char *name;
    } names[] = {{NR_KILL, "kill"}, {NR_TKILL, "tkill"}, {NR_TGKILL, "tgkill"},
                 {NR_SIGALTSTACK, "sigaltstack"}, {NR_RT_SIGACTION, "rt_sigaction"},
                 {NR_RT_SIGPROCMASK, "rt_sigprocmask"}, {NR_RT_SIGPENDING, "rt_sigpending"},
                 {NR_RT_SIGRETURN, "rt_sigreturn"}, {NR_GETPID, "getpid"}, {NR_GETTID, "gettid"}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        CHECK(vm_syscall_name(names[i].number) != 0 && strcmp(vm_syscall_name(names[i].number), names[i].name) == 0);
    CHECK(vm_syscall_name(~0ull) == 0);
}

const struct test signal_tests[] = {
    {"signals: the system-call table finds every call it has, no other", test_syscall_names},
    {"signals: getpid, gettid; kill, tkill, tgkill errors", test_kill_errors},
    {"signals: rt_sigaction and rt_sigprocmask semantics", test_sigaction_semantics},
    {"signals: EFAULT on bad pointers", test_bad_pointers},
    {"signals: the frame's layout and contents", test_frame_layout},
    {"signals: rt_sigreturn restores registers, FP registers, fcsr and mask", test_sigreturn_restores},
    {"signals: a handler returns through the trampoline", test_round_trip},
    {"signals: a blocked signal stays pending and arrives when unblocked", test_blocked_pending},
    {"signals: real-time signals queue", test_realtime_queue},
    {"signals: delivery order and nested frames", test_delivery_order},
    {"signals: sa_mask, SA_NODEFER, SA_RESETHAND", test_mask_nodefer_resethand},
    {"signals: default actions and the halting line", test_default_actions},
    {"signals: SIG_IGN, ignoring and discarding", test_ignore},
    {"signals: names in the halting line and exit statuses", test_signal_names},
    {"signals: sigaltstack and its errors", test_sigaltstack_calls},
    {"signals: SA_ONSTACK delivery", test_onstack_delivery},
    {"signals: SS_AUTODISARM and the alternate stack on rt_sigreturn", test_autodisarm_and_restore},
    {"signals: faults give their signals, codes and addresses", test_fault_signals},
    {"signals: a fault without a handler, or blocked or ignored, ends the run", test_fault_without_handler},
    {"signals: a handler recovers from a fault", test_fault_recovered},
    {"signals: a frame that cannot be written brings SIGSEGV", test_frame_not_writable},
    {"signals: hostile rt_sigreturn frames", test_hostile_sigreturn},
    {"signals: the trampoline page is immune to munmap, mprotect, mremap, MAP_FIXED", test_trampoline_page},
    {"signals: from outside (vm_host.poll), a handler runs between two instructions", test_outside_handler},
    {"signals: from outside, default actions, ignored and blocked signals", test_outside_default_and_ignored},
    {"signals: from outside, an interrupted read restarts or returns -EINTR", test_outside_interrupts_read},
    {0, 0},
};
