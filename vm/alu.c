/* Every function here is total: no operand value is undefined behaviour in C or an exception in
 * RISC-V (division by zero has defined results). */
#include "alu.h"

#include "vm_assert.h"

static uint64_t sext(uint64_t value, unsigned bits) {
    uint64_t sign = 1ull << (bits - 1);
    return ((value & ((sign << 1) - 1)) ^ sign) - sign;
}

static uint64_t sra64(uint64_t value, unsigned shift) {
    uint64_t sign_fill = 0 - (value >> 63);
    return (value >> shift) | (sign_fill << (63 - shift) << 1);
}

static bool is_negative(uint64_t value) { return (value >> 63) != 0; }

static bool less_signed(uint64_t a, uint64_t b) { return (a ^ (1ull << 63)) < (b ^ (1ull << 63)); }

/* High 64 bits of the unsigned 128-bit product, from 32-bit halves (portable C11). */
static uint64_t mulhu64(uint64_t a, uint64_t b) {
    uint64_t a_lo = a & 0xffffffffu, a_hi = a >> 32;
    uint64_t b_lo = b & 0xffffffffu, b_hi = b >> 32;
    uint64_t lo_lo = a_lo * b_lo, hi_lo = a_hi * b_lo, lo_hi = a_lo * b_hi, hi_hi = a_hi * b_hi;
    uint64_t middle = (lo_lo >> 32) + (hi_lo & 0xffffffffu) + lo_hi;
    return hi_hi + (hi_lo >> 32) + (middle >> 32);
}

/* Signed high products: the unsigned one corrected for each negative operand (two's complement). */
static uint64_t mulh64(uint64_t a, uint64_t b) {
    uint64_t high = mulhu64(a, b);
    if (is_negative(a)) high -= b;
    if (is_negative(b)) high -= a;
    return high;
}

static uint64_t mulhsu64(uint64_t a, uint64_t b) {
    uint64_t high = mulhu64(a, b);
    if (is_negative(a)) high -= b;
    return high;
}

/* Division per the M chapter: x/0 = all ones, x%0 = x. INT_MIN/-1 = INT_MIN and INT_MIN%-1 = 0
 * fall out of the magnitude arithmetic below, which never overflows in unsigned C. */
static uint64_t div64(uint64_t a, uint64_t b) {
    if (b == 0) return ~0ull;
    uint64_t qa = is_negative(a) ? 0 - a : a, qb = is_negative(b) ? 0 - b : b;
    uint64_t q = qa / qb;
    return is_negative(a) != is_negative(b) ? 0 - q : q;
}

static uint64_t rem64(uint64_t a, uint64_t b) {
    if (b == 0) return a;
    uint64_t qa = is_negative(a) ? 0 - a : a, qb = is_negative(b) ? 0 - b : b;
    uint64_t r = qa % qb;
    return is_negative(a) ? 0 - r : r;
}

static uint64_t divu64(uint64_t a, uint64_t b) { return b == 0 ? ~0ull : a / b; }
static uint64_t remu64(uint64_t a, uint64_t b) { return b == 0 ? a : a % b; }

/* 32-bit division: the 64-bit rules on the extended words give the 32-bit ones, overflow and
 * division by zero included. */
static uint64_t divw(uint64_t a, uint64_t b) { return vm_sext32(div64(vm_sext32(a), vm_sext32(b))); }
static uint64_t remw(uint64_t a, uint64_t b) { return vm_sext32(rem64(vm_sext32(a), vm_sext32(b))); }
static uint64_t divuw(uint64_t a, uint64_t b) { return vm_sext32(divu64(a & 0xffffffffu, b & 0xffffffffu)); }
static uint64_t remuw(uint64_t a, uint64_t b) { return vm_sext32(remu64(a & 0xffffffffu, b & 0xffffffffu)); }

