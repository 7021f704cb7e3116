/* SPDX-License-Identifier: MIT */
/* libFuzzer target: every F and D instruction, run by the VM (its host FPU fast path where it
 * has one, vm/fpu_host.h), against softfloat (the reference, vm/softfloat.c) called here
 * directly: result bits and fflags must be equal, for every rounding mode, static and dynamic.
 *
 * Each input is one OP-FP or fused multiply-add instruction between a write of frm and a read of
 * fflags, run twice: by vm_step, one instruction at a time (fpu.c), and by vm_run (the dispatch
 * loop's inline FP handlers), from the same state. Both must give the oracle's result, its
 * flags (read by the guest's own csrr inside the run, where the host's FPU still holds them,
 * and in vm->fflags after it), or its illegal-instruction fault.
 *
 * Input layout (zero past the end):
 *   opcode (1)      OP-FP, FMADD, FMSUB, FNMSUB or FNMADD (by value mod 5)
 *   funct (1)       OP-FP: one of the funct7 values the F and D extensions use; FMA: S or D
 *   rs2 field (1)   the operation selector of fsqrt, fcvt, fmv, fclass (mod 4, or raw when
 *                   the byte is >= 128)
 *   rm (1)          the funct3 field: a rounding mode (7 = dynamic) or the operation kind
 *   frm (1)         bits 0-2: frm for the instruction (the guest writes it first); from 0xc0
 *                   up, bits 3-7 are the flags before it (else none)
 *   f1, f2, f3 (9 each), x1 (9)   a tag and the value it asks for: special values weighted */
#include "fuzz_common.h"
#include "memory_map.h"
#include "softfloat.h"

#include "decode.h"

enum {
    CODE_BASE = 0x10000,
    RD = 4, RS1 = 1, RS2 = 2, RS3 = 3, /* the instruction's registers */
    FRM_SOURCE = 6,                    /* x6: the value written to frm first */
    FLAGS_READ = 5,                    /* x5: fflags, read after the instruction */
};

/* The first of each kind of interesting double, then random values in interesting ranges. */
static const uint64_t special_d[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull,
    0x7ff8000000000000ull, 0xfff8000000000000ull, 0x7ff4000000000000ull, 0x7ff0000000000001ull,
    0x7ffc00000000abcdull, 0x0000000000000001ull, 0x800fffffffffffffull, 0x0010000000000000ull,
    0x7fefffffffffffffull, 0x3ff0000000000000ull, 0xbff0000000000000ull, 0x3fe0000000000000ull,
    0x41dfffffffc00000ull, 0x41e0000000000000ull, 0xc1e0000000000000ull, 0xc1e0000000200000ull,
    0x41efffffffe00000ull, 0x41f0000000000000ull, 0x43e0000000000000ull, 0xc3e0000000000000ull,
    0x43f0000000000000ull, 0xbfe0000000000000ull, 0x3ff8000000000000ull, 0x4004000000000000ull,
    0x43dfffffffffffffull, 0x43efffffffffffffull, 0xbfefffffffffffffull, 0x000fffffffffffffull,
};
static const uint32_t special_s[] = {
    0x00000000u, 0x80000000u, 0x7f800000u, 0xff800000u, 0x7fc00000u, 0xffc00000u, 0x7fa00000u,
    0x7f800001u, 0x00000001u, 0x807fffffu, 0x00800000u, 0x7f7fffffu, 0x3f800000u, 0xbf800000u,
    0x3f000000u, 0x4f000000u, 0xcf000000u, 0x4f800000u, 0x5f000000u, 0xdf000000u, 0x5f800000u,
    0xbf000000u, 0x3fc00000u, 0x4effffffu, 0x4f7fffffu, 0x5effffffu, 0xbf7fffffu, 0x007fffffu,
};
/* Exponents where rounding, underflow, overflow and conversions change behaviour. */
static const uint16_t exponents_d[] = {0, 1, 2, 0x3c9, 0x3fe, 0x3ff, 0x400, 0x41d, 0x41e, 0x41f,
                                       0x433, 0x434, 0x43d, 0x43e, 0x43f, 0x7fe, 0x7ff, 0x1ff};
static const uint16_t exponents_s[] = {0, 1, 2, 0x67, 0x7e, 0x7f, 0x80, 0x96, 0x97, 0x9d, 0x9e,
                                       0x9f, 0xbd, 0xbe, 0xbf, 0xfe, 0xff, 0x3f};

