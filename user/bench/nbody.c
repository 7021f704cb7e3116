/* SPDX-License-Identifier: MIT */
/* Benchmark: an n-body gravity simulation in doubles. Sixteen bodies on generated orbits around a
 * heavy central one, advanced by a leapfrog (kick-drift-kick) integrator with softened forces;
 * the total energy is computed at the start and end. Multiplies, adds, divides and square roots,
 * as in physics and graphics code. The checksum folds the bits of every final position and
 * velocity and of both energies, so it checks that the guest rounds exactly as the host does
 * (IEEE 754 binary64, no fused multiply-add). Prints one checksum line. */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bench.h"

#define BODIES 17u     /* a central mass and sixteen orbiting ones */
#define DEFAULT_STEPS 60000u /* at least 1 s under qemu-riscv64 (README.md) */
#define TIME_STEP 0.001
#define SOFTENING 1e-3 /* squared length added to every distance, so close passes stay finite */

struct body {
    double position[3], velocity[3], acceleration[3];
    double mass;
};

static struct body bodies[BODIES];

/* Uniform in [0, 1) from a 64-bit LCG's top 53 bits, exactly representable as a double. */
static double next_uniform(uint64_t *state) {
    *state = *state * 6364136223846793005u + 1442695040888963407u;
    return (double)(*state >> 11) * (1.0 / 9007199254740992.0);
}

/* Bodies on near-circular orbits in a thick disc; velocities from the central mass alone. */
static void set_up(void) {
    uint64_t seed = 42;
    bodies[0] = (struct body){.mass = 1000.0};
    for (uint32_t i = 1; i < BODIES; i++) {
        struct body *b = &bodies[i];
        double radius = 1.0 + 4.0 * next_uniform(&seed);
        double x = radius * (2.0 * next_uniform(&seed) - 1.0);
        double y = sqrt(radius * radius - x * x) * (i % 2 ? 1.0 : -1.0);
        double z = 0.1 * (2.0 * next_uniform(&seed) - 1.0);
        double speed = sqrt(bodies[0].mass / radius);
        *b = (struct body){.position = {x, y, z},
                           .velocity = {-y / radius * speed, x / radius * speed, 0.0},
                           .mass = 0.1 + next_uniform(&seed)};
    }
}

/* Pairwise softened gravity (G = 1), each pair visited once. */
static void compute_accelerations(void) {
    for (uint32_t i = 0; i < BODIES; i++)
        memset(bodies[i].acceleration, 0, sizeof bodies[i].acceleration);
    for (uint32_t i = 0; i < BODIES; i++) {
        struct body *a = &bodies[i];
        for (uint32_t j = i + 1; j < BODIES; j++) {
            struct body *b = &bodies[j];
            double d[3], distance2 = SOFTENING;
            for (int k = 0; k < 3; k++) {
                d[k] = b->position[k] - a->position[k];
                distance2 += d[k] * d[k];
            }
            double inverse3 = 1.0 / (distance2 * sqrt(distance2));
            for (int k = 0; k < 3; k++) {
                a->acceleration[k] += d[k] * (b->mass * inverse3);
                b->acceleration[k] -= d[k] * (a->mass * inverse3);
            }
        }
    }
}

static void kick(double dt) {
    for (uint32_t i = 0; i < BODIES; i++)
        for (int k = 0; k < 3; k++) bodies[i].velocity[k] += bodies[i].acceleration[k] * dt;
}

static void drift(double dt) {
    for (uint32_t i = 0; i < BODIES; i++)
        for (int k = 0; k < 3; k++) bodies[i].position[k] += bodies[i].velocity[k] * dt;
}

static double energy(void) {
    double total = 0.0;
    for (uint32_t i = 0; i < BODIES; i++) {
        const struct body *a = &bodies[i];
        double v2 = 0.0;
        for (int k = 0; k < 3; k++) v2 += a->velocity[k] * a->velocity[k];
        total += 0.5 * a->mass * v2;
        for (uint32_t j = i + 1; j < BODIES; j++) {
            double distance2 = SOFTENING;
            for (int k = 0; k < 3; k++) {
                double d = bodies[j].position[k] - a->position[k];
                distance2 += d * d;
            }
            total -= a->mass * bodies[j].mass / sqrt(distance2);
        }
    }
    return total;
}

static uint64_t fold(uint64_t checksum, double value) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    return (checksum ^ bits) * 0x100000001b3u;
}

int main(int argc, char **argv) {
    uint32_t steps = bench_rounds(argc, argv, DEFAULT_STEPS);
    set_up();
    double energy_before = energy();
    compute_accelerations();
    for (uint32_t step = 0; step < steps; step++) {
        kick(0.5 * TIME_STEP);
        drift(TIME_STEP);
        compute_accelerations();
        kick(0.5 * TIME_STEP);
    }
    double energy_after = energy();
    uint64_t checksum = fold(fold(0xcbf29ce484222325u, energy_before), energy_after);
    for (uint32_t i = 0; i < BODIES; i++)
        for (int k = 0; k < 3; k++)
            checksum = fold(fold(checksum, bodies[i].position[k]), bodies[i].velocity[k]);
    /* Leapfrog keeps energy to well under a percent; more means the simulation broke. */
    if (!(fabs(energy_after - energy_before) < 0.01 * fabs(energy_before))) {
        printf("nbody: energy drifted from %.6f to %.6f\n", energy_before, energy_after);
        return 1;
    }
    printf("nbody: checksum 0x%016" PRIx64 "\n", checksum);
    return 0;
}
