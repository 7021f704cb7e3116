/* SPDX-License-Identifier: MIT */
/* The GDB stub: gdb's commands on the guest, and the run loop's stops (gdbstub.h). Packet
 * formats: the GDB manual, "Remote Protocol" ("Packets", "Stop Reply Packets", "General Query
 * Packets", "Target Description Format"). */
#include "gdbstub.h"

#include <string.h>

#include "decode.h"
#include "gdb_packet.h"
#include "linux.h"
#include "vm_assert.h"

/* Registers as the target description numbers them (and 'g' sends them): x0-x31, pc, f0-f31,
 * then fflags, frm and fcsr of 32 bits each. */
enum { REG_PC = 32, REG_F0 = 33, REG_FFLAGS = 65, REG_FRM = 66, REG_FCSR = 67, REG_COUNT = 68 };
enum { REGISTER_BYTES = 33 * 8 + 32 * 8 + 3 * 4 };

/* Signal numbers of the remote protocol (GDB's own numbering, include/gdb/signals.def) for
 * the Linux signals the guest can get. */
enum { GDB_SIGINT = 2, GDB_SIGTRAP = 5, GDB_SIGKILL = 9, GDB_SIGXCPU = 24 };

/* While running on, the stub looks for a Ctrl-C every GDB_SLICE instructions (vm_run) or
 * GDB_STEP_POLL single steps. */
enum { GDB_SLICE = 1u << 16, GDB_STEP_POLL = 1u << 12 };
/* Packets served in one stop before the session counts as broken (a client that never
 * resumes still waits at most the idle limit per packet). */
#define GDB_PACKETS_PER_STOP (1u << 24)
/* Connecting: copies of gdb's first packet that noise on the line made it send again arrive
 * within this quiet time and are answered once (see first_packet). */
enum { GDB_QUIET_MS = 100, GDB_STARTUP_PACKETS = 64 };

enum action { ACTION_NONE, ACTION_RESUME, ACTION_DETACH, ACTION_KILL };

/* ---- the target description (qXfer:features:read:target.xml) ---- */

#define GPR(n) "<reg name=\"x" #n "\" bitsize=\"64\" type=\"int\"/>\n"
#define FPR(n) "<reg name=\"f" #n "\" bitsize=\"64\" type=\"ieee_double\"/>\n"
#define FOUR(R, a, b, c, d) R(a) R(b) R(c) R(d)
#define THIRTY_TWO(R)                                                                        \
    FOUR(R, 0, 1, 2, 3) FOUR(R, 4, 5, 6, 7) FOUR(R, 8, 9, 10, 11) FOUR(R, 12, 13, 14, 15)   \
    FOUR(R, 16, 17, 18, 19) FOUR(R, 20, 21, 22, 23) FOUR(R, 24, 25, 26, 27)                  \
    FOUR(R, 28, 29, 30, 31)
static const char target_xml[] =
    "<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
    "<target version=\"1.0\">\n<architecture>riscv:rv64</architecture>\n"
    "<feature name=\"org.gnu.gdb.riscv.cpu\">\n" THIRTY_TWO(GPR)
    "<reg name=\"pc\" bitsize=\"64\" type=\"code_ptr\"/>\n</feature>\n"
    "<feature name=\"org.gnu.gdb.riscv.fpu\">\n" THIRTY_TWO(FPR)
    "<reg name=\"fflags\" bitsize=\"32\" type=\"int\"/>\n"
    "<reg name=\"frm\" bitsize=\"32\" type=\"int\"/>\n"
    "<reg name=\"fcsr\" bitsize=\"32\" type=\"int\"/>\n</feature>\n</target>\n";
#undef GPR
#undef FPR
#undef FOUR
#undef THIRTY_TWO

/* ---- replies ---- */

static void reply_char(struct gdb_stub *stub, char c) {
    VM_ASSERT(stub->reply_length <= GDB_PACKET_MAX);
    if (stub->reply_length < GDB_PACKET_MAX) stub->reply[stub->reply_length++] = c;
}

static void reply_str(struct gdb_stub *stub, const char *text) {
    for (size_t i = 0; text[i] != '\0' && i < GDB_PACKET_MAX; i++) reply_char(stub, text[i]);
}

static void reply_hex_byte(struct gdb_stub *stub, uint8_t byte) {
    reply_char(stub, gdb_hex_char(byte >> 4));
    reply_char(stub, gdb_hex_char(byte & 15));
}

/* A value as gdb reads registers: `bytes` bytes, little-endian (the target's order). */
static void reply_le(struct gdb_stub *stub, uint64_t value, unsigned bytes) {
    for (unsigned i = 0; i < bytes; i++) reply_hex_byte(stub, (uint8_t)(value >> (8 * i)));
}

static void reply_hex(struct gdb_stub *stub, uint64_t value) { /* without leading zeros */
    unsigned digits = 1;
    while (digits < 16 && (value >> (4 * digits)) != 0) digits++;
    for (unsigned i = digits; i > 0; i--) reply_char(stub, gdb_hex_char((value >> (4 * (i - 1))) & 15));
}

static void send_reply(struct gdb_stub *stub) {
    gdb_link_send(&stub->link, stub->reply, stub->reply_length);
    stub->reply_length = 0;
}

/* ---- parsing a packet's arguments: stub->cursor moves along the NUL-terminated payload; a
 * step that fails clears stub->parse_ok and later steps then change nothing, so a command
 * checks once, at the end (and keeps no local whose address is taken) ---- */

static void parse_start(struct gdb_stub *stub, const char *text) {
    stub->cursor = text;
    stub->parse_ok = true;
}

