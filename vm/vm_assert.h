/* SPDX-License-Identifier: MIT */
/* Assertions for vm/: the embedder (kernel or host) says how to die, since vm/ has no libc. */
#ifndef BASIN_VM_ASSERT_H
#define BASIN_VM_ASSERT_H

_Noreturn void vm_assert_failed(const char *expression, const char *file, int line);

#define VM_ASSERT(expression) \
    ((expression) ? (void)0 : vm_assert_failed(#expression, __FILE__, __LINE__))

#endif
