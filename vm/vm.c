/* The dispatch layer: fetch, decode (decode.c), execute, and the exit reasons of vm_run. */
#include "vm.h"

#include <string.h>

#include "decode.h"
#include "vm_assert.h"

/* Guest memory is little-endian like RISC-V; memcpy-based access assumes the host is too. */
_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "Basin's VM needs a little-endian host");
_Static_assert(VM_MEMORY_SIZE % VM_PAGE_SIZE == 0, "guest memory is whole pages");

enum step { STEP_NEXT, STEP_ECALL, STEP_FAULT };

void vm_init(struct vm *vm, uint8_t *memory, size_t memory_size, uint64_t budget) {
    VM_ASSERT(vm != 0 && memory != 0);
    VM_ASSERT(memory_size == VM_MEMORY_SIZE);
    memset(vm, 0, sizeof *vm);
    memset(memory, 0, memory_size);
    vm->memory = memory;
    vm->budget = budget;
    vm->state = VM_STATE_RUNNING;
    vm->fault.cause = VM_FAULT_NONE;
}

bool vm_range_ok(const struct vm *vm, uint64_t addr, uint64_t len) {
    VM_ASSERT(vm->memory != 0);
    /* Written so that no sum can wrap: addr and len are guest-controlled. */
    if (addr < VM_NULL_PAGE_SIZE || addr > VM_MEMORY_SIZE) return false;
    return len <= VM_MEMORY_SIZE - addr;
}

uint8_t *vm_guest_bytes(struct vm *vm, uint64_t addr, uint64_t len) {
    if (!vm_range_ok(vm, addr, len)) return 0;
    return vm->memory + addr;
}

void vm_halt(struct vm *vm, uint64_t exit_argument) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    vm->state = VM_STATE_HALTED;
    vm->exit_status = (uint32_t)(exit_argument & 0xff);
}

static enum step raise(struct vm *vm, enum vm_fault_cause cause, uint64_t addr, uint32_t insn) {
    VM_ASSERT(cause != VM_FAULT_NONE);
    vm->fault.cause = cause;
    vm->fault.pc = vm->pc;
    vm->fault.addr = addr;
    vm->fault.insn = insn;
    return STEP_FAULT;
}

/* Sign-extends a 32-bit result to 64 bits without implementation-defined conversions. */
static uint64_t sext32(uint64_t value) {
    return ((value & 0xffffffffu) ^ 0x80000000u) - 0x80000000u;
}

static uint64_t sext(uint64_t value, unsigned bytes) {
    if (bytes == 8) return value;
    uint64_t sign = 1ull << (bytes * 8 - 1);
    return ((value & ((sign << 1) - 1)) ^ sign) - sign;
}

static uint64_t sra64(uint64_t value, unsigned shift) {
    uint64_t sign_fill = 0 - (value >> 63);
    return (value >> shift) | (sign_fill << (63 - shift) << 1);
}

static bool is_negative(uint64_t value) { return (value >> 63) != 0; }

/* High 64 bits of the unsigned 128-bit product, from 32-bit halves (portable C11). */
static uint64_t mulhu64(uint64_t a, uint64_t b) {
    uint64_t a_lo = a & 0xffffffffu, a_hi = a >> 32;
    uint64_t b_lo = b & 0xffffffffu, b_hi = b >> 32;
    uint64_t lo_lo = a_lo * b_lo, hi_lo = a_hi * b_lo, lo_hi = a_lo * b_hi, hi_hi = a_hi * b_hi;
    uint64_t middle = (lo_lo >> 32) + (hi_lo & 0xffffffffu) + lo_hi;
    return hi_hi + (hi_lo >> 32) + (middle >> 32);
}

/* Signed high products: the unsigned one corrected for each negative operand (two's complement). */
static uint64_t mulh64(uint64_t a, uint64_t b) {
    uint64_t high = mulhu64(a, b);
    if (is_negative(a)) high -= b;
    if (is_negative(b)) high -= a;
    return high;
}

static uint64_t mulhsu64(uint64_t a, uint64_t b) {
    uint64_t high = mulhu64(a, b);
    if (is_negative(a)) high -= b;
    return high;
}

