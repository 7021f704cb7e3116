/* SPDX-License-Identifier: MIT */
/* kernel_main: from boot to the halting line. */
#include <stdint.h>
#include <string.h>

#include "../vm/elf.h"
#include "../vm/gdbstub.h"
#include "../vm/linux.h"
#include "../vm/process.h"
#include "../vm/report.h"
#include "../vm/symbols.h"
#include "../vm/syscall.h"
#include "../vm/vm.h"
#include "clock.h"
#include "console.h"
#include "fdt.h"
#include "bundle_reader.h"
#include "harts.h"
#include "input.h"
#include "integrity.h"
#include "memlayout.h"
#include "native.h"
#include "panic.h"
#include "power.h"
#include "sv39.h"
#include "token.h"

#define BASIN_VERSION "0.1"

/* The program bundle linked into the image (kernel/bundle.S, written by basin-pack). */
extern const uint8_t bundle_start[], bundle_end[];

/* All kernel state is here, static: the VM is initialized in place and never copied. */
static struct vm guest;
static struct program program; /* the program to run and its settings, from the bundle */
static uint64_t entry_ticks;    /* the time CSR as kernel_main began */
static struct gdb_stub debugger; /* the GDB stub, when the bundle asks for gdb */

static void guest_write(void *context, int fd, const uint8_t *bytes, size_t length) {
    (void)context;
    (void)fd; /* stdout and stderr share the serial port */
    console_write(bytes, length);
}

static void guest_log(void *context, const char *line) {
    (void)context;
    console_line(line);
}

static int64_t guest_read(void *context, uint8_t *bytes, size_t length) {
    (void)context;
    return input_read(bytes, length);
}

/* Drains the UART (console_take_interrupt polls it); Ctrl-C typed since is SIGINT, from a
 * terminal, as a Linux tty sends it. */
static uint32_t guest_poll(void *context) {
    (void)context;
    if (!console_take_interrupt()) return 0;
    input_interrupted();
    return LINUX_SIGINT | VM_SIGNAL_FROM_TERMINAL;
}

static uint64_t guest_clock(void *context, bool monotonic) {
    (void)context;
    return clock_ns(monotonic);
}

/* The host side of the guest: its output, input and clock; without a clock (CLOCK=deterministic)
 * the guest's clocks count instructions. While a program reads the console, the run loop stops
 * every POLL_INTERVAL instructions to drain the UART, whose FIFO is small. */
enum { POLL_INTERVAL = 65536 };
static struct vm_host kernel_host = {
    .write = guest_write, .read = guest_read, .clock_ns = guest_clock, .log = guest_log,
};

/* The GDB stub's transport: the console, byte for byte (kernel/README.md, "Debugging the
 * guest"). A wait polls the UART until a byte comes or the time is up. */
static int debugger_get(void *context, uint32_t timeout_ms) {
    (void)context;
    uint64_t start = clock_wait_ns(), limit = (uint64_t)timeout_ms * 1000000u;
    /* Bounded by the time limit (clock_wait_ns always advances). */
    for (;;) {
        int c = console_getc();
        if (c >= 0) return c;
        if (clock_wait_ns() - start >= limit) return GDB_NO_BYTE;
    }
}

static void debugger_put(void *context, const uint8_t *bytes, size_t length) {
    (void)context;
    console_put_raw(bytes, length);
}

/* The console's output while gdb is attached: 'O' packets (or kept for the next resume). */
static bool debugger_sink(const uint8_t *bytes, size_t length) {
    return gdb_stub_output(&debugger, bytes, length);
}

/* The one place that chooses how the guest runs: the interpreter; the native engine when the
 * bundle asks (native.c, as vm_host.run; start_engine sets it up on the hart once the program
 * is loaded); and under gdb when the bundle asks (then the guest waits at its entry, and the
 * console carries gdb's packets, with the console output in them). A debugged program always
 * runs in the interpreter: breakpoints, watchpoints and steps are the stub's checks around
 * vm_step (vm/README.md); the bundle never asks for gdb and the native engine (bundle.c). */
