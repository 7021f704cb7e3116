/* SPDX-License-Identifier: MIT */
/* The checks of check.h, shared by the unit tests of vm/ and of kernel/fdt.c. */
#include "check.h"

#include <string.h>

int check_failures;

bool check_report(bool ok, const char *expression, const char *file, int line) {
    if (!ok) {
        check_failures++;
        printf("  %s:%d: check failed: %s\n", file, line, expression);
    }
    return ok;
}

bool check_u64(uint64_t actual, uint64_t expected, const char *expression, const char *file,
               int line) {
    if (actual != expected) {
        check_failures++;
        printf("  %s:%d: %s: got 0x%llx, expected 0x%llx\n", file, line, expression,
               (unsigned long long)actual, (unsigned long long)expected);
    }
    return actual == expected;
}

int check_run(const struct test *const *tables, const char *const *prefixes, size_t count,
              const char *only) {
    int passed = 0, failed = 0;
    for (size_t t = 0; t < count; t++) {
        for (const struct test *test = tables[t]; test->name != 0; test++) {
            if (only != 0 && strstr(test->name, only) == 0) continue;
            check_failures = 0;
            test->run();
            printf("%s unit/%s%s\n", check_failures == 0 ? "pass" : "FAIL", prefixes[t], test->name);
            fflush(stdout);
            if (check_failures == 0) passed++; else failed++;
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
