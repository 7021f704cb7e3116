# SPDX-License-Identifier: MIT
# QEMU's virt machine (qemu-system-riscv64 -M virt): RAM from 0x80000000, OpenSBI at its start,
# the next stage at 0x80200000 (fw_dynamic and fw_jump); console ns16550a at 0x10000000.
BOARD_DESCRIPTION.qemu-virt := QEMU virt
BOARD_RAM_BASE.qemu-virt := 0x80000000
BOARD_KERNEL_BASE.qemu-virt := 0x80200000