static void choose_engine(void) {
    kernel_host.debugger = 0;
    kernel_host.run = program.native_engine ? native_run : 0;
    if (!program.debug_gdb) return;
    kernel_host.run = 0;
    console_line("kernel: gdb: the program waits at its entry for gdb on this console "
                 "(gdb-multiarch PROGRAM.elf, then target remote with this serial line); "
                 "the interpreter runs it, and console output goes to gdb");
    static const struct gdb_transport transport = {.get = debugger_get, .put = debugger_put};
    gdb_stub_init(&debugger, &transport, 0);
    kernel_host.debugger = &debugger;
    console_set_sink(debugger_sink);
    if (!program.native_engine) return;
    /* The hart gives S-mode no single-step and no watchpoint for U-mode (no Sdtrig under this
     * firmware), and an ebreak written over the guest's code would change what it reads. */
    console_line("kernel: gdb: the native engine cannot single-step, watch memory or break "
                 "without changing the program's code: this run uses the interpreter");
    program.native_engine = false;
}

/* After the program's last lines: gdb learns how it ended, and the console is the UART again.
 * Lines kept for a gdb that never came (a program the loader refused) go to the UART now. */
static void end_debugging(void) {
    if (kernel_host.debugger == 0) return;
    if (guest.state != VM_STATE_RUNNING) gdb_stub_finish(&debugger, &guest);
    console_set_sink(0);
    kernel_host.debugger = 0;
    if (debugger.session == GDB_SESSION_WAITING) console_write(debugger.pending_output, debugger.pending_length);
    if (debugger.session != GDB_SESSION_LOST) return;
    struct console_builder line;
    console_begin(&line, "kernel: gdb: no packet from gdb for ");
    fmt_u64(&line.fmt, GDB_DEFAULT_IDLE_LIMIT_MS / 1000);
    fmt_str(&line.fmt, " s while the program was stopped (or it sent only noise): the program was killed");
    console_end(&line);
}

/* Picks the console first, so the banner goes out where the device tree says. */
static void print_banner(uint64_t hart_id, uint64_t dtb) {
    struct console_builder line;
    console_begin(&line, "Basin " BASIN_VERSION ": hart ");
    fmt_u64(&line.fmt, hart_id);
    uint32_t size = 0;
    fmt_str(&line.fmt, fdt_valid((uintptr_t)dtb, &size) ? ", device tree at " : ", no valid device tree at ");
    fmt_hex(&line.fmt, dtb);
    fmt_str(&line.fmt, ", console ");
    console_init((uintptr_t)dtb, &line.fmt);
    console_end(&line);
}

/* The image, with its .bss, guest memory and stacks, must lie in RAM as the device tree
 * describes it; a board whose RAM is elsewhere needs its own build (BOARD=...). */
static void check_memory(uint64_t dtb) {
    enum { MAX_RANGES = 16 };
    static struct fdt_range ranges[MAX_RANGES];
    static struct console_builder line;
    unsigned count = 0;
    uint64_t start = (uintptr_t)__image_start, end = (uintptr_t)__image_end;
    if (!fdt_memory((uintptr_t)dtb, ranges, MAX_RANGES, &count) || count == 0) {
        console_line("kernel: no memory node in the device tree: RAM not checked");
        return;
    }
    for (unsigned i = 0; i < count; i++) {
        if (start < ranges[i].base || end - ranges[i].base > ranges[i].size) continue;
        console_begin(&line, "kernel: RAM ");
        fmt_hex(&line.fmt, ranges[i].base);
        fmt_str(&line.fmt, " + ");
        fmt_u64(&line.fmt, ranges[i].size >> 20);
        fmt_str(&line.fmt, " MiB holds the image ");
        fmt_hex(&line.fmt, start);
        fmt_str(&line.fmt, "-");
        fmt_hex(&line.fmt, end);
        console_end(&line);
        return;
    }
    fmt_init(&line.fmt, line.text, sizeof line.text);
    fmt_str(&line.fmt, "the image ");
    fmt_hex(&line.fmt, start);
    fmt_str(&line.fmt, "-");
    fmt_hex(&line.fmt, end);
    fmt_str(&line.fmt, " is not inside RAM as the device tree gives it (first range ");
    fmt_hex(&line.fmt, ranges[0].base);
    fmt_str(&line.fmt, " + ");
    fmt_hex(&line.fmt, ranges[0].size);
    fmt_str(&line.fmt, "): wrong BOARD for this machine?");
    panic(line.text);
}

