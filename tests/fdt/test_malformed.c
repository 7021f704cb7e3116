/* SPDX-License-Identifier: MIT */
/* kernel/fdt.c on malformed and hostile blobs, made in memory from one valid tree: every public
 * function must answer "not found" or false (fdt_valid, which reads only the header, may still
 * say true), never read outside the blob (each blob sits in an exact-size buffer, under
 * AddressSanitizer), never hang, never crash. The reader's contract is that the caller can read
 * the whole totalsize the header gives: so a truncated blob here always has its totalsize cut to
 * match, and a header that claims more than the buffer holds is not a case. */
#include <stdio.h>
#include <string.h>

#include "blob.h"
#include "fdt_tests.h"

enum {
    READER_MAX_SIZE = 1 << 20, /* fdt.c's FDT_MAX_SIZE: larger blobs are refused */
    LISTED = 4,
};

/* --- the base tree and what every function answers for it ------------------------------------ */

typedef void (*root_extra)(struct builder *b, uint32_t argument);

/* Like QEMU virt with two harts, with `extra` written first inside the root. The root is closed;
 * FDT_END is the caller's. */
static void base_tree(struct builder *b, root_extra extra, uint32_t argument) {
    static const uint32_t ram[] = {0, 0x80000000, 0, 0x8000000};
    static const uint32_t serial[] = {0, 0x10000000, 0, 0x100}, test[] = {0, 0x100000, 0, 0x1000};
    builder_begin_node(b, "");
    if (extra != 0) extra(b, argument);
    builder_u32(b, "#address-cells", 2);
    builder_u32(b, "#size-cells", 2);
    builder_begin_node(b, "chosen");
    builder_string(b, "stdout-path", "/soc/serial@10000000");
    builder_end_node(b);
    builder_begin_node(b, "memory@80000000");
    builder_string(b, "device_type", "memory");
    builder_cells(b, "reg", ram, 4);
    builder_end_node(b);
    builder_begin_node(b, "cpus");
    builder_u32(b, "#address-cells", 1);
    builder_u32(b, "#size-cells", 0);
    builder_u32(b, "timebase-frequency", 10000000);
    for (uint32_t hart = 0; hart < 2; hart++) {
        builder_begin_node(b, hart == 0 ? "cpu@0" : "cpu@1");
        builder_string(b, "device_type", "cpu");
        builder_u32(b, "reg", hart);
        builder_end_node(b);
    }
    builder_end_node(b);
    builder_begin_node(b, "soc");
    builder_u32(b, "#address-cells", 2);
    builder_u32(b, "#size-cells", 2);
    builder_property(b, "ranges", "", 0);
    builder_begin_node(b, "serial@10000000");
    builder_string(b, "compatible", "ns16550a");
    builder_cells(b, "reg", serial, 4);
    builder_end_node(b);
    builder_begin_node(b, "test@100000");
    builder_property(b, "compatible", "sifive,test1\0sifive,test0", sizeof "sifive,test1\0sifive,test0");
    builder_cells(b, "reg", test, 4);
    builder_end_node(b);
    builder_end_node(b);
    builder_end_node(b);
}

static struct blob base_blob(enum layout layout, bool nops) {
    struct builder b;
    builder_init(&b);
    b.nops = nops;
    base_tree(&b, 0, 0);
    builder_end(&b);
    return builder_finish(&b, layout);
}

/* Every public function's answer for one blob. */
struct answers {
    bool valid;
    uint32_t size;
    bool serial_found, finisher_found, timebase_found, memory_whole, harts_whole;
    uint64_t serial, finisher;
    uint32_t timebase;
    unsigned memory_count, hart_count;
    struct fdt_range memory[LISTED];
    uint64_t harts[LISTED];
    enum fdt_stdout console;
    struct fdt_device device;
};
static struct answers got; /* one blob at a time; static, as frames stay under 1 KiB */

