/* SPDX-License-Identifier: MIT */
/* The dispatch loop: runs guest code from its decoded slots (code_cache.h), one handler per
 * kind of instruction, threaded (each handler jumps straight to the next one's) where the
 * compiler has computed goto, a switch otherwise.
 *
 * Exactly what vm_execute_one does, instruction for instruction, only faster:
 *   - Each instruction is decoded once per stay of its page in the cache, not every time.
 *   - pc is not kept: the current slot `d` stands for it (pc = page_pc + 2 * (d - base)), and
 *     is computed only when needed (links, faults, exits). Straight-line code just moves to
 *     the next slot: one slot further for a 2-byte instruction, two for a 4-byte one.
 *   - `left` counts the instructions that may still retire (budget - instret). Each
 *     instruction takes one off as it retires and stops the loop when none are left, before
 *     the next instruction is fetched, as vm_step does: a decrement and a branch the host
 *     predicts, so the budget ends a run exactly where it always has.
 *   - Every load and store is checked as vm_access checks it (bounds and page permissions),
 *     with the common case (one page, permission granted) inline. Stores to a page that is
 *     also executable take vm_store_value, which keeps the slots coherent.
 *   - Handlers never write x0 (code_cache.c gives rd = x0 forms a NOP, J, JR or STEP), so x0
 *     stays zero without being reset. */
#include <string.h>

#include "alu.h"
#include "code_cache.h"
#include "fpu_host.h"
#include "vm_assert.h"
#include "vm_internal.h"

/* Threaded dispatch needs GNU C's computed goto; VM_SWITCH_DISPATCH forces the portable switch
 * (tests build both). */
#if defined(__GNUC__) && !defined(VM_SWITCH_DISPATCH)
#define VM_THREADED 1
#else
#define VM_THREADED 0
#endif

#ifdef __GNUC__
#define LIKELY(condition) __builtin_expect(!!(condition), 1)
#define UNLIKELY(condition) __builtin_expect(!!(condition), 0)
#else
#define LIKELY(condition) (condition)
#define UNLIKELY(condition) (condition)
#endif

/* The fast path of vm_access: an access inside one page of guest memory that grants `need`
 * (the page's bits, masked by `mask`, equal `need`); anything else goes through vm_access
 * itself. With the page-number bits cleared, what is left of addr is its offset in the page
 * unless addr lies past guest memory (then bits above it remain), so one compare covers both
 * bounds and page end; the mask fits a sign-extended 32-bit immediate. */
_Static_assert((VM_MEMORY_SIZE & (VM_MEMORY_SIZE - 1)) == 0, "guest memory is a power of two");
#define PAGE_NUMBER_BITS ((uint64_t)VM_MEMORY_SIZE - VM_PAGE_SIZE)
#define ACCESS_FAST(addr, bytes, mask, need)                                                   \
    (((addr) & ~PAGE_NUMBER_BITS) <= VM_PAGE_SIZE - (bytes) &&                                 \
     (vm->map.page_prot[(addr) / VM_PAGE_SIZE] & (mask)) == (need))

/* The rounding modes (rm field values, 7 = dynamic) the host's FPU rounds in while frm is
 * `frm`, as a bit mask: the inline FP handlers run on the host only for these (fpu_host.h). */
static uint32_t host_rounding_modes(uint32_t frm) {
#if VM_HOST_FPU
    return 1u << fpu_host_rm(frm) | (frm == fpu_host_rm(frm) ? 1u << 7 : 0);
#else
    (void)frm;
    return 0;
#endif
}

#define BOX_SINGLE 0xffffffff00000000ull
#define SIGN64 0x8000000000000000ull
#define IS_NAN64(bits) (((bits) & ~SIGN64) > 0x7ff0000000000000ull)

/* A single read from an FP register: one that is not NaN-boxed reads as the canonical NaN. */
static inline uint32_t boxed_single(uint64_t value) {
    return (value & BOX_SINGLE) == BOX_SINGLE ? (uint32_t)value : 0x7fc00000u;
}

/* Takes what vm->code.unpaid owes out of `left` units, as far as they go: the units taken. */
static uint64_t pay_unpaid(struct vm *vm, uint64_t left) {
    uint64_t paid = vm->code.unpaid < left ? vm->code.unpaid : left;
    vm->code.unpaid -= paid;
    return paid;
}

enum vm_exit vm_dispatch(struct vm *vm) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING && vm->instret <= vm->budget);
    VM_ASSERT(vm->pc % 2 == 0); /* every jump target is; a slot stands for an even pc */
#if VM_THREADED
    /* Two entries per handler: for a 2-byte and a 4-byte instruction (see vm_slot_handler);
     * then four per fused pair (vm_pair_handler), those of lengths it cannot have unused. */
#define VM_LABEL_PAIR(name) &&h2_##name, &&h4_##name,
    /* A fresh slot (a pair's second, run other than as one) decodes again. */
#define VM_FRESH_LABELS(first, form) &&h2_DECODE, &&h4_DECODE,
    /* A pair's four (vm_pair_handler): a label for each length its first may have; each
     * finds the second's length in h. */
#define VM_PAIR_LABELS_C2(first, second, form)                                                 \
    VM_PAIR_LABELS_C2_##form(first, second)
