/* SPDX-License-Identifier: MIT */
/* Basin's Linux: one process, one thread, fds 0-2 only, no files, memory from memory_map.c.
 * Every pointer from the guest is checked with vm_guest_bytes before it is used: a buffer the
 * call reads must be readable, one it fills writable, else -EFAULT as on Linux. */
#include "syscall.h"

#include <string.h>

#include "decode.h"
#include "disasm.h"
#include "fmt.h"
#include "gdbstub.h"
#include "linux.h"
#include "memory_map.h"
#include "process.h"
#include "signals.h"
#include "vm_assert.h"
#include "vm_internal.h"

typedef int64_t (*syscall_handler)(struct vm *vm, const struct vm_host *host, const uint64_t *arg);

struct syscall_entry {
    uint16_t number;
    const char *name;
    syscall_handler handler;
};

static bool is_std_fd(uint64_t fd) { return fd <= 2; }

static void put_u64(uint8_t *at, uint64_t value) { memcpy(at, &value, 8); }

/* A NUL-terminated guest string of at most `limit` bytes, or NULL. */
static const char *guest_string(struct vm *vm, uint64_t addr, size_t limit) {
    for (size_t i = 0; i < limit; i++) {
        const uint8_t *byte = vm_guest_bytes(vm, addr + i, 1, VM_PROT_READ);
        if (byte == 0) return 0;
        if (*byte == 0) return (const char *)vm_guest_bytes(vm, addr, i + 1, VM_PROT_READ);
    }
    return 0;
}

static int64_t sys_read(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    if (!is_std_fd(arg[0])) return -LINUX_EBADF;
    if (arg[0] != 0) return -LINUX_EBADF; /* stdout and stderr are write-only here */
    if (arg[2] == 0) return 0;
    uint8_t *bytes = vm_guest_bytes(vm, arg[1], arg[2], VM_PROT_WRITE);
    if (bytes == 0) return -LINUX_EFAULT;
    if (host->read == 0) return 0;
    int64_t count = host->read(host->context, bytes, (size_t)arg[2]);
    VM_ASSERT(count <= (int64_t)arg[2]);
    return count;
}

/* How many of `length` output bytes the guest may still write. As with RLIMIT_FSIZE on Linux,
 * a write that crosses the limit is cut short and later ones get -EFBIG; one log line says so. */
static uint64_t output_allowance(struct vm *vm, const struct vm_host *host, uint64_t length) {
    struct vm_process *process = &vm->process;
    VM_ASSERT(process->output_written <= process->output_limit);
    uint64_t left = process->output_limit - process->output_written;
    if (length <= left) return length;
    if (!process->output_limit_logged) {
        process->output_limit_logged = true;
        char line[112];
        struct fmt f;
        fmt_init(&f, line, sizeof line);
        fmt_str(&f, "syscall: output limit of ");
        fmt_u64(&f, process->output_limit);
        fmt_str(&f, " bytes reached at pc=");
        fmt_hex(&f, vm->pc - 4);
        fmt_str(&f, "; later writes return -EFBIG");
        host->log(host->context, line);
    }
    return left;
}

static void output(struct vm *vm, const struct vm_host *host, uint64_t fd, const uint8_t *bytes,
                   uint64_t length) {
    VM_ASSERT(length <= vm->process.output_limit - vm->process.output_written);
    vm->process.output_written += length;
    if (length != 0) host->write(host->context, (int)fd, bytes, (size_t)length);
}

/* write(fd, buf, count): the whole buffer must be readable guest memory, else -EFAULT. */
static int64_t sys_write(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    if (arg[0] != 1 && arg[0] != 2) return -LINUX_EBADF;
    if (arg[2] == 0) return 0;
    const uint8_t *bytes = vm_guest_bytes(vm, arg[1], arg[2], VM_PROT_READ);
    if (bytes == 0) return -LINUX_EFAULT;
    uint64_t allowed = output_allowance(vm, host, arg[2]);
    if (allowed == 0) return -LINUX_EFBIG;
    output(vm, host, arg[0], bytes, allowed);
    return (int64_t)allowed;
}

