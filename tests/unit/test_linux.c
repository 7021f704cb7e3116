/* SPDX-License-Identifier: MIT */
/* The Linux system-call layer (vm/syscall.c) and the process memory map (vm/memory_map.c),
 * driven the way a guest drives them: registers set, one `ecall` retired by vm_run, then
 * vm_syscall. Expected values are Linux's (asm-generic riscv64 numbers, errno values and
 * structure layouts are written out here rather than taken from vm/linux.h, so a wrong constant
 * there is caught too), narrowed where vm/ documents a simpler behaviour. */
#include <stdbool.h>
#include <string.h>

#include "check.h"
#include "harness.h"
#include "memory_map.h"
#include "process.h"

/* asm-generic/unistd.h, as riscv64 uses it. */
enum {
    NR_IOCTL = 29, NR_OPENAT = 56, NR_CLOSE = 57, NR_LSEEK = 62, NR_READ = 63, NR_WRITE = 64,
    NR_WRITEV = 66, NR_READLINKAT = 78, NR_NEWFSTATAT = 79, NR_FSTAT = 80,
    NR_SET_TID_ADDRESS = 96, NR_FUTEX = 98, NR_SET_ROBUST_LIST = 99, NR_CLOCK_GETTIME = 113,
    NR_SCHED_YIELD = 124, NR_RT_SIGACTION = 134, NR_RT_SIGPROCMASK = 135, NR_UNAME = 160,
    NR_GETTIMEOFDAY = 169, NR_GETPID = 172, NR_GETPPID = 173, NR_GETUID = 174, NR_GETEUID = 175,
    NR_GETGID = 176, NR_GETEGID = 177, NR_GETTID = 178, NR_SYSINFO = 179, NR_BRK = 214,
    NR_MUNMAP = 215, NR_MREMAP = 216, NR_MMAP = 222, NR_MPROTECT = 226, NR_MADVISE = 233,
    NR_PRLIMIT64 = 261, NR_GETRANDOM = 278, NR_RSEQ = 293,
};

/* asm-generic/errno-base.h and errno.h; calls return the negated value. */
enum {
    L_EPERM = 1, L_ENOENT = 2, L_ESRCH = 3, L_EBADF = 9, L_EAGAIN = 11, L_ENOMEM = 12,
    L_EFAULT = 14, L_EEXIST = 17, L_ENODEV = 19, L_EINVAL = 22, L_ENOTTY = 25, L_ESPIPE = 29,
    L_ENOSYS = 38, L_ETIMEDOUT = 110,
};

/* Flags and structure facts from the uapi headers. */
enum {
    PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4, PROT_RW = 3, PROT_RX = 5, MAP_SHARED = 0x01, MAP_PRIVATE = 0x02, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20,
    MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2,
    MADV_NORMAL = 0, MADV_WILLNEED = 3, MADV_DONTNEED = 4, MADV_FREE = 8, MADV_REMOVE = 9,
    MADV_DONTNEED_LOCKED = 24, MADV_COLLAPSE = 25, MADV_HWPOISON = 100,
    AT_FDCWD = -100, AT_EMPTY_PATH = 0x1000, TCGETS = 0x5401, L_SEEK_SET = 0, /* SEEK_SET itself is a stdio.h macro */
    FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_PRIVATE_FLAG = 128,
    RLIMIT_STACK = 3, RLIM_NLIMITS = 16,
    SIG_BLOCK = 0, SIG_SETMASK = 2, SIGINT = 2, SIGKILL = 9, SIGSTOP = 19,
    STAT_SIZE = 128, STAT_MODE = 16, STAT_SIZE_FIELD = 48, STAT_BLKSIZE = 56, S_IFMT = 0170000, S_IFCHR = 0020000,
    SYSINFO_SIZE = 112, SYSINFO_UPTIME = 0, SYSINFO_TOTALRAM = 32, SYSINFO_FREERAM = 40,
    SYSINFO_PROCS = 80, SYSINFO_MEM_UNIT = 104,
    UTS_FIELD = 65, UTS_SIZE = 6 * 65, SIGACTION_SIZE = 24, SIGSET_SIZE = 8,
};

enum { A0 = 10, A1 = 11, A2 = 12, A3 = 13, A4 = 14, A5 = 15, A7 = 17 };

/* The guest layout these tests set up: the image from the first page to an unaligned end, so the
 * break starts at the next page; the stack is the top 256 KiB. */
#define PAGE 0x1000u
#define IMAGE_START 0x1000u
#define IMAGE_END 0x12345u
#define BREAK_START 0x13000u
#define STACK_BOTTOM 0x3c0000u
#define MEM_END 0x400000u
/* Below the stack, a 64 KiB gap that is never mapped; below that, the signal-return
 * trampoline page. mmap takes pages top-down from there. */
#define GUARD_BOTTOM 0x3b0000u
#define MAP_TOP 0x3af000u /* the trampoline page */
#define FREE_PAGES ((MAP_TOP - BREAK_START) / PAGE) /* 924 pages between break and trampoline */

/* Scratch addresses inside the image (the program's data, as far as the calls can tell). */
#define EMPTY_PATH 0x4000u /* "" */
#define FILE_PATH 0x4100u  /* "/proc/self/exe" */
#define BUF 0x5000u
#define BUF2 0x5800u
#define IOV 0x6000u
#define TEXT 0x7000u

#define WRAPPING 0xfffffffffffffff0ull

static struct capture capture;
static struct vm_host host;

/* fd 0's input, served by input_read when a test installs it. */
static struct {
    const char *data;
    size_t length, position, last_request;
    int calls;
    int64_t error; /* non-zero: returned instead of data */
} input;

static int64_t input_read(void *context, uint8_t *bytes, size_t length) {
    (void)context;
    input.calls++;
    input.last_request = length;
    if (input.error != 0) return input.error;
    size_t left = input.length - input.position, n = length < left ? length : left;
    memcpy(bytes, input.data + input.position, n);
    input.position += n;
    return (int64_t)n;
}

static void set_input(const char *data) {
    memset(&input, 0, sizeof input);
    input.data = data;
    input.length = strlen(data);
    host.read = input_read;
}

/* A host clock with distinct realtime and monotonic readings, so a test sees which was asked. */
#define REALTIME_NS 1700000000123456789ull
#define MONOTONIC_NS 98765432101ull
static int clock_calls;
static bool clock_last_monotonic;

static uint64_t test_clock(void *context, bool monotonic) {
    (void)context;
    clock_calls++;
    clock_last_monotonic = monotonic;
    return monotonic ? MONOTONIC_NS : REALTIME_NS;
}

/* A fresh VM with the image marked RWX and the rest of memory as a process has it (free pages
 * inaccessible), `ecall` at CODE_BASE, a host without input or clock. */
static void fresh(void) {
    static const uint32_t code[1] = {insn_ecall()};
    harness_start(code, 1, ~0ull);
    vm_map_init(&test_vm);
    CHECK(vm_map_set_image(&test_vm, IMAGE_START, IMAGE_END));
    vm_map_grant(&test_vm, IMAGE_START, IMAGE_END, VM_PROT_RWX);
    capture_host(&capture, &host);
    host.read = 0;
    host.clock_ns = 0;
    clock_calls = 0;
    memset(&input, 0, sizeof input);
    memcpy(test_memory + FILE_PATH, "/proc/self/exe", 15);
}

/* One system call through the guest: the ecall retires in vm_run, then vm_syscall serves it. */
static int64_t sys6(uint64_t number, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3,
                    uint64_t a4, uint64_t a5) {
    const uint64_t args[6] = {a0, a1, a2, a3, a4, a5};
    static const unsigned regs[6] = {A0, A1, A2, A3, A4, A5};
    test_vm.pc = CODE_BASE;
    test_vm.x[A7] = number;
    for (unsigned i = 0; i < 6; i++) test_vm.x[regs[i]] = args[i];
    if (!CHECK(vm_run(&test_vm) == VM_EXIT_ECALL)) return INT64_MIN;
    vm_syscall(&test_vm, &host);
    CHECK(test_vm.state == VM_STATE_RUNNING);
    CHECK_EQ(test_vm.pc, CODE_BASE + 4);
    return (int64_t)test_vm.x[A0];
}

/* SYS(number, args...): missing arguments are zero. */
#define SYS(...) SYS_(__VA_ARGS__, 0, 0, 0, 0, 0, 0, 0)
#define SYS_(n, a, b, c, d, e, f, ...) sys6((uint64_t)(n), (uint64_t)(a), (uint64_t)(b), \
                                            (uint64_t)(c), (uint64_t)(d), (uint64_t)(e), (uint64_t)(f))

