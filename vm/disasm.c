/* SPDX-License-Identifier: MIT */
#include "disasm.h"

#include "vm_assert.h"

/* How an operation's operands print. */
enum shape {
    SHAPE_NONE, SHAPE_U, SHAPE_J, SHAPE_JALR, SHAPE_BRANCH, SHAPE_LOAD, SHAPE_STORE, SHAPE_RRR,
    SHAPE_RRI, SHAPE_RR, SHAPE_LR, SHAPE_AMO, SHAPE_CSR, SHAPE_CSRI, SHAPE_FLOAD, SHAPE_FSTORE,
    SHAPE_FFF, SHAPE_FFFF, SHAPE_FF, SHAPE_XF, SHAPE_FX, SHAPE_XFF,
};

static const char *const int_names[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4",
    "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
    "t5", "t6",
};

static const char *const fp_names[32] = {
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2",
    "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9",
    "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
};

static bool in(enum vm_op op, enum vm_op first, enum vm_op last) { return op >= first && op <= last; }

static enum shape fp_shape(enum vm_op op) {
    switch (op) {
    case OP_FLW: case OP_FLD: return SHAPE_FLOAD;
    case OP_FSW: case OP_FSD: return SHAPE_FSTORE;
    case OP_FSQRT_S: case OP_FSQRT_D: case OP_FCVT_S_D: case OP_FCVT_D_S: return SHAPE_FF;
    case OP_FEQ_S: case OP_FLT_S: case OP_FLE_S: case OP_FEQ_D: case OP_FLT_D: case OP_FLE_D:
        return SHAPE_XFF;
    case OP_FMV_W_X: case OP_FMV_D_X: return SHAPE_FX;
    case OP_FMV_X_W: case OP_FMV_X_D: case OP_FCLASS_S: case OP_FCLASS_D: return SHAPE_XF;
    default: break;
    }
    if (in(op, OP_FMADD_S, OP_FNMADD_S) || in(op, OP_FMADD_D, OP_FNMADD_D)) return SHAPE_FFFF;
    if (in(op, OP_FCVT_W_S, OP_FCVT_LU_S) || in(op, OP_FCVT_W_D, OP_FCVT_LU_D)) return SHAPE_XF;
    if (in(op, OP_FCVT_S_W, OP_FCVT_S_LU) || in(op, OP_FCVT_D_W, OP_FCVT_D_LU)) return SHAPE_FX;
    return SHAPE_FFF;
}

static enum shape int_shape(enum vm_op op) {
    switch (op) {
    case OP_LUI: case OP_AUIPC: return SHAPE_U;
    case OP_JAL: return SHAPE_J;
    case OP_JALR: return SHAPE_JALR;
    case OP_ILLEGAL: case OP_FENCE: case OP_FENCE_I: case OP_ECALL: case OP_EBREAK:
        return SHAPE_NONE;
    case OP_CLZ: case OP_CLZW: case OP_CTZ: case OP_CTZW: case OP_CPOP: case OP_CPOPW:
    case OP_SEXT_B: case OP_SEXT_H: case OP_ZEXT_H: case OP_ORC_B: case OP_REV8: return SHAPE_RR;
    case OP_SLLI_UW: case OP_RORI: case OP_RORIW: case OP_BCLRI: case OP_BEXTI: case OP_BINVI:
    case OP_BSETI: return SHAPE_RRI;
    case OP_LR_W: case OP_LR_D: return SHAPE_LR;
    default: break;
    }
    if (in(op, OP_BEQ, OP_BGEU)) return SHAPE_BRANCH;
    if (in(op, OP_LB, OP_LWU)) return SHAPE_LOAD;
    if (in(op, OP_SB, OP_SD)) return SHAPE_STORE;
    if (in(op, OP_ADDI, OP_SRAI) || in(op, OP_ADDIW, OP_SRAIW)) return SHAPE_RRI;
    if (in(op, OP_SC_W, OP_AMOMAXU_D)) return SHAPE_AMO;
    if (in(op, OP_CSRRW, OP_CSRRC)) return SHAPE_CSR;
    if (in(op, OP_CSRRWI, OP_CSRRCI)) return SHAPE_CSRI;
    return SHAPE_RRR;
}

static enum shape shape_of(enum vm_op op) {
    return in(op, OP_FLW, OP_FCVT_D_S) ? fp_shape(op) : int_shape(op);
}

