/* SPDX-License-Identifier: MIT */
/* Sv39 (RISC-V Privileged ISA, "Sv39: Page-Based 39-bit Virtual-Memory System"): three levels
 * of 512 eight-byte entries; a leaf at level 2 maps 1 GiB, at level 1 2 MiB, at level 0 4 KiB.
 * The tables (memlayout.h, PAGE_TABLE_PAGES):
 *   root         every GiB of the lower half identity-mapped read-write for the kernel (RAM,
 *                devices), but GiB 0 and the image's GiB, which have tables of their own
 *   low          GiB 0 by 2 MiB: devices read-write; its first GUEST_MEMORY_SIZE (the guest's
 *                window) points at the guest tables only while the native engine has it open
 *   kernel       the image's GiB by 2 MiB: the 2 MiB blocks the image spans point at the image
 *                tables, the rest (RAM, the device tree) read-write
 *   image[16]    the image page by page: text R+X, rodata R, the rest R+W, guard pages and what
 *                follows the image unmapped
 *   guest[2]     the guest's pages, U=1, with the VM's page map's permissions
 * Every leaf has A and D set, since harts may fault rather than set them. No entry has U=1 but
 * the guest's. */
#include "sv39.h"

#include "../vm/vm.h"
#include "memlayout.h"
#include "panic.h"

enum {
    PTE_V = 1u << 0, PTE_R = 1u << 1, PTE_W = 1u << 2, PTE_X = 1u << 3, PTE_U = 1u << 4,
    PTE_A = 1u << 6, PTE_D = 1u << 7,
    ENTRIES = 512,
    TABLE_ROOT = 0, TABLE_LOW = 1, TABLE_KERNEL = 2, TABLE_IMAGE = 3,
    IMAGE_TABLES = IMAGE_SPAN / MEGAPAGE_SIZE,
    TABLE_GUEST = TABLE_IMAGE + IMAGE_TABLES,
    GUEST_TABLES = GUEST_MEMORY_SIZE / MEGAPAGE_SIZE,
    TABLE_COUNT = TABLE_GUEST + GUEST_TABLES,
};
_Static_assert(TABLE_COUNT == PAGE_TABLE_PAGES, "memlayout.h reserves every table");
_Static_assert(GUEST_MEMORY_SIZE % MEGAPAGE_SIZE == 0, "the guest's window is whole 2 MiB blocks");

#define PAGE 0x1000ull
#define GIGAPAGE 0x40000000ull
#define SATP_MODE_SV39 (8ull << 60)
#define SSTATUS_SUM (1ull << 18)

static uint64_t *table(unsigned index) {
    KERNEL_ASSERT(index < TABLE_COUNT);
    return (uint64_t *)(__page_tables_start + (uintptr_t)index * PAGE);
}

static uint64_t leaf(uint64_t physical, unsigned permissions) {
    KERNEL_ASSERT(physical % PAGE == 0 && (permissions & ~(unsigned)(PTE_R | PTE_W | PTE_X | PTE_U)) == 0);
    return physical >> 12 << 10 | permissions | PTE_V | PTE_A | PTE_D;
}

static uint64_t branch(const uint64_t *next) { return (uint64_t)(uintptr_t)next >> 12 << 10 | PTE_V; }

/* The guard pages, in linker.ld's order. */
enum { GUARD_COUNT = 3 + MAX_HARTS };

static uintptr_t guard(unsigned index) {
    KERNEL_ASSERT(index < GUARD_COUNT);
    if (index == 0) return (uintptr_t)__guest_guard_below;
    if (index == 1) return (uintptr_t)__guest_guard_above;
    if (index == 2) return (uintptr_t)__trap_guard;
    return (uintptr_t)__hart_stacks_start + (index - 3) * HART_SLOT_SIZE;
}

const char *sv39_guard_name(uint64_t address) {
    static const char *const names[GUARD_COUNT] = {
        "the guard page below guest memory", "the guard page above guest memory",
        "the trap stack's guard page", "hart 0's stack guard page", "hart 1's stack guard page",
        "hart 2's stack guard page", "hart 3's stack guard page", "hart 4's stack guard page",
        "hart 5's stack guard page", "hart 6's stack guard page", "hart 7's stack guard page",
    };
    _Static_assert(MAX_HARTS == 8, "a name for every hart's guard page");
    for (unsigned g = 0; g < GUARD_COUNT; g++)
        if (address - guard(g) < GUARD_SIZE) return names[g];
    return 0;
}

/* A page of the image's 2 MiB blocks: what the kernel may do there (0: unmapped). */
static unsigned image_page_permissions(uintptr_t address) {
    if (address < (uintptr_t)__image_start || address >= (uintptr_t)__image_end) return 0;
    if (sv39_guard_name(address) != 0) return 0;
    if (address < (uintptr_t)__rodata_start) return PTE_R | PTE_X;
    if (address < (uintptr_t)__data_start) return PTE_R;
    return PTE_R | PTE_W;
}

