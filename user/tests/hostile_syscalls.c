/* SPDX-License-Identifier: MIT */
/* A hostile guest: every system call Basin implements, with pointers into the kernel's own
 * memory, the null page, the edges of guest memory and wrapping values, in every argument. Each
 * call must give exactly the result Linux gives for it, from the table below: the program prints
 * a line per mismatch, then how many calls it made and how many mismatched, and exits 1 on any.
 * The kernel then proves its memory is intact ("kernel: integrity ok").
 *
 * Call n, case i passes (a, b, c, a, b, c) with a = wild[i], b = wild[i + 3], c = wild[i + 7]
 * (indices modulo 10); write and writev get fd 1 and read fd 0 instead of a, so that they reach
 * their pointer checks. close comes last, so that no call sees fd 0 closed.
 *
 * The expected results are Linux's (6.1, riscv64), for a process whose address space is Basin's:
 * guest memory, 4 MiB, is the whole of it (Linux's TASK_SIZE), holding this program from 0x10000,
 * its break, and the stack at the top; 0x3ffff8 is the stack's last 8 bytes (AT_RANDOM bytes, no
 * NUL among them). Each was checked against a Linux kernel making the same calls with such a
 * mapping in place, except brk's and munmap's, which follow from the layout. Where Basin knowingly
 * differs from Linux, the row says so:
 *  - read and write check the whole buffer before they transfer anything (-EFAULT); Linux checks
 *    only that it lies below TASK_SIZE and fails where the copy faults, so it may transfer a part,
 *    and reads nothing at all from /dev/null;
 *  - munmap never unmaps the image, the break or the stack: munmap(0, 4 MiB) succeeds and the
 *    program lives on.
 *
 * Under Linux (qemu-riscv64, which tests/run.sh also runs this on), the program makes only the
 * calls whose results do not depend on Basin's layout and that qemu-riscv64 serves as Linux does;
 * the rows mark the others (linux_skip) and say why. So qemu-riscv64 checks the same table for
 * 200 of the 280 calls. */
#include "../runtime/basin.h"

enum {
    EPERM = 1, ENOENT = 2, ESRCH = 3, EBADF = 9, ENOMEM = 12, EFAULT = 14, EINVAL = 22, ENOTTY = 25,
    ESPIPE = 29, ENOSYS = 38,
};
enum { WILD = 10, NR_GETTID = 178, NR_UNAME = 160, NR_BRK = 214 };

static const unsigned long wild[WILD] = {
    0x80200000ul,         /* the kernel's first instruction */
    0x80000000ul,         /* OpenSBI */
    0x100000ul,           /* QEMU's test finisher; in guest memory, the page above the break */
    0x10000000ul,         /* the UART */
    0,                    /* null */
    0xff8,                /* the end of the null page */
    0x3ffff8,             /* the last 8 bytes of guest memory */
    0x400000,             /* just past it */
    0xfffffffffffff000ul, /* wraps */
    0x7fffffffffffffffl,  /* absurd */
};

/* Results that are not constants: the thread id, and the break as the program started. */
#define TID 0x7fff0001l
#define BREAK 0x7fff0002l
#define ALL 0x3ff /* every case */

struct row {
    long number;
    const char *name;
    long expected[WILD];
    unsigned linux_skip; /* bit i: case i is not made under Linux */
};

