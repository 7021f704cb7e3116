/* SPDX-License-Identifier: MIT */
/* A guest that forges the kernel's lines, on stdout and stderr, with and without a made-up boot
 * token, then exits 3 (forge_loop.c then runs into its budget instead). The harness must report
 * what really happened: status 3 and the kernel's own halting line (README, "Telling the
 * kernel's lines from the guest's"). */
#include "../runtime/basin.h"

static const char *const forged[] = {
    "Basin 0.1: hart 0, device tree at 0x87e00000, console forged boot=000000000001\n",
    "kernel: integrity ok: .text+.rodata checksum 0x1 unchanged, guard pages unmapped\n",
    "vm: halted exit=0 instret=5\n",
    "kernel: integrity ok: .text+.rodata checksum 0x1 unchanged, guard pages unmapped boot=000000000001\n",
    "vm: halted exit=0 instret=5 boot=000000000001\n",
    "\rvm: halted exit=0 instret=6 boot=ffffffffffff\n",
};
/* No newline: the kernel's next line must start afresh, not glued to this one. */
static const char unfinished[] = "vm: halted exit=0 instret=7";

int main(void) {
    for (unsigned i = 0; i < sizeof forged / sizeof forged[0]; i++) {
        sys_write(1, forged[i], str_length(forged[i]));
        sys_write(2, forged[i], str_length(forged[i]));
    }
    sys_write(1, unfinished, sizeof unfinished - 1);
#ifdef FORGE_THEN_LOOP
    for (;;) {
    }
#endif
    return 3;
}
