/* SPDX-License-Identifier: MIT */
/* Hashing: SHA-256 (FIPS 180-4) checked against the standard's example digests, then CRC-32,
 * CRC-32C, FNV-1a and SHA-256 over 256 KiB of generated data, each checked on its published
 * check value first and on the data against values from independent implementations (Python's
 * hashlib and zlib). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- SHA-256 --------------------------------------------------------------------------- */

struct sha256 {
    uint32_t state[8];
    uint64_t length; /* bytes hashed so far */
    uint8_t block[64];
    size_t used;     /* bytes waiting in block */
};

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

static uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

static uint32_t load_be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void sha256_init(struct sha256 *h) {
    static const uint32_t initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(h->state, initial, sizeof initial);
    h->length = 0;
    h->used = 0;
}

/* The message schedule W[0..63] of one 512-bit block (FIPS 180-4, 6.2.2 step 1). */
static void expand(const uint8_t *block, uint32_t w[64]) {
    for (int t = 0; t < 16; t++) w[t] = load_be32(block + 4 * t);
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
}

static void compress(uint32_t state[8], const uint8_t *block) {
    uint32_t w[64];
    expand(block, w);
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int t = 0; t < 64; t++) {
        uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                      round_constants[t] + w[t];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
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

static void sha256_update(struct sha256 *h, const void *data, size_t n) {
    const uint8_t *p = data;
    h->length += n;
    while (n > 0) {
        size_t take = sizeof h->block - h->used < n ? sizeof h->block - h->used : n;
        memcpy(h->block + h->used, p, take);
        h->used += take;
        p += take;
        n -= take;
        if (h->used == sizeof h->block) {
            compress(h->state, h->block);
            h->used = 0;
        }
    }
}

/* Padding: 0x80, zeros, then the bit length as a 64-bit big-endian number (5.1.1). */
static void sha256_final(struct sha256 *h, uint8_t digest[32]) {
    uint64_t bits = h->length * 8;
    uint8_t pad[72] = {0x80};
    size_t pad_length = (h->used < 56 ? 56 : 120) - h->used;
    for (int i = 0; i < 8; i++) pad[pad_length + i] = (uint8_t)(bits >> (56 - 8 * i));
    sha256_update(h, pad, pad_length + 8);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 4; j++) digest[4 * i + j] = (uint8_t)(h->state[i] >> (24 - 8 * j));
}

static void to_hex(const uint8_t *bytes, size_t n, char *out) {
    for (size_t i = 0; i < n; i++) snprintf(out + 2 * i, 3, "%02x", bytes[i]);
}

static void sha256_hex(const void *data, size_t n, char hex[65]) {
    struct sha256 h;
    uint8_t digest[32];
    sha256_init(&h);
    sha256_update(&h, data, n);
    sha256_final(&h, digest);
    to_hex(digest, sizeof digest, hex);
}

static int check_sha256(const char *label, const void *data, size_t n, const char *expected) {
    char hex[65];
    sha256_hex(data, n, hex);
    int ok = strcmp(hex, expected) == 0;
    printf("sha256(%s) = %s %s\n", label, hex, ok ? "ok" : "MISMATCH");
    return ok;
}

/* The examples of FIPS 180-4 (one block, two blocks) and NIST's empty and 896-bit messages. */
static int sha256_vectors(void) {
    static const char two_blocks[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    static const char long_message[] = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                                       "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    int ok = check_sha256("\"\"", "", 0,
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    ok &= check_sha256("\"abc\"", "abc", 3,
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    ok &= check_sha256("448-bit message", two_blocks, sizeof two_blocks - 1,
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    ok &= check_sha256("896-bit message", long_message, sizeof long_message - 1,
                       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    return ok;
}

/* ---- CRC-32, CRC-32C, FNV-1a ---------------------------------------------------------------- */

#define CRC32_POLY 0xedb88320u  /* IEEE 802.3, bit-reflected */
#define CRC32C_POLY 0x82f63b78u /* Castagnoli, bit-reflected */

static uint32_t crc_bitwise(uint32_t poly, const uint8_t *p, size_t n) {
    uint32_t crc = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int b = 0; b < 8; b++) crc = (crc >> 1) ^ (poly & (0u - (crc & 1)));
    }
    return ~crc;
}

static void crc_table(uint32_t poly, uint32_t table[256]) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int b = 0; b < 8; b++) c = (c >> 1) ^ (poly & (0u - (c & 1)));
        table[i] = c;
    }
}

