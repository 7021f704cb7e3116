/* SPDX-License-Identifier: MIT */
/* kernel/fdt.c's public functions on small valid trees built here, one odd thing at a time:
 * stdout-path forms and limits, status values, first-match rules, cell counts the reader cannot
 * use, reg properties shorter than their cells. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blob.h"
#include "fdt_tests.h"

/* A root declaring its children's cells; end_tree closes it and finishes the blob. */
static void begin_tree(struct builder *b, uint32_t address_cells, uint32_t size_cells) {
    builder_init(b);
    builder_begin_node(b, "");
    builder_u32(b, "#address-cells", address_cells);
    builder_u32(b, "#size-cells", size_cells);
}

static struct blob end_tree(struct builder *b) {
    builder_end_node(b);
    builder_end(b);
    return builder_finish(b, LAYOUT_STRINGS_LAST);
}

static void chosen(struct builder *b, const char *property, const void *value, uint32_t length) {
    builder_begin_node(b, "chosen");
    builder_property(b, property, value, length);
    builder_end_node(b);
}

/* A ns16550a at 0x10000000 under the root (two cells of address, two of size). */
static void uart(struct builder *b, const char *name) {
    static const uint32_t reg[] = {0, 0x10000000, 0, 0x100};
    builder_begin_node(b, name);
    builder_string(b, "compatible", "ns16550a");
    builder_cells(b, "reg", reg, 4);
    builder_end_node(b);
}

/* A tree whose /chosen/stdout-path is value[0..length) and whose only device is
 * /serial@10000000, plus /aliases { serial0 = alias[0..alias_length) } when alias is set. */
static struct blob console_tree(const char *value, uint32_t length, const char *alias,
                                uint32_t alias_length) {
    struct builder b;
    begin_tree(&b, 2, 2);
    if (alias != 0) {
        builder_begin_node(&b, "aliases");
        builder_property(&b, "serial0", alias, alias_length);
        builder_end_node(&b);
    }
    chosen(&b, "stdout-path", value, length);
    uart(&b, "serial@10000000");
    return end_tree(&b);
}

static const struct console root_uart = {"/serial@10000000", "ns16550a", true, 0x10000000, 0, 1,
                                         true, false};

static void test_valid(void) {
    struct builder b;
    begin_tree(&b, 2, 2);
    struct blob blob = end_tree(&b);
    uint32_t size = 0;
    CHECK(fdt_valid(blob_address(&blob), &size));
    CHECK_EQ(size, blob.size);
    size = 7;
    CHECK(!fdt_valid(0, &size));
    CHECK_EQ(size, 7); /* untouched when invalid */
    /* The spec requires 8-byte alignment; the reader refuses anything else before reading. */
    struct blob shifted = blob_copy(blob.bytes, blob.size);
    blob_resize(&shifted, blob.size + 4);
    memmove(shifted.bytes + 4, shifted.bytes, blob.size);
    CHECK(!fdt_valid(blob_address(&shifted) + 4, &size));
    CHECK(!fdt_valid(blob_address(&shifted) + 1, &size));
    uint64_t hart = 0;
    unsigned count = 99;
    CHECK(!fdt_harts(blob_address(&shifted) + 4, &hart, 1, &count));
    CHECK_EQ(count, 0);
    blob_free(&shifted);
    blob_free(&blob);
}

static void test_device_is(void) {
    static const uint8_t list[] = "ns16550a\0ns16550\0snps,dw-apb-uart"; /* NUL-ended */
    struct fdt_device device = {.compatible = list, .compatible_length = sizeof list};
    CHECK(fdt_device_is(&device, "ns16550a"));
    CHECK(fdt_device_is(&device, "ns16550"));
    CHECK(fdt_device_is(&device, "snps,dw-apb-uart"));
    CHECK(!fdt_device_is(&device, "ns1655"));
    CHECK(!fdt_device_is(&device, "16550a"));
    CHECK(!fdt_device_is(&device, "snps,dw-apb-uart2"));
    device.compatible_length = sizeof list - 1; /* the last entry loses its NUL: no longer one */
    CHECK(!fdt_device_is(&device, "snps,dw-apb-uart"));
    CHECK(fdt_device_is(&device, "ns16550"));
    device.compatible_length = 0;
    CHECK(!fdt_device_is(&device, "ns16550a"));
    device.compatible = 0;
    device.compatible_length = sizeof list;
    CHECK(!fdt_device_is(&device, "ns16550a"));
}

