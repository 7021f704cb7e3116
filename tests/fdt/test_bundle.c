/* SPDX-License-Identifier: MIT */
/* kernel/bundle.c, the kernel's reader of the program bundle: a bundle basin-pack wrote at build
 * time (Makefile: build/fdt/test-bundle.bin) reads back as the settings it was given, and every
 * malformed variant (cut short at every length, each field made wrong) is refused with a
 * reason, never read past its end (each copy sits in a buffer of exactly its size for ASan). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bundle_reader.h"
#include "check.h"
#include "fdt_tests.h"

#ifndef FDT_TREE_DIR
#define FDT_TREE_DIR "build/fdt"
#endif

enum { MAX_BUNDLE = 1 << 20 };
static uint8_t packed[MAX_BUNDLE];
static size_t packed_size;
static struct program program;

static bool load_packed(void) {
    FILE *file = fopen(FDT_TREE_DIR "/test-bundle.bin", "rb");
    if (!CHECK(file != 0)) return false;
    packed_size = fread(packed, 1, sizeof packed, file);
    fclose(file);
    return CHECK(packed_size > sizeof(struct bundle_header) && packed_size < sizeof packed);
}

/* A copy of `size` bytes in a heap block of exactly that size, so a read past it is caught. */
static const char *read_copy(const uint8_t *bytes, size_t size) {
    uint8_t *copy = malloc(size == 0 ? 1 : size);
    memcpy(copy, bytes, size);
    const char *error = bundle_program(copy, size, 0, &program);
    free(copy);
    return error;
}

static void test_packed_settings(void) {
    if (!load_packed()) return;
    uint32_t count = 0;
    CHECK(bundle_program_count(packed, packed_size, &count) == 0);
    CHECK_EQ(count, 1);
    CHECK_EQ(bundle_boot_secret(packed, packed_size), 0x1234567890abcdefull);
    CHECK_EQ(bundle_boot_secret(packed, packed_size - 1), 0); /* not a bundle: no secret */
    const char *error = bundle_program(packed, packed_size, 0, &program);
    if (!CHECK(error == 0)) return;
    /* The settings the Makefile packs (build/fdt/test-bundle.settings). */
    const char *const argv[] = {"renamed.elf", "one", "two words", "xy", "", "a\"b", "c d"};
    CHECK_EQ(program.argc, sizeof argv / sizeof argv[0]);
    for (size_t i = 0; i < program.argc && i < sizeof argv / sizeof argv[0]; i++)
        CHECK(strcmp(program.argv[i], argv[i]) == 0);
    CHECK(strcmp(program.name, "renamed.elf") == 0);
    CHECK_EQ(program.envc, 2);
    CHECK(program.envc == 2 && strcmp(program.envp[0], "KEY=value") == 0 &&
          strcmp(program.envp[1], "SPACED=a b") == 0);
    CHECK_EQ(program.budget, 12345);
    CHECK_EQ(program.output_limit, 678);
    CHECK_EQ(program.seed, 42);
    CHECK(program.deterministic_clock);
    CHECK(program.debug_gdb);
    CHECK(!program.native_engine);
    CHECK_EQ(program.stdin_kind, BUNDLE_STDIN_BYTES);
    CHECK_EQ(program.stdin_size, 17);
    CHECK(program.stdin_size == 17 && memcmp(program.stdin_bytes, "stdin\r\x04" "bytes\n\0end", 17) == 0);
    CHECK_EQ(program.stdin_idle_seconds, 300);
    /* The ELF is the file named in the settings, byte for byte (a few bytes suffice here). */
    CHECK(program.elf_size == 9 && memcmp(program.elf, "\x7f" "ELFbytes", 9) == 0);
}

static void test_cut_short(void) {
    if (!load_packed()) return;
    unsigned refused = 0;
    for (size_t size = 0; size < packed_size; size++) refused += read_copy(packed, size) != 0;
    CHECK_EQ(refused, packed_size);
    CHECK(read_copy(packed, packed_size) == 0);
}

/* One field of the header or the record changed: refused with a reason. */
static void expect_refused(size_t offset, const void *value, size_t length, const char *reason) {
    static uint8_t changed[MAX_BUNDLE];
    memcpy(changed, packed, packed_size);
    memcpy(changed + offset, value, length);
    const char *error = read_copy(changed, packed_size);
    if (!CHECK(error != 0)) printf("  accepted with %s\n", reason);
}

static void test_bad_fields(void) {
    if (!load_packed()) return;
    const size_t record = 32; /* after the 32-byte header */
    uint32_t u32;
    uint64_t u64;
    expect_refused(0, "BASINPRX", 8, "a bad magic");
    u32 = 2, expect_refused(8, &u32, 4, "version 2");
    u32 = 4, expect_refused(8, &u32, 4, "version 4");
    u32 = 0, expect_refused(12, &u32, 4, "no program");
    u32 = 2, expect_refused(12, &u32, 4, "two programs where there is one");
    u64 = packed_size + 16, expect_refused(16, &u64, 8, "a total size past the end");
    u64 = 8, expect_refused(record, &u64, 8, "a record smaller than its header");
    u64 = packed_size, expect_refused(record, &u64, 8, "a record past the end");
    u64 = 104, expect_refused(record, &u64, 8, "a record size not a multiple of 16");
    u32 = 8, expect_refused(record + 32, &u32, 4, "an unknown flag");
    u32 = 3, expect_refused(record + 36, &u32, 4, "an unknown stdin kind");
    u64 = BUNDLE_DEBUG_GDB | (uint64_t)BUNDLE_STDIN_CONSOLE << 32;
    expect_refused(record + 32, &u64, 8, "gdb and stdin from the console: both on the console");
    u32 = 99, expect_refused(record + 44, &u32, 4, "argc larger than the strings");
    u32 = 1, expect_refused(record + 44, &u32, 4, "argc smaller than the strings");
    u32 = 64, expect_refused(record + 44, &u32, 4, "argc of 64 with the name: 65 strings");
    u32 = 3, expect_refused(record + 48, &u32, 4, "envc larger than the strings");
    u32 = 0xfffffff0u, expect_refused(record + 56, &u32, 4, "a name span far outside");
    u32 = 0xffffffffu, expect_refused(record + 68, &u32, 4, "an ELF size past the record");
    /* The name's NUL replaced: the name is no longer one string. */
    struct bundle_program p;
    memcpy(&p, packed + record, sizeof p);
    expect_refused(record + p.name.offset + p.name.size - 1, "x", 1, "a name without its NUL");
    expect_refused(record + p.env.offset + p.env.size - 1, "x", 1, "an environment without its last NUL");
}

/* The engine flag reads back (the Makefile's settings ask for gdb, which excludes it). */
static void test_engine_flag(void) {
    if (!load_packed()) return;
    static uint8_t changed[MAX_BUNDLE];
    memcpy(changed, packed, packed_size);
    uint32_t flags = BUNDLE_CLOCK_DETERMINISTIC | BUNDLE_ENGINE_NATIVE;
    memcpy(changed + 32 + 32, &flags, sizeof flags); /* the record's flags, after the header */
    if (!CHECK(read_copy(changed, packed_size) == 0)) return;
    CHECK(program.native_engine);
    CHECK(!program.debug_gdb);
    CHECK(program.deterministic_clock);
}

const struct test bundle_tests[] = {
    {"the engine flag reads back", test_engine_flag},
    {"packed settings read back as given", test_packed_settings},
    {"a bundle cut short at every length is refused", test_cut_short},
    {"every malformed field is refused", test_bad_fields},
    {0, 0},
};
