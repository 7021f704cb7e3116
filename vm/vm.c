/* SPDX-License-Identifier: MIT */
/* The VM's state and its reference execution path: fetch, decode (decode.c,
 * decode_compressed.c), execute one instruction, and the exit reasons of vm_run and vm_step.
 * vm_run hands the bulk of the work to the dispatch loop over decoded instructions
 * (dispatch.c, code_cache.c), which shares the execution below for what it has no handler for.
 * Integer arithmetic is in alu.h, floating point in fpu.c. */
#include "vm.h"

#include <stddef.h>
#include <string.h>

#include "alu.h"
#include "code_cache.h"
#include "decode.h"
#include "memory_map.h"
#include "process.h"
#include "signals.h"
#include "vm_assert.h"
#include "vm_internal.h"

/* Guest memory is little-endian like RISC-V; memcpy-based access assumes the host is too. */
_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "Basin's VM needs a little-endian host");
_Static_assert(VM_MEMORY_SIZE % VM_PAGE_SIZE == 0, "guest memory is whole pages");

enum {
    CSR_FFLAGS = 0x001, CSR_FRM = 0x002, CSR_FCSR = 0x003,
    CSR_CYCLE = 0xc00, CSR_TIME = 0xc01, CSR_INSTRET = 0xc02,
};

void vm_init(struct vm *vm, uint8_t *memory, size_t memory_size, uint64_t budget) {
    VM_ASSERT(vm != 0 && memory != 0);
    VM_ASSERT(memory_size == VM_MEMORY_SIZE);
    /* All but the pages of decoded-instruction slots, which are cleared when taken into use: the
     * cache is empty once vm_map_init has run. */
    memset(vm, 0, offsetof(struct vm, code.pages));
    memset(memory, 0, memory_size);
    vm->memory = memory;
    vm->budget = budget;
    vm->state = VM_STATE_RUNNING;
    vm->fault.cause = VM_FAULT_NONE;
    vm->reservation = VM_NO_RESERVATION;
    vm_map_init(vm);
}

bool vm_range_ok(const struct vm *vm, uint64_t addr, uint64_t len) {
    VM_ASSERT(vm->memory != 0);
    /* Written so that no sum can wrap: addr and len are guest-controlled. */
    if (addr < VM_NULL_PAGE_SIZE || addr > VM_MEMORY_SIZE) return false;
    return len <= VM_MEMORY_SIZE - addr;
}

uint8_t *vm_guest_bytes(struct vm *vm, uint64_t addr, uint64_t len, unsigned prot) {
    VM_ASSERT(prot != 0 && prot <= VM_PROT_RWX);
    if (!vm_range_ok(vm, addr, len)) return 0;
    /* Bounded: at most VM_PAGES pages. An empty range needs no permission. */
    uint64_t first_page = addr / VM_PAGE_SIZE, end_page = (addr + len + VM_PAGE_SIZE - 1) / VM_PAGE_SIZE;
    vm_add_work(vm, end_page - first_page);
    unsigned all = 0;
    for (uint64_t page = first_page; page < end_page; page++) {
        if ((vm->map.page_prot[page] & prot) != prot) return 0;
        all |= vm->map.page_prot[page];
    }
    /* The caller will write these bytes: code decoded from them would go stale, and the hart
     * must fetch them anew (vm_map_changed) if they may be code. */
    if ((prot & VM_PROT_WRITE) != 0) {
        vm_code_drop(vm, addr / VM_PAGE_SIZE, end_page);
        if ((all & VM_PROT_EXEC) != 0) vm_map_changed(vm, addr / VM_PAGE_SIZE, end_page);
    }
    return vm->memory + addr;
}

void vm_halt(struct vm *vm, uint64_t exit_argument) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    vm->state = VM_STATE_HALTED;
    vm->exit_status = (uint32_t)(exit_argument & 0xff);
}

enum step vm_raise(struct vm *vm, enum vm_fault_cause cause, uint64_t addr, uint32_t insn) {
    VM_ASSERT(cause != VM_FAULT_NONE);
    vm->fault.cause = cause;
    vm->fault.pc = vm->pc;
    vm->fault.addr = addr;
    vm->fault.insn = insn;
    vm->fault.hart_lacks = 0;
    return STEP_FAULT;
}

