/* SPDX-License-Identifier: MIT */
/* kill(getpid(), SIGTERM) with the default action: the process dies of SIGTERM (status 143).
 * kill with signal 0 only checks that the process exists. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
    printf("kill(getpid(), 0) returned %d\n", kill(getpid(), 0));
    printf("sending SIGTERM to myself\n");
    fflush(stdout);
    kill(getpid(), SIGTERM);
    printf("not reached\n");
    return 0;
}
