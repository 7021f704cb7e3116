/* SPDX-License-Identifier: MIT */
/* The default program `make run` embeds: a greeting, some real computation, the result. */
#include "runtime/basin.h"

#define SIEVE_LIMIT 100000u

static uint8_t composite[SIEVE_LIMIT];

/* Sieve of Eratosthenes: counts and sums the primes below SIEVE_LIMIT. */
static void sieve(uint64_t *count, uint64_t *sum) {
    *count = 0;
    *sum = 0;
    for (uint32_t n = 2; n < SIEVE_LIMIT; n++) {
        if (composite[n]) continue;
        (*count)++;
        *sum += n;
        for (uint64_t multiple = (uint64_t)n * n; multiple < SIEVE_LIMIT; multiple += n)
            composite[multiple] = 1;
    }
}

/* The 90th Fibonacci number, and its value modulo a prime, exercise 64-bit add, mul and rem. */
static uint64_t fibonacci(unsigned n) {
    uint64_t a = 0, b = 1;
    for (unsigned i = 0; i < n; i++) {
        uint64_t next = a + b;
        a = b;
        b = next;
    }
    return a;
}

int main(int argc, char **argv) {
    (void)argv;
    print("Hello from Basin! argc=");
    print_u64((uint64_t)argc);
    print("\n");
    uint64_t count, sum;
    sieve(&count, &sum);
    print("primes below 100000: ");
    print_u64(count);
    print(", their sum: ");
    print_u64(sum);
    print("\nfibonacci(90) = ");
    print_u64(fibonacci(90));
    print(", mod 1000000007 = ");
    print_u64(fibonacci(90) % 1000000007u);
    print("\n");
    return 0;
}
