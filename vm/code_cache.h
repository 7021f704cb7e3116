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
 *     it wrote, and of the three parcels before them, undecoded (vm_code_stored): a 4-byte
 *     instruction there, or a fused pair, covers the bytes written. Only a page both writable
 *     and executable can take such a store.
 * So fence.i has nothing left to do, and a slot never runs once its page lost execute. */
#ifndef BASIN_CODE_CACHE_H
#define BASIN_CODE_CACHE_H

#include <stdint.h>

#include "decode.h"
#include "vm.h"

/* The ALU operations, each with a handler of its own: rd = op(rs1, rs2 or imm), inlined from
 * alu.h, a handful of host instructions each. */
#define VM_ALU_HANDLERS(X)                                                                     \
    X(ADDI) X(SLTI) X(SLTIU) X(XORI) X(ORI) X(ANDI) X(SLLI) X(SRLI) X(SRAI)                    \
    X(ADD) X(SUB) X(SLL) X(SLT) X(SLTU) X(XOR) X(SRL) X(SRA) X(OR) X(AND)                      \
    X(ADDIW) X(SLLIW) X(SRLIW) X(SRAIW) X(ADDW) X(SUBW) X(SLLW) X(SRLW) X(SRAW)                \
    X(MUL) X(MULH) X(MULHSU) X(MULHU) X(DIV) X(DIVU) X(REM) X(REMU) X(MULW) X(DIVW)            \
    X(DIVUW) X(REMW) X(REMUW)                                                                  \
    X(ADD_UW) X(SH1ADD) X(SH2ADD) X(SH3ADD) X(SH1ADD_UW) X(SH2ADD_UW) X(SH3ADD_UW)             \
    X(SLLI_UW) X(ANDN) X(ORN) X(XNOR) X(CLZ) X(CLZW) X(CTZ) X(CTZW) X(CPOP) X(CPOPW) X(MAX)    \
    X(MAXU) X(MIN) X(MINU) X(SEXT_B) X(SEXT_H) X(ZEXT_H) X(ROL) X(ROLW) X(ROR) X(RORI)         \
    X(RORIW) X(RORW) X(ORC_B) X(REV8)                                                          \
    X(BCLR) X(BCLRI) X(BEXT) X(BEXTI) X(BINV) X(BINVI) X(BSET) X(BSETI)

/* Every handler of the dispatch loop. A slot holds rd, rs1 and imm; rs2, where there is one, is
 * kept where the instruction has no other use for the room: in rd for stores and branches, in
 * imm for the register-register ALU operations, in imm's bits 16-20 for F and D (vm_fp_imm).
 * What the fields mean for each handler:
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
 *   BEQ..    rd = rs2, imm = the target as JAL's
 *   loads    rd != x0 (a load into x0 is STEP); imm as decoded; FLW, FLD too
 *   stores   rd = rs2, imm as decoded; FSW, FSD too
 *   ADDI..   (VM_ALU_HANDLERS) rd != x0; imm as decoded, or rs2 for a register-register one
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
 *            counters, which read instret: STEP): imm holds the CSR in bits 0-15 and the
 *            operation in bits 16-23 */
#define VM_HANDLERS(X)                                                                         \
    X(DECODE) X(STEP) X(CROSS) X(NOP) X(LI) X(AUIPC) X(JAL) X(J) X(JALR) X(JR)                 \
    X(BEQ) X(BNE) X(BLT) X(BGE) X(BLTU) X(BGEU) X(ECALL)                                       \
    X(LB) X(LH) X(LW) X(LD) X(LBU) X(LHU) X(LWU) X(SB) X(SH) X(SW) X(SD)                       \
    X(FLW) X(FLD) X(FSW) X(FSD) X(FP) X(FSGNJ_D) X(FMV_X_D) X(FMV_D_X) X(FSGNJ_S) X(FMV_X_W)   \
    X(FMV_W_X) X(CSR_FP)                                                                       \
    VM_FP_HOST_HANDLERS(X) VM_ALU_HANDLERS(X)

