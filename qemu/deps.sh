#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Makes sure the tools Basin needs are installed and work, from Debian's packages only.
#   qemu/deps.sh run    what `make run` needs (cross toolchain, picolibc, the host compiler for
#                       basin-pack, QEMU, OpenSBI)
#   qemu/deps.sh test   that, plus what `make test` needs (host compilers with sanitizers and
#                       libFuzzer, the glibc cross toolchain, qemu-riscv64, U-Boot, dtc,
#                       gdb-multiarch, ...)
#   qemu/deps.sh bench  what `make test` needs, plus valgrind (cachegrind counts the host
#                       instructions per guest instruction in `make bench`'s table)
#   qemu/deps.sh debug  what `make run` needs, plus gdb-multiarch for `make debug` and `make gdb`
#   qemu/deps.sh sdcard what `make run` needs, plus the tools `make sdcard` uses
#   qemu/deps.sh check  what `make run` needs, plus the glibc cross toolchain (the example suite's
#                       programs) and qemu-riscv64 (RUNNER=qemu-user) for `make check`
# Each need is a probe that does what the build does: compile and link a tiny program with each
# toolchain (and run it, where the build runs what it makes), not just look for a command. A
# failed probe names the Debian packages that make it pass. Installs them when it can (root on
# Debian), then probes again; otherwise names them and fails.
set -euo pipefail

mode=${1:-run}
here=$(cd "$(dirname "$0")" && pwd)
build_dir=${BASIN_BUILD:-$here/../build}
work=$(mktemp -d "${TMPDIR:-/tmp}/basin-deps.XXXXXX")
trap 'rm -rf "$work"' EXIT

cat >"$work/probe.c" <<'EOF'
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) { (void)argv; char s[8]; strcpy(s, "ok"); printf("%s %d\n", s, argc); return 0; }
EOF
# picolibc leaves stdout to the program (Basin's runtime defines it), so its probe formats into
# a buffer: snprintf, string functions and libm are what the build links.
cat >"$work/pico.c" <<'EOF'
#include <math.h>
#include <stdio.h>
#include <string.h>
char text[32];
int main(int argc, char **argv) { (void)argv; snprintf(text, sizeof text, "%d %g", argc, sqrt(2.0)); return (int)strlen(text); }
EOF
cat >"$work/fuzz.c" <<'EOF'
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { (void)data; (void)size; return 0; }
EOF

# Probes: each is a function that succeeds when the need is met. Output goes to $work/log.
probe_cross() { # the kernel's and the user programs' compilers, with picolibc, as the Makefile uses them
    riscv64-unknown-elf-gcc -march=rv64imac -mabi=lp64 -mcmodel=medany --specs=picolibc.specs \
        -O2 "$work/pico.c" -lm -o "$work/probe-kernel.elf" &&
    riscv64-unknown-elf-gcc -march=rv64gc_zba_zbb_zbs -mabi=lp64d --specs=picolibc.specs -O2 \
        "$work/pico.c" -lm -o "$work/probe-user.elf" &&
    riscv64-unknown-elf-objcopy -O binary "$work/probe-kernel.elf" "$work/probe.bin" &&
    riscv64-unknown-elf-nm "$work/probe-kernel.elf" >/dev/null
}
probe_host_cc() { # basin-pack, the host tool that packs the program into the image
    cc -std=c11 -O2 "$work/probe.c" -o "$work/probe-host" && "$work/probe-host" >/dev/null
}
probe_qemu_system() { qemu-system-riscv64 -machine help | grep -q '^virt '; }
probe_opensbi() { [ -f /usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin ] &&
                  [ -f /usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin ]; }
