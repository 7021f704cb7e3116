/* SPDX-License-Identifier: MIT */
/* Shared fixtures: one static VM and its memory, instruction encoders, and a host that records
 * what the guest writes. */
#ifndef BASIN_HARNESS_H
#define BASIN_HARNESS_H

#include <stddef.h>
#include <stdint.h>

#include "syscall.h"
#include "vm.h"

#define CODE_BASE 0x1000u /* the first accessible page */

extern struct vm test_vm;
extern uint8_t test_memory[VM_MEMORY_SIZE];

/* vm_init with the given budget, every page above the null page RWX, pc = CODE_BASE, then
 * `count` instructions at CODE_BASE. */
void harness_start(const uint32_t *code, size_t count, uint64_t budget);

/* Encoders for the base formats (RISC-V Unprivileged ISA, "Base Instruction Formats"). Macros, so
 * that tables of encodings are constant expressions. */
#define enc_r(funct7, rs2, rs1, funct3, rd, opcode)                                           \
    ((uint32_t)(funct7) << 25 | (uint32_t)(rs2) << 20 | (uint32_t)(rs1) << 15 |               \
     (uint32_t)(funct3) << 12 | (uint32_t)(rd) << 7 | (uint32_t)(opcode))
#define enc_i(imm, rs1, funct3, rd, opcode)                                                   \
    (((uint32_t)(imm) & 0xfffu) << 20 | (uint32_t)(rs1) << 15 | (uint32_t)(funct3) << 12 |    \
     (uint32_t)(rd) << 7 | (uint32_t)(opcode))
#define enc_s(imm, rs2, rs1, funct3, opcode)                                                  \
    ((((uint32_t)(imm) >> 5) & 0x7fu) << 25 | (uint32_t)(rs2) << 20 | (uint32_t)(rs1) << 15 | \
     (uint32_t)(funct3) << 12 | ((uint32_t)(imm) & 0x1fu) << 7 | (uint32_t)(opcode))
#define enc_b(imm, rs2, rs1, funct3)                                                          \
    ((((uint32_t)(imm) >> 12) & 1u) << 31 | (((uint32_t)(imm) >> 5) & 0x3fu) << 25 |          \
     (uint32_t)(rs2) << 20 | (uint32_t)(rs1) << 15 | (uint32_t)(funct3) << 12 |               \
     (((uint32_t)(imm) >> 1) & 0xfu) << 8 | (((uint32_t)(imm) >> 11) & 1u) << 7 | 0x63u)
#define enc_u(imm20, rd, opcode) \
    (((uint32_t)(imm20) & 0xfffffu) << 12 | (uint32_t)(rd) << 7 | (uint32_t)(opcode))
#define enc_j(imm, rd)                                                                        \
    ((((uint32_t)(imm) >> 20) & 1u) << 31 | (((uint32_t)(imm) >> 1) & 0x3ffu) << 21 |         \
     (((uint32_t)(imm) >> 11) & 1u) << 20 | (((uint32_t)(imm) >> 12) & 0xffu) << 12 |         \
     (uint32_t)(rd) << 7 | 0x6fu)
#define insn_addi(rd, rs1, imm) enc_i(imm, rs1, 0, rd, 0x13)
#define insn_ecall() 0x00000073u

/* A host that captures guest output and log lines. */
struct capture {
    char out[4096];
    size_t out_length;
    int last_fd;
    char log[2048];
    size_t log_length;
    int log_lines;
};
void capture_host(struct capture *capture, struct vm_host *host);

#endif
