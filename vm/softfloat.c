/* SPDX-License-Identifier: MIT */
/* Software IEEE 754 arithmetic for the F and D extensions (see softfloat.h), written from the
 * IEEE 754-2008 standard and the RISC-V Unprivileged ISA. Integer arithmetic only.
 *
 * One generic implementation serves both formats: a binary32 value travels zero-extended in a
 * uint64_t and a struct format says where its fields are. Finite nonzero operands are unpacked
 * to sign * sig * 2^exp (sig an integer), computed exactly or with the bits shifted out OR-ed
 * into bit 0 ("sticky"), and rounded once by round_pack. */
#include "softfloat.h"

#include "vm_assert.h"

/* Each entry point gets the generic helpers below inlined, with its format a constant (GCC's
 * flatten): about half the host instructions of an FP operation, the same integer C. */
#ifdef __GNUC__
#define SF_ENTRY __attribute__((flatten))
#else
#define SF_ENTRY
#endif

struct format {
    unsigned frac_bits; /* trailing significand field: 23 or 52 */
    unsigned exp_bits;  /* biased exponent field: 8 or 11 */
};

static const struct format F32 = {23, 8};
static const struct format F64 = {52, 11};

/* A finite nonzero value: (-1)^sign * sig * 2^exp. */
struct unpacked {
    bool sign;
    int32_t exp;
    uint64_t sig;
};

/* Unsigned 128-bit integers for the exact products of fma and binary64 mul. */
struct u128 {
    uint64_t hi, lo;
};

enum kind { KIND_ZERO, KIND_SUBNORMAL, KIND_NORMAL, KIND_INF, KIND_QNAN, KIND_SNAN };

/* --- format fields --------------------------------------------------------------------------- */

static int32_t bias(const struct format *f) { return (1 << (f->exp_bits - 1)) - 1; }
static int32_t emin(const struct format *f) { return 1 - bias(f); }
static unsigned precision(const struct format *f) { return f->frac_bits + 1; }
static uint64_t sign_mask(const struct format *f) { return 1ull << (f->frac_bits + f->exp_bits); }
static uint64_t frac_mask(const struct format *f) { return (1ull << f->frac_bits) - 1; }
static uint64_t exp_mask(const struct format *f) {
    return ((1ull << f->exp_bits) - 1) << f->frac_bits;
}
static uint64_t quiet_bit(const struct format *f) { return 1ull << (f->frac_bits - 1); }

static bool sign_of(const struct format *f, uint64_t x) { return (x & sign_mask(f)) != 0; }
static uint64_t signed_zero(const struct format *f, bool sign) { return sign ? sign_mask(f) : 0; }
static uint64_t infinity(const struct format *f, bool sign) {
    return signed_zero(f, sign) | exp_mask(f);
}
static uint64_t canonical_nan(const struct format *f) { return exp_mask(f) | quiet_bit(f); }

static enum kind kind_of(const struct format *f, uint64_t x) {
    uint64_t field = x & exp_mask(f), frac = x & frac_mask(f);
    if (field == exp_mask(f)) {
        if (frac == 0) return KIND_INF;
        return (frac & quiet_bit(f)) != 0 ? KIND_QNAN : KIND_SNAN;
    }
    if (field != 0) return KIND_NORMAL;
    return frac == 0 ? KIND_ZERO : KIND_SUBNORMAL;
}

static bool is_nan(const struct format *f, uint64_t x) { return kind_of(f, x) >= KIND_QNAN; }
static bool is_snan(const struct format *f, uint64_t x) { return kind_of(f, x) == KIND_SNAN; }
static bool is_inf(const struct format *f, uint64_t x) { return kind_of(f, x) == KIND_INF; }
static bool is_zero(const struct format *f, uint64_t x) { return kind_of(f, x) == KIND_ZERO; }

/* The result of an operation with a NaN operand: canonical, NV if any operand signals. */
static uint64_t propagate_nan(const struct format *f, uint64_t a, uint64_t b, unsigned *flags) {
    if (is_snan(f, a) || is_snan(f, b)) *flags |= SF_NV;
    return canonical_nan(f);
}

static uint64_t invalid(const struct format *f, unsigned *flags) {
    *flags |= SF_NV;
    return canonical_nan(f);
}

static struct unpacked unpack(const struct format *f, uint64_t x) {
    enum kind kind = kind_of(f, x);
    VM_ASSERT(kind == KIND_NORMAL || kind == KIND_SUBNORMAL);
    uint64_t field = (x & exp_mask(f)) >> f->frac_bits;
    struct unpacked u;
    u.sign = sign_of(f, x);
    /* A subnormal has the exponent of the smallest normal and no implicit leading bit. */
    u.sig = x & frac_mask(f);
    if (kind == KIND_NORMAL) u.sig |= 1ull << f->frac_bits;
    u.exp = (kind == KIND_NORMAL ? (int32_t)field : 1) - bias(f) - (int32_t)f->frac_bits;
    return u;
}

/* --- integer helpers ------------------------------------------------------------------------- */

static unsigned clz64(uint64_t x) {
    VM_ASSERT(x != 0);
#ifdef __GNUC__
    return (unsigned)__builtin_clzll(x); /* one instruction on most hosts (x != 0 here) */
#else
    unsigned n = 0;
    for (unsigned step = 32; step != 0; step >>= 1) {
        if ((x >> (64 - step)) == 0) {
            x <<= step;
            n += step;
        }
    }
    return n;
#endif
}

