/* SPDX-License-Identifier: MIT */
/* A failed assert(): the C library prints its message on stderr and calls abort(), so the
 * process dies of SIGABRT (status 134). */
#include <assert.h>
#include <stdio.h>

static int half(int n) { return n / 2; }

int main(int argc, char **argv) {
    (void)argv;
    printf("checking half(%d)\n", argc + 6);
    fflush(stdout);
    assert(half(argc + 6) == 4);
    printf("not reached\n");
    return 0;
}
