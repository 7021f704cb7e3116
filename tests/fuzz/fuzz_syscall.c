/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the system-call layer on arbitrary numbers and arguments.
 *
 * Each input is a setup and then a sequence of calls made the way the run loop makes them
 * (a7 = number, a0-a5 = arguments, then vm_syscall). The memory calls (brk, mmap, munmap,
 * mremap, mprotect) and the signal calls are favoured, since they change the page map or
 * deliver signals; after every call the harness checks the page map, the signal state and the
 * registers: unchanged but a0, or, when a signal was delivered, a frame at sp and the registers
 * Linux sets for a handler. rt_sigreturn takes its sp from a0's tag, so it finds frames that
 * earlier deliveries wrote, the fuzzed frame (see below), or anything else. A pseudo-call raises
 * a fault (cause and address from its arguments) and hands it to vm_signal_fault, as the run
 * loop does.
 *
 * Input layout (zero past the end):
 *   setup (1 byte)   bit 0: load a fake image at IMAGE_START (the break then starts above it);
 *                    bit 1: give the host a clock; bits 2-4: the image's permissions;
 *                    bit 5: a fuzzed signal frame follows the scratch bytes
 *   image size (2)   in 16-byte units, when bit 0 is set
 *   scratch (16)     copied to 0x1000 and to the last 16 bytes of memory, so strings and
 *                    structures start at, and run off, the edges of guest memory
 *   frame (2 + n)    with bit 5: a length n (up to 1088), then n bytes written at FRAME_AT
 *   signal data (48) written at ACT_AT: a struct sigaction, then a stack_t (before the frame)
 *   calls            per call: a number tag, then six argument tags (see read_number, read_arg),
 *                    then for the signal calls a shape byte (see shape; for rt_sigreturn, bit 0
 *                    keeps sp) */
#include "fuzz_common.h"
#include "linux.h"
#include "memory_map.h"
#include "process.h"
#include "signals.h"

enum {
    IMAGE_START = 0x10000,
    MAX_CALLS = 64,
    SYS_KILL = 129, SYS_TKILL = 130, SYS_TGKILL = 131, SYS_RT_SIGPROCMASK = 135,
    SYS_RT_SIGRETURN = 139,
    SYS_BRK = 214, SYS_MUNMAP = 215, SYS_MREMAP = 216, SYS_MMAP = 222, SYS_MPROTECT = 226,
    FRAME_AT = 0x3fe000, /* where a fuzzed frame goes: in the stack, below sp */
    ACT_AT = 0x3fd000,   /* fuzzed struct sigaction, then stack_t, in the stack */
    OLD_AT = 0x3fd800,   /* room for what the calls report */
};
/* Not a system call: raises a fault for vm_signal_fault (see fault). */
#define PSEUDO_FAULT 0x7fff0001ull

/* The numbers Basin implements, some it does not, the memory and signal calls several times
 * over, and the fault pseudo-call. */
static const uint64_t numbers[] = {
    SYS_BRK, SYS_MMAP, SYS_MUNMAP, SYS_MREMAP, SYS_MPROTECT, SYS_BRK, SYS_MMAP, SYS_MUNMAP,
    SYS_MREMAP, SYS_MMAP, 29, 56, 57, 62, 63, 64, 66, 78, 79, 80, 93, 94, 96, 98, 99, 113,
    124, 134, 135, 160, 169, 172, 173, 174, 175, 176, 177, 178, 179, 233, 261, 278, 293,
    0, 1, 1023, 1024, 0xffffffffffffffffull,
    129, 130, 131, 132, 134, 135, 136, 139, 129, 131, 134, 135, 139, 139, 133, 137, 138,
    PSEUDO_FAULT, PSEUDO_FAULT,
};

/* Pointers and lengths at, across and past the edges of guest memory, and values that wrap;
 * signal numbers and masks. */
static const uint64_t edges[] = {
    0, 0xfff, 0x1000, 0x1001, 0x2000, IMAGE_START, 0x200000, VM_SIGRETURN_PAGE,
    VM_STACK_GUARD_BOTTOM, VM_STACK_BOTTOM - 0x1000, VM_STACK_BOTTOM, FRAME_AT, 0x3ff000,
    0x3ffff0, 0x3ffff8, 0x3fffff, 0x400000, 0x400001, 0x1000000, ACT_AT, ACT_AT + 24, OLD_AT, 8,
    0x7ffffffffffff000ull, 0x8000000000000000ull, 0xfffffffffffff000ull,
    0xfffffffffffffff0ull, 0xffffffffffffffffull,
    1, 6, 9, 10, 11, 17, 19, 32, 64, 65, 0x8000000, 0x44000000, 0x80000004, 0xffffffff,
};

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

