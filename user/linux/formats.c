/* SPDX-License-Identifier: MIT */
/* Formatted output of integers and floating point, as printf implementations are tested. */
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>

int main(void) {
    const long long integers[] = {0, 1, -1, 42, -42, INT_MAX, INT_MIN, LLONG_MAX, LLONG_MIN,
                                  1234567890123LL};
    for (unsigned i = 0; i < sizeof integers / sizeof integers[0]; i++) {
        long long v = integers[i];
        printf("[%lld] [%+lld] [%20lld] [%-20lld] [%020lld] [%llx] [%llo] [%#llX]\n", v, v, v, v,
               v, (unsigned long long)v, (unsigned long long)v, (unsigned long long)v);
    }
    printf("[%hhd] [%hd] [%" PRIu64 "] [%zu] [%c] [%5s] [%.2s] [%%]\n", (signed char)300,
           (short)70000, UINT64_MAX, sizeof(long double), 'B', "ab", "xyz");
    const double reals[] = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-310, 2.2250738585072014e-308,
                            1.7976931348623157e308, 123456789.125, 0.1, 1.0 / 3.0, 6.02214076e23};
    for (unsigned i = 0; i < sizeof reals / sizeof reals[0]; i++) {
        double v = reals[i];
        printf("[%f] [%.3f] [%e] [%.10e] [%g] [%.17g] [%a] [%12.4f] [%-12.2e]\n", v, v, v, v, v,
               v, v, v, v);
    }
    float f = 16777217.0f;
    long double ld = 1.0L / 3.0L;
    printf("[%f] [%.20Lf] [%Lg] [%La]\n", (double)f, ld, ld, ld);
    char buffer[64];
    int n = snprintf(buffer, sizeof buffer, "%08.3f|%x|%s", 2.5, 255u, "end");
    printf("snprintf wrote %d: %s\n", n, buffer);
    return 0;
}
