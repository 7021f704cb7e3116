/* SPDX-License-Identifier: MIT */
#include "elf.h"

#include <string.h>

#include "code_cache.h"
#include "memory_map.h"
#include "vm_assert.h"

/* The message of segment-in-stack-guard names the range. */
_Static_assert(VM_SIGRETURN_PAGE == 0x3af000 && VM_STACK_BOTTOM == 0x3c0000, "update that message");

enum {
    EHDR_SIZE = 64, PHDR_SIZE = 56,
    ELFCLASS64 = 2, ELFDATA2LSB = 1, EV_CURRENT = 1, ET_EXEC = 2, EM_RISCV = 243,
    PT_LOAD = 1, PT_INTERP = 3, PT_GNU_STACK = 0x6474e551, PF_X = 1, PF_W = 2, PF_R = 4,
};

struct phdr {
    uint32_t type, flags;
    uint64_t offset, vaddr, filesz, memsz;
};

/* Fields are read byte by byte: the file may sit at any alignment. */
static uint64_t read_le(const uint8_t *p, unsigned bytes) {
    uint64_t value = 0;
    for (unsigned i = bytes; i > 0; i--) value = value << 8 | p[i - 1];
    return value;
}

static void read_phdr(const uint8_t *p, struct phdr *out) {
    out->type = (uint32_t)read_le(p + 0, 4);
    out->flags = (uint32_t)read_le(p + 4, 4);
    out->offset = read_le(p + 8, 8);
    out->vaddr = read_le(p + 16, 8);
    out->filesz = read_le(p + 32, 8);
    out->memsz = read_le(p + 40, 8);
}

/* [start, start + length) inside [0, limit), with no wrapping sum. */
static bool range_inside(uint64_t start, uint64_t length, uint64_t limit) {
    return start <= limit && length <= limit - start;
}

static enum vm_elf_error check_ident(const uint8_t *file, size_t size) {
    if (size < EHDR_SIZE) return VM_ELF_TOO_SMALL;
    if (memcmp(file, "\177ELF", 4) != 0) return VM_ELF_BAD_MAGIC;
    if (file[4] != ELFCLASS64) return VM_ELF_NOT_64BIT;
    if (file[5] != ELFDATA2LSB) return VM_ELF_NOT_LITTLE_ENDIAN;
    if (file[6] != EV_CURRENT || read_le(file + 20, 4) != EV_CURRENT) return VM_ELF_BAD_VERSION;
    if (read_le(file + 18, 2) != EM_RISCV) return VM_ELF_NOT_RISCV;
    if (read_le(file + 16, 2) != ET_EXEC) return VM_ELF_NOT_EXECUTABLE;
    return VM_ELF_OK;
}

static enum vm_elf_error check_phdr_table(const uint8_t *file, size_t size) {
    uint64_t phoff = read_le(file + 32, 8);
    uint64_t phentsize = read_le(file + 54, 2);
    uint64_t phnum = read_le(file + 56, 2);
    if (phentsize != PHDR_SIZE) return VM_ELF_BAD_PHENTSIZE;
    if (phnum == 0) return VM_ELF_NO_PROGRAM_HEADERS;
    if (phnum > VM_ELF_MAX_PROGRAM_HEADERS) return VM_ELF_TOO_MANY_PROGRAM_HEADERS;
    if (!range_inside(phoff, phnum * PHDR_SIZE, size)) return VM_ELF_PROGRAM_HEADERS_OUTSIDE_FILE;
    return VM_ELF_OK;
}

/* File checks apply to every PT_LOAD; placement checks to those that occupy memory. */
static enum vm_elf_error check_segment(const struct phdr *ph, size_t size) {
    if (!range_inside(ph->offset, ph->filesz, size)) return VM_ELF_SEGMENT_OUTSIDE_FILE;
    if (ph->filesz > ph->memsz) return VM_ELF_FILESZ_EXCEEDS_MEMSZ;
    if (ph->memsz == 0) return VM_ELF_OK;
    if (!range_inside(ph->vaddr, ph->memsz, VM_MEMORY_SIZE)) return VM_ELF_SEGMENT_OUTSIDE_MEMORY;
    if (ph->vaddr < VM_NULL_PAGE_SIZE) return VM_ELF_SEGMENT_IN_NULL_PAGE;
    if (ph->vaddr + ph->memsz > VM_STACK_BOTTOM) return VM_ELF_SEGMENT_IN_STACK;
    if (ph->vaddr + ph->memsz > VM_SIGRETURN_PAGE) return VM_ELF_SEGMENT_IN_STACK_GUARD;
    return VM_ELF_OK;
}