static void test_stdout_forms(void) {
    static const char path[] = "/serial@10000000";
    struct blob blob = console_tree("/serial@10000000:115200n8", 26, 0, 0);
    expect_console(blob_address(&blob), &root_uart); /* options dropped */
    blob_free(&blob);
    blob = console_tree(path, sizeof path - 1, 0, 0); /* no NUL: the length bounds it */
    expect_console(blob_address(&blob), &root_uart);
    blob_free(&blob);
    blob = console_tree("serial0:9600", 13, path, sizeof path);
    expect_console(blob_address(&blob), &root_uart);
    blob_free(&blob);
    blob = console_tree("serial0", 8, path, sizeof path - 1); /* an alias value without NUL */
    expect_console(blob_address(&blob), &root_uart);
    blob_free(&blob);
    blob = console_tree("", 1, 0, 0);
    expect_no_console(blob_address(&blob), FDT_STDOUT_NOT_SET, "");
    blob_free(&blob);
    blob = console_tree(":115200n8", 10, 0, 0);
    expect_no_console(blob_address(&blob), FDT_STDOUT_NOT_SET, "");
    blob_free(&blob);
    blob = console_tree("", 0, 0, 0); /* an empty property */
    expect_no_console(blob_address(&blob), FDT_STDOUT_NOT_SET, "");
    blob_free(&blob);
}

static void test_stdout_wrong_nodes(void) {
    static const char *const missing[] = {"/serial", "/serial@10000000/", "/serial@1000000",
                                          "//serial@10000000", "/serial@10000000x", "serial@x"};
    for (size_t i = 0; i < sizeof missing / sizeof missing[0]; i++) {
        struct blob blob = console_tree(missing[i], (uint32_t)strlen(missing[i]) + 1, 0, 0);
        /* A name without '/' is an alias, and this tree has no /aliases. */
        enum fdt_stdout status = missing[i][0] == '/' ? FDT_STDOUT_NO_NODE : FDT_STDOUT_NO_ALIAS;
        expect_no_console(blob_address(&blob), status, missing[i]);
        blob_free(&blob);
    }
    /* An alias whose value is not a path. */
    struct blob blob = console_tree("serial0", 8, "serial1", 8);
    expect_no_console(blob_address(&blob), FDT_STDOUT_NO_NODE, "serial1");
    blob_free(&blob);
    /* "/" is the root: found, with no reg. */
    blob = console_tree("/", 2, 0, 0);
    struct fdt_device device;
    CHECK_EQ(fdt_stdout_device(blob_address(&blob), &device), FDT_STDOUT_FOUND);
    CHECK(strcmp(device.path, "/") == 0 && !device.has_address && device.enabled);
    CHECK(device.compatible == 0 && !fdt_device_is(&device, "ns16550a"));
    blob_free(&blob);
}