static void ask(const struct blob *blob, uintptr_t dtb) {
    memset(&got, 0, sizeof got);
    got.memory_count = got.hart_count = 99;
    got.valid = fdt_valid(dtb, &got.size);
    got.serial_found = fdt_find_compatible_reg(dtb, "ns16550a", &got.serial);
    got.finisher_found = fdt_find_compatible_reg(dtb, "sifive,test0", &got.finisher);
    got.timebase_found = fdt_find_u32(dtb, "timebase-frequency", &got.timebase);
    got.memory_whole = fdt_memory(dtb, got.memory, LISTED, &got.memory_count);
    got.harts_whole = fdt_harts(dtb, got.harts, LISTED, &got.hart_count);
    got.console = fdt_stdout_device(dtb, &got.device);
    /* Whatever the answer, the path is a string inside device->path, and a compatible list
     * points into the blob. */
    CHECK(memchr(got.device.path, '\0', sizeof got.device.path) != 0);
    if (got.device.compatible != 0)
        CHECK(blob->bytes != 0 && got.device.compatible >= blob->bytes &&
              got.device.compatible_length <= blob->size &&
              got.device.compatible + got.device.compatible_length <= blob->bytes + blob->size);
}

static void describe(const char *what, uint32_t which) {
    printf("  %s %u: valid %d size %u, ns16550a %d 0x%llx, test0 %d 0x%llx, timebase %d %u, "
           "memory %d %u, harts %d %u, console %d \"%s\"\n",
           what, which, got.valid, got.size, got.serial_found, (unsigned long long)got.serial,
           got.finisher_found, (unsigned long long)got.finisher, got.timebase_found,
           got.timebase, got.memory_whole, got.memory_count, got.harts_whole, got.hart_count,
           got.console, got.device.path);
}

static bool found_nothing(void) {
    return !got.serial_found && !got.finisher_found && !got.timebase_found && !got.memory_whole &&
           got.memory_count == 0 && !got.harts_whole && got.hart_count == 0 &&
           got.console != FDT_STDOUT_FOUND;
}

static bool found_base(uint32_t size) {
    return got.valid && got.size == size && got.serial_found && got.serial == 0x10000000 &&
           got.finisher_found && got.finisher == 0x100000 && got.timebase_found &&
           got.timebase == 10000000 && got.memory_whole && got.memory_count == 1 &&
           got.memory[0].base == 0x80000000 && got.memory[0].size == 0x8000000 &&
           got.harts_whole && got.hart_count == 2 && got.harts[0] == 0 && got.harts[1] == 1 &&
           got.console == FDT_STDOUT_FOUND && strcmp(got.device.path, "/soc/serial@10000000") == 0 &&
           got.device.has_address && got.device.address == 0x10000000 &&
           fdt_device_is(&got.device, "ns16550a");
}

/* The checks of one blob; false (after saying which) when they fail, so loops stop early. */
static bool expect_nothing(const struct blob *blob, bool header_valid, const char *what,
                           uint32_t which) {
    ask(blob, blob_address(blob));
    bool ok = CHECK(found_nothing());
    ok &= CHECK_EQ(got.valid, header_valid);
    if (!header_valid) ok &= CHECK_EQ(got.console, FDT_STDOUT_NO_TREE);
    if (!ok) describe(what, which);
    return ok;
}

static bool expect_base(const struct blob *blob, const char *what, uint32_t which) {
    ask(blob, blob_address(blob));
    bool ok = CHECK(found_base(blob->size));
    if (!ok) describe(what, which);
    return ok;
}

/* --- the tests -------------------------------------------------------------------------------- */

static void test_base(void) {
    for (int layout = LAYOUT_STRINGS_LAST; layout <= LAYOUT_STRUCTURE_LAST; layout++) {
        struct blob blob = base_blob(layout, false);
        expect_base(&blob, "layout", (uint32_t)layout);
        blob_free(&blob);
    }
}

/* Cut at every length, totalsize saying so: only the whole blob has its blocks inside. Below 8
 * bytes a blob cannot hold its totalsize, which the reader reads with the magic before anything
 * else: those are zero-padded to 8, totalsize still saying the length. */
