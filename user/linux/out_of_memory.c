/* SPDX-License-Identifier: MIT */
/* Allocates until malloc says no, then frees everything and allocates again: running out of
 * memory must be an ordinary NULL, never a crash. Stops by itself at 64 MiB where memory is
 * plentiful (qemu-riscv64), so it ends everywhere. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK (64 * 1024)
#define LIMIT (1024)

int main(void) {
    static void *chunks[LIMIT];
    int count = 0;
    while (count < LIMIT) {
        void *p = malloc(CHUNK);
        if (p == NULL) break;
        memset(p, 0xab, CHUNK);
        chunks[count++] = p;
    }
    int exhausted = count < LIMIT;
    for (int i = 0; i < count; i++) free(chunks[i]);
    void *again = malloc(CHUNK);
    printf("%s after %d chunks; allocation after freeing %s\n",
           exhausted ? "malloc returned NULL" : "no failure", count, again ? "works" : "fails");
    free(again);
    return again != NULL ? 0 : 1;
}
