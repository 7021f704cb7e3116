/* SPDX-License-Identifier: MIT */
/* Benchmark: conversions between integers and floating point, and between float and double, as
 * in audio and sensor processing. Each round takes 1024 16-bit samples to float, applies a gain
 * in double and rounds the result back to an integer two ways: lrint (the current rounding
 * mode) and a C cast (truncation); clamps it to 16 bits, counts it in a histogram, and feeds it
 * back as the next round's sample. 64-bit and unsigned values go through double and back too.
 * fcvt.s.w, fcvt.d.s, fcvt.s.d, fcvt.l.d, fcvt.w.d, fcvt.d.l, fcvt.d.lu, fcvt.lu.d, fcvt.wu.s:
 * every result is exact or correctly rounded on both sides, so the checksum, which folds the
 * histogram and the integers, must match the host's. Prints one checksum line. */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>

#include "bench.h"

#define SAMPLES 1024u
#define DEFAULT_ROUNDS 5000u /* at least 1 s under qemu-riscv64 (README.md) */

static int16_t samples[SAMPLES];
static uint32_t histogram[256];

static int32_t clamp16(long value) {
    return value > INT16_MAX ? INT16_MAX : value < INT16_MIN ? INT16_MIN : (int32_t)value;
}

/* One round over the samples with gain `gain`; returns what the 64-bit conversions summed. */
static uint64_t process(double gain, float bias) {
    uint64_t wide = 0;
    for (uint32_t i = 0; i < SAMPLES; i++) {
        float sample = (float)samples[i] * (1.0f / 32768.0f) + bias; /* fcvt.s.w */
        double amplified = (double)sample * gain;                     /* fcvt.d.s */
        int32_t rounded = clamp16(lrint(amplified * 32768.0));        /* fcvt.l.d, dynamic */
        int32_t truncated = clamp16((long)(amplified * 30000.0));     /* fcvt.l.d, rtz */
        histogram[(uint32_t)(rounded + 32768) >> 8]++;
        float narrowed = (float)(amplified * 0.75);                   /* fcvt.s.d */
        int64_t big = (int64_t)rounded * 1000003 + truncated;
        double through = (double)big * 0.5;                           /* fcvt.d.l */
        uint64_t unsigned_big = (uint64_t)big * 2654435761u;
        double through_u = (double)unsigned_big;                      /* fcvt.d.lu */
        wide += (uint64_t)(int64_t)through + (uint64_t)(through_u * 0x1p-12) /* fcvt.lu.d */
                + (uint32_t)(fabsf(narrowed) * 1000.0f);              /* fcvt.wu.s */
        samples[i] = (int16_t)((rounded + truncated) / 2);
    }
    return wide;
}

int main(int argc, char **argv) {
    uint32_t rounds = bench_rounds(argc, argv, DEFAULT_ROUNDS);
    uint32_t seed = 2024u;
    for (uint32_t i = 0; i < SAMPLES; i++) {
        seed = seed * 1103515245u + 12345u;
        samples[i] = (int16_t)(seed >> 16);
    }
    uint64_t checksum = 0xcbf29ce484222325u;
    for (uint32_t round = 0; round < rounds; round++) {
        double gain = 0.5 + (double)(round % 97) / 64.0;
        float bias = (float)(int32_t)(round % 13 - 6) / 4096.0f;
        checksum = (checksum ^ process(gain, bias)) * 0x100000001b3u;
    }
    for (uint32_t i = 0; i < 256; i++) checksum = (checksum ^ histogram[i]) * 0x100000001b3u;
    printf("fp_convert: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
