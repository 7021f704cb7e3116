/* SPDX-License-Identifier: MIT */
/* basin-pack: writes the program bundle (kernel/bundle.h) that a kernel image carries: the ELF,
 * its name, arguments, environment, stdin and run-time settings. `make kernel`/`make run` call it;
 * changing any of these then relinks the image without recompiling the kernel.
 *   basin-pack -o OUT [--secret-file FILE] --settings FILE...   each FILE a program (in order):
 *                                       key=value lines (make writes them): elf, name,
 *                                       args, env, stdin (a file, "console" or empty),
 *                                       stdin-idle, budget, output-limit, seed, clock,
 *                                       engine (interpreter or native), debugger (none or gdb)
 *   basin-pack -o OUT --elf PROG.elf [--name NAME] [--args WORDS] [--env WORDS]
 *              [--stdin FILE | --stdin-console] [--stdin-idle SECONDS] [--budget N]
 *              [--output-limit N] [--seed N] [--clock platform|deterministic]
 *              [--engine interpreter|native] [--debugger none|gdb]
 *   basin-pack --split WORDS     prints the words as --args would take them, each ending in a NUL
 * WORDS are quoted as in a POSIX shell, without expansion: see split_words. OUT is left untouched
 * when its bytes would not change, so make sees nothing new; when it is written, a "PACK OUT" line
 * says so, as the build's other steps do. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../vm/process.h"
#include "../bundle.h"
#include "words.h"

enum { STATUS_USAGE = 2, MAX_ELF = 24 << 20, MAX_STDIN = 16 << 20, MAX_WORD_BYTES = WORDS_MAX_BYTES };

static uint8_t elf_bytes[MAX_ELF];
static uint8_t stdin_file[MAX_STDIN];
static uint8_t bundle[BUNDLE_MAX_SIZE + sizeof(struct bundle_program) + MAX_ELF + MAX_STDIN +
                      4 * MAX_WORD_BYTES + 4096];
static uint8_t existing[sizeof bundle];

static _Noreturn void fail(const char *what, const char *detail) {
    fprintf(stderr, "basin-pack: %s%s%s\n", what, detail[0] != '\0' ? ": " : "", detail);
    exit(STATUS_USAGE);
}

/* Splits ARGS or ENV (words.c), or fails saying why. */
static void split_words(const char *input, struct words *w, const char *what) {
    const char *error = words_split(input, w, false);
    if (error != 0) fail(what, error);
}

/* The limits vm_setup_stack applies (vm/process.h), checked here so that the build fails with a
 * clear message instead of the kernel refusing the program. */
static void check_words(const struct words *w, uint32_t reserved, const char *what, bool need_equals) {
    if (w->count + reserved > VM_ARGS_MAX_COUNT) {
        char detail[96];
        snprintf(detail, sizeof detail, "%u words, at most %u", w->count, VM_ARGS_MAX_COUNT - reserved);
        fail(what, detail);
    }
    const char *word = w->text;
    for (uint32_t i = 0; i < w->count; i++) {
        size_t length = strlen(word);
        if (length > VM_ARGS_MAX_STRING) fail(what, "a word is longer than 1024 bytes");
        if (need_equals && (strchr(word, '=') == 0 || word[0] == '='))
            fail(what, "every word must be NAME=VALUE");
        word += length + 1;
    }
}

static size_t read_whole(const char *path, uint8_t *buffer, size_t capacity, const char *what) {
    FILE *file = fopen(path, "rb");
    if (file == 0) fail(what, strerror(errno));
    size_t size = fread(buffer, 1, capacity, file);
    bool too_large = size == capacity && fgetc(file) != EOF;
    bool failed = ferror(file) != 0;
    fclose(file);
    if (too_large) fail(what, "too large to embed");
    if (failed) fail(what, "read error");
    return size;
}

static void usage(void);

