/* SPDX-License-Identifier: MIT */
/* basin-check: the suite harness behind `make check` (README, "Test your programs"). It reads a
 * suite file (one program a line: NAME ELF EXPECT [key=value ...]), runs every program, and
 * reports TAP version 14 on stdout, then "N passed, M failed", and JUnit XML.
 *   basin-check --suite FILE [--runner kernel|host|qemu-user] [--only GLOB] [--junit FILE]
 *               [--engine interpreter|native] [--qemu-options 'WORDS']
 * Runners:
 *   kernel     every program packed into one kernel image (basin-pack), which QEMU boots once;
 *              the kernel runs them in turn in its VM. Programs that do not fit in one image go
 *              to further images; a boot that ends early (a kernel panic, a program's timeout)
 *              goes on in a new boot from the next program (bootargs basin.first=K).
 *   host       each program under basin-run.
 *   qemu-user  each program under qemu-riscv64, for comparison (it knows no budget, faults show
 *              as the signal Linux sends).
 * Only the kernel's own lines are believed: they end with the boot's token (README, "Telling the
 * kernel's lines from the guest's"); basin-run's are read from its --report file.
 * --record writes each program's output to its stdout= file where that file does not exist yet
 * (to take expected output from a reference run, e.g. --runner qemu-user).
 * The kernel runs each program with the engine its engine= key names (interpreter or native,
 * kernel/native.c); --engine gives it to the programs without the key. Under the host and
 * qemu-user runners the key changes nothing: basin-run is the interpreter. --qemu-options adds
 * options to every QEMU boot (blank-separated, e.g. '-icount shift=0,sleep=off').
 * Per program, under build/test-results/SUITE/RUNNER/: NAME.out (its output: fds 1 and 2 in the
 * order written), NAME.log (its part of the serial log), NAME.kernel (the kernel's lines only),
 * NAME.report (basin-run's lines); boot-N.log (each boot's whole serial log).
 * Exit status: 0 when every program met its expectation, 1 otherwise, 2 for a malformed suite or
 * a usage error (nothing runs then). */
#define _DEFAULT_SOURCE /* fnmatch, kill, clock_gettime, mkdir, realpath */
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../vm/elf.h"
#include "../../vm/fmt.h"
#include "../../vm/report.h"
#include "../../vm/vm.h"
#include "../console.h"
#include "words.h"

enum {
    STATUS_USAGE = 2,
    MAX_PROGRAMS = 4096,
    PATH_SIZE = 1024,
    TEXT_SIZE = 4096,          /* args or env as written in the suite */
    LINE_SIZE = 1024,          /* a kernel line, a halting line */
    IMAGE_BUNDLE_LIMIT = 16 << 20, /* bytes of programs per kernel image (linker.ld: 32 MiB in all) */
    DEFAULT_TIMEOUT = 60,      /* seconds a program may run (wall clock) */
    BOOT_TIMEOUT = 60,         /* seconds from QEMU's start to the first program */
};

enum expect { EXPECT_EXIT, EXPECT_FAULT, EXPECT_SIGNAL, EXPECT_BUDGET, EXPECT_LOAD_FAILED };
enum runner { RUNNER_KERNEL, RUNNER_HOST, RUNNER_QEMU_USER };
enum verdict { NOT_RUN, PASSED, FAILED, SKIPPED };

struct program {
    char name[128];
    char elf[PATH_SIZE];        /* as the suite names it, made relative to the working directory */
    unsigned line;              /* in the suite file */
    enum expect expect;
    char expect_text[96];       /* "exit=3", "fault=store-access-fault", "budget", ... */
    char args[TEXT_SIZE], env[TEXT_SIZE];
    char stdin_path[PATH_SIZE], stdout_path[PATH_SIZE];
    char budget[32], output_limit[32], seed[32], clock[32], engine[32];
    double timeout;
    /* The result. */
    enum verdict verdict;
    char got[128];              /* what the halting line says, in EXPECT's words */
    char halting[LINE_SIZE];
    char why[LINE_SIZE];        /* the reason for a failure or a skip */
    char difference[LINE_SIZE]; /* the first line of output that differs */
    double seconds;
};

static struct program programs[MAX_PROGRAMS];
static unsigned program_count;
static struct {
    const char *suite, *only, *junit, *work, *pack, *link, *basin_run, *qemu_run, *secret, *engine;
    char qemu_options[512];
    enum runner runner;
    bool record; /* write the stdout= files that do not exist yet from this run's output */
    char suite_dir[PATH_SIZE], suite_name[128];
} options;

_Noreturn void vm_assert_failed(const char *expression, const char *file, int line) {
    fprintf(stderr, "basin-check: internal error: %s at %s:%d\n", expression, file, line);
    abort();
}

static void make_directories(const char *path);

