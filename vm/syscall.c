#include "syscall.h"

#include <string.h>

#include "decode.h"
#include "disasm.h"
#include "fmt.h"
#include "vm_assert.h"

static uint64_t errno_result(int error) { return (uint64_t)-(int64_t)error; }

/* write(fd, buf, count): the whole buffer must be guest memory, else -EFAULT. */
static uint64_t sys_write(struct vm *vm, const struct vm_host *host) {
    uint64_t fd = vm->x[VM_REG_A0], addr = vm->x[VM_REG_A0 + 1], count = vm->x[VM_REG_A0 + 2];
    if (fd != 1 && fd != 2) return errno_result(VM_EBADF);
    if (count == 0) return 0;
    const uint8_t *bytes = vm_guest_bytes(vm, addr, count);
    if (bytes == 0) return errno_result(VM_EFAULT);
    host->write(host->context, (int)fd, bytes, (size_t)count);
    return count;
}

static uint64_t sys_unknown(struct vm *vm, const struct vm_host *host, uint64_t number) {
    char line[96];
    struct fmt f;
    fmt_init(&f, line, sizeof line);
    fmt_str(&f, "syscall: unknown number ");
    fmt_u64(&f, number);
    fmt_str(&f, " at pc=");
    fmt_hex(&f, vm->pc - 4);
    fmt_str(&f, ", returning -ENOSYS");
    host->log(host->context, line);
    return errno_result(VM_ENOSYS);
}

void vm_syscall(struct vm *vm, const struct vm_host *host) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    VM_ASSERT(host != 0 && host->write != 0 && host->log != 0);
    uint64_t number = vm->x[VM_REG_A7];
    switch (number) {
    case SYS_WRITE: vm->x[VM_REG_A0] = sys_write(vm, host); break;
    case SYS_EXIT: case SYS_EXIT_GROUP: vm_halt(vm, vm->x[VM_REG_A0]); break;
    default: vm->x[VM_REG_A0] = sys_unknown(vm, host, number); break;
    }
}

/* Reports the instruction at pc to host->trace, then executes it. */
static enum vm_exit trace_step(struct vm *vm, const struct vm_host *host) {
    char line[160];
    struct fmt f;
    fmt_init(&f, line, sizeof line);
    fmt_hex_width(&f, vm->pc, 16);
    fmt_str(&f, ": ");
    const uint8_t *code = vm_guest_bytes(vm, vm->pc, 2);
    if (code != 0) {
        uint16_t low;
        memcpy(&low, code, 2);
        const uint8_t *whole = vm_insn_length(low) == 4 ? vm_guest_bytes(vm, vm->pc, 4) : code;
        struct vm_insn insn;
        if (whole != 0 && vm_insn_length(low) == 4) {
            uint32_t encoding;
            memcpy(&encoding, whole, 4);
            vm_decode(encoding, &insn);
            fmt_hex_width(&f, encoding, 8);
        } else if (whole != 0) {
            vm_decode_compressed(low, &insn);
            fmt_hex_width(&f, low, 4);
            fmt_str(&f, "    ");
        }
        fmt_str(&f, "  ");
        if (whole != 0) vm_disassemble(&insn, vm->pc, &f);
    }
    host->trace(host->context, line);
    return vm_step(vm);
}

enum vm_state vm_run_guest(struct vm *vm, const struct vm_host *host) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    /* Bounded: each pass retires at least one instruction, so at most budget + 1 passes. */
    for (uint64_t pass = 0; pass <= vm->budget; pass++) {
        enum vm_exit exit = host->trace != 0 ? trace_step(vm, host) : vm_run(vm);
        if (exit == VM_EXIT_STEP) continue;
        if (exit != VM_EXIT_ECALL) break;
        vm_syscall(vm, host);
        if (vm->state != VM_STATE_RUNNING) break;
    }
    VM_ASSERT(vm->state != VM_STATE_RUNNING);
    return vm->state;
}