/* writev: every iovec and every buffer is checked before anything is written. */
static int64_t sys_writev(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    if (arg[0] != 1 && arg[0] != 2) return -LINUX_EBADF;
    if (arg[2] > LINUX_IOV_MAX) return -LINUX_EINVAL;
    const uint8_t *iov = vm_guest_bytes(vm, arg[1], arg[2] * 16, VM_PROT_READ);
    if (iov == 0 && arg[2] != 0) return -LINUX_EFAULT;
    uint64_t total = 0;
    vm_add_work(vm, arg[2]); /* one unit per iovec, even an empty one */
    for (uint64_t i = 0; i < arg[2]; i++) {
        uint64_t base, length;
        memcpy(&base, iov + 16 * i, 8);
        memcpy(&length, iov + 16 * i + 8, 8);
        if (length != 0 && vm_guest_bytes(vm, base, length, VM_PROT_READ) == 0) return -LINUX_EFAULT;
        total += length; /* each length <= 4 MiB, at most 1024 of them: no overflow */
    }
    /* Like Linux, one call transfers at most MAX_RW_COUNT bytes; then the output limit. */
    if (total == 0) return 0;
    uint64_t allowed = output_allowance(vm, host, total < LINUX_MAX_RW_COUNT ? total : LINUX_MAX_RW_COUNT);
    if (allowed == 0) return -LINUX_EFBIG;
    uint64_t left = allowed;
    for (uint64_t i = 0; i < arg[2] && left > 0; i++) {
        uint64_t base, length;
        memcpy(&base, iov + 16 * i, 8);
        memcpy(&length, iov + 16 * i + 8, 8);
        if (length > left) length = left;
        output(vm, host, arg[0], vm_guest_bytes(vm, base, length, VM_PROT_READ), length);
        left -= length;
    }
    return (int64_t)allowed;
}

static int64_t sys_exit(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    vm_halt(vm, arg[0]);
    return 0;
}

static int64_t sys_close(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)vm, (void)host;
    return is_std_fd(arg[0]) ? 0 : -LINUX_EBADF;
}

/* ksys_lseek: the fd, then whence (an unsigned int), then the console cannot seek. */
static int64_t sys_lseek(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)vm, (void)host;
    if (!is_std_fd(arg[0])) return -LINUX_EBADF;
    return (uint32_t)arg[2] > LINUX_SEEK_MAX ? -LINUX_EINVAL : -LINUX_ESPIPE;
}

/* The console is not a terminal as far as programs can tell: TCGETS and friends say -ENOTTY. */
static int64_t sys_ioctl(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)vm, (void)host;
    return is_std_fd(arg[0]) ? -LINUX_ENOTTY : -LINUX_EBADF;
}

/* fds 0-2 are character devices; the same answer on every host. */
static int64_t fill_stat(struct vm *vm, uint64_t addr) {
    uint8_t *stat = vm_guest_bytes(vm, addr, STAT_SIZE, VM_PROT_WRITE);
    if (stat == 0) return -LINUX_EFAULT;
    memset(stat, 0, STAT_SIZE);
    uint32_t mode = LINUX_S_IFCHR | 0620, nlink = 1, blksize = 1024;
    memcpy(stat + STAT_MODE, &mode, 4);
    memcpy(stat + STAT_NLINK, &nlink, 4);
    put_u64(stat + STAT_RDEV, (136u << 8) | 0); /* a pseudo-terminal, like a serial console */
    memcpy(stat + STAT_BLKSIZE, &blksize, 4);
    return 0;
}

static int64_t sys_fstat(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    return is_std_fd(arg[0]) ? fill_stat(vm, arg[1]) : -LINUX_EBADF;
}

/* newfstatat(dirfd, path, buf, flags): only fstat through AT_EMPTY_PATH; there are no files.
 * Unknown flags (an int) are -EINVAL before the path is read, as vfs_statx checks them. */
static int64_t sys_newfstatat(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    if (((uint32_t)arg[3] & ~(uint32_t)LINUX_AT_STAT_FLAGS) != 0) return -LINUX_EINVAL;
    const char *path = guest_string(vm, arg[1], 4096);
    if (path == 0) return -LINUX_EFAULT;
    if (path[0] != '\0') return -LINUX_ENOENT;
    if ((arg[3] & LINUX_AT_EMPTY_PATH) == 0) return -LINUX_ENOENT;
    return is_std_fd(arg[0]) ? fill_stat(vm, arg[2]) : -LINUX_EBADF;
}

/* openat: the flags first, as build_open_flags checks them (openat keeps the valid ones, and
 * with O_PATH only O_PATH's companions; O_TMPFILE needs O_DIRECTORY, no O_CREAT, and write
 * access), then the path; there are no files. */