#define VM_PAIR_LABELS_W4(first, second, form)                                                 \
    VM_PAIR_LABELS_W4_##form(first, second)
#define VM_PAIR_LABELS_C2_C2(first, second)                                                    \
    &&p2_##first##_##second, &&p4_##first##_##second, &&p2_##first##_##second,                 \
        &&p4_##first##_##second,
#define VM_PAIR_LABELS_C2_W4(first, second)                                                    \
    &&pair_missing, &&pair_missing, &&p2_##first##_##second, &&p4_##first##_##second,
#define VM_PAIR_LABELS_W4_C2(first, second)                                                    \
    &&pair_missing, &&p4_##first##_##second, &&pair_missing, &&p4_##first##_##second,
#define VM_PAIR_LABELS_W4_W4(first, second)                                                    \
    &&pair_missing, &&pair_missing, &&pair_missing, &&p4_##first##_##second,
#define VM_PAIR_LABEL_ROW(first, form) VM_PAIR_SECONDS(VM_PAIR_LABELS_##form, first)
    static const void *const labels[VM_SLOT_HANDLERS] = {
        VM_HANDLERS(VM_LABEL_PAIR) VM_PAIR_FIRSTS(VM_FRESH_LABELS) /* up to two unused, then */
        [VM_PAIR_HANDLERS] = VM_PAIR_FIRSTS(VM_PAIR_LABEL_ROW)};
#undef VM_LABEL_PAIR
#undef VM_FRESH_LABELS
#undef VM_PAIR_LABELS_C2
#undef VM_PAIR_LABELS_W4
#undef VM_PAIR_LABELS_C2_C2
#undef VM_PAIR_LABELS_C2_W4
#undef VM_PAIR_LABELS_W4_C2
#undef VM_PAIR_LABELS_W4_W4
#undef VM_PAIR_LABEL_ROW
#define DISPATCH() goto *labels[h]
#else
#define DISPATCH() goto dispatch
#endif
    uint64_t *const x = vm->x;
    uint64_t *const f = vm->f;
    uint8_t *const mem = vm->memory;
    /* The rounding modes the host's FPU takes now; only a CSR write (STEP) changes frm. */
    uint32_t host_rms = host_rounding_modes(vm->frm);
    (void)host_rms; /* without a host FPU (VM_SOFT_FP, the kernel) the FP handlers are FP's */
    /* Instructions that may still retire. vm->instret is brought up to date (budget - left)
     * only where something reads it: exits, STEP (csrr instret). */
    uint64_t left = vm->budget - vm->instret;
    uint64_t pc = vm->pc;                 /* the next pc, when going through lookup */
    uint64_t page_pc = 0;                 /* the guest address of the current page */
    struct vm_code_slot *base = 0;        /* its slots */
    struct vm_code_slot *d = 0;           /* the current instruction's slot */
    unsigned h = 0;                       /* its handler byte (table index) */
    enum vm_fault_cause fault_cause = VM_FAULT_NONE;
    uint64_t fault_addr = 0;

/* Each handler is written once and compiled twice, for a 2-byte instruction (label h2_NAME)
 * and a 4-byte one (h4_NAME), each knowing its SLOTS as a constant: the next slot's address
 * then does not wait for this slot's handler byte to load, so the host can start on the next
 * instructions early. */
#define HANDLER(name, ...)                                                                     \
    h2_##name : {                                                                              \
        enum { SLOTS = 1 };                                                                    \
        __VA_ARGS__                                                                            \
    }                                                                                          \
    h4_##name : {                                                                              \
        enum { SLOTS = 2 };                                                                    \
        __VA_ARGS__                                                                            \
    }
#define PC() (page_pc + (uint64_t)(d - base) * 2)
#define LENGTH() (2u * SLOTS)
#define IMM() ((uint64_t)(int64_t)d->imm)
#define FP_RS2() ((uint32_t)d->imm >> 16 & 31) /* F and D: rs2 beside the operation (vm_fp_imm) */
/* Retires the current instruction and runs the next one in line. */
#define NEXT()                                                                                 \
    do {                                                                                       \
        d += SLOTS;                                                                            \
        if (UNLIKELY(--left == 0)) goto exhausted;                                             \
        h = d->handler;                                                                        \
        DISPATCH();                                                                            \
    } while (0)
/* Retires the current instruction and goes to `target`: on the same page directly, else
 * through lookup. */
#define JUMP(target)                                                                           \
    do {                                                                                       \
        pc = (target);                                                                         \
        if (UNLIKELY(--left == 0)) goto stop_at_budget;                                        \
        if ((pc ^ page_pc) < VM_PAGE_SIZE) {                                                   \
            d = base + pc % VM_PAGE_SIZE / 2;                                                  \
            h = d->handler;                                                                    \
            DISPATCH();                                                                        \
        }                                                                                      \
        goto lookup;                                                                           \
    } while (0)
/* Retires the current instruction and goes to a branch's or jal's target, its imm: a
 * distance in slots on this page (odd: vm_near_target) or an address (even). */