static _Noreturn void usage_error(const char *format, ...) {
    va_list list;
    va_start(list, format);
    fprintf(stderr, "basin-check: ");
    vfprintf(stderr, format, list);
    fprintf(stderr, "\n");
    va_end(list);
    exit(STATUS_USAGE);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* snprintf that refuses to cut: a result that does not fit is an error in the suite. */
static bool copy(char *to, size_t size, const char *from) {
    size_t length = strlen(from);
    if (length >= size) return false;
    memcpy(to, from, length + 1);
    return true;
}

/* ---- the suite file ----------------------------------------------------------------------- */

/* A line's problem: "FILE:LINE: reason", then exit 2 before anything runs. */
static _Noreturn void suite_error(unsigned line, const char *format, ...) {
    va_list list;
    va_start(list, format);
    fprintf(stderr, "basin-check: %s:%u: ", options.suite, line);
    vfprintf(stderr, format, list);
    fprintf(stderr, "\n");
    va_end(list);
    exit(STATUS_USAGE);
}

static bool is_signal_name(const char *name) {
    for (unsigned signal = 1; signal <= VM_SIGNALS; signal++) {
        char text[32];
        struct fmt f;
        fmt_init(&f, text, sizeof text);
        vm_format_signal(&f, signal);
        if (strcmp(text, name) == 0) return true;
    }
    return false;
}

static bool is_fault_name(const char *name) {
    for (int cause = VM_FAULT_ILLEGAL_INSTRUCTION; cause <= VM_FAULT_BREAKPOINT; cause++)
        if (strcmp(vm_fault_name((enum vm_fault_cause)cause), name) == 0) return true;
    return false;
}

static bool is_load_error_name(const char *name) {
    for (int error = VM_ELF_TOO_SMALL; error < VM_ELF_ERROR_COUNT; error++)
        if (strcmp(vm_elf_error_name((enum vm_elf_error)error), name) == 0) return true;
    return strcmp(name, "no-stack-room") == 0;
}

static void parse_expect(struct program *p, const char *word) {
    if (!copy(p->expect_text, sizeof p->expect_text, word)) suite_error(p->line, "EXPECT is too long");
    const char *value = strchr(word, '=') != 0 ? strchr(word, '=') + 1 : 0;
    if (strncmp(word, "exit=", 5) == 0) {
        char *end = 0;
        long status = strtol(value, &end, 10);
        if (*value == '\0' || *end != '\0' || status < 0 || status > 255)
            suite_error(p->line, "exit=N needs N from 0 to 255, not '%s'", value);
        p->expect = EXPECT_EXIT;
    } else if (strncmp(word, "fault=", 6) == 0) {
        if (!is_fault_name(value))
            suite_error(p->line, "fault=%s: not a cause the halting line names (illegal-instruction, "
                                 "fetch-access-fault, load-access-fault, store-access-fault, misaligned-load, "
                                 "misaligned-store, breakpoint)", value);
        p->expect = EXPECT_FAULT;
    } else if (strncmp(word, "signal=", 7) == 0) {
        if (!is_signal_name(value)) suite_error(p->line, "signal=%s: not a signal name (SIGABRT, SIGTERM, ...)", value);
        p->expect = EXPECT_SIGNAL;
    } else if (strcmp(word, "budget") == 0) {
        p->expect = EXPECT_BUDGET;
    } else if (strcmp(word, "load-failed") == 0 || strncmp(word, "load-failed=", 12) == 0) {
        if (value != 0 && !is_load_error_name(value))
            suite_error(p->line, "load-failed=%s: not an error the loader names (vm/README.md)", value);
        p->expect = EXPECT_LOAD_FAILED;
    } else {
        suite_error(p->line, "EXPECT must be exit=N, fault=CAUSE, signal=NAME, budget, load-failed or "
                             "load-failed=ERROR, not '%s'", word);
    }
}

/* A file the suite names, relative to the suite's directory; it must exist. */
static void suite_path(const struct program *p, char *to, const char *path, const char *what) {
    static char joined[PATH_SIZE];
    int n = path[0] == '/' ? snprintf(joined, sizeof joined, "%s", path)
                           : snprintf(joined, sizeof joined, "%s/%s", options.suite_dir, path);
    if (n < 0 || (size_t)n >= sizeof joined) suite_error(p->line, "%s path is too long", what);
    struct stat status;
    bool to_record = options.record && strcmp(what, "stdout") == 0;
    if (!to_record && (stat(joined, &status) != 0 || !S_ISREG(status.st_mode)))
        suite_error(p->line, "%s %s: no such file", what, joined);
    memcpy(to, joined, (size_t)n + 1);
}

static bool is_number(const char *text) {
    if (*text == '\0') return false;
    char *end = 0;
    errno = 0;
    (void)strtoull(text, &end, 0);
    return errno == 0 && *end == '\0' && text[0] != '-';
}

static void parse_key(struct program *p, const char *word) {
    const char *equals = strchr(word, '=');
    if (equals == 0) suite_error(p->line, "'%s' is not key=value", word);
    size_t key_length = (size_t)(equals - word);
    const char *value = equals + 1;
    static struct words check;
    const char *error = 0;
#define KEY(k) (key_length == sizeof(k) - 1 && strncmp(word, k, key_length) == 0)
    if (KEY("args") || KEY("env")) {
        char *to = KEY("args") ? p->args : p->env;
        if (!copy(to, TEXT_SIZE, value)) suite_error(p->line, "%.*s is too long", (int)key_length, word);
        error = words_split(value, &check, false);
        if (error != 0) suite_error(p->line, "%.*s: %s", (int)key_length, word, error);
        for (const char *w = words_next(&check, 0); KEY("env") && w != 0; w = words_next(&check, w))
            if (strchr(w, '=') == 0 || w[0] == '=') suite_error(p->line, "env: '%s' is not NAME=VALUE", w);
    } else if (KEY("stdin")) {
        suite_path(p, p->stdin_path, value, "stdin");
    } else if (KEY("stdout")) {
        suite_path(p, p->stdout_path, value, "stdout");
    } else if (KEY("budget") || KEY("output-limit") || KEY("seed")) {
        if (!is_number(value) || (KEY("budget") && strtoull(value, 0, 0) == 0))
            suite_error(p->line, "%.*s needs a number, not '%s'", (int)key_length, word, value);
        copy(KEY("budget") ? p->budget : KEY("seed") ? p->seed : p->output_limit, 32, value);
    } else if (KEY("timeout")) {
        char *end = 0;
        p->timeout = strtod(value, &end);
        if (*value == '\0' || *end != '\0' || !(p->timeout > 0 && p->timeout <= 86400))
            suite_error(p->line, "timeout needs seconds from more than 0 to 86400, not '%s'", value);
    } else if (KEY("clock")) {
        if (strcmp(value, "platform") != 0 && strcmp(value, "deterministic") != 0)
            suite_error(p->line, "clock is platform or deterministic, not '%s'", value);
        copy(p->clock, sizeof p->clock, value);
    } else if (KEY("engine")) {
        if (strcmp(value, "interpreter") != 0 && strcmp(value, "native") != 0)
            suite_error(p->line, "engine is interpreter or native, not '%s'", value);
        copy(p->engine, sizeof p->engine, value);
    } else {
        suite_error(p->line, "unknown key '%.*s' (args, env, stdin, stdout, budget, output-limit, "
                             "timeout, seed, clock, engine)", (int)key_length, word);
    }
#undef KEY
}

static bool valid_name(const char *name) {
    if (*name == '\0' || strlen(name) >= sizeof programs[0].name) return false;
    for (const char *c = name; *c != '\0'; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
              *c == '-' || *c == '_' || *c == '.' || *c == '+'))
            return false;
    return true;
}

