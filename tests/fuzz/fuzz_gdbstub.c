/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the GDB stub (vm/gdbstub.c, vm/gdb_packet.c) on whatever a client sends.
 *
 * The input is the byte stream "gdb" sends, with 0xfe standing for a quiet moment (the wait it
 * falls in returns nothing); a 0 ms look for Ctrl-C while the guest runs sees only a 0x03 that
 * is next. At the input's end the connection closes. The guest, in flat RWX memory, loops over
 * a store, a load, an AMO and a write system call, and exits after 64 rounds; gdb may break,
 * watch, step, read and write its registers and memory, kill or detach it.
 *
 * Checks: every packet the stub sends is framed with the right checksum, and every other byte it
 * sends is '+' or '-'; console output (gdb_stub_output) is taken or refused as the session says;
 * the run ends (never RUNNING) within its budget, with x0 = 0 and pc even; a killed guest was
 * killed by SIGKILL or ended as the stub reports; the stub's tables stay within their bounds. */
#include "fuzz_common.h"
#include "gdb_packet.h"
#include "gdbstub.h"
#include "linux.h"
#include "memory_map.h"

enum { QUIET = 0xfe, BUDGET = 20000, CODE = 0x1000 };

static struct {
    const uint8_t *data;
    size_t size, at;
} line;

static int line_get(void *context, uint32_t timeout_ms) {
    (void)context;
    if (line.at >= line.size) return timeout_ms == 0 ? GDB_NO_BYTE : GDB_CLOSED;
    uint8_t c = line.data[line.at];
    if (timeout_ms == 0 && c != 0x03) return GDB_NO_BYTE;
    line.at++;
    return c == QUIET ? GDB_NO_BYTE : c;
}

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1; /* the stub sends lower-case digits only */
}

/* The stub sends a packet whole in one call, and acknowledgements alone. */
static void line_put(void *context, const uint8_t *bytes, size_t length) {
    (void)context;
    FUZZ_CHECK(length >= 1);
    if (bytes[0] != '$') {
        FUZZ_CHECK(length == 1 && (bytes[0] == '+' || bytes[0] == '-'));
        return;
    }
    FUZZ_CHECK(length >= 4 && length <= 2 * GDB_PACKET_MAX + 4 && bytes[length - 3] == '#');
    unsigned sum = 0;
    for (size_t i = 1; i < length - 3; i++) {
        FUZZ_CHECK(bytes[i] != '$' && bytes[i] != '#'); /* escaped */
        sum += bytes[i];
    }
    int high = hex_value(bytes[length - 2]), low = hex_value(bytes[length - 1]);
    FUZZ_CHECK(high >= 0 && low >= 0 && (unsigned)(high << 4 | low) == (sum & 0xff));
}

/* li t0, 0x3000; loop: sw a0, 0(t0); lw t1, 4(t0); amoadd.w t2, a0, (t0); write(1, 0x3000, 4);
 * addi a0, a0, 1; blt a0, 64, loop; exit(a0). Encodings written out once here. */
static const uint32_t program[] = {
    0x000032b7, /* lui t0, 3 */
    0x00a2a023, /* sw a0, 0(t0) */
    0x0042a303, /* lw t1, 4(t0) */
    0x00a2a3af, /* amoadd.w t2, a0, (t0) */
    0x00050413, /* mv s0, a0 */
    0x00100513, /* li a0, 1 */
    0x00028593, /* mv a1, t0 */
    0x00400613, /* li a2, 4 */
    0x04000893, /* li a7, 64 (write) */
    0x00000073, /* ecall */
    0x00140513, /* addi a0, s0, 1 */
    0x04000e13, /* li t3, 64 */
    0xfdc54ae3, /* blt a0, t3, loop (-44: back to the sw) */
    0x05d00893, /* li a7, 93 (exit) */
    0x00000073, /* ecall */
};

static struct gdb_stub stub;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct vm *vm = &fuzz_vm;
    line.data = data, line.size = size, line.at = 0;
    vm_init(vm, fuzz_memory, sizeof fuzz_memory, BUDGET);
    vm_map_grant(vm, VM_NULL_PAGE_SIZE, VM_MEMORY_SIZE, VM_PROT_RWX);
    memcpy(fuzz_memory + CODE, program, sizeof program);
    vm->pc = CODE;
    static const struct gdb_transport transport = {.get = line_get, .put = line_put};
    gdb_stub_init(&stub, &transport, 1000);
    struct vm_host host = {.write = fuzz_host_write, .log = fuzz_host_log, .debugger = &stub};
    FUZZ_CHECK(gdb_stub_output(&stub, (const uint8_t *)"before\n", 7)); /* kept for the resume */
    enum vm_state state = vm_run_guest(vm, &host);
    bool attached = gdb_stub_attached(&stub);
    FUZZ_CHECK(gdb_stub_output(&stub, (const uint8_t *)"after\n", 6) == attached);
    gdb_stub_finish(&stub, vm);
    FUZZ_CHECK(stub.session != GDB_SESSION_WAITING); /* the guest never ran before gdb spoke */
    FUZZ_CHECK(state != VM_STATE_RUNNING && state == vm->state);
    FUZZ_CHECK(vm->instret <= vm->budget && vm->x[0] == 0 && vm->pc % 2 == 0);
    if (stub.session == GDB_SESSION_KILLED || stub.session == GDB_SESSION_LOST)
        FUZZ_CHECK(state == VM_STATE_KILLED && vm->signals.fatal == LINUX_SIGKILL);
    FUZZ_CHECK(stub.breakpoint_count <= GDB_BREAKPOINTS_MAX && stub.watchpoint_count <= GDB_WATCHPOINTS_MAX);
    FUZZ_CHECK(stub.pending_length <= GDB_PENDING_OUTPUT && stub.link.length <= GDB_PACKET_MAX);
    return 0;
}
