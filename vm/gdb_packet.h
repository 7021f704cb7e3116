/* SPDX-License-Identifier: MIT */
/* The remote serial protocol's packet layer (GDB manual, "Overview" of "Remote Protocol"):
 * $payload#checksum with the checksum the modulo-256 sum of the payload's bytes as two hex
 * digits; '+' and '-' acknowledge a packet (until QStartNoAckMode); binary data escapes '#', '$',
 * '}' and '*' as '}' followed by the byte XOR 0x20; a lone 0x03 outside a packet is Ctrl-C.
 * Whatever a client sends, the layer reads at most GDB_PACKET_MAX payload bytes into its buffer,
 * waits at most its limits, and never fails on bad input: it answers '-' and reads on. */
#ifndef BASIN_GDB_PACKET_H
#define BASIN_GDB_PACKET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gdbstub.h"

/* Waits inside a packet (between its bytes) and for an acknowledgement. */
#define GDB_BYTE_WAIT_MS 2000u
/* Bytes that are not packets (noise, acks, Ctrl-C) accepted in one wait for a packet before the
 * link counts as gone: a client that sends only noise ends its session. */
#define GDB_NOISE_MAX (1u << 20)
/* Sends of one packet, the first included, when gdb answers '-'. */
#define GDB_SEND_TRIES 4u

enum gdb_receive {
    GDB_RECEIVED,  /* a well-formed packet, acknowledged, in link->packet */
    GDB_MALFORMED, /* a bad checksum, an overlong or cut packet: answered '-' */
    GDB_NOTHING,   /* no packet began within the wait */
    GDB_GONE,      /* the transport closed (or noise without end): link->gone */
};

void gdb_link_init(struct gdb_link *link, const struct gdb_transport *transport);

/* Waits up to wait_ms for a packet to begin, then reads it. */
enum gdb_receive gdb_link_receive(struct gdb_link *link, uint32_t wait_ms);

/* Sends a packet (escaping what must be escaped) and, in ack mode, waits for its '+', sending
 * it again on '-' (at most GDB_SEND_TRIES times in all). length <= GDB_PACKET_MAX. */
void gdb_link_send(struct gdb_link *link, const char *payload, size_t length);

/* Hex digits, shared with the commands. */
int gdb_hex_digit(char c);         /* 0-15, or -1 */
char gdb_hex_char(unsigned value); /* value 0-15 */

#endif
