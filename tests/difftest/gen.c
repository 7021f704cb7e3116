/* SPDX-License-Identifier: MIT */
/*
 * difftest-gen: writes one random, valid RV64GC + Zba/Zbb/Zbs program as a static ELF, for
 * differential testing of the Basin VM against qemu-riscv64 (tests/difftest/run.sh).
 *
 *   difftest-gen SEED OUT.elf   the program for SEED: the same bytes for the same seed, always
 *   difftest-gen SEED OUT.elf --shape   also prints what it holds: spread pages, loops, deepest
 *                               nesting, page-straddling instructions, thunks, calls, rewrites
 *   difftest-gen --list         the covered mnemonics, by extension
 *   DIFFTEST_FP=1 difftest-gen ...   an FP-heavy program: four fragments in five are F or D
 *
 * Build: cc -std=c11 -O2 -Wall -Wextra -Werror tests/difftest/gen.c -o build/host/difftest-gen
 *
 * The program (addresses in layout.h), encoded here directly, without an assembler:
 *   prologue  frm := a random valid mode, fflags := 0, f0..f31 and x1..x29 := seeded values from
 *             INIT; sp, x30 and x31 := base addresses (the body never writes them).
 *   body      200..600 random instructions, grouped into fragments. A fragment is one instruction
 *             or a short sequence that must run whole (materialize an address, then access it;
 *             LR ... SC; c.addi16sp sp, N ... c.addi16sp sp, -N; clear fflags, an FP op, read
 *             fflags). Branches and jumps go forward only, to fragment starts, and no jump lands
 *             mid-sequence. After each fragment that is not a jump, the registers it wrote are
 *             stored to the next trace slots through x30 (the signature: without it, most results
 *             would be overwritten before anyone compared them). Besides the table's rows the body
 *             has, so that every program still ends:
 *              - bounded loops, nested up to three deep: a counter register (never written
 *                otherwise) set before the body, counted down at its end, and a backward branch
 *                (c.bnez, bne, blt, bltu, or beqz over a jal or an auipc + jalr when far); forward
 *                jumps may leave a loop but never enter one;
 *              - instructions across page boundaries: the body mostly starts in a page's last
 *                parcels, and wherever it nears a page end, c.nops bring a 32-bit instruction to
 *                the last parcel;
 *              - in half the programs, self-modifying code: two to five thunks (ALU instructions,
 *                32-bit and compressed, then a return) on R+W+X pages, the first across their
 *                page boundary; the body calls them, rewrites them with stores of 1, 2 and 4 bytes
 *                at any alignment (all bytes, or outside loops only those that changed, often one
 *                parcel of a 32-bit instruction), then fence.i, and calls them again;
 *              - in 15% of the programs, a spread body: one or two steps per chunk, one
 *                chunk on each of 136..199 pages in a shuffled order, each ending with a jump to
 *                the next, all of it run twice, so the VM's 128 pages of decoded code are taken
 *                back and decoded again.
 *   epilogue  x1..x31, f0..f31 (raw 64 bits), fcsr, the scratch area, the trace and its map are
 *             written to fd 1, then exit_group(0). It finds its addresses with lui, not through
 *             body registers.
 *
 * Every fragment comes from a row of the table `ops` below: a mnemonic, its extension, its form
 * (which says how operands are chosen and encoded) and its fixed encoding bits. The body picks rows
 * uniformly, so every row is exercised in every few programs; `--list` prints the table. Besides
 * the row's instruction, a fragment may hold the helpers it needs: addi rB, x31, offset (a scratch
 * address), auipc/lui (a jump target), andi/ori (a valid frm to write), csrrwi frm (restore a valid
 * frm), bseti or add.uw (ctzw's guard), the flags probe, and the trace stores through x30.
 */
#define _POSIX_C_SOURCE 200809L /* chmod */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "layout.h"

/* ---- the PRNG: splitmix64, seeded by the command line (never rand(): its stream is libc's) ---- */

static uint64_t rng_state;

