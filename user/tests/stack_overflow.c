/* SPDX-License-Identifier: MIT */
/* Recurses without end, about 4 KiB of stack a call, until the stack runs out (256 KiB in Basin,
 * 8 MiB under qemu-riscv64): the first access below it faults (SIGSEGV), and Basin must say,
 * after the halting line, that this was a stack overflow. */
#include "../runtime/basin.h"

enum { FRAME_BYTES = 4000 };

/* The big frame is the point here (the build's limit is for kernel and VM code). */
#pragma GCC diagnostic ignored "-Wframe-larger-than="

/* Never reached (depth starts at 1), but the compiler cannot know: no -Winfinite-recursion. */
static volatile unsigned long stop_depth;

__attribute__((noinline)) unsigned long recurse(unsigned long depth) {
    volatile unsigned char frame[FRAME_BYTES];
    frame[0] = (unsigned char)depth;
    frame[FRAME_BYTES - 1] = (unsigned char)(depth >> 8);
    if (depth == stop_depth) return frame[0];
    /* Not a tail call: the frame is still needed after it returns. */
    return recurse(depth + 1) + frame[0] + frame[FRAME_BYTES - 1];
}

int main(void) {
    print("recursing with 4000-byte frames\n");
    return (int)recurse(1);
}
