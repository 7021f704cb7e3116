/* SPDX-License-Identifier: MIT */
/* A flattened device tree reader (Devicetree Specification v0.4, chapter 5), written here and
 * bounds-checked against the blob's own header: a malformed tree yields "not found" or false,
 * never a read outside the blob. Only what the kernel needs: RAM, the console, the harts, a
 * device's registers and single properties.
 *
 * The caller must be able to read the whole blob: its first 8 bytes (magic, totalsize), then, if
 * they look right, the totalsize bytes the header gives (at most 1 MiB). Every read stays inside
 * [dtb, dtb + totalsize). Tested on the host: tests/fdt/ and tests/fuzz/fuzz_fdt.c. */
#ifndef BASIN_FDT_H
#define BASIN_FDT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FDT_MAX_DEPTH 16 /* the root is depth 1; a node deeper than 16 makes the tree malformed */
#define FDT_PATH_MAX 128

/* True when the blob at dtb has a valid header (the structure is not read); *size gets its
 * totalsize. */
bool fdt_valid(uintptr_t dtb, uint32_t *size);

/* Finds the first node whose compatible list holds `compatible` and returns the first address
 * of its reg property. */
bool fdt_find_compatible_reg(uintptr_t dtb, const char *compatible, uint64_t *address);

/* The value of the first 32-bit property called `name` anywhere in the tree (for properties
 * that exist once, like timebase-frequency). */
bool fdt_find_u32(uintptr_t dtb, const char *name, uint32_t *value);

/* The first `capacity` bytes (at most) of the first property called `name` anywhere in the tree,
 * and how many were copied (for /chosen/rng-seed). */
bool fdt_find_bytes(uintptr_t dtb, const char *name, uint8_t *bytes, uint32_t capacity, uint32_t *length);

/* RAM: every (base, size) of every enabled node whose device_type is "memory", at most `max`.
 * False, with *count 0, when the tree is malformed. */
struct fdt_range {
    uint64_t base, size;
};
bool fdt_memory(uintptr_t dtb, struct fdt_range *ranges, unsigned max, unsigned *count);

/* The hart ids (reg) of the enabled cpu nodes under /cpus, at most `max`. False, with *count 0,
 * when the tree is malformed. */
bool fdt_harts(uintptr_t dtb, uint64_t *ids, unsigned max, unsigned *count);

/* The console device /chosen/stdout-path names: a path, or an alias resolved through /aliases;
 * any ":options" (like ":115200n8") are dropped. */
struct fdt_device {
    char alias[FDT_PATH_MAX];  /* the alias stdout-path named, or "" when it gave a path */
    char path[FDT_PATH_MAX];
    const uint8_t *compatible; /* the compatible string list, inside the blob */
    uint32_t compatible_length;
    bool has_address;
    uint64_t address;          /* the first reg address */
    uint32_t reg_shift;        /* registers are (index << reg_shift) apart; default 0 */
    uint32_t reg_io_width;     /* bytes per register access; default 1 */
    bool enabled;              /* status absent or "okay" */
    bool translated;           /* an ancestor has a non-empty `ranges`: the address is bus-local */
};
enum fdt_stdout {
    FDT_STDOUT_FOUND,
    FDT_STDOUT_NO_TREE,  /* no valid blob */
    FDT_STDOUT_NOT_SET,  /* no /chosen/stdout-path */
    FDT_STDOUT_NO_ALIAS, /* it names an alias /aliases does not have */
    FDT_STDOUT_NO_NODE,  /* it names a node the tree does not have (or the tree is malformed) */
};
enum fdt_stdout fdt_stdout_device(uintptr_t dtb, struct fdt_device *device);

/* True when the device's compatible list holds `compatible`. */
bool fdt_device_is(const struct fdt_device *device, const char *compatible);

#endif
