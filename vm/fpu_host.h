/* SPDX-License-Identifier: MIT */
/* The host FPU fast path of fpu.c: F and D arithmetic computed by the host's IEEE 754 hardware,
 * with exactly the results and flags RISC-V specifies; softfloat.c (the reference) does the
 * rest. Only x86-64 (SSE2, every x86-64 has it) has one; any other host, the kernel, and a build
 * with -DVM_SOFT_FP get VM_HOST_FPU 0 and softfloat for everything.
 *
 * What the host computes, and why it is RISC-V's result:
 *   - add, sub, mul, div, sqrt, fma, f64<->f32 and integer-to-FP conversions, when the
 *     instruction's effective rounding mode is the one the host rounds in (host_rm below):
 *     IEEE 754 gives one correctly rounded result and one set of flags for each. x86 detects
 *     tininess after rounding, as RISC-V does, and with exceptions masked raises underflow only
 *     for a tiny inexact result, as RISC-V does. Its denormal flag (DE) has no RISC-V meaning
 *     and is dropped. What differs is the NaN: x86 returns an operand's payload or its own
 *     default NaN (negative); RISC-V always the canonical NaN, so every NaN result is replaced.
 *   - FP-to-integer conversions in the rounding mode the host rounds in, or RTZ (x86's
 *     truncating conversion), for values certainly in range: x86's out-of-range result (the
 *     "integer indefinite") is not RISC-V's saturated one, so fpu.c decides the range first,
 *     saturates and raises NV itself, and leaves the values whose range depends on the
 *     rounding (between the last integer in range and the first out of it) to softfloat.
 *   - fma only where the CPU has FMA3 (one rounding, as vfmadd does); else softfloat.
 * RMM (x86 has no such mode) and any mode other than the host's go to softfloat; so do moves,
 * sign injection, comparisons, fclass, fmin and fmax, which are exact integer work there.
 *
 * Flags are lazy. The host's flags are sticky, so while a run of the dispatch loop (or a
 * vm_step) lasts, the guest's accrued flags are vm->fflags OR the host's: fpu_host_enter
 * clears the host's and sets its rounding mode from frm, fpu_host_flags takes them (when the
 * guest reads or writes fcsr, fflags or frm, and when the run ends). Nothing else runs host FP
 * code inside a run. Every operation is an asm volatile statement, so the compiler neither
 * folds it nor moves it across the MXCSR accesses, which are asm volatile too. */
#ifndef BASIN_VM_FPU_HOST_H
#define BASIN_VM_FPU_HOST_H

#include <stdbool.h>
#include <stdint.h>

#include "softfloat.h"

#if !defined(VM_SOFT_FP) && defined(__GNUC__) && defined(__x86_64__) && defined(__SSE2__)
#define VM_HOST_FPU 1
#else
#define VM_HOST_FPU 0
#endif

#if VM_HOST_FPU

/* MXCSR: exception flags in bits 0-5 (IE DE ZE OE UE PE), masks in bits 7-12 (all set: no
 * trap), rounding control in bits 13-14; FTZ (15) and DAZ (6) clear, as IEEE needs. */
enum { MXCSR_FLAGS = 0x3f, MXCSR_MASKED = 0x1f80, MXCSR_RC_SHIFT = 13 };

/* The rounding mode the host rounds in for a guest whose frm is `frm`: frm itself when x86 has
 * it (RNE, RTZ, RDN, RUP), else RNE (RMM and the reserved modes never reach the host). */
static inline unsigned fpu_host_rm(unsigned frm) { return frm <= SF_RUP ? frm : SF_RNE; }

static inline uint32_t fpu_host_read_mxcsr(void) {
    uint32_t mxcsr;
    __asm__ volatile("stmxcsr %0" : "=m"(mxcsr) : : "memory");
    return mxcsr;
}

static inline void fpu_host_write_mxcsr(uint32_t mxcsr) {
    __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr) : "memory");
}

/* Clears the host's flags and rounds as fpu_host_rm(frm) says, from now on. */
static inline void fpu_host_enter(unsigned frm) {
    /* x86's RC for RISC-V's RNE, RTZ, RDN, RUP */
    static const uint8_t rounding_control[4] = {0, 3, 1, 2};
    uint32_t wanted = MXCSR_MASKED | (uint32_t)rounding_control[fpu_host_rm(frm)]
                                         << MXCSR_RC_SHIFT;
    if (fpu_host_read_mxcsr() != wanted) fpu_host_write_mxcsr(wanted);
}