static void print_power(uint64_t finisher) {
    if (finisher == 0) {
        console_line("kernel: no test finisher in the device tree, power-off through SBI SRST");
        return;
    }
    struct console_builder line;
    console_begin(&line, "kernel: power-off through the test finisher at ");
    fmt_hex(&line.fmt, finisher);
    console_end(&line);
}

_Static_assert((int)POWER_STATUS_LOAD_FAILED == (int)VM_STATUS_LOAD_FAILED, "one status for a refused program");

/* A program the loader refused: its halting line names why, and the status is 126. */
static void report_refused(const char *name, const char *message) {
    char line[VM_HALTING_LINE_MAX];
    vm_load_failed_line(name, message, line, sizeof line);
    console_line(line);
}

/* How many programs the bundle holds; a bundle that does not read right is a build bug, not a
 * program's fault: a panic. */
static _Noreturn void bundle_malformed(const char *error) {
    static struct console_builder line;
    console_begin(&line, "the program bundle is malformed: ");
    fmt_str(&line.fmt, error);
    panic(line.text);
}

static uint32_t bundle_count(void) {
    uint32_t count = 0;
    const char *error = bundle_program_count(bundle_start, (size_t)(bundle_end - bundle_start), &count);
    if (error != 0) bundle_malformed(error);
    KERNEL_ASSERT(count >= 1);
    return count;
}

static void read_program(uint32_t index) {
    const char *error = bundle_program(bundle_start, (size_t)(bundle_end - bundle_start), index, &program);
    if (error != 0) bundle_malformed(error);
}

/* The first program to run: "basin.first=K" (1-based) in the device tree's /chosen/bootargs
 * (QEMU's -append), which the suite harness uses to go on after a program that ended a boot;
 * else the first. */
static uint32_t first_program(uintptr_t dtb, uint32_t count) {
    static const char key[] = "basin.first=";
    char args[256];
    uint32_t length = 0;
    if (!fdt_find_bytes(dtb, "bootargs", (uint8_t *)args, sizeof args - 1, &length)) return 0;
    args[length] = '\0';
    const char *at = 0;
    for (uint32_t i = 0; i + sizeof key - 1 <= length && at == 0; i++)
        if ((i == 0 || args[i - 1] == ' ') && memcmp(args + i, key, sizeof key - 1) == 0) at = args + i + sizeof key - 1;
    uint64_t first = 0;
    for (unsigned digits = 0; at != 0 && *at >= '0' && *at <= '9' && digits < 9; at++, digits++)
        first = first * 10 + (uint64_t)(*at - '0');
    if (first < 1 || first > count) return 0;
    struct console_builder line;
    console_begin(&line, "kernel: starting at program ");
    fmt_u64(&line.fmt, first);
    fmt_str(&line.fmt, " of ");
    fmt_u64(&line.fmt, count);
    fmt_str(&line.fmt, " (bootargs basin.first)");
    console_end(&line);
    return (uint32_t)(first - 1);
}

static void describe_program(const struct vm_elf_info *info) {
    struct console_builder line;
    console_begin(&line, "kernel: running ");
    fmt_str(&line.fmt, program.name);
    fmt_str(&line.fmt, " (");
    fmt_u64(&line.fmt, program.elf_size);
    fmt_str(&line.fmt, " bytes, entry ");
    fmt_hex(&line.fmt, info->entry);
    fmt_str(&line.fmt, ", budget ");
    fmt_u64(&line.fmt, guest.budget);
    fmt_str(&line.fmt, " instructions, output limit ");
    fmt_u64(&line.fmt, guest.process.output_limit);
    fmt_str(&line.fmt, " bytes)");
    console_end(&line);
    console_begin(&line, "kernel: ");
    fmt_u64(&line.fmt, program.argc - 1);
    fmt_str(&line.fmt, program.argc == 2 ? " argument, " : " arguments, ");
    fmt_u64(&line.fmt, program.envc);
    fmt_str(&line.fmt, program.envc == 1 ? " environment string, stdin " : " environment strings, stdin ");
    if (program.stdin_kind == BUNDLE_STDIN_EMPTY) fmt_str(&line.fmt, "empty");
    if (program.stdin_kind == BUNDLE_STDIN_BYTES) {
        fmt_u64(&line.fmt, program.stdin_size);
        fmt_str(&line.fmt, " bytes");
    }
    if (program.stdin_kind == BUNDLE_STDIN_CONSOLE) {
        fmt_str(&line.fmt, "the console (end of input after ");
        fmt_u64(&line.fmt, program.stdin_idle_seconds);
        fmt_str(&line.fmt, " s without a byte)");
    }
    fmt_str(&line.fmt, program.deterministic_clock ? ", deterministic clock" : "");
    console_end(&line);
}

