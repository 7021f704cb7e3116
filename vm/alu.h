/* SPDX-License-Identifier: MIT */
/* Integer arithmetic of RV64I, M, Zba, Zbb and Zbs as pure functions of the operands.
 *
 * Every function here is total: no operand value is undefined behaviour in C or an exception in
 * RISC-V (division by zero has defined results). They are inline so that the dispatch loop
 * (dispatch.c), which calls vm_alu_inline with a constant operation in each handler, gets each
 * operation's few instructions and not a switch. */
#ifndef BASIN_ALU_H
#define BASIN_ALU_H

#include <stdbool.h>
#include <stdint.h>

#include "decode.h"
#include "vm_assert.h"

/* Inlined even into the large dispatch function, where GCC would otherwise give up: with the
 * operation a constant, each use folds to a few instructions. */
#ifdef __GNUC__
#define VM_ALU_INLINE static inline __attribute__((always_inline))
#else
#define VM_ALU_INLINE static inline
#endif

/* True for the operations vm_alu computes: rd = f(rs1, rs2 or the immediate). */
bool vm_is_alu_op(enum vm_op op);

/* The result of `op` on a (rs1) and b (rs2 or the immediate); vm_alu_inline below, out of line. */
uint64_t vm_alu(enum vm_op op, uint64_t a, uint64_t b);

/* Sign-extends a 32-bit value without implementation-defined conversions. */
static inline uint64_t vm_sext32(uint64_t value) {
    return ((value & 0xffffffffu) ^ 0x80000000u) - 0x80000000u;
}

/* The helpers of vm_alu_inline, prefixed alu_ since this header is included by other files. */

VM_ALU_INLINE uint64_t alu_sext(uint64_t value, unsigned width) {
    uint64_t sign = 1ull << (width - 1);
    return ((value & ((sign << 1) - 1)) ^ sign) - sign;
}

VM_ALU_INLINE uint64_t alu_sra64(uint64_t value, unsigned shift) {
    uint64_t sign_fill = 0 - (value >> 63);
    return (value >> shift) | (sign_fill << (63 - shift) << 1);
}

VM_ALU_INLINE bool alu_is_negative(uint64_t value) { return (value >> 63) != 0; }

VM_ALU_INLINE bool alu_less_signed(uint64_t a, uint64_t b) {
    return (a ^ (1ull << 63)) < (b ^ (1ull << 63));
}

/* High 64 bits of the unsigned 128-bit product, from 32-bit halves (portable C11). */
VM_ALU_INLINE uint64_t alu_mulhu64(uint64_t a, uint64_t b) {
    uint64_t a_lo = a & 0xffffffffu, a_hi = a >> 32;
    uint64_t b_lo = b & 0xffffffffu, b_hi = b >> 32;
    uint64_t lo_lo = a_lo * b_lo, hi_lo = a_hi * b_lo, lo_hi = a_lo * b_hi, hi_hi = a_hi * b_hi;
    uint64_t middle = (lo_lo >> 32) + (hi_lo & 0xffffffffu) + lo_hi;
    return hi_hi + (hi_lo >> 32) + (middle >> 32);
}

/* Signed high products: the unsigned one corrected for each negative operand (two's complement). */
VM_ALU_INLINE uint64_t alu_mulh64(uint64_t a, uint64_t b) {
    uint64_t high = alu_mulhu64(a, b);
    if (alu_is_negative(a)) high -= b;
    if (alu_is_negative(b)) high -= a;
    return high;
}

VM_ALU_INLINE uint64_t alu_mulhsu64(uint64_t a, uint64_t b) {
    uint64_t high = alu_mulhu64(a, b);
    if (alu_is_negative(a)) high -= b;
    return high;
}

/* Division per the M chapter: x/0 = all ones, x%0 = x. INT_MIN/-1 = INT_MIN and INT_MIN%-1 = 0
 * fall out of the magnitude arithmetic below, which never overflows in unsigned C. */
VM_ALU_INLINE uint64_t alu_div64(uint64_t a, uint64_t b) {
    if (b == 0) return ~0ull;
    uint64_t qa = alu_is_negative(a) ? 0 - a : a, qb = alu_is_negative(b) ? 0 - b : b;
    uint64_t q = qa / qb;
    return alu_is_negative(a) != alu_is_negative(b) ? 0 - q : q;
}

VM_ALU_INLINE uint64_t alu_rem64(uint64_t a, uint64_t b) {
    if (b == 0) return a;
    uint64_t qa = alu_is_negative(a) ? 0 - a : a, qb = alu_is_negative(b) ? 0 - b : b;
    uint64_t r = qa % qb;
    return alu_is_negative(a) ? 0 - r : r;
}

