/* SPDX-License-Identifier: MIT */
/* Strings: snprintf/strtol and snprintf/strtod round trips over generated values, strtod on
 * fixed inputs, and memcpy/memmove/memset/strcmp/strchr/strstr checked against plain loops.
 * What is printed avoids what C leaves to the library: comparison results are reduced to
 * their sign, and doubles are checked by bit pattern, not by their decimal text (C libraries
 * may print different digits beyond the shortest string that reads back exactly). */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROUND_TRIPS 5000

static uint64_t next_random(uint64_t *state) { /* splitmix64 */
    uint64_t z = (*state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static uint64_t fnv_bytes(uint64_t h, const void *data, size_t n) {
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3u;
    return h;
}

#define FNV_START 0xcbf29ce484222325u

static int sign(int c) { return (c > 0) - (c < 0); }

/* A value with a random magnitude, so short and long numbers are both common. */
static int64_t random_integer(uint64_t *seed) {
    uint64_t r = next_random(seed);
    return (int64_t)(r >> (r & 63));
}

/* Decimal, hexadecimal and octal text of each value must read back to the value. */
static int integer_round_trips(void) {
    uint64_t seed = 1, hash = FNV_START;
    int failures = 0;
    char text[32];
    for (int i = 0; i < ROUND_TRIPS; i++) {
        int64_t v = random_integer(&seed) * (i % 3 == 0 ? -1 : 1);
        int n = snprintf(text, sizeof text, "%" PRId64, v);
        hash = fnv_bytes(hash, text, (size_t)n);
        failures += strtoll(text, NULL, 10) != v;
        n = snprintf(text, sizeof text, "%#" PRIx64, (uint64_t)v);
        hash = fnv_bytes(hash, text, (size_t)n);
        failures += strtoull(text, NULL, 0) != (uint64_t)v; /* base 0 reads the 0x prefix */
        n = snprintf(text, sizeof text, "%" PRIo64, (uint64_t)v);
        hash = fnv_bytes(hash, text, (size_t)n);
        failures += strtoull(text, NULL, 8) != (uint64_t)v;
    }
    printf("integers: %d values x 3 bases, round-trip failures %d, text checksum %016" PRIx64 "\n",
           ROUND_TRIPS, failures, hash);
    return failures == 0;
}

/* Edge cases: overflow clamps and sets ERANGE, and the end pointer stops at the first non-digit. */
static int integer_edges(void) {
    char *end;
    errno = 0;
    long long big = strtoll("-9223372036854775809", &end, 10);
    int ok = big == LLONG_MIN && errno == ERANGE && *end == '\0';
    errno = 0;
    long value = strtol("  -0x7fz", &end, 16);
    ok = ok && value == -0x7f && *end == 'z' && errno == 0;
    unsigned long u = strtoul("777 rest", &end, 8);
    ok = ok && u == 0777 && strcmp(end, " rest") == 0;
    printf("integers: strtoll overflow, strtol hex prefix, end pointers: %s\n", ok ? "ok" : "WRONG");
    return ok;
}

static uint64_t bits_of(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/* A finite double from random bits: every exponent, subnormals included. */
static double random_double(uint64_t *seed) {
    for (;;) {
        uint64_t b = next_random(seed);
        double d;
        memcpy(&d, &b, sizeof d);
        if (((b >> 52) & 0x7ff) != 0x7ff) return d;
    }
}

/* %.17g and %a text must read back to the same bits; the checksum is over those bits. */
static int double_round_trips(void) {
    uint64_t seed = 2, hash = FNV_START;
    int failures = 0;
    char text[64];
    for (int i = 0; i < ROUND_TRIPS; i++) {
        double d = random_double(&seed);
        snprintf(text, sizeof text, "%.17g", d);
        uint64_t back = bits_of(strtod(text, NULL));
        snprintf(text, sizeof text, "%a", d);
        failures += (back != bits_of(d)) + (bits_of(strtod(text, NULL)) != bits_of(d));
        hash = fnv_bytes(hash, &back, sizeof back);
    }
    printf("doubles: %d values via %%.17g and %%a, round-trip failures %d, checksum %016" PRIx64 "\n",
           ROUND_TRIPS, failures, hash);
    return failures == 0;
}

/* Decimal strings whose nearest double is known; printed in %a, which is exact. */
static int decimal_inputs(void) {
    static const struct {
        const char *text;
        uint64_t bits;
    } cases[] = {
        {"0.1", 0x3fb999999999999au},
        {"1e23", 0x44b52d02c7e14af6u},
        {"2.2250738585072014e-308", 0x0010000000000000u}, /* smallest normal */
        {"4.9406564584124654e-324", 0x0000000000000001u}, /* smallest subnormal */
        {"1.7976931348623157e308", 0x7fefffffffffffffu},
        {"-0", 0x8000000000000000u},
        {"0x1.fffffffffffffp-1", 0x3fefffffffffffffu},
        {"9007199254740993", 0x4340000000000000u}, /* 2^53 + 1: a tie, rounds to even */
        {"3.14159265358979323846", 0x400921fb54442d18u},
    };
    int ok = 1;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double d = strtod(cases[i].text, NULL);
        int match = bits_of(d) == cases[i].bits;
        printf("strtod(\"%s\") = %a %s\n", cases[i].text, d, match ? "ok" : "WRONG");
        ok = ok && match;
    }
    return ok;
}

/* ---- memory and string functions ---------------------------------------------------------- */

#define BUFFER 4096
static unsigned char source[BUFFER], copy[BUFFER], expected[BUFFER], temporary[BUFFER];

static void fill_source(void) {
    uint64_t seed = 3;
    for (size_t i = 0; i < BUFFER; i++) source[i] = (unsigned char)next_random(&seed);
}

/* memcpy at every small offset and length pair, against a byte loop. */
static int check_memcpy(uint64_t *hash) {
    int failures = 0;
    for (size_t from = 0; from < 8; from++)
        for (size_t to = 0; to < 8; to++)
            for (size_t n = 0; n < 300; n += 13) {
                memset(copy, 0xaa, n + 32);
                memcpy(copy + to, source + from, n);
                for (size_t i = 0; i < n; i++) failures += copy[to + i] != source[from + i];
                failures += copy[to + n] != 0xaa; /* nothing written past the end */
                *hash = fnv_bytes(*hash, copy, n + 32);
            }
    return failures;
}

/* memmove with overlap both ways; the expected result is built by a copy through a temporary. */
static int check_memmove(uint64_t *hash) {
    int failures = 0;
    for (size_t shift = 1; shift < 40; shift += 3)
        for (int backwards = 0; backwards < 2; backwards++) {
            size_t n = 1000, src = backwards ? shift : 0, dst = backwards ? 0 : shift;
            memcpy(copy, source, BUFFER);
            memcpy(expected, source, BUFFER);
            for (size_t i = 0; i < n; i++) temporary[i] = expected[src + i];
            for (size_t i = 0; i < n; i++) expected[dst + i] = temporary[i];
            memmove(copy + dst, copy + src, n);
            failures += memcmp(copy, expected, BUFFER) != 0;
            *hash = fnv_bytes(*hash, copy, n + shift);
        }
    return failures;
}

/* Comparisons reduced to their sign, which is all C specifies. */
static int check_compare(uint64_t *hash) {
    static const char *words[] = {"", "a", "ab", "abc", "abd", "b", "B", "\xff", "ab\x80"};
    const size_t count = sizeof words / sizeof words[0];
    int failures = 0;
    for (size_t i = 0; i < count; i++)
        for (size_t j = 0; j < count; j++) {
            int c = sign(strcmp(words[i], words[j]));
            int n = sign(strncmp(words[i], words[j], 2));
            int m = sign(memcmp(words[i], words[j], 1)); /* both have at least the NUL */
            failures += (c == 0) != (i == j) || sign(strcmp(words[j], words[i])) != -c;
            unsigned char code = (unsigned char)((c + 1) * 9 + (n + 1) * 3 + (m + 1));
            *hash = fnv_bytes(*hash, &code, 1);
        }
    return failures;
}

/* Searching: positions are printed, so every library must find the same ones. */
static int check_search(uint64_t *hash) {
    const char *text = "the quick brown fox jumps over the lazy dog; the end";
    const char *first_the = strstr(text + 1, "the"), *last_e = strrchr(text, 'e');
    const char *colon = strchr(text, ':'), *span_end = text + strspn(text, "the ");
    long positions[4] = {first_the - text, last_e - text, colon == NULL ? -1 : colon - text,
                         span_end - text};
    *hash = fnv_bytes(*hash, positions, sizeof positions);
    printf("search: strstr %ld, strrchr %ld, strchr %ld, strspn %ld, strlen %zu\n", positions[0],
           positions[1], positions[2], positions[3], strlen(text));
    return positions[0] != 31 || positions[1] != 49 || positions[2] != -1 || positions[3] != 4;
}

static int memory_functions(void) {
    uint64_t hash = FNV_START;
    fill_source();
    int copy_failures = check_memcpy(&hash);
    int move_failures = check_memmove(&hash);
    int compare_failures = check_compare(&hash);
    int search_failures = check_search(&hash);
    printf("memory: memcpy failures %d, memmove failures %d, compare failures %d, checksum %016" PRIx64
           "\n",
           copy_failures, move_failures, compare_failures, hash);
    return copy_failures + move_failures + compare_failures + search_failures == 0;
}

int main(void) {
    int ok = integer_round_trips();
    ok = integer_edges() && ok;
    ok = double_round_trips() && ok;
    ok = decimal_inputs() && ok;
    ok = memory_functions() && ok;
    printf("strings: %s\n", ok ? "all checks passed" : "FAILED");
    return ok ? 0 : 1;
}
