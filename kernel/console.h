/* The kernel console: SBI putchar, which OpenSBI provides on every supported board. */
#ifndef BASIN_CONSOLE_H
#define BASIN_CONSOLE_H

#include <stddef.h>
#include <stdint.h>

void console_write(const uint8_t *bytes, size_t length); /* "\n" goes out as "\r\n" */
void console_line(const char *text);                     /* text, then a newline */

#endif
