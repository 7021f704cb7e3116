/* SPDX-License-Identifier: MIT */
/* Serial ports the kernel drives itself once the device tree names one as the console:
 * 16550-compatible UARTs (ns16550a on QEMU virt, snps,dw-apb-uart on JH7110 boards) and SiFive's
 * UART (FU540/FU740). Both are already set up by the firmware (baud rate, framing): Basin only
 * moves bytes, polling. */
#ifndef BASIN_UART_H
#define BASIN_UART_H

#include <stdbool.h>
#include <stdint.h>

enum uart_kind { UART_NS16550, UART_SIFIVE };

struct uart {
    enum uart_kind kind;
    uintptr_t base;
    uint32_t reg_shift;    /* 16550: register i is at base + (i << reg_shift) */
    uint32_t reg_io_width; /* 16550: 1 or 4 bytes per access */
};

/* Validates the description (a known width and shift, an aligned base); false when unusable. */
bool uart_valid(const struct uart *uart);

void uart_putc(const struct uart *uart, uint8_t byte);

/* The next received byte, or -1 when none is waiting. */
int uart_getc(const struct uart *uart);

#endif