/* Moves the leading one of u.sig to bit `top`, keeping the value. */
static struct unpacked normalize(struct unpacked u, unsigned top) {
    unsigned lz = clz64(u.sig);
    VM_ASSERT(top <= 63 && lz >= 63 - top);
    unsigned shift = lz - (63 - top);
    u.sig <<= shift;
    u.exp -= (int32_t)shift;
    return u;
}

/* x >> n with every shifted-out bit OR-ed into bit 0, so that inexactness is not lost. */
static uint64_t shift_right_jam(uint64_t x, uint32_t n) {
    if (n == 0) return x;
    if (n >= 64) return x != 0;
    return (x >> n) | ((x << (64 - n)) != 0);
}

static struct u128 mul_64x64(uint64_t a, uint64_t b) {
#ifdef __SIZEOF_INT128__
    /* One or two host instructions where the compiler has 128-bit integers (x86-64, RV64). */
    unsigned __int128 product = (unsigned __int128)a * b;
    return (struct u128){(uint64_t)(product >> 64), (uint64_t)product};
#else
    uint64_t a_lo = a & 0xffffffffu, a_hi = a >> 32, b_lo = b & 0xffffffffu, b_hi = b >> 32;
    uint64_t lo_lo = a_lo * b_lo, hi_lo = a_hi * b_lo, lo_hi = a_lo * b_hi, hi_hi = a_hi * b_hi;
    /* At most 3 * (2^32 - 1): no overflow. */
    uint64_t middle = (lo_lo >> 32) + (hi_lo & 0xffffffffu) + (lo_hi & 0xffffffffu);
    struct u128 r;
    r.lo = (lo_lo & 0xffffffffu) | (middle << 32);
    r.hi = hi_hi + (hi_lo >> 32) + (lo_hi >> 32) + (middle >> 32);
    return r;
#endif
}

static bool u128_is_zero(struct u128 x) { return (x.hi | x.lo) == 0; }

static bool u128_less(struct u128 a, struct u128 b) {
    return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo);
}

static struct u128 u128_add(struct u128 a, struct u128 b) {
    struct u128 r = {a.hi + b.hi, a.lo + b.lo};
    r.hi += r.lo < a.lo; /* carry */
    return r;
}

static struct u128 u128_sub(struct u128 a, struct u128 b) {
    VM_ASSERT(!u128_less(a, b));
    struct u128 r = {a.hi - b.hi - (a.lo < b.lo), a.lo - b.lo};
    return r;
}

static struct u128 u128_shift_right_jam(struct u128 x, uint32_t n) {
    struct u128 r = {0, 0};
    if (n == 0) return x;
    if (n < 64) {
        r.hi = x.hi >> n;
        r.lo = (x.hi << (64 - n)) | (x.lo >> n) | ((x.lo << (64 - n)) != 0);
    } else if (n == 64) {
        r.lo = x.hi | (x.lo != 0);
    } else if (n < 128) {
        r.lo = (x.hi >> (n - 64)) | (((x.hi << (128 - n)) | x.lo) != 0);
    } else {
        r.lo = !u128_is_zero(x);
    }
    return r;
}

/* Shifts the leading one of a nonzero x to bit 127. */
static struct u128 u128_normalize(struct u128 x, unsigned *shift) {
    VM_ASSERT(!u128_is_zero(x));
    if (x.hi == 0) {
        *shift = 64 + clz64(x.lo);
        struct u128 r = {x.lo << (*shift - 64), 0};
        return r;
    }
    *shift = clz64(x.hi);
    if (*shift == 0) return x;
    struct u128 r = {(x.hi << *shift) | (x.lo >> (64 - *shift)), x.lo << *shift};
    return r;
}

/* --- rounding -------------------------------------------------------------------------------- */

/* x / 2^n rounded to an integer by rm (negative: the sign of the value, for RDN and RUP).
 * The result may carry into one more bit. */
static uint64_t round_shift(uint64_t x, uint32_t n, bool negative, unsigned rm, bool *inexact) {
    VM_ASSERT(rm <= SF_RMM);
    *inexact = false;
    if (n == 0) return x;
    /* Beyond 63 only stickiness matters, and the jam keeps it below the half bit. */
    if (n > 63) {
        x = shift_right_jam(x, n - 63);
        n = 63;
    }
    uint64_t q = x >> n, rest = x & ((1ull << n) - 1), half = 1ull << (n - 1);
    *inexact = rest != 0;
    bool up = false;
    switch (rm) {
    case SF_RNE: up = rest > half || (rest == half && (q & 1) != 0); break;
    case SF_RTZ: break;
    case SF_RDN: up = negative && rest != 0; break;
    case SF_RUP: up = !negative && rest != 0; break;
    default: up = rest >= half; break; /* SF_RMM: ties away from zero */
    }
    return q + up;
}

/* Overflow gives infinity or the largest finite value, whichever the rounding direction picks. */
static uint64_t overflow_result(const struct format *f, bool sign, unsigned rm) {
    bool to_infinity = rm == SF_RNE || rm == SF_RMM || (rm == SF_RDN && sign) ||
                       (rm == SF_RUP && !sign);
    if (to_infinity) return infinity(f, sign);
    /* The largest finite value is the infinity pattern minus one: exponent all ones but the
     * lowest bit, fraction all ones. */
    return signed_zero(f, sign) | (exp_mask(f) - 1);
}

