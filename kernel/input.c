/* SPDX-License-Identifier: MIT */
#include "input.h"

#include "../vm/linux.h"
#include "clock.h"
#include "console.h"
#include "panic.h"

enum {
    CONTROL_D = 0x04, BACKSPACE = 0x08, DELETE = 0x7f,
    LINE_MAX = 4096, /* like Linux's N_TTY: a longer line is handed over in pieces */
};

static struct {
    enum bundle_stdin kind;
    const uint8_t *bytes; /* BUNDLE_STDIN_BYTES: what is left */
    size_t left;
    uint64_t idle_ns;     /* BUNDLE_STDIN_CONSOLE: end of input after this long without a byte */
    bool ended;           /* Ctrl-D on an empty line, or the idle limit: every read returns 0 */
    uint8_t line[LINE_MAX];
    size_t line_length, line_taken; /* a finished line, and how much of it reads have taken */
    bool line_done;
} input;

void input_init(enum bundle_stdin kind, const uint8_t *bytes, size_t size, uint32_t idle_seconds) {
    KERNEL_ASSERT(kind <= BUNDLE_STDIN_CONSOLE);
    KERNEL_ASSERT(bytes != 0 || size == 0);
    input.kind = kind;
    input.bytes = bytes;
    input.left = kind == BUNDLE_STDIN_BYTES ? size : 0;
    input.idle_ns = (uint64_t)idle_seconds * 1000000000u;
    input.ended = false;
    input.line_length = input.line_taken = 0;
    input.line_done = false;
}

/* Embedded bytes read like a file: as many as asked for, then 0 at the end. */
static size_t read_bytes(uint8_t *bytes, size_t length) {
    size_t n = length < input.left ? length : input.left;
    for (size_t i = 0; i < n; i++) bytes[i] = input.bytes[i];
    input.bytes += n;
    input.left -= n;
    return n;
}

static void echo(const char *text, size_t length) { console_write((const uint8_t *)text, length); }

/* One typed byte through the line discipline: Enter (CR or LF) ends the line as "\n", Backspace
 * and Delete erase, Ctrl-D hands over the line as it is (and on an empty line ends the input).
 * Everything is echoed, since QEMU's and a serial terminal's own echo is off. */
static void take_typed(uint8_t c) {
    if (c == '\r' || c == '\n') {
        input.line[input.line_length++] = '\n';
        input.line_done = true;
        echo("\n", 1);
    } else if (c == CONTROL_D) {
        if (input.line_length == 0) input.ended = true;
        input.line_done = true;
    } else if (c == BACKSPACE || c == DELETE) {
        if (input.line_length > 0) {
            input.line_length--;
            echo("\b \b", 3);
        }
    } else {
        input.line[input.line_length++] = c;
        echo((const char *)&c, 1);
        if (input.line_length == LINE_MAX - 1) input.line_done = true; /* room for a "\n" */
    }
}

/* Waits for a finished line, at most the idle limit between bytes; then the end of input. False
 * when Ctrl-C interrupted the wait (console_set_interrupt). */
static bool wait_for_line(void) {
    uint64_t last_byte_ns = clock_wait_ns();
    /* Bounded by the idle limit: every pass takes a byte (and restarts the wait) or polls. */
    while (!input.line_done && !input.ended) {
        int c = console_getc();
        if (c == CONSOLE_INTERRUPTED) return false;
        if (c >= 0) {
            take_typed((uint8_t)c);
            last_byte_ns = clock_wait_ns();
            continue;
        }
        if (clock_wait_ns() - last_byte_ns >= input.idle_ns) {
            struct console_builder line;
            console_begin(&line, "kernel: no console input for ");
            fmt_u64(&line.fmt, input.idle_ns / 1000000000u);
            fmt_str(&line.fmt, " s (STDIN_IDLE): end of input");
            console_end(&line);
            input.ended = true;
            input.line_done = input.line_length > 0;
        }
    }
    return true;
}

/* A read of the console: the bytes, or -ERESTARTSYS when Ctrl-C interrupted the wait (the run
 * loop then takes the SIGINT: vm/syscall.h). */
static int64_t read_console(uint8_t *bytes, size_t length) {
    if (!input.line_done && !input.ended && !wait_for_line()) return -LINUX_ERESTARTSYS;
    if (!input.line_done) return 0;
    size_t n = input.line_length - input.line_taken;
    if (n > length) n = length;
    for (size_t i = 0; i < n; i++) bytes[i] = input.line[input.line_taken + i];
    input.line_taken += n;
    if (input.line_taken == input.line_length) {
        input.line_length = input.line_taken = 0;
        input.line_done = false;
    }
    return (int64_t)n;
}

int64_t input_read(uint8_t *bytes, size_t length) {
    KERNEL_ASSERT(bytes != 0 && length > 0);
    int64_t n = 0;
    switch (input.kind) {
    case BUNDLE_STDIN_EMPTY: n = 0; break;
    case BUNDLE_STDIN_BYTES: n = (int64_t)read_bytes(bytes, length); break;
    case BUNDLE_STDIN_CONSOLE: n = read_console(bytes, length); break;
    }
    KERNEL_ASSERT(n == -LINUX_ERESTARTSYS || (n >= 0 && (uint64_t)n <= length));
    return n;
}

void input_interrupted(void) {
    KERNEL_ASSERT(input.kind == BUNDLE_STDIN_CONSOLE);
    input.line_length = input.line_taken = 0; /* the line being typed, or not yet read, goes */
    input.line_done = false;
    echo("^C", 2); /* as a Linux terminal echoes it (ECHOCTL) */
}

bool input_is_console(void) { return input.kind == BUNDLE_STDIN_CONSOLE; }
