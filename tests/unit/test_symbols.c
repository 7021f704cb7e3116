/* SPDX-License-Identifier: MIT */
/* The symbol table of the guest's ELF (vm/symbols.c): which symbol covers an address, and every
 * malformed table read as "no symbols" without reading outside the file. The files are built
 * here byte by byte (System V gABI layouts), each loadable, so that the last test runs one. */
#include <string.h>

#include "check.h"
#include "elf.h"
#include "harness.h"
#include "report.h"
#include "process.h"
#include "symbols.h"

enum {
    PHDR_AT = 64, SECTIONS_AT = 0x100, TABLE_AT = 0x300, NAMES_AT = 0x600, CODE_AT = 0x800,
    FILE_SIZE = 0x900, MAX_SYMBOLS = 24, NAMES_ROOM = 0x200,
    TEXT = 1, DATA = 2, SYMTAB = 3, STRTAB = 4, SECTIONS = 5, /* section indices */
    TEXT_ADDR = 0x10000, TEXT_SIZE = 0x1000, DATA_ADDR = 0x20000,
    SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4,
    /* st_info: binding << 4 | type */
    LOCAL_NOTYPE = 0x00, LOCAL_OBJECT = 0x01, LOCAL_FUNC = 0x02, GLOBAL_NOTYPE = 0x10,
    GLOBAL_OBJECT = 0x11, GLOBAL_FUNC = 0x12, WEAK_FUNC = 0x22, LOCAL_SECTION = 0x03,
    LOCAL_FILE = 0x04, GLOBAL_IFUNC = 0x1a,
    SHN_ABS = 0xfff1,
};

static uint8_t file[FILE_SIZE];
static unsigned symbol_count, names_length;
static struct vm_symbols symbols;

static void put(uint64_t at, uint64_t value, unsigned bytes) {
    for (unsigned i = 0; i < bytes; i++) file[at + i] = (uint8_t)(value >> (8 * i));
}

static uint64_t section_at(unsigned index) { return SECTIONS_AT + 64u * index; }

static void put_section(unsigned index, uint32_t type, uint64_t flags, uint64_t addr,
                        uint64_t offset, uint64_t size, uint32_t link, uint64_t entsize) {
    uint64_t at = section_at(index);
    put(at + 4, type, 4);
    put(at + 8, flags, 8);
    put(at + 16, addr, 8);
    put(at + 24, offset, 8);
    put(at + 32, size, 8);
    put(at + 40, link, 4);
    put(at + 56, entsize, 8);
}

/* A loadable executable (one RX segment: the code at CODE_AT, run at TEXT_ADDR) with sections
 * .text (executable, 4 KiB from TEXT_ADDR), .data, .symtab and .strtab; the symbol table holds
 * only its null entry until symbol() adds more. */
static void build(void) {
    memset(file, 0, sizeof file);
    memcpy(file, "\177ELF", 4);
    file[4] = 2; /* ELFCLASS64 */
    file[5] = 1; /* ELFDATA2LSB */
    file[6] = 1; /* EV_CURRENT */
    put(16, 2, 2);   /* ET_EXEC */
    put(18, 243, 2); /* EM_RISCV */
    put(20, 1, 4);
    put(24, TEXT_ADDR, 8);
    put(32, PHDR_AT, 8);
    put(40, SECTIONS_AT, 8); /* e_shoff */
    put(52, 64, 2);
    put(54, 56, 2);
    put(56, 1, 2);
    put(58, 64, 2);        /* e_shentsize */
    put(60, SECTIONS, 2);  /* e_shnum */
    put(62, STRTAB, 2);    /* e_shstrndx (unused by the reader) */
    put(PHDR_AT, 1, 4);    /* PT_LOAD */
    put(PHDR_AT + 4, 5, 4); /* PF_R | PF_X */
    put(PHDR_AT + 8, CODE_AT, 8);
    put(PHDR_AT + 16, TEXT_ADDR, 8);
    put(PHDR_AT + 32, FILE_SIZE - CODE_AT, 8);
    put(PHDR_AT + 40, FILE_SIZE - CODE_AT, 8);
    put_section(TEXT, 1, SHF_ALLOC | SHF_EXECINSTR, TEXT_ADDR, CODE_AT, TEXT_SIZE, 0, 0);
    put_section(DATA, 1, SHF_ALLOC | SHF_WRITE, DATA_ADDR, 0, 0x1000, 0, 0);
    put_section(SYMTAB, 2, 0, 0, TABLE_AT, 24, STRTAB, 24);
    put_section(STRTAB, 3, 0, 0, NAMES_AT, 1, 0, 0);
    symbol_count = 1;
    names_length = 1; /* the empty name at offset 0 */
}