static int64_t sys_openat(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    uint32_t flags = (uint32_t)arg[2] & LINUX_O_VALID;
    if ((flags & LINUX_O_PATH) != 0) flags &= LINUX_O_PATH_FLAGS;
    if ((flags & LINUX_O_TMPFILE_BIT) != 0) {
        uint32_t kind = flags & (LINUX_O_TMPFILE_BIT | LINUX_O_DIRECTORY | LINUX_O_CREAT);
        if (kind != (LINUX_O_TMPFILE_BIT | LINUX_O_DIRECTORY)) return -LINUX_EINVAL;
        if ((flags & LINUX_O_ACCMODE) == 0) return -LINUX_EINVAL; /* O_RDONLY: no write */
    }
    return guest_string(vm, arg[1], 4096) == 0 ? -LINUX_EFAULT : -LINUX_ENOENT;
}

/* readlinkat: a size (an int) of 0 or less is -EINVAL first; the buffer is only written when a
 * link is found, and there are none, so it is never checked. */
static int64_t sys_readlinkat(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    if ((int32_t)arg[3] <= 0) return -LINUX_EINVAL;
    return guest_string(vm, arg[1], 4096) == 0 ? -LINUX_EFAULT : -LINUX_ENOENT;
}

static int64_t sys_uname(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    static const char *const fields[UTSNAME_FIELDS] = {"Linux", "basin", "6.1.0-basin",
                                                       "#1 Basin 0.1", "riscv64", "(none)"};
    uint8_t *uts = vm_guest_bytes(vm, arg[0], UTSNAME_FIELD * UTSNAME_FIELDS, VM_PROT_WRITE);
    if (uts == 0) return -LINUX_EFAULT;
    memset(uts, 0, UTSNAME_FIELD * UTSNAME_FIELDS);
    for (unsigned i = 0; i < UTSNAME_FIELDS; i++)
        memcpy(uts + i * UTSNAME_FIELD, fields[i], strlen(fields[i]));
    return 0;
}

/* Nanoseconds on the host's clock, or the deterministic one: 1 ns per retired instruction. */
static uint64_t now_ns(const struct vm *vm, const struct vm_host *host, bool monotonic) {
    if (host->clock_ns == 0 || vm->process.deterministic_clock) return vm->instret;
    return host->clock_ns(host->context, monotonic);
}

static int64_t sys_clock_gettime(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    /* Clock ids 0-11 but 10 (the removed CLOCK_SGI_CYCLE); REALTIME, its COARSE and ALARM
     * variants and TAI read the wall clock, the others the monotonic one. */
    if (arg[0] > 11 || arg[0] == 10) return -LINUX_EINVAL;
    uint8_t *ts = vm_guest_bytes(vm, arg[1], 16, VM_PROT_WRITE);
    if (ts == 0) return -LINUX_EFAULT;
    bool wall = arg[0] == 0 || arg[0] == 5 || arg[0] == 8 || arg[0] == 11;
    uint64_t ns = now_ns(vm, host, !wall);
    put_u64(ts, ns / 1000000000u);
    put_u64(ts + 8, ns % 1000000000u);
    return 0;
}

static int64_t sys_gettimeofday(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    uint8_t *tv = arg[0] != 0 ? vm_guest_bytes(vm, arg[0], 16, VM_PROT_WRITE) : 0;
    uint8_t *tz = arg[1] != 0 ? vm_guest_bytes(vm, arg[1], 8, VM_PROT_WRITE) : 0;
    if ((arg[0] != 0 && tv == 0) || (arg[1] != 0 && tz == 0)) return -LINUX_EFAULT;
    uint64_t ns = now_ns(vm, host, false);
    if (tv != 0) {
        put_u64(tv, ns / 1000000000u);
        put_u64(tv + 8, ns % 1000000000u / 1000u);
    }
    if (tz != 0) memset(tz, 0, 8);
    return 0;
}

/* getrandom: flags are an unsigned int; GRND_INSECURE and GRND_RANDOM exclude each other. */
static int64_t sys_getrandom(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    uint32_t flags = (uint32_t)arg[2];
    if ((flags & ~(uint32_t)LINUX_GRND_ALL) != 0) return -LINUX_EINVAL;
    if ((flags & LINUX_GRND_INSECURE) != 0 && (flags & LINUX_GRND_RANDOM) != 0) return -LINUX_EINVAL;
    if (arg[1] == 0) return 0;
    uint8_t *bytes = vm_guest_bytes(vm, arg[0], arg[1], VM_PROT_WRITE);
    if (bytes == 0) return -LINUX_EFAULT;
    vm_add_byte_work(vm, arg[1], VM_WORK_RANDOM_BYTES);
    vm_random_fill(vm, bytes, (size_t)arg[1]);
    return (int64_t)arg[1];
}

