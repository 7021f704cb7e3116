/* SPDX-License-Identifier: MIT */
/* The decoded-instruction cache: slot filling, page replacement and coherence (code_cache.h). */
#include "code_cache.h"

#include <string.h>

#include "alu.h"
#include "fpu_host.h"
#include "memory_map.h"
#include "vm_assert.h"
#include "vm_internal.h"

_Static_assert(sizeof(struct vm_code_slot) == 8, "slots stay small: 16 KiB per page");
_Static_assert(VM_PAGES <= 0x10000, "guest_page holds any page number");
_Static_assert(VM_CODE_CACHE_PAGES >= 2 && VM_CODE_CACHE_PAGES <= VM_PAGES,
               "a jump between two pages keeps both");
_Static_assert(VM_CODE_LINES % 64 == 0, "dirty_lines holds whole words");

/* The handler of each ALU operation. */
static enum vm_handler alu_handler(enum vm_op op) {
#define VM_ALU_ENTRY(name) [OP_##name] = VM_H_##name,
    static const enum vm_handler handlers[OP_COUNT] = {VM_ALU_HANDLERS(VM_ALU_ENTRY)};
#undef VM_ALU_ENTRY
    VM_ASSERT(op < OP_COUNT && handlers[op] != VM_H_DECODE);
    return handlers[op];
}

/* Branch and jump targets are resolved here, once: a target outside guest memory leaves the
 * instruction to STEP, which faults when (and only if) it is taken. A target on the
 * instruction's own page is kept as the distance in slots (vm_near_target), which the dispatch
 * loop adds to its slot pointer; any other as its address. */
static enum vm_handler control_handler(const struct vm_insn *insn, uint64_t pc, int32_t *imm) {
    static const enum vm_handler branches[] = {VM_H_BEQ, VM_H_BNE, VM_H_BLT,
                                               VM_H_BGE, VM_H_BLTU, VM_H_BGEU};
    if (insn->op == OP_JALR) return insn->rd == 0 ? VM_H_JR : VM_H_JALR;
    uint64_t target = pc + (uint64_t)insn->imm;
    if (target >= VM_MEMORY_SIZE) return VM_H_STEP;
    *imm = target / VM_PAGE_SIZE == pc / VM_PAGE_SIZE
               ? vm_near_target((int32_t)(target - pc) / 2)
               : (int32_t)target;
    if (insn->op == OP_JAL) return insn->rd == 0 ? VM_H_J : VM_H_JAL;
    VM_ASSERT(insn->op >= OP_BEQ && insn->op <= OP_BGEU);
    return branches[insn->op - OP_BEQ];
}

/* lui, and auipc whose value pc + imm (known now: the slot belongs to this pc) fits in imm. */
static enum vm_handler upper_handler(const struct vm_insn *insn, uint64_t pc, int32_t *imm) {
    int64_t value = insn->op == OP_LUI ? insn->imm : (int64_t)(pc + (uint64_t)insn->imm);
    if (insn->rd == 0) return VM_H_NOP;
    if (value < INT32_MIN || value > INT32_MAX) return VM_H_AUIPC; /* imm stays as decoded */
    *imm = (int32_t)value;
    return VM_H_LI;
}

static enum vm_handler memory_handler(const struct vm_insn *insn) {
    static const enum vm_handler loads[] = {VM_H_LB, VM_H_LH, VM_H_LW, VM_H_LD,
                                            VM_H_LBU, VM_H_LHU, VM_H_LWU};
    static const enum vm_handler stores[] = {VM_H_SB, VM_H_SH, VM_H_SW, VM_H_SD};
    switch (insn->op) {
    case OP_FLW: return VM_H_FLW;
    case OP_FLD: return VM_H_FLD;
    case OP_FSW: return VM_H_FSW;
    case OP_FSD: return VM_H_FSD;
    default: break;
    }
    if (insn->op >= OP_SB) return stores[insn->op - OP_SB];
    /* The handlers write rd unchecked; a load into x0 (which must still fault) is left to STEP. */
    return insn->rd == 0 ? VM_H_STEP : loads[insn->op - OP_LB];
}

