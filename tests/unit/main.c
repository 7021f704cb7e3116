/* SPDX-License-Identifier: MIT */
/* Runs every unit test and prints one line per test ("pass unit/NAME", "FAIL unit/NAME" or
 * "skip unit/NAME (reason)"), then "N passed, M failed, K skipped". Exit status 1 on any failure. */
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "vm_assert.h"

/* A broken vm/ invariant is a bug in vm/ (or a test misusing it): stop loudly. */
_Noreturn void vm_assert_failed(const char *expression, const char *file, int line) {
    printf("FAIL unit: vm assertion failed: %s at %s:%d\n", expression, file, line);
    fflush(stdout);
    abort();
}

int main(int argc, char **argv) {
    const struct test *const tables[] = {instruction_tests, decode_tests, exit_tests, elf_tests,
                                         syscall_tests, process_tests, report_tests,
                                         softfloat_tests, compressed_tests, extension_tests,
                                         fp_tests, linux_tests, permission_tests, cache_tests,
                                         symbol_tests, signal_tests, engine_tests, gdbstub_tests};
    enum { TABLES = sizeof tables / sizeof tables[0] };
    const char *prefixes[TABLES];
    for (size_t t = 0; t < TABLES; t++) prefixes[t] = "";
    return check_run(tables, prefixes, TABLES, argc > 1 ? argv[1] : 0);
}