/* One process with one thread: pid = tid = 1. */
static int64_t sys_one(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)vm, (void)host, (void)arg;
    return 1;
}

static int64_t sys_zero(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)vm, (void)host, (void)arg;
    return 0;
}

static int64_t sys_enosys(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)vm, (void)host, (void)arg;
    return -LINUX_ENOSYS;
}

/* A futex WAIT's timeout: readable, and a valid timespec (seconds >= 0, nanoseconds < 1e9). */
static int64_t futex_timeout(struct vm *vm, uint64_t addr) {
    const uint8_t *timeout = vm_guest_bytes(vm, addr, 16, VM_PROT_READ);
    if (timeout == 0) return -LINUX_EFAULT;
    int64_t seconds;
    uint64_t nanoseconds;
    memcpy(&seconds, timeout, 8);
    memcpy(&nanoseconds, timeout + 8, 8);
    return seconds < 0 || nanoseconds >= 1000000000u ? -LINUX_EINVAL : 0;
}

/* Single-threaded futex: nobody else can change the word or wake us, so a wait whose value
 * matches returns at once as a spurious wake-up would, and a wake wakes nobody. In Linux's order:
 * the command (op, an int, without FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME; only WAIT and
 * WAKE are served), a WAIT's timeout, FUTEX_CLOCK_REALTIME (which neither takes), the word's
 * alignment and range; then WAIT reads the word, and a shared WAKE needs it mapped (a private one
 * never touches it). */
static int64_t sys_futex(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    uint32_t op = (uint32_t)arg[1];
    uint32_t command = op & ~(uint32_t)(LINUX_FUTEX_PRIVATE_FLAG | LINUX_FUTEX_CLOCK_REALTIME);
    if (command != LINUX_FUTEX_WAIT && command != LINUX_FUTEX_WAKE) return -LINUX_ENOSYS;
    if (command == LINUX_FUTEX_WAIT && arg[3] != 0) {
        int64_t timeout = futex_timeout(vm, arg[3]);
        if (timeout != 0) return timeout;
    }
    if ((op & LINUX_FUTEX_CLOCK_REALTIME) != 0) return -LINUX_ENOSYS;
    if ((arg[0] & 3) != 0) return -LINUX_EINVAL;
    if (arg[0] > VM_MEMORY_SIZE - 4) return -LINUX_EFAULT; /* access_ok: past the address space */
    if (command == LINUX_FUTEX_WAKE && (op & LINUX_FUTEX_PRIVATE_FLAG) != 0) return 0;
    const uint8_t *word = vm_guest_bytes(vm, arg[0], 4, VM_PROT_READ);
    if (word == 0) return -LINUX_EFAULT;
    if (command == LINUX_FUTEX_WAKE) return 0;
    uint32_t value;
    memcpy(&value, word, 4);
    return value != (uint32_t)arg[2] ? -LINUX_EAGAIN : -LINUX_ETIMEDOUT;
}

/* set_robust_list(head, len): only the length is checked (the list is never walked: one thread). */
static int64_t sys_set_robust_list(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)vm, (void)host;
    return arg[1] == LINUX_ROBUST_LIST_HEAD_SIZE ? 0 : -LINUX_EINVAL;
}

/* prlimit64(pid, resource, new, old): limits read as the stack size and unlimited otherwise;
 * setting them is accepted and changes nothing. Linux's order: the new limit is read, then the
 * pid (an int) and the resource (an unsigned int) are checked, then the new limit, then the old
 * one is written. */
static int64_t sys_prlimit64(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    const uint8_t *new_limit = arg[2] != 0 ? vm_guest_bytes(vm, arg[2], 16, VM_PROT_READ) : 0;
    if (arg[2] != 0 && new_limit == 0) return -LINUX_EFAULT;
    int32_t pid = (int32_t)arg[0];
    if (pid != 0 && pid != 1) return -LINUX_ESRCH; /* the only process is 1 */
    uint32_t resource = (uint32_t)arg[1];
    if (resource >= LINUX_RLIMIT_NLIMITS) return -LINUX_EINVAL;
    if (new_limit != 0) {
        uint64_t soft, hard;
        memcpy(&soft, new_limit, 8);
        memcpy(&hard, new_limit + 8, 8);
        if (soft > hard) return -LINUX_EINVAL;
        if (resource == LINUX_RLIMIT_NOFILE && hard > LINUX_NR_OPEN) return -LINUX_EPERM;
    }
    uint8_t *old = arg[3] != 0 ? vm_guest_bytes(vm, arg[3], 16, VM_PROT_WRITE) : 0;
    if (arg[3] != 0 && old == 0) return -LINUX_EFAULT;
    uint64_t limit = resource == LINUX_RLIMIT_STACK ? VM_STACK_SIZE : ~0ull;
    if (old != 0) {
        put_u64(old, limit);
        put_u64(old + 8, limit);
    }
    return 0;
}

