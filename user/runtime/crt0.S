/* SPDX-License-Identifier: MIT */
/* Program entry for Basin user programs. The stack holds argc, argv[], NULL, envp[], NULL, auxv
 * exactly as Linux lays it out (vm/process.c), so this is what any Linux crt0 does.
 * The same source is built for rv64im/lp64 and for rv64gc/lp64d: it uses only RV64I. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    /* gp-relative addressing needs gp set before any relaxed access. */
    .option push
    .option norelax
    lla     gp, __global_pointer$
    .option pop
    /* One thread, so the TLS block is used in place: the loader already copied .tdata there and
     * zeroed .tbss (user.ld reserves its room). tp points at its start, as picolibc's
     * local-exec accesses (errno) expect on RISC-V, where the TCB offset is 0. */
    lla     tp, __tls_base
    ld      s0, 0(sp)           /* argc; s registers survive the constructor calls */
    addi    s1, sp, 8           /* argv */
    slli    s2, s0, 3
    add     s2, s2, s1
    addi    s2, s2, 8           /* envp = argv + argc + 1 */
    lla     t0, environ         /* picolibc's getenv reads environ */
    sd      s2, 0(t0)
    andi    sp, sp, -16
    call    __libc_init_array   /* C constructors (picolibc; none in most programs) */
    mv      a0, s0
    mv      a1, s1
    mv      a2, s2
    call    main
    call    exit                /* returning from main is exit(status): destructors flush stdio */
1:  j       1b
