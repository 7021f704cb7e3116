/* SPDX-License-Identifier: MIT */
/* The program bundle (kernel/bundle.h), written by basin-pack and linked into the image as data:
 * the Makefile assembles this with BUNDLE_PATH naming the file. */
    .section .rodata.bundle, "a", @progbits
    .balign 16
    .globl bundle_start, bundle_end
bundle_start:
    .incbin BUNDLE_PATH
bundle_end:
