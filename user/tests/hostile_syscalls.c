/* SPDX-License-Identifier: MIT */
/* A hostile guest: every system call Basin implements, with pointers into the kernel's own
 * memory, the null page, the edges of guest memory and wrapping values. Each must fail cleanly
 * (or be harmless); the kernel then proves its memory is intact ("kernel: integrity ok"). */
#include "../runtime/basin.h"

static const long numbers[] = {29, 56, 57, 62, 63, 64, 66, 78, 79, 80, 96, 98, 99, 113, 124,
                               134, 135, 160, 169, 179, 214, 215, 216, 222, 226, 233, 261, 278};

static const unsigned long wild[] = {
    0x80200000ul,          /* the kernel's first instruction */
    0x80000000ul,          /* OpenSBI */
    0x100000ul,            /* QEMU's test finisher */
    0x10000000ul,          /* the UART */
    0,                     /* null */
    0xff8,                 /* the end of the null page */
    0x3ffff8,              /* the last 8 bytes of guest memory */
    0x400000,              /* just past it */
    0xfffffffffffff000ul,  /* wraps */
    0x7fffffffffffffffl,   /* absurd */
};

int main(void) {
    unsigned long calls = 0, failed = 0;
    unsigned count = sizeof wild / sizeof wild[0];
    for (unsigned n = 0; n < sizeof numbers / sizeof numbers[0]; n++) {
        for (unsigned i = 0; i < count; i++) {
            unsigned long a = wild[i], b = wild[(i + 3) % count], c = wild[(i + 7) % count];
            /* fds 1 and 0 first, so writes and reads reach their pointer checks. */
            long first = (numbers[n] == 64 || numbers[n] == 66) ? 1 : (numbers[n] == 63 ? 0 : (long)a);
            long result = sys_call6(numbers[n], first, (long)b, (long)c, (long)a, (long)b, (long)c);
            calls++;
            failed += result < 0;
        }
    }
    print("hostile system calls made: ");
    print_u64(calls);
    print(", refused: ");
    print_u64(failed);
    print("\n");
    return 0;
}