static uint64_t sext(uint64_t value, unsigned bytes) {
    if (bytes == 8) return value;
    uint64_t sign = 1ull << (bytes * 8 - 1);
    return ((value & ((sign << 1) - 1)) ^ sign) - sign;
}

static bool branch_taken(enum vm_op op, uint64_t a, uint64_t b) {
    const uint64_t flip = 1ull << 63; /* signed compare as unsigned on sign-flipped values */
    switch (op) {
    case OP_BEQ: return a == b;
    case OP_BNE: return a != b;
    case OP_BLT: return (a ^ flip) < (b ^ flip);
    case OP_BGE: return (a ^ flip) >= (b ^ flip);
    case OP_BLTU: return a < b;
    case OP_BGEU: return a >= b;
    default: VM_ASSERT(0 && "not a branch"); return false;
    }
}

/* With the C extension every target is 2-aligned (jalr clears bit 0, offsets are even), so a
 * jump cannot raise a misaligned fetch. */
static enum step jump(struct vm *vm, uint64_t target, unsigned rd, unsigned length) {
    VM_ASSERT((target & 1) == 0);
    vm->x[rd] = vm->pc + length;
    vm->pc = target;
    return STEP_NEXT;
}

static enum step load(struct vm *vm, const struct vm_insn *d, unsigned bytes, bool is_signed) {
    uint64_t addr = vm->x[d->rs1] + (uint64_t)d->imm;
    const uint8_t *src = vm_access(vm, addr, bytes, VM_PROT_READ);
    if (src == 0) return vm_raise(vm, VM_FAULT_LOAD_ACCESS, addr, 0);
    uint64_t value = 0;
    memcpy(&value, src, bytes); /* misaligned accesses are allowed, as Linux gives user code */
    vm->x[d->rd] = is_signed ? sext(value, bytes) : value;
    vm->pc += d->length;
    return STEP_NEXT;
}

bool vm_store_bytes(struct vm *vm, uint64_t addr, const void *value, unsigned bytes) {
    uint8_t *dst = vm_access(vm, addr, bytes, VM_PROT_WRITE);
    if (dst == 0) return false;
    memcpy(dst, value, bytes);
    vm->reservation = VM_NO_RESERVATION; /* any store breaks an lr/sc pair */
    /* Only a page both writable and executable can hold decoded code and take a store. */
    const uint8_t *page_prot = vm->map.page_prot;
    if (((page_prot[addr / VM_PAGE_SIZE] | page_prot[(addr + bytes - 1) / VM_PAGE_SIZE]) &
         VM_PROT_EXEC) != 0)
        vm_code_stored(vm, addr, bytes);
    return true;
}

bool vm_store_value(struct vm *vm, uint64_t addr, uint64_t value, unsigned bytes) {
    VM_ASSERT(bytes >= 1 && bytes <= 8);
    return vm_store_bytes(vm, addr, &value, bytes);
}

static enum step store(struct vm *vm, const struct vm_insn *d, unsigned bytes) {
    uint64_t addr = vm->x[d->rs1] + (uint64_t)d->imm;
    if (!vm_store_value(vm, addr, vm->x[d->rs2], bytes))
        return vm_raise(vm, VM_FAULT_STORE_ACCESS, addr, 0);
    vm->pc += d->length;
    return STEP_NEXT;
}

/* The new memory value of an AMO; word operations work on the low 32 bits, with signed
 * comparisons on the sign-extended words. */
static uint64_t amo_value(enum vm_op op, uint64_t old, uint64_t src, bool word) {
    uint64_t a = word ? vm_sext32(old) : old, b = word ? vm_sext32(src) : src;
    uint64_t ua = word ? (old & 0xffffffffu) : old, ub = word ? (src & 0xffffffffu) : src;
    switch (op) {
    case OP_AMOSWAP_W: case OP_AMOSWAP_D: return src;
    case OP_AMOADD_W: case OP_AMOADD_D: return old + src;
    case OP_AMOXOR_W: case OP_AMOXOR_D: return old ^ src;
    case OP_AMOAND_W: case OP_AMOAND_D: return old & src;
    case OP_AMOOR_W: case OP_AMOOR_D: return old | src;
    case OP_AMOMIN_W: case OP_AMOMIN_D: return vm_alu(OP_MIN, a, b);
    case OP_AMOMAX_W: case OP_AMOMAX_D: return vm_alu(OP_MAX, a, b);
    case OP_AMOMINU_W: case OP_AMOMINU_D: return ua < ub ? ua : ub;
    case OP_AMOMAXU_W: case OP_AMOMAXU_D: return ua < ub ? ub : ua;
    default: VM_ASSERT(0 && "not an AMO"); return 0;
    }
}

