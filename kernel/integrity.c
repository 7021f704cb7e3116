/* SPDX-License-Identifier: MIT */
#include "integrity.h"

#include "console.h"
#include "memlayout.h"
#include "panic.h"

enum { GUARD_COUNT = 3 + MAX_HARTS };

static uint64_t boot_checksum;

/* The guard pages, lowest address first. */
static uint64_t *guard(unsigned index) {
    KERNEL_ASSERT(index < GUARD_COUNT);
    if (index == 0) return (uint64_t *)__guest_guard_below;
    if (index == 1) return (uint64_t *)__guest_guard_above;
    if (index == 2) return (uint64_t *)__trap_guard;
    return (uint64_t *)(__hart_stacks_start + (index - 3) * HART_SLOT_SIZE);
}

/* A pattern that differs at every word, so even a copy of one guard word elsewhere shows. */
static uint64_t pattern(const uint64_t *word) { return 0xba5eba5e00000000ull ^ (uintptr_t)word; }

/* FNV-1a over .text and .rodata, 8 bytes at a time. */
static uint64_t checksum(void) {
    uint64_t hash = 0xcbf29ce484222325ull;
    const uint64_t *word = (const uint64_t *)__text_start, *end = (const uint64_t *)__rodata_end;
    KERNEL_ASSERT(word < end && ((uintptr_t)word & 7) == 0);
    for (; word < end; word++) hash = (hash ^ *word) * 0x100000001b3ull;
    return hash;
}

void integrity_init(void) {
    for (unsigned g = 0; g < GUARD_COUNT; g++)
        for (uint64_t *word = guard(g); word < guard(g) + GUARD_SIZE / 8; word++) *word = pattern(word);
    boot_checksum = checksum();
}

void integrity_verify(void) {
    for (unsigned g = 0; g < GUARD_COUNT; g++) {
        for (uint64_t *word = guard(g); word < guard(g) + GUARD_SIZE / 8; word++) {
            if (*word == pattern(word)) continue;
            char reason[96];
            struct fmt f;
            fmt_init(&f, reason, sizeof reason);
            fmt_str(&f, "integrity: guard page overwritten at ");
            fmt_hex(&f, (uintptr_t)word);
            panic(reason);
        }
    }
    uint64_t now = checksum();
    if (now != boot_checksum) panic("integrity: kernel .text/.rodata checksum changed");
    struct console_builder line;
    console_begin(&line, "kernel: integrity ok: .text+.rodata checksum ");
    fmt_hex(&line.fmt, now);
    fmt_str(&line.fmt, " unchanged, guard pages intact");
    console_end(&line);
}
