/* SPDX-License-Identifier: MIT */
/* Linux signals, as Linux riscv64 keeps and delivers them for a single-threaded process that
 * signals itself or is signalled from outside (the host: vm_poll_host). Sending marks a signal
 * pending; delivery happens only where the guest would return to user mode on Linux: after a
 * system call, after a fault, and between two instructions for a signal from outside. A handler
 * runs on a struct rt_sigframe (linux.h) pushed on the guest's stack or its alternate stack, and
 * returns through the trampoline page (memory_map.c) to rt_sigreturn. Every frame address comes from
 * the guest and is checked with vm_guest_bytes like any system-call buffer. */
#include "signals.h"

#include <string.h>

#include "linux.h"
#include "vm_assert.h"
#include "vm_internal.h"

/* Signal `signal`'s bit in a mask. */
static uint64_t bit(unsigned signal) {
    VM_ASSERT(signal >= 1 && signal <= VM_SIGNALS);
    return 1ull << (signal - 1);
}

#define SIGNAL_BIT(signal) (1ull << ((signal) - 1))
static const uint64_t unblockable = SIGNAL_BIT(LINUX_SIGKILL) | SIGNAL_BIT(LINUX_SIGSTOP);
/* Linux's SYNCHRONOUS_MASK: these are dequeued first. */
static const uint64_t synchronous = SIGNAL_BIT(LINUX_SIGSEGV) | SIGNAL_BIT(LINUX_SIGBUS) |
                                    SIGNAL_BIT(LINUX_SIGILL) | SIGNAL_BIT(LINUX_SIGTRAP) |
                                    SIGNAL_BIT(LINUX_SIGFPE) | SIGNAL_BIT(LINUX_SIGSYS);
/* Signals whose default action is to do nothing. */
static const uint64_t default_ignored = SIGNAL_BIT(LINUX_SIGCHLD) | SIGNAL_BIT(LINUX_SIGCONT) |
                                        SIGNAL_BIT(LINUX_SIGURG) | SIGNAL_BIT(LINUX_SIGWINCH);
static const uint64_t stop_signals = SIGNAL_BIT(LINUX_SIGSTOP) | SIGNAL_BIT(LINUX_SIGTSTP) |
                                     SIGNAL_BIT(LINUX_SIGTTIN) | SIGNAL_BIT(LINUX_SIGTTOU);

enum { REG_RA = 1, REG_A1 = 11, REG_A2 = 12 };

/* One delivery's siginfo: kill and tgkill give si_pid and si_uid (si_code <= 0: addr holds
 * si_pid, 1 for the process itself, 0 for a sender outside), faults si_addr. */
struct signal_info {
    unsigned signal;
    int32_t code;
    uint64_t addr;
};
enum { PID_SELF = 1, PID_OUTSIDE = 0 };

static void put32(uint8_t *at, uint32_t value) { memcpy(at, &value, 4); }
static void put64(uint8_t *at, uint64_t value) { memcpy(at, &value, 8); }
static uint32_t get32(const uint8_t *at) {
    uint32_t value;
    memcpy(&value, at, 4);
    return value;
}
static uint64_t get64(const uint8_t *at) {
    uint64_t value;
    memcpy(&value, at, 8);
    return value;
}

void vm_signals_init(struct vm *vm) {
    VM_ASSERT(vm != 0);
    memset(&vm->signals, 0, sizeof vm->signals);
    vm->signals.altstack_flags = LINUX_SS_DISABLE;
}

/* ---- the alternate stack ---- */

/* Linux's on_sig_stack: sp lies in the alternate stack (which grows down from its top). */
static bool on_altstack(const struct vm_signals *signals, uint64_t sp) {
    if ((signals->altstack_flags & LINUX_SS_AUTODISARM) != 0) return false;
    return sp > signals->altstack_sp && sp - signals->altstack_sp <= signals->altstack_size;
}

/* Linux's sas_ss_flags: SS_DISABLE, SS_ONSTACK or 0. */
static uint32_t altstack_state(const struct vm_signals *signals, uint64_t sp) {
    if (signals->altstack_size == 0) return LINUX_SS_DISABLE;
    return on_altstack(signals, sp) ? LINUX_SS_ONSTACK : 0;
}