/* Appends a symbol (and its name) and grows .symtab and .strtab to hold it. */
static unsigned symbol(const char *name, unsigned info, unsigned section, uint64_t value,
                       uint64_t size) {
    size_t length = strlen(name);
    if (!CHECK(symbol_count < MAX_SYMBOLS && names_length + length + 1 <= NAMES_ROOM)) return 0;
    uint64_t at = TABLE_AT + 24u * symbol_count;
    put(at, names_length, 4);
    file[at + 4] = (uint8_t)info;
    put(at + 6, section, 2);
    put(at + 8, value, 8);
    put(at + 16, size, 8);
    memcpy(file + NAMES_AT + names_length, name, length + 1);
    names_length += (unsigned)length + 1;
    symbol_count++;
    put(section_at(SYMTAB) + 32, 24u * symbol_count, 8);
    put(section_at(STRTAB) + 32, names_length, 8);
    return symbol_count - 1;
}

static bool read_symbols(size_t size) { return vm_symbols_read(&symbols, file, size); }

/* What the halting line appends for addr: "" or " (name+0x1a)". */
static const char *where(uint64_t addr) {
    static char text[VM_HALTING_LINE_MAX];
    struct fmt f;
    fmt_init(&f, text, sizeof text);
    vm_symbols_format(&symbols, addr, &f);
    return text;
}

static void expect_where(uint64_t addr, const char *expected, int line) {
    const char *got = where(addr);
    if (strcmp(got, expected) != 0) {
        check_report(false, "where(addr) == expected", __FILE__, line);
        printf("  at 0x%llx: got \"%s\", expected \"%s\"\n", (unsigned long long)addr, got, expected);
    }
}
#define EXPECT_WHERE(addr, expected) expect_where((addr), (expected), __LINE__)

static void test_function_and_offset(void) {
    build();
    symbol("first", GLOBAL_FUNC, TEXT, TEXT_ADDR + 0x100, 0x40);
    symbol("main", GLOBAL_FUNC, TEXT, TEXT_ADDR + 0x140, 0x30);
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR + 0x140, " (main+0x0)");
    EXPECT_WHERE(TEXT_ADDR + 0x15a, " (main+0x1a)");
    EXPECT_WHERE(TEXT_ADDR + 0x16f, " (main+0x2f)"); /* the last byte it covers */
    EXPECT_WHERE(TEXT_ADDR + 0x13f, " (first+0x3f)");
    EXPECT_WHERE(TEXT_ADDR + 0x170, "");             /* past main's size */
    EXPECT_WHERE(TEXT_ADDR + 0xff, "");              /* below every symbol */
    EXPECT_WHERE(0, "");
    EXPECT_WHERE(~0ull, "");
    struct vm_symbol found = {0};
    if (CHECK(vm_symbols_find(&symbols, TEXT_ADDR + 0x141, &found))) {
        CHECK(strcmp(found.name, "main") == 0);
        CHECK_EQ(found.value, TEXT_ADDR + 0x140);
        CHECK_EQ(found.index, 2);
    }
}

