#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks every board's build (boot/boards/NAME.mk) as its boot loader will see it:
#   build/NAME/kernel.elf  linked at the board's image base, entry = _start = that base
#   build/NAME/Image       the RISC-V image header (boot-image-header.rst): code0 jumps over it,
#                          text_offset 2 MiB, image_size = the whole footprint, version 0.2, both
#                          magics; the bytes are the ELF's loadable contents from the header on
#   build/NAME/sdcard.img  MBR with one bootable partition at 1 MiB whose FAT holds this Image
#                          and extlinux/extlinux.conf naming it
# One line per board: "pass boards/NAME: ..." or "FAIL boards/NAME" with the reasons. Then, for
# every board but qemu-virt (which the QEMU tests boot), "skip boards/NAME: booting it (...)":
# only its image is checked here, it is never run.
set -uo pipefail
cd "$(dirname "$0")/.."

BUILD=build
NM=riscv64-unknown-elf-nm
status=0

symbol() { $NM "$2" | awk -v s="$1" '$3 == s { print "0x" $1 }'; }
# Little-endian unsigned integer of `bytes` bytes at `offset` in `file`, as a number.
le() { od -A n -t u"$3" -j "$2" -N "$3" "$1" | tr -d ' '; }

check_board() {
    local board=$1 errors=()
    local mk=boot/boards/$board.mk dir=$BUILD/$board
    local base ram_base
    base=$(sed -n "s/^BOARD_KERNEL_BASE\.$board *:= *//p" "$mk")
    ram_base=$(sed -n "s/^BOARD_RAM_BASE\.$board *:= *//p" "$mk")
    local elf=$dir/kernel.elf image=$dir/Image sdcard=$dir/sdcard.img
    for file in "$elf" "$image" "$sdcard"; do
        [ -f "$file" ] || { echo "FAIL boards/$board"; echo "  missing $file"; return 1; }
    done

    local entry
    entry=$(riscv64-unknown-elf-readelf -h "$elf" | awk '/Entry point/ {print $NF}')
    [ $((entry)) -eq $((base)) ] || errors+=("entry point $entry, not the board's base $base")
    [ $(($(symbol _start "$elf"))) -eq $((base)) ] || errors+=("_start is not at $base")

    # The header, field by field (offsets from boot-image-header.rst).
    local image_start image_end load_end
    image_start=$(symbol __image_start "$elf")
    image_end=$(symbol __image_end "$elf")
    load_end=$(symbol __image_load_end "$elf")
    [ "$(le "$image" 0 4)" -eq $((0x0400006f)) ] || errors+=("code0 is not 'j 64' (jump over the header)")
    [ "$(le "$image" 8 8)" -eq $((base - ram_base)) ] ||
        errors+=("text_offset $(le "$image" 8 8), not $((base - ram_base))")
    [ "$(le "$image" 16 8)" -eq $((image_end - image_start)) ] ||
        errors+=("image_size $(le "$image" 16 8), not the footprint $((image_end - image_start))")
    [ "$(le "$image" 24 8)" -eq 0 ] || errors+=("flags are not 0 (little-endian)")
    [ "$(le "$image" 32 4)" -eq 2 ] || errors+=("version is not 0.2")
    [ "$(dd if="$image" bs=1 skip=48 count=8 status=none | od -A n -t x1 | tr -d ' ')" = 5249534356000000 ] ||
        errors+=("magic is not \"RISCV\\0\\0\\0\"")
    [ "$(le "$image" 56 4)" -eq $((0x05435352)) ] || errors+=("magic2 is not \"RSC\\x05\"")
    [ "$(stat -c %s "$image")" -eq $((load_end - image_start)) ] ||
        errors+=("Image is $(stat -c %s "$image") bytes, not the $((load_end - image_start)) loadable ones")

    # The SD card: the partition entry (MBR offset 446), then the files inside the FAT.
    [ "$(dd if="$sdcard" bs=1 skip=510 count=2 status=none | od -A n -t x1 | tr -d ' ')" = 55aa ] ||
        errors+=("sdcard.img has no MBR signature")
    [ "$(le "$sdcard" 446 1)" -eq 128 ] || errors+=("partition 1 is not bootable")
    [ "$(le "$sdcard" 454 4)" -eq 2048 ] || errors+=("partition 1 does not start at 1 MiB")
    local extracted=$BUILD/test-results/boards-$board
    rm -rf "$extracted" && mkdir -p "$extracted"
    if mcopy -n -i "$sdcard@@1M" ::Image ::extlinux/extlinux.conf "$extracted/" 2>"$extracted/mcopy.err"; then
        cmp -s "$extracted/Image" "$image" || errors+=("the Image on the card differs from $image")
        grep -qE '^[[:space:]]*kernel /Image$' "$extracted/extlinux.conf" ||
            errors+=("extlinux.conf does not boot /Image")
    else
        errors+=("cannot read the card's FAT: $(head -n 1 "$extracted/mcopy.err")")
    fi

    if [ ${#errors[@]} -eq 0 ]; then
        echo "pass boards/$board: image header, entry $base, $(stat -c %s "$image")-byte Image, sdcard.img"
    else
        echo "FAIL boards/$board"
        printf '  %s\n' "${errors[@]}"
        return 1
    fi
}

for mk in boot/boards/*.mk; do
    check_board "$(basename "$mk" .mk)" || status=1
done
for mk in boot/boards/*.mk; do
    board=$(basename "$mk" .mk)
    [ "$board" = qemu-virt ] ||
        echo "skip boards/$board: booting it (real hardware only: QEMU has no model of this board)"
done
exit $status
