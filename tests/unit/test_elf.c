/* SPDX-License-Identifier: MIT */
/* The ELF loader: a valid file loads and runs; each malformed variant gets its own error and
 * leaves guest memory untouched. */
#include <string.h>

#include "check.h"
#include "elf.h"
#include "harness.h"
#include "process.h"
#include "report.h"

enum {
    TEXT_VADDR = 0x10000, DATA_VADDR = 0x20000, CODE_OFFSET = 176, DATA_OFFSET = 192,
    DATA_FILESZ = 8, DATA_MEMSZ = 0x100, FILE_SIZE = 200,
    PH0 = 64, PH1 = 64 + 56, /* program header offsets */
};

static uint8_t image[FILE_SIZE];

static void put(uint8_t *at, uint64_t value, unsigned bytes) {
    for (unsigned i = 0; i < bytes; i++) at[i] = (uint8_t)(value >> (8 * i));
}

static void put_phdr(unsigned at, uint32_t type, uint32_t flags, uint64_t offset, uint64_t vaddr,
                     uint64_t filesz, uint64_t memsz) {
    put(image + at, type, 4);
    put(image + at + 4, flags, 4);
    put(image + at + 8, offset, 8);
    put(image + at + 16, vaddr, 8);
    put(image + at + 24, vaddr, 8); /* p_paddr */
    put(image + at + 32, filesz, 8);
    put(image + at + 40, memsz, 8);
    put(image + at + 48, 0x1000, 8);
}

/* A static RISC-V executable without section headers: a text segment (the whole file from
 * offset 0, so the program headers are loaded too) and a data segment with bss. Its code:
 * a0 = data word + 7 ... exit. */
static void build_valid_image(void) {
    memset(image, 0, sizeof image);
    memcpy(image, "\177ELF", 4);
    image[4] = 2; /* ELFCLASS64 */
    image[5] = 1; /* ELFDATA2LSB */
    image[6] = 1; /* EV_CURRENT */
    put(image + 16, 2, 2);    /* ET_EXEC */
    put(image + 18, 243, 2);  /* EM_RISCV */
    put(image + 20, 1, 4);    /* e_version */
    put(image + 24, TEXT_VADDR + CODE_OFFSET, 8);
    put(image + 32, PH0, 8);  /* e_phoff */
    put(image + 52, 64, 2);   /* e_ehsize */
    put(image + 54, 56, 2);   /* e_phentsize */
    put(image + 56, 2, 2);    /* e_phnum */
    put_phdr(PH0, 1, 5, 0, TEXT_VADDR, DATA_OFFSET, DATA_OFFSET);
    put_phdr(PH1, 1, 6, DATA_OFFSET, DATA_VADDR, DATA_FILESZ, DATA_MEMSZ);
    const uint32_t code[4] = {
        enc_u(0x20, 10, 0x37),          /* lui a0, 0x20: a0 = 0x20000 */
        enc_i(0, 10, 3, 10, 0x03),      /* ld a0, 0(a0) */
        insn_addi(17, 0, 93),           /* li a7, 93 (exit) */
        insn_ecall(),
    };
    memcpy(image + CODE_OFFSET, code, sizeof code);
    put(image + DATA_OFFSET, 35, 8);   /* the data word: exit status 35 */
}

static struct vm_elf_info info;

static enum vm_elf_error load(size_t size) {
    vm_init(&test_vm, test_memory, sizeof test_memory, 1000);
    vm_process_init(&test_vm, VM_DEFAULT_SEED, VM_DEFAULT_OUTPUT_LIMIT);
    memset(test_memory, 0xa5, sizeof test_memory); /* so zero-fill and "untouched" show */
    return vm_elf_load(&test_vm, image, size, &info);
}

static void test_valid_loads_and_runs(void) {
    build_valid_image();
    CHECK(load(sizeof image) == VM_ELF_OK);
    CHECK_EQ(info.entry, TEXT_VADDR + CODE_OFFSET);
    CHECK_EQ(info.phdr_addr, TEXT_VADDR + PH0);
    CHECK_EQ(info.phnum, 2);
    CHECK_EQ(info.phent, 56);
    CHECK_EQ(info.image_end, DATA_VADDR + DATA_MEMSZ);
    CHECK_EQ(test_vm.pc, info.entry);
    CHECK(memcmp(test_memory + TEXT_VADDR, image, DATA_OFFSET) == 0);
    for (unsigned i = DATA_FILESZ; i < DATA_MEMSZ; i++) CHECK(test_memory[DATA_VADDR + i] == 0);
    CHECK(test_memory[DATA_VADDR + DATA_MEMSZ] == 0xa5); /* nothing past memsz */
    static struct capture capture;
    struct vm_host host;
    capture_host(&capture, &host);
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_HALTED);
    CHECK_EQ(test_vm.exit_status, 35);
}

