/* SPDX-License-Identifier: MIT */
/* basin-run: runs a static RISC-V ELF in the Basin VM on the host, with the kernel's system-call
 * behaviour (the same vm/ code and run loop), and exits with the guest's status.
 *   basin-run [--budget N] [--output-limit N] [--trace] [--seed N] [--clock host|deterministic]
 *             [--env NAME=VALUE]... [--stdin-idle SECONDS] [--report FILE] [--gdb PORT]
 *             [--] prog.elf [args...]
 * Guest stdin/stdout/stderr are ours; the halting line, the lines after it and diagnostics go to
 * stderr, or to FILE with --report, where the guest cannot write (so it cannot forge them). With
 * --gdb, gdb debugs the guest over TCP (vm/gdbstub.h, host/gdb_socket.c). */
#define _DEFAULT_SOURCE /* clock_gettime; madvise's MADV_HUGEPAGE */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "../elf.h"
#include "../gdbstub.h"
#include "../linux.h"
#include "../process.h"
#include "../report.h"
#include "../symbols.h"
#include "../syscall.h"
#include "../vm.h"
#include "gdb_socket.h"

enum { STATUS_USAGE = 2, STATUS_LOAD_FAILED = 126, MAX_FILE_SIZE = 64 << 20 };

/* Static storage, as in the kernel: the VM, its memory and the file are never allocated. Each
 * is aligned to 2 MiB so that Linux may back it with huge pages (see huge_pages). That puts
 * .bss in a segment of its own, where valgrind 3.19 no longer finds basin-run's debug symbols
 * (its counts are unaffected): build with -DBASIN_RUN_SMALL_PAGES for a per-line profile. */
#if defined(__GNUC__) && !defined(BASIN_RUN_SMALL_PAGES)
#define HUGE_PAGE_ALIGNED __attribute__((aligned(1 << 21)))
#else
#define HUGE_PAGE_ALIGNED
#endif
static struct vm guest HUGE_PAGE_ALIGNED;
static FILE *report; /* basin-run's own lines: stderr, or --report FILE */
static uint8_t guest_memory[VM_MEMORY_SIZE] HUGE_PAGE_ALIGNED;
static uint8_t file_bytes[MAX_FILE_SIZE] HUGE_PAGE_ALIGNED;
static struct gdb_stub debugger; /* --gdb */

_Noreturn void vm_assert_failed(const char *expression, const char *file, int line) {
    fprintf(stderr, "basin-run: internal error: assertion failed: %s at %s:%d\n", expression,
            file, line);
    abort();
}

/* write(2) until everything is out: guest output must not be lost or reordered. */
static void write_all(int fd, const uint8_t *bytes, size_t length) {
    for (size_t done = 0; done < length;) {
        ssize_t n = write(fd, bytes + done, length - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return; /* a closed pipe (EPIPE): the guest's output has nowhere to go */
        done += (size_t)n;
    }
}

static void host_write(void *context, int fd, const uint8_t *bytes, size_t length) {
    (void)context;
    write_all(fd, bytes, length);
}

/* How fd 0 reads, as in the kernel (kernel/input.c): a file or a pipe reads like the kernel's
 * embedded STDIN=file, as many bytes as asked for until its end, so the same input gives the same
 * reads and instruction counts in both; a terminal gives a line at a time through the host's own
 * line discipline (echo, erase, Ctrl-D), as the kernel's STDIN=console does, and a wait for a
 * byte ends the input after the idle limit. */
static struct {
    bool terminal;
    bool ended;
    int idle_seconds;
} stdin_mode;

/* Signals sent to basin-run (Ctrl-C's SIGINT, timeout's SIGTERM, SIGHUP, SIGQUIT) go to the
 * guest, as if sent to it (vm_host.poll): its handler runs, or it dies of the signal with the
 * halting line (status 128 + signal), or it ignores it, as a Linux process would. The handler
 * only notes them; the run loop takes them between two instructions, within a slice
 * (POLL_INTERVAL). A read they interrupt returns -ERESTARTSYS, so the guest's read restarts or
 * fails with EINTR as its handler's SA_RESTART says. */
enum { POLL_INTERVAL = 1 << 20 }; /* about a millisecond of guest instructions */
static const struct {
    int host;
    uint32_t guest;
} forwarded[] = {{SIGHUP, LINUX_SIGHUP}, {SIGINT, LINUX_SIGINT}, {SIGQUIT, LINUX_SIGQUIT},
                 {SIGTERM, LINUX_SIGTERM}};
enum { FORWARDED = sizeof forwarded / sizeof forwarded[0] };
static volatile sig_atomic_t outside_pending[NSIG];      /* sent, not yet taken */
static volatile sig_atomic_t outside_from_terminal[NSIG]; /* si_code SI_KERNEL: a tty sent it */

static void note_signal(int signal, siginfo_t *info, void *ucontext) {
    (void)ucontext;
    outside_from_terminal[signal] = info != 0 && info->si_code == SI_KERNEL;
    outside_pending[signal] = 1;
}

/* After a host call failed: whether a forwarded signal interrupted it (EINTR), so that the
 * guest's call returns -ERESTARTSYS and the run loop takes the signal. */
static bool interrupted_by_outside(void) {
    if (errno != EINTR) return false;
    for (size_t i = 0; i < FORWARDED; i++)
        if (outside_pending[forwarded[i].host]) return true;
    return false;
}

/* The lowest-numbered signal sent since the last call, as vm_host.poll gives it. */
static uint32_t host_poll(void *context) {
    (void)context;
    for (size_t i = 0; i < FORWARDED; i++) {
        int signal = forwarded[i].host;
        if (!outside_pending[signal]) continue;
        outside_pending[signal] = 0;
        return forwarded[i].guest | (outside_from_terminal[signal] ? VM_SIGNAL_FROM_TERMINAL : 0);
    }
    return 0;
}

/* Without SA_RESTART, so that a blocking read returns EINTR and the guest gets the signal. */
static void forward_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = note_signal;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < FORWARDED; i++) (void)sigaction(forwarded[i].host, &action, 0);
}