static uint64_t take_hex(struct gdb_stub *stub) { /* 1 to 16 hex digits */
    uint64_t value = 0;
    unsigned digits = 0;
    if (!stub->parse_ok) return 0;
    for (; digits <= 16 && gdb_hex_digit(stub->cursor[digits]) >= 0; digits++)
        value = value << 4 | (uint64_t)gdb_hex_digit(stub->cursor[digits]);
    if (digits == 0 || digits > 16) {
        stub->parse_ok = false;
        return 0;
    }
    stub->cursor += digits;
    return value;
}

/* `bytes` bytes as little-endian hex, 2 * bytes digits exactly: registers in the target's order. */
static uint64_t take_le(struct gdb_stub *stub, unsigned bytes) {
    VM_ASSERT(bytes >= 1 && bytes <= 8);
    uint64_t value = 0;
    for (unsigned i = 0; i < 2 * bytes && stub->parse_ok; i++) {
        int digit = gdb_hex_digit(stub->cursor[i]); /* a NUL ends the loop: never read past it */
        if (digit < 0) stub->parse_ok = false;
        else value |= (uint64_t)digit << (8 * (i / 2) + (i % 2 == 0 ? 4 : 0));
    }
    if (stub->parse_ok) stub->cursor += 2 * bytes;
    return value;
}

static void take_char(struct gdb_stub *stub, char c) {
    if (stub->parse_ok && *stub->cursor == c) stub->cursor++;
    else stub->parse_ok = false;
}

static bool at_end(const struct gdb_stub *stub) { return stub->parse_ok && *stub->cursor == '\0'; }

/* ---- signals ---- */

/* The remote protocol's number for a Linux signal (1-64). */
static int gdb_signal(unsigned linux_signal) {
    static const uint8_t standard[32] = {
        0, 1, 2, 3, 4, 5, 6, 10, 8, 9, 30, 11, 31, 13, 14, 15,
        143, 20, 19, 17, 18, 21, 22, 16, 24, 25, 26, 27, 28, 23, 32, 12,
    };
    VM_ASSERT(linux_signal >= 1 && linux_signal <= VM_SIGNALS);
    if (linux_signal < 32) return standard[linux_signal];
    if (linux_signal == 32) return 77;                /* GDB_SIGNAL_REALTIME_32 */
    if (linux_signal <= 63) return 45 + (int)(linux_signal - 33); /* REALTIME_33 ... 63 */
    return 78;                                        /* GDB_SIGNAL_REALTIME_64 */
}

/* The Linux signal a fault brings (as signal.c and report.c decide it). */
static unsigned fault_signal(enum vm_fault_cause cause) {
    switch (cause) {
    case VM_FAULT_ILLEGAL_INSTRUCTION: return LINUX_SIGILL;
    case VM_FAULT_BREAKPOINT: return LINUX_SIGTRAP;
    case VM_FAULT_MISALIGNED_LOAD: case VM_FAULT_MISALIGNED_STORE: return LINUX_SIGBUS;
    default: return LINUX_SIGSEGV;
    }
}

/* ---- stops ---- */

static void set_stop(struct gdb_stub *stub, enum gdb_stop_kind kind, int signal) {
    stub->pending = true;
    stub->stop_kind = kind;
    stub->stop_signal = signal;
}

static void stop_reply(struct gdb_stub *stub) {
    VM_ASSERT(stub->stop_signal > 0 && stub->stop_signal <= 255);
    VM_ASSERT(stub->stop_kind != GDB_STOP_WATCH || (stub->stop_watch >= 2 && stub->stop_watch <= 4));
    reply_char(stub, 'T');
    reply_hex_byte(stub, (uint8_t)stub->stop_signal);
    if (stub->stop_kind == GDB_STOP_WATCH) {
        reply_str(stub, stub->stop_watch == 2 ? "watch:" : stub->stop_watch == 3 ? "rwatch:" : "awatch:");
        reply_hex(stub, stub->stop_addr);
        reply_char(stub, ';');
    }
    reply_str(stub, "thread:1;");
}

/* Console output as O packets, each the hex of up to half a packet's bytes. */
static void send_output(struct gdb_stub *stub, const uint8_t *bytes, size_t length) {
    enum { CHUNK = (GDB_PACKET_MAX - 1) / 2 };
    /* Bounded: each pass sends a chunk. */
    for (size_t at = 0; at < length; at += CHUNK) {
        size_t n = length - at < CHUNK ? length - at : CHUNK;
        stub->reply_length = 0;
        reply_char(stub, 'O');
        for (size_t i = 0; i < n; i++) reply_hex_byte(stub, bytes[at + i]);
        send_reply(stub);
    }
}

static void flush_output(struct gdb_stub *stub) {
    VM_ASSERT(stub->running);
    send_output(stub, stub->pending_output, stub->pending_length);
    stub->pending_length = 0;
}

/* The session ends with the guest killed (gdb's kill, or the connection lost). */
static enum action end_guest(struct gdb_stub *stub, struct vm *vm, enum gdb_session session) {
    stub->session = session;
    stub->running = false;
    vm->state = VM_STATE_KILLED;
    vm->signals.fatal = LINUX_SIGKILL;
    return ACTION_KILL;
}

static void clear_points(struct gdb_stub *stub) {
    stub->breakpoint_count = 0;
    stub->watchpoint_count = 0;
    stub->stepping = false;
    stub->pending = false;
}

/* ---- registers ---- */

static unsigned register_size(unsigned number) { return number < REG_FFLAGS ? 8 : 4; }

