/* SPDX-License-Identifier: MIT */
/* sigaction with SA_SIGINFO: what a handler is told (si_signo, si_code, si_pid, si_uid), the
 * frame's ucontext (registers, FP registers and fcsr as they were, changes to them taking
 * effect on return), SA_NODEFER, SA_RESETHAND, and signals ignored by default. (Not sa_mask:
 * qemu-riscv64 7.2, the reference, does not block it while the handler runs; the unit tests
 * check it against Linux's rule.) */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

static volatile sig_atomic_t depth, deepest, order_length, raised_again;
static char order[16];

static void note(char c) {
    if (order_length < (int)sizeof order - 1) order[order_length++] = c;
}

static void on_info(int signal_number, siginfo_t *info, void *context) {
    printf("  handler: signal %d, si_signo %d, si_code %d, si_pid is getpid(): %s, si_uid is getuid(): %s\n",
           signal_number, info->si_signo, info->si_code, info->si_pid == getpid() ? "yes" : "no",
           info->si_uid == getuid() ? "yes" : "no");
    printf("  ucontext right after siginfo: %s\n",
           (char *)context - (char *)info == (long)sizeof(siginfo_t) ? "yes" : "no");
}

/* Checks the interrupted registers in the frame, then changes some: rt_sigreturn must take
 * the changes. kill_with_live_registers below made the call with s2 = 0x1234, fs0 = 1.5 and
 * the rounding mode "up" (3). */
static void on_registers(int signal_number, siginfo_t *info, void *context) {
    (void)signal_number, (void)info;
    ucontext_t *uc = context;
    mcontext_t *mc = &uc->uc_mcontext;
    double fs0;
    memcpy(&fs0, &mc->__fpregs.__d.__f[8], sizeof fs0);
    uint32_t before_pc;
    memcpy(&before_pc, (const char *)mc->__gregs[REG_PC] - 4, 4);
    printf("  frame: s2 0x%lx, fs0 %.1f, rounding mode %u, a0 (kill's result) %ld, pc after an ecall: %s\n",
           (unsigned long)mc->__gregs[18], fs0, (unsigned)(mc->__fpregs.__d.__fcsr >> 5) & 7,
           (long)mc->__gregs[REG_A0], before_pc == 0x00000073 ? "yes" : "no");
    mc->__gregs[18] = 0x5678;
    double changed = 2.5;
    memcpy(&mc->__fpregs.__d.__f[8], &changed, sizeof changed);
    mc->__fpregs.__d.__fcsr = 2 << 5 | 1; /* round down, NX accrued */
}

/* kill(pid, sig) through its own ecall (no C library code in between), with s2, fs0 and fcsr
 * set; reports what they hold when the call returns: out[0] = s2, out[1] = fs0's bits,
 * out[2] = fcsr. Restores them all before returning. */
void kill_with_live_registers(long pid, long signal_number, uint64_t out[3]);
__asm__(".text\n"
        ".globl kill_with_live_registers\n"
        "kill_with_live_registers:\n"
        "    addi sp, sp, -32\n"
        "    sd s2, 0(sp)\n"
        "    fsd fs0, 8(sp)\n"
        "    frcsr t0\n"
        "    sd t0, 16(sp)\n"
        "    li s2, 0x1234\n"
        "    li t0, 0x3ff8000000000000\n" /* 1.5 */
        "    fmv.d.x fs0, t0\n"
        "    fsrmi 3\n"
        "    li a7, 129\n"
        "    ecall\n"
        "    sd s2, 0(a2)\n"
        "    fmv.x.d t0, fs0\n"
        "    sd t0, 8(a2)\n"
        "    frcsr t0\n"
        "    sd t0, 16(a2)\n"
        "    ld t0, 16(sp)\n"
        "    fscsr t0\n"
        "    fld fs0, 8(sp)\n"
        "    ld s2, 0(sp)\n"
        "    addi sp, sp, 32\n"
        "    ret\n");

static void on_nested(int signal_number) {
    depth++;
    if (depth > deepest) deepest = depth;
    note('<');
    if (!raised_again) { /* runs at once with SA_NODEFER, after this handler returns without */
        raised_again = 1;
        raise(signal_number);
    }
    note('>');
    depth--;
}

static void on_usr2_note(int signal_number) {
    (void)signal_number;
    note('2');
}

static void install(int signal_number, void (*handler)(int), int flags) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    action.sa_flags = flags;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, 0);
}

static void install_info(int signal_number, void (*handler)(int, siginfo_t *, void *)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handler;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, 0);
}

int main(void) {
    install_info(SIGUSR1, on_info);
    printf("raise(SIGUSR1):\n");
    raise(SIGUSR1);
    printf("kill(getpid(), SIGUSR1):\n");
    kill(getpid(), SIGUSR1);

    install_info(SIGUSR2, on_registers);
    uint64_t out[3];
    printf("kill(getpid(), SIGUSR2) with live registers:\n");
    kill_with_live_registers(getpid(), SIGUSR2, out);
    double fs0;
    memcpy(&fs0, &out[1], sizeof fs0);
    printf("  after return: s2 0x%lx, fs0 %.1f, fcsr 0x%lx\n", (unsigned long)out[0], fs0,
           (unsigned long)out[2]);

    install(SIGUSR1, on_nested, 0);
    raise(SIGUSR1);
    printf("without SA_NODEFER: deepest %d, order %s\n", (int)deepest, order);
    deepest = order_length = raised_again = 0;
    memset(order, 0, sizeof order);
    install(SIGUSR1, on_nested, SA_NODEFER);
    raise(SIGUSR1);
    printf("with SA_NODEFER: deepest %d, order %s\n", (int)deepest, order);

    install(SIGUSR2, on_usr2_note, SA_RESETHAND);
    raise(SIGUSR2);
    struct sigaction now;
    sigaction(SIGUSR2, 0, &now);
    printf("SA_RESETHAND: the action after one delivery is SIG_DFL: %s\n",
           now.sa_handler == SIG_DFL ? "yes" : "no");

    int results = raise(SIGCHLD) + raise(SIGURG) + raise(SIGWINCH) + raise(SIGCONT);
    printf("SIGCHLD, SIGURG, SIGWINCH, SIGCONT with their default actions: ignored (%d)\n", results);
    return 0;
}
