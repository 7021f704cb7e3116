/* SPDX-License-Identifier: MIT */
/* The GDB stub (vm/gdbstub.c) and its packet layer (vm/gdb_packet.c) over a scripted transport:
 * framing, checksums, acknowledgements and escapes; malformed and hostile packets (each answered
 * with '-' or an error, the guest untouched); registers, memory and the target description;
 * breakpoints, watchpoints, steps, Ctrl-C, faults, kill and detach on a small guest, which must
 * count exactly the instructions it counts without a debugger. Every packet the stub sends is
 * checked to be well-framed with the right checksum (reply_payloads). */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "gdb_packet.h"
#include "gdbstub.h"
#include "harness.h"
#include "memory_map.h"

/* The script: bytes gdb sends. PAUSE makes one wait come back empty (a quiet moment on the
 * line). A wait of 0 ms (the stub looking for Ctrl-C while the guest runs) sees only a 0x03 that
 * is next: gdb sends nothing else while the guest runs. At the end the connection closes (seen
 * by a wait, not by a look at what has arrived: gdb stays while it waits for a stop reply). */
enum { PAUSE = 0xfe };
static struct {
    char in[16384];
    size_t length, at;
    char out[65536];
    size_t out_length;
} wire;

static int wire_get(void *context, uint32_t timeout_ms) {
    (void)context;
    if (wire.at >= wire.length) return timeout_ms == 0 ? GDB_NO_BYTE : GDB_CLOSED;
    uint8_t c = (uint8_t)wire.in[wire.at];
    if (timeout_ms == 0 && c != 0x03) return GDB_NO_BYTE;
    wire.at++;
    return c == PAUSE ? GDB_NO_BYTE : c;
}

static void wire_put(void *context, const uint8_t *bytes, size_t length) {
    (void)context;
    size_t room = sizeof wire.out - wire.out_length, n = length < room ? length : room;
    memcpy(wire.out + wire.out_length, bytes, n);
    wire.out_length += n;
}

static const struct gdb_transport transport = {.get = wire_get, .put = wire_put};

static void add_raw(const char *bytes, size_t length) {
    CHECK(wire.length + length <= sizeof wire.in);
    if (wire.length + length > sizeof wire.in) return;
    memcpy(wire.in + wire.length, bytes, length);
    wire.length += length;
}

static void add_text(const char *text) { add_raw(text, strlen(text)); }
static void add_pause(void) { add_raw("\xfe", 1); }

/* The checksum, computed here independently of the stub's. */
static unsigned checksum(const char *bytes, size_t length) {
    unsigned sum = 0;
    for (size_t i = 0; i < length; i++) sum += (uint8_t)bytes[i];
    return sum & 0xff;
}

static void add_packet_bytes(const char *payload, size_t length) {
    char tail[4];
    snprintf(tail, sizeof tail, "#%02x", checksum(payload, length));
    add_text("$");
    add_raw(payload, length);
    add_text(tail);
}

static void add_packet(const char *payload) { add_packet_bytes(payload, strlen(payload)); }

/* A session's opening as gdb makes it: '+', then QStartNoAckMode (acknowledged by both), so that
 * the rest needs no acks; the pause is the quiet after gdb's first packet. */
static void start_script(void) {
    memset(&wire, 0, sizeof wire);
    add_text("+");
    add_packet("QStartNoAckMode");
    add_pause();
    add_text("+");
}

/* The payloads of the packets the stub sent, in order; false when one is badly framed. */
static char payloads[64][4200];
static unsigned payload_count;

static bool reply_payloads(void) {
    payload_count = 0;
    size_t i = 0;
    while (i < wire.out_length) {
        if (wire.out[i] != '$') {
            i++;
            continue;
        }
        const char *start = wire.out + i + 1;
        const char *hash = memchr(start, '#', wire.out_length - (size_t)(start - wire.out));
        if (hash == 0 || hash + 3 > wire.out + wire.out_length) return false;
        size_t length = (size_t)(hash - start);
        char expected[3];
        snprintf(expected, sizeof expected, "%02x", checksum(start, length));
        if (memcmp(hash + 1, expected, 2) != 0 || length >= sizeof payloads[0]) return false;
        if (payload_count < 64) {
            memcpy(payloads[payload_count], start, length);
            payloads[payload_count][length] = '\0';
            payload_count++;
        }
        i = (size_t)(hash - wire.out) + 3;
    }
    return true;
}