static void parse_line(const char *text, unsigned line) {
    static struct words words;
    const char *error = words_split(text, &words, true);
    if (error != 0) suite_error(line, "%s", error);
    if (words.count == 0) return; /* a blank line or a comment */
    if (words.count < 3) suite_error(line, "a program needs NAME ELF EXPECT");
    if (program_count == MAX_PROGRAMS) suite_error(line, "more than %d programs", MAX_PROGRAMS);
    struct program *p = &programs[program_count];
    memset(p, 0, sizeof *p);
    p->line = line;
    p->timeout = DEFAULT_TIMEOUT;
    const char *name = words_next(&words, 0), *elf = words_next(&words, name), *expect = words_next(&words, elf);
    if (!valid_name(name)) suite_error(line, "NAME '%s': letters, digits and - _ . + only", name);
    for (unsigned i = 0; i < program_count; i++)
        if (strcmp(programs[i].name, name) == 0) suite_error(line, "NAME %s is already on line %u", name, programs[i].line);
    copy(p->name, sizeof p->name, name);
    suite_path(p, p->elf, elf, "ELF");
    parse_expect(p, expect);
    for (const char *w = words_next(&words, expect); w != 0; w = words_next(&words, w)) parse_key(p, w);
    if (p->engine[0] == '\0' && options.engine != 0) copy(p->engine, sizeof p->engine, options.engine);
    program_count++;
}

static void read_suite(void) {
    FILE *file = fopen(options.suite, "r");
    if (file == 0) usage_error("cannot read the suite %s: %s", options.suite, strerror(errno));
    static char text[1 << 16];
    unsigned line = 0;
    while (fgets(text, sizeof text, file) != 0) { /* bounded by the file */
        line++;
        size_t length = strlen(text);
        if (length == sizeof text - 1 && text[length - 1] != '\n') suite_error(line, "line longer than 64 KiB");
        if (length > 0 && text[length - 1] == '\n') text[--length] = '\0';
        if (length > 0 && text[length - 1] == '\r') text[--length] = '\0';
        parse_line(text, line);
    }
    fclose(file);
    if (program_count == 0) usage_error("%s: no programs", options.suite);
}

/* ---- running things ------------------------------------------------------------------------ */

/* Starts argv with stdin from `input` (or /dev/null) and stdout and stderr into `output` (or
 * /dev/null), in directory `dir` (or here); returns the pid. */