/* Linux's do_sigaltstack with a new stack, sp being the guest's: 0 or a negative errno. */
static int64_t set_altstack(struct vm_signals *signals, uint64_t sp, uint64_t base,
                            uint32_t flags, uint64_t size) {
    if (on_altstack(signals, sp)) return -LINUX_EPERM;
    uint32_t mode = flags & ~LINUX_SS_AUTODISARM;
    if (mode != LINUX_SS_DISABLE && mode != LINUX_SS_ONSTACK && mode != 0) return -LINUX_EINVAL;
    if (mode == LINUX_SS_DISABLE) {
        base = 0;
        size = 0;
    } else if (size < LINUX_MINSIGSTKSZ) {
        return -LINUX_ENOMEM;
    }
    signals->altstack_sp = base;
    signals->altstack_size = size;
    signals->altstack_flags = flags;
    return 0;
}

/* ---- sending ---- */

/* Linux's sig_ignored for an unblocked signal: its action is to do nothing. */
static bool ignored(const struct vm_signals *signals, unsigned signal) {
    uint64_t handler = signals->action[signal - 1].handler;
    return handler == LINUX_SIG_IGN || (handler == LINUX_SIG_DFL && (bit(signal) & default_ignored) != 0);
}

/* Forgets every pending instance of the signals in `mask`. */
static void discard(struct vm_signals *signals, uint64_t mask) {
    signals->pending &= ~mask;
    for (unsigned signal = 1; signal <= VM_SIGNALS; signal++)
        if ((mask & bit(signal)) != 0) signals->queued[signal - 1] = 0;
}

/* Linux's send_signal to this process: 0, or -EAGAIN when a real-time signal's queue is full
 * for tkill/tgkill (kill then still leaves it pending once, as Linux does). A standard signal
 * already pending is not queued again; an ignored one that is not blocked is dropped. */
static int64_t post(struct vm *vm, unsigned signal, int32_t code, uint64_t addr) {
    struct vm_signals *signals = &vm->signals;
    VM_ASSERT(signal >= 1 && signal <= VM_SIGNALS);
    /* prepare_signal: a stop signal cancels a pending SIGCONT, and SIGCONT pending stops. */
    if ((bit(signal) & stop_signals) != 0) discard(signals, bit(LINUX_SIGCONT));
    if (signal == LINUX_SIGCONT) discard(signals, stop_signals);
    if ((signals->blocked & bit(signal)) == 0 && ignored(signals, signal)) return 0;
    if ((signals->pending & bit(signal)) != 0) {
        if (signal < LINUX_SIGRTMIN) return 0;
        if (signals->queued[signal - 1] < VM_SIGNAL_QUEUE_MAX) {
            signals->queued[signal - 1]++;
            return 0;
        }
        return code == LINUX_SI_USER ? 0 : -LINUX_EAGAIN;
    }
    signals->pending |= bit(signal);
    signals->pending_code[signal - 1] = code;
    signals->pending_addr[signal - 1] = addr;
    return 0;
}

/* Linux's force_sig: a signal the process cannot refuse; blocked or ignored, its action
 * becomes the default and it is unblocked. */
static void force(struct vm *vm, unsigned signal, int32_t code, uint64_t addr) {
    struct vm_signals *signals = &vm->signals;
    struct vm_signal_action *action = &signals->action[signal - 1];
    if (action->handler == LINUX_SIG_IGN || (signals->blocked & bit(signal)) != 0) {
        action->handler = LINUX_SIG_DFL;
        signals->blocked &= ~bit(signal);
    }
    post(vm, signal, code, addr);
    VM_ASSERT((signals->pending & ~signals->blocked & bit(signal)) != 0);
}

/* The process ends as a fatal default action ends it: terminate, core dump, or stop (nothing
 * could ever continue a stopped guest, so a stop ends the run too). */
static void kill_guest(struct vm *vm, unsigned signal) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    vm->state = VM_STATE_KILLED;
    vm->signals.fatal = signal;
}

/* Sent by the process to itself (kill, tkill, tgkill): sig 0 only checks that it exists. */
static int64_t send_to_self(struct vm *vm, uint64_t signal_argument, int32_t code) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    VM_ASSERT(code == LINUX_SI_USER || code == LINUX_SI_TKILL);
    uint32_t signal = (uint32_t)signal_argument; /* an int in the system call */
    if (signal > VM_SIGNALS) return -LINUX_EINVAL;
    if (signal == 0) return 0;
    return post(vm, signal, code, PID_SELF);
}