#define COUNT(array) (sizeof(array) / sizeof(array)[0])

static uint64_t read_double(struct fuzz_reader *r, uint8_t tag) {
    uint64_t bits = fuzz_u64(r);
    switch (tag % 4) {
    case 0: return special_d[bits % COUNT(special_d)] ^ (bits >> 63 << 63);
    case 1: /* a special value one or two units in the last place away */
        return special_d[bits % COUNT(special_d)] + (bits >> 62) - 1;
    case 2: { /* any mantissa at an interesting exponent; few mantissa bits, often */
        uint64_t mantissa = bits & 0xfffffffffffffull;
        if (bits & 0x10000000000000ull) mantissa &= 0xfff0000000000000ull >> (bits >> 53 & 63);
        return (bits & (1ull << 63)) |
               (uint64_t)exponents_d[(bits >> 56 & 0x7f) % COUNT(exponents_d)] << 52 | mantissa;
    }
    default: return bits;
    }
}

static uint32_t read_single(struct fuzz_reader *r, uint8_t tag) {
    uint32_t bits = (uint32_t)fuzz_bytes(r, 4);
    switch (tag % 4) {
    case 0: return special_s[bits % COUNT(special_s)] ^ (bits & 0x80000000u);
    case 1: return special_s[bits % COUNT(special_s)] + (bits >> 30) - 1;
    case 2: {
        uint32_t mantissa = bits & 0x7fffffu;
        if (bits & 0x800000u) mantissa &= 0xffff0000u >> (bits >> 24 & 15);
        return (bits & 0x80000000u) |
               (uint32_t)exponents_s[(bits >> 24 & 0x7f) % COUNT(exponents_s)] << 23 | mantissa;
    }
    default: return bits;
    }
}

/* An FP register: a NaN-boxed single (mostly), an unboxed one, or a double. */
static uint64_t read_f(struct fuzz_reader *r) {
    uint8_t tag = fuzz_u8(r);
    switch (tag / 4 % 8) {
    case 0: case 1: case 2: return 0xffffffff00000000ull | read_single(r, tag);
    case 3: return read_single(r, tag); /* not boxed: reads as the canonical NaN */
    default: return read_double(r, tag);
    }
}

static uint64_t read_x(struct fuzz_reader *r) {
    static const uint64_t edges[] = {0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull,
                                     0x1fffff, 0x20000000000001ull, 0x7fffffffffffffffull,
                                     0x8000000000000000ull, 0xffffffffffffffffull,
                                     0xfffffffffffffc00ull, 0x8000000000000400ull,
                                     0xffffffff80000000ull, 0x7ffffffffffffe00ull};
    uint8_t tag = fuzz_u8(r);
    uint64_t bits = fuzz_u64(r);
    switch (tag % 4) {
    case 0: return edges[bits % COUNT(edges)] + (bits >> 62) - 1;
    case 1: return (uint64_t)(int64_t)(int16_t)bits;
    case 2: return bits >> (tag / 4 % 64);
    default: return bits;
    }
}

/* What softfloat says the instruction does. */
struct expected {
    bool illegal;
    bool writes_x;  /* else it writes f[RD] */
    uint64_t value;
    unsigned flags;
};

static uint32_t single(uint64_t reg) {
    return (reg >> 32) == 0xffffffffu ? (uint32_t)reg : SF_F32_CANONICAL_NAN;
}

static uint64_t sext32(uint32_t value) { return (uint64_t)(int64_t)(int32_t)value; }

static uint32_t sign_inject_s(unsigned kind, uint32_t a, uint32_t b) {
    uint32_t sign = kind == 0 ? b : kind == 1 ? ~b : a ^ b;
    return (a & 0x7fffffffu) | (sign & 0x80000000u);
}

static uint64_t sign_inject_d(unsigned kind, uint64_t a, uint64_t b) {
    uint64_t sign = kind == 0 ? b : kind == 1 ? ~b : a ^ b;
    return (a & ~(1ull << 63)) | (sign & (1ull << 63));
}