/* The guest every run test debugs, at CODE_BASE in flat RWX memory: a0 counts 1 to 5, each
 * stored at 0x3000, then exit(a0). 23 instructions. */
enum { A0 = 10, A7 = 17, DATA = 0x3000, INSTRUCTIONS = 23 };
static const uint32_t program[] = {
    enc_u(3, 5, 0x37),           /* 0x1000 lui t0, 3 (0x3000) */
    insn_addi(A0, A0, 1),        /* 0x1004 addi a0, a0, 1 */
    enc_s(0, A0, 5, 2, 0x23),    /* 0x1008 sw a0, 0(t0) */
    insn_addi(6, 0, 5),          /* 0x100c li t1, 5 */
    enc_b(-12, 6, A0, 4),        /* 0x1010 blt a0, t1, 0x1004 */
    insn_addi(A7, 0, 93),        /* 0x1014 li a7, 93 */
    insn_ecall(),                /* 0x1018 ecall (exit) */
};

static struct gdb_stub stub;
static struct capture capture;
static struct vm_host host;
static uint64_t work_at_start; /* the setup's own page work, before the guest runs */

/* Runs the guest under the stub over the script; then, as the embedders do, the end for gdb. */
static enum vm_state run_debugged(const uint32_t *code, size_t count, uint64_t budget) {
    harness_start(code, count, budget);
    work_at_start = test_vm.process.syscall_work;
    capture_host(&capture, &host);
    gdb_stub_init(&stub, &transport, 1000);
    host.debugger = &stub;
    enum vm_state state = vm_run_guest(&test_vm, &host);
    gdb_stub_finish(&stub, &test_vm);
    CHECK(reply_payloads());
    return state;
}


/* The index of the first payload equal to `text` at or after `from`, or -1. */
static int find_reply(const char *text, unsigned from) {
    for (unsigned i = from; i < payload_count; i++)
        if (strcmp(payloads[i], text) == 0) return (int)i;
    return -1;
}

static void test_link_framing(void) {
    static struct gdb_link link;
    memset(&wire, 0, sizeof wire);
    gdb_link_init(&link, &transport);
    link.no_ack = true;
    gdb_link_send(&link, "a#b$c}d*e", 9);
    /* Escaped: '}' then the byte XOR 0x20; the checksum covers what went between $ and #. */
    static const char escaped[] = "a}\x03" "b}\x04" "c}]d}\x0a" "e";
    char expected[64];
    snprintf(expected, sizeof expected, "$%s#%02x", escaped, checksum(escaped, sizeof escaped - 1));
    CHECK_EQ(wire.out_length, strlen(expected));
    CHECK(memcmp(wire.out, expected, strlen(expected)) == 0);
    /* In ack mode a '-' makes it send again; a '+' ends the wait. */
    memset(&wire, 0, sizeof wire);
    link.no_ack = false;
    add_text("-+");
    gdb_link_send(&link, "OK", 2);
    CHECK_EQ(wire.out_length, 2 * strlen("$OK#9a"));
    CHECK(memcmp(wire.out, "$OK#9a$OK#9a", 12) == 0);
}

