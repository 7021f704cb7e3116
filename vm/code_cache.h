/* SPDX-License-Identifier: MIT */
/* The decoded-instruction cache: between the decoder (decode.c, which turns an encoding into a
 * struct vm_insn) and the dispatch loop (dispatch.c, which runs slots). It owns the slots
 * (struct vm_code_cache in vm.h), turns a decoded instruction into a slot, and keeps every slot
 * equal to what decoding guest memory would give now.
 *
 * Coherence: a guest page has slots only while it is executable, and its slots always describe
 * its current bytes. So
 *   - a page whose permissions change, or whose bytes change other than by a guest store (system
 *     calls through vm_guest_bytes, mmap, munmap, mremap, brk, mprotect, the ELF loader), loses
 *     its slots (vm_code_drop, vm_code_flush), and so does a 4-byte instruction that ends on it;
 *   - a guest store (integer, FP, SC, AMO) to an executable page marks the slots of the parcels
 *     it wrote, and of the parcel before them, undecoded (vm_code_stored): only a page both
 *     writable and executable can take such a store.
 * So fence.i has nothing left to do, and a slot never runs once its page lost execute. */
#ifndef BASIN_CODE_CACHE_H
#define BASIN_CODE_CACHE_H

#include <stdint.h>

#include "decode.h"
#include "vm.h"

/* The ALU operations with a handler of their own: rd = op(rs1, rs2 or imm), inlined from alu.h:
 * each is a handful of host instructions in its own handler. The rest (VM_ALU_SHARED: rare in
 * compiled code) share the ALU handler, which calls vm_alu, so that the handler byte keeps room
 * for the FP handlers and the fused pairs. */
#define VM_ALU_HANDLERS(X)                                                                     \
    X(ADDI) X(SLTI) X(SLTIU) X(XORI) X(ORI) X(ANDI) X(SLLI) X(SRLI) X(SRAI)                    \
    X(ADD) X(SUB) X(SLL) X(SLT) X(SLTU) X(XOR) X(SRL) X(SRA) X(OR) X(AND)                      \
    X(ADDIW) X(SLLIW) X(SRLIW) X(SRAIW) X(ADDW) X(SUBW) X(SLLW) X(SRLW) X(SRAW)                \
    X(MUL) X(MULH) X(MULHU) X(DIV) X(DIVU) X(REM) X(REMU) X(MULW) X(DIVW)                      \
    X(DIVUW) X(REMW) X(REMUW)                                                                  \
    X(ADD_UW) X(SH1ADD) X(SH2ADD) X(SH3ADD)                                                    \
    X(SLLI_UW) X(ANDN) X(CLZ) X(CTZ) X(CPOP) X(MAX)                                            \
    X(MAXU) X(MIN) X(MINU) X(SEXT_B) X(SEXT_H) X(ZEXT_H) X(ROL) X(ROR) X(RORI)                 \
    X(ORC_B) X(REV8)
#define VM_ALU_SHARED(X)                                                                       \
    X(MULHSU) X(SH1ADD_UW) X(SH2ADD_UW) X(SH3ADD_UW) X(ORN) X(XNOR) X(CLZW) X(CTZW) X(CPOPW)    \
    X(ROLW) X(RORIW) X(RORW) X(BCLR) X(BCLRI) X(BEXT) X(BEXTI) X(BINV) X(BINVI) X(BSET) X(BSETI)