static int64_t sys_brk(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    return (int64_t)vm_map_brk(vm, arg[0]);
}

/* mmap's checks, in Linux's order (riscv sys_mmap, ksys_mmap_pgoff, do_mmap,
 * get_unmapped_area), with guest memory as the whole address space (Linux's TASK_SIZE): 0, or
 * the negative errno. MAP_HUGETLB is ignored (normal pages). */
static int64_t mmap_refusal(const uint64_t *arg) {
    uint64_t addr = arg[0], length = arg[1], flags = arg[3], offset = arg[5];
    if ((offset % VM_PAGE_SIZE) != 0) return -LINUX_EINVAL;
    bool anonymous = (flags & LINUX_MAP_ANONYMOUS) != 0;
    if (!anonymous && !is_std_fd((uint32_t)arg[4])) return -LINUX_EBADF; /* no files */
    if (length == 0) return -LINUX_EINVAL;
    if (length > UINT64_MAX - (VM_PAGE_SIZE - 1)) return -LINUX_ENOMEM; /* rounds up to 0 */
    uint64_t pages = (length + VM_PAGE_SIZE - 1) / VM_PAGE_SIZE;
    if (pages > VM_PAGES) return -LINUX_ENOMEM;
    if ((flags & (LINUX_MAP_FIXED | LINUX_MAP_FIXED_NOREPLACE)) != 0) {
        if (addr > VM_MEMORY_SIZE - pages * VM_PAGE_SIZE) return -LINUX_ENOMEM;
        if ((addr % VM_PAGE_SIZE) != 0) return -LINUX_EINVAL;
    }
    uint64_t type = flags & LINUX_MAP_TYPE;
    if (!anonymous) /* the console: no mmap (MAP_SHARED_VALIDATE, 3, is a shared type too) */
        return type >= LINUX_MAP_SHARED && type <= 3 ? -LINUX_ENODEV : -LINUX_EINVAL;
    if (type == LINUX_MAP_SHARED && (flags & LINUX_MAP_GROWSDOWN) != 0) return -LINUX_EINVAL;
    return type == LINUX_MAP_SHARED || type == LINUX_MAP_PRIVATE ? 0 : -LINUX_EINVAL;
}

/* mmap(addr, length, prot, flags, fd, offset): anonymous memory only. */
static int64_t sys_mmap(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    int64_t refusal = mmap_refusal(arg);
    if (refusal != 0) return refusal;
    bool fixed = (arg[3] & (LINUX_MAP_FIXED | LINUX_MAP_FIXED_NOREPLACE)) != 0;
    if ((arg[3] & LINUX_MAP_FIXED_NOREPLACE) != 0) { /* nothing may be there yet */
        uint64_t first = arg[0] / VM_PAGE_SIZE, end = (arg[0] + arg[1] + VM_PAGE_SIZE - 1) / VM_PAGE_SIZE;
        vm_add_work(vm, end - first);
        for (uint64_t page = first; page < end; page++)
            if (vm->map.page_use[page] != VM_PAGE_FREE) return -LINUX_EEXIST;
    }
    return vm_map_mmap(vm, arg[0], arg[1], arg[2], fixed);
}

/* mremap(old, old_length, new_length, flags): MREMAP_MAYMOVE only (no fixed target). */
static int64_t sys_mremap(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    if ((arg[3] & ~1ull) != 0) return -LINUX_EINVAL;
    return vm_map_mremap(vm, arg[0], arg[1], arg[2], (arg[3] & 1) != 0);
}

static int64_t sys_munmap(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    return vm_map_munmap(vm, arg[0], arg[1]);
}

static int64_t sys_mprotect(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    return vm_map_mprotect(vm, arg[0], arg[1], arg[2]);
}