static void test_link_receiving(void) {
    static struct gdb_link link;
    memset(&wire, 0, sizeof wire);
    gdb_link_init(&link, &transport);
    add_text("+-junk\x03");
    add_packet("m1000,4");
    CHECK_EQ(gdb_link_receive(&link, 10), GDB_RECEIVED);
    CHECK(strcmp(link.packet, "m1000,4") == 0);
    CHECK(link.interrupt); /* the 0x03 between packets */
    CHECK(wire.out_length == 1 && wire.out[0] == '+');
    /* A wrong checksum, a non-hex one, a packet cut short: each answered '-'. */
    memset(&wire, 0, sizeof wire);
    add_text("$m1000,4#00$m1000,4#zz$m10");
    add_pause();
    CHECK_EQ(gdb_link_receive(&link, 10), GDB_MALFORMED);
    CHECK_EQ(gdb_link_receive(&link, 10), GDB_MALFORMED);
    CHECK_EQ(gdb_link_receive(&link, 10), GDB_MALFORMED);
    CHECK(wire.out_length == 3 && memcmp(wire.out, "---", 3) == 0);
    CHECK_EQ(link.length, 0);
    /* A '$' inside a packet starts it over; a payload of 0x03 bytes is data, not Ctrl-C. */
    memset(&wire, 0, sizeof wire);
    link.interrupt = false;
    add_text("$garbage");
    add_packet_bytes("X1000,1:\x03", 9);
    CHECK_EQ(gdb_link_receive(&link, 10), GDB_RECEIVED);
    CHECK_EQ(link.length, 9);
    CHECK(memcmp(link.packet, "X1000,1:\x03", 9) == 0);
    CHECK(!link.interrupt);
    /* Longer than the buffer: read to its end and refused. */
    static char huge[GDB_PACKET_MAX + 100];
    memset(huge, 'a', sizeof huge);
    memset(&wire, 0, sizeof wire);
    add_packet_bytes(huge, sizeof huge);
    CHECK_EQ(gdb_link_receive(&link, 10), GDB_MALFORMED);
    CHECK(wire.out_length == 1 && wire.out[0] == '-');
    /* Nothing within the wait; then the connection closes. */
    memset(&wire, 0, sizeof wire);
    add_pause();
    CHECK_EQ(gdb_link_receive(&link, 10), GDB_NOTHING);
    CHECK_EQ(gdb_link_receive(&link, 10), GDB_GONE);
    CHECK(link.gone);
}

/* The first packet, sent four times (noise on the line read as '-'), is served once. */
static void test_first_packet_copies(void) {
    memset(&wire, 0, sizeof wire);
    add_text("+");
    for (int i = 0; i < 4; i++) add_packet("qSupported:multiprocess+");
    add_pause();
    add_text("+"); /* gdb's ack of the reply */
    add_packet("?");
    add_text("+");
    add_packet("k");
    run_debugged(program, sizeof program / sizeof program[0], 1000);
    CHECK_EQ(payload_count, 2);
    CHECK(strncmp(payloads[0], "PacketSize=1000;", 16) == 0);
    CHECK(strcmp(payloads[1], "T05thread:1;") == 0);
    CHECK_EQ(stub.session, GDB_SESSION_KILLED);
}

/* Without any packet, or with the connection gone, the guest is killed: never run unwatched. */
static void test_lost_session(void) {
    memset(&wire, 0, sizeof wire);
    CHECK_EQ(run_debugged(program, sizeof program / sizeof program[0], 1000), VM_STATE_KILLED);
    CHECK_EQ(test_vm.signals.fatal, 9);
    CHECK_EQ(test_vm.instret, 0);
    CHECK_EQ(stub.session, GDB_SESSION_LOST);
    start_script();
    add_packet("vCont;c");
    add_raw("\x03", 1); /* then the line closes while the guest runs */
    static const uint32_t endless[] = {enc_j(0, 0)}; /* j . */
    CHECK_EQ(run_debugged(endless, 1, 100000000), VM_STATE_KILLED);
    CHECK_EQ(stub.session, GDB_SESSION_LOST);
}

static void test_registers(void) {
    start_script();
    add_packet("g");
    add_packet("P5=0123456789abcdef");  /* t0 */
    add_packet("P0=ffffffffffffffff");  /* x0 stays zero */
    add_packet("P43=3f000000");         /* fcsr 0x3f: fflags 0x1f, frm 1 */
    add_packet("p41");
    add_packet("p42");
    add_packet("P20=0110000000000000"); /* pc 0x1001: odd, refused */
    add_packet("p20");
    add_packet("G00");                  /* too short */
    add_packet("p44");                  /* no register 68 */
    add_packet("k");
    run_debugged(program, sizeof program / sizeof program[0], 1000);
    CHECK_EQ(payload_count, 11);
    CHECK_EQ(strlen(payloads[1]), 2 * (33 * 8 + 32 * 8 + 3 * 4));
    CHECK(strncmp(payloads[1] + 32 * 16, "0010000000000000", 16) == 0); /* pc = 0x1000 */
    CHECK(strcmp(payloads[2], "OK") == 0 && strcmp(payloads[3], "OK") == 0);
    CHECK_EQ(test_vm.x[5], 0xefcdab8967452301ull);
    CHECK_EQ(test_vm.x[0], 0);
    CHECK(strcmp(payloads[5], "1f000000") == 0 && strcmp(payloads[6], "01000000") == 0);
    CHECK(strcmp(payloads[7], "E22") == 0);
    CHECK(strcmp(payloads[8], "0010000000000000") == 0);
    CHECK(strcmp(payloads[9], "E22") == 0 && strcmp(payloads[10], "E22") == 0);
}

