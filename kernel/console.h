/* SPDX-License-Identifier: MIT */
/* The kernel console: the UART the device tree's /chosen/stdout-path names, driven directly
 * (kernel/uart.c), or SBI putchar/getchar, which OpenSBI provides on every supported board. */
#ifndef BASIN_CONSOLE_H
#define BASIN_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../vm/fmt.h"

#define CONSOLE_LINE_MAX 256

/* Chooses the console from the device tree (SBI until then, and whenever the tree's console
 * cannot be used) and appends what it chose, and why, to `description`. */
void console_init(uintptr_t dtb, struct fmt *description);

void console_write(const uint8_t *bytes, size_t length); /* "\n" goes out as "\r\n" */
/* A kernel line: on a line of its own, text, then " boot=TOKEN" once the token is set. When the
 * guest's output had not ended its line, the line break added before a kernel line is followed
 * by this kernel line, so that a reader can tell the guest's own bytes exactly. */
#define CONSOLE_LINE_BREAK_ADDED \
    "kernel: the program's output had not ended its line: the line break before this line is not the program's"
void console_line(const char *text);
void console_set_token(uint64_t boot_token); /* token.h */

/* While a debugger is attached (kernel/main.c), console output goes to it instead of the
 * UART: `sink` takes what console_write and console_line would send (kernel lines whole, with
 * their token and "\n", no "\r") and returns false when it does not want it after all (the
 * bytes then go out as usual). NULL ends the redirection. */
void console_set_sink(bool (*sink)(const uint8_t *bytes, size_t length));
/* Bytes to the console as they are (no "\r" added, no sink): the debugger's own packets. */
void console_put_raw(const uint8_t *bytes, size_t length);

/* Typed input: console_poll moves what the UART (or SBI) holds into a ring buffer that keeps it
 * until read; console_getc takes the next byte, or -1 when none has been typed; bytes that found
 * the ring full are counted. */
void console_poll(void);
int console_getc(void);
uint64_t console_input_dropped(void);

/* Ctrl-C while a program reads the console (kernel/main.c turns it on for its run): not a byte
 * of input but an interrupt, as a Linux terminal's ISIG makes it, and what was typed before it
 * and not yet read goes with it (Linux flushes the input queue). While one waits to be taken,
 * console_getc returns CONSOLE_INTERRUPTED; console_take_interrupt takes it. Turning it on makes
 * a Ctrl-C already waiting (typed while the kernel booted) an interrupt too. */
enum { CONSOLE_INTERRUPTED = -2 };
void console_set_interrupt(bool on);
bool console_take_interrupt(void);

/* A line built piece by piece: console_begin, then fmt_*(&line.fmt, ...), then console_end. */
struct console_builder {
    char text[CONSOLE_LINE_MAX];
    struct fmt fmt;
};
void console_begin(struct console_builder *line, const char *first);
void console_end(struct console_builder *line);

#endif
