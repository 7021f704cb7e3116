/* SPDX-License-Identifier: MIT */
/* Reading the program bundle (bundle.h) that the image carries: every offset and string is
 * checked against the bundle's own sizes before use. */
#ifndef BASIN_BUNDLE_READER_H
#define BASIN_BUNDLE_READER_H

#include "bundle.h"

/* argv (the name included) and envp entries: vm_setup_stack's limit (vm/process.h). */
#define PROGRAM_MAX_STRINGS 64u

/* One program of the bundle, with its run-time settings; the pointers point into the bundle. */
struct program {
    const char *name;
    const uint8_t *elf;
    size_t elf_size;
    const uint8_t *stdin_bytes;
    size_t stdin_size;
    enum bundle_stdin stdin_kind;
    uint32_t stdin_idle_seconds;
    uint64_t budget;
    uint64_t output_limit;
    uint64_t seed;
    bool deterministic_clock;
    bool native_engine; /* the native engine runs it, not the interpreter */
    bool debug_gdb; /* gdb debugs it over the console (never with stdin from the console, nor natively) */
    const char *argv[PROGRAM_MAX_STRINGS]; /* argv[0] is the name */
    size_t argc;
    const char *envp[PROGRAM_MAX_STRINGS];
    size_t envc;
    uint64_t record_size;
};

/* The header's boot secret, or 0 when the header is not a bundle's. */
uint64_t bundle_boot_secret(const uint8_t *bundle, size_t size);

/* Both return 0, or what is wrong with the bundle. */
const char *bundle_program_count(const uint8_t *bundle, size_t size, uint32_t *count);
const char *bundle_program(const uint8_t *bundle, size_t size, uint32_t index, struct program *out);

#endif