VM_ALU_INLINE uint64_t alu_divu64(uint64_t a, uint64_t b) { return b == 0 ? ~0ull : a / b; }
VM_ALU_INLINE uint64_t alu_remu64(uint64_t a, uint64_t b) { return b == 0 ? a : a % b; }

/* 32-bit division: the 64-bit rules on the extended words give the 32-bit ones, overflow and
 * division by zero included. */
VM_ALU_INLINE uint64_t alu_divw(uint64_t a, uint64_t b) {
    return vm_sext32(alu_div64(vm_sext32(a), vm_sext32(b)));
}
VM_ALU_INLINE uint64_t alu_remw(uint64_t a, uint64_t b) {
    return vm_sext32(alu_rem64(vm_sext32(a), vm_sext32(b)));
}
VM_ALU_INLINE uint64_t alu_divuw(uint64_t a, uint64_t b) {
    return vm_sext32(alu_divu64(a & 0xffffffffu, b & 0xffffffffu));
}
VM_ALU_INLINE uint64_t alu_remuw(uint64_t a, uint64_t b) {
    return vm_sext32(alu_remu64(a & 0xffffffffu, b & 0xffffffffu));
}

/* Count leading zeros of the low `width` bits by halving (at most 6 steps). */
VM_ALU_INLINE uint64_t alu_clz(uint64_t value, unsigned width) {
    if (width == 32) value = value << 32 | 0xffffffffu; /* stop at 32 for a zero word */
    if (value == 0) return 64;
    uint64_t count = 0;
    for (unsigned half = 32; half > 0; half /= 2) {
        if ((value >> (64 - half)) == 0) {
            count += half;
            value <<= half;
        }
    }
    return count;
}

VM_ALU_INLINE uint64_t alu_ctz(uint64_t value, unsigned width) {
    if (width == 32) value |= 1ull << 32;
    if (value == 0) return 64;
    uint64_t count = 0;
    for (unsigned half = 32; half > 0; half /= 2) {
        if ((value & ((1ull << half) - 1)) == 0) {
            count += half;
            value >>= half;
        }
    }
    return count;
}

