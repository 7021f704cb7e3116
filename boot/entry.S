/* SPDX-License-Identifier: MIT */
/* Basin's first instructions. OpenSBI enters here in S-mode with the MMU off,
 * a0 = this hart's id, a1 = the device tree's physical address. Any number of harts may arrive
 * (OpenSBI picks the boot hart by lottery, other firmware may start them all): the first one to
 * win boot_lottery goes on, the others park. */
#include "../kernel/memlayout.h"

    .section .text.entry, "ax", @progbits
    .globl _start
/* The RISC-V image header (Linux's Documentation/arch/riscv/boot-image-header.rst), 64 bytes, so
 * U-Boot's booti and distro boot take the image: booti copies it to RAM base + text_offset and
 * jumps to its first byte. A direct boot (OpenSBI, QEMU -kernel) also starts here: code0 jumps
 * over the header. Uncompressed encodings, so code0 and code1 are exactly 4 bytes each. */
    .option push
    .option norvc
_start:
    j       after_header                /* code0 */
    .word   0                           /* code1 */
    .dword  __text_offset               /* text_offset: where in RAM the image must run */
    .dword  __image_size                /* image_size: with .bss, guest memory and stacks */
    .dword  0                           /* flags: bit 0 clear = little-endian */
    .word   2                           /* version 0.2 */
    .word   0                           /* res1 */
    .dword  0                           /* res2 */
    .ascii  "RISCV\0\0\0"               /* magic (deprecated, still checked by some loaders) */
    .ascii  "RSC\x05"                   /* magic2 */
    .word   0                           /* res3 */
    .option pop
after_header:
    /* The lottery: amoadd returns the old value, so exactly one hart sees zero. */
    lla     t0, boot_lottery
    li      t1, 1
    amoadd.w t1, t1, (t0)
    bnez    t1, park

    /* Interrupts off: Basin runs with none enabled. */
    csrw    sie, zero
    csrci   sstatus, 2

    /* Stack: the top of this hart's slot (a guard page, then the stack), or of slot 0 for a
     * hart id past MAX_HARTS (only one hart runs). */
    mv      t2, a0
    li      t3, MAX_HARTS
    bltu    t2, t3, 1f
    li      t2, 0
1:  addi    t2, t2, 1
    li      t3, HART_SLOT_SIZE
    mul     t2, t2, t3
    lla     sp, __hart_stacks_start
    add     sp, sp, t2

    /* Zero .bss and guest memory, 8 bytes at a time (linker.ld aligns both ends to 16). */
    lla     t0, __bss_start
    lla     t1, __bss_end
2:  bgeu    t0, t1, 3f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       2b
3:
    /* Traps: kernel/trap.S's vector; sscratch 0 says the kernel is running, not a guest. */
    csrw    sscratch, zero
    lla     t0, kernel_trap_vector
    csrw    stvec, t0
    /* a0 and a1 still hold the hart id and the device tree. */
    call    kernel_main
    /* kernel_main never returns; if it did, stop here rather than run off. */
park:
    wfi
    j       park

    .section .data
    .align 2
boot_lottery:
    .word 0

/* Where the boot hart starts every other hart (kernel/harts.c, through SBI HSM): each one counts
 * itself in parked_harts and waits. Interrupts stay off, so wfi only pauses it; it never takes
 * a stack or touches kernel state. */
    .section .text
    .globl secondary_park
secondary_park:
    csrw    sie, zero
    lla     t0, parked_harts
    li      t1, 1
    amoadd.w zero, t1, (t0)
1:  wfi
    j       1b

    .section .data
    .align 2
    .globl parked_harts
parked_harts:
    .word 0
