/* SPDX-License-Identifier: MIT */
/* kernel/fdt.c on whole trees: QEMU's own virt tree, dumped by the QEMU the tests boot, and the
 * trees of tests/fdt/NAME.dts compiled by dtc (made like real boards' trees, and a few with one
 * thing missing or odd). Every public function, with exact expected values. */
#include <stdio.h>
#include <string.h>

#include "blob.h"
#include "fdt_tests.h"

enum { MIB = 1 << 20 };
#define GIB (1ull << 30)

/* Loads build/fdt/NAME.dtb and checks its header: fdt_valid gives the blob's size. */
static struct blob load(const char *name) {
    struct blob blob = blob_load(name);
    uint32_t size = 0;
    if (CHECK(blob.bytes != 0)) {
        CHECK(fdt_valid(blob_address(&blob), &size));
        CHECK_EQ(size, blob.size);
    }
    return blob;
}

static void test_qemu_dump(void) {
    struct blob blob = load("qemu-virt-dump");
    uintptr_t dtb = blob_address(&blob);
    static const struct fdt_range ram[] = {{0x80000000, 128 * MIB}};
    static const uint64_t harts[] = {0, 1, 2, 3};
    expect_memory(dtb, ram, 1);
    expect_harts(dtb, harts, 4);
    static const struct console uart = {"/soc/serial@10000000", "ns16550a", true, 0x10000000,
                                        0, 1, true, false};
    expect_console(dtb, &uart);
    /* The finisher lists sifive,test1 first; power.c asks for sifive,test0. */
    expect_reg(dtb, "sifive,test0", true, 0x100000);
    expect_reg(dtb, "sifive,test1", true, 0x100000);
    expect_reg(dtb, "google,goldfish-rtc", true, 0x101000);
    expect_reg(dtb, "riscv,clint0", true, 0x2000000);
    expect_reg(dtb, "riscv,plic0", true, 0xc000000);
    expect_reg(dtb, "qemu,fw-cfg-mmio", true, 0x10100000); /* right under the root */
    expect_reg(dtb, "sifive,uart0", false, 0);
    expect_reg(dtb, "riscv-virtio", false, 0); /* the root's: it has no reg */
    expect_u32(dtb, "timebase-frequency", true, 10000000);
    expect_u32(dtb, "#address-cells", true, 2); /* the root's comes first */
    expect_u32(dtb, "stdout-path", false, 0);   /* a string, not 4 bytes */
    blob_free(&blob);
}

static void test_qemu_like(void) {
    struct blob blob = load("qemu-virt");
    uintptr_t dtb = blob_address(&blob);
    static const struct fdt_range ram[] = {{0x80000000, 128 * MIB}};
    static const uint64_t harts[] = {0, 1};
    expect_memory(dtb, ram, 1);
    expect_harts(dtb, harts, 2);
    static const struct console uart = {"/soc/serial@10000000", "ns16550a", true, 0x10000000,
                                        0, 1, true, false};
    expect_console(dtb, &uart);
    expect_reg(dtb, "sifive,test0", true, 0x100000);
    expect_reg(dtb, "syscon", true, 0x100000);
    expect_reg(dtb, "google,goldfish-rtc", true, 0x101000);
    expect_reg(dtb, "sifive,test", false, 0); /* a prefix of an entry is not an entry */
    expect_reg(dtb, "ns16550", false, 0);
    expect_u32(dtb, "timebase-frequency", true, 10000000);
    expect_u32(dtb, "clock-frequency", true, 3686400);
    expect_u32(dtb, "reg-shift", false, 0);
    blob_free(&blob);
}

static void test_visionfive2_like(void) {
    struct blob blob = load("visionfive2");
    uintptr_t dtb = blob_address(&blob);
    static const struct fdt_range ram[] = {{0x40000000, 4 * GIB}};
    static const uint64_t harts[] = {1, 2, 3, 4}; /* hart 0, the S7, is disabled */
    expect_memory(dtb, ram, 1);
    expect_harts(dtb, harts, 4);
    static const struct console uart0 = {"/soc/serial@10000000", "snps,dw-apb-uart", true,
                                         0x10000000, 2, 4, true, false};
    expect_console(dtb, &uart0);
    expect_reg(dtb, "snps,dw-apb-uart", true, 0x10000000);
    expect_reg(dtb, "starfive,jh7110", false, 0);
    expect_u32(dtb, "timebase-frequency", true, 4000000);
    expect_u32(dtb, "reg-io-width", true, 4);
    struct fdt_device device;
    CHECK_EQ(fdt_stdout_device(dtb, &device), FDT_STDOUT_FOUND);
    CHECK(!fdt_device_is(&device, "ns16550a"));
    CHECK(!fdt_device_is(&device, "sifive,uart0"));
    CHECK_EQ(device.compatible_length, sizeof "snps,dw-apb-uart");
    CHECK(device.compatible >= blob.bytes && device.compatible < blob.bytes + blob.size);
    blob_free(&blob);
}

