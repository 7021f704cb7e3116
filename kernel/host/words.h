/* SPDX-License-Identifier: MIT */
/* Splitting text into words as a POSIX shell would, without expansion: for ARGS and ENV
 * (basin-pack) and the lines of a suite file (basin-check). Host code. */
#ifndef BASIN_WORDS_H
#define BASIN_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WORDS_MAX_BYTES (1u << 18)

/* The words, each NUL-terminated, back to back in `text`. */
struct words {
    char text[WORDS_MAX_BYTES];
    size_t length; /* bytes used, NULs included */
    uint32_t count;
};

/* Splits `input`: blanks separate words; '...' keeps everything literally; "..." keeps everything
 * but \ before $ ` " \ or a newline; outside quotes \ keeps the next character (and \ newline
 * vanishes). What a shell would expand, glob or treat specially when unquoted ($ and ` anywhere
 * outside single quotes; * ? [ { } and the operators ; & | < > ( ) and newline; ~ starting a
 * word; # starting a word, unless `comments`, when it starts a comment that runs to the end) is
 * refused rather than taken literally, so that the words are those a shell would pass, or none.
 * Returns 0, or why the text cannot be split. */
const char *words_split(const char *input, struct words *w, bool comments);

/* The word after `word` (the first for NULL), or NULL after the last. */
const char *words_next(const struct words *w, const char *word);

#endif