static void test_stdout_fallbacks(void) {
    static const char path[] = "/serial@10000000";
    struct builder b;
    begin_tree(&b, 2, 2);
    chosen(&b, "linux,stdout-path", path, sizeof path);
    uart(&b, "serial@10000000");
    struct blob blob = end_tree(&b);
    expect_console(blob_address(&blob), &root_uart); /* the older name still works */
    blob_free(&blob);
    /* stdout-path wins over linux,stdout-path, wherever each sits. */
    begin_tree(&b, 2, 2);
    builder_begin_node(&b, "chosen");
    builder_string(&b, "linux,stdout-path", "/other@0");
    builder_string(&b, "stdout-path", path);
    builder_end_node(&b);
    uart(&b, "serial@10000000");
    blob = end_tree(&b);
    expect_console(blob_address(&blob), &root_uart);
    blob_free(&blob);
    /* Only /chosen and /aliases count: the same properties elsewhere do not. */
    begin_tree(&b, 2, 2);
    builder_begin_node(&b, "soc");
    chosen(&b, "stdout-path", path, sizeof path);
    builder_begin_node(&b, "aliases");
    builder_string(&b, "serial0", path);
    builder_end_node(&b);
    builder_end_node(&b);
    builder_begin_node(&b, "chosen");
    builder_string(&b, "stdout-path", "serial0");
    builder_end_node(&b);
    blob = end_tree(&b);
    expect_no_console(blob_address(&blob), FDT_STDOUT_NO_ALIAS, "serial0");
    blob_free(&blob);
}

/* A tree with one root-level node named so that its path is `path_length` bytes long, and a
 * stdout-path (or an alias) naming it. */
static struct blob long_path_tree(uint32_t path_length, bool through_alias) {
    char path[FDT_PATH_MAX + 8];
    memset(path, 'u', sizeof path);
    path[0] = '/';
    path[path_length] = '\0';
    struct builder b;
    begin_tree(&b, 2, 2);
    builder_begin_node(&b, "aliases");
    builder_string(&b, "serial0", path);
    builder_end_node(&b);
    builder_begin_node(&b, "chosen");
    builder_string(&b, "stdout-path", through_alias ? "serial0" : path);
    builder_end_node(&b);
    uart(&b, path + 1);
    return end_tree(&b);
}

static void test_stdout_path_limit(void) {
    for (int alias = 0; alias <= 1; alias++) {
        struct blob blob = long_path_tree(FDT_PATH_MAX - 1, alias);
        struct fdt_device device;
        CHECK_EQ(fdt_stdout_device(blob_address(&blob), &device), FDT_STDOUT_FOUND);
        CHECK_EQ(strlen(device.path), FDT_PATH_MAX - 1);
        CHECK(device.has_address && device.address == 0x10000000);
        blob_free(&blob);
        blob = long_path_tree(FDT_PATH_MAX, alias); /* one byte too long for device->path */
        expect_no_console(blob_address(&blob), alias ? FDT_STDOUT_NO_ALIAS : FDT_STDOUT_NOT_SET,
                          alias ? "serial0" : "");
        blob_free(&blob);
        blob = long_path_tree(FDT_PATH_MAX + 7, alias);
        expect_no_console(blob_address(&blob), alias ? FDT_STDOUT_NO_ALIAS : FDT_STDOUT_NOT_SET,
                          alias ? "serial0" : "");
        blob_free(&blob);
    }
}

/* The console's status is value[0..length); is it enabled? */
static bool console_enabled(const char *value, uint32_t length) {
    static const uint32_t reg[] = {0, 0x10000000, 0, 0x100};
    struct builder b;
    begin_tree(&b, 2, 2);
    chosen(&b, "stdout-path", "/serial@10000000", sizeof "/serial@10000000");
    builder_begin_node(&b, "serial@10000000");
    builder_string(&b, "compatible", "ns16550a");
    builder_cells(&b, "reg", reg, 4);
    if (value != 0) builder_property(&b, "status", value, length);
    builder_end_node(&b);
    struct blob blob = end_tree(&b);
    struct fdt_device device;
    bool found = CHECK_EQ(fdt_stdout_device(blob_address(&blob), &device), FDT_STDOUT_FOUND);
    blob_free(&blob);
    return found && device.enabled;
}