/* The RISC-V flags the host raised since fpu_host_enter (or the last call), which it clears. */
static inline unsigned fpu_host_flags(void) {
    uint32_t mxcsr = fpu_host_read_mxcsr();
    if ((mxcsr & MXCSR_FLAGS) == 0) return 0;
    fpu_host_write_mxcsr(mxcsr & ~(uint32_t)MXCSR_FLAGS);
    return (mxcsr & 1 ? SF_NV : 0) | (mxcsr & 4 ? SF_DZ : 0) | (mxcsr & 8 ? SF_OF : 0) |
           (mxcsr & 16 ? SF_UF : 0) | (mxcsr & 32 ? SF_NX : 0);
}

/* Bits to value and back: unions (C11), which leave no variable in memory (memcpy's would,
 * under AddressSanitizer, for every inlined use). */
static inline double fpu_host_d(uint64_t bits) { return (union { uint64_t u; double v; }){.u = bits}.v; }
static inline uint64_t fpu_host_d_bits(double value) {
    return (union { double v; uint64_t u; }){.v = value}.u;
}
static inline float fpu_host_s(uint32_t bits) { return (union { uint32_t u; float v; }){.u = bits}.v; }
static inline uint32_t fpu_host_s_bits(float value) {
    return (union { float v; uint32_t u; }){.v = value}.u;
}

/* RISC-V's NaN rule: any NaN result is the canonical one (an integer test: no flags). */
static inline uint64_t fpu_host_canonical_d(uint64_t bits) {
    return (bits & ~(1ull << 63)) > 0x7ff0000000000000ull ? SF_F64_CANONICAL_NAN : bits;
}

static inline uint32_t fpu_host_canonical_s(uint32_t bits) {
    return (bits & 0x7fffffffu) > 0x7f800000u ? SF_F32_CANONICAL_NAN : bits;
}

/* One binary or unary SSE operation on doubles or floats, as bits, NaN made canonical. */
#define FPU_HOST_BINARY(name, insn, type, suffix)                                              \
    static inline uint##type##_t fpu_host_##name(uint##type##_t a, uint##type##_t b) {         \
        __typeof__(fpu_host_##suffix(0)) x = fpu_host_##suffix(a), y = fpu_host_##suffix(b);   \
        __asm__ volatile(insn " %1, %0" : "+x"(x) : "x"(y));                                  \
        return fpu_host_canonical_##suffix(fpu_host_##suffix##_bits(x));                       \
    }
FPU_HOST_BINARY(add_d, "addsd", 64, d)
FPU_HOST_BINARY(sub_d, "subsd", 64, d)
FPU_HOST_BINARY(mul_d, "mulsd", 64, d)
FPU_HOST_BINARY(div_d, "divsd", 64, d)
FPU_HOST_BINARY(sqrt_d, "sqrtsd", 64, d) /* sqrt of b (called with b = a) */
FPU_HOST_BINARY(add_s, "addss", 32, s)
FPU_HOST_BINARY(sub_s, "subss", 32, s)
FPU_HOST_BINARY(mul_s, "mulss", 32, s)
FPU_HOST_BINARY(div_s, "divss", 32, s)
FPU_HOST_BINARY(sqrt_s, "sqrtss", 32, s)
#undef FPU_HOST_BINARY

/* FMA3 (vfmadd), when the CPU has it: GCC's and clang's feature test, which reads a word the
 * runtime filled in at start-up. */
static inline bool fpu_host_has_fma(void) { return __builtin_cpu_supports("fma"); }

static inline uint64_t fpu_host_fma_d(uint64_t a, uint64_t b, uint64_t c) {
    double x = fpu_host_d(a), y = fpu_host_d(b), z = fpu_host_d(c);
    __asm__ volatile("vfmadd231sd %2, %1, %0" : "+x"(z) : "x"(x), "x"(y)); /* z = x * y + z */
    return fpu_host_canonical_d(fpu_host_d_bits(z));
}

static inline uint32_t fpu_host_fma_s(uint32_t a, uint32_t b, uint32_t c) {
    float x = fpu_host_s(a), y = fpu_host_s(b), z = fpu_host_s(c);
    __asm__ volatile("vfmadd231ss %2, %1, %0" : "+x"(z) : "x"(x), "x"(y));
    return fpu_host_canonical_s(fpu_host_s_bits(z));
}

static inline uint32_t fpu_host_d_to_s(uint64_t a) {
    double x = fpu_host_d(a);
    float r;
    __asm__ volatile("cvtsd2ss %1, %0" : "=x"(r) : "x"(x));
    return fpu_host_canonical_s(fpu_host_s_bits(r));
}

static inline uint64_t fpu_host_s_to_d(uint32_t a) {
    float x = fpu_host_s(a);
    double r;
    __asm__ volatile("cvtss2sd %1, %0" : "=x"(r) : "x"(x));
    return fpu_host_canonical_d(fpu_host_d_bits(r));
}

/* Signed 64-bit integer to double or float, rounded in the host's mode. */
static inline uint64_t fpu_host_i64_to_d(int64_t a) {
    double r;
    __asm__ volatile("cvtsi2sdq %1, %0" : "=x"(r) : "r"(a));
    return fpu_host_d_bits(r);
}