static int64_t map_anon(uint64_t length) {
    return SYS(NR_MMAP, 0, length, PROT_RW, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

static int64_t map_fixed(uint64_t addr, uint64_t length) {
    return SYS(NR_MMAP, addr, length, PROT_RW, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
}

static uint64_t brk(uint64_t requested) { return (uint64_t)SYS(NR_BRK, requested); }

static uint64_t peek64(uint64_t addr) {
    uint64_t value;
    memcpy(&value, test_memory + addr, 8);
    return value;
}

static uint32_t peek32(uint64_t addr) {
    uint32_t value;
    memcpy(&value, test_memory + addr, 4);
    return value;
}

static void poke64(uint64_t addr, uint64_t value) { memcpy(test_memory + addr, &value, 8); }

static void fill(uint64_t addr, uint64_t length, uint8_t byte) {
    memset(test_memory + addr, byte, length);
}

/* True when every byte of [addr, addr + length) is `byte`. */
static bool all(uint64_t addr, uint64_t length, uint8_t byte) {
    for (uint64_t i = 0; i < length; i++)
        if (test_memory[addr + i] != byte) return false;
    return true;
}

/* Free memory as sysinfo reports it, in pages. */
static uint64_t free_pages(void) {
    CHECK_EQ(SYS(NR_SYSINFO, BUF2), 0);
    return peek64(BUF2 + SYSINFO_FREERAM) / PAGE;
}

/* Maps single pages until mmap says -ENOMEM, checking each comes next from the top down; the
 * count. Bounded by the number of pages in guest memory. */
static uint64_t map_until_full(void) {
    uint64_t count = 0;
    for (; count <= MEM_END / PAGE; count++) {
        int64_t addr = map_anon(PAGE);
        if (addr < 0) {
            CHECK_EQ(addr, -L_ENOMEM);
            break;
        }
        if (!CHECK_EQ(addr, MAP_TOP - (count + 1) * PAGE)) break;
    }
    return count;
}

/* Marks the image, the break and the stack with distinct bytes so a test can prove that no call
 * touched them (mmap zero-fills whatever it hands out). The code page is left alone. */
static void paint_reserved(uint64_t break_end) {
    fill(0x8000, IMAGE_END - 0x8000, 0x11);
    fill(BREAK_START, break_end - BREAK_START, 0x22);
    fill(STACK_BOTTOM, MEM_END - STACK_BOTTOM, 0x33);
}

/* The trampoline: li a7, 139; ecall, then zeroes, read and execute only; the gap inaccessible. */
static bool trampoline_intact(void) {
    static const uint8_t code[8] = {0x93, 0x08, 0xb0, 0x08, 0x73, 0, 0, 0};
    return memcmp(test_memory + MAP_TOP, code, 8) == 0 && all(MAP_TOP + 8, PAGE - 8, 0) &&
           test_vm.map.page_prot[MAP_TOP / PAGE] == (VM_PROT_READ | VM_PROT_EXEC) &&
           test_vm.map.page_use[MAP_TOP / PAGE] == VM_PAGE_SIGRETURN &&
           test_vm.map.page_prot[GUARD_BOTTOM / PAGE] == 0 && test_vm.map.page_prot[STACK_BOTTOM / PAGE - 1] == 0;
}

static bool reserved_intact(uint64_t break_end) {
    return all(0x8000, IMAGE_END - 0x8000, 0x11) && all(BREAK_START, break_end - BREAK_START, 0x22) &&
           all(STACK_BOTTOM, MEM_END - STACK_BOTTOM, 0x33) && trampoline_intact();
}

/* ---- brk ---- */

static void test_brk_start(void) {
    fresh();
    CHECK_EQ(brk(0), BREAK_START);
    CHECK_EQ(brk(1), BREAK_START);
    CHECK_EQ(brk(IMAGE_END), BREAK_START); /* inside the image: below the start */
    /* An image ending on a page boundary puts the break exactly there. */
    fresh();
    CHECK(vm_map_set_image(&test_vm, 0x10000, 0x20000));
    CHECK_EQ(brk(0), 0x20000);
    /* An image reaching into the trampoline page, the gap or the stack, or starting in the
     * null page, is refused. */
    fresh();
    CHECK(!vm_map_set_image(&test_vm, 0x10000, MAP_TOP + 1));
    CHECK(!vm_map_set_image(&test_vm, 0x10000, GUARD_BOTTOM + 1));
    CHECK(!vm_map_set_image(&test_vm, 0x10000, STACK_BOTTOM + 1));
    CHECK(!vm_map_set_image(&test_vm, 0x800, 0x2000));
    CHECK(vm_map_set_image(&test_vm, 0x10000, MAP_TOP));
    CHECK_EQ(brk(0), MAP_TOP);
}

static void test_brk_grow_shrink(void) {
    fresh();
    fill(BREAK_START, 0x10000, 0xaa);
    CHECK_EQ(brk(0x15800), 0x15800);
    CHECK_EQ(brk(0), 0x15800);
    CHECK(all(BREAK_START, 0x15800 - BREAK_START, 0)); /* gained memory reads as zero */
    CHECK_EQ(free_pages(), FREE_PAGES - 3);             /* pages 0x13, 0x14, 0x15 */
    CHECK_EQ(brk(0x14000), 0x14000);                    /* shrink */
    CHECK_EQ(brk(0), 0x14000);
    CHECK_EQ(free_pages(), FREE_PAGES - 1);
    fill(0x14000, 0x4000, 0xbb); /* what a shrink gave back is dirty again... */
    CHECK_EQ(brk(0x16000), 0x16000);
    CHECK(all(0x14000, 0x2000, 0)); /* ...and zero once the break regains it */
    CHECK_EQ(brk(BREAK_START), BREAK_START);              /* all the way back down */
    CHECK_EQ(free_pages(), FREE_PAGES);
    /* Growing within one page, byte by byte, zeroes exactly what it gains. */
    fill(BREAK_START, PAGE, 0xcc);
    CHECK_EQ(brk(BREAK_START + 10), BREAK_START + 10);
    CHECK(all(BREAK_START, 10, 0));
    CHECK_EQ(test_memory[BREAK_START + 10], 0xcc);
}

static void test_brk_refusals(void) {
    fresh();
    paint_reserved(BREAK_START);
    CHECK_EQ(brk(BREAK_START - 1), BREAK_START);
    CHECK_EQ(brk(MAP_TOP + 1), BREAK_START); /* into the trampoline page */
    CHECK_EQ(brk(GUARD_BOTTOM + PAGE), BREAK_START); /* into the gap */
    CHECK_EQ(brk(STACK_BOTTOM + 1), BREAK_START); /* into the stack */
    CHECK_EQ(brk(MEM_END), BREAK_START);
    CHECK_EQ(brk(MEM_END + PAGE), BREAK_START);
    CHECK_EQ(brk(~0ull), BREAK_START);
    CHECK_EQ(brk(WRAPPING), BREAK_START);
    CHECK_EQ(free_pages(), FREE_PAGES);
    CHECK(reserved_intact(BREAK_START));
    /* Up to the trampoline page is allowed; then mmap has nothing left. */
    CHECK_EQ(brk(MAP_TOP), MAP_TOP);
    CHECK_EQ(map_anon(PAGE), -L_ENOMEM);
    CHECK(all(STACK_BOTTOM, MEM_END - STACK_BOTTOM, 0x33));
    CHECK(trampoline_intact());
}

/* The break never grows over a mapping, and mmap never hands out pages below the break. */
static void test_brk_mmap_never_overlap(void) {
    fresh();
    CHECK_EQ(map_fixed(0x20000, PAGE), 0x20000);
    fill(0x20000, PAGE, 0x5a);
    CHECK_EQ(brk(0x21000), BREAK_START);
    CHECK_EQ(brk(0x20001), BREAK_START);
    CHECK_EQ(brk(0x20000), 0x20000); /* right up to it is fine */
    CHECK_EQ(brk(0x20001), 0x20000);
    CHECK(all(0x20000, PAGE, 0x5a)); /* the failed attempts did not zero the mapping */

    /* One mmap taking every page from the trampoline down to the break: the break is stuck. */
    fresh();
    CHECK_EQ(map_anon(MAP_TOP - BREAK_START), BREAK_START);
    CHECK_EQ(brk(BREAK_START + 1), BREAK_START);
    CHECK_EQ(brk(BREAK_START + PAGE), BREAK_START);

    /* A shrunk break's pages go to mmap once memory is short; the break cannot take them back. */
    fresh();
    CHECK_EQ(brk(0x20000), 0x20000);
    CHECK_EQ(brk(BREAK_START), BREAK_START);
    CHECK_EQ(map_until_full(), FREE_PAGES);
    CHECK_EQ(brk(BREAK_START + PAGE), BREAK_START);

    /* After the break grows, mmap stays above it. */
    fresh();
    CHECK_EQ(brk(0x100000), 0x100000);
    CHECK_EQ(map_until_full(), (MAP_TOP - 0x100000) / PAGE);
}

/* ---- mmap ---- */

static void test_mmap_top_down_zeroed(void) {
    fresh();
    fill(0x300000, MAP_TOP - 0x300000, 0xcc);
    paint_reserved(BREAK_START);
    CHECK_EQ(map_anon(PAGE), MAP_TOP - PAGE);
    CHECK_EQ(map_anon(0x1800), MAP_TOP - 3 * PAGE); /* rounded up to two pages */
    CHECK_EQ(map_anon(1), MAP_TOP - 4 * PAGE);
    CHECK(all(MAP_TOP - 4 * PAGE, 4 * PAGE, 0));
    CHECK_EQ(test_memory[MAP_TOP - 4 * PAGE - 1], 0xcc); /* nothing below was touched */
    CHECK(reserved_intact(BREAK_START));
    CHECK_EQ(free_pages(), FREE_PAGES - 4);
    /* The address hint is only a hint; MAP_SHARED anonymous memory works the same way. */
    CHECK_EQ(SYS(NR_MMAP, 0x200000, PAGE, PROT_RW, MAP_SHARED | MAP_ANONYMOUS, -1, 0),
             MAP_TOP - 5 * PAGE);
    /* For anonymous memory a page-aligned offset is ignored. */
    CHECK_EQ(SYS(NR_MMAP, 0, PAGE, PROT_RW, MAP_PRIVATE | MAP_ANONYMOUS, -1, PAGE),
             MAP_TOP - 6 * PAGE);
}

static void test_mmap_refusals(void) {
    static const struct {
        uint64_t length, flags, fd, offset;
        int64_t result;
    } cases[] = {
        {0, MAP_PRIVATE | MAP_ANONYMOUS, -1ull, 0, -L_EINVAL},
        {PAGE, MAP_ANONYMOUS, -1ull, 0, -L_EINVAL}, /* neither shared nor private */
        {PAGE, MAP_PRIVATE, 3, 0, -L_EBADF},        /* files: there are none */
        {PAGE, MAP_PRIVATE, -1ull, 0, -L_EBADF},
        {PAGE, MAP_PRIVATE, 0, 0, -L_ENODEV}, /* fds 0-2: the console has no mmap */
        {PAGE, MAP_PRIVATE, 2, 0, -L_ENODEV},
        {PAGE, MAP_PRIVATE | MAP_ANONYMOUS, -1ull, 0x800, -L_EINVAL},
        {PAGE, MAP_PRIVATE | MAP_ANONYMOUS, -1ull, 1, -L_EINVAL},
        {MEM_END + 1, MAP_PRIVATE | MAP_ANONYMOUS, -1ull, 0, -L_ENOMEM},
        {~0ull, MAP_PRIVATE | MAP_ANONYMOUS, -1ull, 0, -L_ENOMEM},
        {0x8000000000000000ull, MAP_PRIVATE | MAP_ANONYMOUS, -1ull, 0, -L_ENOMEM},
        {FREE_PAGES * PAGE + 1, MAP_PRIVATE | MAP_ANONYMOUS, -1ull, 0, -L_ENOMEM},
    };
    fresh();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CHECK_EQ(SYS(NR_MMAP, 0, cases[i].length, PROT_RW, cases[i].flags, cases[i].fd,
                      cases[i].offset),
                 cases[i].result);
    CHECK_EQ(free_pages(), FREE_PAGES); /* no failure took a page */
    CHECK_EQ(map_anon(FREE_PAGES * PAGE), BREAK_START); /* exactly everything fits */
}

static void test_mmap_exhaustion(void) {
    fresh();
    CHECK_EQ(brk(0x20000), 0x20000);
    paint_reserved(0x20000);
    CHECK_EQ(map_until_full(), (MAP_TOP - 0x20000) / PAGE);
    CHECK_EQ(map_anon(PAGE), -L_ENOMEM);
    CHECK_EQ(map_anon(0x10000), -L_ENOMEM);
    CHECK(reserved_intact(0x20000));
    CHECK_EQ(brk(0), 0x20000);
    CHECK_EQ(free_pages(), 0);
    /* Giving one page back makes exactly that page available again. */
    CHECK_EQ(SYS(NR_MUNMAP, 0x200000, PAGE), 0);
    CHECK_EQ(map_anon(PAGE), 0x200000);
    CHECK_EQ(map_anon(PAGE), -L_ENOMEM);
}

static void test_mmap_fixed(void) {
    fresh();
    CHECK_EQ(brk(0x15000), 0x15000);
    paint_reserved(0x15000);
    CHECK_EQ(map_anon(2 * PAGE), MAP_TOP - 2 * PAGE);
    fill(MAP_TOP - 2 * PAGE, 2 * PAGE, 0x77);
    /* Over part of a mapping: that part is replaced by zeroes, the rest keeps its bytes. */
    CHECK_EQ(map_fixed(MAP_TOP - 2 * PAGE, PAGE), MAP_TOP - 2 * PAGE);
    CHECK(all(MAP_TOP - 2 * PAGE, PAGE, 0));
    CHECK(all(MAP_TOP - PAGE, PAGE, 0x77));
    CHECK_EQ(map_fixed(0x200000, 0x1800), 0x200000);
    CHECK_EQ(free_pages(), FREE_PAGES - 2 - 2 - 2);
    static const struct {
        uint64_t addr, length;
        int64_t result;
    } refused[] = {
        {0x200800, PAGE, -L_EINVAL},                 /* unaligned */
        {0, PAGE, -L_ENOMEM},                        /* the null page */
        {0x2000, PAGE, -L_ENOMEM},                   /* the image */
        {0x12000, 2 * PAGE, -L_ENOMEM},              /* the image's last page and the break */
        {0x14000, PAGE, -L_ENOMEM},                  /* the break */
        {0x15000 - PAGE, 3 * PAGE, -L_ENOMEM},       /* from the break into free pages */
        {MAP_TOP - PAGE, 2 * PAGE, -L_ENOMEM},       /* from a mapping into the trampoline */
        {MAP_TOP, PAGE, -L_ENOMEM},                  /* the trampoline page */
        {GUARD_BOTTOM, PAGE, -L_ENOMEM},             /* the gap below the stack */
        {STACK_BOTTOM - PAGE, 2 * PAGE, -L_ENOMEM},  /* from the gap into the stack */
        {STACK_BOTTOM, PAGE, -L_ENOMEM},             /* the stack */
        {MEM_END - PAGE, 2 * PAGE, -L_ENOMEM},       /* past the end */
        {MEM_END, PAGE, -L_ENOMEM},
        {0xfffffffffffff000ull, PAGE, -L_ENOMEM},    /* wrapping */
        {0x100000, ~0ull, -L_ENOMEM},
        {0x100000, 0, -L_EINVAL},
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        CHECK_EQ(map_fixed(refused[i].addr, refused[i].length), refused[i].result);
    CHECK(reserved_intact(0x15000));
    CHECK(all(MAP_TOP - PAGE, PAGE, 0x77));
    CHECK_EQ(free_pages(), FREE_PAGES - 6); /* no refusal took a page */
    CHECK_EQ(brk(0x16000), 0x16000);        /* the page above the break is still free */
}

/* ---- munmap, mprotect ---- */

static void test_munmap_reuse(void) {
    fresh();
    CHECK_EQ(map_anon(PAGE), MAP_TOP - PAGE);
    CHECK_EQ(map_anon(PAGE), MAP_TOP - 2 * PAGE);
    fill(MAP_TOP - 2 * PAGE, 2 * PAGE, 0x99);
    CHECK_EQ(SYS(NR_MUNMAP, MAP_TOP - PAGE, PAGE), 0);
    CHECK_EQ(free_pages(), FREE_PAGES - 1);
    CHECK_EQ(map_anon(PAGE), MAP_TOP - PAGE); /* the same page, zeroed */
    CHECK(all(MAP_TOP - PAGE, PAGE, 0));
    CHECK(all(MAP_TOP - 2 * PAGE, PAGE, 0x99));
    /* A length that is not a page multiple covers the whole last page, as on Linux. */
    CHECK_EQ(SYS(NR_MUNMAP, MAP_TOP - 2 * PAGE, 1), 0);
    CHECK_EQ(map_anon(PAGE), MAP_TOP - 2 * PAGE);
    /* Unmapping what is not mapped, or twice, is not an error. */
    CHECK_EQ(SYS(NR_MUNMAP, 0x200000, 0x10000), 0);
    CHECK_EQ(SYS(NR_MUNMAP, MAP_TOP - PAGE, PAGE), 0);
    CHECK_EQ(SYS(NR_MUNMAP, MAP_TOP - PAGE, PAGE), 0);
    CHECK_EQ(free_pages(), FREE_PAGES - 1);
}

static void test_munmap_refusals(void) {
    static const uint64_t refused[][2] = {
        {MAP_TOP - PAGE + 1, PAGE}, /* unaligned */
        {MAP_TOP - PAGE, 0},        /* zero length */
        {MEM_END, PAGE},                 /* past the end */
        {MEM_END - PAGE, 2 * PAGE},
        {0x2000, ~0ull},
        {0xfffffffffffff000ull, PAGE}, /* wrapping */
        {WRAPPING, 0x20},
    };
    fresh();
    CHECK_EQ(map_anon(PAGE), MAP_TOP - PAGE);
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        CHECK_EQ(SYS(NR_MUNMAP, refused[i][0], refused[i][1]), -L_EINVAL);
    CHECK_EQ(free_pages(), FREE_PAGES - 1); /* the mapping is still there */
    CHECK_EQ(map_anon(PAGE), MAP_TOP - 2 * PAGE);
}

static void test_munmap_spares_image_break_stack(void) {
    fresh();
    CHECK_EQ(brk(0x20000), 0x20000);
    paint_reserved(0x20000);
    CHECK_EQ(SYS(NR_MUNMAP, 0, MEM_END), 0);
    CHECK_EQ(SYS(NR_MUNMAP, IMAGE_START, 0x20000 - IMAGE_START), 0);
    CHECK_EQ(SYS(NR_MUNMAP, MAP_TOP, MEM_END - MAP_TOP), 0); /* trampoline, gap, stack */
    CHECK_EQ(brk(0), 0x20000);
    CHECK_EQ(map_until_full(), (MAP_TOP - 0x20000) / PAGE);
    CHECK(reserved_intact(0x20000));
    CHECK_EQ(map_fixed(0x2000, PAGE), -L_ENOMEM);
    CHECK_EQ(map_fixed(MAP_TOP, PAGE), -L_ENOMEM);
    CHECK_EQ(map_fixed(STACK_BOTTOM, PAGE), -L_ENOMEM);
}

static void test_mprotect(void) {
    static const struct {
        uint64_t addr, length;
        int64_t result;
    } cases[] = {
        {MAP_TOP - PAGE, PAGE, 0},
        {MAP_TOP - PAGE, 1, 0},
        {IMAGE_START, IMAGE_END - IMAGE_START, 0}, /* read and execute: the ecall still runs */
        {MAP_TOP - PAGE + 1, PAGE, -L_EINVAL},
        {0x2800, 0, -L_EINVAL}, /* alignment is checked before the length */
        {0x2000, 0, 0},
        {MEM_END - PAGE, 2 * PAGE, -L_ENOMEM},
        {MEM_END, PAGE, -L_ENOMEM},
        {0x2000, ~0ull, -L_ENOMEM},
        {0xfffffffffffff000ull, PAGE, -L_ENOMEM},
    };
    fresh();
    CHECK_EQ(map_anon(PAGE), MAP_TOP - PAGE);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CHECK_EQ(SYS(NR_MPROTECT, cases[i].addr, cases[i].length, PROT_RX), cases[i].result);
    CHECK_EQ(SYS(NR_MPROTECT, IMAGE_START, IMAGE_END - IMAGE_START, PROT_RW | PROT_EXEC), 0);
    CHECK_EQ(free_pages(), FREE_PAGES - 1);
}

/* ---- madvise ---- */

static int64_t madvise(uint64_t addr, uint64_t length, uint64_t advice) {
    return SYS(NR_MADVISE, addr, length, advice);
}

/* MADV_DONTNEED: private anonymous memory (mappings, the break, the stack) reads as zero
 * afterwards, whatever its permissions; neighbours keep their bytes; no page is freed. */
static void test_madvise_dontneed(void) {
    fresh();
    CHECK_EQ(brk(0x16000), 0x16000);
    paint_reserved(0x16000);
    uint64_t a = MAP_TOP - 4 * PAGE;
    CHECK_EQ(map_anon(4 * PAGE), a);
    fill(a, 4 * PAGE, 0xa5);
    uint64_t pages = free_pages();
    CHECK_EQ(madvise(a + PAGE, 2 * PAGE, MADV_DONTNEED), 0);
    CHECK(all(a, PAGE, 0xa5));
    CHECK(all(a + PAGE, 2 * PAGE, 0));
    CHECK(all(a + 3 * PAGE, PAGE, 0xa5));
    /* A length inside a page covers the whole page, as munmap's does. */
    CHECK_EQ(madvise(a, 1, MADV_DONTNEED_LOCKED), 0);
    CHECK(all(a, PAGE, 0));
    CHECK(all(a + 3 * PAGE, PAGE, 0xa5));
    /* The advice is an int: bits above 31 are ignored. */
    fill(a, PAGE, 0xa5);
    CHECK_EQ(madvise(a, PAGE, 1ull << 32 | MADV_DONTNEED), 0);
    CHECK(all(a, PAGE, 0));
    /* A read-only page too: its memory is dropped, not written. */
    CHECK_EQ(SYS(NR_MPROTECT, a + 3 * PAGE, PAGE, PROT_READ), 0);
    CHECK_EQ(madvise(a + 3 * PAGE, PAGE, MADV_DONTNEED), 0);
    CHECK(all(a + 3 * PAGE, PAGE, 0));
    /* The break's first page and the stack's lowest page. */
    CHECK_EQ(madvise(BREAK_START, PAGE, MADV_DONTNEED), 0);
    CHECK(all(BREAK_START, PAGE, 0));
    CHECK(all(BREAK_START + PAGE, 0x16000 - BREAK_START - PAGE, 0x22));
    CHECK_EQ(madvise(STACK_BOTTOM, PAGE, MADV_DONTNEED), 0);
    CHECK(all(STACK_BOTTOM, PAGE, 0));
    CHECK(all(STACK_BOTTOM + PAGE, MEM_END - STACK_BOTTOM - PAGE, 0x33));
    /* The image keeps its bytes (Linux would read its pages from the file again). */
    CHECK_EQ(madvise(0x8000, 2 * PAGE, MADV_DONTNEED), 0);
    CHECK(all(0x8000, IMAGE_END - 0x8000, 0x11));
    CHECK_EQ(free_pages(), pages); /* nothing was freed */
    CHECK_EQ(brk(0), 0x16000);
}

/* Every other advice Linux knows is a hint: 0, and the bytes stay. */
static void test_madvise_hints(void) {
    static const uint64_t hints[] = {MADV_NORMAL, 1, 2, MADV_WILLNEED, MADV_FREE, 10, 11, 12, 13,
                                     14, 15, 16, 17, 18, 19, 20, 21, 22, 23, MADV_COLLAPSE};
    fresh();
    uint64_t a = MAP_TOP - 2 * PAGE;
    CHECK_EQ(map_anon(2 * PAGE), a);
    fill(a, 2 * PAGE, 0x5c);
    for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++)
        CHECK_EQ(madvise(a, 2 * PAGE, hints[i]), 0);
    CHECK(all(a, 2 * PAGE, 0x5c));
    /* A hint over a hole still says -ENOMEM. */
    CHECK_EQ(madvise(a - PAGE, 2 * PAGE, MADV_WILLNEED), -L_ENOMEM);
}

static void test_madvise_refusals(void) {
    static const struct {
        uint64_t addr, length, advice;
        int64_t result;
    } cases[] = {
        {MAP_TOP - PAGE + 1, PAGE, MADV_DONTNEED, -L_EINVAL}, /* unaligned */
        {MAP_TOP - PAGE, PAGE, 5, -L_EINVAL},                 /* no such advice */
        {MAP_TOP - PAGE, PAGE, 7, -L_EINVAL},
        {MAP_TOP - PAGE, PAGE, 26, -L_EINVAL},
        {MAP_TOP - PAGE, PAGE, MADV_HWPOISON, -L_EINVAL},    /* no CONFIG_MEMORY_FAILURE */
        {MAP_TOP - PAGE, PAGE, 0xffffffffull, -L_EINVAL},      /* -1 as an int */
        {MAP_TOP - PAGE, PAGE, MADV_REMOVE, -L_EINVAL},       /* private memory */
        {MAP_TOP - PAGE, ~0ull, MADV_DONTNEED, -L_EINVAL},    /* rounds up past 2^64 */
        {MAP_TOP - PAGE, ~0ull - PAGE + 2, MADV_DONTNEED, -L_EINVAL},
        {0xfffffffffffff000ull, PAGE, MADV_DONTNEED, -L_EINVAL},   /* the end wraps */
        {MAP_TOP - PAGE, 0, MADV_DONTNEED, 0},                /* nothing to do */
        {0x200000, 0, MADV_DONTNEED, 0},                           /* not even a check */
        {0x200000, PAGE, MADV_DONTNEED, -L_ENOMEM},                /* free */
        {0, PAGE, MADV_DONTNEED, -L_ENOMEM},                       /* the null page */
        {MEM_END, PAGE, MADV_DONTNEED, -L_ENOMEM},                 /* past guest memory */
        {0x7ffffffff000ull, PAGE, MADV_DONTNEED, -L_ENOMEM},
        {0x2000, ~0ull - PAGE * 3, MADV_NORMAL, -L_ENOMEM},        /* far past the end */
    };
    fresh();
    CHECK_EQ(map_anon(PAGE), MAP_TOP - PAGE);
    fill(MAP_TOP - PAGE, PAGE, 0x6b);
    paint_reserved(BREAK_START);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CHECK_EQ(madvise(cases[i].addr, cases[i].length, cases[i].advice), cases[i].result);
    CHECK(all(MAP_TOP - PAGE, PAGE, 0x6b));
    CHECK(reserved_intact(BREAK_START));
}

/* Part of the range not in use: the pages that are in use are still treated, then -ENOMEM,
 * as Linux's walk over the VMAs does. */
static void test_madvise_partly_mapped(void) {
    fresh();
    uint64_t a = MAP_TOP - 3 * PAGE;
    CHECK_EQ(map_anon(3 * PAGE), a);
    fill(a, 3 * PAGE, 0x4e);
    CHECK_EQ(SYS(NR_MUNMAP, a + PAGE, PAGE), 0);
    fill(STACK_BOTTOM, MEM_END - STACK_BOTTOM, 0x33);
    CHECK_EQ(madvise(a - PAGE, 3 * PAGE, MADV_DONTNEED), -L_ENOMEM); /* free, mapped, hole */
    CHECK(all(a, PAGE, 0));
    CHECK(all(a + 2 * PAGE, PAGE, 0x4e));
    /* The mapping, then the trampoline page, which keeps its bytes as the image does. */
    CHECK_EQ(madvise(a + 2 * PAGE, 2 * PAGE, MADV_DONTNEED), 0);
    CHECK(all(a + 2 * PAGE, PAGE, 0));
    CHECK(trampoline_intact());
    /* The guard gap (a hole), then the stack. */
    CHECK_EQ(madvise(STACK_BOTTOM - PAGE, 2 * PAGE, MADV_DONTNEED), -L_ENOMEM);
    CHECK(all(STACK_BOTTOM, PAGE, 0));
    CHECK_EQ(madvise(MEM_END - PAGE, 2 * PAGE, MADV_DONTNEED), -L_ENOMEM); /* off the end */
    CHECK(all(MEM_END - PAGE, PAGE, 0));
    CHECK(all(STACK_BOTTOM + PAGE, MEM_END - STACK_BOTTOM - 2 * PAGE, 0x33));
}

/* Zeroed code must not run from the decoded-instruction cache: the next fetch sees the zeros
 * (an illegal instruction). And the work: one unit per page looked at, one per page zeroed. */
static void test_madvise_drops_code(void) {
    fresh();
    int64_t page = SYS(NR_MMAP, 0, PAGE, PROT_RW | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK_EQ(page, MAP_TOP - PAGE);
    if (page < 0) return;
    const uint32_t code[2] = {insn_addi(A0, 0, 42), insn_ecall()};
    memcpy(test_memory + page, code, sizeof code);
    test_vm.pc = (uint64_t)page;
    CHECK(vm_run(&test_vm) == VM_EXIT_ECALL); /* decoded and cached */
    CHECK_EQ(test_vm.x[A0], 42);
    uint64_t before = test_vm.instret;
    CHECK_EQ(madvise((uint64_t)page - PAGE, 2 * PAGE, MADV_DONTNEED), -L_ENOMEM);
    /* The ecall, two pages looked at, one zeroed (a unit per 64 bytes). */
    CHECK_EQ(test_vm.instret - before, 1 + 2 + PAGE / 64);
    CHECK(all((uint64_t)page, PAGE, 0));
    test_vm.pc = (uint64_t)page;
    CHECK(vm_run(&test_vm) == VM_EXIT_FAULT);
    CHECK(test_vm.fault.cause == VM_FAULT_ILLEGAL_INSTRUCTION);
    CHECK_EQ(test_vm.fault.pc, (uint64_t)page);
}

/* ---- mremap ---- */

static int64_t mremap(uint64_t addr, uint64_t old_length, uint64_t new_length, uint64_t flags) {
    return SYS(NR_MREMAP, addr, old_length, new_length, flags);
}

static void test_mremap_shrink(void) {
    fresh();
    uint64_t a = MAP_TOP - 4 * PAGE;
    CHECK_EQ(map_anon(4 * PAGE), a);
    fill(a, 4 * PAGE, 0x44);
    CHECK_EQ(mremap(a, 4 * PAGE, PAGE, 0), a);
    CHECK(all(a, PAGE, 0x44));
    CHECK_EQ(free_pages(), FREE_PAGES - 1);
    CHECK_EQ(map_anon(3 * PAGE), a + PAGE); /* the tail given back is free again */
    CHECK(all(a + PAGE, 3 * PAGE, 0));
    /* Same size, or a length within the same last page: nothing moves. */
    CHECK_EQ(mremap(a, PAGE, PAGE, MREMAP_MAYMOVE), a);
    CHECK_EQ(mremap(a, 0x800, 0xc00, 0), a);
    CHECK(all(a, PAGE, 0x44));
}

static void test_mremap_grow_in_place(void) {
    fresh();
    uint64_t top = MAP_TOP - 2 * PAGE, b = MAP_TOP - 3 * PAGE;
    CHECK_EQ(map_anon(2 * PAGE), top);
    CHECK_EQ(map_anon(PAGE), b);
    fill(top, 2 * PAGE, 0xdd);
    fill(b, PAGE, 0x66);
    CHECK_EQ(SYS(NR_MUNMAP, top, 2 * PAGE), 0);
    CHECK_EQ(mremap(b, PAGE, 3 * PAGE, 0), b); /* the two pages above are free */
    CHECK(all(b, PAGE, 0x66));
    CHECK(all(b + PAGE, 2 * PAGE, 0)); /* gained pages read as zero, though they were dirty */
    CHECK_EQ(free_pages(), FREE_PAGES - 3);
    /* Above it now is the trampoline page: without MREMAP_MAYMOVE there is no room. */
    CHECK_EQ(mremap(b, 3 * PAGE, 4 * PAGE, 0), -L_ENOMEM);
    CHECK_EQ(free_pages(), FREE_PAGES - 3);
    CHECK(all(b, PAGE, 0x66));
}

static void test_mremap_move(void) {
    fresh();
    uint64_t a = MAP_TOP - PAGE, b = MAP_TOP - 2 * PAGE;
    CHECK_EQ(map_anon(PAGE), a);
    CHECK_EQ(map_anon(PAGE), b);
    for (unsigned i = 0; i < PAGE; i++) test_memory[b + i] = (uint8_t)(i * 7 + 1);
    fill(b - 3 * PAGE, 3 * PAGE, 0xee); /* where it will land: dirty */
    /* b cannot grow: a is right above it. */
    CHECK_EQ(mremap(b, PAGE, 3 * PAGE, 0), -L_ENOMEM);
    int64_t moved = mremap(b, PAGE, 3 * PAGE, MREMAP_MAYMOVE);
    CHECK_EQ(moved, b - 3 * PAGE); /* the highest free run of three pages */
    if (moved > 0) {
        bool same = true;
        for (unsigned i = 0; i < PAGE; i++) same &= test_memory[(uint64_t)moved + i] == (uint8_t)(i * 7 + 1);
        CHECK(same);
        CHECK(all((uint64_t)moved + PAGE, 2 * PAGE, 0));
    }
    CHECK_EQ(free_pages(), FREE_PAGES - 4);
    CHECK_EQ(map_anon(PAGE), b); /* the old page was given back */
    /* The mapping just below the trampoline page can only move, too. */
    CHECK_EQ(mremap(a, PAGE, 2 * PAGE, MREMAP_MAYMOVE), b - 5 * PAGE);
}

static void test_mremap_refusals(void) {
    fresh();
    CHECK_EQ(brk(0x15000), 0x15000);
    uint64_t a = MAP_TOP - PAGE;
    CHECK_EQ(map_anon(PAGE), a);
    static const struct {
        uint64_t addr, old_length, new_length, flags;
        int64_t result;
    } cases[] = {
        {MAP_TOP - PAGE, PAGE, 2 * PAGE, MREMAP_FIXED, -L_EINVAL},
        {MAP_TOP - PAGE, PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, -L_EINVAL},
        {MAP_TOP - PAGE, PAGE, 2 * PAGE, 4, -L_EINVAL},
        {MAP_TOP - PAGE, PAGE, 2 * PAGE, 1ull << 32, -L_EINVAL},
        {MAP_TOP - PAGE + 8, PAGE, 2 * PAGE, MREMAP_MAYMOVE, -L_EINVAL},
        {MAP_TOP - PAGE, 0, PAGE, MREMAP_MAYMOVE, -L_EINVAL},
        {MAP_TOP - PAGE, PAGE, 0, MREMAP_MAYMOVE, -L_EINVAL},
        {MEM_END, PAGE, 2 * PAGE, MREMAP_MAYMOVE, -L_EINVAL},
        {0xfffffffffffff000ull, PAGE, 2 * PAGE, MREMAP_MAYMOVE, -L_EINVAL},
        {0x200000, PAGE, 2 * PAGE, MREMAP_MAYMOVE, -L_EFAULT},      /* free pages */
        {0x2000, PAGE, 2 * PAGE, MREMAP_MAYMOVE, -L_EFAULT},        /* the image */
        {BREAK_START, PAGE, 2 * PAGE, MREMAP_MAYMOVE, -L_EFAULT},   /* the break */
        {MAP_TOP, PAGE, 2 * PAGE, MREMAP_MAYMOVE, -L_EFAULT},  /* the trampoline page */
        {STACK_BOTTOM, PAGE, 2 * PAGE, MREMAP_MAYMOVE, -L_EFAULT},  /* the stack */
        {MAP_TOP - 2 * PAGE, 2 * PAGE, PAGE, MREMAP_MAYMOVE, -L_EFAULT}, /* half mapped */
        {MAP_TOP - PAGE, PAGE, MEM_END, 0, -L_ENOMEM},
        {MAP_TOP - PAGE, PAGE, MEM_END + PAGE, MREMAP_MAYMOVE, -L_ENOMEM},
        {MAP_TOP - PAGE, PAGE, ~0ull, MREMAP_MAYMOVE, -L_ENOMEM},
        {MAP_TOP - PAGE, PAGE, FREE_PAGES * PAGE, MREMAP_MAYMOVE, -L_ENOMEM},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CHECK_EQ(mremap(cases[i].addr, cases[i].old_length, cases[i].new_length, cases[i].flags),
                 cases[i].result);
    CHECK_EQ(free_pages(), FREE_PAGES - 2 - 1); /* the break's two pages and the mapping */
    CHECK_EQ(brk(0), 0x15000);
    CHECK_EQ(map_anon(PAGE), a - PAGE); /* the mapping did not move */
}

/* ---- read, write, writev ---- */

static void test_read_from_host(void) {
    fresh();
    set_input("line one\nline two\n");
    fill(BUF, 64, 0xff);
    CHECK_EQ(SYS(NR_READ, 0, BUF, 5), 5);
    CHECK(memcmp(test_memory + BUF, "line ", 5) == 0);
    CHECK_EQ(test_memory[BUF + 5], 0xff);
    CHECK_EQ(input.last_request, 5);
    CHECK_EQ(SYS(NR_READ, 0, BUF, 100), 13); /* a short read: what the host had */
    CHECK_EQ(input.last_request, 100);
    CHECK(memcmp(test_memory + BUF, "one\nline two\n", 13) == 0);
    CHECK_EQ(SYS(NR_READ, 0, BUF, 100), 0); /* end of input */
    CHECK_EQ(input.calls, 3);
    CHECK_EQ(SYS(NR_READ, 0, BUF, 0), 0); /* count 0: the host is not asked */
    CHECK_EQ(input.calls, 3);
    input.error = -5; /* an error from the host (EIO) reaches the guest unchanged */
    CHECK_EQ(SYS(NR_READ, 0, BUF, 10), -5);
}

static void test_read_without_host_input(void) {
    fresh();
    fill(BUF, 16, 0xff);
    CHECK_EQ(SYS(NR_READ, 0, BUF, 16), 0);
    CHECK(all(BUF, 16, 0xff));
    CHECK_EQ(SYS(NR_READ, 0, BUF, 16), 0); /* and stays at its end */
}

static void test_read_refusals(void) {
    fresh();
    set_input("data");
    static const uint64_t bad_fds[] = {1, 2, 3, 5, -1ull, 1ull << 32};
    for (size_t i = 0; i < sizeof bad_fds / sizeof bad_fds[0]; i++)
        CHECK_EQ(SYS(NR_READ, bad_fds[i], BUF, 4), -L_EBADF);
    CHECK_EQ(SYS(NR_READ, 0, 0, 4), -L_EFAULT);
    CHECK_EQ(SYS(NR_READ, 0, MEM_END - 2, 4), -L_EFAULT);
    CHECK_EQ(SYS(NR_READ, 0, BUF, ~0ull), -L_EFAULT);
    CHECK_EQ(SYS(NR_READ, 0, 0, 0), 0); /* nothing to read, nothing checked, as on Linux */
    CHECK_EQ(input.calls, 0);
    CHECK_EQ(input.position, 0);
}

/* Writes `count` iovecs at IOV: {TEXT + 0x100 * i, lengths[i]} with texts[i] stored there. */
static void put_iovecs(const char *const *texts, size_t count) {
    for (size_t i = 0; i < count; i++) {
        uint64_t base = TEXT + 0x100 * i, length = strlen(texts[i]);
        memcpy(test_memory + base, texts[i], length);
        poke64(IOV + 16 * i, length != 0 ? base : 0); /* an empty one with a NULL base */
        poke64(IOV + 16 * i + 8, length);
    }
}

static void test_writev(void) {
    static const char *const texts[] = {"Hello, ", "", "world", "!\n"};
    fresh();
    put_iovecs(texts, 4);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 4), 14);
    CHECK(strcmp(capture.out, "Hello, world!\n") == 0);
    CHECK_EQ(capture.last_fd, 1);
    CHECK_EQ(SYS(NR_WRITEV, 2, IOV, 1), 7);
    CHECK(strcmp(capture.out, "Hello, world!\nHello, ") == 0);
    CHECK_EQ(capture.last_fd, 2);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 0), 0);
    CHECK_EQ(SYS(NR_WRITEV, 1, 0, 0), 0); /* no iovecs: the pointer is not looked at */
    CHECK_EQ(capture.out_length, 21);
    /* 1024 iovecs (IOV_MAX) are accepted; these are all empty (and reach a page past the image). */
    CHECK_EQ(map_fixed(BREAK_START, PAGE), BREAK_START);
    fill(0x10000, 1024 * 16, 0);
    CHECK_EQ(SYS(NR_WRITEV, 1, 0x10000, 1024), 0);
    CHECK_EQ(capture.out_length, 21);
}

/* The output limit, as RLIMIT_FSIZE: the write that crosses it is cut short, later ones get
 * -EFBIG (27), one log line says so; writev counts against the same limit. */
static void test_output_limit(void) {
    static const char *const texts[] = {"Hello, ", "world"};
    fresh();
    CHECK_EQ(test_vm.process.output_limit, VM_DEFAULT_OUTPUT_LIMIT);
    CHECK_EQ(VM_DEFAULT_OUTPUT_LIMIT, 1048576);
    vm_set_output_limit(&test_vm, 10);
    memcpy(test_memory + BUF, "0123456789abcdef", 16);
    CHECK_EQ(SYS(NR_WRITE, 1, BUF, 4), 4);
    CHECK_EQ(capture.log_lines, 0);
    CHECK_EQ(SYS(NR_WRITE, 2, BUF, 16), 6);
    CHECK(strcmp(capture.out, "0123012345") == 0);
    CHECK_EQ(capture.log_lines, 1);
    CHECK(strcmp(capture.log, "syscall: output limit of 10 bytes reached at pc=0x1000; later writes "
                              "return -EFBIG\n") == 0);
    CHECK_EQ(SYS(NR_WRITE, 1, BUF, 1), -27);
    CHECK_EQ(SYS(NR_WRITE, 1, BUF, 0), 0);          /* nothing asked, nothing refused */
    CHECK_EQ(SYS(NR_WRITE, 1, 0, 1), -L_EFAULT);    /* a bad buffer is still -EFAULT */
    CHECK_EQ(SYS(NR_WRITE, 5, BUF, 1), -L_EBADF);
    put_iovecs(texts, 2);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 2), -27);
    CHECK_EQ(capture.out_length, 10);
    CHECK_EQ(capture.log_lines, 1);

    fresh();
    vm_set_output_limit(&test_vm, 10);
    put_iovecs(texts, 2);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 2), 10);
    CHECK(strcmp(capture.out, "Hello, wor") == 0);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 2), -27);
    CHECK_EQ(capture.log_lines, 1);
}

