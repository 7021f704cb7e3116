/* SPDX-License-Identifier: MIT */
/* Benchmark: single-precision (float) arithmetic. Heat diffusion on a 64x64 grid of floats: each
 * round replaces every inner cell by a weighted mean of itself and its four neighbours plus a
 * small source, then takes the grid's norm (a square root) and rescales the grid by its inverse
 * (a division), so the values stay in range for any number of rounds. Adds, multiplies,
 * subtracts, a divide and a square root in binary32, the arithmetic of image filters and games.
 * The checksum folds the bits of every cell and of each round's norm, so it checks that the
 * guest rounds every float exactly as the host does (no fused multiply-add). Prints one checksum
 * line. */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bench.h"

#define N 64u                 /* cells per side: 2 x 16 KiB of floats */
#define DEFAULT_ROUNDS 2300u /* at least 1 s under qemu-riscv64 (README.md) */

static float grid[2][N][N];

/* Uniform in [0, 1) from a 32-bit LCG's top 24 bits, exactly representable as a float. */
static float next_uniform(uint32_t *state) {
    *state = *state * 1664525u + 1013904223u;
    return (float)(*state >> 8) * (1.0f / 16777216.0f);
}

static uint64_t fold(uint64_t checksum, float value) {
    uint32_t bits;
    memcpy(&bits, &value, sizeof bits);
    return (checksum ^ bits) * 0x100000001b3u;
}

/* One diffusion step from grid[from] into grid[1 - from]; returns the new grid's norm. */
static float diffuse(uint32_t from, float source) {
    float (*old)[N] = grid[from], (*next)[N] = grid[1 - from];
    float sum = 0.0f;
    for (uint32_t i = 1; i < N - 1; i++) {
        for (uint32_t j = 1; j < N - 1; j++) {
            float neighbours = old[i - 1][j] + old[i + 1][j] + old[i][j - 1] + old[i][j + 1];
            float value = 0.6f * old[i][j] + 0.1f * neighbours - 0.01f * (old[i][j] - source);
            next[i][j] = value;
            sum += value * value;
        }
    }
    return sqrtf(sum);
}

static void rescale(uint32_t which, float norm) {
    float scale = (float)N / norm;
    for (uint32_t i = 1; i < N - 1; i++)
        for (uint32_t j = 1; j < N - 1; j++) grid[which][i][j] *= scale;
}

int main(int argc, char **argv) {
    uint32_t rounds = bench_rounds(argc, argv, DEFAULT_ROUNDS);
    uint32_t seed = 12345u;
    for (uint32_t i = 0; i < N; i++)
        for (uint32_t j = 0; j < N; j++) grid[0][i][j] = grid[1][i][j] = next_uniform(&seed);
    uint64_t checksum = 0xcbf29ce484222325u;
    uint32_t current = 0;
    for (uint32_t round = 0; round < rounds; round++) {
        float norm = diffuse(current, next_uniform(&seed));
        current = 1 - current;
        if (!(norm > 0.0f && norm < 1e30f)) {
            printf("float_stencil: norm %g out of range in round %" PRIu32 "\n", (double)norm,
                   round);
            return 1;
        }
        rescale(current, norm);
        checksum = fold(checksum, norm);
    }
    for (uint32_t i = 0; i < N; i++)
        for (uint32_t j = 0; j < N; j++) checksum = fold(checksum, grid[current][i][j]);
    printf("float_stencil: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
