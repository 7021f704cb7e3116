/* SPDX-License-Identifier: MIT */
#include "uart.h"

#include "panic.h"

/* 16550 registers (as indexes) and line-status bits: facts from the 16550 data sheet. */
enum { NS16550_RBR_THR = 0, NS16550_LSR = 5, LSR_DATA_READY = 0x01, LSR_THR_EMPTY = 0x20 };
/* SiFive UART (FU740 manual, "UART"): txdata bit 31 = full, rxdata bit 31 = empty. */
enum { SIFIVE_TXDATA = 0x00, SIFIVE_RXDATA = 0x04, SIFIVE_FIFO_BIT = 1u << 31 };

/* Polling waits at most this many reads for room; a UART that never drains drops bytes rather
 * than hang the kernel. At 115200 baud a byte takes ~87 us: far below this many reads. */
enum { POLL_LIMIT = 1000000 };

bool uart_valid(const struct uart *uart) {
    if (uart->base == 0) return false;
    if (uart->kind == UART_SIFIVE) return uart->base % 4 == 0;
    /* Registers must not overlap: each is at least as far from the next as it is wide. */
    bool width_ok = uart->reg_io_width == 1 || uart->reg_io_width == 4;
    return width_ok && uart->reg_shift <= 4 && (1u << uart->reg_shift) >= uart->reg_io_width &&
           uart->base % uart->reg_io_width == 0;
}

static uint32_t ns16550_read(const struct uart *uart, uint32_t index) {
    uintptr_t address = uart->base + ((uintptr_t)index << uart->reg_shift);
    if (uart->reg_io_width == 4) return *(volatile uint32_t *)address;
    return *(volatile uint8_t *)address;
}

static void ns16550_write(const struct uart *uart, uint32_t index, uint8_t value) {
    uintptr_t address = uart->base + ((uintptr_t)index << uart->reg_shift);
    if (uart->reg_io_width == 4) *(volatile uint32_t *)address = value;
    else *(volatile uint8_t *)address = value;
}

static volatile uint32_t *sifive_register(const struct uart *uart, uint32_t offset) {
    return (volatile uint32_t *)(uart->base + offset);
}

void uart_putc(const struct uart *uart, uint8_t byte) {
    KERNEL_ASSERT(uart_valid(uart));
    if (uart->kind == UART_SIFIVE) {
        for (int i = 0; i < POLL_LIMIT && (*sifive_register(uart, SIFIVE_TXDATA) & SIFIVE_FIFO_BIT); i++) {}
        *sifive_register(uart, SIFIVE_TXDATA) = byte;
        return;
    }
    for (int i = 0; i < POLL_LIMIT && !(ns16550_read(uart, NS16550_LSR) & LSR_THR_EMPTY); i++) {}
    ns16550_write(uart, NS16550_RBR_THR, byte);
}

int uart_getc(const struct uart *uart) {
    KERNEL_ASSERT(uart_valid(uart));
    if (uart->kind == UART_SIFIVE) {
        uint32_t data = *sifive_register(uart, SIFIVE_RXDATA);
        return (data & SIFIVE_FIFO_BIT) ? -1 : (int)(data & 0xff);
    }
    if (!(ns16550_read(uart, NS16550_LSR) & LSR_DATA_READY)) return -1;
    return (int)(ns16550_read(uart, NS16550_RBR_THR) & 0xff);
}