/* A call's host work counts against the budget: one unit per page checked, marked or scanned,
 * one per 64 bytes zeroed, copied or filled, one per iovec; never past the budget. */
static void test_work_charged(void) {
    fresh();
    uint64_t before = test_vm.instret;
    CHECK_EQ(SYS(NR_WRITE, 1, BUF, 16), 16);
    CHECK_EQ(test_vm.instret - before, 1 + 1); /* the ecall, one page checked */
    before = test_vm.instret;
    CHECK_EQ(SYS(NR_WRITE, 1, 0x2800, 3 * PAGE), 3 * PAGE);
    CHECK_EQ(test_vm.instret - before, 1 + 4); /* [0x2800, 0x5800) touches 4 pages */
    before = test_vm.instret;
    CHECK_EQ(SYS(NR_GETPID), 1);
    CHECK_EQ(test_vm.instret - before, 1); /* no work: just the ecall */
    before = test_vm.instret;
    CHECK_EQ(map_anon(4 * PAGE), MAP_TOP - 4 * PAGE);
    /* Scanning the free pages for a run, marking 4, zeroing 4 (64 units each). */
    CHECK_EQ(test_vm.instret - before, 1 + FREE_PAGES + 4 + 4 * PAGE / 64);
    before = test_vm.instret;
    fill(IOV, 64 * 16, 0);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 64), 0);
    CHECK_EQ(test_vm.instret - before, 1 + 64 + 1); /* 64 iovecs, the page holding them */
    before = test_vm.instret;
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 65, 0), 65);
    CHECK_EQ(test_vm.instret - before, 1 + 1 + 9); /* a page checked, 65 bytes made: 9 steps */
    /* Never past the budget: the next instruction then stops the guest. */
    test_vm.budget = test_vm.instret + 10;
    CHECK_EQ(map_anon(PAGE), MAP_TOP - 5 * PAGE);
    CHECK_EQ(test_vm.instret, test_vm.budget);
    test_vm.pc = CODE_BASE;
    CHECK(vm_run(&test_vm) == VM_EXIT_BUDGET);
}