static int64_t read_file_like(uint8_t *bytes, size_t length) {
    size_t count = 0;
    while (count < length) { /* bounded: every pass reads bytes or ends */
        ssize_t n = read(0, bytes + count, length - count);
        if (n < 0 && count == 0 && interrupted_by_outside()) return -LINUX_ERESTARTSYS;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return count > 0 ? (int64_t)count : -errno;
        if (n == 0) break;
        count += (size_t)n;
    }
    return (int64_t)count;
}

static int64_t read_terminal(uint8_t *bytes, size_t length) {
    if (stdin_mode.ended) return 0;
    struct pollfd waiting = {.fd = 0, .events = POLLIN};
    int ready;
    do {
        ready = poll(&waiting, 1, stdin_mode.idle_seconds * 1000);
        if (ready < 0 && interrupted_by_outside()) return -LINUX_ERESTARTSYS;
    } while (ready < 0 && errno == EINTR);
    if (ready == 0) {
        fprintf(report, "basin-run: no terminal input for %d s (--stdin-idle): end of input\n",
                stdin_mode.idle_seconds);
        stdin_mode.ended = true;
        return 0;
    }
    ssize_t n;
    do {
        n = read(0, bytes, length);
        if (n < 0 && interrupted_by_outside()) return -LINUX_ERESTARTSYS;
    } while (n < 0 && errno == EINTR);
    if (n == 0) stdin_mode.ended = true; /* Ctrl-D on an empty line: the end, as in the kernel */
    return n < 0 ? -errno : (int64_t)n;
}

static int64_t host_read(void *context, uint8_t *bytes, size_t length) {
    (void)context;
    return stdin_mode.terminal ? read_terminal(bytes, length) : read_file_like(bytes, length);
}