static void x(struct fmt *out, unsigned reg) { fmt_str(out, int_names[reg]); }
static void f(struct fmt *out, unsigned reg) { fmt_str(out, fp_names[reg]); }
static void comma(struct fmt *out) { fmt_str(out, ", "); }

static void offset_base(struct fmt *out, int64_t imm, unsigned base) {
    fmt_i64(out, imm);
    fmt_str(out, "(");
    x(out, base);
    fmt_str(out, ")");
}

static void memory_operands(const struct vm_insn *d, enum shape shape, struct fmt *out) {
    switch (shape) {
    case SHAPE_LOAD: x(out, d->rd); break;
    case SHAPE_FLOAD: f(out, d->rd); break;
    case SHAPE_STORE: x(out, d->rs2); break;
    default: f(out, d->rs2); break;
    }
    comma(out);
    offset_base(out, d->imm, d->rs1);
}

static void fp_operands(const struct vm_insn *d, enum shape shape, struct fmt *out) {
    switch (shape) {
    case SHAPE_FFFF: f(out, d->rd); comma(out); f(out, d->rs1); comma(out); f(out, d->rs2);
        comma(out); f(out, d->rs3); break;
    case SHAPE_FFF: f(out, d->rd); comma(out); f(out, d->rs1); comma(out); f(out, d->rs2); break;
    case SHAPE_FF: f(out, d->rd); comma(out); f(out, d->rs1); break;
    case SHAPE_XF: x(out, d->rd); comma(out); f(out, d->rs1); break;
    case SHAPE_FX: f(out, d->rd); comma(out); x(out, d->rs1); break;
    default: x(out, d->rd); comma(out); f(out, d->rs1); comma(out); f(out, d->rs2); break;
    }
}

static void int_operands(const struct vm_insn *d, uint64_t pc, enum shape shape, struct fmt *out) {
    switch (shape) {
    case SHAPE_U: x(out, d->rd); comma(out); fmt_hex(out, ((uint64_t)d->imm >> 12) & 0xfffff); break;
    case SHAPE_J: x(out, d->rd); comma(out); fmt_hex(out, pc + (uint64_t)d->imm); break;
    case SHAPE_JALR: x(out, d->rd); comma(out); offset_base(out, d->imm, d->rs1); break;
    case SHAPE_BRANCH: x(out, d->rs1); comma(out); x(out, d->rs2); comma(out);
        fmt_hex(out, pc + (uint64_t)d->imm); break;
    case SHAPE_RRR: x(out, d->rd); comma(out); x(out, d->rs1); comma(out); x(out, d->rs2); break;
    case SHAPE_RRI: x(out, d->rd); comma(out); x(out, d->rs1); comma(out); fmt_i64(out, d->imm); break;
    case SHAPE_RR: x(out, d->rd); comma(out); x(out, d->rs1); break;
    case SHAPE_LR: x(out, d->rd); fmt_str(out, ", ("); x(out, d->rs1); fmt_str(out, ")"); break;
    case SHAPE_AMO: x(out, d->rd); comma(out); x(out, d->rs2); fmt_str(out, ", (");
        x(out, d->rs1); fmt_str(out, ")"); break;
    case SHAPE_CSR: x(out, d->rd); comma(out); fmt_hex(out, (uint64_t)d->imm); comma(out);
        x(out, d->rs1); break;
    default: x(out, d->rd); comma(out); fmt_hex(out, (uint64_t)d->imm); comma(out);
        fmt_u64(out, d->rs1); break; /* SHAPE_CSRI */
    }
}

void vm_disassemble(const struct vm_insn *d, uint64_t pc, struct fmt *out) {
    VM_ASSERT(d != 0 && out != 0);
    VM_ASSERT(d->op < OP_COUNT);
    enum shape shape = shape_of(d->op);
    fmt_str(out, vm_op_name(d->op));
    if (shape == SHAPE_NONE) return;
    fmt_str(out, " ");
    if (shape == SHAPE_LOAD || shape == SHAPE_STORE || shape == SHAPE_FLOAD || shape == SHAPE_FSTORE)
        memory_operands(d, shape, out);
    else if (shape >= SHAPE_FFF) fp_operands(d, shape, out);
    else int_operands(d, pc, shape, out);
}