/* madvise(addr, length, advice): the advice values Linux 6.1 accepts (a kernel built without
 * CONFIG_MEMORY_FAILURE: no MADV_HWPOISON or MADV_SOFT_OFFLINE), others -EINVAL. MADV_DONTNEED
 * and MADV_DONTNEED_LOCKED zero the pages (vm_map_madvise); MADV_REMOVE is -EINVAL, as Linux
 * gives for private memory; the rest are hints, answered once the range is checked. */
static int64_t sys_madvise(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    uint32_t advice = (uint32_t)arg[2]; /* an int: the upper bits are ignored, as on Linux */
    bool known = advice <= LINUX_MADV_COLLAPSE && advice != 5 && advice != 6 && advice != 7;
    if (!known || advice == LINUX_MADV_REMOVE) return -LINUX_EINVAL;
    bool discard = advice == LINUX_MADV_DONTNEED || advice == LINUX_MADV_DONTNEED_LOCKED;
    return vm_map_madvise(vm, arg[0], arg[1], discard);
}

/* sysinfo: guest memory as the machine's RAM, free as the free pages; one process. */
static int64_t sys_sysinfo(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    uint8_t *info = vm_guest_bytes(vm, arg[0], SYSINFO_SIZE, VM_PROT_WRITE);
    if (info == 0) return -LINUX_EFAULT;
    memset(info, 0, SYSINFO_SIZE);
    uint64_t free_pages = 0;
    vm_add_work(vm, VM_PAGES);
    for (uint64_t page = 0; page < VM_PAGES; page++) free_pages += vm->map.page_use[page] == VM_PAGE_FREE;
    uint16_t procs = 1;
    uint32_t unit = 1;
    put_u64(info + SYSINFO_UPTIME, now_ns(vm, host, true) / 1000000000u);
    put_u64(info + SYSINFO_TOTALRAM, VM_MEMORY_SIZE);
    put_u64(info + SYSINFO_FREERAM, free_pages * VM_PAGE_SIZE);
    memcpy(info + SYSINFO_PROCS, &procs, 2);
    memcpy(info + SYSINFO_MEM_UNIT, &unit, 4);
    return 0;
}

/* Sorted by number (asm-generic/unistd.h). */
static const struct syscall_entry syscall_table[] = {
    {29, "ioctl", sys_ioctl},
    {56, "openat", sys_openat},
    {57, "close", sys_close},
    {62, "lseek", sys_lseek},
    {63, "read", sys_read},
    {64, "write", sys_write},
    {66, "writev", sys_writev},
    {78, "readlinkat", sys_readlinkat},
    {79, "newfstatat", sys_newfstatat},
    {80, "fstat", sys_fstat},
    {93, "exit", sys_exit},
    {94, "exit_group", sys_exit},
    {96, "set_tid_address", sys_one},
    {98, "futex", sys_futex},
    {99, "set_robust_list", sys_set_robust_list},
    {113, "clock_gettime", sys_clock_gettime},
    {124, "sched_yield", sys_zero},
    {129, "kill", vm_sys_kill},
    {130, "tkill", vm_sys_tkill},
    {131, "tgkill", vm_sys_tgkill},
    {132, "sigaltstack", vm_sys_sigaltstack},
    {134, "rt_sigaction", vm_sys_rt_sigaction},
    {135, "rt_sigprocmask", vm_sys_rt_sigprocmask},
    {136, "rt_sigpending", vm_sys_rt_sigpending},
    {139, "rt_sigreturn", vm_sys_rt_sigreturn},
    {160, "uname", sys_uname},
    {169, "gettimeofday", sys_gettimeofday},
    {172, "getpid", sys_one},
    {173, "getppid", sys_zero},
    {174, "getuid", sys_zero},
    {175, "geteuid", sys_zero},
    {176, "getgid", sys_zero},
    {177, "getegid", sys_zero},
    {178, "gettid", sys_one},
    {179, "sysinfo", sys_sysinfo},
    {214, "brk", sys_brk},
    {215, "munmap", sys_munmap},
    {216, "mremap", sys_mremap},
    {222, "mmap", sys_mmap},
    {226, "mprotect", sys_mprotect},
    {233, "madvise", sys_madvise},
    {261, "prlimit64", sys_prlimit64},
    {278, "getrandom", sys_getrandom},
    {293, "rseq", sys_enosys},
};

enum { SYSCALL_COUNT = sizeof syscall_table / sizeof syscall_table[0] };

/* Binary search of the sorted table: a few steps per call, since every ecall comes here. Each
 * entry it looks at must follow its neighbour in order. */
