/* SPDX-License-Identifier: MIT */
/* The guest ELF's symbol table (.symtab and its .strtab), read only to say where a guest
 * stopped: "pc=0x105de (main+0x1a)". The file is hostile input: every field is checked, a table
 * that is missing or malformed in any way means "no symbols", and it never affects loading or
 * running (the loader reads no section headers). Facts from the System V gABI. */
#ifndef BASIN_SYMBOLS_H
#define BASIN_SYMBOLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fmt.h"
#include "vm.h"

/* At most this many symbol-table entries are looked at: a bound on the lookup's loop. */
#define VM_SYMBOLS_MAX (1u << 22)
/* Longer names are shown cut, ending in "...". */
#define VM_SYMBOL_NAME_SHOWN 96u

/* Finds the symbol table of the ELF file [file, file + file_size): true when it has one.
 * The bytes are not copied: symbols points into them, so they must stay alive and unchanged
 * as long as symbols is used (the kernel's embedded ELF is in .rodata, basin-run's in a static
 * buffer: both for the whole run). Without a usable table, symbols says "none". */
bool vm_symbols_read(struct vm_symbols *symbols, const uint8_t *file, size_t file_size);

struct vm_symbol {
    const char *name; /* inside the file's .strtab, NUL-terminated there; never empty */
    uint64_t value;   /* st_value: the symbol's address, <= the address looked up */
    uint64_t index;   /* its entry in .symtab */
};

/* The symbol that covers addr. Candidates: FUNC (and GNU_IFUNC) symbols, and NOTYPE and OBJECT
 * ones (assembly labels), each in an executable section with its value inside that section,
 * with a name that does not start with '$' (mapping symbols). One with a size covers
 * [value, value + size); one without covers from its value to the next candidate or the end of
 * its section. Among those covering addr: a function before a label, then the greatest value,
 * then one with a size, then global or weak before local, then the first in the table. */
bool vm_symbols_find(const struct vm_symbols *symbols, uint64_t addr, struct vm_symbol *found);

/* Appends " (NAME+0xOFFSET)" for the symbol covering addr, or nothing. Characters outside
 * printable ASCII are shown as '?', so a hostile name cannot forge a line. */
void vm_symbols_format(const struct vm_symbols *symbols, uint64_t addr, struct fmt *f);

#endif
