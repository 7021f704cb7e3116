/* SPDX-License-Identifier: MIT */
/* make_bad_elves: writes malformed and hostile ELF files for Basin's ELF loader (vm/elf.c).
 *   make_bad_elves OUT_DIR
 * Every file is a small valid static RISC-V ELF64, built here in memory, with exactly one defect,
 * and is named after it; tests/elf/expected.txt gives the error each one must be refused with.
 * good-garbage-section-headers.elf is the exception: its section header fields are garbage, which
 * the loader must ignore (it never reads section headers), so it loads and exits with status 7.
 * Build (a host program, no dependencies):
 *   cc -std=c11 -O2 -Wall -Wextra -Werror tests/elf/make_bad_elves.c -o build/host/make-bad-elves
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ELF facts (System V gABI, RISC-V psABI) and the layout of the base file. */
enum {
    EHDR_SIZE = 64, PHDR_SIZE = 56,
    ELFCLASS32 = 1, ELFDATA2MSB = 2,
    ET_REL = 1, ET_EXEC = 2, ET_DYN = 3, ET_CORE = 4,
    EM_X86_64 = 62, EM_RISCV = 243,
    EF_RISCV_RVC = 1, EF_RISCV_FLOAT_ABI_DOUBLE = 4,
    PT_LOAD = 1, PT_INTERP = 3, PT_NOTE = 4,
    PF_X = 1, PF_W = 2, PF_R = 4,

    /* e_* field offsets */
    E_TYPE = 16, E_MACHINE = 18, E_VERSION = 20, E_ENTRY = 24, E_PHOFF = 32, E_SHOFF = 40,
    E_FLAGS = 48, E_EHSIZE = 52, E_PHENTSIZE = 54, E_PHNUM = 56, E_SHENTSIZE = 58, E_SHNUM = 60,
    E_SHSTRNDX = 62,
    /* p_* field offsets inside one program header */
    P_TYPE = 0, P_FLAGS = 4, P_OFFSET = 8, P_VADDR = 16, P_PADDR = 24, P_FILESZ = 32,
    P_MEMSZ = 40, P_ALIGN = 48,

    /* Base layout: header, three program headers, code, data, an interpreter path. */
    PHNUM = 3,
    PH_TEXT = 0, PH_DATA = 1, PH_STACK = 2, /* which program header is which */
    PHOFF = EHDR_SIZE,
    CODE_OFF = PHOFF + PHNUM * PHDR_SIZE, /* 232, 4-byte aligned */
    CODE_SIZE = 12,
    DATA_OFF = 248,
    DATA_SIZE = 16,
    INTERP_OFF = DATA_OFF + DATA_SIZE,
    INTERP_SIZE = 16,
    BASE_SIZE = INTERP_OFF + INTERP_SIZE, /* 280 */
    MAX_SIZE = 4096,
};

#define PT_GNU_STACK 0x6474e551u
/* Guest memory facts from vm/vm.h: 4 MiB, null page 0x1000, stack in the top 256 KiB, below it
 * a 64 KiB guard gap, and below that the signal-return trampoline page. */
#define GUEST_MEMORY_SIZE 0x400000u
#define GUEST_STACK_BOTTOM (GUEST_MEMORY_SIZE - 0x40000u)
#define GUEST_SIGRETURN_PAGE (GUEST_STACK_BOTTOM - 0x10000u - 0x1000u)
#define TEXT_VADDR 0x10000u
/* vaddr congruent to the file offset modulo the page size, as a linker would lay it out. */
#define DATA_VADDR (0x11000u + DATA_OFF)
#define ENTRY (TEXT_VADDR + CODE_OFF)

/* The file being built: static, so no function has a large frame. */
static uint8_t image[MAX_SIZE];
static size_t image_size;

static void put_le(size_t offset, uint64_t value, unsigned bytes) {
    for (unsigned i = 0; i < bytes; i++) image[offset + i] = (uint8_t)(value >> (8 * i));
}

