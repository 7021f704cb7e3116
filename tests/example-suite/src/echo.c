/* SPDX-License-Identifier: MIT */
/* Prints its arguments, one per line, and the MODE environment variable; exits with argc - 1. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) printf("argument %d: [%s]\n", i, argv[i]);
    const char *mode = getenv("MODE");
    printf("MODE=%s\n", mode != NULL ? mode : "(not set)");
    return argc - 1;
}
