/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the ELF loader on arbitrary bytes.
 *
 * Every input goes through vm_elf_load on a freshly initialized VM. When it is refused, the VM
 * must be as vm_init left it (the loader validates before copying). When it loads, the result
 * must describe an image inside guest memory with an executable, aligned entry; then the initial
 * stack is laid out and the program runs for a few instructions, so that images the loader
 * accepts are also images the interpreter can run. */
#include "elf.h"
#include "fuzz_common.h"
#include "memory_map.h"
#include "process.h"
#include "report.h"

enum { RUN_BUDGET = 2000 };

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

/* Lays out a small, fixed stack and runs briefly: the stack must land in its region. */
static void setup_and_run(struct vm *vm, const struct vm_elf_info *info) {
    static const char *const argv[] = {"prog", "first argument", ""};
    static const char *const envp[] = {"HOME=/", "TERM=dumb"};
    FUZZ_CHECK(vm_setup_stack(vm, info, argv, 3, envp, 2));
    uint64_t sp = vm->x[VM_REG_SP];
    FUZZ_CHECK(sp >= VM_STACK_BOTTOM && sp < VM_MEMORY_SIZE && sp % 16 == 0);
    struct vm_host host = {.write = fuzz_host_write, .read = fuzz_host_read, .log = fuzz_host_log};
    vm_run_guest(vm, &host);
    char line[VM_HALTING_LINE_MAX];
    vm_halting_line(vm, line, sizeof line);
    FUZZ_CHECK(strlen(line) < sizeof line);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct vm *vm = &fuzz_vm;
    vm_init(vm, fuzz_memory, sizeof fuzz_memory, RUN_BUDGET);
    struct vm_elf_info info;
    memset(&info, 0, sizeof info);
    /* data is libFuzzer's exactly sized heap copy, so ASan sees any read past the file. */
    enum vm_elf_error error = vm_elf_load(vm, data, size, &info);
    check_error_text(error);
    if (error != VM_ELF_OK) {
        check_refused(vm);
        return 0;
    }
    check_loaded(vm, &info);
    setup_and_run(vm, &info);
    return 0;
}