/* Division per the M chapter: x/0 = all ones, x%0 = x. INT_MIN/-1 = INT_MIN and INT_MIN%-1 = 0
 * fall out of the magnitude arithmetic below, which never overflows in unsigned C. */
static uint64_t div64(uint64_t a, uint64_t b) {
    if (b == 0) return ~0ull;
    uint64_t qa = is_negative(a) ? 0 - a : a, qb = is_negative(b) ? 0 - b : b;
    uint64_t q = qa / qb;
    return is_negative(a) != is_negative(b) ? 0 - q : q;
}

static uint64_t rem64(uint64_t a, uint64_t b) {
    if (b == 0) return a;
    uint64_t qa = is_negative(a) ? 0 - a : a, qb = is_negative(b) ? 0 - b : b;
    uint64_t r = qa % qb;
    return is_negative(a) ? 0 - r : r;
}

static uint64_t divu64(uint64_t a, uint64_t b) { return b == 0 ? ~0ull : a / b; }
static uint64_t remu64(uint64_t a, uint64_t b) { return b == 0 ? a : a % b; }

/* 32-bit signed division: the 64-bit rules applied to the sign-extended words give the 32-bit
 * ones, overflow and division by zero included. */
static uint64_t divw(uint64_t a, uint64_t b) { return sext32(div64(sext32(a), sext32(b))); }
static uint64_t remw(uint64_t a, uint64_t b) { return sext32(rem64(sext32(a), sext32(b))); }

static uint64_t divuw(uint64_t a, uint64_t b) {
    uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
    return sext32(ub == 0 ? 0xffffffffu : ua / ub);
}

static uint64_t remuw(uint64_t a, uint64_t b) {
    uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
    return sext32(ub == 0 ? ua : ua % ub);
}