/* G writes every register, read back by g unchanged. */
static void test_register_round_trip(void) {
    static char g[2 * (33 * 8 + 32 * 8 + 3 * 4) + 2];
    start_script();
    size_t at = 0;
    g[at++] = 'G';
    for (unsigned n = 0; n < 65; n++) /* x0 and pc's low byte 0: x0 reads 0, pc must be even */
        for (unsigned b = 0; b < 8; b++)
            at += (size_t)snprintf(g + at, sizeof g - at, "%02x", n == 0 || (n == 32 && b == 0) ? 0 : (n * 7 + b) & 0xff);
    at += (size_t)snprintf(g + at, sizeof g - at, "0700000006000000c7000000"); /* fflags 7, frm 6, fcsr */
    add_packet(g);
    add_packet("g");
    add_packet("k");
    run_debugged(program, sizeof program / sizeof program[0], 1000);
    CHECK_EQ(payload_count, 3);
    CHECK(strcmp(payloads[1], "OK") == 0);
    CHECK(strcmp(payloads[2], g + 1) == 0);
    CHECK_EQ(test_vm.x[1], 0x0e0d0c0b0a090807ull);
    CHECK_EQ(test_vm.fflags, 7);
    CHECK_EQ(test_vm.frm, 6);
}

static void test_memory_commands(void) {
    start_script();
    add_packet("M3000,4:deadbeef");
    add_packet("m3000,4");
    add_packet("m0,4");                      /* the null page */
    add_packet("m3ffffe,8");                 /* runs off the end of guest memory: 2 bytes */
    add_packet("m400000,1");
    add_packet("M1000,2:0000");              /* flat RWX memory here: code is writable */
    add_packet("M3000,2:abc");               /* length and data disagree */
    add_packet("M3000,1:zz");
    static const char binary[] = "X3004,5:}\x03}\x04}]}\x0a\x01"; /* # $ } * and 0x01 */
    add_packet_bytes(binary, sizeof binary - 1);
    add_packet("X3010,0:");                  /* gdb's probe for X */
    add_packet("X3010,2:a");                 /* less data than the length */
    add_packet("m10000000000000000,1");      /* 17 digits */
    add_packet("m3000");
    add_packet("k");
    run_debugged(program, sizeof program / sizeof program[0], 1000);
    CHECK_EQ(payload_count, 14);
    CHECK(strcmp(payloads[1], "OK") == 0 && strcmp(payloads[2], "deadbeef") == 0);
    CHECK(strcmp(payloads[3], "E14") == 0);
    CHECK_EQ(strlen(payloads[4]), 4);
    CHECK(strcmp(payloads[5], "E14") == 0);
    CHECK(strcmp(payloads[6], "OK") == 0);
    CHECK(strcmp(payloads[7], "E22") == 0 && strcmp(payloads[8], "E22") == 0);
    CHECK(strcmp(payloads[9], "OK") == 0);
    CHECK(memcmp(test_memory + 0x3004, "#$}*\x01", 5) == 0);
    CHECK(strcmp(payloads[10], "OK") == 0 && strcmp(payloads[11], "E22") == 0);
    CHECK(strcmp(payloads[12], "E22") == 0 && strcmp(payloads[13], "E22") == 0);
    /* The debugger's checks cost the guest nothing. */
    CHECK_EQ(test_vm.process.syscall_work, work_at_start);
}

