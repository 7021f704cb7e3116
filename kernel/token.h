/* SPDX-License-Identifier: MIT */
/* The boot token: 48 random bits, made at boot, that end every line the kernel prints
 * (" boot=5c1f0e9a7d3b"), so that nothing a guest prints can pass for the kernel's own lines. The
 * guest can neither read kernel memory nor the console's output, so it cannot learn the token,
 * and guessing 48 bits within its output limit is hopeless. README, "Telling the kernel's lines
 * from the guest's". */
#ifndef BASIN_TOKEN_H
#define BASIN_TOKEN_H

#include <stdint.h>

#define TOKEN_BITS 48
#define TOKEN_HEX_DIGITS (TOKEN_BITS / 4)

/* Mixes what is secret or unpredictable at this boot: the image's secret (basin-pack takes it
 * from build/boot-secret, made once from /dev/urandom), the device tree's /chosen/rng-seed (QEMU
 * gives 32 fresh random bytes each boot), the time CSR and the RTC. Never 0. */
uint64_t token_make(uint64_t image_secret, uintptr_t dtb);

#endif