static unsigned prot_at(uint64_t addr) { return test_vm.map.page_prot[addr / VM_PAGE_SIZE]; }

/* W^X from the segment flags: text R+X, data R+W, the unused pages between them nothing, the
 * stack R+W. An RWX segment stays RWX; a page two segments share gets both; PT_GNU_STACK with
 * PF_X makes the stack executable. */
static void test_segment_permissions(void) {
    enum { RX = VM_PROT_READ | VM_PROT_EXEC, RW = VM_PROT_READ | VM_PROT_WRITE, RWX = VM_PROT_RWX };
    build_valid_image();
    CHECK(load(sizeof image) == VM_ELF_OK);
    CHECK_EQ(prot_at(TEXT_VADDR), RX);
    CHECK_EQ(prot_at(TEXT_VADDR + VM_PAGE_SIZE), 0);
    CHECK_EQ(prot_at(DATA_VADDR - 1), 0);
    CHECK_EQ(prot_at(DATA_VADDR), RW);
    CHECK_EQ(prot_at(VM_STACK_BOTTOM), RW);
    CHECK_EQ(prot_at(VM_MEMORY_SIZE - 1), RW);
    CHECK_EQ(prot_at(0), 0);

    build_valid_image();
    put(image + PH1 + 4, 7, 4); /* data PF_R|PF_W|PF_X */
    CHECK(load(sizeof image) == VM_ELF_OK);
    CHECK_EQ(prot_at(DATA_VADDR), RWX);
    CHECK_EQ(prot_at(TEXT_VADDR), RX);

    build_valid_image();
    put(image + PH1 + 16, TEXT_VADDR + 0x800, 8); /* data on the text's page */
    CHECK(load(sizeof image) == VM_ELF_OK);
    CHECK_EQ(prot_at(TEXT_VADDR), RWX);

    build_valid_image();
    put(image + PH1, 0x6474e551, 4); /* the data header becomes PT_GNU_STACK, RW */
    CHECK(load(sizeof image) == VM_ELF_OK);
    CHECK_EQ(prot_at(VM_STACK_BOTTOM), RW);
    CHECK_EQ(prot_at(DATA_VADDR), 0);
    put(image + PH1 + 4, 7, 4); /* PT_GNU_STACK RWX */
    CHECK(load(sizeof image) == VM_ELF_OK);
    CHECK_EQ(prot_at(VM_STACK_BOTTOM), RWX);
    CHECK_EQ(prot_at(VM_MEMORY_SIZE - 1), RWX);

    build_valid_image();
    put(image + PH1 + 4, 0, 4); /* a segment without flags is mapped with no access */
    CHECK(load(sizeof image) == VM_ELF_OK);
    CHECK_EQ(prot_at(DATA_VADDR), 0);
    static struct capture capture;
    struct vm_host host;
    capture_host(&capture, &host);
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_ERRORED); /* the program's ld faults */
    CHECK(test_vm.fault.cause == VM_FAULT_LOAD_ACCESS);
    CHECK_EQ(test_vm.fault.addr, DATA_VADDR);
}

struct malformed {
    const char *name;
    enum vm_elf_error expected;
    void (*mutate)(void);
    size_t size; /* bytes of the image the loader is given */
};