static void test_writev_refusals(void) {
    static const char *const texts[] = {"first", "second", "third"};
    fresh();
    put_iovecs(texts, 3);
    poke64(IOV + 16 * 2, MEM_END - 2); /* the third buffer runs off the end */
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 3), -L_EFAULT);
    poke64(IOV + 16 * 2, 0);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 3), -L_EFAULT);
    poke64(IOV + 16 * 2, TEXT + 0x200);
    poke64(IOV + 16 * 2 + 8, ~0ull);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 3), -L_EFAULT);
    CHECK_EQ(capture.out_length, 0); /* the good iovecs before it were not written either */
    static const uint64_t bad_iov[] = {0, 0xff0, MEM_END - 16 * 3 + 8, MEM_END, WRAPPING};
    for (size_t i = 0; i < sizeof bad_iov / sizeof bad_iov[0]; i++)
        CHECK_EQ(SYS(NR_WRITEV, 1, bad_iov[i], 3), -L_EFAULT);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 1025), -L_EINVAL);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, ~0ull), -L_EINVAL);
    CHECK_EQ(SYS(NR_WRITEV, 1, IOV, 1ull << 60), -L_EINVAL); /* 16 * count would wrap */
    CHECK_EQ(SYS(NR_WRITEV, 0, IOV, 1), -L_EBADF);
    CHECK_EQ(SYS(NR_WRITEV, 3, IOV, 1), -L_EBADF);
    CHECK_EQ(SYS(NR_WRITEV, -1, IOV, 1), -L_EBADF);
    CHECK_EQ(capture.out_length, 0);
}