/* Operations on singles: the result (boxed, or for x: sign-extended) into e. */
static bool oracle_single(const struct vm_insn *d, const uint64_t *f, uint64_t x, unsigned rm,
                          struct expected *e) {
    uint32_t a = single(f[RS1]), b = single(f[RS2]), c = single(f[RS3]);
    unsigned *fl = &e->flags;
    uint64_t box = 0xffffffff00000000ull;
    e->writes_x = false;
    switch (d->op) {
    case OP_FADD_S: e->value = box | f32_add(a, b, rm, fl); return true;
    case OP_FSUB_S: e->value = box | f32_sub(a, b, rm, fl); return true;
    case OP_FMUL_S: e->value = box | f32_mul(a, b, rm, fl); return true;
    case OP_FDIV_S: e->value = box | f32_div(a, b, rm, fl); return true;
    case OP_FSQRT_S: e->value = box | f32_sqrt(a, rm, fl); return true;
    case OP_FMADD_S: e->value = box | f32_fma(a, b, c, rm, fl); return true;
    case OP_FMSUB_S: e->value = box | f32_fma(a, b, c ^ 0x80000000u, rm, fl); return true;
    case OP_FNMSUB_S: e->value = box | f32_fma(a ^ 0x80000000u, b, c, rm, fl); return true;
    case OP_FNMADD_S:
        e->value = box | f32_fma(a ^ 0x80000000u, b, c ^ 0x80000000u, rm, fl);
        return true;
    case OP_FSGNJ_S: case OP_FSGNJN_S: case OP_FSGNJX_S:
        e->value = box | sign_inject_s(d->op - OP_FSGNJ_S, a, b);
        return true;
    case OP_FMIN_S: e->value = box | f32_min(a, b, fl); return true;
    case OP_FMAX_S: e->value = box | f32_max(a, b, fl); return true;
    case OP_FCVT_S_W: e->value = box | i32_to_f32((int32_t)(uint32_t)x, rm, fl); return true;
    case OP_FCVT_S_WU: e->value = box | u32_to_f32((uint32_t)x, rm, fl); return true;
    case OP_FCVT_S_L: e->value = box | i64_to_f32((int64_t)x, rm, fl); return true;
    case OP_FCVT_S_LU: e->value = box | u64_to_f32(x, rm, fl); return true;
    case OP_FCVT_S_D: e->value = box | f64_to_f32(f[RS1], rm, fl); return true;
    case OP_FMV_W_X: e->value = box | (uint32_t)x; return true;
    default: break;
    }
    e->writes_x = true;
    switch (d->op) {
    case OP_FCVT_W_S: e->value = sext32((uint32_t)f32_to_i32(a, rm, fl)); return true;
    case OP_FCVT_WU_S: e->value = sext32(f32_to_u32(a, rm, fl)); return true;
    case OP_FCVT_L_S: e->value = (uint64_t)f32_to_i64(a, rm, fl); return true;
    case OP_FCVT_LU_S: e->value = f32_to_u64(a, rm, fl); return true;
    case OP_FEQ_S: e->value = f32_eq(a, b, fl); return true;
    case OP_FLT_S: e->value = f32_lt(a, b, fl); return true;
    case OP_FLE_S: e->value = f32_le(a, b, fl); return true;
    case OP_FCLASS_S: e->value = f32_classify(a); return true;
    case OP_FMV_X_W: e->value = sext32((uint32_t)f[RS1]); return true;
    default: return false;
    }
}