/* LR, SC and the AMOs. Addresses must be naturally aligned (misaligned atomics fault, as they
 * do for Linux user programs). LR needs a readable page; SC and the AMOs a writable one, and
 * fault on a read-only page as stores do, even an SC that would fail. */
static enum step atomic(struct vm *vm, const struct vm_insn *d) {
    bool word = d->op <= OP_AMOMAXU_W;
    unsigned bytes = word ? 4 : 8;
    bool is_lr = d->op == OP_LR_W || d->op == OP_LR_D;
    uint64_t addr = vm->x[d->rs1];
    if ((addr & (bytes - 1)) != 0)
        return vm_raise(vm, is_lr ? VM_FAULT_MISALIGNED_LOAD : VM_FAULT_MISALIGNED_STORE, addr, 0);
    uint8_t *mem = vm_access(vm, addr, bytes, is_lr ? VM_PROT_READ : VM_PROT_WRITE);
    if (mem == 0) return vm_raise(vm, is_lr ? VM_FAULT_LOAD_ACCESS : VM_FAULT_STORE_ACCESS, addr, 0);
    uint64_t old = 0, src = vm->x[d->rs2];
    memcpy(&old, mem, bytes);
    uint64_t result = word ? vm_sext32(old) : old;
    if (is_lr) {
        vm->reservation = addr;
    } else if (d->op == OP_SC_W || d->op == OP_SC_D) {
        result = vm->reservation == addr ? 0 : 1;
        if (result == 0) memcpy(mem, &src, bytes);
        vm->reservation = VM_NO_RESERVATION;
    } else {
        uint64_t value = amo_value(d->op, old, src, word);
        memcpy(mem, &value, bytes);
        vm->reservation = VM_NO_RESERVATION;
    }
    /* Aligned, so on one page; writable and executable, it may hold decoded code. */
    if (!is_lr && (vm->map.page_prot[addr / VM_PAGE_SIZE] & VM_PROT_EXEC) != 0)
        vm_code_stored(vm, addr, bytes);
    vm->x[d->rd] = result;
    vm->pc += d->length;
    return STEP_NEXT;
}

/* User-level CSRs: the FP status fields and the read-only counters. cycle and time count
 * retired instructions too, so every run is deterministic. */
static bool csr_read(const struct vm *vm, uint32_t number, uint64_t *value) {
    switch (number) {
    case CSR_FFLAGS: *value = vm->fflags; return true;
    case CSR_FRM: *value = vm->frm; return true;
    case CSR_FCSR: *value = vm->frm << 5 | vm->fflags; return true;
    case CSR_CYCLE: case CSR_TIME: case CSR_INSTRET: *value = vm->instret; return true;
    default: return false;
    }
}

static bool csr_write(struct vm *vm, uint32_t number, uint64_t value) {
    switch (number) {
    case CSR_FFLAGS: vm->fflags = (uint32_t)(value & 0x1f); return true;
    case CSR_FRM: vm->frm = (uint32_t)(value & 7); return true;
    case CSR_FCSR:
        vm->fflags = (uint32_t)(value & 0x1f);
        vm->frm = (uint32_t)((value >> 5) & 7);
        return true;
    default: return false; /* the counters are read-only */
    }
}

enum step vm_execute_csr(struct vm *vm, const struct vm_insn *d, uint32_t encoding) {
    bool immediate = d->op >= OP_CSRRWI;
    enum vm_op kind = immediate ? (enum vm_op)(d->op - 3) : d->op;
    uint64_t source = immediate ? d->rs1 : vm->x[d->rs1];
    uint32_t number = (uint32_t)d->imm;
    uint64_t old = 0;
    /* The flags the host's FPU holds join vm->fflags before fcsr is read or written, and a
     * new frm reaches the host's rounding mode (vm_fp_enter) after. */
    bool fp_csr = number == CSR_FFLAGS || number == CSR_FRM || number == CSR_FCSR;
    if (fp_csr) vm_fp_leave(vm);
    if (!csr_read(vm, number, &old)) return vm_raise(vm, VM_FAULT_ILLEGAL_INSTRUCTION, 0, encoding);
    /* csrrs/csrrc with x0 (or a zero immediate) only read, so they are fine on counters. */
    if (kind == OP_CSRRW || d->rs1 != 0) {
        uint64_t value = kind == OP_CSRRW ? source : kind == OP_CSRRS ? old | source : old & ~source;
        if (!csr_write(vm, number, value))
            return vm_raise(vm, VM_FAULT_ILLEGAL_INSTRUCTION, 0, encoding);
    }
    if (fp_csr) vm_fp_enter(vm);
    vm->x[d->rd] = old;
    vm->pc += d->length;
    return STEP_NEXT;
}

