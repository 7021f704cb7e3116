/* Software floating point (vm/softfloat.c): filled in with the implementation. */
#include "check.h"

const struct test softfloat_tests[] = {
    {0, 0},
};