static bool oracle_double(const struct vm_insn *d, const uint64_t *f, uint64_t x, unsigned rm,
                          struct expected *e) {
    uint64_t a = f[RS1], b = f[RS2], c = f[RS3], sign = 1ull << 63;
    unsigned *fl = &e->flags;
    e->writes_x = false;
    switch (d->op) {
    case OP_FADD_D: e->value = f64_add(a, b, rm, fl); return true;
    case OP_FSUB_D: e->value = f64_sub(a, b, rm, fl); return true;
    case OP_FMUL_D: e->value = f64_mul(a, b, rm, fl); return true;
    case OP_FDIV_D: e->value = f64_div(a, b, rm, fl); return true;
    case OP_FSQRT_D: e->value = f64_sqrt(a, rm, fl); return true;
    case OP_FMADD_D: e->value = f64_fma(a, b, c, rm, fl); return true;
    case OP_FMSUB_D: e->value = f64_fma(a, b, c ^ sign, rm, fl); return true;
    case OP_FNMSUB_D: e->value = f64_fma(a ^ sign, b, c, rm, fl); return true;
    case OP_FNMADD_D: e->value = f64_fma(a ^ sign, b, c ^ sign, rm, fl); return true;
    case OP_FSGNJ_D: case OP_FSGNJN_D: case OP_FSGNJX_D:
        e->value = sign_inject_d(d->op - OP_FSGNJ_D, a, b);
        return true;
    case OP_FMIN_D: e->value = f64_min(a, b, fl); return true;
    case OP_FMAX_D: e->value = f64_max(a, b, fl); return true;
    case OP_FCVT_D_W: e->value = i32_to_f64((int32_t)(uint32_t)x, rm, fl); return true;
    case OP_FCVT_D_WU: e->value = u32_to_f64((uint32_t)x, rm, fl); return true;
    case OP_FCVT_D_L: e->value = i64_to_f64((int64_t)x, rm, fl); return true;
    case OP_FCVT_D_LU: e->value = u64_to_f64(x, rm, fl); return true;
    case OP_FCVT_D_S: e->value = f32_to_f64(single(a), fl); return true;
    case OP_FMV_D_X: e->value = x; return true;
    default: break;
    }
    e->writes_x = true;
    switch (d->op) {
    case OP_FCVT_W_D: e->value = sext32((uint32_t)f64_to_i32(a, rm, fl)); return true;
    case OP_FCVT_WU_D: e->value = sext32(f64_to_u32(a, rm, fl)); return true;
    case OP_FCVT_L_D: e->value = (uint64_t)f64_to_i64(a, rm, fl); return true;
    case OP_FCVT_LU_D: e->value = f64_to_u64(a, rm, fl); return true;
    case OP_FEQ_D: e->value = f64_eq(a, b, fl); return true;
    case OP_FLT_D: e->value = f64_lt(a, b, fl); return true;
    case OP_FLE_D: e->value = f64_le(a, b, fl); return true;
    case OP_FCLASS_D: e->value = f64_classify(a); return true;
    case OP_FMV_X_D: e->value = a; return true;
    default: return false;
    }
}

static void oracle(const struct vm_insn *d, const uint64_t *f, uint64_t x, unsigned frm,
                   struct expected *e) {
    *e = (struct expected){0};
    unsigned rm = d->rm == 7 ? frm : d->rm;
    if (vm_op_uses_rounding_mode(d->op) && rm > SF_RMM) {
        e->illegal = true;
        return;
    }
    if (!vm_op_uses_rounding_mode(d->op)) rm = SF_RNE; /* unused by these operations */
    bool known = oracle_single(d, f, x, rm, e) || oracle_double(d, f, x, rm, e);
    FUZZ_CHECK(known);
}

/* The instruction's encoding from the input's fields. */
static uint32_t encode(struct fuzz_reader *r) {
    static const uint8_t opcodes[] = {0x53, 0x43, 0x47, 0x4b, 0x4f};
    static const uint8_t funct7s[] = {0x00, 0x01, 0x04, 0x05, 0x08, 0x09, 0x0c, 0x0d,
                                      0x2c, 0x2d, 0x10, 0x11, 0x14, 0x15, 0x20, 0x21,
                                      0x50, 0x51, 0x60, 0x61, 0x68, 0x69, 0x70, 0x71,
                                      0x78, 0x79};
    uint32_t opcode = opcodes[fuzz_u8(r) % COUNT(opcodes)];
    uint8_t funct = fuzz_u8(r), rs2_byte = fuzz_u8(r);
    uint32_t rm = fuzz_u8(r) & 7;
    uint32_t common = (uint32_t)RD << 7 | rm << 12 | (uint32_t)RS1 << 15 | opcode;
    if (opcode != 0x53) /* fused: rs3 in bits 27-31, the format (S or D) in bits 25-26 */
        return common | (uint32_t)RS2 << 20 | (uint32_t)(funct & 1) << 25 | (uint32_t)RS3 << 27;
    uint32_t funct7 = funct7s[funct % COUNT(funct7s)];
    bool selects = funct7 == 0x2c || funct7 == 0x2d || funct7 >= 0x60 || funct7 == 0x20 ||
                   funct7 == 0x21;
    uint32_t rs2 = !selects ? RS2 : rs2_byte >= 128 ? (rs2_byte & 31u) : rs2_byte % 4u;
    return common | rs2 << 20 | funct7 << 25;
}

/* The state both engines start from: the program (frm := x6; the instruction; x5 := fflags),
 * the registers, fflags and an frm other than the one the guest writes. */