void vm_signal_post_outside(struct vm *vm, uint32_t polled) {
    uint32_t signal = polled & ~VM_SIGNAL_FROM_TERMINAL;
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    VM_ASSERT(signal >= 1 && signal <= VM_SIGNALS);
    int32_t code = (polled & VM_SIGNAL_FROM_TERMINAL) != 0 ? LINUX_SI_KERNEL : LINUX_SI_USER;
    (void)post(vm, signal, code, PID_OUTSIDE);
}

/* ---- delivery ---- */

/* Linux's get_sigframe: below sp, or at the top of the alternate stack for SA_ONSTACK when the
 * guest is not already on it; 16-byte aligned. A frame that would run off the alternate stack
 * gets an address that no check accepts, as Linux's -1. */
static uint64_t frame_address(const struct vm *vm, uint64_t flags) {
    const struct vm_signals *signals = &vm->signals;
    VM_ASSERT(SIGFRAME_SIZE % 16 == 0);
    uint64_t sp = vm->x[VM_REG_SP];
    if (on_altstack(signals, sp) && !on_altstack(signals, sp - SIGFRAME_SIZE)) return ~0ull;
    if ((flags & LINUX_SA_ONSTACK) != 0 && altstack_state(signals, sp) == 0)
        sp = signals->altstack_sp + signals->altstack_size;
    return (sp - SIGFRAME_SIZE) & ~15ull;
}

static void write_registers(const struct vm *vm, uint8_t *frame) {
    put64(frame + SIGFRAME_REGS, vm->pc);
    for (unsigned i = 1; i < 32; i++) put64(frame + SIGFRAME_REGS + 8 * i, vm->x[i]);
    for (unsigned i = 0; i < 32; i++) put64(frame + SIGFRAME_FPREGS + 8 * i, vm->f[i]);
    put32(frame + SIGFRAME_FCSR, vm->frm << 5 | vm->fflags);
}

/* Linux's setup_rt_frame: false, with nothing changed, when the frame is not writable. */
static bool write_frame(struct vm *vm, uint64_t at, const struct signal_info *info) {
    const struct vm_signals *signals = &vm->signals;
    uint8_t *frame = vm_guest_bytes(vm, at, SIGFRAME_SIZE, VM_PROT_WRITE);
    if (frame == 0) return false;
    VM_ASSERT(at % 16 == 0);
    vm_add_byte_work(vm, SIGFRAME_SIZE, VM_WORK_FRAME_BYTES); /* the frame written */
    memset(frame, 0, SIGFRAME_SIZE);
    put32(frame + SIGINFO_SIGNO, info->signal);
    put32(frame + SIGINFO_CODE, (uint32_t)info->code);
    if (info->code > 0) put64(frame + SIGINFO_ADDR, info->addr);
    else put32(frame + SIGINFO_PID, (uint32_t)info->addr); /* and si_uid 0: user 0 */
    put64(frame + SIGFRAME_UC_STACK + STACK_T_SP, signals->altstack_sp);
    put32(frame + SIGFRAME_UC_STACK + STACK_T_FLAGS, signals->altstack_flags);
    put64(frame + SIGFRAME_UC_STACK + STACK_T_SIZE_FIELD, signals->altstack_size);
    put64(frame + SIGFRAME_UC_SIGMASK, signals->blocked);
    write_registers(vm, frame);
    return true;
}

/* Linux's force_sigsegv after a frame could not be written: fatal when it was SIGSEGV's own. */
static void frame_failed(struct vm *vm, unsigned signal) {
    if (signal == LINUX_SIGSEGV) kill_guest(vm, LINUX_SIGSEGV);
    else force(vm, LINUX_SIGSEGV, LINUX_SI_KERNEL, 0);
}

/* The system call a signal interrupted, as the first handler (or none) finds it: run again
 * from its ecall with its arguments (the frame then returns there), or ended with -EINTR. */
static void resume_interrupted(struct vm *vm, bool restart) {
    struct vm_signals *signals = &vm->signals;
    VM_ASSERT(signals->interrupted && vm->x[VM_REG_A0] == (uint64_t)-LINUX_ERESTARTSYS);
    signals->interrupted = false;
    if (restart) {
        vm->x[VM_REG_A0] = signals->interrupted_a0;
        vm->pc -= 4; /* ecall has no compressed form */
    } else {
        vm->x[VM_REG_A0] = (uint64_t)-LINUX_EINTR;
    }
}

