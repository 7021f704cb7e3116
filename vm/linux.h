/* SPDX-License-Identifier: MIT */
/* Linux riscv64 ABI facts the system-call layer needs: errno values, flags and structure layouts
 * (asm-generic headers as used by riscv64). */
#ifndef BASIN_LINUX_H
#define BASIN_LINUX_H

enum {
    LINUX_EPERM = 1, LINUX_ENOENT = 2, LINUX_ESRCH = 3, LINUX_EINTR = 4, LINUX_EBADF = 9, LINUX_EAGAIN = 11, LINUX_ENOMEM = 12,
    LINUX_EACCES = 13, LINUX_EFAULT = 14, LINUX_EEXIST = 17, LINUX_ENODEV = 19, LINUX_EINVAL = 22,
    LINUX_ENOTTY = 25, LINUX_EFBIG = 27, LINUX_ESPIPE = 29, LINUX_ENOSYS = 38, LINUX_ETIMEDOUT = 110,
    /* Inside Linux only (include/linux/errno.h), never seen by a program: a call a signal
     * interrupted, restarted after the handler when it has SA_RESTART, else -EINTR. */
    LINUX_ERESTARTSYS = 512,
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

/* Signals (asm-generic/signal.h, signal-defs.h, siginfo.h; riscv64 adds nothing of its own).
 * 64 signals; 32 and up are real-time (the kernel's SIGRTMIN is 32; glibc keeps 32 and 33). */
enum {
    LINUX_SIGHUP = 1, LINUX_SIGINT = 2, LINUX_SIGQUIT = 3, LINUX_SIGILL = 4, LINUX_SIGTRAP = 5,
    LINUX_SIGABRT = 6, LINUX_SIGBUS = 7, LINUX_SIGFPE = 8, LINUX_SIGUSR1 = 10,
    LINUX_SIGSEGV = 11, LINUX_SIGUSR2 = 12, LINUX_SIGPIPE = 13, LINUX_SIGALRM = 14,
    LINUX_SIGTERM = 15, LINUX_SIGCHLD = 17, LINUX_SIGCONT = 18, LINUX_SIGTSTP = 20,
    LINUX_SIGTTIN = 21, LINUX_SIGTTOU = 22, LINUX_SIGURG = 23, LINUX_SIGXCPU = 24,
    LINUX_SIGXFSZ = 25, LINUX_SIGWINCH = 28, LINUX_SIGSYS = 31, LINUX_SIGRTMIN = 32,
    LINUX_NSIG = 64,
    LINUX_SIG_DFL = 0, LINUX_SIG_IGN = 1,
    LINUX_SIG_BLOCK = 0, LINUX_SIG_UNBLOCK = 1, LINUX_SIG_SETMASK = 2,
    LINUX_SS_ONSTACK = 1, LINUX_SS_DISABLE = 2, LINUX_MINSIGSTKSZ = 2048,
    /* si_code values */
    LINUX_SI_USER = 0, LINUX_SI_KERNEL = 0x80, LINUX_SI_TKILL = -6, LINUX_ILL_ILLOPC = 1,
    LINUX_TRAP_BRKPT = 1, LINUX_SEGV_MAPERR = 1, LINUX_SEGV_ACCERR = 2, LINUX_BUS_ADRALN = 1,
};
/* sa_flags (above INT_MAX, so not enumerators). Linux keeps only the bits of UAPI_SA_FLAGS. */
#define LINUX_SA_SIGINFO 0x4u
#define LINUX_SA_ONSTACK 0x08000000u
#define LINUX_SA_RESTART 0x10000000u
#define LINUX_SA_NODEFER 0x40000000u
#define LINUX_SA_RESETHAND 0x80000000u
#define LINUX_UAPI_SA_FLAGS 0xd8000807u /* NOCLDSTOP NOCLDWAIT SIGINFO EXPOSE_TAGBITS ONSTACK
                                            RESTART NODEFER RESETHAND */
#define LINUX_SS_AUTODISARM 0x80000000u

/* The kernel's struct sigaction for rt_sigaction on riscv64 (no sa_restorer), 24 bytes, and
 * stack_t, 24 bytes. */
enum {
    SIGACTION_SIZE = 24, SIGACTION_HANDLER = 0, SIGACTION_FLAGS = 8, SIGACTION_MASK = 16,
    SIGSET_SIZE = 8,
    STACK_T_SIZE = 24, STACK_T_SP = 0, STACK_T_FLAGS = 8 /* int */, STACK_T_SIZE_FIELD = 16,
};

/* The signal frame a handler gets (arch/riscv/kernel/signal.c, struct rt_sigframe): siginfo,
 * then struct ucontext (asm/ucontext.h) with its struct sigcontext (asm/sigcontext.h) aligned
 * to 16. Offsets from the frame's start, checked with riscv64-linux-gnu-gcc against the uapi
 * headers and glibc's <ucontext.h>: sizeof(siginfo_t) 128; ucontext_t 960 with uc_stack at 16,
 * uc_sigmask at 40 (8 bytes, then 120 reserved) and uc_mcontext at 176; sigcontext 784:
 * sc_regs (pc, then x1-x31) and sc_fpregs at 256, a 528-byte union whose D state is f[32]
 * then fcsr at 256; its last 12 bytes (q.reserved, the extension header in 6.x kernels) must
 * be zero, as Linux's rt_sigreturn checks. The whole frame: 1088 bytes. */
enum {
    SIGINFO_SIZE = 128, SIGINFO_SIGNO = 0, SIGINFO_ERRNO = 4, SIGINFO_CODE = 8,
    SIGINFO_PID = 16, SIGINFO_UID = 20, SIGINFO_ADDR = 16,
    SIGFRAME_INFO = 0,
    SIGFRAME_UC = 128,
    SIGFRAME_UC_FLAGS = SIGFRAME_UC + 0,
    SIGFRAME_UC_LINK = SIGFRAME_UC + 8,
    SIGFRAME_UC_STACK = SIGFRAME_UC + 16,
    SIGFRAME_UC_SIGMASK = SIGFRAME_UC + 40,
    SIGFRAME_UC_MCONTEXT = SIGFRAME_UC + 176,
    SIGFRAME_REGS = SIGFRAME_UC_MCONTEXT,           /* pc at +0, x[i] at +8*i */
    SIGFRAME_FPREGS = SIGFRAME_UC_MCONTEXT + 256,   /* f[i] at +8*i */
    SIGFRAME_FCSR = SIGFRAME_FPREGS + 256,          /* 32 bits */
    SIGFRAME_FP_RESERVED = SIGFRAME_FPREGS + 516,   /* 12 bytes that must be zero */
    SIGFRAME_UC_SIZE = 960,
    SIGFRAME_SIZE = SIGFRAME_UC + SIGFRAME_UC_SIZE, /* 1088 */
};

/* The trampoline a handler returns to: li a7, 139 (rt_sigreturn); ecall. */
enum { LINUX_NR_RT_SIGRETURN = 139, SIGRETURN_LI_A7 = 0x08b00893, SIGRETURN_ECALL = 0x00000073 };

#endif