/* The subnormal range: sig has its leading one at bit 63 and the value is below 2^emin.
 * Tininess is detected after rounding (RISC-V's choice), that is with the exponent range
 * unbounded, so a value just below 2^emin that rounds up to it is not tiny. */
static uint64_t round_pack_tiny(const struct format *f, bool sign, int32_t top, uint64_t sig,
                                unsigned rm, unsigned *flags) {
    VM_ASSERT(top < emin(f) && (sig >> 63) != 0);
    unsigned drop = 64 - precision(f);
    bool unused, inexact;
    bool tiny = top < emin(f) - 1 ||
                (round_shift(sig, drop, sign, rm, &unused) >> precision(f)) == 0;
    /* Rescale to the exponent of 2^emin; the fraction then rounds to the subnormal quantum. */
    uint64_t q = round_shift(shift_right_jam(sig, (uint32_t)(emin(f) - top)), drop, sign, rm,
                             &inexact);
    if (inexact) *flags |= tiny ? SF_NX | SF_UF : SF_NX;
    /* q < 2^frac_bits is a subnormal (exponent field 0); q == 2^frac_bits has carried into the
     * smallest normal, which the same addition encodes. */
    return signed_zero(f, sign) | q;
}

/* Rounds (-1)^sign * sig * 2^exp (sig != 0) to the format, raising NX, UF and OF. Bits lost
 * before the call must have been OR-ed into bit 0 and lie well below the rounding point (it is
 * at least 10 bits up once sig is normalized). */
static uint64_t round_pack(const struct format *f, bool sign, int32_t exp, uint64_t sig,
                           unsigned rm, unsigned *flags) {
    VM_ASSERT(sig != 0 && flags != 0);
    unsigned lz = clz64(sig);
    sig <<= lz;
    int32_t top = exp - (int32_t)lz + 63; /* the value lies in [2^top, 2^(top+1)) */
    if (top < emin(f)) return round_pack_tiny(f, sign, top, sig, rm, flags);
    bool inexact;
    uint64_t q = round_shift(sig, 64 - precision(f), sign, rm, &inexact);
    if ((q >> precision(f)) != 0) { /* rounded up to the next power of two */
        q >>= 1;
        top++;
    }
    if (top > bias(f)) {
        *flags |= SF_OF | SF_NX;
        return overflow_result(f, sign, rm);
    }
    if (inexact) *flags |= SF_NX;
    /* q includes the implicit bit, which adds one to the exponent field: hence the -1. */
    return signed_zero(f, sign) + ((uint64_t)(top + bias(f) - 1) << f->frac_bits) + q;
}

/* Rounds a 128-bit significand: its top 64 bits, with the rest made sticky. */
static uint64_t round_pack_wide(const struct format *f, bool sign, int32_t exp, struct u128 sig,
                                unsigned rm, unsigned *flags) {
    unsigned shift;
    sig = u128_normalize(sig, &shift);
    return round_pack(f, sign, exp - (int32_t)shift + 64, sig.hi | (sig.lo != 0), rm, flags);
}

/* An exact zero result of a sum with operands of opposite signs (or exact cancellation): +0, but
 * -0 when rounding down (IEEE 754 6.3). */
static uint64_t cancelled_zero(const struct format *f, unsigned rm) {
    return signed_zero(f, rm == SF_RDN);
}

/* --- add, sub, mul, div, sqrt, fma ------------------------------------------------------------ */

/* a + b for finite nonzero a and b. Both significands go to bit 62 (one bit of headroom for the
 * carry); the smaller operand is shifted with a sticky bit, which is exact whenever the sum can
 * cancel (exponents within one) and otherwise stays far below the rounding point. */
static uint64_t add_finite(const struct format *f, struct unpacked a, struct unpacked b,
                           unsigned rm, unsigned *flags) {
    a = normalize(a, 62);
    b = normalize(b, 62);
    if (a.exp < b.exp || (a.exp == b.exp && a.sig < b.sig)) {
        struct unpacked t = a;
        a = b;
        b = t;
    }
    b.sig = shift_right_jam(b.sig, (uint32_t)(a.exp - b.exp));
    if (a.sign == b.sign) return round_pack(f, a.sign, a.exp, a.sig + b.sig, rm, flags);
    if (a.sig == b.sig) return cancelled_zero(f, rm);
    return round_pack(f, a.sign, a.exp, a.sig - b.sig, rm, flags);
}

static uint64_t add(const struct format *f, uint64_t a, uint64_t b, unsigned rm,
                    unsigned *flags) {
    VM_ASSERT(rm <= SF_RMM && flags != 0);
    if (is_nan(f, a) || is_nan(f, b)) return propagate_nan(f, a, b, flags);
    if (is_inf(f, a)) {
        if (is_inf(f, b) && sign_of(f, a) != sign_of(f, b)) return invalid(f, flags);
        return a;
    }
    if (is_inf(f, b)) return b;
    if (is_zero(f, a) && is_zero(f, b)) {
        return sign_of(f, a) == sign_of(f, b) ? a : cancelled_zero(f, rm);
    }
    if (is_zero(f, a)) return b; /* x + 0 is x exactly */
    if (is_zero(f, b)) return a;
    return add_finite(f, unpack(f, a), unpack(f, b), rm, flags);
}

