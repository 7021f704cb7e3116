#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Makes device trees for QEMU virt that differ from QEMU's own in what the kernel reads from them,
# so the tests can boot the real machine under each (qemu/run.sh ... -dtb FILE):
#   alias.dtb        stdout-path "serial0:115200n8", resolved through a new /aliases node
#   no-stdout.dtb    /chosen without stdout-path: the kernel must fall back to the SBI console
#   dw-apb-uart.dtb  the UART described as snps,dw-apb-uart, as on JH7110 boards (byte registers:
#                    QEMU's 16550 has them 1 byte apart, so not the boards' reg-shift 2)
#   two-names.dtb    compatible = "acme,uart", "ns16550a": the driver comes from the second name
#   no-alias.dtb     stdout-path "serial0" with no /aliases: SBI console, and it says why
#   small-ram.dtb    RAM of 4 MiB: the image does not fit, and the kernel must say so and stop
# Each starts from QEMU's dump of the same machine (-m 128M -smp 1, as qemu/run.sh boots it).
#   tests/qemu-dtbs.sh OUTPUT_DIRECTORY
set -euo pipefail

out=${1:?usage: tests/qemu-dtbs.sh OUTPUT_DIRECTORY}
mkdir -p "$out"
qemu-system-riscv64 -machine virt,dumpdtb="$out/virt.dtb" -m 128M -smp 1 -nographic >/dev/null 2>&1
dtc -q -I dtb -O dts -o "$out/virt.dts" "$out/virt.dtb"
grep -q 'stdout-path = "/soc/serial@10000000";' "$out/virt.dts" ||
    { echo "tests/qemu-dtbs.sh: QEMU's tree has no stdout-path for /soc/serial@10000000" >&2; exit 1; }

# variant NAME SED-SCRIPT: QEMU's tree edited by the script, compiled to NAME.dtb.
variant() {
    sed -e "$2" "$out/virt.dts" >"$out/$1.dts"
    cmp -s "$out/virt.dts" "$out/$1.dts" && { echo "tests/qemu-dtbs.sh: $1: the edit changed nothing" >&2; exit 1; }
    dtc -q -I dts -O dtb -o "$out/$1.dtb" "$out/$1.dts"
}

variant alias 's|stdout-path = "/soc/serial@10000000";|stdout-path = "serial0:115200n8";|
    s|^\tchosen {|\taliases {\n\t\tserial0 = "/soc/serial@10000000";\n\t};\n\n\tchosen {|'
variant no-stdout '/stdout-path = /d'
variant dw-apb-uart 's|compatible = "ns16550a";|compatible = "snps,dw-apb-uart";|'
variant two-names 's|compatible = "ns16550a";|compatible = "acme,uart", "ns16550a";|'
variant no-alias 's|stdout-path = "/soc/serial@10000000";|stdout-path = "serial0";|'
variant small-ram 's|reg = <0x00 0x80000000 0x00 0x8000000>;|reg = <0x00 0x80000000 0x00 0x400000>;|'