/* The F and D operations the dispatch loop runs inline on the host's FPU. FMA_D and FMA_S
 * stand for the four fused forms each (only where the host has FMA3), FCMP_D for feq.d, flt.d
 * and fle.d (rd != x0), FCMP_S the same for singles, FCVT_I_D for fcvt.w.d, fcvt.wu.d,
 * fcvt.l.d and fcvt.lu.d (rd != x0), FCVT_I_S the same from singles, FCVT_D_I for fcvt.d.w,
 * fcvt.d.wu, fcvt.d.l and fcvt.d.lu, FCVT_S_I the same to singles; the others for their
 * operation. The rarer operations stay with FP. */
#define VM_FP_HOST_HANDLERS(X)                                                                 \
    X(FADD_D) X(FSUB_D) X(FMUL_D) X(FDIV_D) X(FSQRT_D) X(FMA_D) X(FCMP_D)                      \
    X(FADD_S) X(FSUB_S) X(FMUL_S) X(FDIV_S) X(FMA_S) X(FCMP_S)                                 \
    X(FCVT_I_D) X(FCVT_I_S) X(FCVT_D_I) X(FCVT_S_I) X(FCVT_S_D) X(FCVT_D_S) X(FP_HOST)

#define VM_HANDLER_ENUM(name) VM_H_##name,
enum vm_handler { VM_HANDLERS(VM_HANDLER_ENUM) VM_HANDLER_COUNT };
#undef VM_HANDLER_ENUM

/* Fused pairs. The dispatch loop pays mostly for its indirect jumps, one per instruction, not
 * for the few host instructions a handler runs; so two instructions in a row whose handlers are
 * a first (VM_PAIR_FIRSTS) and a second (VM_PAIR_SECONDS) take one: the first slot's handler is
 * the pair's, which runs the first instruction, retires it, and jumps directly (a jump the host
 * predicts) into the second's own handler, which runs it from its own slot. Every first with
 * every second is a pair. The lists are the commonest operations in compiled code, counted
 * (statically) in the riscv64 libc.a and libm.a of Debian's glibc, not in the benchmarks: the
 * 20 commonest that run straight on (no jumps, branches, ecalls, FP arithmetic: FP code runs at
 * the host FPU's pace already) are the firsts, the 40 commonest of all the seconds (800 pairs:
 * more firsts cost compile time, thousands of labels in one function, and gained little in
 * make bench; fewer seconds lost the FP programs' pairs). Each comes
 * with its form: C2 when it has a compressed form, W4 when it is always 4 bytes long (its pairs
 * then need no 2-byte variant). */
#define VM_PAIR_FIRSTS(X)                                                                     \
    X(ADDI, C2) X(ADD, C2) X(LD, C2) X(LI, C2) X(SD, C2) X(LW, C2) X(ADDIW, C2) X(SLLI, C2)   \
    X(SW, C2) X(LBU, W4) X(ANDI, C2) X(SRLI, C2) X(FLD, C2) X(SUB, C2) X(SB, W4) X(AND, C2)   \
    X(FLW, W4) X(SUBW, C2) X(OR, C2) X(XOR, C2)
#define VM_PAIR_SECONDS(X, first)                                                             \
    X(first, ADDI, C2) X(first, ADD, C2) X(first, LD, C2) X(first, LI, C2) X(first, SD, C2)   \
    X(first, JALR, C2) X(first, BEQ, C2) X(first, J, C2) X(first, BNE, C2) X(first, LW, C2)   \
    X(first, ADDIW, C2) X(first, SLLI, C2) X(first, JR, C2) X(first, SW, C2)                  \
    X(first, LBU, W4) X(first, ANDI, C2) X(first, BLTU, W4) X(first, SRLI, C2)                \
    X(first, FLD, C2) X(first, BGEU, W4) X(first, BLT, W4) X(first, SUB, C2)                  \
    X(first, BGE, W4) X(first, SB, W4) X(first, AND, C2) X(first, FLW, W4) X(first, SUBW, C2) \
    X(first, OR, C2) X(first, XOR, C2) X(first, LHU, W4) X(first, FMA_D, W4)                  \
    X(first, ADDW, C2) X(first, FMUL_D, W4) X(first, FSGNJ_D, W4) X(first, FMV_D_X, W4)       \
    X(first, SLLIW, W4) X(first, FSGNJ_S, W4) X(first, FSD, C2) X(first, FADD_D, W4)          \
    X(first, XORI, W4)