static void test_status(void) {
    CHECK(console_enabled(0, 0));
    CHECK(console_enabled("okay", 5));
    CHECK(console_enabled("ok", 3));
    CHECK(!console_enabled("disabled", 9));
    CHECK(!console_enabled("fail", 5));
    CHECK(!console_enabled("fail-sss", 9));
    CHECK(!console_enabled("reserved", 9));
    CHECK(!console_enabled("okay", 4)); /* no NUL: not a string the reader accepts */
    CHECK(!console_enabled("okayish", 8));
    CHECK(!console_enabled("", 0));
}

static void test_find_u32(void) {
    struct builder b;
    begin_tree(&b, 2, 2);
    builder_begin_node(&b, "cpus");
    builder_begin_node(&b, "cpu@0");
    builder_u32(&b, "timebase-frequency", 1000000); /* deeper, but first in the blob */
    builder_end_node(&b);
    builder_u32(&b, "timebase-frequency", 2000000);
    builder_end_node(&b);
    builder_begin_node(&b, "soc");
    static const uint32_t two[] = {0, 24000000};
    builder_cells(&b, "clock-frequency", two, 2);
    builder_property(&b, "empty", "", 0);
    builder_property(&b, "three-bytes", "abc", 3);
    builder_end_node(&b);
    struct blob blob = end_tree(&b);
    uintptr_t dtb = blob_address(&blob);
    expect_u32(dtb, "timebase-frequency", true, 1000000);
    expect_u32(dtb, "#size-cells", true, 2);
    expect_u32(dtb, "clock-frequency", false, 0); /* 8 bytes */
    expect_u32(dtb, "empty", false, 0);
    expect_u32(dtb, "three-bytes", false, 0);
    expect_u32(dtb, "timebase", false, 0);
    expect_u32(dtb, "", false, 0);
    blob_free(&blob);
}

static void device(struct builder *b, const char *name, const void *compatible,
                   uint32_t compatible_length, const uint32_t *reg, uint32_t reg_cells) {
    builder_begin_node(b, name);
    builder_property(b, "compatible", compatible, compatible_length);
    if (reg != 0) builder_cells(b, "reg", reg, reg_cells);
    builder_end_node(b);
}

static void test_find_compatible(void) {
    static const uint32_t short_reg[] = {0}, reg_a[] = {0, 0xa000, 0, 1}, reg_b[] = {0, 0xb000};
    static const uint32_t reg_c[] = {1, 0xc000, 0, 1};
    struct builder b;
    begin_tree(&b, 2, 2);
    builder_string(&b, "compatible", "basin,root"); /* the root's reg has no parent's cells */
    builder_cells(&b, "reg", reg_a, 4);
    device(&b, "no-reg", "basin,a", 8, 0, 0);         /* matches, but has no reg: skipped */
    device(&b, "short-reg", "basin,a", 8, short_reg, 1); /* one cell of two: skipped */
    device(&b, "a@a000", "basin,x\0basin,a", 16, reg_a, 4);
    device(&b, "b@b000", "basin,a", 8, reg_b, 2);      /* later: never reached */
    device(&b, "unterminated", "basin,u", 7, reg_b, 2);
    device(&b, "c@10000c000", "basin,c", 8, reg_c, 4); /* above 4 GiB */
    struct blob blob = end_tree(&b);
    uintptr_t dtb = blob_address(&blob);
    expect_reg(dtb, "basin,a", true, 0xa000);
    expect_reg(dtb, "basin,x", true, 0xa000);
    expect_reg(dtb, "basin,u", false, 0);
    expect_reg(dtb, "basin,c", true, 0x10000c000ull);
    expect_reg(dtb, "basin", false, 0);
    expect_reg(dtb, "", false, 0);
    expect_reg(dtb, "basin,root", false, 0);
    blob_free(&blob);
}

/* A tree whose /soc (two size cells) and /cpus (none) both declare `address_cells`; /soc holds
 * a memory node and the console, /cpus one cpu, each with a 5-cell reg. */
