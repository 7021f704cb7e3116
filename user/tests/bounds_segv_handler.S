/* SPDX-License-Identifier: MIT */
/* A fault storm: a store to the null page whose SIGSEGV handler returns at once, so the store
 * faults again, a signal frame written and read back every time (vm/signal.c). The budget ends
 * it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    li      a0, 11              /* SIGSEGV */
    lla     a1, action
    li      a2, 0
    li      a3, 8               /* sigsetsize */
    li      a7, 134             /* rt_sigaction */
    ecall
fault:
    sd      zero, 0(zero)       /* SIGSEGV; the handler returns here */
    j       fault

handler:
    ret                         /* to the trampoline: rt_sigreturn, then the store again */

    .data
    .balign 8
action:
    .dword  handler             /* sa_handler */
    .dword  0                   /* sa_flags */
    .dword  0                   /* sa_mask */
