/* SPDX-License-Identifier: MIT */
/* The out-of-line entry points of alu.h. */
#include "alu.h"

bool vm_is_alu_op(enum vm_op op) {
    return (op >= OP_ADDI && op <= OP_SRAW) ||
           (op >= OP_MUL && op <= OP_REMUW) || (op >= OP_ADD_UW && op <= OP_BSETI);
}

uint64_t vm_alu(enum vm_op op, uint64_t a, uint64_t b) {
    VM_ASSERT(vm_is_alu_op(op));
    return vm_alu_inline(op, a, b);
}