static struct blob cells_tree(uint32_t address_cells) {
    static const uint32_t reg[] = {0, 0x80000000, 0, 0x1000, 0};
    struct builder b;
    begin_tree(&b, 2, 2);
    chosen(&b, "stdout-path", "/soc/serial@0", sizeof "/soc/serial@0");
    builder_begin_node(&b, "soc");
    builder_u32(&b, "#address-cells", address_cells);
    builder_u32(&b, "#size-cells", 2);
    builder_begin_node(&b, "memory@0");
    builder_string(&b, "device_type", "memory");
    builder_cells(&b, "reg", reg, 5);
    builder_end_node(&b);
    device(&b, "serial@0", "ns16550a", 9, reg, 5);
    builder_end_node(&b);
    builder_begin_node(&b, "cpus");
    builder_u32(&b, "#address-cells", address_cells);
    builder_u32(&b, "#size-cells", 0);
    builder_begin_node(&b, "cpu@0");
    builder_string(&b, "device_type", "cpu");
    builder_cells(&b, "reg", reg, 5);
    builder_end_node(&b);
    builder_end_node(&b);
    return end_tree(&b);
}

static void test_unusable_cells(void) {
    static const uint32_t unusable[] = {0, 3, 1000, 0xffffffff, 0x40000000};
    for (size_t i = 0; i < sizeof unusable / sizeof unusable[0]; i++) {
        struct blob blob = cells_tree(unusable[i]);
        uintptr_t dtb = blob_address(&blob);
        expect_memory(dtb, 0, 0);
        expect_harts(dtb, 0, 0);
        expect_reg(dtb, "ns16550a", false, 0);
        static const struct console no_address = {"/soc/serial@0", "ns16550a", false, 0, 0, 1,
                                                  true, false};
        expect_console(dtb, &no_address);
        if (check_failures > 0) printf("  #address-cells %u\n", unusable[i]);
        blob_free(&blob);
    }
    /* The same tree with 1 and 2 address cells: the reg's first cells are read, the rest of
     * the 5 cells (a partial entry) ignored. */
    struct blob blob = cells_tree(1);
    static const struct fdt_range ram1[] = {{0, 0x80000000ull << 32}}; /* <0>, <0x80000000 0> */
    static const uint64_t hart1[] = {0};
    expect_memory(blob_address(&blob), ram1, 1);
    expect_harts(blob_address(&blob), hart1, 1);
    expect_reg(blob_address(&blob), "ns16550a", true, 0);
    blob_free(&blob);
    blob = cells_tree(2);
    static const struct fdt_range ram2[] = {{0x80000000, 0x1000}};
    static const uint64_t hart2[] = {0x80000000};
    expect_memory(blob_address(&blob), ram2, 1);
    expect_harts(blob_address(&blob), hart2, 1);
    expect_reg(blob_address(&blob), "ns16550a", true, 0x80000000);
    blob_free(&blob);
}

/* reg, #address-cells, #size-cells, reg-shift and reg-io-width shorter or longer than they
 * should be: no address, no range, no hart, or the default. */