/* ---- fstat, newfstatat, close, lseek, ioctl, openat, readlinkat ---- */

static void check_char_device(uint64_t addr) {
    CHECK_EQ(peek32(addr + STAT_MODE) & S_IFMT, S_IFCHR);
    CHECK_EQ(peek32(addr + STAT_MODE), 020620); /* crw--w----, as the README documents */
    CHECK_EQ(peek32(addr + STAT_BLKSIZE), 1024);
    CHECK_EQ(peek64(addr + STAT_SIZE_FIELD), 0);
    CHECK_EQ(test_memory[addr + STAT_SIZE], 0xff); /* exactly 128 bytes written */
}

static void test_stat_std_fds(void) {
    fresh();
    for (uint64_t fd = 0; fd <= 2; fd++) {
        fill(BUF, STAT_SIZE + 16, 0xff);
        CHECK_EQ(SYS(NR_FSTAT, fd, BUF), 0);
        check_char_device(BUF);
        fill(BUF, STAT_SIZE + 16, 0xff);
        CHECK_EQ(SYS(NR_NEWFSTATAT, fd, EMPTY_PATH, BUF, AT_EMPTY_PATH), 0);
        check_char_device(BUF);
    }
}

static void test_stat_refusals(void) {
    fresh();
    fill(BUF, STAT_SIZE, 0xff);
    CHECK_EQ(SYS(NR_FSTAT, 3, BUF), -L_EBADF);
    CHECK_EQ(SYS(NR_FSTAT, 5, BUF), -L_EBADF);
    CHECK_EQ(SYS(NR_FSTAT, -1, BUF), -L_EBADF);
    CHECK_EQ(SYS(NR_FSTAT, 1, MEM_END - STAT_SIZE + 8), -L_EFAULT);
    CHECK_EQ(SYS(NR_NEWFSTATAT, 5, EMPTY_PATH, BUF, AT_EMPTY_PATH), -L_EBADF);
    CHECK_EQ(SYS(NR_NEWFSTATAT, 1, EMPTY_PATH, BUF, 0), -L_ENOENT); /* "" needs AT_EMPTY_PATH */
    CHECK_EQ(SYS(NR_NEWFSTATAT, AT_FDCWD, FILE_PATH, BUF, 0), -L_ENOENT);
    CHECK_EQ(SYS(NR_NEWFSTATAT, 1, FILE_PATH, BUF, AT_EMPTY_PATH), -L_ENOENT);
    CHECK_EQ(SYS(NR_NEWFSTATAT, 1, 0, BUF, AT_EMPTY_PATH), -L_EFAULT);
    CHECK_EQ(SYS(NR_NEWFSTATAT, 1, EMPTY_PATH, 0, AT_EMPTY_PATH), -L_EFAULT);
    /* A path with no NUL before the end of memory is not a string. */
    fill(MEM_END - 32, 32, 'a');
    CHECK_EQ(SYS(NR_NEWFSTATAT, 1, MEM_END - 32, BUF, AT_EMPTY_PATH), -L_EFAULT);
    CHECK(all(BUF, STAT_SIZE, 0xff)); /* no failure wrote the buffer */
}

static void test_close_lseek_ioctl(void) {
    static const struct {
        uint64_t number, fd;
        int64_t result;
    } cases[] = {
        {NR_CLOSE, 0, 0}, {NR_CLOSE, 1, 0}, {NR_CLOSE, 2, 0},
        {NR_CLOSE, 3, -L_EBADF}, {NR_CLOSE, 5, -L_EBADF}, {NR_CLOSE, -1ull, -L_EBADF},
        {NR_LSEEK, 0, -L_ESPIPE}, {NR_LSEEK, 1, -L_ESPIPE}, {NR_LSEEK, 2, -L_ESPIPE},
        {NR_LSEEK, 3, -L_EBADF}, {NR_LSEEK, -1ull, -L_EBADF},
        {NR_IOCTL, 0, -L_ENOTTY}, {NR_IOCTL, 1, -L_ENOTTY}, {NR_IOCTL, 2, -L_ENOTTY},
        {NR_IOCTL, 3, -L_EBADF}, {NR_IOCTL, -1ull, -L_EBADF},
    };
    fresh();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        /* lseek(fd, 0, SEEK_SET) and ioctl(fd, TCGETS, BUF): isatty's question. */
        uint64_t second = cases[i].number == NR_IOCTL ? TCGETS : 0;
        uint64_t third = cases[i].number == NR_IOCTL ? BUF : L_SEEK_SET;
        CHECK_EQ(SYS(cases[i].number, cases[i].fd, second, third), cases[i].result);
    }
}

static void test_openat_readlinkat(void) {
    fresh();
    fill(BUF, 256, 0xff);
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, FILE_PATH, 0, 0), -L_ENOENT);
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, EMPTY_PATH, 0, 0), -L_ENOENT);
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, 0, 0, 0), -L_EFAULT);
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, 0x800, 0, 0), -L_EFAULT);
    fill(MEM_END - 8, 8, 'a'); /* no NUL before the end */
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, MEM_END - 8, 0, 0), -L_EFAULT);
    CHECK_EQ(SYS(NR_READLINKAT, AT_FDCWD, FILE_PATH, BUF, 256), -L_ENOENT);
    CHECK_EQ(SYS(NR_READLINKAT, AT_FDCWD, 0, BUF, 256), -L_EFAULT);
    CHECK(all(BUF, 256, 0xff));
}

/* ---- uname, clocks, getrandom ---- */

static void test_uname(void) {
    fresh();
    fill(BUF, UTS_SIZE + 16, 0xff);
    CHECK_EQ(SYS(NR_UNAME, BUF), 0);
    /* sysname, nodename, release, version, machine: the values the README documents. */
    static const char *const fields[5] = {"Linux", "basin", "6.1.0-basin", "#1 Basin 0.1",
                                          "riscv64"};
    for (unsigned field = 0; field < 5; field++)
        CHECK(strcmp((const char *)test_memory + BUF + field * UTS_FIELD, fields[field]) == 0);
    /* Every field is a NUL-terminated string within its 65 bytes, zero-padded. */
    for (unsigned field = 0; field < 6; field++) {
        uint64_t at = BUF + field * UTS_FIELD;
        size_t length = 0;
        while (length < UTS_FIELD && test_memory[at + length] != 0) length++;
        CHECK(length < UTS_FIELD);
        CHECK(all(at + length, UTS_FIELD - length, 0));
    }
    /* glibc parses the release as a kernel version: it must start "major.minor". */
    const char *release = (const char *)test_memory + BUF + 2 * UTS_FIELD;
    CHECK(release[0] >= '1' && release[0] <= '9' && strchr(release, '.') != 0);
    CHECK_EQ(test_memory[BUF + UTS_SIZE], 0xff);
    fill(BUF, UTS_SIZE, 0xff);
    CHECK_EQ(SYS(NR_UNAME, MEM_END - UTS_SIZE + 1), -L_EFAULT);
}

/* The deterministic clock: 1 ns per retired instruction, the ecall included. */
static void test_clock_deterministic(void) {
    fresh();
    test_vm.instret = 1234567890122; /* the ecall makes it ...123 */
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, 0, BUF), 0);
    CHECK_EQ(peek64(BUF), 1234);
    CHECK_EQ(peek64(BUF + 8), 567890123);
    /* Monotonic: the same count, two later (the ecall, and the first call's one unit of work:
     * checking its buffer's page). */
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, 1, BUF), 0);
    CHECK_EQ(peek64(BUF), 1234);
    CHECK_EQ(peek64(BUF + 8), 567890125);
    test_vm.instret = 3999999999;
    fill(BUF2, 8, 0xff);
    CHECK_EQ(SYS(NR_GETTIMEOFDAY, BUF, BUF2), 0);
    CHECK_EQ(peek64(BUF), 4);
    CHECK_EQ(peek64(BUF + 8), 0);
    CHECK_EQ(peek64(BUF2), 0); /* the timezone reads as UTC, no DST */
    test_vm.instret = 1999999;
    CHECK_EQ(SYS(NR_GETTIMEOFDAY, BUF, 0), 0);
    CHECK_EQ(peek64(BUF), 0);
    CHECK_EQ(peek64(BUF + 8), 2000); /* microseconds */
    CHECK_EQ(SYS(NR_GETTIMEOFDAY, 0, 0), 0);
    /* The process can ask for the deterministic clock even when the host has one. */
    host.clock_ns = test_clock;
    test_vm.process.deterministic_clock = true;
    test_vm.instret = 41;
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, 0, BUF), 0);
    CHECK_EQ(peek64(BUF), 0);
    CHECK_EQ(peek64(BUF + 8), 42);
    CHECK_EQ(clock_calls, 0);
}

static void test_clock_host(void) {
    /* Realtime clocks read the host's realtime clock; the others its monotonic one. */
    static const struct {
        uint64_t id;
        bool monotonic;
    } clocks[] = {{0, false}, {1, true}, {4, true}, {5, false}, {6, true}, {7, true}};
    fresh();
    host.clock_ns = test_clock;
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        uint64_t ns = clocks[i].monotonic ? MONOTONIC_NS : REALTIME_NS;
        clock_calls = 0;
        CHECK_EQ(SYS(NR_CLOCK_GETTIME, clocks[i].id, BUF), 0);
        CHECK_EQ(clock_calls, 1);
        CHECK_EQ(clock_last_monotonic, clocks[i].monotonic);
        CHECK_EQ(peek64(BUF), ns / 1000000000u);
        CHECK_EQ(peek64(BUF + 8), ns % 1000000000u);
    }
    CHECK_EQ(SYS(NR_GETTIMEOFDAY, BUF, 0), 0);
    CHECK(!clock_last_monotonic);
    CHECK_EQ(peek64(BUF), 1700000000);
    CHECK_EQ(peek64(BUF + 8), 123456);
    CHECK_EQ(SYS(NR_SYSINFO, BUF), 0); /* uptime: whole seconds of the monotonic clock */
    CHECK(clock_last_monotonic);
    CHECK_EQ(peek64(BUF + SYSINFO_UPTIME), 98);
}

static void test_clock_refusals(void) {
    fresh();
    host.clock_ns = test_clock;
    fill(BUF, 16, 0xff);
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, 12, BUF), -L_EINVAL);
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, -1, BUF), -L_EINVAL);
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, 1ull << 32, BUF), -L_EINVAL);
    CHECK(all(BUF, 16, 0xff));
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, 0, 0), -L_EFAULT);
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, 0, MEM_END - 8), -L_EFAULT);
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, 0, MEM_END - 16), 0); /* the last 16 bytes are fine */
    CHECK_EQ(SYS(NR_GETTIMEOFDAY, 0x800, 0), -L_EFAULT);
    CHECK_EQ(SYS(NR_GETTIMEOFDAY, BUF, MEM_END - 4), -L_EFAULT);
    CHECK_EQ(SYS(NR_GETTIMEOFDAY, MEM_END - 8, BUF2), -L_EFAULT);
    CHECK(all(BUF, 16, 0xff)); /* a bad tz pointer stops tv from being written too */
}

/* xorshift64* written out byte by byte, as the generator is specified (Vigna's xorshift64*: the
 * state steps by shifts 12, 25, 27 and the output is state * 0x2545f4914f6cdd1d), one step per
 * 8 bytes of a call, its bytes least significant first: the bytes getrandom must give. */
static void reference_random(uint64_t *state, uint8_t *bytes, size_t length) {
    uint64_t output = 0;
    for (size_t i = 0; i < length; i++) {
        if (i % 8 == 0) {
            *state ^= *state >> 12;
            *state ^= *state << 25;
            *state ^= *state >> 27;
            output = *state * 0x2545f4914f6cdd1dull;
        }
        bytes[i] = (uint8_t)(output >> (8 * (i % 8)));
    }
}

/* Calls of every length from 1 to 40 and a long one, at odd addresses: the same bytes as the
 * reference, and nothing past the end of the buffer written. */
