/* SPDX-License-Identifier: MIT */
/* The initial stack: argc, argv, envp and auxv laid out as Linux does. */
#include <string.h>

#include "check.h"
#include "harness.h"
#include "process.h"

static uint64_t word(uint64_t addr) {
    uint64_t value = 0;
    memcpy(&value, test_memory + addr, 8);
    return value;
}

static const char *string(uint64_t addr) { return (const char *)test_memory + addr; }

static uint64_t auxv_value(uint64_t auxv, uint64_t type, bool *found) {
    *found = false;
    for (unsigned i = 0; i < 64; i++, auxv += 16) {
        if (word(auxv) == type) {
            *found = true;
            return word(auxv + 8);
        }
        if (word(auxv) == 0) break;
    }
    return 0;
}

static void test_layout(void) {
    harness_start(0, 0, 1);
    struct vm_elf_info info = {.entry = 0x10078, .phdr_addr = 0x10040, .phent = 56, .phnum = 3,
                               .image_end = 0x30000};
    const char *argv[2] = {"prog", "first argument"};
    const char *envp[1] = {"HOME=/"};
    CHECK(vm_setup_stack(&test_vm, &info, argv, 2, envp, 1));
    uint64_t sp = test_vm.x[2];
    CHECK_EQ(sp % 16, 0);
    CHECK(sp > VM_MEMORY_SIZE - 0x1000 && sp < VM_MEMORY_SIZE);
    CHECK_EQ(word(sp), 2);
    CHECK(strcmp(string(word(sp + 8)), "prog") == 0);
    CHECK(strcmp(string(word(sp + 16)), "first argument") == 0);
    CHECK_EQ(word(sp + 24), 0);
    CHECK(strcmp(string(word(sp + 32)), "HOME=/") == 0);
    CHECK_EQ(word(sp + 40), 0);
    uint64_t auxv = sp + 48;
    const uint64_t expected[][2] = {{3, 0x10040}, {4, 56}, {5, 3}, {6, 4096}, {9, 0x10078},
                                    {11, 0}, {23, 0}};
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        bool found;
        CHECK_EQ(auxv_value(auxv, expected[i][0], &found), expected[i][1]);
        CHECK(found);
    }
    bool found;
    uint64_t random = auxv_value(auxv, 25, &found);
    CHECK(found && random > sp && random + 16 <= VM_MEMORY_SIZE);
    CHECK(word(random) != 0 || word(random + 8) != 0);
    /* Strings lie between the pointer area and the top. */
    CHECK(word(sp + 8) > auxv && word(sp + 8) < VM_MEMORY_SIZE);
}

static void test_deterministic(void) {
    static uint8_t first[0x1000];
    struct vm_elf_info info = {.entry = 0x10000, .image_end = 0x20000};
    const char *argv[1] = {"same"};
    harness_start(0, 0, 1);
    CHECK(vm_setup_stack(&test_vm, &info, argv, 1, 0, 0));
    memcpy(first, test_memory + VM_MEMORY_SIZE - sizeof first, sizeof first);
    harness_start(0, 0, 1);
    CHECK(vm_setup_stack(&test_vm, &info, argv, 1, 0, 0));
    CHECK(memcmp(first, test_memory + VM_MEMORY_SIZE - sizeof first, sizeof first) == 0);
}

static void test_refusals(void) {
    struct vm_elf_info info = {.entry = 0x10000, .image_end = 0x20000};
    static const char *many[VM_ARGS_MAX_COUNT + 1];
    for (size_t i = 0; i < VM_ARGS_MAX_COUNT + 1; i++) many[i] = "x";
    harness_start(0, 0, 1);
    CHECK(vm_setup_stack(&test_vm, &info, many, VM_ARGS_MAX_COUNT, 0, 0));
    harness_start(0, 0, 1);
    CHECK(!vm_setup_stack(&test_vm, &info, many, VM_ARGS_MAX_COUNT + 1, 0, 0));
    CHECK_EQ(test_vm.x[2], 0);

    static char long_string[VM_ARGS_MAX_STRING + 2];
    memset(long_string, 'a', VM_ARGS_MAX_STRING + 1);
    const char *argv[1] = {long_string};
    CHECK(!vm_setup_stack(&test_vm, &info, argv, 1, 0, 0));

    /* More than the argument area holds (half the stack) is refused too. */
    static char big[VM_ARGS_MAX_STRING + 1];
    memset(big, 'b', VM_ARGS_MAX_STRING);
    static const char *bigs[VM_ARGS_MAX_COUNT];
    for (size_t i = 0; i < VM_ARGS_MAX_COUNT; i++) bigs[i] = big;
    CHECK(!vm_setup_stack(&test_vm, &info, bigs, VM_ARGS_MAX_COUNT, bigs, VM_ARGS_MAX_COUNT));
    for (size_t i = VM_MEMORY_SIZE - 0x1000; i < VM_MEMORY_SIZE; i++) CHECK(test_memory[i] == 0);
}

const struct test process_tests[] = {
    {"stack: argc, argv, envp and auxv as Linux lays them out", test_layout},
    {"stack: the same arguments give the same bytes", test_deterministic},
    {"stack: too many or too long arguments, or no room, are refused", test_refusals},
    {0, 0},
};
