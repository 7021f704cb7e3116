/* SPDX-License-Identifier: MIT */
/* A storm of system calls Linux does not have: each returns -ENOSYS, the kernel logs the number
 * once, and the instruction budget ends the storm. */
    .section .text.start, "ax", @progbits
    .globl _start, storm_jump
_start:
    li      a7, 500
storm:
    ecall
storm_jump:
    j       storm