static uint64_t register_value(const struct vm *vm, unsigned number) {
    VM_ASSERT(number < REG_COUNT);
    if (number < 32) return vm->x[number];
    if (number == REG_PC) return vm->pc;
    if (number < REG_FFLAGS) return vm->f[number - REG_F0];
    if (number == REG_FFLAGS) return vm->fflags;
    if (number == REG_FRM) return vm->frm;
    return vm->frm << 5 | vm->fflags;
}

/* pc must stay 2-aligned (every instruction is); false for an odd one. x0 stays zero. */
static bool register_value_ok(unsigned number, uint64_t value) {
    return number != REG_PC || value % 2 == 0;
}

static void set_register(struct vm *vm, unsigned number, uint64_t value) {
    VM_ASSERT(number < REG_COUNT && register_value_ok(number, value));
    if (number == 0) return;
    if (number < 32) vm->x[number] = value;
    else if (number == REG_PC) vm->pc = value;
    else if (number < REG_FFLAGS) vm->f[number - REG_F0] = value;
    else if (number == REG_FFLAGS) vm->fflags = (uint32_t)(value & 0x1f);
    else if (number == REG_FRM) vm->frm = (uint32_t)(value & 7);
    else {
        vm->fflags = (uint32_t)(value & 0x1f);
        vm->frm = (uint32_t)((value >> 5) & 7);
    }
}

static void read_registers(struct gdb_stub *stub, const struct vm *vm) {
    for (unsigned n = 0; n < REG_COUNT; n++) reply_le(stub, register_value(vm, n), register_size(n));
}

/* G: every register, checked whole before any is set. */
static void write_registers(struct gdb_stub *stub, struct vm *vm, const char *data, size_t length) {
    if (length != 2 * REGISTER_BYTES) {
        reply_str(stub, "E22");
        return;
    }
    for (unsigned pass = 0; pass < 2; pass++) {
        parse_start(stub, data);
        for (unsigned n = 0; n < REG_COUNT; n++) {
            uint64_t value = take_le(stub, register_size(n));
            if (!stub->parse_ok || !register_value_ok(n, value)) {
                reply_str(stub, "E22");
                return;
            }
            if (pass == 1) set_register(vm, n, value);
        }
    }
    reply_str(stub, "OK");
}

static void read_register(struct gdb_stub *stub, const struct vm *vm, const char *args) {
    parse_start(stub, args);
    uint64_t number = take_hex(stub);
    if (!at_end(stub) || number >= REG_COUNT) {
        reply_str(stub, "E22");
        return;
    }
    reply_le(stub, register_value(vm, (unsigned)number), register_size((unsigned)number));
}

static void write_register(struct gdb_stub *stub, struct vm *vm, const char *args) {
    parse_start(stub, args);
    uint64_t number = take_hex(stub);
    take_char(stub, '=');
    uint64_t value = number < REG_COUNT ? take_le(stub, register_size((unsigned)number)) : 0;
    if (!at_end(stub) || number >= REG_COUNT || !register_value_ok((unsigned)number, value)) {
        reply_str(stub, "E22");
        return;
    }
    set_register(vm, (unsigned)number, value);
    reply_str(stub, "OK");
}

/* ---- memory: checked like the guest's own accesses (vm_guest_bytes), without charging the
 * budget for the check as a system call's would be ---- */

static uint8_t *debugger_bytes(struct vm *vm, uint64_t addr, uint64_t length, unsigned prot) {
    uint64_t work = vm->process.syscall_work;
    uint8_t *bytes = vm_guest_bytes(vm, addr, length, prot);
    vm->process.syscall_work = work;
    return bytes;
}

/* m ADDR,LENGTH: as many bytes as are readable from addr on, page by page (gdb takes a short
 * answer). */
static void read_memory(struct gdb_stub *stub, struct vm *vm, const char *args) {
    parse_start(stub, args);
    uint64_t addr = take_hex(stub);
    take_char(stub, ',');
    uint64_t length = take_hex(stub);
    if (!at_end(stub)) {
        reply_str(stub, "E22");
        return;
    }
    if (length > GDB_PACKET_MAX / 2) length = GDB_PACKET_MAX / 2;
    uint64_t done = 0;
    /* Bounded: at most a packet's worth of bytes, a page at a time. */
    while (done < length) {
        uint64_t at = addr + done, room = VM_PAGE_SIZE - at % VM_PAGE_SIZE;
        uint64_t n = length - done < room ? length - done : room;
        const uint8_t *bytes = debugger_bytes(vm, at, n, VM_PROT_READ);
        if (bytes == 0) break;
        for (uint64_t i = 0; i < n; i++) reply_hex_byte(stub, bytes[i]);
        done += n;
    }
    if (done == 0 && length > 0) reply_str(stub, "E14");
}

/* ADDR,LENGTH: before the data of M and X: the length; the address in stub->data_addr, the
 * data's size in the packet in stub->data_size. */
static uint64_t take_write_range(struct gdb_stub *stub, const char *args, size_t size) {
    parse_start(stub, args);
    stub->data_addr = take_hex(stub);
    take_char(stub, ',');
    uint64_t length = take_hex(stub);
    take_char(stub, ':');
    stub->data_size = stub->parse_ok ? size - (size_t)(stub->cursor - args) : 0;
    return length;
}

/* Writes the `length` bytes decoded at the start of stub->reply to guest memory, all or
 * nothing, on writable pages only; then replies. */
