/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
/* The clocks: monotonic never goes back and advances over real work; the wall clock reads a
 * plausible date (after 2020); gettimeofday agrees with clock_gettime's realtime. */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

static double seconds(const struct timespec *t) { return (double)t->tv_sec + t->tv_nsec / 1e9; }

int main(void) {
    struct timespec first, last, wall;
    clock_gettime(CLOCK_MONOTONIC, &first);
    volatile unsigned long sink = 0;
    int backwards = 0;
    struct timespec previous = first;
    for (int i = 0; i < 2000; i++) {
        for (int j = 0; j < 200; j++) sink += (unsigned long)j * i;
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        backwards |= seconds(&now) < seconds(&previous);
        previous = now;
    }
    (void)sink; /* the work is only there to let time pass */
    clock_gettime(CLOCK_MONOTONIC, &last);
    clock_gettime(CLOCK_REALTIME, &wall);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    double difference = (double)tv.tv_sec + tv.tv_usec / 1e6 - seconds(&wall);
    printf("monotonic never went back: %s\n", backwards ? "no" : "yes");
    printf("monotonic advanced: %s\n", seconds(&last) > seconds(&first) ? "yes" : "no");
    printf("wall clock after 2020: %s\n", wall.tv_sec > 1577836800 ? "yes" : "no");
    printf("gettimeofday agrees within a second: %s\n",
           difference > -1.0 && difference < 1.0 ? "yes" : "no");
    return backwards;
}