static uint64_t mul(const struct format *f, uint64_t a, uint64_t b, unsigned rm,
                    unsigned *flags) {
    VM_ASSERT(rm <= SF_RMM && flags != 0);
    bool sign = sign_of(f, a) != sign_of(f, b);
    if (is_nan(f, a) || is_nan(f, b)) return propagate_nan(f, a, b, flags);
    if (is_inf(f, a) || is_inf(f, b)) {
        if (is_zero(f, a) || is_zero(f, b)) return invalid(f, flags); /* 0 * inf */
        return infinity(f, sign);
    }
    if (is_zero(f, a) || is_zero(f, b)) return signed_zero(f, sign);
    struct unpacked ua = normalize(unpack(f, a), 63), ub = normalize(unpack(f, b), 63);
    return round_pack_wide(f, sign, ua.exp + ub.exp, mul_64x64(ua.sig, ub.sig), rm, flags);
}

/* (high * 2^64 + low) / den and its remainder, for den >= 2^63 and high < den (so that the
 * quotient fits in 64 bits): schoolbook division in two 32-bit digits (Knuth, TAOCP vol. 2,
 * 4.3.1, algorithm D). Each digit is estimated from den's upper half with one 64-bit division
 * and corrected at most twice; with a two-digit divisor the test is exact, so no add-back. */
static uint64_t divide_128(uint64_t high, uint64_t low, uint64_t den, uint64_t *rem) {
    VM_ASSERT((den >> 63) == 1 && high < den);
    const uint64_t digit = 1ull << 32;
    const uint64_t den_hi = den >> 32, den_lo = den & (digit - 1);
    const uint64_t next_digits[2] = {low >> 32, low & (digit - 1)};
    uint64_t partial = high, quotient = 0; /* partial < den throughout */
    for (unsigned i = 0; i < 2; i++) {
        uint64_t next = next_digits[i];
        uint64_t q = partial / den_hi, r = partial - q * den_hi;
        for (unsigned fix = 0; fix < 2 && r < digit; fix++) { /* at most two corrections */
            if (q < digit && q * den_lo <= (r << 32 | next)) break;
            q--;
            r += den_hi;
        }
        /* The true value lies in [0, den): computing it modulo 2^64 is exact. */
        partial = (partial << 32 | next) - q * den;
        quotient = quotient << 32 | q;
    }
    VM_ASSERT(partial < den);
    *rem = partial;
    return quotient;
}

/* floor(num * 2^63 / den) for num and den in [2^62, 2^63), as num * 2^64 / (2 den); *rest
 * says whether the remainder is nonzero. */
static uint64_t divide_sigs(uint64_t num, uint64_t den, bool *rest) {
    VM_ASSERT((num >> 62) == 1 && (den >> 62) == 1);
    uint64_t rem;
    uint64_t q = divide_128(num, 0, den << 1, &rem);
    *rest = rem != 0;
    return q;
}

static uint64_t divide(const struct format *f, uint64_t a, uint64_t b, unsigned rm,
                       unsigned *flags) {
    VM_ASSERT(rm <= SF_RMM && flags != 0);
    bool sign = sign_of(f, a) != sign_of(f, b);
    if (is_nan(f, a) || is_nan(f, b)) return propagate_nan(f, a, b, flags);
    if (is_inf(f, a)) return is_inf(f, b) ? invalid(f, flags) : infinity(f, sign);
    if (is_inf(f, b)) return signed_zero(f, sign);
    if (is_zero(f, b)) {
        if (is_zero(f, a)) return invalid(f, flags); /* 0 / 0 */
        *flags |= SF_DZ;
        return infinity(f, sign);
    }
    if (is_zero(f, a)) return signed_zero(f, sign);
    struct unpacked ua = normalize(unpack(f, a), 62), ub = normalize(unpack(f, b), 62);
    bool rest;
    uint64_t q = divide_sigs(ua.sig, ub.sig, &rest);
    return round_pack(f, sign, ua.exp - ub.exp - 63, q | rest, rm, flags);
}

/* floor(sqrt(x)) for x in [2^14, 2^16) by the digit-by-digit method, two radicand bits per
 * step; *rem = x - root^2. */
static uint64_t sqrt_16(uint64_t x, uint64_t *rem) {
    VM_ASSERT((x >> 14) != 0 && (x >> 16) == 0);
    uint64_t root = 0, r = 0;
    for (int i = 7; i >= 0; i--) {
        r = (r << 2) | ((x >> (2 * i)) & 3);
        uint64_t trial = (root << 2) | 1; /* (2 root + 1)^2 - (2 root)^2 */
        root <<= 1;
        if (r >= trial) {
            r -= trial;
            root |= 1;
        }
    }
    *rem = r;
    return root;
}

