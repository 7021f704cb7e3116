/* SPDX-License-Identifier: MIT */
/* The Basin VM: an RV64GC (+Zba, Zbb, Zbs) interpreter over one flat, bounds-checked guest
 * memory.
 *
 * Portable freestanding C11. The embedder (kernel or host) owns the storage: the struct vm and
 * its VM_MEMORY_SIZE bytes of guest memory are static, initialized in place through vm_init and
 * never copied. vm_run() runs until an exit reason, like a hypervisor's run loop. */
#ifndef BASIN_VM_H
#define BASIN_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Guest address space: [0, VM_MEMORY_SIZE). The first page is never accessible. */
#define VM_MEMORY_SIZE 0x400000u
#define VM_NULL_PAGE_SIZE 0x1000u
#define VM_PAGE_SIZE 0x1000u

/* Default instruction budget; the kernel build may override it (make BUDGET=N). */
#ifndef VM_DEFAULT_BUDGET
#define VM_DEFAULT_BUDGET 100000000ull
#endif

/* Default output limit: bytes a guest may write to fds 1 and 2 in one run, like RLIMIT_FSIZE
 * (writes past it return -EFBIG), so that a write flood ends in bounded time. */
#ifndef VM_DEFAULT_OUTPUT_LIMIT
#define VM_DEFAULT_OUTPUT_LIMIT 0x100000ull
#endif

enum vm_exit {
    VM_EXIT_ECALL,  /* guest executed ecall: handle the system call, then vm_run again */
    VM_EXIT_HALTED, /* guest asked to exit (set by vm_halt from a system call) */
    VM_EXIT_FAULT,  /* guest raised an exception: see vm->fault */
    VM_EXIT_BUDGET, /* instret reached budget */
    VM_EXIT_STEP,   /* one instruction retired (vm_step only) */
};

enum vm_state {
    VM_STATE_RUNNING,
    VM_STATE_HALTED,
    VM_STATE_ERRORED,
    VM_STATE_BUDGET_EXHAUSTED,
    VM_STATE_KILLED, /* ended by a signal's default action (signal.c): vm->signals.fatal */
};

enum vm_fault_cause {
    VM_FAULT_NONE,
    VM_FAULT_ILLEGAL_INSTRUCTION,
    VM_FAULT_FETCH_ACCESS,
    VM_FAULT_LOAD_ACCESS,
    VM_FAULT_STORE_ACCESS,
    VM_FAULT_MISALIGNED_LOAD,  /* lr.w/lr.d on an address not naturally aligned */
    VM_FAULT_MISALIGNED_STORE, /* sc and AMOs on an address not naturally aligned */
    VM_FAULT_BREAKPOINT,
};

struct vm_fault {
    enum vm_fault_cause cause;
    uint64_t pc;   /* the instruction that raised it */
    uint64_t addr; /* faulting address (access and misaligned faults; pc for breakpoint) */
    uint32_t insn; /* the encoding (illegal instruction); a compressed one in the low 16 bits */
    /* Illegal instruction only: the extension the hart running the guest lacks, when the
     * native engine's hart refused an instruction of the VM's ISA ("Zbb"); else 0. */
    const char *hart_lacks;
};

#define VM_NO_RESERVATION (~0ull)

/* The process's memory layout (memory_map.c): one byte per guest page says what it holds. */
#define VM_PAGES (VM_MEMORY_SIZE / VM_PAGE_SIZE)
#define VM_STACK_SIZE 0x40000u                          /* the top 256 KiB */
#define VM_STACK_BOTTOM (VM_MEMORY_SIZE - VM_STACK_SIZE)
/* Below the stack: a gap that is never mapped, so that a stack overflow faults there (and is
 * reported as one) instead of running into a mapping, as Linux's stack guard gap does; below
 * it, one read-execute page holding the signal-return trampoline, as Linux's vDSO does.
 * mmap takes pages below both. */
