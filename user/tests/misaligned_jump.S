/* Jumps to an address that is not 4-byte aligned. */
    .section .text.start, "ax", @progbits
    .globl _start, fault_pc, jump_target
_start:
    lla     t0, jump_target
    addi    t0, t0, 2
fault_pc:
    jalr    t0
jump_target:
    nop
    nop