/* Wider square roots take steps of Zimmermann's recursive square root ("Karatsuba Square
 * Root", INRIA RR-3805, 1999): for x = top * b^2 + a1 * b + a0 with top >= b^2 / 4, and s1, r1
 * the root and remainder of top, q and u the quotient and remainder of (r1 * b + a1) / (2 s1),
 * the root is s1 * b + q, less one when u * b + a0 - q^2 is negative.
 *
 * That step for x in [2^(4 half - 2), 2^(4 half)) in digits of `half` bits (8 or 16, so that
 * every value fits in 64 bits), from top's root s1 and remainder r1; *rem = x - root^2. */
static uint64_t sqrt_step(uint64_t x, unsigned half, uint64_t s1, uint64_t r1, uint64_t *rem) {
    VM_ASSERT((half == 8 || half == 16) && (x >> (4 * half - 2)) != 0 && r1 <= 2 * s1);
    uint64_t digit_mask = (1ull << half) - 1;
    uint64_t n = r1 << half | (x >> half & digit_mask), q = n / (2 * s1), u = n % (2 * s1);
    uint64_t root = (s1 << half) + q;
    int64_t r = (int64_t)(u << half | (x & digit_mask)) - (int64_t)(q * q); /* |r| < 2^34 */
    if (r < 0) {
        root--;
        r += (int64_t)(2 * root + 1);
    }
    VM_ASSERT(r >= 0 && (uint64_t)r <= 2 * root);
    *rem = (uint64_t)r;
    return root;
}

/* floor(sqrt(x)) for x in [2^62, 2^64), in 8-bit and then 16-bit digits; *rem = x - root^2. */
static uint64_t sqrt_64(uint64_t x, uint64_t *rem) {
    uint64_t r16, s16 = sqrt_16(x >> 48, &r16);
    uint64_t r32, s32 = sqrt_step(x >> 32, 8, s16, r16, &r32);
    return sqrt_step(x, 16, s32, r32, rem);
}

/* floor(sqrt(sig * 2^50)) for sig in [2^62, 2^64): the root lies in [2^56, 2^57), four bits more
 * than binary64 needs; *rest says whether it is inexact. As floor(sqrt(sig * 2^64)) / 2^7, that
 * root in 32-bit digits from sqrt_64(sig). */
static uint64_t sqrt_sig(uint64_t sig, bool *rest) {
    VM_ASSERT((sig >> 62) != 0);
    uint64_t r1, s1 = sqrt_64(sig, &r1); /* s1 < 2^32, r1 <= 2 s1 < 2^33 */
    /* (r1 * 2^32) / (2 s1) as (r1 * 2^31) / s1, which fits in 64 bits; q <= 2^32. */
    uint64_t q = (r1 << 31) / s1, u = 2 * ((r1 << 31) % s1);
    uint64_t root = (s1 << 32) + q; /* may wrap to 2^64 only when the correction follows */
    struct u128 have = {u >> 32, u << 32}, square = mul_64x64(q, q); /* r = have - square */
    if (u128_less(have, square)) {
        root--;
        have = u128_add(have, (struct u128){root >> 63, root << 1 | 1});
    }
    VM_ASSERT(!u128_less(have, square) && (root >> 63) == 1);
    *rest = (root & 127) != 0 || have.hi != square.hi || have.lo != square.lo;
    return root >> 7;
}

static uint64_t square_root(const struct format *f, uint64_t a, unsigned rm, unsigned *flags) {
    VM_ASSERT(rm <= SF_RMM && flags != 0);
    if (is_nan(f, a)) return propagate_nan(f, a, a, flags);
    if (is_zero(f, a)) return a; /* sqrt(-0) = -0 */
    if (sign_of(f, a)) return invalid(f, flags);
    if (is_inf(f, a)) return a;
    struct unpacked u = normalize(unpack(f, a), 63);
    /* Make the exponent even; the significand's low bits are zero, so halving it is exact. */
    if (((uint32_t)u.exp & 1) != 0) {
        u.sig >>= 1;
        u.exp += 1;
    }
    bool rest;
    uint64_t root = sqrt_sig(u.sig, &rest);
    return round_pack(f, false, (u.exp - 50) / 2, root | rest, rm, flags);
}

/* a * b + c for finite nonzero a and b and finite c, with one rounding. The exact product (at
 * bit 124 or 125) and the addend (at bit 125) are aligned in 128 bits; as in add_finite, bits
 * are shifted out only when the sum cannot cancel below the top 64 bits. */
static uint64_t fma_finite(const struct format *f, struct unpacked a, struct unpacked b, uint64_t c,
                           unsigned rm, unsigned *flags) {
    a = normalize(a, 62);
    b = normalize(b, 62);
    bool sign = a.sign != b.sign;
    struct u128 sum = mul_64x64(a.sig, b.sig);
    int32_t exp = a.exp + b.exp;
    if (is_zero(f, c)) return round_pack_wide(f, sign, exp, sum, rm, flags);
    struct unpacked uc = normalize(unpack(f, c), 62);
    struct u128 addend = {uc.sig >> 1, uc.sig << 63};
    int32_t addend_exp = uc.exp - 63;
    if (exp >= addend_exp) {
        addend = u128_shift_right_jam(addend, (uint32_t)(exp - addend_exp));
    } else {
        sum = u128_shift_right_jam(sum, (uint32_t)(addend_exp - exp));
        exp = addend_exp;
    }
    if (sign == uc.sign) {
        sum = u128_add(sum, addend);
    } else if (u128_less(sum, addend)) {
        sum = u128_sub(addend, sum);
        sign = uc.sign;
    } else {
        sum = u128_sub(sum, addend);
    }
    if (u128_is_zero(sum)) return cancelled_zero(f, rm);
    return round_pack_wide(f, sign, exp, sum, rm, flags);
}

