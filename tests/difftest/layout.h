/* SPDX-License-Identifier: MIT */
/*
 * The memory layout of the programs gen.c writes, shared with compare.c (which names the bytes of
 * a dump by it). Everything lives in the low 4 MiB so that Basin's guest memory holds it.
 *
 *   0x10000   code: prologue, body, epilogue (R+X)
 *   0x20000   the same R+X segment continued, in "spread" programs: the body in chunks, one per
 *             page, on up to DT_SPREAD_PAGES pages, which execution visits in a shuffled order
 *   0x1c0000  in programs with self-modifying code: a few small functions ("thunks") on two
 *             R+W+X pages, which the body calls, rewrites (stores, fence.i) and calls again
 *   0x200000  data (one R+W PT_LOAD):
 *     INIT     the initial x1..x31, f0..f31 (the prologue loads them; same layout as the dump)
 *     DUMP     where the epilogue stores x1..x31, f0..f31, fcsr; immediately followed by
 *     SCRATCH  the area every body load, store and AMO touches (random initial contents),
 *     TRACE    the values the body's fragments wrote, stored after each fragment (a signature:
 *              an intermediate result that a later instruction overwrites still gets compared),
 *     MAP      for each trace slot, what it holds (written by the generator, never by the body)
 *   The epilogue writes DUMP..MAP end in one go.
 */
#ifndef DIFFTEST_LAYOUT_H
#define DIFFTEST_LAYOUT_H

enum {
    DT_CODE_BASE = 0x10000,
    DT_SPREAD_BASE = 0x20000, /* main code stays below it */
    DT_SPREAD_PAGES = 200,    /* at most; more than the VM's 128 pages of decoded code */
    DT_SMC_BASE = 0x1c0000,
    DT_SMC_SIZE = 0x2000,
    DT_DATA_BASE = 0x200000,
    DT_INIT_ADDR = DT_DATA_BASE,
    DT_DUMP_ADDR = DT_DATA_BASE + 0x1000,
    /* Offsets inside INIT and DUMP: x1..x31, then f0..f31, then fcsr (8 bytes each). */
    DT_X_OFFSET = 0,   /* x(i) at DT_X_OFFSET + 8 * (i - 1) */
    DT_F_OFFSET = 248, /* f(i) at DT_F_OFFSET + 8 * i */
    DT_FCSR_OFFSET = 504,
    DT_REGS_SIZE = 512,
    DT_SCRATCH_ADDR = DT_DUMP_ADDR + DT_REGS_SIZE,
    DT_SCRATCH_SIZE = 0x2000,
    /* Trace slot k (8 bytes) is at DT_TRACE_ADDR + 8 * k, stored through x30 = DT_TRACE_BASE. Map
     * entry k (8 bytes) says what slot k holds: DT_MAP_USED | fp << 40 | register << 32 | pc,
     * where pc is the instruction that wrote the register; 0 for a slot no fragment uses. Slots are
     * in program order, and jumps only go forward, so the first differing slot is the first
     * instruction whose result differs. */
    DT_TRACE_ADDR = DT_SCRATCH_ADDR + DT_SCRATCH_SIZE,
    DT_TRACE_SLOTS = 512, /* what x30's 12-bit offsets reach */
    DT_TRACE_BASE = DT_TRACE_ADDR + 2048,
    DT_MAP_ADDR = DT_TRACE_ADDR + 8 * DT_TRACE_SLOTS,
    DT_DUMP_SIZE = DT_MAP_ADDR + 8 * DT_TRACE_SLOTS - DT_DUMP_ADDR,
    DT_DATA_SIZE = DT_DUMP_ADDR + DT_DUMP_SIZE - DT_DATA_BASE,
    /* The base registers the body never writes: x30 = DT_TRACE_BASE, x31 in the middle of the
     * scratch area (its 12-bit offsets reach [mid - 2048, mid + 2047]) and sp low in it (the
     * compressed sp forms have unsigned offsets up to 504, and c.addi16sp moves sp by up to +-496
     * inside a fragment). */
    DT_MID_ADDR = DT_SCRATCH_ADDR + DT_SCRATCH_SIZE / 2,
    DT_SP_ADDR = DT_SCRATCH_ADDR + 0x600,
};

/* Map entries: bit 48 marks a used slot, bit 40 an f register. */
#define DT_MAP_USED (1ull << 48)
#define DT_MAP_FP (1ull << 40)

#endif
