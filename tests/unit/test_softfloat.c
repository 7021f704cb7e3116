/* SPDX-License-Identifier: MIT */
/* Software floating point (vm/softfloat.c): directed cases with results worked out from IEEE 754
 * and the RISC-V F and D chapters, and pseudo-random cases against the host's hardware.
 *
 * On x86-64 the SSE unit is the reference: it rounds correctly in RNE, RTZ, RDN and RUP and, like
 * RISC-V, detects tininess after rounding and raises UF only when tiny and inexact. Every
 * arithmetic operation and conversion runs RANDOM_CASES operands per rounding mode, drawn to hit
 * special classes, and both the result bits and all five flags must agree. What x86 does
 * differently is handled here, not in the library:
 *  - its NaN results keep payloads: ours must then be the canonical NaN;
 *  - its float-to-integer conversions return 0x80..0 on invalid: x86 only rounds, and the RISC-V
 *    saturation table is applied to its rounded integer;
 *  - its fma raises no invalid for inf * 0 + qNaN, which RISC-V does;
 *  - it has no RMM: RMM differs from RNE only on an exact tie, which is found from the result
 *    rounded to odd in a wider format (double for binary32, the x87 80-bit format for binary64)
 *    and then taken away from zero. Flags are those of RNE, which overflows and is tiny at the
 *    same thresholds as RMM. (No wider fma exists for binary64: its RMM cases are directed.)
 * The reference operations read volatile operands after setting MXCSR and write a volatile
 * result before reading it back, so the compiler can neither fold nor move them. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "softfloat.h"

#if defined(__x86_64__) && defined(__SSE2__)
#define X86_REFERENCE 1
#include <immintrin.h>
#else
#define X86_REFERENCE 0
#endif

enum { RANDOM_CASES = 40000, MAX_REPORTS = 5 };

enum op { ADD, SUB, MUL, DIV, SQRT, FMA };
static const char *const op_names[] = {"add", "sub", "mul", "div", "sqrt", "fma"};
static const char *const mode_names[] = {"rne", "rtz", "rdn", "rup", "rmm"};

#define NX SF_NX
#define UF SF_UF
#define OF SF_OF
#define DZ SF_DZ
#define NV SF_NV
#define ALL5(x) {x, x, x, x, x}
#define F32_NAN SF_F32_CANONICAL_NAN
#define F64_NAN SF_F64_CANONICAL_NAN
#define F32_INF 0x7f800000u
#define F32_MAX 0x7f7fffffu
#define F64_INF 0x7ff0000000000000ull
#define F64_MAX 0x7fefffffffffffffull
#define NEG32 0x80000000u
#define NEG64 0x8000000000000000ull

/* The library, by operation; binary32 values travel zero-extended. */
static uint64_t ours(bool f64, enum op op, uint64_t a, uint64_t b, uint64_t c, unsigned rm,
                     unsigned *flags) {
    uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b, c32 = (uint32_t)c;
    switch (op) {
    case ADD: return f64 ? f64_add(a, b, rm, flags) : f32_add(a32, b32, rm, flags);
    case SUB: return f64 ? f64_sub(a, b, rm, flags) : f32_sub(a32, b32, rm, flags);
    case MUL: return f64 ? f64_mul(a, b, rm, flags) : f32_mul(a32, b32, rm, flags);
    case DIV: return f64 ? f64_div(a, b, rm, flags) : f32_div(a32, b32, rm, flags);
    case SQRT: return f64 ? f64_sqrt(a, rm, flags) : f32_sqrt(a32, rm, flags);
    case FMA: return f64 ? f64_fma(a, b, c, rm, flags) : f32_fma(a32, b32, c32, rm, flags);
    }
    return 0;
}

/* Conversions, results as zero-extended bit patterns (a negative int32_t as 0xffffffff...). */
enum cvt {
    F32_I32, F32_U32, F32_I64, F32_U64, F64_I32, F64_U32, F64_I64, F64_U64,
    I32_F32, U32_F32, I64_F32, U64_F32, I32_F64, U32_F64, I64_F64, U64_F64,
    F32_F64, F64_F32, CVT_COUNT
};

enum { FROM_F32, FROM_F64, FROM_INT };

struct cvt_info {
    const char *name;
    int from;
    bool to_float, to_f64, is_signed; /* is_signed and width: the integer side */
    unsigned width;
};

static const struct cvt_info cvt_infos[CVT_COUNT] = {
    {"f32_to_i32", FROM_F32, false, false, true, 32},
    {"f32_to_u32", FROM_F32, false, false, false, 32},
    {"f32_to_i64", FROM_F32, false, false, true, 64},
    {"f32_to_u64", FROM_F32, false, false, false, 64},
    {"f64_to_i32", FROM_F64, false, false, true, 32},
    {"f64_to_u32", FROM_F64, false, false, false, 32},
    {"f64_to_i64", FROM_F64, false, false, true, 64},
    {"f64_to_u64", FROM_F64, false, false, false, 64},
    {"i32_to_f32", FROM_INT, true, false, true, 32},
    {"u32_to_f32", FROM_INT, true, false, false, 32},
    {"i64_to_f32", FROM_INT, true, false, true, 64},
    {"u64_to_f32", FROM_INT, true, false, false, 64},
    {"i32_to_f64", FROM_INT, true, true, true, 32},
    {"u32_to_f64", FROM_INT, true, true, false, 32},
    {"i64_to_f64", FROM_INT, true, true, true, 64},
    {"u64_to_f64", FROM_INT, true, true, false, 64},
    {"f32_to_f64", FROM_F32, true, true, false, 0},
    {"f64_to_f32", FROM_F64, true, false, false, 0},
};

static uint64_t ours_cvt(enum cvt kind, uint64_t in, unsigned rm, unsigned *flags) {
    uint32_t in32 = (uint32_t)in;
    switch (kind) {
    case F32_I32: return (uint32_t)f32_to_i32(in32, rm, flags);
    case F32_U32: return f32_to_u32(in32, rm, flags);
    case F32_I64: return (uint64_t)f32_to_i64(in32, rm, flags);
    case F32_U64: return f32_to_u64(in32, rm, flags);
    case F64_I32: return (uint32_t)f64_to_i32(in, rm, flags);
    case F64_U32: return f64_to_u32(in, rm, flags);
    case F64_I64: return (uint64_t)f64_to_i64(in, rm, flags);
    case F64_U64: return f64_to_u64(in, rm, flags);
    case I32_F32: return i32_to_f32((int32_t)in32, rm, flags);
    case U32_F32: return u32_to_f32(in32, rm, flags);
    case I64_F32: return i64_to_f32((int64_t)in, rm, flags);
    case U64_F32: return u64_to_f32(in, rm, flags);
    case I32_F64: return i32_to_f64((int32_t)in32, rm, flags);
    case U32_F64: return u32_to_f64(in32, rm, flags);
    case I64_F64: return i64_to_f64((int64_t)in, rm, flags);
    case U64_F64: return u64_to_f64(in, rm, flags);
    case F32_F64: return f32_to_f64(in32, flags);
    case F64_F32: return f64_to_f32(in, rm, flags);
    case CVT_COUNT: break;
    }
    return 0;
}

/* --- directed cases -------------------------------------------------------------------------- */

struct mode_case {
    const char *name;
    bool f64;
    enum op op;
    uint64_t a, b, c;
    uint64_t expected[5]; /* by rounding mode: RNE, RTZ, RDN, RUP, RMM */
    unsigned flags[5];
};

static void run_mode_cases(const struct mode_case *cases, size_t count) {
    for (size_t i = 0; i < count; i++) {
        const struct mode_case *k = &cases[i];
        for (unsigned rm = 0; rm <= SF_RMM; rm++) {
            unsigned flags = 0;
            uint64_t got = ours(k->f64, k->op, k->a, k->b, k->c, rm, &flags);
            bool ok = CHECK_EQ(got, k->expected[rm]);
            ok = CHECK_EQ(flags, k->flags[rm]) && ok;
            if (!ok)
                printf("  in case \"%s\" (%s, %s)\n", k->name, op_names[k->op], mode_names[rm]);
        }
    }
}

static const struct mode_case rounding_cases[] = {
    /* 1 + 2^-24 is halfway between 1 and its successor; 1 is even. */
    {"f32 1 + half ulp", false, ADD, 0x3f800000, 0x33800000, 0,
     {0x3f800000, 0x3f800000, 0x3f800000, 0x3f800001, 0x3f800001}, ALL5(NX)},
    {"f32 (1 + ulp) + half ulp: the even side is up", false, ADD, 0x3f800001, 0x33800000, 0,
     {0x3f800002, 0x3f800001, 0x3f800001, 0x3f800002, 0x3f800002}, ALL5(NX)},
    {"f32 -1 - half ulp", false, ADD, 0xbf800000, 0xb3800000, 0,
     {0xbf800000, 0xbf800000, 0xbf800001, 0xbf800000, 0xbf800001}, ALL5(NX)},
    {"f32 -(1 + ulp) - half ulp", false, SUB, 0xbf800001, 0x33800000, 0,
     {0xbf800002, 0xbf800001, 0xbf800002, 0xbf800001, 0xbf800002}, ALL5(NX)},
    {"f32 1 + 3/4 ulp", false, ADD, 0x3f800000, 0x33c00000, 0,
     {0x3f800001, 0x3f800000, 0x3f800000, 0x3f800001, 0x3f800001}, ALL5(NX)},
    {"f32 1 + 1/4 ulp", false, ADD, 0x3f800000, 0x33000000, 0,
     {0x3f800000, 0x3f800000, 0x3f800000, 0x3f800001, 0x3f800000}, ALL5(NX)},
    /* Below 1 the ulp halves: 1 - 2^-25 is halfway between 1 - 2^-24 (odd) and 1. */
    {"f32 1 - 2^-25", false, ADD, 0x3f800000, 0xb3000000, 0,
     {0x3f800000, 0x3f7fffff, 0x3f7fffff, 0x3f800000, 0x3f800000}, ALL5(NX)},
    /* (1 + 2^-12)^2 = 1 + 2^-11 + 2^-24: a product tie whose even side is toward zero. */
    {"f32 mul tie", false, MUL, 0x3f800800, 0x3f800800, 0,
     {0x3f801000, 0x3f801000, 0x3f801000, 0x3f801001, 0x3f801001}, ALL5(NX)},
    {"f32 negative mul tie", false, MUL, 0xbf800800, 0x3f800800, 0,
     {0xbf801000, 0xbf801000, 0xbf801001, 0xbf801000, 0xbf801001}, ALL5(NX)},
    /* 5 * 2^-149 / 2: a tie in the subnormal range, tiny and inexact. */
    {"f32 div subnormal tie", false, DIV, 0x00000005, 0x40000000, 0,
     {0x00000002, 0x00000002, 0x00000002, 0x00000003, 0x00000003}, ALL5(UF | NX)},
    {"f32 sqrt 2", false, SQRT, 0x40000000, 0, 0,
     {0x3fb504f3, 0x3fb504f3, 0x3fb504f3, 0x3fb504f4, 0x3fb504f3}, ALL5(NX)},
    {"f32 sqrt of the smallest subnormal (2^-74.5)", false, SQRT, 0x00000001, 0, 0,
     {0x1a3504f3, 0x1a3504f3, 0x1a3504f3, 0x1a3504f4, 0x1a3504f3}, ALL5(NX)},
    {"f32 sqrt 2^-148 is exact", false, SQRT, 0x00000002, 0, 0, ALL5(0x1a800000), ALL5(0)},
    {"f32 sqrt 4", false, SQRT, 0x40800000, 0, 0, ALL5(0x40000000), ALL5(0)},
    /* (1 + 2^-12)^2 + 2^-22 = 1 + 2^-11 + 2^-22 + 2^-24: one rounding of the exact sum. */
    {"f32 fma tie", false, FMA, 0x3f800800, 0x3f800800, 0x34800000,
     {0x3f801002, 0x3f801002, 0x3f801002, 0x3f801003, 0x3f801003}, ALL5(NX)},
    {"f32 fma rounds once: (1 + 2^-12)^2 - (1 + 2^-11) = 2^-24", false, FMA, 0x3f800800,
     0x3f800800, 0xbf801000, ALL5(0x33800000), ALL5(0)},
    {"f64 1 + half ulp", true, ADD, 0x3ff0000000000000, 0x3ca0000000000000, 0,
     {0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000001,
      0x3ff0000000000001}, ALL5(NX)},
    {"f64 -(1 + ulp) - half ulp", true, ADD, 0xbff0000000000001, 0xbca0000000000000, 0,
     {0xbff0000000000002, 0xbff0000000000001, 0xbff0000000000002, 0xbff0000000000001,
      0xbff0000000000002}, ALL5(NX)},
    /* (1 + 2^-26)(1 + 2^-27) = 1 + 2^-26 + 2^-27 + 2^-53. */
    {"f64 mul tie", true, MUL, 0x3ff0000004000000, 0x3ff0000002000000, 0,
     {0x3ff0000006000000, 0x3ff0000006000000, 0x3ff0000006000000, 0x3ff0000006000001,
      0x3ff0000006000001}, ALL5(NX)},
    {"f64 div subnormal tie", true, DIV, 0x5, 0x4000000000000000, 0, {2, 2, 2, 3, 3},
     ALL5(UF | NX)},
    {"f64 sqrt 2", true, SQRT, 0x4000000000000000, 0, 0,
     {0x3ff6a09e667f3bcd, 0x3ff6a09e667f3bcc, 0x3ff6a09e667f3bcc, 0x3ff6a09e667f3bcd,
      0x3ff6a09e667f3bcd}, ALL5(NX)},
    {"f64 fma tie", true, FMA, 0x3ff0000004000000, 0x3ff0000002000000, 0x3cc0000000000000,
     {0x3ff0000006000002, 0x3ff0000006000002, 0x3ff0000006000002, 0x3ff0000006000003,
      0x3ff0000006000003}, ALL5(NX)},
    {"f64 fma rounds once: (1 + 2^-27)^2 - (1 + 2^-26) = 2^-54", true, FMA, 0x3ff0000002000000,
     0x3ff0000002000000, 0xbff0000004000000, ALL5(0x3c90000000000000), ALL5(0)},
};

