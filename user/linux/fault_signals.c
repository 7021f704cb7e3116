/* SPDX-License-Identifier: MIT */
/* Handlers for the other faults an instruction raises: an illegal instruction (SIGILL,
 * ILL_ILLOPC) and ebreak (SIGTRAP, TRAP_BRKPT), with si_addr the instruction's address, and a
 * misaligned atomic (SIGBUS, BUS_ADRALN) with si_addr the address it used; the handler resumes
 * after the instruction by moving the pc in its ucontext. Then a blocked SIGILL: the fault
 * kills the process all the same (status 132). */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

static volatile int last_signal, last_code, address_is_pc;
static void *volatile last_address;
static long words[2];

static void on_fault(int signal_number, siginfo_t *info, void *context) {
    ucontext_t *uc = context;
    uintptr_t pc = (uintptr_t)uc->uc_mcontext.__gregs[REG_PC];
    uint16_t low;
    memcpy(&low, (const void *)pc, sizeof low);
    last_signal = signal_number;
    last_code = info->si_code;
    address_is_pc = (uintptr_t)info->si_addr == pc;
    last_address = info->si_addr;
    uc->uc_mcontext.__gregs[REG_PC] += (low & 3) == 3 ? 4 : 2;
}

static void install(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fault;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, 0);
}

static void report(const char *what) {
    printf("%s: signal %d, si_code %d, si_addr is the pc: %s\n", what, (int)last_signal,
           (int)last_code, address_is_pc ? "yes" : "no");
    last_signal = last_code = address_is_pc = 0;
}

int main(void) {
    install(SIGILL);
    install(SIGTRAP);
    __asm__ volatile(".4byte 0xffffffff"); /* reserved: an illegal 32-bit instruction */
    report("illegal 32-bit instruction");
    __asm__ volatile(".2byte 0"); /* the defined illegal 16-bit instruction */
    report("illegal 16-bit instruction");
    __asm__ volatile("ebreak");
    report("ebreak");
    __asm__ volatile("csrr t0, 0x300" ::: "t0"); /* mstatus: not for user mode */
    report("a machine-mode CSR");
    install(SIGBUS);
    char *misaligned = (char *)words + 2;
    long old;
    __asm__ volatile("amoadd.w %0, %1, (%2)" : "=r"(old) : "r"(1L), "r"(misaligned) : "memory");
    printf("misaligned amoadd.w: signal %d, si_code %d, si_addr is its address: %s\n",
           (int)last_signal, (int)last_code, last_address == misaligned ? "yes" : "no");
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGILL);
    sigprocmask(SIG_BLOCK, &block, 0);
    printf("with SIGILL blocked, one more illegal instruction\n");
    fflush(stdout);
    __asm__ volatile("blocked_illegal: .4byte 0xffffffff"); /* named for tests/run.sh */
    printf("not reached\n");
    return 0;
}
