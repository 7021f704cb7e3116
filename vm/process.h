/* SPDX-License-Identifier: MIT */
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
#define VM_ARGS_MAX_BYTES (VM_STACK_SIZE / 2) /* argv, envp and auxv take at most this */

/* The default seed of getrandom and AT_RANDOM: every run sees the same "random" bytes. */
#define VM_DEFAULT_SEED 0x9e3779b97f4a7c15ull

/* Lays out the stack and sets sp; false (and nothing written) when the arguments are too many or
 * too long. */
bool vm_setup_stack(struct vm *vm, const struct vm_elf_info *info, const char *const *argv,
                    size_t argc, const char *const *envp, size_t envc);

/* The process layer, after vm_init: no signal handled or pending, the seed of the stream behind
 * getrandom and AT_RANDOM, and the bytes fds 1 and 2 may take in all. Both engines serve the
 * same process; vm_init leaves it to this call. */
void vm_process_init(struct vm *vm, uint64_t seed, uint64_t output_limit);

/* Seeds the stream behind getrandom and AT_RANDOM. */
void vm_set_seed(struct vm *vm, uint64_t seed);

/* Sets how many bytes the guest may write to fds 1 and 2 in all (VM_DEFAULT_OUTPUT_LIMIT). */
void vm_set_output_limit(struct vm *vm, uint64_t bytes);

/* The next bytes of that stream. */
void vm_random_fill(struct vm *vm, uint8_t *bytes, size_t length);

#endif
