/* SPDX-License-Identifier: MIT */
/* Decoder for 32-bit encodings: RV64I, M, A, F, D, Zicsr, Zifencei, Zba, Zbb, Zbs. Field layouts
 * and encodings from the RISC-V Unprivileged ISA (base formats, each extension's chapter and its
 * opcode map), checked against GNU as. Compressed encodings: decode_compressed.c. */
#include "decode.h"

#include "bits.h"
#include "vm_assert.h"

enum {
    OPC_LOAD = 0x03, OPC_LOAD_FP = 0x07, OPC_MISC_MEM = 0x0f, OPC_OP_IMM = 0x13,
    OPC_AUIPC = 0x17, OPC_OP_IMM_32 = 0x1b, OPC_STORE = 0x23, OPC_STORE_FP = 0x27,
    OPC_AMO = 0x2f, OPC_OP = 0x33, OPC_LUI = 0x37, OPC_OP_32 = 0x3b, OPC_MADD = 0x43,
    OPC_MSUB = 0x47, OPC_NMSUB = 0x4b, OPC_NMADD = 0x4f, OPC_OP_FP = 0x53, OPC_BRANCH = 0x63,
    OPC_JALR = 0x67, OPC_JAL = 0x6f, OPC_SYSTEM = 0x73,
};

enum { RM_DYNAMIC = 7 };

static int64_t imm_i(uint32_t e) { return sign_extend(bits(e, 31, 20), 12); }
static int64_t imm_s(uint32_t e) { return sign_extend(bits(e, 31, 25) << 5 | bits(e, 11, 7), 12); }
static int64_t imm_u(uint32_t e) { return sign_extend(e & 0xfffff000u, 32); }

static int64_t imm_b(uint32_t e) {
    uint32_t v = bits(e, 31, 31) << 12 | bits(e, 7, 7) << 11 | bits(e, 30, 25) << 5 |
                 bits(e, 11, 8) << 1;
    return sign_extend(v, 13);
}

static int64_t imm_j(uint32_t e) {
    uint32_t v = bits(e, 31, 31) << 20 | bits(e, 19, 12) << 12 | bits(e, 20, 20) << 11 |
                 bits(e, 30, 21) << 1;
    return sign_extend(v, 21);
}

static enum vm_op decode_load(uint32_t funct3) {
    static const enum vm_op ops[8] = {OP_LB, OP_LH, OP_LW, OP_LD, OP_LBU, OP_LHU, OP_LWU,
                                      OP_ILLEGAL};
    return ops[funct3];
}

static enum vm_op decode_store(uint32_t funct3) {
    static const enum vm_op ops[8] = {OP_SB, OP_SH, OP_SW, OP_SD};
    return ops[funct3]; /* entries 4..7 are zero: OP_ILLEGAL */
}

static enum vm_op decode_branch(uint32_t funct3) {
    static const enum vm_op ops[8] = {OP_BEQ, OP_BNE, OP_ILLEGAL, OP_ILLEGAL,
                                      OP_BLT, OP_BGE, OP_BLTU, OP_BGEU};
    return ops[funct3];
}

/* OP-IMM funct3 1: shifts and single-bit ops by funct6 (6-bit shamt); Zbb unary ops by the whole
 * immediate. */
static enum vm_op decode_op_imm_1(uint32_t e) {
    switch (bits(e, 31, 26)) {
    case 0x00: return OP_SLLI;
    case 0x0a: return OP_BSETI;
    case 0x12: return OP_BCLRI;
    case 0x1a: return OP_BINVI;
    default: break;
    }
    switch (bits(e, 31, 20)) {
    case 0x600: return OP_CLZ;
    case 0x601: return OP_CTZ;
    case 0x602: return OP_CPOP;
    case 0x604: return OP_SEXT_B;
    case 0x605: return OP_SEXT_H;
    default: return OP_ILLEGAL;
    }
}

