/* SPDX-License-Identifier: MIT */
#include "clock.h"

#include "fdt.h"
#include "panic.h"

static uint64_t timebase_hz;
static uint64_t boot_ticks;
static uint64_t epoch_ns_at_boot;

static uint64_t read_time(void) {
    uint64_t ticks;
    __asm__ volatile("csrr %0, time" : "=r"(ticks));
    return ticks;
}

/* Goldfish RTC: TIME_LOW at 0x00 latches TIME_HIGH at 0x04; together, ns since the epoch. */
static uint64_t read_rtc(uint64_t base) {
    volatile uint32_t *rtc = (volatile uint32_t *)(uintptr_t)base;
    uint64_t low = rtc[0];
    uint64_t high = rtc[1];
    return high << 32 | low;
}

uint64_t clock_init(uintptr_t dtb) {
    uint32_t frequency = 0;
    if (fdt_find_u32(dtb, "timebase-frequency", &frequency)) timebase_hz = frequency;
    boot_ticks = read_time();
    uint64_t rtc = 0;
    if (fdt_find_compatible_reg(dtb, "google,goldfish-rtc", &rtc)) epoch_ns_at_boot = read_rtc(rtc);
    return timebase_hz;
}

/* Ticks to nanoseconds, split so the multiplication cannot overflow for any realistic uptime. */
static uint64_t ticks_to_ns(uint64_t ticks, uint64_t hz) {
    KERNEL_ASSERT(hz != 0 && hz <= 1000000000u * 16);
    return ticks / hz * 1000000000u + ticks % hz * 1000000000u / hz;
}

uint64_t clock_timebase_hz(void) { return timebase_hz != 0 ? timebase_hz : 10000000u; }

uint64_t clock_ticks(void) { return read_time(); }

/* Waits need a bound even on a tree without timebase-frequency: 10 MHz, QEMU virt's, then. */
uint64_t clock_wait_ns(void) {
    return ticks_to_ns(read_time() - boot_ticks, timebase_hz != 0 ? timebase_hz : 10000000u);
}

uint64_t clock_ns(bool monotonic) {
    if (timebase_hz == 0) return 0;
    uint64_t ticks = read_time() - boot_ticks;
    uint64_t ns = ticks_to_ns(ticks, timebase_hz);
    return monotonic ? ns : epoch_ns_at_boot + ns;
}