static const struct mode_case overflow_cases[] = {
    {"f32 max * 2", false, MUL, F32_MAX, 0x40000000, 0,
     {F32_INF, F32_MAX, F32_MAX, F32_INF, F32_INF}, ALL5(OF | NX)},
    {"f32 -max * 2", false, MUL, NEG32 | F32_MAX, 0x40000000, 0,
     {NEG32 | F32_INF, NEG32 | F32_MAX, NEG32 | F32_INF, NEG32 | F32_MAX, NEG32 | F32_INF},
     ALL5(OF | NX)},
    /* max + half an ulp: only the modes that round up overflow. */
    {"f32 max + half ulp", false, ADD, F32_MAX, 0x73000000, 0,
     {F32_INF, F32_MAX, F32_MAX, F32_INF, F32_INF}, {OF | NX, NX, NX, OF | NX, OF | NX}},
    {"f32 max + quarter ulp", false, ADD, F32_MAX, 0x72800000, 0,
     {F32_MAX, F32_MAX, F32_MAX, F32_INF, F32_MAX}, {NX, NX, NX, OF | NX, NX}},
    {"f32 1 / smallest subnormal", false, DIV, 0x3f800000, 0x00000001, 0,
     {F32_INF, F32_MAX, F32_MAX, F32_INF, F32_INF}, ALL5(OF | NX)},
    {"f32 fma max * 2 - max = max: no intermediate overflow", false, FMA, F32_MAX, 0x40000000,
     NEG32 | F32_MAX, ALL5(F32_MAX), ALL5(0)},
    {"f64 max * 2", true, MUL, F64_MAX, 0x4000000000000000, 0,
     {F64_INF, F64_MAX, F64_MAX, F64_INF, F64_INF}, ALL5(OF | NX)},
    {"f64 -max - max", true, ADD, NEG64 | F64_MAX, NEG64 | F64_MAX, 0,
     {NEG64 | F64_INF, NEG64 | F64_MAX, NEG64 | F64_INF, NEG64 | F64_MAX, NEG64 | F64_INF},
     ALL5(OF | NX)},
    {"f64 max / 0.5", true, DIV, F64_MAX, 0x3fe0000000000000, 0,
     {F64_INF, F64_MAX, F64_MAX, F64_INF, F64_INF}, ALL5(OF | NX)},
};

static const struct mode_case underflow_cases[] = {
    {"f32 smallest normal / 2 is exact: no UF", false, MUL, 0x00800000, 0x3f000000, 0,
     ALL5(0x00400000), ALL5(0)},
    {"f32 smallest subnormal / 2", false, MUL, 0x00000001, 0x3f000000, 0, {0, 0, 0, 1, 1},
     ALL5(UF | NX)},
    {"f32 -smallest subnormal / 2", false, MUL, 0x80000001, 0x3f000000, 0,
     {NEG32, NEG32, 0x80000001, NEG32, 0x80000001}, ALL5(UF | NX)},
    {"f32 smallest subnormal squared", false, MUL, 0x00000001, 0x00000001, 0, {0, 0, 0, 1, 0},
     ALL5(UF | NX)},
    /* (1 - 2^-24) 2^-126: 24 bits, so tiny even after rounding; halfway between the largest
     * subnormal and 2^-126, which RNE reaches and still raises UF. */
    {"f32 (1 - 2^-24) * 2^-126", false, MUL, 0x3f7fffff, 0x00800000, 0,
     {0x00800000, 0x007fffff, 0x007fffff, 0x00800000, 0x00800000}, ALL5(UF | NX)},
    /* (2^25 - 1) 2^-151 = (1 - 2^-25) 2^-126 rounds to 2^-126 at 24 bits with an unbounded
     * exponent: not tiny, so no UF, where it rounds up. */
    {"f32 (18631 * 2^-75) * (1801 * 2^-76)", false, MUL, 0x21118e00, 0x1ee12000, 0,
     {0x00800000, 0x007fffff, 0x007fffff, 0x00800000, 0x00800000},
     {NX, UF | NX, UF | NX, NX, NX}},
    {"f32 subnormal - subnormal is exact", false, SUB, 0x00000003, 0x00000001, 0, ALL5(2),
     ALL5(0)},
    {"f32 subnormal + subnormal carries into the normals", false, ADD, 0x00400000, 0x00400000,
     0, ALL5(0x00800000), ALL5(0)},
    {"f64 (1 - 2^-53) * 2^-1022", true, MUL, 0x3fefffffffffffff, 0x0010000000000000, 0,
     {0x0010000000000000, 0x000fffffffffffff, 0x000fffffffffffff, 0x0010000000000000,
      0x0010000000000000}, ALL5(UF | NX)},
    /* (2^27 - 1)(2^27 + 1) 2^-1076 = (1 - 2^-54) 2^-1022: the binary64 counterpart. */
    {"f64 (2^27 - 1) 2^-538 * (2^27 + 1) 2^-538", true, MUL, 0x1ffffffffc000000,
     0x2000000002000000, 0,
     {0x0010000000000000, 0x000fffffffffffff, 0x000fffffffffffff, 0x0010000000000000,
      0x0010000000000000}, {NX, UF | NX, UF | NX, NX, NX}},
    {"f64 smallest subnormal / 2", true, DIV, 1, 0x4000000000000000, 0, {0, 0, 0, 1, 1},
     ALL5(UF | NX)},
    {"f64 smallest normal / 4 is exact", true, MUL, 0x0010000000000000, 0x3fd0000000000000, 0,
     ALL5(0x0004000000000000), ALL5(0)},
};

static const struct mode_case zero_cases[] = {
    {"f32 x - x", false, SUB, 0x3f800000, 0x3f800000, 0, {0, 0, NEG32, 0, 0}, ALL5(0)},
    {"f32 x + -x", false, ADD, 0xc0400000, 0x40400000, 0, {0, 0, NEG32, 0, 0}, ALL5(0)},
    {"f32 subnormal - itself", false, SUB, 0x00000001, 0x00000001, 0, {0, 0, NEG32, 0, 0},
     ALL5(0)},
    {"f32 +0 + -0", false, ADD, 0, NEG32, 0, {0, 0, NEG32, 0, 0}, ALL5(0)},
    {"f32 +0 - +0", false, SUB, 0, 0, 0, {0, 0, NEG32, 0, 0}, ALL5(0)},
    {"f32 -0 + -0", false, ADD, NEG32, NEG32, 0, ALL5(NEG32), ALL5(0)},
    {"f32 -0 - +0", false, SUB, NEG32, 0, 0, ALL5(NEG32), ALL5(0)},
    {"f32 +0 + +0", false, ADD, 0, 0, 0, ALL5(0), ALL5(0)},
    {"f32 x + -0 is x", false, ADD, 0x00000001, NEG32, 0, ALL5(1), ALL5(0)},
    {"f32 -0 * 5", false, MUL, NEG32, 0x40a00000, 0, ALL5(NEG32), ALL5(0)},
    {"f32 0 * -5", false, MUL, 0, 0xc0a00000, 0, ALL5(NEG32), ALL5(0)},
    {"f32 -0 / 5", false, DIV, NEG32, 0x40a00000, 0, ALL5(NEG32), ALL5(0)},
    {"f32 1 / -inf", false, DIV, 0x3f800000, NEG32 | F32_INF, 0, ALL5(NEG32), ALL5(0)},
    {"f32 sqrt -0", false, SQRT, NEG32, 0, 0, ALL5(NEG32), ALL5(0)},
    {"f32 fma 1 * 1 - 1", false, FMA, 0x3f800000, 0x3f800000, 0xbf800000, {0, 0, NEG32, 0, 0},
     ALL5(0)},
    {"f32 fma +0 * 1 + -0", false, FMA, 0, 0x3f800000, NEG32, {0, 0, NEG32, 0, 0}, ALL5(0)},
    {"f32 fma -0 * 1 + -0", false, FMA, NEG32, 0x3f800000, NEG32, ALL5(NEG32), ALL5(0)},
    {"f32 fma +0 * -1 + +0", false, FMA, 0, 0xbf800000, 0, {0, 0, NEG32, 0, 0}, ALL5(0)},
    {"f32 fma 0 * 1 + x is x", false, FMA, 0, 0x3f800000, 0x80000001, ALL5(0x80000001), ALL5(0)},
    /* A nonzero product that rounds to zero keeps its own sign, even with an addend of -0. */
    {"f32 fma tiny product + -0", false, FMA, 0x00000001, 0x00000001, NEG32, {0, 0, 0, 1, 0},
     ALL5(UF | NX)},
    {"f32 fma -tiny product + +0", false, FMA, 0x80000001, 0x00000001, 0,
     {NEG32, NEG32, 0x80000001, NEG32, NEG32}, ALL5(UF | NX)},
    {"f64 x - x", true, SUB, 0x4000000000000000, 0x4000000000000000, 0, {0, 0, NEG64, 0, 0},
     ALL5(0)},
    {"f64 +0 + -0", true, ADD, 0, NEG64, 0, {0, 0, NEG64, 0, 0}, ALL5(0)},
    {"f64 -0 + -0", true, ADD, NEG64, NEG64, 0, ALL5(NEG64), ALL5(0)},
    {"f64 fma 2 * 3 - 6", true, FMA, 0x4000000000000000, 0x4008000000000000,
     0xc018000000000000, {0, 0, NEG64, 0, 0}, ALL5(0)},
    {"f64 fma -0 * 0 + -0", true, FMA, NEG64, 0, NEG64, ALL5(NEG64), ALL5(0)},
    {"f64 sqrt -0", true, SQRT, NEG64, 0, 0, ALL5(NEG64), ALL5(0)},
};