static enum vm_op decode_op_imm_5(uint32_t e) {
    if (bits(e, 31, 20) == 0x287) return OP_ORC_B;
    if (bits(e, 31, 20) == 0x6b8) return OP_REV8;
    switch (bits(e, 31, 26)) {
    case 0x00: return OP_SRLI;
    case 0x10: return OP_SRAI;
    case 0x12: return OP_BEXTI;
    case 0x18: return OP_RORI;
    default: return OP_ILLEGAL;
    }
}

static enum vm_op decode_op_imm(uint32_t e, int64_t *imm) {
    static const enum vm_op ops[8] = {OP_ADDI, OP_ILLEGAL, OP_SLTI, OP_SLTIU,
                                      OP_XORI, OP_ILLEGAL, OP_ORI, OP_ANDI};
    uint32_t funct3 = bits(e, 14, 12);
    if (funct3 != 1 && funct3 != 5) return ops[funct3];
    *imm = bits(e, 25, 20); /* the shift amount or bit index */
    return funct3 == 1 ? decode_op_imm_1(e) : decode_op_imm_5(e);
}

/* OP-IMM-32: 5-bit shifts by funct7, slli.uw with a 6-bit shamt, Zbb word counts. */
static enum vm_op decode_op_imm_32(uint32_t e, int64_t *imm) {
    uint32_t funct3 = bits(e, 14, 12), funct7 = bits(e, 31, 25);
    if (funct3 == 0) return OP_ADDIW;
    *imm = bits(e, 24, 20);
    if (funct3 == 1) {
        if (funct7 == 0x00) return OP_SLLIW;
        if (bits(e, 31, 26) == 0x02) {
            *imm = bits(e, 25, 20);
            return OP_SLLI_UW;
        }
        if (funct7 != 0x30) return OP_ILLEGAL;
        static const enum vm_op unary[32] = {OP_CLZW, OP_CTZW, OP_CPOPW};
        return unary[bits(e, 24, 20)];
    }
    if (funct3 != 5) return OP_ILLEGAL;
    if (funct7 == 0x00) return OP_SRLIW;
    if (funct7 == 0x20) return OP_SRAIW;
    return funct7 == 0x30 ? OP_RORIW : OP_ILLEGAL;
}

/* OP: a table per funct7 that the base ISA and the extensions use, indexed by funct3. */
static enum vm_op decode_op(uint32_t funct7, uint32_t funct3) {
    static const enum vm_op base[8] = {OP_ADD, OP_SLL, OP_SLT, OP_SLTU,
                                       OP_XOR, OP_SRL, OP_OR, OP_AND};
    static const enum vm_op muldiv[8] = {OP_MUL, OP_MULH, OP_MULHSU, OP_MULHU,
                                         OP_DIV, OP_DIVU, OP_REM, OP_REMU};
    static const enum vm_op alt[8] = {OP_SUB, OP_ILLEGAL, OP_ILLEGAL, OP_ILLEGAL,
                                      OP_XNOR, OP_SRA, OP_ORN, OP_ANDN};
    static const enum vm_op shadd[8] = {[2] = OP_SH1ADD, [4] = OP_SH2ADD, [6] = OP_SH3ADD};
    static const enum vm_op minmax[8] = {[4] = OP_MIN, [5] = OP_MINU, [6] = OP_MAX, [7] = OP_MAXU};
    static const enum vm_op rotate[8] = {[1] = OP_ROL, [5] = OP_ROR};
    static const enum vm_op bclr_bext[8] = {[1] = OP_BCLR, [5] = OP_BEXT};
    static const enum vm_op binv[8] = {[1] = OP_BINV};
    static const enum vm_op bset[8] = {[1] = OP_BSET};
    switch (funct7) {
    case 0x00: return base[funct3];
    case 0x01: return muldiv[funct3];
    case 0x20: return alt[funct3];
    case 0x10: return shadd[funct3];
    case 0x05: return minmax[funct3];
    case 0x30: return rotate[funct3];
    case 0x24: return bclr_bext[funct3];
    case 0x34: return binv[funct3];
    case 0x14: return bset[funct3];
    default: return OP_ILLEGAL;
    }
}

