/* SPDX-License-Identifier: MIT */
/* The harnesses' own invariant checks: a failed one is a finding, reported with the line that
 * failed; abort makes libFuzzer save the input. Shared by every harness, fuzz_fdt.c included
 * (which has no VM, so it does not use fuzz_common.h). */
#ifndef BASIN_FUZZ_CHECK_H
#define BASIN_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(condition)                                                              \
    do {                                                                                   \
        if (!(condition)) {                                                                \
            fprintf(stderr, "fuzz invariant failed: %s at %s:%d\n", #condition, __FILE__, \
                    __LINE__);                                                             \
            abort();                                                                       \
        }                                                                                  \
    } while (0)

#endif
