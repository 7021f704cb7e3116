/* SPDX-License-Identifier: MIT */
/* ELF64 loader: validates a static RISC-V executable completely, then copies its PT_LOAD
 * segments into guest memory. Facts from the System V gABI and the RISC-V ELF psABI. */
#ifndef BASIN_ELF_H
#define BASIN_ELF_H

#include <stddef.h>
#include <stdint.h>

#include "vm.h"

/* One distinct result per failed check, in the order the checks run. */
enum vm_elf_error {
    VM_ELF_OK,
    VM_ELF_TOO_SMALL,
    VM_ELF_BAD_MAGIC,
    VM_ELF_NOT_64BIT,
    VM_ELF_NOT_LITTLE_ENDIAN,
    VM_ELF_BAD_VERSION,
    VM_ELF_NOT_RISCV,
    VM_ELF_NOT_EXECUTABLE,
    VM_ELF_BAD_PHENTSIZE,
    VM_ELF_NO_PROGRAM_HEADERS,
    VM_ELF_TOO_MANY_PROGRAM_HEADERS,
    VM_ELF_PROGRAM_HEADERS_OUTSIDE_FILE,
    VM_ELF_DYNAMIC,
    VM_ELF_SEGMENT_OUTSIDE_FILE,
    VM_ELF_FILESZ_EXCEEDS_MEMSZ,
    VM_ELF_SEGMENT_OUTSIDE_MEMORY,
    VM_ELF_SEGMENT_IN_NULL_PAGE,
    VM_ELF_SEGMENT_IN_STACK,
    VM_ELF_SEGMENT_IN_STACK_GUARD,
    VM_ELF_SEGMENTS_OVERLAP,
    VM_ELF_NO_LOADABLE_SEGMENT,
    VM_ELF_ENTRY_NOT_EXECUTABLE,
    VM_ELF_ENTRY_MISALIGNED,
    VM_ELF_ERROR_COUNT
};

#define VM_ELF_MAX_PROGRAM_HEADERS 64u

struct vm_elf_info {
    uint64_t entry;
    uint64_t phdr_addr; /* guest address of the program headers, 0 when not loaded */
    uint64_t phent;
    uint64_t phnum;
    uint64_t image_start; /* lowest segment address */
    uint64_t image_end;   /* first byte above the highest segment */
};

/* Loads into a freshly initialized vm, sets its pc and marks the image in its memory map; on
 * error guest memory is untouched. */
enum vm_elf_error vm_elf_load(struct vm *vm, const uint8_t *file, size_t file_size,
                              struct vm_elf_info *info);

const char *vm_elf_error_name(enum vm_elf_error error);    /* "bad-magic" */
const char *vm_elf_error_message(enum vm_elf_error error); /* a sentence for people */

#endif