struct session {
    struct vm *vm;
    const struct vm_host *host;
    uint64_t break_start;     /* fixed once the image is set */
    uint64_t image_end_page;  /* pages [IMAGE_START page, this) hold the image, 0 without one */
    uint64_t last_address;    /* the last address a call returned: later calls aim at it */
};

static uint64_t read_number(struct fuzz_reader *r) {
    uint8_t tag = fuzz_u8(r);
    if (tag < 0xf0) return numbers[tag % COUNT(numbers)];
    return fuzz_u64(r);
}

static uint64_t read_arg(struct fuzz_reader *r, uint64_t last_address) {
    uint8_t tag = fuzz_u8(r);
    uint64_t pick = tag / 8;
    switch (tag % 8) {
    case 0: return edges[pick % COUNT(edges)];
    case 1: return edges[pick % COUNT(edges)] + (uint64_t)(int64_t)(int8_t)fuzz_u8(r);
    case 2: return fuzz_u8(r); /* small: fds, flags, counts */
    case 3: return last_address + (uint64_t)(int64_t)(int16_t)fuzz_bytes(r, 2);
    case 4: return fuzz_u64(r);
    case 5: return fuzz_bytes(r, 2) * (uint64_t)VM_PAGE_SIZE % (2 * VM_MEMORY_SIZE); /* lengths */
    case 6: /* mmap flags: mostly valid combinations */
        return (pick & 1 ? LINUX_MAP_PRIVATE : 0) | (pick & 2 ? LINUX_MAP_SHARED : 0) |
               (pick & 4 ? 0 : LINUX_MAP_ANONYMOUS) | (pick & 8 ? LINUX_MAP_FIXED : 0) |
               (pick & 16 ? 1 : 0);
    default: return VM_NULL_PAGE_SIZE + fuzz_bytes(r, 4) % (VM_MEMORY_SIZE - VM_NULL_PAGE_SIZE);
    }
}

static uint64_t page_up(uint64_t addr) { return (addr + VM_PAGE_SIZE - 1) / VM_PAGE_SIZE; }

/* The page map after any call: valid uses, the null page and stack untouched, the image intact,
 * break pages exactly between the break's start and its end. */
static void check_map(const struct session *s) {
    const struct vm_memory_map *map = &s->vm->map;
    FUZZ_CHECK(map->break_start == s->break_start);
    FUZZ_CHECK(map->break_start <= map->break_end && map->break_end <= VM_SIGRETURN_PAGE);
    uint64_t break_first = map->break_start / VM_PAGE_SIZE, break_end = page_up(map->break_end);
    const uint32_t trampoline[2] = {0x08b00893, 0x00000073}; /* li a7, 139; ecall */
    FUZZ_CHECK(memcmp(s->vm->memory + VM_SIGRETURN_PAGE, trampoline, sizeof trampoline) == 0);
    for (uint64_t page = 0; page < VM_PAGES; page++) {
        uint8_t use = s->vm->map.page_use[page];
        FUZZ_CHECK(use <= VM_PAGE_SIGRETURN);
        FUZZ_CHECK((use == VM_PAGE_NULL) == (page == 0));
        FUZZ_CHECK((use == VM_PAGE_STACK) == (page >= VM_STACK_BOTTOM / VM_PAGE_SIZE));
        FUZZ_CHECK((use == VM_PAGE_GUARD) == (page >= VM_STACK_GUARD_BOTTOM / VM_PAGE_SIZE &&
                                              page < VM_STACK_BOTTOM / VM_PAGE_SIZE));
        FUZZ_CHECK((use == VM_PAGE_SIGRETURN) == (page == VM_SIGRETURN_PAGE / VM_PAGE_SIZE));
        if (use == VM_PAGE_GUARD) FUZZ_CHECK(s->vm->map.page_prot[page] == 0);
        if (use == VM_PAGE_SIGRETURN) FUZZ_CHECK(s->vm->map.page_prot[page] == (VM_PROT_READ | VM_PROT_EXEC));
        bool image = s->image_end_page != 0 && page >= IMAGE_START / VM_PAGE_SIZE &&
                     page < s->image_end_page;
        FUZZ_CHECK((use == VM_PAGE_IMAGE) == image);
        FUZZ_CHECK((use == VM_PAGE_BREAK) == (page >= break_first && page < break_end));
        /* Free pages have no permissions, and write or execute come with read (mprotect may
         * change any other page's). */
        uint8_t prot = s->vm->map.page_prot[page];
        FUZZ_CHECK(prot <= VM_PROT_RWX && (prot == 0 || (prot & VM_PROT_READ) != 0));
        if (use == VM_PAGE_FREE || use == VM_PAGE_NULL) FUZZ_CHECK(prot == 0);
    }
}

