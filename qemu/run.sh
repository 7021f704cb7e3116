#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Boots a Basin kernel image on QEMU's virt machine under OpenSBI (QEMU's bundled fw_dynamic).
#   qemu/run.sh build/qemu-virt/kernel.elf          QEMU's exit status is the guest's (README)
#   qemu/run.sh --debug build/qemu-virt/kernel.elf  wait for gdb-multiarch on localhost:1234
#   qemu/run.sh --sdcard build/qemu-virt/sdcard.img the path boards take: OpenSBI, then Debian's
#                                                   S-mode U-Boot, whose distro boot finds the
#                                                   card on a virtio disk and boots its Image
# Extra QEMU options may follow the image, e.g. -smp 2. BASIN_BIOS=path boots another OpenSBI
# build, e.g. /usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin; BASIN_MACHINE=sifive_u
# another machine than virt (sifive_u has no device to power off: QEMU stays up at the end).
set -euo pipefail

UBOOT=/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin
usage="usage: qemu/run.sh [--debug] KERNEL.elf | --sdcard SDCARD.img [QEMU options...]"
debug=() boot=()
case "${1:-}" in
    --debug) debug=(-s -S); shift ;;
esac
if [ "${1:-}" = --sdcard ]; then
    card=${2:?$usage}
    shift 2
    [ -f "$card" ] || { echo "qemu/run.sh: no SD card image at $card (make sdcard)" >&2; exit 2; }
    [ -f "$UBOOT" ] || { echo "qemu/run.sh: no U-Boot at $UBOOT (apt-get install u-boot-qemu)" >&2; exit 2; }
    # U-Boot needs room above the image for itself and what it loads: 256 MiB as the notes say.
    boot=(-m 256M -kernel "$UBOOT" -drive "file=$card,format=raw,if=none,id=card"
          -device virtio-blk-device,drive=card)
else
    kernel=${1:?$usage}
    shift
    [ -f "$kernel" ] || { echo "qemu/run.sh: no kernel image at $kernel" >&2; exit 2; }
    boot=(-m 128M -kernel "$kernel")
    debug_hint=$kernel
fi

if [ ${#debug[@]} -gt 0 ]; then
    echo "QEMU is waiting for a debugger. In another terminal:" >&2
    echo "  gdb-multiarch ${debug_hint:-build/qemu-virt/kernel.elf} -ex 'target remote localhost:1234'" >&2
    echo "(gdb-multiarch is in Debian's gdb-multiarch package; quit QEMU with Ctrl-A X)" >&2
fi
exec qemu-system-riscv64 -machine "${BASIN_MACHINE:-virt}" -bios "${BASIN_BIOS:-default}" -nographic -no-reboot \
    "${debug[@]}" "${boot[@]}" "$@"