static void test_truncated(void) {
    struct blob whole = base_blob(LAYOUT_STRINGS_LAST, false);
    for (uint32_t length = 0; length <= whole.size; length++) {
        struct blob cut = blob_copy(whole.bytes, length);
        if (length < 8) blob_resize(&cut, 8);
        blob_set(&cut, HEADER_TOTALSIZE, length);
        bool ok = length == whole.size ? expect_base(&cut, "length", length)
                                       : expect_nothing(&cut, false, "length", length);
        blob_free(&cut);
        if (!ok) break;
    }
    blob_free(&whole);
}

/* The last block cut at every length, the header's size of it and totalsize following: the
 * buffer ends where the block does, so a read past the block is a read past the buffer. */
static void cut_last_block(enum layout layout, uint32_t size_field, const char *what) {
    struct blob whole = base_blob(layout, false);
    uint32_t block_size = blob_get(&whole, size_field);
    for (uint32_t kept = 0; kept <= block_size; kept++) {
        struct blob cut = blob_copy(whole.bytes, whole.size - (block_size - kept));
        blob_set(&cut, HEADER_TOTALSIZE, cut.size);
        blob_set(&cut, size_field, kept);
        bool ok = kept == block_size ? expect_base(&cut, what, kept)
                                     : expect_nothing(&cut, true, what, kept);
        blob_free(&cut);
        if (!ok) break;
    }
    blob_free(&whole);
}

static void test_truncated_structure(void) {
    cut_last_block(LAYOUT_STRUCTURE_LAST, HEADER_SIZE_DT_STRUCT, "structure bytes");
}

static void test_truncated_strings(void) {
    cut_last_block(LAYOUT_STRINGS_LAST, HEADER_SIZE_DT_STRINGS, "strings bytes");
}

static void test_magic(void) {
    struct blob blob = base_blob(LAYOUT_STRINGS_LAST, false);
    for (uint32_t byte = 0; byte < 4; byte++) {
        blob.bytes[byte] ^= 0xff;
        expect_nothing(&blob, false, "magic byte flipped", byte);
        blob.bytes[byte] ^= 0xff;
    }
    blob_set(&blob, HEADER_MAGIC, 0xedfe0dd0); /* little-endian */
    expect_nothing(&blob, false, "magic", 0xedfe0dd0);
    blob_free(&blob);
}

static void test_totalsize(void) {
    struct blob blob = base_blob(LAYOUT_STRINGS_LAST, false);
    uint32_t size = blob.size;
    /* Padded to the reader's limit, a blob may say it is that large, and no larger. */
    blob_resize(&blob, READER_MAX_SIZE + 8);
    blob_set(&blob, HEADER_TOTALSIZE, READER_MAX_SIZE);
    ask(&blob, blob_address(&blob));
    CHECK(got.valid && got.size == READER_MAX_SIZE && got.serial_found && got.memory_whole);
    blob_set(&blob, HEADER_TOTALSIZE, READER_MAX_SIZE + 1);
    expect_nothing(&blob, false, "totalsize", READER_MAX_SIZE + 1);
    /* Refused from the header alone, before any read past it: the buffer need not be 4 GiB. */
    blob_set(&blob, HEADER_TOTALSIZE, 0xffffffff);
    expect_nothing(&blob, false, "totalsize", 0xffffffff);
    blob_resize(&blob, size);
    static const uint32_t small[] = {0, 8, 39, 40};
    for (size_t i = 0; i < sizeof small / sizeof small[0]; i++) {
        blob_set(&blob, HEADER_TOTALSIZE, small[i]);
        expect_nothing(&blob, false, "totalsize", small[i]);
    }
    blob_set(&blob, HEADER_TOTALSIZE, size - 1); /* the strings block now ends past it */
    expect_nothing(&blob, false, "totalsize", size - 1);
    blob_free(&blob);
}

/* One header field set to `value`, the blob otherwise whole. */
static void expect_field_refused(uint32_t field, uint32_t value) {
    struct blob blob = base_blob(LAYOUT_STRINGS_LAST, false);
    blob_set(&blob, field, value);
    if (!expect_nothing(&blob, false, "value", value)) printf("  of header field at %u\n", field);
    blob_free(&blob);
}

