/* SPDX-License-Identifier: MIT */
#include "report.h"

#include "fmt.h"
#include "symbols.h"
#include "vm_assert.h"

const char *vm_fault_name(enum vm_fault_cause cause) {
    switch (cause) {
    case VM_FAULT_ILLEGAL_INSTRUCTION: return "illegal-instruction";
    case VM_FAULT_FETCH_ACCESS: return "fetch-access-fault";
    case VM_FAULT_LOAD_ACCESS: return "load-access-fault";
    case VM_FAULT_STORE_ACCESS: return "store-access-fault";
    case VM_FAULT_MISALIGNED_LOAD: return "misaligned-load";
    case VM_FAULT_MISALIGNED_STORE: return "misaligned-store";
    case VM_FAULT_BREAKPOINT: return "breakpoint";
    case VM_FAULT_NONE: break;
    }
    VM_ASSERT(0 && "no fault recorded");
    return "none";
}

/* pc=0x105de, then " (main+0x1a)" when a symbol of the ELF covers it. */
static void fmt_pc(struct fmt *f, const struct vm *vm, uint64_t pc) {
    fmt_str(f, " pc=");
    fmt_hex(f, pc);
    vm_symbols_format(&vm->symbols, pc, f);
}

void vm_format_signal(struct fmt *f, unsigned signal) {
    static const char *const names[32] = {
        "0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
        "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT",
        "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
        "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
    };
    VM_ASSERT(signal >= 1 && signal <= VM_SIGNALS);
    if (signal < 32) {
        fmt_str(f, names[signal]);
        return;
    }
    fmt_str(f, "SIGRTMIN");
    if (signal > 32) {
        fmt_str(f, "+");
        fmt_u64(f, signal - 32);
    }
}

static void fault_detail(const struct vm *vm, struct fmt *f) {
    fmt_str(f, "vm: errored cause=");
    fmt_str(f, vm_fault_name(vm->fault.cause));
    if (vm->fault.cause == VM_FAULT_ILLEGAL_INSTRUCTION) {
        fmt_str(f, " insn=");
        fmt_hex_width(f, vm->fault.insn, 8);
        if (vm->fault.hart_lacks != 0) {
            fmt_str(f, " hart-lacks=");
            fmt_str(f, vm->fault.hart_lacks);
        }
    } else {
        fmt_str(f, " addr=");
        fmt_hex(f, vm->fault.addr);
    }
    fmt_pc(f, vm, vm->fault.pc);
}

void vm_load_failed_line(const char *error, const char *message, char *buffer, size_t capacity) {
    VM_ASSERT(error != 0 && message != 0 && error[0] != '\0');
    VM_ASSERT(capacity >= VM_HALTING_LINE_MAX);
    struct fmt f;
    fmt_init(&f, buffer, capacity);
    fmt_str(&f, "vm: load-failed error=");
    fmt_str(&f, error);
    fmt_str(&f, " (");
    fmt_str(&f, message);
    fmt_str(&f, ")");
}

void vm_halting_line(const struct vm *vm, char *buffer, size_t capacity) {
    VM_ASSERT(vm->state != VM_STATE_RUNNING);
    VM_ASSERT(capacity >= VM_HALTING_LINE_MAX);
    struct fmt f;
    fmt_init(&f, buffer, capacity);
    switch (vm->state) {
    case VM_STATE_HALTED:
        fmt_str(&f, "vm: halted exit=");
        fmt_u64(&f, vm->exit_status);
        break;
    case VM_STATE_ERRORED: fault_detail(vm, &f); break;
    case VM_STATE_BUDGET_EXHAUSTED:
        fmt_str(&f, "vm: budget-exhausted");
        fmt_pc(&f, vm, vm->pc);
        break;
    case VM_STATE_KILLED:
        fmt_str(&f, "vm: killed signal=");
        vm_format_signal(&f, vm->signals.fatal);
        fmt_pc(&f, vm, vm->pc);
        break;
    case VM_STATE_RUNNING: break;
    }
    /* An engine that estimates its count says so: instret=~N. */
    fmt_str(&f, vm->instret_estimated ? " instret=~" : " instret=");
    fmt_u64(&f, vm->instret);
}

int vm_exit_status(const struct vm *vm) {
    VM_ASSERT(vm->state != VM_STATE_RUNNING);
    if (vm->state == VM_STATE_HALTED) return (int)vm->exit_status;
    if (vm->state == VM_STATE_BUDGET_EXHAUSTED) return VM_STATUS_SIGXCPU;
    if (vm->state == VM_STATE_KILLED) return 128 + (int)vm->signals.fatal;
    switch (vm->fault.cause) {
    case VM_FAULT_ILLEGAL_INSTRUCTION: return VM_STATUS_SIGILL;
    case VM_FAULT_BREAKPOINT: return VM_STATUS_SIGTRAP;
    case VM_FAULT_MISALIGNED_LOAD: case VM_FAULT_MISALIGNED_STORE: return VM_STATUS_SIGBUS;
    default: return VM_STATUS_SIGSEGV;
    }
}
