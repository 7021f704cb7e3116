/* SPDX-License-Identifier: MIT */
/* The Basin user runtime: Linux riscv64 system calls and a few output helpers, enough for the
 * built-in programs. Anything bigger links a C library instead. */
#ifndef BASIN_USER_H
#define BASIN_USER_H

#include <stddef.h>
#include <stdint.h>

long sys_write(int fd, const void *buffer, size_t length);
long sys_read(int fd, void *buffer, size_t length);
_Noreturn void sys_exit(int status);
long sys_call6(long number, long a0, long a1, long a2, long a3, long a4, long a5);

size_t str_length(const char *s);
void print(const char *s);              /* to stdout */
void print_u64(uint64_t value);         /* decimal */
void print_i64(int64_t value);
void print_hex(uint64_t value);         /* 0x-prefixed */

#endif
