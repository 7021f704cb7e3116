/* SPDX-License-Identifier: MIT */
/* The host unit tests of kernel/fdt.c (build/host/fdt-tests): the test tables main.c runs, and
 * checks of one query's whole answer that the tables share. A failed check prints the line of
 * the test that asked, next to the helper's own. */
#ifndef BASIN_FDT_TESTS_H
#define BASIN_FDT_TESTS_H

#include <stdbool.h>
#include <stdint.h>

#include "check.h"
#include "fdt.h"

extern const struct test tree_tests[], api_tests[], malformed_tests[], uart_tests[], bundle_tests[];

/* fdt_memory succeeds with exactly these ranges (fdt_harts: these hart ids, in tree order). */
#define expect_memory(dtb, ranges, count) expect_memory_at(__LINE__, dtb, ranges, count)
#define expect_harts(dtb, ids, count) expect_harts_at(__LINE__, dtb, ids, count)
void expect_memory_at(int line, uintptr_t dtb, const struct fdt_range *ranges, unsigned count);
void expect_harts_at(int line, uintptr_t dtb, const uint64_t *ids, unsigned count);

/* fdt_stdout_device finds this console. */
struct console {
    const char *path;
    const char *compatible; /* one name fdt_device_is must accept */
    bool has_address;
    uint64_t address;
    uint32_t reg_shift, reg_io_width;
    bool enabled, translated;
};
#define expect_console(dtb, console) expect_console_at(__LINE__, dtb, console)
void expect_console_at(int line, uintptr_t dtb, const struct console *console);
/* fdt_stdout_device returns `status` (not FDT_STDOUT_FOUND) and leaves `path` in device->path. */
#define expect_no_console(dtb, status, path) expect_no_console_at(__LINE__, dtb, status, path)
void expect_no_console_at(int line, uintptr_t dtb, enum fdt_stdout status, const char *path);

/* fdt_find_compatible_reg / fdt_find_u32 find this value, or (found false) nothing. */
#define expect_reg(dtb, compatible, found, address) \
    expect_reg_at(__LINE__, dtb, compatible, found, address)
#define expect_u32(dtb, name, found, value) expect_u32_at(__LINE__, dtb, name, found, value)
void expect_reg_at(int line, uintptr_t dtb, const char *compatible, bool found, uint64_t address);
void expect_u32_at(int line, uintptr_t dtb, const char *name, bool found, uint32_t value);

#endif
