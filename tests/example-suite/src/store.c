/* SPDX-License-Identifier: MIT */
/* Writes into a string literal, which lives in read-only memory: a store-access-fault. */
#include <stdio.h>

int main(void) {
    char *text = (char *)"constant";
    printf("about to write to read-only memory\n");
    fflush(stdout);
    text[0] = 'C';
    return 0;
}