#define TAKE(target)                                                                           \
    do {                                                                                       \
        int32_t target_ = (target);                                                            \
        if (target_ & 1) {                                                                     \
            /* target_ - 1 is twice the distance in slots: 4 times it is its bytes */          \
            d = (struct vm_code_slot *)(void *)((char *)d + ((int64_t)target_ - 1) * 4);       \
            if (UNLIKELY(--left == 0)) goto exhausted;                                         \
            h = d->handler;                                                                    \
            DISPATCH();                                                                        \
        }                                                                                      \
        JUMP((uint64_t)(uint32_t)target_);                                                     \
    } while (0)
#define FAULT(cause, addr)                                                                     \
    do {                                                                                       \
        vm->pc = PC();                                                                         \
        fault_cause = (cause);                                                                 \
        fault_addr = (addr);                                                                   \
        goto fault;                                                                            \
    } while (0)
/* Signed comparison as unsigned on sign-flipped values: no implementation-defined casts. */
#define FLIP(value) ((value) ^ (1ull << 63))
#define BRANCH(condition)                                                                      \
    do {                                                                                       \
        uint64_t a_ = x[d->rs1], b_ = x[d->rd]; /* rd holds rs2 */                             \
        if (condition) TAKE(d->imm);                                                           \
        NEXT();                                                                                \
    } while (0)
/* Loads into `dest` the `type` at rs1 + imm; C's conversion to uint64_t sign-extends a signed
 * type, zero-extends an unsigned one. */
#define LOAD_BODY(type, dest, extra)                                                           \
    do {                                                                                       \
        uint64_t addr_ = x[d->rs1] + IMM();                                                    \
        type value_;                                                                           \
        if (LIKELY(ACCESS_FAST(addr_, sizeof(type), VM_PROT_READ, VM_PROT_READ))) {            \
            memcpy(&value_, mem + addr_, sizeof value_);                                       \
        } else {                                                                               \
            const uint8_t *src_ = vm_access(vm, addr_, sizeof(type), VM_PROT_READ);            \
            if (src_ == 0) FAULT(VM_FAULT_LOAD_ACCESS, addr_);                                 \
            memcpy(&value_, src_, sizeof value_);                                              \
        }                                                                                      \
        dest = (uint64_t)value_ | (extra);                                                     \
    } while (0)
#define LOAD(type, dest, extra)                                                                \
    do {                                                                                       \
        LOAD_BODY(type, dest, extra);                                                          \
        NEXT();                                                                                \
    } while (0)
/* Stores `value` as a `type` at rs1 + imm: inline when the page is writable and not
 * executable (so holds no decoded code), else through vm_store_value, after which the next
 * instruction runs from its own slot (NEXT): the store may have changed it, even as the second
 * of a fused pair. */
#define STORE_BODY(type, value)                                                                \
    do {                                                                                       \
        uint64_t addr_ = x[d->rs1] + IMM();                                                    \
        type value_ = (type)(value);                                                           \
        if (LIKELY(ACCESS_FAST(addr_, sizeof(type), VM_PROT_WRITE | VM_PROT_EXEC,              \
                               VM_PROT_WRITE))) {                                              \
            memcpy(mem + addr_, &value_, sizeof value_);                                       \
            vm->reservation = VM_NO_RESERVATION;                                               \
        } else {                                                                               \
            if (!vm_store_value(vm, addr_, value_, sizeof value_))                             \
                FAULT(VM_FAULT_STORE_ACCESS, addr_);                                           \
            NEXT();                                                                            \
        }                                                                                      \
    } while (0)
#define STORE(type, value)                                                                     \
    do {                                                                                       \
        STORE_BODY(type, value);                                                               \
        NEXT();                                                                                \
    } while (0)
