/* SPDX-License-Identifier: MIT */
/* Linux riscv64 ABI facts the system-call layer needs: errno values, flags and structure layouts
 * (asm-generic headers as used by riscv64). */
#ifndef BASIN_LINUX_H
#define BASIN_LINUX_H

enum {
    LINUX_EPERM = 1, LINUX_ENOENT = 2, LINUX_ESRCH = 3, LINUX_EBADF = 9, LINUX_EAGAIN = 11, LINUX_ENOMEM = 12,
    LINUX_EFAULT = 14, LINUX_EINVAL = 22, LINUX_ENOTTY = 25, LINUX_EFBIG = 27, LINUX_ESPIPE = 29,
    LINUX_ENOSYS = 38, LINUX_ETIMEDOUT = 110,
};

enum {
    LINUX_MAP_SHARED = 0x01, LINUX_MAP_PRIVATE = 0x02, LINUX_MAP_FIXED = 0x10,
    LINUX_MAP_ANONYMOUS = 0x20,
    LINUX_AT_EMPTY_PATH = 0x1000,
    LINUX_TCGETS = 0x5401,
    LINUX_FUTEX_WAIT = 0, LINUX_FUTEX_WAKE = 1, LINUX_FUTEX_CMD_MASK = 0x7f,
    LINUX_S_IFCHR = 0020000,
    LINUX_RLIMIT_STACK = 3, LINUX_RLIMIT_NLIMITS = 16,
    LINUX_IOV_MAX = 1024,
    LINUX_MAX_RW_COUNT = 0x7ffff000, /* the most one read or write transfers */
    LINUX_SIGKILL = 9, LINUX_SIGSTOP = 19,
    LINUX_GRND_ALL = 1 | 2 | 4, /* GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE */
};

/* madvise advice values (asm-generic/mman-common.h). */
enum {
    LINUX_MADV_DONTNEED = 4, LINUX_MADV_REMOVE = 9,
    LINUX_MADV_DONTNEED_LOCKED = 24, LINUX_MADV_COLLAPSE = 25,
};

/* struct stat (asm-generic, 128 bytes): the offsets Basin fills. */
enum {
    STAT_SIZE = 128, STAT_MODE = 16, STAT_NLINK = 20, STAT_RDEV = 32, STAT_BLKSIZE = 56,
};

/* struct sysinfo (64-bit, 112 bytes). */
enum {
    SYSINFO_SIZE = 112, SYSINFO_UPTIME = 0, SYSINFO_TOTALRAM = 32, SYSINFO_FREERAM = 40,
    SYSINFO_PROCS = 80, SYSINFO_MEM_UNIT = 104,
};

/* struct utsname: six fields of 65 bytes. */
enum { UTSNAME_FIELD = 65, UTSNAME_FIELDS = 6 };

#endif