static void store_bytes(struct gdb_stub *stub, struct vm *vm, uint64_t addr, uint64_t length) {
    VM_ASSERT(length <= GDB_PACKET_MAX);
    uint8_t *target = length == 0 ? 0 : debugger_bytes(vm, addr, length, VM_PROT_WRITE);
    if (target != 0) memcpy(target, stub->reply, (size_t)length);
    stub->reply_length = 0;
    reply_str(stub, length != 0 && target == 0 ? "E14" : "OK");
}

/* M ADDR,LENGTH:HEX */
static void write_memory_hex(struct gdb_stub *stub, struct vm *vm, const char *args, size_t size) {
    uint64_t length = take_write_range(stub, args, size);
    if (!stub->parse_ok || length > GDB_PACKET_MAX / 2 || stub->data_size != 2 * length) {
        reply_str(stub, "E22");
        return;
    }
    const char *data = stub->cursor;
    for (uint64_t i = 0; i < length; i++) {
        int high = gdb_hex_digit(data[2 * i]), low = gdb_hex_digit(data[2 * i + 1]);
        if (high < 0 || low < 0) {
            stub->reply_length = 0;
            reply_str(stub, "E22");
            return;
        }
        stub->reply[i] = (char)(high << 4 | low);
    }
    store_bytes(stub, vm, stub->data_addr, length);
}

/* X ADDR,LENGTH:BINARY, the data escaped with '}' (byte XOR 0x20). */
static void write_memory_binary(struct gdb_stub *stub, struct vm *vm, const char *args, size_t size) {
    uint64_t length = take_write_range(stub, args, size);
    if (!stub->parse_ok || length > GDB_PACKET_MAX) {
        reply_str(stub, "E22");
        return;
    }
    const char *data = stub->cursor;
    size_t count = 0;
    for (size_t i = 0; i < stub->data_size; i++) {
        uint8_t byte = (uint8_t)data[i];
        if (byte == '}') {
            if (++i == stub->data_size) break;
            byte = (uint8_t)data[i] ^ 0x20;
        }
        if (count == length) {
            count = length + 1; /* more data than the length says */
            break;
        }
        stub->reply[count++] = (char)byte;
    }
    if (count != length) {
        stub->reply_length = 0;
        reply_str(stub, "E22");
        return;
    }
    store_bytes(stub, vm, stub->data_addr, length);
}

/* ---- breakpoints and watchpoints (Z and z) ---- */

static bool breakpoint_at(const struct gdb_stub *stub, uint64_t pc) {
    for (uint32_t i = 0; i < stub->breakpoint_count; i++)
        if (stub->breakpoints[i] == pc) return true;
    return false;
}

static bool set_breakpoint(struct gdb_stub *stub, bool insert, uint64_t addr) {
    VM_ASSERT(stub->breakpoint_count <= GDB_BREAKPOINTS_MAX);
    VM_ASSERT(stub->session == GDB_SESSION_ATTACHED);
    for (uint32_t i = 0; i < stub->breakpoint_count; i++) {
        if (stub->breakpoints[i] != addr) continue;
        if (!insert) stub->breakpoints[i] = stub->breakpoints[--stub->breakpoint_count];
        return true;
    }
    if (!insert) return true;
    if (stub->breakpoint_count == GDB_BREAKPOINTS_MAX) return false;
    stub->breakpoints[stub->breakpoint_count++] = addr;
    return true;
}

static bool set_watchpoint(struct gdb_stub *stub, bool insert, uint8_t type, uint64_t addr, uint64_t length) {
    VM_ASSERT(type >= 2 && type <= 4);
    VM_ASSERT(stub->watchpoint_count <= GDB_WATCHPOINTS_MAX);
    if (length == 0) return false;
    for (uint32_t i = 0; i < stub->watchpoint_count; i++) {
        const struct gdb_watchpoint *w = &stub->watchpoints[i];
        if (w->addr != addr || w->length != length || w->type != type) continue;
        if (!insert) stub->watchpoints[i] = stub->watchpoints[--stub->watchpoint_count];
        return true;
    }
    if (!insert) return true;
    if (stub->watchpoint_count == GDB_WATCHPOINTS_MAX) return false;
    stub->watchpoints[stub->watchpoint_count++] = (struct gdb_watchpoint){addr, length, type};
    return true;
}

/* Z/z TYPE,ADDR,KIND[;...]: 0 and 1 breakpoints (software and hardware alike: neither touches
 * guest memory), 2 write, 3 read and 4 access watchpoints of KIND bytes. */
static void point_command(struct gdb_stub *stub, const char *packet) {
    bool insert = packet[0] == 'Z';
    parse_start(stub, packet + 1);
    uint64_t type = take_hex(stub);
    if (!stub->parse_ok || type > 4) return; /* unsupported: the empty reply */
    take_char(stub, ',');
    uint64_t addr = take_hex(stub);
    take_char(stub, ',');
    uint64_t kind = take_hex(stub);
    if (!stub->parse_ok || (*stub->cursor != '\0' && *stub->cursor != ';')) {
        reply_str(stub, "E22");
        return;
    }
    bool done = type <= 1 ? set_breakpoint(stub, insert, addr)
                          : set_watchpoint(stub, insert, (uint8_t)type, addr, kind);
    reply_str(stub, done ? "OK" : "E28");
}

/* ---- resuming ---- */

static void resume(struct gdb_stub *stub, struct vm *vm, bool step, int signal) {
    VM_ASSERT(signal >= 0 && signal <= 255);
    VM_ASSERT(vm->pc % 2 == 0); /* every way gdb sets pc keeps it even */
    stub->stepping = step;
    stub->stepped = false;
    stub->resume_signal = signal;
    stub->skip_valid = true; /* the instruction resumed at runs even where a breakpoint is */
    stub->skip_pc = vm->pc;
    stub->pending = false;
    stub->link.interrupt = false;
    stub->poll_countdown = GDB_STEP_POLL;
    stub->running = true;
    flush_output(stub);
}

