/* SPDX-License-Identifier: MIT */
/* Shared by the execution files of vm/ (vm.c, fpu.c); not part of the VM's interface. */
#ifndef BASIN_VM_INTERNAL_H
#define BASIN_VM_INTERNAL_H

#include "decode.h"
#include "vm.h"

enum step { STEP_NEXT, STEP_ECALL, STEP_FAULT };

/* The instructions' memory check: a host pointer for an access of `bytes` (1 to 8) that needs
 * `prot` (one of VM_PROT_READ, VM_PROT_WRITE, VM_PROT_EXEC), or NULL. The null page grants
 * nothing, so one bounds compare and one table lookup cover bounds, null and permissions; only
 * an access that runs onto the next page looks that page up too. */
static inline uint8_t *vm_access(struct vm *vm, uint64_t addr, unsigned bytes, unsigned prot) {
    if (addr > VM_MEMORY_SIZE - bytes) return 0;
    const uint8_t *page_prot = vm->map.page_prot + addr / VM_PAGE_SIZE;
    if ((page_prot[0] & prot) == 0) return 0;
    if (addr % VM_PAGE_SIZE > VM_PAGE_SIZE - bytes && (page_prot[1] & prot) == 0) return 0;
    return vm->memory + addr;
}

/* Counts host work a system call does, in budget units of at most a few ordinary
 * instructions' host time each: one per guest page it checks, marks or scans, one per iovec,
 * one per VM_WORK_BYTES bytes it zeroes or copies (a page: 64), one per VM_WORK_RANDOM_BYTES
 * random bytes it makes (a generator step). vm_syscall charges it to the budget, so that a
 * call's cost is bounded per budget unit and a storm of expensive calls ends in bounded time. */
#define VM_WORK_BYTES 64u
/* A signal frame written or read back costs a unit per 16 of its bytes: besides the copy, each
 * register and field goes through its own store, and the frame's checks; measured in the kernel
 * under QEMU, where a signal storm at one unit per 64 bytes took 16 times a tight loop. */
#define VM_WORK_FRAME_BYTES 16u
#define VM_WORK_RANDOM_BYTES 8u
static inline void vm_add_work(struct vm *vm, uint64_t units) { vm->process.syscall_work += units; }
/* One unit per `per` bytes of `bytes`, a part counting whole. */
static inline void vm_add_byte_work(struct vm *vm, uint64_t bytes, uint64_t per) {
    vm_add_work(vm, bytes / per + (bytes % per != 0));
}

/* Adds the work counted so far to instret, never past the budget, and starts a new count. */
static inline void vm_charge_work(struct vm *vm) {
    uint64_t work = vm->process.syscall_work, room = vm->budget - vm->instret;
    vm->process.syscall_work = 0;
    vm->instret += work < room ? work : room;
}

/* A guest store of `bytes` (1 to 8) from `value` at addr: false, with nothing written, unless
 * the bytes lie on writable pages. Breaks an lr/sc reservation and keeps decoded code coherent
 * (code_cache.h). */
bool vm_store_bytes(struct vm *vm, uint64_t addr, const void *value, unsigned bytes);

/* vm_store_bytes of the low `bytes` of value (little-endian, as guest memory is). */
bool vm_store_value(struct vm *vm, uint64_t addr, uint64_t value, unsigned bytes);

/* Records a fault at the current instruction and returns STEP_FAULT. */
enum step vm_raise(struct vm *vm, enum vm_fault_cause cause, uint64_t addr, uint32_t insn);

/* True for operations fpu.c executes (F and D, their loads and stores included). */
static inline bool vm_is_fp_op(enum vm_op op) { return op >= OP_FLW && op <= OP_FCVT_D_S; }

/* Executes an F or D operation and advances pc; faults with illegal-instruction on a reserved
 * dynamic rounding mode. */
enum step vm_execute_fp(struct vm *vm, const struct vm_insn *insn, uint32_t encoding);
/* The same without trying the host's FPU (fpu_host.h) first: the dispatch loop's FP handler,
 * whose operations either the host does not compute or its inline handlers left to softfloat. */
enum step vm_execute_fp_soft(struct vm *vm, const struct vm_insn *insn, uint32_t encoding);

/* A Zicsr instruction (d: decoded, encoding: for an illegal-instruction fault); advances pc.
 * The dispatch loop runs those on fflags, frm and fcsr through it (CSR_FP). */
enum step vm_execute_csr(struct vm *vm, const struct vm_insn *d, uint32_t encoding);

/* F and D on the host's FPU (fpu_host.h) for an operation without an inline handler of the
 * dispatch loop: false when it is softfloat's (vm_execute_fp then runs it), or without a host
 * FPU. Advances nothing: the caller moves on. */
bool vm_fp_host_execute(struct vm *vm, const struct vm_insn *d);

/* The FP state while guest code runs (fpu.c, fpu_host.h): vm_fp_enter before it runs (vm_run,
 * vm_step), vm_fp_leave after, so that vm->fflags holds every flag raised (the host's FPU
 * accrues them meanwhile); both, leave first, around an access to fflags, frm or fcsr. */
void vm_fp_enter(struct vm *vm);
void vm_fp_leave(struct vm *vm);

/* One instruction at vm->pc straight from guest memory: fetch, decode, execute, x0 back to zero.
 * instret is the caller's. vm_step's path, and the dispatch loop's for what it has no handler
 * for. */
enum step vm_execute_one(struct vm *vm);

/* The dispatch loop (dispatch.c): vm_run on decoded instructions. */
enum vm_exit vm_dispatch(struct vm *vm);

#endif