#define VM_STACK_GUARD_SIZE 0x10000u
#define VM_STACK_GUARD_BOTTOM (VM_STACK_BOTTOM - VM_STACK_GUARD_SIZE)
#define VM_SIGRETURN_PAGE (VM_STACK_GUARD_BOTTOM - VM_PAGE_SIZE)

/* GUARD: the gap below the stack, never accessible. SIGRETURN: the trampoline page, read and
 * execute, which no system call unmaps or changes. */
enum vm_page_use { VM_PAGE_FREE, VM_PAGE_NULL, VM_PAGE_IMAGE, VM_PAGE_BREAK, VM_PAGE_MAPPED,
                   VM_PAGE_STACK, VM_PAGE_GUARD, VM_PAGE_SIGRETURN };

/* Page permissions: the values of Linux's PROT_READ, PROT_WRITE and PROT_EXEC. A page with no
 * bits (free pages, the null page, PROT_NONE) faults on every access. */
enum { VM_PROT_READ = 1, VM_PROT_WRITE = 2, VM_PROT_EXEC = 4, VM_PROT_RW = 3, VM_PROT_RWX = 7 };

struct vm_memory_map {
    uint8_t page_use[VM_PAGES];  /* enum vm_page_use */
    uint8_t page_prot[VM_PAGES]; /* VM_PROT_* bits; write or execute always come with read */
    uint64_t break_start;       /* the program break starts here (page-aligned image end) */
    uint64_t break_end;         /* the current break: brk(0) */
    /* Pages whose permissions changed, or whose bytes changed while executable (other than by
     * a guest store), since an engine that mirrors the map last caught up: [changed_first,
     * changed_end), empty when equal (vm_map_take_changes). The kernel's native engine keeps
     * its page tables and the hart's instruction fetch in step through it; the interpreter
     * reads the map itself and never needs it. */
    uint32_t changed_first, changed_end;
};

/* Decoded instructions (code_cache.h, code_cache.c): each executable guest page that has run
 * keeps its instructions decoded, so that the dispatch loop (dispatch.c) decodes an instruction
 * once, not every time it runs. A page has one slot per 2-byte parcel, since with the C
 * extension an instruction may start at any of them. Only a bounded number of pages is kept
 * (VM_CODE_CACHE_PAGES, taken back round-robin); the slots of a page that loses its execute
 * permission, or whose bytes change, are dropped or marked undecoded (code_cache.h says when). */
#define VM_CODE_SLOTS (VM_PAGE_SIZE / 2)
#ifndef VM_CODE_CACHE_PAGES
#define VM_CODE_CACHE_PAGES 128u /* of 16 KiB each: 2 MiB, room for 512 KiB of hot code */
#endif

struct vm_code_slot {
    uint16_t handler; /* what runs it (code_cache.h); 0 = not decoded yet */
    uint8_t rd, rs1;  /* as decoded; rd holds rs2 for stores and branches (code_cache.h) */
    int32_t imm;      /* the immediate, or what the handler needs instead (code_cache.h) */
};

struct vm_code_page {
    /* The page's parcels, then two slots past its end, where straight-line code that runs off
     * the page lands (after a 2- or a 4-byte instruction): they continue on the next page. */
    struct vm_code_slot slot[VM_CODE_SLOTS + 2];
};

/* Taking a page of slots back from another guest page's code (all are in use) costs this many
 * budget units on top of the instruction that needed it: the take and the decoding after it
 * are host work an instruction must pay for (code that fits in the cache never pays). */
#define VM_CODE_EVICTION_COST 32u

/* Decoded slots are tracked in lines of 8 (64 bytes): taking a page of slots clears only the
 * lines its previous guest page decoded, not all 16 KiB. */
#define VM_CODE_LINE_SLOTS 8u
#define VM_CODE_LINES (VM_CODE_SLOTS / VM_CODE_LINE_SLOTS)

