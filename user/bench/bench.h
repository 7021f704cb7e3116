/* SPDX-License-Identifier: MIT */
/* Shared by the benchmarks: the number of rounds, from argv[1] or the program's default. run.sh
 * runs the defaults (long runs: at least a second under qemu-riscv64) and also a few rounds
 * under cachegrind, and 0 rounds (set-up and checksum only) to take start-up out. */
#ifndef BASIN_BENCH_H
#define BASIN_BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define BENCH_MAX_ROUNDS 100000000u

/* argv[1] as a decimal round count of at most BENCH_MAX_ROUNDS, else default_rounds; anything
 * else in argv ends the program with status 2. */
static inline uint32_t bench_rounds(int argc, char **argv, uint32_t default_rounds) {
    if (argc < 2) return default_rounds;
    uint64_t rounds = 0;
    const char *text = argv[1];
    for (int i = 0; i < 10 && text[i] >= '0' && text[i] <= '9'; i++) {
        rounds = rounds * 10u + (uint64_t)(text[i] - '0');
        if (text[i + 1] == '\0' && rounds <= BENCH_MAX_ROUNDS && argc == 2)
            return (uint32_t)rounds;
    }
    fprintf(stderr, "usage: %s [ROUNDS]   (0 to %u, default %u)\n", argv[0], BENCH_MAX_ROUNDS,
            default_rounds);
    exit(2);
}

#endif
