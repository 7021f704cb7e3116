/* SPDX-License-Identifier: MIT */
#include "panic.h"

#include "../vm/vm_assert.h"
#include "console.h"
#include "power.h"
#include "sv39.h"

/* Set on the first panic: a fault while panicking powers off at once instead of recursing. */
static volatile int panicking;

static void panic_begin(struct console_builder *line, const char *first) {
    if (panicking) power_exit(POWER_STATUS_PANIC);
    panicking = 1;
    console_set_sink(0); /* the UART itself, even while gdb has the console: the stub may be the trouble */
    console_begin(line, "kernel panic: ");
    fmt_str(&line->fmt, first);
}

static _Noreturn void panic_end(struct console_builder *line) {
    console_end(line);
    power_exit(POWER_STATUS_PANIC);
}

_Noreturn void panic(const char *reason) {
    struct console_builder line;
    panic_begin(&line, reason);
    panic_end(&line);
}

_Noreturn void panic_assert(const char *expression, const char *file, int line_number) {
    struct console_builder line;
    panic_begin(&line, "assertion failed: ");
    fmt_str(&line.fmt, expression);
    fmt_str(&line.fmt, " at ");
    fmt_str(&line.fmt, file);
    fmt_str(&line.fmt, ":");
    fmt_i64(&line.fmt, line_number);
    panic_end(&line);
}

/* vm/ reports broken invariants through this hook; in the kernel they are panics. */
_Noreturn void vm_assert_failed(const char *expression, const char *file, int line) {
    panic_assert(expression, file, line);
}

_Noreturn void kernel_trap(uint64_t scause, uint64_t sepc, uint64_t stval) {
    struct console_builder line;
    panic_begin(&line, "unexpected trap scause=");
    fmt_hex(&line.fmt, scause);
    fmt_str(&line.fmt, " sepc=");
    fmt_hex(&line.fmt, sepc);
    fmt_str(&line.fmt, " stval=");
    fmt_hex(&line.fmt, stval);
    /* A page fault on a guard page: a kernel stack overflow or a stray access, caught at once. */
    const char *guard = scause == 12 || scause == 13 || scause == 15 ? sv39_guard_name(stval) : 0;
    if (guard != 0) {
        fmt_str(&line.fmt, " (");
        fmt_str(&line.fmt, guard);
        fmt_str(&line.fmt, ")");
    }
    panic_end(&line);
}
