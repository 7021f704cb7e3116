/* SPDX-License-Identifier: MIT */
#include "blob.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    BLOCK_CAPACITY = 1 << 16, /* far above any tree a test builds */
    RESERVATIONS_SIZE = 16,   /* the memory reservation block: only its terminating empty entry */
    FILE_MAX = 4 << 20,
};

#ifndef FDT_TREE_DIR
#define FDT_TREE_DIR "build/fdt"
#endif

static void fail_hard(const char *what) {
    fprintf(stderr, "fdt tests: %s\n", what);
    abort();
}

uintptr_t blob_address(const struct blob *blob) { return (uintptr_t)blob->bytes; }

struct blob blob_copy(const uint8_t *bytes, uint32_t size) {
    struct blob blob = {malloc(size > 0 ? size : 1), size};
    if (blob.bytes == 0) fail_hard("out of memory");
    if (size > 0) memcpy(blob.bytes, bytes, size);
    return blob;
}

void blob_free(struct blob *blob) {
    free(blob->bytes);
    blob->bytes = 0;
    blob->size = 0;
}

void blob_resize(struct blob *blob, uint32_t size) {
    uint8_t *bytes = malloc(size > 0 ? size : 1);
    if (bytes == 0) fail_hard("out of memory");
    uint32_t kept = size < blob->size ? size : blob->size;
    if (kept > 0) memcpy(bytes, blob->bytes, kept);
    memset(bytes + kept, 0, size - kept);
    free(blob->bytes);
    blob->bytes = bytes;
    blob->size = size;
}

static uint32_t read_be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void write_be32(uint8_t *p, uint32_t value) {
    p[0] = (uint8_t)(value >> 24);
    p[1] = (uint8_t)(value >> 16);
    p[2] = (uint8_t)(value >> 8);
    p[3] = (uint8_t)value;
}

uint32_t blob_get(const struct blob *blob, uint32_t offset) {
    if (offset > blob->size || blob->size - offset < 4) fail_hard("blob_get past the blob");
    return read_be32(blob->bytes + offset);
}

void blob_set(struct blob *blob, uint32_t offset, uint32_t value) {
    if (offset > blob->size || blob->size - offset < 4) fail_hard("blob_set past the blob");
    write_be32(blob->bytes + offset, value);
}

/* The whole file, into a buffer of FILE_MAX bytes; its length, or -1. */
static long read_file(const char *path, uint8_t *buffer) {
    FILE *file = fopen(path, "rb");
    if (file == 0) return -1;
    size_t length = fread(buffer, 1, FILE_MAX, file);
    bool whole = feof(file) && !ferror(file);
    fclose(file);
    return whole ? (long)length : -1;
}

struct blob blob_load(const char *name) {
    struct blob none = {0, 0};
    char path[256];
    snprintf(path, sizeof path, "%s/%s.dtb", FDT_TREE_DIR, name);
    uint8_t *buffer = malloc(FILE_MAX);
    if (buffer == 0) fail_hard("out of memory");
    long length = read_file(path, buffer);
    uint32_t totalsize = length >= HEADER_SIZE ? read_be32(buffer + HEADER_TOTALSIZE) : 0;
    if (length < HEADER_SIZE || totalsize < HEADER_SIZE || totalsize > (unsigned long)length) {
        printf("  %s: missing, or not a device tree (make builds it)\n", path);
        free(buffer);
        return none;
    }
    struct blob blob = blob_copy(buffer, totalsize);
    free(buffer);
    return blob;
}

/* --- the builder ------------------------------------------------------------------------------ */

void builder_init(struct builder *b) {
    b->structure = calloc(BLOCK_CAPACITY, 1);
    b->strings = calloc(BLOCK_CAPACITY, 1);
    if (b->structure == 0 || b->strings == 0) fail_hard("out of memory");
    b->structure_length = 0;
    b->strings_length = 0;
    b->nops = false;
}

void builder_bytes(struct builder *b, const void *bytes, uint32_t length) {
    if (length > BLOCK_CAPACITY - b->structure_length) fail_hard("structure block full");
    memcpy(b->structure + b->structure_length, bytes, length);
    b->structure_length += length;
}