/* Guest pages keep their permissions against the debugger too. */
static void test_memory_permissions(void) {
    start_script();
    add_packet("M1000,4:00000000");
    add_packet("m1000,4");
    add_packet("m2ffe,4");  /* readable, then a page without access: the readable part */
    add_packet("k");
    harness_start(program, sizeof program / sizeof program[0], 1000);
    capture_host(&capture, &host);
    gdb_stub_init(&stub, &transport, 1000);
    host.debugger = &stub;
    test_vm.map.page_prot[1] = VM_PROT_READ | VM_PROT_EXEC; /* the code */
    test_vm.map.page_prot[3] = 0;                           /* 0x3000 */
    vm_run_guest(&test_vm, &host);
    CHECK(reply_payloads());
    CHECK_EQ(payload_count, 4);
    CHECK(strcmp(payloads[1], "E14") == 0);
    CHECK(strcmp(payloads[2], "b7320000") == 0); /* lui t0, 3, unchanged */
    CHECK(strcmp(payloads[3], "0000") == 0);
}

static void test_target_description(void) {
    start_script();
    char request[64];
    for (unsigned offset = 0; offset < 8000; offset += 1000) {
        snprintf(request, sizeof request, "qXfer:features:read:target.xml:%x,3e8", offset);
        add_packet(request);
    }
    add_packet("qXfer:features:read:other.xml:0,10");
    add_packet("qXfer:features:read:target.xml:zz");
    add_packet("k");
    run_debugged(program, sizeof program / sizeof program[0], 1000);
    static char xml[10000];
    size_t length = 0;
    bool ended = false;
    for (unsigned i = 1; i <= 8 && i < payload_count; i++) {
        char kind = payloads[i][0];
        CHECK(kind == 'm' || kind == 'l');
        if (ended) CHECK(strcmp(payloads[i], "l") == 0); /* past the end: empty and last */
        if (!ended) {
            size_t n = strlen(payloads[i] + 1);
            memcpy(xml + length, payloads[i] + 1, n);
            length += n;
        }
        ended = ended || kind == 'l';
    }
    xml[length] = '\0';
    CHECK(ended);
    CHECK(strncmp(xml, "<?xml version=\"1.0\"?>", 21) == 0);
    CHECK(strstr(xml, "<architecture>riscv:rv64</architecture>") != 0);
    CHECK(strstr(xml, "</target>\n") == xml + length - 10);
    /* The registers in order: x0-x31, pc, f0-f31, fflags, frm, fcsr. */
    const char *at = xml;
    unsigned count = 0;
    char name[32];
    for (unsigned n = 0; n < 68; n++) {
        if (n < 32) snprintf(name, sizeof name, "<reg name=\"x%u\" bitsize=\"64\"", n);
        else if (n == 32) snprintf(name, sizeof name, "<reg name=\"pc\" bitsize=\"64\"");
        else if (n < 65) snprintf(name, sizeof name, "<reg name=\"f%u\" bitsize=\"64\"", n - 33);
        else snprintf(name, sizeof name, "<reg name=\"%s\" bitsize=\"32\"", n == 65 ? "fflags" : n == 66 ? "frm" : "fcsr");
        at = strstr(at, name);
        if (at == 0) break;
        count++;
    }
    CHECK_EQ(count, 68);
    CHECK(strstr(xml, "org.gnu.gdb.riscv.cpu") != 0 && strstr(xml, "org.gnu.gdb.riscv.fpu") != 0);
    CHECK(strcmp(payloads[payload_count - 2], "E00") == 0 || strcmp(payloads[payload_count - 1], "E22") == 0);
}

