/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the ELF loader on arbitrary bytes.
 *
 * Every input goes through vm_elf_load on a freshly initialized VM. When it is refused, the VM
 * must be as vm_init left it (the loader validates before copying). When it loads, the result
 * must describe an image inside guest memory with an executable, aligned entry; then the initial
 * stack is laid out and the program runs for a few instructions, so that images the loader
 * accepts are also images the interpreter can run, and its stop is reported (vm_report_stop).
 *
 * Every input, loaded or refused, also goes through the symbol-table reader (symbols.c), and
 * addresses are looked up: the table must lie inside the file, every symbol found must cover
 * the address with a terminated name inside the string table, and what the halting line would
 * append must be short and printable. */
#include "elf.h"
#include "fuzz_common.h"
#include "memory_map.h"
#include "process.h"
#include "report.h"
#include "symbols.h"

enum { RUN_BUDGET = 2000 };

static uint64_t fuzz_read_le(const uint8_t *p, unsigned bytes) {
    uint64_t value = 0;
    for (unsigned i = bytes; i > 0; i--) value = value << 8 | p[i - 1];
    return value;
}

static uint64_t page_down(uint64_t addr) { return addr & ~(uint64_t)(VM_PAGE_SIZE - 1); }

static void check_error_text(enum vm_elf_error error) {
    FUZZ_CHECK((unsigned)error < VM_ELF_ERROR_COUNT);
    FUZZ_CHECK(vm_elf_error_name(error) != 0 && vm_elf_error_message(error) != 0);
}

/* What vm_init gives a page: the null page, free pages, the signal-return page, the guard gap
 * and the stack. */
static uint8_t initial_use(uint64_t page) {
    if (page == 0) return VM_PAGE_NULL;
    if (page >= VM_STACK_BOTTOM / VM_PAGE_SIZE) return VM_PAGE_STACK;
    if (page >= VM_STACK_GUARD_BOTTOM / VM_PAGE_SIZE) return VM_PAGE_GUARD;
    if (page == VM_SIGRETURN_PAGE / VM_PAGE_SIZE) return VM_PAGE_SIGRETURN;
    return VM_PAGE_FREE;
}

/* A refused file leaves registers, pc and the page map as vm_init made them. */
static void check_refused(const struct vm *vm) {
    FUZZ_CHECK(vm->pc == 0);
    FUZZ_CHECK(vm->map.break_start == VM_NULL_PAGE_SIZE && vm->map.break_end == VM_NULL_PAGE_SIZE);
    for (uint64_t page = 0; page < VM_PAGES; page++) {
        uint8_t expected = initial_use(page);
        FUZZ_CHECK(vm->map.page_use[page] == expected);
        FUZZ_CHECK(vm->map.page_prot[page] == (expected == VM_PAGE_STACK       ? VM_PROT_RW
                                               : expected == VM_PAGE_SIGRETURN ? (VM_PROT_READ | VM_PROT_EXEC)
                                                                               : 0));
    }
}

