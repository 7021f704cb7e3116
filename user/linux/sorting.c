/* SPDX-License-Identifier: MIT */
/* qsort and bsearch on integers, doubles and strings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT 20000

static int compare_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int compare_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int compare_string(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(void) {
    static int numbers[COUNT];
    static double reals[COUNT];
    static char words[COUNT][12];
    static const char *pointers[COUNT];
    unsigned seed = 12345;
    for (int i = 0; i < COUNT; i++) {
        seed = seed * 1103515245u + 12345u;
        numbers[i] = (int)(seed >> 1) - (1 << 30);
        reals[i] = (double)(seed % 100000) / 7.0 - 5000.0;
        snprintf(words[i], sizeof words[i], "w%08x", seed * 2654435761u);
        pointers[i] = words[i];
    }
    qsort(numbers, COUNT, sizeof numbers[0], compare_int);
    qsort(reals, COUNT, sizeof reals[0], compare_double);
    qsort(pointers, COUNT, sizeof pointers[0], compare_string);
    int sorted = 1;
    long long sum = 0;
    for (int i = 1; i < COUNT; i++) {
        sorted &= numbers[i - 1] <= numbers[i] && reals[i - 1] <= reals[i] &&
                  strcmp(pointers[i - 1], pointers[i]) <= 0;
        sum += numbers[i] ^ i;
    }
    int key = numbers[COUNT / 3];
    int *found = bsearch(&key, numbers, COUNT, sizeof numbers[0], compare_int);
    printf("sorted %d, checksum %lld, min %d, max %d, median %.6f, first %s, last %s, found %d\n",
           sorted, sum, numbers[0], numbers[COUNT - 1], reals[COUNT / 2], pointers[0],
           pointers[COUNT - 1], found != NULL && *found == key);
    return sorted ? 0 : 1;
}
