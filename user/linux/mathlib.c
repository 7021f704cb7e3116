/* SPDX-License-Identifier: MIT */
/* The math library: elementary functions at many points, printed exactly. */
#include <math.h>
#include <stdio.h>

int main(void) {
    double sum = 0;
    for (int i = 1; i <= 200; i++) {
        double x = i * 0.0731 - 5.0;
        double values[] = {sin(x), cos(x), tan(x / 3), exp(x / 2), log(fabs(x) + 1e-3),
                           pow(fabs(x), 1.5), sqrt(fabs(x)), atan2(x, 1.7), cbrt(x),
                           hypot(x, 2.5), fmod(x * 7, 3.1), floor(x), ceil(x), round(x)};
        for (unsigned j = 0; j < sizeof values / sizeof values[0]; j++) sum += values[j];
        if (i % 40 == 0)
            printf("x=%.4f sin=%.17g exp=%.17g log=%.17g pow=%.17g atan2=%.17g\n", x, values[0],
                   values[3], values[4], values[5], values[7]);
    }
    printf("sum %.17g\n", sum);
    printf("specials: %g %g %g %d %d\n", sqrt(-1.0), log(0.0), exp(1000.0), isnan(sqrt(-1.0)),
           isinf(-log(0.0)));
    float f = sinf(0.5f) + expf(1.25f) + logf(3.0f);
    printf("float %.9g\n", (double)f);
    return 0;
}
