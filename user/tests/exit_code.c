/* SPDX-License-Identifier: MIT */
/* Exits with a non-zero status through main's return. */
#include "../runtime/basin.h"

int main(void) {
    print("exiting with status 42\n");
    return 42;
}