/* Size 0: a label covers up to the next candidate symbol or the end of its section. */
static void test_size_zero(void) {
    build();
    symbol("_start", GLOBAL_NOTYPE, TEXT, TEXT_ADDR, 0);
    symbol("fault_pc", GLOBAL_NOTYPE, TEXT, TEXT_ADDR + 4, 0);
    symbol("data_word", GLOBAL_NOTYPE, DATA, TEXT_ADDR + 8, 0); /* not executable: no end */
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR, " (_start+0x0)");
    EXPECT_WHERE(TEXT_ADDR + 2, " (_start+0x2)");
    EXPECT_WHERE(TEXT_ADDR + 4, " (fault_pc+0x0)");
    EXPECT_WHERE(TEXT_ADDR + 0x20, " (fault_pc+0x1c)");
    EXPECT_WHERE(TEXT_ADDR + TEXT_SIZE - 1, " (fault_pc+0xffb)");
    EXPECT_WHERE(TEXT_ADDR + TEXT_SIZE, ""); /* past the end of .text */
    EXPECT_WHERE(DATA_ADDR, "");

    /* A sized function ends a label below it too, even where the function does not reach. */
    build();
    symbol("label", LOCAL_NOTYPE, TEXT, TEXT_ADDR, 0);
    symbol("small", GLOBAL_FUNC, TEXT, TEXT_ADDR + 0x10, 4);
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR + 0xf, " (label+0xf)");
    EXPECT_WHERE(TEXT_ADDR + 0x12, " (small+0x2)");
    EXPECT_WHERE(TEXT_ADDR + 0x14, "");
}

/* The last entry of the table counts, and a table of one null entry has nothing. */
static void test_last_symbol(void) {
    build();
    for (unsigned i = 0; i < MAX_SYMBOLS - 2; i++) symbol("filler", LOCAL_FUNC, TEXT, TEXT_ADDR + 16 * i, 8);
    symbol("last", GLOBAL_FUNC, TEXT, TEXT_ADDR + 0x800, 8);
    CHECK(read_symbols(sizeof file));
    CHECK_EQ(symbols.count, MAX_SYMBOLS);
    EXPECT_WHERE(TEXT_ADDR + 0x807, " (last+0x7)");
    EXPECT_WHERE(TEXT_ADDR + 0x808, "");
    EXPECT_WHERE(TEXT_ADDR + 16 * (MAX_SYMBOLS - 3) + 1, " (filler+0x1)");

    build(); /* only the null symbol */
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR, "");
}

static void test_overlapping_symbols(void) {
    build();
    symbol("outer", GLOBAL_FUNC, TEXT, TEXT_ADDR + 0x100, 0x100);
    symbol("inner", LOCAL_FUNC, TEXT, TEXT_ADDR + 0x120, 0x10);
    symbol("alias_local", LOCAL_FUNC, TEXT, TEXT_ADDR + 0x180, 0x10);
    symbol("alias_global", GLOBAL_FUNC, TEXT, TEXT_ADDR + 0x180, 0x10);
    symbol("alias_weak", WEAK_FUNC, TEXT, TEXT_ADDR + 0x180, 0x10);
    symbol("loop", LOCAL_NOTYPE, TEXT, TEXT_ADDR + 0x1c0, 0); /* a label inside outer */
    symbol("ifunc", GLOBAL_IFUNC, TEXT, TEXT_ADDR + 0x300, 0x10);
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR + 0x110, " (outer+0x10)");
    EXPECT_WHERE(TEXT_ADDR + 0x125, " (inner+0x5)");  /* the innermost, greatest address */
    EXPECT_WHERE(TEXT_ADDR + 0x150, " (outer+0x50)"); /* inner has ended, outer has not */
    EXPECT_WHERE(TEXT_ADDR + 0x184, " (alias_global+0x4)"); /* global before local, then first */
    EXPECT_WHERE(TEXT_ADDR + 0x1c8, " (outer+0xc8)"); /* a function before a label */
    EXPECT_WHERE(TEXT_ADDR + 0x200, " (loop+0x40)");  /* outer has ended: the label */
    EXPECT_WHERE(TEXT_ADDR + 0x30f, " (ifunc+0xf)");
}

/* What cannot name code: no name, '$' mapping symbols, sections and files, undefined and
 * absolute symbols, symbols outside their section, data. */