static void test_unmatched_like(void) {
    struct blob blob = load("unmatched");
    uintptr_t dtb = blob_address(&blob);
    static const struct fdt_range ram[] = {{0x80000000, 16 * GIB}};
    static const uint64_t harts[] = {0, 1, 2, 3, 4};
    expect_memory(dtb, ram, 1);
    expect_harts(dtb, harts, 5);
    static const struct console uart0 = {"/soc/serial@10010000", "sifive,uart0", true,
                                         0x10010000, 0, 1, true, false};
    expect_console(dtb, &uart0);
    struct fdt_device device;
    CHECK_EQ(fdt_stdout_device(dtb, &device), FDT_STDOUT_FOUND);
    CHECK(fdt_device_is(&device, "sifive,fu740-c000-uart"));
    CHECK(!fdt_device_is(&device, "sifive,fu740-c000"));
    CHECK_EQ(device.compatible_length, sizeof "sifive,fu740-c000-uart\0sifive,uart0");
    expect_reg(dtb, "sifive,uart0", true, 0x10010000);
    expect_u32(dtb, "timebase-frequency", true, 1000000);
    blob_free(&blob);
}

static void test_memory_cells_1_1(void) {
    struct blob blob = load("memory-cells-1-1");
    uintptr_t dtb = blob_address(&blob);
    static const struct fdt_range ram[] = {
        {0x80000000, 16 * MIB}, {0x90000000, 32 * MIB}, {0xb0000000, 1 * MIB}, {0xe0000000, 8 * MIB}};
    expect_memory(dtb, ram, 4);
    /* At most `max`, in tree order; max 0 lists nothing and still succeeds. */
    struct fdt_range two[3];
    memset(two, 0x5a, sizeof two);
    unsigned count = 99;
    CHECK(fdt_memory(dtb, two, 2, &count));
    CHECK_EQ(count, 2);
    CHECK_EQ(two[1].base, 0x90000000);
    CHECK_EQ(two[2].base, 0x5a5a5a5a5a5a5a5aull);
    CHECK(fdt_memory(dtb, two, 0, &count));
    CHECK_EQ(count, 0);
    expect_harts(dtb, 0, 0); /* no /cpus */
    static const struct console uart = {"/serial@9000000", "ns16550", true, 0x9000000, 0, 1,
                                        true, false};
    expect_console(dtb, &uart);
    expect_reg(dtb, "mmio-sram", true, 0xd0000000);
    expect_u32(dtb, "timebase-frequency", false, 0);
    blob_free(&blob);
}

static void test_console_disabled(void) {
    struct blob blob = load("console-disabled");
    static const struct console uart = {"/soc/serial@10000000", "ns16550a", true, 0x10000000,
                                        0, 1, false, false};
    expect_console(blob_address(&blob), &uart);
    /* fdt_find_compatible_reg does not look at status. */
    expect_reg(blob_address(&blob), "ns16550a", true, 0x10000000);
    blob_free(&blob);
}

static void test_no_chosen(void) {
    struct blob blob = load("no-chosen");
    uintptr_t dtb = blob_address(&blob);
    expect_no_console(dtb, FDT_STDOUT_NOT_SET, "");
    expect_memory(dtb, 0, 0);
    expect_harts(dtb, 0, 0);
    expect_reg(dtb, "ns16550a", true, 0x10000000);
    blob_free(&blob);
}

static void test_missing_alias(void) {
    struct blob blob = load("missing-alias");
    expect_no_console(blob_address(&blob), FDT_STDOUT_NO_ALIAS, "serial2");
    blob_free(&blob);
}

static void test_bus_console(void) {
    struct blob blob = load("bus-console");
    uintptr_t dtb = blob_address(&blob);
    /* The address is the bus's own (one cell), and translated says so. */
    static const struct console uart = {"/soc/bus@20000000/serial@1000", "ns16550a", true,
                                        0x1000, 0, 1, true, true};
    expect_console(dtb, &uart);
    expect_reg(dtb, "ns16550a", true, 0x1000);
    expect_reg(dtb, "snps,dw-apb-uart", true, 0x10000000);
    blob_free(&blob);
}

static void test_cpus(void) {
    struct blob blob = load("cpus");
    uintptr_t dtb = blob_address(&blob);
    static const uint64_t harts[] = {0, 1, 3, 0x10};
    expect_harts(dtb, harts, 4);
    uint64_t two[3] = {0, 0, 0x5a};
    unsigned count = 99;
    CHECK(fdt_harts(dtb, two, 2, &count));
    CHECK_EQ(count, 2);
    CHECK_EQ(two[0], 0);
    CHECK_EQ(two[1], 1);
    CHECK_EQ(two[2], 0x5a);
    CHECK(fdt_harts(dtb, two, 0, &count));
    CHECK_EQ(count, 0);
    expect_u32(dtb, "timebase-frequency", true, 25000000);
    expect_no_console(dtb, FDT_STDOUT_NOT_SET, "");
    blob_free(&blob);
}

const struct test tree_tests[] = {
    {"QEMU's own virt tree (-m 128M -smp 4): RAM, 4 harts, console, test finisher, timebase", test_qemu_dump},
    {"QEMU virt-like tree: RAM, harts, console by path, finisher, RTC, single properties", test_qemu_like},
    {"VisionFive 2-like tree: RAM at 0x40000000, harts 1-4, dw-apb-uart via alias with options", test_visionfive2_like},
    {"Unmatched-like tree: 16 GiB RAM, 5 harts, sifive,uart0 via alias without options", test_unmatched_like},
    {"one-cell addresses and sizes: 4 memory nodes, several reg entries, zero/disabled skipped", test_memory_cells_1_1},
    {"a disabled console is found with enabled false", test_console_disabled},
    {"no /chosen: console not set", test_no_chosen},
    {"stdout-path names a missing alias", test_missing_alias},
    {"a console behind a bus with non-empty ranges is translated, its address bus-local", test_bus_console},
    {"/cpus: disabled and failed harts left out, not-cpu nodes ignored, max respected", test_cpus},
    {0, 0},
};