/* Runs the handler: a frame, then the registers Linux sets (the others keep their values, and
 * sepc's bit 0 reads as zero), then the handler's mask. */
static void run_handler(struct vm *vm, const struct vm_signal_action *action,
                        const struct signal_info *info) {
    struct vm_signals *signals = &vm->signals;
    VM_ASSERT(action->handler != LINUX_SIG_DFL && action->handler != LINUX_SIG_IGN);
    VM_ASSERT(info->signal != LINUX_SIGKILL && info->signal != LINUX_SIGSTOP);
    if (signals->interrupted) resume_interrupted(vm, (action->flags & LINUX_SA_RESTART) != 0);
    uint64_t frame = frame_address(vm, action->flags);
    if (!write_frame(vm, frame, info)) {
        frame_failed(vm, info->signal);
        return;
    }
    if ((signals->altstack_flags & LINUX_SS_AUTODISARM) != 0)
        set_altstack(signals, 0, 0, LINUX_SS_DISABLE, 0); /* sas_ss_reset */
    vm->x[REG_RA] = VM_SIGRETURN_PAGE;
    vm->x[VM_REG_SP] = frame;
    vm->x[VM_REG_A0] = info->signal;
    vm->x[REG_A1] = frame + SIGFRAME_INFO;
    vm->x[REG_A2] = frame + SIGFRAME_UC;
    vm->pc = action->handler & ~1ull;
    vm->reservation = VM_NO_RESERVATION;
    signals->blocked |= action->mask;
    if ((action->flags & LINUX_SA_NODEFER) == 0) signals->blocked |= bit(info->signal);
    signals->blocked &= ~unblockable;
}

/* One dequeued signal: its action. */
static void act(struct vm *vm, const struct signal_info *info) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    VM_ASSERT(info->signal >= 1 && info->signal <= VM_SIGNALS);
    struct vm_signal_action *slot = &vm->signals.action[info->signal - 1];
    const struct vm_signal_action action = *slot;
    if (action.handler == LINUX_SIG_IGN) return;
    if (action.handler == LINUX_SIG_DFL) {
        if ((bit(info->signal) & default_ignored) == 0) kill_guest(vm, info->signal);
        return;
    }
    if ((action.flags & LINUX_SA_RESETHAND) != 0) slot->handler = LINUX_SIG_DFL;
    run_handler(vm, &action, info);
}

/* Linux's next_signal: the lowest-numbered synchronous signal, else the lowest-numbered. */
static unsigned next_signal(uint64_t ready) {
    VM_ASSERT(ready != 0);
    uint64_t choice = (ready & synchronous) != 0 ? ready & synchronous : ready;
    return (unsigned)__builtin_ctzll(choice) + 1;
}

static void dequeue(struct vm_signals *signals, unsigned signal, struct signal_info *info) {
    VM_ASSERT((signals->pending & bit(signal)) != 0);
    info->signal = signal;
    info->code = signals->pending_code[signal - 1];
    info->addr = signals->pending_addr[signal - 1];
    if (signals->queued[signal - 1] > 0) signals->queued[signal - 1]--;
    else signals->pending &= ~bit(signal);
}

/* Every instance that can be pending at once, and one forced SIGSEGV for each. */
#define DELIVERY_PASSES (2u * VM_SIGNALS * (VM_SIGNAL_QUEUE_MAX + 1u) + 2u)

void vm_signal_deliver(struct vm *vm) {
    struct vm_signals *signals = &vm->signals;
    VM_ASSERT((signals->blocked & unblockable) == 0);
    /* Bounded: each pass takes one pending instance, and only a failed frame adds one. */
    for (unsigned pass = 0; pass < DELIVERY_PASSES && vm->state == VM_STATE_RUNNING; pass++) {
        uint64_t ready = signals->pending & ~signals->blocked;
        if (ready == 0) break;
        struct signal_info info;
        dequeue(signals, next_signal(ready), &info);
        vm_add_work(vm, 1);
        act(vm, &info);
    }
    /* No handler ran: the interrupted call starts again, as Linux restarts it. */
    if (signals->interrupted && vm->state == VM_STATE_RUNNING) resume_interrupted(vm, true);
    signals->interrupted = false;
    VM_ASSERT(vm->state != VM_STATE_RUNNING || (signals->pending & ~signals->blocked) == 0);
}

/* ---- faults ---- */

/* Whether a page is part of some mapping (SEGV_ACCERR when it lacks a permission) or not
 * (SEGV_MAPERR). */