static enum step execute_memory(struct vm *vm, const struct vm_insn *d) {
    switch (d->op) {
    case OP_LB: return load(vm, d, 1, true);
    case OP_LH: return load(vm, d, 2, true);
    case OP_LW: return load(vm, d, 4, true);
    case OP_LD: return load(vm, d, 8, false);
    case OP_LBU: return load(vm, d, 1, false);
    case OP_LHU: return load(vm, d, 2, false);
    case OP_LWU: return load(vm, d, 4, false);
    case OP_SB: return store(vm, d, 1);
    case OP_SH: return store(vm, d, 2);
    case OP_SW: return store(vm, d, 4);
    default: return store(vm, d, 8);
    }
}

static enum step execute(struct vm *vm, const struct vm_insn *d, uint32_t encoding) {
    uint64_t a = vm->x[d->rs1], b = vm->x[d->rs2], imm = (uint64_t)d->imm;
    if (vm_is_alu_op(d->op)) {
        vm->x[d->rd] = vm_alu(d->op, a, d->immediate_operand ? imm : b);
        vm->pc += d->length;
        return STEP_NEXT;
    }
    if (vm_is_fp_op(d->op)) return vm_execute_fp(vm, d, encoding);
    if (d->op >= OP_LR_W && d->op <= OP_AMOMAXU_D) return atomic(vm, d);
    if (d->op >= OP_CSRRW && d->op <= OP_CSRRCI) return vm_execute_csr(vm, d, encoding);
    if (d->op >= OP_LB && d->op <= OP_SD) return execute_memory(vm, d);
    switch (d->op) {
    case OP_ILLEGAL: return vm_raise(vm, VM_FAULT_ILLEGAL_INSTRUCTION, 0, encoding);
    case OP_LUI: vm->x[d->rd] = imm; break;
    case OP_AUIPC: vm->x[d->rd] = vm->pc + imm; break;
    case OP_JAL: return jump(vm, vm->pc + imm, d->rd, d->length);
    case OP_JALR: return jump(vm, (a + imm) & ~1ull, d->rd, d->length);
    case OP_BEQ: case OP_BNE: case OP_BLT: case OP_BGE: case OP_BLTU: case OP_BGEU:
        if (branch_taken(d->op, a, b)) return jump(vm, vm->pc + imm, 0, d->length);
        break;
    /* One hart; and fence.i has nothing to do because decoded code is kept coherent at every
     * store (code_cache.h), as on hardware with coherent instruction caches. */
    case OP_FENCE: case OP_FENCE_I: break;
    case OP_ECALL: vm->pc += d->length; return STEP_ECALL;
    case OP_EBREAK: return vm_raise(vm, VM_FAULT_BREAKPOINT, vm->pc, encoding);
    default: VM_ASSERT(0 && "operation without an executor"); break;
    }
    vm->pc += d->length;
    return STEP_NEXT;
}

/* Fetches one instruction from executable pages: a 16-bit parcel, and a second one when the
 * first says 32 bits. When only the second parcel faults (it lies on the next page), the fault
 * address is that parcel's, as stval gives it on hardware. */
static enum step fetch_parcels(struct vm *vm, uint32_t *encoding) {
    const uint8_t *code = vm_access(vm, vm->pc, 2, VM_PROT_EXEC);
    if (code == 0) return vm_raise(vm, VM_FAULT_FETCH_ACCESS, vm->pc, 0);
    uint16_t low;
    memcpy(&low, code, 2);
    *encoding = low;
    if (vm_insn_length(low) == 2) return STEP_NEXT;
    code = vm_access(vm, vm->pc, 4, VM_PROT_EXEC);
    if (code == 0) return vm_raise(vm, VM_FAULT_FETCH_ACCESS, vm->pc + 2, 0);
    memcpy(encoding, code, 4);
    return STEP_NEXT;
}

