/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the kernel's device-tree reader (kernel/fdt.c) on arbitrary bytes.
 *
 * The input is the blob. The reader's contract is that the caller can read the whole blob: its
 * first 8 bytes (magic, totalsize), then totalsize bytes. So inputs shorter than 8 bytes, or
 * whose header claims more than the input holds, are skipped; the rest are copied into a
 * malloc'd buffer (malloc's alignment meets the reader's 8 bytes) of exactly the blob's size:
 * totalsize when it is at least a header, else the input's. AddressSanitizer then reports any
 * read past the blob. Every public function of kernel/fdt.h is called and the answers are
 * checked against each other and against what the header allows.
 *
 * Built from kernel/fdt.c and tests/fdt/host_panic.c (a failed KERNEL_ASSERT aborts: a finding),
 * not from vm/, so fuzz_common.h (the VM's) is not used. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdt.h"
#include "fuzz_check.h"

enum {
    HEADER_SIZE = 40,
    READER_MAX_SIZE = 1 << 20, /* fdt.c's FDT_MAX_SIZE */
    LISTED = 16,
    FEW = 2,
};


/* What the kernel asks for: its console drivers' names (first), the finisher, the RTC. */
enum { DRIVER_NAMES = 4 };
static const char *const compatibles[] = {"ns16550a",     "ns16550",      "snps,dw-apb-uart",
                                          "sifive,uart0", "sifive,test0", "sifive,test1",
                                          "google,goldfish-rtc"};
static const char *const u32_names[] = {"timebase-frequency", "#address-cells", "reg", "status"};

static uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

struct blob {
    const uint8_t *bytes;
    uint32_t size;
};

static bool inside(const struct blob *blob, const uint8_t *start, uint32_t length) {
    return start >= blob->bytes && start <= blob->bytes + blob->size &&
           length <= (uint32_t)(blob->bytes + blob->size - start);
}

/* fdt_valid against the header it read. */
static bool check_valid(const struct blob *blob) {
    uint32_t size = 0x5a5a5a5a;
    bool valid = fdt_valid((uintptr_t)blob->bytes, &size);
    if (valid) {
        FUZZ_CHECK(size == be32(blob->bytes + 4) && size == blob->size);
        FUZZ_CHECK(size >= HEADER_SIZE && size <= READER_MAX_SIZE);
    } else {
        FUZZ_CHECK(size == 0x5a5a5a5a);
    }
    return valid;
}

/* fdt_memory with room for LISTED, for FEW and for none: the same verdict, and the shorter
 * lists are prefixes of the longer. True when the tree is whole (well formed). */
static bool check_memory(uintptr_t dtb) {
    struct fdt_range all[LISTED + 1], few[FEW + 1];
    memset(all, 0x5a, sizeof all);
    memset(few, 0x5a, sizeof few);
    unsigned count = 99, few_count = 99, none_count = 99;
    bool whole = fdt_memory(dtb, all, LISTED, &count);
    FUZZ_CHECK(count <= LISTED && (whole || count == 0));
    FUZZ_CHECK(all[LISTED].base == 0x5a5a5a5a5a5a5a5aull); /* nothing written past max */
    for (unsigned i = 0; i < count; i++) FUZZ_CHECK(all[i].size != 0);
    FUZZ_CHECK(fdt_memory(dtb, few, FEW, &few_count) == whole);
    FUZZ_CHECK(few_count == (count < FEW ? count : FEW));
    FUZZ_CHECK(memcmp(few, all, few_count * sizeof few[0]) == 0);
    FUZZ_CHECK(few[FEW].base == 0x5a5a5a5a5a5a5a5aull);
    FUZZ_CHECK(fdt_memory(dtb, few, 0, &none_count) == whole && none_count == 0);
    return whole;
}

static bool check_harts(uintptr_t dtb) {
    uint64_t all[LISTED + 1], few[FEW + 1];
    memset(all, 0x5a, sizeof all);
    memset(few, 0x5a, sizeof few);
    unsigned count = 99, few_count = 99;
    bool whole = fdt_harts(dtb, all, LISTED, &count);
    FUZZ_CHECK(count <= LISTED && (whole || count == 0));
    FUZZ_CHECK(all[LISTED] == 0x5a5a5a5a5a5a5a5aull);
    FUZZ_CHECK(fdt_harts(dtb, few, FEW, &few_count) == whole);
    FUZZ_CHECK(few_count == (count < FEW ? count : FEW));
    FUZZ_CHECK(memcmp(few, all, few_count * sizeof few[0]) == 0);
    FUZZ_CHECK(few[FEW] == 0x5a5a5a5a5a5a5a5aull);
    return whole;
}

/* The single-value queries: nothing from a tree that is not whole. */
static void check_queries(uintptr_t dtb, bool whole) {
    for (size_t i = 0; i < sizeof compatibles / sizeof compatibles[0]; i++) {
        uint64_t address = 0x5a5a5a5a5a5a5a5aull;
        bool found = fdt_find_compatible_reg(dtb, compatibles[i], &address);
        FUZZ_CHECK(whole || !found);
        FUZZ_CHECK(found || address == 0x5a5a5a5a5a5a5a5aull);
    }
    for (size_t i = 0; i < sizeof u32_names / sizeof u32_names[0]; i++) {
        uint32_t value = 0x5a5a5a5a;
        bool found = fdt_find_u32(dtb, u32_names[i], &value);
        FUZZ_CHECK(whole || !found);
        FUZZ_CHECK(found || value == 0x5a5a5a5a);
    }
}

/* The console: a terminated path, a compatible list inside the blob, and consistency with
 * fdt_device_is and fdt_find_compatible_reg. */
static void check_console(const struct blob *blob, bool valid, bool whole) {
    uintptr_t dtb = (uintptr_t)blob->bytes;
    struct fdt_device device, again;
    memset(&device, 0x5a, sizeof device);
    enum fdt_stdout found = fdt_stdout_device(dtb, &device);
    FUZZ_CHECK(found >= FDT_STDOUT_FOUND && found <= FDT_STDOUT_NO_NODE);
    FUZZ_CHECK(memchr(device.path, '\0', sizeof device.path) != 0);
    FUZZ_CHECK(valid || found == FDT_STDOUT_NO_TREE);
    FUZZ_CHECK(found != FDT_STDOUT_FOUND || (whole && device.path[0] == '/'));
    if (device.compatible != 0) FUZZ_CHECK(inside(blob, device.compatible, device.compatible_length));
    /* One walk at a time, with nothing left over from the last: the same answer again. */
    memset(&again, 0, sizeof again);
    FUZZ_CHECK(fdt_stdout_device(dtb, &again) == found && memcmp(&again, &device, sizeof again) == 0);
    if (found != FDT_STDOUT_FOUND || device.compatible == 0) return;
    /* console.c prints the first entry as a string once a driver matched: it must end inside. */
    const char *first = (const char *)device.compatible;
    bool terminated = memchr(first, '\0', device.compatible_length) != 0;
    for (size_t i = 0; i < DRIVER_NAMES; i++)
        if (fdt_device_is(&device, compatibles[i])) FUZZ_CHECK(terminated);
    if (!terminated) return;
    FUZZ_CHECK(fdt_device_is(&device, first));
    uint64_t address = 0;
    if (device.has_address) FUZZ_CHECK(fdt_find_compatible_reg(dtb, first, &address));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 8 || size > READER_MAX_SIZE * 2) return 0;
    uint32_t totalsize = be32(data + 4);
    if (totalsize > size) return 0; /* outside the contract: the caller maps all of totalsize */
    uint32_t length = totalsize >= HEADER_SIZE ? totalsize : (uint32_t)size;
    uint8_t *bytes = malloc(length);
    FUZZ_CHECK(bytes != 0 && ((uintptr_t)bytes & 7) == 0);
    memcpy(bytes, data, length);
    struct blob blob = {bytes, length};
    bool valid = check_valid(&blob);
    bool whole = check_memory((uintptr_t)bytes);
    FUZZ_CHECK(check_harts((uintptr_t)bytes) == whole); /* both mean "well formed" */
    FUZZ_CHECK(valid || !whole);
    check_queries((uintptr_t)bytes, whole);
    check_console(&blob, valid, whole);
    free(bytes);
    return 0;
}
