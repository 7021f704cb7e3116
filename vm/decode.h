/* SPDX-License-Identifier: MIT */
/* Decoder layer: turns an encoding (32-bit, or 16-bit compressed) into an operation and its
 * operands. It knows nothing of registers or memory; vm.c executes what it returns. */
#ifndef BASIN_DECODE_H
#define BASIN_DECODE_H

#include <stdbool.h>
#include <stdint.h>

/* One entry per operation; X(name, mnemonic). Compressed encodings decode to these too. */
#define VM_OPS(X)                                                                              \
    X(ILLEGAL, "illegal")                                                                      \
    /* RV64I */                                                                                \
    X(LUI, "lui") X(AUIPC, "auipc") X(JAL, "jal") X(JALR, "jalr")                              \
    X(BEQ, "beq") X(BNE, "bne") X(BLT, "blt") X(BGE, "bge") X(BLTU, "bltu") X(BGEU, "bgeu")    \
    X(LB, "lb") X(LH, "lh") X(LW, "lw") X(LD, "ld") X(LBU, "lbu") X(LHU, "lhu") X(LWU, "lwu")  \
    X(SB, "sb") X(SH, "sh") X(SW, "sw") X(SD, "sd")                                            \
    X(ADDI, "addi") X(SLTI, "slti") X(SLTIU, "sltiu") X(XORI, "xori") X(ORI, "ori")            \
    X(ANDI, "andi") X(SLLI, "slli") X(SRLI, "srli") X(SRAI, "srai")                            \
    X(ADD, "add") X(SUB, "sub") X(SLL, "sll") X(SLT, "slt") X(SLTU, "sltu") X(XOR, "xor")      \
    X(SRL, "srl") X(SRA, "sra") X(OR, "or") X(AND, "and")                                      \
    X(ADDIW, "addiw") X(SLLIW, "slliw") X(SRLIW, "srliw") X(SRAIW, "sraiw")                    \
    X(ADDW, "addw") X(SUBW, "subw") X(SLLW, "sllw") X(SRLW, "srlw") X(SRAW, "sraw")            \
    X(FENCE, "fence") X(FENCE_I, "fence.i") X(ECALL, "ecall") X(EBREAK, "ebreak")              \
    /* M */                                                                                    \
    X(MUL, "mul") X(MULH, "mulh") X(MULHSU, "mulhsu") X(MULHU, "mulhu") X(DIV, "div")          \
    X(DIVU, "divu") X(REM, "rem") X(REMU, "remu") X(MULW, "mulw") X(DIVW, "divw")              \
    X(DIVUW, "divuw") X(REMW, "remw") X(REMUW, "remuw")                                        \
    /* A */                                                                                    \
    X(LR_W, "lr.w") X(SC_W, "sc.w") X(AMOSWAP_W, "amoswap.w") X(AMOADD_W, "amoadd.w")          \
    X(AMOXOR_W, "amoxor.w") X(AMOAND_W, "amoand.w") X(AMOOR_W, "amoor.w")                      \
    X(AMOMIN_W, "amomin.w") X(AMOMAX_W, "amomax.w") X(AMOMINU_W, "amominu.w")                  \
    X(AMOMAXU_W, "amomaxu.w")                                                                  \
    X(LR_D, "lr.d") X(SC_D, "sc.d") X(AMOSWAP_D, "amoswap.d") X(AMOADD_D, "amoadd.d")          \
    X(AMOXOR_D, "amoxor.d") X(AMOAND_D, "amoand.d") X(AMOOR_D, "amoor.d")                      \
    X(AMOMIN_D, "amomin.d") X(AMOMAX_D, "amomax.d") X(AMOMINU_D, "amominu.d")                  \
    X(AMOMAXU_D, "amomaxu.d")                                                                  \
    /* Zicsr */                                                                                \
    X(CSRRW, "csrrw") X(CSRRS, "csrrs") X(CSRRC, "csrrc")                                      \
    X(CSRRWI, "csrrwi") X(CSRRSI, "csrrsi") X(CSRRCI, "csrrci")                                \
    /* F */                                                                                    \
    X(FLW, "flw") X(FSW, "fsw")                                                                \
    X(FMADD_S, "fmadd.s") X(FMSUB_S, "fmsub.s") X(FNMSUB_S, "fnmsub.s")                        \
    X(FNMADD_S, "fnmadd.s") X(FADD_S, "fadd.s") X(FSUB_S, "fsub.s") X(FMUL_S, "fmul.s")        \
    X(FDIV_S, "fdiv.s") X(FSQRT_S, "fsqrt.s") X(FSGNJ_S, "fsgnj.s") X(FSGNJN_S, "fsgnjn.s")    \
    X(FSGNJX_S, "fsgnjx.s") X(FMIN_S, "fmin.s") X(FMAX_S, "fmax.s")                            \
    X(FCVT_W_S, "fcvt.w.s") X(FCVT_WU_S, "fcvt.wu.s") X(FCVT_L_S, "fcvt.l.s")                  \
    X(FCVT_LU_S, "fcvt.lu.s") X(FMV_X_W, "fmv.x.w") X(FEQ_S, "feq.s") X(FLT_S, "flt.s")        \
    X(FLE_S, "fle.s") X(FCLASS_S, "fclass.s") X(FCVT_S_W, "fcvt.s.w")                          \
    X(FCVT_S_WU, "fcvt.s.wu") X(FCVT_S_L, "fcvt.s.l") X(FCVT_S_LU, "fcvt.s.lu")                \
    X(FMV_W_X, "fmv.w.x")                                                                      \
    /* D */                                                                                    \
    X(FLD, "fld") X(FSD, "fsd")                                                                \
    X(FMADD_D, "fmadd.d") X(FMSUB_D, "fmsub.d") X(FNMSUB_D, "fnmsub.d")                        \
    X(FNMADD_D, "fnmadd.d") X(FADD_D, "fadd.d") X(FSUB_D, "fsub.d") X(FMUL_D, "fmul.d")        \
    X(FDIV_D, "fdiv.d") X(FSQRT_D, "fsqrt.d") X(FSGNJ_D, "fsgnj.d") X(FSGNJN_D, "fsgnjn.d")    \
    X(FSGNJX_D, "fsgnjx.d") X(FMIN_D, "fmin.d") X(FMAX_D, "fmax.d")                            \
    X(FCVT_W_D, "fcvt.w.d") X(FCVT_WU_D, "fcvt.wu.d") X(FCVT_L_D, "fcvt.l.d")                  \
    X(FCVT_LU_D, "fcvt.lu.d") X(FMV_X_D, "fmv.x.d") X(FEQ_D, "feq.d") X(FLT_D, "flt.d")        \
    X(FLE_D, "fle.d") X(FCLASS_D, "fclass.d") X(FCVT_D_W, "fcvt.d.w")                          \
    X(FCVT_D_WU, "fcvt.d.wu") X(FCVT_D_L, "fcvt.d.l") X(FCVT_D_LU, "fcvt.d.lu")                \
    X(FMV_D_X, "fmv.d.x") X(FCVT_S_D, "fcvt.s.d") X(FCVT_D_S, "fcvt.d.s")                      \
    /* Zba */                                                                                  \
    X(ADD_UW, "add.uw") X(SH1ADD, "sh1add") X(SH2ADD, "sh2add") X(SH3ADD, "sh3add")            \
    X(SH1ADD_UW, "sh1add.uw") X(SH2ADD_UW, "sh2add.uw") X(SH3ADD_UW, "sh3add.uw")              \
    X(SLLI_UW, "slli.uw")                                                                      \
    /* Zbb */                                                                                  \
    X(ANDN, "andn") X(ORN, "orn") X(XNOR, "xnor") X(CLZ, "clz") X(CLZW, "clzw") X(CTZ, "ctz")  \
    X(CTZW, "ctzw") X(CPOP, "cpop") X(CPOPW, "cpopw") X(MAX, "max") X(MAXU, "maxu")            \
    X(MIN, "min") X(MINU, "minu") X(SEXT_B, "sext.b") X(SEXT_H, "sext.h") X(ZEXT_H, "zext.h")  \
    X(ROL, "rol") X(ROLW, "rolw") X(ROR, "ror") X(RORI, "rori") X(RORIW, "roriw")              \
    X(RORW, "rorw") X(ORC_B, "orc.b") X(REV8, "rev8")                                          \
    /* Zbs */                                                                                  \
    X(BCLR, "bclr") X(BCLRI, "bclri") X(BEXT, "bext") X(BEXTI, "bexti") X(BINV, "binv")        \
    X(BINVI, "binvi") X(BSET, "bset") X(BSETI, "bseti")