static uint64_t host_clock(void *context, bool monotonic) {
    (void)context;
    struct timespec now;
    if (clock_gettime(monotonic ? CLOCK_MONOTONIC : CLOCK_REALTIME, &now) != 0) return 0;
    return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

static void host_log(void *context, const char *line) {
    (void)context;
    fprintf(report, "%s\n", line);
    fflush(report);
}

static void usage(void) {
    fprintf(stderr,
            "usage: basin-run [OPTIONS] [--] PROGRAM.elf [ARGUMENTS...]\n"
            "  Runs a static RISC-V (RV64GC, Zba, Zbb, Zbs) Linux ELF in the Basin VM.\n"
            "  --budget N      stop after N instructions (default %llu): vm: budget-exhausted\n"
            "  --output-limit N  bytes the program may write to stdout and stderr in all\n"
            "                  (default %llu); later writes return -EFBIG\n"
            "  --trace         print every instruction (pc, encoding, disassembly) on stderr\n"
            "  --seed N        seed of getrandom and AT_RANDOM (default: a fixed seed)\n"
            "  --clock host    clock_gettime and gettimeofday read the host's clocks (default)\n"
            "  --clock deterministic   they count retired instructions (1 ns each) instead\n"
            "  --env NAME=VALUE  an environment string for the program (repeat for more; the\n"
            "                  environment is otherwise empty)\n"
            "  --stdin-idle S  reading a terminal, end of input after S seconds without a\n"
            "                  byte (default 300); files and pipes read to their end\n"
            "  --report FILE   the halting line, the lines after it and basin-run's own\n"
            "                  messages go to FILE instead of stderr, where the program\n"
            "                  cannot write: a harness reads only authentic lines there\n"
            "  --gdb PORT      wait for gdb on 127.0.0.1:PORT (0: any free port; the line\n"
            "                  saying which goes where --report does), stopped at the entry:\n"
            "                  gdb-multiarch PROGRAM.elf -ex 'target remote 127.0.0.1:PORT'\n"
            "  SIGINT, SIGTERM, SIGHUP and SIGQUIT sent to basin-run go to the program, as\n"
            "  to a Linux process: its handler runs, or it dies of the signal (halting line\n"
            "  vm: killed signal=NAME pc=..., where it was), or it ignores it.\n"
            "  Exit status: the guest's exit status; 128 + signal for a fault (132 illegal\n"
            "  instruction, 133 breakpoint, 135 misaligned atomic, 139 access fault) or a\n"
            "  signal that killed it (134 SIGABRT, 143 SIGTERM, ...), 152 when the budget runs\n"
            "  out, 126 when the file cannot be loaded.\n",
            (unsigned long long)VM_DEFAULT_BUDGET, (unsigned long long)VM_DEFAULT_OUTPUT_LIMIT);
}

static size_t read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (file == 0) {
        fprintf(report, "basin-run: cannot open %s: %s\n", path, strerror(errno));
        exit(STATUS_LOAD_FAILED);
    }
    size_t size = fread(file_bytes, 1, sizeof file_bytes, file);
    bool too_large = size == sizeof file_bytes && fgetc(file) != EOF;
    bool failed = ferror(file) != 0;
    fclose(file);
    if (failed || too_large) {
        fprintf(report, "basin-run: cannot read %s: %s\n", path,
                too_large ? "larger than 64 MiB" : "read error");
        exit(STATUS_LOAD_FAILED);
    }
    return size;
}

/* The halting line of a refused program, as the kernel prints it; then basin-run's status. */
static _Noreturn void refuse(const char *error, const char *message) {
    char line[VM_HALTING_LINE_MAX];
    vm_load_failed_line(error, message, line, sizeof line);
    fprintf(report, "%s\n", line);
    exit(STATUS_LOAD_FAILED);
}

static void load_or_exit(const char *path, int argc, char **argv, const char *const *envp, size_t envc) {
    size_t size = read_file(path);
    struct vm_elf_info info;
    enum vm_elf_error error = vm_elf_load(&guest, file_bytes, size, &info);
    if (error != VM_ELF_OK) {
        refuse(vm_elf_error_name(error), vm_elf_error_message(error));
    }
    vm_symbols_read(&guest.symbols, file_bytes, size); /* static: lives as long as guest */
    if (!vm_setup_stack(&guest, &info, (const char *const *)argv, (size_t)argc, envp, envc)) {
        refuse("no-stack-room", "the arguments do not fit in the initial stack");
    }
}

/* vm_init clears all 4 MiB of guest memory, the loader reads the file, the cache of decoded
 * code fills 16 KiB per code page: on huge pages that is a few page faults instead of well over
 * a thousand, about half the run time of a short program. Only a hint: without it everything
 * works the same. */
static void huge_pages(void) {
#ifdef MADV_HUGEPAGE
    (void)madvise(&guest, sizeof guest, MADV_HUGEPAGE);
    (void)madvise(guest_memory, sizeof guest_memory, MADV_HUGEPAGE);
    (void)madvise(file_bytes, sizeof file_bytes, MADV_HUGEPAGE);
#endif
}

/* --gdb: the guest waits at its entry for gdb; an hour without gdb ends basin-run. */
static void debug_or_exit(unsigned port, struct vm_host *host) {
    struct gdb_transport transport;
    if (!gdb_socket_accept(port, GDB_DEFAULT_IDLE_LIMIT_MS, report, &transport)) exit(STATUS_USAGE);
    gdb_stub_init(&debugger, &transport, 0);
    host->debugger = &debugger;
}

