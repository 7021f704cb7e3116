/* SPDX-License-Identifier: MIT */
/* A blocked signal stays pending (sigpending shows it) and is delivered as soon as it is
 * unblocked, before sigprocmask returns; a real-time signal sent three times while blocked
 * arrives three times. Last, SIGUSR1 with its default action, delivered on unblocking, ends
 * the process (status 138). (Not a standard signal sent twice while blocked, which Linux
 * delivers once: qemu-riscv64 7.2, the reference, delivers it twice. The unit tests check
 * Linux's rule.) */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t usr1_count, rt_count;

static void on_usr1(int signal_number) {
    (void)signal_number;
    usr1_count++;
}

static void on_rt(int signal_number) {
    (void)signal_number;
    rt_count++;
}

static void set_blocked(int how, int signal_number) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal_number);
    sigprocmask(how, &set, 0);
}

static const char *pending(int signal_number) {
    sigset_t set;
    sigpending(&set);
    return sigismember(&set, signal_number) ? "pending" : "not pending";
}

int main(void) {
    signal(SIGUSR1, on_usr1);
    set_blocked(SIG_BLOCK, SIGUSR1);
    raise(SIGUSR1);
    printf("SIGUSR1 sent while blocked: handler ran %d time(s), SIGUSR1 %s\n", (int)usr1_count,
           pending(SIGUSR1));
    set_blocked(SIG_UNBLOCK, SIGUSR1);
    printf("after unblocking: handler ran %d time(s), SIGUSR1 %s\n", (int)usr1_count, pending(SIGUSR1));

    signal(SIGRTMIN + 1, on_rt);
    set_blocked(SIG_BLOCK, SIGRTMIN + 1);
    for (int i = 0; i < 3; i++) raise(SIGRTMIN + 1);
    printf("SIGRTMIN+1 sent three times while blocked: handler ran %d time(s)\n", (int)rt_count);
    set_blocked(SIG_UNBLOCK, SIGRTMIN + 1);
    printf("after unblocking: handler ran %d time(s)\n", (int)rt_count);

    signal(SIGUSR1, SIG_DFL);
    set_blocked(SIG_BLOCK, SIGUSR1);
    raise(SIGUSR1);
    printf("SIGUSR1 with its default action sent while blocked: still running, SIGUSR1 %s\n",
           pending(SIGUSR1));
    printf("unblocking it\n");
    fflush(stdout);
    set_blocked(SIG_UNBLOCK, SIGUSR1);
    printf("not reached\n");
    return 0;
}
