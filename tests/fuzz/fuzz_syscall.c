/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the system-call layer on arbitrary numbers and arguments.
 *
 * Each input is a setup and then a sequence of calls made the way the run loop makes them
 * (a7 = number, a0-a5 = arguments, then vm_syscall). The memory calls (brk, mmap, munmap,
 * mremap, mprotect) are favoured, since they change the page map; after every call the harness
 * checks the page map and the registers.
 *
 * Input layout (zero past the end):
 *   setup (1 byte)   bit 0: load a fake image at IMAGE_START (the break then starts above it);
 *                    bit 1: give the host a clock; bits 2-4: the image's permissions
 *   image size (2)   in 16-byte units, when bit 0 is set
 *   scratch (16)     copied to 0x1000 and to the last 16 bytes of memory, so strings and
 *                    structures start at, and run off, the edges of guest memory
 *   calls            per call: a number tag, then six argument tags (see read_number, read_arg) */
#include "fuzz_common.h"
#include "linux.h"
#include "memory_map.h"

enum {
    IMAGE_START = 0x10000,
    MAX_CALLS = 64,
    SYS_BRK = 214, SYS_MUNMAP = 215, SYS_MREMAP = 216, SYS_MMAP = 222, SYS_MPROTECT = 226,
};

/* The numbers Basin implements, some it does not, and the memory calls several times over. */
static const uint64_t numbers[] = {
    SYS_BRK, SYS_MMAP, SYS_MUNMAP, SYS_MREMAP, SYS_MPROTECT, SYS_BRK, SYS_MMAP, SYS_MUNMAP,
    SYS_MREMAP, SYS_MMAP, 29, 56, 57, 62, 63, 64, 66, 78, 79, 80, 93, 94, 96, 98, 99, 113,
    124, 134, 135, 160, 169, 172, 173, 174, 175, 176, 177, 178, 179, 233, 261, 278, 293,
    0, 1, 1023, 1024, 0xffffffffffffffffull,
};

/* Pointers and lengths at, across and past the edges of guest memory, and values that wrap. */
static const uint64_t edges[] = {
    0, 0xfff, 0x1000, 0x1001, 0x2000, IMAGE_START, 0x200000, VM_STACK_BOTTOM - 0x1000,
    VM_STACK_BOTTOM, 0x3ff000, 0x3ffff0, 0x3ffff8, 0x3fffff, 0x400000, 0x400001, 0x1000000,
    0x7ffffffffffff000ull, 0x8000000000000000ull, 0xfffffffffffff000ull,
    0xfffffffffffffff0ull, 0xffffffffffffffffull,
};

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

struct session {
    struct vm *vm;
    const struct vm_host *host;
    uint64_t break_start;     /* fixed once the image is set */
    uint64_t image_end_page;  /* pages [IMAGE_START page, this) hold the image, 0 without one */
    uint64_t last_address;    /* the last address a call returned: later calls aim at it */
};

static uint64_t read_number(struct fuzz_reader *r) {
    uint8_t tag = fuzz_u8(r);
    if (tag < 0xf0) return numbers[tag % COUNT(numbers)];
    return fuzz_u64(r);
}

static uint64_t read_arg(struct fuzz_reader *r, uint64_t last_address) {
    uint8_t tag = fuzz_u8(r);
    uint64_t pick = tag / 8;
    switch (tag % 8) {
    case 0: return edges[pick % COUNT(edges)];
    case 1: return edges[pick % COUNT(edges)] + (uint64_t)(int64_t)(int8_t)fuzz_u8(r);
    case 2: return fuzz_u8(r); /* small: fds, flags, counts */
    case 3: return last_address + (uint64_t)(int64_t)(int16_t)fuzz_bytes(r, 2);
    case 4: return fuzz_u64(r);
    case 5: return fuzz_bytes(r, 2) * (uint64_t)VM_PAGE_SIZE % (2 * VM_MEMORY_SIZE); /* lengths */
    case 6: /* mmap flags: mostly valid combinations */
        return (pick & 1 ? LINUX_MAP_PRIVATE : 0) | (pick & 2 ? LINUX_MAP_SHARED : 0) |
               (pick & 4 ? 0 : LINUX_MAP_ANONYMOUS) | (pick & 8 ? LINUX_MAP_FIXED : 0) |
               (pick & 16 ? 1 : 0);
    default: return VM_NULL_PAGE_SIZE + fuzz_bytes(r, 4) % (VM_MEMORY_SIZE - VM_NULL_PAGE_SIZE);
    }
}

static uint64_t page_up(uint64_t addr) { return (addr + VM_PAGE_SIZE - 1) / VM_PAGE_SIZE; }

/* The page map after any call: valid uses, the null page and stack untouched, the image intact,
 * break pages exactly between the break's start and its end. */
static void check_map(const struct session *s) {
    const struct vm_memory_map *map = &s->vm->map;
    FUZZ_CHECK(map->break_start == s->break_start);
    FUZZ_CHECK(map->break_start <= map->break_end && map->break_end <= VM_STACK_BOTTOM);
    uint64_t break_first = map->break_start / VM_PAGE_SIZE, break_end = page_up(map->break_end);
    for (uint64_t page = 0; page < VM_PAGES; page++) {
        uint8_t use = s->vm->map.page_use[page];
        FUZZ_CHECK(use <= VM_PAGE_STACK);
        FUZZ_CHECK((use == VM_PAGE_NULL) == (page == 0));
        FUZZ_CHECK((use == VM_PAGE_STACK) == (page >= VM_STACK_BOTTOM / VM_PAGE_SIZE));
        bool image = s->image_end_page != 0 && page >= IMAGE_START / VM_PAGE_SIZE &&
                     page < s->image_end_page;
        FUZZ_CHECK((use == VM_PAGE_IMAGE) == image);
        FUZZ_CHECK((use == VM_PAGE_BREAK) == (page >= break_first && page < break_end));
        /* Free pages have no permissions, and write or execute come with read (mprotect may
         * change any other page's). */
        uint8_t prot = s->vm->map.page_prot[page];
        FUZZ_CHECK(prot <= VM_PROT_RWX && (prot == 0 || (prot & VM_PROT_READ) != 0));
        if (use == VM_PAGE_FREE || use == VM_PAGE_NULL) FUZZ_CHECK(prot == 0);
    }
}