/* Loads the program and lays out its stack; false (its halting line printed) when refused. */
static bool load_program(void) {
    struct vm_elf_info info;
    enum vm_elf_error error = vm_elf_load(&guest, program.elf, program.elf_size, &info);
    if (error != VM_ELF_OK) {
        integrity_verify();
        report_refused(vm_elf_error_name(error), vm_elf_error_message(error));
        return false;
    }
    vm_symbols_read(&guest.symbols, program.elf, program.elf_size); /* .rodata: outlives guest */
    if (!vm_setup_stack(&guest, &info, program.argv, program.argc, program.envp, program.envc)) {
        integrity_verify();
        report_refused("no-stack-room", "the arguments do not fit in the initial stack");
        return false;
    }
    describe_program(&info);
    return true;
}

/* The VM initialized in place with the program's settings, and the host side to match. */
static void prepare_guest(void) {
    size_t guest_size = (size_t)(__guest_memory_end - __guest_memory_start);
    KERNEL_ASSERT(guest_size == VM_MEMORY_SIZE);
    vm_init(&guest, __guest_memory_start, guest_size, program.budget);
    vm_process_init(&guest, program.seed, program.output_limit);
    kernel_host.clock_ns = program.deterministic_clock ? 0 : guest_clock;
    input_init(program.stdin_kind, program.stdin_bytes, program.stdin_size, program.stdin_idle_seconds);
    kernel_host.poll = input_is_console() ? guest_poll : 0;
    console_set_interrupt(input_is_console()); /* the bundle never gives gdb the console too */
    kernel_host.poll_interval = POLL_INTERVAL;
}

/* The native engine, when chosen, set up on this hart for the loaded program (one line; the
 * hart is measured for the first native program of the boot). */
static void start_engine(void) {
    if (program.native_engine) native_init(&guest);
}

#ifdef BASIN_STACK_SELFTEST
/* Test build only (tests/run.sh, "a kernel stack overflow traps"): recursion without end, until
 * a store reaches the stack's guard page (the bound is never reached). */
__attribute__((noinline)) static uint64_t overflow_stack(uint64_t depth) {
    volatile uint8_t frame[256];
    frame[depth % sizeof frame] = (uint8_t)depth;
    if (depth > (1u << 30)) return frame[0];
    return overflow_stack(depth + 1) + frame[depth % sizeof frame];
}
#endif

#ifdef BASIN_BENCH_ROUTINE
/* The bench kernel (make bench): the guest's speed from the time CSR, against the same routine
 * (user/bench/) compiled into the kernel and run natively on this hart. */
uint64_t BASIN_BENCH_ROUTINE(void);

static void print_ms(struct console_builder *line, uint64_t ns) {
    fmt_u64(&line->fmt, ns / 1000000u);
    fmt_str(&line->fmt, ".");
    fmt_u64(&line->fmt, ns / 100000u % 10u);
    fmt_str(&line->fmt, " ms");
}

/* The time CSR since reset, in nanoseconds at the timebase. */
static uint64_t ticks_ns(uint64_t ticks) {
    uint64_t hz = clock_timebase_hz();
    return ticks / hz * 1000000000u + ticks % hz * 1000000000u / hz;
}

