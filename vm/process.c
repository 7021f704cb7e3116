/* SPDX-License-Identifier: MIT */
#include "process.h"

#include <string.h>

#include "signals.h"
#include "vm_assert.h"

enum {
    AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6, AT_ENTRY = 9,
    AT_UID = 11, AT_EUID = 12, AT_GID = 13, AT_EGID = 14, AT_HWCAP = 16, AT_CLKTCK = 17,
    AT_SECURE = 23, AT_RANDOM = 25,
    AUXV_PAIRS = 14, RANDOM_BYTES = 16,
};

/* HWCAP bits are the single-letter extensions, bit ('X' - 'A'): here IMAFDC. */
#define HWCAP_LETTER(letter) (1ull << ((letter) - 'A'))
#define HWCAP_RV64GC                                                                     \
    (HWCAP_LETTER('I') | HWCAP_LETTER('M') | HWCAP_LETTER('A') | HWCAP_LETTER('F') |     \
     HWCAP_LETTER('D') | HWCAP_LETTER('C'))

static size_t bounded_length(const char *s) {
    size_t n = 0;
    while (n <= VM_ARGS_MAX_STRING && s[n] != '\0') n++;
    return n;
}

static bool strings_fit(const char *const *list, size_t count, uint64_t *bytes) {
    if (count > VM_ARGS_MAX_COUNT) return false;
    for (size_t i = 0; i < count; i++) {
        size_t n = bounded_length(list[i]);
        if (n > VM_ARGS_MAX_STRING) return false;
        *bytes += n + 1;
    }
    return true;
}

static void put_u64(struct vm *vm, uint64_t addr, uint64_t value) {
    uint8_t *dst = vm_guest_bytes(vm, addr, 8, VM_PROT_WRITE);
    VM_ASSERT(dst != 0);
    memcpy(dst, &value, 8);
}

/* Copies strings downward from *top and stores each one's guest address at slots[i]. */
static void put_strings(struct vm *vm, uint64_t *top, const char *const *list, size_t count,
                        uint64_t slots) {
    for (size_t i = 0; i < count; i++) {
        size_t n = bounded_length(list[i]) + 1;
        *top -= n;
        uint8_t *dst = vm_guest_bytes(vm, *top, n, VM_PROT_WRITE);
        VM_ASSERT(dst != 0);
        memcpy(dst, list[i], n);
        put_u64(vm, slots + 8 * i, *top);
    }
    put_u64(vm, slots + 8 * count, 0); /* the list's NULL terminator */
}

void vm_process_init(struct vm *vm, uint64_t seed, uint64_t output_limit) {
    VM_ASSERT(vm != 0 && vm->memory != 0); /* after vm_init */
    VM_ASSERT(vm->state == VM_STATE_RUNNING && vm->instret == 0);
    memset(&vm->process, 0, sizeof vm->process);
    vm_signals_init(vm);
    vm_set_seed(vm, seed);
    vm_set_output_limit(vm, output_limit);
}

void vm_set_seed(struct vm *vm, uint64_t seed) {
    VM_ASSERT(vm != 0);
    vm->process.random_state = seed != 0 ? seed : VM_DEFAULT_SEED; /* xorshift needs non-zero */
}

void vm_set_output_limit(struct vm *vm, uint64_t bytes) {
    VM_ASSERT(vm != 0);
    VM_ASSERT(vm->process.output_written == 0); /* set before the guest runs */
    vm->process.output_limit = bytes;
}

/* xorshift64*: not cryptographic, and not meant to be: the same seed gives the same bytes.
 * Each step gives 8 bytes, the product's in little-endian order (as guest memory is), so a
 * fill writes whole words; a call's last word may be cut short. */
static uint64_t random_step(uint64_t *state) {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * 0x2545f4914f6cdd1dull;
}

void vm_random_fill(struct vm *vm, uint8_t *bytes, size_t length) {
    VM_ASSERT(vm->process.random_state != 0);
    VM_ASSERT(bytes != 0 || length == 0);
    uint64_t state = vm->process.random_state;
    size_t done = 0;
    for (; length - done >= 8; done += 8) { /* bounded by length */
        uint64_t word = random_step(&state);
        memcpy(bytes + done, &word, 8);
    }
    if (done < length) {
        uint64_t word = random_step(&state);
        memcpy(bytes + done, &word, length - done);
    }
    vm->process.random_state = state;
}

static void put_random(struct vm *vm, uint64_t addr) {
    uint8_t *dst = vm_guest_bytes(vm, addr, RANDOM_BYTES, VM_PROT_WRITE);
    VM_ASSERT(dst != 0);
    vm_random_fill(vm, dst, RANDOM_BYTES);
}

static void put_auxv(struct vm *vm, uint64_t at, const struct vm_elf_info *info,
                         uint64_t random_addr) {
    const uint64_t auxv[AUXV_PAIRS][2] = {
        {AT_PHDR, info->phdr_addr}, {AT_PHENT, info->phent}, {AT_PHNUM, info->phnum},
        {AT_PAGESZ, VM_PAGE_SIZE}, {AT_ENTRY, info->entry}, {AT_UID, 0}, {AT_EUID, 0},
        {AT_GID, 0}, {AT_EGID, 0}, {AT_HWCAP, HWCAP_RV64GC}, {AT_CLKTCK, 100},
        {AT_SECURE, 0}, {AT_RANDOM, random_addr}, {AT_NULL, 0},
    };
    for (unsigned i = 0; i < AUXV_PAIRS; i++) {
        put_u64(vm, at, auxv[i][0]);
        put_u64(vm, at + 8, auxv[i][1]);
        at += 16;
    }
}

bool vm_setup_stack(struct vm *vm, const struct vm_elf_info *info, const char *const *argv,
                    size_t argc, const char *const *envp, size_t envc) {
    VM_ASSERT(vm != 0 && info != 0);
    VM_ASSERT((argv != 0 || argc == 0) && (envp != 0 || envc == 0));
    uint64_t string_bytes = 0;
    if (!strings_fit(argv, argc, &string_bytes) || !strings_fit(envp, envc, &string_bytes))
        return false;
    uint64_t words = 1 + (argc + 1) + (envc + 1) + 2 * AUXV_PAIRS;
    if (string_bytes + words * 8 + RANDOM_BYTES > VM_ARGS_MAX_BYTES) return false;
    uint64_t sp = (VM_MEMORY_SIZE - RANDOM_BYTES - string_bytes - words * 8) & ~15ull;
    VM_ASSERT(sp >= VM_STACK_BOTTOM && info->image_end <= VM_STACK_BOTTOM);
    uint64_t top = VM_MEMORY_SIZE - RANDOM_BYTES;
    uint64_t random_addr = top;
    uint64_t argv_slots = sp + 8, envp_slots = argv_slots + 8 * (argc + 1);
    put_random(vm, random_addr);
    put_u64(vm, sp, argc);
    put_strings(vm, &top, argv, argc, argv_slots);
    put_strings(vm, &top, envp, envc, envp_slots);
    VM_ASSERT(top >= sp + words * 8);
    put_auxv(vm, envp_slots + 8 * (envc + 1), info, random_addr);
    vm->x[VM_REG_SP] = sp;
    return true;
}
