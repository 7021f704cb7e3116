/* SPDX-License-Identifier: MIT */
/*
 * difftest-compare: compares the dumps two runs of a difftest program wrote (tests/difftest/run.sh).
 *
 *   difftest-compare SEED BASIN.bin QEMU.bin
 *
 * Build: cc -std=c11 -O2 -Wall -Wextra -Werror tests/difftest/compare.c -o build/host/difftest-compare
 *
 * A dump (layout.h) is x1..x31, f0..f31, fcsr (8 bytes each, little-endian), the scratch area, the
 * trace (the values each fragment wrote, in execution order) and the trace's map (which register
 * and pc each trace slot holds). Exit status 0 when both dumps are complete and identical.
 * Otherwise 1, with the first line
 *   difftest: seed SEED: first difference in REG: basin=0x... qemu=0x...
 * then a line listing every differing slot, and/or a line saying the sizes differ (a fault or a
 * short write cuts a dump short). REG is the earliest differing trace slot, named by what it holds,
 * e.g. "x5 written at pc 0x10234 (trace slot 17)": the first instruction whose result differs.
 * Without a trace difference it is x5, f12, fcsr or mem[0x201a38] (the 8-byte word of the scratch
 * area) from the final state. Exit status 2 for a usage or I/O error.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "layout.h"

enum { MAX_DUMP = 1 << 20, WORD = 8, MAX_LISTED = 24 };

struct dump {
    const char *path;
    size_t size;
    bool truncated; /* more than MAX_DUMP bytes */
    uint8_t bytes[MAX_DUMP];
};

static struct dump basin, qemu; /* static: 1 MiB each */

static bool read_dump(struct dump *d) {
    FILE *in = fopen(d->path, "rb");
    if (!in) { perror(d->path); return false; }
    d->size = fread(d->bytes, 1, MAX_DUMP, in);
    d->truncated = d->size == MAX_DUMP && fgetc(in) != EOF;
    bool ok = !ferror(in);
    fclose(in);
    if (!ok) perror(d->path);
    return ok;
}

enum {
    SCRATCH_OFFSET = DT_SCRATCH_ADDR - DT_DUMP_ADDR,
    TRACE_OFFSET = DT_TRACE_ADDR - DT_DUMP_ADDR,
    MAP_OFFSET = DT_MAP_ADDR - DT_DUMP_ADDR,
};

static uint64_t word_at(const struct dump *d, size_t slot);

/* What trace slot `index` holds, from the map (QEMU's copy: the reference). */
static void trace_name(size_t index, char *out, size_t cap) {
    uint64_t entry = word_at(&qemu, MAP_OFFSET + WORD * index);
    if ((entry & DT_MAP_USED) == 0) {
        snprintf(out, cap, "trace slot %zu", index);
        return;
    }
    snprintf(out, cap, "%c%u written at pc 0x%x (trace slot %zu)", entry & DT_MAP_FP ? 'f' : 'x',
             (unsigned)(entry >> 32) & 0xff, (unsigned)entry, index);
}

/* The name of the 8-byte slot at `offset`. */
static void slot_name(size_t offset, char *out, size_t cap) {
    size_t slot = offset / WORD * WORD;
    if (slot < DT_F_OFFSET) snprintf(out, cap, "x%zu", slot / WORD + 1);
    else if (slot < DT_FCSR_OFFSET) snprintf(out, cap, "f%zu", (slot - DT_F_OFFSET) / WORD);
    else if (slot < DT_REGS_SIZE) snprintf(out, cap, "fcsr");
    else if (slot < TRACE_OFFSET)
        snprintf(out, cap, "mem[0x%zx]", (size_t)DT_SCRATCH_ADDR + (slot - SCRATCH_OFFSET));
    else if (slot < MAP_OFFSET) trace_name((slot - TRACE_OFFSET) / WORD, out, cap);
    else if (slot < DT_DUMP_SIZE) snprintf(out, cap, "trace map entry %zu", (slot - MAP_OFFSET) / WORD);
    else snprintf(out, cap, "byte %zu (past the end of a dump)", slot);
}

