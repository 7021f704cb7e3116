/* SPDX-License-Identifier: MIT */
/* The guest's fd 0, as the program's bundle chooses (kernel/bundle.h): empty (end of file at
 * once), embedded bytes (read like a file), or the console (a line at a time, as a terminal
 * gives it, with an idle limit so that a wait cannot outlast the user's patience unbounded). */
#ifndef BASIN_INPUT_H
#define BASIN_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bundle.h"

void input_init(enum bundle_stdin kind, const uint8_t *bytes, size_t size, uint32_t idle_seconds);

/* A read of fd 0: at most `length` bytes (at least 1 asked for); 0 at the end of input;
 * -LINUX_ERESTARTSYS when Ctrl-C interrupted a wait for the console. */
int64_t input_read(uint8_t *bytes, size_t length);

bool input_is_console(void);
/* Ctrl-C was taken as SIGINT (kernel/console.h): the line being typed, and what was typed and
 * not yet read, are discarded, and "^C" echoed, as a Linux terminal does. */
void input_interrupted(void);

#endif