/* F and D operations (not loads and stores): the moves and, where the host's FPU computes them
 * (fpu_host.h), the commonest arithmetic inline; the rest through FP (vm_execute_fp). */
static enum vm_handler fp_handler(const struct vm_insn *insn) {
    switch (insn->op) {
    case OP_FSGNJ_D: case OP_FSGNJN_D: case OP_FSGNJX_D: return VM_H_FSGNJ_D;
    case OP_FMV_X_D: return insn->rd == 0 ? VM_H_FP : VM_H_FMV_X_D;
    case OP_FMV_D_X: return VM_H_FMV_D_X;
    case OP_FSGNJ_S: case OP_FSGNJN_S: case OP_FSGNJX_S: return VM_H_FSGNJ_S;
    case OP_FMV_X_W: return insn->rd == 0 ? VM_H_FP : VM_H_FMV_X_W;
    case OP_FMV_W_X: return VM_H_FMV_W_X;
    default: break;
    }
#if VM_HOST_FPU
    switch (insn->op) {
    case OP_FADD_D: return VM_H_FADD_D;
    case OP_FSUB_D: return VM_H_FSUB_D;
    case OP_FMUL_D: return VM_H_FMUL_D;
    case OP_FDIV_D: return VM_H_FDIV_D;
    case OP_FADD_S: return VM_H_FADD_S;
    case OP_FSUB_S: return VM_H_FSUB_S;
    case OP_FMUL_S: return VM_H_FMUL_S;
    case OP_FDIV_S: return VM_H_FDIV_S;
    case OP_FMADD_D: case OP_FMSUB_D: case OP_FNMSUB_D: case OP_FNMADD_D:
        return fpu_host_has_fma() ? VM_H_FMA_D : VM_H_FP;
    case OP_FMADD_S: case OP_FMSUB_S: case OP_FNMSUB_S: case OP_FNMADD_S:
        return fpu_host_has_fma() ? VM_H_FMA_S : VM_H_FP;
    case OP_FEQ_D: case OP_FLT_D: case OP_FLE_D: return insn->rd == 0 ? VM_H_FP : VM_H_FCMP_D;
    case OP_FEQ_S: case OP_FLT_S: case OP_FLE_S: return insn->rd == 0 ? VM_H_FP : VM_H_FCMP_S;
    case OP_FSQRT_D: return VM_H_FSQRT_D;
    /* these write x[rd] unchecked */
    case OP_FCVT_W_S: case OP_FCVT_WU_S: case OP_FCVT_L_S: case OP_FCVT_LU_S:
        return insn->rd == 0 ? VM_H_FP : VM_H_FCVT_I_S;
    case OP_FCVT_W_D: case OP_FCVT_WU_D: case OP_FCVT_L_D: case OP_FCVT_LU_D:
        return insn->rd == 0 ? VM_H_FP : VM_H_FCVT_I_D;
    case OP_FCVT_S_W: case OP_FCVT_S_WU: case OP_FCVT_S_L: case OP_FCVT_S_LU:
        return VM_H_FCVT_S_I;
    case OP_FCVT_D_W: case OP_FCVT_D_WU: case OP_FCVT_D_L: case OP_FCVT_D_LU:
        return VM_H_FCVT_D_I;
    case OP_FCVT_S_D: return VM_H_FCVT_S_D;
    case OP_FCVT_D_S: return VM_H_FCVT_D_S;
    case OP_FSQRT_S: return VM_H_FP_HOST;
    default: break;
    }
#endif
    return VM_H_FP;
}

