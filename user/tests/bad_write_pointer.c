/* SPDX-License-Identifier: MIT */
/* Passes pointers and lengths outside guest memory to write: each must give -EFAULT (-14), and
 * a bad descriptor -EBADF (-9). Exits with the number of the first case that did not. */
#include "../runtime/basin.h"

struct write_case {
    int fd;
    uintptr_t buffer;
    size_t length;
    long expected;
};

static const char message[] = "valid";

int main(void) {
    const struct write_case cases[] = {
        {1, 0, 5, -14},                            /* null pointer */
        {1, 0x400000, 1, -14},                     /* first byte past guest memory */
        {1, 0x3ffff0, 32, -14},                    /* straddles the end of guest memory */
        {1, (uintptr_t)-8, 16, -14},               /* pointer + length wraps around 2^64 */
        {2, (uintptr_t)message, (size_t)1 << 63, -14}, /* absurd length */
        {1, 0xfff, 2, -14},                        /* last byte of the null page */
        {3, (uintptr_t)message, 5, -9},            /* not stdout or stderr */
    };
    unsigned count = sizeof cases / sizeof cases[0];
    for (unsigned i = 0; i < count; i++) {
        long result = sys_write(cases[i].fd, (const void *)cases[i].buffer, cases[i].length);
        print("case ");
        print_u64(i + 1);
        print(": write returned ");
        print_i64(result);
        print("\n");
        if (result != cases[i].expected) return (int)i + 1;
    }
    return 0;
}
