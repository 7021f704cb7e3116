/* SPDX-License-Identifier: MIT */
/* Calls a system call number Linux does not have: it must return -ENOSYS (-38). */
#include "../runtime/basin.h"

int main(void) {
    long result = sys_call6(999, 1, 2, 3, 4, 5, 6);
    print("syscall 999 returned ");
    print_i64(result);
    print("\n");
    return result == -38 ? 0 : 1;
}
