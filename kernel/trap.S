/* SPDX-License-Identifier: MIT */
/* The trap path. One vector for every trap: sscratch tells who trapped. While the native engine
 * runs the guest in U-mode, sscratch points at the engine's frame (struct native_frame,
 * kernel/native.h); in the kernel it is 0.
 *   - A trap from the guest saves its registers and the counter in the frame and returns from
 *     native_enter, on the kernel's own stack, to the engine (kernel/native.c).
 *   - A trap from the kernel is a bug (a guard page, an illegal instruction...), except on the
 *     one probe instruction (kernel_probe_stimecmp): a panic, on the trap stack, since the
 *     trapping sp may be what went wrong.
 * The counter (instret) is read as late as possible before sret and as early as possible after
 * the trap, so that the kernel's instructions between the two reads are a fixed number. */
#include "memlayout.h"

/* struct native_frame (kernel/native.h checks these offsets). */
#define FRAME_X(n) ((n) * 8)
#define FRAME_PC 256
#define FRAME_KERNEL_SP 264
#define FRAME_COUNT_AT_ENTRY 272
#define FRAME_COUNT_AT_TRAP 280
#define FRAME_SCAUSE 288
#define FRAME_STVAL 296

#define SSTATUS_SPP (1 << 8)
#define KERNEL_SAVED 128 /* ra, s0-s11, gp, tp, on the kernel's stack across the guest's run */

    .section .text
    .balign 4
    .globl kernel_trap_vector
kernel_trap_vector:
    csrrw   sp, sscratch, sp
    beqz    sp, trap_from_kernel
    sd      t0, FRAME_X(5)(sp)
    csrr    t0, instret
    sd      t0, FRAME_COUNT_AT_TRAP(sp)
    sd      x1, FRAME_X(1)(sp)
    sd      x3, FRAME_X(3)(sp)
    sd      x4, FRAME_X(4)(sp)
    sd      x6, FRAME_X(6)(sp)
    sd      x7, FRAME_X(7)(sp)
    sd      x8, FRAME_X(8)(sp)
    sd      x9, FRAME_X(9)(sp)
    sd      x10, FRAME_X(10)(sp)
    sd      x11, FRAME_X(11)(sp)
    sd      x12, FRAME_X(12)(sp)
    sd      x13, FRAME_X(13)(sp)
    sd      x14, FRAME_X(14)(sp)
    sd      x15, FRAME_X(15)(sp)
    sd      x16, FRAME_X(16)(sp)
    sd      x17, FRAME_X(17)(sp)
    sd      x18, FRAME_X(18)(sp)
    sd      x19, FRAME_X(19)(sp)
    sd      x20, FRAME_X(20)(sp)
    sd      x21, FRAME_X(21)(sp)
    sd      x22, FRAME_X(22)(sp)
    sd      x23, FRAME_X(23)(sp)
    sd      x24, FRAME_X(24)(sp)
    sd      x25, FRAME_X(25)(sp)
    sd      x26, FRAME_X(26)(sp)
    sd      x27, FRAME_X(27)(sp)
    sd      x28, FRAME_X(28)(sp)
    sd      x29, FRAME_X(29)(sp)
    sd      x30, FRAME_X(30)(sp)
    sd      x31, FRAME_X(31)(sp)
    csrr    t0, sscratch
    sd      t0, FRAME_X(2)(sp)          /* the guest's sp */
    csrw    sscratch, zero              /* in the kernel again: its own traps are its own */
    csrr    t0, sepc
    sd      t0, FRAME_PC(sp)
    csrr    t0, scause
    sd      t0, FRAME_SCAUSE(sp)
    csrr    t0, stval
    sd      t0, FRAME_STVAL(sp)
    ld      sp, FRAME_KERNEL_SP(sp)
    ld      ra, 0(sp)
    ld      s0, 8(sp)
    ld      s1, 16(sp)
    ld      s2, 24(sp)
    ld      s3, 32(sp)
    ld      s4, 40(sp)
    ld      s5, 48(sp)
    ld      s6, 56(sp)
    ld      s7, 64(sp)
    ld      s8, 72(sp)
    ld      s9, 80(sp)
    ld      s10, 88(sp)
    ld      s11, 96(sp)
    ld      gp, 104(sp)
    ld      tp, 112(sp)
    addi    sp, sp, KERNEL_SAVED
    ret                                 /* from native_enter */