static void build_image_tables(uintptr_t base) {
    for (unsigned t = 0; t < IMAGE_TABLES; t++) {
        uint64_t *entries = table(TABLE_IMAGE + t);
        for (unsigned i = 0; i < ENTRIES; i++) {
            uintptr_t address = base + t * MEGAPAGE_SIZE + i * PAGE;
            unsigned permissions = image_page_permissions(address);
            entries[i] = permissions != 0 ? leaf(address, permissions) : 0;
        }
    }
}

void sv39_init(void) {
    uintptr_t base = (uintptr_t)__image_start, end = (uintptr_t)__image_end;
    uint64_t gib = base / GIGAPAGE;
    KERNEL_ASSERT(base % MEGAPAGE_SIZE == 0 && end - base <= IMAGE_SPAN);
    KERNEL_ASSERT(gib != 0 && gib < ENTRIES / 2 && (end - 1) / GIGAPAGE == gib);
    uint64_t *root = table(TABLE_ROOT), *low = table(TABLE_LOW), *kernel = table(TABLE_KERNEL);
    for (unsigned i = 0; i < ENTRIES; i++) {
        root[i] = i < ENTRIES / 2 ? leaf(i * GIGAPAGE, PTE_R | PTE_W) : 0; /* the lower half */
        low[i] = i < GUEST_TABLES ? 0 : leaf(i * MEGAPAGE_SIZE, PTE_R | PTE_W);
        uint64_t block = gib * GIGAPAGE + i * MEGAPAGE_SIZE;
        kernel[i] = block >= base && block < end ? branch(table(TABLE_IMAGE + (block - base) / MEGAPAGE_SIZE))
                                                 : leaf(block, PTE_R | PTE_W);
    }
    root[0] = branch(low);
    root[gib] = branch(kernel);
    build_image_tables(base);
    for (unsigned t = 0; t < GUEST_TABLES; t++)
        for (unsigned i = 0; i < ENTRIES; i++) table(TABLE_GUEST + t)[i] = 0;
    uint64_t satp = SATP_MODE_SV39 | (uint64_t)(uintptr_t)root >> 12;
    __asm__ volatile("sfence.vma zero, zero\n csrw satp, %0\n sfence.vma zero, zero" : : "r"(satp) : "memory");
    uint64_t now;
    __asm__ volatile("csrr %0, satp" : "=r"(now));
    if (now != satp) panic("the hart has no Sv39 (satp kept its old mode)");
}

void sv39_off(void) { __asm__ volatile("csrw satp, zero\n sfence.vma zero, zero" : : : "memory"); }

bool sv39_verify(void) {
    uint64_t sstatus;
    __asm__ volatile("csrr %0, sstatus" : "=r"(sstatus));
    if ((sstatus & SSTATUS_SUM) != 0) return false; /* the kernel never reaches through U pages */
    for (unsigned g = 0; g < GUARD_COUNT; g++) {
        uintptr_t offset = guard(g) - (uintptr_t)__image_start;
        if (table(TABLE_IMAGE + offset / MEGAPAGE_SIZE)[offset % MEGAPAGE_SIZE / PAGE] != 0) return false;
    }
    for (unsigned t = 0; t < TABLE_GUEST; t++)
        for (unsigned i = 0; i < ENTRIES; i++)
            if ((table(t)[i] & PTE_U) != 0) return false;
    return true;
}

void sv39_guest_open(void) {
    uint64_t *low = table(TABLE_LOW);
    for (unsigned t = 0; t < GUEST_TABLES; t++) {
        for (unsigned i = 0; i < ENTRIES; i++) table(TABLE_GUEST + t)[i] = 0;
        low[t] = branch(table(TABLE_GUEST + t));
    }
    sv39_guest_fence();
}

void sv39_guest_set(uint64_t page, unsigned prot) {
    KERNEL_ASSERT(page < GUEST_MEMORY_SIZE / PAGE && prot <= VM_PROT_RWX);
    unsigned permissions = ((prot & VM_PROT_READ) != 0 ? PTE_R : 0) |
                           ((prot & VM_PROT_WRITE) != 0 ? PTE_W : 0) |
                           ((prot & VM_PROT_EXEC) != 0 ? PTE_X : 0);
    /* The map gives write and execute only with read (RISC-V reserves W without R). */
    KERNEL_ASSERT(permissions == 0 || (permissions & PTE_R) != 0);
    uint64_t *entry = &table(TABLE_GUEST + page / ENTRIES)[page % ENTRIES];
    *entry = permissions != 0 ? leaf((uintptr_t)__guest_memory_start + page * PAGE, permissions | PTE_U) : 0;
}

void sv39_guest_fence(void) { __asm__ volatile("sfence.vma zero, zero" : : : "memory"); }