struct vm_code_cache {
    struct vm_code_slot *page_slots[VM_PAGES]; /* a guest page's slots, or NULL when it has none */
    uint16_t guest_page[VM_CODE_CACHE_PAGES];  /* the guest page each page of slots serves; 0:
                                                  none (guest page 0 is the null page) */
    uint16_t free_pages[VM_CODE_CACHE_PAGES];  /* pages of slots serving none: a stack */
    uint32_t free_count;
    uint32_t next_victim;                      /* round-robin replacement when all are in use */
    uint64_t unpaid;                           /* eviction units the budget could not take yet */
    /* Per page of slots, the lines that may hold a decoded slot (all of them after a flush,
     * since vm_init leaves the slots as they were). */
    uint64_t dirty_lines[VM_CODE_CACHE_PAGES][VM_CODE_LINES / 64];
    /* Last, so that vm_init need not clear 2 MiB: a page of slots is cleared when taken. */
    struct vm_code_page pages[VM_CODE_CACHE_PAGES];
};

/* Per-process state of the system-call layer (syscall.c). */
struct vm_process {
    uint64_t random_state;             /* getrandom's stream, from the seed */
    uint64_t unknown_logged[16];       /* unknown system-call numbers < 1024 already logged */
    bool unknown_high_logged;          /* one log line covers every number >= 1024 */
    bool deterministic_clock;          /* clocks derived from instret instead of the host */
    uint64_t output_limit;             /* bytes fds 1 and 2 may take in all */
    uint64_t output_written;           /* bytes they have taken, <= output_limit */
    bool output_limit_logged;          /* one log line says the limit was reached */
    uint64_t syscall_work;             /* host work of the call being served, in work units */
};

/* The guest's ELF symbol table, for saying where it stopped (symbols.c). It points into the
 * ELF file the embedder gave vm_symbols_read, which must stay unchanged until the guest's last
 * report. All zero (file == NULL): no symbols. */
struct vm_symbols {
    const uint8_t *file;
    uint64_t file_size;
    uint64_t sections_offset; /* the section header table: section_count entries of 64 bytes */
    uint64_t section_count;
    uint64_t table_offset;    /* .symtab: count entries of 24 bytes */
    uint64_t count;
    uint64_t names_offset;    /* .strtab, up to and including its last NUL, so that every */
    uint64_t names_size;      /* name starting inside it ends inside it */
};

/* Signals (signal.c): what Linux keeps per process for them. Signal s is bit s - 1 of a mask
 * and entry s - 1 of the arrays. */
#define VM_SIGNALS 64u
#define VM_SIGNAL_QUEUE_MAX 64u /* instances of one real-time signal that may wait at once */

struct vm_signal_action {
    uint64_t handler; /* SIG_DFL (0), SIG_IGN (1) or the guest address of the handler */
    uint64_t flags;   /* SA_* */
    uint64_t mask;    /* blocked while the handler runs */
};

struct vm_signals {
    struct vm_signal_action action[VM_SIGNALS];
    uint64_t blocked;                   /* never SIGKILL or SIGSTOP */
    uint64_t pending;                   /* sent, not yet delivered */
    int32_t pending_code[VM_SIGNALS];   /* si_code of a pending signal */
    uint64_t pending_addr[VM_SIGNALS];  /* si_addr of a pending fault signal */
    uint8_t queued[VM_SIGNALS];         /* further instances of a pending real-time signal */
    uint64_t altstack_sp;               /* sigaltstack: base, size and flags as set */
    uint64_t altstack_size;
    uint32_t altstack_flags;
    uint32_t fatal;                     /* the signal that ended the run (VM_STATE_KILLED) */
    /* A system call a signal interrupted (it returned -LINUX_ERESTARTSYS), and its a0 as made:
     * the first handler delivered restarts it (SA_RESTART) or makes it return -EINTR; with
     * none, it restarts. */
    bool interrupted;
    uint64_t interrupted_a0;
};

