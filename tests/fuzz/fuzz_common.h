/* SPDX-License-Identifier: MIT */
/* Shared by the libFuzzer harnesses of vm/: static VM storage, a host that discards output but
 * checks what the VM hands it, and a reader that turns fuzz bytes into values.
 *
 * Each harness is its own program (all of vm/ plus one fuzz_NAME.c), so everything here is static. */
#ifndef BASIN_FUZZ_COMMON_H
#define BASIN_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "syscall.h"
#include "vm.h"

/* As in the kernel and basin-run: the VM and its memory are never allocated. */
static struct vm fuzz_vm;
static uint8_t fuzz_memory[VM_MEMORY_SIZE];

/* A VM assertion is an internal error of vm/, so it is a finding: abort makes libFuzzer save the
 * input. */
_Noreturn void vm_assert_failed(const char *expression, const char *file, int line) {
    fprintf(stderr, "vm assertion failed: %s at %s:%d\n", expression, file, line);
    abort();
}


/* Consumes the input front to back; past the end every value reads as zero, so short inputs
 * still describe a complete (mostly zero) state. */
struct fuzz_reader {
    const uint8_t *data;
    size_t size;
    size_t at;
};

static inline bool fuzz_more(const struct fuzz_reader *r) { return r->at < r->size; }

static inline uint64_t fuzz_bytes(struct fuzz_reader *r, unsigned count) {
    uint64_t value = 0;
    for (unsigned i = 0; i < count && r->at < r->size; i++)
        value |= (uint64_t)r->data[r->at++] << (8 * i);
    return value;
}

static inline uint8_t fuzz_u8(struct fuzz_reader *r) { return (uint8_t)fuzz_bytes(r, 1); }
static inline uint64_t fuzz_u64(struct fuzz_reader *r) { return fuzz_bytes(r, 8); }

/* True when [bytes, bytes + length) lies inside guest memory above the null page: the VM must
 * never hand the host anything else. */
static inline bool fuzz_in_guest(const uint8_t *bytes, size_t length) {
    uintptr_t start = (uintptr_t)fuzz_memory, at = (uintptr_t)bytes;
    return at >= start + VM_NULL_PAGE_SIZE && at <= start + VM_MEMORY_SIZE &&
           length <= start + VM_MEMORY_SIZE - at;
}

static inline void fuzz_host_write(void *context, int fd, const uint8_t *bytes, size_t length) {
    (void)context;
    FUZZ_CHECK(fd == 1 || fd == 2);
    FUZZ_CHECK(length == 0 || fuzz_in_guest(bytes, length));
}

/* Input for fd 0: a few bytes of a fixed line, then the end; checks the buffer it is given. */
static inline int64_t fuzz_host_read(void *context, uint8_t *bytes, size_t length) {
    static const char line[] = "fuzz\n";
    (void)context;
    FUZZ_CHECK(length >= 1 && fuzz_in_guest(bytes, length));
    size_t count = length < sizeof line - 1 ? length : sizeof line - 1;
    memcpy(bytes, line, count);
    return (int64_t)count;
}

static inline void fuzz_host_log(void *context, const char *line) {
    (void)context;
    FUZZ_CHECK(line != 0 && strlen(line) < 1024);
}

/* The trace line is built in a bounded buffer; reading it whole proves it is terminated. */
static inline void fuzz_host_trace(void *context, const char *line) {
    (void)context;
    FUZZ_CHECK(line != 0 && strlen(line) < 160);
}

/* A host clock the fuzzer controls through the context (a uint64_t). */
static inline uint64_t fuzz_host_clock(void *context, bool monotonic) {
    return *(const uint64_t *)context + (monotonic ? 0 : 1600000000000000000ull);
}

#endif
