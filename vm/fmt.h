/* SPDX-License-Identifier: MIT */
/* A bounded text builder. vm/ is freestanding, so these few appenders stand in for snprintf;
 * output that does not fit is cut, and the text stays NUL-terminated. */
#ifndef BASIN_FMT_H
#define BASIN_FMT_H

#include <stddef.h>
#include <stdint.h>

struct fmt {
    char *text;
    size_t capacity; /* bytes in text, the NUL included */
    size_t length;
};

void fmt_init(struct fmt *f, char *buffer, size_t capacity);
void fmt_str(struct fmt *f, const char *s);
void fmt_u64(struct fmt *f, uint64_t value);
void fmt_i64(struct fmt *f, int64_t value);
void fmt_hex(struct fmt *f, uint64_t value);                    /* 0x1a2b */
void fmt_hex_width(struct fmt *f, uint64_t value, unsigned digits); /* 0x00001a2b */

#endif