/* Every handler of the dispatch loop. What a slot's fields mean for each (besides rd, rs1, rs2
 * as decoded):
 *   DECODE   not decoded yet (slot handler 0): decode the parcel(s) at this pc, then run it
 *   STEP     run through vm_execute_one (fetch, decode, execute from guest memory): CSRs,
 *            atomics, ebreak, illegal encodings, a 4-byte instruction in a page's last parcel
 *            whose next page is not executable (its fetch faults), and other rare forms
 *   CROSS    the two slots past a page's end: straight-line code continues on the next page
 *   NOP      no effect (an ALU operation, lui or auipc with rd = x0, fence, fence.i)
 *   LI       rd = imm (lui; auipc, whose result pc + imm is known when it is decoded)
 *   AUIPC    rd = pc + imm (when pc + imm does not fit in imm)
 *   JAL, J   imm = the target (inside guest memory, else STEP), vm_near_target's form when it
 *            is on the same page; J is jal with rd = x0
 *   JALR, JR imm as decoded; JR is jalr with rd = x0
 *   BEQ..    imm = the target as JAL's
 *   loads    rd != x0 (a load into x0 is STEP); imm as decoded; FLW, FLD too
 *   stores   imm as decoded; FSW, FSD too
 *   ADDI..   (VM_ALU_HANDLERS) rd != x0; imm as decoded
 *   ALU      an operation of VM_ALU_SHARED, rd != x0: rs2 holds the operation, imm the
 *            immediate or, for a register form, rs2
 *   FP       F and D arithmetic, conversions, comparisons and moves (not loads and stores),
 *            run by vm_execute_fp; they have no immediate, so imm holds the rest of their
 *            decoded form: vm_fp_imm()
 *   FSGNJ_D, FMV_X_D, FMV_D_X, FSGNJ_S, FMV_X_W, FMV_W_X   the exact moves, inline (fsgnj.d,
 *            fsgnjn.d, fsgnjx.d: fmv.d, fneg.d, fabs.d; the same for singles); imm as FP's.
 *            FMV_X_D and FMV_X_W only for rd != x0
 *   FADD_D.. the commonest arithmetic on the host's FPU, inline (VM_FP_HOST_HANDLERS; only
 *            where fpu_host.h has a host FPU): imm as FP's; when the rounding mode is not the
 *            host's, or an operand needs softfloat's NaN rules, they run as FP does. FP_HOST:
 *            the other operations the host computes (conversions, fsqrt.s), through
 *            vm_fp_host_execute, without FP's fetch of the encoding
 *   CSR_FP   csrrw, csrrs, csrrc and their immediate forms on fflags, frm and fcsr (not the
 *            counters, which read instret: STEP): rs2 holds the operation, imm the CSR */
#define VM_HANDLERS(X)                                                                         \
    X(DECODE) X(STEP) X(CROSS) X(NOP) X(LI) X(AUIPC) X(JAL) X(J) X(JALR) X(JR)                 \
    X(BEQ) X(BNE) X(BLT) X(BGE) X(BLTU) X(BGEU) X(ECALL)                                       \
    X(LB) X(LH) X(LW) X(LD) X(LBU) X(LHU) X(LWU) X(SB) X(SH) X(SW) X(SD)                       \
    X(FLW) X(FLD) X(FSW) X(FSD) X(FP) X(FSGNJ_D) X(FMV_X_D) X(FMV_D_X) X(FSGNJ_S) X(FMV_X_W)   \
    X(FMV_W_X) X(CSR_FP)                                                                       \
    VM_FP_HOST_HANDLERS(X) X(ALU) VM_ALU_HANDLERS(X)

/* The F and D operations the dispatch loop runs inline on the host's FPU. FMA_D and FMA_S
 * stand for the four fused forms each (only where the host has FMA3), FCMP_D for feq.d, flt.d
 * and fle.d (rd != x0), FCMP_S the same for singles, FCVT_I_D for fcvt.w.d, fcvt.wu.d,
 * fcvt.l.d and fcvt.lu.d (rd != x0), FCVT_I_S the same from singles, FCVT_D_I for fcvt.d.w,
 * fcvt.d.wu, fcvt.d.l and fcvt.d.lu, FCVT_S_I the same to singles; the others for their
 * operation. (Every handler costs two of the 256 values of a slot's handler byte: the rarer
 * operations stay with FP.) */