static void test_symbols_ignored(void) {
    build();
    symbol("", GLOBAL_FUNC, TEXT, TEXT_ADDR, 0x100);
    symbol("$xrv64i2p1", LOCAL_NOTYPE, TEXT, TEXT_ADDR + 0x10, 0);
    symbol(".text", LOCAL_SECTION, TEXT, TEXT_ADDR + 0x20, 0);
    symbol("file.c", LOCAL_FILE, TEXT, TEXT_ADDR + 0x30, 0);
    symbol("undefined", GLOBAL_FUNC, 0, TEXT_ADDR + 0x40, 0);
    symbol("absolute", GLOBAL_FUNC, SHN_ABS, TEXT_ADDR + 0x50, 0);
    symbol("__global_pointer$", GLOBAL_NOTYPE, TEXT, TEXT_ADDR + TEXT_SIZE + 0x800, 0);
    symbol("counter", GLOBAL_OBJECT, DATA, DATA_ADDR, 8);
    symbol("bad_section", GLOBAL_FUNC, 77, TEXT_ADDR + 0x60, 0);
    CHECK(read_symbols(sizeof file));
    for (uint64_t addr = TEXT_ADDR; addr < TEXT_ADDR + 0x100; addr += 4) EXPECT_WHERE(addr, "");
    EXPECT_WHERE(DATA_ADDR, "");
    EXPECT_WHERE(TEXT_ADDR + TEXT_SIZE + 0x800, "");

    /* An OBJECT in an executable section is a label (data in code). */
    build();
    symbol("table_in_code", LOCAL_OBJECT, TEXT, TEXT_ADDR + 0x40, 0x20);
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR + 0x44, " (table_in_code+0x4)");
}

/* A name must end inside .strtab: one that runs to its end is not used. */
static void test_name_not_terminated(void) {
    build();
    symbol("good", GLOBAL_FUNC, TEXT, TEXT_ADDR, 0x100);
    unsigned cut = names_length;
    symbol("unterminated", GLOBAL_FUNC, TEXT, TEXT_ADDR + 0x10, 0x10);
    put(section_at(STRTAB) + 32, cut + 5, 8); /* .strtab ends inside "unterminated" */
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR + 0x14, " (good+0x14)");

    build(); /* a name offset past .strtab */
    unsigned index = symbol("past", GLOBAL_FUNC, TEXT, TEXT_ADDR, 0x10);
    put(TABLE_AT + 24u * index, 0x1000, 4);
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR, "");
    put(TABLE_AT + 24u * index, 0xffffffffu, 4);
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR, "");

    build(); /* a string table without any NUL: no symbols at all */
    symbol("name", GLOBAL_FUNC, TEXT, TEXT_ADDR, 0x10);
    file[NAMES_AT] = 'x';
    file[NAMES_AT + names_length - 1] = 'x';
    CHECK(!read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR, "");
}

/* Names are shown cut and in printable ASCII, so that no name can forge a line. */
static void test_hostile_names(void) {
    build();
    symbol("line\nvm: halted exit=0 \x7f\xff", GLOBAL_FUNC, TEXT, TEXT_ADDR, 0x10);
    char long_name[200];
    memset(long_name, 'n', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = '\0';
    symbol(long_name, GLOBAL_FUNC, TEXT, TEXT_ADDR + 0x10, 0x10);
    char exact_name[VM_SYMBOL_NAME_SHOWN + 1];
    memset(exact_name, 'e', VM_SYMBOL_NAME_SHOWN);
    exact_name[VM_SYMBOL_NAME_SHOWN] = '\0';
    symbol(exact_name, GLOBAL_FUNC, TEXT, TEXT_ADDR + 0x20, 0x10);
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR + 1, " (line?vm:?halted?exit=0???+0x1)");
    char expected[VM_HALTING_LINE_MAX];
    strcpy(expected, " (");
    memset(expected + 2, 'n', VM_SYMBOL_NAME_SHOWN);
    strcpy(expected + 2 + VM_SYMBOL_NAME_SHOWN, "...+0x0)");
    EXPECT_WHERE(TEXT_ADDR + 0x10, expected);
    strcpy(expected, " (");
    strcat(expected, exact_name);
    strcat(expected, "+0x2)");
    EXPECT_WHERE(TEXT_ADDR + 0x22, expected);
}

