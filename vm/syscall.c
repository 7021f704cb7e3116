#include "syscall.h"

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

enum vm_state vm_run_guest(struct vm *vm, const struct vm_host *host) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING);
    /* Bounded: each pass retires at least the ecall, so at most budget + 1 passes. */
    for (uint64_t pass = 0; pass <= vm->budget; pass++) {
        if (vm_run(vm) != VM_EXIT_ECALL) break;
        vm_syscall(vm, host);
        if (vm->state != VM_STATE_RUNNING) break;
    }
    VM_ASSERT(vm->state != VM_STATE_RUNNING);
    return vm->state;
}