trap_from_kernel:
    csrrw   sp, sscratch, sp            /* sp back, sscratch 0 again */
    csrr    t0, sepc
    lla     t1, kernel_probe_instruction
    bne     t0, t1, 1f
    addi    t0, t0, 4                   /* the probe trapped: skip it, answer 0 */
    csrw    sepc, t0
    li      a0, 0
    sret
1:  lla     sp, __trap_stack_end
    csrr    a0, scause
    csrr    a1, sepc
    csrr    a2, stval
    call    kernel_trap
2:  wfi
    j       2b

/* void native_enter(struct native_frame *frame): runs the guest from frame->pc with the frame's
 * registers, in U-mode, until it traps; returns with the frame holding its registers, the trap's
 * pc, scause and stval, and the counter at both ends. The caller has set sstatus.FS and the
 * floating-point registers, the page tables and the timer. */
    .globl native_enter
native_enter:
    addi    sp, sp, -KERNEL_SAVED
    sd      ra, 0(sp)
    sd      s0, 8(sp)
    sd      s1, 16(sp)
    sd      s2, 24(sp)
    sd      s3, 32(sp)
    sd      s4, 40(sp)
    sd      s5, 48(sp)
    sd      s6, 56(sp)
    sd      s7, 64(sp)
    sd      s8, 72(sp)
    sd      s9, 80(sp)
    sd      s10, 88(sp)
    sd      s11, 96(sp)
    sd      gp, 104(sp)
    sd      tp, 112(sp)
    sd      sp, FRAME_KERNEL_SP(a0)
    ld      t0, FRAME_PC(a0)
    csrw    sepc, t0
    li      t0, SSTATUS_SPP             /* sret to U-mode, SPIE clear */
    csrc    sstatus, t0
    li      t0, 1 << 5
    csrc    sstatus, t0
    csrw    sscratch, a0
    csrr    t0, instret
    sd      t0, FRAME_COUNT_AT_ENTRY(a0)
    ld      x1, FRAME_X(1)(a0)
    ld      x2, FRAME_X(2)(a0)
    ld      x3, FRAME_X(3)(a0)
    ld      x4, FRAME_X(4)(a0)
    ld      x5, FRAME_X(5)(a0)
    ld      x6, FRAME_X(6)(a0)
    ld      x7, FRAME_X(7)(a0)
    ld      x8, FRAME_X(8)(a0)
    ld      x9, FRAME_X(9)(a0)
    ld      x11, FRAME_X(11)(a0)
    ld      x12, FRAME_X(12)(a0)
    ld      x13, FRAME_X(13)(a0)
    ld      x14, FRAME_X(14)(a0)
    ld      x15, FRAME_X(15)(a0)
    ld      x16, FRAME_X(16)(a0)
    ld      x17, FRAME_X(17)(a0)
    ld      x18, FRAME_X(18)(a0)
    ld      x19, FRAME_X(19)(a0)
    ld      x20, FRAME_X(20)(a0)
    ld      x21, FRAME_X(21)(a0)
    ld      x22, FRAME_X(22)(a0)
    ld      x23, FRAME_X(23)(a0)
    ld      x24, FRAME_X(24)(a0)
    ld      x25, FRAME_X(25)(a0)
    ld      x26, FRAME_X(26)(a0)
    ld      x27, FRAME_X(27)(a0)
    ld      x28, FRAME_X(28)(a0)
    ld      x29, FRAME_X(29)(a0)
    ld      x30, FRAME_X(30)(a0)
    ld      x31, FRAME_X(31)(a0)
    ld      x10, FRAME_X(10)(a0)
    sret

/* int kernel_probe_stimecmp(void): 1 when the hart lets S-mode read stimecmp (Sstc, enabled by
 * the firmware), 0 when that read traps (the vector above skips it). */
    .globl kernel_probe_stimecmp
kernel_probe_stimecmp:
    li      a0, 1
kernel_probe_instruction:
    csrr    t0, 0x14d                   /* stimecmp */
    ret

