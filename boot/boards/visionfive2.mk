# SPDX-License-Identifier: MIT
# StarFive VisionFive 2 (JH7110; also Milk-V Mars): RAM from 0x40000000. U-Boot's booti moves
# the Image to RAM base + text_offset = 0x40200000, so the image is linked there. Console: uart0,
# snps,dw-apb-uart at 0x10000000 (reg-shift 2, reg-io-width 4), 115200 8N1.
BOARD_DESCRIPTION.visionfive2 := StarFive VisionFive 2 (JH7110)
BOARD_RAM_BASE.visionfive2 := 0x40000000
BOARD_KERNEL_BASE.visionfive2 := 0x40200000
