/* SPDX-License-Identifier: MIT */
/* Reads stdin to the end and reports lines, words, bytes and a checksum. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
    unsigned long lines = 0, words = 0, bytes = 0, hash = 5381;
    int in_word = 0, c;
    while ((c = getchar()) != EOF) {
        bytes++;
        hash = hash * 33 + (unsigned char)c;
        if (c == '\n') lines++;
        if (isspace(c)) in_word = 0;
        else if (!in_word) { in_word = 1; words++; }
    }
    printf("%lu lines, %lu words, %lu bytes, hash %lu\n", lines, words, bytes, hash);
    return 0;
}
