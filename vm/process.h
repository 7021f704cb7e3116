/* The initial process state a Linux riscv64 program expects: the stack at the top of guest
 * memory holding argc, argv, envp and the auxiliary vector (psABI and Linux's ELF loader). */
#ifndef BASIN_PROCESS_H
#define BASIN_PROCESS_H

#include <stdbool.h>
#include <stddef.h>

#include "elf.h"
#include "vm.h"

#define VM_ARGS_MAX_COUNT 64u     /* argv and envp entries, each */
#define VM_ARGS_MAX_STRING 1024u  /* bytes in one string, NUL excluded */
#define VM_STACK_MIN_ROOM 0x10000u /* free bytes required between the image and the stack */

/* Lays out the stack and sets sp; false (and nothing written) when the arguments are too many or
 * too long, or leave less than VM_STACK_MIN_ROOM above the loaded image. */
bool vm_setup_stack(struct vm *vm, const struct vm_elf_info *info, const char *const *argv,
                    size_t argc, const char *const *envp, size_t envc);

#endif