static bool pages_mapped(const struct vm *vm, uint64_t addr, uint64_t length) {
    for (uint64_t page = addr / VM_PAGE_SIZE; page < page_up(addr + length); page++)
        if (vm->map.page_use[page] != VM_PAGE_MAPPED) return false;
    return true;
}

/* A successful mmap or mremap returns page-aligned, mapped memory below the trampoline page. */
static void check_mapping(const struct vm *vm, int64_t result, uint64_t length) {
    if (result < 0) return;
    uint64_t addr = (uint64_t)result;
    FUZZ_CHECK(addr % VM_PAGE_SIZE == 0 && addr >= VM_NULL_PAGE_SIZE);
    FUZZ_CHECK(length <= VM_SIGRETURN_PAGE - addr);
    FUZZ_CHECK(pages_mapped(vm, addr, length));
}

/* What each memory call returns must agree with the map it left. */
static void check_result(struct session *s, uint64_t number, const uint64_t *arg, int64_t result) {
    switch (number) {
    case SYS_BRK: FUZZ_CHECK((uint64_t)result == s->vm->map.break_end); break;
    case SYS_MMAP: check_mapping(s->vm, result, arg[1]); break;
    case SYS_MREMAP: check_mapping(s->vm, result, arg[2]); break;
    case SYS_MUNMAP:
    case SYS_MPROTECT: FUZZ_CHECK(result == 0 || (result < 0 && result >= -4095)); break;
    default: break;
    }
    if (result >= VM_NULL_PAGE_SIZE && result < VM_MEMORY_SIZE) s->last_address = (uint64_t)result;
}

#define BIT(signal) (1ull << ((signal) - 1))

/* Without help, a fuzzer rarely gives a signal call a sigsetsize of 8, a readable struct and a
 * valid signal at once, or sends the signal it installed a handler for: a shape byte's bits
 * may set them (bit 0 the size or a pid of 1, bit 1 the structure at ACT_AT, bit 2 room at
 * OLD_AT for the old values, bit 3 a valid signal, bit 4 SIGUSR1, the same for every call). */
static void shape(uint64_t number, uint64_t *arg, uint8_t how) {
    switch (number) {
    case 134: /* rt_sigaction(sig, act, oldact, sigsetsize) */
        if (how & 1) arg[3] = 8;
        if (how & 2) arg[1] = ACT_AT;
        if (how & 4) arg[2] = OLD_AT;
        if (how & 8) arg[0] = 1 + arg[0] % VM_SIGNALS;
        if (how & 16) arg[0] = LINUX_SIGUSR1;
        break;
    case 135: /* rt_sigprocmask(how, set, oldset, sigsetsize) */
        if (how & 1) arg[3] = 8;
        if (how & 2) arg[1] = ACT_AT + SIGACTION_MASK;
        if (how & 4) arg[2] = OLD_AT;
        if (how & 8) arg[0] %= 3;
        break;
    case 136: /* rt_sigpending(set, sigsetsize) */
        if (how & 1) arg[1] = 8;
        if (how & 4) arg[0] = OLD_AT;
        break;
    case 132: /* sigaltstack(ss, old_ss) */
        if (how & 2) arg[0] = ACT_AT + SIGACTION_SIZE;
        if (how & 4) arg[1] = OLD_AT;
        break;
    case SYS_KILL: case SYS_TKILL: /* kill(pid, sig), tkill(tid, sig) */
        if (how & 1) arg[0] = 1;
        if (how & 8) arg[1] = 1 + arg[1] % VM_SIGNALS;
        if (how & 16) arg[1] = LINUX_SIGUSR1;
        break;
    case SYS_TGKILL: /* tgkill(tgid, tid, sig) */
        if (how & 1) arg[0] = arg[1] = 1;
        if (how & 8) arg[2] = 1 + arg[2] % VM_SIGNALS;
        if (how & 16) arg[2] = LINUX_SIGUSR1;
        break;
    default: break;
    }
}

/* The signal state between calls: SIGKILL and SIGSTOP never blocked, nothing deliverable left
 * pending, the alternate stack either off or at least MINSIGSTKSZ. */