static uint64_t rnd64(void) {
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Uniform in [0, n); the modulo bias is irrelevant for n this small. */
static uint32_t below(uint32_t n) { return (uint32_t)(rnd64() % n); }

static bool chance(unsigned percent) { return below(100) < percent; }

/* Uniform in [lo, hi]. */
static int32_t between(int32_t lo, int32_t hi) {
    return lo + (int32_t)below((uint32_t)(hi - lo) + 1);
}

static void fatal(const char *message) {
    fprintf(stderr, "difftest-gen: %s\n", message);
    exit(2);
}

/* ---- the code buffer ---- */

/* code[i] is the byte at DT_CODE_BASE + i, up to the end of the self-modifying area. The
 * generator writes wherever `here` points: the main code, a chunk of a spread body, a thunk. */
enum {
    PAGE_SIZE = 0x1000,
    MAIN_LIMIT = DT_SPREAD_BASE - DT_CODE_BASE,
    SPREAD_OFFSET = DT_SPREAD_BASE - DT_CODE_BASE,
    SMC_OFFSET = DT_SMC_BASE - DT_CODE_BASE,
    SCRATCH_OFFSET = SMC_OFFSET + DT_SMC_SIZE, /* where new thunk code is made, never loaded */
    CODE_MAX = SCRATCH_OFFSET + 256,
};

static uint8_t code[CODE_MAX];
static size_t here;
static size_t code_end; /* the end of what the R+X segment holds */

static void emit16(uint32_t insn) {
    if (here + 2 > CODE_MAX) fatal("code buffer full");
    code[here] = (uint8_t)insn;
    code[here + 1] = (uint8_t)(insn >> 8);
    here += 2;
    if (here <= SMC_OFFSET && here > code_end) code_end = here;
}

static void emit32(uint32_t insn) {
    emit16(insn & 0xffff);
    emit16(insn >> 16);
}

static uint32_t read32(size_t at) {
    return (uint32_t)code[at] | (uint32_t)code[at + 1] << 8 | (uint32_t)code[at + 2] << 16 |
           (uint32_t)code[at + 3] << 24;
}

static uint32_t read16(size_t at) { return (uint32_t)code[at] | (uint32_t)code[at + 1] << 8; }

/* Fixups OR the immediate into an instruction emitted with a zero immediate field. */
static void or32(size_t at, uint32_t bits) {
    uint32_t insn = read32(at) | bits;
    for (unsigned i = 0; i < 4; i++) code[at + i] = (uint8_t)(insn >> (8 * i));
}

static void or16(size_t at, uint32_t bits) {
    uint32_t insn = read16(at) | bits;
    code[at] = (uint8_t)insn;
    code[at + 1] = (uint8_t)(insn >> 8);
}

/* ---- 32-bit encodings: `match` holds the opcode and funct fields ---- */

static uint32_t bits(uint32_t value, unsigned hi, unsigned lo) {
    return (value >> lo) & ((1u << (hi - lo + 1)) - 1);
}

static uint32_t enc_r(uint32_t match, unsigned rd, unsigned rs1, unsigned rs2) {
    return match | rd << 7 | rs1 << 15 | rs2 << 20;
}

static uint32_t enc_i(uint32_t match, unsigned rd, unsigned rs1, int32_t imm) {
    return match | rd << 7 | rs1 << 15 | bits((uint32_t)imm, 11, 0) << 20;
}

static uint32_t enc_s(uint32_t match, unsigned rs1, unsigned rs2, int32_t imm) {
    uint32_t u = (uint32_t)imm;
    return match | bits(u, 4, 0) << 7 | rs1 << 15 | rs2 << 20 | bits(u, 11, 5) << 25;
}

static uint32_t imm_b(int32_t offset) {
    uint32_t u = (uint32_t)offset;
    return bits(u, 12, 12) << 31 | bits(u, 10, 5) << 25 | bits(u, 4, 1) << 8 | bits(u, 11, 11) << 7;
}

static uint32_t imm_j(int32_t offset) {
    uint32_t u = (uint32_t)offset;
    return bits(u, 20, 20) << 31 | bits(u, 10, 1) << 21 | bits(u, 11, 11) << 20 |
           bits(u, 19, 12) << 12;
}

static uint32_t enc_u(uint32_t match, unsigned rd, uint32_t imm20) {
    return match | rd << 7 | bits(imm20, 19, 0) << 12;
}

/* R4 (fused multiply-add): rs3 in bits 31:27, the rounding mode in funct3. */
static uint32_t enc_r4(uint32_t match, unsigned rd, unsigned rs1, unsigned rs2, unsigned rs3,
                       unsigned rm) {
    return enc_r(match, rd, rs1, rs2) | rm << 12 | rs3 << 27;
}

/* ---- 16-bit encodings: the scattered immediate fields of each compressed format ---- */

static uint32_t cimm_ci(int32_t imm) { /* c.addi, c.li, c.andi, shifts, c.lui */
    uint32_t u = (uint32_t)imm;
    return bits(u, 5, 5) << 12 | bits(u, 4, 0) << 2;
}

static uint32_t cimm_addi4spn(uint32_t u) {
    return bits(u, 5, 4) << 11 | bits(u, 9, 6) << 7 | bits(u, 2, 2) << 6 | bits(u, 3, 3) << 5;
}

static uint32_t cimm_lw(uint32_t u) {
    return bits(u, 5, 3) << 10 | bits(u, 2, 2) << 6 | bits(u, 6, 6) << 5;
}

static uint32_t cimm_ld(uint32_t u) { return bits(u, 5, 3) << 10 | bits(u, 7, 6) << 5; }

static uint32_t cimm_addi16sp(int32_t imm) {
    uint32_t u = (uint32_t)imm;
    return bits(u, 9, 9) << 12 | bits(u, 4, 4) << 6 | bits(u, 6, 6) << 5 | bits(u, 8, 7) << 3 |
           bits(u, 5, 5) << 2;
}

static uint32_t cimm_j(int32_t offset) {
    uint32_t u = (uint32_t)offset;
    return bits(u, 11, 11) << 12 | bits(u, 4, 4) << 11 | bits(u, 9, 8) << 9 | bits(u, 10, 10) << 8 |
           bits(u, 6, 6) << 7 | bits(u, 7, 7) << 6 | bits(u, 3, 1) << 3 | bits(u, 5, 5) << 2;
}

static uint32_t cimm_b(int32_t offset) {
    uint32_t u = (uint32_t)offset;
    return bits(u, 8, 8) << 12 | bits(u, 4, 3) << 10 | bits(u, 7, 6) << 5 | bits(u, 2, 1) << 3 |
           bits(u, 5, 5) << 2;
}

static uint32_t cimm_lwsp(uint32_t u) {
    return bits(u, 5, 5) << 12 | bits(u, 4, 2) << 4 | bits(u, 7, 6) << 2;
}

static uint32_t cimm_ldsp(uint32_t u) {
    return bits(u, 5, 5) << 12 | bits(u, 4, 3) << 5 | bits(u, 8, 6) << 2;
}

static uint32_t cimm_swsp(uint32_t u) { return bits(u, 5, 2) << 9 | bits(u, 7, 6) << 7; }

static uint32_t cimm_sdsp(uint32_t u) { return bits(u, 5, 3) << 10 | bits(u, 8, 6) << 7; }

/* x8..x15, as the 3-bit register fields of compressed instructions name them. */
static uint32_t creg(unsigned reg) { return reg - 8; }

/* ---- opcodes the generator uses itself (prologue, epilogue, helper sequences) ---- */

enum {
    OP_LUI = 0x37, OP_AUIPC = 0x17, OP_ADDI = 0x13, OP_ANDI = 0x7013, OP_ORI = 0x6013,
    OP_ADD = 0x33, OP_SUB = 0x40000033, OP_LD = 0x3003, OP_SD = 0x3023, OP_FLD = 0x3007,
    OP_FSD = 0x3027, OP_BGE = 0x5063, OP_BNE = 0x1063, OP_ECALL = 0x73,
    OP_CSRRS = 0x2073, OP_CSRRWI = 0x5073, OP_BSETI = 0x28001013, OP_ADD_UW = 0x0800003b,
    CSR_FFLAGS = 1, CSR_FRM = 2, CSR_FCSR = 3,
    REG_SP = 2, REG_TRACE = 30, REG_BASE = 31, REG_A0 = 10, REG_A1 = 11, REG_A2 = 12, REG_A7 = 17,
    SYS_WRITE = 64, SYS_EXIT_GROUP = 94,
};

static uint32_t enc_csr(uint32_t match, unsigned rd, unsigned csr, unsigned rs1_or_uimm) {
    return match | rd << 7 | rs1_or_uimm << 15 | csr << 20;
}

/* rd := addr, an absolute address below 2 GiB (lui sign-extends bit 31). */
static void emit_li_addr(unsigned rd, uint32_t addr) {
    uint32_t hi = (addr + 0x800) >> 12;
    emit32(enc_u(OP_LUI, rd, hi));
    emit32(enc_i(OP_ADDI, rd, rd, (int32_t)(addr - (hi << 12))));
}

/* ---- the instruction table ---- */

enum ext { X_I, X_M, X_A, X_F, X_D, X_C, X_ZBA, X_ZBB, X_ZBS, X_ZICSR, X_ZIFENCEI, X_COUNT };

static const char *const ext_names[X_COUNT] = {
    "RV64I", "M", "A", "F", "D", "C", "Zba", "Zbb", "Zbs", "Zicsr", "Zifencei",
};

/* How a row's operands are chosen and encoded; each form has one generator function. */
enum form {
    F_R,        /* rd, rs1, rs2 */
    F_I,        /* rd, rs1, 12-bit signed immediate */
    F_SH6,      /* rd, rs1, 6-bit shift amount */
    F_SH5,      /* rd, rs1, 5-bit shift amount (the W shifts) */
    F_UNARY,    /* rd, rs1 (the rs2 field is part of the encoding) */
    F_CTZW,     /* F_UNARY, with a guarded source (QEMU 7.2 gets ctzw wrong otherwise) */
    F_LUI,      /* rd, 20-bit immediate */
    F_LOAD,     /* rd, offset(base): width bytes in the scratch area */
    F_STORE,    /* rs2, offset(base) */
    F_BRANCH,   /* rs1, rs2, forward target */
    F_JAL,      /* rd, forward target */
    F_JALR,     /* rd, offset(rT) after auipc or lui puts a forward target in rT */
    F_FENCE,    /* random predecessor and successor sets (fence.tso: fixed) */
    F_PLAIN,    /* no operands: nop, fence.i */
    F_AMO,      /* rd, rs2, (base) naturally aligned */
    F_LR,       /* lr rd, (base); a few ALU ops; sc rd, rs2, (base) */
    F_SC,       /* as F_LR, or a lone sc that must fail */
    F_CSR,      /* rd, fflags/frm/fcsr, rs1 */
    F_CSRI,     /* rd, fflags/frm/fcsr, 5-bit immediate */
    F_FLOAD,    /* frd, offset(base) */
    F_FSTORE,   /* frs2, offset(base) */
    F_FR,       /* frd, frs1, frs2 (no rounding mode) */
    F_FR_RM,    /* frd, frs1, frs2, rm */
    F_FR4,      /* frd, frs1, frs2, frs3, rm */
    F_F_RM,     /* frd, frs1, rm (fsqrt, fcvt between formats) */
    F_F2X_RM,   /* rd, frs1, rm (fcvt to an integer) */
    F_X2F_RM,   /* frd, rs1, rm (fcvt from an integer) */
    F_FCMP,     /* rd, frs1, frs2 */
    F_F2X,      /* rd, frs1 (fclass, fmv.x) */
    F_X2F,      /* frd, rs1 (fmv from x) */
    C_ADDI4SPN, /* rd' := sp + nzuimm */
    C_LOAD,     /* rd', uimm(rs1'): rs1' set to a scratch address first */
    C_STORE,    /* rs2', uimm(rs1') */
    C_NOP,      /* c.nop, sometimes the c.nop HINT with a non-zero immediate */
    C_ADDI,     /* c.addi rd, nzimm (rarely the imm = 0 HINT) */
    C_ADDIW,    /* c.addiw rd != 0, imm */
    C_LI,       /* c.li rd, imm (rarely the rd = x0 HINT) */
    C_LUI,      /* c.lui rd != sp, nzimm */
    C_ADDI16SP, /* c.addi16sp sp, N; sp-relative accesses; c.addi16sp sp, -N */
    C_SHIFT,    /* c.srli / c.srai rd', shamt */
    C_ANDI,     /* c.andi rd', imm */
    C_ALU,      /* c.sub ... c.addw rd', rs2' */
    C_J,        /* c.j forward */
    C_BZ,       /* c.beqz / c.bnez rs1', forward */
    C_SLLI,     /* c.slli rd, shamt */
    C_LSP,      /* c.lwsp / c.ldsp / c.fldsp rd, uimm(sp) */
    C_SSP,      /* c.swsp / c.sdsp / c.fsdsp rs2, uimm(sp) */
    C_JR,       /* c.jr / c.jalr rT after auipc + addi or lui + addi */
    C_MV,       /* c.mv / c.add rd, rs2 */
};

struct op {
    const char *name;
    enum ext ext;
    enum form form;
    uint32_t match; /* the fixed bits: opcode, funct3, funct7, fixed register fields */
    unsigned width; /* bytes accessed by loads, stores, AMOs */
    bool fp;        /* compressed loads and stores: the data register is an f register */
};

static const struct op ops[] = {
    /* RV64I */
    {"lui", X_I, F_LUI, 0x00000037, 0, false},
    {"auipc", X_I, F_LUI, 0x00000017, 0, false},
    {"jal", X_I, F_JAL, 0x0000006f, 0, false},
    {"jalr", X_I, F_JALR, 0x00000067, 0, false},
    {"beq", X_I, F_BRANCH, 0x00000063, 0, false},
    {"bne", X_I, F_BRANCH, 0x00001063, 0, false},
    {"blt", X_I, F_BRANCH, 0x00004063, 0, false},
    {"bge", X_I, F_BRANCH, 0x00005063, 0, false},
    {"bltu", X_I, F_BRANCH, 0x00006063, 0, false},
    {"bgeu", X_I, F_BRANCH, 0x00007063, 0, false},
    {"lb", X_I, F_LOAD, 0x00000003, 1, false},
    {"lh", X_I, F_LOAD, 0x00001003, 2, false},
    {"lw", X_I, F_LOAD, 0x00002003, 4, false},
    {"ld", X_I, F_LOAD, 0x00003003, 8, false},
    {"lbu", X_I, F_LOAD, 0x00004003, 1, false},
    {"lhu", X_I, F_LOAD, 0x00005003, 2, false},
    {"lwu", X_I, F_LOAD, 0x00006003, 4, false},
    {"sb", X_I, F_STORE, 0x00000023, 1, false},
    {"sh", X_I, F_STORE, 0x00001023, 2, false},
    {"sw", X_I, F_STORE, 0x00002023, 4, false},
    {"sd", X_I, F_STORE, 0x00003023, 8, false},
    {"addi", X_I, F_I, 0x00000013, 0, false},
    {"slti", X_I, F_I, 0x00002013, 0, false},
    {"sltiu", X_I, F_I, 0x00003013, 0, false},
    {"xori", X_I, F_I, 0x00004013, 0, false},
    {"ori", X_I, F_I, 0x00006013, 0, false},
    {"andi", X_I, F_I, 0x00007013, 0, false},
    {"slli", X_I, F_SH6, 0x00001013, 0, false},
    {"srli", X_I, F_SH6, 0x00005013, 0, false},
    {"srai", X_I, F_SH6, 0x40005013, 0, false},
    {"add", X_I, F_R, 0x00000033, 0, false},
    {"sub", X_I, F_R, 0x40000033, 0, false},
    {"sll", X_I, F_R, 0x00001033, 0, false},
    {"slt", X_I, F_R, 0x00002033, 0, false},
    {"sltu", X_I, F_R, 0x00003033, 0, false},
    {"xor", X_I, F_R, 0x00004033, 0, false},
    {"srl", X_I, F_R, 0x00005033, 0, false},
    {"sra", X_I, F_R, 0x40005033, 0, false},
    {"or", X_I, F_R, 0x00006033, 0, false},
    {"and", X_I, F_R, 0x00007033, 0, false},
    {"addiw", X_I, F_I, 0x0000001b, 0, false},
    {"slliw", X_I, F_SH5, 0x0000101b, 0, false},
    {"srliw", X_I, F_SH5, 0x0000501b, 0, false},
    {"sraiw", X_I, F_SH5, 0x4000501b, 0, false},
    {"addw", X_I, F_R, 0x0000003b, 0, false},
    {"subw", X_I, F_R, 0x4000003b, 0, false},
    {"sllw", X_I, F_R, 0x0000103b, 0, false},
    {"srlw", X_I, F_R, 0x0000503b, 0, false},
    {"sraw", X_I, F_R, 0x4000503b, 0, false},
    {"fence", X_I, F_FENCE, 0x0000000f, 0, false},
    {"fence.tso", X_I, F_FENCE, 0x8330000f, 0, false},
    {"nop", X_I, F_PLAIN, 0x00000013, 0, false},
    /* Zifencei, Zicsr (only fflags, frm, fcsr: the counters differ between emulators) */
    {"fence.i", X_ZIFENCEI, F_PLAIN, 0x0000100f, 0, false},
    {"csrrw", X_ZICSR, F_CSR, 0x00001073, 0, false},
    {"csrrs", X_ZICSR, F_CSR, 0x00002073, 0, false},
    {"csrrc", X_ZICSR, F_CSR, 0x00003073, 0, false},
    {"csrrwi", X_ZICSR, F_CSRI, 0x00005073, 0, false},
    {"csrrsi", X_ZICSR, F_CSRI, 0x00006073, 0, false},
    {"csrrci", X_ZICSR, F_CSRI, 0x00007073, 0, false},
    /* M */
    {"mul", X_M, F_R, 0x02000033, 0, false},
    {"mulh", X_M, F_R, 0x02001033, 0, false},
    {"mulhsu", X_M, F_R, 0x02002033, 0, false},
    {"mulhu", X_M, F_R, 0x02003033, 0, false},
    {"div", X_M, F_R, 0x02004033, 0, false},
    {"divu", X_M, F_R, 0x02005033, 0, false},
    {"rem", X_M, F_R, 0x02006033, 0, false},
    {"remu", X_M, F_R, 0x02007033, 0, false},
    {"mulw", X_M, F_R, 0x0200003b, 0, false},
    {"divw", X_M, F_R, 0x0200403b, 0, false},
    {"divuw", X_M, F_R, 0x0200503b, 0, false},
    {"remw", X_M, F_R, 0x0200603b, 0, false},
    {"remuw", X_M, F_R, 0x0200703b, 0, false},
    /* A (aq and rl bits random) */
    {"lr.w", X_A, F_LR, 0x1000202f, 4, false},
    {"sc.w", X_A, F_SC, 0x1800202f, 4, false},
    {"amoswap.w", X_A, F_AMO, 0x0800202f, 4, false},
    {"amoadd.w", X_A, F_AMO, 0x0000202f, 4, false},
    {"amoxor.w", X_A, F_AMO, 0x2000202f, 4, false},
    {"amoand.w", X_A, F_AMO, 0x6000202f, 4, false},
    {"amoor.w", X_A, F_AMO, 0x4000202f, 4, false},
    {"amomin.w", X_A, F_AMO, 0x8000202f, 4, false},
    {"amomax.w", X_A, F_AMO, 0xa000202f, 4, false},
    {"amominu.w", X_A, F_AMO, 0xc000202f, 4, false},
    {"amomaxu.w", X_A, F_AMO, 0xe000202f, 4, false},
    {"lr.d", X_A, F_LR, 0x1000302f, 8, false},
    {"sc.d", X_A, F_SC, 0x1800302f, 8, false},
    {"amoswap.d", X_A, F_AMO, 0x0800302f, 8, false},
    {"amoadd.d", X_A, F_AMO, 0x0000302f, 8, false},
    {"amoxor.d", X_A, F_AMO, 0x2000302f, 8, false},
    {"amoand.d", X_A, F_AMO, 0x6000302f, 8, false},
    {"amoor.d", X_A, F_AMO, 0x4000302f, 8, false},
    {"amomin.d", X_A, F_AMO, 0x8000302f, 8, false},
    {"amomax.d", X_A, F_AMO, 0xa000302f, 8, false},
    {"amominu.d", X_A, F_AMO, 0xc000302f, 8, false},
    {"amomaxu.d", X_A, F_AMO, 0xe000302f, 8, false},
    /* F */
    {"flw", X_F, F_FLOAD, 0x00002007, 4, false},
    {"fsw", X_F, F_FSTORE, 0x00002027, 4, false},
    {"fmadd.s", X_F, F_FR4, 0x00000043, 0, false},
    {"fmsub.s", X_F, F_FR4, 0x00000047, 0, false},
    {"fnmsub.s", X_F, F_FR4, 0x0000004b, 0, false},
    {"fnmadd.s", X_F, F_FR4, 0x0000004f, 0, false},
    {"fadd.s", X_F, F_FR_RM, 0x00000053, 0, false},
    {"fsub.s", X_F, F_FR_RM, 0x08000053, 0, false},
    {"fmul.s", X_F, F_FR_RM, 0x10000053, 0, false},
    {"fdiv.s", X_F, F_FR_RM, 0x18000053, 0, false},
    {"fsqrt.s", X_F, F_F_RM, 0x58000053, 0, false},
    {"fsgnj.s", X_F, F_FR, 0x20000053, 0, false},
    {"fsgnjn.s", X_F, F_FR, 0x20001053, 0, false},
    {"fsgnjx.s", X_F, F_FR, 0x20002053, 0, false},
    {"fmin.s", X_F, F_FR, 0x28000053, 0, false},
    {"fmax.s", X_F, F_FR, 0x28001053, 0, false},
    {"fcvt.w.s", X_F, F_F2X_RM, 0xc0000053, 0, false},
    {"fcvt.wu.s", X_F, F_F2X_RM, 0xc0100053, 0, false},
    {"fcvt.l.s", X_F, F_F2X_RM, 0xc0200053, 0, false},
    {"fcvt.lu.s", X_F, F_F2X_RM, 0xc0300053, 0, false},
    {"fmv.x.w", X_F, F_F2X, 0xe0000053, 0, false},
    {"feq.s", X_F, F_FCMP, 0xa0002053, 0, false},
    {"flt.s", X_F, F_FCMP, 0xa0001053, 0, false},
    {"fle.s", X_F, F_FCMP, 0xa0000053, 0, false},
    {"fclass.s", X_F, F_F2X, 0xe0001053, 0, false},
    {"fcvt.s.w", X_F, F_X2F_RM, 0xd0000053, 0, false},
    {"fcvt.s.wu", X_F, F_X2F_RM, 0xd0100053, 0, false},
    {"fcvt.s.l", X_F, F_X2F_RM, 0xd0200053, 0, false},
    {"fcvt.s.lu", X_F, F_X2F_RM, 0xd0300053, 0, false},
    {"fmv.w.x", X_F, F_X2F, 0xf0000053, 0, false},
    /* D */
    {"fld", X_D, F_FLOAD, 0x00003007, 8, false},
    {"fsd", X_D, F_FSTORE, 0x00003027, 8, false},
    {"fmadd.d", X_D, F_FR4, 0x02000043, 0, false},
    {"fmsub.d", X_D, F_FR4, 0x02000047, 0, false},
    {"fnmsub.d", X_D, F_FR4, 0x0200004b, 0, false},
    {"fnmadd.d", X_D, F_FR4, 0x0200004f, 0, false},
    {"fadd.d", X_D, F_FR_RM, 0x02000053, 0, false},
    {"fsub.d", X_D, F_FR_RM, 0x0a000053, 0, false},
    {"fmul.d", X_D, F_FR_RM, 0x12000053, 0, false},
    {"fdiv.d", X_D, F_FR_RM, 0x1a000053, 0, false},
    {"fsqrt.d", X_D, F_F_RM, 0x5a000053, 0, false},
    {"fsgnj.d", X_D, F_FR, 0x22000053, 0, false},
    {"fsgnjn.d", X_D, F_FR, 0x22001053, 0, false},
    {"fsgnjx.d", X_D, F_FR, 0x22002053, 0, false},
    {"fmin.d", X_D, F_FR, 0x2a000053, 0, false},
    {"fmax.d", X_D, F_FR, 0x2a001053, 0, false},
    {"fcvt.s.d", X_D, F_F_RM, 0x40100053, 0, false},
    {"fcvt.d.s", X_D, F_F_RM, 0x42000053, 0, false},
    {"feq.d", X_D, F_FCMP, 0xa2002053, 0, false},
    {"flt.d", X_D, F_FCMP, 0xa2001053, 0, false},
    {"fle.d", X_D, F_FCMP, 0xa2000053, 0, false},
    {"fclass.d", X_D, F_F2X, 0xe2001053, 0, false},
    {"fcvt.w.d", X_D, F_F2X_RM, 0xc2000053, 0, false},
    {"fcvt.wu.d", X_D, F_F2X_RM, 0xc2100053, 0, false},
    {"fcvt.l.d", X_D, F_F2X_RM, 0xc2200053, 0, false},
    {"fcvt.lu.d", X_D, F_F2X_RM, 0xc2300053, 0, false},
    {"fmv.x.d", X_D, F_F2X, 0xe2000053, 0, false},
    {"fcvt.d.w", X_D, F_X2F_RM, 0xd2000053, 0, false},
    {"fcvt.d.wu", X_D, F_X2F_RM, 0xd2100053, 0, false},
    {"fcvt.d.l", X_D, F_X2F_RM, 0xd2200053, 0, false},
    {"fcvt.d.lu", X_D, F_X2F_RM, 0xd2300053, 0, false},
    {"fmv.d.x", X_D, F_X2F, 0xf2000053, 0, false},
    /* C (RV64C: c.addiw, c.ld, c.sd, c.ldsp, c.sdsp; no c.jal, c.flw, c.fsw) */
    {"c.addi4spn", X_C, C_ADDI4SPN, 0x0000, 0, false},
    {"c.fld", X_C, C_LOAD, 0x2000, 8, true},
    {"c.lw", X_C, C_LOAD, 0x4000, 4, false},
    {"c.ld", X_C, C_LOAD, 0x6000, 8, false},
    {"c.fsd", X_C, C_STORE, 0xa000, 8, true},
    {"c.sw", X_C, C_STORE, 0xc000, 4, false},
    {"c.sd", X_C, C_STORE, 0xe000, 8, false},
    {"c.nop", X_C, C_NOP, 0x0001, 0, false},
    {"c.addi", X_C, C_ADDI, 0x0001, 0, false},
    {"c.addiw", X_C, C_ADDIW, 0x2001, 0, false},
    {"c.li", X_C, C_LI, 0x4001, 0, false},
    {"c.addi16sp", X_C, C_ADDI16SP, 0x6101, 0, false},
    {"c.lui", X_C, C_LUI, 0x6001, 0, false},
    {"c.srli", X_C, C_SHIFT, 0x8001, 0, false},
    {"c.srai", X_C, C_SHIFT, 0x8401, 0, false},
    {"c.andi", X_C, C_ANDI, 0x8801, 0, false},
    {"c.sub", X_C, C_ALU, 0x8c01, 0, false},
    {"c.xor", X_C, C_ALU, 0x8c21, 0, false},
    {"c.or", X_C, C_ALU, 0x8c41, 0, false},
    {"c.and", X_C, C_ALU, 0x8c61, 0, false},
    {"c.subw", X_C, C_ALU, 0x9c01, 0, false},
    {"c.addw", X_C, C_ALU, 0x9c21, 0, false},
    {"c.j", X_C, C_J, 0xa001, 0, false},
    {"c.beqz", X_C, C_BZ, 0xc001, 0, false},
    {"c.bnez", X_C, C_BZ, 0xe001, 0, false},
    {"c.slli", X_C, C_SLLI, 0x0002, 0, false},
    {"c.fldsp", X_C, C_LSP, 0x2002, 8, true},
    {"c.lwsp", X_C, C_LSP, 0x4002, 4, false},
    {"c.ldsp", X_C, C_LSP, 0x6002, 8, false},
    {"c.jr", X_C, C_JR, 0x8002, 0, false},
    {"c.mv", X_C, C_MV, 0x8002, 0, false},
    {"c.jalr", X_C, C_JR, 0x9002, 0, false},
    {"c.add", X_C, C_MV, 0x9002, 0, false},
    {"c.fsdsp", X_C, C_SSP, 0xa002, 8, true},
    {"c.swsp", X_C, C_SSP, 0xc002, 4, false},
    {"c.sdsp", X_C, C_SSP, 0xe002, 8, false},
    /* Zba */
    {"add.uw", X_ZBA, F_R, 0x0800003b, 0, false},
    {"sh1add", X_ZBA, F_R, 0x20002033, 0, false},
    {"sh2add", X_ZBA, F_R, 0x20004033, 0, false},
    {"sh3add", X_ZBA, F_R, 0x20006033, 0, false},
    {"sh1add.uw", X_ZBA, F_R, 0x2000203b, 0, false},
    {"sh2add.uw", X_ZBA, F_R, 0x2000403b, 0, false},
    {"sh3add.uw", X_ZBA, F_R, 0x2000603b, 0, false},
    {"slli.uw", X_ZBA, F_SH6, 0x0800101b, 0, false},
    /* Zbb */
    {"andn", X_ZBB, F_R, 0x40007033, 0, false},
    {"orn", X_ZBB, F_R, 0x40006033, 0, false},
    {"xnor", X_ZBB, F_R, 0x40004033, 0, false},
    {"clz", X_ZBB, F_UNARY, 0x60001013, 0, false},
    {"clzw", X_ZBB, F_UNARY, 0x6000101b, 0, false},
    {"ctz", X_ZBB, F_UNARY, 0x60101013, 0, false},
    {"ctzw", X_ZBB, F_CTZW, 0x6010101b, 0, false},
    {"cpop", X_ZBB, F_UNARY, 0x60201013, 0, false},
    {"cpopw", X_ZBB, F_UNARY, 0x6020101b, 0, false},
    {"max", X_ZBB, F_R, 0x0a006033, 0, false},
    {"maxu", X_ZBB, F_R, 0x0a007033, 0, false},
    {"min", X_ZBB, F_R, 0x0a004033, 0, false},
    {"minu", X_ZBB, F_R, 0x0a005033, 0, false},
    {"sext.b", X_ZBB, F_UNARY, 0x60401013, 0, false},
    {"sext.h", X_ZBB, F_UNARY, 0x60501013, 0, false},
    {"zext.h", X_ZBB, F_UNARY, 0x0800403b, 0, false},
    {"rol", X_ZBB, F_R, 0x60001033, 0, false},
    {"rolw", X_ZBB, F_R, 0x6000103b, 0, false},
    {"ror", X_ZBB, F_R, 0x60005033, 0, false},
    {"rorw", X_ZBB, F_R, 0x6000503b, 0, false},
    {"rori", X_ZBB, F_SH6, 0x60005013, 0, false},
    {"roriw", X_ZBB, F_SH5, 0x6000501b, 0, false},
    {"orc.b", X_ZBB, F_UNARY, 0x28705013, 0, false},
    {"rev8", X_ZBB, F_UNARY, 0x6b805013, 0, false},
    /* Zbs */
    {"bclr", X_ZBS, F_R, 0x48001033, 0, false},
    {"bclri", X_ZBS, F_SH6, 0x48001013, 0, false},
    {"bext", X_ZBS, F_R, 0x48005033, 0, false},
    {"bexti", X_ZBS, F_SH6, 0x48005013, 0, false},
    {"binv", X_ZBS, F_R, 0x68001033, 0, false},
    {"binvi", X_ZBS, F_SH6, 0x68001013, 0, false},
    {"bset", X_ZBS, F_R, 0x28001033, 0, false},
    {"bseti", X_ZBS, F_SH6, 0x28001013, 0, false},
};

enum { OP_COUNT = sizeof ops / sizeof ops[0] };

/* ---- registers ---- */

/* Registers a fragment must not write besides sp and x31 (LR/SC keep their address register). */
static uint32_t avoid_mask;

/* The loop counters (MAX_DEPTH of them, chosen per program): only the first and last fragments of
 * their loops write them, so nothing else may, thunks included. */
static uint32_t reserved_mask;

/* Register masks (macros: ISO C enumerators cannot exceed INT_MAX). */
#define ALL_REGS 0xffffffffu
#define BASE_REGS (1u << REG_SP | 1u << REG_TRACE | 1u << REG_BASE) /* never written by the body */
#define COMPRESSED_REGS 0xff00u                   /* x8..x15 */

static unsigned popcount32(uint32_t mask) {
    unsigned n = 0;
    for (unsigned i = 0; i < 32; i++) n += (mask >> i) & 1;
    return n;
}

/* A uniformly chosen register from `mask` (never empty). */
static unsigned pick_reg(uint32_t mask) {
    unsigned n = popcount32(mask);
    if (n == 0) fatal("internal: no register to pick");
    unsigned k = below(n);
    for (unsigned i = 0; i < 32; i++) {
        if (((mask >> i) & 1) == 0) continue;
        if (k == 0) return i;
        k--;
    }
    fatal("internal: pick_reg");
    return 0;
}

static uint32_t writable(void) { return ALL_REGS & ~BASE_REGS & ~avoid_mask & ~reserved_mask; }

static unsigned rd_any(void) { return pick_reg(writable()); }              /* x0 included */
static unsigned rd_nonzero(void) { return pick_reg(writable() & ~1u); }
static unsigned rd_compressed(void) { return pick_reg(writable() & COMPRESSED_REGS); }
static unsigned rs_any(void) { return below(32); }
static unsigned rs_nonzero(void) { return 1 + below(31); }
static unsigned freg(void) { return below(32); }

/* f0-f15 mostly hold singles and f16-f31 mostly doubles (the prologue starts them so), and an
 * instruction mostly picks registers of its own precision: with uniformly random registers, most
 * operands would soon be a single read as a double or the reverse, that is a NaN, and NaNs
 * exercise little of the arithmetic. A fifth of the picks still mix the two. */
static unsigned freg_of(bool single) {
    if (chance(20)) return freg();
    return (single ? 0 : 16) + below(16);
}

/* A second source: sometimes the same register as the first (x - x, min(x, x), ...). */
static unsigned rs_pair(unsigned rs1) { return chance(8) ? rs1 : rs_any(); }

/* A static rounding mode 0-4 or dynamic (7); never the reserved 5 and 6. */
static unsigned rounding_mode(void) { return chance(35) ? 7 : below(5); }

/* ---- immediates, biased towards the edges ---- */

static int32_t imm12(void) {
    static const int32_t edges[] = {0, 1, -1, 2, -2, 2047, -2048, 0x7f, 0x80, 0xff, -0x80};
    if (chance(40)) return edges[below(sizeof edges / sizeof edges[0])];
    return between(-2048, 2047);
}

static unsigned shamt(unsigned limit) {
    static const unsigned edges[] = {0, 1, 31, 32, 63};
    if (chance(40)) return edges[below(5)] & (limit - 1);
    return below(limit);
}

static int32_t imm6(void) { return chance(30) ? (chance(50) ? 31 : -32) : between(-32, 31); }

static int32_t imm6_nonzero(void) {
    int32_t v = imm6();
    return v != 0 ? v : 1;
}

/* ---- forward branches: emitted with a zero offset, patched once the body is complete ---- */

enum fix_kind { FIX_B, FIX_JAL, FIX_CJ, FIX_CB, FIX_REL, FIX_ABS };

struct fixup {
    enum fix_kind kind;
    size_t at;         /* the instruction that receives the offset */
    size_t anchor;     /* FIX_REL: the auipc; FIX_ABS: the lui */
    unsigned from;     /* the fragment holding the jump: the target comes after it */
    unsigned distance; /* the wanted target: `distance` fragments after `from` */
    bool odd;          /* set bit 0 of a jalr/c.jr target (the jump must clear it) */
};

enum { MAX_FRAGMENTS = 4096, MAX_FIXUPS = 1024 };

static size_t frag_start[MAX_FRAGMENTS + 1]; /* [count] is the epilogue's start */
static unsigned frag_count;

/* Bounded loops: a loop's first fragment sets its counter (outside the loop), its last one counts
 * down and jumps back while the counter is not zero. Forward jumps may leave loops but never enter
 * one: a fragment inside a loop is a target only for jumps from inside it (frag_loop gives each
 * fragment its innermost loop, -1 for none; loops[l].parent the enclosing one). */
enum { MAX_LOOPS = 1024, MAX_DEPTH = 3 };

struct loop {
    int parent;
    unsigned counter;   /* its register */
    size_t start;       /* its first body fragment: where the last one jumps back to */
    unsigned fragments; /* body fragments so far, nested loops' included */
    unsigned length;    /* how many it gets before it is closed */
    bool sealed;        /* no jump may leave it early (a spread body's two passes) */
};

static struct loop loops[MAX_LOOPS];
static unsigned loop_count, loop_depth;
static int current_loop = -1;
static int frag_loop[MAX_FRAGMENTS + 1];

/* Fragments no jump may skip (thunk rewrites: later rewrites store only the bytes that change, so
 * every earlier one must have run); barriers_before[f] counts those before fragment f. */
static bool frag_barrier[MAX_FRAGMENTS + 1];
static unsigned barriers_before[MAX_FRAGMENTS + 2];

/* Starts a fragment at `here`, in the current loop. */
static void begin_fragment(void) {
    if (frag_count == MAX_FRAGMENTS) fatal("too many fragments");
    frag_start[frag_count] = here;
    frag_loop[frag_count] = current_loop;
    frag_barrier[frag_count] = false;
    frag_count++;
    for (int l = current_loop; l >= 0; l = loops[l].parent) loops[l].fragments++;
}

/* A jump from fragment `from` may land on `target` only if it skips no barrier, every loop
 * holding target holds from too, and it leaves no sealed loop. The epilogue (frag_count) is in
 * none. */
static bool target_allowed(unsigned from, unsigned target) {
    if (barriers_before[target] != barriers_before[from + 1]) return false;
    int inner = target >= frag_count ? -1 : frag_loop[target];
    for (int l = frag_loop[from];; l = loops[l].parent) {
        if (l == inner) return true;
        if (l < 0 || loops[l].sealed) return false;
    }
}
static struct fixup fixups[MAX_FIXUPS];
static unsigned fixup_count;
static unsigned body_insns;

/* Mostly short hops, so that most of the body still runs (about nine tenths of the instructions
 * do, prologue and epilogue included); sometimes far ones. */
static unsigned jump_distance(void) {
    if (chance(75)) return 1 + below(3);
    if (chance(90)) return 4 + below(13);
    return 17 + below(48);
}

static void add_fixup(enum fix_kind kind, size_t at, size_t anchor) {
    if (fixup_count == MAX_FIXUPS) fatal("too many fixups");
    unsigned distance = jump_distance();
    bool odd = (kind == FIX_REL || kind == FIX_ABS) && chance(25);
    fixups[fixup_count++] = (struct fixup){kind, at, anchor, frag_count - 1, distance, odd};
}

/* ---- addresses in the scratch area ---- */

/* A base register holding a known scratch address and an offset to add to it. */
struct addr {
    unsigned base;
    int32_t offset;
};

/* rd := x31 + (target - mid): the one way the body gives a register a scratch address. */
static void emit_base(unsigned rd, int32_t scratch_offset) {
    emit32(enc_i(OP_ADDI, rd, REG_BASE, scratch_offset - DT_SCRATCH_SIZE / 2));
    body_insns++;
}

/* Rounds down to a multiple of `width` when `aligned`. */
static int32_t align_to(int32_t offset, unsigned width, bool aligned) {
    return aligned ? offset & ~(int32_t)(width - 1) : offset;
}

/* A `width`-byte access in the scratch area: through x31 or sp directly, or through a fresh base
 * register. A quarter may be misaligned: QEMU's user mode (and Linux, and Basin) allow misaligned
 * scalar and FP loads and stores; only AMOs and LR/SC fault (SIGBUS) when misaligned. */
static struct addr pick_addr(unsigned width) {
    bool aligned = !chance(25);
    unsigned how = below(4);
    if (how < 2) { /* x31 + offset: scratch [0x800, 0x17ff] */
        int32_t so = align_to(between(0x800, 0x17ff), width, aligned);
        return (struct addr){REG_BASE, so - DT_SCRATCH_SIZE / 2};
    }
    if (how == 2) { /* sp + offset: scratch [0, 0xdff] */
        int32_t so = align_to(between(0, 0xdff), width, aligned);
        return (struct addr){REG_SP, so - (DT_SP_ADDR - DT_SCRATCH_ADDR)};
    }
    /* A fresh base anywhere in range, then an offset from it. */
    int32_t so = align_to(between(0, DT_SCRATCH_SIZE - 8), width, aligned);
    int32_t rel = so - DT_SCRATCH_SIZE / 2; /* from mid: [-4096, 4088] */
    int32_t lo = rel - 2047 > -2048 ? rel - 2047 : -2048;
    int32_t hi = rel + 2048 < 2047 ? rel + 2048 : 2047;
    int32_t offset = between(lo, hi);
    unsigned base = rd_nonzero();
    emit_base(base, so - offset);
    return (struct addr){base, offset};
}

/* ---- one generator per form ---- */

static void emit_body32(uint32_t insn) { emit32(insn); body_insns++; }
static void emit_body16(uint32_t insn) { emit16(insn); body_insns++; }

/* Every random choice is its own statement: the order in which a call's arguments are evaluated
 * is unspecified, and a seed must give the same program whichever compiler built the generator. */
static void gen_r(const struct op *op) {
    unsigned rd = rd_any();
    unsigned rs1 = rs_any();
    unsigned rs2 = rs_pair(rs1);
    emit_body32(enc_r(op->match, rd, rs1, rs2));
}

static void gen_i(const struct op *op) {
    unsigned rd = rd_any();
    unsigned rs1 = rs_any();
    int32_t imm = imm12();
    emit_body32(enc_i(op->match, rd, rs1, imm));
}

static void gen_shift(const struct op *op, unsigned limit) {
    unsigned rd = rd_any();
    unsigned rs1 = rs_any();
    unsigned amount = shamt(limit);
    emit_body32(enc_r(op->match, rd, rs1, amount));
}

static void gen_unary(const struct op *op) {
    unsigned rd = rd_any();
    unsigned rs1 = rs_any();
    emit_body32(enc_r(op->match, rd, rs1, 0));
}

/* QEMU 7.2's ctzw counts all 64 bits when bits 31:0 are zero and bits 63:32 are not (0x100c00000000
 * gives 34, not 32), so the source register gets a known property first: a set bit in 31:0
 * (bits 63:32 stay random, so that ignoring them is still tested), or bits 63:32 cleared by
 * zext.w (add.uw rT, rS, x0). */
static void gen_ctzw(const struct op *op) {
    unsigned tmp = rd_nonzero();
    unsigned src = rs_any();
    if (chance(60)) {
        unsigned bit = below(32);
        emit_body32(enc_r(OP_BSETI, tmp, src, bit));
    } else {
        emit_body32(enc_r(OP_ADD_UW, tmp, src, 0)); /* zext.w */
    }
    unsigned rd = rd_any();
    emit_body32(enc_r(op->match, rd, tmp, 0));
}

static void gen_lui(const struct op *op) {
    static const uint32_t edges[] = {0, 1, 0x7ffff, 0x80000, 0xfffff};
    uint32_t imm = chance(30) ? edges[below(5)] : (uint32_t)rnd64();
    emit_body32(enc_u(op->match, rd_any(), imm));
}

static void gen_load(const struct op *op) {
    struct addr a = pick_addr(op->width);
    emit_body32(enc_i(op->match, rd_any(), a.base, a.offset));
}

static void gen_store(const struct op *op) {
    struct addr a = pick_addr(op->width);
    emit_body32(enc_s(op->match, a.base, rs_any(), a.offset));
}

static void gen_fload(const struct op *op) {
    struct addr a = pick_addr(op->width);
    unsigned rd = freg_of(op->width == 4);
    emit_body32(enc_i(op->match, rd, a.base, a.offset));
}

static void gen_fstore(const struct op *op) {
    struct addr a = pick_addr(op->width);
    unsigned rs2 = freg_of(op->width == 4);
    emit_body32(enc_s(op->match, a.base, rs2, a.offset));
}

static void gen_branch(const struct op *op) {
    unsigned rs1 = rs_any();
    add_fixup(FIX_B, here, 0);
    emit_body32(enc_r(op->match, 0, rs1, rs_pair(rs1)));
}

static void gen_jal(const struct op *op) {
    add_fixup(FIX_JAL, here, 0);
    emit_body32(op->match | rd_any() << 7);
}

/* rT := a forward target, by auipc (patched offset from the auipc) or lui + low part. */
static void gen_jalr(const struct op *op) {
    unsigned target_reg = rd_nonzero(), rd = chance(20) ? target_reg : rd_any();
    size_t anchor = here;
    bool relative = chance(60);
    emit_body32(enc_u(relative ? OP_AUIPC : OP_LUI, target_reg, 0));
    add_fixup(relative ? FIX_REL : FIX_ABS, here, anchor);
    emit_body32(enc_i(op->match, rd, target_reg, 0));
}

static void gen_fence(const struct op *op) {
    if (op->match != 0x0000000f) { emit_body32(op->match); return; } /* fence.tso */
    uint32_t pred = 1 + below(15), succ = 1 + below(15);
    emit_body32(op->match | pred << 24 | succ << 20);
}

static void gen_plain(const struct op *op) { emit_body32(op->match); }

/* aq and rl in bits 26 and 25. */
static uint32_t ordering(void) { return below(4) << 25; }

/* A naturally aligned scratch address in a register: x31 itself or a fresh one. */
static unsigned aligned_base(unsigned width) {
    if (chance(20)) return REG_BASE;
    unsigned base = rd_nonzero();
    emit_base(base, align_to(between(0, DT_SCRATCH_SIZE - 8), width, true));
    return base;
}

static void gen_amo(const struct op *op) {
    unsigned base = aligned_base(op->width);
    unsigned rs2 = rs_any();
    unsigned rd = rd_any();
    uint32_t order = ordering();
    emit_body32(enc_r(op->match | order, rd, base, rs2));
}

static void gen_op(const struct op *op);

/* ALU ops between LR and SC: no loads or stores (Basin drops the reservation on any store), no
 * write to the address register, no jumps (the SC must run). */
static void gen_alu_filler(void) {
    for (unsigned tries = 0; tries < 64; tries++) {
        const struct op *op = &ops[below(OP_COUNT)];
        if (op->form == F_R || op->form == F_I || op->form == F_SH6 || op->form == F_SH5 ||
            op->form == F_UNARY) {
            gen_op(op);
            return;
        }
    }
}

static void emit_sc(const struct op *sc, unsigned base) {
    unsigned rd = rd_any();
    unsigned rs2 = rs_any();
    uint32_t order = ordering();
    emit_body32(enc_r(sc->match | order, rd, base, rs2));
}

static void gen_lr_sc(const struct op *lr, const struct op *sc) {
    unsigned base = aligned_base(lr->width);
    avoid_mask = 1u << base;
    unsigned rd = rd_any();
    uint32_t order = ordering();
    emit_body32(enc_r(lr->match | order, rd, base, 0));
    unsigned fillers = below(4);
    for (unsigned i = 0; i < fillers; i++) gen_alu_filler();
    avoid_mask = 0;
    emit_sc(sc, base);
}

/* The SC row of the table for an LR row and vice versa: the next or the previous row. */
static void gen_lr(const struct op *op) { gen_lr_sc(op, op + 1); }

/* A lone SC has no reservation (every earlier LR was consumed by its SC) and must fail. */
static void gen_sc(const struct op *op) {
    if (chance(50)) { gen_lr_sc(op - 1, op); return; }
    emit_sc(op, aligned_base(op->width));
}

static unsigned csr_number(void) { return CSR_FFLAGS + below(3); }

/* Restores a valid frm after a set-bits CSR write may have made it 5, 6 or 7 (an FP op with
 * the dynamic mode would then be illegal), so frm is valid at every fragment boundary. */
static void emit_valid_frm(void) { emit_body32(enc_csr(OP_CSRRWI, 0, CSR_FRM, below(5))); }

static void gen_csr(const struct op *op) {
    unsigned csr = csr_number(), funct3 = bits(op->match, 14, 12), rs1 = rs_any();
    if (funct3 == 1 && csr != CSR_FFLAGS) {
        /* A random value with its rounding-mode bits replaced by a valid mode. */
        unsigned shift = csr == CSR_FRM ? 0 : 5, tmp = rd_nonzero();
        emit_body32(enc_i(OP_ANDI, tmp, rs1, ~(int32_t)(7u << shift)));
        emit_body32(enc_i(OP_ORI, tmp, tmp, (int32_t)(below(5) << shift)));
        rs1 = tmp;
    }
    emit_body32(enc_csr(op->match, rd_any(), csr, rs1));
    if (funct3 == 2 && csr != CSR_FFLAGS) emit_valid_frm(); /* clearing bits is always safe */
}

static void gen_csri(const struct op *op) {
    unsigned csr = csr_number(), funct3 = bits(op->match, 14, 12), uimm = below(32);
    /* frm keeps bits 2:0 of what is written; fcsr's frm bits are 0 here (uimm is 5 bits). */
    if (funct3 == 5 && csr == CSR_FRM) uimm = (uimm & 0x18) | below(5);
    emit_body32(enc_csr(op->match, rd_any(), csr, uimm));
    if (funct3 == 6 && csr == CSR_FRM) emit_valid_frm();
}

/* Single precision: the fmt field (bits 26:25) of OP-FP and the fused ops is 0. */
static bool is_single(uint32_t match) { return bits(match, 26, 25) == 0; }

/* fcvt.s.d and fcvt.d.s: the source has the other precision. */
static bool converts_format(uint32_t match) { return bits(match, 31, 27) == 0x08; }

/* FP forms: `int_rd` / `int_rs1` say which operands are x registers (fcvt, fmv, compares). */
static void gen_fp(const struct op *op, bool int_rd, bool int_rs1, bool has_rs2, bool has_rm) {
    bool single = is_single(op->match);
    unsigned rd = int_rd ? rd_any() : freg_of(single);
    unsigned rs1 = int_rs1 ? rs_any() : freg_of(converts_format(op->match) ? !single : single);
    unsigned rs2 = has_rs2 ? (chance(8) ? rs1 : freg_of(single)) : 0;
    unsigned rm = has_rm ? rounding_mode() : 0;
    emit_body32(enc_r(op->match, rd, rs1, rs2) | rm << 12);
}

static void gen_fr(const struct op *op) { gen_fp(op, false, false, true, false); }
static void gen_fr_rm(const struct op *op) { gen_fp(op, false, false, true, true); }
static void gen_f_rm(const struct op *op) { gen_fp(op, false, false, false, true); }
static void gen_f2x_rm(const struct op *op) { gen_fp(op, true, false, false, true); }
static void gen_x2f_rm(const struct op *op) { gen_fp(op, false, true, false, true); }
static void gen_fcmp(const struct op *op) { gen_fp(op, true, false, true, false); }
static void gen_f2x(const struct op *op) { gen_fp(op, true, false, false, false); }
static void gen_x2f(const struct op *op) { gen_fp(op, false, true, false, false); }

static void gen_fr4(const struct op *op) {
    bool single = is_single(op->match);
    unsigned rd = freg_of(single);
    unsigned rs1 = freg_of(single);
    unsigned rs2 = chance(8) ? rs1 : freg_of(single);
    unsigned rs3 = freg_of(single);
    unsigned rm = rounding_mode();
    emit_body32(enc_r4(op->match, rd, rs1, rs2, rs3, rm));
}

/* ---- compressed forms ---- */

static void gen_c_addi4spn(const struct op *op) {
    uint32_t uimm = 4 * (1 + below(255)); /* non-zero: 0 is the reserved all-zero encoding */
    emit_body16(op->match | cimm_addi4spn(uimm) | creg(rd_compressed()) << 2);
}

/* rs1' := a scratch address (maybe misaligned), then the access at a scaled offset from it. */
static unsigned c_mem_base(unsigned width, uint32_t *uimm) {
    *uimm = width * below(32);
    bool aligned = !chance(25);
    int32_t lo = (int32_t)*uimm + DT_SCRATCH_SIZE / 2 - 2048;
    int32_t so = align_to(between(lo, lo + 4095 - 8), width, aligned);
    unsigned base = rd_compressed();
    emit_base(base, so - (int32_t)*uimm);
    return base;
}

static uint32_t c_mem_imm(const struct op *op, uint32_t uimm) {
    return op->width == 4 ? cimm_lw(uimm) : cimm_ld(uimm);
}

static void gen_c_load(const struct op *op) {
    uint32_t uimm;
    unsigned base = c_mem_base(op->width, &uimm);
    unsigned rd = op->fp ? 8 + below(8) : rd_compressed();
    emit_body16(op->match | c_mem_imm(op, uimm) | creg(base) << 7 | creg(rd) << 2);
}

static void gen_c_store(const struct op *op) {
    uint32_t uimm;
    unsigned base = c_mem_base(op->width, &uimm);
    unsigned rs2 = 8 + below(8); /* x8..x15 or f8..f15 */
    emit_body16(op->match | c_mem_imm(op, uimm) | creg(base) << 7 | creg(rs2) << 2);
}

/* Rare HINT encodings are included: they are legal and must execute as no-ops. */
static void gen_c_nop(const struct op *op) {
    emit_body16(op->match | (chance(10) ? cimm_ci(imm6_nonzero()) : 0));
}

static void gen_c_addi(const struct op *op) {
    int32_t imm = chance(5) ? 0 : imm6_nonzero();
    emit_body16(op->match | rd_nonzero() << 7 | cimm_ci(imm));
}

static void gen_c_addiw(const struct op *op) {
    unsigned rd = rd_nonzero();
    emit_body16(op->match | rd << 7 | cimm_ci(imm6()));
}

static void gen_c_li(const struct op *op) {
    unsigned rd = chance(5) ? 0 : rd_nonzero();
    emit_body16(op->match | rd << 7 | cimm_ci(imm6()));
}

static void gen_c_lui(const struct op *op) {
    unsigned rd = chance(5) ? 0 : rd_nonzero(); /* sp is never picked: that is c.addi16sp */
    emit_body16(op->match | rd << 7 | cimm_ci(imm6_nonzero()));
}

static void gen_c_shift(const struct op *op) {
    unsigned amount = chance(5) ? 0 : 1 + below(63);
    emit_body16(op->match | creg(rd_compressed()) << 7 | cimm_ci((int32_t)amount));
}

static void gen_c_andi(const struct op *op) {
    unsigned rd = rd_compressed();
    emit_body16(op->match | creg(rd) << 7 | cimm_ci(imm6()));
}

static void gen_c_alu(const struct op *op) {
    unsigned rd = rd_compressed();
    unsigned rs2 = 8 + below(8);
    emit_body16(op->match | creg(rd) << 7 | creg(rs2) << 2);
}

static void gen_c_j(const struct op *op) {
    add_fixup(FIX_CJ, here, 0);
    emit_body16(op->match);
}

static void gen_c_bz(const struct op *op) {
    add_fixup(FIX_CB, here, 0);
    emit_body16(op->match | creg(8 + below(8)) << 7);
}

static void gen_c_slli(const struct op *op) {
    unsigned rd = chance(3) ? 0 : rd_nonzero();
    unsigned amount = chance(5) ? 0 : 1 + below(63);
    emit_body16(op->match | rd << 7 | cimm_ci((int32_t)amount));
}

static void gen_c_lsp(const struct op *op) {
    uint32_t uimm = op->width * below(64); /* c.lwsp: 0..252, c.ldsp/c.fldsp: 0..504 */
    unsigned rd = op->fp ? freg_of(false) : rd_nonzero();
    uint32_t imm = op->width == 4 ? cimm_lwsp(uimm) : cimm_ldsp(uimm);
    emit_body16(op->match | rd << 7 | imm);
}

static void gen_c_ssp(const struct op *op) {
    uint32_t uimm = op->width * below(64);
    unsigned rs2 = op->fp ? freg_of(false) : rs_any();
    uint32_t imm = op->width == 4 ? cimm_swsp(uimm) : cimm_sdsp(uimm);
    emit_body16(op->match | imm | rs2 << 2);
}

static const struct op *find_op(const char *name);

/* sp moves by N inside the fragment and back: the sp-relative forms see another sp. */
static void gen_c_addi16sp(const struct op *op) {
    int32_t n = 16 * between(-31, 30);
    if (n >= 0) n += 16; /* non-zero, in [-496, 496] so that -N is encodable too */
    emit_body16(op->match | cimm_addi16sp(n));
    static const char *const inner[] = {"c.lwsp", "c.ldsp", "c.fldsp", "c.swsp", "c.sdsp",
                                        "c.fsdsp", "c.addi4spn"};
    unsigned count = 1 + below(3);
    for (unsigned i = 0; i < count; i++) gen_op(find_op(inner[below(7)]));
    emit_body16(op->match | cimm_addi16sp(-n));
}

/* rT := a forward target (auipc + addi, or lui + addi), then c.jr / c.jalr rT. */
static void gen_c_jr(const struct op *op) {
    unsigned target_reg = rd_nonzero();
    size_t anchor = here;
    bool relative = chance(60);
    emit_body32(enc_u(relative ? OP_AUIPC : OP_LUI, target_reg, 0));
    add_fixup(relative ? FIX_REL : FIX_ABS, here, anchor);
    emit_body32(enc_i(OP_ADDI, target_reg, target_reg, 0));
    emit_body16(op->match | target_reg << 7);
}

/* c.mv / c.add: rs2 != 0 (else it is c.jr / c.jalr); rarely the rd = x0 HINT. */
static void gen_c_mv(const struct op *op) {
    unsigned rd = chance(3) ? 0 : rd_nonzero();
    emit_body16(op->match | rd << 7 | rs_nonzero() << 2);
}

typedef void gen_fn(const struct op *op);

static void gen_sh6(const struct op *op) { gen_shift(op, 64); }
static void gen_sh5(const struct op *op) { gen_shift(op, 32); }

/* Indexed by enum form. */
static gen_fn *const generators[] = {
    [F_R] = gen_r, [F_I] = gen_i, [F_SH6] = gen_sh6, [F_SH5] = gen_sh5, [F_UNARY] = gen_unary,
    [F_CTZW] = gen_ctzw,
    [F_LUI] = gen_lui, [F_LOAD] = gen_load, [F_STORE] = gen_store, [F_BRANCH] = gen_branch,
    [F_JAL] = gen_jal, [F_JALR] = gen_jalr, [F_FENCE] = gen_fence, [F_PLAIN] = gen_plain,
    [F_AMO] = gen_amo, [F_LR] = gen_lr, [F_SC] = gen_sc, [F_CSR] = gen_csr, [F_CSRI] = gen_csri,
    [F_FLOAD] = gen_fload, [F_FSTORE] = gen_fstore, [F_FR] = gen_fr, [F_FR_RM] = gen_fr_rm,
    [F_FR4] = gen_fr4, [F_F_RM] = gen_f_rm, [F_F2X_RM] = gen_f2x_rm, [F_X2F_RM] = gen_x2f_rm,
    [F_FCMP] = gen_fcmp, [F_F2X] = gen_f2x, [F_X2F] = gen_x2f,
    [C_ADDI4SPN] = gen_c_addi4spn, [C_LOAD] = gen_c_load, [C_STORE] = gen_c_store,
    [C_NOP] = gen_c_nop, [C_ADDI] = gen_c_addi, [C_ADDIW] = gen_c_addiw, [C_LI] = gen_c_li,
    [C_LUI] = gen_c_lui, [C_ADDI16SP] = gen_c_addi16sp, [C_SHIFT] = gen_c_shift,
    [C_ANDI] = gen_c_andi, [C_ALU] = gen_c_alu, [C_J] = gen_c_j, [C_BZ] = gen_c_bz,
    [C_SLLI] = gen_c_slli, [C_LSP] = gen_c_lsp, [C_SSP] = gen_c_ssp, [C_JR] = gen_c_jr,
    [C_MV] = gen_c_mv,
};

static void gen_op(const struct op *op) { generators[op->form](op); }

static const struct op *find_op(const char *name) {
    for (unsigned i = 0; i < OP_COUNT; i++)
        if (strcmp(ops[i].name, name) == 0) return &ops[i];
    fatal("internal: unknown mnemonic");
    return 0;
}

/* ---- resolving the forward jumps ---- */

static size_t target_start(unsigned fragment) {
    return frag_start[fragment < frag_count ? fragment : frag_count];
}

/* Spread programs place later fragments at lower addresses too: both bounds matter. */
static bool offset_fits(enum fix_kind kind, int64_t offset) {
    switch (kind) {
    case FIX_B: return offset >= -4096 && offset < 4096;
    case FIX_JAL: return offset >= -(1 << 20) && offset < (1 << 20);
    case FIX_CJ: return offset >= -2048 && offset < 2048;
    case FIX_CB: return offset >= -256 && offset < 256;
    case FIX_REL: return offset >= -2048 && offset < 2048;
    case FIX_ABS: return true;
    }
    return false;
}

static void patch_hi_lo(size_t anchor, size_t at, uint32_t value) {
    uint32_t hi = (value + 0x800) >> 12;
    or32(anchor, bits(hi, 19, 0) << 12);
    or32(at, bits(value - (hi << 12), 11, 0) << 20);
}

/* The farthest fragment start up to the wanted one that the jump can reach and may enter; the
 * fragment right after the jump's own always qualifies (the jump is its fragment's last
 * instruction, and that fragment is in the same loops or closes one of them). */
static void resolve(const struct fixup *f) {
    unsigned target = f->from + f->distance;
    if (target > frag_count) target = frag_count;
    size_t origin = f->kind == FIX_REL ? f->anchor : f->at;
    int64_t offset = (int64_t)target_start(target) - (int64_t)origin + f->odd;
    for (unsigned guard = 0; guard < MAX_FRAGMENTS &&
                             (!offset_fits(f->kind, offset) || !target_allowed(f->from, target));
         guard++) {
        if (target == f->from + 1) fatal("internal: jump out of range");
        target--;
        offset = (int64_t)target_start(target) - (int64_t)origin + f->odd;
    }
    switch (f->kind) {
    case FIX_B: or32(f->at, imm_b((int32_t)offset)); break;
    case FIX_JAL: or32(f->at, imm_j((int32_t)offset)); break;
    case FIX_CJ: or16(f->at, cimm_j((int32_t)offset)); break;
    case FIX_CB: or16(f->at, cimm_b((int32_t)offset)); break;
    case FIX_REL: or32(f->at, bits((uint32_t)offset, 11, 0) << 20); break;
    case FIX_ABS: patch_hi_lo(f->anchor, f->at, (uint32_t)(DT_CODE_BASE + offset + f->at)); break;
    }
}

/* ---- the data segment: initial registers and scratch contents ---- */

static uint8_t data[DT_DATA_SIZE];

static void put64(size_t at, uint64_t value) {
    for (unsigned i = 0; i < 8; i++) data[at + i] = (uint8_t)(value >> (8 * i));
}

static uint64_t pick64(const uint64_t *table, size_t n) { return table[below((uint32_t)n)]; }

static uint64_t random_int(void) {
    static const uint64_t edges[] = {
        0, 1, 2, 3, (uint64_t)-1, (uint64_t)-2, 0x7fffffff, 0x80000000, 0xffffffff,
        0xffffffff80000000, 0x7fffffffffffffff, 0x8000000000000000, 0x100000000, 31, 32, 63,
        64, 0xff, 0x80, 0xffff, 0x8000, 0x1000001, 0x20000000000001, 0x5555555555555555,
        0xaaaaaaaaaaaaaaaa, 0x0123456789abcdef, 0x8080808080808080, 0xffffffff00000000,
    };
    switch (below(8)) {
    case 0: case 1: case 2: return pick64(edges, sizeof edges / sizeof edges[0]);
    case 3: return (uint64_t)(int64_t)between(-64, 64);
    case 4: return (uint64_t)(int64_t)(int32_t)(uint32_t)rnd64(); /* sign-extended 32 bits */
    case 5: { /* 2^k or 2^k - 1 */
        uint64_t power = 1ull << below(64);
        return chance(50) ? power - 1 : power;
    }
    default: return rnd64();
    }
}

/* Doubles: zeros, infinities, NaNs of both kinds, subnormals, the integer conversion limits,
 * single-precision limits and ties, then random ones with exponents from 2^-40 to 2^66 (around
 * the integer conversion limits), a few subnormals, infinities and NaNs. */
static uint64_t random_double(void) {
    static const uint64_t edges[] = {
        0, 0x8000000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000,
        0xfff8000000000000, 0x7ff0000000000001, 0x7ff4000000000000, 0xfff0000000000123,
        0x7ffc000000000123, 1, 0x000fffffffffffff, 0x8000000000000001, 0x0010000000000000,
        0x7fefffffffffffff, 0x3ff0000000000000, 0xbff0000000000000, 0x3fe0000000000000,
        0x3ff8000000000000, 0x4004000000000000, 0xbfe0000000000000, 0xbff8000000000000,
        0x41dfffffffc00000, 0x41dfffffffe00000, 0x41e0000000000000, 0xc1e0000000000000,
        0xc1e0000000200000, 0xc1e0000000100000, 0x41efffffffe00000, 0x41f0000000000000,
        0x43e0000000000000, 0xc3e0000000000000, 0x43dfffffffffffff, 0x43f0000000000000,
        0x4340000000000000, 0x3ff0000010000000, 0x3ff0000030000000, 0x3ff0000010000001,
        0x36a0000000000000, 0x47efffffe0000000, 0x47effffff0000000, 0x3810000000000000,
        0x380fffffe0000000, 0x36a8000000000000, 0xbff0000000000001,
    };
    if (chance(50)) return pick64(edges, sizeof edges / sizeof edges[0]);
    uint64_t sign = (uint64_t)below(2) << 63;
    uint64_t exponent = (uint64_t)between(1023 - 40, 1023 + 66);
    uint64_t mantissa = rnd64() & 0xfffffffffffffull;
    if (chance(40)) mantissa &= ~0xfffffffull; /* exact as a single, or a tie when rounding */
    if (chance(10)) exponent = below(2) ? 0 : 0x7ff;
    return sign | exponent << 52 | mantissa;
}

static uint32_t random_single(void) {
    static const uint32_t edges[] = {
        0, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00000, 0x7f800001, 0x7fa00000,
        0xff800123, 0x7fc00123, 1, 0x007fffff, 0x80000001, 0x00800000, 0x7f7fffff, 0x3f800000,
        0xbf800000, 0x3f000000, 0x3fc00000, 0x40200000, 0xbf000000, 0xbfc00000, 0x4effffff,
        0x4f000000, 0xcf000000, 0xcf000001, 0x4f7fffff, 0x4f800000, 0x5effffff, 0x5f000000,
        0xdf000000, 0x5f800000, 0x4b800000, 0x4b000000, 0x3f800001, 0x3effffff,
    };
    if (chance(50)) return edges[below(sizeof edges / sizeof edges[0])];
    uint32_t sign = below(2) << 31;
    uint32_t exponent = (uint32_t)between(127 - 30, 127 + 66);
    uint32_t mantissa = (uint32_t)rnd64() & 0x7fffff;
    if (chance(10)) exponent = below(2) ? 0 : 0xff;
    return sign | exponent << 23 | mantissa;
}

/* An f register: a double (percent_double of the time), a NaN-boxed single, or a single that
 * is not properly boxed (an F instruction must read it as the canonical NaN). */
static uint64_t random_freg(unsigned percent_double) {
    if (chance(percent_double)) return random_double();
    unsigned kind = below(10);
    uint64_t single = random_single();
    if (kind < 9) return 0xffffffff00000000ull | single;
    uint64_t upper = chance(50) ? 0 : rnd64() & 0xfffffffe00000000ull; /* bit 32 clear: not boxed */
    return upper | single;
}

static void fill_data(void) {
    for (unsigned i = 1; i <= 31; i++) put64(DT_X_OFFSET + 8 * (i - 1), random_int());
    put64(DT_X_OFFSET + 8 * (REG_SP - 1), DT_SP_ADDR);
    put64(DT_X_OFFSET + 8 * (REG_TRACE - 1), DT_TRACE_BASE);
    put64(DT_X_OFFSET + 8 * (REG_BASE - 1), DT_MID_ADDR);
    for (unsigned i = 0; i < 32; i++) put64(DT_F_OFFSET + 8 * i, random_freg(i < 16 ? 20 : 80));
    size_t scratch = DT_SCRATCH_ADDR - DT_DATA_BASE;
    for (size_t at = 0; at < DT_SCRATCH_SIZE; at += 8)
        put64(scratch + at, chance(50) ? random_int() : random_freg(50));
}

/* ---- the trace: after each fragment, what it wrote ---- */

/* A register an instruction writes. */
struct dest {
    bool valid, fp;
    unsigned reg;
};

static struct dest dest_x(unsigned reg) { return (struct dest){reg != 0, false, reg}; }
static struct dest dest_f(unsigned reg) { return (struct dest){true, true, reg}; }
static struct dest no_dest(void) { return (struct dest){false, false, 0}; }

/* The destination of a 32-bit instruction, by its major opcode. Jumps have none here (a trace
 * store after a jump would mostly be skipped; their link values are checked at the end). */
static struct dest dest_of32(uint32_t insn) {
    unsigned rd = bits(insn, 11, 7), funct5 = bits(insn, 31, 27);
    switch (bits(insn, 6, 0)) {
    case 0x37: case 0x17: case 0x13: case 0x1b: case 0x33: case 0x3b: case 0x03: case 0x2f:
        return dest_x(rd);
    case 0x73: return bits(insn, 14, 12) != 0 ? dest_x(rd) : no_dest(); /* CSR ops */
    case 0x07: case 0x43: case 0x47: case 0x4b: case 0x4f: return dest_f(rd);
    case 0x53: /* compares, fcvt to an integer, fmv.x and fclass write an x register */
        return funct5 == 0x14 || funct5 == 0x18 || funct5 == 0x1c ? dest_x(rd) : dest_f(rd);
    default: return no_dest(); /* stores, branches, jumps, fences */
    }
}

/* The destination of a compressed instruction, by quadrant and funct3. */
static struct dest dest_of16(uint32_t insn) {
    unsigned funct3 = bits(insn, 15, 13), rd = bits(insn, 11, 7);
    unsigned rd_low = 8 + bits(insn, 4, 2), rs1_low = 8 + bits(insn, 9, 7);
    switch (insn & 3) {
    case 0: /* c.addi4spn, c.fld, c.lw, c.ld; then stores */
        return funct3 == 1 ? dest_f(rd_low) : funct3 <= 3 ? dest_x(rd_low) : no_dest();
    case 1: /* c.addi, c.addiw, c.li, c.lui / c.addi16sp; the CB/CA ALU ops; then jumps */
        return funct3 <= 3 ? dest_x(rd) : funct3 == 4 ? dest_x(rs1_low) : no_dest();
    default: /* c.slli, c.fldsp, c.lwsp, c.ldsp, c.mv / c.add; c.jr / c.jalr and stores: none */
        if (funct3 == 1) return dest_f(rd);
        if (funct3 == 0 || funct3 == 2 || funct3 == 3) return dest_x(rd);
        return funct3 == 4 && bits(insn, 6, 2) != 0 ? dest_x(rd) : no_dest();
    }
}

static bool is_jump(uint32_t insn, unsigned size) {
    unsigned opcode = bits(insn, 6, 0);
    if (size == 4) return opcode == 0x6f || opcode == 0x67 || opcode == 0x63; /* jal, jalr, b* */
    unsigned funct3 = bits(insn, 15, 13);
    if ((insn & 3) == 1) return funct3 >= 5;                        /* c.j, c.beqz, c.bnez */
    return (insn & 3) == 2 && funct3 == 4 && bits(insn, 6, 2) == 0; /* c.jr, c.jalr */
}

/* `addi rB, x31, offset`: a fresh scratch address, known without tracing. */
static bool is_scratch_base(uint32_t insn) { return (insn & 0x000ff07f) == (0x13 | REG_BASE << 15); }

static unsigned trace_used;

/* Stores the register to the next trace slot, and says in the map what the slot holds. */
static void emit_trace(struct dest d, size_t writer) {
    if (trace_used == DT_TRACE_SLOTS) return;
    int32_t offset = 8 * (int32_t)trace_used - (DT_TRACE_BASE - DT_TRACE_ADDR);
    emit32(enc_s(d.fp ? OP_FSD : OP_SD, REG_TRACE, d.reg, offset));
    uint64_t entry = DT_MAP_USED | (d.fp ? DT_MAP_FP : 0) | (uint64_t)d.reg << 32 |
                     (uint64_t)(DT_CODE_BASE + writer);
    put64(DT_MAP_ADDR - DT_DATA_BASE + 8 * trace_used, entry);
    trace_used++;
}

enum { MAX_DESTS = 16 };

/* Records `d` (written at `at`) in `list`, replacing an earlier write of the same register. */
static unsigned add_dest(struct dest *list, size_t *writers, unsigned n, struct dest d, size_t at) {
    for (unsigned i = 0; i < n; i++) {
        if (list[i].fp != d.fp || list[i].reg != d.reg) continue;
        for (unsigned j = i; j + 1 < n; j++) { list[j] = list[j + 1]; writers[j] = writers[j + 1]; }
        n--;
        break;
    }
    if (n == MAX_DESTS) return n;
    list[n] = d;
    writers[n] = at;
    return n + 1;
}

/* Traces the registers the fragment at [start, here) wrote, unless it ends with a jump. */
static void trace_fragment(size_t start) {
    struct dest list[MAX_DESTS];
    size_t writers[MAX_DESTS];
    unsigned n = 0;
    bool jump = false;
    for (size_t at = start; at < here;) {
        unsigned size = (code[at] & 3) == 3 ? 4 : 2;
        uint32_t insn = size == 4 ? read32(at) : read16(at);
        struct dest d = size == 4 ? dest_of32(insn) : dest_of16(insn);
        jump = is_jump(insn, size);
        bool known = (!d.fp && ((BASE_REGS >> d.reg) & 1)) || (size == 4 && is_scratch_base(insn));
        if (d.valid && !known) n = add_dest(list, writers, n, d, at);
        at += size;
    }
    if (jump) return;
    for (unsigned i = 0; i < n; i++) emit_trace(list[i], writers[i]);
}

/* ---- fragments ---- */

static bool computes_fp(const struct op *op) {
    switch (op->form) {
    case F_FR: case F_FR_RM: case F_FR4: case F_F_RM: case F_F2X_RM: case F_X2F_RM: case F_FCMP:
        return true;
    default:
        return false;
    }
}

/* One table row's fragment. Half the FP computations get a flags probe around them: clear
 * fflags before, read them into a register after (traced like any result), so that each op's
 * own flags are compared, not only the sticky union at the end. */
static void gen_fragment(const struct op *op) {
    bool probe = computes_fp(op) && chance(50);
    if (probe) emit_body32(enc_csr(OP_CSRRWI, 0, CSR_FFLAGS, 0));
    size_t at = here;
    gen_op(op);
    if (!probe) return;
    struct dest d = dest_of32(read32(at));
    avoid_mask = d.fp ? 0 : 1u << d.reg; /* keep the op's own x result */
    unsigned tmp = rd_nonzero();
    avoid_mask = 0;
    emit_body32(enc_csr(OP_CSRRS, tmp, CSR_FFLAGS, 0));
}

/* ---- program shapes: which of the features below a seed's program has ---- */

static bool spread;  /* the body in chunks on more pages than the VM keeps decoded */
static bool smc;     /* thunks on R+W+X pages that the body rewrites */

/* What the program holds, for --shape. */
static struct {
    unsigned loops, deepest, straddles, calls, rewrites, pages;
} shape;

enum {
    OP_JALR = 0x67, OP_BEQ = 0x63, OP_BLT = 0x4063, OP_BLTU = 0x6063, OP_SB = 0x23, OP_SH = 0x1023,
    OP_SW = 0x2023, OP_FENCE_I = 0x100f, C_NOP_INSN = 0x0001, C_BNEZ = 0xe001, C_ADDI_INSN = 0x0001,
};

/* An ALU row of the table whose generator emits exactly one instruction: 32-bit (wide) or
 * compressed. Thunks are made of these, and page-straddling instructions are. */
static bool single_alu(const struct op *op, bool wide) {
    switch (op->form) {
    case F_R: case F_I: case F_SH6: case F_SH5: case F_UNARY: case F_LUI: return wide;
    case C_ADDI: case C_ADDIW: case C_LI: case C_LUI: case C_SHIFT: case C_ANDI: case C_ALU:
    case C_SLLI: case C_MV: case C_NOP: return !wide;
    default: return false;
    }
}

/* DIFFTEST_FP=1 in the environment: FP-heavy programs, where four fragments in five come from
 * the F and D rows (the same seed gives another program than without it). */
static bool fp_heavy;

/* The row of the body's next fragment: uniform over the table, or mostly F and D. */
static const struct op *body_op(void) {
    if (fp_heavy && chance(80)) {
        for (unsigned tries = 0; tries < 10000; tries++) {
            const struct op *op = &ops[below(OP_COUNT)];
            if (op->ext == X_F || op->ext == X_D) return op;
        }
        fatal("internal: no F or D row");
    }
    return &ops[below(OP_COUNT)];
}

static const struct op *random_single_alu(bool wide) {
    for (unsigned tries = 0; tries < 10000; tries++) {
        const struct op *op = &ops[below(OP_COUNT)];
        if (single_alu(op, wide)) return op;
    }
    fatal("internal: no single ALU row");
    return 0;
}

/* ---- bounded loops (the data structures are with the fixups above) ---- */

static unsigned counters[MAX_DEPTH];

/* Never ra: c.jalr writes it without naming it. */
static void choose_counters(void) {
    for (unsigned d = 0; d < MAX_DEPTH; d++) {
        counters[d] = pick_reg(writable() & ~1u & ~(1u << 1));
        reserved_mask |= 1u << counters[d];
    }
}

/* The loop's first fragment: counter := iterations (outside the loop, in the enclosing one). */
static void open_loop(unsigned iterations, unsigned length) {
    if (loop_count == MAX_LOOPS || loop_depth == MAX_DEPTH) fatal("internal: too many loops");
    unsigned counter = counters[loop_depth];
    begin_fragment();
    if (chance(50) && iterations < 32) emit_body16(0x4001 | counter << 7 | cimm_ci((int32_t)iterations)); /* c.li */
    else emit_body32(enc_i(OP_ADDI, counter, 0, (int32_t)iterations));
    loops[loop_count] = (struct loop){current_loop, counter, here, 0, length, false};
    current_loop = (int)loop_count++;
    loop_depth++;
    shape.loops++;
    if (loop_depth > shape.deepest) shape.deepest = loop_depth;
}

/* The loop's last fragment: counter -= 1, then back to the start unless it reached 0, by a
 * backward branch of one of several kinds (the far ones when the start is out of reach). */
static void close_loop(void) {
    struct loop *loop = &loops[current_loop];
    unsigned c = loop->counter;
    begin_fragment();
    if (chance(50)) emit_body16(C_ADDI_INSN | c << 7 | cimm_ci(-1)); /* c.addi c, -1 */
    else emit_body32(enc_i(OP_ADDI, c, c, -1));
    int64_t back = (int64_t)loop->start - (int64_t)here; /* positive too, in spread programs */
    unsigned kind = below(6);
    if (kind == 0 && c >= 8 && c <= 15 && back >= -256 && back < 256) {
        emit_body16(C_BNEZ | creg(c) << 7 | cimm_b((int32_t)back));
    } else if (kind <= 3 && back >= -4096 && back < 4096) { /* bne c, x0; blt x0, c; bltu x0, c */
        uint32_t insn = kind <= 1 ? enc_r(OP_BNE, 0, c, 0) : enc_r(kind == 2 ? OP_BLT : OP_BLTU, 0, 0, c);
        emit_body32(insn | imm_b((int32_t)back));
    } else if (kind == 4 || back < -(1 << 20) || back >= (1 << 20)) { /* beqz; auipc t; jr t */
        unsigned t = rd_nonzero();
        emit_body32(enc_r(OP_BEQ, 0, c, 0) | imm_b(12));
        back = (int64_t)loop->start - (int64_t)here;
        uint32_t hi = (uint32_t)((back + 0x800) >> 12);
        emit_body32(enc_u(OP_AUIPC, t, hi));
        emit_body32(enc_i(OP_JALR, 0, t, (int32_t)(back - ((int64_t)(int32_t)(hi << 12)))));
    } else { /* beqz c, past; j start */
        emit_body32(enc_r(OP_BEQ, 0, c, 0) | imm_b(8));
        back = (int64_t)loop->start - (int64_t)here;
        emit_body32(0x6f | imm_j((int32_t)back));
    }
    current_loop = loop->parent;
    loop_depth--;
}

/* ---- instructions across a page boundary ---- */

/* c.nop up to the page's last parcel, then a 32-bit ALU instruction whose second half is on the
 * next page: the fetch paths for that case. Only when the page end is near. */
static bool near_page_end(void) { return here % PAGE_SIZE >= PAGE_SIZE - 24; }

static void straddle(void) {
    shape.straddles++;
    begin_fragment();
    size_t start = here;
    while (here % PAGE_SIZE != PAGE_SIZE - 2) emit_body16(C_NOP_INSN);
    gen_op(random_single_alu(true));
    trace_fragment(start);
}

/* ---- self-modifying code: thunks the body calls, rewrites and calls again ---- */

enum { MAX_THUNKS = 5, THUNK_CODE_MAX = 24 };

/* A thunk: `size` bytes of ALU instructions (32-bit and compressed), then jalr x0, 0(link). The
 * body calls it with lui link, %hi; jalr link, %lo(link), and rewrites all its `size` bytes at
 * once (so that whatever ran before, it always holds one whole version). */
struct thunk {
    size_t at;
    unsigned link, size;
    uint8_t bytes[THUNK_CODE_MAX]; /* the version the latest rewrite in program order wrote */
};

static struct thunk thunks[MAX_THUNKS];
static unsigned thunk_count;

/* New code for thunk t into out: single ALU instructions that never write its link register or
 * a counter, a 32-bit one wherever an instruction starts in a page's last parcel (so a thunk
 * across a page boundary has an instruction straddling it). Sometimes only one instruction of
 * the current version changes. */
static void make_thunk_code(const struct thunk *t, uint8_t *out, bool first, bool one) {
    size_t saved_here = here;
    unsigned saved_insns = body_insns;
    avoid_mask = 1u << t->link;
    here = SCRATCH_OFFSET;
    if (!first && one) { /* one instruction changes */
        memcpy(code + here, t->bytes, t->size);
        size_t at = 0, pick = below(t->size / 2) * 2, start = 0;
        while (at < t->size) { /* the instruction holding byte `pick` */
            size_t length = (t->bytes[at] & 3) == 3 ? 4 : 2;
            if (at <= pick && pick < at + length) start = at;
            at += length;
        }
        here = SCRATCH_OFFSET + start;
        uint32_t insn = read32(here);
        unsigned opcode = insn & 0x7f, funct3 = bits(insn, 14, 12);
        /* Often only the upper half changes (immediate and rs1 bits of addi-like forms, lui's
         * and auipc's immediate): a rewrite then stores just that parcel, whose instruction
         * starts in the parcel before, maybe on the page before. */
        bool tweakable = (t->bytes[start] & 3) == 3 &&
                         ((opcode == 0x13 && funct3 != 1 && funct3 != 5) ||
                          (opcode == 0x1b && funct3 == 0) || opcode == 0x37 || opcode == 0x17);
        if (tweakable && chance(70)) {
            uint32_t upper = (uint32_t)rnd64() & 0xffff0000u;
            if (upper == (insn & 0xffff0000u)) upper ^= 0x00100000u;
            uint32_t tweaked = (insn & 0xffffu) | upper;
            for (unsigned i = 0; i < 4; i++) code[here + i] = (uint8_t)(tweaked >> (8 * i));
        } else {
            gen_op(random_single_alu((t->bytes[start] & 3) == 3));
        }
    } else {
        while (here - SCRATCH_OFFSET < t->size) {
            size_t left = t->size - (here - SCRATCH_OFFSET);
            size_t address = t->at + (here - SCRATCH_OFFSET);
            bool wide = left >= 4 && (address % PAGE_SIZE == PAGE_SIZE - 2 || chance(50));
            gen_op(random_single_alu(wide));
        }
    }
    memcpy(out, code + SCRATCH_OFFSET, t->size);
    avoid_mask = 0;
    here = saved_here;
    body_insns = saved_insns;
}

/* Thunks on the two R+W+X pages, the first across their boundary. */
static void init_thunks(void) {
    thunk_count = 2 + below(MAX_THUNKS - 1);
    size_t at = SMC_OFFSET + PAGE_SIZE - 2 * (1 + below(6));
    for (unsigned i = 0; i < thunk_count; i++) {
        struct thunk *t = &thunks[i];
        t->at = at;
        t->link = rd_nonzero();
        t->size = 8 + 2 * below((THUNK_CODE_MAX - 8) / 2 + 1);
        make_thunk_code(t, t->bytes, true, false);
        memcpy(code + at, t->bytes, t->size);
        size_t saved = here;
        here = at + t->size;
        emit32(enc_i(OP_JALR, 0, t->link, 0));
        here = saved;
        at += t->size + 4 + 2 * below(4);
    }
}

/* Calls a thunk; then, in a fragment of its own (a call ends its fragment), traces the registers
 * its latest version writes and the link. */
static void smc_call(void) {
    const struct thunk *t = &thunks[below(thunk_count)];
    shape.calls++;
    begin_fragment();
    uint32_t address = (uint32_t)(DT_CODE_BASE + t->at), hi = (address + 0x800) >> 12;
    emit_body32(enc_u(OP_LUI, t->link, hi));
    size_t call = here;
    emit_body32(enc_i(OP_JALR, t->link, t->link, (int32_t)(address - (hi << 12))));
    begin_fragment();
    struct dest list[MAX_DESTS];
    size_t writers[MAX_DESTS];
    unsigned n = add_dest(list, writers, 0, dest_x(t->link), call);
    for (size_t at = 0; at < t->size;) {
        unsigned size = (t->bytes[at] & 3) == 3 ? 4 : 2;
        uint32_t insn = t->bytes[at] | (uint32_t)t->bytes[at + 1] << 8;
        if (size == 4) insn |= (uint32_t)t->bytes[at + 2] << 16 | (uint32_t)t->bytes[at + 3] << 24;
        struct dest d = size == 4 ? dest_of32(insn) : dest_of16(insn);
        if (d.valid) n = add_dest(list, writers, n, d, t->at + at);
        at += size;
    }
    for (unsigned i = 0; i < n; i++) emit_trace(list[i], writers[i]);
}

/* Rewrites a thunk: its address in a register, then the new bytes in pieces of 1, 2 or 4 bytes
 * (each built with lui + addi and stored with sb, sh or sw, at any alignment, so that pieces
 * split instructions), then fence.i. Outside loops, often only one instruction changes and only
 * the bytes that differ are stored: every earlier rewrite has run (rewrites are barriers), so
 * the thunk holds exactly the previous version. Inside a loop a later iteration finds a later
 * version there, so all bytes are stored. */
static void smc_rewrite(void) {
    struct thunk *t = &thunks[below(thunk_count)];
    uint8_t next[THUNK_CODE_MAX];
    bool only_changes = current_loop < 0 && chance(50);
    make_thunk_code(t, next, false, only_changes);
    shape.rewrites++;
    begin_fragment();
    frag_barrier[frag_count - 1] = true;
    size_t start = here;
    unsigned base = rd_nonzero();
    avoid_mask = 1u << base;
    unsigned word = rd_nonzero();
    avoid_mask = 0;
    uint32_t address = (uint32_t)(DT_CODE_BASE + t->at), hi = (address + 0x800) >> 12;
    emit_body32(enc_u(OP_LUI, base, hi));
    emit_body32(enc_i(OP_ADDI, base, base, (int32_t)(address - (hi << 12))));
    static const uint32_t stores[] = {0, OP_SB, OP_SH, 0, OP_SW};
    for (unsigned at = 0; at < t->size;) {
        if (only_changes && next[at] == t->bytes[at]) {
            at++;
            continue;
        }
        unsigned width = 1u << below(3);
        while (at + width > t->size) width /= 2;
        uint32_t value = 0;
        for (unsigned i = 0; i < width; i++) value |= (uint32_t)next[at + i] << (8 * i);
        uint32_t value_hi = (value + 0x800) >> 12;
        emit_body32(enc_u(OP_LUI, word, value_hi));
        emit_body32(enc_i(OP_ADDI, word, word, (int32_t)(value - (value_hi << 12))));
        emit_body32(enc_s(stores[width], base, word, (int32_t)at));
        at += width;
    }
    emit_body32(OP_FENCE_I);
    memcpy(t->bytes, next, t->size);
    trace_fragment(start);
}

/* ---- the body ---- */

/* One step of the body: a loop's start or end, a thunk call or rewrite, an instruction across a
 * page boundary, or a table row's fragment. */
static void body_step(void) {
    if (current_loop >= 0 && loops[current_loop].fragments >= loops[current_loop].length) {
        close_loop();
        return;
    }
    if (loop_depth < MAX_DEPTH && chance(5)) {
        open_loop(1 + below(4), 1 + below(8));
        return;
    }
    if (smc && chance(8)) {
        if (chance(60)) smc_call(); else smc_rewrite();
        return;
    }
    if (near_page_end() && chance(75)) {
        straddle();
        return;
    }
    begin_fragment();
    size_t start = here;
    gen_fragment(body_op());
    trace_fragment(start);
}

static void close_loops(int down_to) {
    while (current_loop > down_to) close_loop();
}

/* A fragment that only jumps to `target` (jal x0: every chunk is within 1 MiB of every other). */
static void hop(size_t target) {
    begin_fragment();
    emit_body32(0x6f | imm_j((int32_t)((int64_t)target - (int64_t)here)));
}

/* The body as one run of code after the prologue; mostly moved to the last parcels of a page
 * (a jump over the gap), so that it starts with an instruction across the page boundary. */
static void emit_straight_body(void) {
    if (chance(70)) {
        size_t start = (here / PAGE_SIZE + 1) * PAGE_SIZE - 2 * (1 + below(10));
        hop(start);
        here = start;
    }
    unsigned length = 200 + below(401);
    while (body_insns < length) {
        body_step();
        if (here >= MAIN_LIMIT - 4096) fatal("main code too long");
    }
    close_loops(-1);
}

/* The body in chunks of one or two steps, one chunk per page of the spread area in a shuffled
 * order, each ending with a jump to the next; all of it twice (a loop around it), so that the
 * second pass finds the pages the VM decoded first taken back. A chunk mostly starts between
 * 1 KiB and 3 KiB into its page; sometimes in the last parcels, with an instruction across the
 * boundary, and then runs on into the next page's first KiB, which no chunk starts in. */
static void emit_spread_body(void) {
    static unsigned order[DT_SPREAD_PAGES];
    static size_t chunk_at[DT_SPREAD_PAGES];
    unsigned pages = 136 + below(DT_SPREAD_PAGES - 136);
    shape.pages = pages;
    for (unsigned i = 0; i < pages; i++) order[i] = i;
    for (unsigned i = pages - 1; i > 0; i--) { /* Fisher-Yates */
        unsigned j = below(i + 1), swap = order[i];
        order[i] = order[j];
        order[j] = swap;
    }
    for (unsigned k = 0; k < pages; k++) {
        size_t page = SPREAD_OFFSET + (size_t)order[k] * PAGE_SIZE;
        chunk_at[k] = page + (chance(20) ? PAGE_SIZE - 2 * (1 + below(8)) : 1024 + 2 * below(1024));
    }
    open_loop(2, ~0u);
    int outer = current_loop;
    loops[outer].sealed = true;
    hop(chunk_at[0]);
    size_t resume = here; /* the epilogue follows in the main code */
    for (unsigned k = 0; k < pages; k++) {
        here = chunk_at[k];
        size_t page_end = (chunk_at[k] / PAGE_SIZE + 1) * PAGE_SIZE;
        if (near_page_end()) straddle();
        unsigned steps = 1 + below(2);
        for (unsigned i = 0; i < steps; i++) body_step();
        if (k + 1 == pages) {
            close_loops(outer);
            close_loop();
        }
        hop(k + 1 == pages ? resume : chunk_at[k + 1]);
        if (here > page_end + 1024) fatal("internal: a chunk overran its room");
    }
    here = resume;
}

/* ---- prologue, body, epilogue ---- */

static void emit_prologue(void) {
    emit32(enc_csr(OP_CSRRWI, 0, CSR_FRM, below(5)));
    emit32(enc_csr(OP_CSRRWI, 0, CSR_FFLAGS, 0));
    emit_li_addr(REG_BASE, DT_INIT_ADDR);
    for (unsigned f = 0; f < 32; f++)
        emit32(enc_i(OP_FLD, f, REG_BASE, DT_F_OFFSET + 8 * (int32_t)f));
    for (unsigned x = 1; x < REG_TRACE; x++)
        if (x != REG_SP) emit32(enc_i(OP_LD, x, REG_BASE, DT_X_OFFSET + 8 * ((int32_t)x - 1)));
    emit_li_addr(REG_SP, DT_SP_ADDR);
    emit_li_addr(REG_TRACE, DT_TRACE_BASE);
    emit_li_addr(REG_BASE, DT_MID_ADDR);
}

static void emit_body(void) {
    choose_counters();
    if (smc) init_thunks();
    if (spread) emit_spread_body();
    else emit_straight_body();
    frag_start[frag_count] = here; /* the epilogue */
    frag_loop[frag_count] = -1;
    frag_barrier[frag_count] = false;
    barriers_before[0] = 0;
    for (unsigned f = 0; f <= frag_count; f++) barriers_before[f + 1] = barriers_before[f] + frag_barrier[f];
    for (unsigned i = 0; i < fixup_count; i++) resolve(&fixups[i]);
}

/* Stores every register through x1 = DUMP; x1 itself goes via a scratch cell addressed by x31,
 * which the body never writes. */
static void emit_dump(void) {
    emit32(enc_s(OP_SD, REG_BASE, 1, 0));
    emit_li_addr(1, DT_DUMP_ADDR);
    for (unsigned x = 2; x <= 31; x++)
        emit32(enc_s(OP_SD, 1, x, DT_X_OFFSET + 8 * ((int32_t)x - 1)));
    emit32(enc_i(OP_LD, 2, REG_BASE, 0));
    emit32(enc_s(OP_SD, 1, 2, DT_X_OFFSET));
    for (unsigned f = 0; f < 32; f++) emit32(enc_s(OP_FSD, 1, f, DT_F_OFFSET + 8 * (int32_t)f));
    emit32(enc_csr(OP_CSRRS, 2, CSR_FCSR, 0));
    emit32(enc_s(OP_SD, 1, 2, DT_FCSR_OFFSET));
}

static void emit_exit(unsigned status) {
    emit32(enc_i(OP_ADDI, REG_A0, 0, (int32_t)status));
    emit32(enc_i(OP_ADDI, REG_A7, 0, SYS_EXIT_GROUP));
    emit32(OP_ECALL);
}

/* write(1, DUMP, DT_DUMP_SIZE), looping over short writes; exit_group(0), or 3 if write fails. */
static void emit_write_and_exit(void) {
    emit_li_addr(REG_A1, DT_DUMP_ADDR);
    emit_li_addr(REG_A2, DT_DUMP_SIZE);
    size_t loop = here;
    emit32(enc_i(OP_ADDI, REG_A0, 0, 1));
    emit32(enc_i(OP_ADDI, REG_A7, 0, SYS_WRITE));
    emit32(OP_ECALL);
    size_t check = here;
    emit32(enc_r(OP_BGE, 0, 0, REG_A0)); /* a0 <= 0: fail */
    emit32(enc_r(OP_ADD, REG_A1, REG_A1, REG_A0));
    emit32(enc_r(OP_SUB, REG_A2, REG_A2, REG_A0));
    emit32(enc_r(OP_BNE, 0, REG_A2, 0) | imm_b((int32_t)loop - (int32_t)here));
    emit_exit(0);
    or32(check, imm_b((int32_t)(here - check)));
    emit_exit(3);
}

/* ---- the ELF file ---- */

enum { EHDR_SIZE = 64, PHDR_SIZE = 56, PAGE = 0x1000, CODE_OFFSET = PAGE };

static void le(uint8_t *p, uint64_t value, unsigned bytes) {
    for (unsigned i = 0; i < bytes; i++) p[i] = (uint8_t)(value >> (8 * i));
}

static void write_phdr(uint8_t *p, uint32_t flags, uint64_t offset, uint64_t vaddr, uint64_t size) {
    le(p + 0, 1, 4); /* PT_LOAD */
    le(p + 4, flags, 4);
    le(p + 8, offset, 8);
    le(p + 16, vaddr, 8);
    le(p + 24, vaddr, 8);
    le(p + 32, size, 8);
    le(p + 40, size, 8);
    le(p + 48, PAGE, 8);
}

/* Segments: the code (R+X), the thunks (R+W+X) when the program has them, the data (R+W). File
 * offsets are congruent to addresses modulo the page size, as mmap-based loaders (QEMU's) need. */
static unsigned write_headers(uint8_t *header, size_t smc_offset, size_t data_offset) {
    unsigned count = 0;
    uint8_t *phdr = header + EHDR_SIZE;
    write_phdr(phdr + PHDR_SIZE * count++, 5, CODE_OFFSET, DT_CODE_BASE, code_end);
    if (smc) write_phdr(phdr + PHDR_SIZE * count++, 7, smc_offset, DT_SMC_BASE, DT_SMC_SIZE);
    write_phdr(phdr + PHDR_SIZE * count++, 6, data_offset, DT_DATA_BASE, DT_DATA_SIZE);
    memcpy(header, "\177ELF\2\1\1", 7); /* ELFCLASS64, little-endian, version 1, System V ABI */
    le(header + 16, 2, 2);               /* ET_EXEC */
    le(header + 18, 243, 2);             /* EM_RISCV */
    le(header + 20, 1, 4);
    le(header + 24, DT_CODE_BASE, 8);    /* entry: the prologue */
    le(header + 32, EHDR_SIZE, 8);       /* phoff */
    le(header + 48, 0x5, 4);             /* EF_RISCV_RVC | EF_RISCV_FLOAT_ABI_DOUBLE */
    le(header + 52, EHDR_SIZE, 2);
    le(header + 54, PHDR_SIZE, 2);
    le(header + 56, count, 2);
    le(header + 58, 64, 2);              /* e_shentsize: no sections, but QEMU insists on it */
    return count;
}

static bool write_padding(FILE *out, size_t bytes) {
    static const uint8_t zeros[PAGE];
    for (; bytes > PAGE; bytes -= PAGE)
        if (fwrite(zeros, 1, PAGE, out) != PAGE) return false;
    return fwrite(zeros, 1, bytes, out) == bytes;
}

static void write_elf(const char *path) {
    size_t code_pages = (code_end + PAGE - 1) / PAGE * PAGE;
    size_t smc_offset = CODE_OFFSET + code_pages;
    size_t data_offset = smc_offset + (smc ? DT_SMC_SIZE : 0);
    static uint8_t header[PAGE];
    write_headers(header, smc_offset, data_offset);
    FILE *out = fopen(path, "wb");
    if (!out) { perror(path); exit(2); }
    bool ok = fwrite(header, 1, PAGE, out) == PAGE && fwrite(code, 1, code_end, out) == code_end &&
              write_padding(out, code_pages - code_end) &&
              (!smc || fwrite(code + SMC_OFFSET, 1, DT_SMC_SIZE, out) == DT_SMC_SIZE) &&
              fwrite(data, 1, DT_DATA_SIZE, out) == DT_DATA_SIZE;
    if (fclose(out) != 0 || !ok) { perror(path); exit(2); }
    /* Executable, as the kernel and QEMU's loader insist (QEMU exits 1 silently otherwise). */
    if (chmod(path, 0755) != 0) { perror(path); exit(2); }
}

/* ---- the command line ---- */

/* The table's invariants, checked at every start: a generator for every form, and each LR row
 * followed by the SC row of its width (gen_lr and gen_sc find each other that way). */
static void check_table(void) {
    for (unsigned i = 0; i < OP_COUNT; i++) {
        const struct op *op = &ops[i];
        if ((size_t)op->form >= sizeof generators / sizeof generators[0] || !generators[op->form])
            fatal("internal: a form without a generator");
        if (op->form == F_LR && (i + 1 == OP_COUNT || op[1].form != F_SC || op[1].width != op->width))
            fatal("internal: an LR row not followed by its SC row");
        if (op->form == F_SC && (i == 0 || op[-1].form != F_LR))
            fatal("internal: an SC row not preceded by its LR row");
    }
}

static void list_ops(void) {
    for (unsigned e = 0; e < X_COUNT; e++) {
        unsigned n = 0, column = 0;
        for (unsigned i = 0; i < OP_COUNT; i++) n += ops[i].ext == e;
        printf("%s (%u):", ext_names[e], n);
        column = 100; /* start a new line for the first mnemonic */
        for (unsigned i = 0; i < OP_COUNT; i++) {
            if (ops[i].ext != e) continue;
            if (column + strlen(ops[i].name) > 96) { printf("\n   "); column = 3; }
            printf(" %s", ops[i].name);
            column += 1 + (unsigned)strlen(ops[i].name);
        }
        printf("\n");
    }
    printf("%u mnemonics\n", (unsigned)OP_COUNT);
}

/* A decimal number that fits in 64 bits. */
static bool parse_seed(const char *text, uint64_t *seed) {
    char *end;
    if (text[0] < '0' || text[0] > '9') return false;
    errno = 0;
    unsigned long long value = strtoull(text, &end, 10);
    *seed = value;
    return *end == '\0' && errno == 0;
}

/* One line: what the program holds (coverage.sh sums them over seeds). */
static void print_shape(void) {
    printf("pages %u loops %u deepest %u straddles %u thunks %u calls %u rewrites %u\n",
           shape.pages, shape.loops, shape.deepest, shape.straddles, smc ? thunk_count : 0,
           shape.calls, shape.rewrites);
}

int main(int argc, char **argv) {
    check_table();
    if (argc == 2 && strcmp(argv[1], "--list") == 0) { list_ops(); return 0; }
    uint64_t seed;
    bool show_shape = argc == 4 && strcmp(argv[3], "--shape") == 0;
    if ((argc != 3 && !show_shape) || !parse_seed(argv[1], &seed)) {
        fprintf(stderr, "usage: difftest-gen SEED OUT.elf [--shape] | difftest-gen --list\n");
        return 2;
    }
    rng_state = seed;
    const char *fp_setting = getenv("DIFFTEST_FP");
    fp_heavy = fp_setting != 0 && strcmp(fp_setting, "1") == 0;
    spread = chance(15);
    smc = chance(50);
    fill_data();
    emit_prologue();
    emit_body();
    emit_dump();
    emit_write_and_exit();
    write_elf(argv[2]);
    if (show_shape) print_shape();
    return 0;
}