static bool pages_mapped(const struct vm *vm, uint64_t addr, uint64_t length) {
    for (uint64_t page = addr / VM_PAGE_SIZE; page < page_up(addr + length); page++)
        if (vm->map.page_use[page] != VM_PAGE_MAPPED) return false;
    return true;
}

/* A successful mmap or mremap returns page-aligned, mapped memory below the stack. */
static void check_mapping(const struct vm *vm, int64_t result, uint64_t length) {
    if (result < 0) return;
    uint64_t addr = (uint64_t)result;
    FUZZ_CHECK(addr % VM_PAGE_SIZE == 0 && addr >= VM_NULL_PAGE_SIZE);
    FUZZ_CHECK(length <= VM_STACK_BOTTOM - addr);
    FUZZ_CHECK(pages_mapped(vm, addr, length));
}

/* What each memory call returns must agree with the map it left. */
static void check_result(struct session *s, uint64_t number, const uint64_t *arg, int64_t result) {
    switch (number) {
    case SYS_BRK: FUZZ_CHECK((uint64_t)result == s->vm->map.break_end); break;
    case SYS_MMAP: check_mapping(s->vm, result, arg[1]); break;
    case SYS_MREMAP: check_mapping(s->vm, result, arg[2]); break;
    case SYS_MUNMAP:
    case SYS_MPROTECT: FUZZ_CHECK(result == 0 || (result < 0 && result >= -4095)); break;
    default: break;
    }
    if (result >= VM_NULL_PAGE_SIZE && result < VM_MEMORY_SIZE) s->last_address = (uint64_t)result;
}

/* One call; false once the guest has exited. */
static bool call(struct session *s, struct fuzz_reader *r) {
    struct vm *vm = s->vm;
    uint64_t number = read_number(r), arg[6];
    for (int i = 0; i < 6; i++) arg[i] = read_arg(r, s->last_address);
    vm->x[VM_REG_A7] = number;
    memcpy(&vm->x[VM_REG_A0], arg, sizeof arg);
    uint64_t before[32], pc = vm->pc;
    memcpy(before, vm->x, sizeof before);
    vm_syscall(vm, s->host);
    /* A system call changes a0 and nothing else of the registers. */
    for (int i = 0; i < 32; i++)
        if (i != VM_REG_A0) FUZZ_CHECK(vm->x[i] == before[i]);
    FUZZ_CHECK(vm->pc == pc);
    check_map(s);
    if (vm->state != VM_STATE_RUNNING) {
        FUZZ_CHECK(vm->state == VM_STATE_HALTED && (number == 93 || number == 94));
        return false;
    }
    check_result(s, number, arg, (int64_t)vm->x[VM_REG_A0]);
    return true;
}

static void setup(struct session *s, struct fuzz_reader *r, uint8_t flags) {
    struct vm *vm = s->vm;
    uint64_t image_size = fuzz_bytes(r, 2) * 16;
    if (flags & 1) {
        FUZZ_CHECK(vm_map_set_image(vm, IMAGE_START, IMAGE_START + image_size));
        vm_map_grant(vm, IMAGE_START, IMAGE_START + image_size, (flags >> 2) & VM_PROT_RWX);
        s->image_end_page = page_up(IMAGE_START + image_size);
        if (image_size == 0) s->image_end_page = 0; /* an empty image marks no page */
    }
    s->break_start = vm->map.break_start;
    s->last_address = s->break_start;
    uint8_t scratch[16] = {0};
    for (unsigned i = 0; i < sizeof scratch; i++) scratch[i] = fuzz_u8(r);
    memcpy(vm->memory + VM_NULL_PAGE_SIZE, scratch, sizeof scratch);
    memcpy(vm->memory + VM_MEMORY_SIZE - sizeof scratch, scratch, sizeof scratch);
    vm->pc = IMAGE_START + 4; /* just past the ecall, as after VM_EXIT_ECALL */
    vm->x[VM_REG_SP] = VM_MEMORY_SIZE - 64;
    check_map(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct fuzz_reader r = {data, size, 0};
    struct vm *vm = &fuzz_vm;
    vm_init(vm, fuzz_memory, sizeof fuzz_memory, VM_DEFAULT_BUDGET);
    uint8_t flags = fuzz_u8(&r);
    uint64_t clock = 987654321;
    struct vm_host host = {.context = &clock, .write = fuzz_host_write, .read = fuzz_host_read,
                           .clock_ns = (flags & 2) ? fuzz_host_clock : 0, .log = fuzz_host_log};
    struct session s = {.vm = vm, .host = &host};
    setup(&s, &r, flags);
    for (int calls = 0; calls < MAX_CALLS && fuzz_more(&r); calls++)
        if (!call(&s, &r)) break;
    /* The null page is never handed out, so nothing may have written to it. */
    for (unsigned i = 0; i < VM_NULL_PAGE_SIZE; i++) FUZZ_CHECK(vm->memory[i] == 0);
    return 0;
}