static const struct syscall_entry *find_syscall(uint64_t number) {
    unsigned low = 0, high = SYSCALL_COUNT; /* the entry, if any, is in [low, high) */
    for (unsigned step = 0; step < 16 && low < high; step++) { /* bounded: log2 of the count */
        unsigned middle = low + (high - low) / 2;
        VM_ASSERT(middle == 0 || syscall_table[middle - 1].number < syscall_table[middle].number);
        if (syscall_table[middle].number == number) return &syscall_table[middle];
        if (syscall_table[middle].number < number) low = middle + 1;
        else high = middle;
    }
    return 0;
}

const char *vm_syscall_name(uint64_t number) {
    const struct syscall_entry *entry = find_syscall(number);
    return entry != 0 ? entry->name : 0;
}

/* Logs each unknown number once (numbers from 1024 up share one line): a storm of bad calls
 * cannot flood the console. */
static void log_unknown(struct vm *vm, const struct vm_host *host, uint64_t number) {
    struct vm_process *process = &vm->process;
    if (number < 1024) {
        uint64_t bit = 1ull << (number % 64);
        if (process->unknown_logged[number / 64] & bit) return;
        process->unknown_logged[number / 64] |= bit;
    } else {
        if (process->unknown_high_logged) return;
        process->unknown_high_logged = true;
    }
    char line[112];
    struct fmt f;
    fmt_init(&f, line, sizeof line);
    fmt_str(&f, "syscall: unknown number ");
    fmt_u64(&f, number);
    fmt_str(&f, " at pc=");
    fmt_hex(&f, vm->pc - 4);
    fmt_str(&f, number < 1024 ? ", returning -ENOSYS" : ", returning -ENOSYS (later numbers >= 1024 are not logged)");
    host->log(host->context, line);
}

void vm_syscall(struct vm *vm, const struct vm_host *host) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    VM_ASSERT(host != 0 && host->write != 0 && host->log != 0);
    uint64_t number = vm->x[VM_REG_A7];
    const uint64_t *arg = &vm->x[VM_REG_A0];
    const struct syscall_entry *entry = find_syscall(number);
    const uint64_t first_argument = vm->x[VM_REG_A0];
    int64_t result;
    vm->process.syscall_work = 0;
    if (entry != 0) {
        result = entry->handler(vm, host, arg);
    } else {
        log_unknown(vm, host, number);
        result = -LINUX_ENOSYS;
    }
    if (vm->state == VM_STATE_RUNNING) vm->x[VM_REG_A0] = (uint64_t)result;
    /* A signal from outside interrupted the host's read: it is taken now, and the call restarts
     * or returns -EINTR as its delivery decides (vm_signal_deliver). */
    bool interrupted = vm->state == VM_STATE_RUNNING && result == -LINUX_ERESTARTSYS;
    if (interrupted) {
        vm->signals.interrupted = true;
        vm->signals.interrupted_a0 = first_argument;
        uint32_t outside = host->poll != 0 ? host->poll(host->context) : 0;
        if (outside != 0) vm_signal_post_outside(vm, outside);
    }
    /* Signals sent or unblocked by the call are delivered as it returns, as on Linux. */
    if (vm->state == VM_STATE_RUNNING &&
        (interrupted || (vm->signals.pending & ~vm->signals.blocked) != 0))
        vm_signal_deliver(vm);
    /* A call's host work (vm_add_work) counts against the budget on top of the ecall itself,
     * so a storm of calls that each check or zero megabytes ends as soon as one of cheap calls
     * would. */
    VM_ASSERT(vm->instret <= vm->budget);
    vm_charge_work(vm);
}

/* Reports the instruction at pc to host->trace, then executes it. */
static enum vm_exit trace_step(struct vm *vm, const struct vm_host *host) {
    char line[160];
    struct fmt f;
    fmt_init(&f, line, sizeof line);
    fmt_hex_width(&f, vm->pc, 16);
    fmt_str(&f, ": ");
    const uint8_t *code = vm_guest_bytes(vm, vm->pc, 2, VM_PROT_EXEC);
    if (code != 0) {
        uint16_t low;
        memcpy(&low, code, 2);
        const uint8_t *whole = vm_insn_length(low) == 4 ? vm_guest_bytes(vm, vm->pc, 4, VM_PROT_EXEC) : code;
        struct vm_insn insn;
        if (whole != 0 && vm_insn_length(low) == 4) {
            uint32_t encoding;
            memcpy(&encoding, whole, 4);
            vm_decode(encoding, &insn);
            fmt_hex_width(&f, encoding, 8);
        } else if (whole != 0) {
            vm_decode_compressed(low, &insn);
            fmt_hex_width(&f, low, 4);
            fmt_str(&f, "    ");
        }
        fmt_str(&f, "  ");
        if (whole != 0) vm_disassemble(&insn, vm->pc, &f);
    }
    host->trace(host->context, line);
    return vm_step(vm);
}

