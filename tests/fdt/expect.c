/* SPDX-License-Identifier: MIT */
/* Checks of whole answers (fdt_tests.h). */
#include <stdio.h>
#include <string.h>

#include "fdt_tests.h"

enum { LISTED_MAX = 8, UNTOUCHED = 0x5a }; /* callers list at most 8; a pattern for "not written" */

/* CHECK names the helper's line; this names the test's. */
static void blame(int failures_before, int line) {
    if (check_failures > failures_before) printf("  (asked at line %d)\n", line);
}

void expect_memory_at(int line, uintptr_t dtb, const struct fdt_range *ranges, unsigned count) {
    int before = check_failures;
    struct fdt_range got[LISTED_MAX + 1];
    memset(got, UNTOUCHED, sizeof got);
    unsigned got_count = 99;
    CHECK(fdt_memory(dtb, got, LISTED_MAX, &got_count));
    CHECK_EQ(got_count, count);
    for (unsigned i = 0; i < count && i < got_count; i++) {
        CHECK_EQ(got[i].base, ranges[i].base);
        CHECK_EQ(got[i].size, ranges[i].size);
    }
    CHECK_EQ(got[LISTED_MAX].base, 0x5a5a5a5a5a5a5a5aull); /* nothing past max */
    blame(before, line);
}

void expect_harts_at(int line, uintptr_t dtb, const uint64_t *ids, unsigned count) {
    int before = check_failures;
    uint64_t got[LISTED_MAX + 1];
    memset(got, UNTOUCHED, sizeof got);
    unsigned got_count = 99;
    CHECK(fdt_harts(dtb, got, LISTED_MAX, &got_count));
    CHECK_EQ(got_count, count);
    for (unsigned i = 0; i < count && i < got_count; i++) CHECK_EQ(got[i], ids[i]);
    CHECK_EQ(got[LISTED_MAX], 0x5a5a5a5a5a5a5a5aull);
    blame(before, line);
}

void expect_console_at(int line, uintptr_t dtb, const struct console *console) {
    int before = check_failures;
    struct fdt_device device;
    memset(&device, UNTOUCHED, sizeof device);
    CHECK_EQ(fdt_stdout_device(dtb, &device), FDT_STDOUT_FOUND);
    if (!CHECK(strcmp(device.path, console->path) == 0))
        printf("  path \"%.*s\", expected \"%s\"\n", FDT_PATH_MAX, device.path, console->path);
    CHECK(fdt_device_is(&device, console->compatible));
    CHECK(!fdt_device_is(&device, "basin,no-such-device"));
    CHECK_EQ(device.has_address, console->has_address);
    if (console->has_address) CHECK_EQ(device.address, console->address);
    CHECK_EQ(device.reg_shift, console->reg_shift);
    CHECK_EQ(device.reg_io_width, console->reg_io_width);
    CHECK_EQ(device.enabled, console->enabled);
    CHECK_EQ(device.translated, console->translated);
    blame(before, line);
}

void expect_no_console_at(int line, uintptr_t dtb, enum fdt_stdout status, const char *path) {
    int before = check_failures;
    struct fdt_device device;
    memset(&device, UNTOUCHED, sizeof device);
    CHECK_EQ(fdt_stdout_device(dtb, &device), status);
    if (!CHECK(memchr(device.path, '\0', sizeof device.path) != 0 && strcmp(device.path, path) == 0))
        printf("  path \"%.*s\", expected \"%s\"\n", FDT_PATH_MAX, device.path, path);
    blame(before, line);
}

void expect_reg_at(int line, uintptr_t dtb, const char *compatible, bool found, uint64_t address) {
    int before = check_failures;
    uint64_t got = 0x5a5a5a5a5a5a5a5aull;
    CHECK_EQ(fdt_find_compatible_reg(dtb, compatible, &got), found);
    CHECK_EQ(got, found ? address : 0x5a5a5a5a5a5a5a5aull); /* untouched when not found */
    if (check_failures > before) printf("  compatible \"%s\"\n", compatible);
    blame(before, line);
}

void expect_u32_at(int line, uintptr_t dtb, const char *name, bool found, uint32_t value) {
    int before = check_failures;
    uint32_t got = 0x5a5a5a5a;
    CHECK_EQ(fdt_find_u32(dtb, name, &got), found);
    if (found) CHECK_EQ(got, value);
    if (check_failures > before) printf("  property \"%s\"\n", name);
    blame(before, line);
}
