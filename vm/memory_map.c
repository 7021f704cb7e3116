/* SPDX-License-Identifier: MIT */
#include "memory_map.h"

#include <string.h>

#include "code_cache.h"
#include "linux.h"
#include "vm_assert.h"
#include "vm_internal.h"

static uint64_t page_of(uint64_t addr) { return addr / VM_PAGE_SIZE; }
static uint64_t page_up(uint64_t addr) { return (addr + VM_PAGE_SIZE - 1) & ~(uint64_t)(VM_PAGE_SIZE - 1); }

void vm_map_changed(struct vm *vm, uint64_t first_page, uint64_t end_page) {
    VM_ASSERT(first_page <= end_page && end_page <= VM_PAGES);
    struct vm_memory_map *map = &vm->map;
    if (first_page == end_page) return;
    if (map->changed_first == map->changed_end) {
        map->changed_first = (uint32_t)first_page;
        map->changed_end = (uint32_t)end_page;
        return;
    }
    if (first_page < map->changed_first) map->changed_first = (uint32_t)first_page;
    if (end_page > map->changed_end) map->changed_end = (uint32_t)end_page;
}

bool vm_map_take_changes(struct vm *vm, uint64_t *first_page, uint64_t *end_page) {
    struct vm_memory_map *map = &vm->map;
    VM_ASSERT(map->changed_first <= map->changed_end && map->changed_end <= VM_PAGES);
    *first_page = map->changed_first;
    *end_page = map->changed_end;
    map->changed_first = map->changed_end = 0;
    return *first_page != *end_page;
}

/* Pages whose permissions or bytes changed: the interpreter drops the code it decoded from
 * them (code_cache.h: a page that loses execute must not run its cached instructions, nor one
 * whose bytes were replaced), and an engine mirroring the map catches up (vm_map_changed). */
static void changed(struct vm *vm, uint64_t first_page, uint64_t end_page) {
    vm_code_drop(vm, first_page, end_page);
    vm_map_changed(vm, first_page, end_page);
}

/* Gives pages [first_page, end_page) a use and permissions; see changed(). */
static void mark(struct vm *vm, uint64_t first_page, uint64_t end_page, enum vm_page_use use,
                 unsigned prot) {
    VM_ASSERT(first_page <= end_page && end_page <= VM_PAGES);
    VM_ASSERT(prot <= VM_PROT_RWX);
    vm_add_work(vm, end_page - first_page);
    for (uint64_t page = first_page; page < end_page; page++) {
        vm->map.page_use[page] = (uint8_t)use;
        vm->map.page_prot[page] = (uint8_t)prot;
    }
    changed(vm, first_page, end_page);
}

/* What a PROT_* request grants: write and execute imply read, as on Linux for RISC-V (the
 * hardware has no write-only pages). Bits beyond PROT_EXEC are dropped. */
static unsigned effective_prot(uint64_t prot) {
    unsigned granted = (unsigned)(prot & VM_PROT_RWX);
    return granted != 0 ? granted | VM_PROT_READ : 0;
}

/* True when every page in [first, end) is `use` or, if `or_free`, free. */
static bool pages_are(struct vm *vm, uint64_t first, uint64_t end, enum vm_page_use use,
                      bool or_free) {
    VM_ASSERT(first <= end && end <= VM_PAGES);
    vm_add_work(vm, end - first);
    for (uint64_t page = first; page < end; page++) {
        uint8_t actual = vm->map.page_use[page];
        if (actual != use && !(or_free && actual == VM_PAGE_FREE)) return false;
    }
    return true;
}

/* The signal-return trampoline (signal.c sets a handler's ra to it), as Linux's vDSO holds
 * one: li a7, 139 (rt_sigreturn); ecall. The rest of the page is zero. */
static void write_trampoline(struct vm *vm) {
    const uint32_t code[2] = {SIGRETURN_LI_A7, SIGRETURN_ECALL};
    memset(vm->memory + VM_SIGRETURN_PAGE, 0, VM_PAGE_SIZE);
    memcpy(vm->memory + VM_SIGRETURN_PAGE, code, sizeof code);
}

