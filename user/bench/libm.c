/* SPDX-License-Identifier: MIT */
/* Benchmark: the C library's mathematical functions. Each round calls sin, exp and log in double
 * and sinf, expf and logf in float on 256 arguments that change every round: glibc's own
 * implementations (range reduction, tables, polynomials), compiled into the guest. Their results
 * are not required to be correctly rounded, and the host's libm is other code (x86-64's uses
 * FMA where the CPU has it), so the expected checksum is qemu-riscv64's on the same ELF, not the
 * native build's (run.sh, GUEST_REFERENCE). The checksum folds the bits of every result.
 * Prints one checksum line. */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bench.h"

#define ARGUMENTS 256u
#define DEFAULT_ROUNDS 6000u /* at least 1 s under qemu-riscv64 (README.md) */

static double arguments[ARGUMENTS];

static uint64_t fold(uint64_t checksum, double value) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    return (checksum ^ bits) * 0x100000001b3u;
}

int main(int argc, char **argv) {
    uint32_t rounds = bench_rounds(argc, argv, DEFAULT_ROUNDS);
    uint64_t state = 7;
    for (uint32_t i = 0; i < ARGUMENTS; i++) {
        state = state * 6364136223846793005u + 1442695040888963407u;
        arguments[i] = (double)(state >> 11) * (20.0 / 9007199254740992.0) + 0.001;
    }
    uint64_t checksum = 0xcbf29ce484222325u;
    for (uint32_t round = 0; round < rounds; round++) {
        double sum = 0.0;
        float sum_f = 0.0f;
        double shift = (double)round * 0x1p-12;
        for (uint32_t i = 0; i < ARGUMENTS; i++) {
            double x = arguments[i] + shift; /* in (0.001, 20 + rounds / 4096) */
            sum += sin(x) + exp(-x) + log(x);
            float xf = (float)x;
            sum_f += sinf(xf) + expf(-xf) + logf(xf);
        }
        checksum = fold(fold(checksum, sum), (double)sum_f);
    }
    printf("libm: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
