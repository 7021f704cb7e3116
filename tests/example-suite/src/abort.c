/* SPDX-License-Identifier: MIT */
/* Gives up with abort(): SIGABRT. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("something went wrong\n");
    fflush(stdout);
    abort();
}