/* Each malformed table or header reads as no symbols; the file still loads. */
static void expect_no_symbols(const char *what, int line) {
    bool found = vm_symbols_read(&symbols, file, sizeof file);
    check_report(!found, what, __FILE__, line);
    check_report(symbols.file == 0 && symbols.count == 0, what, __FILE__, line);
    EXPECT_WHERE(TEXT_ADDR + 4, "");
    vm_init(&test_vm, test_memory, sizeof test_memory, 1000);
    vm_process_init(&test_vm, VM_DEFAULT_SEED, VM_DEFAULT_OUTPUT_LIMIT);
    struct vm_elf_info info;
    check_report(vm_elf_load(&test_vm, file, sizeof file, &info) == VM_ELF_OK, what, __FILE__, line);
}
#define EXPECT_NO_SYMBOLS(what) expect_no_symbols((what), __LINE__)

static void build_one_symbol(void) {
    build();
    symbol("main", GLOBAL_FUNC, TEXT, TEXT_ADDR, 0x10);
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(TEXT_ADDR + 4, " (main+0x4)");
}

static void test_malformed_tables(void) {
    build_one_symbol();
    put(section_at(SYMTAB) + 40, SECTIONS, 4);
    EXPECT_NO_SYMBOLS("sh_link out of range");
    build_one_symbol();
    put(section_at(SYMTAB) + 40, 0xffffffffu, 4);
    EXPECT_NO_SYMBOLS("sh_link 0xffffffff");
    build_one_symbol();
    put(section_at(SYMTAB) + 40, 0, 4);
    EXPECT_NO_SYMBOLS("sh_link 0 (the null section)");
    build_one_symbol();
    put(section_at(SYMTAB) + 40, DATA, 4);
    EXPECT_NO_SYMBOLS("sh_link names a section that is not a string table");
    build_one_symbol();
    put(section_at(SYMTAB) + 56, 16, 8);
    EXPECT_NO_SYMBOLS("sh_entsize 16");
    build_one_symbol();
    put(section_at(SYMTAB) + 56, 0, 8);
    EXPECT_NO_SYMBOLS("sh_entsize 0");
    build_one_symbol();
    put(section_at(SYMTAB) + 56, 24ull << 32, 8);
    EXPECT_NO_SYMBOLS("sh_entsize huge");
    build_one_symbol();
    put(section_at(SYMTAB) + 32, 24 * 2 + 7, 8);
    EXPECT_NO_SYMBOLS("sh_size not a multiple of 24");
    build_one_symbol();
    put(section_at(SYMTAB) + 32, 0, 8);
    EXPECT_NO_SYMBOLS("an empty symbol table");
    build_one_symbol();
    put(section_at(SYMTAB) + 24, FILE_SIZE - 24, 8);
    EXPECT_NO_SYMBOLS("a symbol table running past the end of the file");
    build_one_symbol();
    put(section_at(SYMTAB) + 24, FILE_SIZE + 0x1000, 8);
    EXPECT_NO_SYMBOLS("a symbol table after the end of the file");
    build_one_symbol();
    put(section_at(SYMTAB) + 24, ~0ull - 23, 8);
    EXPECT_NO_SYMBOLS("a symbol table offset that would wrap");
    build_one_symbol();
    put(section_at(SYMTAB) + 32, 0xffffffffffffffe8ull, 8); /* 24 * 768614336404564650 */
    EXPECT_NO_SYMBOLS("a huge symbol count");
    build_one_symbol();
    put(section_at(STRTAB) + 24, FILE_SIZE - 2, 8);
    EXPECT_NO_SYMBOLS("a string table running past the end of the file");
    build_one_symbol();
    put(section_at(STRTAB) + 32, ~0ull, 8);
    EXPECT_NO_SYMBOLS("a huge string table");
    build_one_symbol();
    put(section_at(STRTAB) + 32, 0, 8);
    EXPECT_NO_SYMBOLS("an empty string table");
    build_one_symbol();
    put(section_at(SYMTAB) + 4, 11, 4); /* SHT_DYNSYM: not looked at */
    EXPECT_NO_SYMBOLS("no SHT_SYMTAB section");
}

