/* Integer arithmetic of RV64I, M, Zba, Zbb and Zbs as pure functions of the operands. */
#ifndef BASIN_ALU_H
#define BASIN_ALU_H

#include <stdbool.h>
#include <stdint.h>

#include "decode.h"

/* True for the operations vm_alu computes: rd = f(rs1, rs2 or the immediate). */
bool vm_is_alu_op(enum vm_op op);

/* The result of `op` on a (rs1) and b (rs2 or the immediate). */
uint64_t vm_alu(enum vm_op op, uint64_t a, uint64_t b);

/* Sign-extends a 32-bit value without implementation-defined conversions. */
static inline uint64_t vm_sext32(uint64_t value) {
    return ((value & 0xffffffffu) ^ 0x80000000u) - 0x80000000u;
}

#endif
