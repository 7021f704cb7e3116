/* SPDX-License-Identifier: MIT */
/* Sorting: 100000 pseudo-random 64-bit integers by quicksort and by merge sort (the two results
 * must agree and be ordered), then picolibc's qsort on records. Every comparison is a total
 * order, so the output does not depend on which algorithm a C library's qsort uses. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT 100000u
#define RECORDS 5000u
#define SMALL 16 /* partitions this short are finished by insertion sort */

static int64_t quick[COUNT], merged[COUNT], scratch[COUNT];

/* splitmix64: a fixed seed gives the same sequence on every machine. */
static uint64_t next_random(uint64_t *state) {
    uint64_t z = (*state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static void fill(int64_t *values, size_t n, uint64_t seed) {
    for (size_t i = 0; i < n; i++) values[i] = (int64_t)next_random(&seed);
}

static void swap(int64_t *a, int64_t *b) {
    int64_t t = *a;
    *a = *b;
    *b = t;
}

static void insertion_sort(int64_t *v, size_t n) {
    for (size_t i = 1; i < n; i++) {
        int64_t x = v[i];
        size_t j = i;
        for (; j > 0 && v[j - 1] > x; j--) v[j] = v[j - 1];
        v[j] = x;
    }
}

/* Median of first, middle and last, left at v[n - 1] as the pivot. */
static int64_t choose_pivot(int64_t *v, size_t n) {
    size_t mid = n / 2;
    if (v[mid] < v[0]) swap(&v[mid], &v[0]);
    if (v[n - 1] < v[0]) swap(&v[n - 1], &v[0]);
    if (v[mid] < v[n - 1]) swap(&v[mid], &v[n - 1]);
    return v[n - 1];
}

/* Lomuto partition; returns the pivot's final index. */
static size_t partition(int64_t *v, size_t n) {
    int64_t pivot = choose_pivot(v, n);
    size_t store = 0;
    for (size_t i = 0; i + 1 < n; i++)
        if (v[i] < pivot) swap(&v[i], &v[store++]);
    swap(&v[store], &v[n - 1]);
    return store;
}

/* Recurses into the smaller side only, so the stack depth stays below log2(n). */
static void quicksort(int64_t *v, size_t n) {
    while (n > SMALL) {
        size_t p = partition(v, n);
        if (p < n - 1 - p) {
            quicksort(v, p);
            v += p + 1;
            n -= p + 1;
        } else {
            quicksort(v + p + 1, n - p - 1);
            n = p;
        }
    }
    insertion_sort(v, n);
}

static void merge(const int64_t *src, int64_t *dst, size_t lo, size_t mid, size_t hi) {
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) dst[k++] = src[j] < src[i] ? src[j++] : src[i++];
    while (i < mid) dst[k++] = src[i++];
    while (j < hi) dst[k++] = src[j++];
}

/* Bottom-up merge sort, passing runs back and forth between v and tmp. */
static void merge_sort(int64_t *v, int64_t *tmp, size_t n) {
    int64_t *src = v, *dst = tmp;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            merge(src, dst, lo, mid, hi);
        }
        int64_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != v) memcpy(v, src, n * sizeof *v);
}

static int is_sorted(const int64_t *v, size_t n) {
    for (size_t i = 1; i < n; i++)
        if (v[i - 1] > v[i]) return 0;
    return 1;
}

/* Position-weighted, so it changes if any two elements trade places. */
static uint64_t ordered_checksum(const int64_t *v, size_t n) {
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) sum += (uint64_t)v[i] * (2 * i + 1);
    return sum;
}

/* Order-independent: equal before and after sorting iff nothing was lost (in practice). */
static uint64_t multiset_checksum(const int64_t *v, size_t n) {
    uint64_t sum = 0, mixed = 0;
    for (size_t i = 0; i < n; i++) {
        sum += (uint64_t)v[i];
        mixed ^= (uint64_t)v[i] * 0x2545f4914f6cdd1du;
    }
    return sum ^ (mixed << 1);
}

static int sort_integers(void) {
    fill(quick, COUNT, 2024);
    uint64_t before = multiset_checksum(quick, COUNT);
    memcpy(merged, quick, sizeof quick);
    quicksort(quick, COUNT);
    merge_sort(merged, scratch, COUNT);
    int ok = is_sorted(quick, COUNT) && memcmp(quick, merged, sizeof quick) == 0 &&
             multiset_checksum(quick, COUNT) == before;
    printf("integers: %u sorted, min %" PRId64 ", median %" PRId64 ", max %" PRId64 "\n", COUNT,
           quick[0], quick[COUNT / 2], quick[COUNT - 1]);
    printf("integers: quicksort and merge sort agree, ordered: %s\n", ok ? "yes" : "NO");
    printf("integers: checksum %016" PRIx64 "\n", ordered_checksum(quick, COUNT));
    return ok;
}

struct record {
    uint32_t group;  /* few distinct values: many ties */
    uint32_t id;     /* unique: breaks every tie */
    char name[12];
};

static struct record records[RECORDS];

static void make_records(void) {
    uint64_t seed = 77;
    for (uint32_t i = 0; i < RECORDS; i++) {
        uint64_t r = next_random(&seed);
        records[i].group = (uint32_t)(r % 50);
        records[i].id = i * 2654435761u; /* a bijection on uint32: ids stay unique */
        snprintf(records[i].name, sizeof records[i].name, "r%07" PRIu32, (uint32_t)(r >> 40));
    }
}

static int compare_group_id(const void *a, const void *b) {
    const struct record *x = a, *y = b;
    if (x->group != y->group) return x->group < y->group ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

static int compare_name_id(const void *a, const void *b) {
    const struct record *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c != 0) return c;
    return (x->id > y->id) - (x->id < y->id);
}

static uint64_t records_checksum(void) {
    uint64_t h = 0xcbf29ce484222325u; /* FNV-1a over the ids in order */
    for (uint32_t i = 0; i < RECORDS; i++) {
        h ^= records[i].id;
        h *= 0x100000001b3u;
    }
    return h;
}

static int records_ordered(int (*compare)(const void *, const void *)) {
    for (uint32_t i = 1; i < RECORDS; i++)
        if (compare(&records[i - 1], &records[i]) >= 0) return 0;
    return 1;
}

static int sort_records(void) {
    make_records();
    qsort(records, RECORDS, sizeof records[0], compare_group_id);
    int ok = records_ordered(compare_group_id);
    printf("records by group: first {%" PRIu32 ", %" PRIu32 ", %s}, last {%" PRIu32 ", %" PRIu32
           ", %s}, checksum %016" PRIx64 "\n",
           records[0].group, records[0].id, records[0].name, records[RECORDS - 1].group,
           records[RECORDS - 1].id, records[RECORDS - 1].name, records_checksum());
    qsort(records, RECORDS, sizeof records[0], compare_name_id);
    ok = ok && records_ordered(compare_name_id);
    printf("records by name: first %s, last %s, checksum %016" PRIx64 "\n", records[0].name,
           records[RECORDS - 1].name, records_checksum());
    printf("records: qsort of %u records ordered: %s\n", RECORDS, ok ? "yes" : "NO");
    return ok;
}

int main(void) {
    int ok = sort_integers();
    ok = sort_records() && ok;
    printf("sort: %s\n", ok ? "all checks passed" : "FAILED");
    return ok ? 0 : 1;
}
