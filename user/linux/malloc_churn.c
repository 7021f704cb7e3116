/* SPDX-License-Identifier: MIT */
/* malloc, calloc, realloc and free churn, small and large (mmap-backed) blocks, with every
 * block's contents checked before it is freed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 256
#define ROUNDS 6000

static uint64_t state = 0x123456789abcdefULL;

static uint64_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

struct block {
    unsigned char *bytes;
    size_t size;
    unsigned char fill;
};

/* Large blocks are filled and checked at a stride (and at their last byte), to keep the run
 * short; small ones at every byte. */
static size_t stride(const struct block *b) { return b->size > 4096 ? 61 : 1; }

static int check(const struct block *b) {
    for (size_t i = 0; i < b->size; i += stride(b))
        if (b->bytes[i] != (unsigned char)(b->fill + i)) return 0;
    return b->bytes[b->size - 1] == (unsigned char)(b->fill + b->size - 1);
}

static void fill(struct block *b) {
    for (size_t i = 0; i < b->size; i += stride(b)) b->bytes[i] = (unsigned char)(b->fill + i);
    b->bytes[b->size - 1] = (unsigned char)(b->fill + b->size - 1);
}

int main(void) {
    static struct block blocks[SLOTS];
    unsigned long allocations = 0, frees = 0, reallocs = 0, bad = 0;
    for (int round = 0; round < ROUNDS; round++) {
        struct block *b = &blocks[next() % SLOTS];
        uint64_t r = next();
        size_t size = (r % 32 == 0) ? 130000 + r % 10000 : 1 + r % 600;
        if (b->bytes == 0) {
            b->bytes = (r & 1) ? malloc(size) : calloc(size, 1);
            if (b->bytes == 0) { puts("allocation failed"); return 1; }
            if (!(r & 1))
                for (size_t i = 0; i < size; i += 61) bad += b->bytes[i] != 0; /* calloc zeroes */
            b->size = size;
            b->fill = (unsigned char)r;
            fill(b);
            allocations++;
        } else if (r % 3 == 0) {
            bad += !check(b);
            size_t keep = b->size < size ? b->size : size;
            unsigned char *grown = realloc(b->bytes, size);
            if (grown == 0) { puts("realloc failed"); return 1; }
            for (size_t i = 0; i + 1 < keep; i += stride(b))
                bad += grown[i] != (unsigned char)(b->fill + i);
            b->bytes = grown;
            b->size = size;
            fill(b);
            reallocs++;
        } else {
            bad += !check(b);
            free(b->bytes);
            b->bytes = 0;
            frees++;
        }
    }
    for (int i = 0; i < SLOTS; i++) {
        if (blocks[i].bytes == 0) continue;
        bad += !check(&blocks[i]);
        free(blocks[i].bytes);
    }
    printf("allocations %lu, reallocs %lu, frees %lu, corrupted %lu\n", allocations, reallocs,
           frees, bad);
    return bad == 0 ? 0 : 2;
}
