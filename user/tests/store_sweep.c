/* SPDX-License-Identifier: MIT */
/* A hostile guest that stores to every page it may write — data, bss, the break, an anonymous
 * mapping and the stack below its own frame — with a pattern, reads it all back, then stores to
 * the kernel's first instruction (0x80200000 on QEMU virt). That last store must be a
 * store-access-fault, and the kernel then proves its own memory intact ("kernel: integrity ok"). */
#include "../runtime/basin.h"

enum { PAGE = 4096, HEAP_BYTES = 512 * 1024, MAP_BYTES = 256 * 1024, STACK_BOTTOM = 0x3c0000 };

static unsigned char data_bytes[PAGE] = {1};
static unsigned char bss_bytes[8 * PAGE];

static unsigned long sweep(unsigned char *start, unsigned long length, unsigned char pattern) {
    volatile unsigned char *p = start;
    for (unsigned long i = 0; i < length; i++) p[i] = (unsigned char)(pattern + i);
    unsigned long bad = 0;
    for (unsigned long i = 0; i < length; i++) bad += p[i] != (unsigned char)(pattern + i);
    return bad;
}

static void report(const char *region, unsigned long length, unsigned long bad) {
    print(region);
    print(": ");
    print_u64(length);
    print(" bytes written, ");
    print_u64(bad);
    print(" read back wrong\n");
}

int main(void) {
    report("data", sizeof data_bytes, sweep(data_bytes, sizeof data_bytes, 0x11));
    report("bss", sizeof bss_bytes, sweep(bss_bytes, sizeof bss_bytes, 0x22));
    unsigned long heap = (unsigned long)sys_call6(214, 0, 0, 0, 0, 0, 0);
    if ((unsigned long)sys_call6(214, (long)(heap + HEAP_BYTES), 0, 0, 0, 0, 0) != heap + HEAP_BYTES)
        return 1;
    report("break", HEAP_BYTES, sweep((unsigned char *)heap, HEAP_BYTES, 0x33));
    long mapped = sys_call6(222, 0, MAP_BYTES, 3, 0x22, -1, 0); /* RW, private anonymous */
    if (mapped < 0) return 2;
    report("mapping", MAP_BYTES, sweep((unsigned char *)mapped, MAP_BYTES, 0x44));
    /* The stack from its lowest byte up to a margin below this frame. */
    unsigned char here;
    unsigned long stack_length = ((unsigned long)&here - 512 - STACK_BOTTOM) & ~(PAGE - 1ul);
    report("stack", stack_length, sweep((unsigned char *)STACK_BOTTOM, stack_length, 0x55));
    print("storing to the kernel's code\n");
    *(volatile unsigned long *)0x80200000ul = 0x0000006f0000006ful; /* "j ." twice */
    return 3;
}