static void test_block_bounds(void) {
    static const uint32_t offsets[] = {HEADER_OFF_DT_STRUCT, HEADER_OFF_DT_STRINGS};
    static const uint32_t sizes[] = {HEADER_SIZE_DT_STRUCT, HEADER_SIZE_DT_STRINGS};
    struct blob blob = base_blob(LAYOUT_STRINGS_LAST, false);
    uint32_t total = blob.size;
    for (int block = 0; block < 2; block++) {
        uint32_t offset = blob_get(&blob, offsets[block]), size = blob_get(&blob, sizes[block]);
        expect_field_refused(offsets[block], total + 1);
        expect_field_refused(offsets[block], total - size + 1); /* ends one byte past */
        expect_field_refused(offsets[block], 0x80000000);
        expect_field_refused(offsets[block], 0xffffffff);
        expect_field_refused(offsets[block], 0xfffffffc); /* offset + size wraps to a small value */
        expect_field_refused(sizes[block], total - offset + 1);
        expect_field_refused(sizes[block], 0xffffffff);
        expect_field_refused(sizes[block], (uint32_t)(0x100000000ull - offset)); /* wraps to 0 */
    }
    blob_free(&blob);
}

/* Blocks inside the blob but in the wrong place: parsed as what they are, and found wanting. */
static void test_blocks_misplaced(void) {
    struct blob blob = base_blob(LAYOUT_STRINGS_LAST, false);
    uint32_t structure = blob_get(&blob, HEADER_OFF_DT_STRUCT);
    uint32_t strings = blob_get(&blob, HEADER_OFF_DT_STRINGS);
    blob_set(&blob, HEADER_OFF_DT_STRUCT, 0); /* the header as tokens: the magic is no token */
    blob_set(&blob, HEADER_SIZE_DT_STRUCT, blob.size);
    expect_nothing(&blob, true, "structure at", 0);
    blob_set(&blob, HEADER_OFF_DT_STRUCT, strings); /* the strings as tokens */
    blob_set(&blob, HEADER_SIZE_DT_STRUCT, blob.size - strings);
    expect_nothing(&blob, true, "structure at", strings);
    blob_set(&blob, HEADER_OFF_DT_STRUCT, blob.size); /* empty, at the very end */
    blob_set(&blob, HEADER_SIZE_DT_STRUCT, 0);
    expect_nothing(&blob, true, "structure at", blob.size);
    blob_free(&blob);
    blob = base_blob(LAYOUT_STRINGS_LAST, false);
    blob_set(&blob, HEADER_SIZE_DT_STRINGS, 0); /* no names at all */
    expect_nothing(&blob, true, "strings size", 0);
    /* Tokens as names: every name offset still lands on a string inside the block, so the tree
     * is well formed, only with names like "\3" that mean nothing. */
    blob_set(&blob, HEADER_OFF_DT_STRINGS, structure);
    blob_set(&blob, HEADER_SIZE_DT_STRINGS, strings - structure);
    ask(&blob, blob_address(&blob));
    CHECK(got.valid && got.memory_whole && got.memory_count == 0 && got.harts_whole &&
          got.hart_count == 0 && !got.serial_found && !got.finisher_found &&
          !got.timebase_found && got.console == FDT_STDOUT_NOT_SET);
    blob_free(&blob);
}

/* A property whose length runs past the structure block: the block (and the buffer) ends with
 * the property's first 4 value bytes, an END_NODE and FDT_END. */
static void test_property_length(void) {
    static const uint32_t lengths[] = {13, 16, 17, 0x1000, 0x7fffffff, 0x80000000, 0xfffffffc,
                                       0xfffffffd, 0xffffffff, 12, 9, 8, 5};
    for (size_t i = 0; i < sizeof lengths / sizeof lengths[0]; i++) {
        struct builder b;
        builder_init(&b);
        builder_begin_node(&b, "");
        uint32_t name = builder_name(&b, "timebase-frequency");
        builder_word(&b, TOKEN_PROP);
        builder_word(&b, lengths[i]);
        builder_word(&b, name);
        builder_word(&b, 10000000);
        builder_end_node(&b);
        builder_end(&b);
        struct blob blob = builder_finish(&b, LAYOUT_STRUCTURE_LAST);
        /* Lengths 5 to 12 stay inside but swallow END tokens: malformed too. */
        expect_nothing(&blob, true, "property length", lengths[i]);
        blob_free(&blob);
    }
}