static enum vm_op decode_op_32(uint32_t funct7, uint32_t funct3, uint32_t rs2) {
    static const enum vm_op base[8] = {[0] = OP_ADDW, [1] = OP_SLLW, [5] = OP_SRLW};
    static const enum vm_op muldiv[8] = {[0] = OP_MULW, [4] = OP_DIVW, [5] = OP_DIVUW,
                                         [6] = OP_REMW, [7] = OP_REMUW};
    static const enum vm_op alt[8] = {[0] = OP_SUBW, [5] = OP_SRAW};
    static const enum vm_op shadd[8] = {[2] = OP_SH1ADD_UW, [4] = OP_SH2ADD_UW,
                                        [6] = OP_SH3ADD_UW};
    static const enum vm_op rotate[8] = {[1] = OP_ROLW, [5] = OP_RORW};
    switch (funct7) {
    case 0x00: return base[funct3];
    case 0x01: return muldiv[funct3];
    case 0x20: return alt[funct3];
    case 0x10: return shadd[funct3];
    case 0x30: return rotate[funct3];
    case 0x04:
        if (funct3 == 0) return OP_ADD_UW;
        return funct3 == 4 && rs2 == 0 ? OP_ZEXT_H : OP_ILLEGAL;
    default: return OP_ILLEGAL;
    }
}

/* AMO: funct5 in bits 31:27 picks the operation, funct3 the width; aq/rl need nothing here
 * (one hart, sequentially consistent). */
static enum vm_op decode_amo(uint32_t e) {
    static const enum vm_op word[32] = {
        [0x00] = OP_AMOADD_W, [0x01] = OP_AMOSWAP_W, [0x02] = OP_LR_W, [0x03] = OP_SC_W,
        [0x04] = OP_AMOXOR_W, [0x08] = OP_AMOOR_W, [0x0c] = OP_AMOAND_W, [0x10] = OP_AMOMIN_W,
        [0x14] = OP_AMOMAX_W, [0x18] = OP_AMOMINU_W, [0x1c] = OP_AMOMAXU_W,
    };
    static const enum vm_op dword[32] = {
        [0x00] = OP_AMOADD_D, [0x01] = OP_AMOSWAP_D, [0x02] = OP_LR_D, [0x03] = OP_SC_D,
        [0x04] = OP_AMOXOR_D, [0x08] = OP_AMOOR_D, [0x0c] = OP_AMOAND_D, [0x10] = OP_AMOMIN_D,
        [0x14] = OP_AMOMAX_D, [0x18] = OP_AMOMINU_D, [0x1c] = OP_AMOMAXU_D,
    };
    uint32_t funct3 = bits(e, 14, 12), funct5 = bits(e, 31, 27);
    if (funct5 == 0x02 && bits(e, 24, 20) != 0) return OP_ILLEGAL; /* lr has rs2 = 0 */
    if (funct3 == 2) return word[funct5];
    return funct3 == 3 ? dword[funct5] : OP_ILLEGAL;
}

static bool rm_valid(uint32_t rm) { return rm <= 4 || rm == RM_DYNAMIC; }

/* Fused multiply-add: fmt in bits 26:25 (0 single, 1 double). */
static enum vm_op decode_fma(uint32_t e) {
    static const enum vm_op single[4] = {OP_FMADD_S, OP_FMSUB_S, OP_FNMSUB_S, OP_FNMADD_S};
    static const enum vm_op dbl[4] = {OP_FMADD_D, OP_FMSUB_D, OP_FNMSUB_D, OP_FNMADD_D};
    uint32_t which = (bits(e, 6, 0) - OPC_MADD) >> 2, fmt = bits(e, 26, 25);
    VM_ASSERT(which < 4);
    if (!rm_valid(bits(e, 14, 12)) || fmt > 1) return OP_ILLEGAL;
    return fmt == 0 ? single[which] : dbl[which];
}

