#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The benchmark in the kernel under QEMU: boots the bench kernel (user/bench/bench.mk), which runs
# state_crc in the VM and then natively on the hart, and prints its report; fails unless the
# guest and the native routine agree on the checksum.
#   user/bench/kernel.sh build/bench/kernel/kernel.elf
set -uo pipefail
cd "$(dirname "$0")/../.."

kernel=${1:?usage: user/bench/kernel.sh KERNEL.elf}
log=$(timeout -k 5 600 qemu/run.sh "$kernel" </dev/null 2>&1 | tr -d '\r')
guest=$(sed -n 's/^state_crc: checksum \(0x[0-9a-f]*\)$/\1/p' <<<"$log")
report=$(grep '^kernel: bench: ' <<<"$log")
native=$(sed -n 's/.*, checksum \(0x[0-9a-f]*\);.*/\1/p' <<<"$report")
echo
echo "In the kernel under QEMU (qemu-system-riscv64 -M virt, TCG), state_crc:"
if [ -z "$guest" ] || [ -z "$native" ] || [ $((guest)) -ne $((native)) ]; then
    echo "FAIL: guest checksum '${guest:-none}', native '${native:-none}'"
    grep -E '^(vm: |kernel panic)' <<<"$log"
    exit 1
fi
echo "${report#kernel: bench: }"
grep '^vm: ' <<<"$log"