static uint32_t crc_table_driven(const uint32_t table[256], const uint8_t *p, size_t n) {
    uint32_t crc = 0xffffffffu;
    for (size_t i = 0; i < n; i++) crc = (crc >> 8) ^ table[(crc ^ p[i]) & 0xff];
    return ~crc;
}

static uint32_t fnv1a32(const uint8_t *p, size_t n) {
    uint32_t h = 0x811c9dc5u;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x01000193u;
    return h;
}

static uint64_t fnv1a64(const uint8_t *p, size_t n) {
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3u;
    return h;
}

#define DATA_SIZE (256u * 1024u)
static uint8_t data[DATA_SIZE];

/* xorshift64 bytes: the same data on every machine. */
static void generate(uint8_t *out, size_t n) {
    uint64_t x = 0x0123456789abcdefu;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out[i] = (uint8_t)(x >> 32);
    }
}

static int expect(const char *what, uint64_t got, uint64_t want, int hex_digits) {
    printf("%s = %0*" PRIx64 " %s\n", what, hex_digits, got, got == want ? "ok" : "MISMATCH");
    return got == want;
}

static int check_values(void) {
    const uint8_t *digits = (const uint8_t *)"123456789", *a = (const uint8_t *)"a";
    int ok = expect("crc32(\"123456789\")", crc_bitwise(CRC32_POLY, digits, 9), 0xcbf43926u, 8);
    ok &= expect("crc32c(\"123456789\")", crc_bitwise(CRC32C_POLY, digits, 9), 0xe3069283u, 8);
    ok &= expect("fnv1a32(\"a\")", fnv1a32(a, 1), 0xe40c292cu, 8);
    ok &= expect("fnv1a64(\"a\")", fnv1a64(a, 1), 0xaf63dc4c8601ec8cu, 16);
    return ok;
}

static int hash_data(void) {
    static uint32_t crc32_table[256], crc32c_table[256];
    crc_table(CRC32_POLY, crc32_table);
    crc_table(CRC32C_POLY, crc32c_table);
    generate(data, DATA_SIZE);
    /* The bitwise form is slow; agreeing on the first 16 KiB checks the tables. */
    int ok = crc_table_driven(crc32_table, data, 16384) == crc_bitwise(CRC32_POLY, data, 16384) &&
             crc_table_driven(crc32c_table, data, 16384) == crc_bitwise(CRC32C_POLY, data, 16384);
    printf("data: %u generated bytes, crc tables agree with the bitwise form: %s\n", DATA_SIZE,
           ok ? "yes" : "NO");
    ok &= expect("data: crc32", crc_table_driven(crc32_table, data, DATA_SIZE), 0x064a20c7u, 8);
    ok &= expect("data: crc32c", crc_table_driven(crc32c_table, data, DATA_SIZE), 0x3c24946bu, 8);
    ok &= expect("data: fnv1a32", fnv1a32(data, DATA_SIZE), 0xb5f06570u, 8);
    ok &= expect("data: fnv1a64", fnv1a64(data, DATA_SIZE), 0xb2c1a0f066a7d770u, 16);
    ok &= check_sha256("data", data, DATA_SIZE,
                       "9d637ab3d3628412eb7476ca7d2f70ca4b326b736f3e4064f9b83aa094d2b17c");
    return ok;
}

int main(void) {
    int ok = sha256_vectors();
    ok = check_values() && ok;
    ok = hash_data() && ok;
    printf("hash: %s\n", ok ? "all checks passed" : "FAILED");
    return ok ? 0 : 1;
}
