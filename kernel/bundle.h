/* SPDX-License-Identifier: MIT */
/* The program bundle: what the kernel runs, as data linked into the image (kernel/bundle.S)
 * rather than compiled into the kernel, so that a new program, its arguments, environment,
 * stdin, budget or output limit only rewrites this blob and relinks (Makefile, "kernel").
 * The host tool basin-pack (kernel/host/basin_pack.c) writes it; bundle.c reads and checks it.
 *
 * Layout, little-endian: a bundle_header, then program_count records, each a bundle_program
 * followed by its data; every offset in a record is from the record's start, every record
 * starts on a 16-byte boundary. Strings are NUL-terminated; args and env are consecutive
 * NUL-terminated strings (argc and envc of them). */
#ifndef BASIN_BUNDLE_H
#define BASIN_BUNDLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BUNDLE_MAGIC "BASINPRG"
#define BUNDLE_VERSION 3u /* 3: the engine flag */
#define BUNDLE_ALIGN 16u
/* A bound on one bundle, far above what an image can hold (linker.ld keeps it under 32 MiB). */
#define BUNDLE_MAX_SIZE 0x4000000u

/* How the guest's fd 0 reads. */
enum bundle_stdin {
    BUNDLE_STDIN_EMPTY = 0,   /* end of file at once, as with </dev/null (the default) */
    BUNDLE_STDIN_BYTES = 1,   /* the embedded bytes, then end of file */
    BUNDLE_STDIN_CONSOLE = 2, /* typed at the console, a line at a time; idle limit applies */
};

/* bundle_program.flags: the clocks count instructions; the native engine runs the program
 * (kernel/native.h) instead of the interpreter; the program waits at its entry for gdb on the
 * console (kernel/README.md, "Debugging the guest"), in the interpreter. Other bits are refused. */
enum { BUNDLE_CLOCK_DETERMINISTIC = 1u, BUNDLE_ENGINE_NATIVE = 2u, BUNDLE_DEBUG_GDB = 4u };

struct bundle_header {
    char magic[8];
    uint32_t version;
    uint32_t program_count;
    uint64_t total_size;  /* bytes, header included */
    uint64_t boot_secret; /* random, made once per build tree: part of the boot token (token.h) */
};

struct bundle_span {
    uint32_t offset; /* from the record's start */
    uint32_t size;   /* bytes, a string's NUL included */
};

struct bundle_program {
    uint64_t record_size; /* this header and its data, a multiple of BUNDLE_ALIGN */
    uint64_t budget;      /* instructions (and system-call work units) */
    uint64_t output_limit; /* bytes fds 1 and 2 may take in all */
    uint64_t seed;        /* getrandom and AT_RANDOM */
    uint32_t flags;       /* BUNDLE_CLOCK_DETERMINISTIC, BUNDLE_ENGINE_NATIVE, BUNDLE_DEBUG_GDB */
    uint32_t stdin_kind;  /* enum bundle_stdin */
    uint32_t stdin_idle_seconds; /* console input: end of file after this long without a byte */
    uint32_t argc;        /* strings in args (argv[1..]; argv[0] is the name) */
    uint32_t envc;        /* strings in env */
    uint32_t reserved;
    struct bundle_span name;  /* argv[0] and the name in the kernel's lines */
    struct bundle_span elf;
    struct bundle_span stdin_bytes;
    struct bundle_span args;
    struct bundle_span env;
};

_Static_assert(sizeof(struct bundle_header) == 32, "bundle header layout");
_Static_assert(sizeof(struct bundle_program) == 96, "bundle record layout");

#endif
