/* SPDX-License-Identifier: MIT */
/* Benchmark: fused multiply-add. Each round evaluates a degree-15 polynomial by Horner's rule
 * with fma() at 512 points in double and with fmaf() in float, and a dot product with an exact
 * error term per product (fma(a, b, -a*b) is the rounding error of a*b), the core of libm
 * kernels and compensated sums. fma, fmaf and their negated forms compile to RISC-V's fmadd,
 * fmsub, fnmsub and fnmadd (one rounding each); the host's fma() is exact too, so the checksum,
 * which folds the bits of every result, must match. Prints one checksum line. */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bench.h"

#define POINTS 512u
#define DEGREE 15u
#define DEFAULT_ROUNDS 4500u /* at least 1 s under qemu-riscv64 (README.md) */

static double xs[POINTS], ys[POINTS];
static float xf[POINTS];
static double coefficients[DEGREE + 1];
static float coefficients_f[DEGREE + 1];

static uint64_t fold(uint64_t checksum, uint64_t bits) { return (checksum ^ bits) * 0x100000001b3u; }

static uint64_t bits_of(double value) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    return bits;
}

static uint64_t bits_of_f(float value) {
    uint32_t bits;
    memcpy(&bits, &value, sizeof bits);
    return bits;
}

/* Points in [-1, 1) from a 64-bit LCG's top 53 bits; Taylor coefficients of exp, alternating. */
static void set_up(void) {
    uint64_t state = 99;
    for (uint32_t i = 0; i < POINTS; i++) {
        state = state * 6364136223846793005u + 1442695040888963407u;
        xs[i] = (double)(state >> 11) * (2.0 / 9007199254740992.0) - 1.0;
        ys[i] = 1.0 - xs[i] * 0.5;
        xf[i] = (float)xs[i];
    }
    double term = 1.0;
    for (uint32_t k = 0; k <= DEGREE; k++) {
        coefficients[k] = k % 2 ? -term : term;
        coefficients_f[k] = (float)coefficients[k];
        term /= (double)(k + 1);
    }
}

static double horner(double x) {
    double sum = coefficients[DEGREE];
    for (uint32_t k = DEGREE; k-- > 0;) sum = fma(sum, x, coefficients[k]);
    return sum;
}

static float horner_f(float x) {
    float sum = coefficients_f[DEGREE];
    for (uint32_t k = DEGREE; k-- > 0;) sum = fmaf(sum, x, coefficients_f[k]);
    return sum;
}

/* The dot product of xs and ys, its accumulated rounding errors and a negated form. */
static uint64_t dot(uint64_t checksum) {
    double sum = 0.0, error = 0.0, negated = 0.0;
    for (uint32_t i = 0; i < POINTS; i++) {
        double product = xs[i] * ys[i];
        error += fma(xs[i], ys[i], -product); /* fmsub: exact rounding error of the product */
        sum += product;
        negated = -fma(xs[i], negated, ys[i]); /* fnmadd */
    }
    return fold(fold(fold(checksum, bits_of(sum)), bits_of(error)), bits_of(negated));
}

int main(int argc, char **argv) {
    uint32_t rounds = bench_rounds(argc, argv, DEFAULT_ROUNDS);
    set_up();
    uint64_t checksum = 0xcbf29ce484222325u;
    for (uint32_t round = 0; round < rounds; round++) {
        double shift = (double)round * 0x1p-20;
        double total = 0.0;
        float total_f = 0.0f;
        for (uint32_t i = 0; i < POINTS; i++) {
            total += horner(xs[i] + shift);
            total_f = fmaf(-horner_f(xf[i]), 0.5f, total_f); /* fnmsub */
        }
        checksum = fold(fold(checksum, bits_of(total)), bits_of_f(total_f));
        checksum = dot(checksum);
        ys[round % POINTS] = total * 0x1p-9;
    }
    printf("fma_poly: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
