/* SPDX-License-Identifier: MIT */
/* F and D execution in the VM (the arithmetic itself is tested in test_softfloat.c): register
 * moves, NaN-boxing, sign injection, rounding-mode selection, flag accrual, conversions into
 * integer registers, FP loads and stores. */
#include <fenv.h>
#include <string.h>

#include "check.h"
#include "harness.h"

enum { OP_FP = 0x53 };

#define FP(funct7, rs2, rs1, rm, rd) enc_r(funct7, rs2, rs1, rm, rd, OP_FP)
#define ONE_S 0x3f800000u
#define TWO_S 0x40000000u
#define THREE_S 0x40400000u
#define ONE_D 0x3ff0000000000000ull
#define BOX(single) (0xffffffff00000000ull | (single))

static void run_one(uint32_t encoding) {
    harness_start(&encoding, 1, 1);
}

static void test_arithmetic_and_boxing(void) {
    run_one(FP(0x00, 2, 1, 0, 3)); /* fadd.s f3, f1, f2 */
    test_vm.f[1] = BOX(ONE_S);
    test_vm.f[2] = BOX(TWO_S);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.f[3], BOX(THREE_S));
    CHECK_EQ(test_vm.fflags, 0);

    /* A single operand that is not NaN-boxed reads as the canonical NaN. */
    run_one(FP(0x00, 2, 1, 0, 3));
    test_vm.f[1] = ONE_S; /* upper half zero: not boxed */
    test_vm.f[2] = BOX(TWO_S);
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.f[3], BOX(0x7fc00000u));

    run_one(FP(0x01, 2, 1, 0, 3)); /* fadd.d */
    test_vm.f[1] = ONE_D;
    test_vm.f[2] = ONE_D;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.f[3], 0x4000000000000000ull);
}

static void test_moves_and_sign_injection(void) {
    run_one(FP(0x70, 0, 1, 0, 5)); /* fmv.x.w t0, f1: raw low bits, sign-extended */
    test_vm.f[1] = 0x1234567880000000ull;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[5], 0xffffffff80000000ull);

    run_one(FP(0x78, 0, 6, 0, 1)); /* fmv.w.x f1, t1: boxed */
    test_vm.x[6] = 0xaaaaaaaa3f800000ull;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.f[1], BOX(ONE_S));

    run_one(FP(0x79, 0, 6, 0, 1)); /* fmv.d.x */
    test_vm.x[6] = 0x123456789abcdef0ull;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.f[1], 0x123456789abcdef0ull);

    const struct { uint32_t funct3; uint64_t expected; } sgnj[] = {
        {0, BOX(0xbf800000u)}, /* fsgnj: sign of f2 (negative) */
        {1, BOX(0x3f800000u)}, /* fsgnjn: the opposite */
        {2, BOX(0xbf800000u)}, /* fsgnjx: xor of the signs */
    };
    for (size_t i = 0; i < 3; i++) {
        run_one(FP(0x10, 2, 1, sgnj[i].funct3, 3));
        test_vm.f[1] = BOX(ONE_S);
        test_vm.f[2] = BOX(0x80000000u);
        CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
        CHECK_EQ(test_vm.f[3], sgnj[i].expected);
    }
    run_one(FP(0x11, 2, 1, 2, 3)); /* fsgnjx.d keeps NaN payloads: no canonicalization */
    test_vm.f[1] = 0x7ff0000000000001ull;
    test_vm.f[2] = 0x8000000000000000ull;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.f[3], 0xfff0000000000001ull);
}

static void test_rounding_modes(void) {
    /* fcvt.w.d with a static mode, then dynamic with frm: 2.5 -> 2 (RNE), 3 (RUP). */
    run_one(FP(0x61, 0, 1, 0, 5));
    test_vm.f[1] = 0x4004000000000000ull; /* 2.5 */
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[5], 2);
    CHECK_EQ(test_vm.fflags, 1); /* inexact */
    run_one(FP(0x61, 0, 1, 7, 5));
    test_vm.f[1] = 0x4004000000000000ull;
    test_vm.frm = 3;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[5], 3);
    /* A reserved dynamic mode makes the instruction illegal; nothing changes. */
    for (uint32_t frm = 5; frm <= 7; frm++) {
        run_one(FP(0x61, 0, 1, 7, 5));
        test_vm.frm = frm;
        test_vm.x[5] = 0x77;
        CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
        CHECK(test_vm.fault.cause == VM_FAULT_ILLEGAL_INSTRUCTION);
        CHECK_EQ(test_vm.x[5], 0x77);
    }
    /* Operations without a rounding mode run whatever frm holds. */
    run_one(FP(0x10, 2, 1, 0, 3));
    test_vm.frm = 6;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
}

