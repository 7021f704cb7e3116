/* Shared by the execution files of vm/ (vm.c, fpu.c); not part of the VM's interface. */
#ifndef BASIN_VM_INTERNAL_H
#define BASIN_VM_INTERNAL_H

#include "decode.h"
#include "vm.h"

enum step { STEP_NEXT, STEP_ECALL, STEP_FAULT };

/* Records a fault at the current instruction and returns STEP_FAULT. */
enum step vm_raise(struct vm *vm, enum vm_fault_cause cause, uint64_t addr, uint32_t insn);

/* True for operations fpu.c executes (F and D, their loads and stores included). */
static inline bool vm_is_fp_op(enum vm_op op) { return op >= OP_FLW && op <= OP_FCVT_D_S; }

/* Executes an F or D operation and advances pc; faults with illegal-instruction on a reserved
 * dynamic rounding mode. */
enum step vm_execute_fp(struct vm *vm, const struct vm_insn *insn, uint32_t encoding);

#endif