static uint64_t parse_number(const char *text, const char *what) {
    char *end = 0;
    errno = 0;
    unsigned long long value = strtoull(text, &end, 0);
    if (errno != 0 || end == text || *end != '\0' || text[0] == '-') fail(what, "not a number");
    return value;
}

struct settings {
    const char *elf, *name, *args, *env, *stdin_path;
    bool stdin_console, deterministic, native_engine, gdb;
    uint64_t budget, output_limit, seed, stdin_idle;
};

/* Appends bytes at *at (then pads to `align`); returns their span in the record at `record`. */
static struct bundle_span put(size_t *at, size_t record, const void *bytes, size_t size, size_t align) {
    if (*at + size + align > sizeof bundle) fail("bundle", "too large");
    struct bundle_span span = {(uint32_t)(*at - record), (uint32_t)size};
    if (size != 0) memcpy(bundle + *at, bytes, size);
    *at += size;
    while (*at % align != 0) bundle[(*at)++] = 0;
    return span;
}

/* The build tree's boot secret (token.h): a file holding one number, made once from
 * /dev/urandom by the Makefile; 0 without one (the kernel then relies on the boot's entropy). */
static uint64_t read_secret(const char *path) {
    if (path == 0) return 0;
    char text[64];
    size_t size = read_whole(path, (uint8_t *)text, sizeof text - 1, path);
    text[size] = '\0';
    if (size > 0 && text[size - 1] == '\n') text[size - 1] = '\0';
    return parse_number(text, path);
}

/* One program's record at `record` (a BUNDLE_ALIGN boundary); returns the offset after it. */
static size_t put_program(const struct settings *s, size_t record) {
    static struct words args, env;
    split_words(s->args, &args, "ARGS");
    split_words(s->env, &env, "ENV");
    check_words(&args, 1, "ARGS", false);
    check_words(&env, 0, "ENV", true);
    size_t elf_size = read_whole(s->elf, elf_bytes, sizeof elf_bytes, s->elf);
    size_t stdin_size = s->stdin_path != 0 ? read_whole(s->stdin_path, stdin_file, sizeof stdin_file, s->stdin_path) : 0;
    const char *name = s->name != 0 ? s->name : strrchr(s->elf, '/') != 0 ? strrchr(s->elf, '/') + 1 : s->elf;

    struct bundle_program p = {
        .budget = s->budget, .output_limit = s->output_limit, .seed = s->seed,
        .flags = (s->deterministic ? BUNDLE_CLOCK_DETERMINISTIC : 0) | (s->native_engine ? BUNDLE_ENGINE_NATIVE : 0) |
                 (s->gdb ? BUNDLE_DEBUG_GDB : 0),
        .stdin_kind = s->stdin_console ? BUNDLE_STDIN_CONSOLE : s->stdin_path != 0 ? BUNDLE_STDIN_BYTES : BUNDLE_STDIN_EMPTY,
        .stdin_idle_seconds = (uint32_t)s->stdin_idle, .argc = args.count, .envc = env.count,
    };
    size_t at = record + sizeof p;
    p.elf = put(&at, record, elf_bytes, elf_size, BUNDLE_ALIGN);
    p.stdin_bytes = put(&at, record, stdin_file, stdin_size, 1);
    p.name = put(&at, record, name, strlen(name) + 1, 1);
    p.args = put(&at, record, args.text, args.length, 1);
    p.env = put(&at, record, env.text, env.length, BUNDLE_ALIGN);
    p.record_size = at - record;
    memcpy(bundle + record, &p, sizeof p);
    return at;
}

static size_t build(const struct settings *programs, uint32_t count, const char *secret_file) {
    size_t at = (sizeof(struct bundle_header) + BUNDLE_ALIGN - 1) / BUNDLE_ALIGN * BUNDLE_ALIGN;
    memset(bundle, 0, at);
    for (uint32_t i = 0; i < count; i++) at = put_program(&programs[i], at);
    if (at > BUNDLE_MAX_SIZE) fail("bundle", "larger than 64 MiB");
    struct bundle_header header = {.version = BUNDLE_VERSION, .program_count = count, .total_size = at,
                                   .boot_secret = read_secret(secret_file)};
    memcpy(header.magic, BUNDLE_MAGIC, sizeof header.magic);
    memcpy(bundle, &header, sizeof header);
    return at;
}