void vm_map_init(struct vm *vm) {
    VM_ASSERT(vm != 0);
    VM_ASSERT(VM_SIGRETURN_PAGE % VM_PAGE_SIZE == 0 && VM_STACK_GUARD_BOTTOM % VM_PAGE_SIZE == 0);
    vm_code_flush(vm);
    mark(vm, 0, VM_PAGES, VM_PAGE_FREE, 0);
    mark(vm, 0, page_of(VM_NULL_PAGE_SIZE), VM_PAGE_NULL, 0);
    write_trampoline(vm);
    mark(vm, page_of(VM_SIGRETURN_PAGE), page_of(VM_STACK_GUARD_BOTTOM), VM_PAGE_SIGRETURN,
         VM_PROT_READ | VM_PROT_EXEC);
    mark(vm, page_of(VM_STACK_GUARD_BOTTOM), page_of(VM_STACK_BOTTOM), VM_PAGE_GUARD, 0);
    mark(vm, page_of(VM_STACK_BOTTOM), VM_PAGES, VM_PAGE_STACK, VM_PROT_RW);
    vm->map.break_start = vm->map.break_end = VM_NULL_PAGE_SIZE;
}

bool vm_map_set_image(struct vm *vm, uint64_t start, uint64_t end) {
    VM_ASSERT(start <= end && end <= VM_MEMORY_SIZE);
    if (page_up(end) > VM_SIGRETURN_PAGE || start < VM_NULL_PAGE_SIZE) return false;
    mark(vm, page_of(start), page_of(page_up(end)), VM_PAGE_IMAGE, 0);
    vm->map.break_start = vm->map.break_end = page_up(end);
    return true;
}

/* Linux semantics: a request below the start or into used pages leaves the break where it is;
 * the caller sees failure as an unchanged break (glibc's malloc then tries mmap). */
uint64_t vm_map_brk(struct vm *vm, uint64_t requested) {
    struct vm_memory_map *map = &vm->map;
    VM_ASSERT(map->break_start <= map->break_end);
    if (requested < map->break_start || requested > VM_SIGRETURN_PAGE) return map->break_end;
    uint64_t old_top = page_of(page_up(map->break_end)), new_top = page_of(page_up(requested));
    if (new_top > old_top) {
        if (!pages_are(vm, old_top, new_top, VM_PAGE_FREE, true)) return map->break_end;
        mark(vm, old_top, new_top, VM_PAGE_BREAK, VM_PROT_RW);
    } else {
        mark(vm, new_top, old_top, VM_PAGE_FREE, 0);
    }
    /* Memory the break gains reads as zero, as fresh pages do on Linux. Its first page may be
     * one the break already had, and mprotect may have made that executable. */
    if (requested > map->break_end) {
        vm_add_byte_work(vm, requested - map->break_end, VM_WORK_BYTES);
        memset(vm->memory + map->break_end, 0, requested - map->break_end);
        changed(vm, page_of(map->break_end), new_top);
    }
    map->break_end = requested;
    return requested;
}

/* The highest run of `count` free pages above the break, searched from the trampoline page
 * down. */
static uint64_t find_free_run(struct vm *vm, uint64_t count) {
    uint64_t lowest = page_of(page_up(vm->map.break_end)), run = 0;
    VM_ASSERT(lowest <= page_of(VM_SIGRETURN_PAGE));
    vm_add_work(vm, page_of(VM_SIGRETURN_PAGE) - lowest);
    for (uint64_t page = page_of(VM_SIGRETURN_PAGE); page > lowest; page--) {
        run = vm->map.page_use[page - 1] == VM_PAGE_FREE ? run + 1 : 0;
        if (run == count) return page - 1;
    }
    return 0;
}

void vm_map_grant(struct vm *vm, uint64_t start, uint64_t end, unsigned prot) {
    VM_ASSERT(start <= end && end <= VM_MEMORY_SIZE);
    VM_ASSERT(prot <= VM_PROT_RWX);
    unsigned granted = effective_prot(prot);
    for (uint64_t page = page_of(start); page < page_of(page_up(end)); page++) {
        VM_ASSERT(vm->map.page_use[page] != VM_PAGE_NULL);
        vm->map.page_prot[page] = (uint8_t)(vm->map.page_prot[page] | granted);
    }
    changed(vm, page_of(start), page_of(page_up(end)));
}

