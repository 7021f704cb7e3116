/* SPDX-License-Identifier: MIT */
/* W^X: a store into the program's own code. The text segment is read-execute, so the store is
 * a store-access-fault (SIGSEGV on Linux) and the code stays as it was. */
    .section .text.start, "ax", @progbits
    .globl _start, fault_pc
_start:
    la      t0, _start
    li      t1, -1
fault_pc:
    sd      t1, 0(t0)
    li      a0, 1           /* not reached */
    li      a7, 93
    ecall
