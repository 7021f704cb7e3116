#!/usr/bin/env bash
# Makes sure the tools Basin needs are installed, from Debian's packages only.
#   qemu/deps.sh run    what `make run` needs (cross toolchain, picolibc, QEMU, OpenSBI)
#   qemu/deps.sh test   that, plus what `make test` needs (host compiler with sanitizers)
#   qemu/deps.sh debug  what `make run` needs, plus gdb-multiarch for `make debug`
#   qemu/deps.sh sdcard what `make run` needs, plus the tools `make sdcard` uses
# Installs what is missing when it can (root on Debian); otherwise names it and fails.
set -euo pipefail

mode=${1:-run}
# package:probe — the probe is a command on PATH, or an absolute path (glob allowed) that the
# package provides.
run_needs=(
    gcc-riscv64-unknown-elf:riscv64-unknown-elf-gcc
    binutils-riscv64-unknown-elf:riscv64-unknown-elf-nm
    picolibc-riscv64-unknown-elf:/usr/lib/picolibc/riscv64-unknown-elf/picolibc.specs
    qemu-system-misc:qemu-system-riscv64
    opensbi:/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin
)
sdcard_needs=(
    dosfstools:mkfs.fat
    mtools:mcopy
    fdisk:sfdisk
)
test_needs=(
    u-boot-qemu:/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin
    device-tree-compiler:dtc
    gcc:gcc
    libc6-dev:/usr/include/stdio.h
    libasan8:/usr/lib/*/libasan.so.8
    libubsan1:/usr/lib/*/libubsan.so.1
    coreutils:timeout
    qemu-user:qemu-riscv64
    gcc-riscv64-linux-gnu:riscv64-linux-gnu-gcc
    clang:clang
    libclang-rt-14-dev:/usr/lib/llvm-14/lib/clang/14*/lib/linux/libclang_rt.fuzzer-*.a
)
case "$mode" in
    run) needs=("${run_needs[@]}") ;;
    test) needs=("${run_needs[@]}" "${sdcard_needs[@]}" "${test_needs[@]}") ;;
    sdcard) needs=("${run_needs[@]}" "${sdcard_needs[@]}") ;;
    debug) needs=("${run_needs[@]}" gdb-multiarch:gdb-multiarch) ;;
    *) echo "usage: qemu/deps.sh run|test|debug|sdcard" >&2; exit 2 ;;
esac

missing=()
for need in "${needs[@]}"; do
    package=${need%%:*}
    probe=${need#*:}
    if [[ $probe == /* ]]; then
        compgen -G "$probe" >/dev/null && continue
    else
        command -v "$probe" >/dev/null 2>&1 && continue
    fi
    missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "basin: missing Debian packages: ${missing[*]}" >&2
if [ ! -r /etc/debian_version ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "basin: this is not a Debian system, so they cannot be installed automatically." >&2
    echo "basin: install the equivalents of: ${missing[*]}" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "basin: installing needs root. Run as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
echo "basin: installing them with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "basin: installed ${missing[*]}" >&2
