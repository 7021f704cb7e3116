/* SPDX-License-Identifier: MIT */
/* A small test framework for the host unit tests of vm/ and kernel/fdt.c: each test is a
 * function; a failed CHECK records where and why, and the test goes on to report every failure.
 * The checks are in check.c. */
#ifndef BASIN_CHECK_H
#define BASIN_CHECK_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

extern int check_failures; /* failures in the running test */

bool check_report(bool ok, const char *expression, const char *file, int line);
bool check_u64(uint64_t actual, uint64_t expected, const char *expression, const char *file,
               int line);

#define CHECK(expression) check_report((expression), #expression, __FILE__, __LINE__)
#define CHECK_EQ(actual, expected) \
    check_u64((uint64_t)(actual), (uint64_t)(expected), #actual " == " #expected, __FILE__, __LINE__)

/* Marks the running test skipped: it could not check anything on this host (say why, briefly).
 * It is reported "skip unit/NAME (reason)", unless a check failed too. */
void check_skip(const char *reason);

struct test {
    const char *name;
    void (*run)(void);
};

/* Runs every test of `count` tables (each ended by {0, 0}) whose name contains `only` (all when
 * NULL), printing "pass unit/PREFIXNAME", "FAIL unit/PREFIXNAME" or "skip unit/PREFIXNAME
 * (reason)" with tables[i]'s prefix, then "N passed, M failed, K skipped". Returns the process's
 * exit status: 1 on any failure (skips alone give 0). */
int check_run(const struct test *const *tables, const char *const *prefixes, size_t count,
              const char *only);

/* Each test file exports its table, ended by {0, 0}. */
extern const struct test instruction_tests[], decode_tests[], exit_tests[], elf_tests[],
    syscall_tests[], process_tests[], report_tests[], softfloat_tests[], compressed_tests[],
    extension_tests[], fp_tests[], linux_tests[], permission_tests[], cache_tests[],
    symbol_tests[], signal_tests[], engine_tests[], gdbstub_tests[];

#endif