/* c [ADDR], s [ADDR], C SIG[;ADDR], S SIG[;ADDR]. False, with an error reply, when malformed. */
static bool resume_legacy(struct gdb_stub *stub, struct vm *vm, const char *packet) {
    bool step = packet[0] == 's' || packet[0] == 'S';
    bool with_signal = packet[0] == 'C' || packet[0] == 'S';
    parse_start(stub, packet + 1);
    uint64_t signal = with_signal ? take_hex(stub) : 0;
    if (with_signal && stub->parse_ok && *stub->cursor == ';') stub->cursor++;
    bool with_addr = stub->parse_ok && *stub->cursor != '\0';
    uint64_t addr = with_addr ? take_hex(stub) : 0;
    if (!at_end(stub) || signal > 255 || addr % 2 != 0) {
        reply_str(stub, "E22");
        return false;
    }
    if (with_addr) vm->pc = addr;
    resume(stub, vm, step, (int)signal);
    return true;
}

/* vCont;ACTION[:THREAD][;ACTION[:THREAD]]...: the guest is one thread, so the first action
 * that resumes (c, C SIG, s, S SIG) is the one; t and anything else are passed over. */
static bool resume_vcont(struct gdb_stub *stub, struct vm *vm, const char *args) {
    /* Bounded: each pass moves past a ';'. */
    while (*args == ';') {
        char kind = args[1];
        bool resumes = kind == 'c' || kind == 's' || kind == 'C' || kind == 'S';
        parse_start(stub, args + 2);
        uint64_t signal = resumes && (kind == 'C' || kind == 'S') ? take_hex(stub) : 0;
        char after = stub->parse_ok ? *stub->cursor : 'x';
        if (resumes && signal <= 255 && (after == '\0' || after == ':' || after == ';')) {
            resume(stub, vm, kind == 's' || kind == 'S', (int)signal);
            return true;
        }
        const char *next = kind == '\0' ? 0 : strchr(args + 1, ';');
        if (next == 0) break;
        args = next;
    }
    reply_str(stub, "E22");
    return false;
}

/* ---- queries ---- */

/* qXfer:features:read:target.xml:OFFSET,LENGTH */
static void read_features(struct gdb_stub *stub, const char *args) {
    static const char annex[] = "target.xml:";
    if (strncmp(args, annex, sizeof annex - 1) != 0) {
        reply_str(stub, "E00");
        return;
    }
    parse_start(stub, args + sizeof annex - 1);
    uint64_t offset = take_hex(stub);
    take_char(stub, ',');
    uint64_t length = take_hex(stub);
    if (!at_end(stub)) {
        reply_str(stub, "E22");
        return;
    }
    uint64_t size = sizeof target_xml - 1;
    if (offset >= size) {
        reply_char(stub, 'l');
        return;
    }
    uint64_t n = size - offset;
    if (n > length) n = length;
    if (n > GDB_PACKET_MAX - 1) n = GDB_PACKET_MAX - 1;
    reply_char(stub, offset + n < size ? 'm' : 'l');
    for (uint64_t i = 0; i < n; i++) reply_char(stub, target_xml[offset + i]);
}

static bool starts(const char *text, const char *prefix) {
    return strncmp(text, prefix, strlen(prefix)) == 0;
}

static void query(struct gdb_stub *stub, const char *packet) {
    if (starts(packet, "qSupported")) {
        reply_str(stub, "PacketSize=");
        reply_hex(stub, GDB_PACKET_MAX);
        reply_str(stub, ";qXfer:features:read+;QStartNoAckMode+");
    } else if (starts(packet, "qXfer:features:read:")) {
        read_features(stub, packet + strlen("qXfer:features:read:"));
    } else if (strcmp(packet, "qAttached") == 0 || starts(packet, "qAttached:")) {
        reply_str(stub, "0"); /* the stub made the process: gdb's quit kills it */
    } else if (strcmp(packet, "qC") == 0) {
        reply_str(stub, "QC1");
    } else if (strcmp(packet, "qfThreadInfo") == 0) {
        reply_str(stub, "m1");
    } else if (strcmp(packet, "qsThreadInfo") == 0) {
        reply_str(stub, "l");
    } else if (starts(packet, "qSymbol")) {
        reply_str(stub, "OK");
    }
    /* Anything else (qOffsets, qTStatus, qRcmd, ...): the empty reply, "not supported". */
}

/* v packets; an action other than ACTION_NONE when the packet resumes or ends the session. */
static enum action v_packet(struct gdb_stub *stub, struct vm *vm, const char *packet) {
    if (strcmp(packet, "vCont?") == 0) {
        reply_str(stub, "vCont;c;C;s;S");
    } else if (starts(packet, "vCont;")) {
        if (resume_vcont(stub, vm, packet + 5)) return ACTION_RESUME;
    } else if (starts(packet, "vKill")) {
        reply_str(stub, "OK");
        send_reply(stub);
        return end_guest(stub, vm, GDB_SESSION_KILLED);
    }
    return ACTION_NONE; /* vMustReplyEmpty and the rest: the empty reply */
}

/* ---- serving one packet ---- */