#define VM_OP_ENUM(name, mnemonic) OP_##name,
enum vm_op { VM_OPS(VM_OP_ENUM) OP_COUNT };
#undef VM_OP_ENUM

struct vm_insn {
    enum vm_op op;
    uint8_t rd, rs1, rs2, rs3;
    uint8_t rm;     /* FP rounding mode field (7 = dynamic) */
    uint8_t length; /* 2 (compressed) or 4 bytes */
    bool immediate_operand; /* an ALU operation's second operand is imm, not rs2 */
    int64_t imm;    /* sign-extended immediate; shift amount; CSR number for Zicsr */
};

/* Length in bytes of the instruction whose first 16-bit parcel is `low` (RISC-V base encoding:
 * low bits 11 mean 32 bits). */
static inline unsigned vm_insn_length(uint16_t low) { return (low & 3u) == 3u ? 4u : 2u; }

/* Decodes a 32-bit encoding; anything outside RV64GC+Zba/Zbb/Zbs gives OP_ILLEGAL. */
void vm_decode(uint32_t encoding, struct vm_insn *out);

/* Decodes a 16-bit compressed encoding into the equivalent operation (length 2). */
void vm_decode_compressed(uint16_t encoding, struct vm_insn *out);

/* True for the register-immediate ALU forms (addi, slli.uw, rori, bseti, ...). Decided once at
 * decode, so execution does not re-derive the form of every instruction; inline, so that the
 * dispatch loop's handler for each operation folds it to a constant. */