static bool overlaps(const struct phdr *a, const struct phdr *b) {
    /* Both ranges lie inside guest memory already, so these sums cannot wrap. */
    return a->vaddr < b->vaddr + b->memsz && b->vaddr < a->vaddr + a->memsz;
}

/* Checks every program header; counts PT_LOAD segments with contents in *loadable. */
static enum vm_elf_error check_segments(const uint8_t *file, size_t size, unsigned *loadable) {
    uint64_t phoff = read_le(file + 32, 8), phnum = read_le(file + 56, 2);
    VM_ASSERT(phnum <= VM_ELF_MAX_PROGRAM_HEADERS);
    *loadable = 0;
    /* A dynamic executable is named as such, wherever its PT_INTERP stands. */
    for (uint64_t i = 0; i < phnum; i++)
        if (read_le(file + phoff + i * PHDR_SIZE, 4) == PT_INTERP) return VM_ELF_DYNAMIC;
    for (uint64_t i = 0; i < phnum; i++) {
        struct phdr ph;
        read_phdr(file + phoff + i * PHDR_SIZE, &ph);
        if (ph.type != PT_LOAD) continue;
        enum vm_elf_error error = check_segment(&ph, size);
        if (error != VM_ELF_OK) return error;
        if (ph.memsz == 0) continue;
        for (uint64_t j = 0; j < i; j++) {
            struct phdr other;
            read_phdr(file + phoff + j * PHDR_SIZE, &other);
            if (other.type == PT_LOAD && other.memsz != 0 && overlaps(&ph, &other))
                return VM_ELF_SEGMENTS_OVERLAP;
        }
        (*loadable)++;
    }
    return *loadable == 0 ? VM_ELF_NO_LOADABLE_SEGMENT : VM_ELF_OK;
}

static enum vm_elf_error check_entry(const uint8_t *file) {
    uint64_t entry = read_le(file + 24, 8);
    uint64_t phoff = read_le(file + 32, 8), phnum = read_le(file + 56, 2);
    for (uint64_t i = 0; i < phnum; i++) {
        struct phdr ph;
        read_phdr(file + phoff + i * PHDR_SIZE, &ph);
        if (ph.type != PT_LOAD || (ph.flags & PF_X) == 0) continue;
        if (entry >= ph.vaddr && entry - ph.vaddr < ph.memsz)
            return (entry & 1) == 0 ? VM_ELF_OK : VM_ELF_ENTRY_MISALIGNED;
    }
    return VM_ELF_ENTRY_NOT_EXECUTABLE;
}

static enum vm_elf_error validate(const uint8_t *file, size_t size) {
    enum vm_elf_error error = check_ident(file, size);
    if (error == VM_ELF_OK) error = check_phdr_table(file, size);
    unsigned loadable = 0;
    if (error == VM_ELF_OK) error = check_segments(file, size, &loadable);
    if (error == VM_ELF_OK) error = check_entry(file);
    VM_ASSERT(error != VM_ELF_OK || loadable > 0);
    return error;
}

/* Copies the validated segments and records where the program headers landed (AT_PHDR). */
static void copy_segments(struct vm *vm, const uint8_t *file, struct vm_elf_info *info) {
    for (uint64_t i = 0; i < info->phnum; i++) {
        struct phdr ph;
        read_phdr(file + read_le(file + 32, 8) + i * PHDR_SIZE, &ph);
        if (ph.type != PT_LOAD || ph.memsz == 0) continue;
        VM_ASSERT(vm_range_ok(vm, ph.vaddr, ph.memsz));
        uint8_t *dst = vm->memory + ph.vaddr; /* the loader writes whatever the pages' permissions */
        memcpy(dst, file + ph.offset, ph.filesz);
        memset(dst + ph.filesz, 0, ph.memsz - ph.filesz);
        uint64_t phoff = read_le(file + 32, 8);
        if (phoff >= ph.offset && phoff - ph.offset < ph.filesz)
            info->phdr_addr = ph.vaddr + (phoff - ph.offset);
        if (ph.vaddr + ph.memsz > info->image_end) info->image_end = ph.vaddr + ph.memsz;
        if (info->image_start == 0 || ph.vaddr < info->image_start) info->image_start = ph.vaddr;
    }
}

