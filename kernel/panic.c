#include "panic.h"

#include "../vm/fmt.h"
#include "../vm/vm_assert.h"
#include "console.h"
#include "power.h"

/* Set on the first panic: a fault while panicking powers off at once instead of recursing. */
static volatile int panicking;

static void enter_panic(void) {
    if (panicking) power_exit(POWER_STATUS_PANIC);
    panicking = 1;
}

_Noreturn void panic(const char *reason) {
    enter_panic();
    char line[160];
    struct fmt f;
    fmt_init(&f, line, sizeof line);
    fmt_str(&f, "kernel panic: ");
    fmt_str(&f, reason);
    console_line(line);
    power_exit(POWER_STATUS_PANIC);
}

_Noreturn void panic_assert(const char *expression, const char *file, int line_number) {
    enter_panic();
    char line[256];
    struct fmt f;
    fmt_init(&f, line, sizeof line);
    fmt_str(&f, "kernel panic: assertion failed: ");
    fmt_str(&f, expression);
    fmt_str(&f, " at ");
    fmt_str(&f, file);
    fmt_str(&f, ":");
    fmt_i64(&f, line_number);
    console_line(line);
    power_exit(POWER_STATUS_PANIC);
}

/* vm/ reports broken invariants through this hook; in the kernel they are panics. */
_Noreturn void vm_assert_failed(const char *expression, const char *file, int line) {
    panic_assert(expression, file, line);
}

_Noreturn void kernel_trap(uint64_t scause, uint64_t sepc, uint64_t stval) {
    enter_panic();
    char line[128];
    struct fmt f;
    fmt_init(&f, line, sizeof line);
    fmt_str(&f, "kernel panic: unexpected trap scause=");
    fmt_hex(&f, scause);
    fmt_str(&f, " sepc=");
    fmt_hex(&f, sepc);
    fmt_str(&f, " stval=");
    fmt_hex(&f, stval);
    console_line(line);
    power_exit(POWER_STATUS_PANIC);
}
