/* SPDX-License-Identifier: MIT */
/* A disassembler for traces: one decoded instruction as text, with ABI register names.
 * Compressed instructions print as the operation they expand to. */
#ifndef BASIN_DISASM_H
#define BASIN_DISASM_H

#include <stdint.h>

#include "decode.h"
#include "fmt.h"

void vm_disassemble(const struct vm_insn *insn, uint64_t pc, struct fmt *out);

#endif