#define VM_FP_HOST_HANDLERS(X)                                                                 \
    X(FADD_D) X(FSUB_D) X(FMUL_D) X(FDIV_D) X(FSQRT_D) X(FMA_D) X(FCMP_D)                      \
    X(FADD_S) X(FSUB_S) X(FMUL_S) X(FDIV_S) X(FMA_S) X(FCMP_S)                                 \
    X(FCVT_I_D) X(FCVT_I_S) X(FCVT_D_I) X(FCVT_S_I) X(FCVT_S_D) X(FCVT_D_S) X(FP_HOST)

#define VM_HANDLER_ENUM(name) VM_H_##name,
enum vm_handler { VM_HANDLERS(VM_HANDLER_ENUM) VM_HANDLER_COUNT };
#undef VM_HANDLER_ENUM

/* A slot's handler byte is 2 * handler + 1 for a 4-byte instruction, 2 * handler for a 2-byte
 * one: the dispatch loop has each handler twice, each knowing how far the next slot is, so the
 * length is never looked up. Byte 0 (and 1) is DECODE, so a cleared slot is an undecoded one. */
_Static_assert(2 * VM_HANDLER_COUNT <= 256, "a slot's handler byte holds every handler");
enum { VM_SLOT_UNDECODED = 2 * VM_H_DECODE };

static inline uint8_t vm_slot_handler(enum vm_handler handler, unsigned length) {
    return (uint8_t)(2 * handler + (length == 4));
}

/* A branch's or jal's target on its own page, as imm: the distance in slots (parcels), times
 * two, plus one. Any other target is its address, which is even. */
static inline int32_t vm_near_target(int32_t slots) {
    return (int32_t)((uint32_t)slots * 2u + 1u);
}

/* The FP handler's imm: the operation, rs3 and rm. */
_Static_assert(OP_COUNT <= 256, "an operation fits in 8 bits of a slot's imm");
static inline int32_t vm_fp_imm(const struct vm_insn *insn) {
    return (int32_t)(insn->op | (uint32_t)insn->rs3 << 8 | (uint32_t)insn->rm << 13);
}
static inline void vm_fp_insn(const struct vm_code_slot *slot, struct vm_insn *insn) {
    uint32_t imm = (uint32_t)slot->imm;
    *insn = (struct vm_insn){.op = (enum vm_op)(imm & 0xff), .rd = slot->rd, .rs1 = slot->rs1,
                             .rs2 = slot->rs2, .rs3 = (uint8_t)(imm >> 8 & 31),
                             .rm = (uint8_t)(imm >> 13 & 7), .length = 4};
}

/* Fills `slot` for `insn`, decoded from guest address pc (its own page, which is executable). */
void vm_code_fill(struct vm_code_slot *slot, const struct vm_insn *insn, uint64_t pc);

/* Decodes the instruction at pc, on an executable page with slots, into its slot `slot`. A
 * 4-byte instruction in the page's last parcel has its second half on the next page: decoded
 * when that page is executable (its slot then goes stale with that page too: vm_code_drop and
 * vm_code_stored see to it), else STEP, whose fetch faults. */
void vm_code_decode(struct vm *vm, struct vm_code_slot *slot, uint64_t pc);

/* The slots of executable guest page `page`, taken for it now (all undecoded) unless it has
 * them; may take them from another page. */
struct vm_code_slot *vm_code_page_slots(struct vm *vm, uint64_t page);

/* Forgets every page's slots (vm_init, the ELF loader). */
void vm_code_flush(struct vm *vm);

/* Forgets the slots of guest pages [first_page, end_page), and the last slot of the page below
 * each (an instruction there may reach into it). */
void vm_code_drop(struct vm *vm, uint64_t first_page, uint64_t end_page);

/* A guest store wrote `bytes` (1 to 8) at addr: the slots of the parcels written and of the
 * parcel before them (a 4-byte instruction there covers the first byte) become undecoded. */
void vm_code_stored(struct vm *vm, uint64_t addr, unsigned bytes);

#endif
