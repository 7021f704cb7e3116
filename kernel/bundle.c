/* SPDX-License-Identifier: MIT */
#include "bundle_reader.h"

#include <string.h>

#include "panic.h"

/* A span inside a record of record_size bytes: false unless it lies wholly inside. */
static bool span_ok(struct bundle_span span, uint64_t record_size) {
    return span.offset <= record_size && span.size <= record_size - span.offset;
}

/* `count` NUL-terminated strings filling the span exactly; their starts go to list[]. */
static bool split_strings(const uint8_t *record, struct bundle_span span, uint32_t count,
                          const char **list, size_t capacity) {
    if (count > capacity) return false;
    const char *text = (const char *)record + span.offset;
    uint32_t at = 0;
    for (uint32_t i = 0; i < count; i++) {
        list[i] = text + at;
        const void *nul = at < span.size ? memchr(text + at, 0, span.size - at) : 0;
        if (nul == 0) return false;
        at = (uint32_t)((const char *)nul - text) + 1;
    }
    return at == span.size;
}

static const char *check_header(const uint8_t *bundle, size_t size, struct bundle_header *header) {
    if (size < sizeof *header) return "shorter than its header";
    memcpy(header, bundle, sizeof *header);
    if (memcmp(header->magic, BUNDLE_MAGIC, sizeof header->magic) != 0) return "bad magic";
    if (header->version != BUNDLE_VERSION) return "unknown version";
    if (header->total_size != size || size > BUNDLE_MAX_SIZE) return "size does not match";
    if (header->program_count == 0) return "no program";
    return 0;
}

static const char *read_record(const uint8_t *record, uint64_t room, struct program *out) {
    struct bundle_program p;
    if (room < sizeof p) return "a record is cut short";
    memcpy(&p, record, sizeof p);
    if (p.record_size < sizeof p || p.record_size > room || p.record_size % BUNDLE_ALIGN != 0)
        return "a record's size is wrong";
    if (!span_ok(p.name, p.record_size) || !span_ok(p.elf, p.record_size) ||
        !span_ok(p.stdin_bytes, p.record_size) || !span_ok(p.args, p.record_size) ||
        !span_ok(p.env, p.record_size))
        return "a span lies outside its record";
    if (p.stdin_kind > BUNDLE_STDIN_CONSOLE) return "unknown stdin kind";
    if ((p.flags & ~(uint32_t)(BUNDLE_CLOCK_DETERMINISTIC | BUNDLE_ENGINE_NATIVE | BUNDLE_DEBUG_GDB)) != 0)
        return "unknown flags";
    if ((p.flags & BUNDLE_DEBUG_GDB) != 0 && p.stdin_kind == BUNDLE_STDIN_CONSOLE)
        return "gdb and stdin both want the console";
    if (p.name.size == 0 || !split_strings(record, p.name, 1, out->argv, 1))
        return "the name is not one string";
    if (!split_strings(record, p.args, p.argc, out->argv + 1, PROGRAM_MAX_STRINGS - 1))
        return "the arguments do not match argc";
    if (!split_strings(record, p.env, p.envc, out->envp, PROGRAM_MAX_STRINGS))
        return "the environment does not match envc";
    out->name = out->argv[0];
    out->argc = (size_t)p.argc + 1;
    out->envc = p.envc;
    out->elf = record + p.elf.offset;
    out->elf_size = p.elf.size;
    out->stdin_bytes = record + p.stdin_bytes.offset;
    out->stdin_size = p.stdin_bytes.size;
    out->stdin_kind = (enum bundle_stdin)p.stdin_kind;
    out->stdin_idle_seconds = p.stdin_idle_seconds;
    out->budget = p.budget;
    out->output_limit = p.output_limit;
    out->seed = p.seed;
    out->deterministic_clock = (p.flags & BUNDLE_CLOCK_DETERMINISTIC) != 0;
    out->native_engine = (p.flags & BUNDLE_ENGINE_NATIVE) != 0;
    out->debug_gdb = (p.flags & BUNDLE_DEBUG_GDB) != 0;
    out->record_size = p.record_size;
    return 0;
}

uint64_t bundle_boot_secret(const uint8_t *bundle, size_t size) {
    KERNEL_ASSERT(bundle != 0);
    struct bundle_header header;
    return check_header(bundle, size, &header) == 0 ? header.boot_secret : 0;
}

const char *bundle_program_count(const uint8_t *bundle, size_t size, uint32_t *count) {
    KERNEL_ASSERT(bundle != 0 && count != 0);
    struct bundle_header header;
    const char *error = check_header(bundle, size, &header);
    *count = error == 0 ? header.program_count : 0;
    return error;
}

/* Every record is checked, whichever is asked for, and together they must fill the bundle. */
const char *bundle_program(const uint8_t *bundle, size_t size, uint32_t index, struct program *out) {
    KERNEL_ASSERT(bundle != 0 && out != 0);
    struct bundle_header header;
    const char *error = check_header(bundle, size, &header);
    if (error != 0) return error;
    if (index >= header.program_count) return "no such program";
    static struct program scratch;
    uint64_t at = (sizeof header + BUNDLE_ALIGN - 1) / BUNDLE_ALIGN * BUNDLE_ALIGN;
    /* Bounded by program_count; each record moves `at` forward by at least its header. */
    for (uint32_t i = 0; i < header.program_count; i++) {
        if (at >= size) return "a record starts past the end";
        struct program *record = i == index ? out : &scratch;
        error = read_record(bundle + at, size - at, record);
        if (error != 0) return error;
        at += record->record_size;
    }
    if (at != size) return "the records do not fill the bundle";
    KERNEL_ASSERT(out->argc >= 1 && out->argc <= PROGRAM_MAX_STRINGS);
    return 0;
}