/* Packets that are not what they claim: an error or the empty reply each, nothing changed. */
static void test_malformed_commands(void) {
    static const char *const packets[] = {
        "m", "mzz,1", "m1000", "m1000,", "m,4", "M", "M1000", "M1000,2", "X", "X1000,2",
        "Z", "Z0", "Z0,", "Z0,1000", "Z0,1000,4x", "Z9,1000,4", "z2,3000,0", "Z2,3000,0",
        "P", "P5", "P5=", "P5=12", "P5=zz00000000000000", "p", "pzz", "p12345678901234567",
        "G", "vCont;", "vCont;x", "vCont;C", "vCont;Czz", "C", "Czz", "C100", "S1;zz", "c1",
        "s1001", "qXfer:features:read:target.xml:", "qZZ", "\x01\x02\x7f",
    };
    enum { COUNT = sizeof packets / sizeof packets[0] };
    start_script();
    for (unsigned i = 0; i < COUNT; i++) add_packet(packets[i]);
    add_packet_bytes("", 0);
    add_packet("vCont;t;c"); /* the last, well-formed: resumes to the end */
    run_debugged(program, sizeof program / sizeof program[0], 1000);
    CHECK_EQ(test_vm.state, VM_STATE_HALTED);
    CHECK_EQ(test_vm.exit_status, 5);
    CHECK_EQ(test_vm.instret, INSTRUCTIONS);
    CHECK_EQ(payload_count, 1 + COUNT + 1 + 1); /* OK, the replies, the empty packet's, W05 */
    unsigned errors = 0, empty = 0;
    for (unsigned i = 1; i < payload_count - 1; i++) {
        errors += payloads[i][0] == 'E';
        empty += payloads[i][0] == '\0';
    }
    CHECK_EQ(errors + empty, COUNT + 1);
    CHECK(strcmp(payloads[payload_count - 1], "W05") == 0);
    CHECK_EQ(stub.breakpoint_count, 0);
    CHECK_EQ(stub.watchpoint_count, 0);
}

/* What the guest counts without a debugger: the stub must change nothing of it. */
static void run_undebugged(uint64_t *instret, uint64_t *a0) {
    harness_start(program, sizeof program / sizeof program[0], 1000);
    capture_host(&capture, &host);
    CHECK_EQ(vm_run_guest(&test_vm, &host), VM_STATE_HALTED);
    *instret = test_vm.instret;
    *a0 = test_vm.x[A0];
}

static void test_breakpoints_and_steps(void) {
    uint64_t instret = 0, a0 = 0;
    run_undebugged(&instret, &a0);
    CHECK_EQ(instret, INSTRUCTIONS);
    start_script();
    add_packet("?");
    add_packet("Z0,1010,4");
    add_packet("vCont;c");  /* stops at 0x1010 with a0 = 1 */
    add_packet("p20");
    add_packet("m1010,4");  /* the guest's own bytes: nothing is patched */
    add_packet("vCont;c");  /* the next pass: a0 = 2 */
    add_packet("pa");
    add_packet("z0,1010,4");
    add_packet("vCont;s:1;c");
    add_packet("p20");      /* blt taken: 0x1004 */
    add_packet("s");
    add_packet("p20");
    add_packet("c");
    run_debugged(program, sizeof program / sizeof program[0], 1000);
    CHECK_EQ(test_vm.state, VM_STATE_HALTED);
    CHECK_EQ(test_vm.instret, instret);
    CHECK_EQ(test_vm.x[A0], a0);
    char blt[9];
    snprintf(blt, sizeof blt, "%02x%02x%02x%02x", program[4] & 0xff, (program[4] >> 8) & 0xff,
             (program[4] >> 16) & 0xff, program[4] >> 24);
    const char *const expected[] = {
        "OK", "T05thread:1;", "OK", "T05thread:1;", "1010000000000000", blt,
        "T05thread:1;", "0200000000000000", "OK", "T05thread:1;", "0410000000000000",
        "T05thread:1;", "0810000000000000", "W05",
    };
    CHECK_EQ(payload_count, sizeof expected / sizeof expected[0]);
    for (unsigned i = 0; i < payload_count && i < sizeof expected / sizeof expected[0]; i++)
        if (!CHECK(strcmp(payloads[i], expected[i]) == 0)) printf("  reply %u: %s\n", i, payloads[i]);
}

