/* SPDX-License-Identifier: MIT */
/* Device-tree blobs for the tests of kernel/fdt.c: the trees compiled into build/fdt/ (dtc's and
 * QEMU's), or trees built here token by token, valid or malformed. A blob always lives in a
 * malloc'd buffer of exactly its size (malloc's alignment meets the reader's 8 bytes), so that
 * AddressSanitizer reports any read past its end. */
#ifndef BASIN_FDT_TEST_BLOB_H
#define BASIN_FDT_TEST_BLOB_H

#include <stdbool.h>
#include <stdint.h>

/* The header (Devicetree Specification v0.4, 5.2): the offsets of its big-endian fields. */
enum header_field {
    HEADER_MAGIC = 0,
    HEADER_TOTALSIZE = 4,
    HEADER_OFF_DT_STRUCT = 8,
    HEADER_OFF_DT_STRINGS = 12,
    HEADER_OFF_MEM_RSVMAP = 16,
    HEADER_VERSION = 20,
    HEADER_LAST_COMP_VERSION = 24,
    HEADER_BOOT_CPUID_PHYS = 28,
    HEADER_SIZE_DT_STRINGS = 32,
    HEADER_SIZE_DT_STRUCT = 36,
    HEADER_SIZE = 40,
};
/* Structure-block tokens (5.4.1). */
enum { TOKEN_BEGIN_NODE = 1, TOKEN_END_NODE = 2, TOKEN_PROP = 3, TOKEN_NOP = 4, TOKEN_END = 9 };
#define FDT_TEST_MAGIC 0xd00dfeedu

struct blob {
    uint8_t *bytes; /* malloc'd, exactly `size` bytes; 0 when loading failed */
    uint32_t size;
};

uintptr_t blob_address(const struct blob *blob);
/* An exact-size copy of size bytes (a 1-byte buffer for size 0, so that malloc returns one). */
struct blob blob_copy(const uint8_t *bytes, uint32_t size);
/* build/fdt/NAME.dtb, cut to its header's totalsize (QEMU's dump is a 1 MiB file holding a
 * smaller tree); {0, 0} with a message when it is missing or has no plausible header. */
struct blob blob_load(const char *name);
void blob_free(struct blob *blob);
/* Reallocates to exactly `size` bytes, zero-filling any growth. */
void blob_resize(struct blob *blob, uint32_t size);
uint32_t blob_get(const struct blob *blob, uint32_t offset);
void blob_set(struct blob *blob, uint32_t offset, uint32_t value);

/* Builds a blob: the structure block token by token, the strings block from property names.
 * Raw words and bytes let a test write what no valid tree holds. */
struct builder {
    uint8_t *structure;
    uint32_t structure_length;
    char *strings;
    uint32_t strings_length;
    bool nops; /* write a NOP token before every token */
};
/* Where the blocks go: as dtc lays them out (header, reservations, structure, strings), or with
 * the structure block last, so that a cut structure block ends at the end of the buffer. */
enum layout { LAYOUT_STRINGS_LAST, LAYOUT_STRUCTURE_LAST };

void builder_init(struct builder *b);
void builder_word(struct builder *b, uint32_t word);
void builder_bytes(struct builder *b, const void *bytes, uint32_t length); /* no padding */
uint32_t builder_name(struct builder *b, const char *name); /* its strings-block offset */
void builder_begin_node(struct builder *b, const char *name);
void builder_end_node(struct builder *b);
void builder_property(struct builder *b, const char *name, const void *value, uint32_t length);
void builder_string(struct builder *b, const char *name, const char *value); /* with its NUL */
void builder_u32(struct builder *b, const char *name, uint32_t value);
void builder_cells(struct builder *b, const char *name, const uint32_t *cells, uint32_t count);
void builder_end(struct builder *b); /* FDT_END */
/* The finished blob; frees the builder's blocks. */
struct blob builder_finish(struct builder *b, enum layout layout);

#endif
