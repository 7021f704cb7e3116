/* SPDX-License-Identifier: MIT */
/* Execution of the F and D extensions. The arithmetic is the host's FPU where fpu_host.h says
 * it gives RISC-V's exact results (x86-64), else softfloat.c (integer-only, the reference:
 * everything in the kernel and in a -DVM_SOFT_FP build); this file moves values between
 * registers, applies NaN-boxing and the rounding mode, and accrues the flags. */
#include <string.h>

#include "alu.h"
#include "fpu_host.h"
#include "softfloat.h"
#include "vm_assert.h"
#include "vm_internal.h"

enum { RM_DYNAMIC = 7 };

#define BOX_SINGLE 0xffffffff00000000ull
#define SIGN32 0x80000000u
#define SIGN64 0x8000000000000000ull

/* A single read from an FP register: a value that is not properly NaN-boxed reads as the
 * canonical NaN (F chapter, "NaN Boxing of Narrower Values"). */
static uint32_t get_s(const struct vm *vm, unsigned reg) {
    uint64_t value = vm->f[reg];
    return (value & BOX_SINGLE) == BOX_SINGLE ? (uint32_t)value : SF_F32_CANONICAL_NAN;
}

static void set_s(struct vm *vm, unsigned reg, uint32_t value) { vm->f[reg] = BOX_SINGLE | value; }

/* The effective rounding mode; false when the dynamic mode in frm is reserved (5-7). */
static bool rounding_mode(const struct vm *vm, const struct vm_insn *d, unsigned *rm) {
    *rm = d->rm == RM_DYNAMIC ? vm->frm : d->rm;
    return *rm <= SF_RMM;
}

static enum step fp_load(struct vm *vm, const struct vm_insn *d, unsigned bytes) {
    uint64_t addr = vm->x[d->rs1] + (uint64_t)d->imm;
    const uint8_t *src = vm_access(vm, addr, bytes, VM_PROT_READ);
    if (src == 0) return vm_raise(vm, VM_FAULT_LOAD_ACCESS, addr, 0);
    uint64_t value = 0;
    memcpy(&value, src, bytes);
    vm->f[d->rd] = bytes == 4 ? (BOX_SINGLE | value) : value;
    vm->pc += d->length;
    return STEP_NEXT;
}

/* fsw stores the low 32 bits as they are, boxed or not. */
static enum step fp_store(struct vm *vm, const struct vm_insn *d, unsigned bytes) {
    uint64_t addr = vm->x[d->rs1] + (uint64_t)d->imm;
    if (!vm_store_bytes(vm, addr, &vm->f[d->rs2], bytes))
        return vm_raise(vm, VM_FAULT_STORE_ACCESS, addr, 0);
    vm->pc += d->length;
    return STEP_NEXT;
}

/* Fused multiply-add family: the negations apply to the operands before the single rounding. */
static void fma_s(struct vm *vm, const struct vm_insn *d, unsigned rm, unsigned *flags) {
    uint32_t a = get_s(vm, d->rs1), b = get_s(vm, d->rs2), c = get_s(vm, d->rs3);
    if (d->op == OP_FMSUB_S || d->op == OP_FNMADD_S) c ^= SIGN32;
    if (d->op == OP_FNMSUB_S || d->op == OP_FNMADD_S) a ^= SIGN32;
    set_s(vm, d->rd, f32_fma(a, b, c, rm, flags));
}

static void fma_d(struct vm *vm, const struct vm_insn *d, unsigned rm, unsigned *flags) {
    uint64_t a = vm->f[d->rs1], b = vm->f[d->rs2], c = vm->f[d->rs3];
    if (d->op == OP_FMSUB_D || d->op == OP_FNMADD_D) c ^= SIGN64;
    if (d->op == OP_FNMSUB_D || d->op == OP_FNMADD_D) a ^= SIGN64;
    vm->f[d->rd] = f64_fma(a, b, c, rm, flags);
}

static uint32_t sign_inject_s(enum vm_op op, uint32_t a, uint32_t b) {
    uint32_t sign = op == OP_FSGNJ_S ? (b & SIGN32) : op == OP_FSGNJN_S ? (~b & SIGN32)
                                                                        : ((a ^ b) & SIGN32);
    return (a & ~SIGN32) | sign;
}

static uint64_t sign_inject_d(enum vm_op op, uint64_t a, uint64_t b) {
    uint64_t sign = op == OP_FSGNJ_D ? (b & SIGN64) : op == OP_FSGNJN_D ? (~b & SIGN64)
                                                                        : ((a ^ b) & SIGN64);
    return (a & ~SIGN64) | sign;
}