static pid_t start(char *const argv[], const char *dir, const char *input, const char *output, int pipe_out) {
    pid_t pid = fork();
    if (pid < 0) usage_error("fork: %s", strerror(errno));
    if (pid != 0) return pid;
    setpgid(0, 0); /* its own group, so a timeout kills all of it */
    int in = open(input != 0 ? input : "/dev/null", O_RDONLY);
    int out = pipe_out >= 0 ? pipe_out : open(output != 0 ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0) _exit(127);
    dup2(in, 0);
    dup2(out, 1);
    dup2(out, 2);
    if (dir != 0 && chdir(dir) != 0) _exit(127);
    execvp(argv[0], argv);
    fprintf(stderr, "basin-check: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

static void stop(pid_t pid) {
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
}

/* Waits for pid at most `seconds`; its wait status, or -1 after a timeout (then it is killed). */
static int finish(pid_t pid, double seconds) {
    double deadline = now() + seconds;
    for (;;) { /* bounded by the deadline */
        int status = 0;
        pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) return status;
        if (done < 0 && errno != EINTR) return -1;
        if (now() > deadline) {
            stop(pid);
            waitpid(pid, &status, 0);
            return -1;
        }
        usleep(2000);
    }
}

static int run_quietly(char *const argv[]) {
    pid_t pid = start(argv, 0, 0, 0, -1);
    int status = finish(pid, 300);
    return status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void work_path(char *to, size_t size, const char *name, const char *suffix) {
    int n = snprintf(to, size, "%s/%s%s", options.work, name, suffix);
    if (n < 0 || (size_t)n >= size) usage_error("path too long under %s", options.work);
}

/* ---- judging ------------------------------------------------------------------------------- */

/* The halting line in EXPECT's words: "exit=0", "fault=store-access-fault", "budget", ... */
static void halting_to_got(const char *halting, char *got, size_t size) {
    const char *value;
    if ((value = strstr(halting, "vm: halted exit=")) == halting) {
        snprintf(got, size, "exit=%ld", strtol(value + 16, 0, 10));
    } else if (strncmp(halting, "vm: errored cause=", 18) == 0) {
        snprintf(got, size, "fault=%.*s", (int)strcspn(halting + 18, " "), halting + 18);
    } else if (strncmp(halting, "vm: killed signal=", 18) == 0) {
        snprintf(got, size, "signal=%.*s", (int)strcspn(halting + 18, " "), halting + 18);
    } else if (strncmp(halting, "vm: budget-exhausted", 20) == 0) {
        snprintf(got, size, "budget");
    } else if (strncmp(halting, "vm: load-failed error=", 22) == 0) {
        snprintf(got, size, "load-failed=%.*s", (int)strcspn(halting + 22, " "), halting + 22);
    } else {
        snprintf(got, size, "%s", halting[0] != '\0' ? "an unknown halting line" : "no halting line");
    }
}

static bool expectation_met(const struct program *p) {
    if (p->expect == EXPECT_LOAD_FAILED && strcmp(p->expect_text, "load-failed") == 0)
        return strncmp(p->got, "load-failed=", 12) == 0;
    return strcmp(p->got, p->expect_text) == 0;
}

/* Compares the program's output with its stdout= file: the first differing line, or "". */
static void compare_output(struct program *p, const char *output_path) {
    FILE *expected = fopen(p->stdout_path, "rb"), *actual = fopen(output_path, "rb");
    if (expected == 0 || actual == 0) {
        snprintf(p->difference, sizeof p->difference, "cannot read %.900s", expected == 0 ? p->stdout_path : output_path);
        if (expected != 0) fclose(expected);
        if (actual != 0) fclose(actual);
        return;
    }
    static char want[LINE_SIZE * 4], have[LINE_SIZE * 4];
    for (unsigned line = 1;; line++) { /* bounded by the files */
        char *a = fgets(want, sizeof want, expected), *b = fgets(have, sizeof have, actual);
        if (a == 0 && b == 0) break;
        if (a != 0 && b != 0 && strcmp(a, b) == 0) continue;
        if (a != 0) want[strcspn(want, "\n")] = '\0';
        if (b != 0) have[strcspn(have, "\n")] = '\0';
        snprintf(p->difference, sizeof p->difference, "output line %u: expected %s%.200s%s, got %s%.200s%s", line,
                 a ? "\"" : "", a ? want : "the end", a ? "\"" : "", b ? "\"" : "", b ? have : "the end", b ? "\"" : "");
        break;
    }
    fclose(expected);
    fclose(actual);
}

/* --record: the output becomes the stdout= file, where there is none yet. */
static void record_output(const struct program *p, const char *output_path) {
    struct stat status;
    if (stat(p->stdout_path, &status) == 0) return;
    static char directory[PATH_SIZE];
    snprintf(directory, sizeof directory, "%s", p->stdout_path);
    char *slash = strrchr(directory, '/');
    if (slash != 0) {
        *slash = '\0';
        make_directories(directory);
    }
    FILE *from = fopen(output_path, "rb"), *to = fopen(p->stdout_path, "wb");
    static char bytes[1 << 16];
    size_t n;
    while (from != 0 && to != 0 && (n = fread(bytes, 1, sizeof bytes, from)) > 0) fwrite(bytes, 1, n, to);
    if (from != 0) fclose(from);
    if (to == 0 || fclose(to) != 0) usage_error("cannot write %s", p->stdout_path);
}

static void judge(struct program *p, const char *output_path, bool integrity) {
    halting_to_got(p->halting, p->got, sizeof p->got);
    if (p->stdout_path[0] != '\0' && options.record) record_output(p, output_path);
    if (p->stdout_path[0] != '\0') compare_output(p, output_path);
    if (!expectation_met(p)) snprintf(p->why, sizeof p->why, "expected %s, got %s", p->expect_text, p->got);
    else if (p->difference[0] != '\0') snprintf(p->why, sizeof p->why, "the output differs from %.900s", p->stdout_path);
    else if (!integrity) snprintf(p->why, sizeof p->why, "no 'kernel: integrity ok' line after the program");
    p->verdict = p->why[0] == '\0' ? PASSED : FAILED;
}

/* ---- the kernel runner ------------------------------------------------------------------------ */

/* One boot's reading of the serial line: the token, and where in the run it is. */
struct serial {
    char token[32];
    int current;          /* index into the image's programs being run, -1 before the first */
    bool halted;          /* the current program's halting line came */
    bool integrity;
    FILE *output, *log;   /* the current program's output (its own bytes) and its serial log */
    FILE *kernel;         /* the kernel's own lines about it, token taken off */
    bool pending_newline; /* a guest line ended: its "\n" is written once the next byte shows
                             it was not one the kernel added before its own line */
    char line[LINE_SIZE * 4];
    size_t length;
};

/* The programs packed into one image, in order: indexes into programs[]. */
struct image {
    unsigned members[MAX_PROGRAMS];
    unsigned count;
    char elf[PATH_SIZE];
};

static void settings_file(const struct program *p, const char *path) {
    FILE *f = fopen(path, "w");
    if (f == 0) usage_error("cannot write %s: %s", path, strerror(errno));
    fprintf(f, "elf=%s\nargs=%s\nenv=%s\nstdin=%s\n", p->elf, p->args, p->env, p->stdin_path);
    if (p->budget[0] != '\0') fprintf(f, "budget=%s\n", p->budget);
    if (p->output_limit[0] != '\0') fprintf(f, "output-limit=%s\n", p->output_limit);
    if (p->seed[0] != '\0') fprintf(f, "seed=%s\n", p->seed);
    if (p->clock[0] != '\0') fprintf(f, "clock=%s\n", p->clock);
    if (p->engine[0] != '\0') fprintf(f, "engine=%s\n", p->engine);
    fclose(f);
}

/* Packs and links an image of its programs: false (each of them failed) when that does not work. */
static bool build_image(struct image *image, unsigned number) {
    static char *argv[4 + 2 * MAX_PROGRAMS + 8];
    static char settings[MAX_PROGRAMS][PATH_SIZE];
    static char bundle[PATH_SIZE], tag[32];
    unsigned n = 0;
    snprintf(tag, sizeof tag, "image-%u", number);
    work_path(bundle, sizeof bundle, tag, ".bundle");
    work_path(image->elf, sizeof image->elf, tag, ".elf");
    argv[n++] = (char *)options.pack;
    argv[n++] = "--secret-file";
    argv[n++] = (char *)options.secret;
    argv[n++] = "-o";
    argv[n++] = bundle;
    for (unsigned i = 0; i < image->count; i++) {
        const struct program *p = &programs[image->members[i]];
        work_path(settings[i], PATH_SIZE, p->name, ".settings");
        settings_file(p, settings[i]);
        argv[n++] = "--settings";
        argv[n++] = settings[i];
    }
    argv[n] = 0;
    char *link[] = {"sh", (char *)options.link, bundle, image->elf, 0};
    bool built = run_quietly(argv) == 0 && run_quietly(link) == 0;
    for (unsigned i = 0; !built && i < image->count; i++) {
        struct program *p = &programs[image->members[i]];
        p->verdict = FAILED;
        snprintf(p->why, sizeof p->why, "the kernel image could not be built (basin-pack or the link failed: too large?)");
    }
    return built;
}

static void close_program_files(struct serial *s) {
    if (s->output != 0) fclose(s->output);
    if (s->log != 0) fclose(s->log);
    if (s->kernel != 0) fclose(s->kernel);
    s->output = s->log = s->kernel = 0;
}

static void open_program_files(struct serial *s, const struct program *p) {
    static char path[PATH_SIZE];
    close_program_files(s);
    work_path(path, sizeof path, p->name, ".out");
    s->output = fopen(path, "wb");
    work_path(path, sizeof path, p->name, ".log");
    s->log = fopen(path, "wb");
    work_path(path, sizeof path, p->name, ".kernel");
    s->kernel = fopen(path, "wb");
    if (s->output == 0 || s->log == 0 || s->kernel == 0) usage_error("cannot write under %s", options.work);
}

/* A kernel line (token taken off) of the current boot. */
static void kernel_line(struct serial *s, const struct image *image, const char *line, double *started) {
    unsigned k = 0, of = 0;
    bool starts = sscanf(line, "kernel: program %u of %u:", &k, &of) == 2 && k >= 1 && k <= image->count;
    bool single = image->count == 1 && s->current < 0 && strncmp(line, "kernel: ", 8) == 0;
    if (strcmp(line, CONSOLE_LINE_BREAK_ADDED) == 0) {
        s->pending_newline = false; /* the guest's line had not ended: drop the "\n" held back */
        return;
    }
    if (s->pending_newline && s->output != 0) fputc('\n', s->output);
    s->pending_newline = false;
    if (starts || single) {
        s->current = starts ? (int)k - 1 : 0;
        s->halted = s->integrity = false;
        open_program_files(s, &programs[image->members[s->current]]);
        *started = now();
    }
    if (s->log != 0) fprintf(s->log, "%s\n", line);
    if (s->kernel != 0) fprintf(s->kernel, "%s\n", line);
    if (s->current < 0) return;
    struct program *p = &programs[image->members[s->current]];
    if (strncmp(line, "kernel: integrity ok: ", 22) == 0) s->integrity = true;
    if (strncmp(line, "vm: ", 4) == 0 && !s->halted) {
        s->halted = true;
        if (!copy(p->halting, sizeof p->halting, line)) copy(p->halting, sizeof p->halting, "vm: (too long)");
        p->seconds = now() - *started;
        static char output[PATH_SIZE];
        work_path(output, sizeof output, p->name, ".out");
        fflush(s->output);
        judge(p, output, s->integrity);
    }
}

/* A whole line from the serial port: the kernel's (with the token), or the guest's. */
static void serial_line(struct serial *s, const struct image *image, double *started) {
    char *line = s->line;
    size_t length = s->length;
    if (length > 0 && line[length - 1] == '\r') line[--length] = '\0'; /* the console's CR before LF */
    if (s->token[0] == '\0' && strncmp(line, "Basin ", 6) == 0 && strstr(line, " boot=") != 0)
        copy(s->token, sizeof s->token, strrchr(line, '=') + 1);
    char suffix[48];
    snprintf(suffix, sizeof suffix, " boot=%s", s->token);
    size_t suffix_length = strlen(suffix);
    if (s->token[0] != '\0' && length >= suffix_length && strcmp(line + length - suffix_length, suffix) == 0) {
        line[length - suffix_length] = '\0';
        kernel_line(s, image, line, started);
        return;
    }
    /* The guest's: into the current program's output, its "\n" held back (see pending_newline). */
    if (s->current < 0 || s->halted || s->output == 0) return;
    if (s->pending_newline) fputc('\n', s->output);
    fwrite(line, 1, length, s->output);
    fwrite(line, 1, length, s->log);
    fputc('\n', s->log);
    s->pending_newline = true;
}

/* Boots the image from its program `first` on; returns where the next boot must start (the
 * image's count when every program has its result). */
static unsigned boot_once(struct image *image, unsigned first, unsigned number) {
    static char append[64], log_path[PATH_SIZE], tag[32];
    snprintf(append, sizeof append, "basin.first=%u", first + 1);
    snprintf(tag, sizeof tag, "boot-%u", number);
    work_path(log_path, sizeof log_path, tag, ".log");
    FILE *raw = fopen(log_path, "wb");
    int pipe_fds[2];
    if (raw == 0 || pipe(pipe_fds) != 0) usage_error("cannot write %s", log_path);
    enum { MAX_QEMU_OPTIONS = 16 };
    char *argv[5 + MAX_QEMU_OPTIONS] = {(char *)options.qemu_run, image->elf, "-append", append};
    static char words[sizeof options.qemu_options];
    memcpy(words, options.qemu_options, sizeof words);
    unsigned count = 4;
    for (char *word = strtok(words, " "); word != 0 && count < 4 + MAX_QEMU_OPTIONS; word = strtok(0, " "))
        argv[count++] = word;
    argv[count] = 0;
    pid_t pid = start(argv, 0, 0, 0, pipe_fds[1]);
    close(pipe_fds[1]);
    static struct serial s;
    memset(&s, 0, sizeof s);
    s.current = -1;
    double started = now(), boot_started = started;
    bool ended = false;
    while (!ended) { /* bounded by the deadlines below: every pass waits at most 100 ms */
        struct program *p = s.current >= 0 ? &programs[image->members[s.current]] : 0;
        double limit = p != 0 && !s.halted ? started + p->timeout : (p == 0 ? boot_started + BOOT_TIMEOUT : now() + 30);
        if (now() > limit) break;
        struct pollfd ready = {.fd = pipe_fds[0], .events = POLLIN};
        if (poll(&ready, 1, 100) <= 0) continue;
        static char bytes[4096];
        ssize_t n = read(pipe_fds[0], bytes, sizeof bytes);
        if (n <= 0) {
            ended = true;
            break;
        }
        fwrite(bytes, 1, (size_t)n, raw);
        for (ssize_t i = 0; i < n; i++) {
            if (bytes[i] != '\n') {
                if (s.length < sizeof s.line - 1) s.line[s.length++] = bytes[i];
                continue;
            }
            s.line[s.length] = '\0';
            serial_line(&s, image, &started);
            s.length = 0;
        }
    }
    if (!ended) stop(pid);
    finish(pid, 10);
    close(pipe_fds[0]);
    fclose(raw);
    if (s.pending_newline && s.output != 0) fputc('\n', s.output);
    close_program_files(&s);
    /* Which programs got no result: the one that was running ends this boot as a failure. */
    unsigned next = first;
    while (next < image->count && programs[image->members[next]].verdict != NOT_RUN) next++;
    if (next == image->count) return next;
    struct program *stuck = &programs[image->members[next]];
    stuck->verdict = FAILED;
    stuck->seconds = now() - started;
    if (s.current == (int)next)
        snprintf(stuck->why, sizeof stuck->why, ended ? "the boot ended during this program (see its log)"
                                                       : "timed out after %g s of wall clock", stuck->timeout);
    else
        snprintf(stuck->why, sizeof stuck->why, ended ? "the boot ended before this program started"
                                                       : "the boot did not reach this program within %d s", BOOT_TIMEOUT);
    copy(stuck->got, sizeof stuck->got, ended ? "no halting line" : "a timeout");
    return next + 1;
}

static void run_kernel(void) {
    static struct image image;
    unsigned number = 0;
    for (unsigned i = 0; i < program_count;) { /* each image takes at least one program */
        image.count = 0;
        uint64_t bytes = 0;
        for (; i < program_count; i++) {
            if (fnmatch(options.only, programs[i].name, 0) != 0) continue;
            struct stat status;
            uint64_t size = stat(programs[i].elf, &status) == 0 ? (uint64_t)status.st_size : 0;
            if (programs[i].stdin_path[0] != '\0' && stat(programs[i].stdin_path, &status) == 0) size += (uint64_t)status.st_size;
            if (image.count > 0 && bytes + size > IMAGE_BUNDLE_LIMIT) break;
            image.members[image.count++] = i;
            bytes += size + 2 * TEXT_SIZE;
        }
        if (image.count == 0) break;
        number++;
        if (!build_image(&image, number)) continue;
        /* Bounded: every boot settles at least one program. */
        for (unsigned first = 0, boots = 0; first < image.count && boots <= image.count; boots++)
            first = boot_once(&image, first, number * 10000 + boots);
    }
}

/* ---- the host runners -------------------------------------------------------------------- */

static void split_into(char **argv, unsigned *n, unsigned max, const char *text, struct words *w,
                       const char *prefix_option) {
    words_split(text, w, false); /* checked when the suite was read */
    for (const char *word = words_next(w, 0); word != 0 && *n + 2 < max; word = words_next(w, word)) {
        if (prefix_option != 0) argv[(*n)++] = (char *)prefix_option;
        argv[(*n)++] = (char *)word;
    }
}

static void elf_dir_and_name(const char *elf, char *dir, char *name) {
    const char *slash = strrchr(elf, '/');
    snprintf(dir, PATH_SIZE, "%.*s", slash != 0 ? (int)(slash - elf) : 1, slash != 0 ? elf : ".");
    snprintf(name, PATH_SIZE, "%s", slash != 0 ? slash + 1 : elf);
}

/* A signal's name, for qemu-riscv64's runs. */
static void signal_name(int signal, char *to, size_t size) {
    struct fmt f;
    fmt_init(&f, to, size);
    if (signal >= 1 && signal <= 64) vm_format_signal(&f, (unsigned)signal);
    else fmt_str(&f, "an unknown signal");
}

/* qemu-riscv64 says how the guest ended through its own exit status. */
static void qemu_halting(struct program *p, int status) {
    if (WIFSIGNALED(status)) {
        char text[32];
        signal_name(WTERMSIG(status), text, sizeof text);
        snprintf(p->halting, sizeof p->halting, "vm: killed signal=%s (qemu-riscv64)", text);
    } else {
        snprintf(p->halting, sizeof p->halting, "vm: halted exit=%d (qemu-riscv64)", WEXITSTATUS(status));
    }
}

/* basin-run's halting line, from its --report file. */
static void read_report(struct program *p, const char *report) {
    FILE *r = fopen(report, "r");
    static char line[LINE_SIZE];
    while (r != 0 && fgets(line, sizeof line, r) != 0) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "vm: ", 4) == 0 && p->halting[0] == '\0') copy(p->halting, sizeof p->halting, line);
    }
    if (r != 0) fclose(r);
}