/* rd = op(rs1, imm or rs2), the operation a constant: vm_alu_inline folds to that operation. */
#define ALU_BODY(name)                                                                         \
    x[d->rd] = vm_alu_inline(OP_##name, x[d->rs1],                                             \
                             vm_op_takes_immediate(OP_##name) ? IMM() : x[d->imm])

/* The first instructions of fused pairs (VM_PAIR_FIRSTS) as a pair runs them: without their
 * NEXT, and with only the common case of a load or store (one page, permission granted, not
 * executable for a store) inline; any other goes to the instruction's own handler (PLAIN),
 * which then runs the second from its own slot. */
#define BODY_ADDI ALU_BODY(ADDI);
#define BODY_ADD ALU_BODY(ADD);
#define BODY_ADDIW ALU_BODY(ADDIW);
#define BODY_SLLI ALU_BODY(SLLI);
#define BODY_ANDI ALU_BODY(ANDI);
#define BODY_SRLI ALU_BODY(SRLI);
#define BODY_SUB ALU_BODY(SUB);
#define BODY_AND ALU_BODY(AND);
#define BODY_SUBW ALU_BODY(SUBW);
#define BODY_OR ALU_BODY(OR);
#define BODY_XOR ALU_BODY(XOR);
#define BODY_ADDW ALU_BODY(ADDW);
#define BODY_SLLIW ALU_BODY(SLLIW);
#define BODY_XORI ALU_BODY(XORI);
#define BODY_ORI ALU_BODY(ORI);
#define BODY_SLTU ALU_BODY(SLTU);
#define BODY_SRLIW ALU_BODY(SRLIW);
#define BODY_SRAI ALU_BODY(SRAI);
#define BODY_LI x[d->rd] = IMM();
#define BODY_LD LOAD_FAST(uint64_t, x[d->rd], 0, LD);
#define BODY_LW LOAD_FAST(int32_t, x[d->rd], 0, LW);
#define BODY_LBU LOAD_FAST(uint8_t, x[d->rd], 0, LBU);
#define BODY_LHU LOAD_FAST(uint16_t, x[d->rd], 0, LHU);
#define BODY_FLD LOAD_FAST(uint64_t, f[d->rd], 0, FLD);
#define BODY_FLW LOAD_FAST(uint32_t, f[d->rd], BOX_SINGLE, FLW);
#define BODY_SD STORE_FAST(uint64_t, x[d->rd], SD);
#define BODY_SW STORE_FAST(uint32_t, x[d->rd], SW);
#define BODY_SH STORE_FAST(uint16_t, x[d->rd], SH);
#define BODY_SB STORE_FAST(uint8_t, x[d->rd], SB);
#define BODY_FSD STORE_FAST(uint64_t, f[d->rd], FSD);
#define PLAIN(first)                                                                           \
    do {                                                                                       \
        if (SLOTS == 2) goto h4_##first; /* a constant: one of the two remains */              \
        goto h2_##first;                                                                       \
    } while (0)
#define LOAD_FAST(type, dest, extra, first)                                                    \
    do {                                                                                       \
        uint64_t addr_ = x[d->rs1] + IMM();                                                    \
        type value_;                                                                           \
        if (UNLIKELY(!ACCESS_FAST(addr_, sizeof(type), VM_PROT_READ, VM_PROT_READ)))           \
            PLAIN(first);                                                                      \
        memcpy(&value_, mem + addr_, sizeof value_);                                           \
        dest = (uint64_t)value_ | (extra);                                                     \
    } while (0)
#define STORE_FAST(type, value, first)                                                         \
    do {                                                                                       \
        uint64_t addr_ = x[d->rs1] + IMM();                                                    \
        type value_ = (type)(value);                                                           \
        if (UNLIKELY(!ACCESS_FAST(addr_, sizeof(type), VM_PROT_WRITE | VM_PROT_EXEC,           \
                                  VM_PROT_WRITE)))                                             \
            PLAIN(first);                                                                      \
        memcpy(mem + addr_, &value_, sizeof value_);                                           \
        vm->reservation = VM_NO_RESERVATION;                                                   \
    } while (0)
/* A fused pair whose first instruction is `first_length` bytes long: the first runs and retires
 * as its own handler would, then the second runs in its own handler, reached by a direct jump
 * (to the variant for its length, which h's bit 1 gives: vm_pair_handler), from its own slot. */
#define PAIR_VARIANT(first, second, first_length, second_form)                                 \
    p##first_length##_##first##_##second : {                                                   \
        {                                                                                      \
            enum { SLOTS = first_length / 2 };                                                 \
            BODY_##first                                                                       \
        }                                                                                      \
        d += first_length / 2;                                                                 \
        if (UNLIKELY(--left == 0)) goto exhausted;                                             \
        SECOND_##second_form(second);                                                          \
    }
#define SECOND_C2(second)                                                                      \
    do {                                                                                       \
        if ((h & 2) != 0) goto h4_##second;                                                    \
        goto h2_##second;                                                                      \
    } while (0)
#define SECOND_W4(second) goto h4_##second
#define PAIR_VARIANTS_C2(first, second, form)                                                  \
    PAIR_VARIANT(first, second, 2, form) PAIR_VARIANT(first, second, 4, form)
#define PAIR_VARIANTS_W4(first, second, form) PAIR_VARIANT(first, second, 4, form)
#define PAIR_ROW(first, form) VM_PAIR_SECONDS(PAIR_VARIANTS_##form, first)

    if (left == 0) goto stop_at_budget;
lookup:
    /* Every path into new code comes here or through JUMP's same-page check. */
    if (pc >= VM_MEMORY_SIZE) {
        vm->pc = pc;
        fault_cause = VM_FAULT_FETCH_ACCESS;
        fault_addr = pc;
        goto fault;
    }
    base = vm->code.page_slots[pc / VM_PAGE_SIZE];
    if (UNLIKELY(base == 0)) {
        /* A page has slots only while executable (code_cache.h), so only a miss checks. */
        if ((vm->map.page_prot[pc / VM_PAGE_SIZE] & VM_PROT_EXEC) == 0) {
            vm->pc = pc;
            fault_cause = VM_FAULT_FETCH_ACCESS;
            fault_addr = pc;
            goto fault;
        }
        base = vm_code_page_slots(vm, pc / VM_PAGE_SIZE);
        /* Taking the slots from another page costs units (VM_CODE_EVICTION_COST) before the
         * instruction runs; vm_step charges them at the same point. */
        if (UNLIKELY(vm->code.unpaid != 0)) {
            left -= pay_unpaid(vm, left);
            if (left == 0) goto stop_at_budget;
        }
    }
    page_pc = pc - pc % VM_PAGE_SIZE;
    d = base + pc % VM_PAGE_SIZE / 2;
    h = d->handler;
    DISPATCH();

fault:
    vm->instret = vm->budget - left;
    vm_raise(vm, fault_cause, fault_addr, 0);
    vm->state = VM_STATE_ERRORED;
    return VM_EXIT_FAULT;

exhausted:
    pc = PC();
stop_at_budget:
    /* pc is the next instruction, not fetched: as in vm_step, the budget is checked first. */
    vm->pc = pc;
    vm->instret = vm->budget;
    vm->state = VM_STATE_BUDGET_EXHAUSTED;
    return VM_EXIT_BUDGET;

#if !VM_THREADED
dispatch:
    switch (h) {
#define VM_CASE(name)                                                                          \
    case 2 * VM_H_##name: goto h2_##name;                                                      \
    case 2 * VM_H_##name + 1: goto h4_##name;
        VM_HANDLERS(VM_CASE)
#undef VM_CASE
#define VM_PAIR_CASE(first, second, variant, label)                                            \
    case VM_PAIR_HANDLERS +                                                                    \
        4 * (VM_PAIR_FIRST_##first * VM_PAIR_SECOND_COUNT + VM_PAIR_SECOND_##second) + variant: \
        goto label##_##first##_##second;
#define VM_PAIR_CASES_C2(first, second, form) VM_PAIR_CASES_C2_##form(first, second)
#define VM_PAIR_CASES_W4(first, second, form) VM_PAIR_CASES_W4_##form(first, second)
#define VM_PAIR_CASES_C2_C2(first, second)                                                     \
    VM_PAIR_CASE(first, second, 0, p2) VM_PAIR_CASE(first, second, 1, p4)                      \
    VM_PAIR_CASE(first, second, 2, p2) VM_PAIR_CASE(first, second, 3, p4)
#define VM_PAIR_CASES_C2_W4(first, second)                                                     \
    VM_PAIR_CASE(first, second, 2, p2) VM_PAIR_CASE(first, second, 3, p4)
#define VM_PAIR_CASES_W4_C2(first, second)                                                     \
    VM_PAIR_CASE(first, second, 1, p4) VM_PAIR_CASE(first, second, 3, p4)
#define VM_PAIR_CASES_W4_W4(first, second) VM_PAIR_CASE(first, second, 3, p4)
#define VM_PAIR_CASE_ROW(first, form) VM_PAIR_SECONDS(VM_PAIR_CASES_##form, first)
        VM_PAIR_FIRSTS(VM_PAIR_CASE_ROW)
#undef VM_PAIR_CASE
#undef VM_PAIR_CASES_C2
#undef VM_PAIR_CASES_W4
#undef VM_PAIR_CASES_C2_C2
#undef VM_PAIR_CASES_C2_W4
#undef VM_PAIR_CASES_W4_C2
#undef VM_PAIR_CASES_W4_W4
#undef VM_PAIR_CASE_ROW
    default:
        if (h >= VM_FRESH_HANDLERS && h < VM_PAIR_HANDLERS) goto h2_DECODE;
        goto pair_missing;
    }
#endif

pair_missing:
    /* A pair of lengths its instructions cannot have: code_cache.c never makes one. */
    VM_ASSERT(0 && "a slot without a handler");
    vm->instret = vm->budget - left;
    vm->state = VM_STATE_ERRORED;
    return VM_EXIT_FAULT;

HANDLER(DECODE,
    vm_code_decode(vm, d, PC());
    h = d->handler;
    DISPATCH();
)

HANDLER(STEP,
    vm->pc = PC();
    vm->instret = vm->budget - left; /* csrr of instret, cycle or time reads it */
    enum step result = vm_execute_one(vm);
    if (result == STEP_FAULT) {
        vm->state = VM_STATE_ERRORED;
        return VM_EXIT_FAULT;
    }
    left--;
    if (result == STEP_ECALL) {
        vm->instret = vm->budget - left;
        return VM_EXIT_ECALL;
    }
    /* It may have jumped, or stored over the slots that follow: look pc up afresh. */
    pc = vm->pc;
    host_rms = host_rounding_modes(vm->frm); /* a CSR write may have changed frm */
    if (left == 0) goto stop_at_budget;
    goto lookup;
)

HANDLER(CROSS,
    pc = PC(); /* the page's end (or 2 bytes past it, after a 4-byte instruction) */
    goto lookup;
)

HANDLER(ECALL,
    left--;
    vm->pc = PC() + LENGTH();
    vm->instret = vm->budget - left;
    return VM_EXIT_ECALL;
)

HANDLER(NOP, NEXT();)
HANDLER(LI, x[d->rd] = IMM(); NEXT();)
HANDLER(AUIPC, x[d->rd] = PC() + IMM(); NEXT();)

HANDLER(JAL,
    x[d->rd] = PC() + LENGTH();
    TAKE(d->imm);
)
HANDLER(J, TAKE(d->imm);)
HANDLER(JALR,
    uint64_t target = (x[d->rs1] + IMM()) & ~1ull; /* before rd changes: rd may be rs1 */
    x[d->rd] = PC() + LENGTH();
    JUMP(target);
)
HANDLER(JR, JUMP((x[d->rs1] + IMM()) & ~1ull);)

HANDLER(BEQ, BRANCH(a_ == b_);)
HANDLER(BNE, BRANCH(a_ != b_);)
HANDLER(BLT, BRANCH(FLIP(a_) < FLIP(b_));)
HANDLER(BGE, BRANCH(FLIP(a_) >= FLIP(b_));)
HANDLER(BLTU, BRANCH(a_ < b_);)
HANDLER(BGEU, BRANCH(a_ >= b_);)

HANDLER(LB, LOAD(int8_t, x[d->rd], 0);)
HANDLER(LH, LOAD(int16_t, x[d->rd], 0);)
HANDLER(LW, LOAD(int32_t, x[d->rd], 0);)
HANDLER(LD, LOAD(uint64_t, x[d->rd], 0);)
HANDLER(LBU, LOAD(uint8_t, x[d->rd], 0);)
HANDLER(LHU, LOAD(uint16_t, x[d->rd], 0);)
HANDLER(LWU, LOAD(uint32_t, x[d->rd], 0);)
HANDLER(FLW, LOAD(uint32_t, vm->f[d->rd], 0xffffffff00000000ull);) /* NaN-boxed */
HANDLER(FLD, LOAD(uint64_t, vm->f[d->rd], 0);)

HANDLER(SB, STORE(uint8_t, x[d->rd]);) /* rd holds rs2 */
HANDLER(SH, STORE(uint16_t, x[d->rd]);)
HANDLER(SW, STORE(uint32_t, x[d->rd]);)
HANDLER(SD, STORE(uint64_t, x[d->rd]);)
HANDLER(FSW, STORE(uint32_t, f[d->rd]);) /* the low 32 bits, boxed or not */
HANDLER(FSD, STORE(uint64_t, f[d->rd]);)

HANDLER(FP,
    struct vm_insn insn;
    vm_fp_insn(d, &insn);
    uint32_t encoding; /* for an illegal-instruction fault: the bytes this slot came from */
    memcpy(&encoding, mem + PC(), 4);
    vm->pc = PC();
    /* The host FPU has had its chance (the inline handlers): softfloat's part alone. */
    if (vm_execute_fp_soft(vm, &insn, encoding) == STEP_FAULT) {
        vm->instret = vm->budget - left;
        vm->state = VM_STATE_ERRORED;
        return VM_EXIT_FAULT;
    }
    x[0] = 0; /* fcvt, fmv, compares and fclass may have rd = x0 */
    NEXT();
)

/* fflags, frm and fcsr: vm_execute_csr takes the host FPU's flags first and gives it the new
 * rounding mode after (vm_fp_leave, vm_fp_enter); never illegal on these three. */
HANDLER(CSR_FP,
    struct vm_insn insn_ = {.op = (enum vm_op)((uint32_t)d->imm >> 16 & 0xff), .rd = d->rd,
                            .rs1 = d->rs1, .imm = d->imm & 0xffff, .length = 4};
    enum step result_ = vm_execute_csr(vm, &insn_, 0);
    VM_ASSERT(result_ == STEP_NEXT);
    x[0] = 0; /* rd may be x0 */
    host_rms = host_rounding_modes(vm->frm);
    NEXT();
)

/* The exact moves: sign injection (k = 0 fsgnj, 1 fsgnjn, 2 fsgnjx) and the raw moves. */
HANDLER(FSGNJ_D,
    uint64_t a_ = f[d->rs1], b_ = f[FP_RS2()];
    uint32_t k_ = ((uint32_t)d->imm & 0xff) - OP_FSGNJ_D;
    uint64_t sign_ = k_ == 0 ? b_ : k_ == 1 ? ~b_ : a_ ^ b_;
    f[d->rd] = (a_ & ~SIGN64) | (sign_ & SIGN64);
    NEXT();
)
HANDLER(FMV_X_D, x[d->rd] = f[d->rs1]; NEXT();)
HANDLER(FMV_D_X, f[d->rd] = x[d->rs1]; NEXT();)
HANDLER(FSGNJ_S,
    uint32_t a_ = boxed_single(f[d->rs1]), b_ = boxed_single(f[FP_RS2()]);
    uint32_t k_ = ((uint32_t)d->imm & 0xff) - OP_FSGNJ_S;
    uint32_t sign_ = k_ == 0 ? b_ : k_ == 1 ? ~b_ : a_ ^ b_;
    f[d->rd] = BOX_SINGLE | (a_ & 0x7fffffffu) | (sign_ & 0x80000000u);
    NEXT();
)
HANDLER(FMV_X_W, x[d->rd] = (uint64_t)(int64_t)(int32_t)(uint32_t)f[d->rs1]; NEXT();)
HANDLER(FMV_W_X, f[d->rd] = BOX_SINGLE | (uint32_t)x[d->rs1]; NEXT();)

#if VM_HOST_FPU
/* Runs `operation` on the host's FPU when it rounds in the instruction's mode (the slot's imm
 * holds rm in bits 13-15), else the instruction as FP runs it (every FP instruction is 4 bytes
 * long). Flags accrue in the host's (vm_fp_leave takes them). */
#define FP_HOST(...)                                                                           \
    do {                                                                                       \
        if (UNLIKELY((host_rms >> ((uint32_t)d->imm >> 13 & 7) & 1) == 0)) goto h4_FP;         \
        __VA_ARGS__;                                                                           \
        NEXT();                                                                                \
    } while (0)
#define FP_OP_INDEX(first) (((uint32_t)d->imm & 0xff) - (first))
#define FP_RS3() ((uint32_t)d->imm >> 8 & 31)
/* fcvt to an integer from the double `bits` (a single widened): rounded in the host's mode, or
 * truncated for RTZ; what the rounding decides is FP's (fpu_host_to_int). */
#define FP_TO_INT(bits, first)                                                                 \
    do {                                                                                       \
        uint32_t rm_ = (uint32_t)d->imm >> 13 & 7;                                             \
        bool host_ = (host_rms >> rm_ & 1) != 0;                                               \
        if (UNLIKELY(!host_ && rm_ != 1)) goto h4_FP; /* 1: RTZ */                             \
        uint64_t r_;                                                                           \
        enum fpu_host_conversion c_ = fpu_host_to_int((bits), FP_OP_INDEX(first), !host_, &r_); \
        if (UNLIKELY(c_ == FPU_HOST_SOFT)) goto h4_FP;                                         \
        if (c_ == FPU_HOST_SATURATED) vm->fflags |= 16; /* NV */                               \
        x[d->rd] = r_;                                                                         \
        NEXT();                                                                                \
    } while (0)
#else
#define FP_HOST(...) goto h4_FP
#define FP_TO_INT(bits, first) goto h4_FP
#endif

HANDLER(FSQRT_D, FP_HOST(f[d->rd] = fpu_host_sqrt_d(f[d->rs1], f[d->rs1]));)
/* The other operations the host computes (conversions, fsqrt.s): no encoding to fetch, no
 * dispatch on loads and stores; what the host does not compute (vm_fp_host_execute says) is
 * FP's. fcvt to an integer has rd != x0 here. */
HANDLER(FP_HOST,
    struct vm_insn insn_;
    vm_fp_insn(d, &insn_);
    if (!vm_fp_host_execute(vm, &insn_)) goto h4_FP;
    NEXT();
)

HANDLER(FADD_D, FP_HOST(f[d->rd] = fpu_host_add_d(f[d->rs1], f[FP_RS2()]));)
HANDLER(FSUB_D, FP_HOST(f[d->rd] = fpu_host_sub_d(f[d->rs1], f[FP_RS2()]));)
HANDLER(FMUL_D, FP_HOST(f[d->rd] = fpu_host_mul_d(f[d->rs1], f[FP_RS2()]));)
HANDLER(FDIV_D, FP_HOST(f[d->rd] = fpu_host_div_d(f[d->rs1], f[FP_RS2()]));)
HANDLER(FADD_S, FP_HOST(f[d->rd] = BOX_SINGLE | fpu_host_add_s(boxed_single(f[d->rs1]),
                                                               boxed_single(f[FP_RS2()])));)
HANDLER(FSUB_S, FP_HOST(f[d->rd] = BOX_SINGLE | fpu_host_sub_s(boxed_single(f[d->rs1]),
                                                               boxed_single(f[FP_RS2()])));)
HANDLER(FMUL_S, FP_HOST(f[d->rd] = BOX_SINGLE | fpu_host_mul_s(boxed_single(f[d->rs1]),
                                                               boxed_single(f[FP_RS2()])));)
HANDLER(FDIV_S, FP_HOST(f[d->rd] = BOX_SINGLE | fpu_host_div_s(boxed_single(f[d->rs1]),
                                                               boxed_single(f[FP_RS2()])));)
/* The fused forms, k = 0 fmadd, 1 fmsub, 2 fnmsub, 3 fnmadd: the negations apply to the
 * operands. A NaN addend is FP's (x86 raises no NV for inf * 0 + qNaN; RISC-V does). */
HANDLER(FMA_D, FP_HOST(
    uint32_t k_ = FP_OP_INDEX(OP_FMADD_D);
    uint64_t c_ = f[FP_RS3()];
    if (UNLIKELY(IS_NAN64(c_))) goto h4_FP;
    f[d->rd] = fpu_host_fma_d(f[d->rs1] ^ (uint64_t)(k_ >> 1) << 63, f[FP_RS2()],
                              c_ ^ (uint64_t)(k_ & 1) << 63));)
HANDLER(FMA_S, FP_HOST(
    uint32_t k_ = FP_OP_INDEX(OP_FMADD_S);
    uint32_t c_ = boxed_single(f[FP_RS3()]);
    if (UNLIKELY((c_ & 0x7fffffffu) > 0x7f800000u)) goto h4_FP;
    f[d->rd] = BOX_SINGLE | fpu_host_fma_s(boxed_single(f[d->rs1]) ^ (k_ >> 1) << 31,
                                           boxed_single(f[FP_RS2()]), c_ ^ (k_ & 1) << 31));)
HANDLER(FCVT_I_D, FP_TO_INT(f[d->rs1], OP_FCVT_W_D);)
HANDLER(FCVT_I_S, FP_TO_INT(fpu_host_s_to_d(boxed_single(f[d->rs1])), OP_FCVT_W_S);)
/* From integers (k = 0 w, 1 wu, 2 l, 3 lu); 32-bit ones to double are exact. */
HANDLER(FCVT_D_I, FP_HOST(
    uint32_t k_ = FP_OP_INDEX(OP_FCVT_D_W);
    uint64_t v_ = x[d->rs1];
    f[d->rd] = k_ == 0 ? fpu_host_i64_to_d((int32_t)(uint32_t)v_)
             : k_ == 1 ? fpu_host_i64_to_d((uint32_t)v_)
             : k_ == 2 ? fpu_host_i64_to_d((int64_t)v_) : fpu_host_u64_to_d(v_));)
HANDLER(FCVT_S_I, FP_HOST(
    uint32_t k_ = FP_OP_INDEX(OP_FCVT_S_W);
    uint64_t v_ = x[d->rs1];
    f[d->rd] = BOX_SINGLE | (k_ == 0 ? fpu_host_i64_to_s((int32_t)(uint32_t)v_)
                           : k_ == 1 ? fpu_host_i64_to_s((uint32_t)v_)
                           : k_ == 2 ? fpu_host_i64_to_s((int64_t)v_) : fpu_host_u64_to_s(v_)));)
HANDLER(FCVT_S_D, FP_HOST(f[d->rd] = BOX_SINGLE | fpu_host_d_to_s(f[d->rs1]));)
HANDLER(FCVT_D_S, FP_HOST(f[d->rd] = fpu_host_s_to_d(boxed_single(f[d->rs1])));)
/* feq.s, flt.s, fle.s as FCMP_D below. */
HANDLER(FCMP_S,
#if VM_HOST_FPU
    uint32_t a_ = boxed_single(f[d->rs1]), b_ = boxed_single(f[FP_RS2()]);
    if (UNLIKELY((a_ & 0x7fffffffu) > 0x7f800000u || (b_ & 0x7fffffffu) > 0x7f800000u))
        goto h4_FP;
    float p_ = fpu_host_s(a_), q_ = fpu_host_s(b_);
    uint32_t k_ = FP_OP_INDEX(OP_FEQ_S);
    x[d->rd] = k_ == 0 ? p_ == q_ : k_ == 1 ? p_ < q_ : p_ <= q_;
    NEXT();
#else
    goto h4_FP;
#endif
)
/* feq.d, flt.d, fle.d (k = 0, 1, 2) on numbers: no flags, the host's comparison; a NaN (and
 * its flags) is FP's. rm is the comparison's kind here, not a rounding mode. */
HANDLER(FCMP_D,
#if VM_HOST_FPU
    uint64_t a_ = f[d->rs1], b_ = f[FP_RS2()];
    if (UNLIKELY(IS_NAN64(a_) || IS_NAN64(b_))) goto h4_FP;
    double p_ = fpu_host_d(a_), q_ = fpu_host_d(b_);
    uint32_t k_ = FP_OP_INDEX(OP_FEQ_D);
    x[d->rd] = k_ == 0 ? p_ == q_ : k_ == 1 ? p_ < q_ : p_ <= q_;
    NEXT();
#else
    goto h4_FP;
#endif
)

    /* One handler per ALU operation; with the operation a constant, vm_alu_inline folds to
     * that operation alone. */
#define VM_ALU_CASE(name)                                                                      \
    HANDLER(name, ALU_BODY(name); NEXT();)
    VM_ALU_HANDLERS(VM_ALU_CASE)
#undef VM_ALU_CASE

    VM_PAIR_FIRSTS(PAIR_ROW)

#undef PC
#undef LENGTH
#undef IMM
#undef NEXT
#undef JUMP
#undef TAKE
#undef FAULT
#undef FLIP
#undef BRANCH
#undef LOAD
#undef LOAD_BODY
#undef STORE
#undef STORE_BODY
#undef ALU_BODY
#undef BODY_ADDI
#undef BODY_ADD
#undef BODY_ADDIW
#undef BODY_SLLI
#undef BODY_ANDI
#undef BODY_SRLI
#undef BODY_SUB
#undef BODY_AND
#undef BODY_SUBW
#undef BODY_OR
#undef BODY_XOR
#undef BODY_ADDW
#undef BODY_SLLIW
#undef BODY_XORI
#undef BODY_ORI
#undef BODY_SLTU
#undef BODY_SRLIW
#undef BODY_SRAI
#undef BODY_LI
#undef BODY_LD
#undef BODY_LW
#undef BODY_LBU
#undef BODY_LHU
#undef BODY_FLD
#undef BODY_FLW
#undef BODY_SD
#undef BODY_SW
#undef BODY_SH
#undef BODY_SB
#undef BODY_FSD
#undef PLAIN
#undef LOAD_FAST
#undef STORE_FAST
#undef PAIR_VARIANT
#undef SECOND_C2
#undef SECOND_W4
#undef PAIR_VARIANTS_C2
#undef PAIR_VARIANTS_W4
#undef PAIR_ROW
#undef FP_RS2
#undef HANDLER
#undef DISPATCH
#undef FP_HOST
#undef FP_OP_INDEX
#undef FP_RS3
#undef FP_TO_INT
}
