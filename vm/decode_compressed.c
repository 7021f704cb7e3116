/* SPDX-License-Identifier: MIT */
/* Decoder for the RV64C compressed encodings: each one expands to the 32-bit operation it stands
 * for (RISC-V Unprivileged ISA, "C" chapter, RVC opcode map for RV64). Reserved encodings decode
 * as OP_ILLEGAL; HINTs execute as the operation they encode, which changes nothing. */
#include "decode.h"

#include "bits.h"
#include "vm_assert.h"

enum { REG_RA = 1, REG_SP = 2 };

/* The 3-bit register fields rd', rs1', rs2' name x8..x15 (or f8..f15). */
static uint8_t creg(uint32_t field) { return (uint8_t)(8 + field); }

static void set(struct vm_insn *out, enum vm_op op, unsigned rd, unsigned rs1, unsigned rs2,
                int64_t imm) {
    out->op = op;
    out->rd = (uint8_t)rd;
    out->rs1 = (uint8_t)rs1;
    out->rs2 = (uint8_t)rs2;
    out->imm = imm;
}

/* Immediates, named by the instructions that use them. */
static int64_t imm_ci(uint32_t e) { return sign_extend(bits(e, 12, 12) << 5 | bits(e, 6, 2), 6); }
static uint32_t uimm_cl_w(uint32_t e) { return bits(e, 12, 10) << 3 | bits(e, 6, 6) << 2 | bits(e, 5, 5) << 6; }
static uint32_t uimm_cl_d(uint32_t e) { return bits(e, 12, 10) << 3 | bits(e, 6, 5) << 6; }

static int64_t imm_cj(uint32_t e) {
    uint32_t v = bits(e, 12, 12) << 11 | bits(e, 11, 11) << 4 | bits(e, 10, 9) << 8 |
                 bits(e, 8, 8) << 10 | bits(e, 7, 7) << 6 | bits(e, 6, 6) << 7 |
                 bits(e, 5, 3) << 1 | bits(e, 2, 2) << 5;
    return sign_extend(v, 12);
}

static int64_t imm_cb(uint32_t e) {
    uint32_t v = bits(e, 12, 12) << 8 | bits(e, 11, 10) << 3 | bits(e, 6, 5) << 6 |
                 bits(e, 4, 3) << 1 | bits(e, 2, 2) << 5;
    return sign_extend(v, 9);
}

/* Quadrant 0: stack-pointer-based addi and the register-based loads and stores. */
static void quadrant0(uint32_t e, struct vm_insn *out) {
    uint8_t rd = creg(bits(e, 4, 2)), rs1 = creg(bits(e, 9, 7));
    switch (bits(e, 15, 13)) {
    case 0: { /* c.addi4spn; a zero immediate (including the all-zero parcel) is illegal */
        uint32_t nzuimm = bits(e, 12, 11) << 4 | bits(e, 10, 7) << 6 | bits(e, 6, 6) << 2 |
                          bits(e, 5, 5) << 3;
        if (nzuimm != 0) set(out, OP_ADDI, rd, REG_SP, 0, nzuimm);
        return;
    }
    case 1: set(out, OP_FLD, rd, rs1, 0, uimm_cl_d(e)); return;
    case 2: set(out, OP_LW, rd, rs1, 0, uimm_cl_w(e)); return;
    case 3: set(out, OP_LD, rd, rs1, 0, uimm_cl_d(e)); return;
    case 5: set(out, OP_FSD, 0, rs1, rd, uimm_cl_d(e)); return;
    case 6: set(out, OP_SW, 0, rs1, rd, uimm_cl_w(e)); return;
    case 7: set(out, OP_SD, 0, rs1, rd, uimm_cl_d(e)); return;
    default: return; /* 4 is reserved */
    }
}

/* Quadrant 1, funct3 4: shifts, andi and register-register arithmetic on x8..x15. */
static void quadrant1_alu(uint32_t e, struct vm_insn *out) {
    static const enum vm_op ops[2][4] = {{OP_SUB, OP_XOR, OP_OR, OP_AND},
                                         {OP_SUBW, OP_ADDW, OP_ILLEGAL, OP_ILLEGAL}};
    uint8_t rd = creg(bits(e, 9, 7)), rs2 = creg(bits(e, 4, 2));
    uint32_t shamt = bits(e, 12, 12) << 5 | bits(e, 6, 2);
    switch (bits(e, 11, 10)) {
    case 0: set(out, OP_SRLI, rd, rd, 0, shamt); return;
    case 1: set(out, OP_SRAI, rd, rd, 0, shamt); return;
    case 2: set(out, OP_ANDI, rd, rd, 0, imm_ci(e)); return;
    default: set(out, ops[bits(e, 12, 12)][bits(e, 6, 5)], rd, rd, rs2, 0); return;
    }
}

