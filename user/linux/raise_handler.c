/* SPDX-License-Identifier: MIT */
/* signal() and raise(): a handler runs and the program goes on; SIG_IGN makes a signal
 * nothing. (Also built with picolibc, whose raise() calls handlers itself.) */
#include <signal.h>
#include <stdio.h>

static volatile sig_atomic_t caught, last;

static void on_signal(int signal_number) {
    caught++;
    last = signal_number;
}

int main(void) {
    if (signal(SIGUSR1, on_signal) == SIG_ERR) return 1;
    int result = raise(SIGUSR1);
    printf("raise(SIGUSR1) returned %d; handler ran %d time(s), for SIGUSR1: %s\n", result,
           (int)caught, last == SIGUSR1 ? "yes" : "no");
    if (signal(SIGUSR2, on_signal) == SIG_ERR) return 2;
    raise(SIGUSR2);
    printf("after raise(SIGUSR2): handler ran %d time(s), for SIGUSR2: %s\n", (int)caught,
           last == SIGUSR2 ? "yes" : "no");
    if (signal(SIGTERM, SIG_IGN) == SIG_ERR) return 3;
    result = raise(SIGTERM);
    printf("raise(SIGTERM) while ignored returned %d, still running\n", result);
    return caught == 2 ? 0 : 4;
}
