/* SPDX-License-Identifier: MIT */
/* Benchmark: SHA-256 (FIPS 180-4) over a generated buffer. Each round hashes the whole buffer and
 * writes the digest back into it at a moving offset, so every round hashes different data and
 * depends on the one before. 32-bit rotates, adds and logic in long dependency chains, as in
 * TLS, package managers and content-addressed storage. Checks the "abc" test vector first.
 * Prints one checksum line. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bench.h"

#define BUFFER_BYTES 65536u /* hashed per round */
#define DEFAULT_ROUNDS 1600u /* at least 1 s under qemu-riscv64 (README.md) */

struct sha256 {
    uint32_t state[8];
    uint8_t block[64]; /* bytes waiting for a full block */
    uint32_t used;     /* how many of block[] are filled */
    uint64_t length;   /* message bytes so far */
};

/* The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
static const uint32_t round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/* The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
static const uint32_t initial_state[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

static uint8_t buffer[BUFFER_BYTES];

static uint32_t rotr(uint32_t x, unsigned n) { return x >> n | x << (32 - n); }

static uint32_t load_be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void store_be32(uint8_t *p, uint32_t x) {
    p[0] = (uint8_t)(x >> 24);
    p[1] = (uint8_t)(x >> 16);
    p[2] = (uint8_t)(x >> 8);
    p[3] = (uint8_t)x;
}

/* Expands the 16 message words of a block into the 64 of the schedule. */
static void message_schedule(const uint8_t block[64], uint32_t w[64]) {
    for (int t = 0; t < 16; t++) w[t] = load_be32(block + 4 * t);
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ w[t - 15] >> 3;
        uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ w[t - 2] >> 10;
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
}

static void compress(uint32_t state[8], const uint8_t block[64]) {
    uint32_t w[64];
    message_schedule(block, w);
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int t = 0; t < 64; t++) {
        uint32_t sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        uint32_t choose = (e & f) ^ (~e & g);
        uint32_t t1 = h + sum1 + choose + round_constants[t] + w[t];
        uint32_t sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = sum0 + majority;
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state[0] += a, state[1] += b, state[2] += c, state[3] += d;
    state[4] += e, state[5] += f, state[6] += g, state[7] += h;
}

static void sha256_start(struct sha256 *s) {
    memcpy(s->state, initial_state, sizeof s->state);
    s->used = 0;
    s->length = 0;
}

/* Whole blocks are compressed straight from the input; the rest waits in s->block. Each pass
 * consumes at least one byte, so the loop ends. */
static void sha256_add(struct sha256 *s, const uint8_t *bytes, size_t n) {
    s->length += n;
    while (n > 0) {
        if (s->used == 0 && n >= 64) {
            compress(s->state, bytes);
            bytes += 64;
            n -= 64;
            continue;
        }
        size_t take = 64 - s->used < n ? 64 - s->used : n;
        memcpy(s->block + s->used, bytes, take);
        s->used += (uint32_t)take;
        bytes += take;
        n -= take;
        if (s->used == 64) {
            compress(s->state, s->block);
            s->used = 0;
        }
    }
}

/* Pads with 0x80, zeros and the bit length, then writes the 32-byte digest. */
static void sha256_finish(struct sha256 *s, uint8_t digest[32]) {
    uint64_t bits = s->length * 8;
    static const uint8_t first_pad = 0x80, zero = 0;
    sha256_add(s, &first_pad, 1);
    while (s->used != 56) sha256_add(s, &zero, 1); /* at most 63 bytes */
    uint8_t length_bytes[8];
    for (int i = 0; i < 8; i++) length_bytes[i] = (uint8_t)(bits >> (56 - 8 * i));
    sha256_add(s, length_bytes, 8);
    for (int i = 0; i < 8; i++) store_be32(digest + 4 * i, s->state[i]);
}

static void sha256(const uint8_t *bytes, size_t n, uint8_t digest[32]) {
    struct sha256 s;
    sha256_start(&s);
    sha256_add(&s, bytes, n);
    sha256_finish(&s, digest);
}

static int self_check(void) {
    static const uint8_t expected[32] = {
        0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22,
        0x23, 0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00,
        0x15, 0xad,
    };
    uint8_t digest[32];
    sha256((const uint8_t *)"abc", 3, digest);
    return memcmp(digest, expected, 32) == 0;
}

/* Bytes from a 64-bit xorshift, so the buffer is the same on every machine. */
static void generate(void) {
    uint64_t x = 0x0123456789abcdefu;
    for (uint32_t i = 0; i < BUFFER_BYTES; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        buffer[i] = (uint8_t)(x >> 32);
    }
}

int main(int argc, char **argv) {
    uint32_t rounds = bench_rounds(argc, argv, DEFAULT_ROUNDS);
    if (!self_check()) {
        printf("sha256: self-check failed: SHA-256(\"abc\") is wrong\n");
        return 1;
    }
    generate();
    uint8_t digest[32] = {0};
    for (uint32_t round = 0; round < rounds; round++) {
        sha256(buffer, BUFFER_BYTES, digest);
        memcpy(buffer + round * 1021u % (BUFFER_BYTES - 32), digest, 32);
    }
    uint64_t checksum = 0;
    for (int i = 0; i < 8; i++) checksum = checksum << 8 | digest[i];
    printf("sha256: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
