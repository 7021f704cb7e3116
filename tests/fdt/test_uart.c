/* SPDX-License-Identifier: MIT */
/* kernel/uart.c on the host: the drivers' register layouts, checked against plain memory standing
 * in for the device (a UART's status bits set by the test), so that reg-shift and reg-io-width
 * are proven on the layouts QEMU cannot model (JH7110's 32-bit registers 4 bytes apart). */
#include <string.h>

#include "fdt_tests.h"
#include "uart.h"

enum { LSR = 5, LSR_DATA_READY = 0x01, LSR_THR_EMPTY = 0x20, SIFIVE_EMPTY = 1u << 31 };

static _Alignas(8) uint8_t byte_registers[8];
static _Alignas(8) uint32_t word_registers[8];

static void test_ns16550_bytes(void) {
    struct uart uart = {UART_NS16550, (uintptr_t)byte_registers, 0, 1};
    CHECK(uart_valid(&uart));
    memset(byte_registers, 0, sizeof byte_registers);
    byte_registers[LSR] = LSR_THR_EMPTY;
    uart_putc(&uart, 'A');
    CHECK_EQ(byte_registers[0], 'A');
    CHECK_EQ(byte_registers[1], 0); /* byte accesses: the neighbours are untouched */
    CHECK_EQ(uart_getc(&uart), (uint64_t)-1);
    byte_registers[LSR] = LSR_THR_EMPTY | LSR_DATA_READY;
    byte_registers[0] = 'x';
    CHECK_EQ(uart_getc(&uart), 'x');
}

/* snps,dw-apb-uart on JH7110: reg-shift 2, reg-io-width 4, so LSR is the word at byte 20. */
static void test_dw_apb_words(void) {
    struct uart uart = {UART_NS16550, (uintptr_t)word_registers, 2, 4};
    CHECK(uart_valid(&uart));
    for (unsigned i = 0; i < 8; i++) word_registers[i] = 0xdeadbeef;
    word_registers[LSR] = LSR_THR_EMPTY;
    uart_putc(&uart, 'B');
    CHECK_EQ(word_registers[0], 'B'); /* one 32-bit store */
    CHECK_EQ(word_registers[1], 0xdeadbeef);
    CHECK_EQ(uart_getc(&uart), (uint64_t)-1);
    word_registers[LSR] = LSR_DATA_READY;
    word_registers[0] = 0xffffff00u | 'z'; /* only the low byte is the character */
    CHECK_EQ(uart_getc(&uart), 'z');
}

/* sifive,uart0: txdata at 0 (bit 31: full), rxdata at 4 (bit 31: empty). */
static void test_sifive(void) {
    struct uart uart = {UART_SIFIVE, (uintptr_t)word_registers, 0, 1};
    CHECK(uart_valid(&uart));
    memset(word_registers, 0, sizeof word_registers);
    uart_putc(&uart, 'C');
    CHECK_EQ(word_registers[0], 'C');
    word_registers[1] = SIFIVE_EMPTY;
    CHECK_EQ(uart_getc(&uart), (uint64_t)-1);
    word_registers[1] = 'q';
    CHECK_EQ(uart_getc(&uart), 'q');
}

/* A transmitter that never drains: putc gives up after its bounded wait instead of hanging. */
static void test_stuck_transmitter(void) {
    struct uart uart = {UART_SIFIVE, (uintptr_t)word_registers, 0, 1};
    word_registers[0] = SIFIVE_EMPTY; /* "full" */
    uart_putc(&uart, 'D');
    CHECK_EQ(word_registers[0], 'D');
    struct uart ns = {UART_NS16550, (uintptr_t)byte_registers, 0, 1};
    byte_registers[LSR] = 0;
    uart_putc(&ns, 'E');
    CHECK_EQ(byte_registers[0], 'E');
}

/* Layouts that cannot work are refused, so the console falls back to SBI. */
static void test_invalid_layouts(void) {
    uintptr_t base = (uintptr_t)word_registers;
    const struct uart bad[] = {
        {UART_NS16550, 0, 0, 1},        /* no address */
        {UART_NS16550, base, 0, 4},     /* 4-byte registers 1 byte apart overlap */
        {UART_NS16550, base, 1, 4},     /* ... or 2 bytes apart */
        {UART_NS16550, base, 2, 2},     /* 16-bit accesses: no driver */
        {UART_NS16550, base, 5, 1},     /* registers 32 bytes apart: no such device */
        {UART_NS16550, base + 2, 2, 4}, /* a misaligned base for 32-bit accesses */
        {UART_SIFIVE, base + 2, 0, 1},  /* SiFive registers are 32-bit */
    };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (!CHECK(!uart_valid(&bad[i]))) printf("  layout %u was accepted\n", i);
    const struct uart good = {UART_NS16550, base, 3, 4};
    CHECK(uart_valid(&good));
}

const struct test uart_tests[] = {
    {"ns16550a: byte registers", test_ns16550_bytes},
    {"snps,dw-apb-uart: 32-bit registers, reg-shift 2", test_dw_apb_words},
    {"sifive,uart0: txdata and rxdata", test_sifive},
    {"a transmitter that never drains does not hang the kernel", test_stuck_transmitter},
    {"impossible register layouts are refused", test_invalid_layouts},
    {0, 0},
};
