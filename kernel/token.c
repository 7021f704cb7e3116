/* SPDX-License-Identifier: MIT */
#include "token.h"

#include "fdt.h"
#include "panic.h"

/* splitmix64's finalizer: every input bit affects every output bit. */
static uint64_t mix(uint64_t value) {
    value ^= value >> 30;
    value *= 0xbf58476d1ce4e5b9ull;
    value ^= value >> 27;
    value *= 0x94d049bb133111ebull;
    return value ^ (value >> 31);
}

static uint64_t read_time(void) {
    uint64_t ticks;
    __asm__ volatile("csrr %0, time" : "=r"(ticks));
    return ticks;
}

uint64_t token_make(uint64_t image_secret, uintptr_t dtb) {
    enum { SEED_BYTES = 64 };
    uint8_t seed[SEED_BYTES];
    uint32_t length = 0;
    uint64_t state = mix(image_secret ^ 0x6261736e746f6b6eull);
    if (fdt_find_bytes(dtb, "rng-seed", seed, SEED_BYTES, &length))
        for (uint32_t i = 0; i < length; i++) state = mix(state ^ seed[i]);
    uint64_t rtc = 0, rtc_base = 0;
    if (fdt_find_compatible_reg(dtb, "google,goldfish-rtc", &rtc_base))
        rtc = *(volatile uint32_t *)(uintptr_t)rtc_base;
    state = mix(mix(state ^ read_time()) ^ rtc);
    uint64_t token = state & ((1ull << TOKEN_BITS) - 1);
    KERNEL_ASSERT(token < (1ull << TOKEN_BITS));
    return token != 0 ? token : 1;
}
