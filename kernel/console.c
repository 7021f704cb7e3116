/* SPDX-License-Identifier: MIT */
#include "console.h"

#include <stdbool.h>

#include "fdt.h"
#include "panic.h"
#include "sbi.h"
#include "token.h"
#include "uart.h"

static char last_char = '\n'; /* so kernel lines can start on a fresh line */
static struct uart uart;     /* the console UART, when uart_active */
static bool uart_active;
static bool console_ready; /* console_init has chosen the console: input may be read */

static void put_byte(char c) {
    if (uart_active) uart_putc(&uart, (uint8_t)c);
    else sbi_console_putchar(c);
}

static int get_byte(void) {
    return uart_active ? uart_getc(&uart) : sbi_console_getchar();
}

static void console_putc(char c) {
    last_char = c;
    if (c == '\n') put_byte('\r'); /* serial terminals want CR LF */
    put_byte(c);
}

/* The compatible names Basin has a driver for. */
static const struct {
    const char *compatible;
    enum uart_kind kind;
} drivers[] = {
    {"ns16550a", UART_NS16550}, {"ns16550", UART_NS16550}, {"snps,dw-apb-uart", UART_NS16550},
    {"sifive,uart0", UART_SIFIVE},
};

/* The UART driver for a device, if Basin has one; *name says which compatible matched. */
static bool driver_for(const struct fdt_device *device, struct uart *out, const char **name) {
    unsigned i = 0;
    while (i < sizeof drivers / sizeof drivers[0] && !fdt_device_is(device, drivers[i].compatible)) i++;
    if (i == sizeof drivers / sizeof drivers[0]) return false;
    out->kind = drivers[i].kind;
    *name = drivers[i].compatible;
    out->base = (uintptr_t)device->address;
    out->reg_shift = device->reg_shift;
    out->reg_io_width = device->reg_io_width;
    return true;
}

/* Why the SBI console is used when the device tree's console cannot be. */
static const char *fallback_reason(enum fdt_stdout found, const struct fdt_device *device,
                                   struct uart *candidate, const char **name) {
    switch (found) {
    case FDT_STDOUT_NO_TREE: return "no valid device tree";
    case FDT_STDOUT_NOT_SET: return "no /chosen/stdout-path in the device tree";
    case FDT_STDOUT_NO_ALIAS: return "stdout-path names an alias /aliases lacks";
    case FDT_STDOUT_NO_NODE: return "stdout-path names a node the device tree lacks";
    case FDT_STDOUT_FOUND: break;
    }
    if (!device->enabled) return "the stdout-path device is disabled";
    if (!device->has_address) return "the stdout-path device has no reg";
    if (device->translated) return "the stdout-path device is behind a bus with address translation";
    if (!driver_for(device, candidate, name)) return "no driver for the stdout-path device's compatible";
    if (!uart_valid(candidate)) return "the stdout-path device has an unusable reg-shift or reg-io-width";
    return 0;
}

void console_init(uintptr_t dtb, struct fmt *description) {
    KERNEL_ASSERT(description != 0);
    struct fdt_device device;
    enum fdt_stdout found = fdt_stdout_device(dtb, &device);
    struct uart candidate = {UART_NS16550, 0, 0, 1};
    const char *name = 0;
    const char *reason = fallback_reason(found, &device, &candidate, &name);
    if (reason != 0) {
        console_ready = true;
        console_poll();
        fmt_str(description, "sbi (");
        fmt_str(description, reason);
        if (found == FDT_STDOUT_FOUND || found == FDT_STDOUT_NO_NODE || found == FDT_STDOUT_NO_ALIAS) {
            fmt_str(description, ": ");
            fmt_str(description, found == FDT_STDOUT_NO_ALIAS ? device.alias : device.path);
        }
        fmt_str(description, ")");
        return;
    }
    uart = candidate;
    uart_active = true;
    console_ready = true;
    console_poll();
    fmt_str(description, name);
    fmt_str(description, " at ");
    fmt_hex(description, uart.base);
    if (uart.reg_shift != 0 || uart.reg_io_width != 1) {
        fmt_str(description, " (reg-shift ");
        fmt_u64(description, uart.reg_shift);
        fmt_str(description, ", reg-io-width ");
        fmt_u64(description, uart.reg_io_width);
        fmt_str(description, ")");
    }
    fmt_str(description, ", from stdout-path ");
    if (device.alias[0] != '\0') {
        fmt_str(description, device.alias);
        fmt_str(description, " = ");
    }
    fmt_str(description, device.path);
}

static bool (*sink)(const uint8_t *bytes, size_t length); /* console_set_sink */

void console_set_sink(bool (*to)(const uint8_t *bytes, size_t length)) { sink = to; }

void console_put_raw(const uint8_t *bytes, size_t length) {
    KERNEL_ASSERT(bytes != 0 || length == 0);
    for (size_t i = 0; i < length; i++) put_byte((char)bytes[i]);
}

