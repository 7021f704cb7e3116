/* SPDX-License-Identifier: MIT */
/* Floating point: an n-body simulation and exact libm functions, whose results IEEE 754 fixes
 * to the bit (+ - * / sqrt are correctly rounded; floor, fmod, ldexp... are exact), and
 * numerical integrals and libm samples, which depend on how exp, log, sin, cos and pow round
 * their last bit. Each group has its own checksum over the results' bit patterns. Build with
 * -ffp-contract=off: a fused multiply-add would round differently from a multiply and an add. */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define PI 3.14159265358979323846

/* FNV-1a over the bit patterns of every value reported in a group. */
struct group {
    const char *name;
    uint64_t hash;
};

static void report(struct group *g, const char *label, double value) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    for (int i = 0; i < 8; i++) g->hash = (g->hash ^ ((bits >> (8 * i)) & 0xff)) * 0x100000001b3u;
    printf("%-24s %-24.17g %a\n", label, value, value);
}

static void finish(const struct group *g) {
    printf("%s checksum %016" PRIx64 "\n\n", g->name, g->hash);
}

/* ---- n-body: + - * / sqrt only ---------------------------------------------------------- */

#define BODIES 5
#define STEPS 20000
#define DT 0.001

struct body {
    double x[3], v[3], mass;
};

/* A made-up system in units where G = 1: a heavy star and four planets on roughly circular,
 * slightly tilted orbits, started so that the total momentum is not zero (it is conserved). */
static void make_system(struct body b[BODIES]) {
    memset(b, 0, sizeof(struct body) * BODIES);
    b[0].mass = 1000.0;
    for (int i = 1; i < BODIES; i++) {
        double r = 2.0 * i + 1.0, speed = sqrt(b[0].mass / r);
        b[i].mass = 0.5 * i;
        b[i].x[0] = r;
        b[i].x[2] = 0.05 * i;
        b[i].v[1] = speed * (i % 2 ? 1.0 : -1.0);
        b[i].v[2] = 0.01 * i;
    }
}

static double energy(const struct body b[BODIES]) {
    double e = 0.0;
    for (int i = 0; i < BODIES; i++) {
        const double *v = b[i].v;
        e += 0.5 * b[i].mass * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        for (int j = i + 1; j < BODIES; j++) {
            double d[3] = {b[i].x[0] - b[j].x[0], b[i].x[1] - b[j].x[1], b[i].x[2] - b[j].x[2]};
            e -= b[i].mass * b[j].mass / sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        }
    }
    return e;
}

/* v += a * dt for every body, a from Newtonian gravity between every pair. */
static void kick(struct body b[BODIES], double dt) {
    for (int i = 0; i < BODIES; i++)
        for (int j = i + 1; j < BODIES; j++) {
            double d[3], r2 = 0.0;
            for (int k = 0; k < 3; k++) {
                d[k] = b[i].x[k] - b[j].x[k];
                r2 += d[k] * d[k];
            }
            double scale = dt / (r2 * sqrt(r2));
            for (int k = 0; k < 3; k++) {
                b[i].v[k] -= d[k] * b[j].mass * scale;
                b[j].v[k] += d[k] * b[i].mass * scale;
            }
        }
}

static void drift(struct body b[BODIES], double dt) {
    for (int i = 0; i < BODIES; i++)
        for (int k = 0; k < 3; k++) b[i].x[k] += b[i].v[k] * dt;
}

static double momentum_x(const struct body b[BODIES]) {
    double p = 0.0;
    for (int i = 0; i < BODIES; i++) p += b[i].mass * b[i].v[0];
    return p;
}

/* Leapfrog (kick-drift-kick): symplectic, so the energy error stays small and bounded. */
static void nbody(struct group *g) {
    struct body b[BODIES];
    make_system(b);
    report(g, "energy at start", energy(b));
    report(g, "momentum x at start", momentum_x(b));
    for (int step = 0; step < STEPS; step++) {
        kick(b, DT / 2);
        drift(b, DT);
        kick(b, DT / 2);
    }
    report(g, "energy at end", energy(b));
    report(g, "momentum x at end", momentum_x(b));
    report(g, "planet 1 x", b[1].x[0]);
    report(g, "planet 1 y", b[1].x[1]);
    report(g, "planet 4 z", b[4].x[2]);
}

