/* Program entry for Basin user programs. The stack holds argc, argv[], NULL, envp[], NULL, auxv
 * exactly as Linux lays it out (vm/process.c), so this is what any Linux crt0 does. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    /* gp-relative addressing needs gp set before any relaxed access. */
    .option push
    .option norelax
    lla     gp, __global_pointer$
    .option pop
    ld      a0, 0(sp)           /* argc */
    addi    a1, sp, 8           /* argv */
    slli    a2, a0, 3
    add     a2, a2, a1
    addi    a2, a2, 8           /* envp = argv + argc + 1 */
    andi    sp, sp, -16
    call    main
    call    sys_exit            /* main's return value is the exit status */
1:  j       1b