static void write_if_changed(const char *path, size_t size) {
    FILE *old = fopen(path, "rb");
    if (old != 0) {
        size_t old_size = fread(existing, 1, sizeof existing, old);
        fclose(old);
        if (old_size == size && memcmp(existing, bundle, size) == 0) return;
    }
    FILE *file = fopen(path, "wb");
    if (file == 0) fail(path, strerror(errno));
    bool ok = fwrite(bundle, 1, size, file) == size;
    if (fclose(file) != 0 || !ok) fail(path, "write error");
    printf("PACK   %s\n", path); /* the build's step line, only when something changed */
}

/* The option each settings key stands for. */
static const char *const setting_options[][2] = {
    {"elf", "--elf"}, {"name", "--name"}, {"args", "--args"}, {"env", "--env"}, {"stdin", "--stdin"},
    {"stdin-idle", "--stdin-idle"}, {"budget", "--budget"}, {"output-limit", "--output-limit"},
    {"seed", "--seed"}, {"clock", "--clock"}, {"engine", "--engine"}, {"debugger", "--debugger"},
};

static void apply(struct settings *s, const char *option, const char *value);

/* Settings files' text, kept for the whole run: the settings point into it. */
static char settings_text[16 << 20];
static size_t settings_used;

/* A settings file: one key=value a line, the value to the end of the line, kept as it is. */
static void read_settings(const char *path, struct settings *s) {
    char *text = settings_text + settings_used;
    size_t room = sizeof settings_text - settings_used;
    if (room < 2) fail(path, "too many settings in all");
    size_t size = read_whole(path, (uint8_t *)text, room - 1, path);
    text[size] = '\0';
    settings_used += size + 1;
    for (char *line = text, *next; line < text + size; line = next) {
        char *end = strchr(line, '\n');
        next = end != 0 ? end + 1 : text + size;
        if (end != 0) *end = '\0';
        if (line[0] == '\0') continue;
        char *equals = strchr(line, '=');
        if (equals == 0) fail(path, "a line is not key=value");
        *equals = '\0';
        unsigned i = 0;
        while (i < sizeof setting_options / sizeof setting_options[0] && strcmp(setting_options[i][0], line) != 0) i++;
        if (i == sizeof setting_options / sizeof setting_options[0]) fail(path, "unknown key");
        apply(s, setting_options[i][1], equals + 1);
    }
}

static void apply(struct settings *s, const char *option, const char *value) {
    if (strcmp(option, "--elf") == 0) s->elf = value;
    else if (strcmp(option, "--name") == 0) s->name = value[0] != '\0' ? value : 0;
    else if (strcmp(option, "--args") == 0) s->args = value;
    else if (strcmp(option, "--env") == 0) s->env = value;
    else if (strcmp(option, "--stdin") == 0) {
        s->stdin_console = strcmp(value, "console") == 0;
        s->stdin_path = value[0] != '\0' && !s->stdin_console ? value : 0;
    } else if (strcmp(option, "--stdin-idle") == 0) s->stdin_idle = parse_number(value, "STDIN_IDLE");
    else if (strcmp(option, "--budget") == 0) s->budget = parse_number(value, "BUDGET");
    else if (strcmp(option, "--output-limit") == 0) s->output_limit = parse_number(value, "OUTPUT_LIMIT");
    else if (strcmp(option, "--seed") == 0) s->seed = parse_number(value, "SEED");
    else if (strcmp(option, "--clock") == 0) {
        if (strcmp(value, "platform") != 0 && strcmp(value, "deterministic") != 0)
            fail("CLOCK", "platform or deterministic");
        s->deterministic = strcmp(value, "deterministic") == 0;
    } else if (strcmp(option, "--engine") == 0) {
        if (strcmp(value, "interpreter") != 0 && strcmp(value, "native") != 0)
            fail("ENGINE", "interpreter or native");
        s->native_engine = strcmp(value, "native") == 0;
    } else if (strcmp(option, "--debugger") == 0) {
        if (strcmp(value, "none") != 0 && strcmp(value, "gdb") != 0 && value[0] != '\0')
            fail("DEBUGGER", "none or gdb");
        s->gdb = strcmp(value, "gdb") == 0;
    } else {
        usage();
        fail(option, "unknown option");
    }
}