/* Their numbers: a first's row and a second's column, from 0. */
#define VM_PAIR_FIRST_ENUM(name, form) VM_PAIR_FIRST_##name,
#define VM_PAIR_SECOND_ENUM(first, name, form) VM_PAIR_SECOND_##name,
enum { VM_PAIR_FIRSTS(VM_PAIR_FIRST_ENUM) VM_PAIR_FIRST_COUNT };
enum { VM_PAIR_SECONDS(VM_PAIR_SECOND_ENUM, _) VM_PAIR_SECOND_COUNT };
#undef VM_PAIR_FIRST_ENUM
#undef VM_PAIR_SECOND_ENUM

/* A slot's handler value: 2 * handler + 1 for a 4-byte instruction, 2 * handler for a 2-byte
 * one (the dispatch loop has each handler twice, each knowing how far the next slot is, so the
 * length is never looked up); then two per pair first, for such an instruction decoded as a
 * pair's second (vm_fresh_handler); then, from a multiple of four, four per pair, for the
 * lengths of its two instructions (vm_pair_handler). 0 (and 1) is DECODE, so a cleared slot is an undecoded one.
 *
 * A pair's second is decoded with its first, alone: when it is a pair first itself, its slot
 * says so (fresh), and running it other than as a second (a jump to it, a loop's head) decodes
 * it again as DECODE does, which may make it a pair in turn. */
enum {
    VM_SLOT_UNDECODED = 2 * VM_H_DECODE,
    VM_FRESH_HANDLERS = 2 * VM_HANDLER_COUNT,
    VM_PAIR_HANDLERS = (VM_FRESH_HANDLERS + 2 * VM_PAIR_FIRST_COUNT + 3) / 4 * 4, /* bit 1 too */
    VM_SLOT_HANDLERS = VM_PAIR_HANDLERS + 4 * VM_PAIR_FIRST_COUNT * VM_PAIR_SECOND_COUNT,
};
_Static_assert(VM_SLOT_HANDLERS <= 0x10000, "a slot's handler holds every handler");

static inline uint16_t vm_slot_handler(enum vm_handler handler, unsigned length) {
    return (uint16_t)(2 * handler + (length == 4));
}

static inline uint16_t vm_fresh_handler(unsigned first, unsigned length) {
    return (uint16_t)(VM_FRESH_HANDLERS + 2 * first + (length == 4));
}

/* Bit 0 of every handler value is its (first) instruction's length: 1 for 4 bytes. */
static inline uint16_t vm_pair_handler(unsigned first, unsigned second, unsigned first_length,
                                       unsigned second_length) {
    return (uint16_t)(VM_PAIR_HANDLERS + 4 * (first * VM_PAIR_SECOND_COUNT + second) +
                      2 * (second_length == 4) + (first_length == 4));
}

/* A branch's or jal's target on its own page, as imm: the distance in slots (parcels), times
 * two, plus one. Any other target is its address, which is even. */
static inline int32_t vm_near_target(int32_t slots) {
    return (int32_t)((uint32_t)slots * 2u + 1u);
}

/* The FP handler's imm: the operation, rs3, rm and rs2. */
_Static_assert(OP_COUNT <= 256, "an operation fits in 8 bits of a slot's imm");
static inline int32_t vm_fp_imm(const struct vm_insn *insn) {
    return (int32_t)(insn->op | (uint32_t)insn->rs3 << 8 | (uint32_t)insn->rm << 13 |
                     (uint32_t)insn->rs2 << 16);
}
static inline void vm_fp_insn(const struct vm_code_slot *slot, struct vm_insn *insn) {
    uint32_t imm = (uint32_t)slot->imm;
    *insn = (struct vm_insn){.op = (enum vm_op)(imm & 0xff), .rd = slot->rd, .rs1 = slot->rs1,
                             .rs2 = (uint8_t)(imm >> 16 & 31), .rs3 = (uint8_t)(imm >> 8 & 31),
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
 * three parcels before them (a 4-byte instruction or a fused pair there may cover the first
 * byte) become undecoded. */
void vm_code_stored(struct vm *vm, uint64_t addr, unsigned bytes);

#endif
