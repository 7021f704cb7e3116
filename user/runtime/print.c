/* SPDX-License-Identifier: MIT */
/* Output helpers shared by the guest build and the native host build of user programs. */
#include "basin.h"

size_t str_length(const char *s) {
    size_t n = 0;
    while (s[n] != '\0') n++;
    return n;
}

void print(const char *s) { sys_write(1, s, str_length(s)); }

static void print_digits(uint64_t value, unsigned base) {
    char digits[24];
    unsigned n = 0;
    do {
        digits[sizeof digits - 1 - n++] = "0123456789abcdef"[value % base];
        value /= base;
    } while (value != 0);
    sys_write(1, digits + sizeof digits - n, n);
}

void print_u64(uint64_t value) { print_digits(value, 10); }

void print_i64(int64_t value) {
    if (value < 0) {
        print("-");
        print_u64(0 - (uint64_t)value);
        return;
    }
    print_u64((uint64_t)value);
}

void print_hex(uint64_t value) {
    print("0x");
    print_digits(value, 16);
}