static void put_word(struct builder *b, uint32_t word) {
    uint8_t bytes[4];
    write_be32(bytes, word);
    builder_bytes(b, bytes, 4);
}

static void pad_to_word(struct builder *b) {
    static const uint8_t zeros[3];
    builder_bytes(b, zeros, (4 - b->structure_length % 4) % 4);
}

void builder_word(struct builder *b, uint32_t word) {
    if (b->nops) put_word(b, TOKEN_NOP);
    put_word(b, word);
}

uint32_t builder_name(struct builder *b, const char *name) {
    /* Bounded by the strings block: each name is looked for once at every offset. */
    for (uint32_t at = 0; at < b->strings_length; at += (uint32_t)strlen(b->strings + at) + 1)
        if (strcmp(b->strings + at, name) == 0) return at;
    uint32_t length = (uint32_t)strlen(name) + 1;
    if (length > BLOCK_CAPACITY - b->strings_length) fail_hard("strings block full");
    memcpy(b->strings + b->strings_length, name, length);
    b->strings_length += length;
    return b->strings_length - length;
}

void builder_begin_node(struct builder *b, const char *name) {
    builder_word(b, TOKEN_BEGIN_NODE);
    builder_bytes(b, name, (uint32_t)strlen(name) + 1);
    pad_to_word(b);
}

void builder_end_node(struct builder *b) { builder_word(b, TOKEN_END_NODE); }

void builder_property(struct builder *b, const char *name, const void *value, uint32_t length) {
    uint32_t name_offset = builder_name(b, name);
    builder_word(b, TOKEN_PROP);
    put_word(b, length);
    put_word(b, name_offset);
    builder_bytes(b, value, length);
    pad_to_word(b);
}

void builder_string(struct builder *b, const char *name, const char *value) {
    builder_property(b, name, value, (uint32_t)strlen(value) + 1);
}

void builder_u32(struct builder *b, const char *name, uint32_t value) {
    builder_cells(b, name, &value, 1);
}

void builder_cells(struct builder *b, const char *name, const uint32_t *cells, uint32_t count) {
    uint8_t value[64];
    if (count > sizeof value / 4) fail_hard("too many cells");
    for (uint32_t i = 0; i < count; i++) write_be32(value + 4 * i, cells[i]);
    builder_property(b, name, value, 4 * count);
}

void builder_end(struct builder *b) { builder_word(b, TOKEN_END); }

struct blob builder_finish(struct builder *b, enum layout layout) {
    uint32_t reservations = HEADER_SIZE;
    uint32_t first = reservations + RESERVATIONS_SIZE;
    uint32_t strings_padded = (b->strings_length + 3) & ~3u;
    uint32_t structure_at = layout == LAYOUT_STRINGS_LAST ? first : first + strings_padded;
    uint32_t strings_at = layout == LAYOUT_STRINGS_LAST ? first + b->structure_length : first;
    uint32_t size = layout == LAYOUT_STRINGS_LAST ? strings_at + b->strings_length
                                                  : structure_at + b->structure_length;
    uint8_t *bytes = calloc(size, 1);
    if (bytes == 0) fail_hard("out of memory");
    memcpy(bytes + structure_at, b->structure, b->structure_length);
    memcpy(bytes + strings_at, b->strings, b->strings_length);
    struct blob blob = {bytes, size};
    blob_set(&blob, HEADER_MAGIC, FDT_TEST_MAGIC);
    blob_set(&blob, HEADER_TOTALSIZE, size);
    blob_set(&blob, HEADER_OFF_DT_STRUCT, structure_at);
    blob_set(&blob, HEADER_OFF_DT_STRINGS, strings_at);
    blob_set(&blob, HEADER_OFF_MEM_RSVMAP, reservations);
    blob_set(&blob, HEADER_VERSION, 17);
    blob_set(&blob, HEADER_LAST_COMP_VERSION, 16);
    blob_set(&blob, HEADER_SIZE_DT_STRINGS, b->strings_length);
    blob_set(&blob, HEADER_SIZE_DT_STRUCT, b->structure_length);
    free(b->structure);
    free(b->strings);
    b->structure = 0;
    b->strings = 0;
    return blob;
}
