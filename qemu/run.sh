#!/usr/bin/env bash
# Boots a Basin kernel image on QEMU's virt machine under OpenSBI (QEMU's bundled fw_dynamic).
#   qemu/run.sh build/kernel.elf            QEMU's exit status is the guest's (README: "Status")
#   qemu/run.sh --debug build/kernel.elf    wait for gdb-multiarch on localhost:1234
# Extra QEMU options may follow the image, e.g. -smp 2. BASIN_BIOS=path boots another OpenSBI
# build, e.g. /usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin.
set -euo pipefail

debug=()
if [ "${1:-}" = --debug ]; then
    debug=(-s -S)
    shift
fi
kernel=${1:?usage: qemu/run.sh [--debug] KERNEL.elf [QEMU options...]}
shift
[ -f "$kernel" ] || { echo "qemu/run.sh: no kernel image at $kernel" >&2; exit 2; }

if [ ${#debug[@]} -gt 0 ]; then
    echo "QEMU is waiting for a debugger. In another terminal:" >&2
    echo "  gdb-multiarch $kernel -ex 'target remote localhost:1234'" >&2
    echo "(gdb-multiarch is in Debian's gdb-multiarch package; quit QEMU with Ctrl-A X)" >&2
fi
exec qemu-system-riscv64 -machine virt -bios "${BASIN_BIOS:-default}" -m 128M -nographic -no-reboot \
    "${debug[@]}" -kernel "$kernel" "$@"