static void usage(void) {
    fprintf(stderr, "usage: basin-pack -o OUT --elf PROG.elf [--name NAME] [--args WORDS] [--env WORDS]\n"
                    "         [--stdin FILE | --stdin-console] [--stdin-idle SECONDS] [--budget N]\n"
                    "         [--output-limit N] [--seed N] [--clock platform|deterministic]\n"
                    "         [--engine interpreter|native] [--debugger none|gdb]\n"
                    "       basin-pack --split WORDS\n");
}

/* A program's settings are right: say which program when they are not. */
static void check_settings(const struct settings *s, uint32_t index) {
    char what[64];
    snprintf(what, sizeof what, "program %u", index + 1);
    if (s->elf == 0) fail(what, "no ELF (--elf or elf=)");
    if (s->stdin_console && s->stdin_path != 0) fail("STDIN", "a file or console, not both");
    if (s->stdin_idle == 0 || s->stdin_idle > 86400) fail("STDIN_IDLE", "from 1 to 86400 seconds");
    if (s->budget == 0) fail("BUDGET", "must be at least 1");
    if (s->gdb && s->stdin_console) fail("DEBUGGER", "gdb uses the console: STDIN=console cannot share it");
}

int main(int argc, char **argv) {
    enum { MAX_PROGRAMS = 4096 };
    static struct settings programs[MAX_PROGRAMS];
    const struct settings defaults = {.args = "", .env = "", .budget = VM_DEFAULT_BUDGET,
                                      .output_limit = VM_DEFAULT_OUTPUT_LIMIT, .seed = VM_DEFAULT_SEED,
                                      .stdin_idle = 300};
    if (argc == 3 && strcmp(argv[1], "--split") == 0) {
        static struct words words;
        split_words(argv[2], &words, "words");
        for (const char *word = words_next(&words, 0); word != 0; word = words_next(&words, word))
            printf("%s%c", word, 0);
        return 0;
    }
    const char *out = 0, *secret_file = 0;
    uint32_t count = 0;
    /* Each --settings starts a program of its own; other options set the current one. */
    for (int i = 1; i < argc; i++) {
        const char *option = argv[i], *value = i + 1 < argc ? argv[i + 1] : 0;
        bool new_program = strcmp(option, "--settings") == 0 || count == 0;
        if (new_program && strcmp(option, "-o") != 0 && strcmp(option, "--secret-file") != 0) {
            if (count == MAX_PROGRAMS) fail("bundle", "more than 4096 programs");
            programs[count++] = defaults;
        }
        if (strcmp(option, "--stdin-console") == 0) { programs[count - 1].stdin_console = true; continue; }
        if (value == 0) { usage(); fail(option, "needs a value"); }
        i++;
        if (strcmp(option, "-o") == 0) out = value;
        else if (strcmp(option, "--secret-file") == 0) secret_file = value;
        else if (strcmp(option, "--settings") == 0) read_settings(value, &programs[count - 1]);
        else apply(&programs[count - 1], option, value);
    }
    if (out == 0 || count == 0) { usage(); return STATUS_USAGE; }
    for (uint32_t i = 0; i < count; i++) check_settings(&programs[i], i);
    write_if_changed(out, build(programs, count, secret_file));
    return 0;
}
