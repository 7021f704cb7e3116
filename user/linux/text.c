/* SPDX-License-Identifier: MIT */
/* String functions: copying, searching, tokenizing, conversions, scanning. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char buffer[256];
    strcpy(buffer, "The quick brown fox");
    strcat(buffer, " jumps over the lazy dog");
    printf("length %zu, fox at %ld, last o at %ld\n", strlen(buffer),
           (long)(strstr(buffer, "fox") - buffer), (long)(strrchr(buffer, 'o') - buffer));
    char copy[256];
    strncpy(copy, buffer, sizeof copy);
    int words = 0;
    for (char *token = strtok(copy, " "); token != NULL; token = strtok(NULL, " ")) {
        printf("%s%s", words ? "," : "", token);
        words++;
    }
    printf(" (%d words)\n", words);
    for (char *p = buffer; *p; p++) *p = (char)toupper((unsigned char)*p);
    printf("%s\n", buffer);
    printf("strtol: %ld %ld %ld %lu\n", strtol("-12345", NULL, 10), strtol("ff", NULL, 16),
           strtol("0777", NULL, 0), strtoul("18446744073709551615", NULL, 10));
    printf("strtod: %.17g %.17g %g\n", strtod("3.14159", NULL), strtod("1e-5", NULL),
           strtod("-inf", NULL));
    int a, b;
    char word[16];
    double d;
    int scanned = sscanf("42 -7 hello 2.5", "%d %d %15s %lf", &a, &b, word, &d);
    printf("sscanf %d: %d %d %s %.2f\n", scanned, a, b, word, d);
    printf("memcmp %d strcmp %d strncmp %d\n", memcmp("abc", "abd", 3) < 0,
           strcmp("b", "a") > 0, strncmp("abcdef", "abcxyz", 3) == 0);
    memmove(buffer + 4, buffer, 10);
    buffer[14] = '\0';
    printf("memmove: %s\n", buffer);
    return 0;
}
