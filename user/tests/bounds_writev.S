/* SPDX-License-Identifier: MIT */
/* A writev flood that makes the VM walk as many iovecs as Linux allows (1024) for the least
 * output: one byte, then 1023 empty ones, every call. After the output limit every call
 * still walks them all before it returns -EFBIG. The budget ends it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    lla     t0, iovecs
    lla     t1, byte
    sd      t1, 0(t0)
    li      t1, 1
    sd      t1, 8(t0)           /* the rest are zero: base 0, length 0 */
flood:
    li      a0, 1
    lla     a1, iovecs
    li      a2, 1024
    li      a7, 66              /* writev */
    ecall
    j       flood

    .section .rodata
byte:
    .ascii  "."

    .bss
    .balign 8
iovecs:
    .space  1024 * 16