static void check_loaded(const struct vm *vm, const struct vm_elf_info *info) {
    FUZZ_CHECK(info->image_start >= VM_NULL_PAGE_SIZE);
    FUZZ_CHECK(info->image_start < info->image_end && info->image_end <= VM_SIGRETURN_PAGE);
    FUZZ_CHECK(info->entry == vm->pc && info->entry % 2 == 0);
    FUZZ_CHECK(info->entry >= info->image_start && info->entry < info->image_end);
    FUZZ_CHECK(vm->map.break_start == vm->map.break_end);
    FUZZ_CHECK(vm->map.break_start >= info->image_end && vm->map.break_start <= VM_SIGRETURN_PAGE);
    FUZZ_CHECK(vm->map.page_use[info->entry / VM_PAGE_SIZE] == VM_PAGE_IMAGE);
    FUZZ_CHECK((vm->map.page_prot[info->entry / VM_PAGE_SIZE] & VM_PROT_EXEC) != 0);
    /* Nothing of the image may sit in the null page or the stack, or above the break; only image
     * and stack pages have permissions, and write or execute always come with read. */
    for (uint64_t page = 0; page < VM_PAGES; page++) {
        uint8_t use = vm->map.page_use[page], prot = vm->map.page_prot[page];
        FUZZ_CHECK(prot <= VM_PROT_RWX && (prot == 0 || (prot & VM_PROT_READ) != 0));
        if (use == VM_PAGE_FREE || use == VM_PAGE_NULL) FUZZ_CHECK(prot == 0);
        if (use == VM_PAGE_STACK) FUZZ_CHECK((prot & VM_PROT_RW) == VM_PROT_RW);
        if (use == VM_PAGE_IMAGE) {
            FUZZ_CHECK(page >= page_down(info->image_start) / VM_PAGE_SIZE);
            FUZZ_CHECK(page < vm->map.break_start / VM_PAGE_SIZE);
        }
        FUZZ_CHECK((use == VM_PAGE_NULL) == (page == 0));
        FUZZ_CHECK((use == VM_PAGE_STACK) == (page >= VM_STACK_BOTTOM / VM_PAGE_SIZE));
        if (initial_use(page) != VM_PAGE_FREE) FUZZ_CHECK(use == initial_use(page));
        if (use == VM_PAGE_GUARD) FUZZ_CHECK(prot == 0);
        if (use == VM_PAGE_SIGRETURN) FUZZ_CHECK(prot == (VM_PROT_READ | VM_PROT_EXEC));
        FUZZ_CHECK(use == VM_PAGE_NULL || use == VM_PAGE_STACK || use == VM_PAGE_IMAGE ||
                   use == VM_PAGE_FREE || use == VM_PAGE_GUARD || use == VM_PAGE_SIGRETURN);
    }
    /* Only the table's start is promised to be loaded: like Linux, the loader takes the segment
     * whose file bytes hold e_phoff, and the table may run past that segment's end
     * (tests/fuzz/findings/elf-phdr-table-past-segment.elf). */
    if (info->phdr_addr != 0)
        FUZZ_CHECK(info->phdr_addr >= info->image_start && info->phdr_addr < info->image_end);
    FUZZ_CHECK(info->phent == 56 && info->phnum >= 1 && info->phnum <= VM_ELF_MAX_PROGRAM_HEADERS);
}

/* The reader kept only ranges inside the file, and a string table that ends in a NUL. */
static void check_symbol_table(const struct vm_symbols *symbols, const uint8_t *data, size_t size,
                               bool found) {
    if (!found) {
        FUZZ_CHECK(symbols->file == 0 && symbols->count == 0 && symbols->names_size == 0);
        return;
    }
    FUZZ_CHECK(symbols->file == data && symbols->file_size == size);
    FUZZ_CHECK(symbols->count >= 1 && symbols->count <= VM_SYMBOLS_MAX);
    FUZZ_CHECK(symbols->table_offset <= size && symbols->count <= (size - symbols->table_offset) / 24);
    FUZZ_CHECK(symbols->names_size >= 1 && symbols->names_offset <= size &&
               symbols->names_size <= size - symbols->names_offset);
    FUZZ_CHECK(data[symbols->names_offset + symbols->names_size - 1] == '\0');
    FUZZ_CHECK(symbols->section_count >= 1 && symbols->sections_offset <= size &&
               symbols->section_count <= (size - symbols->sections_offset) / 64);
}

/* One lookup: a symbol found lies at or below addr and has a non-empty name that ends inside
 * the string table; the text for the halting line is " (NAME+0xOFFSET)", printable, or nothing. */
static void check_lookup(const struct vm_symbols *symbols, uint64_t addr) {
    struct vm_symbol symbol;
    bool found = vm_symbols_find(symbols, addr, &symbol);
    char text[VM_HALTING_LINE_MAX];
    struct fmt f;
    fmt_init(&f, text, sizeof text);
    vm_symbols_format(symbols, addr, &f);
    FUZZ_CHECK(found == (f.length > 0));
    if (!found) return;
    const char *names = (const char *)symbols->file + symbols->names_offset;
    FUZZ_CHECK(symbol.name > names && symbol.name < names + symbols->names_size);
    FUZZ_CHECK(symbol.name[0] != '\0' && symbol.name[0] != '$');
    FUZZ_CHECK(memchr(symbol.name, '\0', (size_t)(names + symbols->names_size - symbol.name)) != 0);
    FUZZ_CHECK(symbol.value <= addr && symbol.index < symbols->count);
    FUZZ_CHECK(f.length <= 2 + VM_SYMBOL_NAME_SHOWN + 3 + 19 + 1);
    FUZZ_CHECK(text[0] == ' ' && text[1] == '(' && text[f.length - 1] == ')');
    for (size_t i = 0; i < f.length; i++) FUZZ_CHECK(text[i] >= ' ' && text[i] <= '~');
}