/* uint64_t native_count_loop(uint64_t iterations, uint64_t *ticks): a loop of
 * NATIVE_LOOP_INSTRUCTIONS (5) * iterations instructions, a load, an add, a store, a count and a
 * branch each time round (so its pace is closer to a program's than a tight loop's): returns
 * the difference of instret around it, and stores the difference of the time CSR at *ticks.
 * iterations >= 1. */
    .globl native_count_loop
native_count_loop:
    addi    sp, sp, -16
    sd      zero, 0(sp)
    csrr    t2, time
    csrr    t0, instret
1:  ld      t1, 0(sp)
    addi    t1, t1, 1
    sd      t1, 0(sp)
    addi    a0, a0, -1
    bnez    a0, 1b
    csrr    t1, instret
    csrr    t3, time
    addi    sp, sp, 16
    sub     a0, t1, t0
    sub     t3, t3, t2
    sd      t3, 0(a1)
    ret

/* uint64_t native_count_flush_loop(uint64_t iterations, uint64_t *ticks): as native_count_loop,
 * with a loop of 3 * iterations instructions: sfence.vma (the whole TLB), a count and a branch.
 * iterations >= 1. */
    .globl native_count_flush_loop
native_count_flush_loop:
    csrr    t2, time
    csrr    t0, instret
1:  sfence.vma zero, zero
    addi    a0, a0, -1
    bnez    a0, 1b
    csrr    t1, instret
    csrr    t3, time
    sub     a0, t1, t0
    sub     t3, t3, t2
    sd      t3, 0(a1)
    ret

/* The guest's floating-point registers and fcsr, moved in and out of the hart by the engine:
 * the kernel itself is integer-only and runs with sstatus.FS off, so these are the only
 * floating-point instructions it has, and they run with FS on.
 *   void native_fp_load(const uint64_t f[32], uint64_t fcsr)
 *   uint64_t native_fp_save(uint64_t f[32]): returns fcsr */
    .option push
    .option arch, +d
    .globl native_fp_load
native_fp_load:
    fld     f0, 0(a0)
    fld     f1, 8(a0)
    fld     f2, 16(a0)
    fld     f3, 24(a0)
    fld     f4, 32(a0)
    fld     f5, 40(a0)
    fld     f6, 48(a0)
    fld     f7, 56(a0)
    fld     f8, 64(a0)
    fld     f9, 72(a0)
    fld     f10, 80(a0)
    fld     f11, 88(a0)
    fld     f12, 96(a0)
    fld     f13, 104(a0)
    fld     f14, 112(a0)
    fld     f15, 120(a0)
    fld     f16, 128(a0)
    fld     f17, 136(a0)
    fld     f18, 144(a0)
    fld     f19, 152(a0)
    fld     f20, 160(a0)
    fld     f21, 168(a0)
    fld     f22, 176(a0)
    fld     f23, 184(a0)
    fld     f24, 192(a0)
    fld     f25, 200(a0)
    fld     f26, 208(a0)
    fld     f27, 216(a0)
    fld     f28, 224(a0)
    fld     f29, 232(a0)
    fld     f30, 240(a0)
    fld     f31, 248(a0)
    fscsr   a1
    ret

    .globl native_fp_save
native_fp_save:
    fsd     f0, 0(a0)
    fsd     f1, 8(a0)
    fsd     f2, 16(a0)
    fsd     f3, 24(a0)
    fsd     f4, 32(a0)
    fsd     f5, 40(a0)
    fsd     f6, 48(a0)
    fsd     f7, 56(a0)
    fsd     f8, 64(a0)
    fsd     f9, 72(a0)
    fsd     f10, 80(a0)
    fsd     f11, 88(a0)
    fsd     f12, 96(a0)
    fsd     f13, 104(a0)
    fsd     f14, 112(a0)
    fsd     f15, 120(a0)
    fsd     f16, 128(a0)
    fsd     f17, 136(a0)
    fsd     f18, 144(a0)
    fsd     f19, 152(a0)
    fsd     f20, 160(a0)
    fsd     f21, 168(a0)
    fsd     f22, 176(a0)
    fsd     f23, 184(a0)
    fsd     f24, 192(a0)
    fsd     f25, 200(a0)
    fsd     f26, 208(a0)
    fsd     f27, 216(a0)
    fsd     f28, 224(a0)
    fsd     f29, 232(a0)
    fsd     f30, 240(a0)
    fsd     f31, 248(a0)
    frcsr   a0
    ret
    .option pop
