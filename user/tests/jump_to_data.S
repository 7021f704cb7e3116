/* SPDX-License-Identifier: MIT */
/* W^X: a jump into the data segment. The instructions there are valid (exit 0), but data is
 * read-write and not executable, so the fetch is a fetch-access-fault (SIGSEGV on Linux). */
    .section .text.start, "ax", @progbits
    .globl _start, data_code
_start:
    la      t0, data_code
    jr      t0

    .data
    .balign 4
data_code:
    li      a0, 0
    li      a7, 93
    ecall