static inline uint32_t fpu_host_i64_to_s(int64_t a) {
    float r;
    __asm__ volatile("cvtsi2ssq %1, %0" : "=x"(r) : "r"(a));
    return fpu_host_s_bits(r);
}

/* Unsigned: at or above 2^63, half the value with its lowest bit kept as a sticky bit (so the
 * rounding and the inexact flag are those of the whole value), converted, then doubled (exact). */
static inline uint64_t fpu_host_u64_to_d(uint64_t a) {
    if ((int64_t)a >= 0) return fpu_host_i64_to_d((int64_t)a);
    double half = fpu_host_d(fpu_host_i64_to_d((int64_t)(a >> 1 | (a & 1))));
    __asm__ volatile("addsd %0, %0" : "+x"(half));
    return fpu_host_d_bits(half);
}

static inline uint32_t fpu_host_u64_to_s(uint64_t a) {
    if ((int64_t)a >= 0) return fpu_host_i64_to_s((int64_t)a);
    float half = fpu_host_s(fpu_host_i64_to_s((int64_t)(a >> 1 | (a & 1))));
    __asm__ volatile("addss %0, %0" : "+x"(half));
    return fpu_host_s_bits(half);
}

/* A double known to lie in [-2^63, 2^63) to a signed 64-bit integer: rounded in the host's
 * mode, or truncated (RTZ); the inexact flag as IEEE says. */
static inline int64_t fpu_host_d_to_i64(uint64_t a, bool truncate) {
    double x = fpu_host_d(a);
    int64_t r;
    if (truncate) __asm__ volatile("cvttsd2siq %1, %0" : "=r"(r) : "x"(x));
    else __asm__ volatile("cvtsd2siq %1, %0" : "=r"(r) : "x"(x));
    return r;
}

/* FP to integer: the value's range decides first. In range (every rounding of it fits) the host
 * converts, rounding in its mode or truncating; certainly out of range (or NaN) saturates, as
 * RISC-V does (the caller raises NV); between the two (the rounding decides, e.g. 2147483647.5
 * for a 32-bit result) is softfloat's. For each result type (W, WU, L, LU: the order of the
 * operations): the first values certainly out of range on each side (a value on or beyond one
 * is out), the values from which every rounding stays in, and the saturated results. */
struct fpu_host_int_range {
    double low, high, lowest_in, highest_in;
    uint64_t min, max;
};
static const struct fpu_host_int_range fpu_host_int_ranges[4] = {
    {-0x1.00000002p31, 0x1p31, -0x1p31, 0x1.fffffffcp30, 0xffffffff80000000ull, 0x7fffffffu},
    {-1.0, 0x1p32, 0.0, 0x1.fffffffep31, 0, 0xffffffffffffffffull}, /* sign-extended 2^32-1 */
    {-0x1.0000000000001p63, 0x1p63, -0x1p63, 0x1.fffffffffffffp62, 0x8000000000000000ull,
     0x7fffffffffffffffull},
    {-1.0, 0x1p64, 0.0, 0x1.fffffffffffffp63, 0, 0xffffffffffffffffull},
};

enum fpu_host_conversion { FPU_HOST_CONVERTED, FPU_HOST_SATURATED, FPU_HOST_SOFT };

/* The double `bits` to integer type `kind` (0 W, 1 WU, 2 L, 3 LU) into *result as the register
 * takes it (32-bit results sign-extended). */
static inline enum fpu_host_conversion fpu_host_to_int(uint64_t bits, unsigned kind,
                                                       bool truncate, uint64_t *result) {
    const struct fpu_host_int_range *range = &fpu_host_int_ranges[kind & 3];
    if ((bits & ~(1ull << 63)) > 0x7ff0000000000000ull) { /* NaN: the largest */
        *result = range->max;
        return FPU_HOST_SATURATED;
    }
    double x = fpu_host_d(bits); /* a number: comparing it raises no flag */
    if (x <= range->low || x >= range->high) {
        *result = x <= range->low ? range->min : range->max;
        return FPU_HOST_SATURATED;
    }
    if (x < range->lowest_in || x > range->highest_in) return FPU_HOST_SOFT;
    uint64_t r;
    if (x < 0x1p63) {
        r = (uint64_t)fpu_host_d_to_i64(bits, truncate);
    } else { /* an integer in [2^63, 2^64): exact on both sides of the subtraction */
        r = (uint64_t)fpu_host_d_to_i64(fpu_host_d_bits(x - 0x1p63), truncate) + (1ull << 63);
    }
    *result = kind < 2 ? (uint64_t)(int64_t)(int32_t)(uint32_t)r : r;
    return FPU_HOST_CONVERTED;
}

#endif /* VM_HOST_FPU */
#endif