/* Single-precision operations that write an FP register. */
static bool single_to_fp(struct vm *vm, const struct vm_insn *d, unsigned rm, unsigned *flags) {
    uint32_t a = get_s(vm, d->rs1), b = get_s(vm, d->rs2);
    uint64_t x = vm->x[d->rs1];
    uint32_t r;
    switch (d->op) {
    case OP_FADD_S: r = f32_add(a, b, rm, flags); break;
    case OP_FSUB_S: r = f32_sub(a, b, rm, flags); break;
    case OP_FMUL_S: r = f32_mul(a, b, rm, flags); break;
    case OP_FDIV_S: r = f32_div(a, b, rm, flags); break;
    case OP_FSQRT_S: r = f32_sqrt(a, rm, flags); break;
    case OP_FSGNJ_S: case OP_FSGNJN_S: case OP_FSGNJX_S: r = sign_inject_s(d->op, a, b); break;
    case OP_FMIN_S: r = f32_min(a, b, flags); break;
    case OP_FMAX_S: r = f32_max(a, b, flags); break;
    case OP_FCVT_S_W: r = i32_to_f32((int32_t)(uint32_t)x, rm, flags); break;
    case OP_FCVT_S_WU: r = u32_to_f32((uint32_t)x, rm, flags); break;
    case OP_FCVT_S_L: r = i64_to_f32((int64_t)x, rm, flags); break;
    case OP_FCVT_S_LU: r = u64_to_f32(x, rm, flags); break;
    case OP_FMV_W_X: r = (uint32_t)x; break;
    case OP_FCVT_S_D: r = f64_to_f32(vm->f[d->rs1], rm, flags); break;
    default: return false;
    }
    set_s(vm, d->rd, r);
    return true;
}

static bool double_to_fp(struct vm *vm, const struct vm_insn *d, unsigned rm, unsigned *flags) {
    uint64_t a = vm->f[d->rs1], b = vm->f[d->rs2], x = vm->x[d->rs1], r;
    switch (d->op) {
    case OP_FADD_D: r = f64_add(a, b, rm, flags); break;
    case OP_FSUB_D: r = f64_sub(a, b, rm, flags); break;
    case OP_FMUL_D: r = f64_mul(a, b, rm, flags); break;
    case OP_FDIV_D: r = f64_div(a, b, rm, flags); break;
    case OP_FSQRT_D: r = f64_sqrt(a, rm, flags); break;
    case OP_FSGNJ_D: case OP_FSGNJN_D: case OP_FSGNJX_D: r = sign_inject_d(d->op, a, b); break;
    case OP_FMIN_D: r = f64_min(a, b, flags); break;
    case OP_FMAX_D: r = f64_max(a, b, flags); break;
    case OP_FCVT_D_W: r = i32_to_f64((int32_t)(uint32_t)x, rm, flags); break;
    case OP_FCVT_D_WU: r = u32_to_f64((uint32_t)x, rm, flags); break;
    case OP_FCVT_D_L: r = i64_to_f64((int64_t)x, rm, flags); break;
    case OP_FCVT_D_LU: r = u64_to_f64(x, rm, flags); break;
    case OP_FMV_D_X: r = x; break;
    case OP_FCVT_D_S: r = f32_to_f64(get_s(vm, d->rs1), flags); break;
    default: return false;
    }
    vm->f[d->rd] = r;
    return true;
}

/* Operations that write an integer register: conversions (32-bit results sign-extended),
 * comparisons, fclass and the raw moves. */
static bool fp_to_int(struct vm *vm, const struct vm_insn *d, unsigned rm, unsigned *flags) {
    uint32_t as = get_s(vm, d->rs1), bs = get_s(vm, d->rs2);
    uint64_t ad = vm->f[d->rs1], bd = vm->f[d->rs2], r;
    switch (d->op) {
    case OP_FCVT_W_S: r = vm_sext32((uint32_t)f32_to_i32(as, rm, flags)); break;
    case OP_FCVT_WU_S: r = vm_sext32(f32_to_u32(as, rm, flags)); break;
    case OP_FCVT_L_S: r = (uint64_t)f32_to_i64(as, rm, flags); break;
    case OP_FCVT_LU_S: r = f32_to_u64(as, rm, flags); break;
    case OP_FCVT_W_D: r = vm_sext32((uint32_t)f64_to_i32(ad, rm, flags)); break;
    case OP_FCVT_WU_D: r = vm_sext32(f64_to_u32(ad, rm, flags)); break;
    case OP_FCVT_L_D: r = (uint64_t)f64_to_i64(ad, rm, flags); break;
    case OP_FCVT_LU_D: r = f64_to_u64(ad, rm, flags); break;
    case OP_FEQ_S: r = f32_eq(as, bs, flags); break;
    case OP_FLT_S: r = f32_lt(as, bs, flags); break;
    case OP_FLE_S: r = f32_le(as, bs, flags); break;
    case OP_FEQ_D: r = f64_eq(ad, bd, flags); break;
    case OP_FLT_D: r = f64_lt(ad, bd, flags); break;
    case OP_FLE_D: r = f64_le(ad, bd, flags); break;
    case OP_FCLASS_S: r = f32_classify(as); break;
    case OP_FCLASS_D: r = f64_classify(ad); break;
    case OP_FMV_X_W: r = vm_sext32(ad); break; /* the raw low 32 bits, boxed or not */
    case OP_FMV_X_D: r = ad; break;
    default: return false;
    }
    vm->x[d->rd] = r;
    return true;
}