/* A property in the root whose name offset is `argument`. */
static void property_named_at(struct builder *b, uint32_t name_offset) {
    builder_word(b, TOKEN_PROP);
    builder_word(b, 4);
    builder_word(b, name_offset);
    builder_word(b, 0);
}

static struct blob base_with(root_extra extra, uint32_t argument, enum layout layout) {
    struct builder b;
    builder_init(&b);
    base_tree(&b, extra, argument);
    builder_end(&b);
    return builder_finish(&b, layout);
}

static void test_name_offset(void) {
    struct blob plain = base_blob(LAYOUT_STRINGS_LAST, false);
    uint32_t strings_size = blob_get(&plain, HEADER_SIZE_DT_STRINGS);
    blob_free(&plain);
    const uint32_t past[] = {strings_size, strings_size + 1, 0x7fffffff, 0x80000000,
                             0xfffffffc, 0xffffffff};
    for (size_t i = 0; i < sizeof past / sizeof past[0]; i++) {
        for (int layout = LAYOUT_STRINGS_LAST; layout <= LAYOUT_STRUCTURE_LAST; layout++) {
            struct blob blob = base_with(property_named_at, past[i], layout);
            expect_nothing(&blob, true, "name offset", past[i]);
            blob_free(&blob);
        }
    }
    /* The block's last byte is a NUL: an empty name, harmless. */
    struct blob blob = base_with(property_named_at, strings_size - 1, LAYOUT_STRINGS_LAST);
    expect_base(&blob, "name offset", strings_size - 1);
    blob_free(&blob);
}

/* The strings block's last name loses its NUL: at the end of the buffer, and (structure last)
 * with the NUL still in the buffer but outside the block. */
static void test_strings_unterminated(void) {
    struct blob blob = base_blob(LAYOUT_STRINGS_LAST, false);
    uint32_t strings_size = blob_get(&blob, HEADER_SIZE_DT_STRINGS);
    blob_resize(&blob, blob.size - 1);
    blob_set(&blob, HEADER_TOTALSIZE, blob.size);
    blob_set(&blob, HEADER_SIZE_DT_STRINGS, strings_size - 1);
    expect_nothing(&blob, true, "strings size", strings_size - 1);
    blob_free(&blob);
    blob = base_blob(LAYOUT_STRUCTURE_LAST, false);
    blob_set(&blob, HEADER_SIZE_DT_STRINGS, strings_size - 1);
    expect_nothing(&blob, true, "strings size (structure last)", strings_size - 1);
    blob_free(&blob);
}

/* A node name without its NUL at the end of the structure block: at the end of the buffer, and
 * (strings last) right before the strings block and its NULs. */
static void test_node_name_unterminated(void) {
    for (int layout = LAYOUT_STRINGS_LAST; layout <= LAYOUT_STRUCTURE_LAST; layout++) {
        struct builder b;
        builder_init(&b);
        builder_begin_node(&b, "");
        builder_u32(&b, "timebase-frequency", 10000000);
        builder_word(&b, TOKEN_BEGIN_NODE);
        builder_bytes(&b, "serial@10000000", 15);
        struct blob blob = builder_finish(&b, layout);
        expect_nothing(&blob, true, "layout", (uint32_t)layout);
        blob_free(&blob);
    }
}

/* The base tree followed (after its root closed) by `count` of these words, then FDT_END unless
 * end is false. */
static struct blob base_then(const uint32_t *words, uint32_t count, bool end) {
    struct builder b;
    builder_init(&b);
    base_tree(&b, 0, 0);
    for (uint32_t i = 0; i < count; i++) builder_word(&b, words[i]);
    if (end) builder_end(&b);
    return builder_finish(&b, LAYOUT_STRUCTURE_LAST);
}

