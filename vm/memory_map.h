/* SPDX-License-Identifier: MIT */
/* Guest memory as a Linux process sees it: the null page, the loaded image, the program break
 * growing up from the image, anonymous mappings taken from the top down, and the stack in the
 * top 256 KiB. Page granularity; everything is checked against the page map, and every page has
 * its permissions (free pages none). */
#ifndef BASIN_MEMORY_MAP_H
#define BASIN_MEMORY_MAP_H

#include <stdint.h>

#include "vm.h"

/* Null page and stack reserved, the rest free. */
void vm_map_init(struct vm *vm);

/* Marks the loaded image [start, end), with no permissions yet, and puts the program break just
 * above it. False when it reaches into the stack region. */
bool vm_map_set_image(struct vm *vm, uint64_t start, uint64_t end);

/* Adds `prot` (VM_PROT_*; write and execute imply read) to every page that [start, end) touches:
 * the loader gives each segment its flags this way, so a page two segments share gets both. */
void vm_map_grant(struct vm *vm, uint64_t start, uint64_t end, unsigned prot);

/* brk(2): moves the break if the pages are free, and returns the break as it then is. */
uint64_t vm_map_brk(struct vm *vm, uint64_t requested);

/* mmap(2) of anonymous memory with PROT_* bits `prot`: the address, or a negative errno
 * (-ENOMEM when full). */
int64_t vm_map_mmap(struct vm *vm, uint64_t addr, uint64_t length, uint64_t prot, bool fixed);

/* mremap(2) of a mapping: grows in place when the pages above are free, else moves when
 * `may_move`; the new address or a negative errno. */
int64_t vm_map_mremap(struct vm *vm, uint64_t addr, uint64_t old_length, uint64_t new_length,
                      bool may_move);

/* munmap(2) and mprotect(2): 0 or a negative errno. */
int64_t vm_map_munmap(struct vm *vm, uint64_t addr, uint64_t length);
int64_t vm_map_mprotect(struct vm *vm, uint64_t addr, uint64_t length, uint64_t prot);

/* madvise(2) over [addr, addr + length) once the advice is known valid: -EINVAL for an
 * unaligned addr or a length that wraps, 0 for length 0. With `discard` (MADV_DONTNEED) every
 * page of the break, a mapping or the stack in the range reads as zero afterwards, as Linux's
 * private anonymous memory does, and loses its decoded code; the image's pages keep their bytes
 * (Linux would re-read them from the file). Like Linux, the pages in use are treated even when
 * part of the range is not: that gives -ENOMEM. 0 or a negative errno. */
int64_t vm_map_madvise(struct vm *vm, uint64_t addr, uint64_t length, bool discard);

/* Pages [first_page, end_page) changed permissions, or bytes while they may hold code: widens
 * the range an engine mirroring the map must catch up on (vm_memory_map.changed_first). Every
 * change of the map's permissions comes here, so the kernel's page tables can follow. */
void vm_map_changed(struct vm *vm, uint64_t first_page, uint64_t end_page);

/* The changed range, then empty: false when nothing changed since the last call. */
bool vm_map_take_changes(struct vm *vm, uint64_t *first_page, uint64_t *end_page);

#endif