static bool page_mapped(const struct vm *vm, uint64_t page) {
    if (page >= VM_PAGES) return false;
    uint8_t use = vm->map.page_use[page];
    return use != VM_PAGE_FREE && use != VM_PAGE_NULL && use != VM_PAGE_GUARD;
}

/* An access needing `prot` at addr faulted: on addr's page, or, when that page allows it, on
 * the next one (the access ran onto it). */
static int32_t segv_code(const struct vm *vm, uint64_t addr, unsigned prot) {
    uint64_t page = addr / VM_PAGE_SIZE;
    if (page < VM_PAGES && (vm->map.page_prot[page] & prot) != 0) page++;
    return page_mapped(vm, page) ? LINUX_SEGV_ACCERR : LINUX_SEGV_MAPERR;
}

/* The signal Linux sends for a fault, with the si_code and si_addr its trap handlers give. */
static struct signal_info fault_info(const struct vm *vm) {
    const struct vm_fault *fault = &vm->fault;
    struct signal_info info = {LINUX_SIGSEGV, LINUX_SEGV_MAPERR, fault->addr};
    switch (fault->cause) {
    case VM_FAULT_ILLEGAL_INSTRUCTION:
        return (struct signal_info){LINUX_SIGILL, LINUX_ILL_ILLOPC, fault->pc};
    case VM_FAULT_BREAKPOINT: return (struct signal_info){LINUX_SIGTRAP, LINUX_TRAP_BRKPT, fault->pc};
    case VM_FAULT_MISALIGNED_LOAD: case VM_FAULT_MISALIGNED_STORE:
        return (struct signal_info){LINUX_SIGBUS, LINUX_BUS_ADRALN, fault->addr};
    case VM_FAULT_FETCH_ACCESS: info.code = segv_code(vm, fault->addr, VM_PROT_EXEC); break;
    case VM_FAULT_LOAD_ACCESS: info.code = segv_code(vm, fault->addr, VM_PROT_READ); break;
    case VM_FAULT_STORE_ACCESS: info.code = segv_code(vm, fault->addr, VM_PROT_WRITE); break;
    case VM_FAULT_NONE: VM_ASSERT(0 && "no fault recorded"); break;
    }
    return info;
}

bool vm_signal_fault(struct vm *vm) {
    VM_ASSERT(vm->state == VM_STATE_ERRORED && vm->fault.cause != VM_FAULT_NONE);
    struct vm_signals *signals = &vm->signals;
    const struct signal_info info = fault_info(vm);
    uint64_t handler = signals->action[info.signal - 1].handler;
    /* No handler, or blocked or ignored (force_sig makes those the default): the fault kills
     * the guest, and the halting line names the fault. */
    if (handler == LINUX_SIG_DFL || handler == LINUX_SIG_IGN || (signals->blocked & bit(info.signal)) != 0)
        return false;
    vm->state = VM_STATE_RUNNING;
    vm->pc = vm->fault.pc;
    vm->fault = (struct vm_fault){.cause = VM_FAULT_NONE};
    vm->process.syscall_work = 0;
    post(vm, info.signal, info.code, info.addr);
    vm_signal_deliver(vm);
    VM_ASSERT(vm->instret < vm->budget); /* the fault came before the budget ran out */
    vm_charge_work(vm);
    return vm->state == VM_STATE_RUNNING;
}

/* ---- system calls ---- */

/* kill(pid, sig): the process is pid 1, and pid 0 (its process group) reaches it too. pid -1
 * means every process but the caller: none. */
int64_t vm_sys_kill(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    int32_t pid = (int32_t)arg[0];
    if (pid != 0 && pid != 1) return -LINUX_ESRCH;
    return send_to_self(vm, arg[1], LINUX_SI_USER);
}

/* tkill(tid, sig): the one thread is 1. */
int64_t vm_sys_tkill(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    int32_t tid = (int32_t)arg[0];
    if (tid <= 0) return -LINUX_EINVAL;
    if (tid != 1) return -LINUX_ESRCH;
    return send_to_self(vm, arg[1], LINUX_SI_TKILL);
}

/* tgkill(tgid, tid, sig): thread 1 of process 1. */
int64_t vm_sys_tgkill(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    int32_t tgid = (int32_t)arg[0], tid = (int32_t)arg[1];
    if (tgid <= 0 || tid <= 0) return -LINUX_EINVAL;
    if (tgid != 1 || tid != 1) return -LINUX_ESRCH;
    return send_to_self(vm, arg[2], LINUX_SI_TKILL);
}