static enum vm_handler handler_for(const struct vm_insn *insn, uint64_t pc, int32_t *imm) {
    enum vm_op op = insn->op;
    if (vm_is_alu_op(op)) return insn->rd == 0 ? VM_H_NOP : alu_handler(op);
    if (op == OP_JAL || op == OP_JALR || (op >= OP_BEQ && op <= OP_BGEU))
        return control_handler(insn, pc, imm);
    if (op == OP_LUI || op == OP_AUIPC) return upper_handler(insn, pc, imm);
    if ((op >= OP_LB && op <= OP_SD) || op == OP_FLW || op == OP_FLD || op == OP_FSW ||
        op == OP_FSD)
        return memory_handler(insn);
    if (vm_is_fp_op(op)) {
        VM_ASSERT(insn->length == 4 && insn->imm == 0); /* no compressed or immediate forms */
        *imm = vm_fp_imm(insn);
        return fp_handler(insn);
    }
    bool fp_csr = insn->imm >= 1 && insn->imm <= 3; /* fflags, frm, fcsr */
    if (op >= OP_CSRRW && op <= OP_CSRRCI && fp_csr) {
        *imm = (int32_t)insn->imm;
        return VM_H_CSR_FP;
    }
    switch (op) {
    case OP_FENCE: case OP_FENCE_I: return VM_H_NOP; /* one hart; the cache is coherent */
    case OP_ECALL: return VM_H_ECALL;
    default: return VM_H_STEP; /* see code_cache.h: rare or costly anyway */
    }
}

static bool writes_x_rd(enum vm_handler handler) {
    return handler == VM_H_LI || handler == VM_H_AUIPC || handler == VM_H_JAL ||
           handler == VM_H_JALR || (handler >= VM_H_LB && handler <= VM_H_LWU) ||
           handler == VM_H_FMV_X_D || handler == VM_H_FMV_X_W || handler == VM_H_FCMP_D ||
           handler == VM_H_FCMP_S || handler == VM_H_FCVT_I_D || handler == VM_H_FCVT_I_S ||
           handler >= VM_H_ADDI; /* VM_ALU_HANDLERS come last */
}

/* Stores and branches keep rs2 in rd (they have no rd). */
static bool rs2_in_rd(enum vm_handler handler) {
    return (handler >= VM_H_BEQ && handler <= VM_H_BGEU) ||
           (handler >= VM_H_SB && handler <= VM_H_SD) || handler == VM_H_FSW ||
           handler == VM_H_FSD;
}

void vm_code_fill(struct vm_code_slot *slot, const struct vm_insn *insn, uint64_t pc) {
    VM_ASSERT(insn->length == 2 || insn->length == 4);
    VM_ASSERT(pc < VM_MEMORY_SIZE && pc % 2 == 0);
    /* Every decoded immediate fits in 32 bits: 12- and 20-bit fields, lui's sign-extended
     * 32-bit value, CSR numbers. */
    VM_ASSERT(insn->imm >= INT32_MIN && insn->imm <= INT32_MAX);
    int32_t imm = (int32_t)insn->imm;
    enum vm_handler handler = handler_for(insn, pc, &imm);
    /* The handlers that write an integer rd do so without forcing x0 back to zero. */
    VM_ASSERT(insn->rd != 0 || !writes_x_rd(handler));
    slot->rd = rs2_in_rd(handler) ? insn->rs2 : insn->rd;
    slot->rs1 = insn->rs1;
    slot->imm = imm;
    /* The operation beside the CSR; rs2 for a register-register ALU operation. */
    if (handler == VM_H_CSR_FP) slot->imm = (int32_t)((uint32_t)imm | (uint32_t)insn->op << 16);
    if (handler >= VM_H_ADDI && !vm_op_takes_immediate(insn->op)) slot->imm = insn->rs2;
    slot->handler = vm_slot_handler(handler, insn->length);
}

/* The index in the pool of the page of slots `slots` (a guest page's) points into. */
static uint64_t pool_index(const struct vm_code_cache *code, const struct vm_code_slot *slots) {
    uint64_t index = (uint64_t)((const struct vm_code_page *)(const void *)slots - code->pages);
    VM_ASSERT(index < VM_CODE_CACHE_PAGES);
    return index;
}

