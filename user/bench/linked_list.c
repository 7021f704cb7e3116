/* SPDX-License-Identifier: MIT */
/* Benchmark: singly linked lists in a static node pool. Each round builds a list of pseudo-random
 * keys, walks it (sum and search), deletes every node whose key is a multiple of seven, reverses
 * it, merge-sorts it and checks the order. The work is pointer chasing and unpredictable branches,
 * as in an interpreter's or a kernel's list handling. Prints one checksum line. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#include "bench.h"

#define NODES 4096u  /* nodes per list: 64 KiB of nodes, larger than a typical L1 */
#define DEFAULT_ROUNDS 2000u /* at least 1 s under qemu-riscv64 (README.md) */
#define SEARCHES 16u /* lookups per round, each a walk of the list */

struct node {
    struct node *next;
    uint32_t key;
    uint32_t serial; /* creation order, so the checksum sees which node went where */
};

static struct node pool[NODES];

/* xorshift32: a fixed seed gives the same keys on every machine. */
static uint32_t next_random(uint32_t *state) {
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

/* Links the pool in a shuffled order, so that following next jumps around memory. */
static struct node *build(uint32_t *seed) {
    static uint32_t order[NODES];
    for (uint32_t i = 0; i < NODES; i++) order[i] = i;
    for (uint32_t i = NODES - 1; i > 0; i--) {
        uint32_t j = next_random(seed) % (i + 1);
        uint32_t t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    struct node *head = 0;
    for (uint32_t i = 0; i < NODES; i++) {
        struct node *n = &pool[order[i]];
        n->key = next_random(seed) % 1000000u;
        n->serial = i;
        n->next = head;
        head = n;
    }
    return head;
}

static uint64_t sum_keys(const struct node *list) {
    uint64_t sum = 0;
    for (; list; list = list->next) sum += list->key;
    return sum;
}

/* Position of the first node with this key, or NODES when absent. */
static uint32_t find(const struct node *list, uint32_t key) {
    uint32_t position = 0;
    for (; list; list = list->next, position++)
        if (list->key == key) return position;
    return NODES;
}

/* Unlinks every node whose key is a multiple of seven; returns the new head. */
static struct node *remove_sevens(struct node *list, uint32_t *removed) {
    struct node **link = &list;
    while (*link) {
        if ((*link)->key % 7u == 0) {
            *link = (*link)->next;
            (*removed)++;
        } else {
            link = &(*link)->next;
        }
    }
    return list;
}

static struct node *reverse(struct node *list) {
    struct node *done = 0;
    while (list) {
        struct node *next = list->next;
        list->next = done;
        done = list;
        list = next;
    }
    return done;
}

/* Merges two sorted lists; equal keys keep a's first, so the sort is stable. */
static struct node *merge(struct node *a, struct node *b) {
    struct node head = {0, 0, 0};
    struct node *tail = &head;
    while (a && b) {
        if (b->key < a->key) {
            tail->next = b;
            b = b->next;
        } else {
            tail->next = a;
            a = a->next;
        }
        tail = tail->next;
    }
    tail->next = a ? a : b;
    return head.next;
}

/* Top-down merge sort of a list of length n; recursion depth is log2(n). */
static struct node *merge_sort(struct node *list, uint32_t n) {
    if (n < 2) return list;
    uint32_t half = n / 2;
    struct node *last_of_first = list;
    for (uint32_t i = 1; i < half; i++) last_of_first = last_of_first->next;
    struct node *second = last_of_first->next;
    last_of_first->next = 0;
    return merge(merge_sort(list, half), merge_sort(second, n - half));
}

/* Folds keys and serials in list order; 0 if the list is out of order. */
static uint64_t sorted_digest(const struct node *list) {
    uint64_t digest = 0xcbf29ce484222325u;
    uint32_t previous = 0;
    for (; list; list = list->next) {
        if (list->key < previous) return 0;
        previous = list->key;
        digest = (digest ^ ((uint64_t)list->key << 32 | list->serial)) * 0x100000001b3u;
    }
    return digest;
}

static uint64_t one_round(uint32_t *seed) {
    struct node *list = build(seed);
    uint64_t result = sum_keys(list);
    for (uint32_t i = 0; i < SEARCHES; i++) result += find(list, pool[i * 97u % NODES].key);
    uint32_t removed = 0;
    list = reverse(remove_sevens(list, &removed));
    list = merge_sort(list, NODES - removed);
    uint64_t digest = sorted_digest(list);
    if (digest == 0) return 0;
    return result * 31u + digest + removed;
}

int main(int argc, char **argv) {
    uint32_t rounds = bench_rounds(argc, argv, DEFAULT_ROUNDS);
    uint32_t seed = 0x2545f491u;
    uint64_t checksum = 0;
    for (uint32_t round = 0; round < rounds; round++) {
        uint64_t r = one_round(&seed);
        if (r == 0) {
            printf("linked_list: list out of order in round %" PRIu32 "\n", round);
            return 1;
        }
        checksum = (checksum << 7 | checksum >> 57) ^ r;
    }
    printf("linked_list: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