static void test_malformed_headers(void) {
    build_one_symbol();
    put(58, 40, 2);
    EXPECT_NO_SYMBOLS("e_shentsize 40");
    build_one_symbol();
    put(60, 0, 2);
    EXPECT_NO_SYMBOLS("e_shnum 0 (extended numbering is not followed)");
    build_one_symbol();
    put(60, 0xffff, 2);
    EXPECT_NO_SYMBOLS("e_shnum 0xffff");
    build_one_symbol();
    put(60, 40, 2);
    EXPECT_NO_SYMBOLS("a section header table running past the end of the file");
    build_one_symbol();
    put(40, FILE_SIZE, 8);
    EXPECT_NO_SYMBOLS("e_shoff at the end of the file");
    build_one_symbol();
    put(40, ~0ull - 63, 8);
    EXPECT_NO_SYMBOLS("e_shoff that would wrap");
    build_one_symbol();
    put(60, STRTAB, 2); /* sh_link = 4 is now out of range */
    EXPECT_NO_SYMBOLS("e_shnum cut below the string table");
    build_one_symbol();
    file[4] = 1;
    CHECK(!vm_symbols_read(&symbols, file, sizeof file)); /* ELFCLASS32 */
    build_one_symbol();
    CHECK(!vm_symbols_read(&symbols, file, 63));
    CHECK(!vm_symbols_read(&symbols, file, 0));
    CHECK(!vm_symbols_read(&symbols, 0, 0));
    EXPECT_WHERE(TEXT_ADDR, "");
    /* The file cut just after the string table still has every symbol; one byte less, none. */
    build_one_symbol();
    CHECK(read_symbols(NAMES_AT + names_length));
    CHECK(!read_symbols(NAMES_AT + names_length - 1));
}

/* A symbol's section is read through its index: indices past the table are not followed, and a
 * section may claim any address range (a value outside it is not a candidate). */
static void test_section_ranges(void) {
    build();
    symbol("wraps", GLOBAL_NOTYPE, TEXT, ~0ull - 4, 0);
    put_section(TEXT, 1, SHF_ALLOC | SHF_EXECINSTR, ~0ull - 8, 0, 16, 0, 0); /* wraps round */
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(~0ull - 1, " (wraps+0x3)");
    EXPECT_WHERE(~0ull, " (wraps+0x4)");
    EXPECT_WHERE(0, "");
    build();
    symbol("big", GLOBAL_FUNC, TEXT, TEXT_ADDR, ~0ull); /* a size reaching past the top */
    CHECK(read_symbols(sizeof file));
    EXPECT_WHERE(~0ull, " (big+0xfffffffffffeffff)");
}