static uint64_t fused_multiply_add(const struct format *f, uint64_t a, uint64_t b, uint64_t c,
                                   unsigned rm, unsigned *flags) {
    VM_ASSERT(rm <= SF_RMM && flags != 0);
    bool sign = sign_of(f, a) != sign_of(f, b);
    bool inf_times_zero = (is_inf(f, a) && is_zero(f, b)) || (is_zero(f, a) && is_inf(f, b));
    if (is_snan(f, a) || is_snan(f, b) || is_snan(f, c)) *flags |= SF_NV;
    /* RISC-V raises NV for inf * 0 even when the addend is a quiet NaN. */
    if (inf_times_zero) return invalid(f, flags);
    if (is_nan(f, a) || is_nan(f, b) || is_nan(f, c)) return canonical_nan(f);
    if (is_inf(f, a) || is_inf(f, b)) {
        if (is_inf(f, c) && sign_of(f, c) != sign) return invalid(f, flags); /* inf - inf */
        return infinity(f, sign);
    }
    if (is_inf(f, c)) return c;
    if (is_zero(f, a) || is_zero(f, b)) {
        if (!is_zero(f, c)) return c; /* c + 0 is c exactly */
        return sign_of(f, c) == sign ? c : cancelled_zero(f, rm);
    }
    return fma_finite(f, unpack(f, a), unpack(f, b), c, rm, flags);
}

/* --- min, max, comparisons, classify --------------------------------------------------------- */

/* a < b for non-NaN operands; zeros compare equal unless zero_sign_matters (fmin/fmax order
 * -0 below +0). */
static bool less(const struct format *f, uint64_t a, uint64_t b, bool zero_sign_matters) {
    bool sa = sign_of(f, a), sb = sign_of(f, b);
    if (is_zero(f, a) && is_zero(f, b)) return zero_sign_matters && sa && !sb;
    if (sa != sb) return sa;
    /* Same sign: the bit patterns order magnitudes like integers. */
    return sa ? a > b : a < b;
}

static uint64_t min_max(const struct format *f, uint64_t a, uint64_t b, bool want_max,
                        unsigned *flags) {
    VM_ASSERT(flags != 0);
    if (is_snan(f, a) || is_snan(f, b)) *flags |= SF_NV;
    if (is_nan(f, a) && is_nan(f, b)) return canonical_nan(f);
    if (is_nan(f, a)) return b;
    if (is_nan(f, b)) return a;
    bool a_less = less(f, a, b, true);
    return a_less != want_max ? a : b;
}

static bool equal(const struct format *f, uint64_t a, uint64_t b, unsigned *flags) {
    VM_ASSERT(flags != 0);
    if (is_nan(f, a) || is_nan(f, b)) {
        if (is_snan(f, a) || is_snan(f, b)) *flags |= SF_NV; /* quiet comparison */
        return false;
    }
    return a == b || (is_zero(f, a) && is_zero(f, b));
}

static bool less_than(const struct format *f, uint64_t a, uint64_t b, bool or_equal,
                      unsigned *flags) {
    VM_ASSERT(flags != 0);
    if (is_nan(f, a) || is_nan(f, b)) {
        *flags |= SF_NV; /* signaling comparison: any NaN */
        return false;
    }
    unsigned unused = 0;
    return less(f, a, b, false) || (or_equal && equal(f, a, b, &unused));
}

static unsigned classify(const struct format *f, uint64_t a) {
    enum kind kind = kind_of(f, a);
    if (kind == KIND_SNAN) return SF_CLASS_SNAN;
    if (kind == KIND_QNAN) return SF_CLASS_QNAN;
    VM_ASSERT(kind <= KIND_INF);
    /* The classes mirror around zero: bit 3 - kind for negatives, 4 + kind for positives. */
    return sign_of(f, a) ? 1u << (3 - kind) : 1u << (4 + kind);
}

/* --- conversions ----------------------------------------------------------------------------- */

/* Rounds a finite nonzero value to an integer magnitude; false if it does not fit 64 bits. */
static bool round_to_integer(const struct format *f, uint64_t x, unsigned rm, uint64_t *magnitude,
                             bool *inexact) {
    struct unpacked u = unpack(f, x);
    VM_ASSERT(u.sig != 0 && (u.sig >> 53) == 0);
    *inexact = false;
    if (u.exp < 0) {
        *magnitude = round_shift(u.sig, (uint32_t)-u.exp, u.sign, rm, inexact);
        return true;
    }
    if (u.exp >= 64 || (u.exp > 0 && (u.sig >> (64 - u.exp)) != 0)) return false;
    *magnitude = u.sig << u.exp;
    return true;
}

/* fcvt.{w,wu,l,lu}: the result as a width-bit two's complement pattern in a uint64_t. Out of
 * range (after rounding) saturates with NV; NaN counts as positive out of range. */