static void run_host_program(struct program *p) {
    static char *argv[8 * 1024];
    static struct words args, env;
    static char dir[PATH_SIZE], name[PATH_SIZE], output[PATH_SIZE], report[PATH_SIZE], basin_run[PATH_SIZE];
    unsigned n = 0;
    elf_dir_and_name(p->elf, dir, name);
    work_path(output, sizeof output, p->name, ".out");
    work_path(report, sizeof report, p->name, ".report");
    if (realpath(options.basin_run, basin_run) == 0) usage_error("no basin-run at %s", options.basin_run);
    static char absolute_report[PATH_SIZE];
    if (realpath(options.work, absolute_report) == 0) usage_error("no %s", options.work);
    strncat(absolute_report, "/", sizeof absolute_report - strlen(absolute_report) - 1);
    strncat(absolute_report, p->name, sizeof absolute_report - strlen(absolute_report) - 1);
    strncat(absolute_report, ".report", sizeof absolute_report - strlen(absolute_report) - 1);
    bool qemu = options.runner == RUNNER_QEMU_USER;
    if (qemu) {
        argv[n++] = "env";
        argv[n++] = "-i";
        split_into(argv, &n, sizeof argv / sizeof argv[0], p->env, &env, 0);
        argv[n++] = "qemu-riscv64";
        argv[n++] = "-cpu";
        argv[n++] = "rv64,zba=true,zbb=true,zbs=true";
    } else {
        argv[n++] = basin_run;
        argv[n++] = "--report";
        argv[n++] = absolute_report;
        if (p->budget[0] != '\0') argv[n++] = "--budget", argv[n++] = p->budget;
        if (p->output_limit[0] != '\0') argv[n++] = "--output-limit", argv[n++] = p->output_limit;
        if (p->seed[0] != '\0') argv[n++] = "--seed", argv[n++] = p->seed;
        if (strcmp(p->clock, "deterministic") == 0) argv[n++] = "--clock", argv[n++] = "deterministic";
        split_into(argv, &n, sizeof argv / sizeof argv[0], p->env, &env, "--env");
        argv[n++] = "--";
    }
    argv[n++] = name;
    split_into(argv, &n, sizeof argv / sizeof argv[0], p->args, &args, 0);
    argv[n] = 0;
    static char input[PATH_SIZE];
    if (p->stdin_path[0] != '\0' && realpath(p->stdin_path, input) == 0) usage_error("no %s", p->stdin_path);
    static char absolute_output[PATH_SIZE];
    if (realpath(options.work, absolute_output) == 0) usage_error("no %s", options.work);
    strncat(absolute_output, "/", sizeof absolute_output - strlen(absolute_output) - 1);
    strncat(absolute_output, p->name, sizeof absolute_output - strlen(absolute_output) - 1);
    strncat(absolute_output, ".out", sizeof absolute_output - strlen(absolute_output) - 1);
    unlink(report);
    double started = now();
    pid_t pid = start(argv, dir, p->stdin_path[0] != '\0' ? input : 0, absolute_output, -1);
    int status = finish(pid, p->timeout);
    p->seconds = now() - started;
    if (status < 0) {
        p->verdict = FAILED;
        snprintf(p->why, sizeof p->why, "timed out after %g s of wall clock", p->timeout);
        copy(p->got, sizeof p->got, "a timeout");
        return;
    }
    if (qemu) qemu_halting(p, status);
    else read_report(p, report);
    judge(p, output, true);
}

