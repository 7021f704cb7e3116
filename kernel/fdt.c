#include "fdt.h"

#include <string.h>

#include "panic.h"

enum {
    FDT_MAGIC = 0xd00dfeed,
    FDT_HEADER_SIZE = 40,
    FDT_MAX_SIZE = 1 << 20, /* far above any real board's tree */
    FDT_MAX_DEPTH = 16,
    FDT_BEGIN_NODE = 1, FDT_END_NODE = 2, FDT_PROP = 3, FDT_NOP = 4, FDT_END = 9,
};

struct fdt {
    const uint8_t *base;
    uint32_t size;
    uint32_t struct_start, struct_end; /* the structure block, inside [0, size) */
    uint32_t strings_start, strings_end;
};

static uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static bool block_inside(uint32_t offset, uint32_t length, uint32_t size) {
    return offset <= size && length <= size - offset;
}

static bool fdt_open(uintptr_t dtb, struct fdt *fdt) {
    KERNEL_ASSERT(fdt != 0);
    if (dtb == 0 || (dtb & 7) != 0) return false; /* the spec requires 8-byte alignment */
    const uint8_t *base = (const uint8_t *)dtb;
    if (be32(base) != FDT_MAGIC) return false;
    uint32_t size = be32(base + 4);
    if (size < FDT_HEADER_SIZE || size > FDT_MAX_SIZE) return false;
    uint32_t struct_offset = be32(base + 8), strings_offset = be32(base + 12);
    uint32_t strings_size = be32(base + 32), struct_size = be32(base + 36);
    if (!block_inside(struct_offset, struct_size, size)) return false;
    if (!block_inside(strings_offset, strings_size, size)) return false;
    fdt->base = base;
    fdt->size = size;
    fdt->struct_start = struct_offset;
    fdt->struct_end = struct_offset + struct_size;
    fdt->strings_start = strings_offset;
    fdt->strings_end = strings_offset + strings_size;
    return true;
}

bool fdt_valid(uintptr_t dtb, uint32_t *size) {
    struct fdt fdt;
    if (!fdt_open(dtb, &fdt)) return false;
    *size = fdt.size;
    return true;
}

/* A NUL-terminated string inside [offset, end), or NULL. */
static const char *string_at(const struct fdt *fdt, uint32_t offset, uint32_t end) {
    for (uint32_t i = offset; i < end; i++)
        if (fdt->base[i] == '\0') return (const char *)fdt->base + offset;
    return 0;
}

/* True when the string list value[0..length) contains `wanted` as one entry. */
static bool list_contains(const uint8_t *value, uint32_t length, const char *wanted) {
    size_t wanted_length = strlen(wanted);
    uint32_t start = 0;
    for (uint32_t i = 0; i < length; i++) {
        if (value[i] != '\0') continue;
        if (i - start == wanted_length && memcmp(value + start, wanted, wanted_length) == 0)
            return true;
        start = i + 1;
    }
    return false;
}

/* Reads `cells` big-endian 32-bit cells (1 or 2) as one number. */
static bool read_cells(const uint8_t *value, uint32_t length, uint32_t cells, uint64_t *out) {
    if (cells < 1 || cells > 2 || length < cells * 4) return false;
    uint64_t number = 0;
    for (uint32_t i = 0; i < cells; i++) number = number << 32 | be32(value + 4 * i);
    *out = number;
    return true;
}

/* What the walk knows about the node it is in. */
struct node_state {
    uint32_t address_cells[FDT_MAX_DEPTH]; /* #address-cells each node declares for children */
    bool matched;
    bool has_reg;
    uint64_t reg;
};

static void visit_prop(uint32_t depth, const char *name,
                       const uint8_t *value, uint32_t length, const char *compatible,
                       struct node_state *node) {
    uint64_t cells_value = 0;
    if (strcmp(name, "#address-cells") == 0 && read_cells(value, length, 1, &cells_value))
        node->address_cells[depth] = (uint32_t)cells_value;
    if (strcmp(name, "compatible") == 0 && list_contains(value, length, compatible))
        node->matched = true;
    /* reg uses the parent's #address-cells. */
    if (strcmp(name, "reg") == 0 && depth > 0)
        node->has_reg = read_cells(value, length, node->address_cells[depth - 1], &node->reg);
}

/* One structure-block token: a node's start (name), a property (name, value) or a node's end. */
struct token {
    uint32_t kind;
    const char *name;
    const uint8_t *value;
    uint32_t length;
};

/* Reads the token at *at and moves past it; false at FDT_END or on anything malformed. Every
 * read stays inside the blob: strings must end inside their block. */
static bool next_token(const struct fdt *fdt, uint32_t *at, struct token *out) {
    /* Bounded: NOPs are skipped, each one advancing by 4 within the structure block. */
    while (*at + 4 <= fdt->struct_end) {
        out->kind = be32(fdt->base + *at);
        *at += 4;
        if (out->kind == FDT_NOP) continue;
        if (out->kind == FDT_END_NODE) return true;
        if (out->kind == FDT_BEGIN_NODE) {
            out->name = string_at(fdt, *at, fdt->struct_end);
            if (out->name == 0) return false;
            *at += ((uint32_t)strlen(out->name) + 4) & ~3u;
            return true;
        }
        if (out->kind != FDT_PROP || *at + 8 > fdt->struct_end) return false;
        out->length = be32(fdt->base + *at);
        uint32_t name_offset = be32(fdt->base + *at + 4);
        *at += 8;
        if (!block_inside(*at, out->length, fdt->struct_end)) return false;
        if (name_offset >= fdt->strings_end - fdt->strings_start) return false;
        out->name = string_at(fdt, fdt->strings_start + name_offset, fdt->strings_end);
        if (out->name == 0) return false;
        out->value = fdt->base + *at;
        *at += (out->length + 3) & ~3u;
        return true;
    }
    return false;
}

bool fdt_find_compatible_reg(uintptr_t dtb, const char *compatible, uint64_t *address) {
    struct fdt fdt;
    if (!fdt_open(dtb, &fdt)) return false;
    struct node_state node = {.matched = false};
    uint32_t depth = 0, at = fdt.struct_start;
    struct token token;
    /* Bounded: every token advances `at` within the structure block. */
    while (next_token(&fdt, &at, &token)) {
        /* A node's properties precede its children: it is complete at either token. */
        if (token.kind != FDT_PROP && node.matched && node.has_reg) {
            *address = node.reg;
            return true;
        }
        if (token.kind == FDT_BEGIN_NODE) {
            if (depth + 1 >= FDT_MAX_DEPTH) return false;
            depth++;
            node.address_cells[depth] = 2; /* the spec's default */
            node.matched = node.has_reg = false;
        } else if (token.kind == FDT_END_NODE) {
            if (depth == 0) return false;
            depth--;
            node.matched = node.has_reg = false;
        } else {
            visit_prop(depth, token.name, token.value, token.length, compatible, &node);
        }
    }
    return false;
}

bool fdt_find_u32(uintptr_t dtb, const char *name, uint32_t *value) {
    struct fdt fdt;
    if (!fdt_open(dtb, &fdt)) return false;
    uint32_t at = fdt.struct_start;
    struct token token;
    /* Bounded: every token advances `at` within the structure block. */
    while (next_token(&fdt, &at, &token)) {
        if (token.kind == FDT_PROP && token.length == 4 && strcmp(token.name, name) == 0) {
            *value = be32(token.value);
            return true;
        }
    }
    return false;
}
