/* RV64IM decoder. Field layouts and encodings from the RISC-V Unprivileged ISA, chapter
 * "RV32I Base Integer Instruction Set" and the RV64I and M chapters. */
#include "decode.h"

#include "vm_assert.h"

enum {
    OPC_LOAD = 0x03, OPC_MISC_MEM = 0x0f, OPC_OP_IMM = 0x13, OPC_AUIPC = 0x17,
    OPC_OP_IMM_32 = 0x1b, OPC_STORE = 0x23, OPC_OP = 0x33, OPC_LUI = 0x37, OPC_OP_32 = 0x3b,
    OPC_BRANCH = 0x63, OPC_JALR = 0x67, OPC_JAL = 0x6f, OPC_SYSTEM = 0x73,
};

static uint32_t bits(uint32_t value, unsigned high, unsigned low) {
    return (value >> low) & ((1u << (high - low + 1)) - 1u);
}

/* Sign-extends the low `width` bits of value. */
static int64_t sign_extend(uint64_t value, unsigned width) {
    uint64_t sign = 1ull << (width - 1);
    value &= (sign << 1) - 1;
    return (int64_t)((value ^ sign) - sign);
}

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

/* OP-IMM: shifts take a 6-bit shamt and a 6-bit funct6 in imm[11:6]. */
static enum vm_op decode_op_imm(uint32_t e, int64_t *imm) {
    static const enum vm_op ops[8] = {OP_ADDI, OP_SLLI, OP_SLTI, OP_SLTIU,
                                      OP_XORI, OP_SRLI, OP_ORI, OP_ANDI};
    uint32_t funct3 = bits(e, 14, 12);
    uint32_t funct6 = bits(e, 31, 26);
    if (funct3 == 1 || funct3 == 5) {
        *imm = bits(e, 25, 20);
        if (funct3 == 1) return funct6 == 0 ? OP_SLLI : OP_ILLEGAL;
        if (funct6 == 0) return OP_SRLI;
        return funct6 == 0x10 ? OP_SRAI : OP_ILLEGAL;
    }
    return ops[funct3];
}

/* OP-IMM-32: shifts take a 5-bit shamt and funct7 in imm[11:5]. */
static enum vm_op decode_op_imm_32(uint32_t e, int64_t *imm) {
    uint32_t funct3 = bits(e, 14, 12);
    uint32_t funct7 = bits(e, 31, 25);
    if (funct3 == 0) return OP_ADDIW;
    *imm = bits(e, 24, 20);
    if (funct3 == 1) return funct7 == 0 ? OP_SLLIW : OP_ILLEGAL;
    if (funct3 != 5) return OP_ILLEGAL;
    if (funct7 == 0) return OP_SRLIW;
    return funct7 == 0x20 ? OP_SRAIW : OP_ILLEGAL;
}

static enum vm_op decode_op(uint32_t funct7, uint32_t funct3) {
    static const enum vm_op base[8] = {OP_ADD, OP_SLL, OP_SLT, OP_SLTU,
                                       OP_XOR, OP_SRL, OP_OR, OP_AND};
    static const enum vm_op muldiv[8] = {OP_MUL, OP_MULH, OP_MULHSU, OP_MULHU,
                                         OP_DIV, OP_DIVU, OP_REM, OP_REMU};
    if (funct7 == 0x00) return base[funct3];
    if (funct7 == 0x01) return muldiv[funct3];
    if (funct7 != 0x20) return OP_ILLEGAL;
    if (funct3 == 0) return OP_SUB;
    return funct3 == 5 ? OP_SRA : OP_ILLEGAL;
}