/* What qemu-riscv64 can show of an expectation: a fault as the signal Linux sends for it; a
 * budget not at all (it has none). False, with the reason, when it cannot be compared. */
static bool qemu_comparable(struct program *p) {
    static const char *const fault_signals[][2] = {
        {"fault=illegal-instruction", "signal=SIGILL"}, {"fault=breakpoint", "signal=SIGTRAP"},
        {"fault=misaligned-load", "signal=SIGBUS"}, {"fault=misaligned-store", "signal=SIGBUS"},
        {"fault=fetch-access-fault", "signal=SIGSEGV"}, {"fault=load-access-fault", "signal=SIGSEGV"},
        {"fault=store-access-fault", "signal=SIGSEGV"},
    };
    if (p->expect == EXPECT_BUDGET) {
        snprintf(p->why, sizeof p->why, "qemu-riscv64 has no budget");
        return false;
    }
    if (p->expect == EXPECT_LOAD_FAILED) {
        snprintf(p->why, sizeof p->why, "qemu-riscv64 refuses files in its own words");
        return false;
    }
    for (unsigned i = 0; p->expect == EXPECT_FAULT && i < sizeof fault_signals / sizeof fault_signals[0]; i++)
        if (strcmp(p->expect_text, fault_signals[i][0]) == 0) copy(p->expect_text, sizeof p->expect_text, fault_signals[i][1]);
    return true;
}