static void bad_magic(void) { image[1] = 'X'; }
static void class32(void) { image[4] = 1; }
static void big_endian(void) { image[5] = 2; }
static void ident_version(void) { image[6] = 0; }
static void e_version(void) { put(image + 20, 2, 4); }
static void x86_64(void) { put(image + 18, 62, 2); }
static void dynamic_type(void) { put(image + 16, 3, 2); }
static void relocatable(void) { put(image + 16, 1, 2); }
static void phentsize(void) { put(image + 54, 32, 2); }
static void no_phdrs(void) { put(image + 56, 0, 2); }
static void many_phdrs(void) { put(image + 56, 65, 2); }
static void phoff_past_end(void) { put(image + 32, FILE_SIZE - 8, 8); }
static void phoff_wraps(void) { put(image + 32, 0xffffffffffffff00ull, 8); }
static void phnum_past_end(void) { put(image + 56, 3, 2); }
static void interp(void) { put(image + PH1, 3, 4); }
static void offset_wraps(void) { put(image + PH1 + 8, 0xfffffffffffffff8ull, 8); }
static void filesz_past_end(void) { put(image + PH1 + 32, 9, 8); }
static void filesz_over_memsz(void) { put(image + PH1 + 40, 4, 8); }
static void vaddr_past_end(void) { put(image + PH1 + 16, 0x400000, 8); }
static void vaddr_straddles(void) { put(image + PH1 + 16, 0x3fff80, 8); }
static void vaddr_wraps(void) { put(image + PH1 + 16, 0xfffffffffffff000ull, 8); }
static void memsz_huge(void) { put(image + PH1 + 40, 0xffffffffffffff00ull, 8); }
static void null_page(void) { put(image + PH0 + 16, 0x800, 8); }
static void in_stack(void) { put(image + PH1 + 16, VM_STACK_BOTTOM - 0x80, 8); }
/* Ends 0x80 bytes into the trampoline page below the stack's guard gap (0x3af000). */
static void in_trampoline(void) { put(image + PH1 + 16, 0x3af000 - 0x80, 8); }
static void in_guard_gap(void) { put(image + PH1 + 16, 0x3b8000, 8); }
static void overlap(void) { put(image + PH1 + 16, TEXT_VADDR + 0x80, 8); }
static void no_load(void) { put(image + PH0, 4, 4); put(image + PH1, 4, 4); }
static void entry_in_data(void) { put(image + 24, DATA_VADDR, 8); }
static void entry_outside(void) { put(image + 24, 0x30000, 8); }
static void entry_not_x(void) { put(image + PH0 + 4, 4, 4); }
static void entry_misaligned(void) { put(image + 24, TEXT_VADDR + CODE_OFFSET + 1, 8); }

static const struct malformed malformed_cases[] = {
    {"empty", VM_ELF_TOO_SMALL, 0, 0},
    {"truncated header", VM_ELF_TOO_SMALL, 0, 63},
    {"bad magic", VM_ELF_BAD_MAGIC, bad_magic, FILE_SIZE},
    {"32-bit class", VM_ELF_NOT_64BIT, class32, FILE_SIZE},
    {"big-endian", VM_ELF_NOT_LITTLE_ENDIAN, big_endian, FILE_SIZE},
    {"EI_VERSION 0", VM_ELF_BAD_VERSION, ident_version, FILE_SIZE},
    {"e_version 2", VM_ELF_BAD_VERSION, e_version, FILE_SIZE},
    {"x86-64 machine", VM_ELF_NOT_RISCV, x86_64, FILE_SIZE},
    {"ET_DYN", VM_ELF_NOT_EXECUTABLE, dynamic_type, FILE_SIZE},
    {"ET_REL", VM_ELF_NOT_EXECUTABLE, relocatable, FILE_SIZE},
    {"phentsize 32", VM_ELF_BAD_PHENTSIZE, phentsize, FILE_SIZE},
    {"no program headers", VM_ELF_NO_PROGRAM_HEADERS, no_phdrs, FILE_SIZE},
    {"65 program headers", VM_ELF_TOO_MANY_PROGRAM_HEADERS, many_phdrs, FILE_SIZE},
    {"phoff past the end", VM_ELF_PROGRAM_HEADERS_OUTSIDE_FILE, phoff_past_end, FILE_SIZE},
    {"phoff wraps", VM_ELF_PROGRAM_HEADERS_OUTSIDE_FILE, phoff_wraps, FILE_SIZE},
    {"phnum past the end", VM_ELF_PROGRAM_HEADERS_OUTSIDE_FILE, phnum_past_end, FILE_SIZE},
    {"PT_INTERP", VM_ELF_DYNAMIC, interp, FILE_SIZE},
    {"p_offset wraps", VM_ELF_SEGMENT_OUTSIDE_FILE, offset_wraps, FILE_SIZE},
    {"p_filesz past the end", VM_ELF_SEGMENT_OUTSIDE_FILE, filesz_past_end, FILE_SIZE},
    {"p_filesz > p_memsz", VM_ELF_FILESZ_EXCEEDS_MEMSZ, filesz_over_memsz, FILE_SIZE},
    {"vaddr past guest memory", VM_ELF_SEGMENT_OUTSIDE_MEMORY, vaddr_past_end, FILE_SIZE},
    {"segment straddles the end", VM_ELF_SEGMENT_OUTSIDE_MEMORY, vaddr_straddles, FILE_SIZE},
    {"vaddr wraps", VM_ELF_SEGMENT_OUTSIDE_MEMORY, vaddr_wraps, FILE_SIZE},
    {"memsz huge", VM_ELF_SEGMENT_OUTSIDE_MEMORY, memsz_huge, FILE_SIZE},
    {"segment in the null page", VM_ELF_SEGMENT_IN_NULL_PAGE, null_page, FILE_SIZE},
    {"segment reaching into the stack", VM_ELF_SEGMENT_IN_STACK, in_stack, FILE_SIZE},
    {"segment reaching the trampoline page", VM_ELF_SEGMENT_IN_STACK_GUARD, in_trampoline, FILE_SIZE},
    {"segment in the stack's guard gap", VM_ELF_SEGMENT_IN_STACK_GUARD, in_guard_gap, FILE_SIZE},
    {"overlapping segments", VM_ELF_SEGMENTS_OVERLAP, overlap, FILE_SIZE},
    {"no PT_LOAD", VM_ELF_NO_LOADABLE_SEGMENT, no_load, FILE_SIZE},
    {"entry in a data segment", VM_ELF_ENTRY_NOT_EXECUTABLE, entry_in_data, FILE_SIZE},
    {"entry outside every segment", VM_ELF_ENTRY_NOT_EXECUTABLE, entry_outside, FILE_SIZE},
    {"entry in a segment without PF_X", VM_ELF_ENTRY_NOT_EXECUTABLE, entry_not_x, FILE_SIZE},
    {"entry misaligned", VM_ELF_ENTRY_MISALIGNED, entry_misaligned, FILE_SIZE},
};