static void test_odd_lengths(void) {
    static const uint32_t three[] = {0, 0x80000000, 0}, eight[] = {0, 1};
    static const uint32_t entry[] = {0, 0x80000000, 0x1000};
    struct builder b;
    builder_init(&b);
    builder_begin_node(&b, "");
    builder_cells(&b, "#address-cells", eight, 2); /* 8 bytes: ignored, the default 2 holds */
    builder_cells(&b, "#size-cells", eight, 2);    /* and the default 1 */
    chosen(&b, "stdout-path", "/serial@0", sizeof "/serial@0");
    builder_begin_node(&b, "memory@0");
    builder_string(&b, "device_type", "memory");
    builder_cells(&b, "reg", three, 2); /* less than one entry of 2 + 1 cells */
    builder_end_node(&b);
    builder_begin_node(&b, "memory@80000000");
    builder_string(&b, "device_type", "memory");
    builder_cells(&b, "reg", entry, 3); /* exactly one: default #size-cells 1 */
    builder_end_node(&b);
    builder_begin_node(&b, "serial@0");
    builder_string(&b, "compatible", "ns16550a");
    builder_cells(&b, "reg", three, 1); /* one cell of two */
    builder_property(&b, "reg-shift", "\0\0\0\2\0", 5);
    builder_property(&b, "reg-io-width", "\4", 1);
    builder_end_node(&b);
    builder_begin_node(&b, "cpus");
    builder_u32(&b, "#address-cells", 1);
    builder_begin_node(&b, "cpu@0");
    builder_string(&b, "device_type", "cpu");
    builder_property(&b, "reg", "", 0);
    builder_end_node(&b);
    builder_end_node(&b);
    struct blob blob = end_tree(&b);
    uintptr_t dtb = blob_address(&blob);
    static const struct fdt_range ram[] = {{0x80000000, 0x1000}};
    expect_memory(dtb, ram, 1);
    expect_harts(dtb, 0, 0);
    expect_reg(dtb, "ns16550a", false, 0);
    static const struct console serial = {"/serial@0", "ns16550a", false, 0, 0, 1, true, false};
    expect_console(dtb, &serial);
    blob_free(&blob);
}

/* #size-cells 0 leaves memory nodes without sizes: no RAM; nor is there any from a memory
 * node without reg, or under a bus with no cells at all. */
static void test_memory_without_sizes(void) {
    static const uint32_t reg[] = {0, 0x80000000, 0, 0x1000};
    struct builder b;
    begin_tree(&b, 2, 0);
    builder_begin_node(&b, "memory@2");
    builder_string(&b, "device_type", "memory");
    builder_end_node(&b);
    builder_begin_node(&b, "bus");
    builder_u32(&b, "#address-cells", 0);
    builder_u32(&b, "#size-cells", 0);
    builder_begin_node(&b, "memory");
    builder_string(&b, "device_type", "memory");
    builder_cells(&b, "reg", reg, 4);
    builder_end_node(&b);
    builder_end_node(&b);
    builder_begin_node(&b, "memory@80000000");
    builder_string(&b, "device_type", "memory");
    builder_cells(&b, "reg", reg, 4);
    builder_end_node(&b);
    builder_begin_node(&b, "memory@1");
    builder_property(&b, "device_type", "memory", 6); /* no NUL: not "memory" */
    builder_cells(&b, "reg", reg, 4);
    builder_end_node(&b);
    struct blob blob = end_tree(&b);
    expect_memory(blob_address(&blob), 0, 0);
    blob_free(&blob);
}

const struct test api_tests[] = {
    {"fdt_valid: header size, null and misaligned pointers refused", test_valid},
    {"fdt_device_is: whole NUL-ended entries only", test_device_is},
    {"stdout-path: options dropped, no NUL, alias with options, empty", test_stdout_forms},
    {"stdout-path naming a node that is not there, an alias that is not a path, the root", test_stdout_wrong_nodes},
    {"linux,stdout-path fallback; only /chosen and /aliases count", test_stdout_fallbacks},
    {"stdout-path and alias values up to FDT_PATH_MAX - 1 bytes, longer refused", test_stdout_path_limit},
    {"status: absent, okay, ok enabled; anything else not", test_status},
    {"fdt_find_u32: the first property of the name decides; only 4-byte values", test_find_u32},
    {"fdt_find_compatible_reg: first node with a usable reg, whole entries only", test_find_compatible},
    {"#address-cells 0, 3, 1000, ...: no address anywhere; 1 and 2 read", test_unusable_cells},
    {"reg shorter than its cells, cell counts and reg-shift/reg-io-width of the wrong length", test_odd_lengths},
    {"memory: #size-cells 0 gives no RAM; device_type must be the string \"memory\"", test_memory_without_sizes},
    {0, 0},
};