static void run_host(void) {
    for (unsigned i = 0; i < program_count; i++) {
        struct program *p = &programs[i];
        if (fnmatch(options.only, p->name, 0) != 0) continue;
        if (options.runner == RUNNER_QEMU_USER && !qemu_comparable(p)) {
            p->verdict = SKIPPED;
            continue;
        }
        run_host_program(p);
    }
}

/* ---- reports --------------------------------------------------------------------------------- */

/* YAML double-quoted string. */
static void yaml_string(FILE *out, const char *text) {
    fputc('"', out);
    for (const unsigned char *c = (const unsigned char *)text; *c != '\0'; c++) {
        if (*c == '"' || *c == '\\') fprintf(out, "\\%c", *c);
        else if (*c < 0x20 || *c == 0x7f) fprintf(out, "\\x%02x", *c);
        else fputc(*c, out);
    }
    fputc('"', out);
}

static void tap(unsigned *passed, unsigned *failed, unsigned *skipped) {
    unsigned selected = 0, number = 0;
    for (unsigned i = 0; i < program_count; i++) selected += programs[i].verdict != NOT_RUN;
    printf("TAP version 14\n1..%u\n", selected);
    for (unsigned i = 0; i < program_count; i++) {
        const struct program *p = &programs[i];
        if (p->verdict == NOT_RUN) continue;
        number++;
        if (p->verdict == SKIPPED) {
            printf("ok %u - %s # SKIP %s\n", number, p->name, p->why);
            (*skipped)++;
            continue;
        }
        printf("%sok %u - %s\n", p->verdict == PASSED ? "" : "not ", number, p->name);
        if (p->verdict == PASSED) {
            (*passed)++;
            continue;
        }
        (*failed)++;
        printf("  ---\n  message: ");
        yaml_string(stdout, p->why);
        printf("\n  expected: ");
        yaml_string(stdout, p->expect_text);
        printf("\n  got: ");
        yaml_string(stdout, p->got);
        printf("\n  halting_line: ");
        yaml_string(stdout, p->halting);
        if (p->difference[0] != '\0') {
            printf("\n  first_difference: ");
            yaml_string(stdout, p->difference);
        }
        printf("\n  suite_line: %u\n  ...\n", p->line);
    }
}

/* XML text: the five entities, and bytes XML 1.0 cannot hold (control characters, malformed
 * UTF-8) as \xNN, so that every test reporter parses it. */
static void xml_text(FILE *out, const unsigned char *text, size_t length) {
    for (size_t i = 0; i < length; i++) {
        unsigned char c = text[i];
        unsigned extra = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : 0;
        bool valid = c < 0x80 || extra > 0;
        for (unsigned k = 1; valid && k <= extra; k++) valid = i + k < length && (text[i + k] & 0xc0) == 0x80;
        if (c == '&') fputs("&amp;", out);
        else if (c == '<') fputs("&lt;", out);
        else if (c == '>') fputs("&gt;", out);
        else if (c == '"') fputs("&quot;", out);
        else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || !valid) fprintf(out, "\\x%02x", c);
        else if (extra > 0) {
            fwrite(text + i, 1, extra + 1, out);
            i += extra;
        } else fputc(c, out);
    }
}

static void xml_string(FILE *out, const char *text) { xml_text(out, (const unsigned char *)text, strlen(text)); }

/* The program's serial log (or output), at most 1 MiB, as system-out. */
static void system_out(FILE *out, const struct program *p) {
    char path[PATH_SIZE];
    work_path(path, sizeof path, p->name, options.runner == RUNNER_KERNEL ? ".log" : ".out");
    FILE *log = fopen(path, "rb");
    if (log == 0) return;
    static unsigned char bytes[1 << 20];
    size_t n = fread(bytes, 1, sizeof bytes, log);
    fclose(log);
    fputs("      <system-out>", out);
    xml_text(out, bytes, n);
    fputs("</system-out>\n", out);
}

static void junit(unsigned passed, unsigned failed, unsigned skipped) {
    FILE *out = fopen(options.junit, "w");
    if (out == 0) usage_error("cannot write %s: %s", options.junit, strerror(errno));
    double total = 0;
    for (unsigned i = 0; i < program_count; i++) total += programs[i].seconds;
    fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(out, "<testsuites name=\"basin\" tests=\"%u\" failures=\"%u\" errors=\"0\" skipped=\"%u\" time=\"%.3f\">\n",
            passed + failed + skipped, failed, skipped, total);
    fprintf(out, "  <testsuite name=\"");
    xml_string(out, options.suite_name);
    fprintf(out, "\" tests=\"%u\" failures=\"%u\" errors=\"0\" skipped=\"%u\" time=\"%.3f\">\n",
            passed + failed + skipped, failed, skipped, total);
    for (unsigned i = 0; i < program_count; i++) {
        const struct program *p = &programs[i];
        if (p->verdict == NOT_RUN) continue;
        fprintf(out, "    <testcase name=\"");
        xml_string(out, p->name);
        fprintf(out, "\" classname=\"");
        xml_string(out, options.suite_name);
        fprintf(out, "\" time=\"%.3f\"", p->seconds);
        if (p->verdict == PASSED) {
            fprintf(out, "/>\n");
            continue;
        }
        fprintf(out, ">\n");
        if (p->verdict == SKIPPED) {
            fprintf(out, "      <skipped message=\"");
            xml_string(out, p->why);
            fprintf(out, "\"/>\n");
        } else {
            fprintf(out, "      <failure message=\"");
            xml_string(out, p->why);
            fprintf(out, "\" type=\"expectation\">expected: ");
            xml_string(out, p->expect_text);
            fprintf(out, "\ngot: ");
            xml_string(out, p->got);
            fprintf(out, "\nhalting line: ");
            xml_string(out, p->halting);
            if (p->difference[0] != '\0') {
                fprintf(out, "\nfirst difference: ");
                xml_string(out, p->difference);
            }
            fprintf(out, "\nsuite line: %u</failure>\n", p->line);
            system_out(out, p);
        }
        fprintf(out, "    </testcase>\n");
    }
    fprintf(out, "  </testsuite>\n</testsuites>\n");
    if (fclose(out) != 0) usage_error("cannot write %s", options.junit);
}