static bool memory_untouched(void) {
    for (size_t i = 0; i < sizeof test_memory; i++)
        if (test_memory[i] != 0xa5) return false;
    return true;
}

static void test_malformed(void) {
    for (size_t i = 0; i < sizeof malformed_cases / sizeof malformed_cases[0]; i++) {
        const struct malformed *c = &malformed_cases[i];
        build_valid_image();
        if (c->mutate != 0) c->mutate();
        enum vm_elf_error error = load(c->size);
        if (!CHECK(error == c->expected))
            printf("  \"%s\": got %s, expected %s\n", c->name, vm_elf_error_name(error),
                   vm_elf_error_name(c->expected));
        CHECK(memory_untouched());
        CHECK_EQ(test_vm.pc, 0);
    }
}

static void test_error_names_distinct(void) {
    for (int a = 0; a < VM_ELF_ERROR_COUNT; a++) {
        CHECK(strlen(vm_elf_error_message((enum vm_elf_error)a)) > 0);
        for (int b = a + 1; b < VM_ELF_ERROR_COUNT; b++) {
            CHECK(strcmp(vm_elf_error_name((enum vm_elf_error)a),
                         vm_elf_error_name((enum vm_elf_error)b)) != 0);
            CHECK(strcmp(vm_elf_error_message((enum vm_elf_error)a),
                         vm_elf_error_message((enum vm_elf_error)b)) != 0);
        }
    }
    /* Every error has a case above. */
    bool covered[VM_ELF_ERROR_COUNT] = {true}; /* VM_ELF_OK: test_valid_loads_and_runs */
    for (size_t i = 0; i < sizeof malformed_cases / sizeof malformed_cases[0]; i++)
        covered[malformed_cases[i].expected] = true;
    for (int e = 0; e < VM_ELF_ERROR_COUNT; e++)
        if (!CHECK(covered[e])) printf("  no test for %s\n", vm_elf_error_name((enum vm_elf_error)e));
}

const struct test elf_tests[] = {
    {"elf: a valid file without section headers loads and runs", test_valid_loads_and_runs},
    {"elf: pages get the segments' permissions (W^X)", test_segment_permissions},
    {"elf: each malformed file is refused with its own error", test_malformed},
    {"elf: error names and messages are distinct", test_error_names_distinct},
    {0, 0},
};