int64_t vm_map_mmap(struct vm *vm, uint64_t addr, uint64_t length, uint64_t prot, bool fixed) {
    if (length == 0) return -LINUX_EINVAL;
    if (length > VM_MEMORY_SIZE) return -LINUX_ENOMEM;
    uint64_t count = page_of(page_up(length)), first;
    if (fixed) {
        /* MAP_FIXED may replace earlier mappings, never the image, the break, the stack, its
         * guard gap or the trampoline page. */
        if ((addr % VM_PAGE_SIZE) != 0) return -LINUX_EINVAL;
        if (addr < VM_NULL_PAGE_SIZE || addr > VM_MEMORY_SIZE || count > page_of(VM_MEMORY_SIZE - addr))
            return -LINUX_ENOMEM;
        first = page_of(addr);
        if (!pages_are(vm, first, first + count, VM_PAGE_MAPPED, true)) return -LINUX_ENOMEM;
    } else {
        first = find_free_run(vm, count);
        if (first == 0) return -LINUX_ENOMEM;
    }
    mark(vm, first, first + count, VM_PAGE_MAPPED, effective_prot(prot));
    vm_add_byte_work(vm, count * VM_PAGE_SIZE, VM_WORK_BYTES);
    memset(vm->memory + first * VM_PAGE_SIZE, 0, count * VM_PAGE_SIZE);
    return (int64_t)(first * VM_PAGE_SIZE);
}

static bool page_range(uint64_t addr, uint64_t length, uint64_t *first, uint64_t *end) {
    if ((addr % VM_PAGE_SIZE) != 0 || length == 0 || addr > VM_MEMORY_SIZE) return false;
    if (length > VM_MEMORY_SIZE - addr) return false;
    *first = page_of(addr);
    *end = page_of(page_up(addr + length));
    return true;
}

/* Only mappings are removed: a request covering the image, the stack, its guard gap or the
 * trampoline page leaves those alone. */
int64_t vm_map_munmap(struct vm *vm, uint64_t addr, uint64_t length) {
    uint64_t first, end;
    if (!page_range(addr, length, &first, &end)) return -LINUX_EINVAL;
    vm_add_work(vm, end - first);
    for (uint64_t page = first; page < end; page++)
        if (vm->map.page_use[page] == VM_PAGE_MAPPED) mark(vm, page, page + 1, VM_PAGE_FREE, 0);
    return 0;
}

/* Like Linux: any mix of permissions on any mapped page (image, break, mappings, stack), so a
 * JIT may make its pages writable and executable; -ENOMEM, with nothing changed, when part of
 * the range is not mapped (the guard gap never is). The trampoline page is a special mapping
 * that may not change, as x86's vvar page: -EACCES, nothing changed. The first page in the
 * range that is refused says which error, as Linux walks the areas in order. The checks come
 * in do_mprotect_pkey's order: PROT_GROWSDOWN with PROT_GROWSUP, alignment, an empty range (0),
 * a range that wraps (-ENOMEM), then the bits (PROT_SEM is accepted and means nothing). Basin's
 * pages never grow: PROT_GROWSDOWN or PROT_GROWSUP on mapped pages is -EINVAL (Linux accepts
 * GROWSDOWN on its growing stack). */
int64_t vm_map_mprotect(struct vm *vm, uint64_t addr, uint64_t length, uint64_t prot) {
    uint64_t first, end, grows = prot & (LINUX_PROT_GROWSDOWN | LINUX_PROT_GROWSUP);
    if (grows == (LINUX_PROT_GROWSDOWN | LINUX_PROT_GROWSUP)) return -LINUX_EINVAL;
    if ((addr % VM_PAGE_SIZE) != 0) return -LINUX_EINVAL;
    if (length == 0) return 0;
    if (length > UINT64_MAX - (VM_PAGE_SIZE - 1) || page_up(length) > UINT64_MAX - addr)
        return -LINUX_ENOMEM; /* the end wraps */
    if ((prot & ~(uint64_t)(VM_PROT_RWX | LINUX_PROT_SEM | grows)) != 0) return -LINUX_EINVAL;
    if (!page_range(addr, length, &first, &end)) return -LINUX_ENOMEM;
    vm_add_work(vm, 2 * (end - first));
    for (uint64_t page = first; page < end; page++) {
        uint8_t use = vm->map.page_use[page];
        if (use == VM_PAGE_FREE || use == VM_PAGE_NULL || use == VM_PAGE_GUARD) return -LINUX_ENOMEM;
        if (use == VM_PAGE_SIGRETURN) return -LINUX_EACCES;
    }
    if (grows != 0) return -LINUX_EINVAL;
    for (uint64_t page = first; page < end; page++) vm->map.page_prot[page] = (uint8_t)effective_prot(prot);
    changed(vm, first, end);
    return 0;
}