/* The guest. Everything but the last field is shared by both engines, the interpreter here
 * (vm_run) and the kernel's native engine, which runs the guest on the hart itself
 * (kernel/native.c): the hart's user state, the count and the budget, how the guest stopped,
 * the page map, the process (system calls, signals, symbols). The last field is the
 * interpreter's alone: its decoded-instruction cache, which an engine that runs the guest on the
 * hart never reads. */
struct vm {
    /* ---- Shared: the hart's user-level state ---- */
    uint64_t x[32]; /* x[0] is forced to zero after every instruction */
    uint64_t f[32]; /* FP registers; singles are NaN-boxed (upper 32 bits all ones) */
    uint64_t pc;
    uint32_t fflags;      /* accrued FP exception flags, fcsr[4:0] */
    uint32_t frm;         /* dynamic rounding mode, fcsr[7:5] */
    uint64_t reservation; /* address reserved by lr, VM_NO_RESERVATION after any store */
    uint8_t *memory;  /* VM_MEMORY_SIZE bytes owned by the embedder */
    /* ---- Shared: the count and how the run stopped ---- */
    uint64_t instret; /* retired instructions; an ecall counts once it is handled */
    uint64_t budget;  /* an engine stops with VM_EXIT_BUDGET when instret reaches it */
    /* Set by an engine whose count is an estimate (the native engine where the hart's counter
     * is not an exact instruction count): the halting line then writes instret=~N. */
    bool instret_estimated;
    enum vm_state state;
    uint32_t exit_status; /* low 8 bits of the exit argument, as Linux reports it */
    struct vm_fault fault;
    /* ---- Shared: the process ---- */
    struct vm_memory_map map;
    struct vm_process process; /* vm_process_init (process.h) sets it up after vm_init */
    struct vm_symbols symbols;
    struct vm_signals signals;
    /* ---- The interpreter's alone ---- */
    struct vm_code_cache code; /* last: see vm_code_cache.pages */
};

/* Register names used by the system-call ABI. */
enum { VM_REG_SP = 2, VM_REG_A0 = 10, VM_REG_A7 = 17 };

/* Resets registers, count, state and the page map, empties the interpreter's cache and zeroes
 * memory; memory_size must be VM_MEMORY_SIZE. The process layer is set up next, by
 * vm_process_init (process.h). */
void vm_init(struct vm *vm, uint8_t *memory, size_t memory_size, uint64_t budget);

/* Runs from vm->pc until an exit reason. Valid only while vm->state is VM_STATE_RUNNING. */
enum vm_exit vm_run(struct vm *vm);

/* Executes at most one instruction: VM_EXIT_STEP, or the exit reason vm_run would give. */
enum vm_exit vm_step(struct vm *vm);

/* Stops the guest as if by exit(status). */
void vm_halt(struct vm *vm, uint64_t exit_argument);

/* True when [addr, addr + len) lies inside guest memory above the null page (permissions aside). */
bool vm_range_ok(const struct vm *vm, uint64_t addr, uint64_t len);

/* Host pointer to guest [addr, addr + len), or NULL unless the range lies in guest memory and
 * every page of it grants all of `prot` (VM_PROT_*). System calls use it for guest buffers. With
 * VM_PROT_WRITE the caller is about to change those bytes: decoded code of those pages is
 * dropped. */
uint8_t *vm_guest_bytes(struct vm *vm, uint64_t addr, uint64_t len, unsigned prot);

/* For an embedder that writes guest memory itself (not through vm_guest_bytes) after the guest
 * has run: forgets decoded code of the pages [addr, addr + len) touches. (vm_init and the ELF
 * loader need no such call.) */
void vm_code_changed(struct vm *vm, uint64_t addr, uint64_t len);

/* Forgets all decoded code, for an engine that ran the guest some other way (the kernel's native
 * engine: the hart's stores did not keep the interpreter's cache coherent) before the
 * interpreter runs it again. */
void vm_code_forget(struct vm *vm);

#endif
