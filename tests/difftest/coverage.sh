#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks what the generator really emits, with an independent decoder (GNU objdump):
#
#   tests/difftest/coverage.sh FIRST_SEED COUNT
#
# Disassembles the executable segments of each seed's program (the code, and the thunks of
# programs with self-modifying code, as the ELF holds them) and checks that every byte decodes
# to a known instruction (no .word / .short / unknown; the zero parcels between a spread body's
# chunks and between thunks are padding and skipped), and that every mnemonic
# `difftest-gen --list` names occurs at least once across the seeds. Prints how often each
# mnemonic occurs (most frequent first), then how many programs have each feature beyond the
# table (`difftest-gen SEED OUT --shape`): a body spread over more than 128 pages, loops, nested
# three deep, instructions across a page boundary, thunks rewritten. Exits 1 if anything is
# missing or undecodable, or a feature occurs in no program. A developer tool, not part of
# `make test`; needs riscv64-unknown-elf-{as,objcopy,objdump} and build/host/difftest-gen.
#
#   tests/difftest/coverage.sh --disassemble PROG.elf   prints one program's disassembly
set -uo pipefail

GEN=$(cd "$(dirname "$0")/../.." && pwd)/build/host/difftest-gen
ARCH_ATTRIBUTE=rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0_zba1p0_zbb1p0_zbs1p0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

field() { od -An -t "u$3" -j "$2" -N "$3" "$1" | tr -d ' '; } # FILE OFFSET BYTES

# objdump decodes Zba/Zbb/Zbs only for an ELF object whose .riscv.attributes names them, so the
# code bytes are wrapped into one (and its symbols stripped: the $d mapping symbol that .incbin
# leaves would make objdump print data). Zero parcels (c.unimp) are padding: never generated.
disassemble() { # ELF
    local count i header flags offset vaddr size
    count=$(field "$1" 56 2)
    for i in $(seq 0 $((count - 1))); do
        header=$((64 + 56 * i))
        flags=$(field "$1" $((header + 4)) 4)
        [ $((flags & 1)) -eq 1 ] || continue # not executable
        offset=$(field "$1" $((header + 8)) 8)
        vaddr=$(field "$1" $((header + 16)) 8)
        size=$(field "$1" $((header + 32)) 8)
        tail -c +$((offset + 1)) "$1" | head -c "$size" >"$work/code.bin"
        printf '.attribute arch, "%s"\n.text\n.incbin "%s"\n' "$ARCH_ATTRIBUTE" "$work/code.bin" \
            >"$work/wrap.S"
        riscv64-unknown-elf-as -march=rv64gc_zba_zbb_zbs "$work/wrap.S" -o "$work/wrap.o" &&
            riscv64-unknown-elf-objcopy --strip-all "$work/wrap.o" &&
            riscv64-unknown-elf-objdump -d -M no-aliases,numeric --adjust-vma="$vaddr" "$work/wrap.o" |
            awk '/^ +[0-9a-f]+:\t/ && $2 != "0000"' || return 1
    done
}

if [ "${1:-}" = --disassemble ] && [ $# -eq 2 ]; then
    disassemble "$2"
    exit
fi
if [ $# -ne 2 ]; then
    echo "usage: tests/difftest/coverage.sh FIRST_SEED COUNT | --disassemble PROG.elf" >&2
    exit 2
fi

for seed in $(seq "$1" $(($1 + $2 - 1))); do
    "$GEN" "$seed" "$work/prog.elf" --shape >>"$work/shapes.txt" || exit 2
    disassemble "$work/prog.elf" >>"$work/all.txt" || exit 2
done

# Mnemonics as the table spells them: drop the .aq/.rl ordering suffixes; objdump's names for
# the shamt=0 compressed shift HINTs are c.slli64 & co.; without aliases nop is addi x0,x0,0
# and c.nop is c.addi x0,IMM. objdump 2.40 does not decode fcvt.d.w, fcvt.d.wu and fcvt.d.s
# with a rounding mode other than rne (0), although every valid rm is legal there (the
# conversion is exact) and QEMU accepts them: those come out as .4byte and are named here.
awk -F'\t' '{
    m = $3
    if ($3 == "addi" && $4 == "x0,x0,0") m = "nop"
    if ($3 == "c.addi" && $4 ~ /^x0,/) m = "c.nop"
    if ($3 == ".4byte" && $4 ~ /^0xd20.*[5d]3$/) m = "fcvt.d.w"
    if ($3 == ".4byte" && $4 ~ /^0x420.*[5d]3$/) m = "fcvt.d.s"
    if ($3 == ".4byte" && $4 ~ /^0xd21.*[5d]3$/) m = "fcvt.d.wu"
    sub(/\.(aqrl|aq|rl)$/, "", m)
    sub(/64$/, "", m)
    print m
}' "$work/all.txt" | sort | uniq -c | sort -rn >"$work/counts.txt"

status=0
bad=$(grep -E '^ *[0-9]+ (\.word|\.short|\.insn|\.2byte|\.4byte|unknown)' "$work/counts.txt")
if [ -n "$bad" ]; then
    echo "undecodable:" $bad
    grep -E $'\t(\\.word|\\.short|\\.insn|\\.2byte|\\.4byte|unknown)' "$work/all.txt" |
        grep -vE $'\t0x(d20|d21|420)[0-9a-f]*[5d]3$' | head
    status=1
fi
"$GEN" --list | tail -n +1 | grep '^    ' | tr ' ' '\n' | grep -v '^$' | sort >"$work/table.txt"
awk '{print $2}' "$work/counts.txt" | sort >"$work/seen.txt"
missing=$(comm -23 "$work/table.txt" "$work/seen.txt")
extra=$(comm -13 "$work/table.txt" "$work/seen.txt")
echo "$(wc -l <"$work/all.txt") instructions in $2 programs; occurrences per mnemonic:"
awk '{printf "%s %s\n", $2, $1}' "$work/counts.txt" | column -c 100
[ -z "$extra" ] || echo "decoded but not in the table (helpers or aliases): $extra"
if [ -n "$missing" ]; then
    echo "MISSING: $missing"
    status=1
else
    echo "every one of the $(wc -l <"$work/table.txt") table mnemonics occurs"
fi
# Lines of --shape: pages N loops N deepest N straddles N thunks N calls N rewrites N.
read -r spread looped deep straddled rewritten calls rewrites < <(awk '
    { spread += $2 > 128; looped += $4 > 0; deep += $6 == 3; straddled += $8 > 0
      rewritten += $14 > 0; calls += $12; rewrites += $14 }
    END { print spread + 0, looped + 0, deep + 0, straddled + 0, rewritten + 0, calls + 0, rewrites + 0 }' \
    "$work/shapes.txt")
echo "of $2 programs: $spread spread over more than 128 pages, $looped with loops ($deep nested" \
    "three deep), $straddled with instructions across a page boundary, $rewritten with thunks" \
    "rewritten ($calls calls, $rewrites rewrites in all)"
for count in "$spread" "$looped" "$deep" "$straddled" "$rewritten"; do
    [ "$count" -gt 0 ] || { echo "a feature occurs in no program"; status=1; }
done
exit $status