static void test_watchpoints(void) {
    uint64_t instret = 0, a0 = 0;
    run_undebugged(&instret, &a0);
    start_script();
    add_packet("Z2,3000,4");   /* write */
    add_packet("vCont;c");     /* after the first sw: pc 0x100c */
    add_packet("p20");
    add_packet("m3000,4");
    add_packet("z2,3000,4");
    add_packet("Z3,3002,1");   /* read: nothing reads it */
    add_packet("Z4,2ffc,6");   /* access, overlapping from below */
    add_packet("vCont;c");
    add_packet("p20");
    add_packet("vCont;c");
    add_packet("z4,2ffc,6");
    add_packet("c");
    run_debugged(program, sizeof program / sizeof program[0], 1000);
    CHECK_EQ(test_vm.state, VM_STATE_HALTED);
    CHECK_EQ(test_vm.instret, instret);
    CHECK_EQ(test_vm.x[A0], a0);
    static const char *const expected[] = {
        "OK", "OK", "T05watch:3000;thread:1;", "0c10000000000000", "01000000", "OK", "OK",
        "OK", "T05awatch:3000;thread:1;", "0c10000000000000", "T05awatch:3000;thread:1;", "OK",
        "W05",
    };
    CHECK_EQ(payload_count, sizeof expected / sizeof expected[0]);
    for (unsigned i = 0; i < payload_count && i < sizeof expected / sizeof expected[0]; i++)
        if (!CHECK(strcmp(payloads[i], expected[i]) == 0)) printf("  reply %u: %s\n", i, payloads[i]);
}

/* Ctrl-C while the guest runs in slices: it stops where it is, then gdb kills it. */
static void test_interrupt_and_kill(void) {
    static const uint32_t endless[] = {insn_addi(A0, A0, 1), enc_j(-4, 0)};
    start_script();
    add_packet("vCont;c");
    add_raw("\x03", 1);
    add_packet("p20");
    add_packet("vKill;a410");
    CHECK_EQ(run_debugged(endless, 2, 100000000), VM_STATE_KILLED);
    CHECK_EQ(test_vm.signals.fatal, 9);
    CHECK(test_vm.instret > 0 && test_vm.instret < 100000000);
    CHECK_EQ(payload_count, 4);
    CHECK(strcmp(payloads[1], "T02thread:1;") == 0);
    CHECK(strcmp(payloads[3], "OK") == 0);
    CHECK_EQ(stub.session, GDB_SESSION_KILLED);
}

/* A fault stops with its signal and pc at the faulting instruction; resumed without the signal
 * it runs again (one budget unit), with it the guest dies: X. */
static void test_fault(void) {
    static const uint32_t faulting[] = {insn_addi(A0, 0, 1), enc_i(0, 0, 3, 5, 0x03)}; /* ld t0, 0(zero) */
    start_script();
    add_packet("vCont;c");
    add_packet("p20");
    add_packet("c");
    add_packet("vCont;C0b");
    CHECK_EQ(run_debugged(faulting, 2, 1000), VM_STATE_ERRORED);
    CHECK_EQ(test_vm.fault.cause, VM_FAULT_LOAD_ACCESS);
    CHECK_EQ(test_vm.instret, 2); /* the addi and the retried attempt */
    static const char *const expected[] = {"OK", "T0bthread:1;", "0410000000000000", "T0bthread:1;", "X0b"};
    CHECK_EQ(payload_count, 5);
    for (unsigned i = 0; i < payload_count && i < 5; i++) CHECK(strcmp(payloads[i], expected[i]) == 0);
    /* An illegal instruction is SIGILL (4). */
    start_script();
    add_packet("c");
    add_packet("C04");
    static const uint32_t illegal[] = {0};
    CHECK_EQ(run_debugged(illegal, 1, 1000), VM_STATE_ERRORED);
    CHECK(find_reply("T04thread:1;", 0) == 1 && find_reply("X04", 0) == 2);
}

/* Detached, the guest runs on to its end undebugged; gdb is not told about the end. */
static void test_detach(void) {
    start_script();
    add_packet("Z0,1010,4");
    add_packet("c");
    add_packet("D");
    CHECK_EQ(run_debugged(program, sizeof program / sizeof program[0], 1000), VM_STATE_HALTED);
    CHECK_EQ(test_vm.instret, INSTRUCTIONS);
    CHECK_EQ(stub.session, GDB_SESSION_DETACHED);
    CHECK_EQ(payload_count, 4); /* OK, OK, T05, OK: no W */
    CHECK(strcmp(payloads[3], "OK") == 0);
}

