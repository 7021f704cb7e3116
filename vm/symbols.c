/* SPDX-License-Identifier: MIT */
#include "symbols.h"

#include <string.h>

#include "vm_assert.h"

enum {
    EHDR_SIZE = 64, SHDR_SIZE = 64, SYM_SIZE = 24,
    ELFCLASS64 = 2, ELFDATA2LSB = 1,
    SHT_SYMTAB = 2, SHT_STRTAB = 3, SHF_EXECINSTR = 4, SHN_LORESERVE = 0xff00,
    STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_GNU_IFUNC = 10, STB_LOCAL = 0,
};

struct section {
    uint32_t type, link;
    uint64_t flags, addr, offset, size, entsize;
};

/* One symbol that may name code, as the lookup ranks it. */
struct candidate {
    bool found;
    bool function; /* FUNC or GNU_IFUNC, rather than a NOTYPE or OBJECT label */
    bool global;   /* GLOBAL or WEAK binding */
    uint64_t index, name, value, size;
    uint64_t section_addr, section_size; /* where a symbol without a size ends */
};

/* Fields are read byte by byte: the file may sit at any alignment. */
static uint64_t read_le(const uint8_t *p, unsigned bytes) {
    uint64_t value = 0;
    for (unsigned i = bytes; i > 0; i--) value = value << 8 | p[i - 1];
    return value;
}

/* [start, start + length) inside [0, limit), with no wrapping sum. */
static bool range_inside(uint64_t start, uint64_t length, uint64_t limit) {
    return start <= limit && length <= limit - start;
}

static void read_section(const struct vm_symbols *s, uint64_t index, struct section *out) {
    VM_ASSERT(index < s->section_count);
    const uint8_t *p = s->file + s->sections_offset + index * SHDR_SIZE;
    out->type = (uint32_t)read_le(p + 4, 4);
    out->flags = read_le(p + 8, 8);
    out->addr = read_le(p + 16, 8);
    out->offset = read_le(p + 24, 8);
    out->size = read_le(p + 32, 8);
    out->link = (uint32_t)read_le(p + 40, 4);
    out->entsize = read_le(p + 56, 8);
}

/* The ELF64 little-endian header and a section header table inside the file. Extended section
 * numbering (e_shnum 0, the count in section 0) is not followed: no symbols then. */
static bool find_sections(struct vm_symbols *s) {
    const uint8_t *file = s->file;
    if (file == 0 || s->file_size < EHDR_SIZE) return false;
    if (memcmp(file, "\177ELF", 4) != 0 || file[4] != ELFCLASS64 || file[5] != ELFDATA2LSB)
        return false;
    uint64_t offset = read_le(file + 40, 8), entsize = read_le(file + 58, 2);
    uint64_t count = read_le(file + 60, 2);
    if (entsize != SHDR_SIZE || count == 0 || count >= SHN_LORESERVE) return false;
    if (!range_inside(offset, count * SHDR_SIZE, s->file_size)) return false;
    s->sections_offset = offset;
    s->section_count = count;
    return true;
}

/* The first SHT_SYMTAB section: entries of 24 bytes, whole, inside the file. */
static bool find_table(struct vm_symbols *s, uint32_t *names_section) {
    for (uint64_t i = 0; i < s->section_count; i++) {
        struct section table;
        read_section(s, i, &table);
        if (table.type != SHT_SYMTAB) continue;
        if (table.entsize != SYM_SIZE || table.size == 0 || table.size % SYM_SIZE != 0) return false;
        if (!range_inside(table.offset, table.size, s->file_size)) return false;
        if (table.link == 0 || table.link >= s->section_count) return false;
        s->table_offset = table.offset;
        s->count = table.size / SYM_SIZE < VM_SYMBOLS_MAX ? table.size / SYM_SIZE : VM_SYMBOLS_MAX;
        *names_section = table.link;
        return true;
    }
    return false;
}

/* The string table sh_link names, inside the file, cut after its last NUL: a name that starts
 * inside what is left ends inside it, so a name is checked once, in constant time. */
static bool find_names(struct vm_symbols *s, uint32_t names_section) {
    struct section names;
    read_section(s, names_section, &names);
    if (names.type != SHT_STRTAB || !range_inside(names.offset, names.size, s->file_size))
        return false;
    const uint8_t *bytes = s->file + names.offset;
    uint64_t length = names.size;
    while (length > 0 && bytes[length - 1] != '\0') length--; /* bounded by names.size */
    if (length == 0) return false;
    s->names_offset = names.offset;
    s->names_size = length;
    return true;
}

