/* SPDX-License-Identifier: MIT */
/* Benchmark: a state machine and CRC-32 over generated text. A buffer of number-like tokens
 * ("42", "-3.5", "6e+7", "1.2.3", ...) separated by commas and spaces is scanned byte by byte by
 * a state machine that classifies each token (integer, decimal, exponent or invalid); then a
 * table-driven CRC-32 (the reflected IEEE polynomial of Ethernet and zip) runs over the buffer
 * and the classification counts. Each round mutates a few bytes first. Data-dependent branches
 * and table lookups, the kind of kernels CoreMark measures. Prints one checksum line.
 *
 * state_crc_run() is the whole benchmark without any library call, so the bench kernel (make
 * bench) also links it (built with -DBENCH_IN_KERNEL) and runs it natively on the hart, beside
 * the same program in the VM. */
#include <stdint.h>
#ifndef BENCH_IN_KERNEL
#include <inttypes.h>
#include <stdio.h>

#include "bench.h"
#endif

#define TEXT_BYTES 8192u /* the scanned buffer */
#define DEFAULT_ROUNDS 12000u /* at least 1 s under qemu-riscv64 (README.md) */
#define KERNEL_ROUNDS 500u /* the bench kernel's: about 110 million instructions, TCG's speed */
#define MUTATIONS 64u    /* bytes changed per round */

enum state { START, SIGN, INTEGER, POINT, FRACTION, EXP_MARK, EXP_SIGN, EXPONENT, INVALID, STATES };
enum kind { KIND_INTEGER, KIND_DECIMAL, KIND_EXPONENT, KIND_INVALID, KINDS };

static uint8_t text[TEXT_BYTES];
static uint32_t crc_table[256];

/* What may appear in the text: mostly digits, some of everything that steers the machine. */
static const char alphabet[] = "0123456789012345678901234567890123456789+-.eE,, x";

static uint32_t next_random(uint32_t *state) {
    *state = *state * 1103515245u + 12345u;
    return *state >> 11;
}

static void generate_text(uint32_t *seed) {
    for (uint32_t i = 0; i < TEXT_BYTES; i++)
        text[i] = (uint8_t)alphabet[next_random(seed) % (sizeof alphabet - 1)];
}

static void mutate_text(uint32_t *seed) {
    for (uint32_t i = 0; i < MUTATIONS; i++) {
        uint32_t at = next_random(seed) % TEXT_BYTES;
        text[at] = (uint8_t)alphabet[next_random(seed) % (sizeof alphabet - 1)];
    }
}

static int is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

/* One transition of the number recognizer; separators are handled by the caller. */
static enum state step(enum state s, uint8_t c) {
    switch (s) {
    case START:
        if (is_digit(c)) return INTEGER;
        return c == '+' || c == '-' ? SIGN : c == '.' ? POINT : INVALID;
    case SIGN:
        return is_digit(c) ? INTEGER : c == '.' ? POINT : INVALID;
    case INTEGER:
        if (is_digit(c)) return INTEGER;
        return c == '.' ? POINT : c == 'e' || c == 'E' ? EXP_MARK : INVALID;
    case POINT:
    case FRACTION:
        if (is_digit(c)) return FRACTION;
        return c == 'e' || c == 'E' ? EXP_MARK : INVALID;
    case EXP_MARK:
        if (is_digit(c)) return EXPONENT;
        return c == '+' || c == '-' ? EXP_SIGN : INVALID;
    case EXP_SIGN:
    case EXPONENT:
        return is_digit(c) ? EXPONENT : INVALID;
    default:
        return INVALID;
    }
}

/* What a token that ended in state s was; one ending in a sign, point or exponent mark is
 * invalid. */
static enum kind classify(enum state s) {
    switch (s) {
    case INTEGER: return KIND_INTEGER;
    case FRACTION: return KIND_DECIMAL;
    case EXPONENT: return KIND_EXPONENT;
    default: return KIND_INVALID;
    }
}

/* Scans the text, counting tokens by kind and the times each state was entered. */
static void scan(uint32_t kinds[KINDS], uint32_t entered[STATES]) {
    enum state s = START;
    for (uint32_t i = 0; i < TEXT_BYTES; i++) {
        uint8_t c = text[i];
        if (c == ',' || c == ' ') {
            if (s != START) kinds[classify(s)]++;
            s = START;
            continue;
        }
        s = step(s, c);
        entered[s]++;
    }
    if (s != START) kinds[classify(s)]++;
}

/* The byte-at-a-time table for the reflected polynomial 0xedb88320. */
static void make_crc_table(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int bit = 0; bit < 8; bit++) c = c & 1u ? (c >> 1) ^ 0xedb88320u : c >> 1;
        crc_table[i] = c;
    }
}

/* Continues a CRC-32 over more bytes: start with 0, pass the result back in to extend it. */
static uint32_t crc32_update(uint32_t crc, const uint8_t *bytes, uint32_t length) {
    crc = ~crc;
    for (uint32_t i = 0; i < length; i++) crc = crc_table[(crc ^ bytes[i]) & 0xffu] ^ (crc >> 8);
    return ~crc;
}

static uint32_t crc32_of_counts(uint32_t crc, const uint32_t *counts, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        uint8_t bytes[4] = {(uint8_t)counts[i], (uint8_t)(counts[i] >> 8),
                            (uint8_t)(counts[i] >> 16), (uint8_t)(counts[i] >> 24)};
        crc = crc32_update(crc, bytes, 4);
    }
    return crc;
}

/* The checksum of every round, or 0 when the CRC-32 self-check fails. */
static uint64_t state_crc_rounds(uint32_t rounds) {
    make_crc_table();
    /* The standard check value: CRC-32 of "123456789" is 0xcbf43926. */
    if (crc32_update(0, (const uint8_t *)"123456789", 9) != 0xcbf43926u) return 0;
    uint32_t seed = 7u;
    generate_text(&seed);
    uint64_t checksum = 0x9e3779b97f4a7c15u; /* not 0, which means a failed self-check */
    for (uint32_t round = 0; round < rounds; round++) {
        uint32_t kinds[KINDS] = {0}, entered[STATES] = {0};
        mutate_text(&seed);
        scan(kinds, entered);
        uint32_t crc = crc32_update(0, text, TEXT_BYTES);
        crc = crc32_of_counts(crc, kinds, KINDS);
        crc = crc32_of_counts(crc, entered, STATES);
        checksum = (checksum << 13 | checksum >> 51) ^ crc ^ (uint64_t)kinds[KIND_EXPONENT] << 32;
    }
    return checksum;
}

/* The bench kernel's routine: what the guest it runs beside computes (bench.mk passes it
 * KERNEL_ROUNDS as its argument). */
uint64_t state_crc_run(void);
uint64_t state_crc_run(void) { return state_crc_rounds(KERNEL_ROUNDS); }

#ifndef BENCH_IN_KERNEL
int main(int argc, char **argv) {
    uint64_t checksum = state_crc_rounds(bench_rounds(argc, argv, DEFAULT_ROUNDS));
    if (checksum == 0) {
        printf("state_crc: CRC-32 self-check failed\n");
        return 1;
    }
    printf("state_crc: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
#endif