static const struct mode_case nan_cases[] = {
    {"f32 qNaN + 1", false, ADD, 0x7fc12345, 0x3f800000, 0, ALL5(F32_NAN), ALL5(0)},
    {"f32 -qNaN * 1", false, MUL, 0xffc00000, 0x3f800000, 0, ALL5(F32_NAN), ALL5(0)},
    {"f32 sNaN + 1", false, ADD, 0x7f800001, 0x3f800000, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 1 - -sNaN", false, SUB, 0x3f800000, 0xff800001, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 sNaN * qNaN", false, MUL, 0x7fa00000, 0x7fc00000, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 qNaN / sNaN", false, DIV, 0x7fc00000, 0x7fbfffff, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 sqrt sNaN", false, SQRT, 0x7f800001, 0, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 sqrt qNaN", false, SQRT, 0xffc00001, 0, 0, ALL5(F32_NAN), ALL5(0)},
    {"f32 inf - inf", false, SUB, F32_INF, F32_INF, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 inf + -inf", false, ADD, F32_INF, NEG32 | F32_INF, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 inf + inf", false, ADD, F32_INF, F32_INF, 0, ALL5(F32_INF), ALL5(0)},
    {"f32 -inf - max", false, SUB, NEG32 | F32_INF, F32_MAX, 0, ALL5(NEG32 | F32_INF), ALL5(0)},
    {"f32 0 * inf", false, MUL, 0, F32_INF, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 -inf * -0", false, MUL, NEG32 | F32_INF, NEG32, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 inf * -2", false, MUL, F32_INF, 0xc0000000, 0, ALL5(NEG32 | F32_INF), ALL5(0)},
    {"f32 0 / -0", false, DIV, 0, NEG32, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 inf / -inf", false, DIV, F32_INF, NEG32 | F32_INF, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 1 / 0", false, DIV, 0x3f800000, 0, 0, ALL5(F32_INF), ALL5(DZ)},
    {"f32 -1 / 0", false, DIV, 0xbf800000, 0, 0, ALL5(NEG32 | F32_INF), ALL5(DZ)},
    {"f32 1 / -0", false, DIV, 0x3f800000, NEG32, 0, ALL5(NEG32 | F32_INF), ALL5(DZ)},
    {"f32 subnormal / 0", false, DIV, 0x00000001, 0, 0, ALL5(F32_INF), ALL5(DZ)},
    {"f32 inf / 0: no DZ", false, DIV, F32_INF, 0, 0, ALL5(F32_INF), ALL5(0)},
    {"f32 qNaN / 0: no DZ", false, DIV, 0x7fc00000, 0, 0, ALL5(F32_NAN), ALL5(0)},
    {"f32 sqrt -1", false, SQRT, 0xbf800000, 0, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 sqrt -subnormal", false, SQRT, 0x80000001, 0, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 sqrt -inf", false, SQRT, NEG32 | F32_INF, 0, 0, ALL5(F32_NAN), ALL5(NV)},
    {"f32 sqrt inf", false, SQRT, F32_INF, 0, 0, ALL5(F32_INF), ALL5(0)},
    {"f32 fma inf * 0 + qNaN raises NV", false, FMA, F32_INF, 0, 0x7fc00000, ALL5(F32_NAN),
     ALL5(NV)},
    {"f32 fma -0 * -inf + qNaN raises NV", false, FMA, NEG32, NEG32 | F32_INF, 0x7fc00000,
     ALL5(F32_NAN), ALL5(NV)},
    {"f32 fma inf * 0 + 1", false, FMA, F32_INF, 0, 0x3f800000, ALL5(F32_NAN), ALL5(NV)},
    {"f32 fma inf * 0 + sNaN", false, FMA, F32_INF, 0, 0x7f800001, ALL5(F32_NAN), ALL5(NV)},
    {"f32 fma inf * 1 + qNaN", false, FMA, F32_INF, 0x3f800000, 0x7fc00000, ALL5(F32_NAN),
     ALL5(0)},
    {"f32 fma qNaN * 0 + 1", false, FMA, 0x7fc00000, 0, 0x3f800000, ALL5(F32_NAN), ALL5(0)},
    {"f32 fma 1 * 1 + sNaN", false, FMA, 0x3f800000, 0x3f800000, 0x7f800001, ALL5(F32_NAN),
     ALL5(NV)},
    {"f32 fma 1 * sNaN + qNaN", false, FMA, 0x3f800000, 0xff800001, 0x7fc00000, ALL5(F32_NAN),
     ALL5(NV)},
    {"f32 fma inf * 1 - inf", false, FMA, F32_INF, 0x3f800000, NEG32 | F32_INF, ALL5(F32_NAN),
     ALL5(NV)},
    {"f32 fma -inf * -1 + inf", false, FMA, NEG32 | F32_INF, 0xbf800000, F32_INF, ALL5(F32_INF),
     ALL5(0)},
    {"f32 fma max * max - inf", false, FMA, F32_MAX, F32_MAX, NEG32 | F32_INF,
     ALL5(NEG32 | F32_INF), ALL5(0)},
    {"f64 qNaN + 1", true, ADD, 0x7ff8000000012345, 0x3ff0000000000000, 0, ALL5(F64_NAN),
     ALL5(0)},
    {"f64 sNaN + 1", true, ADD, 0x7ff0000000000001, 0x3ff0000000000000, 0, ALL5(F64_NAN),
     ALL5(NV)},
    {"f64 inf - inf", true, SUB, F64_INF, F64_INF, 0, ALL5(F64_NAN), ALL5(NV)},
    {"f64 0 * -inf", true, MUL, 0, NEG64 | F64_INF, 0, ALL5(F64_NAN), ALL5(NV)},
    {"f64 0 / 0", true, DIV, 0, 0, 0, ALL5(F64_NAN), ALL5(NV)},
    {"f64 -1 / 0", true, DIV, 0xbff0000000000000, 0, 0, ALL5(NEG64 | F64_INF), ALL5(DZ)},
    {"f64 sqrt -1", true, SQRT, 0xbff0000000000000, 0, 0, ALL5(F64_NAN), ALL5(NV)},
    {"f64 sqrt -sNaN", true, SQRT, 0xfff0000000000001, 0, 0, ALL5(F64_NAN), ALL5(NV)},
    {"f64 fma inf * 0 + qNaN raises NV", true, FMA, F64_INF, 0, F64_NAN, ALL5(F64_NAN),
     ALL5(NV)},
    {"f64 fma 0 * inf + -qNaN raises NV", true, FMA, 0, F64_INF, 0xfff8000000000000,
     ALL5(F64_NAN), ALL5(NV)},
    {"f64 fma inf * 2 + qNaN", true, FMA, F64_INF, 0x4000000000000000, F64_NAN, ALL5(F64_NAN),
     ALL5(0)},
    {"f64 fma -inf * 2 + inf", true, FMA, NEG64 | F64_INF, 0x4000000000000000, F64_INF,
     ALL5(F64_NAN), ALL5(NV)},
};

static void test_rounding(void) {
    run_mode_cases(rounding_cases, sizeof rounding_cases / sizeof rounding_cases[0]);
}

static void test_overflow(void) {
    run_mode_cases(overflow_cases, sizeof overflow_cases / sizeof overflow_cases[0]);
}

static void test_underflow(void) {
    run_mode_cases(underflow_cases, sizeof underflow_cases / sizeof underflow_cases[0]);
}

static void test_signed_zeros(void) {
    run_mode_cases(zero_cases, sizeof zero_cases / sizeof zero_cases[0]);
}

static void test_nans(void) {
    run_mode_cases(nan_cases, sizeof nan_cases / sizeof nan_cases[0]);
}

/* Conversions, by rounding mode. */
struct cvt_case {
    const char *name;
    enum cvt kind;
    uint64_t in;
    uint64_t expected[5];
    unsigned flags[5];
};

static const struct cvt_case to_integer_cases[] = {
    {"NaN", F32_I32, 0x7fc00000, ALL5(0x7fffffff), ALL5(NV)},
    {"-NaN is still the maximum", F32_I32, 0xffc00000, ALL5(0x7fffffff), ALL5(NV)},
    {"sNaN", F32_I32, 0x7f800001, ALL5(0x7fffffff), ALL5(NV)},
    {"+inf", F32_I32, F32_INF, ALL5(0x7fffffff), ALL5(NV)},
    {"-inf", F32_I32, 0xff800000, ALL5(0x80000000), ALL5(NV)},
    {"2^31", F32_I32, 0x4f000000, ALL5(0x7fffffff), ALL5(NV)},
    {"-2^31 fits", F32_I32, 0xcf000000, ALL5(0x80000000), ALL5(0)},
    {"-2^31 - 256", F32_I32, 0xcf000001, ALL5(0x80000000), ALL5(NV)},
    {"largest below 2^31", F32_I32, 0x4effffff, ALL5(0x7fffff80), ALL5(0)},
    {"2.5", F32_I32, 0x40200000, {2, 2, 2, 3, 3}, ALL5(NX)},
    {"-2.5", F32_I32, 0xc0200000, {0xfffffffe, 0xfffffffe, 0xfffffffd, 0xfffffffe, 0xfffffffd},
     ALL5(NX)},
    {"1.5", F32_I32, 0x3fc00000, {2, 1, 1, 2, 2}, ALL5(NX)},
    {"-0.5", F32_I32, 0xbf000000, {0, 0, 0xffffffff, 0, 0xffffffff}, ALL5(NX)},
    {"smallest subnormal", F32_I32, 0x00000001, {0, 0, 0, 1, 0}, ALL5(NX)},
    {"-0", F32_I32, NEG32, ALL5(0), ALL5(0)},
    {"NaN", F32_U32, 0x7fc00000, ALL5(0xffffffff), ALL5(NV)},
    {"-NaN", F32_U32, 0xffc00000, ALL5(0xffffffff), ALL5(NV)},
    {"+inf", F32_U32, F32_INF, ALL5(0xffffffff), ALL5(NV)},
    {"-inf", F32_U32, 0xff800000, ALL5(0), ALL5(NV)},
    {"2^32", F32_U32, 0x4f800000, ALL5(0xffffffff), ALL5(NV)},
    {"largest below 2^32", F32_U32, 0x4f7fffff, ALL5(0xffffff00), ALL5(0)},
    {"3e9", F32_U32, 0x4f32d05e, ALL5(0xb2d05e00), ALL5(0)},
    {"-1", F32_U32, 0xbf800000, ALL5(0), ALL5(NV)},
    /* Negative values that round to 0 are in range (NX); those that round to -1 are not (NV). */
    {"-0.3", F32_U32, 0xbe99999a, ALL5(0), {NX, NX, NV, NX, NX}},
    {"-0.5", F32_U32, 0xbf000000, ALL5(0), {NX, NX, NV, NX, NV}},
    {"-0.7", F32_U32, 0xbf333333, ALL5(0), {NV, NX, NV, NX, NV}},
    {"-0", F32_U32, NEG32, ALL5(0), ALL5(0)},
    {"NaN", F32_I64, 0x7fc00000, ALL5(0x7fffffffffffffff), ALL5(NV)},
    {"+inf", F32_I64, F32_INF, ALL5(0x7fffffffffffffff), ALL5(NV)},
    {"-inf", F32_I64, 0xff800000, ALL5(NEG64), ALL5(NV)},
    {"2^63", F32_I64, 0x5f000000, ALL5(0x7fffffffffffffff), ALL5(NV)},
    {"-2^63 fits", F32_I64, 0xdf000000, ALL5(NEG64), ALL5(0)},
    {"-2^63 - 2^39", F32_I64, 0xdf000001, ALL5(NEG64), ALL5(NV)},
    {"largest below 2^63", F32_I64, 0x5effffff, ALL5(0x7fffff8000000000), ALL5(0)},
    {"-2.5", F32_I64, 0xc0200000,
     {0xfffffffffffffffe, 0xfffffffffffffffe, 0xfffffffffffffffd, 0xfffffffffffffffe,
      0xfffffffffffffffd}, ALL5(NX)},
    {"NaN", F32_U64, 0x7fc00000, ALL5(~0ull), ALL5(NV)},
    {"+inf", F32_U64, F32_INF, ALL5(~0ull), ALL5(NV)},
    {"-inf", F32_U64, 0xff800000, ALL5(0), ALL5(NV)},
    {"2^64", F32_U64, 0x5f800000, ALL5(~0ull), ALL5(NV)},
    {"largest below 2^64", F32_U64, 0x5f7fffff, ALL5(0xffffff0000000000), ALL5(0)},
    {"2^63", F32_U64, 0x5f000000, ALL5(NEG64), ALL5(0)},
    {"-1", F32_U64, 0xbf800000, ALL5(0), ALL5(NV)},
    {"-0.3", F32_U64, 0xbe99999a, ALL5(0), {NX, NX, NV, NX, NX}},
    {"NaN", F64_I32, F64_NAN, ALL5(0x7fffffff), ALL5(NV)},
    {"sNaN", F64_I32, 0x7ff0000000000001, ALL5(0x7fffffff), ALL5(NV)},
    {"-inf", F64_I32, NEG64 | F64_INF, ALL5(0x80000000), ALL5(NV)},
    {"2^31 - 1", F64_I32, 0x41dfffffffc00000, ALL5(0x7fffffff), ALL5(0)},
    /* 2^31 - 0.5 rounds out of range in the modes that round it up. */
    {"2^31 - 0.5", F64_I32, 0x41dfffffffe00000, ALL5(0x7fffffff), {NV, NX, NX, NV, NV}},
    {"2^31", F64_I32, 0x41e0000000000000, ALL5(0x7fffffff), ALL5(NV)},
    {"-2^31 - 0.5", F64_I32, 0xc1e0000000100000, ALL5(0x80000000), {NX, NX, NV, NX, NV}},
    {"-2^31 - 1", F64_I32, 0xc1e0000000200000, ALL5(0x80000000), ALL5(NV)},
    {"1e10", F64_I32, 0x4202a05f20000000, ALL5(0x7fffffff), ALL5(NV)},
    {"-1e10", F64_I32, 0xc202a05f20000000, ALL5(0x80000000), ALL5(NV)},
    {"NaN", F64_U32, F64_NAN, ALL5(0xffffffff), ALL5(NV)},
    {"-inf", F64_U32, NEG64 | F64_INF, ALL5(0), ALL5(NV)},
    {"2^32 - 1", F64_U32, 0x41efffffffe00000, ALL5(0xffffffff), ALL5(0)},
    {"2^32 - 0.5", F64_U32, 0x41effffffff00000, ALL5(0xffffffff), {NV, NX, NX, NV, NV}},
    {"-0.9", F64_U32, 0xbfeccccccccccccd, ALL5(0), {NV, NX, NV, NX, NV}},
    {"-1", F64_U32, 0xbff0000000000000, ALL5(0), ALL5(NV)},
    {"NaN", F64_I64, F64_NAN, ALL5(0x7fffffffffffffff), ALL5(NV)},
    {"2^63", F64_I64, 0x43e0000000000000, ALL5(0x7fffffffffffffff), ALL5(NV)},
    {"-2^63 fits", F64_I64, 0xc3e0000000000000, ALL5(NEG64), ALL5(0)},
    {"-2^63 - 2048", F64_I64, 0xc3e0000000000001, ALL5(NEG64), ALL5(NV)},
    {"largest below 2^63", F64_I64, 0x43dfffffffffffff, ALL5(0x7ffffffffffffc00), ALL5(0)},
    {"-inf", F64_I64, NEG64 | F64_INF, ALL5(NEG64), ALL5(NV)},
    {"0.5", F64_I64, 0x3fe0000000000000, {0, 0, 0, 1, 1}, ALL5(NX)},
    {"NaN", F64_U64, F64_NAN, ALL5(~0ull), ALL5(NV)},
    {"+inf", F64_U64, F64_INF, ALL5(~0ull), ALL5(NV)},
    {"2^64", F64_U64, 0x43f0000000000000, ALL5(~0ull), ALL5(NV)},
    {"largest below 2^64", F64_U64, 0x43efffffffffffff, ALL5(0xfffffffffffff800), ALL5(0)},
    {"-1", F64_U64, 0xbff0000000000000, ALL5(0), ALL5(NV)},
    {"-0.9", F64_U64, 0xbfeccccccccccccd, ALL5(0), {NV, NX, NV, NX, NV}},
    {"-2^-1074", F64_U64, NEG64 | 1, ALL5(0), {NX, NX, NV, NX, NX}},
};

static const struct cvt_case from_integer_cases[] = {
    /* 2^24 + 1 is halfway between 2^24 (even) and 2^24 + 2. */
    {"2^24 + 1", I32_F32, 0x01000001, {0x4b800000, 0x4b800000, 0x4b800000, 0x4b800001,
                                       0x4b800001}, ALL5(NX)},
    {"-(2^24 + 1)", I32_F32, 0xfeffffff, {0xcb800000, 0xcb800000, 0xcb800001, 0xcb800000,
                                          0xcb800001}, ALL5(NX)},
    {"2^24 + 3", I32_F32, 0x01000003, {0x4b800002, 0x4b800001, 0x4b800001, 0x4b800002,
                                       0x4b800002}, ALL5(NX)},
    {"INT32_MIN", I32_F32, 0x80000000, ALL5(0xcf000000), ALL5(0)},
    {"0 is +0 even rounding down", I32_F32, 0, ALL5(0), ALL5(0)},
    {"-1", I32_F32, 0xffffffff, ALL5(0xbf800000), ALL5(0)},
    {"UINT32_MAX", U32_F32, 0xffffffff, {0x4f800000, 0x4f7fffff, 0x4f7fffff, 0x4f800000,
                                         0x4f800000}, ALL5(NX)},
    {"2^31 + 128", U32_F32, 0x80000080, {0x4f000000, 0x4f000000, 0x4f000000, 0x4f000001,
                                         0x4f000001}, ALL5(NX)},
    {"INT64_MIN", I64_F32, NEG64, ALL5(0xdf000000), ALL5(0)},
    {"INT64_MAX", I64_F32, 0x7fffffffffffffff, {0x5f000000, 0x5effffff, 0x5effffff, 0x5f000000,
                                                0x5f000000}, ALL5(NX)},
    {"UINT64_MAX", U64_F32, ~0ull, {0x5f800000, 0x5f7fffff, 0x5f7fffff, 0x5f800000, 0x5f800000},
     ALL5(NX)},
    {"-1", I32_F64, 0xffffffff, ALL5(0xbff0000000000000), ALL5(0)},
    {"INT32_MIN", I32_F64, 0x80000000, ALL5(0xc1e0000000000000), ALL5(0)},
    {"UINT32_MAX", U32_F64, 0xffffffff, ALL5(0x41efffffffe00000), ALL5(0)},
    {"2^53 + 1", I64_F64, 0x0020000000000001,
     {0x4340000000000000, 0x4340000000000000, 0x4340000000000000, 0x4340000000000001,
      0x4340000000000001}, ALL5(NX)},
    {"-(2^53 + 1)", I64_F64, 0xffdfffffffffffff,
     {0xc340000000000000, 0xc340000000000000, 0xc340000000000001, 0xc340000000000000,
      0xc340000000000001}, ALL5(NX)},
    {"INT64_MIN", I64_F64, NEG64, ALL5(0xc3e0000000000000), ALL5(0)},
    {"UINT64_MAX", U64_F64, ~0ull,
     {0x43f0000000000000, 0x43efffffffffffff, 0x43efffffffffffff, 0x43f0000000000000,
      0x43f0000000000000}, ALL5(NX)},
    {"0", U64_F64, 0, ALL5(0), ALL5(0)},
};

static const struct cvt_case between_formats_cases[] = {
    {"sNaN", F32_F64, 0x7f800001, ALL5(F64_NAN), ALL5(NV)},
    {"-sNaN", F32_F64, 0xffbfffff, ALL5(F64_NAN), ALL5(NV)},
    {"qNaN payload", F32_F64, 0x7fc12345, ALL5(F64_NAN), ALL5(0)},
    {"-qNaN", F32_F64, 0xffc00000, ALL5(F64_NAN), ALL5(0)},
    {"smallest subnormal", F32_F64, 0x00000001, ALL5(0x36a0000000000000), ALL5(0)},
    {"largest subnormal", F32_F64, 0x007fffff, ALL5(0x380fffffc0000000), ALL5(0)},
    {"max", F32_F64, F32_MAX, ALL5(0x47efffffe0000000), ALL5(0)},
    {"-0", F32_F64, NEG32, ALL5(NEG64), ALL5(0)},
    {"-inf", F32_F64, 0xff800000, ALL5(NEG64 | F64_INF), ALL5(0)},
    {"1", F32_F64, 0x3f800000, ALL5(0x3ff0000000000000), ALL5(0)},
    {"sNaN", F64_F32, 0x7ff0000000000001, ALL5(F32_NAN), ALL5(NV)},
    {"qNaN payload", F64_F32, 0xfff8000012345678, ALL5(F32_NAN), ALL5(0)},
    {"1e300", F64_F32, 0x7e37e43c8800759c, {F32_INF, F32_MAX, F32_MAX, F32_INF, F32_INF},
     ALL5(OF | NX)},
    {"-1e300", F64_F32, 0xfe37e43c8800759c,
     {NEG32 | F32_INF, NEG32 | F32_MAX, NEG32 | F32_INF, NEG32 | F32_MAX, NEG32 | F32_INF},
     ALL5(OF | NX)},
    {"f32 max + half ulp", F64_F32, 0x47effffff0000000,
     {F32_INF, F32_MAX, F32_MAX, F32_INF, F32_INF}, {OF | NX, NX, NX, OF | NX, OF | NX}},
    {"2^-150: half the smallest subnormal", F64_F32, 0x3690000000000000, {0, 0, 0, 1, 1},
     ALL5(UF | NX)},
    {"-2^-150", F64_F32, 0xb690000000000000, {NEG32, NEG32, 0x80000001, NEG32, 0x80000001},
     ALL5(UF | NX)},
    /* Tininess after rounding: (1 - 2^-24) 2^-126 has 24 bits and stays tiny; (1 - 2^-25) 2^-126
     * rounds to 2^-126 at 24 bits (unbounded exponent), so it is not tiny when rounded up. */
    {"(1 - 2^-24) 2^-126", F64_F32, 0x380fffffe0000000,
     {0x00800000, 0x007fffff, 0x007fffff, 0x00800000, 0x00800000}, ALL5(UF | NX)},
    {"(1 - 2^-25) 2^-126", F64_F32, 0x380ffffff0000000,
     {0x00800000, 0x007fffff, 0x007fffff, 0x00800000, 0x00800000},
     {NX, UF | NX, UF | NX, NX, NX}},
    {"2^-127 is exact: no UF", F64_F32, 0x3800000000000000, ALL5(0x00400000), ALL5(0)},
    {"1 + 2^-24", F64_F32, 0x3ff0000010000000,
     {0x3f800000, 0x3f800000, 0x3f800000, 0x3f800001, 0x3f800001}, ALL5(NX)},
    {"-0", F64_F32, NEG64, ALL5(NEG32), ALL5(0)},
    {"-inf", F64_F32, NEG64 | F64_INF, ALL5(NEG32 | F32_INF), ALL5(0)},
};

static void run_cvt_cases(const struct cvt_case *cases, size_t count) {
    for (size_t i = 0; i < count; i++) {
        const struct cvt_case *k = &cases[i];
        for (unsigned rm = 0; rm <= SF_RMM; rm++) {
            unsigned flags = 0;
            uint64_t got = ours_cvt(k->kind, k->in, rm, &flags);
            bool ok = CHECK_EQ(got, k->expected[rm]);
            ok = CHECK_EQ(flags, k->flags[rm]) && ok;
            if (!ok) {
                printf("  in case %s \"%s\" (%s)\n", cvt_infos[k->kind].name, k->name,
                       mode_names[rm]);
            }
        }
    }
}

static void test_to_integer(void) {
    run_cvt_cases(to_integer_cases, sizeof to_integer_cases / sizeof to_integer_cases[0]);
}

static void test_from_integer(void) {
    run_cvt_cases(from_integer_cases, sizeof from_integer_cases / sizeof from_integer_cases[0]);
}

static void test_between_formats(void) {
    run_cvt_cases(between_formats_cases,
                  sizeof between_formats_cases / sizeof between_formats_cases[0]);
}

/* fmin, fmax and the comparisons on one pair. */
struct compare_case {
    const char *name;
    bool f64;
    uint64_t a, b;
    uint64_t min, max;
    unsigned minmax_flags;
    bool eq, lt, le;
    unsigned eq_flags, lt_flags; /* lt_flags also for le */
};

static const struct compare_case compare_cases[] = {
    {"-0, +0", false, NEG32, 0, NEG32, 0, 0, true, false, true, 0, 0},
    {"+0, -0", false, 0, NEG32, NEG32, 0, 0, true, false, true, 0, 0},
    {"1, 2", false, 0x3f800000, 0x40000000, 0x3f800000, 0x40000000, 0, false, true, true, 0, 0},
    {"2, 1", false, 0x40000000, 0x3f800000, 0x3f800000, 0x40000000, 0, false, false, false, 0, 0},
    {"-1, -2", false, 0xbf800000, 0xc0000000, 0xc0000000, 0xbf800000, 0, false, false, false, 0,
     0},
    {"1, 1", false, 0x3f800000, 0x3f800000, 0x3f800000, 0x3f800000, 0, true, false, true, 0, 0},
    {"-inf, inf", false, 0xff800000, F32_INF, 0xff800000, F32_INF, 0, false, true, true, 0, 0},
    {"subnormal, -subnormal", false, 1, 0x80000001, 0x80000001, 1, 0, false, false, false, 0, 0},
    {"qNaN, 1", false, 0x7fc00000, 0x3f800000, 0x3f800000, 0x3f800000, 0, false, false, false, 0,
     NV},
    {"1, qNaN", false, 0x3f800000, 0x7fc00000, 0x3f800000, 0x3f800000, 0, false, false, false, 0,
     NV},
    {"-qNaN payload, -1", false, 0xffc12345, 0xbf800000, 0xbf800000, 0xbf800000, 0, false,
     false, false, 0, NV},
    {"inf, qNaN", false, F32_INF, 0x7fc00000, F32_INF, F32_INF, 0, false, false, false, 0, NV},
    {"sNaN, 1", false, 0x7f800001, 0x3f800000, 0x3f800000, 0x3f800000, NV, false, false, false,
     NV, NV},
    {"-0, sNaN", false, NEG32, 0xffa00000, NEG32, NEG32, NV, false, false, false, NV, NV},
    {"qNaN, qNaN", false, 0x7fc00001, 0xffc00002, F32_NAN, F32_NAN, 0, false, false, false, 0,
     NV},
    {"same qNaN twice", false, 0x7fc00000, 0x7fc00000, F32_NAN, F32_NAN, 0, false, false, false,
     0, NV},
    {"sNaN, qNaN", false, 0x7f800001, 0x7fc00000, F32_NAN, F32_NAN, NV, false, false, false, NV,
     NV},
    {"-0, +0", true, NEG64, 0, NEG64, 0, 0, true, false, true, 0, 0},
    {"1, 2", true, 0x3ff0000000000000, 0x4000000000000000, 0x3ff0000000000000,
     0x4000000000000000, 0, false, true, true, 0, 0},
    {"-inf, -max", true, NEG64 | F64_INF, NEG64 | F64_MAX, NEG64 | F64_INF, NEG64 | F64_MAX, 0,
     false, true, true, 0, 0},
    {"qNaN, 1", true, F64_NAN, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0,
     false, false, false, 0, NV},
    {"sNaN, qNaN", true, 0x7ff0000000000001, 0x7ff8000000000001, F64_NAN, F64_NAN, NV, false,
     false, false, NV, NV},
    {"+0, sNaN", true, 0, 0xfff4000000000000, 0, 0, NV, false, false, false, NV, NV},
};

static void check_compare_case(const struct compare_case *k) {
    unsigned fmin = 0, fmax = 0, feq = 0, flt = 0, fle = 0;
    uint32_t a = (uint32_t)k->a, b = (uint32_t)k->b;
    uint64_t min = k->f64 ? f64_min(k->a, k->b, &fmin) : f32_min(a, b, &fmin);
    uint64_t max = k->f64 ? f64_max(k->a, k->b, &fmax) : f32_max(a, b, &fmax);
    bool eq = k->f64 ? f64_eq(k->a, k->b, &feq) : f32_eq(a, b, &feq);
    bool lt = k->f64 ? f64_lt(k->a, k->b, &flt) : f32_lt(a, b, &flt);
    bool le = k->f64 ? f64_le(k->a, k->b, &fle) : f32_le(a, b, &fle);
    bool ok = CHECK_EQ(min, k->min);
    ok = CHECK_EQ(max, k->max) && ok;
    ok = CHECK_EQ(fmin, k->minmax_flags) && ok;
    ok = CHECK_EQ(fmax, k->minmax_flags) && ok;
    ok = CHECK_EQ(eq, k->eq) && ok;
    ok = CHECK_EQ(lt, k->lt) && ok;
    ok = CHECK_EQ(le, k->le) && ok;
    ok = CHECK_EQ(feq, k->eq_flags) && ok;
    ok = CHECK_EQ(flt, k->lt_flags) && ok;
    ok = CHECK_EQ(fle, k->lt_flags) && ok;
    if (!ok) printf("  in case %s \"%s\"\n", k->f64 ? "f64" : "f32", k->name);
}

static void test_compare(void) {
    for (size_t i = 0; i < sizeof compare_cases / sizeof compare_cases[0]; i++)
        check_compare_case(&compare_cases[i]);
}

struct class_case {
    bool f64;
    uint64_t value;
    unsigned expected;
};

static const struct class_case class_cases[] = {
    {false, 0xff800000, SF_CLASS_NEG_INF},
    {false, 0xbf800000, SF_CLASS_NEG_NORMAL},
    {false, 0xff7fffff, SF_CLASS_NEG_NORMAL},
    {false, 0x80000001, SF_CLASS_NEG_SUBNORMAL},
    {false, 0x807fffff, SF_CLASS_NEG_SUBNORMAL},
    {false, 0x80000000, SF_CLASS_NEG_ZERO},
    {false, 0x00000000, SF_CLASS_POS_ZERO},
    {false, 0x00000001, SF_CLASS_POS_SUBNORMAL},
    {false, 0x007fffff, SF_CLASS_POS_SUBNORMAL},
    {false, 0x00800000, SF_CLASS_POS_NORMAL},
    {false, F32_MAX, SF_CLASS_POS_NORMAL},
    {false, F32_INF, SF_CLASS_POS_INF},
    {false, 0x7f800001, SF_CLASS_SNAN},
    {false, 0xffbfffff, SF_CLASS_SNAN},
    {false, 0x7fc00000, SF_CLASS_QNAN},
    {false, 0xffffffff, SF_CLASS_QNAN},
    {true, NEG64 | F64_INF, SF_CLASS_NEG_INF},
    {true, 0xbff0000000000000, SF_CLASS_NEG_NORMAL},
    {true, 0x800fffffffffffff, SF_CLASS_NEG_SUBNORMAL},
    {true, NEG64, SF_CLASS_NEG_ZERO},
    {true, 0, SF_CLASS_POS_ZERO},
    {true, 1, SF_CLASS_POS_SUBNORMAL},
    {true, 0x0010000000000000, SF_CLASS_POS_NORMAL},
    {true, F64_INF, SF_CLASS_POS_INF},
    {true, 0x7ff0000000000001, SF_CLASS_SNAN},
    {true, 0xfff7ffffffffffff, SF_CLASS_SNAN},
    {true, F64_NAN, SF_CLASS_QNAN},
    {true, ~0ull, SF_CLASS_QNAN},
};

static void test_classify(void) {
    /* The ten classes are bits 0 to 9 in the order of the fclass table. */
    CHECK_EQ(SF_CLASS_NEG_INF, 1);
    CHECK_EQ(SF_CLASS_QNAN, 1 << 9);
    for (size_t i = 0; i < sizeof class_cases / sizeof class_cases[0]; i++) {
        const struct class_case *k = &class_cases[i];
        unsigned got = k->f64 ? f64_classify(k->value) : f32_classify((uint32_t)k->value);
        if (!CHECK_EQ(got, k->expected)) printf("  in case 0x%llx\n", (unsigned long long)k->value);
    }
}

/* Flags accrue: an operation ORs into *flags and never clears a bit. */
static void test_flags_accrue(void) {
    unsigned flags = SF_DZ;
    CHECK_EQ(f32_add(0x3f800000, 0x33800000, SF_RNE, &flags), 0x3f800000);
    CHECK_EQ(flags, SF_DZ | SF_NX);
    flags = SF_NV | SF_UF;
    CHECK_EQ(f64_mul(0x4000000000000000, 0x4000000000000000, SF_RNE, &flags), 0x4010000000000000);
    CHECK_EQ(flags, SF_NV | SF_UF);
    flags = SF_OF;
    CHECK(!f32_lt(0x7fc00000, 0, &flags));
    CHECK_EQ(flags, SF_OF | SF_NV);
}

#if X86_REFERENCE

/* Classes of bit patterns. */
static bool is_nan_bits(bool f64, uint64_t x) {
    return f64 ? (x & ~NEG64) > F64_INF : (x & 0x7fffffffu) > F32_INF;
}

static bool is_finite_bits(bool f64, uint64_t x) {
    return f64 ? (x & ~NEG64) < F64_INF : (x & 0x7fffffffu) < F32_INF;
}

static bool is_inf_bits(bool f64, uint64_t x) {
    return f64 ? (x & ~NEG64) == F64_INF : (x & ~(uint64_t)NEG32) == F32_INF;
}

static bool is_zero_bits(bool f64, uint64_t x) {
    return (x & ~(f64 ? NEG64 : (uint64_t)NEG32)) == 0;
}

/* --- mismatch reporting ---------------------------------------------------------------------- */

static unsigned long mismatches;

static void report(const char *what, unsigned rm, uint64_t a, uint64_t b, uint64_t c,
                   uint64_t got, unsigned got_flags, uint64_t want, unsigned want_flags) {
    if (mismatches++ >= MAX_REPORTS) return;
    printf("  %s %s a=0x%llx b=0x%llx c=0x%llx: got 0x%llx flags 0x%x, expected 0x%llx flags "
           "0x%x\n", what, mode_names[rm], (unsigned long long)a, (unsigned long long)b,
           (unsigned long long)c, (unsigned long long)got, got_flags, (unsigned long long)want,
           want_flags);
}

/* A NaN expected (x86 keeps payloads) requires the canonical NaN. */
static void compare(const char *what, bool float_result, bool f64, unsigned rm, uint64_t a,
                    uint64_t b, uint64_t c, uint64_t got, unsigned got_flags, uint64_t want,
                    unsigned want_flags) {
    if (float_result && is_nan_bits(f64, want)) want = f64 ? F64_NAN : F32_NAN;
    if (got != want || got_flags != want_flags)
        report(what, rm, a, b, c, got, got_flags, want, want_flags);
}

/* --- random operands ------------------------------------------------------------------------- */

static uint64_t rng_state;

static void rng_seed(uint64_t seed) { rng_state = seed | 1; }

static uint64_t rnd(void) { /* xorshift64* */
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545f4914f6cdd1dull;
}

static uint64_t rnd_below(uint64_t n) { return rnd() % n; }

/* A value of the format, drawn from classes: zeros, subnormals, near underflow and overflow,
 * around 1, infinities, quiet and signaling NaNs, random bits, integers and half-integers (up to
 * 2^66, for the conversions), few significant bits (exact products, ties), extremes. */
static uint64_t random_value(bool f64) {
    unsigned frac_bits = f64 ? 52 : 23, exp_bits = f64 ? 11 : 8;
    uint64_t frac_mask = (1ull << frac_bits) - 1, quiet = 1ull << (frac_bits - 1);
    uint64_t top = (1ull << exp_bits) - 1, bias = top >> 1;
    uint64_t sign = rnd() & 1, frac = rnd() & frac_mask, field;
    switch (rnd_below(16)) {
    case 0: field = 0; frac = 0; break;
    case 1: field = 0; break;
    case 2: field = 0; frac >>= rnd_below(frac_bits); break;
    case 3: field = 1 + rnd_below(frac_bits + 2); break;
    case 4: field = top - 1 - rnd_below(frac_bits + 2); break;
    case 5: field = bias - 8 + rnd_below(17); break;
    case 6: field = top; frac = 0; break;
    case 7: field = top; frac |= quiet; break;
    case 8: field = top; frac &= ~quiet; frac |= frac == 0; break;
    case 9: return rnd() & ((2ull << (frac_bits + exp_bits)) - 1);
    case 10: case 11: {
        unsigned e = (unsigned)rnd_below(67), keep = e + (rnd_below(4) == 0);
        field = bias + e;
        if (keep < frac_bits) frac &= ~((1ull << (frac_bits - keep)) - 1);
        break;
    }
    case 12: {
        unsigned keep = (unsigned)rnd_below(frac_bits / 2 + 2);
        field = 1 + rnd_below(top - 1);
        frac &= ~((1ull << (frac_bits - keep)) - 1);
        break;
    }
    case 13: {
        static const uint64_t fields[] = {0, 0, 1, 2};
        field = rnd_below(2) ? fields[rnd_below(4)] : top - 1 - rnd_below(2);
        frac = rnd_below(2) ? frac_mask - rnd_below(3) : rnd_below(3);
        break;
    }
    default: field = 1 + rnd_below(top - 1); break;
    }
    return sign << (frac_bits + exp_bits) | field << frac_bits | frac;
}

/* A second operand, often related to the first: its negation (exact cancellation), a few low
 * bits away, or an exponent within about the precision (sums that are ties or cancel). */
static uint64_t random_related(bool f64, uint64_t a) {
    unsigned frac_bits = f64 ? 52 : 23, exp_bits = f64 ? 11 : 8;
    uint64_t sign = 1ull << (frac_bits + exp_bits), top = (1ull << exp_bits) - 1;
    int64_t field = (int64_t)((a >> frac_bits) & top);
    switch (rnd_below(8)) {
    case 0: return a ^ sign;
    case 1: return a ^ (rnd() & 0xf) ^ (rnd_below(2) ? sign : 0);
    case 2: case 3: {
        int64_t shifted = field + (int64_t)rnd_below(2 * frac_bits + 8) - (int64_t)frac_bits - 4;
        uint64_t b = random_value(f64) & ~(top << frac_bits);
        if (shifted < 0) shifted = 0;
        if (shifted > (int64_t)top - 1) shifted = (int64_t)top - 1;
        b |= (uint64_t)shifted << frac_bits;
        if (rnd_below(2)) b &= ~((1ull << (frac_bits - rnd_below(frac_bits))) - 1);
        return b;
    }
    default: return random_value(f64);
    }
}

/* An fma addend: often minus the rounded product, a few ulps off (massive cancellation). */
static uint64_t random_addend(bool f64, uint64_t a, uint64_t b) {
    if (rnd_below(2)) return random_related(f64, a);
    unsigned flags = 0, rm = (unsigned)rnd_below(5);
    uint64_t product =
        f64 ? f64_mul(a, b, rm, &flags) : f32_mul((uint32_t)a, (uint32_t)b, rm, &flags);
    return (product ^ (f64 ? NEG64 : NEG32)) ^ rnd_below(4);
}

/* Integers of every length, including ties for the float precisions. */
static uint64_t random_integer(void) {
    uint64_t v = rnd();
    switch (rnd_below(6)) {
    case 0: return v >> rnd_below(64);
    case 1: return 0 - (v >> rnd_below(64));
    case 2: return (v >> rnd_below(64)) | NEG64;
    case 3: { /* n significant bits ending in exactly 1 then zeros below p (24 or 53) */
        unsigned p = rnd_below(2) ? 24 : 53, n = p + 1 + (unsigned)rnd_below(64 - p);
        uint64_t m = (v >> (64 - n)) | 1ull << (n - 1);
        m = (m >> (n - p - 1) | 1) << (n - p - 1);
        return rnd_below(2) ? m : 0 - m;
    }
    case 4: return (uint64_t)(int64_t)(int32_t)(uint32_t)v;
    default: return v;
    }
}


/* --- the x86 reference ----------------------------------------------------------------------- */

static volatile uint64_t ref_a, ref_b, ref_c, ref_out;
static volatile int64_t ref_i;

static void x86_start(unsigned rm) {
    static const unsigned rc[] = {0, 3, 1, 2}; /* RNE, RTZ, RDN, RUP as MXCSR.RC */
    _mm_setcsr(0x1f80u | rc[rm] << 13);        /* every exception masked, no FTZ or DAZ */
}

/* Reads the SSE flags as RISC-V ones and restores the default MXCSR. */
static unsigned x86_flags(void) {
    unsigned csr = _mm_getcsr(), flags = 0;
    if (csr & 0x01) flags |= NV;
    if (csr & 0x04) flags |= DZ;
    if (csr & 0x08) flags |= OF;
    if (csr & 0x10) flags |= UF;
    if (csr & 0x20) flags |= NX; /* 0x02, denormal operand, has no RISC-V counterpart */
    _mm_setcsr(0x1f80u);
    return flags;
}

static __m128 ps(uint64_t bits) { return _mm_castsi128_ps(_mm_cvtsi32_si128((int)(uint32_t)bits)); }
static __m128d pd(uint64_t bits) { return _mm_castsi128_pd(_mm_cvtsi64_si128((long long)bits)); }
static uint64_t ps_bits(__m128 v) { return (uint32_t)_mm_cvtsi128_si32(_mm_castps_si128(v)); }
static uint64_t pd_bits(__m128d v) { return (uint64_t)_mm_cvtsi128_si64(_mm_castpd_si128(v)); }

static double as_double(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static bool have_fma(void) { return __builtin_cpu_supports("fma"); }

__attribute__((target("fma"))) static __m128 fma_ss(__m128 a, __m128 b, __m128 c) {
    return _mm_fmadd_ss(a, b, c);
}

__attribute__((target("fma"))) static __m128d fma_sd(__m128d a, __m128d b, __m128d c) {
    return _mm_fmadd_sd(a, b, c);
}

/* One operation on the SSE unit under rm (not RMM). */
static uint64_t x86_op(bool f64, enum op op, uint64_t a, uint64_t b, uint64_t c, unsigned rm,
                       unsigned *flags) {
    ref_a = a;
    ref_b = b;
    ref_c = c;
    x86_start(rm);
    if (f64) {
        __m128d x = pd(ref_a), y = pd(ref_b), z = pd(ref_c), r = x;
        switch (op) {
        case ADD: r = _mm_add_sd(x, y); break;
        case SUB: r = _mm_sub_sd(x, y); break;
        case MUL: r = _mm_mul_sd(x, y); break;
        case DIV: r = _mm_div_sd(x, y); break;
        case SQRT: r = _mm_sqrt_sd(x, x); break;
        case FMA: r = fma_sd(x, y, z); break;
        }
        ref_out = pd_bits(r);
    } else {
        __m128 x = ps(ref_a), y = ps(ref_b), z = ps(ref_c), r = x;
        switch (op) {
        case ADD: r = _mm_add_ss(x, y); break;
        case SUB: r = _mm_sub_ss(x, y); break;
        case MUL: r = _mm_mul_ss(x, y); break;
        case DIV: r = _mm_div_ss(x, y); break;
        case SQRT: r = _mm_sqrt_ss(x); break;
        case FMA: r = fma_ss(x, y, z); break;
        }
        ref_out = ps_bits(r);
    }
    *flags = x86_flags();
    return ref_out;
}

/* binary32 <-> binary64 on the SSE unit. */
static uint64_t x86_widen(uint64_t a, unsigned *flags) {
    ref_a = a;
    x86_start(SF_RNE);
    ref_out = pd_bits(_mm_cvtss_sd(_mm_setzero_pd(), ps(ref_a)));
    *flags = x86_flags();
    return ref_out;
}

static uint64_t x86_narrow(uint64_t a, unsigned rm, unsigned *flags) {
    ref_a = a;
    x86_start(rm);
    ref_out = ps_bits(_mm_cvtsd_ss(_mm_setzero_ps(), pd(ref_a)));
    *flags = x86_flags();
    return ref_out;
}

/* The x87 unit, used only to round binary64 operations to odd in its 64-bit precision. */
static void x87_control(unsigned rc) {
    uint16_t word = (uint16_t)(0x037fu | rc << 10); /* masked, 64-bit precision, RC */
    __asm__ volatile("fnclex\n\tfldcw %0" : : "m"(word) : "memory");
}

static bool x87_inexact(void) {
    uint16_t status;
    __asm__ volatile("fnstsw %0" : "=m"(status) : : "memory");
    return (status & 0x20) != 0;
}

/* The exact result rounded to odd: truncated, with its last bit set if anything was lost. With
 * at least two bits more than the target it lies exactly where the exact value does relative to
 * every target value and halfway point, so rounding it once more gives any mode's result. */
static long double x87_to_odd(enum op op, uint64_t a, uint64_t b) {
    volatile long double x = as_double(a), y = as_double(b), r = 0;
    x87_control(3);
    switch (op) {
    case ADD: r = x + y; break;
    case SUB: r = x - y; break;
    case MUL: r = x * y; break;
    case DIV: r = x / y; break;
    case SQRT: {
        long double v = x;
        __asm__ volatile("fsqrt" : "+t"(v));
        r = v;
        break;
    }
    case FMA: break; /* no wider fma exists */
    }
    bool inexact = x87_inexact();
    x87_control(0);
    long double odd = r;
    uint64_t mantissa;
    memcpy(&mantissa, &odd, sizeof mantissa); /* the low 8 bytes of the 80-bit format */
    mantissa |= inexact;
    memcpy(&odd, &mantissa, sizeof mantissa);
    return odd;
}

/* v passes through volatile memory so that the conversion cannot be hoisted above fldcw or
 * shared between two calls. */
static uint64_t x87_to_double(long double v, unsigned rc) {
    volatile long double in = v;
    volatile double d;
    x87_control(rc);
    d = (double)in;
    x87_control(0);
    double copy = d;
    uint64_t bits;
    memcpy(&bits, &copy, sizeof bits);
    return bits;
}

/* RMM from the RNE result: they differ only on an exact tie, where RMM takes the neighbour away
 * from zero. `odd` is the exact value rounded to odd in a wider format. */
static uint64_t rmm_f32(uint64_t rne, uint64_t odd) {
    if (!is_finite_bits(true, odd)) return rne;
    unsigned ignored;
    uint64_t lo = x86_narrow(odd, SF_RTZ, &ignored);
    uint64_t hi = x86_narrow(odd, (odd & NEG64) ? SF_RDN : SF_RUP, &ignored);
    if (lo == hi || !is_finite_bits(false, hi)) return rne;
    double sum = as_double(x86_widen(lo, &ignored)) + as_double(x86_widen(hi, &ignored));
    return sum == 2 * as_double(odd) ? hi : rne; /* both sides exact in binary64 */
}

static uint64_t rmm_f64(uint64_t rne, long double odd) {
    if (odd != odd || odd - odd != 0) return rne; /* NaN or infinity */
    uint64_t lo = x87_to_double(odd, 3), hi = x87_to_double(odd, odd < 0 ? 1 : 2);
    if (lo == hi || !is_finite_bits(true, hi)) return rne;
    long double sum = (long double)as_double(lo) + as_double(hi);
    return sum == 2 * odd ? hi : rne; /* both sides exact in the 64-bit precision */
}

/* The reference for an operation under any RISC-V rounding mode. */
static uint64_t reference_op(bool f64, enum op op, uint64_t a, uint64_t b, uint64_t c,
                             unsigned rm, unsigned *flags) {
    uint64_t result = x86_op(f64, op, a, b, c, rm == SF_RMM ? SF_RNE : rm, flags);
    /* RISC-V: inf * 0 is invalid even with a quiet NaN addend; x86 stays quiet. */
    if (op == FMA && is_nan_bits(f64, c) &&
        ((is_inf_bits(f64, a) && is_zero_bits(f64, b)) ||
         (is_zero_bits(f64, a) && is_inf_bits(f64, b))))
        *flags |= NV;
    if (rm != SF_RMM) return result;
    if (f64) return rmm_f64(result, x87_to_odd(op, a, b));
    unsigned odd_flags, ignored;
    uint64_t odd = x86_op(true, op, x86_widen(a, &ignored), x86_widen(b, &ignored),
                          x86_widen(c, &ignored), SF_RTZ, &odd_flags);
    if (is_finite_bits(true, odd) && (odd_flags & NX) != 0) odd |= 1;
    return rmm_f32(result, odd);
}

/* RANDOM_CASES operands per rounding mode (binary64 fma: not RMM, which has no reference). */
static void random_op(bool f64, enum op op) {
    if (op == FMA && !have_fma()) {
        printf("  (this CPU has no FMA: fma not compared)\n");
        return;
    }
    char what[16];
    snprintf(what, sizeof what, "%s %s", f64 ? "f64" : "f32", op_names[op]);
    mismatches = 0;
    rng_seed(0x5eed0000u + (f64 ? 100u : 0u) + (unsigned)op);
    unsigned last_mode = op == FMA && f64 ? SF_RUP : SF_RMM;
    for (unsigned rm = 0; rm <= last_mode; rm++) {
        for (unsigned i = 0; i < RANDOM_CASES; i++) {
            uint64_t a = random_value(f64), b = random_related(f64, a);
            uint64_t c = op == FMA ? random_addend(f64, a, b) : 0;
            unsigned want_flags, got_flags = 0;
            uint64_t want = reference_op(f64, op, a, b, c, rm, &want_flags);
            uint64_t got = ours(f64, op, a, b, c, rm, &got_flags);
            compare(what, true, f64, rm, a, b, c, got, got_flags, want, want_flags);
        }
    }
    CHECK_EQ(mismatches, 0);
}

/* Float to integer: x86 rounds (cvtsd2si), the RISC-V table decides range and flags. */
struct rounded {
    bool nan, negative, huge, inexact;
    uint64_t magnitude;
};

static struct rounded x86_round_to_integer(uint64_t bits, unsigned rm) {
    struct rounded r = {false, (bits & NEG64) != 0, false, false, 0};
    double x = as_double(bits), ax = r.negative ? -x : x;
    if (x != x) {
        r.nan = true;
    } else if (ax >= 18446744073709551616.0) {
        r.huge = true;
    } else if (ax >= 9223372036854775808.0) { /* an integer already */
        r.magnitude = (uint64_t)(ax - 9223372036854775808.0) + NEG64;
    } else {
        ref_a = bits;
        x86_start(rm == SF_RMM ? SF_RTZ : rm);
        ref_i = _mm_cvtsd_si64(pd(ref_a));
        r.inexact = (x86_flags() & NX) != 0;
        int64_t i = ref_i;
        r.magnitude = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
        /* RMM: truncated, then away from zero if the (exact) fraction is at least a half */
        if (rm == SF_RMM && ax - (double)r.magnitude >= 0.5) r.magnitude++;
    }
    return r;
}

/* The RISC-V fcvt table: NaN gives the maximum; out of range after rounding saturates; NV only. */
static uint64_t riscv_fcvt(struct rounded r, unsigned width, bool is_signed, unsigned *flags) {
    uint64_t mask = width == 64 ? ~0ull : 0xffffffffull;
    uint64_t max = is_signed ? mask >> 1 : mask, min = is_signed ? (mask >> 1) + 1 : 0;
    if (r.nan || (!r.negative && (r.huge || r.magnitude > max))) {
        *flags = NV;
        return max;
    }
    if (r.negative && (r.huge || r.magnitude > min)) { /* min's pattern is its magnitude */
        *flags = NV;
        return min;
    }
    *flags = r.inexact ? NX : 0;
    return (r.negative ? 0 - r.magnitude : r.magnitude) & mask;
}

/* Integer to float: cvtsi2ss/sd from a signed 64-bit integer; an unsigned one of 2^63 or more is
 * halved with its last bit kept sticky, converted, and doubled exactly. */
static uint64_t x86_from_integer(const struct cvt_info *info, uint64_t v, unsigned rm,
                                 unsigned *flags) {
    uint64_t n = v;
    if (info->width == 32)
        n = info->is_signed ? (uint64_t)(int64_t)(int32_t)(uint32_t)v : (uint32_t)v;
    bool halve = info->width == 64 && !info->is_signed && (v >> 63) != 0;
    ref_i = (int64_t)(halve ? (n >> 1) | (n & 1) : n);
    x86_start(rm);
    if (info->to_f64) {
        __m128d r = _mm_cvtsi64_sd(_mm_setzero_pd(), ref_i);
        if (halve) r = _mm_add_sd(r, r);
        ref_out = pd_bits(r);
    } else {
        __m128 r = _mm_cvtsi64_ss(_mm_setzero_ps(), ref_i);
        if (halve) r = _mm_add_ss(r, r);
        ref_out = ps_bits(r);
    }
    *flags = x86_flags();
    return ref_out;
}

/* An integer is a tie for precision p when the bits below its top p are exactly 100...0. */
static bool integer_tie(uint64_t magnitude, unsigned p) {
    unsigned length = 0;
    for (uint64_t m = magnitude; m != 0; m >>= 1) length++;
    if (length <= p) return false;
    return (magnitude & ((1ull << (length - p)) - 1)) == 1ull << (length - p - 1);
}

static uint64_t reference_from_integer(const struct cvt_info *info, uint64_t in, unsigned rm,
                                       unsigned *flags) {
    uint64_t rne = x86_from_integer(info, in, rm == SF_RMM ? SF_RNE : rm, flags);
    if (rm != SF_RMM) return rne;
    unsigned sign_bit = info->width - 1, ignored;
    bool negative = info->is_signed && ((in >> sign_bit) & 1) != 0;
    uint64_t magnitude = negative ? (0 - in) & (~0ull >> (64 - info->width)) : in;
    if (!integer_tie(magnitude, info->to_f64 ? 53 : 24)) return rne;
    return x86_from_integer(info, in, negative ? SF_RDN : SF_RUP, &ignored);
}

static uint64_t reference_cvt(enum cvt kind, uint64_t in, unsigned rm, unsigned *flags) {
    const struct cvt_info *info = &cvt_infos[kind];
    unsigned ignored;
    if (kind == F32_F64) return x86_widen(in, flags);
    if (kind == F64_F32) {
        uint64_t rne = x86_narrow(in, rm == SF_RMM ? SF_RNE : rm, flags);
        return rm == SF_RMM ? rmm_f32(rne, in) : rne; /* the input is its own exact value */
    }
    if (info->from == FROM_INT) return reference_from_integer(info, in, rm, flags);
    uint64_t wide = info->from == FROM_F32 ? x86_widen(in, &ignored) : in;
    return riscv_fcvt(x86_round_to_integer(wide, rm), info->width, info->is_signed, flags);
}

static void random_cvt(enum cvt kind) {
    const struct cvt_info *info = &cvt_infos[kind];
    mismatches = 0;
    rng_seed(0xc0de0000u + (unsigned)kind);
    for (unsigned rm = 0; rm <= SF_RMM; rm++) {
        for (unsigned i = 0; i < RANDOM_CASES; i++) {
            uint64_t in = info->from == FROM_INT ? random_integer()
                                                 : random_value(info->from == FROM_F64);
            if (info->from == FROM_INT && info->width == 32) in &= 0xffffffffu;
            unsigned want_flags, got_flags = 0;
            uint64_t want = reference_cvt(kind, in, rm, &want_flags);
            uint64_t got = ours_cvt(kind, in, rm, &got_flags);
            compare(info->name, info->to_float, info->to_f64, rm, in, 0, 0, got, got_flags, want,
                    want_flags);
        }
    }
    CHECK_EQ(mismatches, 0);
}

/* Comparisons: results from C's operators on the values widened to double (false when
 * unordered), flags from ucomiss/ucomisd for feq (invalid for sNaN only) and comiss/comisd for
 * flt and fle (invalid for any NaN). */
static void x86_compare(bool f64, uint64_t a, uint64_t b, bool result[3], unsigned flags[3]) {
    unsigned ignored;
    volatile double x = as_double(f64 ? a : x86_widen(a, &ignored));
    volatile double y = as_double(f64 ? b : x86_widen(b, &ignored));
    result[0] = x == y;
    result[1] = x < y;
    result[2] = x <= y;
    ref_a = a;
    ref_b = b;
    for (unsigned k = 0; k < 3; k++) {
        x86_start(SF_RNE);
        if (f64) {
            __m128d u = pd(ref_a), v = pd(ref_b);
            ref_i = k == 0   ? _mm_ucomieq_sd(u, v)
                    : k == 1 ? _mm_comilt_sd(u, v)
                             : _mm_comile_sd(u, v);
        } else {
            __m128 u = ps(ref_a), v = ps(ref_b);
            ref_i = k == 0   ? _mm_ucomieq_ss(u, v)
                    : k == 1 ? _mm_comilt_ss(u, v)
                             : _mm_comile_ss(u, v);
        }
        flags[k] = x86_flags();
    }
}

static bool is_snan_bits(bool f64, uint64_t x) {
    uint64_t quiet = f64 ? 1ull << 51 : 1ull << 22;
    return is_nan_bits(f64, x) && (x & quiet) == 0;
}

/* fmin/fmax per the ISA (2.2 and later), ordering non-NaN values by the host's comparison. */
static uint64_t model_min_max(bool f64, uint64_t a, uint64_t b, bool want_max, unsigned *flags) {
    unsigned ignored;
    *flags = is_snan_bits(f64, a) || is_snan_bits(f64, b) ? NV : 0;
    if (is_nan_bits(f64, a) && is_nan_bits(f64, b)) return f64 ? F64_NAN : F32_NAN;
    if (is_nan_bits(f64, a)) return b;
    if (is_nan_bits(f64, b)) return a;
    volatile double x = as_double(f64 ? a : x86_widen(a, &ignored));
    volatile double y = as_double(f64 ? b : x86_widen(b, &ignored));
    bool a_negative = (a >> (f64 ? 63 : 31)) != 0;
    bool a_less = x < y || (x == 0 && y == 0 && a_negative);
    return a_less != want_max ? a : b;
}

/* fclass from the host's view of the value. */
static unsigned model_class(bool f64, uint64_t a) {
    unsigned ignored;
    if (is_nan_bits(f64, a)) return is_snan_bits(f64, a) ? SF_CLASS_SNAN : SF_CLASS_QNAN;
    volatile double x = as_double(f64 ? a : x86_widen(a, &ignored));
    bool negative = x < 0 || (x == 0 && (a >> (f64 ? 63 : 31)) != 0);
    double ax = negative ? -x : x, min_normal = f64 ? 0x1p-1022 : 0x1p-126;
    unsigned kind = ax == 0 ? 0 : ax < min_normal ? 1 : ax - ax == 0 ? 2 : 3;
    return negative ? 1u << (3 - kind) : 1u << (4 + kind);
}

static void random_compare(bool f64) {
    static const char *const names[] = {"eq", "lt", "le"};
    mismatches = 0;
    rng_seed(f64 ? 0xc0ffee64u : 0xc0ffee32u);
    for (unsigned i = 0; i < RANDOM_CASES; i++) {
        uint64_t a = random_value(f64), b = rnd_below(4) == 0 ? a : random_related(f64, a);
        bool want[3];
        unsigned want_flags[3], got_flags[3] = {0, 0, 0};
        x86_compare(f64, a, b, want, want_flags);
        uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b;
        bool got[3] = {f64 ? f64_eq(a, b, &got_flags[0]) : f32_eq(a32, b32, &got_flags[0]),
                       f64 ? f64_lt(a, b, &got_flags[1]) : f32_lt(a32, b32, &got_flags[1]),
                       f64 ? f64_le(a, b, &got_flags[2]) : f32_le(a32, b32, &got_flags[2])};
        for (unsigned k = 0; k < 3; k++)
            compare(names[k], false, f64, 0, a, b, 0, got[k], got_flags[k], want[k], want_flags[k]);
        for (unsigned k = 0; k < 2; k++) {
            unsigned want_mm, got_mm = 0;
            uint64_t want_value = model_min_max(f64, a, b, k == 1, &want_mm);
            uint64_t got_value;
            if (f64) got_value = k ? f64_max(a, b, &got_mm) : f64_min(a, b, &got_mm);
            else got_value = k ? f32_max(a32, b32, &got_mm) : f32_min(a32, b32, &got_mm);
            compare(k ? "max" : "min", false, f64, 0, a, b, 0, got_value, got_mm, want_value,
                    want_mm);
        }
        unsigned got_class = f64 ? f64_classify(a) : f32_classify(a32);
        compare("class", false, f64, 0, a, 0, 0, got_class, 0, model_class(f64, a), 0);
    }
    CHECK_EQ(mismatches, 0);
}

static void x86_f32_add(void) { random_op(false, ADD); }
static void x86_f32_sub(void) { random_op(false, SUB); }
static void x86_f32_mul(void) { random_op(false, MUL); }
static void x86_f32_div(void) { random_op(false, DIV); }
static void x86_f32_sqrt(void) { random_op(false, SQRT); }
static void x86_f32_fma(void) { random_op(false, FMA); }
static void x86_f64_add(void) { random_op(true, ADD); }
static void x86_f64_sub(void) { random_op(true, SUB); }
static void x86_f64_mul(void) { random_op(true, MUL); }
static void x86_f64_div(void) { random_op(true, DIV); }
static void x86_f64_sqrt(void) { random_op(true, SQRT); }
static void x86_f64_fma(void) { random_op(true, FMA); }

static void x86_to_integer(void) {
    for (enum cvt kind = F32_I32; kind <= F64_U64; kind++) random_cvt(kind);
}

static void x86_from_integers(void) {
    for (enum cvt kind = I32_F32; kind <= U64_F64; kind++) random_cvt(kind);
}

static void x86_between_formats(void) {
    random_cvt(F32_F64);
    random_cvt(F64_F32);
}

static void x86_compare_f32(void) { random_compare(false); }
static void x86_compare_f64(void) { random_compare(true); }

#define X86_TEST(name, function) {name, function}

#else /* no x86 reference on this host: the random comparisons are skipped */

static void no_reference(void) { check_skip("no x86-64 SSE reference on this host"); }

#define X86_TEST(name, function) {name, no_reference}

#endif

const struct test softfloat_tests[] = {
    {"softfloat rounding modes on ties and near ties", test_rounding},
    {"softfloat overflow: infinity or the largest finite value by mode", test_overflow},
    {"softfloat underflow, subnormals, tininess after rounding", test_underflow},
    {"softfloat signed zeros (x - x, RDN, fma)", test_signed_zeros},
    {"softfloat NaNs and invalid operations (fma inf*0+qNaN is NV)", test_nans},
    {"softfloat fcvt to integers: saturation, NaN, rounding", test_to_integer},
    {"softfloat fcvt from integers", test_from_integer},
    {"softfloat fcvt.d.s and fcvt.s.d", test_between_formats},
    {"softfloat fmin, fmax, feq, flt, fle", test_compare},
    {"softfloat fclass", test_classify},
    {"softfloat flags accrue", test_flags_accrue},
    X86_TEST("softfloat f32 add vs x86 (random, 5 modes)", x86_f32_add),
    X86_TEST("softfloat f32 sub vs x86 (random, 5 modes)", x86_f32_sub),
    X86_TEST("softfloat f32 mul vs x86 (random, 5 modes)", x86_f32_mul),
    X86_TEST("softfloat f32 div vs x86 (random, 5 modes)", x86_f32_div),
    X86_TEST("softfloat f32 sqrt vs x86 (random, 5 modes)", x86_f32_sqrt),
    X86_TEST("softfloat f32 fma vs x86 (random, 5 modes)", x86_f32_fma),
    X86_TEST("softfloat f64 add vs x86 (random, 5 modes)", x86_f64_add),
    X86_TEST("softfloat f64 sub vs x86 (random, 5 modes)", x86_f64_sub),
    X86_TEST("softfloat f64 mul vs x86 (random, 5 modes)", x86_f64_mul),
    X86_TEST("softfloat f64 div vs x86 (random, 5 modes)", x86_f64_div),
    X86_TEST("softfloat f64 sqrt vs x86 (random, 5 modes)", x86_f64_sqrt),
    X86_TEST("softfloat f64 fma vs x86 (random, 4 modes: no RMM reference)", x86_f64_fma),
    X86_TEST("softfloat fcvt to integers vs x86 (random, 8 kinds, 5 modes)", x86_to_integer),
    X86_TEST("softfloat fcvt from integers vs x86 (random, 8 kinds, 5 modes)", x86_from_integers),
    X86_TEST("softfloat fcvt.d.s and fcvt.s.d vs x86 (random, 5 modes)", x86_between_formats),
    X86_TEST("softfloat f32 compare, min, max, class vs x86 (random)", x86_compare_f32),
    X86_TEST("softfloat f64 compare, min, max, class vs x86 (random)", x86_compare_f64),
    {0, 0},
};
