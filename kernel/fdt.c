/* SPDX-License-Identifier: MIT */
#include "fdt.h"

#include <string.h>

#include "panic.h"

enum {
    FDT_MAGIC = 0xd00dfeed,
    FDT_HEADER_SIZE = 40,
    FDT_MAX_SIZE = 1 << 20, /* far above any real board's tree */
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

/* One structure-block token: a node's start (name), a property (name, value) or a node's end. */
struct token {
    uint32_t kind;
    const char *name;
    const uint8_t *value;
    uint32_t length;
};

/* Reads the token at *at and moves past it; false at FDT_END (out->kind says so) or on anything
 * malformed. Every read stays inside the blob: strings must end inside their block. */
static bool next_token(const struct fdt *fdt, uint32_t *at, struct token *out) {
    out->kind = 0;
    /* Bounded: NOPs are skipped, each one advancing by 4 within the structure block. */
    while (*at <= fdt->struct_end && fdt->struct_end - *at >= 4) {
        out->kind = be32(fdt->base + *at);
        *at += 4;
        if (out->kind == FDT_NOP) continue;
        if (out->kind == FDT_END) return false;
        if (out->kind == FDT_END_NODE) return true;
        if (out->kind == FDT_BEGIN_NODE) {
            out->name = string_at(fdt, *at, fdt->struct_end);
            if (out->name == 0) return false;
            *at += ((uint32_t)strlen(out->name) + 4) & ~3u;
            return true;
        }
        if (out->kind != FDT_PROP || fdt->struct_end - *at < 8) return false;
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

/* The properties of one node that the queries below use, gathered as the walk passes them. */
struct node {
    uint32_t depth; /* the root is 1 */
    const uint8_t *reg, *compatible, *status, *device_type;
    uint32_t reg_length, compatible_length, status_length, device_type_length;
    uint32_t reg_shift, reg_io_width;
    bool visited; /* the visitor has seen it (its properties are complete) */
};

/* The walk's position: the node names from the root down and the cells each ancestor declares
 * for its children. Properties precede subnodes in a blob, so a node is complete at its first
 * child or at its end. Indexed by depth: 0 is outside the root, FDT_MAX_DEPTH the deepest. */
struct cursor {
    struct fdt fdt;
    uint32_t at, depth;
    const char *names[FDT_MAX_DEPTH + 1];
    uint32_t address_cells[FDT_MAX_DEPTH + 1], size_cells[FDT_MAX_DEPTH + 1];
    /* A non-empty `ranges`: addresses below are not identity-mapped. */
    bool translates[FDT_MAX_DEPTH + 1];
    struct node node[FDT_MAX_DEPTH + 1];
};

/* Returns true to stop the walk. */
typedef bool (*node_visitor)(const struct cursor *c, const struct node *node, void *context);

static bool read_u32(const uint8_t *value, uint32_t length, uint32_t *out) {
    if (length != 4) return false;
    *out = be32(value);
    return true;
}

static void gather(struct cursor *c, const struct token *t) {
    struct node *n = &c->node[c->depth];
    uint32_t cells = 0;
    if (strcmp(t->name, "#address-cells") == 0 && read_u32(t->value, t->length, &cells))
        c->address_cells[c->depth] = cells;
    else if (strcmp(t->name, "#size-cells") == 0 && read_u32(t->value, t->length, &cells))
        c->size_cells[c->depth] = cells;
    else if (strcmp(t->name, "ranges") == 0) c->translates[c->depth] = t->length != 0;
    else if (strcmp(t->name, "reg") == 0) n->reg = t->value, n->reg_length = t->length;
    else if (strcmp(t->name, "compatible") == 0) n->compatible = t->value, n->compatible_length = t->length;
    else if (strcmp(t->name, "status") == 0) n->status = t->value, n->status_length = t->length;
    else if (strcmp(t->name, "device_type") == 0) n->device_type = t->value, n->device_type_length = t->length;
    else if (strcmp(t->name, "reg-shift") == 0) read_u32(t->value, t->length, &n->reg_shift);
    else if (strcmp(t->name, "reg-io-width") == 0) read_u32(t->value, t->length, &n->reg_io_width);
}

static bool enter(struct cursor *c, const char *name) {
    if (c->depth >= FDT_MAX_DEPTH) return false;
    c->depth++;
    c->names[c->depth] = name;
    c->address_cells[c->depth] = 2; /* the spec's defaults */
    c->size_cells[c->depth] = 1;
    c->translates[c->depth] = false;
    memset(&c->node[c->depth], 0, sizeof c->node[c->depth]);
    c->node[c->depth].depth = c->depth;
    c->node[c->depth].reg_io_width = 1;
    return true;
}

enum walk_result { WALK_STOPPED, WALK_ENDED, WALK_MALFORMED };

/* Calls `visit` once per node, when its properties are complete, until a visitor stops (says it
 * has its answer) or the tree ends (FDT_END after the root closed); anything else is malformed.
 * A stopped walk still reads on to the end, so that no answer comes from a malformed tree. */
static enum walk_result walk(uintptr_t dtb, node_visitor visit, void *context) {
    static struct cursor c; /* over the 1 KiB frame limit on the stack; one walk at a time */
    memset(&c, 0, sizeof c);
    if (!fdt_open(dtb, &c.fdt)) return WALK_MALFORMED;
    c.at = c.fdt.struct_start;
    struct token t;
    bool root_closed = false, stopped = false;
    /* Bounded: every token advances `at` within the structure block. */
    while (next_token(&c.fdt, &c.at, &t)) {
        if (!stopped && t.kind != FDT_PROP && c.depth > 0 && !c.node[c.depth].visited) {
            c.node[c.depth].visited = true;
            stopped = visit(&c, &c.node[c.depth], context);
        }
        if (root_closed) return WALK_MALFORMED; /* anything after the root but FDT_END */
        if (t.kind == FDT_BEGIN_NODE) {
            if (!enter(&c, t.name)) return WALK_MALFORMED;
        } else if (t.kind == FDT_END_NODE) {
            if (c.depth == 0) return WALK_MALFORMED;
            c.depth--;
            root_closed = c.depth == 0;
        } else {
            if (c.depth == 0) return WALK_MALFORMED; /* a property outside every node */
            gather(&c, &t);
        }
    }
    if (t.kind != FDT_END || !root_closed) return WALK_MALFORMED;
    return stopped ? WALK_STOPPED : WALK_ENDED;
}

static bool visit_nothing(const struct cursor *c, const struct node *n, void *context) {
    (void)c, (void)n, (void)context;
    return false;
}

static bool well_formed(uintptr_t dtb) { return walk(dtb, visit_nothing, 0) == WALK_ENDED; }

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

/* Reads `cells` big-endian 32-bit cells (1 or 2) at value[offset] as one number. */
static bool read_cells(const uint8_t *value, uint32_t length, uint32_t offset, uint32_t cells,
                       uint64_t *out) {
    if (cells < 1 || cells > 2 || offset > length || length - offset < cells * 4) return false;
    uint64_t number = 0;
    for (uint32_t i = 0; i < cells; i++) number = number << 32 | be32(value + offset + 4 * i);
    *out = number;
    return true;
}

/* The node's first reg address, in its parent's address cells. */
static bool first_address(const struct cursor *c, const struct node *n, uint64_t *address) {
    if (n->reg == 0 || n->depth < 2) return false;
    return read_cells(n->reg, n->reg_length, 0, c->address_cells[n->depth - 1], address);
}

static bool enabled(const struct node *n) {
    return n->status == 0 || list_contains(n->status, n->status_length, "okay") ||
           list_contains(n->status, n->status_length, "ok");
}

struct compatible_search {
    const char *compatible;
    uint64_t address;
};

static bool visit_compatible(const struct cursor *c, const struct node *n, void *context) {
    struct compatible_search *search = context;
    if (n->compatible == 0 || !list_contains(n->compatible, n->compatible_length, search->compatible))
        return false;
    return first_address(c, n, &search->address);
}

bool fdt_find_compatible_reg(uintptr_t dtb, const char *compatible, uint64_t *address) {
    struct compatible_search search = {compatible, 0};
    if (walk(dtb, visit_compatible, &search) != WALK_STOPPED) return false;
    *address = search.address;
    return true;
}

bool fdt_find_u32(uintptr_t dtb, const char *name, uint32_t *value) {
    struct fdt fdt;
    if (!well_formed(dtb) || !fdt_open(dtb, &fdt)) return false; /* no answer from a bad tree */
    uint32_t at = fdt.struct_start;
    struct token token;
    /* Bounded: every token advances `at` within the structure block. */
    while (next_token(&fdt, &at, &token)) {
        if (token.kind == FDT_PROP && strcmp(token.name, name) == 0)
            return read_u32(token.value, token.length, value);
    }
    return false;
}

bool fdt_find_bytes(uintptr_t dtb, const char *name, uint8_t *bytes, uint32_t capacity, uint32_t *length) {
    KERNEL_ASSERT(bytes != 0 && length != 0);
    *length = 0;
    struct fdt fdt;
    if (!well_formed(dtb) || !fdt_open(dtb, &fdt)) return false; /* no answer from a bad tree */
    uint32_t at = fdt.struct_start;
    struct token token;
    /* Bounded: every token advances `at` within the structure block. */
    while (next_token(&fdt, &at, &token)) {
        if (token.kind != FDT_PROP || strcmp(token.name, name) != 0) continue;
        *length = token.length < capacity ? token.length : capacity;
        for (uint32_t i = 0; i < *length; i++) bytes[i] = token.value[i];
        return true;
    }
    return false;
}

struct memory_search {
    struct fdt_range *ranges;
    unsigned max, count;
};

/* Every (address, size) pair of every enabled memory node. */
static bool visit_memory(const struct cursor *c, const struct node *n, void *context) {
    struct memory_search *search = context;
    if (n->device_type == 0 || !list_contains(n->device_type, n->device_type_length, "memory") ||
        !enabled(n) || n->reg == 0)
        return false;
    uint32_t address_cells = c->address_cells[n->depth - 1], size_cells = c->size_cells[n->depth - 1];
    uint32_t entry = (address_cells + size_cells) * 4;
    if (entry == 0) return false;
    /* Bounded by the property's length. */
    for (uint32_t offset = 0; offset + entry <= n->reg_length && search->count < search->max;
         offset += entry) {
        struct fdt_range *range = &search->ranges[search->count];
        if (!read_cells(n->reg, n->reg_length, offset, address_cells, &range->base)) break;
        if (!read_cells(n->reg, n->reg_length, offset + address_cells * 4, size_cells, &range->size)) break;
        if (range->size != 0) search->count++;
    }
    return false;
}

bool fdt_memory(uintptr_t dtb, struct fdt_range *ranges, unsigned max, unsigned *count) {
    KERNEL_ASSERT(ranges != 0 && count != 0);
    struct memory_search search = {ranges, max, 0};
    bool whole = walk(dtb, visit_memory, &search) == WALK_ENDED;
    *count = whole ? search.count : 0;
    KERNEL_ASSERT(*count <= max);
    return whole;
}

/* True when the cursor stands on the node at `path` ("/a/b@1"; "/" is the root). */
static bool at_path(const struct cursor *c, uint32_t depth, const char *path, size_t length) {
    if (length == 0 || path[0] != '/') return false;
    size_t at = 1;
    for (uint32_t d = 2; d <= depth; d++) {
        size_t name_length = strlen(c->names[d]);
        if (length - at < name_length || memcmp(path + at, c->names[d], name_length) != 0) return false;
        at += name_length;
        if (d < depth) {
            if (at >= length || path[at] != '/') return false;
            at++;
        }
    }
    return at == length;
}

struct property_search {
    const char *node_path, *property;
    const uint8_t *value;
    uint32_t length;
};

/* A property of the node at an exact path: walks tokens, not nodes, since these nodes' other
 * properties do not matter. */
static bool find_property(uintptr_t dtb, const char *node_path, const char *property,
                          const uint8_t **value, uint32_t *length) {
    static struct cursor c;
    memset(&c, 0, sizeof c);
    if (!fdt_open(dtb, &c.fdt)) return false;
    c.at = c.fdt.struct_start;
    struct token t;
    size_t path_length = strlen(node_path);
    /* Bounded: every token advances `at` within the structure block. */
    while (next_token(&c.fdt, &c.at, &t)) {
        if (t.kind == FDT_BEGIN_NODE) {
            if (!enter(&c, t.name)) return false;
        } else if (t.kind == FDT_END_NODE) {
            if (c.depth == 0) return false;
            c.depth--;
        } else if (c.depth > 0 && strcmp(t.name, property) == 0 &&
                   at_path(&c, c.depth, node_path, path_length)) {
            *value = t.value;
            *length = t.length;
            return true;
        }
    }
    return false;
}

/* Copies a property's string value, up to a ':' (stdout-path options), into out. */
static bool copy_path(const uint8_t *value, uint32_t length, char *out, size_t size) {
    size_t n = 0;
    while (n < length && value[n] != '\0' && value[n] != ':') n++;
    if (n == 0 || n >= size) return false;
    memcpy(out, value, n);
    out[n] = '\0';
    return true;
}

struct path_search {
    const char *path;
    size_t length;
    struct fdt_device *device;
};

static bool visit_path(const struct cursor *c, const struct node *n, void *context) {
    struct path_search *search = context;
    if (!at_path(c, n->depth, search->path, search->length)) return false;
    struct fdt_device *device = search->device;
    device->compatible = n->compatible;
    device->compatible_length = n->compatible_length;
    device->has_address = first_address(c, n, &device->address);
    device->reg_shift = n->reg_shift;
    device->reg_io_width = n->reg_io_width;
    device->enabled = enabled(n);
    device->translated = false;
    for (uint32_t d = 1; d < n->depth; d++) device->translated |= c->translates[d];
    return true;
}

enum fdt_stdout fdt_stdout_device(uintptr_t dtb, struct fdt_device *device) {
    KERNEL_ASSERT(device != 0);
    memset(device, 0, sizeof *device);
    struct fdt fdt;
    if (!fdt_open(dtb, &fdt)) return FDT_STDOUT_NO_TREE;
    const uint8_t *value = 0;
    uint32_t length = 0;
    if (!find_property(dtb, "/chosen", "stdout-path", &value, &length) &&
        !find_property(dtb, "/chosen", "linux,stdout-path", &value, &length))
        return FDT_STDOUT_NOT_SET;
    if (!copy_path(value, length, device->path, sizeof device->path)) return FDT_STDOUT_NOT_SET;
    if (device->path[0] != '/') { /* an alias: /aliases names the node */
        memcpy(device->alias, device->path, sizeof device->alias);
        if (!find_property(dtb, "/aliases", device->alias, &value, &length) ||
            !copy_path(value, length, device->path, sizeof device->path))
            return FDT_STDOUT_NO_ALIAS;
    }
    struct path_search search = {device->path, strlen(device->path), device};
    if (walk(dtb, visit_path, &search) != WALK_STOPPED) return FDT_STDOUT_NO_NODE;
    return FDT_STDOUT_FOUND;
}

bool fdt_device_is(const struct fdt_device *device, const char *compatible) {
    return device->compatible != 0 &&
           list_contains(device->compatible, device->compatible_length, compatible);
}

struct hart_search {
    uint64_t *ids;
    unsigned max, count;
};

/* Every enabled node under /cpus whose device_type is "cpu": its reg is the hart id. */
static bool visit_cpu(const struct cursor *c, const struct node *n, void *context) {
    struct hart_search *search = context;
    if (n->depth != 3 || strcmp(c->names[2], "cpus") != 0 || n->device_type == 0 ||
        !list_contains(n->device_type, n->device_type_length, "cpu") || !enabled(n))
        return false;
    uint64_t id = 0;
    if (search->count < search->max && first_address(c, n, &id)) search->ids[search->count++] = id;
    return false;
}

bool fdt_harts(uintptr_t dtb, uint64_t *ids, unsigned max, unsigned *count) {
    KERNEL_ASSERT(ids != 0 && count != 0);
    struct hart_search search = {ids, max, 0};
    bool whole = walk(dtb, visit_cpu, &search) == WALK_ENDED;
    *count = whole ? search.count : 0;
    KERNEL_ASSERT(*count <= max);
    return whole;
}