static enum action serve(struct gdb_stub *stub, struct vm *vm) {
    const char *packet = stub->link.packet;
    size_t length = stub->link.length;
    VM_ASSERT(length <= GDB_PACKET_MAX && packet[length] == '\0');
    VM_ASSERT(stub->session == GDB_SESSION_ATTACHED && !stub->running);
    stub->reply_length = 0;
    enum action action = ACTION_NONE;
    bool enter_no_ack = false;
    switch (length == 0 ? '\0' : packet[0]) {
    case '?': stop_reply(stub); break;
    case 'g': read_registers(stub, vm); break;
    case 'G': write_registers(stub, vm, packet + 1, length - 1); break;
    case 'p': read_register(stub, vm, packet + 1); break;
    case 'P': write_register(stub, vm, packet + 1); break;
    case 'm': read_memory(stub, vm, packet + 1); break;
    case 'M': write_memory_hex(stub, vm, packet + 1, length - 1); break;
    case 'X': write_memory_binary(stub, vm, packet + 1, length - 1); break;
    case 'Z': case 'z': point_command(stub, packet); break;
    case 'c': case 's': case 'C': case 'S':
        if (resume_legacy(stub, vm, packet)) return ACTION_RESUME;
        break;
    case 'v':
        action = v_packet(stub, vm, packet);
        if (action != ACTION_NONE) return action;
        break;
    case 'q': query(stub, packet); break;
    case 'Q':
        if (strcmp(packet, "QStartNoAckMode") == 0) {
            reply_str(stub, "OK");
            enter_no_ack = true; /* after this OK, which gdb still acknowledges */
        }
        break;
    case 'H': case 'T': reply_str(stub, "OK"); break; /* the one thread */
    case 'D':
        reply_str(stub, "OK");
        send_reply(stub);
        stub->session = GDB_SESSION_DETACHED;
        stub->running = false;
        clear_points(stub);
        return ACTION_DETACH;
    case 'k': return end_guest(stub, vm, GDB_SESSION_KILLED); /* k has no reply */
    default: break;                                          /* the empty reply */
    }
    send_reply(stub);
    if (enter_no_ack) stub->link.no_ack = true;
    return ACTION_NONE;
}

/* Connecting over a line that also carried the boot's text (the kernel's serial port), gdb may
 * have sent its first packet several times: noise with '-' in it reads as a request to send it
 * again. Copies arrive before the stub answers; only the last packet of that burst is served,
 * once, so that no reply goes to a packet gdb no longer waits on. GDB_RECEIVED: the packet to
 * serve is in link.packet; GDB_MALFORMED: none yet (gdb sends it again after the '-'). */
static enum gdb_receive first_packet(struct gdb_stub *stub) {
    enum gdb_receive received = GDB_MALFORMED;
    for (unsigned i = 0; i < GDB_STARTUP_PACKETS && received == GDB_MALFORMED; i++)
        received = gdb_link_receive(&stub->link, stub->idle_limit_ms);
    if (received != GDB_RECEIVED) return received;
    for (unsigned i = 0; i < GDB_STARTUP_PACKETS; i++) {
        enum gdb_receive next = gdb_link_receive(&stub->link, GDB_QUIET_MS);
        if (next == GDB_NOTHING) return received;
        if (next == GDB_GONE) return GDB_GONE;
        received = next;
    }
    return received;
}

/* Serves gdb while the guest is stopped, until it resumes, detaches, kills, or the session is
 * lost. A stop after a resume is reported first; the first stop (the entry) waits for gdb to
 * ask ('?'). */
static enum action converse(struct gdb_stub *stub, struct vm *vm) {
    VM_ASSERT(stub->session == GDB_SESSION_WAITING || stub->session == GDB_SESSION_ATTACHED);
    bool have_packet = false;
    if (stub->session == GDB_SESSION_WAITING) {
        enum gdb_receive first = first_packet(stub);
        if (first == GDB_GONE || first == GDB_NOTHING) return end_guest(stub, vm, GDB_SESSION_LOST);
        have_packet = first == GDB_RECEIVED;
        stub->session = GDB_SESSION_ATTACHED;
    } else {
        VM_ASSERT(stub->running); /* every later stop follows a resume */
        flush_output(stub);
        stop_reply(stub);
        send_reply(stub);
    }
    stub->running = false;
    stub->pending = false;
    for (uint32_t served = 0; served < GDB_PACKETS_PER_STOP; served++) {
        if (!have_packet) {
            enum gdb_receive received = gdb_link_receive(&stub->link, stub->idle_limit_ms);
            if (received == GDB_MALFORMED) continue;
            if (received != GDB_RECEIVED) break;
        }
        have_packet = false;
        enum action action = serve(stub, vm);
        if (action != ACTION_NONE) return action;
    }
    return end_guest(stub, vm, GDB_SESSION_LOST);
}

/* ---- the run loop's side ---- */

static bool debugging(const struct gdb_stub *stub) {
    return stub->session == GDB_SESSION_WAITING || stub->session == GDB_SESSION_ATTACHED;
}

/* The memory access the instruction at pc will make, if any: its address and size, and
 * whether it reads, writes or both. Fetched as the VM fetches (executable pages only). */
