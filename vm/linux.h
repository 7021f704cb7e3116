/* SPDX-License-Identifier: MIT */
/* Linux riscv64 ABI facts the system-call layer needs: errno values, flags and structure layouts
 * (asm-generic headers as used by riscv64). */
#ifndef BASIN_LINUX_H
#define BASIN_LINUX_H

enum {
    LINUX_EPERM = 1, LINUX_ENOENT = 2, LINUX_ESRCH = 3, LINUX_EBADF = 9, LINUX_EAGAIN = 11, LINUX_ENOMEM = 12,
    LINUX_EFAULT = 14, LINUX_EEXIST = 17, LINUX_ENODEV = 19, LINUX_EINVAL = 22, LINUX_ENOTTY = 25, LINUX_EFBIG = 27,
    LINUX_ESPIPE = 29, LINUX_ENOSYS = 38, LINUX_ETIMEDOUT = 110,
};

enum {
    LINUX_MAP_SHARED = 0x01, LINUX_MAP_PRIVATE = 0x02, LINUX_MAP_TYPE = 0x0f, LINUX_MAP_FIXED = 0x10,
    LINUX_MAP_ANONYMOUS = 0x20, LINUX_MAP_GROWSDOWN = 0x100, LINUX_MAP_FIXED_NOREPLACE = 0x100000,
    LINUX_PROT_SEM = 0x8, LINUX_PROT_GROWSDOWN = 0x01000000, LINUX_PROT_GROWSUP = 0x02000000,
    LINUX_AT_EMPTY_PATH = 0x1000,
    /* What newfstatat accepts: AT_SYMLINK_NOFOLLOW, AT_NO_AUTOMOUNT, AT_EMPTY_PATH and the
     * AT_STATX_SYNC_TYPE bits. */
    LINUX_AT_STAT_FLAGS = 0x100 | 0x800 | 0x1000 | 0x6000,
    LINUX_SEEK_MAX = 4, /* SEEK_HOLE */
    LINUX_TCGETS = 0x5401,
    LINUX_FUTEX_WAIT = 0, LINUX_FUTEX_WAKE = 1, LINUX_FUTEX_PRIVATE_FLAG = 128,
    LINUX_FUTEX_CLOCK_REALTIME = 256,
    LINUX_ROBUST_LIST_HEAD_SIZE = 24,
    LINUX_S_IFCHR = 0020000,
    LINUX_RLIMIT_STACK = 3, LINUX_RLIMIT_NOFILE = 7, LINUX_RLIMIT_NLIMITS = 16,
    LINUX_NR_OPEN = 1048576, /* sysctl fs.nr_open's default: the highest RLIMIT_NOFILE */
    LINUX_IOV_MAX = 1024,
    LINUX_MAX_RW_COUNT = 0x7ffff000, /* the most one read or write transfers */
    LINUX_SIGKILL = 9, LINUX_SIGSTOP = 19,
    LINUX_GRND_ALL = 1 | 2 | 4, /* GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE */
    LINUX_GRND_RANDOM = 2, LINUX_GRND_INSECURE = 4,
};

/* open flags (asm-generic/fcntl.h): what openat keeps of its flags, and the combinations
 * build_open_flags refuses. */
enum {
    LINUX_O_ACCMODE = 3, LINUX_O_CREAT = 0100, LINUX_O_DIRECTORY = 0200000,
    LINUX_O_NOFOLLOW = 0400000, LINUX_O_CLOEXEC = 02000000, LINUX_O_PATH = 010000000,
    LINUX_O_TMPFILE_BIT = 020000000, /* __O_TMPFILE */
    LINUX_O_VALID = 037777703,       /* every flag but the unused bits 2-5 */
    LINUX_O_PATH_FLAGS = LINUX_O_DIRECTORY | LINUX_O_NOFOLLOW | LINUX_O_PATH | LINUX_O_CLOEXEC,
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
