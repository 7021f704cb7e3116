/* SPDX-License-Identifier: MIT */
/* A computation with a known checksum: CRC-32 and FNV-1a over pseudo-random data, plus signed
 * and unsigned multiply, divide and remainder. The tests compare the guest's output with this
 * same file compiled for the host. */
#include "../runtime/basin.h"

#define DATA_BYTES 65536u

static uint8_t data[DATA_BYTES];

static uint32_t crc32(const uint8_t *bytes, size_t length) {
    uint32_t crc = 0xffffffffu;
    for (size_t i = 0; i < length; i++) {
        crc ^= bytes[i];
        for (int bit = 0; bit < 8; bit++) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

static uint64_t fnv1a(const uint8_t *bytes, size_t length) {
    uint64_t hash = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < length; i++) hash = (hash ^ bytes[i]) * 0x100000001b3ull;
    return hash;
}

/* Mixes signed division and remainder of negative values with 32-bit arithmetic. */
static int64_t arithmetic(void) {
    int64_t total = 0;
    for (int32_t i = -5000; i < 5000; i++) {
        int64_t wide = (int64_t)i * 7919 - 3;
        total += wide / 13 + wide % 17;
        total ^= (int64_t)((uint32_t)i * 2654435761u >> 7);
        if (i != 0) total += (int32_t)(0x7fffffff / i) + (int32_t)(-2147483647 % i);
    }
    return total;
}

int main(void) {
    uint64_t state = 0x2545f4914f6cdd1dull;
    for (size_t i = 0; i < DATA_BYTES; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        data[i] = (uint8_t)(state >> 56);
    }
    print("crc32: ");
    print_hex(crc32(data, DATA_BYTES));
    print("\nfnv1a: ");
    print_hex(fnv1a(data, DATA_BYTES));
    print("\narithmetic: ");
    print_i64(arithmetic());
    print("\n");
    return 0;
}