/* Addresses worth looking up: the ends of the address space, the entry, and a few symbols' own
 * values and last bytes (read from the table as the reader found it). */
static void check_symbols(struct vm *vm, const uint8_t *data, size_t size) {
    bool found = vm_symbols_read(&vm->symbols, data, size);
    check_symbol_table(&vm->symbols, data, size, found);
    check_lookup(&vm->symbols, 0);
    check_lookup(&vm->symbols, ~0ull);
    if (size >= 32) check_lookup(&vm->symbols, fuzz_read_le(data + 24, 8));
    for (uint64_t i = 0; found && i < vm->symbols.count && i < 8; i++) {
        const uint8_t *entry = data + vm->symbols.table_offset + i * 24;
        uint64_t value = fuzz_read_le(entry + 8, 8), length = fuzz_read_le(entry + 16, 8);
        check_lookup(&vm->symbols, value);
        check_lookup(&vm->symbols, value + 1);
        if (length != 0) check_lookup(&vm->symbols, value + (length - 1));
        if (length != 0) check_lookup(&vm->symbols, value + length);
    }
}

/* The report of a stop: the halting line first, the only one starting "vm: ", then detail
 * lines; every line printable ASCII (a symbol name cannot forge a line). */
static void report_log(void *context, const char *line) {
    unsigned *lines = context;
    size_t length = strlen(line);
    FUZZ_CHECK(length > 0 && length < VM_HALTING_LINE_MAX);
    FUZZ_CHECK((*lines == 0) == (strncmp(line, "vm: ", 4) == 0));
    FUZZ_CHECK(*lines != 0 || strstr(line, " instret=") != 0);
    for (size_t i = 0; i < length; i++) FUZZ_CHECK(line[i] >= ' ' && line[i] <= '~');
    (*lines)++;
}

/* Lays out a small, fixed stack and runs briefly: the stack must land in its region. */
static void setup_and_run(struct vm *vm, const struct vm_elf_info *info) {
    static const char *const argv[] = {"prog", "first argument", ""};
    static const char *const envp[] = {"HOME=/", "TERM=dumb"};
    FUZZ_CHECK(vm_setup_stack(vm, info, argv, 3, envp, 2));
    uint64_t sp = vm->x[VM_REG_SP];
    FUZZ_CHECK(sp >= VM_STACK_BOTTOM && sp < VM_MEMORY_SIZE && sp % 16 == 0);
    struct vm_host host = {.write = fuzz_host_write, .read = fuzz_host_read, .log = fuzz_host_log};
    enum vm_state state = vm_run_guest(vm, &host);
    unsigned lines = 0;
    struct vm_host reporter = {.context = &lines, .write = fuzz_host_write, .log = report_log};
    vm_report_stop(vm, &reporter);
    /* The halting line; then, unless it exited, 8 register lines and maybe the overflow line. */
    FUZZ_CHECK(state == VM_STATE_HALTED ? lines == 1 : lines == 9 || lines == 10);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct vm *vm = &fuzz_vm;
    vm_init(vm, fuzz_memory, sizeof fuzz_memory, RUN_BUDGET);
    vm_process_init(vm, VM_DEFAULT_SEED, VM_DEFAULT_OUTPUT_LIMIT);
    struct vm_elf_info info;
    memset(&info, 0, sizeof info);
    /* data is libFuzzer's exactly sized heap copy, so ASan sees any read past the file. */
    enum vm_elf_error error = vm_elf_load(vm, data, size, &info);
    check_error_text(error);
    if (error != VM_ELF_OK) {
        check_refused(vm);
        check_symbols(vm, data, size); /* symbols are read whether the file loads or not */
        return 0;
    }
    check_symbols(vm, data, size);
    check_loaded(vm, &info);
    setup_and_run(vm, &info);
    return 0;
}
