/* SPDX-License-Identifier: MIT */
/* The program tests/gdb.sh debugs with gdb-multiarch, under basin-run and in the kernel: built
 * with -O0 -g so that arguments and locals stay where gdb looks for them. Left alone it prints
 * two lines and exits with 7; gdb changes `scale` (the first line changes), watches `counter`,
 * and sets `mode` to make it fault (1), spin until interrupted (2) or abort (3). */
#include <stdio.h>
#include <stdlib.h>

int scale = 3;
long counter;
volatile int mode;

int add_scaled(int a, int b) {
    int product = a * scale;
    return product + b;
}

void count_up(int n) {
    for (int i = 1; i <= n; i++) counter += i;
}

void fault_here(int *where) {
    *where = 42;
}

void spin(void) {
    volatile unsigned long turns = 0;
    for (;;) turns++;
}

int main(void) {
    int sum = add_scaled(4, 5);
    printf("add_scaled(4, 5) = %d\n", sum);
    count_up(9);
    printf("counter = %ld\n", counter);
    int *volatile nowhere = 0;
    if (mode == 1) fault_here(nowhere);
    if (mode == 2) spin();
    if (mode == 3) abort();
    return 7;
}
