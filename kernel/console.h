/* SPDX-License-Identifier: MIT */
/* The kernel console: the UART the device tree's /chosen/stdout-path names, driven directly
 * (kernel/uart.c), or SBI putchar/getchar, which OpenSBI provides on every supported board. */
#ifndef BASIN_CONSOLE_H
#define BASIN_CONSOLE_H

#include <stddef.h>
#include <stdint.h>

#include "../vm/fmt.h"

#define CONSOLE_LINE_MAX 256

/* Chooses the console from the device tree (SBI until then, and whenever the tree's console
 * cannot be used) and appends what it chose, and why, to `description`. */
void console_init(uintptr_t dtb, struct fmt *description);

void console_write(const uint8_t *bytes, size_t length); /* "\n" goes out as "\r\n" */
void console_line(const char *text);                     /* text, then a newline */

/* Reads typed bytes like a terminal line: waits for the first, stops after a newline or at
 * `length`. Enter (CR) reads as "\n"; Ctrl-D ends the input (this read returns what came
 * before it, the next one 0). */
size_t console_read(uint8_t *bytes, size_t length);

/* A line built piece by piece: console_begin, then fmt_*(&line.fmt, ...), then console_end. */
struct console_builder {
    char text[CONSOLE_LINE_MAX];
    struct fmt fmt;
};
void console_begin(struct console_builder *line, const char *first);
void console_end(struct console_builder *line);

#endif
