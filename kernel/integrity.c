/* SPDX-License-Identifier: MIT */
#include "integrity.h"

#include "console.h"
#include "memlayout.h"
#include "panic.h"
#include "sv39.h"

static uint64_t boot_checksum;

/* FNV-1a over .text and .rodata, 8 bytes at a time. */
static uint64_t checksum(void) {
    uint64_t hash = 0xcbf29ce484222325ull;
    const uint64_t *word = (const uint64_t *)__text_start, *end = (const uint64_t *)__rodata_end;
    KERNEL_ASSERT(word < end && ((uintptr_t)word & 7) == 0);
    for (; word < end; word++) hash = (hash ^ *word) * 0x100000001b3ull;
    return hash;
}

void integrity_init(void) { boot_checksum = checksum(); }

void integrity_verify(void) {
    if (!sv39_verify()) panic("integrity: a guard page is mapped, a kernel page is user-accessible, or SUM is set");
    uint64_t now = checksum();
    if (now != boot_checksum) panic("integrity: kernel .text/.rodata checksum changed");
    struct console_builder line;
    console_begin(&line, "kernel: integrity ok: .text+.rodata checksum ");
    fmt_hex(&line.fmt, now);
    fmt_str(&line.fmt, " unchanged, guard pages unmapped");
    console_end(&line);
}