static void set_up(struct vm *vm, uint32_t encoding, const uint64_t *f, uint64_t x1,
                   unsigned frm, unsigned fflags, uint64_t budget) {
    static bool initialized;
    if (!initialized) {
        vm_init(vm, fuzz_memory, sizeof fuzz_memory, 1);
        vm_map_grant(vm, VM_NULL_PAGE_SIZE, VM_MEMORY_SIZE, VM_PROT_RWX);
        initialized = true;
    }
    const uint32_t program[3] = {
        0x00231073u,                          /* csrrw x0, frm, x6 */
        encoding,
        0x001022f3u,                          /* csrrs x5, fflags, x0 */
    };
    memcpy(vm->memory + CODE_BASE, program, sizeof program);
    vm_code_changed(vm, CODE_BASE, sizeof program); /* decoded code of the last input goes */
    memset(vm->x, 0, sizeof vm->x);
    memcpy(vm->f, f, sizeof vm->f);
    vm->x[RS1] = x1;
    vm->x[FRM_SOURCE] = frm;
    vm->frm = (frm + 1) & 7;
    vm->fflags = fflags;
    vm->pc = CODE_BASE;
    vm->instret = 0;
    vm->budget = budget;
    vm->state = VM_STATE_RUNNING;
    vm->fault = (struct vm_fault){0};
}

/* The engine's outcome against the oracle's. */
static void check(const struct vm *vm, const struct expected *e, const uint64_t *f,
                  unsigned fflags) {
    if (e->illegal) {
        FUZZ_CHECK(vm->state == VM_STATE_ERRORED);
        FUZZ_CHECK(vm->fault.cause == VM_FAULT_ILLEGAL_INSTRUCTION);
        FUZZ_CHECK(vm->fault.pc == CODE_BASE + 4 && vm->instret == 1);
        FUZZ_CHECK(vm->fflags == fflags);
        return;
    }
    FUZZ_CHECK(vm->state == VM_STATE_BUDGET_EXHAUSTED && vm->instret == 3);
    if (e->writes_x) {
        FUZZ_CHECK(vm->x[RD] == e->value);
    } else {
        if (vm->f[RD] != e->value)
            fprintf(stderr, "result 0x%016llx, softfloat 0x%016llx\n",
                    (unsigned long long)vm->f[RD], (unsigned long long)e->value);
        FUZZ_CHECK(vm->f[RD] == e->value);
    }
    for (unsigned i = 0; i < 32; i++) FUZZ_CHECK((i == RD && !e->writes_x) || vm->f[i] == f[i]);
    if (vm->fflags != (fflags | e->flags))
        fprintf(stderr, "fflags 0x%x, softfloat 0x%x\n", vm->fflags, fflags | e->flags);
    FUZZ_CHECK(vm->fflags == (fflags | e->flags));
    FUZZ_CHECK(vm->x[FLAGS_READ] == (fflags | e->flags)); /* read inside the run */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct fuzz_reader r = {data, size, 0};
    uint32_t encoding = encode(&r);
    uint8_t frm_byte = fuzz_u8(&r);
    /* frm as written by the guest; the flags before: mostly none, so that every flag shows */
    unsigned frm = frm_byte & 7, fflags = frm_byte < 0xc0 ? 0 : frm_byte >> 3 & 0x1f;
    uint64_t f[32] = {0};
    f[RS1] = read_f(&r);
    f[RS2] = read_f(&r);
    f[RS3] = read_f(&r);
    uint64_t x1 = read_x(&r);
    struct vm_insn insn;
    vm_decode(encoding, &insn);
    if (insn.op == OP_ILLEGAL) return 0; /* a reserved field: the decoder's tests cover it */
    struct expected e;
    oracle(&insn, f, x1, frm, &e);
    struct vm *vm = &fuzz_vm;
    /* vm_step, one instruction at a time (fpu.c) */
    set_up(vm, encoding, f, x1, frm, fflags, 3);
    for (unsigned i = 0; i < 3 && vm_step(vm) == VM_EXIT_STEP; i++) continue;
    if (vm->state == VM_STATE_RUNNING) vm->state = VM_STATE_BUDGET_EXHAUSTED; /* as vm_run ends */
    check(vm, &e, f, fflags);
    /* vm_run: the dispatch loop */
    set_up(vm, encoding, f, x1, frm, fflags, 3);
    vm_run(vm);
    check(vm, &e, f, fflags);
    return 0;
}
