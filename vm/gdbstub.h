/* SPDX-License-Identifier: MIT */
/* A GDB remote-serial-protocol stub for the guest (gdbstub.c, over the packet layer of
 * gdb_packet.c): gdb-multiarch debugs the interpreted program, not the hart or host that runs
 * it. The embedder provides a byte transport (a TCP socket in basin-run, the console UART in the
 * kernel) and sets vm_host.debugger; vm_run_guest then runs the guest through the stub, which
 * stops it at its entry, at breakpoints kept in its own table (guest memory is never patched),
 * after single steps, at watchpoints checked on every load and store the guest makes, on Ctrl-C,
 * at faults and at fatal signals, and serves gdb's packets while it is stopped.
 *
 * Everything is static in struct gdb_stub (no heap); every wait has a limit, every loop a bound.
 * Design and limits: vm/README.md, "Debugging with gdb". */
#ifndef BASIN_GDBSTUB_H
#define BASIN_GDBSTUB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm.h"

/* What a transport's get returns besides a byte (0-255). */
enum { GDB_NO_BYTE = -1, GDB_CLOSED = -2 };

struct gdb_transport {
    void *context;
    /* The next byte from the debugger, waiting at most timeout_ms for it (0: only a byte that
     * has already arrived); GDB_NO_BYTE when none came in time, GDB_CLOSED when the connection
     * is gone for good. */
    int (*get)(void *context, uint32_t timeout_ms);
    /* Sends bytes to the debugger (all of them, or drops what cannot go). */
    void (*put)(void *context, const uint8_t *bytes, size_t length);
};

/* The largest packet payload gdb may send (announced as PacketSize) and the stub replies with. */
#define GDB_PACKET_MAX 4096u
#define GDB_BREAKPOINTS_MAX 64u
#define GDB_WATCHPOINTS_MAX 16u
/* Console output made while gdb is not waiting for a stop reply (the kernel's lines before the
 * first continue) waits here for the next resume; what does not fit is dropped and counted. */
#define GDB_PENDING_OUTPUT 2048u
/* How long the stub waits for gdb while the guest is stopped before it gives up the session
 * (and the guest is killed): one hour, unless the embedder sets another. */
#define GDB_DEFAULT_IDLE_LIMIT_MS 3600000u

/* The packet layer (gdb_packet.c): framing, checksums, acknowledgements, escapes. */
struct gdb_link {
    struct gdb_transport transport;
    bool no_ack;    /* after QStartNoAckMode: no '+'/'-' either way */
    bool interrupt; /* a Ctrl-C (0x03) arrived outside a packet */
    bool gone;      /* the transport closed, or sent noise without end */
    size_t length;  /* the payload in packet */
    char packet[GDB_PACKET_MAX + 1];   /* the last packet received, NUL after its payload */
    uint8_t frame[2 * GDB_PACKET_MAX + 4]; /* a packet being sent: $, escaped payload, #, sum */
};

enum gdb_session {
    GDB_SESSION_WAITING,  /* gdb has sent nothing yet: the guest waits at its entry */
    GDB_SESSION_ATTACHED,
    GDB_SESSION_DETACHED, /* gdb detached: the guest runs on undebugged */
    GDB_SESSION_KILLED,   /* gdb killed the guest */
    GDB_SESSION_LOST,     /* the connection closed or stayed silent past the idle limit while
                             the guest was stopped: the guest was killed */
    GDB_SESSION_ENDED,    /* the guest ended and gdb was told (W or X) */
};

/* Why the guest is stopped, as the stop reply says it. */
enum gdb_stop_kind {
    GDB_STOP_ENTRY, GDB_STOP_STEP, GDB_STOP_BREAKPOINT, GDB_STOP_WATCH, GDB_STOP_INTERRUPT,
    GDB_STOP_SIGNAL, /* a fault, or a signal whose default action ends the guest */
};

struct gdb_watchpoint {
    uint64_t addr, length;
    uint8_t type; /* 2 write, 3 read, 4 access: Z2, Z3, Z4 */
};

