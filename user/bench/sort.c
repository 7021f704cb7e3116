/* SPDX-License-Identifier: MIT */
/* Benchmark: sorting generated integers two ways. Each round fills an array with pseudo-random
 * 32-bit keys, sorts one copy by quicksort (Hoare partition, median of three, insertion sort for
 * short ranges) and another by heap sort, and checks that both are ordered and identical.
 * Comparisons, swaps and unpredictable branches over an array, as in databases and compilers.
 * Prints one checksum line. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bench.h"

#define COUNT 20000u /* keys per round */
#define DEFAULT_ROUNDS 180u /* at least 1 s under qemu-riscv64 (README.md) */
#define SHORT_RANGE 12u /* ranges this short are finished by insertion sort */

static uint32_t by_quicksort[COUNT], by_heapsort[COUNT];

/* xorshift32, from a per-round seed. */
static uint32_t next_random(uint32_t *state) {
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

static void swap(uint32_t *a, uint32_t *b) {
    uint32_t t = *a;
    *a = *b;
    *b = t;
}

static void insertion_sort(uint32_t *v, uint32_t n) {
    for (uint32_t i = 1; i < n; i++) {
        uint32_t key = v[i], j = i;
        for (; j > 0 && v[j - 1] > key; j--) v[j] = v[j - 1];
        v[j] = key;
    }
}

/* Orders v[0], v[n/2], v[n-1] and returns the middle one, which is then a sentinel for both
 * partition scans. */
static uint32_t median_of_three(uint32_t *v, uint32_t n) {
    uint32_t *lo = &v[0], *mid = &v[n / 2], *hi = &v[n - 1];
    if (*mid < *lo) swap(mid, lo);
    if (*hi < *lo) swap(hi, lo);
    if (*hi < *mid) swap(hi, mid);
    return *mid;
}

/* Hoare partition of v[0..n) (n > SHORT_RANGE); returns k with v[0..k) <= pivot <= v[k..n),
 * both parts non-empty. The scans need no bounds checks: median_of_three leaves a key <= pivot
 * at the left end and one >= pivot at the right, and every swap leaves such keys behind. Each
 * pass of the outer loop moves i and j towards each other, so it runs at most n / 2 times. */
static uint32_t partition(uint32_t *v, uint32_t n) {
    uint32_t pivot = median_of_three(v, n);
    uint32_t i = 0, j = n - 1;
    while (v[i] < pivot) i++;
    while (v[j] > pivot) j--;
    while (i < j) {
        swap(&v[i], &v[j]);
        do i++;
        while (v[i] < pivot);
        do j--;
        while (v[j] > pivot);
    }
    return j + 1;
}

/* Recurses into the smaller part and loops on the larger, so the stack depth is at most
 * log2(COUNT). */
static void quicksort(uint32_t *v, uint32_t n) {
    while (n > SHORT_RANGE) {
        uint32_t k = partition(v, n);
        if (k < n - k) {
            quicksort(v, k);
            v += k;
            n -= k;
        } else {
            quicksort(v + k, n - k);
            n = k;
        }
    }
    insertion_sort(v, n);
}

/* Moves v[root] down until the max-heap property holds in v[0..n). */
static void sift_down(uint32_t *v, uint32_t root, uint32_t n) {
    while (2 * root + 1 < n) {
        uint32_t child = 2 * root + 1;
        if (child + 1 < n && v[child + 1] > v[child]) child++;
        if (v[root] >= v[child]) return;
        swap(&v[root], &v[child]);
        root = child;
    }
}

static void heapsort(uint32_t *v, uint32_t n) {
    for (uint32_t i = n / 2; i > 0; i--) sift_down(v, i - 1, n);
    for (uint32_t end = n; end > 1; end--) {
        swap(&v[0], &v[end - 1]);
        sift_down(v, 0, end - 1);
    }
}

/* A digest of the sorted keys, or 0 if they are out of order or the two sorts disagree. */
static uint64_t check_and_digest(void) {
    uint64_t digest = 0x84222325cbf29ce4u;
    for (uint32_t i = 0; i < COUNT; i++) {
        if (by_quicksort[i] != by_heapsort[i]) return 0;
        if (i > 0 && by_quicksort[i - 1] > by_quicksort[i]) return 0;
        digest = (digest ^ by_quicksort[i]) * 0x100000001b3u + i;
    }
    return digest;
}

int main(int argc, char **argv) {
    uint32_t rounds = bench_rounds(argc, argv, DEFAULT_ROUNDS);
    uint64_t checksum = 0;
    for (uint32_t round = 0; round < rounds; round++) {
        uint32_t seed = 0x9e3779b9u * (round + 1);
        /* Every fourth round has many duplicates, which stresses the partition's equal keys. */
        uint32_t range = round % 4 == 3 ? 1000u : UINT32_MAX;
        for (uint32_t i = 0; i < COUNT; i++) by_quicksort[i] = next_random(&seed) % range;
        memcpy(by_heapsort, by_quicksort, sizeof by_heapsort);
        quicksort(by_quicksort, COUNT);
        heapsort(by_heapsort, COUNT);
        uint64_t digest = check_and_digest();
        if (digest == 0) {
            printf("sort: round %" PRIu32 " is not sorted or the sorts disagree\n", round);
            return 1;
        }
        checksum = (checksum << 11 | checksum >> 53) ^ digest;
    }
    printf("sort: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