#if VM_HOST_FPU
/* fcvt to an integer on the host (fpu_host_to_int): the value's range decides first. */
static bool host_fp_to_int(struct vm *vm, const struct vm_insn *d, bool truncate) {
    bool single = d->op >= OP_FCVT_W_S && d->op <= OP_FCVT_LU_S;
    /* a single widened is exact, and a NaN stays a NaN */
    uint64_t bits = single ? fpu_host_s_to_d(get_s(vm, d->rs1)) : vm->f[d->rs1], r;
    unsigned kind = single ? d->op - OP_FCVT_W_S : d->op - OP_FCVT_W_D;
    enum fpu_host_conversion result = fpu_host_to_int(bits, kind, truncate, &r);
    if (result == FPU_HOST_SOFT) return false;
    if (result == FPU_HOST_SATURATED) vm->fflags |= SF_NV;
    vm->x[d->rd] = r;
    return true;
}

/* The operations the host computes (fpu_host.h); false leaves the instruction to softfloat.
 * host_mode: the instruction's rounding mode is the host's; truncate: it is RTZ. */
static bool host_execute(struct vm *vm, const struct vm_insn *d, bool host_mode, bool truncate) {
    uint64_t a = vm->f[d->rs1], b = vm->f[d->rs2], x = vm->x[d->rs1];
    uint32_t as = get_s(vm, d->rs1), bs = get_s(vm, d->rs2);
    switch (d->op) {
    case OP_FCVT_D_W: vm->f[d->rd] = fpu_host_i64_to_d((int32_t)(uint32_t)x); return true;
    case OP_FCVT_D_WU: vm->f[d->rd] = fpu_host_i64_to_d((uint32_t)x); return true;
    case OP_FCVT_D_S: vm->f[d->rd] = fpu_host_s_to_d(as); return true;
    case OP_FCVT_W_S: case OP_FCVT_WU_S: case OP_FCVT_L_S: case OP_FCVT_LU_S:
    case OP_FCVT_W_D: case OP_FCVT_WU_D: case OP_FCVT_L_D: case OP_FCVT_LU_D:
        return (host_mode || truncate) && host_fp_to_int(vm, d, !host_mode);
    default: break;
    }
    if (!host_mode) return false;
    switch (d->op) {
    case OP_FADD_D: vm->f[d->rd] = fpu_host_add_d(a, b); return true;
    case OP_FSUB_D: vm->f[d->rd] = fpu_host_sub_d(a, b); return true;
    case OP_FMUL_D: vm->f[d->rd] = fpu_host_mul_d(a, b); return true;
    case OP_FDIV_D: vm->f[d->rd] = fpu_host_div_d(a, b); return true;
    case OP_FSQRT_D: vm->f[d->rd] = fpu_host_sqrt_d(a, a); return true;
    case OP_FADD_S: set_s(vm, d->rd, fpu_host_add_s(as, bs)); return true;
    case OP_FSUB_S: set_s(vm, d->rd, fpu_host_sub_s(as, bs)); return true;
    case OP_FMUL_S: set_s(vm, d->rd, fpu_host_mul_s(as, bs)); return true;
    case OP_FDIV_S: set_s(vm, d->rd, fpu_host_div_s(as, bs)); return true;
    case OP_FSQRT_S: set_s(vm, d->rd, fpu_host_sqrt_s(as, as)); return true;
    case OP_FCVT_S_D: set_s(vm, d->rd, fpu_host_d_to_s(a)); return true;
    case OP_FCVT_S_W: set_s(vm, d->rd, fpu_host_i64_to_s((int32_t)(uint32_t)x)); return true;
    case OP_FCVT_S_WU: set_s(vm, d->rd, fpu_host_i64_to_s((uint32_t)x)); return true;
    case OP_FCVT_S_L: set_s(vm, d->rd, fpu_host_i64_to_s((int64_t)x)); return true;
    case OP_FCVT_S_LU: set_s(vm, d->rd, fpu_host_u64_to_s(x)); return true;
    case OP_FCVT_D_L: vm->f[d->rd] = fpu_host_i64_to_d((int64_t)x); return true;
    case OP_FCVT_D_LU: vm->f[d->rd] = fpu_host_u64_to_d(x); return true;
    default: break;
    }
    /* x86's fma does not raise NV for inf * 0 + a quiet NaN, which RISC-V requires: a NaN
     * addend is softfloat's. */
    if (d->op >= OP_FMADD_D && d->op <= OP_FNMADD_D && fpu_host_has_fma() &&
        (vm->f[d->rs3] & ~SIGN64) <= 0x7ff0000000000000ull) {
        uint64_t c = vm->f[d->rs3];
        if (d->op == OP_FMSUB_D || d->op == OP_FNMADD_D) c ^= SIGN64;
        if (d->op == OP_FNMSUB_D || d->op == OP_FNMADD_D) a ^= SIGN64;
        vm->f[d->rd] = fpu_host_fma_d(a, b, c);
        return true;
    }
    if (d->op >= OP_FMADD_S && d->op <= OP_FNMADD_S && fpu_host_has_fma() &&
        (get_s(vm, d->rs3) & ~SIGN32) <= 0x7f800000u) {
        uint32_t cs = get_s(vm, d->rs3);
        if (d->op == OP_FMSUB_S || d->op == OP_FNMADD_S) cs ^= SIGN32;
        if (d->op == OP_FNMSUB_S || d->op == OP_FNMADD_S) as ^= SIGN32;
        set_s(vm, d->rd, fpu_host_fma_s(as, bs, cs));
        return true;
    }
    return false;
}
#endif

