/* SPDX-License-Identifier: MIT */
/* Signals from outside the process: tests/outside_signals.sh sends them (kill, or Ctrl-C on a
 * terminal) once the program prints "ready", under qemu-riscv64 and under basin-run, and the
 * two must agree. Without an argument (the Linux corpus, where nobody sends anything) it sends
 * itself SIGINT, so that the corpus still checks the handler and its siginfo.
 *   spin-handler   a handler for SIGINT and SIGTERM, then a busy loop until one arrives
 *   spin-ignore    SIGINT ignored, then a busy loop: only a later SIGTERM ends it (status 143)
 *   read-restart   a SIGINT handler with SA_RESTART, then read(0): the read goes on after it
 *   read-eintr     the same handler without SA_RESTART: read fails with EINTR */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t caught;
static volatile sig_atomic_t caught_code;
static volatile sig_atomic_t handler_runs;

static void note(int signal, siginfo_t *info, void *ucontext) {
    (void)ucontext;
    caught = signal;
    caught_code = info->si_code;
    handler_runs++;
}

static void handle(int signal, int flags) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = note;
    action.sa_flags = SA_SIGINFO | flags;
    sigemptyset(&action.sa_mask);
    if (sigaction(signal, &action, 0) != 0) perror("sigaction");
}

static void ready(void) {
    printf("ready\n");
    fflush(stdout);
}

/* Bounded: a run nobody signals ends after the loop (seconds under qemu-riscv64). */
static void spin(void) {
    for (unsigned long i = 0; i < 20000000000ul && caught == 0; i++) __asm__ volatile("");
}

static void report_caught(void) {
    if (caught == 0) {
        printf("not signalled\n");
        return;
    }
    printf("caught %s, si_code %d (%s)\n", caught == SIGINT ? "SIGINT" : caught == SIGTERM ? "SIGTERM" : "another signal",
           (int)caught_code, caught_code == SI_USER ? "SI_USER: kill" : caught_code == SI_KERNEL ? "SI_KERNEL: a terminal" : "other");
}

static void read_once(void) {
    char line[64];
    ssize_t n = read(0, line, sizeof line - 1);
    int error = errno;
    printf("handler ran %d time(s); read returned %zd", (int)handler_runs, n);
    if (n < 0) printf(", errno %s\n", error == EINTR ? "EINTR" : "other");
    else printf(": %.*s", (int)n, line);
}

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "self";
    if (strcmp(mode, "self") == 0) {
        handle(SIGINT, 0);
        kill(getpid(), SIGINT);
        report_caught();
    } else if (strcmp(mode, "spin-handler") == 0) {
        handle(SIGINT, 0);
        handle(SIGTERM, 0);
        ready();
        spin();
        report_caught();
    } else if (strcmp(mode, "spin-ignore") == 0) {
        signal(SIGINT, SIG_IGN);
        ready();
        spin();
        printf("not signalled\n");
    } else if (strcmp(mode, "read-restart") == 0 || strcmp(mode, "read-eintr") == 0) {
        handle(SIGINT, strcmp(mode, "read-restart") == 0 ? SA_RESTART : 0);
        ready();
        read_once();
    } else {
        fprintf(stderr, "unknown mode %s\n", mode);
        return 2;
    }
    return 0;
}