/* Population count by summing bit fields in parallel. */
VM_ALU_INLINE uint64_t alu_cpop(uint64_t v) {
    v = v - ((v >> 1) & 0x5555555555555555ull);
    v = (v & 0x3333333333333333ull) + ((v >> 2) & 0x3333333333333333ull);
    v = (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (v * 0x0101010101010101ull) >> 56;
}

VM_ALU_INLINE uint64_t alu_rotate_left(uint64_t v, unsigned n) {
    return n == 0 ? v : v << n | v >> (64 - n);
}
VM_ALU_INLINE uint64_t alu_rotate_right(uint64_t v, unsigned n) {
    return n == 0 ? v : v >> n | v << (64 - n);
}

VM_ALU_INLINE uint64_t alu_rotate_right32(uint64_t v, unsigned n) {
    uint32_t w = (uint32_t)v;
    return vm_sext32(n == 0 ? w : (w >> n | w << (32 - n)));
}

/* orc.b: each byte becomes 0xff if any of its bits is set, else 0. */
VM_ALU_INLINE uint64_t alu_orc_b(uint64_t v) {
    uint64_t result = 0;
    for (unsigned byte = 0; byte < 8; byte++)
        if ((v >> (8 * byte)) & 0xff) result |= 0xffull << (8 * byte);
    return result;
}

VM_ALU_INLINE uint64_t alu_rev8(uint64_t v) {
    uint64_t result = 0;
    for (unsigned byte = 0; byte < 8; byte++) result = result << 8 | ((v >> (8 * byte)) & 0xff);
    return result;
}

VM_ALU_INLINE uint64_t alu_base(enum vm_op op, uint64_t a, uint64_t b) {
    switch (op) {
    case OP_ADD: case OP_ADDI: return a + b;
    case OP_SUB: return a - b;
    case OP_SLL: case OP_SLLI: return a << (b & 63);
    case OP_SRL: case OP_SRLI: return a >> (b & 63);
    case OP_SRA: case OP_SRAI: return alu_sra64(a, (unsigned)(b & 63));
    case OP_SLT: case OP_SLTI: return alu_less_signed(a, b);
    case OP_SLTU: case OP_SLTIU: return a < b;
    case OP_XOR: case OP_XORI: return a ^ b;
    case OP_OR: case OP_ORI: return a | b;
    case OP_AND: case OP_ANDI: return a & b;
    case OP_ADDW: case OP_ADDIW: return vm_sext32(a + b);
    case OP_SUBW: return vm_sext32(a - b);
    case OP_SLLW: case OP_SLLIW: return vm_sext32(a << (b & 31));
    case OP_SRLW: case OP_SRLIW: return vm_sext32((a & 0xffffffffu) >> (b & 31));
    case OP_SRAW: case OP_SRAIW: return vm_sext32(alu_sra64(vm_sext32(a), (unsigned)(b & 31)));
    default: VM_ASSERT(0 && "not a base ALU operation"); return 0;
    }
}

VM_ALU_INLINE uint64_t alu_muldiv(enum vm_op op, uint64_t a, uint64_t b) {
    switch (op) {
    case OP_MUL: return a * b;
    case OP_MULH: return alu_mulh64(a, b);
    case OP_MULHSU: return alu_mulhsu64(a, b);
    case OP_MULHU: return alu_mulhu64(a, b);
    case OP_DIV: return alu_div64(a, b);
    case OP_DIVU: return alu_divu64(a, b);
    case OP_REM: return alu_rem64(a, b);
    case OP_REMU: return alu_remu64(a, b);
    case OP_MULW: return vm_sext32(a * b);
    case OP_DIVW: return alu_divw(a, b);
    case OP_DIVUW: return alu_divuw(a, b);
    case OP_REMW: return alu_remw(a, b);
    case OP_REMUW: return alu_remuw(a, b);
    default: VM_ASSERT(0 && "not an M operation"); return 0;
    }
}

VM_ALU_INLINE uint64_t alu_bitmanip(enum vm_op op, uint64_t a, uint64_t b) {
    unsigned shift = (unsigned)(b & 63);
    switch (op) {
    case OP_ADD_UW: return (a & 0xffffffffu) + b;
    case OP_SH1ADD: return (a << 1) + b;
    case OP_SH2ADD: return (a << 2) + b;
    case OP_SH3ADD: return (a << 3) + b;
    case OP_SH1ADD_UW: return ((a & 0xffffffffu) << 1) + b;
    case OP_SH2ADD_UW: return ((a & 0xffffffffu) << 2) + b;
    case OP_SH3ADD_UW: return ((a & 0xffffffffu) << 3) + b;
    case OP_SLLI_UW: return (a & 0xffffffffu) << shift;
    case OP_ANDN: return a & ~b;
    case OP_ORN: return a | ~b;
    case OP_XNOR: return ~(a ^ b);
    case OP_CLZ: return alu_clz(a, 64);
    case OP_CLZW: return alu_clz(a & 0xffffffffu, 32);
    case OP_CTZ: return alu_ctz(a, 64);
    case OP_CTZW: return alu_ctz(a & 0xffffffffu, 32);
    case OP_CPOP: return alu_cpop(a);
    case OP_CPOPW: return alu_cpop(a & 0xffffffffu);
    case OP_MAX: return alu_less_signed(a, b) ? b : a;
    case OP_MAXU: return a < b ? b : a;
    case OP_MIN: return alu_less_signed(a, b) ? a : b;
    case OP_MINU: return a < b ? a : b;
    case OP_SEXT_B: return alu_sext(a, 8);
    case OP_SEXT_H: return alu_sext(a, 16);
    case OP_ZEXT_H: return a & 0xffff;
    case OP_ROL: return alu_rotate_left(a, shift);
    case OP_ROR: case OP_RORI: return alu_rotate_right(a, shift);
    case OP_ROLW: return alu_rotate_right32(a, (32 - (unsigned)(b & 31)) & 31);
    case OP_RORW: case OP_RORIW: return alu_rotate_right32(a, (unsigned)(b & 31));
    case OP_ORC_B: return alu_orc_b(a);
    case OP_REV8: return alu_rev8(a);
    case OP_BCLR: case OP_BCLRI: return a & ~(1ull << shift);
    case OP_BEXT: case OP_BEXTI: return (a >> shift) & 1;
    case OP_BINV: case OP_BINVI: return a ^ (1ull << shift);
    case OP_BSET: case OP_BSETI: return a | (1ull << shift);
    default: VM_ASSERT(0 && "not a bit-manipulation operation"); return 0;
    }
}

/* The result of `op` on a (rs1) and b (rs2 or the immediate). */
VM_ALU_INLINE uint64_t vm_alu_inline(enum vm_op op, uint64_t a, uint64_t b) {
    if (op >= OP_MUL && op <= OP_REMUW) return alu_muldiv(op, a, b);
    if (op >= OP_ADD_UW) return alu_bitmanip(op, a, b);
    return alu_base(op, a, b);
}

#endif
