/* Decoder layer: turns a 32-bit encoding into an operation and its operands. It knows nothing of
 * registers or memory; vm.c executes what it returns. */
#ifndef BASIN_DECODE_H
#define BASIN_DECODE_H

#include <stdint.h>

enum vm_op {
    OP_ILLEGAL = 0,
    /* RV64I */
    OP_LUI, OP_AUIPC, OP_JAL, OP_JALR,
    OP_BEQ, OP_BNE, OP_BLT, OP_BGE, OP_BLTU, OP_BGEU,
    OP_LB, OP_LH, OP_LW, OP_LD, OP_LBU, OP_LHU, OP_LWU,
    OP_SB, OP_SH, OP_SW, OP_SD,
    OP_ADDI, OP_SLTI, OP_SLTIU, OP_XORI, OP_ORI, OP_ANDI, OP_SLLI, OP_SRLI, OP_SRAI,
    OP_ADD, OP_SUB, OP_SLL, OP_SLT, OP_SLTU, OP_XOR, OP_SRL, OP_SRA, OP_OR, OP_AND,
    OP_ADDIW, OP_SLLIW, OP_SRLIW, OP_SRAIW,
    OP_ADDW, OP_SUBW, OP_SLLW, OP_SRLW, OP_SRAW,
    OP_FENCE, OP_FENCE_I, OP_ECALL, OP_EBREAK,
    /* M */
    OP_MUL, OP_MULH, OP_MULHSU, OP_MULHU, OP_DIV, OP_DIVU, OP_REM, OP_REMU,
    OP_MULW, OP_DIVW, OP_DIVUW, OP_REMW, OP_REMUW,
    OP_COUNT
};

struct vm_insn {
    enum vm_op op;
    uint8_t rd, rs1, rs2;
    int64_t imm; /* sign-extended immediate; the shift amount for shift-immediates */
};

/* Fills *out; an encoding outside RV64IM gives OP_ILLEGAL. */
void vm_decode(uint32_t encoding, struct vm_insn *out);

/* The mnemonic of an operation, for traces and tests. */
const char *vm_op_name(enum vm_op op);

#endif