static bool next_access(const struct vm *vm, uint64_t *addr, unsigned *size, bool *reads, bool *writes) {
    uint64_t pc = vm->pc;
    if (pc > VM_MEMORY_SIZE - 2 || (vm->map.page_prot[pc / VM_PAGE_SIZE] & VM_PROT_EXEC) == 0) return false;
    uint16_t low;
    memcpy(&low, vm->memory + pc, 2);
    struct vm_insn insn;
    if (vm_insn_length(low) == 2) {
        vm_decode_compressed(low, &insn);
    } else {
        if (pc > VM_MEMORY_SIZE - 4 || (vm->map.page_prot[(pc + 2) / VM_PAGE_SIZE] & VM_PROT_EXEC) == 0)
            return false;
        uint32_t encoding;
        memcpy(&encoding, vm->memory + pc, 4);
        vm_decode(encoding, &insn);
    }
    /* Sizes in the decoder's order of operations (decode.h). */
    static const uint8_t load_size[] = {1, 2, 4, 8, 1, 2, 4};  /* LB LH LW LD LBU LHU LWU */
    static const uint8_t store_size[] = {1, 2, 4, 8};          /* SB SH SW SD */
    _Static_assert(OP_LWU - OP_LB == 6 && OP_SD - OP_SB == 3 && OP_AMOMAXU_W < OP_LR_D,
                   "next_access knows the order of VM_OPS");
    enum vm_op op = insn.op;
    *addr = vm->x[insn.rs1] + (uint64_t)insn.imm;
    *reads = *writes = false;
    if (op >= OP_LB && op <= OP_LWU) *size = load_size[op - OP_LB], *reads = true;
    else if (op >= OP_SB && op <= OP_SD) *size = store_size[op - OP_SB], *writes = true;
    else if (op == OP_FLW || op == OP_FLD) *size = op == OP_FLW ? 4 : 8, *reads = true;
    else if (op == OP_FSW || op == OP_FSD) *size = op == OP_FSW ? 4 : 8, *writes = true;
    else if (op >= OP_LR_W && op <= OP_AMOMAXU_D) {
        *addr = vm->x[insn.rs1];
        *size = op <= OP_AMOMAXU_W ? 4 : 8;
        *reads = op != OP_SC_W && op != OP_SC_D;
        *writes = op != OP_LR_W && op != OP_LR_D;
    }
    return *reads || *writes;
}

/* Whether the next instruction touches a watched range the watchpoint's way; the data address
 * to report (inside both the access and the range). */
static bool watch_hit(struct gdb_stub *stub, const struct vm *vm) {
    uint64_t addr = 0;
    unsigned size = 0;
    bool reads = false, writes = false;
    if (!next_access(vm, &addr, &size, &reads, &writes)) return false;
    uint64_t end = addr + size < addr ? UINT64_MAX : addr + size;
    for (uint32_t i = 0; i < stub->watchpoint_count; i++) {
        const struct gdb_watchpoint *w = &stub->watchpoints[i];
        uint64_t w_end = w->addr + w->length < w->addr ? UINT64_MAX : w->addr + w->length;
        bool way = w->type == 4 ? (reads || writes) : w->type == 2 ? writes : reads;
        if (!way || addr >= w_end || w->addr >= end) continue;
        stub->stop_addr = addr > w->addr ? addr : w->addr;
        stub->stop_watch = w->type;
        return true;
    }
    return false;
}

/* A Ctrl-C that arrived while the guest ran: checked every so many instructions. */
static void poll_interrupt(struct gdb_stub *stub) {
    /* Bounded: a few bytes may wait (only 0x03 is expected while the guest runs). */
    for (unsigned i = 0; i < 64 && !stub->link.interrupt; i++) {
        int c = stub->link.transport.get(stub->link.transport.context, 0);
        if (c == GDB_CLOSED) stub->link.gone = true;
        if (c < 0) return;
        if (c == 0x03) stub->link.interrupt = true;
    }
}

/* Whether the guest stops before its next instruction, and why (stub->stop_*). */
static bool stop_due(struct gdb_stub *stub, const struct vm *vm) {
    if (stub->session == GDB_SESSION_WAITING) {
        stub->stop_kind = GDB_STOP_ENTRY;
        stub->stop_signal = GDB_SIGTRAP;
        return true;
    }
    if (stub->pending) return true;
    if (stub->link.interrupt || stub->link.gone) {
        stub->stop_kind = GDB_STOP_INTERRUPT;
        stub->stop_signal = GDB_SIGINT;
        return true;
    }
    if (stub->stepping && stub->stepped) {
        stub->stop_kind = GDB_STOP_STEP;
        stub->stop_signal = GDB_SIGTRAP;
        return true;
    }
    if (breakpoint_at(stub, vm->pc) && !(stub->skip_valid && stub->skip_pc == vm->pc)) {
        stub->stop_kind = GDB_STOP_BREAKPOINT;
        stub->stop_signal = GDB_SIGTRAP;
        return true;
    }
    return false;
}

/* One instruction with vm_step (the reference path, which counts exactly as vm_run does),
 * watching its access first. */
static enum vm_exit step_once(struct gdb_stub *stub, struct vm *vm) {
    VM_ASSERT(vm->state == VM_STATE_RUNNING && stub->poll_countdown > 0);
    bool watched = stub->watchpoint_count > 0 && watch_hit(stub, vm);
    stub->skip_valid = false;
    enum vm_exit exit = vm_step(vm);
    stub->stepped = true;
    if (watched && exit == VM_EXIT_STEP) set_stop(stub, GDB_STOP_WATCH, GDB_SIGTRAP);
    if (--stub->poll_countdown == 0) {
        stub->poll_countdown = GDB_STEP_POLL;
        poll_interrupt(stub);
    }
    return exit;
}

/* With nothing to watch for, vm_run in slices (as the run loop's poll does: the budget lowered
 * for a slice, so instret and the real budget are untouched), looking for a Ctrl-C between. */