static void set_phdr(unsigned index, unsigned field, uint64_t value) {
    unsigned bytes = field == P_TYPE || field == P_FLAGS ? 4 : 8;
    put_le(PHOFF + (size_t)index * PHDR_SIZE + field, value, bytes);
}

static void put_phdr(unsigned index, uint32_t type, uint32_t flags, uint64_t offset,
                     uint64_t vaddr, uint64_t filesz, uint64_t memsz, uint64_t align) {
    set_phdr(index, P_TYPE, type);
    set_phdr(index, P_FLAGS, flags);
    set_phdr(index, P_OFFSET, offset);
    set_phdr(index, P_VADDR, vaddr);
    set_phdr(index, P_PADDR, vaddr);
    set_phdr(index, P_FILESZ, filesz);
    set_phdr(index, P_MEMSZ, memsz);
    set_phdr(index, P_ALIGN, align);
}

static void build_header(void) {
    memcpy(image, "\177ELF", 4);
    image[4] = 2; /* ELFCLASS64 */
    image[5] = 1; /* ELFDATA2LSB */
    image[6] = 1; /* EI_VERSION = EV_CURRENT */
    put_le(E_TYPE, ET_EXEC, 2);
    put_le(E_MACHINE, EM_RISCV, 2);
    put_le(E_VERSION, 1, 4);
    put_le(E_ENTRY, ENTRY, 8);
    put_le(E_PHOFF, PHOFF, 8);
    put_le(E_SHOFF, 0, 8); /* no section headers */
    put_le(E_FLAGS, EF_RISCV_RVC | EF_RISCV_FLOAT_ABI_DOUBLE, 4);
    put_le(E_EHSIZE, EHDR_SIZE, 2);
    put_le(E_PHENTSIZE, PHDR_SIZE, 2);
    put_le(E_PHNUM, PHNUM, 2);
    put_le(E_SHENTSIZE, 64, 2);
    put_le(E_SHNUM, 0, 2);
    put_le(E_SHSTRNDX, 0, 2);
}

/* exit(7): li a0, 7; li a7, 93; ecall. Only the good file ever runs it. */
static void build_code(void) {
    put_le(CODE_OFF + 0, 0x00700513u, 4);
    put_le(CODE_OFF + 4, 0x05d00893u, 4);
    put_le(CODE_OFF + 8, 0x00000073u, 4);
}

/* Text (R X) maps the header, program headers and code; data (R W) has a bss tail; the
 * PT_GNU_STACK entry is empty, like a real linker's. */
static void build_base(void) {
    memset(image, 0, sizeof image);
    image_size = BASE_SIZE;
    build_header();
    build_code();
    put_phdr(PH_TEXT, PT_LOAD, PF_R | PF_X, 0, TEXT_VADDR, DATA_OFF, DATA_OFF, 0x1000);
    put_phdr(PH_DATA, PT_LOAD, PF_R | PF_W, DATA_OFF, DATA_VADDR, DATA_SIZE, 0x100, 0x1000);
    put_phdr(PH_STACK, PT_GNU_STACK, PF_R | PF_W, 0, 0, 0, 0, 16);
    memcpy(image + DATA_OFF, "basin test data", DATA_SIZE);
    memcpy(image + INTERP_OFF, "/lib/ld.so", 11); /* used only by the PT_INTERP defect */
}

/* --- the defects, one mutation each ----------------------------------------------------- */