/* Decodes the instruction at pc into its slot, alone (no pair). */
static void decode_alone(struct vm *vm, struct vm_code_slot *slot, uint64_t pc) {
    VM_ASSERT(pc < VM_MEMORY_SIZE && pc % 2 == 0);
    VM_ASSERT((vm->map.page_prot[pc / VM_PAGE_SIZE] & VM_PROT_EXEC) != 0);
    const struct vm_code_slot *base = vm->code.page_slots[pc / VM_PAGE_SIZE];
    VM_ASSERT(slot == base + pc % VM_PAGE_SIZE / 2);
    /* The slot's line must be cleared when the page of slots is taken for another page. */
    uint64_t line = pc % VM_PAGE_SIZE / 2 / VM_CODE_LINE_SLOTS;
    vm->code.dirty_lines[pool_index(&vm->code, base)][line / 64] |= 1ull << (line % 64);
    uint16_t low;
    memcpy(&low, vm->memory + pc, 2);
    struct vm_insn insn;
    uint64_t next_page = pc / VM_PAGE_SIZE + 1;
    if (vm_insn_length(low) == 2) {
        vm_decode_compressed(low, &insn);
    } else if (pc % VM_PAGE_SIZE == VM_PAGE_SIZE - 2 &&
               (next_page == VM_PAGES || (vm->map.page_prot[next_page] & VM_PROT_EXEC) == 0)) {
        /* Its second half is not executable: STEP's fetch faults there, every time. */
        *slot = (struct vm_code_slot){.handler = vm_slot_handler(VM_H_STEP, 4)};
        return;
    } else {
        uint32_t encoding;
        memcpy(&encoding, vm->memory + pc, 4);
        vm_decode(encoding, &insn);
    }
    vm_code_fill(slot, &insn, pc);
}

enum { FORM_C2 = 0, FORM_W4 = 1 };

/* Each handler's row among the pairs' firsts and column among their seconds, plus one (0:
 * none); each row's handler; the firsts and seconds that are always 4 bytes long. */
#define VM_PAIR_ROW_ENTRY(name, form) [VM_H_##name] = VM_PAIR_FIRST_##name + 1,
#define VM_PAIR_COLUMN_ENTRY(first, name, form) [VM_H_##name] = VM_PAIR_SECOND_##name + 1,
#define VM_PAIR_FIRST_ENTRY(name, form) VM_H_##name,
#define VM_PAIR_FIRST_WIDE_ENTRY(name, form) [VM_H_##name] = FORM_##form,
#define VM_PAIR_WIDE_ENTRY(first, name, form) [VM_H_##name] = FORM_##form,
static const uint8_t pair_rows[VM_HANDLER_COUNT] = {VM_PAIR_FIRSTS(VM_PAIR_ROW_ENTRY)};
static const uint8_t pair_columns[VM_HANDLER_COUNT] = {VM_PAIR_SECONDS(VM_PAIR_COLUMN_ENTRY, _)};
static const uint8_t pair_firsts[VM_PAIR_FIRST_COUNT] = {VM_PAIR_FIRSTS(VM_PAIR_FIRST_ENTRY)};
static const uint8_t second_wide[VM_HANDLER_COUNT] = {VM_PAIR_SECONDS(VM_PAIR_WIDE_ENTRY, _)};
static const uint8_t first_wide[VM_HANDLER_COUNT] = {VM_PAIR_FIRSTS(VM_PAIR_FIRST_WIDE_ENTRY)};
#undef VM_PAIR_ROW_ENTRY
#undef VM_PAIR_COLUMN_ENTRY
#undef VM_PAIR_FIRST_ENTRY
#undef VM_PAIR_WIDE_ENTRY
#undef VM_PAIR_FIRST_WIDE_ENTRY
_Static_assert(VM_PAIR_FIRST_COUNT < 256 && VM_PAIR_SECOND_COUNT < 256, "rows fit in a byte");
_Static_assert(VM_FRESH_HANDLERS % 2 == 0 && VM_PAIR_HANDLERS % 4 == 0, "lengths in bits 0, 1");

/* What a slot's handler value runs first, and the length of that instruction. */
static enum vm_handler first_handler(uint16_t value, unsigned *length) {
    VM_ASSERT(value < VM_SLOT_HANDLERS);
    *length = value % 2 == 1 ? 4 : 2; /* every range starts even */
    if (value < VM_FRESH_HANDLERS) return (enum vm_handler)(value / 2);
    if (value < VM_PAIR_HANDLERS) {
        VM_ASSERT(value < VM_FRESH_HANDLERS + 2 * VM_PAIR_FIRST_COUNT); /* not the gap */
        return (enum vm_handler)pair_firsts[(value - VM_FRESH_HANDLERS) / 2];
    }
    unsigned pair = (value - VM_PAIR_HANDLERS) / 4;
    return (enum vm_handler)pair_firsts[pair / VM_PAIR_SECOND_COUNT];
}

