/* SPDX-License-Identifier: MIT */
#include "sbi.h"

enum {
    SBI_EID_LEGACY_SET_TIMER = 0x00,
    SBI_EID_TIME = 0x54494D45,
    SBI_TIME_SET_TIMER = 0,
    SBI_EID_LEGACY_PUTCHAR = 0x01,
    SBI_EID_LEGACY_GETCHAR = 0x02,
    SBI_EID_BASE = 0x10,
    SBI_BASE_PROBE_EXTENSION = 3,
    SBI_EID_SRST = 0x53525354,
    SBI_EID_HSM = 0x48534D,
    SBI_HSM_HART_START = 0,
    SBI_HSM_HART_GET_STATUS = 2,
    SBI_SRST_SHUTDOWN = 0,
    SBI_SRST_REASON_NONE = 0,
    SBI_SRST_REASON_FAILURE = 1,
};

struct sbi_result {
    long error;
    long value;
};

/* a7 = extension, a6 = function, a0..a2 = arguments; returns a0 = error, a1 = value. */
static struct sbi_result sbi_call3(long extension, long function, long arg0, long arg1, long arg2) {
    register long a0 __asm__("a0") = arg0;
    register long a1 __asm__("a1") = arg1;
    register long a2 __asm__("a2") = arg2;
    register long a6 __asm__("a6") = function;
    register long a7 __asm__("a7") = extension;
    __asm__ volatile("ecall" : "+r"(a0), "+r"(a1) : "r"(a2), "r"(a6), "r"(a7) : "memory");
    struct sbi_result result = {a0, a1};
    return result;
}

static struct sbi_result sbi_call(long extension, long function, long arg0, long arg1) {
    return sbi_call3(extension, function, arg0, arg1, 0);
}

void sbi_console_putchar(char c) {
    (void)sbi_call(SBI_EID_LEGACY_PUTCHAR, 0, (unsigned char)c, 0);
}

int sbi_console_getchar(void) {
    /* The legacy call returns the byte (or -1) in a0. */
    return (int)sbi_call(SBI_EID_LEGACY_GETCHAR, 0, 0, 0).error;
}

bool sbi_probe_extension(long extension_id) {
    struct sbi_result result = sbi_call(SBI_EID_BASE, SBI_BASE_PROBE_EXTENSION, extension_id, 0);
    return result.error == 0 && result.value != 0;
}

void sbi_system_reset(bool failure) {
    if (!sbi_probe_extension(SBI_EID_SRST)) return;
    long reason = failure ? SBI_SRST_REASON_FAILURE : SBI_SRST_REASON_NONE;
    (void)sbi_call(SBI_EID_SRST, 0, SBI_SRST_SHUTDOWN, reason);
}

void sbi_set_timer(uint64_t when) {
    static int time_extension = -1; /* probed once: -1 unknown, 0 absent, 1 present */
    if (time_extension < 0) time_extension = sbi_probe_extension(SBI_EID_TIME) ? 1 : 0;
    if (time_extension == 1) (void)sbi_call(SBI_EID_TIME, SBI_TIME_SET_TIMER, (long)when, 0);
    else (void)sbi_call(SBI_EID_LEGACY_SET_TIMER, 0, (long)when, 0);
}

bool sbi_hsm_available(void) { return sbi_probe_extension(SBI_EID_HSM); }

long sbi_hart_start(uint64_t hart_id, uintptr_t start_address, uint64_t opaque) {
    return sbi_call3(SBI_EID_HSM, SBI_HSM_HART_START, (long)hart_id, (long)start_address,
                     (long)opaque).error;
}

long sbi_hart_status(uint64_t hart_id) {
    struct sbi_result result = sbi_call(SBI_EID_HSM, SBI_HSM_HART_GET_STATUS, (long)hart_id, 0);
    return result.error != 0 ? result.error : result.value;
}