static void empty(void) { image_size = 0; }
static void truncated_header(void) { image_size = 40; }
/* The header is whole, but the file ends inside the second program header. */
static void truncated_phdrs(void) { image_size = PHOFF + PHDR_SIZE + 10; }
static void bad_magic(void) { image[3] = 'G'; }
static void class_none(void) { image[4] = 0; }
static void class_32(void) { image[4] = ELFCLASS32; }
/* Only EI_DATA changes: a loader that looked no further would read the fields as big-endian. */
static void big_endian(void) { image[5] = ELFDATA2MSB; }
static void bad_ei_version(void) { image[6] = 0; }
static void bad_e_version(void) { put_le(E_VERSION, 2, 4); }
static void machine_x86_64(void) { put_le(E_MACHINE, EM_X86_64, 2); }
static void type_dyn(void) { put_le(E_TYPE, ET_DYN, 2); }
static void type_rel(void) { put_le(E_TYPE, ET_REL, 2); }
static void type_core(void) { put_le(E_TYPE, ET_CORE, 2); }
/* The ELF32 program header size: a 32-bit table in a 64-bit header. */
static void phentsize_32(void) { put_le(E_PHENTSIZE, 32, 2); }
static void phentsize_64(void) { put_le(E_PHENTSIZE, 64, 2); }
static void phnum_0(void) { put_le(E_PHNUM, 0, 2); }
/* One over the limit: the table itself would fit in a big enough file. */
static void phnum_65(void) { put_le(E_PHNUM, 65, 2); }
/* PN_XNUM: real ELF puts the count in section 0's sh_info; Basin reads no sections. */
static void phnum_65535(void) { put_le(E_PHNUM, 65535, 2); }
static void phoff_past_end(void) { put_le(E_PHOFF, BASE_SIZE + 0x1000, 8); }
/* The table starts inside the file but its last entry runs past the end. */
static void phoff_near_end(void) { put_le(E_PHOFF, BASE_SIZE - PHDR_SIZE, 8); }
/* phoff + 3 * 56 wraps to a small number that a naive sum would accept. */
static void phoff_overflow(void) { put_le(E_PHOFF, UINT64_MAX - 0x40, 8); }
/* offset + filesz wraps to 0x100, inside the file by a naive sum. */
static void offset_overflow(void) {
    set_phdr(PH_DATA, P_OFFSET, UINT64_MAX - 0xff);
    set_phdr(PH_DATA, P_FILESZ, 0x200);
    set_phdr(PH_DATA, P_MEMSZ, 0x200);
}
static void offset_past_end(void) { set_phdr(PH_DATA, P_OFFSET, BASE_SIZE + 0x1000); }
/* Off by one: the segment's file bytes end one byte after the file. */
static void filesz_past_end(void) {
    set_phdr(PH_DATA, P_FILESZ, BASE_SIZE - DATA_OFF + 1);
}
static void filesz_exceeds_memsz(void) { set_phdr(PH_DATA, P_MEMSZ, DATA_SIZE - 1); }
static void segment_past_memory(void) { set_phdr(PH_DATA, P_VADDR, GUEST_MEMORY_SIZE); }
static void segment_straddles_end(void) {
    set_phdr(PH_DATA, P_VADDR, GUEST_MEMORY_SIZE - 0x80);
    set_phdr(PH_DATA, P_MEMSZ, 0x100);
}
/* vaddr + memsz wraps to 0x1000: a naive sum lands in valid memory. */
static void vaddr_wraps(void) {
    set_phdr(PH_DATA, P_VADDR, UINT64_MAX - 0xfff);
    set_phdr(PH_DATA, P_MEMSZ, 0x2000);
}
/* memsz alone larger than guest memory, from a valid start. */
static void memsz_huge(void) { set_phdr(PH_DATA, P_MEMSZ, UINT64_MAX); }
static void segment_in_null_page(void) { set_phdr(PH_DATA, P_VADDR, 0x800); }
static void segment_at_zero(void) { set_phdr(PH_DATA, P_VADDR, 0); }
/* Starts below the null page's end and runs past it: the start is what counts. */
static void segment_ends_above_null_page(void) {
    set_phdr(PH_DATA, P_VADDR, 0xf00);
    set_phdr(PH_DATA, P_MEMSZ, 0x200);
}
/* Ends 0x80 bytes into the stack region. */
static void segment_reaches_stack(void) {
    set_phdr(PH_DATA, P_VADDR, GUEST_STACK_BOTTOM - 0x80);
    set_phdr(PH_DATA, P_MEMSZ, 0x100);
}
static void segment_in_stack(void) { set_phdr(PH_DATA, P_VADDR, GUEST_STACK_BOTTOM); }
/* Ends 0x80 bytes into the trampoline page. */
static void segment_reaches_trampoline(void) {
    set_phdr(PH_DATA, P_VADDR, GUEST_SIGRETURN_PAGE - 0x80);
    set_phdr(PH_DATA, P_MEMSZ, 0x100);
}
/* Wholly inside the guard gap below the stack. */
static void segment_in_guard_gap(void) { set_phdr(PH_DATA, P_VADDR, GUEST_STACK_BOTTOM - 0x8000u); }
/* Data starts inside text's last bytes. */
static void segments_overlap(void) { set_phdr(PH_DATA, P_VADDR, TEXT_VADDR + DATA_OFF - 8); }
/* Both loadable segments at the same address. */
static void segments_identical(void) { set_phdr(PH_DATA, P_VADDR, TEXT_VADDR); }
static void no_pt_load(void) {
    set_phdr(PH_TEXT, P_TYPE, PT_NOTE);
    set_phdr(PH_DATA, P_TYPE, PT_NOTE);
}
static void only_empty_loads(void) {
    set_phdr(PH_TEXT, P_FILESZ, 0);
    set_phdr(PH_TEXT, P_MEMSZ, 0);
    set_phdr(PH_DATA, P_FILESZ, 0);
    set_phdr(PH_DATA, P_MEMSZ, 0);
}
static void entry_outside_segments(void) { put_le(E_ENTRY, 0x20000, 8); }
static void entry_zero(void) { put_le(E_ENTRY, 0, 8); }
/* One past the end of text: the boundary is exclusive. */
static void entry_at_text_end(void) { put_le(E_ENTRY, TEXT_VADDR + DATA_OFF, 8); }
static void entry_in_data(void) { put_le(E_ENTRY, DATA_VADDR, 8); }
/* The entry stays in text, but text loses PF_X. */
static void text_not_executable(void) { set_phdr(PH_TEXT, P_FLAGS, PF_R); }
static void entry_odd(void) { put_le(E_ENTRY, ENTRY + 1, 8); }
/* The PT_GNU_STACK entry becomes a PT_INTERP naming a dynamic linker. */
static void pt_interp(void) {
    put_phdr(PH_STACK, PT_INTERP, PF_R, INTERP_OFF, TEXT_VADDR + INTERP_OFF, 11, 11, 1);
}
/* Section headers far past the end, 65535 of them, a bad string table index: all ignored. */
static void garbage_section_headers(void) {
    put_le(E_SHOFF, 0xdeadbeef000ull, 8);
    put_le(E_SHENTSIZE, 64, 2);
    put_le(E_SHNUM, 0xffff, 2);
    put_le(E_SHSTRNDX, 0xfffe, 2);
}