static void test_getrandom_bytes(void) {
    static uint8_t expected[4096 + 64];
    uint64_t state = 0x9e3779b97f4a7c15ull; /* the default seed */
    fresh();
    for (uint64_t length = 1; length <= 40; length++) {
        fill(BUF + 1, length + 8, 0xa5);
        CHECK_EQ(SYS(NR_GETRANDOM, BUF + 1, length, 0), (int64_t)length);
        reference_random(&state, expected, length);
        CHECK(memcmp(test_memory + BUF + 1, expected, length) == 0);
        CHECK(all(BUF + 1 + length, 8, 0xa5));
    }
    CHECK_EQ(SYS(NR_GETRANDOM, BUF + 3, 4099, 0), 4099);
    reference_random(&state, expected, 4099);
    CHECK(memcmp(test_memory + BUF + 3, expected, 4099) == 0);
}

static void test_getrandom(void) {
    static uint8_t first[64];
    fresh();
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 64, 0), 64);
    memcpy(first, test_memory + BUF, 64);
    CHECK(!all(BUF, 64, 0));
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 64, 0), 64); /* the stream moves on */
    CHECK(memcmp(first, test_memory + BUF, 64) != 0);
    fresh(); /* the same (default) seed: the same bytes */
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 32, 1), 32); /* GRND_NONBLOCK */
    CHECK_EQ(SYS(NR_GETRANDOM, BUF + 32, 32, 0), 32);
    CHECK(memcmp(first, test_memory + BUF, 64) == 0);
    fresh();
    vm_set_seed(&test_vm, 0); /* 0 means the default seed */
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 64, 0), 64);
    CHECK(memcmp(first, test_memory + BUF, 64) == 0);
    fresh();
    vm_set_seed(&test_vm, 12345);
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 64, 0), 64);
    CHECK(memcmp(first, test_memory + BUF, 64) != 0);
    fill(BUF, 16, 0xff);
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 0, 0), 0);
    CHECK_EQ(SYS(NR_GETRANDOM, 0, 0, 0), 0);
    CHECK(all(BUF, 16, 0xff));
    CHECK_EQ(SYS(NR_GETRANDOM, MEM_END - 15, 16, 0), -L_EFAULT);
}

/* The auxiliary vector's AT_RANDOM value on the initial stack at sp. */
static uint64_t at_random(uint64_t sp) {
    uint64_t at = sp + 8 + 8 * (peek64(sp) + 1); /* past argc and argv */
    while (peek64(at) != 0) at += 8;             /* past envp */
    for (at += 8; peek64(at) != 0; at += 16)
        if (peek64(at) == 25) return peek64(at + 8);
    return 0;
}

static void test_at_random_same_stream(void) {
    static uint8_t stream[32];
    static const char *const argv[1] = {"prog"};
    const struct vm_elf_info info = {.entry = 0x1000, .image_start = IMAGE_START,
                                     .image_end = IMAGE_END};
    fresh();
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 32, 0), 32);
    memcpy(stream, test_memory + BUF, 32);
    fresh();
    CHECK(vm_setup_stack(&test_vm, &info, argv, 1, 0, 0));
    uint64_t random = at_random(test_vm.x[2]);
    CHECK(random >= STACK_BOTTOM && random + 16 <= MEM_END);
    if (random != 0) CHECK(memcmp(test_memory + random, stream, 16) == 0);
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 16, 0), 16); /* getrandom continues where AT_RANDOM ended */
    CHECK(memcmp(test_memory + BUF, stream + 16, 16) == 0);
}

/* ---- signals, futex, limits, sysinfo, identity ---- */

static void test_rt_sigaction(void) {
    fresh();
    fill(BUF, 64, 0x5a); /* the new action: any bytes */
    fill(BUF2, SIGACTION_SIZE + 8, 0xff);
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGINT, BUF, BUF2, SIGSET_SIZE), 0);
    CHECK(all(BUF2, SIGACTION_SIZE, 0)); /* the old action: SIG_DFL, no flags, empty mask */
    CHECK(all(BUF2 + SIGACTION_SIZE, 8, 0xff));
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGINT, BUF, 0, SIGSET_SIZE), 0);
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGINT, 0, 0, SIGSET_SIZE), 0);
    CHECK_EQ(SYS(NR_RT_SIGACTION, 64, 0, BUF2, SIGSET_SIZE), 0);
    static const uint64_t bad[][2] = {{SIGINT, 4}, {SIGINT, 16}, {SIGINT, 0},
                                      {0, SIGSET_SIZE}, {65, SIGSET_SIZE}, {-1ull, SIGSET_SIZE}};
    fill(BUF2, SIGACTION_SIZE, 0xff);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        CHECK_EQ(SYS(NR_RT_SIGACTION, bad[i][0], BUF, BUF2, bad[i][1]), -L_EINVAL);
    CHECK(all(BUF2, SIGACTION_SIZE, 0xff));
}

static void test_rt_sigprocmask(void) {
    fresh();
    fill(BUF, 8, 0xff);
    fill(BUF2, 16, 0xff);
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, SIG_BLOCK, BUF, BUF2, SIGSET_SIZE), 0);
    CHECK(all(BUF2, 8, 0)); /* nothing was blocked */
    CHECK(all(BUF2 + 8, 8, 0xff));
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, SIG_SETMASK, BUF, 0, SIGSET_SIZE), 0);
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, SIG_BLOCK, 0, 0, SIGSET_SIZE), 0);
    fill(BUF2, 8, 0xff);
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, SIG_BLOCK, BUF, BUF2, 4), -L_EINVAL);
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, SIG_BLOCK, BUF, BUF2, 16), -L_EINVAL);
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, 3, BUF, BUF2, SIGSET_SIZE), -L_EINVAL);
    CHECK(all(BUF2, 8, 0xff));
}

static void test_futex(void) {
    fresh();
    poke64(BUF, 7);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAIT, 8), -L_EAGAIN);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAIT, 7), -L_ETIMEDOUT);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 8), -L_EAGAIN);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 7), -L_ETIMEDOUT);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAKE, 1), 0);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 0x7fffffff), 0);
    /* The word is 32 bits: only the low half of the expected value counts. */
    poke64(BUF, 0xffffffffu);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAIT, -1), -L_ETIMEDOUT);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAIT, 0x1ffffffffull), -L_ETIMEDOUT);
    CHECK_EQ(SYS(NR_FUTEX, 0, FUTEX_WAIT, 0), -L_EFAULT);
    CHECK_EQ(SYS(NR_FUTEX, 0, FUTEX_WAKE, 1), -L_EFAULT);
    CHECK_EQ(SYS(NR_FUTEX, MEM_END - 2, FUTEX_WAKE, 1), -L_EINVAL); /* misaligned, as Linux checks first */
    CHECK_EQ(SYS(NR_FUTEX, MEM_END - 4, FUTEX_WAKE, 1), 0);
}

static void test_prlimit64(void) {
    fresh();
    for (uint64_t resource = 0; resource < RLIM_NLIMITS; resource++) {
        uint64_t expected = resource == RLIMIT_STACK ? 256 * 1024 : ~0ull;
        fill(BUF2, 24, 0x5a);
        CHECK_EQ(SYS(NR_PRLIMIT64, 0, resource, 0, BUF2), 0);
        CHECK_EQ(peek64(BUF2), expected);     /* rlim_cur */
        CHECK_EQ(peek64(BUF2 + 8), expected); /* rlim_max */
        CHECK(all(BUF2 + 16, 8, 0x5a));
    }
    /* Setting a limit is accepted and changes nothing; pid 1 is this process too. */
    poke64(BUF, 0x1000);
    poke64(BUF + 8, 0x1000);
    CHECK_EQ(SYS(NR_PRLIMIT64, 1, RLIMIT_STACK, BUF, BUF2), 0);
    CHECK_EQ(peek64(BUF2), 256 * 1024);
    CHECK_EQ(SYS(NR_PRLIMIT64, 0, RLIMIT_STACK, 0, BUF2), 0);
    CHECK_EQ(peek64(BUF2), 256 * 1024);
    CHECK_EQ(SYS(NR_PRLIMIT64, 0, RLIMIT_STACK, 0, 0), 0);
    fill(BUF2, 16, 0xff);
    CHECK_EQ(SYS(NR_PRLIMIT64, 0, RLIM_NLIMITS, 0, BUF2), -L_EINVAL);
    CHECK_EQ(SYS(NR_PRLIMIT64, 0, -1, 0, BUF2), -L_EINVAL);
    CHECK(all(BUF2, 16, 0xff));
}

static void test_sysinfo(void) {
    fresh();
    fill(BUF, SYSINFO_SIZE + 8, 0xff);
    CHECK_EQ(SYS(NR_SYSINFO, BUF), 0);
    CHECK_EQ(peek64(BUF + SYSINFO_TOTALRAM), 4 * 1024 * 1024);
    CHECK_EQ(peek64(BUF + SYSINFO_FREERAM), FREE_PAGES * PAGE);
    CHECK_EQ(test_memory[BUF + SYSINFO_PROCS] | test_memory[BUF + SYSINFO_PROCS + 1] << 8, 1);
    CHECK_EQ(peek32(BUF + SYSINFO_MEM_UNIT), 1);
    CHECK_EQ(test_memory[BUF + SYSINFO_SIZE], 0xff);
    CHECK_EQ(map_anon(3 * PAGE), MAP_TOP - 3 * PAGE);
    CHECK_EQ(free_pages(), FREE_PAGES - 3);
    CHECK_EQ(brk(BREAK_START + 1), BREAK_START + 1);
    CHECK_EQ(free_pages(), FREE_PAGES - 4);
    CHECK_EQ(SYS(NR_MUNMAP, MAP_TOP - 3 * PAGE, 3 * PAGE), 0);
    CHECK_EQ(free_pages(), FREE_PAGES - 1);
    CHECK_EQ(SYS(NR_SYSINFO, MEM_END - SYSINFO_SIZE + 1), -L_EFAULT);
}

static void test_identity_and_trivial_calls(void) {
    static const struct {
        uint64_t number;
        int64_t result;
    } cases[] = {
        {NR_GETPID, 1}, {NR_GETTID, 1}, {NR_SET_TID_ADDRESS, 1}, {NR_GETPPID, 0},
        {NR_GETUID, 0}, {NR_GETEUID, 0}, {NR_GETGID, 0}, {NR_GETEGID, 0},
        {NR_SET_ROBUST_LIST, -L_EINVAL}, /* 32 is not the robust list head's size, 24 */
        {NR_SCHED_YIELD, 0}, {NR_MADVISE, 0}, {NR_RSEQ, -L_ENOSYS},
    };
    fresh();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CHECK_EQ(SYS(cases[i].number, BUF, 32, 0, 0x53053053), cases[i].result);
    CHECK_EQ(capture.log_lines, 0); /* rseq is known: refused without a log line */
    CHECK(strcmp(vm_syscall_name(NR_WRITE), "write") == 0);
    CHECK(strcmp(vm_syscall_name(NR_MMAP), "mmap") == 0);
    CHECK(strcmp(vm_syscall_name(NR_RSEQ), "rseq") == 0);
    CHECK(vm_syscall_name(500) == 0);
    CHECK(vm_syscall_name(NR_MMAP + (1ull << 16)) == 0); /* not truncated to 16 bits */
}

/* ---- unknown numbers ---- */

static void test_unknown_logged_once(void) {
    fresh();
    test_vm.x[A1] = 0x1234;
    CHECK_EQ(SYS(500, 1, 0x1234), -L_ENOSYS);
    CHECK_EQ(test_vm.x[A1], 0x1234); /* only a0 changes */
    CHECK_EQ(capture.log_lines, 1);
    CHECK(strcmp(capture.log, "syscall: unknown number 500 at pc=0x1000, returning -ENOSYS\n") == 0);
    CHECK_EQ(SYS(500), -L_ENOSYS);
    CHECK_EQ(capture.log_lines, 1);
    CHECK_EQ(SYS(501), -L_ENOSYS);
    CHECK_EQ(capture.log_lines, 2);
    CHECK(strstr(capture.log, "\nsyscall: unknown number 501 at pc=0x1000") != 0);
    /* Neighbours in the same and the next 64-bit word of the bitmap are separate numbers (448
     * and 480 share a word and differ by 32: a bitmap indexed modulo 32 would merge them). */
    static const uint64_t others[] = {499, 448, 480, 511, 512, 0, 127, 1023};
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
        CHECK_EQ(SYS(others[i]), -L_ENOSYS);
        CHECK_EQ(SYS(others[i]), -L_ENOSYS);
        CHECK_EQ(capture.log_lines, 3 + (int)i);
    }
}

static void test_unknown_high_numbers_share_a_line(void) {
    fresh();
    static const uint64_t high[] = {1024, 1024 + 500, 5000, 1ull << 32, ~0ull, 1024};
    for (size_t i = 0; i < sizeof high / sizeof high[0]; i++) CHECK_EQ(SYS(high[i]), -L_ENOSYS);
    CHECK_EQ(capture.log_lines, 1);
    CHECK(strstr(capture.log, "unknown number 1024 at pc=0x1000") != 0);
    CHECK(strstr(capture.log, ">= 1024") != 0);
    /* Numbers below 1024 are still logged on their own. */
    CHECK_EQ(SYS(500), -L_ENOSYS);
    CHECK_EQ(capture.log_lines, 2);
}

/* ---- every checked pointer ---- */

struct pointer_case {
    const char *what;
    uint64_t number;
    uint64_t arg[6];
    unsigned pointer;   /* which argument is replaced by a bad pointer */
    bool null_allowed;  /* NULL means "not given": the call succeeds (returns 0) */
};