/* Segment flags (PF_*) as page permissions (VM_PROT_*). */
static unsigned segment_prot(uint32_t flags) {
    return ((flags & PF_R) ? VM_PROT_READ : 0) | ((flags & PF_W) ? VM_PROT_WRITE : 0) |
           ((flags & PF_X) ? VM_PROT_EXEC : 0);
}

/* W^X from the ELF: each segment's pages get its flags (an RWX segment stays RWX). The stack is
 * read-write, and executable only when PT_GNU_STACK asks for it. */
static void grant_segments(struct vm *vm, const uint8_t *file, const struct vm_elf_info *info) {
    uint64_t phoff = read_le(file + 32, 8);
    for (uint64_t i = 0; i < info->phnum; i++) {
        struct phdr ph;
        read_phdr(file + phoff + i * PHDR_SIZE, &ph);
        if (ph.type == PT_LOAD && ph.memsz != 0)
            vm_map_grant(vm, ph.vaddr, ph.vaddr + ph.memsz, segment_prot(ph.flags));
        if (ph.type == PT_GNU_STACK && (ph.flags & PF_X) != 0)
            vm_map_grant(vm, VM_STACK_BOTTOM, VM_MEMORY_SIZE, VM_PROT_EXEC);
    }
}

enum vm_elf_error vm_elf_load(struct vm *vm, const uint8_t *file, size_t file_size,
                              struct vm_elf_info *info) {
    VM_ASSERT(vm != 0 && info != 0);
    VM_ASSERT(file != 0 || file_size == 0);
    memset(info, 0, sizeof *info);
    enum vm_elf_error error = validate(file, file_size);
    if (error != VM_ELF_OK) return error;
    info->entry = read_le(file + 24, 8);
    info->phent = PHDR_SIZE;
    info->phnum = read_le(file + 56, 2);
    vm_code_flush(vm); /* the loader writes code behind any decoded copy's back */
    copy_segments(vm, file, info);
    vm->pc = info->entry;
    bool mapped = vm_map_set_image(vm, info->image_start, info->image_end);
    VM_ASSERT(mapped); /* validate() kept every segment between the null page and the trampoline page */
    grant_segments(vm, file, info);
    VM_ASSERT((vm->map.page_prot[info->entry / VM_PAGE_SIZE] & VM_PROT_EXEC) != 0);
    return VM_ELF_OK;
}

static const char *const error_names[VM_ELF_ERROR_COUNT] = {
    "ok", "too-small", "bad-magic", "not-64-bit", "not-little-endian", "bad-version",
    "not-riscv", "not-executable", "bad-phentsize", "no-program-headers",
    "too-many-program-headers", "program-headers-outside-file", "dynamic",
    "segment-outside-file", "filesz-exceeds-memsz", "segment-outside-memory",
    "segment-in-null-page", "segment-in-stack", "segment-in-stack-guard", "segments-overlap", "no-loadable-segment",
    "entry-not-executable", "entry-misaligned",
};

static const char *const error_messages[VM_ELF_ERROR_COUNT] = {
    "loaded",
    "file is shorter than an ELF64 header (64 bytes)",
    "not an ELF file: the first bytes are not 7f 45 4c 46",
    "not a 64-bit ELF (EI_CLASS is not ELFCLASS64)",
    "not little-endian (EI_DATA is not ELFDATA2LSB)",
    "unknown ELF version (EI_VERSION or e_version is not 1)",
    "not a RISC-V program (e_machine is not EM_RISCV, 243)",
    "not a static executable (e_type is not ET_EXEC)",
    "program header entries are not 56 bytes (e_phentsize)",
    "no program headers (e_phnum is 0)",
    "too many program headers (more than 64)",
    "program header table lies outside the file",
    "dynamically linked (PT_INTERP): Basin runs static executables only",
    "a segment's file bytes lie outside the file",
    "a segment has p_filesz larger than p_memsz",
    "a segment lies outside the 4 MiB of guest memory",
    "a segment lies in the null page (below 0x1000)",
    "a segment reaches into the stack (the top 256 KiB of guest memory)",
    "a segment reaches the signal-return page or the guard gap below the stack (0x3af000-0x3bffff)",
    "two loadable segments overlap",
    "no loadable segment (PT_LOAD)",
    "entry point is not inside an executable segment",
    "entry point is not 2-byte aligned",
};

const char *vm_elf_error_name(enum vm_elf_error error) {
    VM_ASSERT(error < VM_ELF_ERROR_COUNT);
    return error_names[error];
}

const char *vm_elf_error_message(enum vm_elf_error error) {
    VM_ASSERT(error < VM_ELF_ERROR_COUNT);
    return error_messages[error];
}
