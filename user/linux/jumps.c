/* SPDX-License-Identifier: MIT */
/* setjmp/longjmp: out of nested calls, repeatedly, keeping volatile locals. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf outer, inner;

static int depth(int n, int limit) {
    if (n == limit) longjmp(inner, n);
    if (n > 100) return 0; /* never: limit is at most 10 */
    return depth(n + 1, limit) + 1;
}

static void thrower(int value) {
    if (value > 3) longjmp(outer, value);
}

int main(void) {
    volatile int total = 0;
    for (volatile int limit = 1; limit <= 10; limit++) {
        int got = setjmp(inner);
        if (got == 0) {
            depth(0, limit);
            puts("not reached");
        } else {
            total += got;
        }
    }
    volatile int caught = 0;
    int value = setjmp(outer);
    if (value != 0) caught++;
    for (int i = value; i < 10; i++) {
        if (caught < 5) thrower(i + 1);
    }
    printf("total %d, caught %d, last value %d\n", total, caught, value);
    return total == 55 ? 0 : 1;
}
