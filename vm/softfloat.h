/* SPDX-License-Identifier: MIT */
/* Software IEEE 754-2008 binary32 and binary64 arithmetic with the semantics of the RISC-V F and
 * D extensions, bit-exact: integer arithmetic only (the kernel has no FPU), so vm/ can execute
 * floating-point instructions anywhere.
 *
 * Values are passed as bit patterns: binary32 in a uint32_t, binary64 in a uint64_t. Every
 * operation ORs the exception flags it raises into *flags (the fflags bits); none clears them.
 * RISC-V rules followed throughout: a NaN result is always the canonical NaN (no payload
 * propagation); tininess is detected after rounding; UF is raised only for a tiny inexact result;
 * conversions to integers saturate (NaN gives the largest positive value) and raise NV. */
#ifndef BASIN_VM_SOFTFLOAT_H
#define BASIN_VM_SOFTFLOAT_H

#include <stdbool.h>
#include <stdint.h>

/* RISC-V rounding modes (the rm field / frm encoding). Callers resolve rm = 7 (dynamic) to frm
 * and reject 5 and 6 themselves: these functions take only 0 to 4. */
enum { SF_RNE = 0, SF_RTZ = 1, SF_RDN = 2, SF_RUP = 3, SF_RMM = 4 };
/* RISC-V fflags bits, accrued (OR-ed) into *flags. */
enum { SF_NX = 1, SF_UF = 2, SF_OF = 4, SF_DZ = 8, SF_NV = 16 };
#define SF_F32_CANONICAL_NAN 0x7fc00000u
#define SF_F64_CANONICAL_NAN 0x7ff8000000000000ull

/* fclass bits (the result is exactly one of them). */
enum {
    SF_CLASS_NEG_INF = 1 << 0,
    SF_CLASS_NEG_NORMAL = 1 << 1,
    SF_CLASS_NEG_SUBNORMAL = 1 << 2,
    SF_CLASS_NEG_ZERO = 1 << 3,
    SF_CLASS_POS_ZERO = 1 << 4,
    SF_CLASS_POS_SUBNORMAL = 1 << 5,
    SF_CLASS_POS_NORMAL = 1 << 6,
    SF_CLASS_POS_INF = 1 << 7,
    SF_CLASS_SNAN = 1 << 8,
    SF_CLASS_QNAN = 1 << 9,
};

uint32_t f32_add(uint32_t a, uint32_t b, unsigned rm, unsigned *flags);
uint32_t f32_sub(uint32_t a, uint32_t b, unsigned rm, unsigned *flags);
uint32_t f32_mul(uint32_t a, uint32_t b, unsigned rm, unsigned *flags);
uint32_t f32_div(uint32_t a, uint32_t b, unsigned rm, unsigned *flags);
uint32_t f32_sqrt(uint32_t a, unsigned rm, unsigned *flags);
/* a * b + c with a single rounding */
uint32_t f32_fma(uint32_t a, uint32_t b, uint32_t c, unsigned rm, unsigned *flags);
/* fmin/fmax (ISA 2.2+, IEEE 754-2019 minimumNumber/maximumNumber): -0 < +0; a NaN operand is
 * ignored unless both are NaN (then the canonical NaN); NV for any signaling NaN. */
uint32_t f32_min(uint32_t a, uint32_t b, unsigned *flags);
uint32_t f32_max(uint32_t a, uint32_t b, unsigned *flags);
bool f32_eq(uint32_t a, uint32_t b, unsigned *flags); /* feq: quiet, NV only for sNaN */
bool f32_lt(uint32_t a, uint32_t b, unsigned *flags); /* flt: signaling, NV for any NaN */
bool f32_le(uint32_t a, uint32_t b, unsigned *flags); /* fle: signaling */
unsigned f32_classify(uint32_t a);                    /* the 10-bit fclass mask */
/* fcvt to integers: NaN and +out-of-range give the maximum, -out-of-range the minimum, with NV
 * (and not NX); an in-range inexact result raises NX. */
int32_t f32_to_i32(uint32_t a, unsigned rm, unsigned *flags);
uint32_t f32_to_u32(uint32_t a, unsigned rm, unsigned *flags);
int64_t f32_to_i64(uint32_t a, unsigned rm, unsigned *flags);
uint64_t f32_to_u64(uint32_t a, unsigned rm, unsigned *flags);
uint32_t i32_to_f32(int32_t a, unsigned rm, unsigned *flags);
uint32_t u32_to_f32(uint32_t a, unsigned rm, unsigned *flags);
uint32_t i64_to_f32(int64_t a, unsigned rm, unsigned *flags);
uint32_t u64_to_f32(uint64_t a, unsigned rm, unsigned *flags);

uint64_t f64_add(uint64_t a, uint64_t b, unsigned rm, unsigned *flags);
uint64_t f64_sub(uint64_t a, uint64_t b, unsigned rm, unsigned *flags);
uint64_t f64_mul(uint64_t a, uint64_t b, unsigned rm, unsigned *flags);
uint64_t f64_div(uint64_t a, uint64_t b, unsigned rm, unsigned *flags);
uint64_t f64_sqrt(uint64_t a, unsigned rm, unsigned *flags);
uint64_t f64_fma(uint64_t a, uint64_t b, uint64_t c, unsigned rm, unsigned *flags);
uint64_t f64_min(uint64_t a, uint64_t b, unsigned *flags);
uint64_t f64_max(uint64_t a, uint64_t b, unsigned *flags);
bool f64_eq(uint64_t a, uint64_t b, unsigned *flags);
bool f64_lt(uint64_t a, uint64_t b, unsigned *flags);
bool f64_le(uint64_t a, uint64_t b, unsigned *flags);
unsigned f64_classify(uint64_t a);
int32_t f64_to_i32(uint64_t a, unsigned rm, unsigned *flags);
uint32_t f64_to_u32(uint64_t a, unsigned rm, unsigned *flags);
int64_t f64_to_i64(uint64_t a, unsigned rm, unsigned *flags);
uint64_t f64_to_u64(uint64_t a, unsigned rm, unsigned *flags);
uint64_t i32_to_f64(int32_t a, unsigned rm, unsigned *flags);
uint64_t u32_to_f64(uint32_t a, unsigned rm, unsigned *flags);
uint64_t i64_to_f64(int64_t a, unsigned rm, unsigned *flags);
uint64_t u64_to_f64(uint64_t a, unsigned rm, unsigned *flags);

uint64_t f32_to_f64(uint32_t a, unsigned *flags); /* exact; sNaN -> NV; any NaN -> canonical */
uint32_t f64_to_f32(uint64_t a, unsigned rm, unsigned *flags);

#endif