/* sigaltstack(ss, old_ss): as Linux, the old settings are written after the new ones apply. */
int64_t vm_sys_sigaltstack(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    struct vm_signals *signals = &vm->signals;
    uint64_t sp = vm->x[VM_REG_SP];
    const uint8_t *new_stack = arg[0] != 0 ? vm_guest_bytes(vm, arg[0], STACK_T_SIZE, VM_PROT_READ) : 0;
    if (arg[0] != 0 && new_stack == 0) return -LINUX_EFAULT;
    uint64_t old_sp = signals->altstack_sp, old_size = signals->altstack_size;
    uint32_t old_flags = altstack_state(signals, sp) | (signals->altstack_flags & LINUX_SS_AUTODISARM);
    if (new_stack != 0) {
        int64_t error = set_altstack(signals, sp, get64(new_stack + STACK_T_SP),
                                     get32(new_stack + STACK_T_FLAGS), get64(new_stack + STACK_T_SIZE_FIELD));
        if (error != 0) return error;
    }
    if (arg[1] == 0) return 0;
    uint8_t *old_stack = vm_guest_bytes(vm, arg[1], STACK_T_SIZE, VM_PROT_WRITE);
    if (old_stack == 0) return -LINUX_EFAULT;
    memset(old_stack, 0, STACK_T_SIZE);
    put64(old_stack + STACK_T_SP, old_sp);
    put32(old_stack + STACK_T_FLAGS, old_flags);
    put64(old_stack + STACK_T_SIZE_FIELD, old_size);
    return 0;
}

/* rt_sigaction(sig, act, oldact, sigsetsize): Linux's order of checks; the old action is
 * written after the new one is set. Setting SIG_IGN (or SIG_DFL where the default ignores)
 * discards what is pending, as POSIX asks. */
int64_t vm_sys_rt_sigaction(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    struct vm_signals *signals = &vm->signals;
    if (arg[3] != SIGSET_SIZE) return -LINUX_EINVAL;
    const uint8_t *new_action = arg[1] != 0 ? vm_guest_bytes(vm, arg[1], SIGACTION_SIZE, VM_PROT_READ) : 0;
    if (arg[1] != 0 && new_action == 0) return -LINUX_EFAULT;
    int32_t signal = (int32_t)arg[0];
    if (signal < 1 || signal > (int32_t)VM_SIGNALS) return -LINUX_EINVAL;
    if (new_action != 0 && (signal == LINUX_SIGKILL || signal == LINUX_SIGSTOP)) return -LINUX_EINVAL;
    struct vm_signal_action *slot = &signals->action[signal - 1];
    const struct vm_signal_action old = *slot;
    if (new_action != 0) {
        slot->handler = get64(new_action + SIGACTION_HANDLER);
        slot->flags = get64(new_action + SIGACTION_FLAGS) & LINUX_UAPI_SA_FLAGS;
        slot->mask = get64(new_action + SIGACTION_MASK) & ~unblockable;
        if (ignored(signals, (unsigned)signal)) discard(signals, bit((unsigned)signal));
    }
    if (arg[2] == 0) return 0;
    uint8_t *old_action = vm_guest_bytes(vm, arg[2], SIGACTION_SIZE, VM_PROT_WRITE);
    if (old_action == 0) return -LINUX_EFAULT;
    put64(old_action + SIGACTION_HANDLER, old.handler);
    put64(old_action + SIGACTION_FLAGS, old.flags);
    put64(old_action + SIGACTION_MASK, old.mask);
    return 0;
}

/* rt_sigprocmask(how, set, oldset, sigsetsize): `how` matters only with a new set. A signal
 * this unblocks is delivered as the call returns (vm_syscall). */