/* Operations selected by rs2 (conversions), one table row per (funct5, format). */
static enum vm_op decode_fp_by_rs2(uint32_t funct5, uint32_t fmt, uint32_t rs2) {
    static const enum vm_op to_int[2][4] = {
        {OP_FCVT_W_S, OP_FCVT_WU_S, OP_FCVT_L_S, OP_FCVT_LU_S},
        {OP_FCVT_W_D, OP_FCVT_WU_D, OP_FCVT_L_D, OP_FCVT_LU_D},
    };
    static const enum vm_op from_int[2][4] = {
        {OP_FCVT_S_W, OP_FCVT_S_WU, OP_FCVT_S_L, OP_FCVT_S_LU},
        {OP_FCVT_D_W, OP_FCVT_D_WU, OP_FCVT_D_L, OP_FCVT_D_LU},
    };
    if (funct5 == 0x08) { /* between formats: the source format is in rs2 */
        if (fmt == 0 && rs2 == 1) return OP_FCVT_S_D;
        return fmt == 1 && rs2 == 0 ? OP_FCVT_D_S : OP_ILLEGAL;
    }
    if (rs2 > 3) return OP_ILLEGAL;
    return funct5 == 0x18 ? to_int[fmt][rs2] : from_int[fmt][rs2];
}

/* Operations whose funct3 is a selector, not a rounding mode. */
static enum vm_op decode_fp_by_funct3(uint32_t funct5, uint32_t fmt, uint32_t funct3,
                                      uint32_t rs2) {
    static const enum vm_op sgnj[2][4] = {{OP_FSGNJ_S, OP_FSGNJN_S, OP_FSGNJX_S},
                                          {OP_FSGNJ_D, OP_FSGNJN_D, OP_FSGNJX_D}};
    static const enum vm_op minmax[2][4] = {{OP_FMIN_S, OP_FMAX_S}, {OP_FMIN_D, OP_FMAX_D}};
    static const enum vm_op compare[2][4] = {{OP_FLE_S, OP_FLT_S, OP_FEQ_S},
                                             {OP_FLE_D, OP_FLT_D, OP_FEQ_D}};
    static const enum vm_op move_class[2][4] = {{OP_FMV_X_W, OP_FCLASS_S},
                                                {OP_FMV_X_D, OP_FCLASS_D}};
    static const enum vm_op move_in[2][4] = {{OP_FMV_W_X}, {OP_FMV_D_X}};
    if (funct3 > 3) return OP_ILLEGAL;
    switch (funct5) {
    case 0x04: return sgnj[fmt][funct3];
    case 0x05: return minmax[fmt][funct3];
    case 0x14: return compare[fmt][funct3];
    case 0x1c: return rs2 == 0 ? move_class[fmt][funct3] : OP_ILLEGAL;
    case 0x1e: return rs2 == 0 ? move_in[fmt][funct3] : OP_ILLEGAL;
    default: return OP_ILLEGAL;
    }
}

static enum vm_op decode_op_fp(uint32_t e) {
    static const enum vm_op arith[2][4] = {{OP_FADD_S, OP_FSUB_S, OP_FMUL_S, OP_FDIV_S},
                                           {OP_FADD_D, OP_FSUB_D, OP_FMUL_D, OP_FDIV_D}};
    uint32_t funct5 = bits(e, 31, 27), fmt = bits(e, 26, 25);
    uint32_t funct3 = bits(e, 14, 12), rs2 = bits(e, 24, 20);
    if (fmt > 1) return OP_ILLEGAL; /* half and quad precision are not implemented */
    bool rounds = funct5 <= 0x03 || funct5 == 0x0b || funct5 == 0x08 || funct5 == 0x18 ||
                  funct5 == 0x1a;
    if (!rounds) return decode_fp_by_funct3(funct5, fmt, funct3, rs2);
    if (!rm_valid(funct3)) return OP_ILLEGAL;
    if (funct5 <= 0x03) return arith[fmt][funct5];
    if (funct5 == 0x0b) return rs2 == 0 ? (fmt == 0 ? OP_FSQRT_S : OP_FSQRT_D) : OP_ILLEGAL;
    return decode_fp_by_rs2(funct5, fmt, rs2);
}

static enum vm_op decode_fp_memory(uint32_t e, bool is_store) {
    uint32_t funct3 = bits(e, 14, 12);
    if (funct3 == 2) return is_store ? OP_FSW : OP_FLW;
    if (funct3 == 3) return is_store ? OP_FSD : OP_FLD;
    return OP_ILLEGAL;
}

