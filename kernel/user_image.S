/* SPDX-License-Identifier: MIT */
/* The user program, embedded at build time: make USER_ELF=path chooses the file. */
    .section .rodata.user_image, "a", @progbits
    .balign 16
    .globl user_image_start, user_image_end, user_image_name
user_image_start:
    .incbin USER_ELF_PATH
user_image_end:
user_image_name:
    .asciz USER_ELF_NAME