bool vm_symbols_read(struct vm_symbols *symbols, const uint8_t *file, size_t file_size) {
    VM_ASSERT(symbols != 0);
    VM_ASSERT(file != 0 || file_size == 0);
    struct vm_symbols found = {.file = file, .file_size = file_size};
    uint32_t names_section = 0;
    memset(symbols, 0, sizeof *symbols);
    if (!find_sections(&found) || !find_table(&found, &names_section) ||
        !find_names(&found, names_section))
        return false;
    VM_ASSERT(range_inside(found.table_offset, found.count * SYM_SIZE, file_size));
    VM_ASSERT(range_inside(found.names_offset, found.names_size, file_size));
    *symbols = found;
    return true;
}

/* Reads symbol `index`; true when it may name code (symbols.h says which ones may). */
static bool read_candidate(const struct vm_symbols *s, uint64_t index, struct candidate *out) {
    VM_ASSERT(index < s->count);
    const uint8_t *p = s->file + s->table_offset + index * SYM_SIZE;
    uint64_t name = read_le(p, 4), type = p[4] & 0xf, binding = p[4] >> 4;
    uint64_t section_index = read_le(p + 6, 2);
    if (name == 0 || name >= s->names_size) return false;
    char first = (char)s->file[s->names_offset + name];
    if (first == '\0' || first == '$') return false;
    bool function = type == STT_FUNC || type == STT_GNU_IFUNC;
    if (!function && type != STT_NOTYPE && type != STT_OBJECT) return false;
    if (section_index == 0 || section_index >= s->section_count) return false;
    struct section section;
    read_section(s, section_index, &section);
    uint64_t value = read_le(p + 8, 8);
    if ((section.flags & SHF_EXECINSTR) == 0) return false;
    if (value < section.addr || value - section.addr >= section.size) return false;
    *out = (struct candidate){
        .found = true, .function = function, .global = binding != STB_LOCAL, .index = index,
        .name = name, .value = value, .size = read_le(p + 16, 8),
        .section_addr = section.addr, .section_size = section.size,
    };
    return true;
}

/* The ranking of symbols.h; on a full tie the one seen first (earlier in the table) stays. */
static bool outranks(const struct candidate *a, const struct candidate *b) {
    if (!b->found) return a->found;
    if (!a->found) return false;
    if (a->function != b->function) return a->function;
    if (a->value != b->value) return a->value > b->value;
    if ((a->size != 0) != (b->size != 0)) return a->size != 0;
    if (a->global != b->global) return a->global;
    return false;
}

bool vm_symbols_find(const struct vm_symbols *symbols, uint64_t addr, struct vm_symbol *found) {
    VM_ASSERT(symbols != 0 && found != 0);
    VM_ASSERT(symbols->count <= VM_SYMBOLS_MAX);
    /* The best candidate covering addr by its size, and the best without a size at or below
     * addr in addr's section, each for labels [0] and functions [1]; the latter cover addr only
     * when no other candidate lies between them and addr (nearest). */
    struct candidate sized[2] = {{0}}, unsized[2] = {{0}}, candidate;
    uint64_t nearest = 0;
    for (uint64_t i = 0; i < symbols->count; i++) {
        if (!read_candidate(symbols, i, &candidate) || candidate.value > addr) continue;
        if (candidate.value > nearest) nearest = candidate.value;
        struct candidate *slot = candidate.size != 0 ? &sized[candidate.function]
                                                     : &unsized[candidate.function];
        bool covers = candidate.size != 0
                          ? addr - candidate.value < candidate.size
                          : addr - candidate.section_addr < candidate.section_size;
        if (covers && outranks(&candidate, slot)) *slot = candidate;
    }
    struct candidate best = {0};
    for (unsigned function = 0; function < 2; function++) {
        if (outranks(&sized[function], &best)) best = sized[function];
        if (unsized[function].value == nearest && outranks(&unsized[function], &best))
            best = unsized[function];
    }
    if (!best.found) return false;
    VM_ASSERT(best.value <= addr && best.name < symbols->names_size);
    found->name = (const char *)symbols->file + symbols->names_offset + best.name;
    found->value = best.value;
    found->index = best.index;
    return true;
}

void vm_symbols_format(const struct vm_symbols *symbols, uint64_t addr, struct fmt *f) {
    struct vm_symbol symbol;
    if (!vm_symbols_find(symbols, addr, &symbol)) return;
    char shown[VM_SYMBOL_NAME_SHOWN + 4];
    size_t length = 0;
    /* Bounded by the shown length; the name's NUL lies inside .strtab (find_names). */
    for (; symbol.name[length] != '\0' && length < VM_SYMBOL_NAME_SHOWN; length++) {
        char c = symbol.name[length];
        shown[length] = c > ' ' && c <= '~' ? c : '?';
    }
    if (symbol.name[length] != '\0') {
        memcpy(shown + length, "...", 3);
        length += 3;
    }
    shown[length] = '\0';
    fmt_str(f, " (");
    fmt_str(f, shown);
    fmt_str(f, "+");
    fmt_hex(f, addr - symbol.value);
    fmt_str(f, ")");
}