static uint64_t to_integer(const struct format *f, uint64_t x, unsigned rm, unsigned *flags,
                           unsigned width, bool is_signed) {
    VM_ASSERT(rm <= SF_RMM && flags != 0);
    VM_ASSERT(width == 32 || width == 64);
    uint64_t max = is_signed ? (1ull << (width - 1)) - 1 : ~0ull >> (64 - width);
    uint64_t min = is_signed ? 0 - (1ull << (width - 1)) : 0; /* as a 64-bit pattern */
    /* The largest magnitude allowed for each sign: -2^(w-1) for signed, only -0 for unsigned. */
    uint64_t negative_limit = is_signed ? 1ull << (width - 1) : 0;
    bool negative = sign_of(f, x);
    if (is_nan(f, x)) negative = false;
    if (is_zero(f, x)) return 0;
    uint64_t magnitude = 0;
    bool inexact = false;
    bool fits = !is_nan(f, x) && !is_inf(f, x) &&
                round_to_integer(f, x, rm, &magnitude, &inexact) &&
                magnitude <= (negative ? negative_limit : max);
    if (!fits) {
        *flags |= SF_NV;
        return (negative ? min : max) & (~0ull >> (64 - width));
    }
    if (inexact) *flags |= SF_NX;
    return (negative ? 0 - magnitude : magnitude) & (~0ull >> (64 - width));
}

/* Integer to float: exact unless the magnitude has more bits than the precision. */
static uint64_t from_integer(const struct format *f, bool negative, uint64_t magnitude,
                             unsigned rm, unsigned *flags) {
    VM_ASSERT(rm <= SF_RMM && flags != 0);
    if (magnitude == 0) return 0; /* +0 whatever the rounding mode */
    return round_pack(f, negative, 0, magnitude, rm, flags);
}

static uint64_t magnitude_of(int64_t a) { return a < 0 ? 0 - (uint64_t)a : (uint64_t)a; }

/* Converts between the formats: exact when widening, one rounding when narrowing. */
static uint64_t convert(const struct format *from, const struct format *to, uint64_t a,
                        unsigned rm, unsigned *flags) {
    VM_ASSERT(rm <= SF_RMM && flags != 0);
    bool sign = sign_of(from, a);
    if (is_nan(from, a)) {
        if (is_snan(from, a)) *flags |= SF_NV;
        return canonical_nan(to);
    }
    if (is_inf(from, a)) return infinity(to, sign);
    if (is_zero(from, a)) return signed_zero(to, sign);
    struct unpacked u = unpack(from, a);
    return round_pack(to, u.sign, u.exp, u.sig, rm, flags);
}

/* Two's complement reinterpretation without implementation-defined conversions. */
static int32_t as_i32(uint64_t bits) {
    uint32_t v = (uint32_t)bits;
    return v < 0x80000000u ? (int32_t)v : (int32_t)(v - 0x80000000u) - INT32_MAX - 1;
}

static int64_t as_i64(uint64_t v) {
    return v < 0x8000000000000000ull ? (int64_t)v
                                     : (int64_t)(v - 0x8000000000000000ull) - INT64_MAX - 1;
}

/* --- the API --------------------------------------------------------------------------------- */

SF_ENTRY uint32_t f32_add(uint32_t a, uint32_t b, unsigned rm, unsigned *flags) {
    return (uint32_t)add(&F32, a, b, rm, flags);
}

SF_ENTRY uint32_t f32_sub(uint32_t a, uint32_t b, unsigned rm, unsigned *flags) {
    return (uint32_t)add(&F32, a, b ^ (uint32_t)sign_mask(&F32), rm, flags);
}

SF_ENTRY uint32_t f32_mul(uint32_t a, uint32_t b, unsigned rm, unsigned *flags) {
    return (uint32_t)mul(&F32, a, b, rm, flags);
}

SF_ENTRY uint32_t f32_div(uint32_t a, uint32_t b, unsigned rm, unsigned *flags) {
    return (uint32_t)divide(&F32, a, b, rm, flags);
}

SF_ENTRY uint32_t f32_sqrt(uint32_t a, unsigned rm, unsigned *flags) {
    return (uint32_t)square_root(&F32, a, rm, flags);
}

SF_ENTRY uint32_t f32_fma(uint32_t a, uint32_t b, uint32_t c, unsigned rm, unsigned *flags) {
    return (uint32_t)fused_multiply_add(&F32, a, b, c, rm, flags);
}

SF_ENTRY uint32_t f32_min(uint32_t a, uint32_t b, unsigned *flags) {
    return (uint32_t)min_max(&F32, a, b, false, flags);
}

SF_ENTRY uint32_t f32_max(uint32_t a, uint32_t b, unsigned *flags) {
    return (uint32_t)min_max(&F32, a, b, true, flags);
}

SF_ENTRY bool f32_eq(uint32_t a, uint32_t b, unsigned *flags) { return equal(&F32, a, b, flags); }
SF_ENTRY bool f32_lt(uint32_t a, uint32_t b, unsigned *flags) {
    return less_than(&F32, a, b, false, flags);
}
SF_ENTRY bool f32_le(uint32_t a, uint32_t b, unsigned *flags) {
    return less_than(&F32, a, b, true, flags);
}
SF_ENTRY unsigned f32_classify(uint32_t a) { return classify(&F32, a); }

SF_ENTRY int32_t f32_to_i32(uint32_t a, unsigned rm, unsigned *flags) {
    return as_i32(to_integer(&F32, a, rm, flags, 32, true));
}

