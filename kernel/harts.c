/* SPDX-License-Identifier: MIT */
#include "harts.h"

#include "clock.h"
#include "console.h"
#include "fdt.h"
#include "panic.h"
#include "sbi.h"

enum {
    MAX_LISTED_HARTS = 64,
    PARK_TIMEOUT_NS = 1000000000, /* a started hart reaches the loop in microseconds */
    SPIN_LIMIT = 100000000,       /* if the clock does not run, still stop waiting */
};

extern uint8_t secondary_park[];
extern volatile uint32_t parked_harts;

/* Starts each listed hart but this one; returns how many started. */
static unsigned start_others(uint64_t boot_hart, const uint64_t *ids, unsigned count,
                             struct console_builder *failures) {
    unsigned started = 0;
    for (unsigned i = 0; i < count; i++) {
        if (ids[i] == boot_hart) continue;
        long error = sbi_hart_start(ids[i], (uintptr_t)secondary_park, 0);
        if (error == 0) {
            started++;
            continue;
        }
        fmt_str(&failures->fmt, "; hart ");
        fmt_u64(&failures->fmt, ids[i]);
        fmt_str(&failures->fmt, " not started (SBI error ");
        fmt_u64(&failures->fmt, (uint64_t)-error);
        fmt_str(&failures->fmt, "), left to the firmware");
    }
    KERNEL_ASSERT(started < count);
    return started;
}

/* Waits, bounded in time, until `started` harts have counted themselves parked. */
static uint32_t wait_parked(unsigned started) {
    uint64_t begin = clock_ns(true);
    for (uint32_t spin = 0; spin < SPIN_LIMIT; spin++) {
        if (parked_harts >= started) break;
        if (clock_ns(true) - begin > PARK_TIMEOUT_NS) break;
    }
    return parked_harts;
}

void harts_park_others(uint64_t boot_hart, uintptr_t dtb) {
    static uint64_t ids[MAX_LISTED_HARTS];
    unsigned count = 0;
    struct console_builder line;
    console_begin(&line, "kernel: ");
    if (!fdt_harts(dtb, ids, MAX_LISTED_HARTS, &count) || count == 0) {
        fmt_str(&line.fmt, "no harts listed in the device tree: the others are left to the firmware");
        console_end(&line);
        return;
    }
    fmt_u64(&line.fmt, count);
    fmt_str(&line.fmt, count == 1 ? " hart" : " harts");
    fmt_str(&line.fmt, ", Basin runs on hart ");
    fmt_u64(&line.fmt, boot_hart);
    if (count > 1 && !sbi_hsm_available()) {
        fmt_str(&line.fmt, "; no SBI HSM: the others are left to the firmware");
    } else if (count > 1) {
        struct console_builder failures;
        console_begin(&failures, "");
        unsigned started = start_others(boot_hart, ids, count, &failures);
        uint32_t parked = wait_parked(started);
        fmt_str(&line.fmt, "; ");
        fmt_u64(&line.fmt, parked);
        fmt_str(&line.fmt, parked == 1 ? " other parked" : " others parked");
        fmt_str(&line.fmt, " through SBI HSM");
        if (parked < started) fmt_str(&line.fmt, " (some started but never reached the kernel)");
        fmt_str(&line.fmt, failures.text);
    }
    console_end(&line);
}
