/* SPDX-License-Identifier: MIT */
/* The checks of check.h, shared by the unit tests of vm/ and of kernel/fdt.c. */
#include "check.h"

#include <string.h>

int check_failures;

/* Why the running test was skipped, or NULL: a skip is its own verdict, never a pass. */
static const char *skip_reason;

void check_skip(const char *reason) { skip_reason = reason; }

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
    int passed = 0, failed = 0, skipped = 0;
    for (size_t t = 0; t < count; t++) {
        for (const struct test *test = tables[t]; test->name != 0; test++) {
            if (only != 0 && strstr(test->name, only) == 0) continue;
            check_failures = 0;
            skip_reason = 0;
            test->run();
            /* A failed check outweighs a skip: whatever did run must hold. */
            if (check_failures != 0) {
                printf("FAIL unit/%s%s\n", prefixes[t], test->name);
                failed++;
            } else if (skip_reason != 0) {
                printf("skip unit/%s%s (%s)\n", prefixes[t], test->name, skip_reason);
                skipped++;
            } else {
                printf("pass unit/%s%s\n", prefixes[t], test->name);
                passed++;
            }
            fflush(stdout);
        }
    }
    printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
    return failed == 0 ? 0 : 1;
}