static void quadrant1(uint32_t e, struct vm_insn *out) {
    uint8_t rd = (uint8_t)bits(e, 11, 7);
    switch (bits(e, 15, 13)) {
    case 0: set(out, OP_ADDI, rd, rd, 0, imm_ci(e)); return; /* c.addi, c.nop */
    case 1: if (rd != 0) set(out, OP_ADDIW, rd, rd, 0, imm_ci(e)); return;
    case 2: set(out, OP_ADDI, rd, 0, 0, imm_ci(e)); return;  /* c.li */
    case 3:
        if (rd == REG_SP) { /* c.addi16sp */
            uint32_t v = bits(e, 12, 12) << 9 | bits(e, 6, 6) << 4 | bits(e, 5, 5) << 6 |
                         bits(e, 4, 3) << 7 | bits(e, 2, 2) << 5;
            if (v != 0) set(out, OP_ADDI, REG_SP, REG_SP, 0, sign_extend(v, 10));
        } else if (imm_ci(e) != 0) { /* c.lui */
            set(out, OP_LUI, rd, 0, 0, imm_ci(e) * 4096);
        }
        return;
    case 4: quadrant1_alu(e, out); return;
    case 5: set(out, OP_JAL, 0, 0, 0, imm_cj(e)); return;                 /* c.j */
    case 6: set(out, OP_BEQ, 0, creg(bits(e, 9, 7)), 0, imm_cb(e)); return; /* c.beqz */
    default: set(out, OP_BNE, 0, creg(bits(e, 9, 7)), 0, imm_cb(e)); return;
    }
}

/* Quadrant 2, funct3 4: jr, mv, ebreak, jalr, add. */
static void quadrant2_jump_move(uint32_t e, struct vm_insn *out) {
    uint8_t rs1 = (uint8_t)bits(e, 11, 7), rs2 = (uint8_t)bits(e, 6, 2);
    if (bits(e, 12, 12) == 0) {
        if (rs2 != 0) set(out, OP_ADD, rs1, 0, rs2, 0);   /* c.mv */
        else if (rs1 != 0) set(out, OP_JALR, 0, rs1, 0, 0); /* c.jr */
        return;
    }
    if (rs2 != 0) set(out, OP_ADD, rs1, rs1, rs2, 0);          /* c.add */
    else if (rs1 != 0) set(out, OP_JALR, REG_RA, rs1, 0, 0);   /* c.jalr */
    else set(out, OP_EBREAK, 0, 0, 0, 0);                      /* c.ebreak */
}

static void quadrant2(uint32_t e, struct vm_insn *out) {
    uint8_t rd = (uint8_t)bits(e, 11, 7), rs2 = (uint8_t)bits(e, 6, 2);
    uint32_t ldsp = bits(e, 12, 12) << 5 | bits(e, 6, 5) << 3 | bits(e, 4, 2) << 6;
    uint32_t lwsp = bits(e, 12, 12) << 5 | bits(e, 6, 4) << 2 | bits(e, 3, 2) << 6;
    uint32_t sdsp = bits(e, 12, 10) << 3 | bits(e, 9, 7) << 6;
    uint32_t swsp = bits(e, 12, 9) << 2 | bits(e, 8, 7) << 6;
    switch (bits(e, 15, 13)) {
    case 0: set(out, OP_SLLI, rd, rd, 0, bits(e, 12, 12) << 5 | bits(e, 6, 2)); return;
    case 1: set(out, OP_FLD, rd, REG_SP, 0, ldsp); return;
    case 2: if (rd != 0) set(out, OP_LW, rd, REG_SP, 0, lwsp); return;
    case 3: if (rd != 0) set(out, OP_LD, rd, REG_SP, 0, ldsp); return;
    case 4: quadrant2_jump_move(e, out); return;
    case 5: set(out, OP_FSD, 0, REG_SP, rs2, sdsp); return;
    case 6: set(out, OP_SW, 0, REG_SP, rs2, swsp); return;
    default: set(out, OP_SD, 0, REG_SP, rs2, sdsp); return;
    }
}

void vm_decode_compressed(uint16_t encoding, struct vm_insn *out) {
    VM_ASSERT(out != 0);
    VM_ASSERT((encoding & 3u) != 3u);
    set(out, OP_ILLEGAL, 0, 0, 0, 0);
    out->rs3 = 0;
    out->rm = 0;
    out->length = 2;
    switch (encoding & 3u) {
    case 0: quadrant0(encoding, out); break;
    case 1: quadrant1(encoding, out); break;
    default: quadrant2(encoding, out); break;
    }
    out->immediate_operand = vm_op_takes_immediate(out->op);
}