/* The longest halting line: 64-bit values everywhere and a name cut at VM_SYMBOL_NAME_SHOWN. */
static void test_longest_line_fits(void) {
    build();
    char long_name[200];
    memset(long_name, 'n', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = '\0';
    symbol(long_name, GLOBAL_FUNC, TEXT, TEXT_ADDR, ~0ull);
    vm_init(&test_vm, test_memory, sizeof test_memory, 1000);
    vm_process_init(&test_vm, VM_DEFAULT_SEED, VM_DEFAULT_OUTPUT_LIMIT);
    CHECK(vm_symbols_read(&test_vm.symbols, file, sizeof file));
    test_vm.state = VM_STATE_ERRORED;
    test_vm.fault.cause = VM_FAULT_FETCH_ACCESS;
    test_vm.fault.addr = test_vm.fault.pc = ~0ull;
    test_vm.instret = ~0ull;
    char line[VM_HALTING_LINE_MAX];
    vm_halting_line(&test_vm, line, sizeof line);
    CHECK(strstr(line, "nnn...+0xfffffffffffeffff) instret=18446744073709551615") != 0);
    CHECK(strlen(line) < VM_HALTING_LINE_MAX - 1);
}

/* The halting line and the lines after it name the symbol, in a program that really runs. */
static void test_halting_line_names_symbol(void) {
    build();
    const uint32_t code[3] = {
        enc_u(0x400, 5, 0x37),     /* lui t0, 0x400: t0 = 0x400000 */
        enc_i(0, 5, 3, 6, 0x03),   /* ld t1, 0(t0): outside guest memory */
        insn_ecall(),
    };
    memcpy(file + CODE_AT, code, sizeof code);
    symbol("_start", GLOBAL_NOTYPE, TEXT, TEXT_ADDR, 0);
    symbol("load_it", GLOBAL_FUNC, TEXT, TEXT_ADDR + 4, 4);
    vm_init(&test_vm, test_memory, sizeof test_memory, 1000);
    vm_process_init(&test_vm, VM_DEFAULT_SEED, VM_DEFAULT_OUTPUT_LIMIT);
    struct vm_elf_info info;
    CHECK(vm_elf_load(&test_vm, file, sizeof file, &info) == VM_ELF_OK);
    CHECK(vm_symbols_read(&test_vm.symbols, file, sizeof file));
    static struct capture capture;
    struct vm_host host;
    capture_host(&capture, &host);
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_ERRORED);
    vm_report_stop(&test_vm, &host);
    const char *expected =
        "vm: errored cause=load-access-fault addr=0x400000 pc=0x10004 (load_it+0x0) instret=1\n"
        "regs: pc=0x0000000000010004 ra=0x0000000000000000 sp=0x0000000000000000 gp=0x0000000000000000\n"
        "regs: tp=0x0000000000000000 t0=0x0000000000400000 t1=0x0000000000000000 t2=0x0000000000000000\n";
    if (!CHECK(strncmp(capture.log, expected, strlen(expected)) == 0))
        printf("  got:\n%s", capture.log);
    CHECK_EQ(capture.log_lines, 9);
    /* Budget exhausted on the first instruction: a label without a size. */
    vm_init(&test_vm, test_memory, sizeof test_memory, 0);
    vm_process_init(&test_vm, VM_DEFAULT_SEED, VM_DEFAULT_OUTPUT_LIMIT);
    CHECK(vm_elf_load(&test_vm, file, sizeof file, &info) == VM_ELF_OK);
    CHECK(vm_symbols_read(&test_vm.symbols, file, sizeof file));
    CHECK(vm_run_guest(&test_vm, &host) == VM_STATE_BUDGET_EXHAUSTED);
    char line[VM_HALTING_LINE_MAX];
    vm_halting_line(&test_vm, line, sizeof line);
    if (!CHECK(strcmp(line, "vm: budget-exhausted pc=0x10000 (_start+0x0) instret=0") == 0))
        printf("  got \"%s\"\n", line);
}

const struct test symbol_tests[] = {
    {"symbols: function and offset", test_function_and_offset},
    {"symbols: size 0 covers up to the next symbol or the section's end", test_size_zero},
    {"symbols: the last symbol of the table", test_last_symbol},
    {"symbols: overlapping symbols, aliases, function before label", test_overlapping_symbols},
    {"symbols: what cannot name code is ignored", test_symbols_ignored},
    {"symbols: names not terminated inside .strtab", test_name_not_terminated},
    {"symbols: hostile names are cut and printable", test_hostile_names},
    {"symbols: malformed tables mean no symbols, and the file loads", test_malformed_tables},
    {"symbols: malformed headers mean no symbols, and the file loads", test_malformed_headers},
    {"symbols: section and symbol ranges at the top of the address space", test_section_ranges},
    {"symbols: the longest halting line, with a symbol, fits", test_longest_line_fits},
    {"symbols: the halting line names the symbol", test_halting_line_names_symbol},
    {0, 0},
};