/* Makes the instruction in `slot` (at pc, decoded alone) a fused pair with the next one when
 * their handlers are a pair's (code_cache.h): both on this page, the second not in its last
 * parcel (whose slot may go stale with the next page: forget_straddler). The second's slot is
 * decoded now if it is not, and stays as it is otherwise (a pair's first too, maybe). */
static void pair_with_next(struct vm *vm, struct vm_code_slot *slot, uint64_t pc) {
    unsigned first_length, second_length;
    enum vm_handler first = first_handler(slot->handler, &first_length);
    VM_ASSERT(slot->handler < VM_PAIR_HANDLERS);
    if (pair_rows[first] == 0) return;
    uint64_t offset = pc % VM_PAGE_SIZE + first_length; /* the second's, in this page */
    if (offset >= VM_PAGE_SIZE - 2) return; /* in the last parcel, or on the next page */
    struct vm_code_slot *second_slot = slot + first_length / 2;
    if (second_slot->handler == VM_SLOT_UNDECODED) {
        decode_alone(vm, second_slot, pc + first_length);
        enum vm_handler alone = first_handler(second_slot->handler, &second_length);
        if (pair_rows[alone] != 0)
            second_slot->handler = vm_fresh_handler(pair_rows[alone] - 1u, second_length);
    }
    enum vm_handler second = first_handler(second_slot->handler, &second_length);
    if (pair_columns[second] == 0 || offset + second_length > VM_PAGE_SIZE - 2) return;
    if ((first_wide[first] && first_length == 2) || (second_wide[second] && second_length == 2))
        return; /* not a form these have: never, the decoder gives them no compressed form */
    slot->handler = vm_pair_handler(pair_rows[first] - 1u, pair_columns[second] - 1u,
                                    first_length, second_length);
}

void vm_code_decode(struct vm *vm, struct vm_code_slot *slot, uint64_t pc) {
    decode_alone(vm, slot, pc);
    pair_with_next(vm, slot, pc);
}

/* The last slot of the page below `page`: a 4-byte instruction there has its second half on
 * `page`, so it goes stale with `page`'s bytes or permissions. */
static void forget_straddler(struct vm *vm, uint64_t page) {
    struct vm_code_slot *below = page > 0 ? vm->code.page_slots[page - 1] : 0;
    if (below != 0) below[VM_CODE_SLOTS - 1].handler = VM_SLOT_UNDECODED;
}

/* Makes every slot of page of slots `index` undecoded: only the lines decoded since it was last
 * cleared (a few, for code that ran briefly), at most all of them. */
static void clear_decoded(struct vm_code_cache *code, uint64_t index) {
    struct vm_code_slot *slots = code->pages[index].slot;
    for (uint32_t word = 0; word < VM_CODE_LINES / 64; word++) {
        uint64_t bits = code->dirty_lines[index][word];
        code->dirty_lines[index][word] = 0;
        for (uint32_t i = 0; i < 64 && bits != 0; i++) { /* bounded: one pass per set bit */
            uint64_t bit = alu_ctz(bits, 64);
            bits &= bits - 1;
            memset(slots + (word * 64 + bit) * VM_CODE_LINE_SLOTS, 0,
                   VM_CODE_LINE_SLOTS * sizeof *slots); /* VM_SLOT_UNDECODED */
        }
    }
}

/* Takes a page of slots for guest page `page`: a free one, else the next in round-robin order,
 * whose guest page loses it and for which the instruction that asked pays
 * VM_CODE_EVICTION_COST (vm->code.unpaid; the caller charges it). The dispatch loop only asks
 * when it leaves its page, so no slot it still uses is taken. */
