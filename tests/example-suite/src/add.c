/* SPDX-License-Identifier: MIT */
/* Adds the numbers from 1 to 100 and prints the sum. */
#include <stdio.h>

int main(void) {
    long sum = 0;
    for (int i = 1; i <= 100; i++) sum += i;
    printf("1 + 2 + ... + 100 = %ld\n", sum);
    return 0;
}
