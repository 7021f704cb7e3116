/* SPDX-License-Identifier: MIT */
/* Benchmark: block copying with the C library's memcpy, memmove and memset. Each round moves
 * pseudo-randomly sized and placed blocks between two buffers (memcpy), slides blocks within a
 * buffer by small overlapping distances (memmove), clears and stamps regions (memset), and samples
 * a few bytes. Sizes and offsets vary, so neither compiler nor library can assume alignment,
 * as in packet buffers, serializers and allocators' copying. Prints one checksum line. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bench.h"

#define BUFFER_BYTES 262144u /* each of the two buffers */
#define MAX_BLOCK 4096u      /* largest block moved at once */
#define OPERATIONS 256u      /* block operations per round */
#define DEFAULT_ROUNDS 26000u /* at least 1 s under qemu-riscv64 (README.md) */

static uint8_t front[BUFFER_BYTES], back[BUFFER_BYTES];

static uint32_t next_random(uint32_t *state) {
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

/* A block length in [1, MAX_BLOCK], small ones more often, as in real traffic. */
static uint32_t block_length(uint32_t *seed) {
    uint32_t r = next_random(seed);
    return 1u + (r % MAX_BLOCK >> (r >> 28 & 7u));
}

static uint32_t offset_for(uint32_t length, uint32_t *seed) {
    return next_random(seed) % (BUFFER_BYTES - length + 1);
}

static void fill_initial(void) {
    uint32_t seed = 0x1234567u;
    for (uint32_t i = 0; i < BUFFER_BYTES; i += 4) {
        uint32_t r = next_random(&seed);
        memcpy(front + i, &r, 4);
    }
}

/* Moves a block of front by 1 to 64 bytes either way, kept inside the buffer: the source and
 * destination always overlap, which is what memmove is for. */
static void slide(uint32_t start, uint32_t length, uint32_t *seed) {
    uint32_t shift = 1u + next_random(seed) % 64u;
    uint32_t highest = BUFFER_BYTES - length - shift; /* MAX_BLOCK + 64 leaves room */
    if (start < shift) start = shift;
    if (start > highest) start = highest;
    if (next_random(seed) & 1u) memmove(front + start - shift, front + start, length);
    else memmove(front + start + shift, front + start, length);
}

/* One operation, chosen by the generator: a copy across, an overlapping slide, or a fill. */
static void one_operation(uint32_t *seed, uint32_t index) {
    uint32_t length = block_length(seed);
    uint32_t from = offset_for(length, seed), to = offset_for(length, seed);
    switch (next_random(seed) % 8u) {
    case 0:
    case 1:
    case 2:
        memcpy(back + to, front + from, length);
        break;
    case 3:
    case 4:
        memcpy(front + to, back + from, length);
        break;
    case 5:
    case 6:
        slide(from, length, seed);
        break;
    default:
        memset(back + to, (int)(index & 0xffu), length);
        break;
    }
}

/* Eight bytes at scattered offsets: enough to make every round's result observable. */
static uint64_t sample(uint64_t checksum, uint32_t round) {
    for (uint32_t i = 0; i < 8; i++) {
        uint32_t at = (round * 7919u + i * 32771u) % BUFFER_BYTES;
        checksum = (checksum ^ front[at] ^ (uint64_t)back[at] << 8) * 0x100000001b3u;
    }
    return checksum;
}

static uint64_t digest_buffers(uint64_t checksum) {
    for (uint32_t i = 0; i < BUFFER_BYTES; i += 8) {
        uint64_t a, b;
        memcpy(&a, front + i, 8);
        memcpy(&b, back + i, 8);
        checksum = (checksum ^ a ^ (b << 1 | b >> 63)) * 0x100000001b3u;
    }
    return checksum;
}

int main(int argc, char **argv) {
    uint32_t rounds = bench_rounds(argc, argv, DEFAULT_ROUNDS);
    fill_initial();
    uint32_t seed = 0xdeadbeefu;
    uint64_t checksum = 0xcbf29ce484222325u;
    for (uint32_t round = 0; round < rounds; round++) {
        for (uint32_t op = 0; op < OPERATIONS; op++) one_operation(&seed, round * OPERATIONS + op);
        checksum = sample(checksum, round);
    }
    checksum = digest_buffers(checksum);
    printf("memshuffle: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