void vm_fp_enter(struct vm *vm) {
    VM_ASSERT(vm->fflags <= 0x1f && vm->frm <= 7);
#if VM_HOST_FPU
    fpu_host_enter(vm->frm);
#endif
}

void vm_fp_leave(struct vm *vm) {
#if VM_HOST_FPU
    vm->fflags |= fpu_host_flags();
#endif
    VM_ASSERT(vm->fflags <= 0x1f);
}

uint32_t vm_fp_host_save(void) {
#if VM_HOST_FPU
    return fpu_host_read_mxcsr();
#else
    return 0;
#endif
}

void vm_fp_host_restore(uint32_t saved) {
#if VM_HOST_FPU
    if (fpu_host_read_mxcsr() != saved) fpu_host_write_mxcsr(saved);
#else
    VM_ASSERT(saved == 0);
#endif
}

static enum step execute_fp(struct vm *vm, const struct vm_insn *d, uint32_t encoding,
                            bool try_host) {
    (void)try_host; /* without a host FPU, softfloat's alone */
    VM_ASSERT(vm_is_fp_op(d->op));
    switch (d->op) {
    case OP_FLW: return fp_load(vm, d, 4);
    case OP_FLD: return fp_load(vm, d, 8);
    case OP_FSW: return fp_store(vm, d, 4);
    case OP_FSD: return fp_store(vm, d, 8);
    default: break;
    }
    unsigned rm = SF_RNE, flags = 0;
    if (vm_op_uses_rounding_mode(d->op) && !rounding_mode(vm, d, &rm))
        return vm_raise(vm, VM_FAULT_ILLEGAL_INSTRUCTION, 0, encoding);
#if VM_HOST_FPU
    if (try_host && host_execute(vm, d, rm == fpu_host_rm(vm->frm), rm == SF_RTZ)) {
        vm->pc += d->length;
        return STEP_NEXT;
    }
#endif
    if (d->op >= OP_FMADD_S && d->op <= OP_FNMADD_S) fma_s(vm, d, rm, &flags);
    else if (d->op >= OP_FMADD_D && d->op <= OP_FNMADD_D) fma_d(vm, d, rm, &flags);
    else if (!single_to_fp(vm, d, rm, &flags) && !double_to_fp(vm, d, rm, &flags) &&
             !fp_to_int(vm, d, rm, &flags))
        VM_ASSERT(0 && "FP operation without an executor");
    vm->fflags |= flags;
    VM_ASSERT(vm->fflags <= 0x1f);
    vm->pc += d->length;
    return STEP_NEXT;
}

bool vm_fp_host_execute(struct vm *vm, const struct vm_insn *d) {
    VM_ASSERT(vm_is_fp_op(d->op) && d->op != OP_FLW && d->op != OP_FLD);
#if VM_HOST_FPU
    unsigned rm = SF_RNE;
    if (vm_op_uses_rounding_mode(d->op) && !rounding_mode(vm, d, &rm)) return false; /* illegal */
    return host_execute(vm, d, rm == fpu_host_rm(vm->frm), rm == SF_RTZ);
#else
    (void)vm;
    return false;
#endif
}

enum step vm_execute_fp(struct vm *vm, const struct vm_insn *d, uint32_t encoding) {
    return execute_fp(vm, d, encoding, true);
}

enum step vm_execute_fp_soft(struct vm *vm, const struct vm_insn *d, uint32_t encoding) {
    return execute_fp(vm, d, encoding, false);
}