static void check_signals(const struct vm *vm) {
    const struct vm_signals *signals = &vm->signals;
    FUZZ_CHECK((signals->blocked & (BIT(LINUX_SIGKILL) | BIT(LINUX_SIGSTOP))) == 0);
    if (vm->state == VM_STATE_RUNNING) FUZZ_CHECK((signals->pending & ~signals->blocked) == 0);
    FUZZ_CHECK(signals->altstack_size == 0 || signals->altstack_size >= LINUX_MINSIGSTKSZ);
    for (unsigned i = 0; i < VM_SIGNALS; i++) {
        FUZZ_CHECK((signals->action[i].mask & (BIT(LINUX_SIGKILL) | BIT(LINUX_SIGSTOP))) == 0);
        FUZZ_CHECK((signals->action[i].flags & ~(uint64_t)LINUX_UAPI_SA_FLAGS) == 0);
        FUZZ_CHECK(signals->queued[i] <= VM_SIGNAL_QUEUE_MAX);
        if (signals->queued[i] != 0) FUZZ_CHECK((signals->pending & (1ull << i)) != 0 && i >= 31);
    }
    FUZZ_CHECK(signals->action[LINUX_SIGKILL - 1].handler == 0 && signals->action[LINUX_SIGSTOP - 1].handler == 0);
    FUZZ_CHECK(vm->pc % 2 == 0);
}

/* A handler was entered: the registers Linux sets, and a frame at sp naming the signal. */
static void check_handler_entry(struct vm *vm) {
    uint64_t frame = vm->x[VM_REG_SP], signal = vm->x[VM_REG_A0];
    FUZZ_CHECK(signal >= 1 && signal <= VM_SIGNALS && signal != LINUX_SIGKILL && signal != LINUX_SIGSTOP);
    FUZZ_CHECK(frame % 16 == 0 && vm->x[11] == frame && vm->x[12] == frame + SIGFRAME_UC);
    FUZZ_CHECK(vm->x[1] == VM_SIGRETURN_PAGE);
    const uint8_t *bytes = vm_guest_bytes(vm, frame, SIGFRAME_SIZE, VM_PROT_READ | VM_PROT_WRITE);
    FUZZ_CHECK(bytes != 0);
    uint32_t signo;
    memcpy(&signo, bytes + SIGINFO_SIGNO, 4);
    FUZZ_CHECK(signo == signal);
}

/* The fault pseudo-call: the instruction at pc "faults" with a cause and address from the
 * arguments, and the run loop's fault path decides. */
static void fault(struct vm *vm, const uint64_t *arg) {
    vm->fault.cause = (enum vm_fault_cause)(VM_FAULT_ILLEGAL_INSTRUCTION + arg[0] % 7);
    vm->fault.pc = vm->pc;
    vm->fault.addr = arg[1];
    vm->fault.insn = (uint32_t)arg[2];
    vm->state = VM_STATE_ERRORED;
    uint64_t instret = vm->instret;
    bool runs_on = vm_signal_fault(vm);
    FUZZ_CHECK(runs_on == (vm->state == VM_STATE_RUNNING));
    if (runs_on) {
        FUZZ_CHECK(vm->fault.cause == VM_FAULT_NONE && vm->instret > instret);
        check_handler_entry(vm);
    } else {
        FUZZ_CHECK(vm->state == VM_STATE_ERRORED ||
                   (vm->state == VM_STATE_KILLED && vm->signals.fatal == LINUX_SIGSEGV));
    }
}

/* The registers a handler's entry sets. */
static bool entry_register(int i) { return i == 1 || i == VM_REG_SP || i == 11 || i == 12; }