/* Functions C requires to be exact, so any correct libm gives these bits. */
static void exact_functions(struct group *g) {
    int exponent;
    report(g, "sqrt(2)", sqrt(2.0));
    report(g, "floor(-2.5)", floor(-2.5));
    report(g, "ceil(1e15 + 0.5)", ceil(1e15 + 0.5));
    report(g, "fmod(1e17, 7.25)", fmod(1e17, 7.25));
    report(g, "frexp(1000) fraction", frexp(1000.0, &exponent));
    report(g, "frexp(1000) exponent", exponent);
    report(g, "ldexp(0.75, -1070)", ldexp(0.75, -1070)); /* subnormal */
    report(g, "trunc(-7.9)", trunc(-7.9));
    report(g, "round(2.5)", round(2.5));
    report(g, "fabs(-0.0)", fabs(-0.0));
    report(g, "copysign(3, -0.0)", copysign(3.0, -0.0));
    report(g, "1 / 3", 1.0 / 3.0);
    report(g, "0.1 + 0.2", 0.1 + 0.2);
    report(g, "DBL_MAX * 2", 1.7976931348623157e308 * 2.0);
}

/* ---- libm-dependent: integrals and samples -------------------------------------------------- */

/* Composite Simpson's rule with an even number of intervals. */
static double simpson(double (*f)(double), double a, double b, int intervals) {
    double h = (b - a) / intervals, sum = f(a) + f(b);
    for (int i = 1; i < intervals; i++) sum += f(a + i * h) * (i % 2 ? 4.0 : 2.0);
    return sum * h / 3.0;
}

static double arctan_derivative(double x) { return 4.0 / (1.0 + x * x); }
static double gaussian(double x) { return exp(-x * x); }
static double power_1_5(double x) { return pow(x, 1.5); }
static double sin_cos(double x) { return sin(x) * cos(x) + 1.0; }

static void integrals(struct group *g) {
    report(g, "int 0..pi sin = 2", simpson(sin, 0.0, PI, 2000));
    report(g, "int 0..1 4/(1+x^2) = pi", simpson(arctan_derivative, 0.0, 1.0, 2000));
    report(g, "int 0..1 exp(-x^2)", simpson(gaussian, 0.0, 1.0, 2000));
    report(g, "int 1..2 log = 2ln2-1", simpson(log, 1.0, 2.0, 2000));
    report(g, "int 0..1 x^1.5 = 0.4", simpson(power_1_5, 0.0, 1.0, 2000));
    report(g, "int 0..10 sin*cos+1", simpson(sin_cos, 0.0, 10.0, 2000));
}

static void samples(struct group *g) {
    report(g, "exp(1)", exp(1.0));
    report(g, "exp(-700)", exp(-700.0));
    report(g, "log(10)", log(10.0));
    report(g, "log(1e-300)", log(1e-300));
    report(g, "sin(1)", sin(1.0));
    report(g, "sin(1e6)", sin(1e6));
    report(g, "cos(0.5)", cos(0.5));
    report(g, "cos(1e22)", cos(1e22));
    report(g, "pow(2, 0.5)", pow(2.0, 0.5));
    report(g, "pow(1.0001, 100000)", pow(1.0001, 100000.0));
    report(g, "atan2(1, -1)", atan2(1.0, -1.0));
    report(g, "tanh(0.5)", tanh(0.5));
}

int main(void) {
    struct group exact = {"exact (IEEE-determined)", 0xcbf29ce484222325u};
    struct group libm = {"libm-dependent", 0xcbf29ce484222325u};
    printf("n-body: %d bodies, %d leapfrog steps of %g\n", BODIES, STEPS, DT);
    nbody(&exact);
    exact_functions(&exact);
    finish(&exact);
    integrals(&libm);
    samples(&libm);
    finish(&libm);
    return 0;
}