/* Register-register and register-immediate arithmetic. `b` is rs2 or the immediate. */
static uint64_t alu(enum vm_op op, uint64_t a, uint64_t b) {
    switch (op) {
    case OP_ADD: case OP_ADDI: return a + b;
    case OP_SUB: return a - b;
    case OP_SLL: case OP_SLLI: return a << (b & 63);
    case OP_SRL: case OP_SRLI: return a >> (b & 63);
    case OP_SRA: case OP_SRAI: return sra64(a, (unsigned)(b & 63));
    case OP_SLT: case OP_SLTI: return (a ^ (1ull << 63)) < (b ^ (1ull << 63));
    case OP_SLTU: case OP_SLTIU: return a < b;
    case OP_XOR: case OP_XORI: return a ^ b;
    case OP_OR: case OP_ORI: return a | b;
    case OP_AND: case OP_ANDI: return a & b;
    case OP_ADDW: case OP_ADDIW: return sext32(a + b);
    case OP_SUBW: return sext32(a - b);
    case OP_SLLW: case OP_SLLIW: return sext32(a << (b & 31));
    case OP_SRLW: case OP_SRLIW: return sext32((a & 0xffffffffu) >> (b & 31));
    case OP_SRAW: case OP_SRAIW: return sext32(sra64(sext32(a), (unsigned)(b & 31)));
    case OP_MUL: return a * b;
    case OP_MULH: return mulh64(a, b);
    case OP_MULHSU: return mulhsu64(a, b);
    case OP_MULHU: return mulhu64(a, b);
    case OP_DIV: return div64(a, b);
    case OP_DIVU: return divu64(a, b);
    case OP_REM: return rem64(a, b);
    case OP_REMU: return remu64(a, b);
    case OP_MULW: return sext32(a * b);
    case OP_DIVW: return divw(a, b);
    case OP_DIVUW: return divuw(a, b);
    case OP_REMW: return remw(a, b);
    case OP_REMUW: return remuw(a, b);
    default: VM_ASSERT(0 && "not an ALU operation"); return 0;
    }
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

/* Without the C extension every instruction is 4-aligned; a jump elsewhere faults at the jump. */
static enum step jump(struct vm *vm, uint64_t target, unsigned rd, uint32_t encoding) {
    if ((target & 3) != 0) return raise(vm, VM_FAULT_MISALIGNED_FETCH, target, encoding);
    vm->x[rd] = vm->pc + 4;
    vm->pc = target;
    return STEP_NEXT;
}

static enum step load(struct vm *vm, const struct vm_insn *d, unsigned bytes, bool is_signed) {
    uint64_t addr = vm->x[d->rs1] + (uint64_t)d->imm;
    const uint8_t *src = vm_guest_bytes(vm, addr, bytes);
    if (src == 0) return raise(vm, VM_FAULT_LOAD_ACCESS, addr, 0);
    uint64_t value = 0;
    memcpy(&value, src, bytes); /* misaligned accesses are allowed, as Linux gives user code */
    vm->x[d->rd] = is_signed ? sext(value, bytes) : value;
    vm->pc += 4;
    return STEP_NEXT;
}

static enum step store(struct vm *vm, const struct vm_insn *d, unsigned bytes) {
    uint64_t addr = vm->x[d->rs1] + (uint64_t)d->imm;
    uint8_t *dst = vm_guest_bytes(vm, addr, bytes);
    if (dst == 0) return raise(vm, VM_FAULT_STORE_ACCESS, addr, 0);
    uint64_t value = vm->x[d->rs2];
    memcpy(dst, &value, bytes);
    vm->pc += 4;
    return STEP_NEXT;
}

static enum step execute(struct vm *vm, const struct vm_insn *d, uint32_t encoding) {
    uint64_t a = vm->x[d->rs1], b = vm->x[d->rs2], imm = (uint64_t)d->imm;
    switch (d->op) {
    case OP_ILLEGAL: return raise(vm, VM_FAULT_ILLEGAL_INSTRUCTION, 0, encoding);
    case OP_LUI: vm->x[d->rd] = imm; break;
    case OP_AUIPC: vm->x[d->rd] = vm->pc + imm; break;
    case OP_JAL: return jump(vm, vm->pc + imm, d->rd, encoding);
    case OP_JALR: return jump(vm, (a + imm) & ~1ull, d->rd, encoding);
    case OP_BEQ: case OP_BNE: case OP_BLT: case OP_BGE: case OP_BLTU: case OP_BGEU:
        if (branch_taken(d->op, a, b)) return jump(vm, vm->pc + imm, 0, encoding);
        break;
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
    case OP_SD: return store(vm, d, 8);
    case OP_ADDI: case OP_SLTI: case OP_SLTIU: case OP_XORI: case OP_ORI: case OP_ANDI:
    case OP_SLLI: case OP_SRLI: case OP_SRAI: case OP_ADDIW: case OP_SLLIW: case OP_SRLIW:
    case OP_SRAIW:
        vm->x[d->rd] = alu(d->op, a, imm);
        break;
    case OP_FENCE: case OP_FENCE_I: break; /* one hart, no caches: ordering holds already */
    case OP_ECALL: vm->pc += 4; return STEP_ECALL;
    case OP_EBREAK: return raise(vm, VM_FAULT_BREAKPOINT, vm->pc, encoding);
    default: vm->x[d->rd] = alu(d->op, a, b); break; /* OP and OP-32, M included */
    }
    vm->pc += 4;
    return STEP_NEXT;
}

static enum step step(struct vm *vm) {
    const uint8_t *code = vm_guest_bytes(vm, vm->pc, 4);
    if (code == 0) return raise(vm, VM_FAULT_FETCH_ACCESS, vm->pc, 0);
    uint32_t encoding;
    memcpy(&encoding, code, 4);
    struct vm_insn insn;
    vm_decode(encoding, &insn);
    enum step result = execute(vm, &insn, encoding);
    vm->x[0] = 0;
    return result;
}

enum vm_exit vm_run(struct vm *vm) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    VM_ASSERT(vm->instret <= vm->budget);
    /* Bounded: every iteration retires one instruction or leaves. */
    while (vm->instret < vm->budget) {
        enum step result = step(vm);
        if (result == STEP_FAULT) {
            vm->state = VM_STATE_ERRORED;
            return VM_EXIT_FAULT;
        }
        vm->instret++;
        if (result == STEP_ECALL) return VM_EXIT_ECALL;
    }
    vm->state = VM_STATE_BUDGET_EXHAUSTED;
    return VM_EXIT_BUDGET;
}
