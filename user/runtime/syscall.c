/* SPDX-License-Identifier: MIT */
/* System calls through ecall: a7 = number, a0..a5 = arguments, a0 = result or -errno. */
#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "basin.h"

long sys_call6(long number, long a0, long a1, long a2, long a3, long a4, long a5) {
    register long r_a0 __asm__("a0") = a0;
    register long r_a1 __asm__("a1") = a1;
    register long r_a2 __asm__("a2") = a2;
    register long r_a3 __asm__("a3") = a3;
    register long r_a4 __asm__("a4") = a4;
    register long r_a5 __asm__("a5") = a5;
    register long r_a7 __asm__("a7") = number;
    __asm__ volatile("ecall"
                     : "+r"(r_a0)
                     : "r"(r_a1), "r"(r_a2), "r"(r_a3), "r"(r_a4), "r"(r_a5), "r"(r_a7)
                     : "memory");
    return r_a0;
}

long sys_write(int fd, const void *buffer, size_t length) {
    return sys_call6(64, fd, (long)buffer, (long)length, 0, 0, 0);
}

long sys_read(int fd, void *buffer, size_t length) {
    return sys_call6(63, fd, (long)buffer, (long)length, 0, 0, 0);
}

/* picolibc's malloc grows its heap through sbrk; Basin's (and Linux's) program break is brk. */
void *sbrk(long increment);
void *sbrk(long increment) {
    static long current;
    if (current == 0) current = sys_call6(214, 0, 0, 0, 0, 0, 0);
    long wanted = current + increment;
    if (sys_call6(214, wanted, 0, 0, 0, 0, 0) != wanted) return (void *)-1;
    long old = current;
    current = wanted;
    return (void *)old;
}

_Noreturn void sys_exit(int status) {
    sys_call6(94, status, 0, 0, 0, 0, 0); /* exit_group */
    for (;;) {
    }
}

/* picolibc's exit() runs atexit handlers and destructors, then ends here. */
void _exit(int status) { sys_exit(status); }

/* The POSIX calls programs use directly: the result, or -1 with errno set. */
static long posix_result(long result) {
    if (result >= 0) return result;
    errno = (int)-result;
    return -1;
}

ssize_t read(int fd, void *buffer, size_t length) { return posix_result(sys_read(fd, buffer, length)); }

ssize_t write(int fd, const void *buffer, size_t length) {
    return posix_result(sys_write(fd, buffer, length));
}

/* picolibc's raise() sends a signal that has no handler installed through signal() with
 * kill(getpid(), sig), so abort() and a failed assert() end the process with SIGABRT. */
pid_t getpid(void) { return (pid_t)sys_call6(172, 0, 0, 0, 0, 0, 0); }

int kill(pid_t pid, int sig) { return (int)posix_result(sys_call6(129, pid, sig, 0, 0, 0, 0)); }