int64_t vm_sys_rt_sigprocmask(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    struct vm_signals *signals = &vm->signals;
    if (arg[3] != SIGSET_SIZE) return -LINUX_EINVAL;
    uint64_t old = signals->blocked;
    if (arg[1] != 0) {
        const uint8_t *set_bytes = vm_guest_bytes(vm, arg[1], SIGSET_SIZE, VM_PROT_READ);
        if (set_bytes == 0) return -LINUX_EFAULT;
        uint64_t set = get64(set_bytes) & ~unblockable;
        switch ((int32_t)arg[0]) {
        case LINUX_SIG_BLOCK: signals->blocked |= set; break;
        case LINUX_SIG_UNBLOCK: signals->blocked &= ~set; break;
        case LINUX_SIG_SETMASK: signals->blocked = set; break;
        default: return -LINUX_EINVAL;
        }
    }
    if (arg[2] == 0) return 0;
    uint8_t *old_bytes = vm_guest_bytes(vm, arg[2], SIGSET_SIZE, VM_PROT_WRITE);
    if (old_bytes == 0) return -LINUX_EFAULT;
    put64(old_bytes, old);
    return 0;
}

/* rt_sigpending(set, sigsetsize): the pending signals that are blocked; Linux writes
 * sigsetsize bytes of the set, any size up to 8. */
int64_t vm_sys_rt_sigpending(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host;
    if (arg[1] > SIGSET_SIZE) return -LINUX_EINVAL;
    if (arg[1] == 0) return 0;
    uint8_t *set_bytes = vm_guest_bytes(vm, arg[0], arg[1], VM_PROT_WRITE);
    if (set_bytes == 0) return -LINUX_EFAULT;
    uint64_t set = vm->signals.pending & vm->signals.blocked;
    memcpy(set_bytes, &set, (size_t)arg[1]);
    return 0;
}

/* The frame's extension words (q.reserved, or the 6.x extension header) must read zero: Basin,
 * like a kernel without the V extension, knows no other. */
static bool frame_extensions_empty(const uint8_t *frame) {
    for (unsigned i = 0; i < 3; i++)
        if (get32(frame + SIGFRAME_FP_RESERVED + 4 * i) != 0) return false;
    return true;
}

static void restore_registers(struct vm *vm, const uint8_t *frame) {
    for (unsigned i = 1; i < 32; i++) vm->x[i] = get64(frame + SIGFRAME_REGS + 8 * i);
    for (unsigned i = 0; i < 32; i++) vm->f[i] = get64(frame + SIGFRAME_FPREGS + 8 * i);
    uint32_t fcsr = get32(frame + SIGFRAME_FCSR);
    vm->fflags = fcsr & 0x1f;
    vm->frm = (fcsr >> 5) & 7;
    vm->pc = get64(frame + SIGFRAME_REGS) & ~1ull; /* sepc's bit 0 reads as zero */
    vm->reservation = VM_NO_RESERVATION;
}

/* rt_sigreturn: the frame at sp gives back the registers, the mask and the alternate stack.
 * Returns a0 as restored, so that vm_syscall's result leaves it as it is. A frame whose
 * ucontext cannot be read, or names extension state, restores nothing and brings SIGSEGV, as
 * Linux's badframe path; Linux may have restored part of it by then. */
int64_t vm_sys_rt_sigreturn(struct vm *vm, const struct vm_host *host, const uint64_t *arg) {
    (void)host, (void)arg;
    struct vm_signals *signals = &vm->signals;
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    uint64_t at = vm->x[VM_REG_SP];
    const uint8_t *context = vm_range_ok(vm, at, SIGFRAME_SIZE)
                                 ? vm_guest_bytes(vm, at + SIGFRAME_UC, SIGFRAME_UC_SIZE, VM_PROT_READ)
                                 : 0;
    if (context == 0 || !frame_extensions_empty(context - SIGFRAME_UC)) {
        force(vm, LINUX_SIGSEGV, LINUX_SI_KERNEL, 0);
        return (int64_t)vm->x[VM_REG_A0];
    }
    const uint8_t *frame = context - SIGFRAME_UC;
    vm_add_byte_work(vm, SIGFRAME_UC_SIZE, VM_WORK_FRAME_BYTES); /* the context read back */
    signals->blocked = get64(frame + SIGFRAME_UC_SIGMASK) & ~unblockable;
    restore_registers(vm, frame);
    VM_ASSERT(vm->pc % 2 == 0 && (signals->blocked & unblockable) == 0);
    /* restore_altstack: errors (such as EPERM when the restored sp is on the stack) ignored. */
    (void)set_altstack(signals, vm->x[VM_REG_SP], get64(frame + SIGFRAME_UC_STACK + STACK_T_SP),
                       get32(frame + SIGFRAME_UC_STACK + STACK_T_FLAGS),
                       get64(frame + SIGFRAME_UC_STACK + STACK_T_SIZE_FIELD));
    return (int64_t)vm->x[VM_REG_A0];
}