struct gdb_stub {
    struct gdb_link link;
    enum gdb_session session;
    uint32_t idle_limit_ms;
    /* gdb resumed the guest and waits for a stop reply: console output may go as O packets. */
    bool running;
    /* The resume's action: single-step (stop after one instruction) or continue; the signal
     * gdb resumed with (0: none); whether the instruction at skip_pc runs without stopping at
     * its breakpoint (the one the guest resumed from). */
    bool stepping, stepped, skip_valid;
    uint64_t skip_pc;
    int resume_signal;
    /* The stop being reported, or to report before the next instruction (pending). */
    bool pending;
    enum gdb_stop_kind stop_kind;
    int stop_signal;
    uint64_t stop_addr;   /* a watchpoint's data address */
    uint8_t stop_watch;   /* its type */
    uint32_t poll_countdown; /* instructions until the transport is checked for a Ctrl-C */
    uint64_t breakpoints[GDB_BREAKPOINTS_MAX];
    uint32_t breakpoint_count;
    struct gdb_watchpoint watchpoints[GDB_WATCHPOINTS_MAX];
    uint32_t watchpoint_count;
    uint8_t pending_output[GDB_PENDING_OUTPUT];
    size_t pending_length;
    uint64_t output_dropped;
    char reply[GDB_PACKET_MAX + 1];
    size_t reply_length;
    /* Parsing the packet being served (gdbstub.c): where, whether all went well, and the
     * address and size of the data part of M and X. */
    const char *cursor;
    bool parse_ok;
    uint64_t data_addr;
    size_t data_size;
};

/* Initializes the stub in place over a transport; the guest will stop at its entry and wait for
 * gdb there. idle_limit_ms 0 means GDB_DEFAULT_IDLE_LIMIT_MS. */
void gdb_stub_init(struct gdb_stub *stub, const struct gdb_transport *transport,
                   uint32_t idle_limit_ms);

/* True while gdb is (or is about to be) attached: console output should go to gdb_stub_output. */
bool gdb_stub_attached(const struct gdb_stub *stub);

/* Console output while attached: sent as 'O' packets when gdb waits for a stop reply, else kept
 * for the next resume (up to GDB_PENDING_OUTPUT bytes). False when no session is attached (the
 * embedder writes the bytes itself then). */
bool gdb_stub_output(struct gdb_stub *stub, const uint8_t *bytes, size_t length);

/* After vm_run_guest and the embedder's report lines: tells gdb how the guest ended (W exit
 * status, or X signal) when a session is still attached. */
void gdb_stub_finish(struct gdb_stub *stub, const struct vm *vm);

/* The run loop's hooks (vm_run_guest calls them when vm_host.debugger is set). */

/* Runs the guest on to its next exit reason, as vm_run does, first stopping for gdb wherever a
 * stop is due (entry, step, breakpoint, watchpoint, Ctrl-C). Retires at least one instruction
 * unless it returns an exit reason without one (fault, budget), or VM_EXIT_HALTED when gdb
 * killed the guest (vm->state says so). */
enum vm_exit gdb_stub_run(struct gdb_stub *stub, struct vm *vm);

/* After VM_EXIT_FAULT: reports the fault's signal with pc at the faulting instruction. Returns
 * VM_EXIT_FAULT when the fault goes on to the guest as usual (gdb passed the signal, or
 * detached), VM_EXIT_STEP when gdb resumed without the signal (the instruction runs again; one
 * budget unit charged, as for a delivered fault), VM_EXIT_HALTED when gdb killed the guest. */
enum vm_exit gdb_stub_fault(struct gdb_stub *stub, struct vm *vm);

/* After a system call whose signal killed the guest (VM_STATE_KILLED): reports the signal; if
 * gdb resumes without it, the guest runs on as if it had been ignored. */
void gdb_stub_signal_stop(struct gdb_stub *stub, struct vm *vm);

#endif