static void report_bench(uint64_t guest_ns, uint64_t first_ticks) {
    uint64_t start = clock_ns(true);
    uint64_t checksum = BASIN_BENCH_ROUTINE();
    uint64_t native_ns = clock_ns(true) - start;
    struct console_builder line;
    console_begin(&line, "kernel: bench: first guest instruction ");
    print_ms(&line, ticks_ns(first_ticks));
    fmt_str(&line.fmt, " after reset, ");
    print_ms(&line, ticks_ns(first_ticks - entry_ticks));
    fmt_str(&line.fmt, " after the kernel's entry");
    console_end(&line);
    console_begin(&line, "kernel: bench: engine ");
    fmt_str(&line.fmt, program.native_engine ? "native" : "interpreter");
    fmt_str(&line.fmt, guest.instret_estimated ? ": guest ~" : ": guest ");
    fmt_u64(&line.fmt, guest.instret);
    fmt_str(&line.fmt, " instructions in ");
    print_ms(&line, guest_ns);
    fmt_str(&line.fmt, " = ");
    fmt_str(&line.fmt, guest.instret_estimated ? "~" : "");
    fmt_u64(&line.fmt, guest_ns == 0 ? 0 : guest.instret * 1000u / guest_ns);
    fmt_str(&line.fmt, " MIPS; native on the hart ");
    print_ms(&line, native_ns);
    fmt_str(&line.fmt, ", checksum ");
    fmt_hex(&line.fmt, checksum);
    fmt_str(&line.fmt, "; guest/native ");
    uint64_t tenths = native_ns == 0 ? 0 : guest_ns * 10u / native_ns;
    fmt_u64(&line.fmt, tenths / 10u);
    fmt_str(&line.fmt, ".");
    fmt_u64(&line.fmt, tenths % 10u);
    fmt_str(&line.fmt, "x");
    console_end(&line);
}
#endif

/* One program of the bundle, from loading to its halting line; its exit status. */
static int run_program(uint32_t index, uint32_t count) {
    read_program(index);
    if (count > 1) {
        struct console_builder line;
        console_begin(&line, "kernel: program ");
        fmt_u64(&line.fmt, index + 1);
        fmt_str(&line.fmt, " of ");
        fmt_u64(&line.fmt, count);
        fmt_str(&line.fmt, ": ");
        fmt_str(&line.fmt, program.name);
        console_end(&line);
    }
    prepare_guest();
    choose_engine(); /* first: under gdb, the lines below go to gdb at its first continue */
    if (!load_program()) {
        end_debugging();
        return POWER_STATUS_LOAD_FAILED;
    }
    start_engine();
#ifdef BASIN_BENCH_ROUTINE
    uint64_t guest_start = clock_ns(true), guest_start_ticks = clock_ticks();
    vm_run_guest(&guest, &kernel_host);
    uint64_t guest_ns = clock_ns(true) - guest_start;
    report_bench(guest_ns, program.native_engine ? native_first_entry_ticks() : guest_start_ticks);
#else
    vm_run_guest(&guest, &kernel_host);
#endif
    native_stop();
#ifdef BASIN_GUARD_SELFTEST
    /* Test build only (tests/run.sh, "a write to a guard page traps at once"): a write past the
     * end of guest memory, as a bug in the VM's checks would make. */
    __guest_memory_end[8] = 0x5a;
#endif
    integrity_verify();
    vm_report_stop(&guest, &kernel_host); /* the halting line, then details, as basin-run does */
    end_debugging();
    return vm_exit_status(&guest);
}

_Noreturn void kernel_main(uint64_t hart_id, uint64_t dtb) {
    entry_ticks = clock_ticks();
    integrity_init();
    uint64_t finisher = power_init((uintptr_t)dtb); /* first, so every stop gives its status */
    /* Before any line: every kernel line carries the boot token (token.h). */
    size_t bundle_size = (size_t)(bundle_end - bundle_start);
    console_set_token(token_make(bundle_boot_secret(bundle_start, bundle_size), (uintptr_t)dtb));
    print_banner(hart_id, dtb);
    check_memory(dtb);
    print_power(finisher);
    clock_init((uintptr_t)dtb);
    sv39_init(); /* from here on guard pages trap (the RTC, in the guest's window, is read) */
    harts_park_others(hart_id, (uintptr_t)dtb);
#ifdef BASIN_TRAP_SELFTEST
    /* Test build only (tests/run.sh, "kernel trap panics"): an illegal instruction here. */
    __asm__ volatile(".word 0");
#endif
#ifdef BASIN_STACK_SELFTEST
    (void)overflow_stack(0);
#endif
    uint32_t count = bundle_count();
    int status = 0;
    /* Bounded by the bundle: one pass a program, each in the same VM, re-initialized in place. */
    for (uint32_t index = first_program((uintptr_t)dtb, count); index < count; index++)
        status = run_program(index, count);
    power_exit(status);
}