struct defect {
    const char *file;
    const char *error; /* what the loader must report: tests/elf/expected.txt */
    void (*mutate)(void);
};

/* In the order of the loader's checks (vm/README.md, "ELF loader"). */
static const struct defect defects[] = {
    {"01-empty.elf", "too-small", empty},
    {"02-truncated-header.elf", "too-small", truncated_header},
    {"03-bad-magic.elf", "bad-magic", bad_magic},
    {"04-class-none.elf", "not-64-bit", class_none},
    {"05-class-32-bit.elf", "not-64-bit", class_32},
    {"06-big-endian.elf", "not-little-endian", big_endian},
    {"07-bad-ei-version.elf", "bad-version", bad_ei_version},
    {"08-bad-e-version.elf", "bad-version", bad_e_version},
    {"09-machine-x86-64.elf", "not-riscv", machine_x86_64},
    {"10-type-dyn.elf", "not-executable", type_dyn},
    {"11-type-rel.elf", "not-executable", type_rel},
    {"12-type-core.elf", "not-executable", type_core},
    {"13-phentsize-32.elf", "bad-phentsize", phentsize_32},
    {"14-phentsize-64.elf", "bad-phentsize", phentsize_64},
    {"15-phnum-0.elf", "no-program-headers", phnum_0},
    {"16-phnum-65.elf", "too-many-program-headers", phnum_65},
    {"17-phnum-65535.elf", "too-many-program-headers", phnum_65535},
    {"18-truncated-program-headers.elf", "program-headers-outside-file", truncated_phdrs},
    {"19-phoff-past-end.elf", "program-headers-outside-file", phoff_past_end},
    {"20-phoff-near-end.elf", "program-headers-outside-file", phoff_near_end},
    {"21-phoff-overflow.elf", "program-headers-outside-file", phoff_overflow},
    {"22-pt-interp.elf", "dynamic", pt_interp},
    {"23-offset-overflow.elf", "segment-outside-file", offset_overflow},
    {"24-offset-past-end.elf", "segment-outside-file", offset_past_end},
    {"25-filesz-past-end.elf", "segment-outside-file", filesz_past_end},
    {"26-filesz-exceeds-memsz.elf", "filesz-exceeds-memsz", filesz_exceeds_memsz},
    {"27-segment-past-memory.elf", "segment-outside-memory", segment_past_memory},
    {"28-segment-straddles-end.elf", "segment-outside-memory", segment_straddles_end},
    {"29-vaddr-wraps.elf", "segment-outside-memory", vaddr_wraps},
    {"30-memsz-huge.elf", "segment-outside-memory", memsz_huge},
    {"31-segment-in-null-page.elf", "segment-in-null-page", segment_in_null_page},
    {"32-segment-at-zero.elf", "segment-in-null-page", segment_at_zero},
    {"33-segment-ends-above-null-page.elf", "segment-in-null-page", segment_ends_above_null_page},
    {"34-segment-reaches-stack.elf", "segment-in-stack", segment_reaches_stack},
    {"35-segment-in-stack.elf", "segment-in-stack", segment_in_stack},
    {"36-segments-overlap.elf", "segments-overlap", segments_overlap},
    {"37-segments-identical.elf", "segments-overlap", segments_identical},
    {"38-no-pt-load.elf", "no-loadable-segment", no_pt_load},
    {"39-only-empty-pt-loads.elf", "no-loadable-segment", only_empty_loads},
    {"40-entry-outside-segments.elf", "entry-not-executable", entry_outside_segments},
    {"41-entry-zero.elf", "entry-not-executable", entry_zero},
    {"42-entry-at-text-end.elf", "entry-not-executable", entry_at_text_end},
    {"43-entry-in-data.elf", "entry-not-executable", entry_in_data},
    {"44-text-not-executable.elf", "entry-not-executable", text_not_executable},
    {"45-entry-odd.elf", "entry-misaligned", entry_odd},
    {"46-segment-reaches-trampoline.elf", "segment-in-stack-guard", segment_reaches_trampoline},
    {"47-segment-in-guard-gap.elf", "segment-in-stack-guard", segment_in_guard_gap},
    /* Not a defect: must load and exit 7. */
    {"good-garbage-section-headers.elf", 0, garbage_section_headers},
};

static char path[4096];

static int write_image(const char *dir, const char *name) {
    int length = snprintf(path, sizeof path, "%s/%s", dir, name);
    if (length < 0 || (size_t)length >= sizeof path) {
        fprintf(stderr, "make_bad_elves: path too long: %s/%s\n", dir, name);
        return -1;
    }
    FILE *file = fopen(path, "wb");
    if (file == 0) {
        fprintf(stderr, "make_bad_elves: cannot create %s: %s\n", path, strerror(errno));
        return -1;
    }
    bool ok = fwrite(image, 1, image_size, file) == image_size;
    ok = fclose(file) == 0 && ok;
    if (!ok) fprintf(stderr, "make_bad_elves: cannot write %s\n", path);
    return ok ? 0 : -1;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: make_bad_elves OUT_DIR\n");
        return 2;
    }
    for (size_t i = 0; i < sizeof defects / sizeof defects[0]; i++) {
        build_base();
        defects[i].mutate();
        if (write_image(argv[1], defects[i].file) != 0) return 1;
    }
    return 0;
}
