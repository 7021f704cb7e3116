/* SPDX-License-Identifier: MIT */
/* Benchmark: integer matrix multiplication. Each round multiplies two 48x48 matrices of 32-bit
 * integers (wrapping arithmetic), then feeds the product back into the left operand, so no round
 * can be skipped or hoisted. The inner loop is loads, multiply-adds and stores over rows, the
 * shape of image filters and fixed-point DSP code. Prints one checksum line. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#include "bench.h"

#define N 48u       /* 3 x 9 KiB of matrices: the working set fits a data cache */
#define DEFAULT_ROUNDS 4800u /* at least 1 s under qemu-riscv64 (README.md) */

static uint32_t left[N][N], right[N][N], product[N][N];

/* A linear congruential generator: a fixed seed gives the same matrices everywhere. */
static uint32_t next_random(uint32_t *state) {
    *state = *state * 1664525u + 1013904223u;
    return *state >> 8;
}

static void fill(uint32_t m[N][N], uint32_t *seed) {
    for (uint32_t i = 0; i < N; i++)
        for (uint32_t j = 0; j < N; j++) m[i][j] = next_random(seed) % 2001u - 1000u;
}

/* product = left * right, in i-k-j order so the inner loop walks rows of right and product. */
static void multiply(void) {
    for (uint32_t i = 0; i < N; i++) {
        for (uint32_t j = 0; j < N; j++) product[i][j] = 0;
        for (uint32_t k = 0; k < N; k++) {
            uint32_t a = left[i][k];
            for (uint32_t j = 0; j < N; j++) product[i][j] += a * right[k][j];
        }
    }
}

/* Folds the product into a running checksum and derives the next left operand from it: small
 * values again (product % 2001 - 1000), so entries neither vanish nor stick at one value. */
static uint64_t fold_and_feed_back(uint64_t checksum) {
    for (uint32_t i = 0; i < N; i++) {
        for (uint32_t j = 0; j < N; j++) {
            uint32_t p = product[i][j];
            checksum = (checksum ^ p) * 0x100000001b3u;
            left[i][j] = p % 2001u - 1000u;
        }
    }
    return checksum;
}

int main(int argc, char **argv) {
    uint32_t rounds = bench_rounds(argc, argv, DEFAULT_ROUNDS);
    uint32_t seed = 20260101u;
    fill(left, &seed);
    fill(right, &seed);
    uint64_t checksum = 0xcbf29ce484222325u;
    for (uint32_t round = 0; round < rounds; round++) {
        multiply();
        checksum = fold_and_feed_back(checksum);
    }
    printf("matmul: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
