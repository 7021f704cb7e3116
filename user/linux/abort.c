/* SPDX-License-Identifier: MIT */
/* abort(): the C library raises SIGABRT; with no handler the process dies of it (status 134,
 * as under Linux). What was flushed before stays written. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("about to abort\n");
    fflush(stdout);
    abort();
}
