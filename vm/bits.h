/* SPDX-License-Identifier: MIT */
/* Bit-field helpers shared by the decoders. */
#ifndef BASIN_BITS_H
#define BASIN_BITS_H

#include <stdint.h>

/* Bits high..low of value, shifted down. */
static inline uint32_t bits(uint32_t value, unsigned high, unsigned low) {
    return (value >> low) & ((1u << (high - low + 1)) - 1u);
}

/* Sign-extends the low `width` bits of value. */
static inline int64_t sign_extend(uint64_t value, unsigned width) {
    uint64_t sign = 1ull << (width - 1);
    value &= (sign << 1) - 1;
    return (int64_t)((value ^ sign) - sign);
}

#endif