bool vm_poll_host(struct vm *vm, const struct vm_host *host) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING && host->poll != 0);
    uint32_t outside = host->poll(host->context);
    if (outside == 0) return false;
    /* Taking it costs a unit, delivered or not (an ignored one is dropped): a flood of signals
     * still ends with the budget, and every pass of the run loop charges something. */
    vm->process.syscall_work = 1;
    vm_signal_post_outside(vm, outside);
    vm_signal_deliver(vm);
    vm_charge_work(vm);
    return true;
}

/* vm_run, but with the budget lowered to end a slice of host->poll_interval instructions, after
 * which host->poll runs and the guest goes on: instret and the real budget are untouched, since
 * vm_run stops at a budget exactly where vm_step would and resumes from there. */
static enum vm_exit run_slice(struct vm *vm, const struct vm_host *host) {
    if (host->run != 0) return host->run(vm, host); /* another engine: it polls itself */
    if (host->poll == 0) return vm_run(vm);
    VM_ASSERT(host->poll_interval > 0);
    uint64_t budget = vm->budget;
    if (budget - vm->instret > host->poll_interval) vm->budget = vm->instret + host->poll_interval;
    enum vm_exit exit = vm_run(vm);
    bool slice_ended = exit == VM_EXIT_BUDGET && vm->instret < budget;
    vm->budget = budget;
    if (!slice_ended) return exit;
    vm->state = VM_STATE_RUNNING;
    (void)vm_poll_host(vm, host);
    return VM_EXIT_STEP;
}

/* The guest's next stretch: under the debugger, as the stub decides; traced, one instruction;
 * else vm_run, in slices when the host polls, or the host's other engine (host->run). */
static enum vm_exit next_exit(struct vm *vm, const struct vm_host *host) {
    if (host->debugger != 0) return gdb_stub_run(host->debugger, vm);
    if (host->trace == 0) return run_slice(vm, host);
    enum vm_exit exit = trace_step(vm, host);
    /* Traced, the host is asked after every instruction: a signal from outside still arrives. */
    if (exit == VM_EXIT_STEP && host->poll != 0) (void)vm_poll_host(vm, host);
    return exit;
}

/* A signal's default action ended the guest in a system call: the debugger sees it first, as
 * under ptrace, and may resume without it (the guest then runs on). */
static bool debugger_revives(struct vm *vm, const struct vm_host *host) {
    if (host->debugger == 0 || vm->state != VM_STATE_KILLED) return false;
    gdb_stub_signal_stop(host->debugger, vm);
    return vm->state == VM_STATE_RUNNING;
}

enum vm_state vm_run_guest(struct vm *vm, const struct vm_host *host) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    VM_ASSERT(host->trace == 0 || host->run == 0); /* tracing steps the interpreter */
    VM_ASSERT(host->debugger == 0 || host->run == 0); /* so does the debugger */
    /* Bounded: each pass retires at least one instruction or, delivering a fault's signal (or
     * running a faulting instruction again for the debugger), charges at least one unit of work,
     * so at most budget + 1 passes (whichever engine runs: both return only at an exit reason). */
    for (uint64_t pass = 0; pass <= vm->budget; pass++) {
        enum vm_exit exit = next_exit(vm, host);
        /* The debugger sees a fault before the guest's handler does, as under ptrace. */
        if (exit == VM_EXIT_FAULT && host->debugger != 0) exit = gdb_stub_fault(host->debugger, vm);
        if (exit == VM_EXIT_STEP && vm->state == VM_STATE_RUNNING) continue;
        if (exit == VM_EXIT_STEP) break; /* killed by a signal from outside (vm_poll_host) */
        if (exit == VM_EXIT_FAULT && vm_signal_fault(vm)) continue;
        if (exit != VM_EXIT_ECALL) break;
        vm_syscall(vm, host);
        if (vm->state != VM_STATE_RUNNING && !debugger_revives(vm, host)) break;
    }
    VM_ASSERT(vm->state != VM_STATE_RUNNING);
    return vm->state;
}