static void test_flags_accrue_and_conversions(void) {
    /* fdiv.d 1/0: DZ; then fcvt.wu.d of -1.0: NV, result 0; flags accrue. */
    uint32_t code[2] = {FP(0x0d, 2, 1, 0, 3), FP(0x61, 1, 4, 1, 5)};
    harness_start(code, 2, 2);
    test_vm.f[1] = ONE_D;
    test_vm.f[2] = 0;
    test_vm.f[4] = 0xbff0000000000000ull;
    test_vm.fflags = 1;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.f[3], 0x7ff0000000000000ull);
    CHECK_EQ(test_vm.x[5], 0);
    CHECK_EQ(test_vm.fflags, 1 | 8 | 16);
    /* fcvt.wu.s of 4294967295.0f -> 0xffffffff, sign-extended into rd. */
    run_one(FP(0x60, 1, 1, 1, 5));
    test_vm.f[1] = BOX(0x4f7fffffu); /* 4294967040.0f */
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[5], 0xffffffffffffff00ull);
    /* feq.s with a signalling NaN: false and NV. */
    run_one(FP(0x50, 2, 1, 2, 5));
    test_vm.f[1] = BOX(0x7f800001u);
    test_vm.f[2] = BOX(ONE_S);
    test_vm.x[5] = 9;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[5], 0);
    CHECK_EQ(test_vm.fflags, 16);
    /* fclass.s of an unboxed value: the canonical NaN is a quiet NaN (bit 9). */
    run_one(FP(0x70, 0, 1, 1, 5));
    test_vm.f[1] = 0;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.x[5], 1u << 9);
}

static void test_loads_and_stores(void) {
    /* flw f1, 0(t1); fsd f1, 8(t1); fsw f2, 16(t1) with an unboxed f2 (stored as is). */
    uint32_t code[3] = {enc_i(0, 6, 2, 1, 0x07), enc_s(8, 1, 6, 3, 0x27), enc_s(16, 2, 6, 2, 0x27)};
    harness_start(code, 3, 3);
    memcpy(test_memory + 0x2000, (const uint8_t[]){0x00, 0x00, 0x80, 0x3f}, 4);
    test_vm.x[6] = 0x2000;
    test_vm.f[2] = 0x1122334455667788ull;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
    CHECK_EQ(test_vm.f[1], BOX(ONE_S));
    uint64_t stored = 0;
    memcpy(&stored, test_memory + 0x2008, 8);
    CHECK_EQ(stored, BOX(ONE_S));
    uint32_t word = 0;
    memcpy(&word, test_memory + 0x2010, 4);
    CHECK_EQ(word, 0x55667788u);
    /* Out of range: load and store access faults. */
    uint32_t far[1] = {enc_i(0, 6, 3, 1, 0x07)};
    harness_start(far, 1, 1);
    test_vm.x[6] = 0x3ffffc;
    CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
    CHECK(test_vm.fault.cause == VM_FAULT_LOAD_ACCESS);
}

/* The embedder's own rounding mode and exception flags (the host FPU's, which the fast path of
 * vm/fpu_host.h sets for the guest while it runs) are as it left them after vm_run and vm_step;
 * the guest's division rounded in its own mode (RTZ; upward would give ...556). */
static void test_embedder_fp_state_kept(void) {
    const uint32_t code[2] = {enc_i(0x002, 1, 5, 0, 0x73), /* csrwi frm, 1 (RTZ) */
                              FP(0x0d, 2, 1, 7, 3)};         /* fdiv.d f3, f1, f2 (dynamic) */
    for (int stepping = 0; stepping < 2; stepping++) {
        harness_start(code, 2, 2);
        test_vm.f[1] = ONE_D;
        test_vm.f[2] = 0x4008000000000000ull; /* 3.0 */
        CHECK_EQ(fesetround(FE_UPWARD), 0);
        feclearexcept(FE_ALL_EXCEPT);
        feraiseexcept(FE_UNDERFLOW);
        if (stepping) {
            for (int i = 0; i < 2; i++) (void)vm_step(&test_vm);
        } else {
            CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET); /* both, then the budget of 2 */
        }
        CHECK_EQ(test_vm.instret, 2);
        CHECK_EQ(fegetround(), FE_UPWARD);
        CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_UNDERFLOW);
        CHECK_EQ(test_vm.f[3], 0x3fd5555555555555ull); /* 1/3 toward zero */
        CHECK_EQ(test_vm.fflags, 1);                    /* NX only */
        fesetround(FE_TONEAREST);
        feclearexcept(FE_ALL_EXCEPT);
    }
}

const struct test fp_tests[] = {
    {"fp: arithmetic and NaN-boxing", test_arithmetic_and_boxing},
    {"fp: moves and sign injection", test_moves_and_sign_injection},
    {"fp: static and dynamic rounding modes, reserved frm", test_rounding_modes},
    {"fp: flags accrue; conversions sign-extend", test_flags_accrue_and_conversions},
    {"fp: loads and stores", test_loads_and_stores},
    {"fp: a run leaves the embedder's rounding mode and flags as they were",
     test_embedder_fp_state_kept},
    {0, 0},
};
