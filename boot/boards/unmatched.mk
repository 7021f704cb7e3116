# SPDX-License-Identifier: MIT
# SiFive HiFive Unmatched (FU740): RAM from 0x80000000, the Image at 0x80200000 as on QEMU virt.
# Console: sifive,uart0 at 0x10010000, 115200 8N1.
BOARD_DESCRIPTION.unmatched := SiFive HiFive Unmatched (FU740)
BOARD_RAM_BASE.unmatched := 0x80000000
BOARD_KERNEL_BASE.unmatched := 0x80200000
