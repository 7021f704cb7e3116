/* The checks of check.h, shared by the unit tests of vm/ and of kernel/fdt.c. */
#include "check.h"

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