static const struct pointer_case pointer_cases[] = {
    {"read buf", NR_READ, {0, 0, 16}, 1, false},
    {"write buf", NR_WRITE, {1, 0, 16}, 1, false},
    {"writev iov", NR_WRITEV, {1, 0, 2}, 1, false},
    {"fstat buf", NR_FSTAT, {1, 0}, 1, false},
    {"newfstatat path", NR_NEWFSTATAT, {1, 0, BUF, AT_EMPTY_PATH}, 1, false},
    {"newfstatat buf", NR_NEWFSTATAT, {1, EMPTY_PATH, 0, AT_EMPTY_PATH}, 2, false},
    {"openat path", NR_OPENAT, {(uint64_t)AT_FDCWD, 0}, 1, false},
    {"readlinkat path", NR_READLINKAT, {(uint64_t)AT_FDCWD, 0, BUF, 64}, 1, false},
    {"uname", NR_UNAME, {0}, 0, false},
    {"clock_gettime", NR_CLOCK_GETTIME, {1, 0}, 1, false},
    {"gettimeofday tv", NR_GETTIMEOFDAY, {0, 0}, 0, true},
    {"gettimeofday tz", NR_GETTIMEOFDAY, {BUF, 0}, 1, true},
    {"getrandom", NR_GETRANDOM, {0, 16, 0}, 0, false},
    {"rt_sigaction act", NR_RT_SIGACTION, {SIGINT, 0, 0, 8}, 1, true},
    {"rt_sigaction oldact", NR_RT_SIGACTION, {SIGINT, BUF, 0, 8}, 2, true},
    {"rt_sigprocmask set", NR_RT_SIGPROCMASK, {SIG_BLOCK, 0, 0, 8}, 1, true},
    {"rt_sigprocmask oldset", NR_RT_SIGPROCMASK, {SIG_BLOCK, BUF, 0, 8}, 2, true},
    {"futex", NR_FUTEX, {0, FUTEX_WAKE, 1}, 0, false},
    {"prlimit64 new", NR_PRLIMIT64, {0, RLIMIT_STACK, 0, 0}, 2, true},
    {"prlimit64 old", NR_PRLIMIT64, {0, RLIMIT_STACK, 0, 0}, 3, true},
    {"sysinfo", NR_SYSINFO, {0}, 0, false},
};

/* Null, inside the null page, the last byte (a length or string crossing the end), past the
 * end, and values whose sums wrap. */
static const uint64_t bad_pointers[] = {0, 0x800, 0xfff, MEM_END - 1, MEM_END, MEM_END + PAGE,
                                        WRAPPING, 0x8000000000001000ull};

static void run_pointer_case(const struct pointer_case *c, uint64_t pointer) {
    uint64_t a[6];
    memcpy(a, c->arg, sizeof a);
    a[c->pointer] = pointer;
    int64_t expected = pointer == 0 && c->null_allowed ? 0 : -L_EFAULT;
    if (c->number == NR_FUTEX && (pointer & 3) != 0) expected = -L_EINVAL; /* alignment first */
    int64_t result = SYS(c->number, a[0], a[1], a[2], a[3], a[4], a[5]);
    if (result != expected) printf("  %s with pointer 0x%llx\n", c->what, (unsigned long long)pointer);
    CHECK_EQ(result, expected);
}

static void test_bad_pointers(void) {
    fresh();
    set_input("input that must not be read");
    test_memory[MEM_END - 1] = 'x'; /* a string there runs off the end */
    for (size_t i = 0; i < sizeof pointer_cases / sizeof pointer_cases[0]; i++)
        for (size_t p = 0; p < sizeof bad_pointers / sizeof bad_pointers[0]; p++)
            run_pointer_case(&pointer_cases[i], bad_pointers[p]);
    CHECK(all(0, CODE_BASE, 0)); /* nothing was written into the null page */
    CHECK_EQ(capture.out_length, 0);
    CHECK_EQ(input.calls, 0);
}

/* Each checked structure ends exactly at the end of memory: accepted; one byte later: -EFAULT. */
static void test_pointers_at_the_end(void) {
    static const struct {
        const char *what;
        uint64_t number;
        uint64_t arg[6];
        unsigned pointer;
        uint64_t size;
        int64_t result;
    } cases[] = {
        {"read", NR_READ, {0, 0, 16}, 1, 16, 0}, /* no host input: end of input */
        {"write", NR_WRITE, {1, 0, 16}, 1, 16, 16},
        {"writev", NR_WRITEV, {1, 0, 1}, 1, 16, 0}, /* one empty iovec */
        {"fstat", NR_FSTAT, {2, 0}, 1, STAT_SIZE, 0},
        {"newfstatat path", NR_NEWFSTATAT, {2, 0, BUF, AT_EMPTY_PATH}, 1, 1, 0},
        {"newfstatat buf", NR_NEWFSTATAT, {2, EMPTY_PATH, 0, AT_EMPTY_PATH}, 2, STAT_SIZE, 0},
        {"uname", NR_UNAME, {0}, 0, UTS_SIZE, 0},
        {"clock_gettime", NR_CLOCK_GETTIME, {0, 0}, 1, 16, 0},
        {"gettimeofday", NR_GETTIMEOFDAY, {0, 0}, 0, 16, 0},
        {"getrandom", NR_GETRANDOM, {0, 16}, 0, 16, 16},
        {"rt_sigaction", NR_RT_SIGACTION, {SIGINT, 0, 0, 8}, 2, SIGACTION_SIZE, 0},
        {"rt_sigprocmask", NR_RT_SIGPROCMASK, {SIG_BLOCK, 0, 0, 8}, 2, SIGSET_SIZE, 0},
        {"futex", NR_FUTEX, {0, FUTEX_WAKE, 1}, 0, 4, 0},
        {"prlimit64", NR_PRLIMIT64, {0, RLIMIT_STACK, 0, 0}, 3, 16, 0},
        {"sysinfo", NR_SYSINFO, {0}, 0, SYSINFO_SIZE, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (uint64_t shift = 0; shift <= 1; shift++) {
            fresh();
            uint64_t a[6];
            memcpy(a, cases[i].arg, sizeof a);
            a[cases[i].pointer] = MEM_END - cases[i].size + shift;
            int64_t expected = shift == 0 ? cases[i].result : -L_EFAULT;
            if (shift != 0 && cases[i].number == NR_FUTEX) expected = -L_EINVAL; /* misaligned */
            int64_t result = SYS(cases[i].number, a[0], a[1], a[2], a[3], a[4], a[5]);
            if (result != expected) printf("  %s, shift %llu\n", cases[i].what, (unsigned long long)shift);
            CHECK_EQ(result, expected);
        }
    }
}

/* Deviations from Linux that these tests found, and that vm/ now follows Linux on. */
static void test_bug_clock_ids(void) {
    fresh();
    host.clock_ns = test_clock;
    /* CLOCK_SGI_CYCLE (10) has no clock in Linux: posix_clocks[10] is NULL, so -EINVAL. */
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, 10, BUF), -L_EINVAL);
    /* CLOCK_TAI (11) is realtime plus the TAI offset (0 unless set): the realtime clock. */
    CHECK_EQ(SYS(NR_CLOCK_GETTIME, 11, BUF), 0);
    CHECK(!clock_last_monotonic);
    CHECK_EQ(peek64(BUF), REALTIME_NS / 1000000000u);
}

static void test_bug_signals(void) {
    fresh();
    /* do_sigaction: installing an action for SIGKILL or SIGSTOP is -EINVAL. */
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGKILL, BUF, 0, 8), -L_EINVAL);
    CHECK_EQ(SYS(NR_RT_SIGACTION, SIGSTOP, BUF, 0, 8), -L_EINVAL);
    /* rt_sigprocmask looks at `how` only when a new set is given. */
    CHECK_EQ(SYS(NR_RT_SIGPROCMASK, 3, 0, BUF2, 8), 0);
}

static void test_bug_argument_checks(void) {
    fresh();
    /* get_futex_key: a futex word must be 4-byte aligned, else -EINVAL. */
    CHECK_EQ(SYS(NR_FUTEX, BUF + 2, FUTEX_WAKE, 1), -L_EINVAL);
    /* prlimit64 on a pid that does not exist: -ESRCH, not -EPERM. */
    CHECK_EQ(SYS(NR_PRLIMIT64, 2, RLIMIT_STACK, 0, BUF), -L_ESRCH);
    /* getrandom: flags other than GRND_NONBLOCK|GRND_RANDOM|GRND_INSECURE are -EINVAL. */
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 16, 8), -L_EINVAL);
    /* readlinkat with bufsiz 0 is -EINVAL before any lookup. */
    CHECK_EQ(SYS(NR_READLINKAT, AT_FDCWD, FILE_PATH, BUF, 0), -L_EINVAL);
    /* mprotect of a range with no mapping (the null page can never be accessed) is -ENOMEM. */
    CHECK_EQ(SYS(NR_MPROTECT, 0, PAGE, 1), -L_ENOMEM);
}

/* Deviations tests/../user/tests/hostile_syscalls.c found against Linux (checked on a Linux
 * kernel too): which check comes first, and how wide an argument is. */
static void test_bug_futex_order(void) {
    enum { FUTEX_CLOCK_REALTIME = 256, FUTEX_REQUEUE = 3 };
    fresh();
    poke64(BUF, 7);
    /* The command is op without the private and clock flags: 0x100000 is no command, even with a
     * misaligned, unmapped word; Basin serves only WAIT and WAKE. */
    CHECK_EQ(SYS(NR_FUTEX, MEM_END + 1, 0x100000, 0), -L_ENOSYS);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_REQUEUE, 0), -L_ENOSYS);
    CHECK_EQ(SYS(NR_FUTEX, BUF, (1ull << 32) | FUTEX_WAIT, 8), -L_EAGAIN); /* op is an int */
    /* WAIT reads its timeout first: unreadable -EFAULT, invalid -EINVAL; then the clock flag. */
    CHECK_EQ(SYS(NR_FUTEX, BUF + 1, FUTEX_WAIT, 7, 0), -L_EINVAL);
    CHECK_EQ(SYS(NR_FUTEX, BUF + 1, FUTEX_WAIT, 7, MEM_END - 8), -L_EFAULT);
    poke64(BUF2, 0);
    poke64(BUF2 + 8, 1000000000);
    CHECK_EQ(SYS(NR_FUTEX, BUF + 1, FUTEX_WAIT, 7, BUF2), -L_EINVAL);
    poke64(BUF2, (uint64_t)-1);
    poke64(BUF2 + 8, 0);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAIT, 7, BUF2), -L_EINVAL);
    poke64(BUF2, 1);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAIT | FUTEX_CLOCK_REALTIME, 7, BUF2), -L_ENOSYS);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAIT, 7, BUF2), -L_ETIMEDOUT);
    CHECK_EQ(SYS(NR_FUTEX, BUF, FUTEX_WAKE | FUTEX_CLOCK_REALTIME, 1), -L_ENOSYS);
    /* A private WAKE never touches the word, so an unmapped one is fine, inside the address
     * space; a shared one needs it mapped. */
    CHECK_EQ(SYS(NR_FUTEX, 0x200000, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1), 0);
    CHECK_EQ(SYS(NR_FUTEX, 0x200000, FUTEX_WAKE, 1), -L_EFAULT);
    CHECK_EQ(SYS(NR_FUTEX, MEM_END, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1), -L_EFAULT);
    /* set_robust_list checks only the head's size. */
    CHECK_EQ(SYS(NR_SET_ROBUST_LIST, 0, 24), 0);
    CHECK_EQ(SYS(NR_SET_ROBUST_LIST, BUF, 25), -L_EINVAL);
}

static void test_bug_prlimit_getrandom_order(void) {
    fresh();
    /* prlimit64 reads the new limit before it looks at the pid (an int) or the resource. */
    CHECK_EQ(SYS(NR_PRLIMIT64, 2, RLIMIT_STACK, MEM_END, 0), -L_EFAULT);
    CHECK_EQ(SYS(NR_PRLIMIT64, 2, RLIM_NLIMITS, 0, 0), -L_ESRCH);
    CHECK_EQ(SYS(NR_PRLIMIT64, 1ull << 32, RLIMIT_STACK, 0, BUF2), 0); /* pid 0 */
    CHECK_EQ(SYS(NR_PRLIMIT64, 0, (1ull << 32) | RLIMIT_STACK, 0, BUF2), 0);
    CHECK_EQ(peek64(BUF2), 256 * 1024);
    poke64(BUF, 10);
    poke64(BUF + 8, 9);
    CHECK_EQ(SYS(NR_PRLIMIT64, 0, RLIMIT_STACK, BUF, MEM_END), -L_EINVAL); /* soft > hard */
    poke64(BUF, 10);
    poke64(BUF + 8, 2000000);
    CHECK_EQ(SYS(NR_PRLIMIT64, 0, 7, BUF, 0), -L_EPERM); /* RLIMIT_NOFILE above fs.nr_open */
    CHECK_EQ(SYS(NR_PRLIMIT64, 0, RLIMIT_STACK, BUF, MEM_END), -L_EFAULT); /* old last */
    /* getrandom's flags are an unsigned int; GRND_INSECURE with GRND_RANDOM is -EINVAL. */
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 16, 1ull << 32), 16);
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 16, 4 | 2), -L_EINVAL);
    CHECK_EQ(SYS(NR_GETRANDOM, 0, 16, 4 | 2), -L_EINVAL);
    CHECK_EQ(SYS(NR_GETRANDOM, BUF, 16, 4), 16);
}