static struct vm_code_slot *take_page(struct vm *vm, uint64_t page) {
    struct vm_code_cache *code = &vm->code;
    uint64_t chosen;
    if (code->free_count > 0) {
        chosen = code->free_pages[--code->free_count];
        VM_ASSERT(chosen < VM_CODE_CACHE_PAGES && code->guest_page[chosen] == 0);
    } else {
        chosen = code->next_victim;
        code->next_victim = (code->next_victim + 1) % VM_CODE_CACHE_PAGES;
        VM_ASSERT(code->guest_page[chosen] != 0);
        code->page_slots[code->guest_page[chosen]] = 0;
        code->unpaid += VM_CODE_EVICTION_COST;
    }
    clear_decoded(code, chosen);
    struct vm_code_slot *slots = code->pages[chosen].slot;
    slots[VM_CODE_SLOTS] = (struct vm_code_slot){.handler = vm_slot_handler(VM_H_CROSS, 2)};
    slots[VM_CODE_SLOTS + 1] = (struct vm_code_slot){.handler = vm_slot_handler(VM_H_CROSS, 2)};
    code->guest_page[chosen] = (uint16_t)page;
    code->page_slots[page] = slots;
    return slots;
}

struct vm_code_slot *vm_code_page_slots(struct vm *vm, uint64_t page) {
    VM_ASSERT(page > 0 && page < VM_PAGES);
    VM_ASSERT((vm->map.page_prot[page] & VM_PROT_EXEC) != 0);
    struct vm_code_slot *slots = vm->code.page_slots[page];
    return slots != 0 ? slots : take_page(vm, page);
}

void vm_code_flush(struct vm *vm) {
    struct vm_code_cache *code = &vm->code;
    memset(code->page_slots, 0, sizeof code->page_slots);
    memset(code->guest_page, 0, sizeof code->guest_page);
    /* Whatever the slots hold (vm_init does not clear them), each page's are cleared whole when
     * first taken. */
    memset(code->dirty_lines, 0xff, sizeof code->dirty_lines);
    for (uint32_t i = 0; i < VM_CODE_CACHE_PAGES; i++) /* popped from the end: 0 first */
        code->free_pages[i] = (uint16_t)(VM_CODE_CACHE_PAGES - 1 - i);
    code->free_count = VM_CODE_CACHE_PAGES;
    code->next_victim = 0;
    code->unpaid = 0;
}

void vm_code_forget(struct vm *vm) {
    VM_ASSERT(vm != 0);
    vm_code_flush(vm);
}

void vm_code_drop(struct vm *vm, uint64_t first_page, uint64_t end_page) {
    VM_ASSERT(first_page <= end_page && end_page <= VM_PAGES);
    struct vm_code_cache *code = &vm->code;
    for (uint64_t page = first_page; page < end_page; page++) {
        forget_straddler(vm, page);
        struct vm_code_slot *slots = code->page_slots[page];
        if (slots == 0) continue;
        uint64_t index = pool_index(code, slots);
        VM_ASSERT(code->guest_page[index] == page && code->free_count < VM_CODE_CACHE_PAGES);
        code->guest_page[index] = 0;
        code->page_slots[page] = 0;
        code->free_pages[code->free_count++] = (uint16_t)index;
    }
}

void vm_code_stored(struct vm *vm, uint64_t addr, unsigned bytes) {
    VM_ASSERT(bytes >= 1 && bytes <= 8 && addr <= VM_MEMORY_SIZE - bytes);
    uint64_t first = addr / 2, last = (addr + bytes - 1) / 2; /* parcel numbers */
    first = first > 3 ? first - 3 : 0;
    /* At most eight parcels; those before may be the last of the page below, whose 4-byte
     * instruction would have its second half here (a pair never reaches into the next page). */
    for (uint64_t parcel = first; parcel <= last; parcel++) {
        struct vm_code_slot *slots = vm->code.page_slots[parcel / VM_CODE_SLOTS];
        if (slots != 0) slots[parcel % VM_CODE_SLOTS].handler = VM_SLOT_UNDECODED;
    }
}

void vm_code_changed(struct vm *vm, uint64_t addr, uint64_t len) {
    if (len == 0 || addr >= VM_MEMORY_SIZE) return;
    uint64_t end = len > VM_MEMORY_SIZE - addr ? VM_MEMORY_SIZE : addr + len;
    vm_code_drop(vm, addr / VM_PAGE_SIZE, (end + VM_PAGE_SIZE - 1) / VM_PAGE_SIZE);
    vm_map_changed(vm, addr / VM_PAGE_SIZE, (end + VM_PAGE_SIZE - 1) / VM_PAGE_SIZE);
}