/* ---- main -------------------------------------------------------------------------------------- */

static void usage(void) {
    fprintf(stderr,
            "usage: basin-check --suite FILE [--runner kernel|host|qemu-user] [--only GLOB] [--junit FILE]\n"
            "         [--record]   (write the stdout= files that do not exist yet from this run)\n"
            "         [--work DIR] [--pack basin-pack] [--link link.sh] [--basin-run basin-run]\n"
            "         [--qemu-run qemu/run.sh] [--secret-file build/boot-secret]\n"
            "         [--engine interpreter|native] [--qemu-options 'WORDS']\n");
}

/* The suite's name: its directory's for .../suite.txt, else the file's without .txt. */
static void name_suite(void) {
    char copy_of[PATH_SIZE];
    if (!copy(copy_of, sizeof copy_of, options.suite)) usage_error("suite path too long");
    char *slash = strrchr(copy_of, '/');
    snprintf(options.suite_dir, sizeof options.suite_dir, "%.*s", slash != 0 ? (int)(slash - copy_of) : 1,
             slash != 0 ? copy_of : ".");
    const char *file = slash != 0 ? slash + 1 : copy_of;
    if (strcmp(file, "suite.txt") == 0 && slash != 0) {
        *slash = '\0';
        const char *dir = strrchr(copy_of, '/') != 0 ? strrchr(copy_of, '/') + 1 : copy_of;
        snprintf(options.suite_name, sizeof options.suite_name, "%.100s", dir);
    } else {
        size_t length = strlen(file);
        if (length > 4 && strcmp(file + length - 4, ".txt") == 0) length -= 4;
        snprintf(options.suite_name, sizeof options.suite_name, "%.*s", (int)(length < 100 ? length : 100), file);
    }
}

static void parse_options(int argc, char **argv) {
    options.runner = RUNNER_KERNEL;
    options.only = "*";
    options.pack = "build/host/basin-pack";
    options.link = "build/check/link.sh";
    options.basin_run = "build/host/basin-run";
    options.qemu_run = "qemu/run.sh";
    options.secret = "build/boot-secret";
    for (int i = 1; i < argc; i++) {
        const char *option = argv[i], *value = i + 1 < argc ? argv[i + 1] : 0;
        if (value == 0 && strcmp(option, "--record") != 0) {
            usage();
            usage_error("%s needs a value", option);
        }
        i++;
        if (strcmp(option, "--suite") == 0) options.suite = value;
        else if (strcmp(option, "--only") == 0) options.only = value[0] != '\0' ? value : "*";
        else if (strcmp(option, "--junit") == 0) options.junit = value[0] != '\0' ? value : 0;
        else if (strcmp(option, "--work") == 0) options.work = value;
        else if (strcmp(option, "--pack") == 0) options.pack = value;
        else if (strcmp(option, "--link") == 0) options.link = value;
        else if (strcmp(option, "--basin-run") == 0) options.basin_run = value;
        else if (strcmp(option, "--qemu-run") == 0) options.qemu_run = value;
        else if (strcmp(option, "--secret-file") == 0) options.secret = value;
        else if (strcmp(option, "--engine") == 0) {
            if (strcmp(value, "interpreter") != 0 && strcmp(value, "native") != 0)
                usage_error("--engine is interpreter or native, not %s", value);
            options.engine = value;
        } else if (strcmp(option, "--qemu-options") == 0) {
            if (!copy(options.qemu_options, sizeof options.qemu_options, value)) usage_error("--qemu-options too long");
        }
        else if (strcmp(option, "--record") == 0) {
            i--; /* takes no value */
            options.record = true;
        } else if (strcmp(option, "--runner") == 0) {
            if (strcmp(value, "kernel") == 0 || strcmp(value, "qemu") == 0) options.runner = RUNNER_KERNEL;
            else if (strcmp(value, "host") == 0) options.runner = RUNNER_HOST;
            else if (strcmp(value, "qemu-user") == 0) options.runner = RUNNER_QEMU_USER;
            else usage_error("--runner is kernel, host or qemu-user, not %s", value);
        } else {
            usage();
            usage_error("unknown option %s", option);
        }
    }
    if (options.suite == 0) {
        usage();
        exit(STATUS_USAGE);
    }
}

static void make_directories(const char *path) {
    char partial[PATH_SIZE];
    if (!copy(partial, sizeof partial, path)) usage_error("path too long: %s", path);
    for (char *c = partial + 1; *c != '\0'; c++) {
        if (*c != '/') continue;
        *c = '\0';
        mkdir(partial, 0755);
        *c = '/';
    }
    mkdir(partial, 0755);
}

int main(int argc, char **argv) {
    parse_options(argc, argv);
    name_suite();
    static char work[PATH_SIZE], junit_path[PATH_SIZE];
    static const char *const runner_names[] = {"kernel", "host", "qemu-user"};
    if (options.work == 0) {
        snprintf(work, sizeof work, "build/test-results/%s/%s", options.suite_name, runner_names[options.runner]);
        options.work = work;
    }
    if (options.junit == 0) {
        snprintf(junit_path, sizeof junit_path, "build/test-results/%s.xml", options.suite_name);
        options.junit = junit_path;
    }
    read_suite(); /* a malformed suite stops here, before anything runs */
    make_directories(options.work);
    if (options.runner == RUNNER_KERNEL) run_kernel();
    else run_host();
    unsigned passed = 0, failed = 0, skipped = 0;
    tap(&passed, &failed, &skipped);
    junit(passed, failed, skipped);
    printf("%u passed, %u failed", passed, failed);
    if (skipped > 0) printf(", %u skipped", skipped);
    printf("\n");
    return failed == 0 ? 0 : 1;
}