/* Console output: kept while gdb is not waiting, sent as O packets once it resumes. */
static void test_console_output(void) {
    start_script();
    add_packet("c");
    harness_start(program, sizeof program / sizeof program[0], 1000);
    capture_host(&capture, &host);
    gdb_stub_init(&stub, &transport, 1000);
    host.debugger = &stub;
    CHECK(gdb_stub_output(&stub, (const uint8_t *)"hi\n", 3));
    vm_run_guest(&test_vm, &host);
    CHECK(gdb_stub_output(&stub, (const uint8_t *)"#$", 2));
    gdb_stub_finish(&stub, &test_vm);
    CHECK(!gdb_stub_output(&stub, (const uint8_t *)"x", 1)); /* ended: the embedder writes it */
    CHECK(reply_payloads());
    CHECK_EQ(payload_count, 4);
    CHECK(strcmp(payloads[1], "O68690a") == 0 && strcmp(payloads[2], "O2324") == 0);
    CHECK(strcmp(payloads[3], "W05") == 0);
}

/* Bytes of every value, and fragments of real packets, never crash the stub or let the guest
 * run unwatched past what gdb asked: a small deterministic fuzz (tests/fuzz/fuzz_gdbstub.c
 * does more). */
static void test_noise(void) {
    static const char *const fragments[] = {
        "$", "#", "}", "+", "-", "\x03", "$g#67", "$c#63", "$s#73", "$?#3f", "$k#6b",
        "$Z0,1010,4#", "$m3000,4#", "$vCont;s#", "$G", "ffff", "00", ",", ":", "$QStartNoAckMode#b0",
    };
    uint64_t seed = 0x9e3779b97f4a7c15ull;
    for (unsigned round = 0; round < 200; round++) {
        memset(&wire, 0, sizeof wire);
        for (unsigned piece = 0; piece < 64; piece++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            unsigned pick = (unsigned)(seed >> 33);
            if (pick % 3 == 0) {
                char byte = (char)(pick >> 8);
                if ((uint8_t)byte != PAUSE) add_raw(&byte, 1);
            } else {
                add_text(fragments[(pick >> 4) % (sizeof fragments / sizeof fragments[0])]);
            }
        }
        enum vm_state state = run_debugged(program, sizeof program / sizeof program[0], 1000);
        CHECK(state != VM_STATE_RUNNING);
        CHECK(test_vm.instret <= test_vm.budget);
        CHECK_EQ(test_vm.x[0], 0);
        CHECK_EQ(test_vm.pc % 2, 0);
    }
}

const struct test gdbstub_tests[] = {
    {"gdb/packets: framing, checksums, escapes, '-' sends again", test_link_framing},
    {"gdb/packets: acks, Ctrl-C, bad checksums, cut and overlong packets refused with '-'", test_link_receiving},
    {"gdb/connecting: copies of the first packet (noise read as '-') answered once", test_first_packet_copies},
    {"gdb/no debugger or a closed connection: the guest is killed, never run unwatched", test_lost_session},
    {"gdb/registers: g, p, P (x0 stays 0, odd pc refused), fcsr", test_registers},
    {"gdb/registers: G then g round trip", test_register_round_trip},
    {"gdb/memory: m, M, X (escaped), partial reads, bad ranges", test_memory_commands},
    {"gdb/memory: page permissions hold against the debugger", test_memory_permissions},
    {"gdb/target description: riscv:rv64, x0-x31, pc, f0-f31, fflags, frm, fcsr", test_target_description},
    {"gdb/malformed commands: each an error or the empty reply, the guest untouched", test_malformed_commands},
    {"gdb/breakpoints (guest memory unpatched) and steps: instret as without gdb", test_breakpoints_and_steps},
    {"gdb/watchpoints: write, read, access", test_watchpoints},
    {"gdb/Ctrl-C and kill", test_interrupt_and_kill},
    {"gdb/faults: signal, pc, again without the signal, X with it", test_fault},
    {"gdb/detach: the guest runs on", test_detach},
    {"gdb/console output as O packets", test_console_output},
    {"gdb/noise: 200 scripts of random bytes and packet fragments", test_noise},
    {0, 0},
};