static enum vm_exit run_slice(struct gdb_stub *stub, struct vm *vm) {
    uint64_t budget = vm->budget;
    stub->skip_valid = false;
    if (budget - vm->instret > GDB_SLICE) vm->budget = vm->instret + GDB_SLICE;
    enum vm_exit exit = vm_run(vm);
    bool slice_ended = exit == VM_EXIT_BUDGET && vm->instret < budget;
    vm->budget = budget;
    VM_ASSERT(vm->instret <= budget);
    poll_interrupt(stub);
    if (!slice_ended) return exit;
    vm->state = VM_STATE_RUNNING;
    return VM_EXIT_STEP;
}

enum vm_exit gdb_stub_run(struct gdb_stub *stub, struct vm *vm) {
    VM_ASSERT(stub != 0 && vm->state == VM_STATE_RUNNING);
    if (debugging(stub) && stop_due(stub, vm)) {
        enum action action = converse(stub, vm);
        if (action == ACTION_KILL) return VM_EXIT_HALTED;
    }
    if (!debugging(stub)) return vm_run(vm); /* detached: undebugged, at full speed */
    bool single = stub->stepping || stub->breakpoint_count > 0 || stub->watchpoint_count > 0;
    return single ? step_once(stub, vm) : run_slice(stub, vm);
}

enum vm_exit gdb_stub_fault(struct gdb_stub *stub, struct vm *vm) {
    VM_ASSERT(stub != 0 && vm->state == VM_STATE_ERRORED);
    VM_ASSERT(vm->pc == vm->fault.pc);
    if (!debugging(stub)) return VM_EXIT_FAULT;
    set_stop(stub, GDB_STOP_SIGNAL, gdb_signal(fault_signal(vm->fault.cause)));
    if (converse(stub, vm) == ACTION_KILL) return VM_EXIT_HALTED;
    if (!debugging(stub) || stub->resume_signal != 0) return VM_EXIT_FAULT;
    /* Resumed without the signal: the instruction runs again, as under Linux; the attempt costs a
     * budget unit, as a fault delivered to a handler does. */
    vm->state = VM_STATE_RUNNING;
    vm->fault = (struct vm_fault){.cause = VM_FAULT_NONE};
    VM_ASSERT(vm->instret < vm->budget);
    vm->instret++;
    return VM_EXIT_STEP;
}

void gdb_stub_signal_stop(struct gdb_stub *stub, struct vm *vm) {
    VM_ASSERT(stub != 0 && vm->state == VM_STATE_KILLED);
    /* SIGKILL is never seen by a debugger under Linux either. */
    if (!debugging(stub) || vm->signals.fatal == LINUX_SIGKILL) return;
    set_stop(stub, GDB_STOP_SIGNAL, gdb_signal(vm->signals.fatal));
    if (converse(stub, vm) == ACTION_KILL) return;
    if (debugging(stub) && stub->resume_signal == 0) { /* as if the signal had been ignored */
        vm->state = VM_STATE_RUNNING;
        vm->signals.fatal = 0;
    }
}

/* ---- the embedder's side ---- */

void gdb_stub_init(struct gdb_stub *stub, const struct gdb_transport *transport, uint32_t idle_limit_ms) {
    VM_ASSERT(stub != 0 && transport != 0);
    gdb_link_init(&stub->link, transport);
    stub->session = GDB_SESSION_WAITING;
    stub->idle_limit_ms = idle_limit_ms != 0 ? idle_limit_ms : GDB_DEFAULT_IDLE_LIMIT_MS;
    stub->running = false;
    stub->stepping = stub->stepped = stub->skip_valid = false;
    stub->skip_pc = 0;
    stub->resume_signal = 0;
    stub->pending = false;
    stub->stop_kind = GDB_STOP_ENTRY;
    stub->stop_signal = GDB_SIGTRAP;
    stub->stop_addr = 0;
    stub->stop_watch = 0;
    stub->poll_countdown = GDB_STEP_POLL;
    stub->breakpoint_count = 0;
    stub->watchpoint_count = 0;
    stub->pending_length = 0;
    stub->output_dropped = 0;
    stub->reply_length = 0;
}

bool gdb_stub_attached(const struct gdb_stub *stub) {
    VM_ASSERT(stub != 0);
    return debugging(stub);
}

bool gdb_stub_output(struct gdb_stub *stub, const uint8_t *bytes, size_t length) {
    VM_ASSERT(stub != 0 && (bytes != 0 || length == 0));
    if (!debugging(stub)) return false;
    if (stub->running) {
        send_output(stub, bytes, length);
        return true;
    }
    size_t room = GDB_PENDING_OUTPUT - stub->pending_length, n = length < room ? length : room;
    memcpy(stub->pending_output + stub->pending_length, bytes, n);
    stub->pending_length += n;
    stub->output_dropped += length - n;
    return true;
}

void gdb_stub_finish(struct gdb_stub *stub, const struct vm *vm) {
    VM_ASSERT(stub != 0 && vm->state != VM_STATE_RUNNING);
    if (stub->session != GDB_SESSION_ATTACHED || !stub->running) return;
    flush_output(stub);
    stub->reply_length = 0;
    if (vm->state == VM_STATE_HALTED) {
        reply_char(stub, 'W');
        reply_hex_byte(stub, (uint8_t)vm->exit_status);
    } else {
        int signal = vm->state == VM_STATE_KILLED ? gdb_signal(vm->signals.fatal)
                     : vm->state == VM_STATE_BUDGET_EXHAUSTED ? GDB_SIGXCPU
                                                              : gdb_signal(fault_signal(vm->fault.cause));
        reply_char(stub, 'X');
        reply_hex_byte(stub, (uint8_t)signal);
    }
    send_reply(stub);
    stub->session = GDB_SESSION_ENDED;
    stub->running = false;
}