static enum vm_op decode_op_32(uint32_t funct7, uint32_t funct3) {
    static const enum vm_op base[8] = {OP_ADDW, OP_SLLW, OP_ILLEGAL, OP_ILLEGAL,
                                       OP_ILLEGAL, OP_SRLW, OP_ILLEGAL, OP_ILLEGAL};
    static const enum vm_op muldiv[8] = {OP_MULW, OP_ILLEGAL, OP_ILLEGAL, OP_ILLEGAL,
                                         OP_DIVW, OP_DIVUW, OP_REMW, OP_REMUW};
    if (funct7 == 0x00) return base[funct3];
    if (funct7 == 0x01) return muldiv[funct3];
    if (funct7 != 0x20) return OP_ILLEGAL;
    if (funct3 == 0) return OP_SUBW;
    return funct3 == 5 ? OP_SRAW : OP_ILLEGAL;
}

/* SYSTEM: only ecall and ebreak exist in user mode without Zicsr. */
static enum vm_op decode_system(uint32_t e) {
    if (e == 0x00000073u) return OP_ECALL;
    if (e == 0x00100073u) return OP_EBREAK;
    return OP_ILLEGAL;
}

/* MISC-MEM: fence ignores its reserved fields as the spec requires; fence.i is a no-op until the
 * VM caches decoded code. */
static enum vm_op decode_misc_mem(uint32_t funct3) {
    if (funct3 == 0) return OP_FENCE;
    return funct3 == 1 ? OP_FENCE_I : OP_ILLEGAL;
}

static enum vm_op decode_opcode(uint32_t e, int64_t *imm) {
    uint32_t funct3 = bits(e, 14, 12);
    uint32_t funct7 = bits(e, 31, 25);
    switch (bits(e, 6, 0)) {
    case OPC_LUI: *imm = imm_u(e); return OP_LUI;
    case OPC_AUIPC: *imm = imm_u(e); return OP_AUIPC;
    case OPC_JAL: *imm = imm_j(e); return OP_JAL;
    case OPC_JALR: *imm = imm_i(e); return funct3 == 0 ? OP_JALR : OP_ILLEGAL;
    case OPC_BRANCH: *imm = imm_b(e); return decode_branch(funct3);
    case OPC_LOAD: *imm = imm_i(e); return decode_load(funct3);
    case OPC_STORE: *imm = imm_s(e); return decode_store(funct3);
    case OPC_OP_IMM: *imm = imm_i(e); return decode_op_imm(e, imm);
    case OPC_OP_IMM_32: *imm = imm_i(e); return decode_op_imm_32(e, imm);
    case OPC_OP: return decode_op(funct7, funct3);
    case OPC_OP_32: return decode_op_32(funct7, funct3);
    case OPC_MISC_MEM: return decode_misc_mem(funct3);
    case OPC_SYSTEM: return decode_system(e);
    default: return OP_ILLEGAL;
    }
}

void vm_decode(uint32_t encoding, struct vm_insn *out) {
    VM_ASSERT(out != 0);
    out->rd = (uint8_t)bits(encoding, 11, 7);
    out->rs1 = (uint8_t)bits(encoding, 19, 15);
    out->rs2 = (uint8_t)bits(encoding, 24, 20);
    out->imm = 0;
    out->op = decode_opcode(encoding, &out->imm);
    VM_ASSERT(out->op < OP_COUNT);
}

const char *vm_op_name(enum vm_op op) {
    static const char *const names[OP_COUNT] = {
        "illegal", "lui", "auipc", "jal", "jalr", "beq", "bne", "blt", "bge", "bltu", "bgeu",
        "lb", "lh", "lw", "ld", "lbu", "lhu", "lwu", "sb", "sh", "sw", "sd",
        "addi", "slti", "sltiu", "xori", "ori", "andi", "slli", "srli", "srai",
        "add", "sub", "sll", "slt", "sltu", "xor", "srl", "sra", "or", "and",
        "addiw", "slliw", "srliw", "sraiw", "addw", "subw", "sllw", "srlw", "sraw",
        "fence", "fence.i", "ecall", "ebreak",
        "mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu",
        "mulw", "divw", "divuw", "remw", "remuw",
    };
    VM_ASSERT(op < OP_COUNT);
    VM_ASSERT(names[op] != 0);
    return names[op];
}