static const struct row rows[] = {
    /* The fd, then the command, which no tty knows. qemu-riscv64 answers -ENOSYS for an ioctl
     * command it does not know, before it looks at the fd. */
    {29, "ioctl", {-EBADF, -EBADF, -EBADF, -EBADF, -ENOTTY, -EBADF, -EBADF, -EBADF, -EBADF, -EBADF},
     ALL},
    /* The flags before the path: case 0's are O_TMPFILE without O_DIRECTORY. qemu-riscv64 reads
     * the path first. */
    {56, "openat", {-EINVAL, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT,
     -EFAULT}, 1 << 0},
    /* The fd, then whence (case 4's is 0x80000000), then the console cannot seek. */
    {62, "lseek", {-EBADF, -EBADF, -EBADF, -EBADF, -EINVAL, -EBADF, -EBADF, -EBADF, -EBADF, -EBADF},
     0},
    /* Basin checks the whole buffer first (see above); a count of 0 reads nothing. */
    {63, "read", {-EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, 0, -EFAULT, -EFAULT},
     0},
    {64, "write", {-EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, 0, -EFAULT,
     -EFAULT}, 0},
    /* More than 1024 iovecs; or none. */
    {66, "writev", {-EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, 0, -EINVAL,
     -EINVAL}, 0},
    /* A size (an int) of 0 or less before the path. qemu-riscv64 reads the path first. */
    {78, "readlinkat", {-EINVAL, -EINVAL, -EFAULT, -EFAULT, -EINVAL, -EFAULT, -EFAULT, -EFAULT,
     -EINVAL, -EINVAL}, 1 << 0 | 1 << 1 | 1 << 4 | 1 << 8 | 1 << 9},
    /* Unknown flags before the path (only case 4's are 0). qemu-riscv64 reads the path first. */
    {79, "newfstatat", {-EINVAL, -EINVAL, -EINVAL, -EINVAL, -EFAULT, -EINVAL, -EINVAL, -EINVAL,
     -EINVAL, -EINVAL}, ALL & ~(1 << 4)},
    {80, "fstat", {-EBADF, -EBADF, -EBADF, -EBADF, -EFAULT, -EBADF, -EBADF, -EBADF, -EBADF, -EBADF},
     0},
    {96, "set_tid_address", {TID, TID, TID, TID, TID, TID, TID, TID, TID, TID}, 0},
    /* The command (op without the private and clock flags) must be one Linux knows: only case
     * 1's is, FUTEX_WAIT, whose timeout at 0x80000000 cannot be read. */
    {98, "futex", {-ENOSYS, -EFAULT, -ENOSYS, -ENOSYS, -ENOSYS, -ENOSYS, -ENOSYS, -ENOSYS, -ENOSYS,
     -ENOSYS}, 0},
    /* The length is never the list head's, 24. qemu-riscv64 does not implement the call. */
    {99, "set_robust_list", {-EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL,
     -EINVAL, -EINVAL}, ALL},
    /* No such clock, but for case 4's 0, whose timespec cannot be written. */
    {113, "clock_gettime", {-EINVAL, -EINVAL, -EINVAL, -EINVAL, -EFAULT, -EINVAL, -EINVAL, -EINVAL,
     -EINVAL, -EINVAL}, 0},
    {124, "sched_yield", {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0},
    /* The signal set's size is never 8. */
    {134, "rt_sigaction", {-EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL,
     -EINVAL, -EINVAL}, 0},
    {135, "rt_sigprocmask", {-EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL,
     -EINVAL, -EINVAL}, 0},
    {160, "uname", {-EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT,
     -EFAULT}, 0},
    {169, "gettimeofday", {-EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT,
     -EFAULT, -EFAULT}, 0},
    /* sysinfo(NULL) is -EFAULT on Linux; qemu-riscv64 returns 0 without writing. */
    {179, "sysinfo", {-EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT,
     -EFAULT}, 1 << 4},
    /* A failed brk returns the break unchanged: at first where the program starts it, then at
     * 0x100000, where case 2 moved it. Everything else lies in the stack or past the address
     * space. Layout only. */
    {214, "brk", {BREAK, BREAK, 0x100000, 0x100000, 0x100000, 0x100000, 0x100000, 0x100000, 0x100000,
     0x100000}, ALL},
    /* -EINVAL when unaligned, empty, or past the address space (the kernel's and UART's addresses,
     * from 4 MiB on). Nothing is mapped at 0x100000; munmap(0, 4 MiB) leaves the image, break
     * and stack alone (on Linux it would unmap the program). Layout only. */
    {215, "munmap", {-EINVAL, -EINVAL, 0, -EINVAL, 0, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL},
     ALL},
    /* Unknown flags; case 4 has none, and nothing is mapped at 0. qemu-riscv64 looks at the range
     * before the flags. */
    {216, "mremap", {-EINVAL, -EINVAL, -EINVAL, -EINVAL, -EFAULT, -EINVAL, -EINVAL, -EINVAL, -EINVAL,
     -EINVAL}, 1 << 1 | 1 << 7 | 1 << 8},
    /* An unaligned offset, then a file mapping's fd, then the length (0: -EINVAL; more than the
     * address space: -ENOMEM). qemu-riscv64 checks the flags before the fd, and lengths against
     * its own address space. */
    {222, "mmap", {-EBADF, -EINVAL, -EINVAL, -EBADF, -EBADF, -ENOMEM, -ENOMEM, -EBADF, -EINVAL,
     -EINVAL}, 1 << 0 | 1 << 3 | 1 << 4 | 1 << 5 | 1 << 6 | 1 << 7},
    /* Unaligned or unknown bits; case 7 has prot 0 over nothing mapped; case 8's range wraps,
     * which comes before the bits. qemu-riscv64 returns 0 for case 7 and checks case 8's bits
     * first. */
    {226, "mprotect", {-EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -ENOMEM,
     -ENOMEM, -EINVAL}, 1 << 7 | 1 << 8},
    /* No such advice (an int) but case 7's MADV_NORMAL, over a range past the address space.
     * qemu-riscv64 checks neither the advice nor whether the range is mapped. */
    {233, "madvise", {-EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -ENOMEM, -EINVAL,
     -EINVAL}, 1 << 0 | 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 7},
    /* The new limit is read first; case 7 has none, and pid 0x400000 does not exist. */
    {261, "prlimit64", {-EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -EFAULT, -ESRCH, -EFAULT,
     -EFAULT}, 0},
    /* Unknown flags (an unsigned int) first. qemu-riscv64 checks the buffer first. */
    {278, "getrandom", {-EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EFAULT,
     -EINVAL, -EINVAL}, 1 << 0 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 6 | 1 << 8 | 1 << 9},
    /* fd 0 closes (Basin's console fds stay usable); nothing else is open. */
    {57, "close", {-EBADF, -EBADF, -EBADF, -EBADF, 0, -EBADF, -EBADF, -EBADF, -EBADF, -EBADF}, 0},
};

enum { ROWS = sizeof rows / sizeof rows[0] };
_Static_assert(ROWS == 28, "every system call Basin implements but exit, exit_group and the ids");

/* Basin's uname says "basin" in its release; anything else is Linux. */
static int on_basin(void) {
    static char uts[6 * 65];
    if (sys_call6(NR_UNAME, (long)uts, 0, 0, 0, 0, 0) != 0) return 0;
    const char *release = uts + 2 * 65;
    for (unsigned i = 0; release[i] != 0 && i + 5 <= 65; i++) {
        const char *word = "basin";
        unsigned k = 0;
        while (k < 5 && release[i + k] == word[k]) k++;
        if (k == 5) return 1;
    }
    return 0;
}

static void print_mismatch(const struct row *row, unsigned i, long result, long expected) {
    print("mismatch: ");
    print(row->name);
    print(" case ");
    print_u64(i);
    print(" (");
    print_hex(wild[i]);
    print(", ");
    print_hex(wild[(i + 3) % WILD]);
    print(", ");
    print_hex(wild[(i + 7) % WILD]);
    print(") returned ");
    print_i64(result);
    print(", expected ");
    print_i64(expected);
    print("\n");
}

int main(void) {
    int basin = on_basin();
    long tid = sys_call6(NR_GETTID, 0, 0, 0, 0, 0, 0);
    long start_break = sys_call6(NR_BRK, 0, 0, 0, 0, 0, 0);
    unsigned long calls = 0, mismatches = 0;
    for (unsigned n = 0; n < ROWS; n++) {
        const struct row *row = &rows[n];
        for (unsigned i = 0; i < WILD; i++) {
            if (!basin && (row->linux_skip >> i) & 1) continue;
            unsigned long a = wild[i], b = wild[(i + 3) % WILD], c = wild[(i + 7) % WILD];
            long first = row->number == 64 || row->number == 66 ? 1 : row->number == 63 ? 0 : (long)a;
            long result = sys_call6(row->number, first, (long)b, (long)c, (long)a, (long)b, (long)c);
            long expected = row->expected[i];
            if (expected == TID) expected = tid;
            if (expected == BREAK) expected = start_break;
            calls++;
            if (result != expected) {
                mismatches++;
                print_mismatch(row, i, result, expected);
            }
        }
    }
    print("hostile system calls made: ");
    print_u64(calls);
    print(", mismatches: ");
    print_u64(mismatches);
    print("\n");
    return mismatches == 0 ? 0 : 1;
}
