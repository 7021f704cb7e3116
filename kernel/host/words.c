/* SPDX-License-Identifier: MIT */
#include "words.h"

#include <string.h>

static const char too_long[] = "longer than 256 KiB";

static bool add(struct words *w, char c) {
    if (w->length >= sizeof w->text - 1) return false;
    w->text[w->length++] = c;
    return true;
}

static bool end_word(struct words *w) {
    w->count++;
    return add(w, '\0');
}

/* A double-quoted part, from input[*i] (just past the opening quote) to the closing quote. */
static const char *double_quoted(const char *input, size_t n, size_t *i, struct words *w) {
    while (*i < n && input[*i] != '"') { /* each pass consumes at least one byte */
        char d = input[*i];
        if (d == '$' || d == '`')
            return "$ and ` would expand inside double quotes: escape them with \\ or use single quotes";
        if (d == '\\' && *i + 1 < n && strchr("$`\"\\\n", input[*i + 1]) != 0) {
            if (input[*i + 1] != '\n' && !add(w, input[*i + 1])) return too_long;
            *i += 2;
        } else {
            if (!add(w, d)) return too_long;
            (*i)++;
        }
    }
    if (*i >= n) return "a double quote is not closed";
    (*i)++;
    return 0;
}

/* What a shell would do with an unquoted c, if it is not an ordinary character: why not. */
static const char *special(char c, bool word_start, bool comments) {
    if (strchr(";&|<>()\n", c) != 0) return "an unquoted ; & | < > ( ) or newline is a shell operator: quote it";
    if (strchr("*?[{}", c) != 0) return "an unquoted * ? [ { or } would be expanded by a shell: quote it";
    if (c == '$' || c == '`') return "$ and ` would expand in a shell: put them in single quotes or escape them with \\";
    if (word_start && (c == '~' || (c == '#' && !comments)))
        return "a word starting with # or ~ means something else to a shell: quote it";
    return 0;
}

const char *words_split(const char *input, struct words *w, bool comments) {
    w->length = 0;
    w->count = 0;
    bool in_word = false;
    size_t i = 0, n = strlen(input);
    while (i < n) { /* each pass consumes at least one byte */
        char c = input[i];
        if (c == ' ' || c == '\t') {
            if (in_word && !end_word(w)) return too_long;
            in_word = false;
            i++;
            continue;
        }
        if (!in_word && c == '#' && comments) break; /* a comment, to the end */
        const char *refused = special(c, !in_word, comments);
        if (refused != 0) return refused;
        in_word = true;
        if (c == '\'') {
            const char *end = strchr(input + i + 1, '\'');
            if (end == 0) return "a single quote is not closed";
            for (const char *p = input + i + 1; p < end; p++)
                if (!add(w, *p)) return too_long;
            i = (size_t)(end - input) + 1;
        } else if (c == '"') {
            i++;
            const char *error = double_quoted(input, n, &i, w);
            if (error != 0) return error;
        } else if (c == '\\') {
            if (i + 1 >= n) return "a backslash ends the text";
            if (input[i + 1] != '\n' && !add(w, input[i + 1])) return too_long;
            i += 2;
        } else {
            if (!add(w, c)) return too_long;
            i++;
        }
    }
    if (in_word && !end_word(w)) return too_long;
    return 0;
}

const char *words_next(const struct words *w, const char *word) {
    const char *next = word == 0 ? w->text : word + strlen(word) + 1;
    return next < w->text + w->length ? next : 0;
}