static void test_bug_path_calls_order(void) {
    enum {
        O_RDWR = 2, O_CREAT = 0100, O_DIRECTORY = 0200000, O_PATH = 010000000,
        O_TMPFILE_BIT = 020000000,
    };
    fresh();
    /* openat: O_TMPFILE needs O_DIRECTORY, no O_CREAT, and write access, checked before the
     * path; O_PATH drops every flag but its companions; unknown bits are ignored. */
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, 0, O_TMPFILE_BIT | O_RDWR), -L_EINVAL);
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, 0, O_TMPFILE_BIT | O_DIRECTORY), -L_EINVAL);
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, 0, O_TMPFILE_BIT | O_DIRECTORY | O_CREAT | O_RDWR), -L_EINVAL);
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, 0, O_TMPFILE_BIT | O_DIRECTORY | O_RDWR), -L_EFAULT);
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, FILE_PATH, O_TMPFILE_BIT | O_DIRECTORY | O_RDWR), -L_ENOENT);
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, 0, O_PATH | O_TMPFILE_BIT), -L_EFAULT);
    CHECK_EQ(SYS(NR_OPENAT, AT_FDCWD, FILE_PATH, 0xfc), -L_ENOENT);
    /* readlinkat: a size of 0 or less (an int) first; the buffer is not needed to find no link. */
    CHECK_EQ(SYS(NR_READLINKAT, AT_FDCWD, 0, BUF, 0x80000000), -L_EINVAL);
    CHECK_EQ(SYS(NR_READLINKAT, AT_FDCWD, 0, BUF, 1ull << 32), -L_EINVAL);
    CHECK_EQ(SYS(NR_READLINKAT, AT_FDCWD, FILE_PATH, 0, 64), -L_ENOENT);
    CHECK_EQ(SYS(NR_READLINKAT, AT_FDCWD, FILE_PATH, MEM_END, 64), -L_ENOENT);
    /* newfstatat: unknown flags before the path. */
    CHECK_EQ(SYS(NR_NEWFSTATAT, 1, 0, BUF, 0x400000), -L_EINVAL);
    CHECK_EQ(SYS(NR_NEWFSTATAT, 1, 0, BUF, 0x2), -L_EINVAL);
    CHECK_EQ(SYS(NR_NEWFSTATAT, 1, EMPTY_PATH, BUF, AT_EMPTY_PATH | 0x100 | 0x800 | 0x6000), 0);
    /* lseek: the fd, then whence (an unsigned int) beyond SEEK_HOLE, then the console. */
    CHECK_EQ(SYS(NR_LSEEK, 5, 0, 9), -L_EBADF);
    CHECK_EQ(SYS(NR_LSEEK, 0, 0, 5), -L_EINVAL);
    CHECK_EQ(SYS(NR_LSEEK, 0, 0, (1ull << 32) | 4), -L_ESPIPE);
}

static void test_bug_mmap_mprotect_order(void) {
    enum { MAP_GROWSDOWN = 0x100, MAP_FIXED_NOREPLACE = 0x100000, MAP_HUGETLB = 0x40000 };
    const uint64_t anon = MAP_PRIVATE | MAP_ANONYMOUS;
    fresh();
    /* The offset, then the fd of a file mapping, then the length, then the type. */
    CHECK_EQ(SYS(NR_MMAP, 0, 0, PROT_RW, 0, 99, 1), -L_EINVAL);
    CHECK_EQ(SYS(NR_MMAP, 0, 0, PROT_RW, 0, 99, 0), -L_EBADF);
    CHECK_EQ(SYS(NR_MMAP, 0, PAGE, PROT_RW, MAP_PRIVATE, (1ull << 32) | 99, 0), -L_EBADF);
    CHECK_EQ(SYS(NR_MMAP, 0, PAGE, PROT_RW, MAP_SHARED, 1, 0), -L_ENODEV);
    CHECK_EQ(SYS(NR_MMAP, 0, 0, PROT_RW, MAP_ANONYMOUS, -1, 0), -L_EINVAL);
    CHECK_EQ(SYS(NR_MMAP, 0, ~0ull, PROT_RW, MAP_ANONYMOUS, -1, 0), -L_ENOMEM);
    CHECK_EQ(SYS(NR_MMAP, 0, MEM_END + 1, PROT_RW, MAP_ANONYMOUS, -1, 0), -L_ENOMEM);
    CHECK_EQ(SYS(NR_MMAP, 0, PAGE, PROT_RW, MAP_ANONYMOUS, -1, 0), -L_EINVAL); /* type 0 */
    CHECK_EQ(SYS(NR_MMAP, 0, PAGE, PROT_RW, MAP_ANONYMOUS | 3, -1, 0), -L_EINVAL);
    CHECK_EQ(SYS(NR_MMAP, 0, PAGE, PROT_RW, MAP_ANONYMOUS | 8, -1, 0), -L_EINVAL);
    CHECK_EQ(SYS(NR_MMAP, 0, PAGE, PROT_RW, MAP_SHARED | MAP_ANONYMOUS | MAP_GROWSDOWN, -1, 0),
             -L_EINVAL);
    /* MAP_FIXED: a range past the address space is -ENOMEM before the alignment is checked. */
    CHECK_EQ(SYS(NR_MMAP, MEM_END - 1, PAGE, PROT_RW, anon | MAP_FIXED, -1, 0), -L_ENOMEM);
    CHECK_EQ(SYS(NR_MMAP, 0x200001, PAGE, PROT_RW, anon | MAP_FIXED, -1, 0), -L_EINVAL);
    /* MAP_FIXED_NOREPLACE: like MAP_FIXED, but -EEXIST over anything in use. */
    CHECK_EQ(SYS(NR_MMAP, 0x200000, PAGE, PROT_RW, anon | MAP_FIXED_NOREPLACE, -1, 0), 0x200000);
    CHECK_EQ(SYS(NR_MMAP, 0x1ff000, 2 * PAGE, PROT_RW, anon | MAP_FIXED_NOREPLACE, -1, 0), -L_EEXIST);
    CHECK_EQ(SYS(NR_MMAP, STACK_BOTTOM, PAGE, PROT_RW, anon | MAP_FIXED_NOREPLACE, -1, 0), -L_EEXIST);
    /* MAP_HUGETLB gets normal pages. */
    CHECK_EQ(SYS(NR_MMAP, 0, PAGE, PROT_RW, anon | MAP_HUGETLB, -1, 0), MAP_TOP - PAGE);
    /* mprotect: GROWSDOWN with GROWSUP first, then alignment, an empty range, a wrapping end,
     * the bits (PROT_SEM is fine), the range; Basin's pages never grow. */
    CHECK_EQ(SYS(NR_MPROTECT, 1, 0, 0x03000000), -L_EINVAL);
    CHECK_EQ(SYS(NR_MPROTECT, 1, PAGE, PROT_READ), -L_EINVAL);
    CHECK_EQ(SYS(NR_MPROTECT, 0x200000, 0, 0xff0), 0);
    CHECK_EQ(SYS(NR_MPROTECT, 0xfffffffffffff000ull, 2 * PAGE, 0xff0), -L_ENOMEM);
    CHECK_EQ(SYS(NR_MPROTECT, 0x200000, ~0ull, 0xff0), -L_ENOMEM);
    CHECK_EQ(SYS(NR_MPROTECT, 0x200000, PAGE, 0xff0), -L_EINVAL);
    CHECK_EQ(SYS(NR_MPROTECT, 0x200000, PAGE, PROT_READ | 8), 0);
    CHECK_EQ(SYS(NR_MPROTECT, 0x201000, PAGE, PROT_READ | 8), -L_ENOMEM);
    CHECK_EQ(SYS(NR_MPROTECT, 0x200000, PAGE, PROT_READ | 0x01000000), -L_EINVAL);
}

static uint64_t written_total;

static void count_write(void *context, int fd, const uint8_t *bytes, size_t length) {
    (void)context, (void)fd, (void)bytes;
    written_total += length;
}

/* __import_iovec clamps the total to MAX_RW_COUNT (INT_MAX & PAGE_MASK): one writev of 1024
 * iovecs over all of memory writes 0x7ffff000 bytes on Linux, not about 4 GiB. */
static void test_bug_writev_total(void) {
    fresh();
    vm_set_output_limit(&test_vm, ~0ull);
    CHECK_EQ(map_fixed(BREAK_START, MAP_TOP - BREAK_START), BREAK_START); /* all readable */
    host.write = count_write;
    written_total = 0;
    for (uint64_t i = 0; i < 1024; i++) { /* up to the trampoline page: the gap is not readable */
        poke64(0x10000 + 16 * i, PAGE);
        poke64(0x10000 + 16 * i + 8, MAP_TOP - PAGE);
    }
    CHECK_EQ(SYS(NR_WRITEV, 1, 0x10000, 1024), 0x7ffff000);
    CHECK_EQ(written_total, 0x7ffff000);
}

const struct test linux_tests[] = {
    {"linux: brk(0) is the page-aligned end of the image", test_brk_start},
    {"linux: brk grows zero-filled and shrinks", test_brk_grow_shrink},
    {"linux: brk below its start, into the stack or past memory changes nothing", test_brk_refusals},
    {"linux: brk and mmap never overlap", test_brk_mmap_never_overlap},
    {"linux: mmap gives zeroed pages top-down below the stack", test_mmap_top_down_zeroed},
    {"linux: mmap refuses bad lengths, flags, fds and offsets", test_mmap_refusals},
    {"linux: mmap runs out with -ENOMEM, sparing image, break and stack", test_mmap_exhaustion},
    {"linux: MAP_FIXED replaces mappings, never image, break or stack", test_mmap_fixed},
    {"linux: munmap frees pages for reuse", test_munmap_reuse},
    {"linux: munmap refuses unaligned, empty and outside ranges", test_munmap_refusals},
    {"linux: munmap never frees image, break or stack", test_munmap_spares_image_break_stack},
    {"linux: mprotect validates its range", test_mprotect},
    {"linux: madvise(MADV_DONTNEED) zeroes mappings, break and stack, not the image", test_madvise_dontneed},
    {"linux: madvise's other advice values are hints", test_madvise_hints},
    {"linux: madvise refuses bad advice, unaligned and wrapping ranges, holes", test_madvise_refusals},
    {"linux: madvise over a partly mapped range treats the mapped part, then -ENOMEM", test_madvise_partly_mapped},
    {"linux: madvise(MADV_DONTNEED) drops decoded code and charges its work", test_madvise_drops_code},
    {"linux: mremap shrinks in place", test_mremap_shrink},
    {"linux: mremap grows in place into free pages", test_mremap_grow_in_place},
    {"linux: mremap moves when it must, keeping the contents", test_mremap_move},
    {"linux: mremap refuses bad flags, ranges and non-mappings", test_mremap_refusals},
    {"linux: read from fd 0 goes to the host", test_read_from_host},
    {"linux: read without host input is end of file", test_read_without_host_input},
    {"linux: read refuses other fds and bad buffers", test_read_refusals},
    {"linux: writev writes the iovecs in order", test_writev},
    {"linux: the output limit cuts writes short, then -EFBIG", test_output_limit},
    {"linux: a call's host work counts against the budget", test_work_charged},
    {"linux: writev checks every iovec before writing", test_writev_refusals},
    {"linux: fstat and newfstatat see fds 0-2 as character devices", test_stat_std_fds},
    {"linux: fstat and newfstatat refusals", test_stat_refusals},
    {"linux: close, lseek and ioctl", test_close_lseek_ioctl},
    {"linux: openat and readlinkat find no files", test_openat_readlinkat},
    {"linux: uname", test_uname},
    {"linux: clocks count instructions without a host clock", test_clock_deterministic},
    {"linux: clocks read the host clock", test_clock_host},
    {"linux: clock_gettime and gettimeofday refusals", test_clock_refusals},
    {"linux: getrandom is a seeded stream", test_getrandom},
    {"linux: getrandom's bytes are xorshift64*'s, 8 a step, at every length", test_getrandom_bytes},
    {"linux: AT_RANDOM and getrandom share the stream", test_at_random_same_stream},
    {"linux: rt_sigaction", test_rt_sigaction},
    {"linux: rt_sigprocmask", test_rt_sigprocmask},
    {"linux: futex on one thread", test_futex},
    {"linux: prlimit64", test_prlimit64},
    {"linux: sysinfo", test_sysinfo},
    {"linux: identity and trivial calls", test_identity_and_trivial_calls},
    {"linux: unknown numbers give -ENOSYS, logged once each", test_unknown_logged_once},
    {"linux: unknown numbers from 1024 up share one log line", test_unknown_high_numbers_share_a_line},
    {"linux: every checked pointer refuses null, null page, end and wrapping", test_bad_pointers},
    {"linux: structures may end exactly at the end of memory", test_pointers_at_the_end},
    {"linux: clock ids 10 (none) and 11 (TAI, the wall clock)", test_bug_clock_ids},
    {"linux: SIGKILL/SIGSTOP actions refused; sigprocmask checks how only with a set",
     test_bug_signals},
    {"linux: futex alignment, prlimit pid, getrandom flags, readlinkat size, mprotect of free pages",
     test_bug_argument_checks},
    {"linux: futex checks its command, timeout, clock flag and word in Linux's order",
     test_bug_futex_order},
    {"linux: prlimit64 reads the new limit first; getrandom's flags are 32 bits",
     test_bug_prlimit_getrandom_order},
    {"linux: openat, readlinkat, newfstatat and lseek check flags and sizes first",
     test_bug_path_calls_order},
    {"linux: mmap and mprotect check their arguments in Linux's order",
     test_bug_mmap_mprotect_order},
    {"linux: writev transfers at most MAX_RW_COUNT bytes", test_bug_writev_total},
    {0, 0},
};
