/* SPDX-License-Identifier: MIT */
/* A SIGSEGV handler that recovers with siglongjmp: a load from an unmapped address
 * (SEGV_MAPERR), a store to read-only data and a load from a PROT_NONE mapping (SEGV_ACCERR),
 * each time with si_addr the faulting address; then one that resumes after the faulting
 * instruction by moving the pc in its ucontext. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

static sigjmp_buf recover;
static volatile int fault_code, faults;
static void *volatile fault_address;

static void on_segv_jump(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    faults++;
    fault_code = signal_number == SIGSEGV ? info->si_code : -1;
    fault_address = info->si_addr;
    siglongjmp(recover, 1);
}

/* Resumes after the faulting instruction: 2 or 4 bytes long, as its low bits say. */
static void on_segv_skip(int signal_number, siginfo_t *info, void *context) {
    (void)signal_number;
    ucontext_t *uc = context;
    uint16_t low;
    memcpy(&low, (const void *)uc->uc_mcontext.__gregs[REG_PC], sizeof low);
    faults++;
    fault_code = info->si_code;
    fault_address = info->si_addr;
    uc->uc_mcontext.__gregs[REG_PC] += (low & 3) == 3 ? 4 : 2;
}

static void install(void (*handler)(int, siginfo_t *, void *)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handler;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    sigaction(SIGSEGV, &action, 0);
}

static void report(const char *what, const volatile void *address) {
    printf("%s: SIGSEGV %d time(s), si_code %d (%s), si_addr is the address: %s\n", what,
           (int)faults, (int)fault_code,
           fault_code == SEGV_MAPERR ? "SEGV_MAPERR" : fault_code == SEGV_ACCERR ? "SEGV_ACCERR" : "?",
           fault_address == address ? "yes" : "no");
}

static const char read_only[] = "constant";
static volatile uintptr_t low_addresses[2] = {0x18, 0x20}; /* in the never-mapped first page */

int main(void) {
    install(on_segv_jump);
    volatile int *unmapped = (volatile int *)low_addresses[0];
    if (sigsetjmp(recover, 1) == 0) {
        (void)*unmapped;
        printf("load from 0x18: not reached\n");
    }
    report("load from 0x18", unmapped);

    volatile char *constant = (volatile char *)read_only;
    if (sigsetjmp(recover, 1) == 0) {
        constant[3] = 'X';
        printf("store to read-only data: not reached\n");
    }
    report("store to read-only data", constant + 3);

    volatile char *none = mmap(0, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (none == MAP_FAILED) return 1;
    if (sigsetjmp(recover, 1) == 0) {
        (void)none[100];
        printf("load from a PROT_NONE page: not reached\n");
    }
    report("load from a PROT_NONE page", none + 100);

    install(on_segv_skip);
    volatile long *far = (volatile long *)low_addresses[1];
    long value = *far;
    (void)value;
    report("load from 0x20, skipped by moving the pc", far);
    *far = 5;
    report("store to 0x20, skipped by moving the pc", far);
    printf("still running, read-only data intact: %s\n", strcmp(read_only, "constant") == 0 ? "yes" : "no");
    return 0;
}
