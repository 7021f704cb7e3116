/* SPDX-License-Identifier: MIT */
/* madvise(MADV_DONTNEED) on private anonymous memory: the next read sees zeros, as on Linux. Pages
 * of an mmap'd region (its neighbours keep their bytes), a read-only page, the program break, the
 * stack and a page of code, plus the argument checks qemu-riscv64 shares with Linux.
 *
 * qemu-riscv64 (7.2) is the reference here, so the program only prints what it implements as Linux
 * does. It returns 0 for an advice Linux rejects (-EINVAL) and for ranges that are not mapped
 * (Linux: -ENOMEM, after treating the mapped part); Basin follows Linux there, which
 * tests/unit/test_linux.c checks. The calls are made with ecall, not libc wrappers, so that
 * picolibc (which has no sys/mman.h) builds this file as well as glibc. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum {
    NR_BRK = 214, NR_MMAP = 222, NR_MPROTECT = 226, NR_MADVISE = 233,
    PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4, MAP_PRIVATE = 0x02, MAP_ANONYMOUS = 0x20,
    MADV_DONTNEED = 4, PAGE = 4096,
};

static long linux_call(long number, long a0, long a1, long a2, long a3, long a4, long a5) {
    register long x10 __asm__("a0") = a0;
    register long x11 __asm__("a1") = a1;
    register long x12 __asm__("a2") = a2;
    register long x13 __asm__("a3") = a3;
    register long x14 __asm__("a4") = a4;
    register long x15 __asm__("a5") = a5;
    register long x17 __asm__("a7") = number;
    __asm__ volatile("ecall"
                     : "+r"(x10)
                     : "r"(x11), "r"(x12), "r"(x13), "r"(x14), "r"(x15), "r"(x17)
                     : "memory");
    return x10;
}

static long madvise_call(void *addr, unsigned long length, int advice) {
    return linux_call(NR_MADVISE, (long)addr, (long)length, advice, 0, 0, 0);
}

static unsigned char *map(unsigned long length, int prot) {
    long addr = linux_call(NR_MMAP, 0, (long)length, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (addr < 0 && addr > -4096) {
        printf("mmap failed: %ld\n", addr);
        return 0;
    }
    return (unsigned char *)addr;
}

/* How many of the `length` bytes at p are `byte`. */
static unsigned long count(const volatile unsigned char *p, unsigned long length, unsigned char byte) {
    unsigned long n = 0;
    for (unsigned long i = 0; i < length; i++) n += p[i] == byte;
    return n;
}

static unsigned char *page_up(volatile unsigned char *p) {
    return (unsigned char *)(((uintptr_t)p + PAGE - 1) & ~(uintptr_t)(PAGE - 1));
}

static int mapping(void) {
    unsigned char *p = map(4 * PAGE, PROT_READ | PROT_WRITE);
    if (p == 0) return 1;
    memset(p, 0xa5, 4 * PAGE);
    long result = madvise_call(p + PAGE, 2 * PAGE, MADV_DONTNEED);
    printf("mapping: madvise %ld; page 0 kept %lu, pages 1-2 zero %lu, page 3 kept %lu\n", result,
           count(p, PAGE, 0xa5), count(p + PAGE, 2 * PAGE, 0), count(p + 3 * PAGE, PAGE, 0xa5));
    /* A length within a page covers all of it. */
    result = madvise_call(p, 1, MADV_DONTNEED);
    printf("one byte: madvise %ld; page 0 zero %lu, page 3 kept %lu\n", result, count(p, PAGE, 0),
           count(p + 3 * PAGE, PAGE, 0xa5));
    /* Refusals Linux and qemu-riscv64 share, and an empty range. */
    long unaligned = madvise_call(p + 1, PAGE, MADV_DONTNEED);
    long wrapping = madvise_call(p, (unsigned long)-1, MADV_DONTNEED);
    long empty = madvise_call(p + 3 * PAGE, 0, MADV_DONTNEED);
    printf("unaligned %ld, length -1 %ld, length 0 %ld; page 3 kept %lu\n", unaligned, wrapping,
           empty, count(p + 3 * PAGE, PAGE, 0xa5));
    return 0;
}