/* The little-endian word at `slot`, from the bytes the dump has (a short dump: the rest are 0). */
static uint64_t word_at(const struct dump *d, size_t slot) {
    uint64_t value = 0;
    for (size_t i = 0; i < WORD; i++)
        if (slot + i < d->size) value |= (uint64_t)d->bytes[slot + i] << (8 * i);
    return value;
}

static bool slot_differs(size_t slot, size_t common) {
    size_t end = slot + WORD < common ? slot + WORD : common;
    return memcmp(basin.bytes + slot, qemu.bytes + slot, end - slot) != 0;
}

/* The n-th slot to examine, of `total` bytes: the trace first (it is in execution order, so its
 * first difference is the earliest), then what precedes it (final registers, fcsr, memory), then
 * what follows it (the map, and anything past the end of a dump). */
static size_t nth_slot(size_t n, size_t total) {
    size_t trace_end = total < MAP_OFFSET ? total : MAP_OFFSET;
    size_t trace_words = trace_end > TRACE_OFFSET ? (trace_end - TRACE_OFFSET) / WORD : 0;
    if (n < trace_words) return TRACE_OFFSET + n * WORD;
    n -= trace_words;
    size_t before_words = (total < TRACE_OFFSET ? total : TRACE_OFFSET) / WORD;
    if (n < before_words) return n * WORD;
    return MAP_OFFSET + (n - before_words) * WORD;
}

/* Appends to a bounded string: a long list is cut, never overflowed. */
static void append(char *out, size_t cap, const char *text) {
    size_t used = strlen(out);
    if (used + 1 < cap) snprintf(out + used, cap - used, "%s", text);
}

/* Reports the differing slots within the bytes both dumps have; returns how many differ. */
static size_t report_differences(const char *seed, size_t common) {
    size_t count = 0;
    char name[96];
    static char list[MAX_LISTED * 64]; /* static: the repo's -Wframe-larger-than=1024; one call */
    list[0] = '\0';
    size_t words = (common + WORD - 1) / WORD;
    for (size_t n = 0; n < words; n++) {
        size_t slot = nth_slot(n, words * WORD);
        if (slot >= common || !slot_differs(slot, common)) continue;
        slot_name(slot, name, sizeof name);
        if (count == 0)
            printf("difftest: seed %s: first difference in %s: basin=0x%016llx qemu=0x%016llx\n", seed,
                   name, (unsigned long long)word_at(&basin, slot),
                   (unsigned long long)word_at(&qemu, slot));
        if (count < MAX_LISTED) {
            append(list, sizeof list, count == 0 ? " " : "; ");
            append(list, sizeof list, name);
        }
        count++;
    }
    if (count > 1)
        printf("difftest: seed %s: %zu slots differ:%s%s\n", seed, count, list,
               count > MAX_LISTED ? " ..." : "");
    return count;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: difftest-compare SEED BASIN.bin QEMU.bin\n");
        return 2;
    }
    const char *seed = argv[1];
    basin.path = argv[2];
    qemu.path = argv[3];
    if (!read_dump(&basin) || !read_dump(&qemu)) return 2;
    size_t common = basin.size < qemu.size ? basin.size : qemu.size;
    size_t differing = report_differences(seed, common);
    bool same_size = basin.size == qemu.size && !basin.truncated && !qemu.truncated;
    if (!same_size)
        printf("difftest: seed %s: dump sizes differ: basin=%zu%s bytes, qemu=%zu%s bytes (a full "
               "dump is %d)\n", seed, basin.size, basin.truncated ? "+" : "", qemu.size,
               qemu.truncated ? "+" : "", DT_DUMP_SIZE);
    else if (basin.size != DT_DUMP_SIZE)
        printf("difftest: seed %s: both dumps are %zu bytes, a full dump is %d\n", seed, basin.size,
               DT_DUMP_SIZE);
    return differing == 0 && same_size && basin.size == DT_DUMP_SIZE ? 0 : 1;
}
