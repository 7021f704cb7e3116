/* SPDX-License-Identifier: MIT */
/* Native host build of the runtime: the same programs compiled for the host give the reference
 * output the tests compare the guest's against. */
#include <unistd.h>

#include "basin.h"

long sys_write(int fd, const void *buffer, size_t length) { return write(fd, buffer, length); }

long sys_read(int fd, void *buffer, size_t length) { return read(fd, buffer, length); }

_Noreturn void sys_exit(int status) { _exit(status); }

long sys_call6(long number, long a0, long a1, long a2, long a3, long a4, long a5) {
    (void)number, (void)a0, (void)a1, (void)a2, (void)a3, (void)a4, (void)a5;
    return -38; /* the host reference knows no Basin-specific calls */
}
