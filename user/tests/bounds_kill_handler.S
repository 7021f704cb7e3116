/* SPDX-License-Identifier: MIT */
/* A signal storm: kill(1, SIGUSR1) with a handler that returns at once, a signal frame written
 * and read back every time (vm/signal.c). The budget ends it. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    li      a0, 10              /* SIGUSR1 */
    lla     a1, action
    li      a2, 0
    li      a3, 8               /* sigsetsize */
    li      a7, 134             /* rt_sigaction */
    ecall
storm:
    li      a0, 1               /* pid 1: this process */
    li      a1, 10              /* SIGUSR1 */
    li      a7, 129             /* kill */
    ecall
    j       storm

handler:
    ret                         /* to the trampoline: rt_sigreturn, then back after the ecall */

    .data
    .balign 8
action:
    .dword  handler             /* sa_handler */
    .dword  0                   /* sa_flags */
    .dword  0                   /* sa_mask */