/* Count leading zeros of the low `width` bits by halving (at most 6 steps). */
static uint64_t clz(uint64_t value, unsigned width) {
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

static uint64_t ctz(uint64_t value, unsigned width) {
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
static uint64_t cpop(uint64_t v) {
    v = v - ((v >> 1) & 0x5555555555555555ull);
    v = (v & 0x3333333333333333ull) + ((v >> 2) & 0x3333333333333333ull);
    v = (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (v * 0x0101010101010101ull) >> 56;
}

static uint64_t rotate_left(uint64_t v, unsigned n) { return n == 0 ? v : v << n | v >> (64 - n); }
static uint64_t rotate_right(uint64_t v, unsigned n) { return n == 0 ? v : v >> n | v << (64 - n); }

static uint64_t rotate_right32(uint64_t v, unsigned n) {
    uint32_t w = (uint32_t)v;
    return vm_sext32(n == 0 ? w : (w >> n | w << (32 - n)));
}

/* orc.b: each byte becomes 0xff if any of its bits is set, else 0. */
static uint64_t orc_b(uint64_t v) {
    uint64_t result = 0;
    for (unsigned byte = 0; byte < 8; byte++)
        if ((v >> (8 * byte)) & 0xff) result |= 0xffull << (8 * byte);
    return result;
}

static uint64_t rev8(uint64_t v) {
    uint64_t result = 0;
    for (unsigned byte = 0; byte < 8; byte++) result = result << 8 | ((v >> (8 * byte)) & 0xff);
    return result;
}

static uint64_t alu_base(enum vm_op op, uint64_t a, uint64_t b) {
    switch (op) {
    case OP_ADD: case OP_ADDI: return a + b;
    case OP_SUB: return a - b;
    case OP_SLL: case OP_SLLI: return a << (b & 63);
    case OP_SRL: case OP_SRLI: return a >> (b & 63);
    case OP_SRA: case OP_SRAI: return sra64(a, (unsigned)(b & 63));
    case OP_SLT: case OP_SLTI: return less_signed(a, b);
    case OP_SLTU: case OP_SLTIU: return a < b;
    case OP_XOR: case OP_XORI: return a ^ b;
    case OP_OR: case OP_ORI: return a | b;
    case OP_AND: case OP_ANDI: return a & b;
    case OP_ADDW: case OP_ADDIW: return vm_sext32(a + b);
    case OP_SUBW: return vm_sext32(a - b);
    case OP_SLLW: case OP_SLLIW: return vm_sext32(a << (b & 31));
    case OP_SRLW: case OP_SRLIW: return vm_sext32((a & 0xffffffffu) >> (b & 31));
    case OP_SRAW: case OP_SRAIW: return vm_sext32(sra64(vm_sext32(a), (unsigned)(b & 31)));
    default: VM_ASSERT(0 && "not a base ALU operation"); return 0;
    }
}

static uint64_t alu_muldiv(enum vm_op op, uint64_t a, uint64_t b) {
    switch (op) {
    case OP_MUL: return a * b;
    case OP_MULH: return mulh64(a, b);
    case OP_MULHSU: return mulhsu64(a, b);
    case OP_MULHU: return mulhu64(a, b);
    case OP_DIV: return div64(a, b);
    case OP_DIVU: return divu64(a, b);
    case OP_REM: return rem64(a, b);
    case OP_REMU: return remu64(a, b);
    case OP_MULW: return vm_sext32(a * b);
    case OP_DIVW: return divw(a, b);
    case OP_DIVUW: return divuw(a, b);
    case OP_REMW: return remw(a, b);
    case OP_REMUW: return remuw(a, b);
    default: VM_ASSERT(0 && "not an M operation"); return 0;
    }
}

static uint64_t alu_bitmanip(enum vm_op op, uint64_t a, uint64_t b) {
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
    case OP_CLZ: return clz(a, 64);
    case OP_CLZW: return clz(a & 0xffffffffu, 32);
    case OP_CTZ: return ctz(a, 64);
    case OP_CTZW: return ctz(a & 0xffffffffu, 32);
    case OP_CPOP: return cpop(a);
    case OP_CPOPW: return cpop(a & 0xffffffffu);
    case OP_MAX: return less_signed(a, b) ? b : a;
    case OP_MAXU: return a < b ? b : a;
    case OP_MIN: return less_signed(a, b) ? a : b;
    case OP_MINU: return a < b ? a : b;
    case OP_SEXT_B: return sext(a, 8);
    case OP_SEXT_H: return sext(a, 16);
    case OP_ZEXT_H: return a & 0xffff;
    case OP_ROL: return rotate_left(a, shift);
    case OP_ROR: case OP_RORI: return rotate_right(a, shift);
    case OP_ROLW: return rotate_right32(a, (32 - (unsigned)(b & 31)) & 31);
    case OP_RORW: case OP_RORIW: return rotate_right32(a, (unsigned)(b & 31));
    case OP_ORC_B: return orc_b(a);
    case OP_REV8: return rev8(a);
    case OP_BCLR: case OP_BCLRI: return a & ~(1ull << shift);
    case OP_BEXT: case OP_BEXTI: return (a >> shift) & 1;
    case OP_BINV: case OP_BINVI: return a ^ (1ull << shift);
    case OP_BSET: case OP_BSETI: return a | (1ull << shift);
    default: VM_ASSERT(0 && "not a bit-manipulation operation"); return 0;
    }
}

bool vm_is_alu_op(enum vm_op op) {
    return (op >= OP_ADDI && op <= OP_SRAW) ||
           (op >= OP_MUL && op <= OP_REMUW) || (op >= OP_ADD_UW && op <= OP_BSETI);
}

uint64_t vm_alu(enum vm_op op, uint64_t a, uint64_t b) {
    VM_ASSERT(vm_is_alu_op(op));
    if (op >= OP_MUL && op <= OP_REMUW) return alu_muldiv(op, a, b);
    if (op >= OP_ADD_UW) return alu_bitmanip(op, a, b);
    return alu_base(op, a, b);
}
