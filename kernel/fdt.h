/* A flattened device tree reader (Devicetree Specification v0.4, chapter 5), bounds-checked
 * against the blob's own header: a malformed tree yields "not found", never a wild read. */
#ifndef BASIN_FDT_H
#define BASIN_FDT_H

#include <stdbool.h>
#include <stdint.h>

/* True when the blob at dtb has a valid header; *size gets its totalsize. */
bool fdt_valid(uintptr_t dtb, uint32_t *size);

/* Finds the first node whose compatible list holds `compatible` and returns the first address
 * of its reg property. */
bool fdt_find_compatible_reg(uintptr_t dtb, const char *compatible, uint64_t *address);

/* The value of the first 32-bit property called `name` anywhere in the tree (for properties
 * that exist once, like timebase-frequency). */
bool fdt_find_u32(uintptr_t dtb, const char *name, uint32_t *value);

#endif