probe_host_sanitizers() { # vm-tests and fdt-tests: the host compiler with ASan and UBSan
    cc -std=c11 -O1 -fsanitize=address,undefined "$work/probe.c" -o "$work/probe-asan" &&
    "$work/probe-asan" >/dev/null
}
probe_glibc_static() { # user/linux/: static glibc programs, run by qemu-riscv64
    riscv64-linux-gnu-gcc -static -O2 "$work/probe.c" -lm -o "$work/probe-glibc"
}
probe_qemu_user() { qemu-riscv64 --version >/dev/null; }
probe_glibc_runs() { qemu-riscv64 "$work/probe-glibc" | grep -qx 'ok 1'; }
probe_fuzzer() { # tests/fuzz/: clang with libFuzzer, ASan and UBSan
    clang -fsanitize=fuzzer,address,undefined "$work/fuzz.c" -o "$work/probe-fuzz" &&
    "$work/probe-fuzz" -runs=1 >/dev/null 2>&1
}
probe_uboot() { [ -f /usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin ]; }
probe_dtc() { echo '/dts-v1/; / { };' | dtc -I dts -O dtb -o "$work/probe.dtb" - 2>/dev/null; }
probe_timeout() { timeout 5 true; }
probe_sdcard() { command -v mkfs.fat && command -v mcopy && command -v sfdisk; } >/dev/null
probe_valgrind() { valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null true; } >/dev/null 2>&1
probe_python3() { python3 -c 'import xml.etree.ElementTree' 2>/dev/null; } # reads make check's JUnit
# gdb-multiarch for RISC-V (tests/symbols.sh, tests/gdb.sh, make debug, make gdb), built with
# XML support: the GDB stub describes the guest's registers in a target description.
probe_gdb() {
    gdb-multiarch --batch -ex 'set architecture riscv:rv64' -ex 'show configuration' 2>&1 |
        grep -q -- '--with-expat'
}

# probe function : the packages that satisfy it (installing one already there does no harm).
run_needs=(
    "probe_cross:gcc-riscv64-unknown-elf binutils-riscv64-unknown-elf picolibc-riscv64-unknown-elf"
    "probe_host_cc:gcc libc6-dev"
    "probe_qemu_system:qemu-system-misc"
    "probe_opensbi:opensbi"
)
sdcard_needs=("probe_sdcard:dosfstools mtools fdisk")
test_needs=(
    "probe_host_sanitizers:gcc libc6-dev libasan8 libubsan1"
    "probe_glibc_static:gcc-riscv64-linux-gnu libc6-dev-riscv64-cross"
    "probe_qemu_user:qemu-user"
    "probe_glibc_runs:qemu-user gcc-riscv64-linux-gnu libc6-dev-riscv64-cross"
    "probe_fuzzer:clang libclang-rt-14-dev"
    "probe_uboot:u-boot-qemu"
    "probe_dtc:device-tree-compiler"
    "probe_timeout:coreutils"
    "probe_gdb:gdb-multiarch"
    "probe_python3:python3"
)
case "$mode" in
    run) needs=("${run_needs[@]}") ;;
    test) needs=("${run_needs[@]}" "${sdcard_needs[@]}" "${test_needs[@]}") ;;
    bench) needs=("${run_needs[@]}" "${sdcard_needs[@]}" "${test_needs[@]}" "probe_valgrind:valgrind") ;;
    sdcard) needs=("${run_needs[@]}" "${sdcard_needs[@]}") ;;
    debug) needs=("${run_needs[@]}" "probe_gdb:gdb-multiarch") ;;
    check) needs=("${run_needs[@]}" "probe_glibc_static:gcc-riscv64-linux-gnu libc6-dev-riscv64-cross"
                  "probe_qemu_user:qemu-user") ;;
    *) echo "usage: qemu/deps.sh run|test|bench|debug|sdcard|check" >&2; exit 2 ;;
esac

# The probes take about a second; once they pass, a stamp skips them until a package is
# installed or removed (dpkg's status file changes) or this script changes.
stamp=$build_dir/.deps/$mode
if [ -f "$stamp" ] && [ "$stamp" -nt "$0" ] &&
    { [ ! -f /var/lib/dpkg/status ] || [ "$stamp" -nt /var/lib/dpkg/status ]; }; then
    exit 0
fi

# Runs every probe; sets failed_probes and missing (the packages of the failed probes).
check() {
    failed_probes=() missing=()
    local need probe package
    for need in "${needs[@]}"; do
        probe=${need%%:*}
        "$probe" >>"$work/log" 2>&1 && continue
        failed_probes+=("${probe#probe_}")
        for package in ${need#*:}; do
            [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
        done
    done
}

check
if [ ${#missing[@]} -gt 0 ]; then
    echo "basin: these checks failed: ${failed_probes[*]}" >&2
    echo "basin: the Debian packages they need: ${missing[*]}" >&2
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
    : >"$work/log"
    check
    if [ ${#missing[@]} -gt 0 ]; then
        echo "basin: still failing after the install: ${failed_probes[*]}; what they printed:" >&2
        tail -n 20 "$work/log" >&2
        exit 1
    fi
    echo "basin: installed; every check passes" >&2
fi
mkdir -p "$(dirname "$stamp")"
touch "$stamp"