/* One call; false once the guest has stopped. */
static bool call(struct session *s, struct fuzz_reader *r) {
    struct vm *vm = s->vm;
    uint64_t number = read_number(r), arg[6];
    for (int i = 0; i < 6; i++) arg[i] = read_arg(r, s->last_address);
    uint8_t how = (number >= SYS_KILL && number <= 136) || number == SYS_RT_SIGRETURN ? fuzz_u8(r) : 0;
    shape(number, arg, how);
    vm->x[VM_REG_A7] = number;
    memcpy(&vm->x[VM_REG_A0], arg, sizeof arg);
    /* rt_sigreturn finds its frame at sp: where the last handler's frame is, or at a0's value. */
    if (number == SYS_RT_SIGRETURN && (how & 1) == 0) vm->x[VM_REG_SP] = arg[0];
    uint64_t before[32], pc = vm->pc;
    memcpy(before, vm->x, sizeof before);
    if (number == PSEUDO_FAULT) fault(vm, arg);
    else vm_syscall(vm, s->host);
    bool ordinary = number != PSEUDO_FAULT && number != SYS_RT_SIGRETURN;
    bool entered = vm->pc != pc;
    for (int i = 0; i < 32; i++) entered |= entry_register(i) && vm->x[i] != before[i];
    /* An ordinary call changes a0 and nothing else of the registers, or, delivering a signal as
     * it returns, also the registers a handler starts with. */
    if (ordinary) {
        for (int i = 0; i < 32; i++)
            if (i != VM_REG_A0 && !(entered && entry_register(i))) FUZZ_CHECK(vm->x[i] == before[i]);
        if (entered) check_handler_entry(vm);
    }
    check_map(s);
    check_signals(vm);
    if (vm->state != VM_STATE_RUNNING) {
        bool exits = number == 93 || number == 94;
        bool signals = number == SYS_KILL || number == SYS_TKILL || number == SYS_TGKILL ||
                       number == SYS_RT_SIGPROCMASK || number == SYS_RT_SIGRETURN || number == PSEUDO_FAULT;
        FUZZ_CHECK((vm->state == VM_STATE_HALTED && exits) ||
                   (vm->state == VM_STATE_KILLED && signals && vm->signals.fatal >= 1 &&
                    vm->signals.fatal <= VM_SIGNALS) ||
                   (vm->state == VM_STATE_ERRORED && number == PSEUDO_FAULT));
        return false;
    }
    if (ordinary && !entered) check_result(s, number, arg, (int64_t)vm->x[VM_REG_A0]);
    return true;
}

static void setup(struct session *s, struct fuzz_reader *r, uint8_t flags) {
    struct vm *vm = s->vm;
    uint64_t image_size = fuzz_bytes(r, 2) * 16;
    if (flags & 1) {
        FUZZ_CHECK(vm_map_set_image(vm, IMAGE_START, IMAGE_START + image_size));
        vm_map_grant(vm, IMAGE_START, IMAGE_START + image_size, (flags >> 2) & VM_PROT_RWX);
        s->image_end_page = page_up(IMAGE_START + image_size);
        if (image_size == 0) s->image_end_page = 0; /* an empty image marks no page */
    }
    s->break_start = vm->map.break_start;
    s->last_address = s->break_start;
    uint8_t scratch[16] = {0};
    for (unsigned i = 0; i < sizeof scratch; i++) scratch[i] = fuzz_u8(r);
    memcpy(vm->memory + VM_NULL_PAGE_SIZE, scratch, sizeof scratch);
    memcpy(vm->memory + VM_MEMORY_SIZE - sizeof scratch, scratch, sizeof scratch);
    for (unsigned i = 0; i < 2 * SIGACTION_SIZE; i++) vm->memory[ACT_AT + i] = fuzz_u8(r);
    if (flags & 32) { /* a fuzzed signal frame for rt_sigreturn to find */
        uint64_t length = fuzz_bytes(r, 2) % (SIGFRAME_SIZE + 1);
        for (uint64_t i = 0; i < length; i++) vm->memory[FRAME_AT + i] = fuzz_u8(r);
    }
    vm->pc = IMAGE_START + 4; /* just past the ecall, as after VM_EXIT_ECALL */
    vm->x[VM_REG_SP] = VM_MEMORY_SIZE - 64;
    check_map(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct fuzz_reader r = {data, size, 0};
    struct vm *vm = &fuzz_vm;
    vm_init(vm, fuzz_memory, sizeof fuzz_memory, VM_DEFAULT_BUDGET);
    vm_process_init(vm, VM_DEFAULT_SEED, VM_DEFAULT_OUTPUT_LIMIT);
    uint8_t flags = fuzz_u8(&r);
    uint64_t clock = 987654321;
    struct vm_host host = {.context = &clock, .write = fuzz_host_write, .read = fuzz_host_read,
                           .clock_ns = (flags & 2) ? fuzz_host_clock : 0, .log = fuzz_host_log};
    struct session s = {.vm = vm, .host = &host};
    setup(&s, &r, flags);
    for (int calls = 0; calls < MAX_CALLS && fuzz_more(&r); calls++)
        if (!call(&s, &r)) break;
    /* The null page is never handed out, so nothing may have written to it. */
    for (unsigned i = 0; i < VM_NULL_PAGE_SIZE; i++) FUZZ_CHECK(vm->memory[i] == 0);
    return 0;
}