/* The common case in one lookup: four bytes on one executable page hold the instruction,
 * whatever its length. Near a page end, parcel by parcel. */
static enum step fetch(struct vm *vm, uint32_t *encoding) {
    uint64_t pc = vm->pc;
    if (pc >= VM_MEMORY_SIZE || pc % VM_PAGE_SIZE > VM_PAGE_SIZE - 4 ||
        (vm->map.page_prot[pc / VM_PAGE_SIZE] & VM_PROT_EXEC) == 0)
        return fetch_parcels(vm, encoding);
    memcpy(encoding, vm->memory + pc, 4);
    if (vm_insn_length((uint16_t)*encoding) == 2) *encoding &= 0xffff;
    return STEP_NEXT;
}

enum step vm_execute_one(struct vm *vm) {
    uint32_t encoding = 0;
    if (fetch(vm, &encoding) == STEP_FAULT) return STEP_FAULT;
    struct vm_insn insn;
    if (vm_insn_length((uint16_t)encoding) == 2) vm_decode_compressed((uint16_t)encoding, &insn);
    else vm_decode(encoding, &insn);
    enum step result = execute(vm, &insn, encoding);
    vm->x[0] = 0;
    return result;
}

/* Charges what evictions of decoded code left unpaid (vm->code.unpaid), up to the budget. */
static void pay_unpaid(struct vm *vm) {
    uint64_t room = vm->budget - vm->instret, paid = vm->code.unpaid < room ? vm->code.unpaid : room;
    vm->code.unpaid -= paid;
    vm->instret += paid;
}

/* The dispatch loop takes slots for a page when it comes to run code there, and pays for an
 * eviction before the instruction runs; vm_step, which runs from guest memory, takes the same
 * slots at the same points, so that both charge the same units and keep the same cache. */
static void take_code_page(struct vm *vm) {
    uint64_t page = vm->pc / VM_PAGE_SIZE;
    if (vm->pc >= VM_MEMORY_SIZE || vm->code.page_slots[page] != 0) return;
    if ((vm->map.page_prot[page] & VM_PROT_EXEC) == 0) return; /* the fetch faults */
    vm_code_page_slots(vm, page);
    pay_unpaid(vm);
}

/* Exactly one instruction, from guest memory, with its bookkeeping: instret (and any eviction
 * its page's slots cost), the state after a fault or at the budget. vm_run does the same for
 * many instructions at a time (dispatch.c). */
enum vm_exit vm_step(struct vm *vm) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    VM_ASSERT(vm->instret <= vm->budget);
    pay_unpaid(vm);
    if (vm->instret < vm->budget) take_code_page(vm);
    if (vm->instret >= vm->budget) {
        vm->state = VM_STATE_BUDGET_EXHAUSTED;
        return VM_EXIT_BUDGET;
    }
    uint32_t embedder_fp = vm_fp_host_save();
    vm_fp_enter(vm);
    enum step result = vm_execute_one(vm);
    vm_fp_leave(vm);
    vm_fp_host_restore(embedder_fp);
    if (result == STEP_FAULT) {
        vm->state = VM_STATE_ERRORED;
        return VM_EXIT_FAULT;
    }
    vm->instret++;
    return result == STEP_ECALL ? VM_EXIT_ECALL : VM_EXIT_STEP;
}

/* Bounded: each instruction the dispatch loop runs retires, and it stops at the budget. What
 * an eviction left unpaid when the budget (a slice of it) ran out is paid first, as vm_step
 * does (here rather than in the dispatch loop, whose speed depends on its code's layout). */
enum vm_exit vm_run(struct vm *vm) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    VM_ASSERT(vm->instret <= vm->budget);
    pay_unpaid(vm);
    if (vm->instret >= vm->budget) {
        vm->state = VM_STATE_BUDGET_EXHAUSTED;
        return VM_EXIT_BUDGET;
    }
    uint32_t embedder_fp = vm_fp_host_save();
    vm_fp_enter(vm);
    enum vm_exit exit = vm_dispatch(vm);
    vm_fp_leave(vm);
    vm_fp_host_restore(embedder_fp);
    return exit;
}