static void test_after_root(void) {
    static const uint32_t second_root[] = {TOKEN_BEGIN_NODE, 0, TOKEN_END_NODE};
    static const uint32_t extra_end[] = {TOKEN_END_NODE};
    static const uint32_t property[] = {TOKEN_PROP, 0, 0};
    static const uint32_t nop[] = {TOKEN_NOP, TOKEN_NOP};
    struct blob blob = base_then(second_root, 3, true);
    expect_nothing(&blob, true, "after the root", TOKEN_BEGIN_NODE);
    blob_free(&blob);
    blob = base_then(extra_end, 1, true);
    expect_nothing(&blob, true, "after the root", TOKEN_END_NODE);
    blob_free(&blob);
    blob = base_then(property, 3, true);
    expect_nothing(&blob, true, "after the root", TOKEN_PROP);
    blob_free(&blob);
    blob = base_then(nop, 2, true); /* NOPs are nothing, anywhere */
    expect_base(&blob, "after the root", TOKEN_NOP);
    blob_free(&blob);
}

static void test_missing_end(void) {
    static const uint32_t nop[] = {TOKEN_NOP};
    struct blob blob = base_then(0, 0, false);
    expect_nothing(&blob, true, "FDT_END missing, words after the root", 0);
    blob_free(&blob);
    blob = base_then(nop, 1, false);
    expect_nothing(&blob, true, "FDT_END missing, words after the root", 1);
    blob_free(&blob);
}

static void test_nops_everywhere(void) {
    for (int layout = LAYOUT_STRINGS_LAST; layout <= LAYOUT_STRUCTURE_LAST; layout++) {
        struct blob blob = base_blob(layout, true);
        expect_base(&blob, "NOPs before every token, layout", (uint32_t)layout);
        blob_free(&blob);
    }
}

static void word_in_root(struct builder *b, uint32_t word) { builder_word(b, word); }

static void test_unknown_tokens(void) {
    static const uint32_t unknown[] = {0, 5, 6, 7, 8, 10, 0x100, 0x01000000, 0xffffffff};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        struct blob blob = base_with(word_in_root, unknown[i], LAYOUT_STRUCTURE_LAST);
        expect_nothing(&blob, true, "unknown token in the root", unknown[i]);
        blob_free(&blob);
        blob = base_then(&unknown[i], 1, true);
        expect_nothing(&blob, true, "unknown token after the root", unknown[i]);
        blob_free(&blob);
    }
}

static void test_unbalanced(void) {
    struct builder b;
    builder_init(&b); /* the root never closed */
    builder_begin_node(&b, "");
    builder_u32(&b, "timebase-frequency", 10000000);
    builder_end(&b);
    struct blob blob = builder_finish(&b, LAYOUT_STRUCTURE_LAST);
    expect_nothing(&blob, true, "unbalanced", 1);
    blob_free(&blob);
    builder_init(&b); /* an END_NODE first */
    builder_end_node(&b);
    base_tree(&b, 0, 0);
    builder_end(&b);
    blob = builder_finish(&b, LAYOUT_STRUCTURE_LAST);
    expect_nothing(&blob, true, "unbalanced", 2);
    blob_free(&blob);
    builder_init(&b); /* a property before the root */
    builder_u32(&b, "timebase-frequency", 10000000);
    base_tree(&b, 0, 0);
    builder_end(&b);
    blob = builder_finish(&b, LAYOUT_STRUCTURE_LAST);
    expect_nothing(&blob, true, "unbalanced", 3);
    blob_free(&blob);
    builder_init(&b); /* FDT_END alone */
    builder_end(&b);
    blob = builder_finish(&b, LAYOUT_STRUCTURE_LAST);
    expect_nothing(&blob, true, "unbalanced", 4);
    blob_free(&blob);
}

/* A node left open inside the root: the root's END_NODE closes it, and the root stays open. */
static void node_left_open(struct builder *b, uint32_t unused) {
    (void)unused;
    builder_begin_node(b, "open");
}

static void test_node_left_open(void) {
    struct blob blob = base_with(node_left_open, 0, LAYOUT_STRUCTURE_LAST);
    expect_nothing(&blob, true, "a node left open", 0);
    blob_free(&blob);
}

