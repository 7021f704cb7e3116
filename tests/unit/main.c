/* Runs every unit test and prints one line per test ("pass unit/NAME" or "FAIL unit/NAME"),
 * then "N passed, M failed". Exit status 1 on any failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
                                         fp_tests, linux_tests, permission_tests, cache_tests};
    const char *only = argc > 1 ? argv[1] : 0;
    int passed = 0, failed = 0;
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        for (const struct test *test = tables[t]; test->name != 0; test++) {
            if (only != 0 && strstr(test->name, only) == 0) continue;
            check_failures = 0;
            test->run();
            printf("%s unit/%s\n", check_failures == 0 ? "pass" : "FAIL", test->name);
            if (check_failures == 0) passed++; else failed++;
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