void console_write(const uint8_t *bytes, size_t length) {
    console_poll();
    if (length > 0 && sink != 0 && sink(bytes, length)) {
        last_char = (char)bytes[length - 1];
        return;
    }
    for (size_t i = 0; i < length; i++) console_putc((char)bytes[i]);
}

static uint64_t token; /* token.h; 0 until set */

void console_set_token(uint64_t boot_token) {
    KERNEL_ASSERT(boot_token != 0 && boot_token < (1ull << TOKEN_BITS));
    token = boot_token;
}

/* The text of a kernel line, then its token and the end of the line: to the sink in one piece
 * when there is one, else to the UART. */
static void put_line(const char *text) {
    enum { TEXT_MAX = 4096 };
    static char line[TEXT_MAX + 16 + TOKEN_HEX_DIGITS];
    size_t length = 0;
    /* Bounded: kernel lines come from fixed-size fmt buffers; a longer text is cut. */
    for (size_t i = 0; text[i] != '\0' && length < TEXT_MAX; i++) line[length++] = text[i];
    if (token != 0) {
        static const char key[] = " boot=";
        for (unsigned i = 0; i < sizeof key - 1; i++) line[length++] = key[i];
        for (unsigned i = 0; i < TOKEN_HEX_DIGITS; i++)
            line[length++] = "0123456789abcdef"[(token >> (4 * (TOKEN_HEX_DIGITS - 1 - i))) & 15];
    }
    line[length++] = '\n';
    KERNEL_ASSERT(length <= sizeof line);
    last_char = '\n';
    if (sink != 0 && sink((const uint8_t *)line, length)) return;
    for (size_t i = 0; i < length; i++) console_putc(line[i]);
}

void console_line(const char *text) {
    console_poll();
    if (last_char != '\n') { /* the guest's output ended mid-line: say the break is ours */
        console_putc('\n');
        put_line(CONSOLE_LINE_BREAK_ADDED);
    }
    put_line(text);
}

void console_begin(struct console_builder *line, const char *first) {
    fmt_init(&line->fmt, line->text, sizeof line->text);
    fmt_str(&line->fmt, first);
}

void console_end(struct console_builder *line) {
    console_line(line->text);
}

/* Typed input waits here from the moment the console is chosen until the guest reads it: a
 * UART holds only 16 to 64 bytes, so the kernel drains it into this ring at every console
 * write, every kernel line and, while a program that reads the console runs, periodically
 * (input.c). What would overflow the ring is dropped and counted. */
enum { INPUT_RING_SIZE = 4096, CONTROL_C = 0x03 };
static struct {
    uint8_t bytes[INPUT_RING_SIZE];
    uint32_t head, tail; /* head - tail bytes wait, at bytes[tail % size] onwards */
    uint64_t dropped;
    bool interrupt_on;      /* Ctrl-C interrupts (console_set_interrupt) */
    bool interrupt_pending; /* one came, not taken yet */
} input;

void console_set_interrupt(bool on) {
    input.interrupt_on = on;
    input.interrupt_pending = false;
    if (!on) return;
    KERNEL_ASSERT(input.head - input.tail <= INPUT_RING_SIZE);
    /* Bounded by the ring's size. The last Ctrl-C waiting takes what is before it along. */
    for (uint32_t at = input.tail; at != input.head; at++) {
        if (input.bytes[at % INPUT_RING_SIZE] != CONTROL_C) continue;
        input.tail = at + 1;
        input.interrupt_pending = true;
    }
}

bool console_take_interrupt(void) {
    console_poll();
    bool taken = input.interrupt_pending;
    input.interrupt_pending = false;
    return taken;
}

void console_poll(void) {
    if (!console_ready) return;
    /* Bounded: a UART's receive FIFO holds at most a few dozen bytes; a stuck one stops here. */
    for (unsigned i = 0; i < INPUT_RING_SIZE; i++) {
        int c = get_byte();
        if (c < 0) return;
        if (c == CONTROL_C && input.interrupt_on) { /* what waits before it goes with it */
            input.tail = input.head;
            input.interrupt_pending = true;
            continue;
        }
        if (input.head - input.tail == INPUT_RING_SIZE) {
            input.dropped++;
            continue;
        }
        input.bytes[input.head++ % INPUT_RING_SIZE] = (uint8_t)c;
    }
}

int console_getc(void) {
    console_poll();
    if (input.interrupt_pending) return CONSOLE_INTERRUPTED; /* typed after it: kept for later */
    if (input.head == input.tail) return -1;
    KERNEL_ASSERT(input.head - input.tail <= INPUT_RING_SIZE);
    return input.bytes[input.tail++ % INPUT_RING_SIZE];
}

uint64_t console_input_dropped(void) { return input.dropped; }