/* SYSTEM: ecall, ebreak and the CSR instructions; the CSR number goes in imm. Privileged
 * instructions (mret, wfi, ...) are illegal in user mode. */
static enum vm_op decode_system(uint32_t e, int64_t *imm) {
    static const enum vm_op csr[8] = {OP_ILLEGAL, OP_CSRRW, OP_CSRRS, OP_CSRRC,
                                      OP_ILLEGAL, OP_CSRRWI, OP_CSRRSI, OP_CSRRCI};
    if (e == 0x00000073u) return OP_ECALL;
    if (e == 0x00100073u) return OP_EBREAK;
    *imm = bits(e, 31, 20);
    return csr[bits(e, 14, 12)];
}

/* MISC-MEM: fence ignores its reserved fields, as the spec requires. */
static enum vm_op decode_misc_mem(uint32_t funct3) {
    if (funct3 == 0) return OP_FENCE;
    return funct3 == 1 ? OP_FENCE_I : OP_ILLEGAL;
}

static enum vm_op decode_opcode(uint32_t e, int64_t *imm) {
    uint32_t funct3 = bits(e, 14, 12), funct7 = bits(e, 31, 25);
    switch (bits(e, 6, 0)) {
    case OPC_LUI: *imm = imm_u(e); return OP_LUI;
    case OPC_AUIPC: *imm = imm_u(e); return OP_AUIPC;
    case OPC_JAL: *imm = imm_j(e); return OP_JAL;
    case OPC_JALR: *imm = imm_i(e); return funct3 == 0 ? OP_JALR : OP_ILLEGAL;
    case OPC_BRANCH: *imm = imm_b(e); return decode_branch(funct3);
    case OPC_LOAD: *imm = imm_i(e); return decode_load(funct3);
    case OPC_STORE: *imm = imm_s(e); return decode_store(funct3);
    case OPC_LOAD_FP: *imm = imm_i(e); return decode_fp_memory(e, false);
    case OPC_STORE_FP: *imm = imm_s(e); return decode_fp_memory(e, true);
    case OPC_OP_IMM: *imm = imm_i(e); return decode_op_imm(e, imm);
    case OPC_OP_IMM_32: *imm = imm_i(e); return decode_op_imm_32(e, imm);
    case OPC_OP: return decode_op(funct7, funct3);
    case OPC_OP_32: return decode_op_32(funct7, funct3, bits(e, 24, 20));
    case OPC_AMO: return decode_amo(e);
    case OPC_MADD: case OPC_MSUB: case OPC_NMSUB: case OPC_NMADD: return decode_fma(e);
    case OPC_OP_FP: return decode_op_fp(e);
    case OPC_MISC_MEM: return decode_misc_mem(funct3);
    case OPC_SYSTEM: return decode_system(e, imm);
    default: return OP_ILLEGAL;
    }
}

void vm_decode(uint32_t encoding, struct vm_insn *out) {
    VM_ASSERT(out != 0);
    out->rd = (uint8_t)bits(encoding, 11, 7);
    out->rs1 = (uint8_t)bits(encoding, 19, 15);
    out->rs2 = (uint8_t)bits(encoding, 24, 20);
    out->rs3 = (uint8_t)bits(encoding, 31, 27);
    out->rm = (uint8_t)bits(encoding, 14, 12);
    out->length = 4;
    out->imm = 0;
    out->op = (bits(encoding, 1, 0) == 3) ? decode_opcode(encoding, &out->imm) : OP_ILLEGAL;
    out->immediate_operand = vm_op_takes_immediate(out->op);
    VM_ASSERT(out->op < OP_COUNT);
}

const char *vm_op_name(enum vm_op op) {
#define VM_OP_NAME(name, mnemonic) mnemonic,
    static const char *const names[OP_COUNT] = {VM_OPS(VM_OP_NAME)};
#undef VM_OP_NAME
    VM_ASSERT(op < OP_COUNT);
    VM_ASSERT(names[op] != 0);
    return names[op];
}
