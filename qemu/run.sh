#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Boots a Basin kernel image on QEMU's virt machine under OpenSBI (QEMU's bundled fw_dynamic).
#   qemu/run.sh build/qemu-virt/kernel.elf          QEMU's exit status is the guest's (README)
#   qemu/run.sh --debug build/qemu-virt/kernel.elf  wait for gdb-multiarch on localhost:1234
#                                                   (gdb debugs the kernel)
#   qemu/run.sh --gdb-serial PORT KERNEL.elf        the serial port is a TCP server on
#                                                   127.0.0.1:PORT that waits for a client before
#                                                   the machine starts: gdb, for an image built
#                                                   with DEBUGGER=gdb (gdb debugs the program)
#   qemu/run.sh --sdcard build/qemu-virt/sdcard.img the path boards take: OpenSBI, then Debian's
#                                                   S-mode U-Boot, whose distro boot finds the
#                                                   card on a virtio disk and boots its Image
# Extra QEMU options may follow the image, e.g. -smp 2. With --gdb-serial, BASIN_SERIAL_LOG=path
# also logs everything the kernel sends on the serial line (the packets included) to path. BASIN_BIOS=path boots another OpenSBI
# build, e.g. /usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin; BASIN_MACHINE=sifive_u
# another machine than virt (sifive_u has no device to power off: QEMU stays up at the end).
set -euo pipefail

UBOOT=/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin
# QEMU's virt and sifive_u machines have RAM from 0x80000000 (128 MiB here). An image linked
# elsewhere, for another board, would be loaded where no RAM is and hang without a word.
RAM_BASE=$((0x80000000)) RAM_SIZE=$((128 << 20))

# Little-endian unsigned integer of $3 bytes at offset $2 of file $1.
le() { od -A n -t u"$3" -j "$2" -N "$3" "$1" | tr -d ' '; }

# Refuses what QEMU cannot boot as a Basin kernel here: not a RISC-V ELF64, or linked outside
# the machine's RAM (an image built for another board: say which).
check_kernel() {
    local kernel=$1 entry board mk base
    if [ "$(od -A n -t x1 -N 4 "$kernel" | tr -d ' ')" != 7f454c46 ] || [ "$(le "$kernel" 4 1)" != 2 ] ||
        [ "$(le "$kernel" 18 2)" != 243 ]; then
        echo "qemu/run.sh: $kernel is not a RISC-V ELF64 kernel (give build/BOARD/kernel.elf, not the Image)" >&2
        exit 2
    fi
    entry=$(le "$kernel" 24 8)
    [ "$entry" -ge $((RAM_BASE + 0x200000)) ] && [ "$entry" -lt $((RAM_BASE + RAM_SIZE)) ] && return 0
    board="another board"
    for mk in "$(dirname "$0")"/../boot/boards/*.mk; do
        base=$(sed -n 's/^BOARD_KERNEL_BASE\.[^ ]* *:= *//p' "$mk")
        [ -n "$base" ] && [ $((base)) -eq "$entry" ] && board="BOARD=$(basename "$mk" .mk)"
    done
    printf 'qemu/run.sh: %s is linked at 0x%x (%s), but QEMU %s has its RAM at 0x%x: it cannot boot there.\n' \
        "$kernel" "$entry" "$board" "${BASIN_MACHINE:-virt}" "$RAM_BASE" >&2
    echo "qemu/run.sh: run it on its board (README, \"Boards\"), or build for QEMU: make run BOARD=qemu-virt" >&2
    exit 2
}
usage="usage: qemu/run.sh [--debug | --gdb-serial PORT] KERNEL.elf | --sdcard SDCARD.img [QEMU options...]"
debug=() boot=() console=(-nographic)
case "${1:-}" in
    --debug) debug=(-s -S); shift ;;
    --gdb-serial)
        port=${2:?$usage}
        [[ $port =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] ||
            { echo "qemu/run.sh: --gdb-serial needs a TCP port, not $port" >&2; exit 2; }
        # No monitor on the terminal: Ctrl-C there ends QEMU. nodelay: a packet goes out at once,
        # not held back for the acknowledgement of the one before (40 ms a packet otherwise).
        console=(-display none -monitor none -serial chardev:gdb -chardev
                 "socket,id=gdb,host=127.0.0.1,port=$port,server=on,wait=on,nodelay=on${BASIN_SERIAL_LOG:+,logfile=$BASIN_SERIAL_LOG}")
        shift 2 ;;
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
    check_kernel "$kernel"
    boot=(-m 128M -kernel "$kernel")
    debug_hint=$kernel
fi

if [ ${#debug[@]} -gt 0 ]; then
    echo "QEMU is waiting for a debugger. In another terminal:" >&2
    echo "  gdb-multiarch ${debug_hint:-build/qemu-virt/kernel.elf} -ex 'target remote localhost:1234'" >&2
    echo "(gdb-multiarch is in Debian's gdb-multiarch package; quit QEMU with Ctrl-A X)" >&2
fi
exec qemu-system-riscv64 -machine "${BASIN_MACHINE:-virt}" -bios "${BASIN_BIOS:-default}" "${console[@]}" -no-reboot \
    "${debug[@]}" "${boot[@]}" "$@"