static int read_only(void) {
    unsigned char *p = map(PAGE, PROT_READ | PROT_WRITE);
    if (p == 0) return 1;
    memset(p, 0x3c, PAGE);
    long protect = linux_call(NR_MPROTECT, (long)p, PAGE, PROT_READ, 0, 0, 0);
    long result = madvise_call(p, PAGE, MADV_DONTNEED);
    printf("read-only page: mprotect %ld, madvise %ld; zero %lu\n", protect, result, count(p, PAGE, 0));
    return 0;
}

/* Code on a page both writable and executable: run it, drop it, write other code, run that. */
static int code(void) {
    static const uint32_t return_42[] = {0x02a00513, 0x00008067}; /* li a0, 42; ret */
    static const uint32_t return_7[] = {0x00700513, 0x00008067};  /* li a0, 7; ret */
    unsigned char *p = map(PAGE, PROT_READ | PROT_WRITE | PROT_EXEC);
    if (p == 0) return 1;
    memcpy(p, return_42, sizeof return_42);
    __asm__ volatile("fence.i" ::: "memory");
    long first = ((long (*)(void))(uintptr_t)p)();
    long result = madvise_call(p, PAGE, MADV_DONTNEED);
    unsigned long zero = count(p, PAGE, 0);
    memcpy(p, return_7, sizeof return_7);
    __asm__ volatile("fence.i" ::: "memory");
    long second = ((long (*)(void))(uintptr_t)p)();
    printf("code page: ran %ld, madvise %ld, zero %lu, new code ran %ld\n", first, result, zero, second);
    return 0;
}

/* Three pages of stack: a variable-length array, which the build's 1 KiB frame limit does not
 * count (its length is read through a volatile, so it stays variable). */
static volatile unsigned long stack_pages = 3;

static void stack(void) {
    unsigned long size = stack_pages * PAGE;
    volatile unsigned char buffer[size];
    for (unsigned long i = 0; i < size; i++) buffer[i] = 0x77;
    unsigned char *p = page_up(buffer); /* a whole page inside the buffer */
    long result = madvise_call(p, PAGE, MADV_DONTNEED);
    unsigned long below = (unsigned long)(p - buffer), above = size - below - PAGE;
    int kept = count(buffer, below, 0x77) == below && count(p + PAGE, above, 0x77) == above;
    printf("stack: madvise %ld; zero %lu, the rest of the array kept: %s\n", result,
           count(p, PAGE, 0), kept ? "yes" : "no");
}

/* Last, and the break is put back: the C library's allocator keeps its own idea of the break. */
static void program_break(void) {
    long start = linux_call(NR_BRK, 0, 0, 0, 0, 0, 0);
    unsigned char *p = page_up((unsigned char *)start);
    long grown = linux_call(NR_BRK, (long)(p + 2 * PAGE), 0, 0, 0, 0, 0);
    if (grown != (long)(p + 2 * PAGE)) {
        printf("brk failed\n");
        return;
    }
    memset(p, 0x5a, 2 * PAGE);
    long result = madvise_call(p, PAGE, MADV_DONTNEED);
    unsigned long zero = count(p, PAGE, 0), kept = count(p + PAGE, PAGE, 0x5a);
    long back = linux_call(NR_BRK, start, 0, 0, 0, 0, 0);
    printf("break: madvise %ld; zero %lu, next page kept %lu; break back %s\n", result, zero, kept,
           back == start ? "yes" : "no");
}

int main(void) {
    if (mapping() != 0 || read_only() != 0 || code() != 0) return 1;
    stack();
    program_break();
    return 0;
}
