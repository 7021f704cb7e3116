/* SPDX-License-Identifier: MIT */
/* Runs every unit test of kernel/fdt.c, kernel/uart.c and kernel/bundle.c and prints one line per
 * test ("pass unit/fdt: NAME", "FAIL unit/uart: NAME", ...), then "N passed, M failed, K skipped".
 * Exit status 1 on any failure. An argument runs only the tests whose names contain it. */
#include "fdt_tests.h"

int main(int argc, char **argv) {
    const struct test *const tables[] = {tree_tests, api_tests, malformed_tests, uart_tests,
                                         bundle_tests};
    const char *const prefixes[] = {"fdt: ", "fdt: ", "fdt: ", "uart: ", "bundle: "};
    _Static_assert(sizeof prefixes / sizeof prefixes[0] == sizeof tables / sizeof tables[0],
                   "one prefix per table");
    return check_run(tables, prefixes, sizeof tables / sizeof tables[0], argc > 1 ? argv[1] : 0);
}
