/* SPDX-License-Identifier: MIT */
#include "fmt.h"

#include "vm_assert.h"

void fmt_init(struct fmt *f, char *buffer, size_t capacity) {
    VM_ASSERT(f != 0 && buffer != 0);
    VM_ASSERT(capacity > 0);
    f->text = buffer;
    f->capacity = capacity;
    f->length = 0;
    buffer[0] = '\0';
}

static void fmt_char(struct fmt *f, char c) {
    VM_ASSERT(f->length < f->capacity);
    if (f->length + 1 >= f->capacity) return;
    f->text[f->length++] = c;
    f->text[f->length] = '\0';
}

void fmt_str(struct fmt *f, const char *s) {
    VM_ASSERT(s != 0);
    for (size_t i = 0; s[i] != '\0' && i < f->capacity; i++) fmt_char(f, s[i]);
}

/* Digits are produced least significant first into a scratch buffer, then copied in order. */
static void fmt_digits(struct fmt *f, uint64_t value, unsigned base, unsigned min_digits) {
    static const char digit[] = "0123456789abcdef";
    char scratch[64];
    unsigned count = 0;
    VM_ASSERT(base == 10 || base == 16);
    VM_ASSERT(min_digits <= sizeof scratch);
    do {
        scratch[count++] = digit[value % base];
        value /= base;
    } while (value != 0 && count < sizeof scratch);
    while (count < min_digits) scratch[count++] = '0';
    while (count > 0) fmt_char(f, scratch[--count]);
}

void fmt_u64(struct fmt *f, uint64_t value) { fmt_digits(f, value, 10, 1); }

void fmt_i64(struct fmt *f, int64_t value) {
    uint64_t magnitude = (uint64_t)value;
    if (value < 0) {
        fmt_char(f, '-');
        magnitude = 0 - magnitude;
    }
    fmt_digits(f, magnitude, 10, 1);
}

void fmt_hex(struct fmt *f, uint64_t value) { fmt_hex_width(f, value, 1); }

void fmt_hex_width(struct fmt *f, uint64_t value, unsigned digits) {
    VM_ASSERT(digits >= 1 && digits <= 16);
    fmt_str(f, "0x");
    fmt_digits(f, value, 16, digits);
}
