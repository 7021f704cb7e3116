/* Runs every unit test of kernel/fdt.c and kernel/uart.c and prints one line per test
 * ("pass unit/fdt: NAME", "FAIL unit/uart: NAME", ...), then "N passed, M failed". Exit status 1 on any failure. An argument
 * runs only the tests whose names contain it. */
#include <stdio.h>
#include <string.h>

#include "fdt_tests.h"

int main(int argc, char **argv) {
    const struct test *const tables[] = {tree_tests, api_tests, malformed_tests, uart_tests};
    const char *const subjects[] = {"fdt", "fdt", "fdt", "uart"};
    const char *only = argc > 1 ? argv[1] : 0;
    int passed = 0, failed = 0;
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        for (const struct test *test = tables[t]; test->name != 0; test++) {
            if (only != 0 && strstr(test->name, only) == 0) continue;
            check_failures = 0;
            test->run();
            printf("%s unit/%s: %s\n", check_failures == 0 ? "pass" : "FAIL", subjects[t], test->name);
            fflush(stdout);
            if (check_failures == 0) passed++; else failed++;
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