SF_ENTRY uint32_t f32_to_u32(uint32_t a, unsigned rm, unsigned *flags) {
    return (uint32_t)to_integer(&F32, a, rm, flags, 32, false);
}

SF_ENTRY int64_t f32_to_i64(uint32_t a, unsigned rm, unsigned *flags) {
    return as_i64(to_integer(&F32, a, rm, flags, 64, true));
}

SF_ENTRY uint64_t f32_to_u64(uint32_t a, unsigned rm, unsigned *flags) {
    return to_integer(&F32, a, rm, flags, 64, false);
}

SF_ENTRY uint32_t i32_to_f32(int32_t a, unsigned rm, unsigned *flags) {
    return (uint32_t)from_integer(&F32, a < 0, magnitude_of(a), rm, flags);
}

SF_ENTRY uint32_t u32_to_f32(uint32_t a, unsigned rm, unsigned *flags) {
    return (uint32_t)from_integer(&F32, false, a, rm, flags);
}

SF_ENTRY uint32_t i64_to_f32(int64_t a, unsigned rm, unsigned *flags) {
    return (uint32_t)from_integer(&F32, a < 0, magnitude_of(a), rm, flags);
}

SF_ENTRY uint32_t u64_to_f32(uint64_t a, unsigned rm, unsigned *flags) {
    return (uint32_t)from_integer(&F32, false, a, rm, flags);
}

SF_ENTRY uint64_t f64_add(uint64_t a, uint64_t b, unsigned rm, unsigned *flags) {
    return add(&F64, a, b, rm, flags);
}

SF_ENTRY uint64_t f64_sub(uint64_t a, uint64_t b, unsigned rm, unsigned *flags) {
    return add(&F64, a, b ^ sign_mask(&F64), rm, flags);
}

SF_ENTRY uint64_t f64_mul(uint64_t a, uint64_t b, unsigned rm, unsigned *flags) {
    return mul(&F64, a, b, rm, flags);
}

SF_ENTRY uint64_t f64_div(uint64_t a, uint64_t b, unsigned rm, unsigned *flags) {
    return divide(&F64, a, b, rm, flags);
}

SF_ENTRY uint64_t f64_sqrt(uint64_t a, unsigned rm, unsigned *flags) {
    return square_root(&F64, a, rm, flags);
}

SF_ENTRY uint64_t f64_fma(uint64_t a, uint64_t b, uint64_t c, unsigned rm, unsigned *flags) {
    return fused_multiply_add(&F64, a, b, c, rm, flags);
}

SF_ENTRY uint64_t f64_min(uint64_t a, uint64_t b, unsigned *flags) {
    return min_max(&F64, a, b, false, flags);
}

SF_ENTRY uint64_t f64_max(uint64_t a, uint64_t b, unsigned *flags) {
    return min_max(&F64, a, b, true, flags);
}

SF_ENTRY bool f64_eq(uint64_t a, uint64_t b, unsigned *flags) { return equal(&F64, a, b, flags); }
SF_ENTRY bool f64_lt(uint64_t a, uint64_t b, unsigned *flags) {
    return less_than(&F64, a, b, false, flags);
}
SF_ENTRY bool f64_le(uint64_t a, uint64_t b, unsigned *flags) {
    return less_than(&F64, a, b, true, flags);
}
SF_ENTRY unsigned f64_classify(uint64_t a) { return classify(&F64, a); }

SF_ENTRY int32_t f64_to_i32(uint64_t a, unsigned rm, unsigned *flags) {
    return as_i32(to_integer(&F64, a, rm, flags, 32, true));
}

SF_ENTRY uint32_t f64_to_u32(uint64_t a, unsigned rm, unsigned *flags) {
    return (uint32_t)to_integer(&F64, a, rm, flags, 32, false);
}

SF_ENTRY int64_t f64_to_i64(uint64_t a, unsigned rm, unsigned *flags) {
    return as_i64(to_integer(&F64, a, rm, flags, 64, true));
}

SF_ENTRY uint64_t f64_to_u64(uint64_t a, unsigned rm, unsigned *flags) {
    return to_integer(&F64, a, rm, flags, 64, false);
}

SF_ENTRY uint64_t i32_to_f64(int32_t a, unsigned rm, unsigned *flags) {
    return from_integer(&F64, a < 0, magnitude_of(a), rm, flags);
}

SF_ENTRY uint64_t u32_to_f64(uint32_t a, unsigned rm, unsigned *flags) {
    return from_integer(&F64, false, a, rm, flags);
}

SF_ENTRY uint64_t i64_to_f64(int64_t a, unsigned rm, unsigned *flags) {
    return from_integer(&F64, a < 0, magnitude_of(a), rm, flags);
}

SF_ENTRY uint64_t u64_to_f64(uint64_t a, unsigned rm, unsigned *flags) {
    return from_integer(&F64, false, a, rm, flags);
}

SF_ENTRY uint64_t f32_to_f64(uint32_t a, unsigned *flags) {
    return convert(&F32, &F64, a, SF_RNE, flags);
}

SF_ENTRY uint32_t f64_to_f32(uint64_t a, unsigned rm, unsigned *flags) {
    return (uint32_t)convert(&F64, &F32, a, rm, flags);
}
