/* SPDX-License-Identifier: MIT */
/* Prints what a program receives from outside: argc and every argv string, the environment (and
 * getenv's answers), and a summary of stdin read to its end. Run with the same arguments,
 * environment and input under the kernel, basin-run and qemu-riscv64, the output must be the
 * same. The environment is printed sorted: qemu-riscv64 hands it over in reverse order, where
 * Linux (and Basin) keep the order given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int by_text(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

extern char **environ;

/* Shows a string with its length, non-printing bytes as \ooo, so blanks and empties are seen. */
static void show(const char *label, int index, const char *text) {
    printf("%s[%d] (%zu bytes) <", label, index, strlen(text));
    for (const unsigned char *p = (const unsigned char *)text; *p != 0; p++) {
        if (*p < 0x20 || *p >= 0x7f || *p == '\\') printf("\\%03o", *p);
        else putchar(*p);
    }
    printf(">\n");
}

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++) show("argv", i, argv[i]);
    printf("argv[argc] is %s\n", argv[argc] == NULL ? "NULL" : "not NULL");
    int count = 0;
    static char *sorted[1000];
    for (char **e = environ; e != NULL && *e != NULL && count < 1000; e++) sorted[count++] = *e;
    qsort(sorted, (size_t)count, sizeof sorted[0], by_text);
    for (int i = 0; i < count; i++) show("env", i, sorted[i]);
    printf("environment: %d strings\n", count);
    const char *names[] = {"KEY", "SPACED", "QUOTE", "EMPTY", "MISSING"};
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *value = getenv(names[i]);
        printf("getenv(%s) = %s%s%s\n", names[i], value ? "\"" : "", value ? value : "NULL", value ? "\"" : "");
    }
    /* stdin to its end, in reads of an odd size: byte count, lines, FNV-1a of the bytes. */
    unsigned long bytes = 0, lines = 0, hash = 1469598103934665603ul;
    char buffer[777];
    for (int reads = 0; reads < 100000; reads++) {
        ssize_t n = read(0, buffer, sizeof buffer);
        if (n <= 0) {
            printf("stdin: read returned %zd at the end\n", n);
            break;
        }
        for (ssize_t i = 0; i < n; i++) {
            hash = (hash ^ (unsigned char)buffer[i]) * 1099511628211ul;
            lines += buffer[i] == '\n';
        }
        bytes += (unsigned long)n;
    }
    printf("stdin: %lu bytes, %lu newlines, fnv1a %016lx\n", bytes, lines, hash);
    return argc;
}