/* Tells gdb how the guest ended, and why the session ended if gdb did not end it. */
static void end_debugging(void) {
    gdb_stub_finish(&debugger, &guest);
    if (debugger.session == GDB_SESSION_LOST)
        fprintf(report, "basin-run: gdb: the connection closed or stayed idle for %u s while the "
                        "program was stopped: it was killed\n", GDB_DEFAULT_IDLE_LIMIT_MS / 1000);
    gdb_socket_close();
}

static bool parse_number(const char *text, uint64_t *number) {
    char *end = 0;
    errno = 0;
    unsigned long long value = strtoull(text, &end, 0);
    if (errno != 0 || end == text || *end != '\0' || text[0] == '-') return false;
    *number = value;
    return true;
}

int main(int argc, char **argv) {
    uint64_t budget = VM_DEFAULT_BUDGET, seed = VM_DEFAULT_SEED, output_limit = VM_DEFAULT_OUTPUT_LIMIT;
    bool trace = false, deterministic = false;
    static const char *envp[VM_ARGS_MAX_COUNT + 1];
    size_t envc = 0;
    uint64_t idle = 300, gdb_port = 0;
    bool gdb = false;
    report = stderr;
    /* A reader that goes away (basin-run prog | head) must not kill basin-run before the halting
     * line: the guest's writes then go nowhere, as a console's do that nobody reads. */
    signal(SIGPIPE, SIG_IGN);
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--") == 0) { i++; break; }
        if (strcmp(argv[i], "--trace") == 0) { trace = true; continue; }
        if (strcmp(argv[i], "--help") == 0) { usage(); return 0; }
        if (strcmp(argv[i], "--budget") == 0 && i + 1 < argc && parse_number(argv[i + 1], &budget)) {
            i++;
            continue;
        }
        if (strcmp(argv[i], "--output-limit") == 0 && i + 1 < argc &&
            parse_number(argv[i + 1], &output_limit)) {
            i++;
            continue;
        }
        if (strcmp(argv[i], "--env") == 0 && i + 1 < argc && strchr(argv[i + 1], '=') != 0 &&
            argv[i + 1][0] != '=' && envc < VM_ARGS_MAX_COUNT + 1) {
            envp[envc++] = argv[++i]; /* more than the VM takes: vm_setup_stack refuses them */
            continue;
        }
        if (strcmp(argv[i], "--stdin-idle") == 0 && i + 1 < argc && parse_number(argv[i + 1], &idle) &&
            idle >= 1 && idle <= 86400) {
            i++;
            continue;
        }
        if (strcmp(argv[i], "--report") == 0 && i + 1 < argc) {
            FILE *file = fopen(argv[++i], "w");
            if (file == 0) {
                fprintf(stderr, "basin-run: cannot write %s: %s\n", argv[i], strerror(errno));
                return STATUS_USAGE;
            }
            report = file;
            continue;
        }
        if (strcmp(argv[i], "--gdb") == 0 && i + 1 < argc && parse_number(argv[i + 1], &gdb_port) &&
            gdb_port <= 65535) {
            gdb = true;
            i++;
            continue;
        }
        if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc && parse_number(argv[i + 1], &seed)) {
            i++;
            continue;
        }
        if (strcmp(argv[i], "--clock") == 0 && i + 1 < argc &&
            (strcmp(argv[i + 1], "host") == 0 || strcmp(argv[i + 1], "deterministic") == 0)) {
            deterministic = strcmp(argv[++i], "deterministic") == 0;
            continue;
        }
        fprintf(stderr, "basin-run: bad option %s\n", argv[i]);
        usage();
        return STATUS_USAGE;
    }
    if (i >= argc) {
        usage();
        return STATUS_USAGE;
    }
    huge_pages();
    vm_init(&guest, guest_memory, sizeof guest_memory, budget);
    vm_process_init(&guest, seed, output_limit);
    load_or_exit(argv[i], argc - i, argv + i, envp, envc);
    stdin_mode.terminal = isatty(0) == 1;
    stdin_mode.idle_seconds = (int)idle;
    struct vm_host host = {.write = host_write, .read = host_read,
                           .clock_ns = deterministic ? 0 : host_clock, .log = host_log,
                           .trace = trace ? host_log : 0, .poll = host_poll,
                           .poll_interval = POLL_INTERVAL};
    /* Under gdb, gdb's Ctrl-C stops the guest, and a signal to basin-run ends it as before. */
    if (gdb) debug_or_exit((unsigned)gdb_port, &host);
    else forward_signals();
    vm_run_guest(&guest, &host);
    vm_report_stop(&guest, &host); /* the lines the kernel prints, on stderr or --report FILE */
    if (gdb) end_debugging();
    return vm_exit_status(&guest);
}