int64_t vm_map_mremap(struct vm *vm, uint64_t addr, uint64_t old_length, uint64_t new_length,
                      bool may_move) {
    uint64_t first, old_end;
    if (!page_range(addr, old_length, &first, &old_end) || new_length == 0) return -LINUX_EINVAL;
    if (!pages_are(vm, first, old_end, VM_PAGE_MAPPED, false)) return -LINUX_EFAULT;
    if (new_length > VM_MEMORY_SIZE - addr && !may_move) return -LINUX_ENOMEM;
    uint64_t new_end = first + page_of(page_up(new_length < VM_MEMORY_SIZE ? new_length : VM_MEMORY_SIZE));
    /* The mapping grows with the permissions of its last page. */
    unsigned prot = vm->map.page_prot[old_end - 1];
    if (new_end <= old_end) { /* shrinking: give back the tail */
        mark(vm, new_end, old_end, VM_PAGE_FREE, 0);
        return (int64_t)addr;
    }
    if (new_end <= page_of(VM_SIGRETURN_PAGE) && pages_are(vm, old_end, new_end, VM_PAGE_FREE, false)) {
        mark(vm, old_end, new_end, VM_PAGE_MAPPED, prot);
        vm_add_byte_work(vm, (new_end - old_end) * VM_PAGE_SIZE, VM_WORK_BYTES);
        memset(vm->memory + old_end * VM_PAGE_SIZE, 0, (new_end - old_end) * VM_PAGE_SIZE);
        return (int64_t)addr;
    }
    if (!may_move) return -LINUX_ENOMEM;
    int64_t moved = vm_map_mmap(vm, 0, new_length, prot, false);
    if (moved < 0) return moved;
    uint64_t moved_first = page_of((uint64_t)moved);
    vm_add_work(vm, old_end - first);
    vm_add_byte_work(vm, (old_end - first) * VM_PAGE_SIZE, VM_WORK_BYTES);
    memmove(vm->memory + moved, vm->memory + addr, (old_end - first) * VM_PAGE_SIZE);
    memcpy(vm->map.page_prot + moved_first, vm->map.page_prot + first, old_end - first);
    changed(vm, moved_first, moved_first + (old_end - first));
    mark(vm, first, old_end, VM_PAGE_FREE, 0);
    return moved;
}

/* A page madvise treats: memory the process has (Linux's VMAs). Free pages, the null page and
 * the stack guard gap are holes. */
static bool madvise_page_in_use(uint8_t use) {
    return use == VM_PAGE_IMAGE || use == VM_PAGE_BREAK || use == VM_PAGE_MAPPED ||
           use == VM_PAGE_STACK || use == VM_PAGE_SIGRETURN;
}

int64_t vm_map_madvise(struct vm *vm, uint64_t addr, uint64_t length, bool discard) {
    if ((addr % VM_PAGE_SIZE) != 0) return -LINUX_EINVAL;
    if (length > UINT64_MAX - (VM_PAGE_SIZE - 1)) return -LINUX_EINVAL; /* rounds up past 2^64 */
    uint64_t rounded = page_up(length);
    if (rounded > UINT64_MAX - addr) return -LINUX_EINVAL; /* end wraps */
    if (rounded == 0) return 0;
    /* Pages past guest memory are holes: the walk stops there, bounded by VM_PAGES. */
    uint64_t first = page_of(addr) < VM_PAGES ? page_of(addr) : VM_PAGES;
    uint64_t end = page_of(addr + rounded) < VM_PAGES ? page_of(addr + rounded) : VM_PAGES;
    VM_ASSERT(first <= end && end <= VM_PAGES);
    bool hole = end - first < page_of(rounded);
    vm_add_work(vm, end - first);
    for (uint64_t page = first; page < end; page++) {
        uint8_t use = vm->map.page_use[page];
        if (!madvise_page_in_use(use)) {
            hole = true;
            continue;
        }
        if (!discard || use == VM_PAGE_IMAGE || use == VM_PAGE_SIGRETURN) continue; /* keep bytes */
        vm_add_byte_work(vm, VM_PAGE_SIZE, VM_WORK_BYTES);
        memset(vm->memory + page * VM_PAGE_SIZE, 0, VM_PAGE_SIZE);
        changed(vm, page, page + 1);
    }
    return hole ? -LINUX_ENOMEM : 0;
}