static inline bool vm_op_takes_immediate(enum vm_op op) {
    return (op >= OP_ADDI && op <= OP_SRAI) || (op >= OP_ADDIW && op <= OP_SRAIW) ||
           op == OP_SLLI_UW || op == OP_RORI || op == OP_RORIW || op == OP_BCLRI ||
           op == OP_BEXTI || op == OP_BINVI || op == OP_BSETI;
}

/* The extension of an operation that RV64GC does not include and a hart may lack ("Zba",
 * "Zbb", "Zbs"), or 0 for RV64GC's own. The kernel's native engine names it when the hart
 * refuses such an instruction. */
static inline const char *vm_op_optional_extension(enum vm_op op) {
    if (op >= OP_ADD_UW && op <= OP_SLLI_UW) return "Zba";
    if (op >= OP_ANDN && op <= OP_REV8) return "Zbb";
    if (op >= OP_BCLR && op <= OP_BSETI) return "Zbs";
    return 0;
}

/* The mnemonic of an operation, for traces and tests. */
const char *vm_op_name(enum vm_op op);

/* Whether an F or D operation has a rounding mode (its rm field, or frm when rm is dynamic),
 * which must then be valid; the moves, sign injections, fmin, fmax, comparisons and fclass
 * have none. */
static inline bool vm_op_uses_rounding_mode(enum vm_op op) {
    switch (op) {
    case OP_FSGNJ_S: case OP_FSGNJN_S: case OP_FSGNJX_S: case OP_FMIN_S: case OP_FMAX_S:
    case OP_FSGNJ_D: case OP_FSGNJN_D: case OP_FSGNJX_D: case OP_FMIN_D: case OP_FMAX_D:
    case OP_FEQ_S: case OP_FLT_S: case OP_FLE_S: case OP_FEQ_D: case OP_FLT_D: case OP_FLE_D:
    case OP_FCLASS_S: case OP_FCLASS_D: case OP_FMV_X_W: case OP_FMV_X_D: case OP_FMV_W_X:
    case OP_FMV_D_X:
        return false;
    default: return true;
    }
}

#endif