/* /chosen naming the bottom of a chain of nodes `depth` deep (the root is depth 1). */
static void chosen_for_chain(struct builder *b, uint32_t depth) {
    char path[4 * 128] = "";
    for (uint32_t level = 2; level < depth; level++) strcat(path, "/n");
    strcat(path, "/uart@80000000");
    builder_begin_node(b, "chosen");
    builder_string(b, "stdout-path", path);
    builder_end_node(b);
}

/* A chain of nodes `depth` deep with a memory node and the console at the bottom, and /chosen
 * before or after it. */
static struct blob chain(uint32_t depth, bool chosen_first) {
    static const uint32_t reg[] = {0, 0x80000000, 0x1000}; /* default cells: 2 and 1 */
    struct builder b;
    builder_init(&b);
    builder_begin_node(&b, "");
    if (chosen_first) chosen_for_chain(&b, depth);
    for (uint32_t level = 2; level < depth; level++) builder_begin_node(&b, "n");
    builder_begin_node(&b, "uart@80000000");
    builder_string(&b, "device_type", "memory");
    builder_string(&b, "compatible", "ns16550a");
    builder_cells(&b, "reg", reg, 3);
    for (uint32_t level = 2; level <= depth; level++) builder_end_node(&b);
    if (!chosen_first) chosen_for_chain(&b, depth);
    builder_end_node(&b);
    builder_end(&b);
    return builder_finish(&b, LAYOUT_STRUCTURE_LAST);
}

static void test_depth(void) {
    for (int chosen_first = 0; chosen_first <= 1; chosen_first++) {
        struct blob blob = chain(FDT_MAX_DEPTH, chosen_first);
        static const struct fdt_range ram[] = {{0x80000000, 0x1000}};
        expect_memory(blob_address(&blob), ram, 1);
        expect_reg(blob_address(&blob), "ns16550a", true, 0x80000000);
        struct fdt_device device;
        CHECK_EQ(fdt_stdout_device(blob_address(&blob), &device), FDT_STDOUT_FOUND);
        CHECK(device.has_address && device.address == 0x80000000);
        blob_free(&blob);
        static const uint32_t deeper[] = {FDT_MAX_DEPTH + 1, FDT_MAX_DEPTH + 2, 100};
        for (size_t i = 0; i < sizeof deeper / sizeof deeper[0]; i++) {
            blob = chain(deeper[i], chosen_first);
            expect_nothing(&blob, true, "depth", deeper[i]);
            blob_free(&blob);
        }
    }
}

const struct test malformed_tests[] = {
    {"the base tree for the malformed ones, in both block layouts", test_base},
    {"truncated at every length (totalsize cut too): nothing found", test_truncated},
    {"structure block cut at every length, at the buffer's end: nothing found", test_truncated_structure},
    {"strings block cut at every length, at the buffer's end: nothing found", test_truncated_strings},
    {"bad magic: nothing found", test_magic},
    {"totalsize above 1 MiB or below the header: refused; exactly 1 MiB accepted", test_totalsize},
    {"block offsets and sizes outside totalsize or wrapping: refused", test_block_bounds},
    {"blocks in the wrong place (header or strings as tokens, tokens as names, empty)", test_blocks_misplaced},
    {"a property length past the structure block: nothing found", test_property_length},
    {"a property name offset past the strings block: nothing found", test_name_offset},
    {"a strings block without its last NUL: nothing found", test_strings_unterminated},
    {"a node name without NUL: nothing found", test_node_name_unterminated},
    {"tokens after the root closed: nothing found; NOPs there are fine", test_after_root},
    {"no FDT_END: nothing found", test_missing_end},
    {"NOP tokens before every token: the same answers", test_nops_everywhere},
    {"unknown tokens inside and after the root: nothing found", test_unknown_tokens},
    {"unbalanced BEGIN_NODE/END_NODE, a property outside the root: nothing found", test_unbalanced},
    {"a node left open: nothing found", test_node_left_open},
    {"nodes FDT_MAX_DEPTH deep are read; deeper: nothing found", test_depth},
    {0, 0},
};
